#!/usr/bin/env python3
"""Extra tests of variant clustering on data outside the seeds (issue 4).

Usage: scripts/variant_eval.py [--istilah .build/release/istilah] [--shared ../shared]

1. spaCy lookups `id_lexeme_norm.json.gz` (non-standard -> standard spelling): every pair is
   clustered in one list with `istilah normalize --names`; a pair passes when both spellings share
   a cluster. Over-merges: clusters that hold two different standard spellings.
2. idner-news-2k entity surfaces (`entities-train-dev.tsv`): variant groups are the surfaces of one
   type that share a key after case folding, hyphen/space folding, `-nya` or reduplication
   (must merge); different person names that share one word (Yury Ushakov / Yury Borisov) and
   person names that share a word and otherwise differ by more than two letters must not merge;
   near-identical person names (one word within two letters: Fadil/Fadli Zon) are listed to check.
Prints the pass rates; the last line is the summary.
"""
import argparse, collections, gzip, json, os, re, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("--istilah", default=".build/release/istilah")
ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
args = ap.parse_args()


def clusters(names):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(names) + "\n")
    out = subprocess.run([args.istilah, "normalize", "--names", f.name], capture_output=True, text=True, check=True).stdout
    os.unlink(f.name)
    result = {}
    for line in out.splitlines():
        cells = line.split("\t")
        if len(cells) == 3:
            result[cells[0]] = cells[2]
    return result


# 1. spaCy lexeme norms
with gzip.open(os.path.join(args.shared, "data/spacy-lookups-data-id/id_lexeme_norm.json.gz"), "rt") as f:
    norms = json.load(f)
pairs = sorted({(k.lower(), v.lower()) for k, v in norms.items() if k.lower() != v.lower()})
forms = sorted({x for p in pairs for x in p})
c = clusters(forms)
passed = [p for p in pairs if c.get(p[0]) == c.get(p[1])]
standards = collections.defaultdict(set)
for std in {v for _, v in pairs}:
    standards[c.get(std)].add(std)
over = {k: v for k, v in standards.items() if len(v) > 1}
print(f"spacy lexeme_norm: {len(passed)}/{len(pairs)} pairs merged ({len(passed) / len(pairs):.3f}); "
      f"{len(over)} clusters hold two standard spellings")
for k, v in sorted(over.items())[:10]:
    print("  over-merged:", " | ".join(sorted(v)))
spacy_rate = len(passed) / len(pairs)

# 2. idner entity surfaces
rows = []
with open(os.path.join(args.shared, "data/idner-news-2k/entities-train-dev.tsv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        split, sent, typ, surface = line.rstrip("\n").split("\t")
        rows.append((typ, surface))
surfaces = sorted({s for _, s in rows})
type_of = {}
for t, s in rows:
    type_of.setdefault(s, t)


def key(s):
    s = re.sub(r"[-\u2013\s]+", " ", s.casefold()).strip()
    s = re.sub(r"nya$", "", s) if len(s) > 5 else s
    return s


groups = collections.defaultdict(set)
for s in surfaces:
    groups[(type_of[s], key(s))].add(s)
must = sorted({(min(g), x) for g in groups.values() if len(g) > 1 for x in g if x != min(g)})
persons = sorted({s for s in surfaces if type_of[s] == "PER" and len(s.split()) >= 2})
by_word = collections.defaultdict(list)
for p in persons:
    by_word[p.split()[0].lower()].append(p)
    by_word[p.split()[-1].lower()].append(p)
def distance(a, b):
    d = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, d[0] = d[0], i
        for j, cb in enumerate(b, 1):
            prev, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, prev + (ca != cb))
    return d[len(b)]


must_not, close = set(), set()
for word, names in by_word.items():
    distinct = sorted({n for n in names}, key=key)
    for i in range(len(distinct)):
        for j in range(i + 1, len(distinct)):
            a, b = distinct[i].split(), distinct[j].split()
            if key(distinct[i]) == key(distinct[j]):
                continue
            # Names that differ in a word by more than two letters are different people; closer
            # ones (Fadil/Fadli Zon) are usually one person misspelled and are listed, not scored.
            if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1:
                x, y = next((x, y) for x, y in zip(a, b) if x != y)
                if distance(x.lower(), y.lower()) <= 2:
                    close.add((distinct[i], distinct[j]))
                    continue
            if "".join(a).lower() == "".join(b).lower():
                close.add((distinct[i], distinct[j]))
                continue
            must_not.add((distinct[i], distinct[j]))
c = clusters(surfaces)
ok = [p for p in must if c.get(p[0]) == c.get(p[1])]
sep = [p for p in sorted(must_not) if c.get(p[0]) != c.get(p[1])]
print(f"idner variant groups: {len(ok)}/{len(must)} must-merge pairs merged"
      + (f" ({len(ok) / len(must):.3f})" if must else ""))
for p in [p for p in must if p not in ok][:10]:
    print("  not merged:", p)
print(f"idner look-alike persons: {len(sep)}/{len(must_not)} must-not-merge pairs kept apart"
      + (f" ({len(sep) / len(must_not):.3f})" if must_not else ""))
for p in [p for p in sorted(must_not) if p not in sep][:10]:
    print("  wrongly merged:", p)
joined = [p for p in sorted(close) if c.get(p[0]) == c.get(p[1])]
print(f"idner near-identical person names (one word within two letters, or spacing): {len(joined)}/{len(close)} joined (to check by hand)")
for p in joined:
    print("  joined:", p)
merged = collections.defaultdict(set)
for s in surfaces:
    merged[c[s]].add(s)
print(f"idner clusters of more than one surface: {sum(1 for v in merged.values() if len(v) > 1)} over {len(surfaces)} surfaces")
print(f"spacy={spacy_rate:.3f} idner_merge={len(ok) / max(1, len(must)):.3f} idner_separate={len(sep) / max(1, len(must_not)):.3f}")
