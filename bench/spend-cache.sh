#!/usr/bin/env bash
# `usagectl spend` with the roll-up cache, cold (empty cache) and warm, beside
# the raw single GROUP BY that the uncached spend sends, run in the `mariadb`
# / `sqlite3` command-line client in the same run; at ~1M or ~10M charges, in
# MariaDB and in SQLite. See docs/performance-spend-cache.md.
#
#   bench/spend-cache.sh                     build (if needed), generate, load, measure
#   SCALE=10m KEEP_DATA=1 bench/spend-cache.sh   reuse the data of an earlier run
#
# Environment (all optional):
#   SCALE=1m            1m | 10m | tiny; sets the generator's parameters:
#                         tiny: NAMESPACES=100  ORDERS=15.5  (~50k charges)
#                         1m:   NAMESPACES=2000 ORDERS=15.5  (~1.0M charges)
#                         10m:  NAMESPACES=6300 ORDERS=49.3  (~10M charges)
#                       each with MONTHS=36 SEED=1 (override any of them)
#   ENGINE=both         mariadb | sqlite | both
#   RUNS=5              timed runs of each measurement (after one warm-up)
#   WORK=/tmp/uc-spend-bench-$SCALE   scratch directory: generator, data files,
#                       MariaDB server data, SQLite file, cache, outputs;
#                       the results are written to $WORK/results.md
#   UNTIL=today         the data's `now` (UTC date); the newest months are open,
#                       renewals up to 7 days ahead are already charged.
#                       With KEEP_DATA=1 and no UNTIL, the UNTIL of the kept data
#   KEEP_DATA=0         1: reuse the MariaDB data directory and/or SQLite file in
#                       WORK when they were made with the same parameters (a
#                       stamp file records them); otherwise generate again
#   PREPARE_ONLY=0      1: generate/load (and index) the data, then stop
#   ZONE=Asia/Shanghai  the display zone (--tz) of every spend (the raw SQL takes
#                       local midnights as they are: in a zone whose midnight can
#                       fall in a DST gap the raw cells may differ; the check says so)
#   REGION=             the region measured (default: the one with most charges)
#   BUFFER_POOL=        MariaDB innodb_buffer_pool_size (default 1G; 6G at 10m)
#   BUILD=build-bench   CMake build directory (relative to the repository)
#   SKIP_BUILD=1        use the existing BUILD/bin/usagectl as it is
#   USAGECTL=PATH       measure this binary (BUILD still provides libuc_backend.a)
#   GENLOG=1            MariaDB: one more untimed run of each kind with the server's
#                       general log on, to count statements, GROUP BYs, connections
#   KEEP_SERVER=0       1: leave the MariaDB server running afterwards (stop it
#                       with mariadb-admin --socket=$WORK/db/sock -uroot shutdown;
#                       tests/support/mariadb-fixture.sh stop would delete the data)
#
# Measured per engine, in this order in every round (one warm-up round not
# counted, then RUNS rounds; medians reported):
#   raw        the single spend GROUP BY (month x namespace over the UTC month
#              bounds of ZONE, as SqlUsageQueries::spend builds it) in the
#              command-line client (MariaDB: with usagectl's session set-up)
#   no-cache   usagectl spend --region R --tz ZONE --format json --no-cache
#   cold       usagectl cache clear (not timed), then the same spend without
#              --no-cache
#   warm       the same spend again
# Every output is kept and compared: no-cache, cold and warm must print the
# same JSON, and the raw rows must be the same cells.
#
# Disk: ~0.8 GB in WORK at 1m, ~6.8 GB at 10m (TSV files, MariaDB data, SQLite
# file); generating and loading 10m takes ~3 min on 2 cores, kept for KEEP_DATA.
#
# Needs: cmake, ninja, Qt 6 (Core, Sql + QSQLITE/QMYSQL drivers, Network,
# Concurrent), mariadb-server + client, sqlite3, GNU time (/usr/bin/time),
# python3, bc. Timings are whole-process wall times (start-up, connecting and
# writing the output to a file in WORK included), measured with date +%s%N;
# peak RSS is GNU time's %M of the same process.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
SCALE=${SCALE:-1m}
case $SCALE in
tiny) d_ns=100 d_orders=15.5 d_pool=1G ;;
1m) d_ns=2000 d_orders=15.5 d_pool=1G ;;
10m) d_ns=6300 d_orders=49.3 d_pool=6G ;;
*)
    echo "spend-cache: SCALE must be tiny, 1m or 10m" >&2
    exit 2
    ;;
