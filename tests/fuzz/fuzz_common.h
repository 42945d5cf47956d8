/* SPDX-License-Identifier: MIT
 *
 * fuzz_common.h - small helpers shared by the fuzz targets (header-only: each target
 * is one translation unit, linked either with libFuzzer or with replay.c).
 */
#ifndef FL_FUZZ_COMMON_H
#define FL_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Set by a target's LLVMFuzzerInitialize when it cannot run here (no built gazetteer,
 * say); the replay program then exits 77, which ctest reports as skipped. */
__attribute__((weak)) char fuzz_skip_reason[256];

/* Abort with a message when an invariant the target checks does not hold: the fuzzer
 * records the input as a crash. */
#define FUZZ_CHECK(cond, ...)                                                      \
	do {                                                                       \
		if (!(cond)) {                                                     \
			fprintf(stderr, "fuzz invariant failed: %s: ", #cond);     \
			fprintf(stderr, __VA_ARGS__);                              \
			fputc('\n', stderr);                                       \
			abort();                                                   \
		}                                                                  \
	} while (0)

/* A NUL-terminated copy of data (caller frees); NULL on ENOMEM. */
static inline char *fuzz_cstr(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (s) {
		memcpy(s, data, size);
		s[size] = '\0';
	}
	return s;
}

/* A per-process scratch file name under $TMPDIR ending in suffix (".json"), one per
 * distinct suffix (up to 8); the string is static. The files (and their "-journal",
 * ".lock" siblings) are removed at exit. */
static char fuzz_scratch_names[8][512];
static inline void fuzz_scratch_remove(void)
{
	static const char *const sib[] = { "", ".lock", "-journal" };
	for (int i = 0; i < 8 && fuzz_scratch_names[i][0]; i++)
		for (int k = 0; k < 3; k++) {
			char p[600];
			if (snprintf(p, sizeof(p), "%.512s%s", fuzz_scratch_names[i], sib[k]) < (int)sizeof(p))
				unlink(p);
		}
}
static inline const char *fuzz_scratch(const char *suffix)
{
	int i = 0;
	for (; i < 8 && fuzz_scratch_names[i][0]; i++) {
		size_t n = strlen(fuzz_scratch_names[i]), m = strlen(suffix);
		if (n >= m && strcmp(fuzz_scratch_names[i] + n - m, suffix) == 0)
			return fuzz_scratch_names[i];
	}
	if (i == 8)
		abort();
	if (i == 0)
		atexit(fuzz_scratch_remove);
	const char *t = getenv("TMPDIR");
	snprintf(fuzz_scratch_names[i], sizeof(fuzz_scratch_names[i]), "%s/flfuzz-%ld-%d%s",
		 t && *t ? t : "/tmp", (long)getpid(), i, suffix);
	return fuzz_scratch_names[i];
}

/* Write data to the scratch file; 0 on success. */
static inline int fuzz_write_scratch(const char *path, const uint8_t *data, size_t size)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return -1;
	size_t n = size ? fwrite(data, 1, size, f) : 0;
	return (fclose(f) == 0 && n == size) ? 0 : -1;
}

#endif
