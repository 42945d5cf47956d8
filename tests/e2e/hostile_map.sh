# hostile_map.sh - broken map definitions and styles (issue 8): malformed JSON, an
# unknown CRS, a missing base layer, a missing baseline, a malformed style, a map that
# is a directory or does not exist. Each command that reads the map exits 1 naming the
# file (and the line for malformed JSON), writes no output and leaves none half-written.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/hostile.bash"
export FRONTLINE_STORE=$T/store.gpkg
M=$T/maps; O=$T/outputs
mkdir -p "$M" "$O"
GOOD=$SRC/maps/syria.json
# Variants of the real map definition, one fault each.
sed -z 's/"extent":[[:space:]]*\[[^]]*\]/"extent": [35.4, 32.2,, 37.5]/' "$GOOD" >"$M/malformed.json"
sed 's/"crs": *"[^"]*"/"crs": "EPSG:999999"/' "$GOOD" >"$M/unknown-crs.json"
sed 's/"crs": *"[^"]*"/"crs": "+proj=nosuchproj +ellps=WGS84"/' "$GOOD" >"$M/bad-proj.json"
sed -z 's#"datasource":[[:space:]]*"data/naturalearth.gpkg",[[:space:]]*"layer":[[:space:]]*"land"#"datasource": "/nonexistent/base-layer.gpkg", "layer": "land"#' "$GOOD" >"$M/missing-layer.json"
sed 's#"layer": *"countries"#"layer": "no_such_layer"#' "$GOOD" >"$M/missing-layer-name.json"
sed 's#"baseline": *"[^"]*"#"baseline": "/nonexistent/baseline.csv"#' "$GOOD" >"$M/missing-baseline.json"
printf '{ "sides": { "government": { "fill": "#c0392b", }\n' >"$T/bad-style.json"
sed "s#\"style\": *\"[^\"]*\"#\"style\": \"$T/bad-style.json\"#" "$GOOD" >"$M/bad-style.json"
printf '\x89PNG\r\n\x1a\n\0\0' >"$M/binary.json"
: >"$M/empty.json"
mkdir -p "$M/a-directory.json"
grep -q EPSG:999999 "$M/unknown-crs.json" && grep -q base-layer "$M/missing-layer.json" &&
  grep -q bad-style "$M/bad-style.json" && ok || bad "could not make the map variants"

# check_map CMD OUT MAP WORD: CMD with --map MAP fails naming WORD; OUT not created.
check_map() {
  local cmd=$1 out=$2 map=$3 word=$4
  local args=()
  case $cmd in
    render) args=(render --date 2024-12-05 -o "$out") ;;
    export) args=(export --date 2024-12-05 -o "$out") ;;
    state) args=(state --date 2024-12-05) ;;
  esac
  run "$FL" --map "$map" "${args[@]}"
  expect_rc 1 "$cmd with $(basename "$map")"
  expect_err "frontline: error:" "$cmd with $(basename "$map")"
  expect_err "$word" "$cmd with $(basename "$map"): names $word"
  [ "$cmd" = state ] && expect_empty_out "state with $(basename "$map")"
  [ -n "$out" ] && { [ ! -e "$out" ] && ok || bad "$cmd with $(basename "$map") created $out"; }
}

for cmd in state render export; do
  have_cmd "$cmd" || { skip "no '$cmd' command yet"; continue; }
  out=; [ "$cmd" = render ] && out=$O/map.png; [ "$cmd" = export ] && out=$O/places.geojson
  check_map "$cmd" "$out" "$M/malformed.json" "malformed.json:$(grep -n "32.2,," "$M/malformed.json" | cut -d: -f1)"
  check_map "$cmd" "$out" "$M/binary.json" "binary.json"
  check_map "$cmd" "$out" "$M/empty.json" "empty.json"
  check_map "$cmd" "$out" "$M/a-directory.json" "a-directory.json"
  check_map "$cmd" "$out" "$M/no-such-map.json" "no-such-map.json"
  check_map "$cmd" "$out" "$M/missing-baseline.json" "/nonexistent/baseline.csv"
