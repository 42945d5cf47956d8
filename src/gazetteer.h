/* SPDX-License-Identifier: MIT
 *
 * gazetteer.h - places and their names: load the built gazetteer, look names up under
 * any spelling the press uses, import GeoNames dumps.
 *
 * Owner of name normalisation (utf8proc). Places are borrowed from the gazetteer and
 * live as long as it does. Thread-safe for concurrent lookups once opened.
 */
#ifndef FL_GAZETTEER_H
#define FL_GAZETTEER_H

#include "fl.h"

typedef struct fl_gazetteer fl_gazetteer;

typedef struct fl_place {
	int64_t id;		/* GeoNames id; project rows use ids >= 9000000000 */
	const char *name;	/* preferred (English) name, UTF-8 */
	double lat, lon;	/* WGS 84 degrees; for a road, its first point */
	char fclass;		/* GeoNames feature class: 'P' place, 'A' admin, 'R' road */
	char kind[12];		/* GeoNames feature code: PPLA, PPL, ADM1, PCLI, ROAD ... */
	char country[4];	/* ISO 3166-1 alpha-2 */
	char admin1[12];	/* GeoNames admin1 code ("SY.10"), "" if none */
	int64_t population;	/* 0 when unknown */
	const int64_t *chain;	/* roads: ordered place ids along the road, else NULL */
	size_t chain_len;	/* number of ids in chain */
} fl_place;

typedef struct fl_candidate {
	const fl_place *place;	/* borrowed from the gazetteer */
	double score;		/* [0,1]: 1 exact name; < 0.5 means do not trust unseen */
	const char *reason;	/* static text: "exact name", "alternate name", "fuzzy" ... */
} fl_candidate;

/* Open the built gazetteer at path (NULL: the default under fl_data_dir()).
 * FL_ENOTFOUND if it was never built (the message says to run the set-up). */
fl_status fl_gazetteer_open(const char *path, fl_gazetteer **out, fl_error *err);
void fl_gazetteer_free(fl_gazetteer *gz);

/* The place with this id, or NULL. */
const fl_place *fl_gazetteer_get(const fl_gazetteer *gz, int64_t id);

/* Ranked candidates for name; context is optional text around the name ("province",
 * "city of") used to prefer a kind. Fills up to max into out, returns how many. */
size_t fl_gazetteer_lookup(const fl_gazetteer *gz, const char *name, const char *context,
			   fl_candidate *out, size_t max);

#endif
