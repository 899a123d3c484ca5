#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds build/, creates the demo
# database build/demo.db once and shows a report from it with usagectl.
# Arguments, if any, replace the default command `spend --region cn-north-1`.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/deps.sh
source "$root/scripts/deps.sh"

uc_install_deps
uc_build "$root"

usagectl=$root/build/bin/usagectl
if [[ ! -s build/demo.db ]]; then
    "$usagectl" demo-db create build/demo.db
fi

if (($# > 0)); then
    exec "$usagectl" --db sqlite:build/demo.db "$@"
fi
exec "$usagectl" --db sqlite:build/demo.db spend --region cn-north-1
