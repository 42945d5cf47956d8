#!/usr/bin/env bash
# extract.sh - geoparse + extract throughput on a generated corpus of the project's own
# articles (fixtures and demo samples with names, weekdays and order varied), beside
# `LC_ALL=C grep -F -i -w -o -f <all gazetteer names>` over the same files in the same
# run. One core; CPU seconds are the fair measure on a shared machine, wall seconds are
# shown too. Peak memory is taken at half and at the full corpus: it must stay flat.
#   bench/extract.sh [MB]        (default 200; the corpus lives in a temp dir)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${FL_BENCH_BIN:-build-release}
B=$BIN/bench_extract
[ -x "$B" ] || { echo "extract.sh: $B not built (run bench/run.sh or build $BIN)" >&2; exit 1; }
MB=${1:-200}
T=$(mktemp -d "${TMPDIR:-/tmp}/flbench-extract-XXXXXX")
trap 'rm -rf "$T"' EXIT
export FRONTLINE_DATA=${FRONTLINE_DATA:-$PWD}

shopt -s nullglob
src=(tests/fixtures/extract/*/article.* assets/samples/*.txt)
[ ${#src[@]} -gt 0 ] || { echo "extract.sh: no articles to build the corpus from" >&2; exit 1; }
mkdir -p "$T/corpus"
"$B" gen "$T/corpus" "$MB" "${src[@]}"

# The peer's patterns: every name the built gazetteer (data/gazetteer.fgaz) matches, dumped
# through the gazetteer module by `bench_extract names`: each key of its index (the
# normalised form the geoparser looks names up by, so any spelling that normalises to it
# is found) and each place's display name as written, less the stoplist (words never
# taken for a place on their own). bench/gazetteer.sh gives grep the same list. grep runs
# in the C locale as the issue states it (in a UTF-8 locale, grep -i -F with these
# patterns is some 20x slower and takes gigabytes).
"$B" names | LC_ALL=C sort -u >"$T/names"

# MB are 2^20 bytes of text, as bench_extract counts them (not disk blocks)
mb=$(find "$T/corpus" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1048576}')
echo "corpus: $(ls "$T/corpus" | wc -l) files, $mb MB; $(wc -l <"$T/names") names for grep"
/usr/bin/time -f '%U %S %e %M' -o "$T/grep.time" \
  sh -c "LC_ALL=C grep -F -i -w -o -f '$T/names' -r '$T/corpus' | wc -l >'$T/grep.count'"
read -r gu gs ge gm <"$T/grep.time"
half=$(awk -v m="$mb" 'BEGIN{printf "%d", m/2}')
"$B" run "$T/corpus" "$half" | tee "$T/half.txt"
"$B" run "$T/corpus" | tee "$T/full.txt"
fcpu=$(sed -n 's/.*cpu \([0-9.]*\) s.*/\1/p' "$T/full.txt")
frss=$(sed -n 's/.*peak RSS \([0-9]*\) MB.*/\1/p' "$T/full.txt")
hrss=$(sed -n 's/.*peak RSS \([0-9]*\) MB.*/\1/p' "$T/half.txt")
gcpu=$(awk -v u="$gu" -v s="$gs" 'BEGIN{print u+s}')
printf 'grep -F -i -w -o -f names: %s matches, cpu %.2f s (%.1f MB/s), wall %.2f s, peak RSS %d MB\n' \
  "$(cat "$T/grep.count")" "$gcpu" "$(awk -v m="$mb" -v c="$gcpu" 'BEGIN{print m/c}')" "$ge" "$((gm / 1024))"
awk -v g="$gcpu" -v f="$fcpu" 'BEGIN{printf "frontline vs grep (cpu): %.2fx (target >= 2x)\n", g/f}'
echo "peak RSS: ${hrss} MB at ${half} MB of corpus, ${frss} MB at ${mb} MB (flat memory: the same order)"
