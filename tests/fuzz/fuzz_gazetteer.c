/* SPDX-License-Identifier: MIT
 *
 * fuzz_gazetteer.c - fuzz the gazetteer lookup (fl_gazetteer_lookup, and the name
 * normalisation under it) with any bytes as the name and the context: the input up to
 * its first newline is the name, the rest the context. Candidates are real places of
 * the gazetteer, scores lie in [0, 1], at most max come back.
 * Uses the built gazetteer (data/gazetteer.fgaz) when there is one, else builds a
 * small one.
 */
#include "fuzz_gaz_build.h"
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static fl_gazetteer *gz;

static void close_gz(void)
{
	fl_gazetteer_free(gz);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	char *def = fl_gazetteer_default_path();
	struct stat st;
	const char *path = def && stat(def, &st) == 0 ? def : fuzz_gaz_build();
	fl_error err;
	fl_error_clear(&err);
	if (path && fl_gazetteer_open(path, &gz, &err) != FL_OK)
		snprintf(fuzz_skip_reason, sizeof(fuzz_skip_reason), "cannot open '%.100s': %.120s", path, err.text);
	free(def);
	atexit(close_gz);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!gz || size > 4096)
		return 0;
	char *s = fuzz_cstr(data, size);
	if (!s)
		return 0;
	char *nl = memchr(s, '\n', size);
	const char *context = NULL;
	if (nl) {
		*nl = '\0';
		context = nl + 1;
	}
	fl_candidate c[8];
	size_t n = fl_gazetteer_lookup(gz, s, context, c, 8);
	FUZZ_CHECK(n <= 8, "%zu candidates", n);
	for (size_t i = 0; i < n; i++) {
		FUZZ_CHECK(c[i].place != NULL && c[i].reason != NULL, "candidate %zu empty", i);
		FUZZ_CHECK(c[i].score >= 0 && c[i].score <= 1, "score %g", c[i].score);
		/* Not checked: that scores fall in rank order (the ranking weighs more than
		 * the score shows; "al-Souraе" ranks 0.517, 0.386, 0.425, ...). */
		FUZZ_CHECK(fl_gazetteer_get(gz, c[i].place->id) == c[i].place, "place %lld not in the gazetteer",
			   (long long)c[i].place->id);
	}
	/* Zero or one candidate asked for: no writes past it. */
	fl_candidate one;
	FUZZ_CHECK(fl_gazetteer_lookup(gz, s, context, &one, 1) <= 1, "max 1");
	(void)fl_gazetteer_lookup(gz, s, context, NULL, 0);
	char key[64];
	size_t k = fl_gazetteer_normalize(s, key, sizeof(key));
	FUZZ_CHECK(k < sizeof(key) && (k == 0 || strlen(key) == k), "normalised length %zu", k);
	free(s);
	return 0;
}
