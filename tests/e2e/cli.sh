# cli.sh - the command-line contract: help, version, exit codes, stdout vs stderr.
. "$(dirname "$0")/lib.bash"

run "$FL" --help;            expect_rc 0 "--help"; expect_out "usage: frontline" "--help"
run "$FL" -h;                expect_rc 0 "-h"
run "$FL" --version;         expect_rc 0 "--version"; expect_out "GDAL" "--version"; expect_out "PROJ" "--version"; expect_out "GEOS" "--version"; expect_out "cairo" "--version"
run "$FL";                   expect_rc 2 "no command"; expect_empty_out "no command"
run "$FL" --bogus;           expect_rc 2 "bad global option"; expect_err "unknown option '--bogus'" "bad option"; expect_empty_out "bad option"
run "$FL" frobnicate;        expect_rc 2 "unknown command"; expect_err "unknown command 'frobnicate'" "unknown command"
run "$FL" --store;           expect_rc 2 "--store without value"
# every listed command answers --help on stdout with exit 0
for cmd in $("$FL" --help | sed -n '/^commands:/,/^$/p' | awk '/^  [^ ]/ {print $1}'); do
  run "$FL" "$cmd" --help; expect_rc 0 "$cmd --help"; expect_out "usage: frontline" "$cmd --help"
done
finish