esac
NAMESPACES=${NAMESPACES:-$d_ns}
ORDERS=${ORDERS:-$d_orders}
MONTHS=${MONTHS:-36}
SEED=${SEED:-1}
ENGINE=${ENGINE:-both}
RUNS=${RUNS:-5}
WORK=${WORK:-/tmp/uc-spend-bench-$SCALE}
KEEP_DATA=${KEEP_DATA:-0}
PREPARE_ONLY=${PREPARE_ONLY:-0}
ZONE=${ZONE:-Asia/Shanghai}
BUFFER_POOL=${BUFFER_POOL:-$d_pool}
BUILD=${BUILD:-build-bench}
DB=ucspend
case $ENGINE in
mariadb | sqlite | both) ;;
*)
    echo "spend-cache: ENGINE must be mariadb, sqlite or both" >&2
    exit 2
    ;;
esac

mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
OUT=$WORK/results.md
LOG=$WORK/prepare.log # generation / load / index timings, appended

# UNTIL: the user's, else the kept data's, else today (UTC).
if [[ -z ${UNTIL:-} && $KEEP_DATA == 1 ]]; then
    for s in "$WORK/mariadb.stamp" "$WORK/sqlite.stamp"; do
        if [[ -s $s ]]; then
            UNTIL=$(awk '{print $5}' "$s")
            break
        fi
    done
fi
UNTIL=${UNTIL:-$(date -u +%F)}
STAMP="$NAMESPACES $MONTHS $ORDERS $SEED $UNTIL"

