/* SPDX-License-Identifier: MIT
 *
 * cli_article.h - reading an article for geoparse, extract and ingest, with what the
 * commands tell the analyst besides the library's error: a file saved as UTF-16/32 is
 * named as such, and sentences cut at the length cap are reported.
 */
#ifndef FL_CLI_ARTICLE_H
#define FL_CLI_ARTICLE_H

#include "cli.h"
#include "article.h"

/* fl_article_read(path, day), then: when it fails on the encoding and the file is
 * UTF-16 or UTF-32 text, err says so (and how to convert it) instead of "not valid
 * UTF-8"; when it succeeds but sentences had to be cut (FL_SENTENCE_MAX_BYTES), a
 * warning naming the file, the count and the byte offset of the first goes to stderr
 * (unless -q). */
fl_status cli_article_read(const fl_cli *cli, const char *path, fl_date day, fl_article **out,
			   fl_error *err);

#endif
