#!/usr/bin/env bash
# bench/export.sh - export a 365-day range of a 25,000-place theatre (every layer:
# places, claims, areas, frontlines, changes, with valid_from/valid_to), to GeoPackage
# (EPSG:32637, styles in layer_styles) and to GeoJSON (one RFC 7946 file and .qml per
# layer), beside ogr2ogr copying the same layers (same features, same format options)
# out of a GeoPackage, in the same run.
#
# Ours is bench/export_gen.c driving src/export.c: it builds each day's state in memory
# (not timed in "export ms") and hands the days to the export module, which keeps one run
# per place and writes a feature when something changes. The whole-process time includes
# making the 365 states. ogr2ogr only copies finished features, so it is the floor for
# writing the same output through the same drivers.
#
#   bench/export.sh            (via bench/run.sh, or with FL_BENCH_BIN=build dir)
#   PLACES=25000 DAYS=365 bench/export.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${FL_BENCH_BIN:-$PWD/build-release}
PLACES=${PLACES:-25000}
DAYS=${DAYS:-365}
export FRONTLINE_DATA=${FRONTLINE_DATA:-$PWD}
T=$(mktemp -d "${TMPDIR:-/tmp}/flbench-XXXXXX")
trap 'rm -rf "$T"' EXIT
LAYERS=(places claims areas frontlines changes)

run3() {	# CMD... : best of 3 runs into $ms (wall) and $cpu (user + sys), milliseconds
  local bw=999999999 bc=999999999 w c
  for _ in 1 2 3; do
    rm -rf "$T/out" && mkdir -p "$T/out"
    /usr/bin/time -f "%e %U %S" -o "$T/time.txt" "$@" >"$T/last.txt"
    w=$(awk '{ printf "%.0f", $1 * 1000 }' "$T/time.txt")
    c=$(awk '{ printf "%.0f", ($2 + $3) * 1000 }' "$T/time.txt")
    [ "$w" -lt "$bw" ] && bw=$w
    [ "$c" -lt "$bc" ] && bc=$c
  done
  ms=$bw cpu=$bc
}

echo "theatre: $PLACES places, $DAYS days; $(ogrinfo --version)"
# The peer's input: the same layers as a finished GeoPackage, in each target CRS.
"$BIN/export_gen" --places "$PLACES" --days "$DAYS" --crs EPSG:32637 -o "$T/src-utm.gpkg" >/dev/null
"$BIN/export_gen" --places "$PLACES" --days "$DAYS" -o "$T/src-wgs84.gpkg" >/dev/null
features=$(for l in "${LAYERS[@]}"; do ogrinfo -ro -so "$T/src-utm.gpkg" "$l" | sed -n 's/^Feature Count: //p'; done | awk '{ s += $1 } END { print s }')

printf '\n%-44s %10s %10s\n' "task (best of 3)" "wall" "CPU"
run3 "$BIN/export_gen" --places "$PLACES" --days "$DAYS" --crs EPSG:32637 -o "$T/out/ours.gpkg"
ours_gpkg=$cpu; ours_gpkg_exp=$(sed -n 's/.*ms of export (\([0-9]*\) ms CPU)/\1/p' "$T/last.txt")
printf '%-44s %7s ms %7s ms  (export module alone: %s ms CPU)\n' "frontline export -> GeoPackage + styles" "$ms" "$cpu" "$ours_gpkg_exp"
run3 ogr2ogr -f GPKG "$T/out/copy.gpkg" "$T/src-utm.gpkg" "${LAYERS[@]}"
peer_gpkg=$cpu
printf '%-44s %7s ms %7s ms\n' "ogr2ogr GeoPackage -> GeoPackage" "$ms" "$cpu"

