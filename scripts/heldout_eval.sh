#!/usr/bin/env bash
# Held-out check: run the extractor on a held-out set's five news documents (scripts/heldout/docs, or
# scripts/heldout2/docs with HELDOUT=heldout2, scripts/heldout3/docs with HELDOUT=heldout3) and score the output against their hand-made gold with
# the project scorer (same scorer as the seeds).
# Usage: scripts/heldout_eval.sh [ISTILAH_BINARY]   (default .build/release/istilah; builds it if missing)
# Extra scorer flags can be passed in SCORE_FLAGS, e.g. SCORE_FLAGS=--verbose. A binary outside this tree
# needs ISTILAH_GLOSSARY pointing at a glossary folder (e.g. /work/main/glossary).
set -euo pipefail
cd "$(dirname "$0")/.."
set=${HELDOUT:-heldout}
bin=${1:-.build/release/istilah}
[[ -x $bin ]] || swift build -c release
out=${TMPDIR:-/tmp}/istilah-$set.json
"$bin" extract scripts/$set/docs/*.txt --format json -o "$out"
python3 ../shared/eval/score.py --gold scripts/$set/$set-terms.tsv --pairs scripts/$set/$set-pairs.tsv \
  ${SCORE_FLAGS:-} "$out"
