/* SPDX-License-Identifier: MIT
 *
 * cli_article.c - see cli_article.h.
 */
#include "cli_article.h"

#include <stdio.h>

fl_status cli_article_read(const fl_cli *cli, const char *path, fl_date day, fl_article **out,
			   fl_error *err)
{
	fl_status s = fl_article_read(path, day, out, err);
	if (s == FL_EPARSE && err) {
		/* "not valid UTF-8 at byte 0" or "NUL byte at byte 1" of a file that is
		 * really UTF-16 or UTF-32: say what it is and how to convert it. */
		fl_error wide;
		fl_error_clear(&wide);
		if (fl_refuse_wide_text(path, NULL, &wide) != FL_OK)
			*err = wide;
		return s;
	}
	if (s == FL_OK && (*out)->ncut && (!cli || cli->verbosity >= 0)) {
		const fl_article *a = *out;
		fprintf(stderr,
			"frontline: warning: %s: byte %zu: %zu passage%s longer than %u bytes without a sentence end "
			"cut into pieces of at most %u bytes (claims that span a cut may be missed)\n",
			path, a->first_cut, a->ncut, a->ncut == 1 ? "" : "s", FL_SENTENCE_MAX_BYTES,
			FL_SENTENCE_MAX_BYTES);
	}
	return s;
}
