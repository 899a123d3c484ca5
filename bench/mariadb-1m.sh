#!/usr/bin/env bash
# usagectl against MariaDB at ~1M charges, beside the same SQL run raw in the
# `mariadb` client; first without secondary indexes, then with the ones
# `usagectl db advise-indexes` prints. See docs/performance.md.
#
#   bench/mariadb-1m.sh            build (if needed), generate, load, measure
#
# Environment (all optional):
#   BUILD=build-bench   CMake build directory (relative to the repository)
#   WORK=/tmp/uc-bench  scratch directory: generator, data files, server
#   RUNS=5              timed runs per command (after one warm-up)
#   NAMESPACES=2000 MONTHS=36 ORDERS=15.5 SEED=1 UNTIL=2026-11-25
#   STREAM=1            also time the full `usages list --region` stream in both
#                       phases; STREAM=indexed: only with the indexes (the
#                       unindexed stream sorts the region once per page, ~5 min)
#   STREAM_TIMEOUT=0    stop a full stream after this many seconds (0: never)
#   SKIP_BUILD=1        use the existing BUILD/bin/usagectl as it is
#   USAGECTL=PATH       measure this binary (BUILD still provides libuc_backend.a)
#   KEEP=1              leave the server running afterwards (stop it with
#                       tests/support/mariadb-fixture.sh stop $WORK/db)
#
# Needs: cmake, ninja, Qt 6 (Core, Sql + QMYSQL driver, Network, Concurrent),
# mariadb-server + client, GNU time (/usr/bin/time), python3.
# Timings are whole-process wall times (median of RUNS runs, one warm-up
# not counted), start-up included, A and B alternated; peak RSS is GNU
# time's %M of the same runs.
# `spend` and `usages total` run with --no-cache (the single query the raw
# side repeats); with the indexes they are also timed through the roll-up
# cache, warm, beside the same raw query. The cache lives in
# XDG_CACHE_HOME=$WORK/xdg, emptied at the start. What each command sent
# (connections, statements; from the general log) goes to $WORK/notes.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-build-bench}
WORK=${WORK:-/tmp/uc-bench}
RUNS=${RUNS:-5}
NAMESPACES=${NAMESPACES:-2000}
MONTHS=${MONTHS:-36}
ORDERS=${ORDERS:-15.5}
SEED=${SEED:-1}
UNTIL=${UNTIL:-2026-11-25}
STREAM=${STREAM:-1}
DB=uc1m
SRV=$WORK/db
OUT=$WORK/results.md

build=$repo/$BUILD
usagectl=${USAGECTL:-$build/bin/usagectl}
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    if ! ninja -C "$build" -j2 usagectl >/dev/null; then
        [[ -x $usagectl && -f $build/backend/libuc_backend.a ]] || exit 1
        echo "mariadb-1m: the build failed; measuring the existing $usagectl" >&2
    fi
fi

# --- a throwaway generator linking the backend library -----------------------
mkdir -p "$WORK/gen"
cat >"$WORK/gen/main.cpp" <<'EOF'
#include "demodatagenerator.h"
#include <QCoreApplication>
#include <cstdio>
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 7) {
        std::fprintf(stderr, "gen DIR NAMESPACES MONTHS ORDERS SEED UNTIL\n");
        return 2;
    }
    DemoOptions o;
    o.namespaces = std::atoi(argv[2]);
    o.months = std::atoi(argv[3]);
    o.ordersPerNamespace = std::atof(argv[4]);
    o.seed = std::strtoull(argv[5], nullptr, 10);
    o.until = QDate::fromString(QString::fromLatin1(argv[6]), Qt::ISODate);
    auto r = DemoDataGenerator(o).writeLoadDataFiles(QString::fromLocal8Bit(argv[1]));
    if (!r)
        return 1;
    std::printf("orders=%lld charges=%lld\n", (long long)r.value().orders,
                (long long)r.value().charges);
    return 0;
}
EOF
cat >"$WORK/gen/CMakeLists.txt" <<EOF
cmake_minimum_required(VERSION 3.16)
project(gen CXX)
set(CMAKE_CXX_STANDARD 17)
find_package(Qt6 REQUIRED COMPONENTS Core Sql Network Concurrent)
add_executable(gen main.cpp)
target_include_directories(gen PRIVATE $repo/backend)
target_link_libraries(gen PRIVATE $build/backend/libuc_backend.a
    Qt6::Core Qt6::Sql Qt6::Network Qt6::Concurrent)
