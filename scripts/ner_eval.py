#!/usr/bin/env python3
"""Name recall and precision of `istilah extract` on news that is not ours.

Reads the CoNLL files of idner-news-2k (../shared/data/idner-news-2k: Indonesian news sentences
with gold PER/ORG/LOC spans, MIT), writes the sentences as plain-text documents (tokens joined by
spaces, 50 sentences per document), runs `istilah extract --format json` on them and compares
the spans of the extracted names (types PER, ORG, LOC, DOC, EVENT, PRODUCT; nested occurrences
left out; a titled person mention counts as the bare name at its end) with the gold spans.

Usage: scripts/ner_eval.py [--binary .build/release/istilah] [--data DIR] [-v]
Prints exact-span precision, recall and F1, unlabelled and with the type (LOC = GPE = LOC).
"""
import argparse, json, os, subprocess, sys, tempfile

NAME_TYPES = {"PER", "ORG", "LOC", "DOC", "EVENT", "PRODUCT"}


def read_conll(path):
    sentences, tokens = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                if tokens:
                    sentences.append(tokens)
                    tokens = []
                continue
            parts = line.split(" ")
            tokens.append((parts[0], parts[-1]))
    if tokens:
        sentences.append(tokens)
    return sentences


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(root, ".build", "release", "istilah"))
    ap.add_argument("--data", default=os.path.join(root, "..", "shared", "data", "idner-news-2k"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    sentences = read_conll(os.path.join(args.data, "train.txt")) + read_conll(os.path.join(args.data, "dev.txt"))
    gold = set()
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for doc_index in range(0, len(sentences), 50):
            text, offset = [], 0
            for sentence in sentences[doc_index:doc_index + 50]:
                start_of = []
                for token, _ in sentence:
                    start_of.append(offset)
                    offset += len(token) + 1
                offset += 0  # the newline replaces the last space
                text.append(" ".join(t for t, _ in sentence))
                current = None
                for i, (token, tag) in enumerate(sentence + [("", "O")]):
                    if current and not tag.startswith("I-"):
                        gold.add((doc_index, current[0], current[1], current[2]))
                        current = None
                    if tag.startswith("B-") or (tag.startswith("I-") and current is None):
                        current = [start_of[i], start_of[i] + len(token), tag[2:]]
                    elif tag.startswith("I-") and current:
                        current[1] = start_of[i] + len(token)
            path = os.path.join(folder, f"doc{doc_index:05d}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(text) + "\n")
            paths.append(path)
        out = subprocess.run([args.binary, "extract", folder, "--format", "json"], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(out.stderr)
        result = json.loads(out.stdout)
    found = set()
    texts = {}
    for term in result["terms"]:
        if term["type"] not in NAME_TYPES:
            continue
        bare = term["term"]
        for occ in term["occurrences"]:
            if occ.get("nested"):
                continue
            doc_index = int(os.path.basename(occ["document"])[3:8])
            start, end = occ["start"], occ["end"]
            if term["type"] == "PER" and end - start > len(bare):
                start = end - len(bare)  # a titled mention: the bare name ends it
            found.add((doc_index, start, end, term["type"]))

    def score(g, f):
        tp = len(g & f)
        p = tp / len(f) if f else 0
        r = tp / len(g) if g else 0
        return p, r, (2 * p * r / (p + r) if p + r else 0)

    unlabelled = score({x[:3] for x in gold}, {x[:3] for x in found})
    labelled = score(gold, found)
    print(f"idner-news-2k train+dev: {len(sentences)} sentences, {len(gold)} gold spans, {len(found)} extracted names")
    print("exact span, unlabelled: precision={:.3f} recall={:.3f} f1={:.3f}".format(*unlabelled))
    print("exact span, typed:      precision={:.3f} recall={:.3f} f1={:.3f}".format(*labelled))
    if args.verbose:
        for kind in ("PER", "ORG", "LOC"):
            g = {x[:3] for x in gold if x[3] == kind}
            print(f"  {kind}: recall={len(g & {x[:3] for x in found}) / max(1, len(g)):.3f} of {len(g)}")


if __name__ == "__main__":
    main()
