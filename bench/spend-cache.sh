#!/usr/bin/env bash
# `usagectl spend` and `usages total` with the roll-up cache (cold, warm, and
# warm after new charges) and with --no-cache, beside the same work as one
# raw statement in the `mariadb` / `sqlite3` command-line client, in the same
# run; at ~1M or ~10M charges, in MariaDB and in SQLite, without any
# secondary index (the schema as shipped) and with the indexes `usagectl db
# advise-indexes` states. Issue 17; see docs/performance.md.
#
#   bench/spend-cache.sh                              build, generate, load, measure
#   SCALE=10m KEEP_DATA=1 PREPARE_ONLY=1 bench/spend-cache.sh   generate and load only
#   SCALE=10m KEEP_DATA=1 bench/spend-cache.sh       measure the data made earlier
#   SKIP_BUILD=1 USAGECTL=/path/to/usagectl KEEP_DATA=1 bench/spend-cache.sh
#
# Environment (all optional):
#   SCALE=1m            tiny | 1m | 10m: the generator's options (benchlib.sh:
#                         tiny NAMESPACES=100, 1m 2000, 10m 6300 with ORDERS=49.3;
#                         MONTHS=36 SEED=1; each may be overridden)
#   ENGINE=both         mariadb | sqlite | both
#   INDEXES="0 1"       the phases: 0 = no secondary index, 1 = the advised
#                       indexes, created and dropped on the same data (CREATE /
#                       DROP INDEX). When both are asked, the state the data is
#                       in goes first (no needless index build)
#   RUNS=5              timed rounds, after one warm-up round; medians reported
#   TOTAL_REPEATS=5     the totals (raw, --no-cache, cold, warm) taken that many
#                       times a round: a run of tens of ms moves by 20% with the
#                       machine, and the median of RUNS alone moved with it
#   K=1000              charges written before the incremental run (0: none)
#   WORK=/tmp/uc-spend-bench-$SCALE   scratch: data, server, caches, outputs;
#                       results in $WORK/results.md
#   UNTIL=today         the data's `now` (UTC date; the newest months are open,
#                       renewals up to 7 days ahead already charged). With
#                       KEEP_DATA=1 and no UNTIL: the UNTIL of the kept data
#   KEEP_DATA=0         1: reuse the data in WORK when made with the same options
#   PREPARE_ONLY=0      1: generate and load (no index), then stop
#   ZONE=Asia/Shanghai  the display zone (--tz) of every spend
#   REGION= NAMESPACE=  measured: by default the region with most charges and
#                       the namespace with most charges in it
#   BUFFER_POOL=        MariaDB innodb_buffer_pool_size (1G; 6G at 10m)
#   GENLOG=1            MariaDB: after the rounds, one untimed run of each kind
#                       with the general log on (statements, GROUP BYs, connections)
#   BUILD=build-bench SKIP_BUILD=1 USAGECTL=PATH JOBS=2 KEEP_TSV=1 KEEP_SERVER=1
#                       see bench/benchlib.sh
#
# Every round, per engine and phase, in this order (U = usagectl --db … --tz
# ZONE --format json, XDG_CACHE_HOME=$WORK/xdg-ENGINE):
#   spend      raw: the single GROUP BY month x namespace of the region (what
#              SqlUsageQueries::spend sends, values inlined; MariaDB with
#              usagectl's session set-up); no-cache: U spend --region R
#              --no-cache; cold: U cache clear (not timed), U spend --region R;
#              warm: the same spend again
#   incremental  K new charges written as the service writes them (not timed):
#              for consuming orders of the region, a DF_CONSUMING_HISTORY row
#              with CONSUME_ID = LAST_CONSUME_ID + 1 at the real clock's now
#              (in the open month), the order's last charge's other columns
#              and a positive amount, then LAST_CONSUME_ID + 1; then the
#              cached spend (timed) and a --no-cache spend (compared). The rows
#              are deleted again and LAST_CONSUME_ID restored (not timed; an
#              interrupted run is restored at the next start), then `cache
#              clear` (the deletion is an out-of-band edit)
#   totals     of the namespace NS in the region, and of the region: raw
#              SELECT SUM(CONSUMING), COUNT(*); U usages total --no-cache;
#              cold: cache clear, then U usages total; warm: the same again
#              after an untimed U spend --region R (a total fills nothing)
# Checks, every round: no-cache, cold and warm print the same bytes (and the
# cached and --no-cache spends after the writes), the raw rows are the same
# cells / sum and count as --no-cache. A difference prints MISMATCH and the
# script exits 1 (after writing the results); so does a failed usagectl run.
# Timings are whole-process wall times (start-up, connecting and writing the
# output to a file included); peak RSS is GNU time's %M of each process.
#
# Disk: ~0.8 GB in WORK at 1m, ~6 GB at 10m. Needs: cmake, ninja, Qt 6,
# mariadb-server + client, sqlite3, GNU time, python3 (>= 3.9), bc.
set -euo pipefail

