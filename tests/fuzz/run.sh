#!/usr/bin/env bash
# Build the libFuzzer targets with clang and run each for SECONDS (default
# 30) on a copy of its seed corpus. Exits non-zero if clang is missing, the
# targets do not build, or any target crashes or fails an invariant; crash
# files land in $BUILD/artifacts/<target>/.
#
#   tests/fuzz/run.sh 60            # BUILD defaults to <repo>/build-fuzz
#   BUILD=/tmp/bf tests/fuzz/run.sh 10
#   TARGETS="fuzz_money fuzz_csv" tests/fuzz/run.sh 10
#   JOBS=4 tests/fuzz/run.sh         # build jobs (default 2: the machines have 2 cores)
set -u
SECONDS_EACH=${1:-30}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${BUILD:-$ROOT/build-fuzz}
CXX_CLANG=${CXX_CLANG:-clang++}
TARGETS=${TARGETS:-"fuzz_money fuzz_restjson fuzz_rfc3339 fuzz_connectionspec fuzz_timezone fuzz_csv"}

# No clang, no fuzzing: that is a failure to say, not a pass. (To leave the
# fuzz targets out on purpose, do not run this script: scripts/test.sh has
# UC_SKIP_FUZZ=1.)
if ! command -v "$CXX_CLANG" >/dev/null 2>&1; then
    echo "run.sh: FAIL: $CXX_CLANG not found, so no fuzz target was built or run" \
        "(apt-get install clang libclang-rt-14-dev, or set CXX_CLANG)" >&2
    exit 1
fi

GEN=()
command -v ninja >/dev/null 2>&1 && GEN=(-G Ninja)
cmake -S "$HERE" -B "$BUILD" "${GEN[@]}" -DCMAKE_CXX_COMPILER="$CXX_CLANG" >/dev/null || {
    echo "run.sh: FAIL: configuring $BUILD with $CXX_CLANG failed" >&2
    exit 2
}
cmake --build "$BUILD" --parallel "${JOBS:-2}" || {
    echo "run.sh: FAIL: building the fuzz targets failed" >&2
    exit 2
}
# A compiler that is not clang configures to nothing (tests/fuzz/CMakeLists.txt).
for t in $TARGETS; do
    if [ ! -x "$BUILD/$t" ]; then
        echo "run.sh: FAIL: $BUILD/$t was not built ($CXX_CLANG is not a clang with libFuzzer?)" >&2
        exit 2
    fi
done

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