say() { echo "spend-cache: $*" >&2; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

build=$repo/$BUILD
usagectl=${USAGECTL:-$build/bin/usagectl}
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    if ! ninja -C "$build" -j2 usagectl >"$WORK/build.log" 2>&1; then
        [[ -x $usagectl ]] || {
            cat "$WORK/build.log" >&2
            exit 1
        }
        say "the build failed (see $WORK/build.log); measuring the existing $usagectl"
    fi
fi
[[ -x $usagectl ]] || {
    say "no usagectl at $usagectl"
    exit 1
}

# Which of the cache's command-line flags this usagectl has. The steps that
# need a missing one are recorded as failed; the rest still runs.
help=$("$usagectl" --help 2>&1 || true)
has_no_cache=0 has_clear=0 has_verify=0
grep -q -- '--no-cache' <<<"$help" && has_no_cache=1
grep -q 'cache clear' <<<"$help" && has_clear=1
grep -q 'cache verify' <<<"$help" && has_verify=1
say "usagectl flags: --no-cache=$has_no_cache, cache clear=$has_clear, cache verify=$has_verify"

# --- helpers in python: the raw SQL and the comparison -----------------------
cat >"$WORK/spendsql.py" <<'EOF'
# spendsql.py ENGINE REGION MIN MAX ZONE SQLFILE MONTHSFILE
# Writes the spend GROUP BY that SqlUsageQueries::spend sends (values inlined)
# for the months covering [MIN, MAX] in ZONE, and the months (yyyy-MM, one a
# line, index order).
import sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

engine, region, lo, hi, zone, sqlfile, monthsfile = sys.argv[1:8]
z = ZoneInfo(zone)
def parse(s):
    return datetime.strptime(s[:19], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
def month_of(t):
    l = t.astimezone(z)
    return (l.year, l.month)
def start_utc(y, m):  # local midnight of the 1st (Shanghai has no DST gaps)
    return datetime(y, m, 1, tzinfo=z).astimezone(timezone.utc)
def nxt(y, m):
    return (y + 1, 1) if m == 12 else (y, m + 1)
first, last = month_of(parse(lo)), month_of(parse(hi))
months = []
ym = first
while ym <= last:
    months.append((ym, start_utc(*ym), start_utc(*nxt(*ym))))
    ym = nxt(*ym)
txt = lambda t: t.strftime("%Y-%m-%d %H:%M:%S")
num = lambda t: t.strftime("%Y%m%d%H%M%S")
def case_tree(lo, hi):  # bucketExpression(false, ...)
    if lo == hi:
        return str(lo)
    mid = (lo + hi + 1) // 2
    return "CASE WHEN CONSUME_TIME < '%s' THEN %s ELSE %s END" % (
        txt(months[mid][1]), case_tree(lo, mid - 1), case_tree(mid, hi))
if engine == "mariadb":
    marks = [num(m[1]) for m in months[1:]]
    bucket = "INTERVAL(CONSUME_TIME + 0, %s)" % ",".join(marks) if marks else "0"
    setup = ("SET time_zone = '+00:00';\nSET NAMES utf8mb4;\n"
             "SET SESSION tmp_table_size = 268435456, max_heap_table_size = 268435456;\n")
else:
    bucket = case_tree(0, len(months) - 1)
    setup = ""
sql = ("SELECT ACCOUNT_ID, %s AS MONTH_INDEX, SUM(CONSUMING), COUNT(*) FROM DF_CONSUMING_HISTORY"
       " WHERE REGION = '%s' AND CONSUME_TIME >= '%s' AND CONSUME_TIME < '%s'"
       " GROUP BY ACCOUNT_ID, MONTH_INDEX;\n") % (
    bucket, region.replace("'", "''"), txt(months[0][1]), txt(months[-1][2]))
open(sqlfile, "w").write(setup + sql)
open(monthsfile, "w").write("".join("%04d-%02d\n" % m[0] for m in months))
EOF
cat >"$WORK/cells.py" <<'EOF'
# cells.py MONTHSFILE RAWFILE JSONFILE: are the raw client's rows
# (ns, month index, sum, count; tab-separated) the JSON's cells?
# Prints "cells=N charges=C amount=A" of the JSON and exits 1 on a difference.
import json, sys
from decimal import Decimal
months = open(sys.argv[1]).read().split()
raw = set()
for line in open(sys.argv[2]):
    f = line.rstrip("\n").split("\t")
    if len(f) != 4:
        continue
    i = int(f[1])
    if 0 <= i < len(months):
        raw.add((f[0], months[i], int(f[2]), int(f[3])))
cells = json.load(open(sys.argv[3]))
js = set((c["namespace"], c["month"], int(Decimal(c["amount"]) * 10000), int(c["charges"]))
         for c in cells)
print("cells=%d charges=%d amount=%s" % (len(cells), sum(c[3] for c in js),
                                         Decimal(sum(c[2] for c in js)) / 10000))
if raw != js or len(js) != len(cells):
    print("DIFFERENT: %d raw-only, %d json-only" % (len(raw - js), len(js - raw)))
    sys.exit(1)
EOF

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "nan"; else print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# One timed run: TAG OUTFILE CMD... -> appends "TAG ms peak_kb rc" to $runs.
timed() {
    local tag=$1 out=$2 t0 t1 rc=0
    shift 2
    t0=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$WORK/rss" "$@" >"$out" 2>"$out.err" || rc=$?
    t1=$(date +%s%N)
    echo "$tag $(((t1 - t0) / 1000000)) $(tail -n1 "$WORK/rss") $rc" >>"$runs"
    last_rc=$rc
}

# --- the throwaway generator linking the backend library (MariaDB files) -----
build_gen() {
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
    if [[ -x $WORK/gen/b/gen && ${SKIP_BUILD:-0} == 1 ]]; then
        return 0
    fi
    cmake -S "$WORK/gen" -B "$WORK/gen/b" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    if ! ninja -C "$WORK/gen/b" >"$WORK/gen/build.log" 2>&1; then
        [[ -x $WORK/gen/b/gen ]] || {
            cat "$WORK/gen/build.log" >&2
            exit 1
        }
        say "the generator did not build again (see $WORK/gen/build.log); using the old one"
    fi
}

# --- MariaDB: a private server (fixture), data kept in $WORK/db between runs --
SRV=$WORK/db
root=() raw=()
server_started=0
stop_server() {
    [[ $server_started == 1 && ${KEEP_SERVER:-0} != 1 ]] || return 0
    # Not the fixture's `stop`: that deletes the directory and with it the data.
    mariadb-admin --no-defaults --socket="$SOCK" -uroot shutdown >/dev/null 2>&1 || true
    server_started=0
}
trap stop_server EXIT

mariadb_up() {
    local fixture=$repo/tests/support/mariadb-fixture.sh t0 port
    if [[ $KEEP_DATA == 1 && -d $SRV/data && -s $SRV/port && -s $SRV/env &&
        $(cat "$WORK/mariadb.stamp" 2>/dev/null) == "$STAMP" ]]; then
        SOCK=$(sed -n 's/^UC_TEST_MARIADB_SOCKET=//p' "$SRV/env")
        if mariadb-admin --no-defaults --socket="$SOCK" -uroot ping >/dev/null 2>&1; then
            say "mariadb: reusing the running server in $SRV"
        else
            say "mariadb: restarting the kept server in $SRV"
            if ! bash "$fixture" restart "$SRV" >&2; then
                # Its port may be taken by now: another free one.
                port=$((20000 + RANDOM % 40001))
                echo "$port" >"$SRV/port"
                sed -i "s/^UC_TEST_MARIADB_PORT=.*/UC_TEST_MARIADB_PORT=$port/" "$SRV/env"
                bash "$fixture" restart "$SRV" >&2
            fi
            server_started=1
        fi
        PORT=$(cat "$SRV/port")
        set_clients
        "${root[@]}" -e "SET GLOBAL innodb_buffer_pool_size = $(pool_bytes)"
        return 0
    fi
    rm -f "$WORK/mariadb.stamp"
    bash "$fixture" start "$SRV" >&2
    server_started=1
    SOCK=$(sed -n 's/^UC_TEST_MARIADB_SOCKET=//p' "$SRV/env")
    PORT=$(cat "$SRV/port")
    set_clients
    # The fixture's 64 MB buffer pool is a test setting: room for the table.
    "${root[@]}" -e "SET GLOBAL innodb_buffer_pool_size = $(pool_bytes); CREATE DATABASE $DB"
    if [[ $(cat "$WORK/data.stamp" 2>/dev/null) != "$STAMP" || ! -s $WORK/data/load.sql ]]; then
        build_gen
        rm -rf "$WORK/data" "$WORK/data.stamp"
        t0=$(now_ms)
        nice "$WORK/gen/b/gen" "$WORK/data" "$NAMESPACES" "$MONTHS" "$ORDERS" "$SEED" "$UNTIL" >"$WORK/gen.out"
        echo "$(date -u +%FT%TZ) mariadb: generated the LOAD DATA files ($(cat "$WORK/gen.out")) in $(($(now_ms) - t0)) ms" >>"$LOG"
        echo "$STAMP" >"$WORK/data.stamp"
    fi
    t0=$(now_ms)
    "${root[@]}" "$DB" <"$WORK/data/schema.sql"
    "${root[@]}" --local-infile=1 "$DB" <"$WORK/data/load.sql"
    echo "$(date -u +%FT%TZ) mariadb: LOAD DATA in $(($(now_ms) - t0)) ms" >>"$LOG"
    t0=$(now_ms)
    "$usagectl" --db "mysql://uc@127.0.0.1:$PORT/$DB" db advise-indexes | "${raw[@]}"
    "${root[@]}" "$DB" -e "ANALYZE TABLE DF_CONSUMING_HISTORY, DF_PURCHASE_ORDER" >/dev/null
    echo "$(date -u +%FT%TZ) mariadb: advised indexes + ANALYZE in $(($(now_ms) - t0)) ms" >>"$LOG"
    echo "$STAMP" >"$WORK/mariadb.stamp"
}
pool_bytes() {
    local v=${BUFFER_POOL^^}
    case $v in
    *G) echo $((${v%G} * 1024 * 1024 * 1024)) ;;
    *M) echo $((${v%M} * 1024 * 1024)) ;;
    *) echo "$v" ;;
    esac
}
set_clients() {
    root=(mariadb --no-defaults --socket="$SOCK" -uroot)
    raw=(mariadb --no-defaults -h127.0.0.1 -P"$PORT" -uuc -puc-test-password "$DB")
}

