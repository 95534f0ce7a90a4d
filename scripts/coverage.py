#!/usr/bin/env python3
"""English coverage of `istilah extract` on a folder of Indonesian text.

Runs the release build over the documents, then reports, per term type, how many terms got English
and by which `via`, and the words that most often keep a composition from succeeding: words of
unaligned terms that no shipped unit table knows (lexicon.tsv, the titles of language.tsv, the
acronym files, terms.tsv). That list is an approximation of the composer's segmentation (it looks at
single words), good enough to see which vocabulary is missing; `sole` counts the terms in which the
word is the only unknown one, the terms one lexicon row would align.

Documents: every `*.txt` of FOLDER, or with --news only those that read as hard news (politics,
economy, law, security, disasters, health) by a keyword count, so that lifestyle and sport do not
drive the vocabulary; --limit keeps the first N chosen (sorted by name, so runs are repeatable).

    python3 scripts/coverage.py /tmp/istilah-corpus-20 --news --limit 300
    python3 scripts/coverage.py /tmp/c300 --no-glossary --json /tmp/cov.json --sample 100
"""
import argparse
import collections
import csv
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Words of hard news; a document is news when it holds at least --min-keywords distinct ones.
NEWS_KEYWORDS = """
pemerintah presiden menteri kementerian dpr dprd parlemen partai pemilu pilkada kampanye koalisi
oposisi undang-undang regulasi kebijakan anggaran apbn ekonomi inflasi harga ekspor impor investasi
rupiah bank utang pajak subsidi perdagangan tarif pengadilan hakim jaksa tersangka terdakwa vonis
putusan korupsi kpk polisi polri kepolisian penyidik penyidikan gugatan sidang militer tni tentara
pasukan perang serangan konflik senjata teroris terorisme keamanan diplomatik sanksi negara
internasional pbb gempa banjir bencana longsor tsunami korban pengungsi evakuasi kesehatan wabah
virus rumah sakit pasien penyakit vaksin demonstrasi unjuk rasa gubernur bupati wali kota
""".split()

TYPES = ["TERM", "TITLE", "ORG", "LOC", "EVENT", "DOC", "PRODUCT", "PER"]
VIAS = ["glossary", "acronym", "composed", "name", "parallel", "none"]


def news_documents(folder, minimum):
    """The names of FOLDER's documents that hold at least `minimum` distinct news keywords."""
    chosen = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as handle:
            words = set(re.findall(r"[a-z]+(?:-[a-z]+)?", handle.read().lower()))
        if len(words.intersection(NEWS_KEYWORDS)) >= minimum:
            chosen.append(name)
    return chosen


def unit_keys():
    """Lowercased Indonesian keys of every shipped unit table, and the single words among them."""
    keys = set()
    folder = os.path.join(ROOT, "glossary")

    def rows(name):
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            lines = [line for line in handle if not line.startswith("#")]
        return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))

    for row in rows("lexicon.tsv"):
        keys.add(row["id"].lower())
    for row in rows("language.tsv"):
        if row.get("kind") == "title":
            keys.add(row["word"].lower())
    for name in sorted(os.listdir(folder)):
        if name.startswith("acronyms") and name.endswith(".tsv"):
            for row in rows(name):
                keys.add(row["short"].lower())
    for row in rows("terms.tsv"):
        keys.add(row["id"].lower())
        for variant in (row.get("id_variants") or "").split("|"):
            if variant:
                keys.add(variant.lower())
    return keys


def words_of(term):
    """The words a composition looks at: lowercased, `yang` skipped, reduplication and -nya undone."""
    out = []
    for word in term.split():
        lower = word.lower().strip(".,()\"'")
        if not lower or lower == "yang" or lower.isdigit():
            continue
        parts = lower.split("-")
        if len(parts) == 2 and parts[0] == parts[1]:
            lower = parts[0]
        out.append(lower)
    return out


