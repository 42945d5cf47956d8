#!/usr/bin/env bash
# bench/run.sh [NAME...] - build frontline in release mode (build-release/) and run the
# benchmarks: every bench/*.sh but this one, or the ones named. Each prints its own
# figures and the peer's figures from the same run (ratios matter, not absolute times:
# machines are shared and noisy). Results are also kept in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-release -j"$(nproc)" >/dev/null
export FL=$PWD/build-release/frontline FL_BENCH_BIN=$PWD/build-release FRONTLINE_DATA=$PWD
mkdir -p bench/results
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in bench/*.sh; do
    [ "$(basename "$f")" = run.sh ] && continue
    names+=("$(basename "$f" .sh)")
  done
fi
for n in "${names[@]}"; do
  echo "== bench $n ($(date -u +%FT%TZ), $(nproc) cores)"
  bash "bench/$n.sh" 2>&1 | tee "bench/results/$n.txt"
done
