# hostile_store.sh - bad claim stores (issue 8): a corrupt GeoPackage (garbage bytes
# named .gpkg, and a real store cut in half), a read-only one, a directory, a folder
# that does not exist, an unreachable PostgreSQL. Each command exits 1 naming the
# datasource, and the store file is byte for byte as it was.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/hostile.bash"
ART=$SRC/tests/hostile/articles
if ! have_cmd events; then
  skip "no 'events' command yet"; finish_hostile; exit
fi
# write DS [N]: a change to the store: an ingest if the command exists, else an
# analyst's correction.
write() {
  if have_cmd ingest; then
    local arts=("$ART/wire-aleppo.txt" "$ART/wire-hama.txt" "$ART/page-homs.html")
    run "$FL" --store "$1" ingest "${arts[${2:-0}]}"
  else
    local days=(2024-12-05 2024-12-06 2024-12-07)
    run "$FL" --store "$1" events add 9000000001 --lat 35.1318 --lon 36.7578 --side opposition \
      --date "${days[${2:-0}]}" --author hostile-test
  fi
}

# check_store DS WORD: reading and writing DS fail naming WORD; DS is unchanged.
check_store() {
  local ds=$1 word=$2 what
  what=$(basename "$ds")
  [ -f "$ds" ] && cp "$ds" "$T/ds.before"
  run "$FL" --store "$ds" events --format tsv
  expect_rc 1 "events on $what"; expect_err "frontline: error:" "events on $what"
  expect_err "$word" "events on $what: names the store"; expect_empty_out "events on $what"
  write "$ds"
  expect_rc 1 "writing into $what"; expect_err "$word" "writing into $what: names the store"
  [ -f "$T/ds.before" ] && { expect_same "$T/ds.before" "$ds" "$what unchanged"; rm -f "$T/ds.before"; }
}

# Garbage bytes named .gpkg.
head -c 65536 /dev/urandom >"$T/garbage.gpkg"
check_store "$T/garbage.gpkg" "garbage.gpkg"
# A text file named .gpkg.
printf 'these are my notes, not a database\n' >"$T/notes.gpkg"
check_store "$T/notes.gpkg" "notes.gpkg"
# A real store, cut in half (a copy interrupted by a full disk or a crash).
write "$T/good.gpkg" 1; expect_rc 0 "a change to a new store"
size=$(stat -c %s "$T/good.gpkg")
head -c $((size / 2)) "$T/good.gpkg" >"$T/half.gpkg"
check_store "$T/half.gpkg" "half.gpkg"
# A directory, and a folder that does not exist.
mkdir -p "$T/dir.gpkg"
check_store "$T/dir.gpkg" "dir.gpkg"
# A named pipe (GDAL would wait for ever for a writer) and a device: refused at once.
mkfifo "$T/pipe.gpkg"
for ds in "$T/pipe.gpkg" /dev/null; do
  for args in "events --format tsv" "state --date 2024-12-05" "ingest $ART/wire-hama.txt"; do
    have_cmd "${args%% *}" || continue
    run timeout 20 "$FL" --store "$ds" $args
    expect_rc 1 "$args with the store $ds"
    expect_err "store '$ds' is a $( [ "$ds" = /dev/null ] && echo device || echo 'named pipe (FIFO)'), not a GeoPackage file" \
      "$args with the store $ds: says what it is"
    expect_empty_out "$args with the store $ds"
  done
done
[ -p "$T/pipe.gpkg" ] && ok || bad "the named pipe was replaced"
# A command that does not use the store runs whatever --store says.
if have_cmd gazetteer; then
  run "$FL" --store "$T/pipe.gpkg" gazetteer lookup Hama --limit 1; expect_rc 0 "gazetteer lookup with a FIFO as --store"
fi
# A store in a folder that does not exist: reading shows no claims or fails; writing
# fails naming it and creates no folder.
write "$T/no/such/folder/store.gpkg"
expect_rc 1 "writing into a missing folder"; expect_err "no/such/folder/store.gpkg" "writing into a missing folder: names the store"
[ ! -e "$T/no" ] && ok || bad "a failed ingest created $T/no"

# A read-only store: on a read-only filesystem when root may mount one, else mode 444
# (root writes mode-444 files anyway, so then the part is skipped).
RO=$T/ro
if mount_small "$RO" 8m; then
  cp "$T/good.gpkg" "$RO/store.gpkg"
  run "$FL" --store "$RO/store.gpkg" events --format tsv; cp "$T/out" "$T/ro.events"
  mount -o remount,ro "$RO"
  write "$RO/store.gpkg" 2
  expect_rc 1 "a change to a store on a read-only filesystem"
  expect_err "store.gpkg" "read-only store: names it"; expect_err_re "read-only\|Read-only\|readonly\|permission\|Permission" "read-only store: says why"
  run "$FL" --store "$RO/store.gpkg" events --format tsv
  expect_rc 0 "events from a read-only store still work"
  expect_same "$T/ro.events" "$T/out" "read-only store: claims as before"
elif ! is_root; then
  mkdir -p "$RO"; cp "$T/good.gpkg" "$RO/store.gpkg"; chmod 444 "$RO/store.gpkg"; chmod 555 "$RO"
  write "$RO/store.gpkg" 2
  expect_rc 1 "a change to a read-only store"; expect_err "store.gpkg" "read-only store: names it"
  chmod 755 "$RO"
else
  skip "read-only store: running as root without mount permission"
fi

# An unreachable PostgreSQL: refused at once, named, exit 1.
PGDS="PG:host=127.0.0.1 port=1 dbname=frontline connect_timeout=3"
start=$(date +%s)
run "$FL" --store "$PGDS" events --format tsv
expect_rc 1 "events on an unreachable PostgreSQL"
expect_err "frontline: error:" "unreachable PostgreSQL"
expect_err_re "PG:\|127.0.0.1\|PostgreSQL" "unreachable PostgreSQL: names the datasource"
expect_empty_out "unreachable PostgreSQL"
write "$PGDS"
expect_rc 1 "a change to an unreachable PostgreSQL"
[ -n "$VG" ] || [ $(( $(date +%s) - start )) -lt 30 ] && ok || bad "unreachable PostgreSQL took more than 30 s"
expect_no_tmp "$T" "bad stores"
finish_hostile