def report(terms, keys, top, no_glossary):
    """Prints the per-type table and the failing words."""
    by_type = collections.defaultdict(collections.Counter)
    for term in terms:
        by_type[term["type"]][term["via"]] += 1
    print("type      terms  english  " + "  ".join(f"{via:>8}" for via in VIAS))
    total = collections.Counter()
    for kind in TYPES:
        counts = by_type.get(kind)
        if not counts:
            continue
        n = sum(counts.values())
        english = n - counts["none"]
        total.update(counts)
        print(f"{kind:<8} {n:6d}  {english / n:7.3f}  " + "  ".join(f"{counts[via]:8d}" for via in VIAS))
    n = sum(total.values())
    print(f"{'all':<8} {n:6d}  {(n - total['none']) / max(n, 1):7.3f}  " + "  ".join(f"{total[via]:8d}" for via in VIAS))

    single = {key for key in keys if " " not in key}
    blocking = collections.Counter()
    sole = collections.Counter()
    for term in terms:
        if term["via"] != "none" or term["type"] not in ("TERM", "TITLE", "ORG", "LOC"):
            continue
        unknown = []
        for word in words_of(term["term"]):
            stem = word[:-3] if len(word) > 5 and word.endswith("nya") else word
            if word in single or stem in single:
                continue
            # A capitalised word in a name-like term may be a name the composer passes through.
            if term["type"] != "TERM" and any(w[:1].isupper() and w.lower() == word for w in term["term"].split()):
                continue
            unknown.append(word)
        for word in set(unknown):
            blocking[word] += 1
        if len(set(unknown)) == 1:
            sole[unknown[0]] += 1
    label = " (--no-glossary)" if no_glossary else ""
    print(f"\nwords no unit table knows, by unaligned TERM/TITLE/ORG/LOC terms holding them{label}:")
    print("  word                 terms  sole")
    for word, count in blocking.most_common(top):
        print(f"  {word:<20} {count:5d} {sole[word]:5d}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", help="folder of *.txt documents")
    parser.add_argument("--news", action="store_true", help="only documents that read as hard news")
    parser.add_argument("--min-keywords", type=int, default=6, help="distinct news keywords a news document holds (6)")
    parser.add_argument("--limit", type=int, help="at most this many documents (first by name)")
    parser.add_argument("--skip", type=int, default=0, help="skip the first N chosen documents (a held-out set)")
    parser.add_argument("--no-glossary", action="store_true", help="run extract with --no-glossary")
    parser.add_argument("--freedict", action="store_true", help="run extract with --freedict (FreeDict is off by default)")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/istilah"))
    parser.add_argument("--json", help="keep the extract output here (and reuse it with --reuse)")
    parser.add_argument("--reuse", action="store_true", help="read --json instead of running extract")
    parser.add_argument("--top", type=int, default=40, help="failing words to list (40)")
    parser.add_argument("--sample", type=int, default=0, help="print N random composed terms with their English")
    parser.add_argument("--seed", type=int, default=1, help="random seed of --sample")
    parser.add_argument("--compare", help="an earlier --json output: --sample draws only terms newly aligned since")
    args = parser.parse_args()

    output = args.json or os.path.join(tempfile.mkdtemp(prefix="istilah-coverage-"), "extract.json")
    if not args.reuse:
        names = news_documents(args.folder, args.min_keywords) if args.news else sorted(
            n for n in os.listdir(args.folder) if n.endswith(".txt"))
        names = names[args.skip:]
        if args.limit:
            names = names[: args.limit]
        if not names:
            sys.exit("coverage.py: no documents chosen")
        work = tempfile.mkdtemp(prefix="istilah-docs-")
        for name in names:
            shutil.copy(os.path.join(args.folder, name), work)
        command = [args.binary, "extract", work, "--format", "json", "-o", output]
        if args.no_glossary:
            command.append("--no-glossary")
        if args.freedict:
            command.append("--freedict")
        subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
        shutil.rmtree(work)
        print(f"{len(names)} documents from {args.folder}{' (news)' if args.news else ''}")
    with open(output, encoding="utf-8") as handle:
        terms = json.load(handle)["terms"]
    report(terms, unit_keys(), args.top, args.no_glossary)

    if args.sample:
        pool = [t for t in terms if t["via"] == "composed"]
        if args.compare:
            with open(args.compare, encoding="utf-8") as handle:
                before = {(t["term"], t["type"]): t for t in json.load(handle)["terms"]}
            pool = [t for t in pool if before.get((t["term"], t["type"]), {}).get("english") != t["english"]]
        random.Random(args.seed).shuffle(pool)
        print(f"\n{min(args.sample, len(pool))} of {len(pool)} composed terms{' new since ' + args.compare if args.compare else ''}:")
        for term in sorted(pool[: args.sample], key=lambda t: t["term"].lower()):
            print(f"  {term['type']:<6} {term['confidence']:.2f}  {term['term']}  →  {term['english']}")


if __name__ == "__main__":
    main()
