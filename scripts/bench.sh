#!/usr/bin/env bash
# Benchmark: release build over real-news corpora from ../shared/eval/make_corpus.py.
#   1. istilah bench: segmentation throughput against a bare ICU word-break loop, same bytes.
#   2. istilah extract --format json over the same corpus: MB/s and peak memory (GNU time), and
#      each stage's wall-clock and CPU time (ISTILAH_TIMINGS=1), then the same over a corpus five
#      times larger, to show how memory grows.
# Usage: scripts/bench.sh [MEGABYTES]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-20}
big=$((size * 5))
corpus() { local dir=${TMPDIR:-/tmp}/istilah-corpus-$1; [[ -d $dir ]] || python3 ../shared/eval/make_corpus.py "$1" "$dir" >&2; echo "$dir"; }
small_dir=$(corpus "$size")
swift build -c release
.build/release/istilah bench "$small_dir"
extract() {
  local dir=$1 mb=$2 seconds kilobytes
  local timing stages; timing=$(mktemp); stages=$(mktemp)
  ISTILAH_TIMINGS=1 /usr/bin/time -f "%e %M" -o "$timing" .build/release/istilah extract "$dir" --format json -o /dev/null 2>"$stages"
  read -r seconds kilobytes <"$timing"
  awk -v mb="$mb" -v s="$seconds" -v kb="$kilobytes" \
    'BEGIN { printf "extract %4d MB     %8.1f MB/s  (%.1f s, 2 threads), peak memory %.0f MB\n", mb, mb / s, s, kb / 1024 }'
  grep '^timing: ' "$stages" | sed 's/^timing: /  stage  /'
  rm -f "$timing" "$stages"
}
extract "$small_dir" "$size"
if [[ ${ISTILAH_BENCH_BIG:-1} == 1 ]]; then extract "$(corpus "$big")" "$big"; fi
