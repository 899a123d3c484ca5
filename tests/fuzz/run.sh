#!/usr/bin/env bash
# Build the libFuzzer targets (if clang is available) and run each for
# SECONDS (default 30) on a copy of its seed corpus. Exits non-zero if any
# target crashes or fails an invariant; crash files land in
# $BUILD/artifacts/<target>/.
#
#   tests/fuzz/run.sh 60            # BUILD defaults to <repo>/build-fuzz
#   BUILD=/tmp/bf tests/fuzz/run.sh 10
#   TARGETS="fuzz_money fuzz_csv" tests/fuzz/run.sh 10
set -u
SECONDS_EACH=${1:-30}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${BUILD:-$ROOT/build-fuzz}
CXX_CLANG=${CXX_CLANG:-clang++}
TARGETS=${TARGETS:-"fuzz_money fuzz_restjson fuzz_rfc3339 fuzz_connectionspec fuzz_timezone fuzz_csv"}

if ! command -v "$CXX_CLANG" >/dev/null 2>&1; then
    echo "run.sh: $CXX_CLANG not found; skipping the fuzz targets (apt-get install clang libclang-rt-14-dev)"
    exit 0
fi

GEN=()
command -v ninja >/dev/null 2>&1 && GEN=(-G Ninja)
cmake -S "$HERE" -B "$BUILD" "${GEN[@]}" -DCMAKE_CXX_COMPILER="$CXX_CLANG" >/dev/null || exit 2
cmake --build "$BUILD" || exit 2

# One target: replay its regressions, then fuzz it; prints its summary.
run_target() {
    local t=$1 corpus="$BUILD/corpus/$1" artifacts="$BUILD/artifacts/$1" rc=0
    mkdir -p "$corpus" "$artifacts"
    cp -n "$HERE/corpus/$t/"* "$corpus/" 2>/dev/null || true
    # Known reproducers must keep passing.
    if [ -d "$HERE/regressions/$t" ] && [ -n "$(ls -A "$HERE/regressions/$t")" ]; then
        if ! "$BUILD/$t" "$HERE/regressions/$t/"* >"$BUILD/$t.regressions.log" 2>&1; then
            echo "FAIL $t: a regression input crashes (see $BUILD/$t.regressions.log)"
            rc=1
        fi
    fi
    if "$BUILD/$t" -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$corpus" >"$BUILD/$t.log" 2>&1; then
        echo "== $t: ${SECONDS_EACH}s, $(grep -E '^stat::number_of_executed_units' "$BUILD/$t.log" | awk '{print $2}') runs"
    else
        echo "FAIL $t: crash or invariant violation (log: $BUILD/$t.log, artifacts: $artifacts)"
        grep -E 'INVARIANT|ERROR: |SUMMARY' "$BUILD/$t.log" | head -5
        rc=1
    fi
    return $rc
}

# Two at a time: one per core.
status=0
pids=()
for t in $TARGETS; do
    run_target "$t" &
    pids+=($!)
    if ((${#pids[@]} == 2)); then
        wait "${pids[0]}" || status=1
        pids=("${pids[@]:1}")
    fi
done
for pid in "${pids[@]}"; do
    wait "$pid" || status=1
done
exit $status
