/* SPDX-License-Identifier: MIT
 *
 * geoparse.h - find the places an article names: gazetteer matches (longest match,
 * transliteration-robust), disambiguated by theatre, kind, population and context.
 * Names that look like places but are not in the gazetteer come back unresolved.
 */
#ifndef FL_GEOPARSE_H
#define FL_GEOPARSE_H

#include "article.h"
#include "gazetteer.h"

typedef struct fl_mention {
	size_t start, end;	/* byte span in the article text */
	const fl_place *place;	/* borrowed; NULL for an unresolved name */
	double score;		/* [0,1] confidence in the resolution */
} fl_mention;

typedef struct fl_mentions {
	fl_mention *items;	/* in text order */
	size_t count, cap;	/* used, allocated */
} fl_mentions;

/* Append a's mentions to out (caller inits it to {0}). On failure out is as before. */
fl_status fl_geoparse(const fl_gazetteer *gz, const fl_article *a, fl_mentions *out,
		      fl_error *err);
void fl_mentions_release(fl_mentions *m);

#endif
