#!/usr/bin/env bash
# bench/render.sh - the renderer beside Debian's MapServer (map2img), same run, same size.
#
# frontline: one 2400x1600 PNG (in process: median of runs; and as a whole process, like
# map2img), one A4 PDF, a 30-day series on all cores with its GIF. The places are
# tests/fixtures/render/syria-places.tsv (real towns, holders on two days of late 2024).
# MapServer draws the same base layers (Natural Earth land and countries from the same
# GeoPackage, EPSG:32637) and the same places with labels by side at the same size; it
# does not draw control areas or frontlines (frontline does: its figures include them).
# Target: a day's PNG under 200 ms and faster than MapServer.
#
# Run through bench/run.sh (release build), or: bash bench/render.sh with $FL_BENCH_BIN set.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$PWD
BIN=${FL_BENCH_BIN:-$SRC/build-release}
RUNS=${RUNS:-7}
if [ ! -x "$BIN/bench_render" ]; then
  cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build-release -j"$(nproc)" >/dev/null
  BIN=$SRC/build-release
fi
# The peer, installed for the benchmark only (not part of setup.sh).
if ! command -v map2img >/dev/null 2>&1; then
  echo "installing mapserver-bin for the comparison..." >&2
  apt-get install -y --no-install-recommends mapserver-bin >/dev/null
fi
W=$(mktemp -d "${TMPDIR:-/tmp}/flbench-XXXXXX")
trap 'rm -rf "$W"' EXIT
PLACES=$SRC/tests/fixtures/render/syria-places.tsv
export FRONTLINE_DATA=$SRC

ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "frontline renderer (in process):"
"$BIN/bench_render" "$SRC/maps/syria.json" "$PLACES" "$W/fl" "$RUNS" | sed 's/^/  /'

# timed FILE CMD...: append "wall_ms cpu_ms" of one run of CMD to FILE (CPU = user +
# system: steadier than wall time on a shared machine).
timed() {
  local f=$1; shift
  local a b; a=$(ms)
  /usr/bin/time -f "%U %S" -o "$W/t.cpu" "$@" >/dev/null
  b=$(ms)
  echo "$((b - a)) $(awk '{printf "%d", ($1 + $2) * 1000}' "$W/t.cpu")" >>"$f"
}
# Whole process, as map2img is timed: start, load, draw one 2400x1600 PNG, exit.
for i in $(seq "$RUNS"); do
  timed "$W/fl_runs" "$BIN/bench_render" --once "$SRC/maps/syria.json" "$PLACES" "$W/once.png"
done

# The real command (store, timeline, gazetteer, then the same drawing), if built:
# the baseline of 26 November 2024 with one analyst's correction, a fresh store.
FLCMD=${FL:-$BIN/frontline}
if [ -x "$FLCMD" ]; then
  export FRONTLINE_STORE=$W/store.gpkg
  "$FLCMD" -q events add Aleppo --side opposition --date 2024-11-30 --author bench >/dev/null
  for i in $(seq "$RUNS"); do
    timed "$W/cmd_runs" "$FLCMD" -q render --date 2024-11-30 -o "$W/cmd.png" --width 2400 --height 1600
  done
fi

# MapServer: the same layers and places.
awk -F'\t' 'BEGIN { print "{\"type\":\"FeatureCollection\",\"features\":[" }
  !/^#/ && NF >= 8 { gsub(/"/, "", $2); size = 4 + 8 * sqrt(($6 + 0) / 1600000);
    printf "%s{\"type\":\"Feature\",\"properties\":{\"name\":\"%s\",\"side\":\"%s\",\"size\":%.1f},\"geometry\":{\"type\":\"Point\",\"coordinates\":[%s,%s]}}\n",
      (n++ ? "," : ""), $2, $8, size, $4, $3 }
  END { print "]}" }' "$PLACES" >"$W/places.geojson"
