#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds build/ and runs the whole test
# suite. Exits non-zero on any failure. Works from any directory.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/deps.sh
source "$root/scripts/deps.sh"

uc_install_deps
uc_build "$root"
ctest --test-dir "$root/build" --output-on-failure -j2
