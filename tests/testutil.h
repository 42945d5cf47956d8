/* SPDX-License-Identifier: MIT
 * testutil.h - helpers for the check suites: a private temporary folder per test,
 * paths into the source tree, and running a suite with check's summary lines. */
#ifndef FL_TESTUTIL_H
#define FL_TESTUTIL_H

#include <check.h>
#include "fl.h"

/* A fresh temporary folder (mkdtemp under $TMPDIR); caller frees the string.
 * Removed with everything in it by tu_rmtree. */
char *tu_tmpdir(void);
void tu_rmtree(const char *dir);
/* "<source tree>/tests/<rel>" or "<source tree>/<rel>" (caller frees). */
char *tu_test_path(const char *rel);
char *tu_src_path(const char *rel);
/* Write len bytes to path; returns 0 on success. */
int tu_write_file(const char *path, const void *buf, size_t len);
/* Run s with check's normal output; returns the process exit status. */
int tu_run(Suite *s);

#endif
