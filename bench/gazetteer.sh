#!/usr/bin/env bash
# bench/gazetteer.sh - the gazetteer and geoparse: load time (built gazetteer, and after
# importing a synthetic 25,000-row GeoNames dump), lookups per second, geoparse MB/s,
# peak memory; and the peer on the same corpus: LC_ALL=C grep -F -i -w -o -f NAMES, which
# finds names but neither normalises spellings nor resolves them. NAMES is every name the
# built gazetteer matches, dumped through the gazetteer module by `bench_extract names`
# (each key of its index and each place's display name as written, less the stoplist):
# the same list bench/extract.sh gives grep. grep runs in the C locale as issue #4 states
# (in a UTF-8 locale grep -i -F with these patterns is some 20x slower and takes GBs).
# Targets: load < 50 ms, < 300 ms after the import, > 200,000 lookups/s, geoparse at
# least 2x grep's speed.
#
# Run through bench/run.sh (release build), or: bash bench/gazetteer.sh with $FL_BENCH_BIN set.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$PWD
BIN=${FL_BENCH_BIN:-$SRC/build-release}
if [ ! -x "$BIN/bench_gazetteer" ] || [ ! -x "$BIN/bench_extract" ]; then
  cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build-release -j"$(nproc)" >/dev/null
  BIN=$SRC/build-release
fi
export FRONTLINE_DATA=$SRC
GZ=$SRC/data/gazetteer.fgaz
if [ ! -f "$GZ" ]; then
  echo "no built gazetteer at $GZ: run the set-up (scripts/prepare-data.sh) first" >&2
  exit 1
fi
W=$(mktemp -d "${TMPDIR:-/tmp}/flbench-XXXXXX")
trap 'rm -rf "$W"' EXIT

echo "frontline (in process):"
"$BIN/bench_gazetteer" "$GZ" "$W" "${SECONDS_PER_TEST:-1}" | sed 's/^/  /'

"$BIN/bench_extract" names "$GZ" 2>/dev/null | LC_ALL=C sort -u >"$W/names.txt"

ms() { echo $(( $(date +%s%N) / 1000000 )); }
MB=$(awk -v b="$(stat -c %s "$W/corpus.txt")" 'BEGIN{printf "%.1f", b/1e6}')
best=
for i in 1 2 3; do
  t0=$(ms); LC_ALL=C grep -F -i -w -o -f "$W/names.txt" "$W/corpus.txt" >"$W/grep.out" || true; t1=$(ms)
  d=$((t1 - t0)); [ -z "$best" ] || [ "$d" -lt "$best" ] && best=$d
done
echo "peer: grep -F -i -w -o -f names ($(wc -l <"$W/names.txt") names) over the same ${MB} MB:"
echo "  best of 3: ${best} ms, $(awk -v mb="$MB" -v t="$best" 'BEGIN{printf "%.1f", mb/(t/1000)}') MB/s, $(wc -l <"$W/grep.out") matches"
