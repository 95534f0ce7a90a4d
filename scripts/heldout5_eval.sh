#!/usr/bin/env bash
# The held-out check on the fifth set (made by a helper session from five new kumparan stories):
# scripts/heldout_eval.sh with HELDOUT=heldout5.
HELDOUT=heldout5 exec "$(dirname "$0")/heldout_eval.sh" "$@"
