#!/usr/bin/env bash
# Installs the system packages Istilah needs on Debian/Ubuntu (run as root, or it uses sudo):
#   libicu-dev, pkg-config  ICU's C API (normalization, break iteration, transliteration, CLDR names)
set -euo pipefail
packages=(libicu-dev pkg-config)
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${packages[@]}"
