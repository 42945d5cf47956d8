# hostile_kill.sh - the process killed (SIGKILL) at random points during ingest and
# render (issue 8). After each kill the store opens, and every article in it has all
# its claims (a whole transaction) or none; the output is absent, the earlier one, or
# a complete new one - never a partial file under the final name, and (for maps, the
# series and the gazetteer, written through an unnamed file) no temporary either. Kills
# at random times, and at exact byte counts into the file being written.
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

# complete FILE: a whole PNG (ends with IEND), PDF (%%EOF), SVG (</svg>) or GIF (;).
complete() {
  case $1 in
    *.png) [ "$(tail -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = "49454e44ae426082" ] ;;
    *.pdf) tail -c 32 "$1" | grep -q '%%EOF' ;;
    *.svg) tail -c 64 "$1" | grep -q '</svg>' ;;
    *.gif) [ "$(tail -c 1 "$1" | od -An -tx1 | tr -d ' \n')" = "3b" ] ;;
    *) true ;;
  esac
}
# listing DIR: every name in DIR, hidden ones too, on one line.
listing() { ls -A "$1" | tr '\n' ' ' | sed 's/ $//'; }
# all_complete DIR WHAT: every file in DIR is whole.
all_complete() {
  local f
  for f in "$1"/* "$1"/.[!.]*; do
    [ -e "$f" ] || continue
    complete "$f" && ok || bad "$2: $(basename "$f") is not whole"
  done
}
if have_cmd render; then
  O=$T/out-maps; mkdir -p "$O"
  for ext in png pdf; do   # svg takes the same path as pdf (cairo vector surface)
    run "$FL" --store "$T/ref.gpkg" render --date 2024-12-05 -o "$O/keep.$ext"
    if [ "$RC" != 0 ]; then skip "render .$ext failed ($(head -c 200 "$T/err"))"; continue; fi
    complete "$O/keep.$ext" && ok || bad "a finished render left an incomplete keep.$ext"
    cp "$O/keep.$ext" "$T/keep.$ext.before"
    for r in $(seq 1 "$ROUNDS"); do
      # anywhere in a run (a render takes about a second; the file is written last)
      ms=$(( RANDOM % 1200 + 10 ))
      kill_after "$ms" "$FL" --store "$T/ref.gpkg" render --date 2024-12-05 -o "$O/keep.$ext"
      complete "$O/keep.$ext" && ok || bad "render .$ext killed at ${ms} ms: keep.$ext is not whole"
      rm -f "$O/new.$ext"
      kill_after "$ms" "$FL" --store "$T/ref.gpkg" render --date 2024-12-05 -o "$O/new.$ext"
      [ ! -e "$O/new.$ext" ] || complete "$O/new.$ext" && ok || bad "render .$ext killed at ${ms} ms: partial new.$ext"
      # written through an unnamed file (O_TMPFILE): nothing but whole maps to see
      got=$(listing "$O" | tr ' ' '\n' | grep -v "^keep\.\|^new\." | tr '\n' ' ')
      [ -z "$got" ] && ok || bad "render .$ext killed at ${ms} ms left: $got"
    done
    # The next run for the same outputs works and leaves nothing else behind.
    run "$FL" --store "$T/ref.gpkg" render --date 2024-12-05 -o "$O/keep.$ext"; expect_rc 0 "render .$ext after the kills"
    run "$FL" --store "$T/ref.gpkg" render --date 2024-12-05 -o "$O/new.$ext"; expect_rc 0 "render new .$ext after the kills"
    expect_no_tmp "$O" "render .$ext after the kills"
  done
else
  skip "no 'render' command yet"
fi

# Killed at exact points in the middle of writing the file: the ENOSPC shim with
# FL_KILL_AFTER=N SIGKILLs the command at its first write past N bytes into the
# folder. The folder then holds exactly what it held before: no partial file, no
# temporary (the maps, frames, animations and the gazetteer go through an unnamed
# file and appear only when whole).
POINTS="0 4096 250000"
[ -n "$VG" ] && POINTS="4096"
# killed_at N DIR CMD...: run CMD killed after N bytes into DIR; RC set.
killed_at() {
  local n=$1 dir=$2; shift 2
  { run env LD_PRELOAD="$so" FL_ENOSPC_DIR="$dir" FL_KILL_AFTER="$n" \
    ASAN_OPTIONS="${ASAN_OPTIONS:-}:verify_asan_link_order=0" "$@"; } 2>/dev/null  # no "Killed" line
}
if ! so=$(enospc_shim); then
  skip "kills mid-write: cannot build the shim ($(cat "$T/cc.err"))"
else
  if have_cmd render; then
    X=$T/exact; mkdir -p "$X"
    EXTS="png pdf svg"; [ -n "$VG" ] && EXTS=png   # valgrind: one format is enough
    for ext in $EXTS; do
      run "$FL" --store "$T/ref.gpkg" render --date 2024-12-05 -o "$X/keep.$ext"
      [ "$RC" = 0 ] || { skip "render .$ext failed"; continue; }
      cp "$X/keep.$ext" "$T/exact-keep.$ext"
      for n in $POINTS; do
        before=$(listing "$X")
        killed_at "$n" "$X" "$FL" --store "$T/ref.gpkg" render --date 2024-12-05 -o "$X/keep.$ext"
        [ "$RC" = 137 ] && ok || bad "render .$ext over a map: not killed after $n bytes (exit $RC)"
        killed_at "$n" "$X" "$FL" --store "$T/ref.gpkg" render --date 2024-12-05 -o "$X/new.$ext"
        [ "$RC" = 137 ] && ok || bad "render of a new .$ext: not killed after $n bytes (exit $RC)"
        after=$(listing "$X")
        [ "$after" = "$before" ] && ok || bad "render .$ext killed after $n bytes: the folder held '$before', now '$after'"
        expect_same "$T/exact-keep.$ext" "$X/keep.$ext" "render .$ext killed after $n bytes: the earlier map"
      done
    done
  fi
  if have_cmd series; then
    S=$T/series; mkdir -p "$S"
    # a kill in the first map, in a later one, and (past the maps) in the animation
    run "$FL" --store "$T/ref.gpkg" series --from 2024-12-01 --to 2024-12-04 --outdir "$T/series-ref"
    maps=$(cat "$T/series-ref"/*.png 2>/dev/null | wc -c)
    [ "$RC" = 0 ] && [ -s "$T/series-ref/series.gif" ] && ok || bad "series without a kill failed: $(head -c 200 "$T/err")"
    SPOINTS="0 $((maps / 2)) $((maps + 1000))"; [ -n "$VG" ] && SPOINTS=$((maps + 1000))
    for n in $SPOINTS; do
      rm -rf "$S"/*
      killed_at "$n" "$S" "$FL" --store "$T/ref.gpkg" series --from 2024-12-01 --to 2024-12-04 --outdir "$S"
      [ "$RC" = 137 ] && ok || bad "series: not killed after $n bytes (exit $RC)"
      left=$(listing "$S" | tr ' ' '\n' | grep -v '^2024-12-0[1-4]\.png$\|^series\.gif$' | tr '\n' ' ')
      [ -z "$left" ] && ok || bad "series killed after $n bytes left: $left"
      all_complete "$S" "series killed after $n bytes"
    done
  fi
  if have_cmd gazetteer; then
    private_data
    if [ -n "$GAZ" ]; then
      G=$(dirname "$GAZ"); cp "$GAZ" "$T/gaz.before"
      printf '9999992\tKilltown\tKilltown\t\t35.2\t36.8\tP\tPPL\tSY\t\t09\t\t\t\t900\t\t300\tAsia/Damascus\t2024-01-01\n' >"$T/SY-kill.txt"
      for n in $POINTS; do
        before=$(listing "$G" | sed 's/ *gazetteer.fgaz.lock//')   # the lock file stays
        killed_at "$n" "$G" "$FL" gazetteer import "$T/SY-kill.txt"
        [ "$RC" = 137 ] && ok || bad "gazetteer import: not killed after $n bytes (exit $RC)"
        after=$(listing "$G" | sed 's/ *gazetteer.fgaz.lock//')
        [ "$after" = "$before" ] && ok || bad "gazetteer import killed after $n bytes: the folder held '$before', now '$after'"
        expect_same "$T/gaz.before" "$GAZ" "gazetteer import killed after $n bytes: the gazetteer"
      done
      run "$FL" gazetteer import "$T/SY-kill.txt"; expect_rc 0 "gazetteer import after the kills"
      run "$FL" gazetteer lookup Killtown --format tsv; expect_out 9999992 "the import after the kills is whole"
    else
      skip "gazetteer kills: no built gazetteer"
    fi
  fi
  if have_cmd export; then
    # GDAL's drivers write to a named temporary (.tmp-PID-NAME); a killed run's is
    # removed by the next write into the folder.
    E=$T/exports; mkdir -p "$E"
    for f in places.geojson layers.gpkg; do
      killed_at 4096 "$E" "$FL" --store "$T/ref.gpkg" export --date 2024-12-05 -o "$E/$f"
      [ "$RC" = 137 ] && ok || bad "export $f: not killed after 4096 bytes (exit $RC)"
      [ ! -e "$E/$f" ] && ok || bad "export $f killed after 4096 bytes: $f exists"
    done
    run "$FL" --store "$T/ref.gpkg" export --date 2024-12-05 -o "$E/places.geojson"; expect_rc 0 "export after the kills"
    expect_no_tmp "$E" "export after killed exports"
    [ ! -e "$E/layers.gpkg" ] && ok || bad "killed exports: layers.gpkg exists"
  fi
fi
finish_hostile