# The command line, as the results quote it: the variables given, then the script.
cmdline=""
for v in SCALE ENGINE INDEXES RUNS TOTAL_REPEATS K WORK UNTIL KEEP_DATA PREPARE_ONLY ZONE REGION NAMESPACE \
    BUFFER_POOL GENLOG BUILD SKIP_BUILD USAGECTL JOBS KEEP_TSV KEEP_SERVER NAMESPACES MONTHS ORDERS SEED; do
    [[ -n ${!v+x} ]] && cmdline+="$v=$(printf '%q' "${!v}") "
done
cmdline+="bench/spend-cache.sh"

BENCH=spend-cache
source "$(dirname "$0")/benchlib.sh"
SCALE=${SCALE:-1m}
bench_scale
ENGINE=${ENGINE:-both}
INDEXES=${INDEXES:-0 1}
RUNS=${RUNS:-5}
TOTAL_REPEATS=${TOTAL_REPEATS:-5}
K=${K:-1000}
WORK=${WORK:-/tmp/uc-spend-bench-$SCALE}
ZONE=${ZONE:-Asia/Shanghai}
case $ENGINE in
mariadb | sqlite | both) ;;
*) die "ENGINE must be mariadb, sqlite or both" ;;
esac
for p in $INDEXES; do [[ $p == 0 || $p == 1 ]] || die "INDEXES takes 0 and/or 1"; done
[[ $K =~ ^[0-9]+$ && $RUNS =~ ^[0-9]+$ && $TOTAL_REPEATS =~ ^[1-9][0-9]*$ ]] || die "K, RUNS and TOTAL_REPEATS are numbers"
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
OUT=$WORK/results.md
BENCH_LOG=$WORK/prepare.log
if [[ -z ${UNTIL:-} && ${KEEP_DATA:-0} == 1 ]]; then
    for s in "$WORK/db.stamp" "$WORK/spend.db.stamp"; do
        if [[ -s $s ]]; then
            UNTIL=$(awk '{print $5}' "$s")
            break
        fi
    done
fi
UNTIL=${UNTIL:-$(date -u +%F)}

engines=()
[[ $ENGINE == mariadb || $ENGINE == both ]] && engines+=(mariadb)
[[ $ENGINE == sqlite || $ENGINE == both ]] && engines+=(sqlite)

bench_build usagectl uc-bench-loaddata
[[ -x $usagectl ]] || die "no usagectl at $usagectl"

failed=0 # mismatches and failed runs
mismatch() {
    echo "spend-cache: MISMATCH: $*" >&2
    echo "$*" >>"$WORK/mismatches"
    failed=1
}
: >"$WORK/mismatches"

