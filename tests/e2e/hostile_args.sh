# hostile_args.sh - a wrong flag at 3 a.m. (issue 8): unknown options, bad values,
# missing arguments and wrong output types on every command exit 2 with a message on
# stderr, print no data, and create nothing.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/hostile.bash"
export FRONTLINE_STORE=$T/store.gpkg
case $FL in /*) ;; *) FL=$PWD/$FL ;; esac
cd "$T" || exit 1
ART=$SRC/tests/hostile/articles/wire-hama.txt
for cmd in $("$FL" --help | sed -n '/^commands:/,/^$/p' | awk '/^  [^ ]/ {print $1}'); do
  run "$FL" "$cmd" --no-such-flag
  expect_rc 2 "$cmd --no-such-flag"; expect_empty_out "$cmd --no-such-flag"
  expect_err "no-such-flag" "$cmd --no-such-flag: names the option"
  expect_err "try 'frontline" "$cmd --no-such-flag: points to --help"
done

[ -n "$VG" ] && { finish_hostile; exit; }   # the rest is argument parsing, covered above
# usage CMD ARGS... : exit 2, nothing on stdout
usage() { run "$FL" "$@"; expect_rc 2 "$*"; expect_empty_out "$*"; }
LONG=$(head -c 100000 /dev/zero | tr '\0' 'x')
if have_cmd gazetteer; then
  usage gazetteer
  usage gazetteer frobnicate
  usage gazetteer lookup
  usage gazetteer lookup Hama --limit abc
  usage gazetteer lookup Hama --limit -3
  usage gazetteer lookup Hama --format xml
  usage gazetteer import
  # Hostile names are data, not errors: no crash, exit 0 or 1, never 2+.
  for name in "$LONG" $'\xff\xfe' "   " "%s%n%s" "'; DROP TABLE places; --" "حماة" "Ḥamāh"; do
    run "$FL" gazetteer lookup "$name" --format json
    [ "$RC" -le 1 ] && ok || bad "gazetteer lookup of a hostile name (${name:0:20}): exit $RC"
  done
  # Candidates come in falling score (misspellings, many fuzzy candidates, a kind in
  # the context), and in the same order on every run.
  QS="Kusayr Qusair Edlib Hamah Halab Rakka Tripoli Dara Sukhna Jarabulus Kobane Maarat Tel Bab"
  [ -n "$VG" ] && QS="Kusayr Tripoli"
  for q in $QS; do
    for ctx in "" province; do
      run "$FL" gazetteer lookup "$q" --limit 25 --format tsv ${ctx:+--context "$ctx"}
      lookup1=$(cat "$T/out")
      unsorted=$(awk -F'\t' 'NR > 1 && $9 > prev + 0 {print NR": "$2" "$9" after "prev; exit} {prev = $9}' "$T/out")
      [ -z "$unsorted" ] && ok || bad "gazetteer lookup $q ${ctx:+(context $ctx)}: scores not in falling order: $unsorted"
      run "$FL" gazetteer lookup "$q" --limit 25 --format tsv ${ctx:+--context "$ctx"}
      [ "$lookup1" = "$(cat "$T/out")" ] && ok || bad "gazetteer lookup $q ${ctx:+(context $ctx)}: another order the second time"
    done
  done
else skip "no 'gazetteer' command yet"; fi
for cmd in geoparse extract ingest; do
  if have_cmd "$cmd"; then
    usage "$cmd"
    usage "$cmd" "$ART" --format xml
  else skip "no '$cmd' command yet"; fi
done
if have_cmd events; then usage events --format xml; usage events --from; else skip "no 'events' command yet"; fi
if have_cmd state; then usage state; usage state --date 2024-12-05 --format xml; else skip "no 'state' command yet"; fi
if have_cmd render; then
  usage render --date 2024-12-05
  usage render -o map.png
  usage render --date 2024-12-05 -o map.jpg
  usage render --date 2024-12-05 -o map
  usage render --date 2024-12-05 -o map.png --width -5
  usage render --date 2024-12-05 -o map.png --width abc
  usage render --date 2024-12-05 -o map.png --width 1000000
  usage render --date 2024-12-05 -o map.png --dpi 0
else skip "no 'render' command yet"; fi
if have_cmd export; then
  usage export --date 2024-12-05
  usage export --date 2024-12-05 -o out.shp
  usage export --date 2024-12-05 -o out.geojson --layers nosuchlayer
else skip "no 'export' command yet"; fi
if have_cmd series; then
  usage series --from 2024-11-27 --to 2024-12-08
  usage series --from 2024-11-27 --to 2024-12-08 --outdir s --format gif,jpg
else skip "no 'series' command yet"; fi
# None of that created anything in the working folder.
left=$(ls -A "$T" | grep -v '^out$\|^err$')
[ -z "$left" ] && ok || bad "refused commands created: $left"
finish_hostile
