#!/usr/bin/env python3
"""Writes glossary/statistics/wordfreq-en.tsv: the general-language English frequency (Zipf scale)
of every noun and adjective headword of FreeDict's English–Indonesian dictionary (Debian package
dict-freedict-eng-ind), the readings the aligner chooses among.

The aligner breaks a tie between FreeDict readings of an Indonesian word by this frequency (the
most frequent English word is the most likely sense): `ular` → snake over serpent. Only headwords
of one or two words are listed (longer ones are never readings), and only those wordfreq knows.

Needs `pip install wordfreq==3.1.1` (code Apache-2.0; its data CC BY-SA 4.0, so the table stays
under CC BY-SA 4.0: glossary/LICENSES.md).

Usage: scripts/english_wordfreq.py [--check]   (run from the repository root; --check only
compares the table it would write with the shipped one and exits 1 when they differ)
"""
import gzip
import sys

import wordfreq

DICTIONARY = "/usr/share/dictd/freedict-eng-ind"
OUT = "glossary/statistics/wordfreq-en.tsv"
PARTS_OF_SPEECH = {"n", "adj"}
MAX_WORDS = 2


def b64(text):
    """A dictd index number (base 64, digits A-Za-z0-9+/)."""
    digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    value = 0
    for ch in text:
        value = value * 64 + digits.index(ch)
    return value


def headwords():
    """The lowercase noun and adjective headwords of FreeDict, as its first definition line writes them."""
    body = gzip.open(DICTIONARY + ".dict.dz").read()
    words = set()
    for line in open(DICTIONARY + ".index", encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 3 or fields[0].startswith("00database"):
            continue
        definition = body[b64(fields[1]):b64(fields[1]) + b64(fields[2])].decode("utf-8", "replace")
        first = definition.split("\n", 1)[0]
        if "<" not in first or ">" not in first:
            continue
        pos = first[first.rindex("<") + 1:first.rindex(">")]
        word = fields[0].lower()
        if pos in PARTS_OF_SPEECH and len(word.split(" ")) <= MAX_WORDS:
            words.add(word)
    return words


def table():
    rows = []
    for word in sorted(headwords()):
        zipf = wordfreq.zipf_frequency(word, "en", wordlist="large")
        if zipf > 0:
            rows.append(f"{word}\t{zipf:.2f}")
    header = [
        "# General-language English frequencies on the Zipf scale (log10 of frequency per billion words) of the",
        f"# noun and adjective headwords of FreeDict eng-ind (one or two words): {len(rows):,} lowercased headwords.",
        "# Made by scripts/english_wordfreq.py. Source: wordfreq 3.1.1 (Robyn Speer, github.com/rspeer/wordfreq,",
        "# Zenodo 10.5281/zenodo.7199437), `large_en` list. Licence: CC BY-SA 4.0 (share-alike: this file stays under it).",
        "word\tzipf",
    ]
    return "\n".join(header + rows) + "\n"


def main():
    text = table()
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as shipped:
            same = shipped.read() == text
        print(f"{OUT}: {'up to date' if same else 'differs'}")
        sys.exit(0 if same else 1)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(text)
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
