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
if have_cmd render; then
  check_map render "$O/map.png" "$M/unknown-crs.json" "EPSG:999999"
  check_map render "$O/map.png" "$M/bad-proj.json" "nosuchproj"
  check_map render "$O/map.png" "$M/missing-layer.json" "base-layer.gpkg"
  check_map render "$O/map.png" "$M/missing-layer-name.json" "no_such_layer"
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
expect_no_tmp "$O" "broken maps"
finish_hostile