# --- the incremental writes and their undoing ---------------------------------
# $WORK/ENGINE.restore.sql puts the chosen orders back as they were;
# $WORK/ENGINE.restore.pending exists while the data holds written charges.
restore_pending() { # ENGINE [quiet]
    local e=$1
    [[ -e $WORK/$e.restore.pending ]] || return 0
    if [[ $(cat "$WORK/$e.restore.pending") != "$(bench_stamp)" || ! -s $WORK/$e.restore.sql ]]; then
        say "$e: the data was made again since the writes: nothing to undo"
        rm -f "$WORK/$e.restore.pending"
        return 0
    fi
    [[ ${2:-} == quiet ]] || say "$e: undoing the charges written by an interrupted incremental step"
    if [[ $e == mariadb ]]; then
        "${raw[@]}" <"$WORK/$e.restore.sql"
    else
        sqlite3 -batch "$BENCH_SQLITE" <"$WORK/$e.restore.sql"
    fi
    rm -f "$WORK/$e.restore.pending"
}
on_exit() {
    local e
    for e in "${engines[@]}"; do
        if [[ -e $WORK/$e.restore.pending ]] && { [[ $e == sqlite ]] || [[ -n ${PORT:-} ]]; }; then
            restore_pending "$e" || say "$e: could not undo the writes; the next run will"
        fi
    done
    bench_mariadb_stop
}
trap on_exit EXIT

# --- prepare -------------------------------------------------------------------
for e in "${engines[@]}"; do
    if [[ $e == mariadb ]]; then
        bench_mariadb "$WORK/db" ucspend "$WORK/data"
    else
        bench_sqlite "$WORK/spend.db"
    fi
    restore_pending "$e"
done
if [[ ${PREPARE_ONLY:-0} == 1 ]]; then
    for e in "${engines[@]}"; do
        say "$e: $(bench_sql "$e" "SELECT COUNT(*) FROM DF_CONSUMING_HISTORY") charges, indexes $(bench_indexes_state "$e")"
    done
    say "data ready in $WORK ($(du -sh "$WORK" | cut -f1)); UNTIL=$UNTIL"
    exit 0
fi