run3 "$BIN/export_gen" --places "$PLACES" --days "$DAYS" -o "$T/out/ours.geojson"
ours_json=$cpu; ours_json_exp=$(sed -n 's/.*ms of export (\([0-9]*\) ms CPU)/\1/p' "$T/last.txt")
printf '%-44s %7s ms %7s ms  (export module alone: %s ms CPU)\n' "frontline export -> GeoJSON (5 files + .qml)" "$ms" "$cpu" "$ours_json_exp"
run3 bash -c 'for l in places claims areas frontlines changes; do
    ogr2ogr -f GeoJSON -lco RFC7946=YES -lco COORDINATE_PRECISION=6 "$0/out/$l.geojson" "$0/src-wgs84.gpkg" "$l"
  done' "$T"
peer_json=$cpu
printf '%-44s %7s ms %7s ms\n' "ogr2ogr GeoPackage -> GeoJSON (5 runs)" "$ms" "$cpu"

echo
echo "features per export: $features"
awk -v a="$ours_gpkg" -v b="$peer_gpkg" -v c="$ours_json" -v d="$peer_json" \
  -v e="$ours_gpkg_exp" -v f="$ours_json_exp" 'BEGIN {
  printf "CPU ours / ogr2ogr: GeoPackage %.2fx, GeoJSON %.2fx (whole process, incl. building the states)\n", a / b, c / d;
  printf "CPU export module alone / ogr2ogr: GeoPackage %.2fx, GeoJSON %.2fx\n", e / b, f / d }'

# ---- the command on a store: baseline of 25,000 places, claims over the year --------
# A synthetic theatre in a map definition of its own (Syria's countries and style, the
# baseline replaced): frontline export folds the claims into 365 states and writes them.
# Areas and frontlines (a Voronoi tessellation of all places, territory.c) cost more
# than writing; they are timed over the whole range too and reported per day.
FL=${FL:-$BIN/frontline}
if [ -x "$FL" ] && "$FL" export --help >/dev/null 2>&1; then
  echo
  echo "frontline export on a store: $PLACES-place baseline, claims over $DAYS days"
  awk -v n="$PLACES" 'BEGIN { srand(7); print "geonames_id,name,lat,lon,kind,population,side,source"
    for (i = 0; i < n; i++) { lon = 35.8 + rand() * 6.4; lat = 32.4 + rand() * 4.8
      side = lon > 39 ? "sdf" : (lat > 36.3 && lon < 38) ? "sna" : (lon < 36.6 && lat > 35.5) ? "opposition" : "government"
      printf "%d,Place %d,%.5f,%.5f,PPL,%d,%s,synthetic\n", 9000000 + i, i, lat, lon, 500 + i % 5000, side } }' >"$T/base.csv"
  awk -F, -v days="$DAYS" 'BEGIN { print "place_id,place,lat,lon,date,side,event,note" }
    NR > 1 && $7 == "government" && $4 < 38.0 && $3 > 34.5 {
      d = int(($4 - 36.6) / 1.4 * days); if (d < 0) d = 0; if (d > days - 1) d = days - 1
      printf "%s,%s,%s,%s,%s,opposition,capture,synthetic\n", $1, $2, $3, $4, strftime("%Y-%m-%d", mktime("2024 11 27 12 0 0") + d * 86400, 1) }' \
    "$T/base.csv" >"$T/claims.csv"
  python3 - "$PWD/maps/syria.json" "$T/base.csv" >"$T/synth.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
