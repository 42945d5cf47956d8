# extract.sh - frontline extract: claims in TSV and JSON Lines with the contract's
# fields, --date winning over the text, usage and runtime errors with their exit codes.
. "$(dirname "$0")/lib.bash"
FIX=$SRC/tests/fixtures/extract
if [ ! -f "$SRC/data/gazetteer.fgaz" ] && [ -z "${FRONTLINE_GAZETTEER:-}" ]; then
  echo "extract.sh: gazetteer not built; skipped"; exit 0
fi
run "$FL" extract --help; expect_rc 0 "extract --help"; expect_out "usage: frontline extract" "help"
run "$FL" extract; expect_rc 2 "no file"; expect_empty_out "no file"
run "$FL" extract "$FIX/wire-damascus/article.txt" --format xml; expect_rc 2 "bad format"; expect_err "'xml'" "quotes the format"
run "$FL" extract "$FIX/wire-damascus/article.txt" --date 2024-13-01; expect_rc 2 "bad date"; expect_err "'2024-13-01'" "quotes the date"

# TSV: a header and one claim per line, Damascus taken on 8 December by the opposition
run "$FL" extract "$FIX/wire-damascus/article.txt"; expect_rc 0 "tsv"
expect_out "^article	place_id	place	lat	lon	date	date_precision	side	event	status	attributed_to	confidence	actor	sentence	start	end$" "tsv header"
expect_out "	170654	Damascus	.*	2024-12-08	day	opposition	capture	reported	" "Damascus claim"

# JSON Lines: exactly the contract's fields, in order
run "$FL" extract --format json "$FIX/gov-army-recaptures/article.txt"; expect_rc 0 "json"
keys=$(head -1 "$T/out" | sed 's/"sentence":"[^"]*\(\\"[^"]*\)*"/"sentence":""/' | grep -o '"[a-z_]*":' | tr -d '":' | tr '\n' ' ')
[ "$keys" = "article place_id place lat lon date date_precision side event status attributed_to confidence actor sentence start end " ] && ok || bad "json keys: $keys"
expect_out '"place":"Suqaylabiyah",.*"side":"opposition","event":"capture","status":"denied"' "denied claim kept"
expect_out '"attributed_to":"A military source"' "attribution"

# --date wins over the dateline: relative days move with it
run "$FL" extract --date 2024-12-09 "$FIX/wire-damascus/article.txt"; expect_rc 0 "--date"
expect_out "	Damascus	.*	2024-12-08	day	opposition" "'early on Sunday' read on Monday 9 December"

# Several files: a bad one is reported by name, the good one still printed, exit 1
printf 'Rebels took Hama.\0' >"$T/nul.txt"
run "$FL" extract "$FIX/wire-damascus/article.txt" "$T/nul.txt"; expect_rc 1 "good + bad"
expect_err "nul.txt" "names the bad file"; expect_err "offset 17" "says where"
expect_out "Damascus" "the good file's claims are printed"

# An article whose publication date cannot be known says so
printf 'Rebels took control of Hama on Thursday, residents said, after days of fighting.\n' >"$T/nodate.txt"
run "$FL" extract "$T/nodate.txt"; expect_rc 0 "undated"; expect_err "publication date unknown" "says so"
finish
