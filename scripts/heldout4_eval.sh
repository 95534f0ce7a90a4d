#!/usr/bin/env bash
# The held-out check on the fourth set (made by a helper session from five new kumparan stories):
# scripts/heldout_eval.sh with HELDOUT=heldout4.
HELDOUT=heldout4 exec "$(dirname "$0")/heldout_eval.sh" "$@"
