# hostile_dates.sh - wrong dates at 3 a.m. (issue 8): every date option refuses days
# that do not exist, other formats and junk with exit 2 and a message that quotes the
# value, before touching the store or writing an output.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/hostile.bash"
export FRONTLINE_STORE=$T/store.gpkg
ART=$SRC/tests/hostile/articles/wire-hama.txt
BADDATES=("2024-02-30" "2023-02-29" "2024-13-01" "2024-11-31" "27/11/2024" "2024-11-27x" "tomorrow" "")
[ -n "$VG" ] && BADDATES=("2024-02-30" "tomorrow")

# try NAME ARGS... where ARGS contains @ for the date value
try() {
  local name=$1 d a args; shift
  have_cmd "$name" || { skip "no '$name' command yet"; return; }
  for d in "${BADDATES[@]}"; do
    args=()
    for a in "$@"; do [ "$a" = @ ] && args+=("$d") || args+=("$a"); done
    run "$FL" "$name" "${args[@]}"
    expect_rc 2 "$name ${args[*]}"
    expect_empty_out "$name ${args[*]}"
    [ -n "$d" ] && expect_err "'$d'" "$name $*: quotes the bad date"
  done
}
try extract "$ART" --date @
try ingest "$ART" --date @
try events --from @
try events --to @
try state --date @
try changes --from @ --to 2024-12-08
try explain Hama --date @
try render --date @ -o "$T/map.png"
try series --from 2024-11-27 --to @ --outdir "$T/series"
try export --date @ -o "$T/out.geojson"
# Nothing may have been created by a refused command.
[ ! -e "$FRONTLINE_STORE" ] && ok || bad "a refused command created the store"
[ -z "$(ls "$T" | grep -v '^out$\|^err$\|^store.gpkg$')" ] && ok || bad "a refused command left files: $(ls "$T")"
# Real days outside the years the tool covers (1900-2199): the range, not "not a real day".
for d in 0000-01-01 9999-12-31 1899-12-31 2200-01-01; do
  for args in "state --date $d" "changes --from $d --to 2024-12-08" "render --date $d -o $T/map.png"; do
    have_cmd "${args%% *}" || continue
    run "$FL" $args
    expect_rc 2 "$args"; expect_empty_out "$args"
    expect_err "'$d' is outside the days frontline covers, 1900-01-01 to 2199-12-31" "$args: says the range"
  done
done
[ ! -e "$FRONTLINE_STORE" ] && [ ! -e "$T/map.png" ] && ok || bad "an out-of-range date created something"
# A range the wrong way round is a usage error too.
if have_cmd changes; then
  run "$FL" changes --from 2024-12-08 --to 2024-11-27; expect_rc 2 "changes with --from after --to"
fi
finish_hostile