# --- one engine: what is measured, the SQL of the raw side and of the writes --
engine_setup() { # ENGINE
    local e=$1 d=$WORK/$1 range setup
    rm -rf "$d"
    mkdir -p "$d"
    region=${REGION:-$(bench_sql "$e" "SELECT REGION FROM DF_CONSUMING_HISTORY GROUP BY REGION ORDER BY COUNT(*) DESC, REGION LIMIT 1")}
    ns=${NAMESPACE:-$(bench_sql "$e" "SELECT ACCOUNT_ID FROM DF_CONSUMING_HISTORY WHERE REGION = '$region' GROUP BY ACCOUNT_ID ORDER BY COUNT(*) DESC, ACCOUNT_ID LIMIT 1")}
    range=$(bench_sql "$e" "SELECT MIN(CONSUME_TIME), MAX(CONSUME_TIME), COUNT(*) FROM DF_CONSUMING_HISTORY WHERE REGION = '$region'")
    [[ -n $region && -n $ns && -n $range ]] || die "$e: no data?"
    python3 "$benchpy" spendsql "$e" "$region" "$(cut -f1 <<<"$range")" "$(cut -f2 <<<"$range")" "$ZONE" "$d/spend.sql" "$d/months"
    setup=""
    [[ $e == mariadb ]] && setup="SET time_zone = '+00:00';"$'\n'
    printf "%sSELECT SUM(CONSUMING), COUNT(*) FROM DF_CONSUMING_HISTORY WHERE REGION = '%s' AND ACCOUNT_ID = '%s';\n" "$setup" "$region" "$ns" >"$d/total-ns.sql"
    printf "%sSELECT SUM(CONSUMING), COUNT(*) FROM DF_CONSUMING_HISTORY WHERE REGION = '%s';\n" "$setup" "$region" >"$d/total-region.sql"
    {
        echo "* data: $(bench_sql "$e" "SELECT COUNT(*) FROM DF_CONSUMING_HISTORY") charges," \
            "$(bench_sql "$e" "SELECT COUNT(*) FROM DF_PURCHASE_ORDER") orders" \
            "(NAMESPACES=$NAMESPACES MONTHS=$MONTHS ORDERS=$ORDERS SEED=$SEED UNTIL=$UNTIL);" \
            "region $region: $(cut -f3 <<<"$range") charges from $(cut -f1 <<<"$range") to $(cut -f2 <<<"$range") UTC," \
            "$(wc -l <"$d/months") months in $ZONE ($(head -n1 "$d/months") … $(tail -n1 "$d/months"));" \
            "namespace $ns: $(bench_sql "$e" "SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE REGION = '$region' AND ACCOUNT_ID = '$ns'") charges in the region"
    } >"$d/shape.md"

    # The orders the incremental step charges: consuming orders of the region
    # whose last charge is there, by ID; K charges go round them.
    nwrite=0
    engine_w=$e
    if ((K > 0)); then
        bench_sql "$e" "SELECT o.ID, o.ORDER_ID, o.LAST_CONSUME_ID FROM DF_PURCHASE_ORDER o
            JOIN DF_CONSUMING_HISTORY h ON h.ID = o.ID AND h.ORDER_ID = o.ORDER_ID AND h.CONSUME_ID = o.LAST_CONSUME_ID
            WHERE o.REGION = '$region' AND o.STATUS = 5 ORDER BY o.ID LIMIT $K" >"$d/orders"
        nwrite=$(wc -l <"$d/orders")
        ((nwrite > 0)) || say "$e: no consuming order in $region: no incremental step"
    fi
    if ((nwrite > 0)); then
        local ids
        wbegin=BEGIN
        [[ $e == mariadb ]] && wbegin="START TRANSACTION"
        ids=$(cut -f1 "$d/orders" | paste -sd,)
        {
            echo "$wbegin;"
            awk -F'\t' '{gsub(/\x27/, "\x27\x27", $2);
                printf "DELETE FROM DF_CONSUMING_HISTORY WHERE ID = %s AND ORDER_ID = \x27%s\x27 AND CONSUME_ID > %s;\n", $1, $2, $3;
                printf "UPDATE DF_PURCHASE_ORDER SET LAST_CONSUME_ID = %s WHERE ID = %s;\n", $3, $1}' "$d/orders"
            echo "COMMIT;"
        } >"$WORK/$e.restore.sql"
        # One round of writes: one charge for each of the first N orders.
        write_round_sql() { # N TIME
            local some
            some=$(head -n "$1" "$WORK/$engine_w/orders" | cut -f1 | paste -sd,)
            echo "$wbegin;"
            echo "INSERT INTO DF_CONSUMING_HISTORY (ID, ORDER_ID, CONSUME_ID, CONSUMING, CONSUME_TIME," \
                "DEADLINE_TIME, ACCOUNT_ID, REGION, PLAN_ID, PLAN_HISTORY_ID, EXTRA_INFO)" \
                "SELECT h.ID, h.ORDER_ID, o.LAST_CONSUME_ID + 1, CASE WHEN h.CONSUMING > 0 THEN h.CONSUMING ELSE 10000 END," \
                "'$2', h.DEADLINE_TIME, h.ACCOUNT_ID, h.REGION, h.PLAN_ID, h.PLAN_HISTORY_ID, h.EXTRA_INFO" \
                "FROM DF_PURCHASE_ORDER o JOIN DF_CONSUMING_HISTORY h ON h.ID = o.ID AND h.ORDER_ID = o.ORDER_ID" \
                "AND h.CONSUME_ID = o.LAST_CONSUME_ID WHERE o.ID IN ($some);"
            echo "UPDATE DF_PURCHASE_ORDER SET LAST_CONSUME_ID = LAST_CONSUME_ID + 1 WHERE ID IN ($some);"
            echo "COMMIT;"
        }
        # The chosen orders' charges and counts, to check the writes and the undoing.
        write_probe="SELECT (SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE ID IN ($ids)),
            (SELECT SUM(LAST_CONSUME_ID) FROM DF_PURCHASE_ORDER WHERE ID IN ($ids))"
        write_base=$(bench_sql "$e" "$write_probe")
        echo "* incremental step: $K charges over $nwrite consuming orders of $region (IDs $(head -n1 "$d/orders" | cut -f1) … $(tail -n1 "$d/orders" | cut -f1))" >>"$d/shape.md"
    fi
}

