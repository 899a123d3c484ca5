#!/usr/bin/env bash
# Every fault of issue 16 against the real usagectl, timed and measured:
# a REST server that never answers, drips, sends a body without end or a
# broken envelope or an HTML page (faulty-http-server, and usage-service-sim
# --fault), damaged SQLite files, and a MariaDB stopped (SIGSTOP) before the
# connection, during a listing and during a cancel. Prints a Markdown table:
# exit code, wall time and peak RSS (GNU time), and what the user read on
# stderr. See docs/reliability.md.
#
#   bench/faults.sh              uses build/bin (build it first)
#
# Environment (all optional):
#   BUILD=build          CMake build directory (relative to the repository)
#   WORK=/tmp/uc-faults  scratch directory (files, servers)
#   TIMEOUT=3            --timeout of the REST rows, read/connect timeout of
#                        the MariaDB rows (one row of each kind also runs at
#                        the default 30 s unless QUICK=1)
#
# Needs: GNU time (/usr/bin/time), python3, mariadb-server + client.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-build}
WORK=${WORK:-/tmp/uc-faults}
TIMEOUT=${TIMEOUT:-3}
bin=$repo/$BUILD/bin
usagectl=$bin/usagectl
fixture=$repo/tests/support/mariadb-fixture.sh
[[ -x /usr/bin/time ]] || { echo "faults: install GNU time (apt-get install -y time)" >&2; exit 1; }

rm -rf "$WORK"
mkdir -p "$WORK/xdg"
export XDG_CACHE_HOME=$WORK/xdg USAGECTL_TOKEN=bench-token-0123456789

pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    if [[ -s $WORK/db/pid ]]; then
        kill -CONT "$(<"$WORK/db/pid")" 2>/dev/null || true
        bash "$fixture" stop "$WORK/db" >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

echo "| fault | command | exit | time to fail (s) | peak RSS (MB) | stderr lines | what the user reads |"
echo "|---|---|---|---|---|---|---|"

# measure LABEL COMMAND...: one run, one table row.
measure() {
    local label=$1 cmd
    shift
    cmd=$(printf '%s ' "$@" | sed -e "s|$usagectl|usagectl|" -e "s|$WORK/||g" \
        -e 's|http://127.0.0.1:[0-9]*|URL|g' -e 's|mysql://uc@127.0.0.1:[0-9]*/|mysql://…/|')
    set +e
    /usr/bin/time -f '%e %M' -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err"
    local code=$?
    set -e
    read -r secs kib < <(tail -1 "$WORK/time")
    # The cancel's own confirmation text precedes its error on stderr.
    local msg lines
    msg=$(grep -m1 '^usagectl: ' "$WORK/err" | cut -c1-230 | sed 's/|/\\|/g' || true)
    lines=$(sed -n '/^usagectl: /,$p' "$WORK/err" | grep -c . || true)
    printf '| %s | `%s` | %s | %s | %s | %s | %s |\n' "$label" "${cmd% }" "$code" "$secs" \
        "$((kib / 1024))" "$lines" "$msg"
}

# --- REST ---------------------------------------------------------------------
serve() { # BEHAVIOUR: a fresh faulty-http-server; its address in $url
    "$bin/faulty-http-server" "$1" >"$WORK/srv.$1" 2>&1 &
    pids+=($!)
    for _ in $(seq 50); do [[ -s $WORK/srv.$1 ]] && break; sleep 0.1; done
    url=$(head -1 "$WORK/srv.$1")
}
list=(usages list --region cn-north-1 --namespace ns-a)
for b in silent drip endless-chunked endless-unsized data-null data-missing data-wrong-type html503; do
    serve "$b"
    measure "$b (faulty-http-server)" "$usagectl" --api "$url" --timeout "$TIMEOUT" "${list[@]}"
done
serve silent
if [[ ${QUICK:-0} != 1 ]]; then
    measure "silent, default timeout" "$usagectl" --api "$url" "${list[@]}"
fi
measure "silent" "$usagectl" --api "$url" --timeout "$TIMEOUT" usages total --region cn-north-1 \
    --namespace ns-a --no-cache
