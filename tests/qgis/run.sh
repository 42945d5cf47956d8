#!/usr/bin/env bash
# tests/qgis/run.sh [BUILD_DIR] - frontline's exports checked by real clients:
#   QGIS 3 (python3-qgis, headless): every layer of every format loads with its feature
#     count, CRS, fields, style (our side colours), temporal properties and the number
#     of features the Temporal Controller shows on each day;
#   ogrinfo reads every file;
#   two GeoJSON validators from npm (@placemarkio/check-geojson, @mapbox/geojsonhint)
#     plus RFC 7946's rules neither checks (no crs member, lon/lat ranges, 6 decimals).
# Installs QGIS if missing (apt-get, ~95 s, +812 MB) and fetches the validators with
# `npm pack` at pinned versions, checked against their SHA-256. BUILD_DIR (default
# build/) must hold frontline and export_gen. Prints 'N passed, N failed' per part.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(cd "${1:-$SRC/build}" && pwd)
export FRONTLINE_DATA=${FRONTLINE_DATA:-$SRC}
PY=/usr/bin/python3	# Debian's modules (qgis) are not on other pythons' paths
step() { printf '== %s\n' "$*"; }

# ---- QGIS -------------------------------------------------------------------
if ! QT_QPA_PLATFORM=offscreen "$PY" -c "import qgis.core" 2>/dev/null; then
  step "installing QGIS (qgis python3-qgis qgis-providers)"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    qgis python3-qgis qgis-providers >/dev/null
fi

# ---- validators ---------------------------------------------------------------
NPM_CACHE=$BUILD/qgis-test/npm
mkdir -p "$NPM_CACHE"
fetch() {	# NAME VERSION SHA256 DIR
  local tgz
  tgz="$NPM_CACHE/$(echo "$1" | sed 's/^@//; s/\//-/')-$2.tgz"
  if [ ! -d "$NPM_CACHE/$4" ]; then
    [ -f "$tgz" ] || (cd "$NPM_CACHE" && npm pack --silent "$1@$2" >/dev/null 2>&1)
    echo "$3  $tgz" | sha256sum -c --quiet - || { echo "run.sh: $tgz: checksum mismatch" >&2; exit 1; }
    mkdir -p "$NPM_CACHE/$4.tmp" && tar -xzf "$tgz" -C "$NPM_CACHE/$4.tmp"
    mv "$NPM_CACHE/$4.tmp/package" "$NPM_CACHE/$4" && rmdir "$NPM_CACHE/$4.tmp"
  fi
}
fetch @placemarkio/check-geojson 0.1.14 \
  8314917b0a913e6699d8629c9c8f9e518f25e78cda2b312840bada588cd325cd check-geojson
fetch @mapbox/geojsonhint 3.3.0 \
  cd0946abecfd9d1f6016e4a5318c40438e1c9c420dcbb04b8afbfabe656558da geojsonhint

# ---- exports ------------------------------------------------------------------
T=$(mktemp -d "${TMPDIR:-/tmp}/flqgis-XXXXXX")
trap 'rm -rf "$T"' EXIT
# The map's style file, as frontline export passes it: QGIS must show its colours.
STYLE=$("$PY" -c 'import json, os, sys; m = json.load(open(sys.argv[1] + "/maps/syria.json")); print(os.path.join(sys.argv[1], m.get("style", "")))' "$FRONTLINE_DATA")
GEN="$BUILD/export_gen --places 400 --days 12 --from 2024-11-27 --style $STYLE"
step "exports of a synthetic theatre (400 places, 12 days)"
$GEN -o "$T/range.geojson" --expect "$T/expect-range.json" | tee "$T/gen-geojson.txt"
$GEN -o "$T/range.gpkg" --crs EPSG:32637 | tee "$T/gen-gpkg.txt"
$GEN -o "$T/range.csv" | tee "$T/gen-csv.txt"
$GEN -o "$T/range.kml" | tee "$T/gen-kml.txt"
# Above 2,000 features the KML is not LIBKML's (quadratic in GDAL 3.6) but export.c's own.
"$BUILD/export_gen" --places 2500 --days 3 --from 2024-11-27 --style "$STYLE" \
  -o "$T/big.kml" | tee "$T/gen-bigkml.txt"
"$BUILD/export_gen" --places 400 --days 1 --from 2024-11-30 --layers places --style "$STYLE" \
  -o "$T/day.geojson" --expect "$T/expect-day.json" | tee "$T/gen-day.txt"

