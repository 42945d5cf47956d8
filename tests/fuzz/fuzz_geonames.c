/* SPDX-License-Identifier: MIT
 *
 * fuzz_geonames.c - fuzz the GeoNames dump import (fl_gazetteer_import) into a small
 * gazetteer: whatever the dump, the import fails naming the dump and leaves the
 * gazetteer byte for byte as it was, or succeeds and every place the gazetteer had is
 * still there.
 */
#include "fuzz_gaz_build.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static uint8_t *base;	/* the small gazetteer's bytes */
static size_t base_len;

static uint8_t *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	uint8_t *b = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
		free(b);
		b = NULL;
	}
	fclose(f);
	*len = (size_t)n;
	return b;
}

static void free_base(void)
{
	free(base);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	const char *g = fuzz_gaz_build();
	if (g && !(base = slurp(g, &base_len)))
		snprintf(fuzz_skip_reason, sizeof(fuzz_skip_reason), "cannot read '%s'", g);
	atexit(free_base);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!base || size > (256u << 10))
		return 0;
	const char *gaz = fuzz_scratch("-work.fgaz");
	const char *dump = fuzz_scratch("-SY.txt");
	if (fuzz_write_scratch(gaz, base, base_len) != 0 || fuzz_write_scratch(dump, data, size) != 0)
		return 0;
	fl_gazetteer_report rep = { 0 };
	fl_error err;
	fl_error_clear(&err);
	fl_status rc = fl_gazetteer_import(gaz, dump, &rep, &err);
	if (rc != FL_OK) {
		FUZZ_CHECK(err.code == rc, "returned %d, recorded %d", rc, err.code);
		FUZZ_CHECK(strstr(err.text, dump) || strcmp(err.source, dump) == 0,
			   "error does not name the dump: %s", err.text);
		size_t n;
		uint8_t *after = slurp(gaz, &n);
		FUZZ_CHECK(after && n == base_len && memcmp(after, base, n) == 0,
			   "a failed import changed the gazetteer");
		free(after);
	} else {
		FUZZ_CHECK(rep.malformed <= rep.rows + 100000000, "counts");
		FUZZ_CHECK(rep.nbad <= rep.malformed && rep.nbad <= 1000, "%zu bad of %zu", rep.nbad, rep.malformed);
		fl_gazetteer *gz = NULL;
		FUZZ_CHECK(fl_gazetteer_open(gaz, &gz, &err) == FL_OK, "the imported gazetteer does not open: %s",
			   err.text);
		FUZZ_CHECK(fl_gazetteer_get(gz, 170063) && fl_gazetteer_get(gz, 170017), "a place was lost");
		fl_gazetteer_free(gz);
	}
	fl_gazetteer_report_release(&rep);
	return 0;
}
