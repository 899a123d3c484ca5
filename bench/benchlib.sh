# Shared pieces of the benchmark scripts: sourced, never run. The build, the
# demo data (MariaDB: the LOAD DATA files of uc-bench-loaddata; SQLite:
# `usagectl demo-db create`; the same rows from the same options), a private
# MariaDB server (tests/support/mariadb-fixture.sh) kept between runs, the
# advised indexes on and off on the same data, and timing.
#
# Before sourcing, the caller may set BENCH (its name, for messages). These
# variables are read (all optional):
#   BUILD=build-bench   CMake build directory: relative to the repository, or
#                       absolute. Configured Release (ccache when installed)
#   SKIP_BUILD=1        build nothing; use BUILD/bin/usagectl as it is
#   USAGECTL=PATH       measure this usagectl (not built). uc-bench-loaddata
#                       still comes from BUILD, built there if missing
#   JOBS=2              ninja -j
#   NAMESPACES MONTHS ORDERS SEED UNTIL   the generator's options (bench_scale
#                       sets defaults from SCALE=tiny|1m|10m)
#   BUFFER_POOL         MariaDB innodb_buffer_pool_size (bench_scale: 1G; 6G at 10m)
#   KEEP_DATA=1         reuse data made earlier with the same options (a stamp
#                       file next to it records them)
#   KEEP_TSV=1          keep the LOAD DATA files after loading (deleted otherwise:
#                       1.2 GB at 10m; the loaded server data is what is kept)
#   KEEP_SERVER=1       leave the MariaDB server running at exit
#   MIN_FREE_GB=4       refuse to generate data or build indexes when the disk
#                       would keep less than this (0: no check). Estimates per
#                       million charges: MariaDB 310 MB while loading (190 kept),
#                       SQLite 150 MB, the advised indexes 300 / 250 MB more
#
# Functions: say die now_ms median bench_scale bench_disk bench_build bench_stamp
# bench_loaddata bench_sqlite bench_mariadb bench_mariadb_stop bench_sql
# bench_secondary_indexes bench_indexes bench_indexes_state bench_run.

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-build-bench}
case $BUILD in
/*) build=$BUILD ;;
*) build=$repo/$BUILD ;;
esac
usagectl=${USAGECTL:-$build/bin/usagectl}
loaddata=$build/bin/uc-bench-loaddata
benchpy=$repo/bench/benchlib.py
fixture=$repo/tests/support/mariadb-fixture.sh

say() { echo "${BENCH:-bench}: $*" >&2; }
die() {
    say "$*"
    exit 1
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }
# The median of the numbers on stdin, one a line ("nan" when there are none).
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "nan"; else print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# SCALE -> the generator's options (each may be overridden) and the MariaDB
# buffer pool that holds the table.
bench_scale() {
    local ns orders pool
    case ${SCALE:-1m} in
    tiny) ns=100 orders=15.5 pool=1G ;;  # ~50k charges
    1m) ns=2000 orders=15.5 pool=1G ;;   # ~1.0M charges
    10m) ns=6300 orders=49.3 pool=6G ;;  # ~10M charges
    *) die "SCALE must be tiny, 1m or 10m" ;;
    esac
    NAMESPACES=${NAMESPACES:-$ns}
    ORDERS=${ORDERS:-$orders}
    MONTHS=${MONTHS:-36}
    SEED=${SEED:-1}
    BUFFER_POOL=${BUFFER_POOL:-$pool}
}

# bench_disk DIR MB_PER_MILLION WHAT: refuses (exits) when the file system
# of DIR would keep less than MIN_FREE_GB after WHAT writes MB_PER_MILLION
# per million charges of the generator's options (~ NAMESPACES x ORDERS x
# MONTHS x 0.9 charges).
bench_disk() {
    local dir=$1 per=$2 what=$3 need avail
    ((${MIN_FREE_GB:-4} > 0)) || return 0
    mkdir -p "$dir"
    need=$(awk -v n="$NAMESPACES" -v o="$ORDERS" -v m="$MONTHS" -v p="$per" 'BEGIN {printf "%d", n * o * m * 0.9 / 1e6 * p + 1}')
    avail=$(df -Pm "$dir" | awk 'NR == 2 {print $4}')
    if ((avail - need < ${MIN_FREE_GB:-4} * 1024)); then
        die "$what needs ~$need MB; $avail MB are free in $dir's file system, which would keep less than MIN_FREE_GB=${MIN_FREE_GB:-4} GB (MIN_FREE_GB=0: no check)"
    fi
}

# bench_build TARGET...: configures BUILD (Release) if needed and builds the
# targets, unless SKIP_BUILD=1. usagectl is left out when USAGECTL is set. A
# failed build goes on with the binaries already there, if any.
bench_build() {
    local targets=() t
    for t in "$@"; do
        [[ $t == usagectl && -n ${USAGECTL:-} ]] && continue
        targets+=("$t")
    done
    [[ ${SKIP_BUILD:-0} == 1 || ${#targets[@]} == 0 ]] && return 0
    bench_configure
    say "building ${targets[*]} in $build"
    if ! nice ninja -C "$build" -j"${JOBS:-2}" "${targets[@]}" >"$build/bench-build.log" 2>&1; then
        [[ -x $usagectl ]] || {
            tail -n 40 "$build/bench-build.log" >&2
            die "the build failed (see $build/bench-build.log)"
        }
        say "the build failed (see $build/bench-build.log); measuring the existing binaries"
    fi
}

bench_configure() {
    [[ -f $build/build.ninja ]] && return 0
    local launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
}

# uc-bench-loaddata, built in BUILD when missing (even with SKIP_BUILD=1:
# it is the generator, not what is measured).
bench_need_loaddata() {
    [[ -x $loaddata ]] && return 0
    say "building uc-bench-loaddata in $build"
    bench_configure
    nice ninja -C "$build" -j"${JOBS:-2}" uc-bench-loaddata >"$build/bench-build-loaddata.log" 2>&1 ||
        die "uc-bench-loaddata did not build (see $build/bench-build-loaddata.log)"
}

# The generator's options as one line: data made with other options is made
# again.
bench_stamp() { echo "$NAMESPACES $MONTHS $ORDERS $SEED $UNTIL"; }

# bench_loaddata DIR: the demo data's LOAD DATA files in DIR (kept while
# DIR.stamp matches).
bench_loaddata() {
    local dir=$1 t0
    if [[ $(cat "$dir.stamp" 2>/dev/null) == "$(bench_stamp)" && -s $dir/load.sql &&
        -s $dir/DF_CONSUMING_HISTORY.tsv ]]; then
        return 0
    fi
    bench_need_loaddata
    rm -rf "$dir" "$dir.stamp"
    bench_disk "$(dirname "$dir")" 310 "MariaDB: generating and loading the demo data"
    t0=$(now_ms)
    nice "$loaddata" "$dir" "$NAMESPACES" "$MONTHS" "$ORDERS" "$SEED" "$UNTIL" >"$dir.out" ||
        die "uc-bench-loaddata failed"
    bench_log "mariadb: generated the LOAD DATA files ($(cat "$dir.out")) in $(($(now_ms) - t0)) ms"
    bench_stamp >"$dir.stamp"
}

# A line for the preparation log ($BENCH_LOG, when set) and stderr.
bench_log() {
    say "$*"
    [[ -z ${BENCH_LOG:-} ]] || echo "$(date -u +%FT%TZ) $*" >>"$BENCH_LOG"
}

# bench_sqlite FILE: the demo data in a SQLite file, as `usagectl demo-db
# create` writes it (no secondary index); reused with KEEP_DATA=1 while
# FILE.stamp matches. Sets BENCH_SQLITE.
bench_sqlite() {
    local file=$1 t0
    BENCH_SQLITE=$file
    if [[ ${KEEP_DATA:-0} == 1 && -s $file && $(cat "$file.stamp" 2>/dev/null) == "$(bench_stamp)" ]]; then
        say "sqlite: reusing $file"
        return 0
    fi
    rm -f "$file" "$file-wal" "$file-shm" "$file-journal" "$file.stamp"
    bench_disk "$(dirname "$file")" 150 "SQLite: the demo data"
    t0=$(now_ms)
    nice "$usagectl" demo-db create "$file" --namespaces "$NAMESPACES" --months "$MONTHS" \
        --orders-per-namespace "$ORDERS" --seed "$SEED" --until "$UNTIL" >/dev/null ||
        die "usagectl demo-db create failed"
    bench_log "sqlite: demo-db create in $(($(now_ms) - t0)) ms"
    bench_stamp >"$file.stamp"
}

# --- a private MariaDB server (tests/support/mariadb-fixture.sh) --------------
# bench_mariadb SRV DB DATADIR: a server in SRV whose database DB holds the
# demo data (LOAD DATA files made in DATADIR), as loaded: no secondary index.
# With KEEP_DATA=1 and SRV.stamp matching, the kept server is used (started
# again if it is down). Sets PORT SOCK DB root=() raw=() BENCH_MYSQL_URL.
bench_mariadb() {
    local srv=$1 db=$2 data=$3 t0 port
    DB=$db
    BENCH_SRV=$srv
    if [[ ${KEEP_DATA:-0} == 1 && -s $srv/env && -d $srv/data &&
        $(cat "$srv.stamp" 2>/dev/null) == "$(bench_stamp)" ]]; then
        SOCK=$(sed -n 's/^UC_TEST_MARIADB_SOCKET=//p' "$srv/env")
        if mariadb-admin --no-defaults --socket="$SOCK" -uroot ping >/dev/null 2>&1; then
            say "mariadb: reusing the running server in $srv"
        else
            say "mariadb: starting the kept server in $srv again"
            if ! bash "$fixture" restart "$srv" >&2; then
                # Its port may be taken by now: another one.
                port=$((20000 + RANDOM % 40001))
                echo "$port" >"$srv/port"
                sed -i "s/^UC_TEST_MARIADB_PORT=.*/UC_TEST_MARIADB_PORT=$port/" "$srv/env"
                bash "$fixture" restart "$srv" >&2 || die "the kept server in $srv does not start"
            fi
            BENCH_SERVER_STARTED=1
        fi
        PORT=$(cat "$srv/port")
        bench_mariadb_clients
        "${root[@]}" -e "SET GLOBAL innodb_buffer_pool_size = $(bench_bytes "$BUFFER_POOL")"
        return 0
    fi
    rm -f "$srv.stamp"
    bench_loaddata "$data"
    bash "$fixture" start "$srv" >&2
    BENCH_SERVER_STARTED=1
    SOCK=$(sed -n 's/^UC_TEST_MARIADB_SOCKET=//p' "$srv/env")
    PORT=$(cat "$srv/port")
    bench_mariadb_clients
    # The fixture's 64 MB buffer pool is a test setting: room for the table.
    "${root[@]}" -e "SET GLOBAL innodb_buffer_pool_size = $(bench_bytes "$BUFFER_POOL"); CREATE DATABASE $DB"
    t0=$(now_ms)
    "${root[@]}" "$DB" <"$data/schema.sql"
    "${root[@]}" --local-infile=1 "$DB" <"$data/load.sql"
    bench_log "mariadb: LOAD DATA in $(($(now_ms) - t0)) ms"
    bench_stamp >"$srv.stamp"
    if [[ ${KEEP_TSV:-0} != 1 ]]; then
        rm -f "$data"/*.tsv "$data.stamp"
    fi
}

bench_mariadb_clients() {
    root=(mariadb --no-defaults --socket="$SOCK" -uroot)
    raw=(mariadb --no-defaults -h127.0.0.1 -P"$PORT" -uuc -puc-test-password "$DB")
    BENCH_MYSQL_URL=mysql://uc@127.0.0.1:$PORT/$DB
    export USAGECTL_DB_PASSWORD=uc-test-password
}

# Stops the server this run started, unless KEEP_SERVER=1. Not the fixture's
# `stop`: that deletes the directory, and the data with it.
bench_mariadb_stop() {
    [[ ${BENCH_SERVER_STARTED:-0} == 1 && ${KEEP_SERVER:-0} != 1 ]] || return 0
    mariadb-admin --no-defaults --socket="$SOCK" -uroot shutdown >/dev/null 2>&1 || true
    BENCH_SERVER_STARTED=0
}

bench_bytes() {
    local v=${1^^}
    case $v in
    *G) echo $((${v%G} * 1024 * 1024 * 1024)) ;;
    *M) echo $((${v%M} * 1024 * 1024)) ;;
    *) echo "$v" ;;
    esac
}

# bench_sql ENGINE SQL: runs SQL in the engine's command-line client (MariaDB:
# raw=(), SQLite: BENCH_SQLITE); rows tab-separated, no header.
bench_sql() {
    if [[ $1 == mariadb ]]; then
        "${raw[@]}" -N -B -e "$2"
    else
        sqlite3 -batch -noheader -separator $'\t' "$BENCH_SQLITE" "$2"
    fi
}

# bench_dbarg ENGINE: usagectl's --db of the engine's data.
bench_dbarg() {
    if [[ $1 == mariadb ]]; then echo "$BENCH_MYSQL_URL"; else echo "sqlite:$BENCH_SQLITE"; fi
}

# bench_secondary_indexes ENGINE: "INDEX<TAB>TABLE" of every secondary index
# of the two usage tables.
bench_secondary_indexes() {
    if [[ $1 == mariadb ]]; then
        bench_sql mariadb "SELECT DISTINCT INDEX_NAME, TABLE_NAME FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('DF_CONSUMING_HISTORY', 'DF_PURCHASE_ORDER')
            AND INDEX_NAME <> 'PRIMARY' ORDER BY INDEX_NAME"
    else
        bench_sql sqlite "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
            AND tbl_name IN ('DF_CONSUMING_HISTORY', 'DF_PURCHASE_ORDER') ORDER BY name"
    fi
}

# bench_advised ENGINE: "INDEX<TAB>STATEMENT" of each index `usagectl db
# advise-indexes` states.
bench_advised() {
    "$usagectl" --db "$(bench_dbarg "$1")" db advise-indexes |
        sed -n 's/^\(CREATE INDEX \([A-Za-z_0-9]*\) ON [^;]*\);*$/\2\t\1/p'
}

# bench_indexes_state ENGINE: 1 when every advised index is there, 0 when no
# secondary index is, "mixed" otherwise.
bench_indexes_state() {
    local have advised n=0 missing=0 name
    have=$(bench_secondary_indexes "$1" | cut -f1)
    advised=$(bench_advised "$1" | cut -f1)
    [[ -n $advised ]] || die "usagectl db advise-indexes stated no index"
    for name in $advised; do
        if grep -qx "$name" <<<"$have"; then n=$((n + 1)); else missing=$((missing + 1)); fi
    done
    if ((missing == 0)); then
        echo 1
    elif [[ -z $have ]]; then
        echo 0
    else
        echo mixed
    fi
}

# bench_indexes ENGINE 1|0: 1 creates the advised indexes that are missing
# and analyses the tables; 0 drops every secondary index of the usage tables
# (the schema as shipped). On the same data, never a copy.
bench_indexes() {
    local engine=$1 want=$2 t0 name stmt tbl have
    t0=$(now_ms)
    have=$(bench_secondary_indexes "$engine" | cut -f1)
    if [[ $want == 1 ]]; then
        if [[ $engine == mariadb ]]; then
            bench_disk "$BENCH_SRV" 300 "MariaDB: the advised indexes"
        else
            bench_disk "$(dirname "$BENCH_SQLITE")" 250 "SQLite: the advised indexes"
        fi
        while IFS=$'\t' read -r name stmt; do
            [[ -n $name ]] || continue
            grep -qx "$name" <<<"$have" && continue
            bench_sql "$engine" "$stmt" || die "$engine: $stmt failed"
        done < <(bench_advised "$engine")
        if [[ $engine == mariadb ]]; then
            bench_sql mariadb "ANALYZE TABLE DF_CONSUMING_HISTORY, DF_PURCHASE_ORDER" >/dev/null
        else
            bench_sql sqlite "ANALYZE"
        fi
    else
        while IFS=$'\t' read -r name tbl; do
            [[ -n $name ]] || continue
            if [[ $engine == mariadb ]]; then
                bench_sql mariadb "DROP INDEX \`$name\` ON $tbl"
            else
                bench_sql sqlite "DROP INDEX \"$name\""
            fi
        done < <(bench_secondary_indexes "$engine")
        if [[ $engine == mariadb ]]; then
            bench_sql mariadb "ANALYZE TABLE DF_CONSUMING_HISTORY, DF_PURCHASE_ORDER" >/dev/null
        else
            bench_sql sqlite "ANALYZE"
        fi
    fi
    [[ $(bench_indexes_state "$engine") == "$want" ]] ||
        die "$engine: the indexes are not what was asked ($want): $(bench_secondary_indexes "$engine" | cut -f1 | tr '\n' ' ')"
    bench_log "$engine: indexes $want in $(($(now_ms) - t0)) ms"
}

# bench_run TAG OUT CMD...: one timed run of CMD, stdout to OUT, stderr to
# OUT.err; appends "TAG wall_ms peak_rss_kb exit_code" to $runs (wall time
# of the whole process from date +%s%N; peak RSS from GNU time's %M). Sets
# last_rc.
bench_run() {
    local tag=$1 out=$2 t0 t1 rc=0
    shift 2
    t0=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$out.rss" "$@" >"$out" 2>"$out.err" || rc=$?
    t1=$(date +%s%N)
    echo "$tag $(((t1 - t0) / 1000000)) $(tail -n1 "$out.rss") $rc" >>"$runs"
    last_rc=$rc
}

# bench_median TAG COLUMN: the median of a column (2 wall ms, 3 peak RSS kB)
# of the successful runs of TAG in $runs ("nan" when none).
bench_median() { awk -v t="$1" -v c="$2" '$1 == t && $4 == 0 {print $c}' "$runs" | median; }

[[ -x /usr/bin/time ]] || die "GNU time is needed (apt-get install -y time)"