read -r X0 Y0 _ < <(echo "35.4 32.2" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:32637)
read -r X1 Y1 _ < <(echo "42.6 37.5" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:32637)
echo "noto /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf" >"$W/fonts.txt"
side_class() {
  cat <<EOC
    CLASS
      EXPRESSION "$1"
      STYLE SYMBOL "circle" SIZE [size] COLOR $2 OUTLINECOLOR 255 255 255 END
      LABEL TEXT "[name]" FONT "noto" TYPE TRUETYPE SIZE 11 COLOR 31 31 31
        OUTLINECOLOR 255 255 255 OUTLINEWIDTH 2 POSITION AUTO PARTIALS FALSE END
    END
EOC
}
cat >"$W/syria.map" <<EOF2
MAP
  NAME "syria"
  SIZE 2400 1600
  EXTENT $X0 $Y0 $X1 $Y1
  UNITS METERS
  IMAGECOLOR 201 221 232
  FONTSET "$W/fonts.txt"
  PROJECTION "init=epsg:32637" END
  OUTPUTFORMAT NAME "png" DRIVER "AGG/PNG" MIMETYPE "image/png" IMAGEMODE RGB EXTENSION "png" END
  SYMBOL NAME "circle" TYPE ELLIPSE FILLED TRUE POINTS 1 1 END END
  LAYER NAME "land" TYPE POLYGON STATUS ON CONNECTIONTYPE OGR
    CONNECTION "$SRC/data/naturalearth.gpkg" DATA "land"
    PROJECTION "init=epsg:4326" END
    CLASS STYLE COLOR 241 239 233 END END
  END
  LAYER NAME "countries" TYPE POLYGON STATUS ON CONNECTIONTYPE OGR
    CONNECTION "$SRC/data/naturalearth.gpkg" DATA "countries"
    PROJECTION "init=epsg:4326" END
    LABELITEM "name"
    CLASS EXPRESSION ("[name]" = "Syria") STYLE COLOR 251 250 247 OUTLINECOLOR 77 74 69 WIDTH 2 END END
    CLASS
      STYLE COLOR 233 230 223 OUTLINECOLOR 179 174 163 END
      LABEL FONT "noto" TYPE TRUETYPE SIZE 14 COLOR 154 149 139 POSITION CC PARTIALS FALSE END
    END
  END
  LAYER NAME "places" TYPE POINT STATUS ON CONNECTIONTYPE OGR
    CONNECTION "$W/places.geojson"
    PROJECTION "init=epsg:4326" END
    CLASSITEM "side"
$(side_class government "215 38 30")
$(side_class opposition "43 147 72")
$(side_class sna "156 204 101")
$(side_class sdf "242 197 0")
$(side_class contested "138 138 138")
  END
END
EOF2
map2img -m "$W/syria.map" -o "$W/mapserver.png" >/dev/null
for i in $(seq "$RUNS"); do
  timed "$W/ms_runs" map2img -m "$W/syria.map" -o "$W/mapserver.png"
done
file "$W/mapserver.png" "$W/once.png" | sed "s#$W/##; s/^/  /"
echo "whole process, one 2400x1600 PNG (median of $RUNS: wall ms, CPU ms):"
echo "  frontline bench_render --once (base layers, areas, frontlines, places, labels, furniture): $(cut -d' ' -f1 "$W/fl_runs" | median) $(cut -d' ' -f2 "$W/fl_runs" | median)"
echo "  MapServer $(map2img -v | awk '{print $3}') map2img (base layers, places, labels):                        $(cut -d' ' -f1 "$W/ms_runs" | median) $(cut -d' ' -f2 "$W/ms_runs" | median)"
[ -s "$W/cmd_runs" ] &&
  echo "  frontline render (the command: store, state of D and D-1, drawing):                        $(cut -d' ' -f1 "$W/cmd_runs" | median) $(cut -d' ' -f2 "$W/cmd_runs" | median)"
if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP" && cp "$W/mapserver.png" "$W/once.png" "$KEEP/"; fi
