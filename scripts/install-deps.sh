#!/usr/bin/env bash
# Installs the system packages Istilah needs on Debian/Ubuntu (run as root, or it uses sudo):
#   libicu-dev, pkg-config  ICU's C API (normalization, break iteration, transliteration, CLDR names)
#   zlib1g-dev              zlib, to inflate FreeDict's dictzip (.dict.dz) file
#   dict-freedict-eng-ind   FreeDict English-Indonesian dictionary (CC BY-SA 3.0), used reversed by
#                           'istilah lookup' and for common terms in 'extract'/'table'; optional at
#                           run time, but the golden files of the tests expect it
#   wamerican               an English word list (/usr/share/dict/american-english): tells a name
#                           written in English (Sriwijaya Air Group) from Indonesian to translate;
#                           optional at run time
#   libxml2-utils           xmllint, used by a test (only when present) to check the TBX written
#   time                    GNU time, used by scripts/bench.sh for peak memory
set -euo pipefail
packages=(libicu-dev pkg-config zlib1g-dev dict-freedict-eng-ind wamerican libxml2-utils time)
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${packages[@]}"
