#!/usr/bin/env bash
# The ledger audit at ~1M charges, in SQLite and in MariaDB without any
# secondary index, beside one full read of both tables (uc-bench-audit: the
# same process, the same Qt driver, alternated, medians) and beside the raw
# clients reading both tables whole. See docs/performance.md, "The ledger
# audit".
#
#   bench/audit-1m.sh
#
# Environment (all optional):
#   BUILD=build          CMake build directory (relative to the repository),
#                        already configured; uc-bench-audit and usagectl are built
#   WORK=/tmp/uc-audit-bench   scratch: the SQLite file, the MariaDB server
#   RUNS=5               timed runs (after one warm-up)
#   NAMESPACES=2000 MONTHS=36 ORDERS=15.5   the demo data (~1.0M charges)
#   ENGINE=both          sqlite | mariadb | both
#   KEEP=1               keep the data and the server for another run
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=$repo/${BUILD:-build}
WORK=${WORK:-/tmp/uc-audit-bench}
RUNS=${RUNS:-5}
NAMESPACES=${NAMESPACES:-2000}
MONTHS=${MONTHS:-36}
ORDERS=${ORDERS:-15.5}
ENGINE=${ENGINE:-both}
mkdir -p "$WORK"

ninja -C "$build" -j2 uc-bench-audit usagectl >/dev/null
bench=$build/bin/uc-bench-audit

raw() { # label, command...: wall time of one run of a raw client, in seconds
    local label=$1 t0 t1
    shift
    t0=$(date +%s%N)
    "$@" >/dev/null
    t1=$(date +%s%N)
    echo "raw $label: $(((t1 - t0) / 1000000)) ms"
}

if [[ $ENGINE != mariadb ]]; then
    db=$WORK/audit.db
    [[ -f $db ]] || "$build/bin/usagectl" demo-db create "$db" --namespaces "$NAMESPACES" \
        --months "$MONTHS" --orders-per-namespace "$ORDERS" --until 2026-11-25
    echo "== SQLite $(du -h "$db" | cut -f1)"
    "$bench" --db "sqlite:$db" --runs "$RUNS"
    for i in 1 2 3; do
        raw "sqlite3, both tables" sqlite3 "$db" "SELECT * FROM DF_PURCHASE_ORDER; SELECT * FROM DF_CONSUMING_HISTORY;"
    done
fi

if [[ $ENGINE != sqlite ]]; then
    srv=$WORK/db
    bash "$repo/tests/support/mariadb-fixture.sh" start "$srv" >/dev/null
    port=$(<"$srv/port")
    sock=$(awk -F= '/SOCKET/ {print $2}' "$srv/env")
    export USAGECTL_DB_PASSWORD=uc-test-password
    url="mysql://uc@127.0.0.1:$port/ucaudit"
    if ! mariadb --socket="$sock" -uroot -e 'USE ucaudit' 2>/dev/null; then
        mariadb --socket="$sock" -uroot -e 'CREATE DATABASE ucaudit CHARACTER SET utf8mb4'
        echo "== MariaDB: generating"
        "$bench" --db "$url" --runs 0 --generate "$NAMESPACES,$MONTHS,$ORDERS"
    fi
    echo "== MariaDB (indexes: $(mariadb --socket="$sock" -uroot -N -e "SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA='ucaudit' AND INDEX_NAME <> 'PRIMARY'") secondary)"
    "$bench" --db "$url" --runs "$RUNS"
    for i in 1 2 3; do
        raw "mariadb --quick, both tables" mariadb --socket="$sock" -uroot --quick ucaudit \
            -e "SELECT * FROM DF_PURCHASE_ORDER; SELECT * FROM DF_CONSUMING_HISTORY;"
    done
    [[ ${KEEP:-0} == 1 ]] || bash "$repo/tests/support/mariadb-fixture.sh" stop "$srv" >/dev/null
fi
