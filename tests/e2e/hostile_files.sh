# hostile_files.sh - every command that reads files, fed broken ones (issue 8): invalid
# UTF-8, NUL bytes, a binary file, an empty file, a directory, an unreadable file, a
# 500 MB file, a half-saved page, a missing file. Each must exit 1 with a message that
# names the file and says what is wrong, print no data, answer the 500 MB file at once,
# and leave the store as it was.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/hostile.bash"
B=$T/bad
make_bad "$B"
export FRONTLINE_STORE=$T/store.gpkg
ART=$SRC/tests/hostile/articles

# check_bad CMD... : run "CMD... FILE" for each bad file.
check_bad() {
  local f
  for f in ${FILES:-$BAD_FILES}; do
    if [ "$f" = unreadable.txt ] && is_root; then
      continue   # root reads mode-000 files; the unit test covers the non-root case
    fi
    rm -f "$T/store.sum"; [ -f "$FRONTLINE_STORE" ] && sha256sum <"$FRONTLINE_STORE" >"$T/store.sum"
    run "$FL" "$@" "$B/$f"
    if [ -f "$T/store.sum" ]; then
      sha256sum <"$FRONTLINE_STORE" | cmp -s - "$T/store.sum" && ok || bad "$* $f changed the store"
    fi
    expect_rc 1 "$* $f"
    expect_err "frontline: error:" "$* $f"
    expect_err "$f" "$* $f: names the file"
    # Readers of CSV/GeoJSON through OGR may only say they cannot read it.
    [ -n "${LOOSE_WHY:-}" ] && [ "$f" != a-directory ] && [ "$f" != missing.txt ] ||
      expect_err_re "$(bad_word "$f")" "$* $f: says why"
    expect_empty_out "$* $f"
    # huge.txt must be refused by its size ("limit" in the message, checked above), not
    # after reading 500 MB; no wall-clock check here: CI machines are shared and noisy.
  done
}

for cmd in geoparse extract; do
  if have_cmd "$cmd"; then check_bad "$cmd"; FILES=$WIDE_FILES check_bad "$cmd"; else skip "no '$cmd' command yet"; fi
done

# Text without sentence ends is cut into pieces at the sentence cap: the commands say
# so, naming the file and the byte where the first cut passage starts.
{ printf 'Hama, Dec 5 (Wire) - Government forces withdrew from Hama on Thursday.\n\n'
  awk 'BEGIN { for (i = 1; i <= 1500; i++) printf "cell%d ", i; print "" }'
  printf '\nOpposition fighters entered Hama on Thursday, a spokesman said.\n'; } >"$T/table-dump.txt"
cut_at=$(( $(head -2 "$T/table-dump.txt" | wc -c) ))
for cmd in geoparse extract; do
  have_cmd "$cmd" || continue
  run "$FL" "$cmd" "$T/table-dump.txt"
  expect_rc 0 "$cmd of a long passage without sentence ends"
  expect_err "frontline: warning: $T/table-dump.txt: byte $cut_at: 1 passage longer than 4096 bytes" "$cmd: the cut is reported"
  expect_out "Hama" "$cmd: the text around the passage is still read"
  run "$FL" -q "$cmd" "$T/table-dump.txt"
  [ ! -s "$T/err" ] && ok || bad "$cmd -q: still warns: $(head -c 200 "$T/err")"
  run "$FL" "$cmd" "$ART/wire-hama.txt"
  if grep -q warning "$T/err"; then bad "$cmd of an ordinary article warns: $(head -c 200 "$T/err")"; else ok; fi
done
if have_cmd ingest; then
  run "$FL" --store "$T/cut.gpkg" ingest "$T/table-dump.txt"
  expect_rc 0 "ingest of a long passage without sentence ends"
  expect_err "frontline: warning: $T/table-dump.txt: byte $cut_at: 1 passage" "ingest: the cut is reported"
fi

