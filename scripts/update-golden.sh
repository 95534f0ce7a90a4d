#!/usr/bin/env bash
# Rewrites the CLI golden files under Tests/istilahTests/Golden from the current debug build, with
# the same arguments the tests use. Run it only when an output change is deliberate, then read the
# diff (`git diff Tests/istilahTests/Golden`) before committing: the golden files are the review.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build >/dev/null
bin=.build/debug/istilah
golden=Tests/istilahTests/Golden
seed=seeds/000_d4f176cfda6a47e4.txt
$bin extract seeds/ --format json --contexts 0 >$golden/extract-seeds.json 2>/dev/null
for format in tsv md; do $bin extract seeds/ --format $format --contexts 1 >$golden/extract-seeds.$format 2>/dev/null; done
for format in md tsv csv json html; do $bin table seeds/ --format $format >$golden/table-seeds.$format 2>/dev/null; done
$bin lookup --no-freedict Korut "Selandia Baru" menlu wakil "bahasa Korea" "Dolar Amerika Serikat" >$golden/lookup.txt
$bin normalize $seed >$golden/normalize-000.txt 2>/dev/null
$bin normalize --annotate $seed >$golden/normalize-000-annotated.txt 2>/dev/null
$bin normalize --format json seeds/ >$golden/normalize-seeds.json 2>/dev/null
$bin normalize --names $golden/normalize-names.input.txt >$golden/normalize-names.tsv 2>/dev/null
$bin segment seeds/003_67da689ebbe8f8d2.txt >$golden/segment-003.tsv 2>/dev/null
$bin segment --format json seeds/003_67da689ebbe8f8d2.txt >$golden/segment-003.json 2>/dev/null
git status --short -- $golden
