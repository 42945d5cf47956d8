/* SPDX-License-Identifier: MIT
 *
 * fuzz_mapdef.c - fuzz fl_map_load, the map-definition reader (maps/NAME.json):
 * whatever the bytes, it returns FL_OK with a usable map or an error that names the
 * file, and never leaks (ASan's leak check runs after every input).
 */
#include "fuzz_common.h"
#include "mapdef.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > (1u << 20))
		return 0;
	const char *path = fuzz_scratch(".json");
	if (fuzz_write_scratch(path, data, size) != 0)
		return 0;
	fl_error err;
	fl_error_clear(&err);
	fl_map *m = NULL;
	fl_status rc = fl_map_load(path, &m, &err);
	if (rc == FL_OK) {
		FUZZ_CHECK(m != NULL, "FL_OK without a map");
		FUZZ_CHECK(m->ncountries > 0 && m->countries && m->countries[0], "no countries");
		FUZZ_CHECK(m->extent[0] < m->extent[2] && m->extent[1] < m->extent[3], "extent");
		for (size_t i = 0; i < m->nlayers; i++)
			FUZZ_CHECK(m->layers[i].name && m->layers[i].datasource, "layer %zu", i);
		FUZZ_CHECK(err.code == FL_OK, "FL_OK with an error recorded");
	} else {
		FUZZ_CHECK(m == NULL, "error %d with a map", rc);
		FUZZ_CHECK(err.code == rc, "returned %d, recorded %d", rc, err.code);
		FUZZ_CHECK(strstr(err.text, path) || strcmp(err.source, path) == 0,
			   "error does not name the file: %s", err.text);
	}
	fl_map_free(m);
	return 0;
}
