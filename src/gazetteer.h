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

/* The i-th place in id order (0-based), NULL past the last: for listing them all. */
const fl_place *fl_gazetteer_place_at(const fl_gazetteer *gz, size_t i);

/* Ranked candidates for name; context is optional text around the name ("province",
 * "city of") used to prefer a kind. Fills up to max into out, returns how many. */
size_t fl_gazetteer_lookup(const fl_gazetteer *gz, const char *name, const char *context,
			   fl_candidate *out, size_t max);

/* ---- building, importing, statistics (set-up and the CLI) ------------------ */

#define FL_GAZ_PROJECT_ID 9000000000LL	/* first id of project-written rows */

/* The built gazetteer's path: fl_data_dir()/data/gazetteer.fgaz (caller frees; NULL on
 * ENOMEM). The one place that names the default. */
char *fl_gazetteer_default_path(void);

/* Where a build reads from. NULL members take the defaults under fl_data_dir(). */
typedef struct fl_gazetteer_sources {
	const char *geonames;		/* GeoNames dump (cities500.txt) */
	const char *naturalearth;	/* Natural Earth GeoPackage with a "countries" layer;
					 * "" to skip */
	const char *supplements;	/* folder with places.tsv, names.tsv, countries.tsv,
					 * stoplist.txt (the project's gazetteer/) */
	const char *const *countries;	/* theatre countries, ISO alpha-2, main first */
	size_t ncountries;		/* 0: SY and its neighbours */
	bool fresh;			/* drop what earlier imports brought */
} fl_gazetteer_sources;

#define FL_GAZ_DUMP_MAX ((size_t)256 << 20)	/* larger dumps are refused (FL_ELIMIT) */

/* One line of a dump that was skipped. */
typedef struct fl_gazetteer_badline {
	long line;			/* 1-based line number in the dump */
	char reason[96];		/* why it was skipped */
} fl_gazetteer_badline;

/* What a build or an import did. Caller inits to {0}, releases with
 * fl_gazetteer_report_release. */
typedef struct fl_gazetteer_report {
	size_t rows;			/* data lines read from the dump(s) */
	size_t added;			/* places new to the gazetteer */
	size_t updated;			/* places already there, merged */
	size_t places;			/* places in the written gazetteer */
	size_t names;			/* distinct (place, name) pairs written */
	size_t malformed;		/* lines skipped as malformed (all of them) */
	fl_gazetteer_badline *bad;	/* the first ones, in line order */
	size_t nbad;			/* number in bad (at most 1000) */
} fl_gazetteer_report;
void fl_gazetteer_report_release(fl_gazetteer_report *r);

/* Build the gazetteer from src and write it atomically to out_path (NULL: default).
 * Places a previous gazetteer at out_path got from imports are carried over. rep may
 * be NULL. Errors name the source file and line. */
fl_status fl_gazetteer_build(const fl_gazetteer_sources *src, const char *out_path,
			     fl_gazetteer_report *rep, fl_error *err);

/* Merge a GeoNames dump (19 tab-separated columns) into the built gazetteer at gaz_path
 * (NULL: default) and replace it atomically. Malformed lines are skipped and listed in
 * rep (the rest is imported; FL_OK); nothing already in the gazetteer is lost (same id:
 * names are merged and the dump's fields win). A file that is no text dump at all
 * (empty, NUL bytes, invalid UTF-8, over FL_GAZ_DUMP_MAX) is refused whole with
 * FL_EPARSE/FL_ELIMIT and the gazetteer is untouched. FL_ENOTFOUND if the gazetteer
 * was never built. */
fl_status fl_gazetteer_import(const char *gaz_path, const char *dump_path,
			      fl_gazetteer_report *rep, fl_error *err);

/* Figures about an open gazetteer. */
typedef struct fl_gazetteer_stats {
	size_t places;			/* all places */
	size_t keys;			/* distinct normalised names */
	size_t names;			/* (place, name) pairs */
	size_t by_origin[4];		/* geonames, natural earth, supplements, imports */
	size_t roads;			/* places with a chain */
	size_t ncountries;		/* theatre countries */
	char countries[16][4];		/* theatre countries, main first */
	size_t per_country[16];		/* places in each theatre country */
	size_t other_country;		/* places outside the theatre */
	size_t stopwords;		/* entries of the stoplist */
	int64_t built;			/* build time, seconds since the epoch */
} fl_gazetteer_stats;
void fl_gazetteer_get_stats(const fl_gazetteer *gz, fl_gazetteer_stats *st);

/* The normalised form names are matched by (lowercase, no diacritics, no ʿayn/hamza
 * marks or apostrophes, no Arabic article, single spaces) into out. Returns its
 * length, 0 if nothing is left or it does not fit cap. */
size_t fl_gazetteer_normalize(const char *name, char *out, size_t cap);

#endif