EOF
cmake -S "$WORK/gen" -B "$WORK/gen/b" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$WORK/gen/b" >/dev/null
rm -rf "$WORK/data"
"$WORK/gen/b/gen" "$WORK/data" "$NAMESPACES" "$MONTHS" "$ORDERS" "$SEED" "$UNTIL"

# --- a private server, loaded -------------------------------------------------
bash "$repo/tests/support/mariadb-fixture.sh" start "$SRV"
[[ ${KEEP:-0} == 1 ]] || trap 'bash "$repo/tests/support/mariadb-fixture.sh" stop "$SRV"' EXIT
PORT=$(cat "$SRV/port")
root=(mariadb --no-defaults --socket="$SRV/sock" -uroot)
raw=(mariadb --no-defaults -h127.0.0.1 -P"$PORT" -uuc -puc-test-password "$DB")
# The fixture's 64 MB buffer pool is a test setting: give the 1M-row table room.
"${root[@]}" -e "SET GLOBAL innodb_buffer_pool_size = 1073741824; CREATE DATABASE $DB"
"${root[@]}" "$DB" <"$WORK/data/schema.sql"
"${root[@]}" --local-infile=1 "$DB" <"$WORK/data/load.sql"

export USAGECTL_DB_PASSWORD=uc-test-password
export XDG_CACHE_HOME=$WORK/xdg # the roll-up cache: never the user's
rm -rf "$XDG_CACHE_HOME"
: >"$WORK/notes"
uc=("$usagectl" --db "mysql://uc@127.0.0.1:$PORT/$DB")

q() { "${raw[@]}" -N -e "$1"; }
REGION=$(q "SELECT REGION FROM DF_CONSUMING_HISTORY GROUP BY REGION ORDER BY COUNT(*) DESC LIMIT 1")
BIGNS=$(q "SELECT ACCOUNT_ID FROM DF_CONSUMING_HISTORY GROUP BY ACCOUNT_ID ORDER BY COUNT(*) DESC LIMIT 1")
{
    echo "# usagectl vs raw MariaDB, $(date -u +%F), $(nproc) cores"
    echo
    echo "charges: $(q 'SELECT COUNT(*) FROM DF_CONSUMING_HISTORY'); namespaces: $(q 'SELECT COUNT(DISTINCT ACCOUNT_ID) FROM DF_CONSUMING_HISTORY')"
    echo "region $REGION: $(q "SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE REGION='$REGION'") charges;" \
        "namespace $BIGNS: $(q "SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE ACCOUNT_ID='$BIGNS'") charges"
} >"$OUT"

