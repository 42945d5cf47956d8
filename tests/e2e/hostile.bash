# hostile.bash - helpers for the hostile-input tests (tests/e2e/hostile_*.sh), sourced
# after lib.bash. The inputs are made at test time in $T (the 500 MB one is sparse).
# Under scripts/valgrind.sh FL_VALGRIND=1 is set: slow loops run fewer rounds.

# have_cmd NAME: the built frontline lists NAME among its commands.
FL_COMMANDS=$("$FL" --help 2>/dev/null | sed -n '/^commands:/,/^$/p' | awk '/^  [^ ]/ {print $1}')
have_cmd() { grep -qx "$1" <<<"$FL_COMMANDS"; }
SKIPPED=0
skip() { SKIPPED=$((SKIPPED + 1)); echo "SKIP: $*" >&2; }

# make_bad DIR: the hostile inputs every file-reading command is fed.
make_bad() {
  local d=$1
  mkdir -p "$d"
  printf 'Aleppo, Nov 30 (Wire) - Opposition fighters entered \xff\xfe\xc3 the city.\n' >"$d/invalid-utf8.txt"
  printf 'Hama, Dec 5 (Wire) - The army withdrew\0 from Hama on Thursday.\n' >"$d/nul.txt"
  # A binary file: a PNG signature and a deterministic run of pseudo-random bytes.
  { printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR'; awk 'BEGIN{srand(7); for(i=0;i<4096;i++) printf "%c", int(rand()*255)+1}'; } >"$d/binary.png"
  : >"$d/empty.txt"
  mkdir -p "$d/a-directory"
  printf 'Homs, Dec 7 (Wire) - Fighters reached the outskirts of Homs.\n' >"$d/unreadable.txt"
  chmod 000 "$d/unreadable.txt"
  truncate -s 500M "$d/huge.txt"        # sparse: no disk used, no time spent
  # A "saved page" cut off in the middle of a multi-byte character.
  printf '<html><head><title>Hama</title></head><body><p>Government forces left Ham\xc4' >"$d/half-saved.html"
  # Saved as "Unicode" (UTF-16/32, with and without a byte-order mark), as Windows
  # editors and some scrapers do.
  local t='Hama, Dec 5 (Wire) - The army withdrew from Hama on Thursday.'
  printf '%s\n' "$t" | iconv -f UTF-8 -t UTF-16 >"$d/utf16-bom.txt"
  printf '%s\n' "$t" | iconv -f UTF-8 -t UTF-16LE >"$d/utf16le.txt"
  printf '%s\n' "$t" | iconv -f UTF-8 -t UTF-16BE >"$d/utf16be.txt"
  printf '%s\n' "$t" | iconv -f UTF-8 -t UTF-32 >"$d/utf32-bom.txt"
  printf 'حماة، ٥ كانون الأول - انسحب الجيش من حماة يوم الخميس\n' | iconv -f UTF-8 -t UTF-16LE >"$d/arabic-utf16le.txt"
}
WIDE_FILES="utf16-bom.txt utf16le.txt utf16be.txt utf32-bom.txt arabic-utf16le.txt"
BAD_FILES="invalid-utf8.txt nul.txt binary.png empty.txt a-directory unreadable.txt huge.txt half-saved.html missing.txt"
# Under valgrind (a few seconds a run) a sample of each kind of input is enough to
# find memory errors; the full set runs in the normal and ASan builds.
VG=${FL_VALGRIND:-}
[ -n "$VG" ] && BAD_FILES="invalid-utf8.txt nul.txt huge.txt" && WIDE_FILES="utf16-bom.txt utf16le.txt"
# What each bad file's message must say (a word of it), besides the file name.
bad_word() {
  case $1 in
    invalid-utf8.txt|half-saved.html) echo 'UTF-8' ;;
    nul.txt) echo 'NUL' ;;
    binary.png) echo 'binary\|NUL\|UTF-8' ;;
    empty.txt) echo 'empty' ;;
    a-directory) echo 'directory' ;;
    unreadable.txt) echo 'ermission' ;;
    huge.txt) echo 'limit\|NUL\|binary' ;;
    missing.txt) echo 'No such file\|not found\|does not exist' ;;
    utf32*) echo 'is UTF-32 .*iconv -f UTF-32' ;;
    *utf16le.txt) echo 'is UTF-16 (little-endian, no byte-order mark).*iconv -f UTF-16LE -t UTF-8' ;;
    utf16be.txt) echo 'is UTF-16 (big-endian.*iconv -f UTF-16BE -t UTF-8' ;;
    utf16*) echo 'is UTF-16 (little-endian, with a byte-order mark).*iconv -f UTF-16 -t UTF-8' ;;
  esac
}
is_root() { [ "$(id -u)" = 0 ]; }

