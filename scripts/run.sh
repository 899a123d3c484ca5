#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds build/ and opens Usage Console
# on the embedded demo database (created on first start). Without a display
# it prints the demo database's spend table with usagectl instead.
# Arguments, if any, are passed to usage-console.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/deps.sh
source "$root/scripts/deps.sh"

uc_install_deps
uc_build "$root"

if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} || -n ${QT_QPA_PLATFORM:-} ]]; then
    exec "$root/build/bin/usage-console" "$@"
fi

echo "run.sh: no display; showing the demo database's spend table instead" >&2
usagectl=$root/build/bin/usagectl
if [[ ! -s build/demo.db ]]; then
    "$usagectl" demo-db create build/demo.db
fi
exec "$usagectl" --db sqlite:build/demo.db spend --region cn-north-1
