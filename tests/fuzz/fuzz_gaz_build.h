/* SPDX-License-Identifier: MIT
 *
 * fuzz_gaz_build.h - a small gazetteer for the gazetteer fuzz targets: the project's
 * supplements (gazetteer/ under fl_data_dir()) and a few GeoNames rows, no Natural
 * Earth, built once per process into a scratch file.
 */
#ifndef FL_FUZZ_GAZ_BUILD_H
#define FL_FUZZ_GAZ_BUILD_H

#include "fuzz_common.h"
#include "gazetteer.h"

static const char fuzz_gaz_rows[] =
	"170063\tAleppo\tAleppo\tAlep,Halab,Haleb,Ḩalab,حلب\t36.20124\t37.16117\tP\tPPLA\tSY\t\t09\t\t\t\t1602264\t\t390\tAsia/Damascus\t2024-01-01\n"
	"170017\tHama\tHama\tHamah,Ḩamāh,حماة\t35.13179\t36.75783\tP\tPPLA\tSY\t\t10\t\t\t\t460602\t\t309\tAsia/Damascus\t2024-01-01\n"
	"169304\tMa`arrat an Nu`man\tMa`arrat an Nu`man\tMaarat al-Numan,Ma'arat an-Nu'man\t35.64802\t36.67270\tP\tPPLA2\tSY\t\t07\t\t\t\t58008\t\t493\tAsia/Damascus\t2024-01-01\n"
	"173811\tSouran\tSouran\tSuran,Şūrān\t35.29\t36.74\tP\tPPLA3\tSY\t\t10\t\t\t\t9000\t\t300\tAsia/Damascus\t2024-01-01\n";

/* Build it (once) and return its path, or NULL with fuzz_skip_reason set. */
static inline const char *fuzz_gaz_build(void)
{
	static const char *built;
	if (built || fuzz_skip_reason[0])
		return built;
	const char *dump = fuzz_scratch("-rows.txt");
	const char *out = fuzz_scratch("-base.fgaz");
	if (fuzz_write_scratch(dump, (const uint8_t *)fuzz_gaz_rows, sizeof(fuzz_gaz_rows) - 1) != 0) {
		snprintf(fuzz_skip_reason, sizeof(fuzz_skip_reason), "cannot write %s", dump);
		return NULL;
	}
	fl_gazetteer_sources src = { 0 };
	src.geonames = dump;
	src.naturalearth = "";
	fl_error err;
	fl_error_clear(&err);
	if (fl_gazetteer_build(&src, out, NULL, &err) != FL_OK) {
		snprintf(fuzz_skip_reason, sizeof(fuzz_skip_reason), "cannot build a gazetteer: %.200s",
			 err.text);
		return NULL;
	}
	built = out;
	return built;
}

#endif