# Writes K charges (untimed) and checks that they are there.
write_charges() { # ENGINE
    local e=$1 left=$K n t after
    t=$(python3 "$benchpy" opentime "$ZONE")
    bench_stamp >"$WORK/$e.restore.pending"
    {
        while ((left > 0)); do
            n=$((left < nwrite ? left : nwrite))
            write_round_sql "$n" "$t"
            left=$((left - n))
        done
    } >"$WORK/$e/write.sql"
    if [[ $e == mariadb ]]; then
        "${raw[@]}" <"$WORK/$e/write.sql"
    else
        sqlite3 -batch "$BENCH_SQLITE" <"$WORK/$e/write.sql"
    fi
    after=$(bench_sql "$e" "$write_probe")
    [[ $(cut -f1 <<<"$after") == $(($(cut -f1 <<<"$write_base") + K)) &&
        $(cut -f2 <<<"$after") == $(($(cut -f2 <<<"$write_base") + K)) ]] ||
        die "$e: the writes did not land: before $write_base, after $after (expected +$K each)"
    write_time=$t
}
undo_charges() { # ENGINE
    restore_pending "$1" quiet
    [[ $(bench_sql "$1" "$write_probe") == "$write_base" ]] ||
        die "$1: the data is not back as it was after undoing the writes"
}

# --- one phase: the rounds ---------------------------------------------------
rows=()
same() { # ROUND REF OTHER...: outputs compared byte for byte
    local round=$1 ref=$2 f
    shift 2
    for f in "$@"; do
        if cmp -s "$pd/$ref" "$pd/$f"; then
            echo "$f = $ref" >>"$pd/compare"
        else
            cp "$pd/$ref" "$pd/$ref.round$round"
            cp "$pd/$f" "$pd/$f.round$round"
            mismatch "$engine, indexes $phase, round $round: $f differs from $ref (kept as *.round$round in $pd)"
        fi
    done
}
cleared() { # records what the roll-up cache holds after `cache clear`
    local cf=$xdg/usage-console/rollups.sqlite q="" t
    if [[ ! -s $cf ]]; then
        echo "no cache file" >>"$pd/cleared"
        return 0
    fi
    for t in $(sqlite3 "$cf" "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'meta' ORDER BY name" 2>/dev/null); do
        q+="${q:+ || ', ' || }'$t ' || (SELECT COUNT(*) FROM \"$t\") || ' rows'"
    done
    if [[ -n $q ]]; then
        sqlite3 "$cf" "SELECT $q" >>"$pd/cleared" 2>/dev/null || echo "cache unreadable" >>"$pd/cleared"
    else
        echo "no tables" >>"$pd/cleared"
    fi
}
run_raw() { # TAG SQLFILE OUT
    if [[ $engine == mariadb ]]; then
        bench_run "$1" "$3" "${raw[@]}" -N -B -e "source $2"
    else
        bench_run "$1" "$3" sqlite3 -batch -noheader -separator $'\t' "$BENCH_SQLITE" ".read $2"
    fi
}
run_uc() { # TAG OUT ARGS...: a usagectl run; a failure is recorded
    local tag=$1 out=$2
    shift 2
    bench_run "$tag" "$out" "${uc[@]}" "$@"
    if ((last_rc != 0)); then
        failed=1
        echo "$tag: exit $last_rc: $(head -c 300 "$out.err" | tr '\n' ' ')" >>"$pd/failures"
        say "$engine, indexes $phase: $tag FAILED (exit $last_rc): $(head -n1 "$out.err")"
    fi
}
clear_cache() {
    "${uc[@]}" cache clear >"$pd/clear.out" 2>&1 || {
        failed=1
        echo "cache clear: $(head -c 300 "$pd/clear.out" | tr '\n' ' ')" >>"$pd/failures"
    }
}