done
# expect_one_line WHAT: stderr is the one "frontline: error:" line (no library noise
# such as PROJ's "proj_create: ..." and no "Unknown error").
expect_one_line() {
  if [ "$(wc -l <"$T/err")" = 1 ] && ! grep -q 'Unknown error\|proj_create\|ERROR 1:' "$T/err"; then ok
  else bad "$1: more than one clear line: $(head -c 400 "$T/err")"; fi
}
# An unknown CRS: one message naming the file, the line, the field and the value.
crs_line=$(grep -n '"crs"' "$M/unknown-crs.json" | head -1 | cut -d: -f1)
for cmd in state render export; do
  have_cmd "$cmd" || continue
  out=; [ "$cmd" = render ] && out=$O/map.png; [ "$cmd" = export ] && out=$O/places.geojson
  check_map "$cmd" "$out" "$M/unknown-crs.json" "unknown-crs.json:$crs_line: "
  expect_err "field \"crs\": unknown CRS 'EPSG:999999'" "$cmd: names the field and the value"
  expect_err "crs not found" "$cmd: says why"
  expect_one_line "$cmd with an unknown CRS"
  check_map "$cmd" "$out" "$M/bad-proj.json" "bad-proj.json:$crs_line: "
  expect_err "unknown CRS '+proj=nosuchproj +ellps=WGS84' (PROJ: Unknown projection)" "$cmd: a PROJ string"
  expect_one_line "$cmd with an unknown projection"
done
sed 's/"crs": *"[^"]*"/"crs": "+proj=pipeline +step +proj=utm +zone=37"/' "$GOOD" >"$M/pipeline-crs.json"
sed 's/"crs": *"[^"]*"/"crs": "32637"/' "$GOOD" >"$M/bare-epsg.json"
printf 'not a gpkg at all' >"$T/garbage.gpkg"; : >"$T/empty.gpkg"; mkdir -p "$T/folder.gpkg"
for f in garbage empty folder; do
  sed -z "s#\"datasource\":[[:space:]]*\"data/naturalearth.gpkg\",[[:space:]]*\"layer\":[[:space:]]*\"land\"#\"datasource\": \"$T/$f.gpkg\", \"layer\": \"land\"#" "$GOOD" >"$M/layer-$f.json"
done
if have_cmd render; then
  check_map render "$O/map.png" "$M/pipeline-crs.json" "pipeline-crs.json:$crs_line: "
  expect_err "not a coordinate reference system" "a pipeline as the CRS"
  run "$FL" --map "$M/bare-epsg.json" render --date 2024-12-05 -o "$O/bare.png"
  expect_rc 0 "a bare EPSG code as the CRS"; rm -f "$O/bare.png"
  # A missing base layer: the map, the layer and why.
  check_map render "$O/map.png" "$M/missing-layer.json" "base-layer.gpkg"
  expect_err "map '$M/missing-layer.json', base layer 'land': cannot open datasource '/nonexistent/base-layer.gpkg': No such file or directory" "missing datasource: the reason"
  expect_one_line "a missing base layer"
  check_map render "$O/map.png" "$M/missing-layer-name.json" "no_such_layer"
  expect_err "has no layer 'no_such_layer' (it has: " "a missing layer name: the layers there are"
  check_map render "$O/map.png" "$M/layer-garbage.json" "garbage.gpkg': not a vector format GDAL can read"
  check_map render "$O/map.png" "$M/layer-empty.json" "empty.gpkg': the file is empty"
  check_map render "$O/map.png" "$M/layer-folder.json" "folder.gpkg': a folder"
  for f in garbage empty folder; do grep -q "$f.gpkg" "$M/layer-$f.json" && ok || bad "could not make layer-$f.json"; done
  check_map render "$O/map.png" "$M/bad-style.json" "bad-style.json"
  # An earlier map is never replaced by a failed render.
  run "$FL" render --date 2024-12-05 -o "$O/keep.png"
  if [ "$RC" = 0 ]; then
    cp "$O/keep.png" "$T/keep.before"
    run "$FL" --map "$M/missing-layer.json" render --date 2024-12-05 -o "$O/keep.png"
    expect_rc 1 "render over an existing map with a broken map definition"
    expect_same "$T/keep.before" "$O/keep.png" "the earlier map is unchanged"
  else
    skip "render with the default map failed ($(head -c 200 "$T/err")): cannot test keeping an earlier map"
  fi
