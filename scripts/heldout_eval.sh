#!/usr/bin/env bash
# Held-out check: run the extractor on the five held-out news documents (scripts/heldout/docs) and
# score the output against their hand-made gold with the project scorer (same scorer as the seeds).
# Usage: scripts/heldout_eval.sh [ISTILAH_BINARY]   (default .build/release/istilah; builds it if missing)
# Extra scorer flags can be passed in SCORE_FLAGS, e.g. SCORE_FLAGS=--verbose. A binary outside this tree
# needs ISTILAH_GLOSSARY pointing at a glossary folder (e.g. /work/main/glossary).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/istilah}
[[ -x $bin ]] || swift build -c release
out=${TMPDIR:-/tmp}/istilah-heldout.json
"$bin" extract scripts/heldout/docs/*.txt --format json -o "$out"
python3 ../shared/eval/score.py --gold scripts/heldout/heldout-terms.tsv --pairs scripts/heldout/heldout-pairs.tsv \
  ${SCORE_FLAGS:-} "$out"