measure_phase() { # ENGINE PHASE
    engine=$1 phase=$2
    local d=$WORK/$engine i p what filter
    pd=$WORK/$engine-idx$phase
    rm -rf "$pd"
    mkdir -p "$pd"
    xdg=$WORK/xdg-$engine
    rm -rf "$xdg"
    mkdir -p "$xdg"
    uc=(env XDG_CACHE_HOME="$xdg" "$usagectl" --db "$(bench_dbarg "$engine")" --tz "$ZONE" --format json)
    {
        echo "### $engine, $SCALE, indexes $phase ($([[ $phase == 0 ]] && echo "no secondary index" || echo "the advised indexes"))"
        echo
        cat "$d/shape.md"
        echo "* secondary indexes: $(bench_secondary_indexes "$engine" | cut -f1 | tr '\n' ' ')"
        local crc=0
        "${uc[@]}" --format csv db check >"$pd/dbcheck.out" 2>&1 || crc=$?
        echo "* \`db check\`: exit $crc, advised indexes missing: $(grep -c MISSING "$pd/dbcheck.out" || true)"
        echo "* load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    } >"$pd/shape.md"
    runs=$pd/runs
    : >"$runs"
    for ((i = 0; i <= RUNS; ++i)); do
        p=""
        ((i == 0)) && p=w- # the warm-up round
        cut -d' ' -f1 /proc/loadavg >>"$pd/load"
        # spend
        run_raw "${p}spend-raw" "$d/spend.sql" "$pd/spend-raw.out"
        run_uc "${p}spend-nocache" "$pd/spend-nocache.json" spend --region "$region" --no-cache
        clear_cache
        cleared
        run_uc "${p}spend-cold" "$pd/spend-cold.json" spend --region "$region"
        run_uc "${p}spend-warm" "$pd/spend-warm.json" spend --region "$region"
        same "$i" spend-nocache.json spend-cold.json spend-warm.json
        if python3 "$benchpy" cells "$d/months" "$pd/spend-raw.out" "$pd/spend-nocache.json" >"$pd/cells.out" 2>&1; then
            echo "raw spend rows = spend-nocache.json cells" >>"$pd/compare"
        else
            cp "$pd/spend-raw.out" "$pd/spend-raw.out.round$i"
            mismatch "$engine, indexes $phase, round $i: the raw spend rows are not the --no-cache cells: $(tail -n1 "$pd/cells.out")"
        fi
        # incremental: K new charges, then the cached spend
        if ((nwrite > 0)); then
            write_charges "$engine"
            run_uc "${p}spend-incr" "$pd/spend-incr.json" spend --region "$region"
            run_uc "${p}spend-incr-nocache" "$pd/spend-incr-nocache.json" spend --region "$region" --no-cache
            same "$i" spend-incr-nocache.json spend-incr.json
            cmp -s "$pd/spend-incr-nocache.json" "$pd/spend-nocache.json" &&
                mismatch "$engine, indexes $phase, round $i: the $K new charges did not change the --no-cache spend"
            undo_charges "$engine"
            clear_cache # the undoing was an edit behind the cache's back
        fi
        # totals, TOTAL_REPEATS times each round (each run is tens of ms)
        for what in ns region; do
            if [[ $what == ns ]]; then filter=(--region "$region" --namespace "$ns"); else filter=(--region "$region"); fi
            for ((k = 0; k < TOTAL_REPEATS; ++k)); do
                run_raw "${p}total-$what-raw" "$d/total-$what.sql" "$pd/total-$what-raw.out"
                run_uc "${p}total-$what-nocache" "$pd/total-$what-nocache.json" usages total "${filter[@]}" --no-cache
                clear_cache
                run_uc "${p}total-$what-cold" "$pd/total-$what-cold.json" usages total "${filter[@]}"
                # A total fills nothing; the cache is warm once a spend of the region made it.
                "${uc[@]}" spend --region "$region" >/dev/null 2>&1 || true
                run_uc "${p}total-$what-warm" "$pd/total-$what-warm.json" usages total "${filter[@]}"
                same "$i" "total-$what-nocache.json" "total-$what-cold.json" "total-$what-warm.json"
                if python3 "$benchpy" total "$pd/total-$what-raw.out" "$pd/total-$what-nocache.json" >"$pd/total-$what.check" 2>&1; then
                    echo "raw total-$what = total-$what-nocache.json" >>"$pd/compare"
                else
                    mismatch "$engine, indexes $phase, round $i: raw total of $what differs: $(tr '\n' ' ' <"$pd/total-$what.check")"
                fi
            done
        done
    done
    # What each kind of run sends (MariaDB general log; one more untimed run each).
    if [[ $engine == mariadb && ${GENLOG:-1} == 1 ]]; then
        local kind n
        for kind in spend-nocache spend-cold spend-warm total-region-cold total-region-warm; do
            [[ $kind == *-cold ]] && clear_cache
            "${root[@]}" -e "SET GLOBAL general_log_file='$pd/general.log'; SET GLOBAL general_log=1"
            : >"$pd/general.log"
            case $kind in
            spend-nocache) "${uc[@]}" spend --region "$region" --no-cache >/dev/null 2>&1 || true ;;
            spend-*) "${uc[@]}" spend --region "$region" >/dev/null 2>&1 || true ;;
            total-*) "${uc[@]}" usages total --region "$region" >/dev/null 2>&1 || true ;;
            esac
            "${root[@]}" -e "SET GLOBAL general_log=0"
            sed -n 's/^.*[0-9] \(Execute\|Query\)\t//p' "$pd/general.log" | grep -v general_log >"$pd/$kind.sql" || true
            n=$(wc -l <"$pd/$kind.sql")
            echo "* one $kind run sends $n statements, $(grep -c 'GROUP BY' "$pd/$kind.sql" || true) of them GROUP BY," \
                "on $(grep -c '[0-9] Connect' "$pd/general.log" || true) connection(s) (general log)" >>"$pd/shape.md"
        done
    fi
    local vrc=0
    "${uc[@]}" --format table cache verify >"$pd/verify.out" 2>&1 || vrc=$?
    {
        echo "* \`cache verify\` after the rounds: exit $vrc: $(head -c 300 "$pd/verify.out" | tr '\n' ' ')"
        echo "* load average at end: $(cut -d' ' -f1-3 /proc/loadavg); 1-minute load at the start of each round: $(tr '\n' ' ' <"$pd/load")"
        [[ ! -s $pd/cells.out ]] || echo "* spend of the region: $(head -n1 "$pd/cells.out"); $(wc -c <"$pd/spend-nocache.json") bytes of JSON"
        for what in ns region; do
            [[ ! -s $pd/total-$what.check ]] || echo "* total of the $what: $(head -n1 "$pd/total-$what.check")"
        done
        echo "* identical outputs over $((RUNS + 1)) rounds: $(sort "$pd/compare" 2>/dev/null | uniq -c | awk '{c=$1; $1=""; printf "%s%s ×%d", sep, substr($0,2), c; sep=", "}')"
        echo "* the roll-up cache after each \`cache clear\`: $(sort "$pd/cleared" 2>/dev/null | uniq -c | awk '{c=$1; $1=""; printf "%s%s ×%d", sep, substr($0,2), c; sep=", "}')"
        if [[ -s $pd/failures ]]; then
            echo "* **failed runs**: $(sort -u "$pd/failures" | head -n 5 | tr '\n' ';')"
        fi
        echo
        echo "runs, ms (peak RSS MB), warm-up round excluded:"
        echo
        local tag
        for tag in $(awk '$1 !~ /^w-/ {print $1}' "$runs" | awk '!seen[$0]++'); do
            echo "    $tag: $(awk -v t="$tag" '$1 == t {printf "%s%s (%.1f)", sep, ($4 == 0 ? $2 : "fail"), $3/1024; sep=", "}' "$runs")"
        done
        echo "    warm-up round: $(awk '$1 ~ /^w-/ {printf "%s%s %s", sep, substr($1,3), ($4 == 0 ? $2 : "fail"); sep=", "}' "$runs")"
    } >>"$pd/shape.md"
    add_rows
}