measure "silent, through the roll-up cache" "$usagectl" --api "$url" --timeout "$TIMEOUT" spend \
    --region cn-north-1 --namespace ns-a
serve endless-chunked
measure "endless-chunked" "$usagectl" --api "$url" plans list

"$usagectl" demo-db create "$WORK/demo.db" --namespaces 10 --months 6 --seed 1 \
    --until 2026-11-25 >/dev/null 2>&1
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$bin/usage-service-sim" --db "sqlite:$WORK/demo.db" --listen "127.0.0.1:$port" \
    --token "$USAGECTL_TOKEN=admin:*" --delay-ms 1000 >"$WORK/sim.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/__sim/fault" >/dev/null && break; sleep 0.1; done
kill -0 "${pids[-1]}" || { cat "$WORK/sim.log" >&2; exit 1; }
ns=$("$usagectl" --db "sqlite:$WORK/demo.db" --format csv namespaces list | sed -n 2p)
for f in drip delay html503 huge malformed truncated drop wrongtypes; do
    curl -s -X POST "http://127.0.0.1:$port/__sim/fault?kind=$f" >/dev/null
    measure "sim --fault $f" "$usagectl" --api "http://127.0.0.1:$port/usageapi/v1" \
        --timeout "$TIMEOUT" usages list --region cn-north-1 --namespace "$ns"
done

# --- damaged SQLite files -------------------------------------------------------
damage() { # NAME SQL...: a copy of the demo file with the statements applied
    cp "$WORK/demo.db" "$WORK/$1.db"
    python3 - "$WORK/$1.db" "${@:2}" <<'EOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for sql in sys.argv[2:]:
    c.execute(sql)
c.commit()
EOF
}
victim="ID = (SELECT ID FROM DF_CONSUMING_HISTORY ORDER BY CONSUME_TIME LIMIT 1) AND CONSUME_ID = (SELECT CONSUME_ID FROM DF_CONSUMING_HISTORY ORDER BY CONSUME_TIME LIMIT 1)"
damage consuming-text "UPDATE DF_CONSUMING_HISTORY SET CONSUMING = 'abc' WHERE $victim"
damage consuming-null "CREATE TABLE C AS SELECT * FROM DF_CONSUMING_HISTORY" \
    "DROP TABLE DF_CONSUMING_HISTORY" "ALTER TABLE C RENAME TO DF_CONSUMING_HISTORY" \
    "UPDATE DF_CONSUMING_HISTORY SET CONSUMING = NULL WHERE $victim"
damage consuming-fraction "UPDATE DF_CONSUMING_HISTORY SET CONSUMING = 12.5 WHERE $victim"
damage price-text "UPDATE DF_PLAN SET PRICE = 'cheap' WHERE STATUS = 'A'"
for d in consuming-text consuming-null consuming-fraction; do
    before=$(sha256sum <"$WORK/$d.db")
    for c in "usages total --no-cache" "spend" "usages list --limit 100000"; do
        # shellcheck disable=SC2086
        measure "$d" "$usagectl" --db "sqlite:$WORK/$d.db" $c
    done
    [[ $(sha256sum <"$WORK/$d.db") == "$before" ]] || echo "faults: $d.db CHANGED" >&2
done
measure price-text "$usagectl" --db "sqlite:$WORK/price-text.db" plans list
measure price-text "$usagectl" --db "sqlite:$WORK/price-text.db" quote --region cn-north-1 \
    --namespace "$ns" --plan res-c16m32

# --- a stopped MariaDB ----------------------------------------------------------
bash "$fixture" start "$WORK/db" >/dev/null
dbport=$(<"$WORK/db/port")
M=(mariadb --socket="$(grep -o 'UC_TEST_MARIADB_SOCKET=.*' "$WORK/db/env" | cut -d= -f2)" -uroot)
python3 - "$WORK/demo.db" "$repo/../shared/SPEC.md" >"$WORK/demo.sql" <<'EOF'
import re, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print("CREATE DATABASE faults; USE faults;")
cols = {t: [r[1] for r in c.execute(f"pragma table_info({t})")] for t in
        ["DF_PURCHASE_ORDER", "DF_CONSUMING_HISTORY", "DF_PLAN_REGION", "DF_PLAN"]}
