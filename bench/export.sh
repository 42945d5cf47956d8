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
