#!/usr/bin/env bash
# Second held-out check (test set): run the extractor on the five documents of scripts/heldout2/docs and
# score the output against their hand-made gold with the project scorer (same scorer as the seeds).
# Keep this set for checking that fixes made against scripts/heldout generalize: do not tune against it.
# Usage: scripts/heldout2_eval.sh [ISTILAH_BINARY]   (default .build/release/istilah; builds it if missing)
# Extra scorer flags can be passed in SCORE_FLAGS, e.g. SCORE_FLAGS=--verbose. A binary outside this tree
# needs ISTILAH_GLOSSARY pointing at a glossary folder (e.g. /work/main/glossary).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/istilah}
[[ -x $bin ]] || swift build -c release
out=${TMPDIR:-/tmp}/istilah-heldout2.json
"$bin" extract scripts/heldout2/docs/*.txt --format json -o "$out"
python3 ../shared/eval/score.py --gold scripts/heldout2/heldout2-terms.tsv --pairs scripts/heldout2/heldout2-pairs.tsv \
  ${SCORE_FLAGS:-} "$out"