step "ogrinfo reads every file"
n=0
for f in "$T"/range/*.geojson "$T"/range/*.csv "$T"/range.gpkg "$T"/range.kml "$T"/big.kml "$T"/day.geojson; do
  ogrinfo -ro -al -so "$f" >"$T/ogrinfo.txt" 2>&1 || { cat "$T/ogrinfo.txt"; echo "FAIL: ogrinfo $f"; exit 1; }
  n=$((n + 1))
done
echo "ogrinfo: $n passed, 0 failed"

step "GeoJSON validators"
node "$SRC/tests/qgis/validate_geojson.js" "$NPM_CACHE" "$T"/range/*.geojson "$T/day.geojson"

step "QGIS"
OUT=$BUILD/qgis-test	# maps drawn by QGIS from the projects are kept here for a look
mkdir -p "$OUT"
"$PY" - "$T" "$FRONTLINE_DATA" "$OUT" >"$T/manifest.json" <<'EOF'
import json, os, re, sys
T, data, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
# Colours QGIS must show: ours, with the map's style file over them (as export.c does).
colours = {}
base = json.load(open(os.path.join(data, "assets/styles/qgis-sides.json")))
for side, v in base["sides"].items():
    colours[side] = v["color"] if isinstance(v, dict) else v
mapdef = json.load(open(os.path.join(data, "maps/syria.json")))
style = os.path.join(data, mapdef.get("style", ""))
if mapdef.get("style") and os.path.exists(style):
    for side, v in json.load(open(style)).get("sides", {}).items():
        c = v if isinstance(v, str) else v.get("color") or v.get("colour") or v.get("fill")
        if c:
            colours[side] = c[:7]
    fc = json.load(open(style)).get("colors", {}).get("frontline")
    if fc:
        colours["frontline"] = fc[:7]
FIELDS = {
    "places": ["place_id", "place", "side", "since", "status", "level", "nsources",
               "sources", "valid_from", "valid_to"],
    "claims": ["claim_id", "article", "place_id", "place", "date", "side", "event",
               "status", "attributed_to", "confidence", "sentence", "valid_from", "valid_to"],
    "areas": ["side", "level", "valid_from", "valid_to"],
    "frontlines": ["side_a", "side_b", "valid_from", "valid_to"],
    "changes": ["place_id", "place", "date", "side_before", "side_after", "valid_from",
                "valid_to"],
}
STYLE = {"places": "categorized", "claims": "categorized", "areas": "categorized",
         "frontlines": "single", "changes": "categorized"}
def counts(name):
    text = open(os.path.join(T, "gen-%s.txt" % name)).read()
    return {k: int(v) for k, v in re.findall(r"(places|claims|areas|frontlines|changes) (\d+)", text)}
expect = json.load(open(os.path.join(T, "expect-range.json")))
sides = {k: v for k, v in colours.items() if k in ("government", "opposition", "sdf", "contested")}
checks = []
for fmt, src, crs in (("geojson", "range/%s.geojson", "EPSG:4326"),
                      ("gpkg", "range.gpkg|layername=%s", "EPSG:32637"),
                      ("csv", "range/%s.csv", "EPSG:4326"),
                      ("kml", "range.kml|layername=%s", "EPSG:4326"),
                      ("bigkml", "big.kml|layername=%s", "EPSG:4326")):
    n = counts(fmt)
    for layer in FIELDS:
        c = {"source": os.path.join(T, src % layer), "layer": layer, "count": n[layer],
             "crs": crs, "fields": FIELDS[layer]}
        if fmt in ("kml", "bigkml"):	# validity is the TimeSpan; the name field is the placemark's name
            c["fields"] = ["begin", "end"] + [f for f in FIELDS[layer]
                                              if f not in ("valid_from", "valid_to", "place", "sources")]
        if fmt in ("kml", "bigkml"):
            c["style"] = "embedded"
        else:
            c["style"] = STYLE[layer]
            c["colours"] = {"frontline": colours["frontline"]} if layer == "frontlines" else sides
            c["temporal"] = True
            c["days"] = expect[layer]
            # Dropped into QGIS as a file: temporal from the style, and every place
            # spans the export, so the Temporal Controller's full range is the export's.
            c["dragdrop"] = True
            if layer == "places":
                c["range"] = ["2024-11-27", "2024-12-08"]
        checks.append(c)
day = json.load(open(os.path.join(T, "expect-day.json")))
checks.append({"source": os.path.join(T, "day.geojson"), "layer": "places",
               "count": counts("day")["places"], "crs": "EPSG:4326",
               "fields": FIELDS["places"], "style": "categorized", "colours": sides,
               "temporal": True, "days": day["places"], "dragdrop": True,
               "range": ["2024-11-30", "2024-11-30"]})
# The projects: GeoPackage (map CRS) and the GeoJSON folder; maps of a day drawn from them.
for proj, crs in (("range.qgs", "EPSG:32637"), ("range/range.qgs", "EPSG:4326")):
    checks.append({"project": os.path.join(T, proj), "layers": 5, "crs": crs,
                   "start": "2024-11-27", "end": "2024-12-08", "day": "2024-12-02",
                   "png": os.path.join(OUT, proj.replace("/", "-").replace(".qgs", ".png")),
                   "colours": {k: colours[k] for k in ("frontline", "government", "opposition")}})
json.dump(checks, sys.stdout, indent=1)
EOF
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$(mktemp -d) \
  "$PY" "$SRC/tests/qgis/check_exports.py" "$T/manifest.json" 2> >(grep -v -e '^Warning' -e 'QStandardPaths' >&2)

# ---- the real command: days of the offensive ------------------------------------
FL=$BUILD/frontline
step "frontline export: days of the late-2024 offensive (the sample articles ingested)"
S=$T/store.gpkg
"$FL" --store "$S" -q ingest "$SRC"/assets/samples/*.txt >/dev/null
FROM=2024-11-27 TO=2024-12-08
"$FL" --store "$S" -q export --from $FROM --to $TO --layers all -o "$T/offensive.gpkg"
"$FL" --store "$S" -q export --from $FROM --to $TO --layers all -o "$T/offensive.geojson"
"$FL" --store "$S" -q export --date 2024-11-30 -o "$T/aleppo.geojson"
# What QGIS must show each day, from the state and changes commands (not the export).
"$PY" - "$FL" "$S" "$FROM" "$TO" >"$T/expect-cli.json" <<'PYEOF'
import datetime, json, subprocess, sys
fl, store, a, b = sys.argv[1:5]
def lines(*args):
    out = subprocess.run([fl, "--store", store, "-q", *args, "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]
d, end = datetime.date.fromisoformat(a), datetime.date.fromisoformat(b)
exp = {"places": {}, "changes": {}}
while d <= end:
    s = d.isoformat()
    exp["places"][s] = len(lines("state", "--date", s))
    exp["changes"][s] = len(lines("changes", "--from", s, "--to", s))
    d += datetime.timedelta(days=1)
exp["places_total_changes"] = len(lines("changes", "--from", a, "--to", b))
json.dump(exp, sys.stdout)
PYEOF

step "ogrinfo and the GeoJSON validators on the command's exports"
n=0
for f in "$T"/offensive/*.geojson "$T/offensive.gpkg" "$T/aleppo.geojson"; do
  ogrinfo -ro -al -so "$f" >"$T/ogrinfo.txt" 2>&1 || { cat "$T/ogrinfo.txt"; echo "FAIL: ogrinfo $f"; exit 1; }
  n=$((n + 1))
done
echo "ogrinfo: $n passed, 0 failed"
node "$SRC/tests/qgis/validate_geojson.js" "$NPM_CACHE" "$T"/offensive/*.geojson "$T/aleppo.geojson"

step "QGIS on the command's exports"
"$PY" - "$T" "$FRONTLINE_DATA" "$OUT" "$FROM" "$TO" >"$T/manifest-cli.json" <<'PYEOF'
import json, os, sys
T, data, OUT, a, b = sys.argv[1:6]
exp = json.load(open(os.path.join(T, "expect-cli.json")))
m = json.load(open(os.path.join(T, "manifest.json")))	# colours as in the first part
colours = {}
for c in m:
    colours.update(c.get("colours", {}))
mapdef = json.load(open(os.path.join(data, "maps/syria.json")))
crs = mapdef.get("crs", "EPSG:4326")
places_total = len(exp["places"]) and None
checks = []
for src, layer_crs in (("offensive/%s.geojson", "EPSG:4326"), ("offensive.gpkg|layername=%s", crs)):
    for layer, style in (("places", "categorized"), ("changes", "categorized"),
                         ("claims", "categorized"), ("areas", "categorized"),
                         ("frontlines", "single")):
        c = {"source": os.path.join(T, src % layer), "layer": layer, "crs": layer_crs,
             "fields": ["valid_from", "valid_to"], "style": style, "temporal": True,
             "dragdrop": True,
             "colours": {"frontline": colours["frontline"]} if layer == "frontlines" else
                        {k: colours[k] for k in ("government", "opposition")}}
        if layer == "changes":
            c["count"] = exp["places_total_changes"]
            c["days"] = exp["changes"]
        elif layer == "places":
            c["days"] = exp["places"]
            c["range"] = [a, b]
        checks.append(c)
checks.append({"source": os.path.join(T, "aleppo.geojson"), "layer": "places",
               "count": exp["places"]["2024-11-30"], "crs": "EPSG:4326",
               "fields": ["place_id", "side", "since", "valid_from", "valid_to"],
               "style": "categorized", "temporal": True, "dragdrop": True,
               "range": ["2024-11-30", "2024-11-30"],
               "colours": {k: colours[k] for k in ("government", "opposition")},
               "days": {"2024-11-30": exp["places"]["2024-11-30"]}})
for proj, pcrs in (("offensive.qgs", crs), ("offensive/offensive.qgs", crs)):
    checks.append({"project": os.path.join(T, proj), "layers": 5, "crs": pcrs,
                   "start": a, "end": b, "day": "2024-12-06",
                   "png": os.path.join(OUT, "cli-" + proj.replace("/", "-").replace(".qgs", ".png")),
                   "colours": {k: colours[k] for k in ("frontline", "government", "opposition")}})
json.dump(checks, sys.stdout, indent=1)
PYEOF
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$(mktemp -d) \
  "$PY" "$SRC/tests/qgis/check_exports.py" "$T/manifest-cli.json" 2> >(grep -v -e '^Warning' -e 'QStandardPaths' >&2)