m["name"], m["baseline"] = "synthetic", sys.argv[2]
m["layers"] = [l for l in m["layers"] if l.get("kind") in ("land", "countries")]
json.dump(m, sys.stdout)
PY
  S=$T/store.gpkg
  "$FL" --map "$T/synth.json" --store "$S" -q events import "$T/claims.csv" --author bench >/dev/null
  LAST=$(date -u -d "2024-11-27 + $((DAYS - 1)) days" +%F)
  printf '%-44s %10s %10s\n' "task (best of 3)" "wall" "CPU"
  run3 "$FL" --map "$T/synth.json" --store "$S" -q export --from 2024-11-27 --to "$LAST" \
    --layers places,claims,changes -o "$T/out/cli.gpkg"
  cli_gpkg=$cpu
  printf '%-44s %7s ms %7s ms\n' "export $DAYS days: places, claims, changes -> .gpkg" "$ms" "$cpu"
  n=$(for l in places claims changes; do ogrinfo -ro -so "$T/out/cli.gpkg" "$l" | sed -n 's/^Feature Count: //p'; done | awk '{ s += $1 } END { print s }')
  run3 "$FL" --map "$T/synth.json" --store "$S" -q export --from 2024-11-27 --to "$LAST" \
    --layers places,claims,changes -o "$T/out/cli.geojson"
  printf '%-44s %7s ms %7s ms\n' "same -> GeoJSON folder" "$ms" "$cpu"
  run3 ogr2ogr -f GPKG "$T/out/copy.gpkg" "$S"
  peer=$cpu
  printf '%-44s %7s ms %7s ms\n' "ogr2ogr copying the store (all its layers)" "$ms" "$cpu"
  run3 bash -c 'for l in $(ogrinfo -ro -q "$1" | awk "{ print \$2 }"); do ogr2ogr -f GeoJSON -lco RFC7946=YES "$0/out/$l.geojson" "$1" "$l" 2>/dev/null; done' "$T" "$S"
  printf '%-44s %7s ms %7s ms\n' "ogr2ogr store -> GeoJSON (per layer)" "$ms" "$cpu"
  echo "features written: $n (the store holds $PLACES baseline rows and $(($(wc -l <"$T/claims.csv") - 1)) claims)"
  awk -v a="$cli_gpkg" -v b="$peer" 'BEGIN { printf "CPU export / ogr2ogr copy of the store: %.2fx\n", a / b }'
  # Every layer over the whole range, areas and frontlines included (territory.c's
  # Voronoi of all places, through a cache: one tessellation while the places stay put,
  # no rebuild on a day no side changed). The peer copies the same five layers, finished,
  # with ogr2ogr (GeoPackage to GeoPackage, one run).
  run3 "$FL" --map "$T/synth.json" --store "$S" -q export --from 2024-11-27 --to "$LAST" \
    --layers all -o "$T/out/all.gpkg"
  cli_all=$cpu
  printf '%-44s %7s ms %7s ms\n' "export $DAYS days: all 5 layers -> .gpkg" "$ms" "$cpu"
  "$FL" --map "$T/synth.json" --store "$S" -q export --from 2024-11-27 --to "$LAST" \
    --layers all -o "$T/all.gpkg"
  run3 ogr2ogr -f GPKG "$T/out/copy-all.gpkg" "$T/all.gpkg" "${LAYERS[@]}"
  peer_all=$cpu
  printf '%-44s %7s ms %7s ms\n' "ogr2ogr copying those 5 layers" "$ms" "$cpu"
  run3 "$FL" --map "$T/synth.json" --store "$S" -q export --from 2024-11-27 --to "$LAST" \
    --layers areas,frontlines -o "$T/out/terr.gpkg"
  terr=$cpu
  printf '%-44s %7s ms %7s ms\n' "export $DAYS days: areas, frontlines only" "$ms" "$cpu"
  n_all=$(for l in "${LAYERS[@]}"; do ogrinfo -ro -so "$T/all.gpkg" "$l" | sed -n 's/^Feature Count: //p'; done | awk "{ s += \$1 } END { print s }")
  echo "features written: $n_all ($(for l in "${LAYERS[@]}"; do printf '%s %s ' "$l" "$(ogrinfo -ro -so "$T/all.gpkg" "$l" | sed -n 's/^Feature Count: //p')"; done))"
  awk -v a="$cli_all" -v b="$peer_all" -v t="$terr" -v d="$DAYS" 'BEGIN {
    printf "CPU export of all layers / ogr2ogr copy of them: %.1fx; areas and frontlines: %.0f ms CPU a day\n", a / b, t / d }'
fi