# --- the table ---------------------------------------------------------------------
fmt_ms() { [[ $1 == nan ]] && echo "fail" || printf '%.0f' "$1"; }
add_rows() {
    local label="$engine | $phase" raw_s raw_ns raw_r
    raw_s=$(bench_median spend-raw 2)
    raw_ns=$(bench_median total-ns-raw 2)
    raw_r=$(bench_median total-region-raw 2)
    row "spend, --no-cache" "$raw_s" spend-nocache 1.3
    row "spend, cold" "$raw_s" spend-cold 1.0
    row "spend, warm" "$raw_s" spend-warm 0.1
    ((nwrite > 0)) && row "spend, warm after $K new charges" "$raw_s" spend-incr 0.1
    row "total of $ns, --no-cache" "$raw_ns" total-ns-nocache 1.3
    row "total of $ns, cold" "$raw_ns" total-ns-cold 1.0
    row "total of $ns, warm" "$raw_ns" total-ns-warm 1.0
    row "total of $region, --no-cache" "$raw_r" total-region-nocache 1.3
    row "total of $region, cold" "$raw_r" total-region-cold 1.0
    row "total of $region, warm" "$raw_r" total-region-warm 1.0
}
row() { # WORK RAW_MS TAG TARGET
    local work=$1 r=$2 tag=$3 target=$4 u rss ratio verdict
    u=$(bench_median "$tag" 2)
    rss=$(bench_median "$tag" 3)
    if [[ $u == nan || $r == nan ]] || (($(printf '%.0f' "$r") == 0)); then
        ratio="–" verdict="–"
    else
        ratio=$(printf '%.2f' "$(echo "$u / $r" | bc -l)")
        if (($(echo "$ratio <= $target" | bc -l))); then verdict="met"; else verdict="**not met**"; fi
    fi
    [[ $rss == nan ]] && rss="–" || rss=$(printf '%.1f' "$(echo "$rss / 1024" | bc -l)")
    if [[ $rss != "–" ]] && (($(echo "$rss >= 100" | bc -l))); then rss="**$rss**"; fi
    rows+=("| $label | $work | $(fmt_ms "$r") | $(fmt_ms "$u") | $ratio | ≤ $target: $verdict | $rss |")
}