# --- SQLite: the project's demo generator (usagectl demo-db create) ----------
SQLITE_DB=$WORK/spend.db
sqlite_up() {
    local t0
    if [[ $KEEP_DATA == 1 && -s $SQLITE_DB && $(cat "$WORK/sqlite.stamp" 2>/dev/null) == "$STAMP" ]]; then
        say "sqlite: reusing $SQLITE_DB"
        return 0
    fi
    rm -f "$SQLITE_DB" "$SQLITE_DB-wal" "$SQLITE_DB-shm" "$WORK/sqlite.stamp"
    t0=$(now_ms)
    nice "$usagectl" demo-db create "$SQLITE_DB" --namespaces "$NAMESPACES" --months "$MONTHS" \
        --orders-per-namespace "$ORDERS" --seed "$SEED" --until "$UNTIL" 2>>"$LOG"
    echo "$(date -u +%FT%TZ) sqlite: demo-db create in $(($(now_ms) - t0)) ms" >>"$LOG"
    t0=$(now_ms)
    "$usagectl" --db "sqlite:$SQLITE_DB" db advise-indexes | sqlite3 "$SQLITE_DB"
    sqlite3 "$SQLITE_DB" "ANALYZE"
    echo "$(date -u +%FT%TZ) sqlite: advised indexes + ANALYZE in $(($(now_ms) - t0)) ms" >>"$LOG"
    echo "$STAMP" >"$WORK/sqlite.stamp"
}

