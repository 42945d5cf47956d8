/* SPDX-License-Identifier: MIT
 *
 * fuzz_style.c - fuzz the map style reader (assets/styles/NAME.json, fli_style_load):
 * an error naming the file, or a style whose sizes are finite and not negative, whose
 * colours lie in [0, 1], with at most 16 sides.
 */
#include <math.h>
#include "fuzz_common.h"
#include "render_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_rgba(fli_rgba c, const char *what)
{
	FUZZ_CHECK(c.r >= 0 && c.r <= 1 && c.g >= 0 && c.g <= 1 && c.b >= 0 && c.b <= 1 && c.a >= 0 &&
			   c.a <= 1,
		   "%s colour (%g %g %g %g)", what, c.r, c.g, c.b, c.a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > (1u << 20))
		return 0;
	const char *path = fuzz_scratch(".json");
	if (fuzz_write_scratch(path, data, size) != 0)
		return 0;
	fl_error err;
	fl_error_clear(&err);
	fli_style st;
	fl_status rc = fli_style_load(path, &st, &err);
	if (rc != FL_OK) {
		FUZZ_CHECK(err.code == rc, "returned %d, recorded %d", rc, err.code);
		FUZZ_CHECK(strstr(err.text, path) || strcmp(err.source, path) == 0,
			   "error does not name the file: %s", err.text);
		return 0;
	}
	FUZZ_CHECK(st.nsides >= 0 && st.nsides <= 16, "%d sides", st.nsides);
	FUZZ_CHECK(memchr(st.font, 0, sizeof(st.font)) && memchr(st.name, 0, sizeof(st.name)), "unterminated");
	const double sizes[] = { st.title_size, st.label_size, st.legend_size, st.frontline_width,
				 st.symbol_min, st.symbol_max, st.label_halo, st.hatch_spacing,
				 st.area_opacity, st.claimed_opacity };
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
		FUZZ_CHECK(isfinite(sizes[i]) && sizes[i] >= 0, "size %zu is %g", i, sizes[i]);
	check_rgba(st.sea, "sea");
	check_rgba(st.text, "text");
	for (int i = 0; i < st.nsides; i++) {
		check_rgba(st.sides[i].color, st.sides[i].name);
		FUZZ_CHECK(memchr(st.sides[i].name, 0, sizeof(st.sides[i].name)), "side name unterminated");
	}
	(void)fli_style_side(&st, "government");
	(void)fli_style_side(&st, "no-such-side");
	return 0;
}