for t in cols:
    print(c.execute("select sql from sqlite_master where name=?", (t,)).fetchone()[0]
          .replace("AUTOINCREMENT", "") + ";")
def lit(v):
    if v is None: return "NULL"
    if isinstance(v, (int, float)): return repr(v)
    return "'" + str(v).replace("\\", "\\\\").replace("'", "''") + "'"
for t, cs in cols.items():
    rows = c.execute(f"select * from {t}").fetchall()
    for i in range(0, len(rows), 500):
        print(f"INSERT INTO {t} ({','.join(cs)}) VALUES " +
              ",".join("(" + ",".join(lit(v) for v in r) + ")" for r in rows[i:i + 500]) + ";")
EOF
"${M[@]}" <"$WORK/demo.sql"
export USAGECTL_DB_PASSWORD=uc-test-password
pid=$(<"$WORK/db/pid")
addr="mysql://uc@127.0.0.1:$dbport/faults?connect_timeout=$TIMEOUT&read_timeout=$TIMEOUT"
checksum() { "${M[@]}" faults -N -e "CHECKSUM TABLE DF_PURCHASE_ORDER, DF_CONSUMING_HISTORY"; }

kill -STOP "$pid"
measure "MariaDB stopped before connecting" "$usagectl" --db "$addr" usages list --region cn-north-1
measure "same, through the roll-up cache" "$usagectl" --db "$addr" usages total --region cn-north-1
kill -CONT "$pid"

# stop_during PATTERN LABEL COMMAND...: stops the server once PATTERN waits.
stop_during() {
    local pattern=$1 label=$2
    shift 2
    ( measure "$label" "$@" >"$WORK/row" ) &
    local runner=$!
    for _ in $(seq 200); do
        [[ $("${M[@]}" -N -e "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE '$pattern'") != 0 ]] && break
        sleep 0.05
    done
    kill -STOP "$pid"
    wait "$runner"
    kill -CONT "$pid"
    cat "$WORK/row"
}
hold() { # SQL: a second session holds a lock for 60 s
    "${M[@]}" faults -e "$1; SELECT SLEEP(60);" >/dev/null 2>&1 &
    holder=$!
    sleep 0.5
}
release() { kill "$holder" 2>/dev/null || true; wait "$holder" 2>/dev/null || true; }

hold "LOCK TABLES DF_CONSUMING_HISTORY WRITE"
stop_during 'SELECT ID, ORDER_ID, CONSUME_ID%' "MariaDB stopped during a listing" \
    "$usagectl" --db "$addr" usages list --region cn-north-1
release
if [[ ${QUICK:-0} != 1 ]]; then
    hold "LOCK TABLES DF_CONSUMING_HISTORY WRITE"
    stop_during 'SELECT ID, ORDER_ID, CONSUME_ID%' "same, default read_timeout" \
        "$usagectl" --db "mysql://uc@127.0.0.1:$dbport/faults" usages list --region cn-north-1
    release
fi
order=$("${M[@]}" faults -N -e "SELECT ID FROM DF_PURCHASE_ORDER WHERE STATUS = 5 AND EVER_PAYED = 1 ORDER BY ID LIMIT 1")
before=$(checksum)
hold "BEGIN; SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE ID = $order FOR UPDATE"
stop_during 'INSERT INTO DF_CONSUMING_HISTORY%' "MariaDB stopped during a cancel" \
    "$usagectl" --db "$addr" orders cancel "$order" --yes
release
for _ in $(seq 100); do
    "${M[@]}" faults -N -e "SELECT STATUS FROM DF_PURCHASE_ORDER WHERE ID = $order FOR UPDATE NOWAIT" \
        >/dev/null 2>&1 && break
    sleep 0.1
done
[[ $(checksum) == "$before" ]] || echo "faults: the cancel CHANGED the database" >&2