# The raw side runs exactly the statements usagectl sent (values inlined by
# the server's general log), session set-up included, in one client process.
capture() { # NAME ARGS...
    local name=$1
    shift
    "${root[@]}" -e "SET GLOBAL general_log_file='$WORK/general.log'; SET GLOBAL general_log=1"
    : >"$WORK/general.log"
    "${uc[@]}" "$@" >/dev/null 2>&1
    "${root[@]}" -e "SET GLOBAL general_log=0"
    sed -n 's/^.*[0-9] \(Execute\|Query\)\t//p' "$WORK/general.log" | grep -v general_log | sed 's/$/;/' >"$WORK/$name.sql"
    echo "$name: $(grep -c 'Connect.*uc@' "$WORK/general.log") connection(s)," \
        "$(wc -l <"$WORK/$name.sql") statement(s)" >>"$WORK/notes"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# One timed run: prints "wall_s peak_kb".
timed() { /usr/bin/time -f '%e %M' -o "$WORK/t" "$@" >/dev/null 2>&1 || true; cat "$WORK/t"; }

measure() { # PHASE NAME ARGS...   (RAW=NAME: the raw side of measurement NAME)
    local phase=$1 name=$2 i a b sql
    shift 2
    capture "$name" "$@"
    sql=$WORK/${RAW:-$name}.sql
    timed "${uc[@]}" "$@" >/dev/null
    timed "${raw[@]}" -e "source $sql" >/dev/null
    : >"$WORK/a"
    : >"$WORK/b"
    for ((i = 0; i < RUNS; ++i)); do
        timed "${uc[@]}" "$@" >>"$WORK/a"
        timed "${raw[@]}" -e "source $sql" >>"$WORK/b"
    done
    a=$(cut -d' ' -f1 "$WORK/a" | median)
    b=$(cut -d' ' -f1 "$WORK/b" | median)
    printf '| %s | %s | %.0f | %.0f | %.2f | %.1f MB |\n' "$phase" "$name" \
        "$(echo "$b*1000" | bc)" "$(echo "$a*1000" | bc)" "$(echo "$a/$b" | bc -l)" \
        "$(echo "$(cut -d' ' -f2 "$WORK/a" | median)/1024" | bc -l)" >>"$OUT"
}

run_phase() { # PHASE
    local p=$1
    echo "load: $(cut -d" " -f1-3 /proc/loadavg)" >>"$OUT"
    "${uc[@]}" db check >>"$OUT" 2>&1 || true
    echo >>"$OUT"
    echo "| phase | work | raw mariadb (ms) | usagectl (ms) | ratio | usagectl peak RSS |" >>"$OUT"
    echo "|---|---|---|---|---|---|" >>"$OUT"
    # The app and the REST API always pass a region: with it the namespace's
    # index order is usable; without it (a documented limitation) it is not.
    measure "$p" "first page, namespace + region" usages list --namespace "$BIGNS" --region "$REGION" --page 1 --size 30 --format csv
    measure "$p" "first page, namespace (no region)" usages list --namespace "$BIGNS" --page 1 --size 30 --format csv
    measure "$p" "first page, region" usages list --region "$REGION" --page 1 --size 30 --format csv
    measure "$p" "page 10000, region" usages list --region "$REGION" --page 10000 --size 30 --format csv
    measure "$p" "total, region" usages total --region "$REGION" --no-cache
    measure "$p" "total, namespace" usages total --namespace "$BIGNS" --no-cache
    measure "$p" "spend, region" spend --region "$REGION" --tz Asia/Shanghai --format json --no-cache
    if [[ $p == indexed ]]; then # through the roll-up cache (filled by capture), warm
        RAW="total, region" measure "$p" "total, region, cache warm" usages total --region "$REGION"
        RAW="spend, region" measure "$p" "spend, region, cache warm" spend --region "$REGION" --tz Asia/Shanghai --format json
    fi
    if [[ $STREAM == 1 || ($STREAM == indexed && $p == indexed) ]]; then
        local t rows
        /usr/bin/time -f '%e %M' -o "$WORK/t" timeout "${STREAM_TIMEOUT:-0}" \
            "${uc[@]}" usages list --region "$REGION" --format csv \
            2>"$WORK/stream-$p.err" | wc -l >"$WORK/stream-rows" || true
        t=$(tail -n 1 "$WORK/t")
        rows=$(($(cat "$WORK/stream-rows") - 1)) # the CSV header
        grep -q 'status 124' "$WORK/t" && rows="stopped by STREAM_TIMEOUT after $rows"
        echo "| $p | full stream, region ($rows rows, 1 run) | - | ${t% *} s | - | $((${t#* } / 1024)) MB |" >>"$OUT"
        echo "stderr lines of the stream: $(wc -l <"$WORK/stream-$p.err")" >>"$WORK/notes"
    fi
    echo >>"$OUT"
}

run_phase "no index"
"${uc[@]}" db advise-indexes | "${raw[@]}"
"${root[@]}" "$DB" -e "ANALYZE TABLE DF_CONSUMING_HISTORY, DF_PURCHASE_ORDER" >/dev/null
run_phase "indexed"
uptime >>"$OUT"
{ echo; cat "$WORK/notes"; } >>"$OUT"
cat "$OUT"
