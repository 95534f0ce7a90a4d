#!/usr/bin/env python3
"""Name recall and precision of `istilah extract` on news that is not ours.

Reads the CoNLL files of idner-news-2k (../shared/data/idner-news-2k: Indonesian news sentences
with gold PER/ORG/LOC spans, MIT), writes the sentences as plain-text documents (tokens joined by
spaces, 50 sentences per document), runs `istilah extract --format json` on them and compares
the spans of the extracted names (types PER, ORG, LOC, DOC, EVENT, PRODUCT; nested occurrences
left out; a titled person mention counts as the bare name at its end) with the gold spans.

Gold spans lose the brackets and trailing punctuation idner's tokenisation leaves on edge tokens
(`(Jokowi)`, `Australia)`); matching stays exact. Annotation conventions that no extraction rule
should chase (counted on train+dev, see --errors): a country is LOC only where it is a place, not
an actor or a modifier (`Israel` is O 44 times, LOC 12; `AS` never tagged); `Long Form (ACR)` is
one ORG span (47 gold spans, 96 of our names inside them: the long form and the acronym are two
glossary forms); the parent party inside a faction or a board (`Fraksi [Partai Demokrat]`); events,
laws, awards, diseases, products and common-noun acronyms are untagged (idner has no such types);
a hyphenated ticket is one PER (`Jokowi-Kalla`). NERGRIT tags languages as places (`bahasa
[Inggris]`, 43 times), idner leaves them untagged (11 times); Istilah makes `bahasa Inggris` a term.

Usage: scripts/ner_eval.py [--binary .build/release/istilah] [--data DIR | --nergrit] [-v] [--errors N] [--spans FILE]
Prints exact-span precision, recall and F1, unlabelled and with the type (LOC = GPE = LOC); these
are the figures to quote. A third line leaves out extracted names that overlap no gold span but
whose text the gold tags as a name elsewhere (its own inconsistency), to show what is left.
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
            parts = line.split()
            tag = parts[-1]
            for long, short in (("PERSON", "PER"), ("PLACE", "LOC"), ("ORGANISATION", "ORG")):
                if tag.endswith("-" + long):
                    tag = tag[:-len(long)] + short
            tokens.append((parts[0], tag))
    if tokens:
        sentences.append(tokens)
    return sentences


OPENING, CLOSING = "([{\"'“‘", ")]}\"'”’"
TRAILING = ",;:?!"


def trim_punctuation(text, start, end):
    """The gold span without the punctuation idner's tokenisation leaves on its edge tokens.

    idner writes `(Jokowi)`, `(Gus Dur)`, `Australia)` and `Indonesia?` as tokens and tags them
    whole; the name is the letters inside. A bracket stays when the span holds its partner
    (`Universitas Negeri Jakarta (UNJ)`); an abbreviation's full stop (`Inc.`) stays.
    """
    while start < end:
        span = text[start:end]
        first, last = span[0], span[-1]
        if first in OPENING and last == CLOSING[OPENING.index(first)] and balanced(span[1:-1]):
            start, end = start + 1, end - 1
        elif first in OPENING and not balanced(span):
            start += 1
        elif last in CLOSING and not balanced(span):
            end -= 1
        elif last in TRAILING:
            end -= 1
        else:
            break
    return start, end


def bare_start(text, start, end, title_end, words, canonical, forms):
    """Where the bare name of a person's occurrence starts: a titled mention (`Presiden Joko
    Widodo`) counts as the name at its end.

    The title is the TITLE (or TERM: `wakil presiden`, written mostly in lowercase) found at the
    same place when there is one. A bare head makes no title term (`Presiden Jokowi`, `Pak
    Jokowi`): a first word that is no word of the canonical name, before one of the person's
    `forms`. Otherwise a mention longer than the canonical name (`words` words) keeps its last
    `words` words.
    """
    if title_end is not None and not callable(title_end) and title_end < end:
        return end - len(text[title_end:end].lstrip(" ,"))
    # A chain of titles (`Kapolda Metro Jaya` + `Irjen` before `Gatot Eddy Pramono`): `title_end`
    # may be a function giving the end of the title at a position.
    if callable(title_end):
        position = start
        while (following := title_end(position)) is not None and following < end:
            position = end - len(text[following:end].lstrip(" ,"))
        title_end = None
        if position > start:
            # What stays may still hold the service after a rank (`Mayjen` + `TNI Eko
            # Margiyono`): a mention longer than the canonical name keeps its last words.
            rest = text[position:end].split(" ")
            return position if len(rest) <= words else end - len(" ".join(rest[-words:]))
    surface = text[start:end].split(" ")
    # A bare head (`Presiden Jokowi`, `Pak Jokowi`): a first word that is no word of the canonical
    # name, before one of the person's forms.
    if len(surface) >= 2 and surface[0] not in canonical.split(" ") and " ".join(surface[1:]) in forms:
        return end - len(" ".join(surface[1:]))
    if len(surface) <= words:
        return start
    return end - len(" ".join(surface[-words:]))


