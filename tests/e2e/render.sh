# render.sh - frontline render and series end to end: the baseline and an analyst's
# correction drawn as PNG, PDF (text checked with pdftotext) and SVG; usage errors;
# a three-day series with stable names and an animated GIF; nothing half-written.
. "$(dirname "$0")/lib.bash"
export FRONTLINE_STORE=$T/store.gpkg
O=$T/maps
mkdir -p "$O"

for cmd in render series; do
  run "$FL" $cmd --help
  expect_rc 0 "$cmd --help"
  expect_out "usage: frontline $cmd" "$cmd --help"
done
run "$FL" render -o "$O/x.png"
expect_rc 2 "render without --date"
run "$FL" render --date 2024-12-01
expect_rc 2 "render without -o"
run "$FL" render --date 2024-12-01 -o "$O/x.jpg"
expect_rc 2 "render to .jpg"
expect_err "png" "render to .jpg names the formats"
run "$FL" render --date 2024-12-01 -o "$O/x.png" --width abc
expect_rc 2 "render --width abc"
run "$FL" series --from 2024-12-03 --to 2024-12-01 --outdir "$O/s"
expect_rc 2 "series backwards"
run "$FL" series --from 2024-12-01 --to 2024-12-02 --outdir "$O/s" --format png,gif
expect_rc 2 "series --format gif"

# An analyst says the opposition holds Aleppo from 30 November.
run "$FL" events add Aleppo --side opposition --date 2024-11-30 --author e2e
expect_rc 0 "events add Aleppo"

run "$FL" render --date 2024-11-30 -o "$O/day.png" --width 1200 --height 800
expect_rc 0 "render png"
expect_empty_out "render png: nothing on stdout"
file "$O/day.png" | grep -q "PNG image data, 1200 x 800" && ok || bad "day.png is not a 1200x800 PNG: $(file "$O/day.png")"

run "$FL" render --date 2024-11-30 -o "$O/dpi.png" --dpi 150
expect_rc 0 "render --dpi 150"
file "$O/dpi.png" | grep -q "1754 x 1240" && ok || bad "--dpi 150 is not an A4 page at 150 dpi: $(file "$O/dpi.png")"

# Nothing is tied to one extent: the Idlib-Hama map definition.
run "$FL" --map "$SRC/maps/idlib-hama.json" render --date 2024-11-30 -o "$O/idlib.pdf"
expect_rc 0 "render the Idlib-Hama map"
pdftotext "$O/idlib.pdf" - | grep -q "Idlib and Hama" && ok || bad "Idlib-Hama PDF lacks its title"

run "$FL" render --date 2024-11-30 -o "$O/day.pdf" --paper letter --portrait
expect_rc 0 "render pdf"
pdfinfo "$O/day.pdf" | grep -q "612 x 792 pts" && ok || bad "day.pdf is not a Letter portrait page"
pdftotext -raw "$O/day.pdf" "$T/pdf.txt"
grep -q "control of terrain" "$T/pdf.txt" && ok || bad "PDF text lacks the title"
grep -q "30 November 2024" "$T/pdf.txt" && ok || bad "PDF text lacks the date"
grep -q "Aleppo" "$T/pdf.txt" && ok || bad "PDF text lacks Aleppo"
grep -q "Damascus" "$T/pdf.txt" && ok || bad "PDF text lacks Damascus"
grep -q "changed hands" "$T/pdf.txt" && ok || bad "PDF text lacks what changed"

run "$FL" render --date 2024-11-30 -o "$O/day.svg"
expect_rc 0 "render svg"
head -c 200 "$O/day.svg" | grep -q "<svg" && ok || bad "day.svg does not start an SVG"
tail -c 20 "$O/day.svg" | grep -q "</svg>" && ok || bad "day.svg is not closed"

# A failed render keeps the earlier map and leaves no temporary file.
cp "$O/day.png" "$T/before.png"
run "$FL" render --date 2024-11-30 -o "$O/day.png" --style "$T/no-such-style.json"
expect_rc 1 "render with a missing style"
expect_err "no-such-style.json" "render with a missing style names it"
cmp -s "$T/before.png" "$O/day.png" && ok || bad "a failed render changed day.png"
ls -a "$O" | grep -q "tmp" && bad "temporary file left in $O" || ok

run "$FL" series --from 2024-11-29 --to 2024-12-01 --outdir "$O/s" --format png,pdf --width 900 --height 600 --gif-width 400
expect_rc 0 "series"
for d in 2024-11-29 2024-11-30 2024-12-01; do
  [ -s "$O/s/$d.png" ] && [ -s "$O/s/$d.pdf" ] && ok || bad "series lacks $d.png or $d.pdf"
done
head -c 6 "$O/s/series.gif" | grep -q GIF89a && ok || bad "series.gif is not a GIF"
[ "$(ls "$O/s" | wc -l)" = 7 ] && ok || bad "series wrote other files: $(ls "$O/s")"
cmp -s "$O/s/2024-11-29.png" "$O/s/2024-11-30.png" && bad "the day Aleppo fell looks like the day before" || ok
finish
