# hostile_kill.sh - the process killed (SIGKILL) at random points during ingest and
# render (issue 8). After each kill the store opens, and every article in it has all
# its claims (a whole transaction) or none; the output is absent, the earlier one, or
# a complete new one - never a partial file under the final name.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/hostile.bash"
ART=$SRC/tests/hostile/articles
ROUNDS=${FL_KILL_ROUNDS:-3}
[ -n "$VG" ] && ROUNDS=1
RANDOM=$$   # different points each run; the seed is printed to replay a failure
echo "kill points seeded with $$" >&2

# kill_after MS CMD...: run CMD in the background and SIGKILL it after MS ms.
kill_after() {
  local ms=$1; shift
  "$@" >"$T/kout" 2>"$T/kerr" &
  local pid=$!
  sleep "$(printf '0.%03d' "$ms")"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  return 0
}
# article -> claim count, from events --format json
claims_by_article() { grep -o '"article": *"[0-9a-f]*"' "$1" | sed 's/.*"\([0-9a-f]*\)"$/\1/' | sort | uniq -c | awk '{print $2, $1}'; }

if have_cmd ingest && have_cmd events; then
  # 12 distinct articles (each a different SHA-256) from the project's three.
  A=$T/articles; mkdir -p "$A"
  for i in $(seq 1 4); do
    for f in "$ART"/*; do
      b=$(basename "$f")
      { cat "$f"; printf '\nUpdated %d times.\n' "$i"; } >"$A/$i-$b"
    done
  done
  run "$FL" --store "$T/ref.gpkg" ingest "$A"/*
  expect_rc 0 "reference ingest of 12 articles"
  run "$FL" --store "$T/ref.gpkg" events --format json; claims_by_article "$T/out" >"$T/ref.counts"
  [ -s "$T/ref.counts" ] && ok || bad "the reference ingest stored no claims: cannot check for half articles"
  for r in $(seq 1 "$ROUNDS"); do
    rm -f "$T"/kill.gpkg*
    # The first half of the articles whole, then a kill somewhere in the rest.
    run "$FL" --store "$T/kill.gpkg" ingest "$A"/1-* "$A"/2-*; expect_rc 0 "round $r: first ingest"
    ms=$(( RANDOM % 600 + 20 ))
    kill_after "$ms" "$FL" --store "$T/kill.gpkg" ingest "$A"/*
    run "$FL" --store "$T/kill.gpkg" events --format json
    expect_rc 0 "round $r: the store opens after a kill at ${ms} ms"
    claims_by_article "$T/out" >"$T/kill.counts"
    # every article in the killed store has exactly its reference number of claims
    half=$(join -a1 "$T/kill.counts" "$T/ref.counts" | awk '$2 != $3')
    [ -z "$half" ] && ok || bad "round $r (kill at ${ms} ms): half-written articles (id, claims, expected): $half"
    # nothing ingested before the kill is lost
    for f in "$A"/1-* "$A"/2-*; do
      id=$(sha256sum "$f" | cut -d' ' -f1)
      want=$(awk -v id="$id" '$1 == id {print $2}' "$T/ref.counts")
      [ -z "$want" ] && continue
      grep -q "^$id $want\$" "$T/kill.counts" && ok || bad "round $r: claims of $(basename "$f") lost by a later killed ingest"
    done
    # and ingesting again completes the store
    run "$FL" --store "$T/kill.gpkg" ingest "$A"/*; expect_rc 0 "round $r: ingest after the kill"
    run "$FL" --store "$T/kill.gpkg" events --format json; claims_by_article "$T/out" >"$T/kill.counts"
    expect_same "$T/ref.counts" "$T/kill.counts" "round $r: store complete after re-ingest"
  done
else
  skip "no 'ingest'/'events' commands yet"
fi

# complete FILE: a whole PNG (ends with IEND), PDF (%%EOF) or SVG (</svg>).
complete() {
  case $1 in
    *.png) [ "$(tail -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = "49454e44ae426082" ] ;;
    *.pdf) tail -c 32 "$1" | grep -q '%%EOF' ;;
    *.svg) tail -c 64 "$1" | grep -q '</svg>' ;;
  esac
}
if have_cmd render; then
  O=$T/out-maps; mkdir -p "$O"
  for ext in png pdf; do   # svg takes the same path as pdf (cairo vector surface)
    run "$FL" --store "$T/ref.gpkg" render --date 2024-12-05 -o "$O/keep.$ext"
    if [ "$RC" != 0 ]; then skip "render .$ext failed ($(head -c 200 "$T/err"))"; continue; fi
    complete "$O/keep.$ext" && ok || bad "a finished render left an incomplete keep.$ext"
    cp "$O/keep.$ext" "$T/keep.$ext.before"
    for r in $(seq 1 "$ROUNDS"); do
      ms=$(( RANDOM % 400 + 10 ))
      kill_after "$ms" "$FL" --store "$T/ref.gpkg" render --date 2024-12-05 -o "$O/keep.$ext"
      complete "$O/keep.$ext" && ok || bad "render .$ext killed at ${ms} ms: keep.$ext is not whole"
      rm -f "$O/new.$ext"
      kill_after "$ms" "$FL" --store "$T/ref.gpkg" render --date 2024-12-05 -o "$O/new.$ext"
      [ ! -e "$O/new.$ext" ] || complete "$O/new.$ext" && ok || bad "render .$ext killed at ${ms} ms: partial new.$ext"
    done
    # The next run for the same outputs removes what the killed runs left behind.
    run "$FL" --store "$T/ref.gpkg" render --date 2024-12-05 -o "$O/keep.$ext"; expect_rc 0 "render .$ext after the kills"
    run "$FL" --store "$T/ref.gpkg" render --date 2024-12-05 -o "$O/new.$ext"; expect_rc 0 "render new .$ext after the kills"
    expect_no_tmp "$O" "render .$ext after the kills"
  done
else
  skip "no 'render' command yet"
fi
finish_hostile