def balanced(span):
    """Whether every bracket in `span` is closed inside it."""
    depth = 0
    for char in span:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and span.count('"') % 2 == 0


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(root, ".build", "release", "istilah"))
    ap.add_argument("--data", default=os.path.join(root, "..", "shared", "data", "idner-news-2k"))
    ap.add_argument("--nergrit", action="store_true",
                    help="read ../shared/data/indonlu-nergrit (train + valid; PERSON/PLACE/ORGANISATION as PER/LOC/ORG) instead")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--spans", metavar="FILE",
                    help="write every gold and extracted span with its text to FILE (to compare two versions)")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print the misses and false positives by category, N samples each")
    args = ap.parse_args()

    if args.nergrit:
        folder = os.path.join(root, "..", "shared", "data", "indonlu-nergrit")
        name = "indonlu-nergrit train+valid"
        sentences = read_conll(os.path.join(folder, "train_preprocess.txt")) + read_conll(os.path.join(folder, "valid_preprocess.txt"))
    else:
        name = "idner-news-2k train+dev"
        sentences = read_conll(os.path.join(args.data, "train.txt")) + read_conll(os.path.join(args.data, "dev.txt"))
    gold = set()
    texts = {}
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
                line = " ".join(t for t, _ in sentence)
                line_start = start_of[0] if start_of else offset
                for i, (token, tag) in enumerate(sentence + [("", "O")]):
                    if current and not tag.startswith("I-"):
                        start, end = trim_punctuation(line, current[0] - line_start, current[1] - line_start)
                        if start < end:
                            gold.add((doc_index, start + line_start, end + line_start, current[2]))
                        current = None
                    if tag.startswith("B-") or (tag.startswith("I-") and current is None):
                        current = [start_of[i], start_of[i] + len(token), tag[2:]]
                    elif tag.startswith("I-") and current:
                        current[1] = start_of[i] + len(token)
            path = os.path.join(folder, f"doc{doc_index:05d}.txt")
            texts[doc_index] = "\n".join(text) + "\n"
            with open(path, "w", encoding="utf-8") as f:
                f.write(texts[doc_index])
            paths.append(path)
        out = subprocess.run([args.binary, "extract", folder, "--format", "json"], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(out.stderr)
        result = json.loads(out.stdout)
    found = set()
    other = {}  # spans of terms of other types (TITLE, TERM): for the error report
    title_ends = {}  # (document, start) -> end of a title (or common term) occurrence starting there
    for term in result["terms"]:
        if term["type"] not in NAME_TYPES:  # a title, or a title the input mostly writes in lowercase (TERM)
            for occ in term["occurrences"]:
                if occ.get("nested"):
                    continue
                doc_index = int(os.path.basename(occ["document"])[3:8])
                key = (doc_index, occ["start"])
                title_ends[key] = max(title_ends.get(key, 0), occ["end"])
    for term in result["terms"]:
        if term["type"] not in NAME_TYPES:
            for occ in term["occurrences"]:
                doc_index = int(os.path.basename(occ["document"])[3:8])
                other[(doc_index, occ["start"], occ["end"])] = term["type"]
            continue
        words = len(term["term"].split())
        forms = {v["form"] for v in term.get("variants", [])}
        for occ in term["occurrences"]:
            if occ.get("nested"):
                continue
            doc_index = int(os.path.basename(occ["document"])[3:8])
            start, end = occ["start"], occ["end"]
            if term["type"] == "PER":
                start = bare_start(texts[doc_index], start, end, lambda at, d=doc_index: title_ends.get((d, at)), words,
                                    term["term"], forms)
            found.add((doc_index, start, end, term["type"]))

    def score(g, f):
        tp = len(g & f)
        p = tp / len(f) if f else 0
        r = tp / len(g) if g else 0
        return p, r, (2 * p * r / (p + r) if p + r else 0)

    unlabelled = score({x[:3] for x in gold}, {x[:3] for x in found})
    labelled = score(gold, found)
    print(f"{name}: {len(sentences)} sentences, {len(gold)} gold spans, {len(found)} extracted names")
    print("exact span, unlabelled: precision={:.3f} recall={:.3f} f1={:.3f}".format(*unlabelled))
    print("exact span, typed:      precision={:.3f} recall={:.3f} f1={:.3f}".format(*labelled))
    # The gold is not consistent with itself: `Israel` is a LOC span 12 times and untagged 44 times.
    # Beside the strict figures (the ones to quote), precision without the extracted spans that
    # overlap no gold span but whose text the gold tags as a name elsewhere.
    gold_texts = {texts[d][s:e] for d, s, e, _ in gold}
    gold_by_doc = {}
    for d, s, e, _ in gold:
        gold_by_doc.setdefault(d, []).append((s, e))
    unlabelled_found = {x[:3] for x in found}
    inconsistent = {(d, s, e) for d, s, e in unlabelled_found - {x[:3] for x in gold}
                    if texts[d][s:e] in gold_texts and not any(a < e and s < b for a, b in gold_by_doc.get(d, []))}
    consistent = score({x[:3] for x in gold}, unlabelled_found - inconsistent)
    print("unlabelled, without {} names the gold tags elsewhere but not there: precision={:.3f}".format(
        len(inconsistent), consistent[0]))
    if args.verbose:
        for kind in ("PER", "ORG", "LOC"):
            g = {x[:3] for x in gold if x[3] == kind}
            print(f"  {kind}: recall={len(g & {x[:3] for x in found}) / max(1, len(g)):.3f} of {len(g)}")
    if args.spans:
        with open(args.spans, "w", encoding="utf-8") as out:
            for source, spans in (("gold", gold), ("found", found)):
                for doc, start, end, kind in sorted(spans):
                    hit = "hit" if (doc, start, end) in {x[:3] for x in (found if source == "gold" else gold)} else "miss"
                    out.write(f"{source}\t{hit}\t{doc}\t{start}\t{end}\t{kind}\t{texts[doc][start:end]}\n")
    if args.errors:
        report_errors(gold, found, other, texts, args.errors)


def report_errors(gold, found, other, texts, samples):
    """Prints misses and false positives by category, with `samples` examples of each."""
    g = {x[:3]: x[3] for x in gold}
    f = {x[:3]: x[3] for x in found}
    by_doc = {}
    for span in f:
        by_doc.setdefault(span[0], []).append(span)

    def show(span):
        doc, start, end = span
        text = texts[doc]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        left = text[max(line_start, start - 50):start]
        right = text[end:min(line_end, end + 50)]
        return f"{left}[[{text[start:end]}]]{right}"

    def overlapping(span, pool):
        return [o for o in pool.get(span[0], []) if o[1] < span[2] and span[1] < o[2]]

    categories = {}
    for span, kind in g.items():
        if span in f:
            continue
        over = overlapping(span, by_doc)
        if span in other:
            cat = f"miss: found as {other[span]}"
        elif not over:
            cat = f"miss {kind}: nothing found there"
        elif any(o[1] <= span[1] and span[2] <= o[2] for o in over):
            cat = f"miss {kind}: found a longer span"
        elif all(span[1] <= o[1] and o[2] <= span[2] for o in over):
            cat = f"miss {kind}: found shorter span(s)"
        else:
            cat = f"miss {kind}: found crossing span(s)"
        categories.setdefault(cat, []).append((span, [show(o) for o in over]))
    gold_by_doc = {}
    for span in g:
        gold_by_doc.setdefault(span[0], []).append(span)
    for span, kind in f.items():
        if span in g:
            continue
        over = overlapping(span, gold_by_doc)
        cat = f"false positive {kind}: " + ("no gold span there" if not over else "overlaps a gold span")
        categories.setdefault(cat, []).append((span, [show(o) for o in over]))
    for cat in sorted(categories, key=lambda c: -len(categories[c])):
        items = categories[cat]
        print(f"\n== {cat}: {len(items)}")
        for span, overs in items[:samples]:
            print("  " + show(span) + ("    || " + " | ".join(overs) if overs else ""))


if __name__ == "__main__":
    main()
