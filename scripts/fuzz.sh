#!/usr/bin/env bash
# fuzz.sh - build the libFuzzer targets (tests/fuzz/fuzz_*.c) with clang under
# AddressSanitizer + UBSan and run each for its share of a bounded time.
#
#   scripts/fuzz.sh [SECONDS_TOTAL] [TARGET...]     (default 90 s over every target)
#
# Seeds come from tests/fuzz/corpus/<target> (never written to); what the fuzzer
# learns goes to build-fuzz/corpus/<target>. A crash, leak, timeout or out-of-memory
# input is kept in tests/fuzz/crashes/<target>/ - commit it: the ordinary ctest
# fuzz_replay_<target> then replays it in every build - and the script exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
TOTAL=${1:-90}
shift || true
BUILD=${FL_FUZZ_BUILD:-build-fuzz}
case "$TOTAL" in ''|*[!0-9]*) echo "fuzz.sh: SECONDS_TOTAL must be a number, not '$TOTAL'" >&2; exit 2 ;; esac

if ! command -v clang >/dev/null; then
  echo "fuzz.sh: clang not found: apt-get install clang libclang-rt-14-dev" >&2
  exit 2
fi
targets=("$@")
if [ ${#targets[@]} = 0 ]; then
  for f in tests/fuzz/fuzz_*.c; do t=${f##*/fuzz_}; targets+=("${t%.c}"); done
fi

echo "== building fuzz targets in $BUILD" >&2
CC=clang cmake -S . -B "$BUILD" -DFL_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j"$(nproc)" --target $(printf 'fuzz_%s ' "${targets[@]}") >/dev/null

per=$(( TOTAL / ${#targets[@]} ))
[ "$per" -ge 5 ] || per=5
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export FRONTLINE_DATA=${FRONTLINE_DATA:-$(pwd)}
# Targets that write files (map definitions, styles, gazetteers) write scratch files
# per input: keep them in memory when there is a /dev/shm.
[ -z "${TMPDIR:-}" ] && [ -w /dev/shm ] && export TMPDIR=/dev/shm
failed=()
for t in "${targets[@]}"; do
  seeds=tests/fuzz/corpus/$t crashes=tests/fuzz/crashes/$t work=$BUILD/corpus/$t
  mkdir -p "$work" "$crashes"
  dict=(); [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
  echo "== fuzz_$t for ${per}s" >&2
  # -rss_limit_mb and -timeout hold the code to bounded memory and time per input.
  set +e
  "$BUILD/fuzz_$t" "$work" "$seeds" "${dict[@]}" -max_total_time="$per" -timeout=10 \
    -rss_limit_mb=1024 -malloc_limit_mb=512 -max_len="${FL_FUZZ_MAX_LEN:-65536}" \
    -artifact_prefix="$crashes/" -print_final_stats=1 >"$BUILD/fuzz_$t.log" 2>&1
  rc=$?
  set -e
  grep -E '^stat::(number_of_executed_units|peak_rss_mb|new_units_added)' "$BUILD/fuzz_$t.log" | tr '\n' ' ' >&2
  echo >&2
  if [ "$rc" != 0 ]; then
    failed+=("$t")
    echo "fuzz.sh: fuzz_$t FAILED (exit $rc); input kept in $crashes/, log $BUILD/fuzz_$t.log:" >&2
    grep -E 'ERROR|SUMMARY|invariant|runtime error|Test unit written' "$BUILD/fuzz_$t.log" | head -20 >&2
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: crashes in: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: no crash in ${#targets[@]} targets (${per}s each)" >&2
