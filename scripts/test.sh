#!/usr/bin/env bash
# test.sh - run every test: configure and build (if needed) and run ctest, which runs
# the check suites (one per module) and the end-to-end tests of the built command.
#   scripts/test.sh [--build-dir DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=build
[ "${1:-}" = "--build-dir" ] && BUILD=$2
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD" >/dev/null
fi
cmake --build "$BUILD" -j"$(nproc)" >/dev/null
export CK_FORK=yes
ctest --test-dir "$BUILD" --output-on-failure -j"$(nproc)"