# --- measure -------------------------------------------------------------------------
for e in "${engines[@]}"; do
    engine_setup "$e"
    state=$(bench_indexes_state "$e")
    phases=$INDEXES
    # The state the data is in first, when it is asked for: one index build less.
    if [[ " $INDEXES " == *" $state "* ]]; then
        phases="$state $(tr ' ' '\n' <<<"$INDEXES" | grep -vx "$state" | tr '\n' ' ' || true)"
    fi
    for phase in $phases; do
        [[ $(bench_indexes_state "$e") == "$phase" ]] || bench_indexes "$e" "$phase"
        say "$e, indexes $phase: measuring ($RUNS rounds after one warm-up)"
        measure_phase "$e" "$phase"
    done
done

{
    echo "# usagectl spend and totals with the roll-up cache, $SCALE, $(date -u '+%F %H:%M UTC')"
    echo
    echo "    $cmdline"
    echo
    echo "$(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1))," \
        "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); usagectl: $usagectl" \
        "(built $(date -u -r "$usagectl" '+%F %H:%M UTC'), md5 $(md5sum <"$usagectl" | cut -c1-12));" \
        "scripts: $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')" \
        "+ $(git -C "$repo" status --short 2>/dev/null | wc -l) changed files"
    echo
    echo "Medians of $RUNS rounds after one warm-up round (the totals $TOTAL_REPEATS times a round);" \
        "whole-process wall times (ms)." \
        "raw = the same work as one statement in the command-line client (the spend GROUP BY" \
        "for the spend rows, SUM/COUNT for the totals); indexes 0 = no secondary index," \
        "1 = the advised indexes. Targets: issue 17."
    echo
    echo "| engine | indexes | work | raw (ms) | usagectl (ms) | usagectl / raw | target | peak RSS (MB) |"
    echo "|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    if [[ -s $WORK/mismatches ]]; then
        echo "**MISMATCH**:"
        echo
        sed 's/^/* /' "$WORK/mismatches"
    else
        echo "Every output matched: --no-cache, cold and warm byte-identical in every round (and the"
        echo "cached and --no-cache spends after the writes), the raw rows equal to the --no-cache cells and totals."
    fi
    for e in "${engines[@]}"; do
        for phase in $INDEXES; do
            [[ -s $WORK/$e-idx$phase/shape.md ]] || continue
            echo
            cat "$WORK/$e-idx$phase/shape.md"
        done
    done
    if [[ -s $BENCH_LOG ]]; then
        echo
        echo "### preparation (this WORK directory)"
        echo
        sed 's/^/    /' "$BENCH_LOG"
    fi
} >"$OUT"
cat "$OUT"
if ((failed)); then
    [[ ! -s $WORK/mismatches ]] || say "MISMATCH: $(wc -l <"$WORK/mismatches") difference(s), see $OUT"
    say "FAILED (see $OUT)"
    exit 1
fi