# Runs SQL ($1) in the engine's client, no header, tab-separated.
client() {
    if [[ $engine == mariadb ]]; then
        "${raw[@]}" -N -B -e "$1"
    else
        sqlite3 -batch -noheader -separator $'\t' "$SQLITE_DB" "$1"
    fi
}
rows=()

# --- one engine: shape, raw SQL, the rounds -----------------------------------
measure_engine() {
    local engine=$1 dbarg d xdg region range lo hi i f
    d=$WORK/$engine
    rm -rf "$d"
    mkdir -p "$d"
    if [[ $engine == mariadb ]]; then
        dbarg=mysql://uc@127.0.0.1:$PORT/$DB
    else
        dbarg=sqlite:$SQLITE_DB
    fi
    xdg=$WORK/xdg-$engine
    mkdir -p "$xdg"
    export USAGECTL_DB_PASSWORD=uc-test-password
    uc=(env XDG_CACHE_HOME="$xdg" "$usagectl" --db "$dbarg")

    region=${REGION:-$(client "SELECT REGION FROM DF_CONSUMING_HISTORY GROUP BY REGION ORDER BY COUNT(*) DESC LIMIT 1")}
    range=$(client "SELECT MIN(CONSUME_TIME), MAX(CONSUME_TIME) FROM DF_CONSUMING_HISTORY WHERE REGION = '$region'")
    lo=$(cut -f1 <<<"$range")
    hi=$(cut -f2 <<<"$range")
    python3 "$WORK/spendsql.py" "$engine" "$region" "$lo" "$hi" "$ZONE" "$d/raw.sql" "$d/months"
    {
        echo "### $engine, $SCALE"
        echo
        echo "* data: $(client "SELECT COUNT(*) FROM DF_CONSUMING_HISTORY") charges," \
            "$(client "SELECT COUNT(DISTINCT ACCOUNT_ID) FROM DF_CONSUMING_HISTORY") namespaces with charges," \
            "$(client "SELECT COUNT(*) FROM DF_PURCHASE_ORDER") orders" \
            "(generator: NAMESPACES=$NAMESPACES MONTHS=$MONTHS ORDERS=$ORDERS SEED=$SEED UNTIL=$UNTIL)"
        echo "* region $region: $(client "SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE REGION = '$region'") charges" \
            "from $lo to $hi UTC, $(wc -l <"$d/months") months in $ZONE ($(head -n1 "$d/months") … $(tail -n1 "$d/months"))"
        "${uc[@]}" db check 2>&1 | sed 's/^/    /'
    } >>"$d/shape.md"

    local rawc
    if [[ $engine == mariadb ]]; then
        rawc=("${raw[@]}" -N -B -e "source $d/raw.sql")
    else
        rawc=(sqlite3 -batch -noheader -separator $'\t' "$SQLITE_DB" ".read $d/raw.sql")
    fi
    runs=$d/runs
    : >"$runs"
    local spend=(spend --region "$region" --tz "$ZONE" --format json)
    echo "* load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$d/shape.md"
    for ((i = 0; i <= RUNS; ++i)); do
        # Round 0 is the warm-up; its lines are tagged w-*.
        local p=""
        ((i == 0)) && p=w-
        cut -d' ' -f1 /proc/loadavg >>"$d/load"
        timed "${p}raw" "$d/raw.out" "${rawc[@]}"
        timed "${p}nocache" "$d/nocache.json" "${uc[@]}" "${spend[@]}" --no-cache
        local rc_n=$last_rc
        timed "${p}clear" "$d/clear.out" "${uc[@]}" cache clear
        if ((i == 1)); then
            echo "* cache directory after \`cache clear\`: $( (cd "$xdg" && find . -type f -printf '%p %s B; ') 2>/dev/null)" >>"$d/shape.md"
        fi
        # Is the cache really empty? Rows of each of its tables but `meta`.
        local cf=$xdg/usage-console/rollups.sqlite tables q t
        if [[ -s $cf ]]; then
            tables=$(sqlite3 "$cf" "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'meta' ORDER BY name" 2>/dev/null || true)
            q=""
            for t in $tables; do
                q+="${q:+ || ', ' || }'$t ' || (SELECT COUNT(*) FROM \"$t\") || ' rows'"
            done
            if [[ -n $q ]]; then
                sqlite3 "$cf" "SELECT $q" >>"$d/cleared" 2>/dev/null || echo "? (cache unreadable)" >>"$d/cleared"
            else
                echo "no tables" >>"$d/cleared"
            fi
        else
            echo "no cache file" >>"$d/cleared"
        fi
        timed "${p}cold" "$d/cold.json" "${uc[@]}" "${spend[@]}"
        local rc_c=$last_rc
        timed "${p}warm" "$d/warm.json" "${uc[@]}" "${spend[@]}"
        local rc_w=$last_rc
        # The same answer every time: cold and warm against no-cache (against
        # each other while --no-cache is missing), the raw rows against it.
        local ref="" f
        if ((rc_n == 0)); then
            ref=nocache
        elif ((rc_c == 0)); then
            ref=cold
        fi
        for f in cold warm; do
            [[ -n $ref && $f != "$ref" ]] || continue
            local rc_f=$rc_c
            [[ $f == warm ]] && rc_f=$rc_w
            ((rc_f == 0)) || continue
            if cmp -s "$d/$ref.json" "$d/$f.json"; then
                echo "round $i: $f = $ref" >>"$d/compare"
            else
                cp "$d/$f.json" "$d/$f.round$i.json"
                cp "$d/$ref.json" "$d/$ref.round$i.json"
                echo "round $i: $f differs from $ref" >>"$d/mismatch"
            fi
        done
        if [[ -n $ref ]]; then
            if python3 "$WORK/cells.py" "$d/months" "$d/raw.out" "$d/$ref.json" >"$d/cells.out" 2>&1; then
                echo "round $i: raw = $ref" >>"$d/compare"
            else
                echo "round $i: raw rows differ from the $ref JSON: $(tail -n1 "$d/cells.out")" >>"$d/mismatch"
            fi
        fi
    done
    {
        [[ -z $ref ]] || echo "* spend JSON: $(head -n1 "$d/cells.out"), $(wc -c <"$d/$ref.json") bytes"
        [[ ! -s $d/mismatch ]] || echo "* **outputs differ**: $(sort -u "$d/mismatch" | tr '\n' ';')"
        echo "* identical outputs (cmp of the JSON; cells.py for the raw rows), over $((RUNS + 1)) rounds:" \
            "$(sed 's/^round [0-9]*: //' "$d/compare" 2>/dev/null | sort | uniq -c | awk '{c=$1; $1=""; printf "%s%s ×%d", sep, substr($0,2), c; sep=", "}')"
        echo "* cache rows after each \`cache clear\` (all $((RUNS + 1)) rounds): $(sort "$d/cleared" | uniq -c | awk '{c=$1; $1=""; printf "%s%s ×%d", sep, substr($0,2), c; sep=", "}')"
        echo "* load average at end: $(cut -d' ' -f1-3 /proc/loadavg);" \
            "1-minute load at the start of each round: $(tr '\n' ' ' <"$d/load")"
    } >>"$d/shape.md"
    # MariaDB: what each kind of run sends (general log, one extra untimed run each).
    if [[ $engine == mariadb && ${GENLOG:-1} == 1 ]]; then
        local kind n
        for kind in nocache cold warm; do
            if [[ $kind == cold ]]; then
                "${uc[@]}" cache clear >/dev/null 2>&1 || true
            fi
            "${root[@]}" -e "SET GLOBAL general_log_file='$d/general.log'; SET GLOBAL general_log=1"
            : >"$d/general.log"
            if [[ $kind == nocache ]]; then
                "${uc[@]}" "${spend[@]}" --no-cache >/dev/null 2>&1 || true
            else
                "${uc[@]}" "${spend[@]}" >/dev/null 2>&1 || true
            fi
            "${root[@]}" -e "SET GLOBAL general_log=0"
            sed -n 's/^.*[0-9] \(Execute\|Query\)\t//p' "$d/general.log" | grep -v general_log >"$d/$kind.sql" || true
            n=$(wc -l <"$d/$kind.sql")
            echo "* statements sent by one $kind run (general log): $n, of them $(grep -c 'GROUP BY' "$d/$kind.sql" || true) GROUP BY;" \
                "connections: $(grep -c '[0-9] Connect' "$d/general.log" || true)" >>"$d/shape.md"
        done
    fi
    if [[ $has_verify == 1 ]]; then
        local vrc=0
        "${uc[@]}" cache verify >"$d/verify.out" 2>&1 || vrc=$?
        echo "* \`cache verify\` after the runs: exit $vrc: $(head -c 300 "$d/verify.out" | tr '\n' ' ')" >>"$d/shape.md"
    fi
    # Failed steps: the first error of each.
    local tag
    for tag in raw nocache clear cold warm; do
        if awk -v t="$tag" '$1 == t && $4 != 0' "$runs" | grep -q .; then
            local out=$d/$tag.out
            [[ $tag == nocache || $tag == cold || $tag == warm ]] && out=$d/$tag.json
            echo "* **$tag failed** (exit $(awk -v t="$tag" '$1 == t && $4 != 0 {print $4; exit}' "$runs")): $(head -n2 "$out.err" | tr '\n' ' ')" >>"$d/shape.md"
        fi
    done

    med() { awk -v t="$1" -v c="$2" '$1 == t && $4 == 0 {print $c}' "$runs" | median; }
    ms() { local v; v=$(med "$1" 2); [[ $v == nan ]] && echo "fail" || printf '%.0f' "$v"; }
    mb() { local v; v=$(med "$1" 3); [[ $v == nan ]] && echo "–" || printf '%.1f' "$(echo "$v/1024" | bc -l)"; }
    local r c ratio
    r=$(med raw 2) c=$(med cold 2)
    if [[ $r == nan || $c == nan ]] || awk '$1 == "clear" && $4 != 0' "$runs" | grep -q .; then
        ratio="–"
    else
        ratio=$(printf '%.2f' "$(echo "$c/$r" | bc -l)")
    fi
    rows+=("| $engine | $SCALE | $(ms raw) | $(ms nocache) | $(ms cold) | $(ms warm) | $ratio | $(mb cold) / $(mb warm) |")
    # Per-run figures (ms), for the spread.
    {
        echo
        echo "runs (ms, warm-up round excluded): "
        for tag in raw nocache cold warm; do
            echo "    $tag: $(awk -v t="$tag" '$1 == t {printf "%s%s", sep, ($4 == 0 ? $2 : "fail"); sep=" "}' "$runs")" \
                "(peak RSS MB: $(awk -v t="$tag" '$1 == t {printf "%s%.1f", sep, $3/1024; sep=" "}' "$runs"))"
        done
        echo "    warm-up round: $(awk '$1 ~ /^w-/ {printf "%s%s=%s", sep, substr($1,3), $2; sep=" "}' "$runs")"
        echo "    cache clear: $(awk '$1 == "clear" {printf "%s%s", sep, $2; sep=" "}' "$runs") ms"
    } >>"$d/shape.md"
}

