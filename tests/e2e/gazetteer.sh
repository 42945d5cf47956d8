# gazetteer.sh - frontline gazetteer lookup|import|stats|build and geoparse, as a user
# runs them. Imports and builds go to a gazetteer in the test's folder (a map
# definition that names it), never to the shared data/ one.
. "$(dirname "$0")/lib.bash"

if [ ! -f "$SRC/data/gazetteer.fgaz" ]; then
  echo "gazetteer.sh: no built gazetteer (run scripts/prepare-data.sh)"; exit 1
fi
MAP=$T/map.json
sed "s|\"style\"|\"gazetteer\": \"$T/g.fgaz\", \"style\"|" "$SRC/maps/syria.json" >"$MAP"

# build into the test's folder
run "$FL" -q --map "$MAP" gazetteer build; expect_rc 0 "build"; expect_empty_out "build"
[ -f "$T/g.fgaz" ] && ok || bad "build wrote no $T/g.fgaz"

# lookup: JSON Lines with the contract's fields, score 1 for an exact name
run "$FL" --map "$MAP" gazetteer lookup "Khan Sheikhoun" --format json --limit 3
expect_rc 0 "lookup json"
expect_out '^{"id":168325,"name":"Khan Sheikhoun","lat":35.44208,"lon":36.65095,"kind":"PPLA3","country":"SY","admin1":"SY.12","population":48975,"score":1.0' "lookup json fields"
run "$FL" --map "$MAP" gazetteer lookup "the Hama countryside"
expect_rc 0 "lookup tsv"; expect_out "^9000000010	Hama Governorate	" "the Hama countryside is the governorate"
run "$FL" --map "$MAP" gazetteer lookup "Fuad Hussein" --format json
expect_rc 0 "lookup of a person"
if grep -q '"score":\(1\|0\.[5-9]\)' "$T/out"; then bad "a person's name matched a place confidently: $(head -c 200 "$T/out")"; else ok; fi
run "$FL" --map "$MAP" gazetteer lookup; expect_rc 2 "lookup without a name"
run "$FL" --map "$MAP" gazetteer lookup Hama --limit 0; expect_rc 2 "--limit 0"

# import: malformed lines are named and skipped, the rest is merged, nothing lost
printf '9999101\tKafr Testun\tKafr Testun\tKafr Testoun\t35.40\t36.60\tP\tPPL\tSY\t\t10\t\t\t\t900\t\t300\tAsia/Damascus\t2024-01-01\nnot a row\n9999102\tTell Probe\tTell Probe\t\tnorth\t36.6\tP\tPPL\tSY\t\t10\t\t\t\t0\t\t\t\t2024-01-01\n' >"$T/SY.txt"
run "$FL" --map "$MAP" gazetteer import "$T/SY.txt"
expect_rc 1 "import with malformed lines"
expect_err "SY.txt:2:" "names line 2"; expect_err "SY.txt:3:.*latitude" "names line 3 and why"
expect_empty_out "import"
run "$FL" --map "$MAP" gazetteer lookup "Kafr Testoun"; expect_out "^9999101	" "imported village is found"
run "$FL" --map "$MAP" gazetteer lookup "Halfaya"; expect_out "^170044	" "nothing lost"
run "$FL" --map "$MAP" gazetteer stats; expect_rc 0 "stats"; expect_out "^from_imports	1$" "stats count the import"
# a rebuild keeps imported places
run "$FL" -q --map "$MAP" gazetteer build; expect_rc 0 "rebuild"
run "$FL" --map "$MAP" gazetteer lookup "Kafr Testun"; expect_out "^9999101	" "rebuild keeps the import"
run "$FL" -q --map "$MAP" gazetteer build --fresh
run "$FL" --map "$MAP" gazetteer lookup "Kafr Testun" --format json; expect_rc 0 "lookup after --fresh"
if grep -q '"id":9999101' "$T/out"; then bad "--fresh kept the import"; else ok; fi
run "$FL" --map "$MAP" gazetteer import "$T/missing.txt"; expect_rc 1 "import of a missing file"; expect_err "missing.txt" "names the missing file"

# geoparse: one JSON line per mention with the contract's fields
cat >"$T/art.txt" <<'TXT'
Government forces said on Thursday they had pushed back fighters near the town of Talbiseh and al-Rastan, north of Homs, while Iraqi Foreign Minister Fuad Hussein held talks in Baghdad.
TXT
run "$FL" --map "$MAP" geoparse "$T/art.txt" --format json
expect_rc 0 "geoparse json"
expect_out '"text":"Talbiseh","id":163779,"name":"Talbiseh"' "Talbiseh"
expect_out '"text":"al-Rastan","id":172946' "al-Rastan"
expect_out '"text":"Homs","id":169577' "Homs"
expect_out '"text":"Baghdad","id":98182' "Baghdad"
if grep -q '"text":"Hussein"' "$T/out"; then bad "Hussein taken for a place"; else ok; fi
expect_out '^{"article":"[0-9a-f]\{64\}","start":[0-9]*,"end":[0-9]*,"text":' "field order"
run "$FL" --map "$MAP" geoparse "$T/art.txt"; expect_rc 0 "geoparse tsv"; expect_out "	Talbiseh	163779	" "tsv"
run "$FL" --map "$MAP" geoparse; expect_rc 2 "geoparse without a file"
# Names as an English newsroom prints them: gazetteer/display.tsv, else GeoNames' ASCII
# name without the marks for ayn and hamza; the GeoNames spelling still finds the place.
run "$FL" --map "$MAP" gazetteer lookup "Ḩamāh" --limit 1; expect_out "^170017	Hama	" "display name from display.tsv"
run "$FL" --map "$MAP" gazetteer lookup "Kafr Lāhā" --limit 1; expect_out "^168668	Kafr Laha	" "display name from the ASCII name"
run "$FL" --map "$MAP" gazetteer lookup "Ma'arrat an Nu'man" --limit 1; expect_out "^167611	Maarat al-Numan	" "display name of Maarat"
finish
