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

/* A per-process scratch file name under $TMPDIR ending in suffix (".json"); the
 * string is static. The file is removed by fuzz_scratch_remove (registered atexit). */
static char fuzz_scratch_name[512];
static inline void fuzz_scratch_remove(void)
{
	if (fuzz_scratch_name[0])
		unlink(fuzz_scratch_name);
}
static inline const char *fuzz_scratch(const char *suffix)
{
	if (!fuzz_scratch_name[0]) {
		const char *t = getenv("TMPDIR");
		snprintf(fuzz_scratch_name, sizeof(fuzz_scratch_name), "%s/flfuzz-%ld%s",
			 t && *t ? t : "/tmp", (long)getpid(), suffix);
		atexit(fuzz_scratch_remove);
	}
	return fuzz_scratch_name;
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
