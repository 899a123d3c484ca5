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
#   KEEP_DATA=1         reuse the loaded server of an earlier run in WORK (same
#                       options); the indexes are dropped and made again on it
#   STREAM=1            also time the full `usages list --region` stream in both
#                       phases; STREAM=indexed: only with the indexes (the
#                       unindexed stream sorts the region once per page, ~5 min)
#   STREAM_TIMEOUT=0    stop a full stream after this many seconds (0: never)
#   SKIP_BUILD=1        use the existing BUILD/bin/usagectl as it is
#   USAGECTL=PATH       measure this binary (BUILD still builds uc-bench-loaddata)
#   KEEP=1              leave the server running afterwards (stop it with
#                       mariadb-admin --socket=$WORK/db/sock -uroot shutdown;
#                       its data stays in $WORK/db either way)
# Building, generating, the server and the indexes: bench/benchlib.sh.
#
# Needs: cmake, ninja, Qt 6 (Sql + QMYSQL driver),
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

BENCH=mariadb-1m
source "$(dirname "$0")/benchlib.sh"
SCALE=1m
bench_scale
WORK=${WORK:-/tmp/uc-bench}
RUNS=${RUNS:-5}
UNTIL=${UNTIL:-2026-11-25}
STREAM=${STREAM:-1}
OUT=$WORK/results.md
mkdir -p "$WORK"

bench_build usagectl uc-bench-loaddata
KEEP_SERVER=${KEEP:-0}
trap bench_mariadb_stop EXIT
# A private server with the demo data (no secondary index), root=() raw=().
bench_mariadb "$WORK/db" uc1m "$WORK/data"
bench_indexes mariadb 0

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
bench_indexes mariadb 1
run_phase "indexed"
uptime >>"$OUT"
{ echo; cat "$WORK/notes"; } >>"$OUT"
cat "$OUT"
