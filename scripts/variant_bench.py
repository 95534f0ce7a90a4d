#!/usr/bin/env python3
"""Time variant clustering on 10k, 30k and 100k distinct forms (BENCHMARKS.md, issue 4).

Usage: scripts/variant_bench.py [--istilah .build/release/istilah] [--shared ../shared] [--repeat 3]

The forms are the distinct 1-3-word n-grams of the kumparan POS corpus
(nlp-id-kumparan/dataset_postag.txt.gz), shuffled with seed 1; the first N are clustered with
`istilah normalize --names` (glossary and statistics loading included). Prints the best time.
"""
import argparse, gzip, os, random, subprocess, tempfile, time

ap = argparse.ArgumentParser()
ap.add_argument("--istilah", default=".build/release/istilah")
ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
ap.add_argument("--repeat", type=int, default=3)
args = ap.parse_args()

words = []
with gzip.open(os.path.join(args.shared, "data/nlp-id-kumparan/dataset_postag.txt.gz"), "rt") as f:
    for line in f:
        parts = line.rstrip("\n").split("\t")
        words.append(parts[0] if len(parts) == 2 and parts[0][:1].isalnum() else None)
forms, seen = [], set()
for n in (1, 2, 3):
    for i in range(len(words) - n + 1):
        gram = words[i:i + n]
        if None in gram:
            continue
        form = " ".join(gram)
        if form not in seen:
            seen.add(form)
            forms.append(form)
random.seed(1)
random.shuffle(forms)
with tempfile.TemporaryDirectory() as directory:
    for size in (10_000, 30_000, 100_000):
        path = os.path.join(directory, f"forms{size}.txt")
        with open(path, "w", encoding="utf-8") as out:
            out.write("\n".join(forms[:size]) + "\n")
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            subprocess.run([args.istilah, "normalize", "--names", path, "-o", os.path.join(directory, "out.tsv")], check=True)
            best = min(best, time.perf_counter() - start)
        print(f"{size:>7} forms  {best:6.2f} s")
