#!/usr/bin/env bash
# Remote spend throughput: `usagectl --api … spend` over ~100k charges of one
# namespace in one region, served by usage-service-sim, beside the same pages
# fetched by a plain HTTP client (curl, 4 requests in flight like the
# client's scan). See docs/performance.md.
#
#   bench/remote-spend.sh          build (if needed), generate, serve, measure
#
# Environment (all optional):
#   BUILD=build-bench   CMake build directory (relative to the repository)
#   WORK=/tmp/uc-remote scratch directory (SQLite file, logs)
#   RUNS=5              timed runs per side (after one warm-up of each)
#   ORDERS=4500 MONTHS=36 SEED=1 UNTIL=2026-11-25   the demo database
#   REGION=cn-north-1   the region measured
#   SKIP_BUILD=1        use the existing BUILD/bin binaries as they are
#   USAGECTL=PATH SIM=PATH   measure these binaries instead
#   XARGS=1             also time one curl process per page (xargs -P4)
#
# Needs: cmake, ninja, Qt 6, curl (>= 7.66 for --parallel), GNU time, bc.
# Timings are whole-process wall times (median of RUNS runs), start-up
# included, the two sides alternated; rows/s = charges of the namespace in
# the region / wall time. ratio = usagectl rows/s / curl rows/s (per pair,
# median of the pairs).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-build-bench}
WORK=${WORK:-/tmp/uc-remote}
RUNS=${RUNS:-5}
ORDERS=${ORDERS:-4500}
MONTHS=${MONTHS:-36}
SEED=${SEED:-1}
UNTIL=${UNTIL:-2026-11-25}
REGION=${REGION:-cn-north-1}
XARGS=${XARGS:-0}

build=$repo/$BUILD
usagectl=${USAGECTL:-$build/bin/usagectl}
sim=${SIM:-$build/bin/usage-service-sim}
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    ninja -C "$build" -j2 usagectl usage-service-sim >/dev/null
fi

mkdir -p "$WORK"
db=$WORK/remote.db
rm -f "$db"
"$usagectl" demo-db create "$db" --namespaces 1 --months "$MONTHS" \
    --orders-per-namespace "$ORDERS" --seed "$SEED" --until "$UNTIL" >/dev/null
NS=$("$usagectl" --db "sqlite:$db" namespaces list --format csv | tr -d '\r' | sed -n '2{s/,.*//;p}')
TOTAL=$("$usagectl" --db "sqlite:$db" usages total --region "$REGION" --namespace "$NS" --format json)
ROWS=$(echo "$TOTAL" | python3 -c 'import json,sys; print(json.load(sys.stdin)["charges"])')
PAGES=$(((ROWS + 99) / 100))

# The service: a free port, fixed clock, one token for the namespace's user.
"$sim" --db "sqlite:$db" --listen 127.0.0.1:0 --token "t=$NS" --now "${UNTIL}T03:00:00Z" \
    >"$WORK/sim.out" 2>"$WORK/sim.err" &
simpid=$!
trap 'kill $simpid 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    grep -q listening "$WORK/sim.out" 2>/dev/null && break
    sleep 0.1
done
PORT=$(sed -n 's/.*:\([0-9]*\)$/\1/p' "$WORK/sim.out" | head -1)
base=http://127.0.0.1:$PORT

export USAGECTL_TOKEN=t
uc=("$usagectl" --api "$base/usageapi/v1" --plan-api "$base/charge/v1")
A=("${uc[@]}" spend --region "$REGION" --namespace "$NS" --format json)
# One curl process, the same N pages, 4 in flight on reused connections.
B=(curl -sSf --parallel --parallel-max 4 -H 'Authorization: Bearer t'
    "$base/usageapi/v1/usages?region=$REGION&namespace=$NS&page=[1-$PAGES]&size=100")
# One curl process per page, 4 at a time (new connection per page).
C=(sh -c "seq 1 $PAGES | xargs -P4 -I{} curl -sSf -o /dev/null -H 'Authorization: Bearer t' \
    '$base/usageapi/v1/usages?region=$REGION&namespace=$NS&page={}&size=100'")

timed() { /usr/bin/time -f '%e %M' -o "$WORK/t" "$@" >"$WORK/out" 2>"$WORK/err" || echo "FAILED: $*" >&2; cat "$WORK/t"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# Check: the spend cells hold every charge; curl got every page.
"${A[@]}" >"$WORK/spend.json"
python3 - "$WORK/spend.json" "$ROWS" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
cells = d if isinstance(d, list) else next(v for v in d.values() if isinstance(v, list))
n = sum(int(c.get("charges", 0)) for c in cells)
print(f"spend cells: {len(cells)}, charges {n} (expected {sys.argv[2]})")
EOF
"${B[@]}" | grep -o '"id"' | wc -l | sed 's/^/curl: "id" fields in all pages: /'

timed "${A[@]}" >/dev/null
timed "${B[@]}" >/dev/null
: >"$WORK/a"
: >"$WORK/b"
: >"$WORK/c"
: >"$WORK/r"
for ((i = 0; i < RUNS; ++i)); do
    a=$(timed "${A[@]}")
    b=$(timed "${B[@]}")
    echo "$a" >>"$WORK/a"
    echo "$b" >>"$WORK/b"
    echo "${b% *} / ${a% *}" | bc -l >>"$WORK/r"
    if [[ $XARGS == 1 ]]; then timed "${C[@]}" >>"$WORK/c"; fi
done
ta=$(cut -d' ' -f1 "$WORK/a" | median)
tb=$(cut -d' ' -f1 "$WORK/b" | median)
echo "namespace $NS, region $REGION: $ROWS charges, $PAGES pages of 100; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "usagectl spend:      median $ta s  ($(echo "$ROWS / $ta" | bc) rows/s)  peak RSS $(($(cut -d' ' -f2 "$WORK/a" | median | cut -d. -f1) / 1024)) MB  runs: $(cut -d' ' -f1 "$WORK/a" | tr '\n' ' ')"
echo "curl --parallel 4:   median $tb s  ($(echo "$ROWS / $tb" | bc) rows/s)  runs: $(cut -d' ' -f1 "$WORK/b" | tr '\n' ' ')"
if [[ $XARGS == 1 ]]; then
    tc=$(cut -d' ' -f1 "$WORK/c" | median)
    echo "curl per page, -P4:  median $tc s  ($(echo "$ROWS / $tc" | bc) rows/s)  runs: $(cut -d' ' -f1 "$WORK/c" | tr '\n' ' ')"
fi
printf 'ratio (usagectl rows/s / curl rows/s, median of pairs): %.2f\n' "$(median <"$WORK/r")"
