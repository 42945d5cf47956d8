# hostile_disk.sh - a full disk (issue 8), simulated with a small tmpfs when root may
# mount one, else with an LD_PRELOAD shim (tests/e2e/enospc_shim.c) that makes writes
# under a folder fail with ENOSPC. ingest, render and export exit 1 saying the disk is
# full; the store keeps its claims, earlier outputs are unchanged, and no partial file
# is left under a final name (nor a temporary one).
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/hostile.bash"
ART=$SRC/tests/hostile/articles
D=$T/disk
PRE=()
if mount_small "$D" 4m; then
  how=tmpfs
  fillup() { fill "$D"; }
  unfill() { rm -f "$D/.filler" "$D/.filler.small"; }
else
  mkdir -p "$D"
  so=$(enospc_shim) || { skip "full disk: cannot mount a tmpfs nor build the shim ($(cat "$T/cc.err"))"; finish_hostile; exit; }
  how=shim
  fillup() { PRE=(env LD_PRELOAD="$so" FL_ENOSPC_DIR="$D" FL_ENOSPC_AFTER=0 ASAN_OPTIONS="${ASAN_OPTIONS:-}:verify_asan_link_order=0"); }
  unfill() { PRE=(); }
fi
echo "full disk simulated with: $how" >&2
export FRONTLINE_STORE=$D/store.gpkg
ENOSPC_RE='No space\|full\|space left\|ENOSPC'

# write N: a change to the store: an ingest when the command exists, else an
# analyst's correction (both one transaction).
write() {
  local i=$1; shift
  if have_cmd ingest; then
    local arts=("$ART/wire-hama.txt" "$ART/wire-aleppo.txt" "$ART/page-homs.html")
    run "$@" "$FL" ingest "${arts[$i]}"
  else
    local days=(2024-12-05 2024-12-06 2024-12-07)
    run "$@" "$FL" events add 9000000001 --lat 35.1318 --lon 36.7578 --side opposition \
      --date "${days[$i]}" --author hostile-test
  fi
}
if have_cmd events; then
  write 0; expect_rc 0 "a store change before the disk fills"
  run "$FL" events --format tsv; cp "$T/out" "$T/events.before"
  cp "$FRONTLINE_STORE" "$T/store.before"
  fillup
  write 1 "${PRE[@]}"
  expect_rc 1 "a store change on a full disk"
  expect_err "frontline: error:" "a store change on a full disk"
  expect_err_re "$ENOSPC_RE" "a store change on a full disk: says the disk is full"
  unfill
  run "$FL" events --format tsv
  expect_rc 0 "events after a full disk"
  expect_same "$T/events.before" "$T/out" "a full disk loses no claim and adds no half record"
  [ ! -e "$FRONTLINE_STORE-journal" ] || [ ! -s "$FRONTLINE_STORE-journal" ] && ok || bad "a hot journal is left after the store was read"
  # With room again, the same change works.
  write 1; expect_rc 0 "a store change once there is room again"
else
  skip "no 'events' command yet"
fi

# out_cmd NAME FILE ARGS...: an output command on a full disk.
out_cmd() {
  local name=$1 file=$2; shift 2
  have_cmd "$name" || { skip "no '$name' command yet"; return; }
  unfill
  run "$FL" "$name" "$@" -o "$D/$file"
  if [ "$RC" != 0 ]; then skip "$name with room failed ($(head -c 200 "$T/err"))"; return; fi
  cp "$D/$file" "$T/$file.before"
  fillup
  run "${PRE[@]}" "$FL" "$name" "$@" -o "$D/$file"
  expect_rc 1 "$name on a full disk"
  expect_err "$file" "$name on a full disk: names the output"
  expect_err_re "$ENOSPC_RE" "$name on a full disk: says the disk is full"
  expect_same "$T/$file.before" "$D/$file" "$name on a full disk: the earlier $file is unchanged"
  run "${PRE[@]}" "$FL" "$name" "$@" -o "$D/new-$file"
  expect_rc 1 "$name of a new file on a full disk"
  [ ! -e "$D/new-$file" ] && ok || bad "$name on a full disk left a partial new-$file"
  expect_no_tmp "$D" "$name on a full disk"
  unfill
}
out_cmd render map.png --date 2024-12-05
out_cmd render map.pdf --date 2024-12-05
out_cmd export places.geojson --date 2024-12-05
out_cmd export places.gpkg --date 2024-12-05
finish_hostile
