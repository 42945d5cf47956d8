#!/usr/bin/env bash
# valgrind.sh - run the end-to-end tests (tests/e2e/*.sh) with the frontline command
# under valgrind memcheck: any memory error or definite leak in any run fails.
#
#   scripts/valgrind.sh [--build-dir DIR] [TEST...]    (TEST: e2e name, e.g. cli)
#
# Builds DIR (default build/, a normal non-sanitizer build) if needed. The command is
# wrapped in a small script handed to each test as its $1; valgrind's reports go to
# DIR/valgrind/<test>.<pid>.log and are printed when a run fails. Suppressions
# (library noise only, never our code): tests/valgrind.supp.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=build
if [ "${1:-}" = "--build-dir" ]; then BUILD=$2; shift 2; fi
command -v valgrind >/dev/null || { echo "valgrind.sh: valgrind not found: apt-get install valgrind" >&2; exit 2; }
if grep -q 'FL_SANITIZE:BOOL=ON\|FL_FUZZ:BOOL=ON' "$BUILD/CMakeCache.txt" 2>/dev/null; then
  echo "valgrind.sh: $BUILD is a sanitizer build; valgrind needs a plain one" >&2; exit 2
fi
[ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" >/dev/null
cmake --build "$BUILD" -j"$(nproc)" >/dev/null
BIN=$(cd "$BUILD" && pwd)/frontline
LOGS=$(cd "$BUILD" && pwd)/valgrind
rm -rf "$LOGS"; mkdir -p "$LOGS"

# --track-origins doubles the time: only when asked (VG_ORIGINS=1), to chase a report.
ORIGINS=; [ -n "${VG_ORIGINS:-}" ] && ORIGINS=--track-origins=yes
tests=("$@")
if [ ${#tests[@]} = 0 ]; then
  for f in tests/e2e/*.sh; do t=${f##*/}; [ "$t" = lib.bash ] || tests+=("${t%.sh}"); done
fi

failed=()
for t in "${tests[@]}"; do
  wrap=$LOGS/frontline-$t
  # exit 99 when valgrind finds an error; the tests see it as a wrong exit code.
  cat >"$wrap" <<WRAP
#!/bin/sh
exec valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite \\
  --errors-for-leak-kinds=definite $ORIGINS --num-callers=24 \\
  --suppressions="$ROOT/tests/valgrind.supp" --log-file="$LOGS/$t.%p.log" "$BIN" "\$@"
WRAP
  chmod +x "$wrap"
  start=$(date +%s)
  set +e
  FL_VALGRIND=1 FRONTLINE_DATA="$ROOT" FL_SOURCE_DIR="$ROOT" FL_BUILD_DIR="$(cd "$BUILD" && pwd)" \
    bash "tests/e2e/$t.sh" "$wrap"
  rc=$?
  set -e
  errs=$(find "$LOGS" -name "$t.*.log" -size +0 | sort)
  echo "== $t: exit $rc, $(( $(date +%s) - start )) s, $(echo "$errs" | grep -c . || true) runs with valgrind reports" >&2
  if [ "$rc" != 0 ] || [ -n "$errs" ]; then
    failed+=("$t")
    for f in $errs; do echo "--- $f" >&2; head -60 "$f" >&2; done
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "valgrind.sh: failed: ${failed[*]}" >&2
  exit 1
fi
echo "valgrind.sh: ${#tests[@]} end-to-end tests clean under memcheck" >&2
