# export.sh - frontline export: usage, errors, and real exports of days of the offensive
# read back with ogrinfo (counts checked against `frontline state` and `changes`).
. "$(dirname "$0")/lib.bash"
FX=$SRC/tests/fixtures/export
S=$T/store.gpkg

run "$FL" export --help;                     expect_rc 0 "--help"; expect_out "usage: frontline export" "--help"
run "$FL" --store "$S" export -o "$T/a.geojson"; expect_rc 2 "no --date"; expect_err "--date" "no --date"
run "$FL" --store "$S" export --date 2024-11-30; expect_rc 2 "no -o"; expect_err "\-o OUT" "no -o"
run "$FL" --store "$S" export --date 2024-11-31 -o "$T/a.geojson"; expect_rc 2 "bad date"
run "$FL" --store "$S" export --date 2024-11-30 -o "$T/a.shp"; expect_rc 2 "bad extension"; expect_err "a.shp" "bad extension"
run "$FL" --store "$S" export --date 2024-11-30 --layers places,roads -o "$T/a.geojson"; expect_rc 2 "bad layer"; expect_err "roads" "bad layer"
run "$FL" --store "$S" export --from 2024-12-02 --date 2024-11-30 -o "$T/a.geojson"; expect_rc 2 "from after to"
run "$FL" --store "$S" export --date 2024-11-30 -o "$T/no/such/dir/a.gpkg"; expect_rc 1 "unwritable output"; expect_err "frontline: error" "unwritable output"
[ ! -e "$T/a.geojson" ] && [ ! -e "$T/a" ] && ok || bad "usage errors wrote files"

run "$FL" --store "$S" events import "$FX/offensive.csv" --author e2e; expect_rc 0 "events import"

# One day, every layer, GeoJSON: a folder with a file and a style per layer, a project.
D=2024-11-30
run "$FL" --store "$S" -q export --date $D -o "$T/one.geojson"; expect_rc 0 "export places (the default)"
[ -s "$T/one.geojson" ] && [ -s "$T/one.qml" ] && [ -s "$T/one.qgs" ] && ok || bad "one.geojson, its style and project"
run "$FL" --store "$S" -q export --date $D --layers all -o "$T/day.geojson"; expect_rc 0 "export one day"; expect_empty_out "export one day"
for l in places claims areas frontlines changes; do
  [ -s "$T/day/$l.geojson" ] && [ -s "$T/day/$l.qml" ] && ok || bad "no $l layer or style"
done
[ -s "$T/day/day.qgs" ] && ok || bad "no QGIS project"
count() { ogrinfo -ro -so "$1" "$2" 2>/dev/null | sed -n 's/^Feature Count: //p'; }
places=$("$FL" --store "$S" state --date $D --format json | wc -l)
[ "$(count "$T/day/places.geojson" places)" = "$places" ] && ok || bad "places: $(count "$T/day/places.geojson" places), state has $places"
changes=$("$FL" --store "$S" changes --from $D --to $D --format json | wc -l)
[ "$(count "$T/day/changes.geojson" changes)" = "$changes" ] && [ "$changes" -gt 0 ] && ok || bad "changes: $(count "$T/day/changes.geojson" changes), changes has $changes"
grep -q '"crs"' "$T/day/places.geojson" && bad "crs member in GeoJSON" || ok
grep -q '"id": 170063,' "$T/day/places.geojson" && ok || bad "Aleppo's feature id is not its place id"
grep -q '"side": "opposition"' <(grep '"place_id": 170063,' "$T/day/places.geojson") && ok || bad "Aleppo not opposition on $D"

# A range into a GeoPackage: runs with valid_from/valid_to, styles in layer_styles.
run "$FL" --store "$S" -q export --from 2024-11-27 --to 2024-12-08 --layers all -o "$T/range.gpkg"; expect_rc 0 "export a range"
[ "$(count "$T/range.gpkg" layer_styles)" = 5 ] && ok || bad "layer_styles rows"
n=$(ogrinfo -ro -q "$T/range.gpkg" -sql "SELECT COUNT(*) AS n FROM places WHERE place_id = 170063" | sed -n 's/.*n (Integer[0-9]*) = //p')
[ "$n" = 2 ] && ok || bad "Aleppo: $n features in the range, expected 2 (government, opposition)"
v=$(ogrinfo -ro -q "$T/range.gpkg" -sql "SELECT valid_from, valid_to FROM places WHERE place_id = 170063 AND side = 'opposition'" | sed -n 's/.*valid_\(from\|to\) (Date) = //p' | paste -sd' ')
[ "$v" = "2024/11/30 2024/12/08" ] && ok || bad "Aleppo opposition from/to: '$v'"
[ "$(count "$T/range.gpkg" changes)" = "$("$FL" --store "$S" changes --from 2024-11-27 --to 2024-12-08 --format json | wc -l)" ] && ok || bad "changes in the range"
[ -s "$T/range.qgs" ] && ok || bad "no project beside the GeoPackage"
# Areas and frontlines of a range (built day after day through territory.c's cache) are,
# on a day after changes and on the last day, those of an export of that day alone.
q() { ogrinfo -ro -q "$1" -sql "$2" | grep -v -e '^OGRFeature' -e '^Layer name' -e '^$' -e 'valid_'; }
for day in 2024-12-02 2024-12-08; do
  run "$FL" --store "$S" -q export --date $day --layers areas,frontlines -o "$T/d-$day.gpkg"; expect_rc 0 "export areas of $day"
  for l in "areas side, level" "frontlines side_a, side_b"; do
    set -- $l
    a=$(q "$T/range.gpkg" "SELECT $2 $3, geom FROM $1 WHERE valid_from <= '$day' AND valid_to >= '$day' ORDER BY $2 $3")
    b=$(q "$T/d-$day.gpkg" "SELECT $2 $3, geom FROM $1 ORDER BY $2 $3")
    [ -n "$a" ] && [ "$a" = "$b" ] && ok || bad "$1 of $day in the range differ from the day's own export"
  done
done

# CSV and KML read back by OGR.
run "$FL" --store "$S" -q export --date $D --layers places -o "$T/p.csv"; expect_rc 0 "export CSV"
[ "$(count "$T/p.csv" p)" = "$places" ] && ok || bad "CSV places"
run "$FL" --store "$S" -q export --date $D --layers places,changes -o "$T/k.kml"; expect_rc 0 "export KML"
[ "$(count "$T/k.kml" places)" = "$places" ] && ok || bad "KML places"
ls -a "$T" "$T/day" | grep -q '\.tmp-' && bad "temporary files left" || ok
finish
