#!/usr/bin/env bash
# The held-out check on the second set (the test set): scripts/heldout_eval.sh with HELDOUT=heldout2.
HELDOUT=heldout2 exec "$(dirname "$0")/heldout_eval.sh" "$@"