if have_cmd ingest && have_cmd events; then
  run "$FL" ingest "$ART/wire-hama.txt"; expect_rc 0 "ingest a good article"
  run "$FL" events --format tsv; expect_rc 0 "events"; cp "$T/out" "$T/events.before"
  cp "$FRONTLINE_STORE" "$T/store.before"
  check_bad ingest
  FILES=$WIDE_FILES check_bad ingest
  run "$FL" events --format tsv; expect_rc 0 "events after bad ingests"
  expect_same "$T/events.before" "$T/out" "bad ingests leave the claims as they were"
  # A good file beside a bad one: the bad one is reported, the good one is not lost.
  run "$FL" ingest "$ART/wire-aleppo.txt" "$B/nul.txt"
  expect_rc 1 "ingest good + bad"; expect_err "nul.txt" "ingest good + bad names the bad file"
  run "$FL" events --format tsv
  if [ "$(wc -l <"$T/out")" -gt "$(wc -l <"$T/events.before")" ]; then ok; else
    bad "ingest good + bad: the good article's claims were lost"; fi
  expect_no_tmp "$T" "ingest"
else
  skip "no 'ingest'/'events' commands yet"
fi

if have_cmd gazetteer; then
  (
    private_data   # imports write the gazetteer: never the shared one
    if [ -z "$GAZ" ]; then skip "gazetteer import: no built gazetteer"; exit 0; fi
    cp "$GAZ" "$T/gaz.before"
    check_bad gazetteer import
    FILES=$WIDE_FILES check_bad gazetteer import
    expect_same "$T/gaz.before" "$GAZ" "bad dumps leave the gazetteer as it was"
    expect_no_tmp "$(dirname "$GAZ")" "gazetteer import of bad dumps"
    # A dump with a broken row: the row is skipped and named by its line, the rest imported.
    printf '9999991\tHostileville\tHostileville\t\t35.0\t38.0\tP\tPPL\tSY\t\t01\t\t\t\t100\t\t\t\t2024-01-01\n9999992\tB\tB\t\tnot-a-number\t38.0\tP\tPPL\tSY\t\t01\t\t\t\t100\t\t\t\t2024-01-01\n' >"$T/SY-bad.txt"
    run "$FL" gazetteer import "$T/SY-bad.txt"
    expect_rc 1 "gazetteer import of a dump with a bad row (the rest imported, exit 1)"; expect_err "SY-bad.txt:2" "names the line of the bad row"
    run "$FL" gazetteer lookup Hostileville --format tsv; expect_out "9999991" "the good row was imported"
    # Windows line ends, a wrong number of columns, a 2 MB name, a 20 000-byte list of
    # alternate names: the bad rows named by line, the good ones imported.
    row() { printf '%s\t%s\t%s\t%s\t35.1\t36.7\tP\tPPL\tSY\t\t09\t\t\t\t500\t\t300\tAsia/Damascus\t2024-01-01' "$1" "$2" "$2" "${3:-}"; }
    { row 9999981 Crlfville; printf '\r\n'; row 9999982 Crlftwo; printf '\r\n'; } >"$T/SY-crlf.txt"
    run "$FL" gazetteer import "$T/SY-crlf.txt"; expect_rc 0 "a dump with CRLF line ends"
    run "$FL" gazetteer lookup Crlftwo --format json; expect_out '"id":9999982' "CRLF rows imported"
    if grep -q $'\r' "$T/out"; then bad "a carriage return kept in a CRLF row"; else ok; fi
    { printf '9999983\tShortrow\tShortrow\t\t35.1\t36.7\tP\tPPL\tSY\n'
      row 9999984 Longrow; printf '\textra\n'
      row 9999985 "$(head -c 2000000 /dev/zero | tr '\0' L)"; printf '\n'
      row 9999986 Altsrow "$(head -c 20000 /dev/zero | tr '\0' 'a' | sed 's/a\{9\}/aaaaaaaa,/g')"; printf '\n'
      row 9999987 Goodrow; printf '\n'; } >"$T/SY-rows.txt"
    run "$FL" gazetteer import "$T/SY-rows.txt"; expect_rc 1 "a dump with broken rows"
    expect_err "SY-rows.txt:1: malformed line skipped: 9 tab-separated columns, expected 19" "too few columns"
    expect_err "SY-rows.txt:2: malformed line skipped: more than 19 tab-separated columns" "too many columns"
    expect_err "SY-rows.txt:3: malformed line skipped: column 2 or 3 (name) is longer than 200 bytes" "a 2 MB name"
    expect_err "SY-rows.txt:4: malformed line skipped: column 4 (alternate names) is longer than 10000 bytes" "20 000 bytes of alternate names"
    run "$FL" gazetteer lookup Goodrow --format tsv; expect_out 9999987 "the good row beside broken ones"
    finish >/dev/null
  ) || FAIL=$((FAIL + 1))
