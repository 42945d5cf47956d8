# lib.bash - helpers for the end-to-end tests (sourced, not a test itself).
# Each test: bash tests/e2e/NAME.sh path/to/frontline
set -u
FL=${1:?usage: $0 path/to/frontline}
SRC=${FL_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d "${TMPDIR:-/tmp}/fle2e-XXXXXX")
trap 'rm -rf "$T"' EXIT
PASS=0 FAIL=0
ok() { PASS=$((PASS + 1)); }
bad() { FAIL=$((FAIL + 1)); echo "FAIL: $*" >&2; }
# run CMD... : runs with stdout in $T/out, stderr in $T/err, exit code in $RC
run() { "$@" >"$T/out" 2>"$T/err"; RC=$?; }
expect_rc() { if [ "$RC" = "$1" ]; then ok; else bad "$2: exit $RC, expected $1 (stderr: $(head -c 300 "$T/err"))"; fi; }
expect_out() { if grep -q -- "$1" "$T/out"; then ok; else bad "$2: stdout lacks '$1'"; fi; }
expect_err() { if grep -q -- "$1" "$T/err"; then ok; else bad "$2: stderr lacks '$1' (got: $(head -c 300 "$T/err"))"; fi; }
expect_empty_out() { if [ ! -s "$T/out" ]; then ok; else bad "$1: stdout not empty"; fi; }
finish() { echo "$(basename "$0" .sh): $PASS passed, $FAIL failed"; [ "$FAIL" = 0 ]; }