# expect_err_re RE WHAT: stderr matches the basic regular expression RE.
expect_err_re() { if grep -q -- "$1" "$T/err"; then ok; else bad "$2: stderr lacks /$1/ (got: $(head -c 300 "$T/err"))"; fi; }
expect_no_tmp() {  # expect_no_tmp DIR WHAT: no temporary or partial file left in DIR
  local left
  left=$(find "$1" -name '*.tmp-*' 2>/dev/null | head -3)
  if [ -z "$left" ]; then ok; else bad "$2: temporary files left: $left"; fi
}
expect_same() {    # expect_same FILE_A FILE_B WHAT
  if cmp -s "$1" "$2"; then ok; else bad "$3: $1 and $2 differ"; fi
}

# A folder on a nearly full filesystem: a 2 MB tmpfs when root may mount one, else "".
# umount_small is called by the EXIT trap.
SMALL_MNT=
mount_small() {
  local d=$1 size=${2:-2m}
  mkdir -p "$d"
  if is_root && mount -t tmpfs -o size="$size" tmpfs "$d" 2>/dev/null; then
    SMALL_MNT="$SMALL_MNT $d"
    trap 'umount_small; rm -rf "$T"' EXIT
    return 0
  fi
  return 1
}
umount_small() { local m; for m in $SMALL_MNT; do umount -l "$m" 2>/dev/null; done; SMALL_MNT=; }
# fill DIR: leave almost no room on DIR's filesystem.
fill() { dd if=/dev/zero of="$1/.filler" bs=64k 2>/dev/null; rm -f "$1/.filler.small"; dd if=/dev/zero of="$1/.filler.small" bs=1k 2>/dev/null; true; }

# The ENOSPC shim for when no tmpfs can be mounted: write()s to files under
# $FL_ENOSPC_DIR fail with ENOSPC once $FL_ENOSPC_AFTER bytes went there.
enospc_shim() {
  local so=$T/enospc.so
  [ -f "$so" ] || cc -shared -fPIC -O1 -o "$so" "$SRC/tests/e2e/enospc_shim.c" -ldl 2>"$T/cc.err" || return 1
  echo "$so"
}

# private_data: point FRONTLINE_DATA at a copy of the data folder whose built
# gazetteer is our own (everything else linked), so that imports never touch the
# shared one. Sets GAZ to that gazetteer ("" if none was built).
private_data() {
  local src=${FRONTLINE_DATA:-$SRC} f
  local d=$T/data-root
  mkdir -p "$d/data"
  for f in "$src"/*; do [ "$(basename "$f")" = data ] || ln -sfn "$f" "$d/"; done
  for f in "$src"/data/*; do
    case $(basename "$f") in gazetteer.fgaz*) ;; *) ln -sfn "$f" "$d/data/" ;; esac
  done
  GAZ=
  if [ -f "$src/data/gazetteer.fgaz" ]; then cp "$src/data/gazetteer.fgaz" "$d/data/"; GAZ=$d/data/gazetteer.fgaz; fi
  export FRONTLINE_DATA=$d
}

finish_hostile() { [ "$SKIPPED" = 0 ] || echo "$(basename "$0" .sh): $SKIPPED parts skipped" >&2; finish; }
