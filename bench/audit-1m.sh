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
#   BUILD=build          CMake build directory (relative to the repository, or
#                        absolute); uc-bench-audit, uc-bench-loaddata and usagectl
#                        are built (bench/benchlib.sh)
#   WORK=/tmp/uc-audit-bench   scratch: the SQLite file, the MariaDB server
#   RUNS=5               timed runs (after one warm-up)
#   NAMESPACES=2000 MONTHS=36 ORDERS=15.5 SEED=1 UNTIL=2026-11-25   the demo
#                        data (~1.0M charges); SQLite: usagectl demo-db create,
#                        MariaDB: the same rows as LOAD DATA (bench/benchlib.sh)
#   ENGINE=both          sqlite | mariadb | both
#   KEEP=1               keep the data and the server for another run (stop it
#                        with tests/support/mariadb-fixture.sh stop $WORK/db)
set -euo pipefail

BENCH=audit-1m
BUILD=${BUILD:-build}
source "$(dirname "$0")/benchlib.sh"
SCALE=1m
bench_scale
WORK=${WORK:-/tmp/uc-audit-bench}
RUNS=${RUNS:-5}
UNTIL=${UNTIL:-2026-11-25}
ENGINE=${ENGINE:-both}
mkdir -p "$WORK"
# Data made earlier with the same options is used again (the script always did).
KEEP_DATA=1

bench_build usagectl uc-bench-audit uc-bench-loaddata
bench=$build/bin/uc-bench-audit

raw() { # label, command...: wall time of one run of a raw client
    local label=$1 t0
    shift
    t0=$(now_ms)
    "$@" >/dev/null
    echo "raw $label: $(($(now_ms) - t0)) ms"
}

if [[ $ENGINE != mariadb ]]; then
    bench_sqlite "$WORK/audit.db"
    db=$WORK/audit.db
    echo "== SQLite $(du -h "$db" | cut -f1) (secondary indexes: $(bench_secondary_indexes sqlite | wc -l))"
    "$bench" --db "sqlite:$db" --runs "$RUNS"
    for i in 1 2 3; do
        raw "sqlite3, both tables" sqlite3 "$db" "SELECT * FROM DF_PURCHASE_ORDER; SELECT * FROM DF_CONSUMING_HISTORY;"
    done
fi

if [[ $ENGINE != sqlite ]]; then
    KEEP_SERVER=${KEEP:-0}
    trap bench_mariadb_stop EXIT
    bench_mariadb "$WORK/db" ucaudit "$WORK/data"
    bench_indexes mariadb 0
    url=$BENCH_MYSQL_URL
    echo "== MariaDB (secondary indexes: $(bench_secondary_indexes mariadb | wc -l))"
    "$bench" --db "$url" --runs "$RUNS"
    for i in 1 2 3; do
        raw "mariadb --quick, both tables" "${root[@]}" --quick ucaudit \
            -e "SELECT * FROM DF_PURCHASE_ORDER; SELECT * FROM DF_CONSUMING_HISTORY;"
    done
fi
