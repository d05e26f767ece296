#!/usr/bin/env bash
# Fuzzes surreal::cbor::decode with libFuzzer under ASan+UBSan (`make fuzz`).
#   FUZZ_SECONDS  how long to run (default 600)
#   FUZZ_BUILD    the clang build directory (default build-fuzz)
#   FUZZ_JOBS     build parallelism (default 2)
# The seed corpus is tests/fuzz/corpus/cbor (never written to); new inputs go to $FUZZ_BUILD/fuzz-corpus and any
# crashing input to $FUZZ_BUILD/fuzz-artifacts/. Exits non-zero when libFuzzer found a crash.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_TO_RUN="${FUZZ_SECONDS:-600}"
BUILD="${FUZZ_BUILD:-build-fuzz}"
JOBS="${FUZZ_JOBS:-2}"

if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "fuzz.sh: installing clang and its libFuzzer runtime"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang libclang-rt-14-dev >/dev/null || true
fi
if ! command -v clang++ >/dev/null; then
  echo "fuzz.sh: clang++ is needed for libFuzzer (apt-get install clang)" >&2
  exit 1
fi

if [ ! -f "$BUILD/build.ninja" ]; then
  # Only the fuzz target is built below; the generator stays configured (not built) because parts of the test tree
  # refer to its targets.
  CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSURREALPP_FUZZ=ON \
    -DSURREALPP_BUILD_SAMPLES=OFF -DSURREALPP_BUILD_BENCH=OFF
fi
cmake --build "$BUILD" --target fuzz_cbor_decode -j"$JOBS"

mkdir -p "$BUILD/fuzz-corpus" "$BUILD/fuzz-artifacts"
LOG="$BUILD/fuzz.log"
echo "fuzz.sh: running fuzz_cbor_decode for ${SECONDS_TO_RUN}s (log: $LOG)"
status=0
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
  "$BUILD/bin/fuzz_cbor_decode" -max_total_time="$SECONDS_TO_RUN" -print_final_stats=1 -timeout=10 \
  -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$BUILD/fuzz-artifacts/" \
  "$BUILD/fuzz-corpus" tests/fuzz/corpus/cbor >"$LOG" 2>&1 || status=$?

echo "---- summary ----"
grep -E "^#[0-9]+ +DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added|stat::peak_rss_mb" \
  "$LOG" || true
crashes=$(find "$BUILD/fuzz-artifacts" -type f | wc -l)
echo "corpus: $(find "$BUILD/fuzz-corpus" -type f | wc -l) inputs; crash/timeout/oom artifacts: $crashes"
if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
  echo "fuzz.sh: libFuzzer reported a problem (exit $status); see $LOG and $BUILD/fuzz-artifacts/" >&2
  grep -E "ERROR: |SUMMARY: |runtime error" "$LOG" | head -20 >&2 || true
  exit 1
fi
echo "fuzz.sh: no crash in ${SECONDS_TO_RUN}s"
