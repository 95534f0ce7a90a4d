#!/usr/bin/env bash
# The held-out check on the third set (a second test set, made after the second round of rules):
# scripts/heldout_eval.sh with HELDOUT=heldout3.
HELDOUT=heldout3 exec "$(dirname "$0")/heldout_eval.sh" "$@"