fi
# JSON nested 100 000 deep (a recursion bomb), out-of-range policy values, a style
# with numbers far out of range or past what a double holds.
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "{\"a\":"; printf "1"; for (i = 0; i < 100000; i++) printf "}"; print "" }' >"$M/deep.json"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "["; for (i = 0; i < 100000; i++) printf "]"; print "" }' >"$M/deep-array.json"
sed 's/"contest_days": *[0-9]*/"contest_days": 99999999999/' "$GOOD" >"$M/policy-days.json"
sed 's/"min_confidence": *[0-9.]*/"min_confidence": -0.5/' "$GOOD" >"$M/policy-confidence.json"
sed 's/"policy": *{[^}]*}/"policy": 7/' "$GOOD" >"$M/policy-type.json"
grep -q 99999999999 "$M/policy-days.json" && grep -q -- -0.5 "$M/policy-confidence.json" && grep -q '"policy": 7' "$M/policy-type.json" &&
  ok || bad "could not make the policy variants"
pol_line=$(grep -n '"policy"' "$GOOD" | head -1 | cut -d: -f1)
for cmd in state render; do
  have_cmd "$cmd" || continue
  out=; [ "$cmd" = render ] && out=$O/map.png
  check_map "$cmd" "$out" "$M/deep.json" "deep.json:1: malformed map definition"
  expect_err "maximum parsing depth" "$cmd: a 100 000-deep map definition"
  check_map "$cmd" "$out" "$M/deep-array.json" "maximum parsing depth"
  check_map "$cmd" "$out" "$M/policy-days.json" "policy-days.json:$pol_line: "
  expect_err 'field "policy.contest_days": must be a whole number of days from 0 to 3660' "$cmd: contest_days out of range"
  check_map "$cmd" "$out" "$M/policy-confidence.json" 'field "policy.min_confidence": must be a number from 0 to 1'
  check_map "$cmd" "$out" "$M/policy-type.json" 'field "policy": must be an object'
done
style_with() { sed "s#\"style\": *\"[^\"]*\"#\"style\": \"$1\"#" "$GOOD"; }
sed '0,/"title": *[0-9]/s/"title": *[0-9][0-9.]*/"title": 1e308/' "$SRC/assets/styles/default.json" >"$T/huge-font.json"
sed 's/"frontline_width": *[0-9.]*/"frontline_width": -1e300/' "$SRC/assets/styles/default.json" >"$T/huge-width.json"
sed 's/"population_max": *[0-9.]*/"population_max": 1e999/' "$SRC/assets/styles/default.json" >"$T/overflow.json"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "["; for (i = 0; i < 100000; i++) printf "]"; print "" }' >"$T/deep-style.json"
for st in huge-font huge-width overflow deep-style; do style_with "$T/$st.json" >"$M/style-$st.json"; done
if have_cmd render; then
  check_map render "$O/map.png" "$M/style-huge-font.json" "'title' must be a number from 1 to 200"
  check_map render "$O/map.png" "$M/style-huge-width.json" "'frontline_width' must be a number from"
  check_map render "$O/map.png" "$M/style-overflow.json" "overflow.json:"
  expect_err "real number overflow" "a number past what a double holds"
  check_map render "$O/map.png" "$M/style-deep-style.json" "maximum parsing depth"
fi
expect_no_tmp "$O" "broken maps"
finish_hostile