# --- prepare ------------------------------------------------------------------
engines=()
[[ $ENGINE == mariadb || $ENGINE == both ]] && engines+=(mariadb)
[[ $ENGINE == sqlite || $ENGINE == both ]] && engines+=(sqlite)
for e in "${engines[@]}"; do
    t0=$(now_ms)
    "${e}_up"
    say "$e: data ready in $(($(now_ms) - t0)) ms"
done
if [[ $PREPARE_ONLY == 1 ]]; then
    cat "$LOG" 2>/dev/null || true
    exit 0
fi

# --- measure --------------------------------------------------------------------
# The state of the sources measured (the binary may be older: see its date).
git -C "$repo" diff HEAD >"$WORK/worktree.diff" 2>/dev/null || true
for e in "${engines[@]}"; do
    say "$e: measuring ($RUNS rounds + 1 warm-up)"
    measure_engine "$e"
done

{
    echo "# usagectl spend with the roll-up cache, $SCALE, $(date -u '+%F %H:%M UTC')"
    echo
    echo "$(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1))," \
        "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); usagectl: $usagectl" \
        "($(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')" \
        "+ $(git -C "$repo" status --short 2>/dev/null | wc -l) changed files in the working tree," \
        "diff in $WORK/worktree.diff, md5 $(md5sum <"$WORK/worktree.diff" | cut -c1-12);" \
        "binary built $(date -u -r "$usagectl" '+%F %H:%M UTC'), md5 $(md5sum <"$usagectl" | cut -c1-12));" \
        "flags: --no-cache=$has_no_cache, cache clear=$has_clear, cache verify=$has_verify"
    echo
    echo "| engine | scale | raw client (ms) | --no-cache (ms) | cold (ms) | warm (ms) | cold/raw | peak RSS cold/warm (MB) |"
    echo "|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Medians of $RUNS rounds after one warm-up round; whole-process wall times."
    for e in "${engines[@]}"; do
        echo
        cat "$WORK/$e/shape.md"
    done
    if [[ -s $LOG ]]; then
        echo
        echo "### preparation (this WORK directory)"
        echo
        sed 's/^/    /' "$LOG"
    fi
} >"$OUT"
cat "$OUT"
