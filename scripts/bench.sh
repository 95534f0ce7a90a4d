#!/usr/bin/env bash
# Benchmark: release build, a real-news corpus, throughput and peak memory.
# Usage: scripts/bench.sh [MEGABYTES]   (default 20; the corpus comes from ../shared/eval/make_corpus.py)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-20}
corpus=${TMPDIR:-/tmp}/istilah-corpus-$size
[[ -d $corpus ]] || python3 ../shared/eval/make_corpus.py "$size" "$corpus"
swift build -c release
.build/release/istilah bench "$corpus"
