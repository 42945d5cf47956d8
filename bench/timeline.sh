#!/usr/bin/env bash
# timeline.sh - the state of the front on one day for a large theatre (25,000 places,
# 200,000 claims by default) from a GeoPackage and from PostGIS, and the ingest rate
# into each (bench/bench_timeline.c does the work through the store module).
#
#   bench/timeline.sh [PLACES] [CLAIMS]
#
# The peer figure, from the same run on the same data: the database itself answering
# the simplest form of the question - the latest claim per place up to the day
# (SELECT place_id, max(eff_day) ... GROUP BY place_id), through ogrinfo for the
# GeoPackage and psql for PostGIS - i.e. the floor of reading the claims, without
# contests, levels, denials or corrections. PostGIS runs on a private server
# (tests/pg-cluster.sh); without PostgreSQL/PostGIS that part is skipped, saying so.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${FL_BENCH_BIN:-build-release}
[ -x "$BIN/bench_timeline" ] || { echo "timeline.sh: build first ($BIN/bench_timeline missing; bench/run.sh does it)" >&2; exit 1; }
PLACES=${1:-25000}
CLAIMS=${2:-200000}
T=$(mktemp -d "${TMPDIR:-/tmp}/flbench-XXXXXX")
PGDIR=$T/pg
cleanup() { [ -d "$PGDIR/data" ] && bash tests/pg-cluster.sh stop "$PGDIR"; rm -rf "$T"; }
trap cleanup EXIT
DAY=$(( $(date -u -d 2024-11-26 +%s) / 86400 + 60 ))

now() { date +%s.%N; }
ms() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.1f", (b-a)*1000}'; }

echo "== GeoPackage: $PLACES places, $CLAIMS claims"
"$BIN/bench_timeline" --store "$T/bench.gpkg" --places "$PLACES" --claims "$CLAIMS" --runs 5
SQL="SELECT place_id, max(eff_day) AS last FROM claims WHERE eff_day <= $DAY GROUP BY place_id"
best=
for r in 1 2 3; do
  t0=$(now); ogrinfo -ro -q "$T/bench.gpkg" -sql "$SQL" >/dev/null; t1=$(now)
  v=$(ms "$t0" "$t1"); best=$(awk -v a="${best:-$v}" -v b="$v" 'BEGIN{print (b<a)?b:a}')
done
echo "peer: ogrinfo -sql 'latest claim per place' on the same GeoPackage: best $best ms (whole process)"

echo "== PostGIS: $PLACES places, $CLAIMS claims"
if DS=$(bash tests/pg-cluster.sh start "$PGDIR" $((20000 + $$ % 20000)) 2>"$T/pgerr"); then
  "$BIN/bench_timeline" --store "$DS" --places "$PLACES" --claims "$CLAIMS" --runs 5
  PORT=$(echo "$DS" | sed 's/.*port=\([0-9]*\).*/\1/')
  best=
  for r in 1 2 3; do
    t0=$(now); psql -q -h 127.0.0.1 -p "$PORT" -U postgres -d frontline -c "$SQL" >/dev/null; t1=$(now)
    v=$(ms "$t0" "$t1"); best=$(awk -v a="${best:-$v}" -v b="$v" 'BEGIN{print (b<a)?b:a}')
  done
  echo "peer: psql 'latest claim per place' on the same database: best $best ms (whole process)"
else
  echo "SKIP: PostGIS part: $(cat "$T/pgerr")"
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