else
  skip "no 'gazetteer' command yet"
fi
# The imports must leave an existing store as it was.
if [ ! -f "$FRONTLINE_STORE" ] && have_cmd events; then
  run "$FL" events add 9000000001 --lat 35.1318 --lon 36.7578 --side opposition --date 2024-12-05 --author hostile-test
  expect_rc 0 "a correction to make a store"
fi
# A CSV saved with a UTF-8 byte-order mark (Excel), and GeoJSON baselines with
# geometries that are invalid (a bow-tie), 3D, empty, degenerate or out of range: each
# is stored or refused with a message; no crash, and the store still reads.
if have_cmd baseline && "$FL" baseline --help 2>/dev/null | grep -q import; then
  BS=$T/baseline-store.gpkg
  printf '\xef\xbb\xbfgeonames_id,name,lat,lon,side,source\n170017,Hama,35.13179,36.75783,government,hostile-test\n' >"$T/bom.csv"
  run "$FL" --store "$BS" baseline import "$T/bom.csv" --date 2024-11-20; expect_rc 0 "a baseline CSV with a BOM"
  run "$FL" --store "$BS" baseline show --date 2024-11-20; expect_out "170017" "the BOM's first column read as geonames_id"
  # a spreadsheet's "Unicode text" (UTF-16): named as such, with the conversion to run
  iconv -f UTF-8 -t UTF-16 <"$T/bom.csv" >"$T/wide.csv"
  run "$FL" --store "$BS" baseline import "$T/wide.csv" --date 2024-11-22; expect_rc 1 "a UTF-16 baseline CSV"
  expect_err "is UTF-16LE, not UTF-8" "a UTF-16 baseline CSV: says UTF-16, not binary"
  expect_err "wide.csv" "a UTF-16 baseline CSV: names the file"
  n=0
  for g in '{"type":"Polygon","coordinates":[[[36,35],[37,36],[37,35],[36,36],[36,35]]]}' \
           '{"type":"Point","coordinates":[36.75,35.13,250]}' \
           '{"type":"Polygon","coordinates":[[[36,35,5],[37,35,5],[37,36,5],[36,35,5]]]}' \
           '{"type":"Polygon","coordinates":[[[36,35],[36,35],[36,35]]]}' \
           '{"type":"Polygon","coordinates":[]}' '{"type":"MultiPolygon","coordinates":[]}' \
           '{"type":"GeometryCollection","geometries":[]}' 'null' \
           '{"type":"Point","coordinates":[1e308,-1e308]}' '{"type":"Point","coordinates":[]}'; do
    n=$((n + 1))
    printf '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"side":"government","geonames_id":170017},"geometry":%s}]}\n' "$g" >"$T/geom-$n.geojson"
    run "$FL" --store "$BS" baseline import "$T/geom-$n.geojson" --date 2024-11-21
    [ "$RC" = 0 ] || [ "$RC" = 1 ] && ok || bad "baseline of geometry $g: exit $RC"
    [ "$RC" = 0 ] || expect_err "geom-$n.geojson" "baseline of geometry $g: names the file"
    run "$FL" --store "$BS" state --date 2024-11-21; expect_rc 0 "state after a baseline of geometry $g"
  done
fi
for cmd in "baseline import" "events import"; do
  if have_cmd "${cmd%% *}" && "$FL" ${cmd%% *} --help 2>/dev/null | grep -q "${cmd#* }"; then
    LOOSE_WHY=1 check_bad $cmd
  else
    skip "no '$cmd' command yet"
  fi
done
finish_hostile
