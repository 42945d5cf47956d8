/* SPDX-License-Identifier: MIT
 *
 * store.h - the claim store over OGR: a GeoPackage file or a PostGIS database through
 * the same code. Layers for articles, claims, the baseline and analyst corrections.
 * An ingest is one transaction; the same article (same SHA-256) twice changes nothing.
 *
 * The only module that includes gdal.h / ogr_api.h for the store.
 *
 * Layers (schema version FL_STORE_SCHEMA_VERSION, recorded in the fl_meta table):
 *   articles   one row per article: sha256 (unique), source, title, published, ...
 *   claims     machine claims, point geometry (a line for roads), indexed by article,
 *              date and place
 *   overrides  analyst corrections: added claims and rejections, with author and time;
 *              their ids are FL_OVERRIDE_ID_BASE + row id so one id space names both
 *   baseline   dated baseline rows (points or polygons) with their sources
 *   claim_packs one row per article: its claims as the timeline reads them, in one
 *              binary value (schema 2), so the state of a day reads thousands of rows,
 *              not every claim; written in the ingest's transaction, deleted with
 *              the article
 *   baseline_packs one row per baseline date: its point rows in one binary value
 *              (schema 2), written and replaced with the baseline
 * A writer opening a store of schema 1 migrates it (builds the packs); a read-only
 * open reads it as it is, without packs.
 *
 * A store handle is not thread-safe; open one per thread or process. Several processes
 * may ingest into one PostGIS database at once: the unique index on the article's
 * SHA-256 makes the loser of a race see "already there".
 */
#ifndef FL_STORE_H
#define FL_STORE_H

#include "extract.h"

#define FL_STORE_SCHEMA_VERSION 2
#define FL_OVERRIDE_ID_BASE INT64_C(1000000000)	/* ids of analyst corrections start here */

typedef struct fl_store fl_store;

/* Open (creating it if create and it does not exist) the OGR datasource ds: a .gpkg
 * path or "PG:...". Creates missing layers and indexes; refuses a store written by a
 * newer schema. FL_ENOTFOUND if it does not exist and create is false. */
fl_status fl_store_open(const char *ds, bool create, fl_store **out, fl_error *err);
void fl_store_close(fl_store *st);

enum {
	FL_STORE_CREATE = 1,	/* create the datasource if it does not exist */
	FL_STORE_READONLY = 2,	/* read only: never writes, works on read-only files */
};
/* Open with FL_STORE_* flags. A read-only open does not create layers or indexes;
 * a datasource without the store's layers is an error. */
fl_status fl_store_open_ex(const char *ds, unsigned flags, fl_store **out, fl_error *err);

/* True if ds names a PostgreSQL datasource ("PG:..."). */
bool fl_store_is_pg(const char *ds);

/* Give the store a gazetteer (borrowed, may be NULL) so that claims about roads are
 * stored with the road's line as geometry. */
void fl_store_set_gazetteer(fl_store *st, const fl_gazetteer *gz);

/* Store an article and its claims in one transaction. A claim without a date counts
 * from the article's publication day (its effective day; the full read then gives
 * that day as its date, with no precision). *added is false when the same
 * article was already there (nothing changes). When a different article with the same
 * source file (same real path) is in the store, it and its claims are replaced in the
 * same transaction. Claims' ids are not written back (a is const). */
fl_status fl_store_ingest(fl_store *st, const fl_article *a, const fl_claims *claims,
			  bool *added, fl_error *err);

/* Append the claims dated in [from, to] (FL_DATE_NONE: open end) to out, in id order:
 * the machine claims, then the analyst corrections (rejections dated by the day they
 * were made). */
fl_status fl_store_claims(fl_store *st, fl_date from, fl_date to, fl_claims *out,
			  fl_error *err);

/* The day a claim takes effect: its date, or the last day of a range or month. */
fl_date fl_claim_effective_day(const fl_claim *c);

/* What fl_store_query reads. */
enum {
	FL_QUERY_MACHINE = 1,		/* claims from articles */
	FL_QUERY_CORRECTIONS = 2,	/* analyst claims and rejections */
	FL_QUERY_LEAN = 4,		/* what the timeline needs: no sentence, actor, author,
					 * created, geometry; date = date_end = the effective day,
					 * and from/to select by effective day (machine claims;
					 * corrections, few, are always read whole) */
};

typedef struct fl_store_query_def {
	fl_date from, to;	/* date range, FL_DATE_NONE: open end */
	int what;		/* FL_QUERY_* flags */
	int64_t place_id;	/* only this place; 0: all */
	double min_confidence;	/* only claims at least this confident; 0: all */
} fl_store_query_def;

/* Append the claims q selects to out, sorted by id. On failure out is as before. */
fl_status fl_store_query(fl_store *st, const fl_store_query_def *q, fl_claims *out,
			 fl_error *err);

/* A machine claim as the timeline reads it (fl_store_scan): what the fold weighs and no
 * more. Strings are borrowed, valid during the visit only; attributed_to and place may be
 * NULL, the others are never NULL. */
typedef struct fl_claim_lean {
	int64_t id;		/* claim id */
	int64_t place_id;	/* gazetteer id */
	fl_date eff;		/* effective day (fl_claim_effective_day, or the publication day) */
	double confidence;	/* [0,1] */
	size_t start;		/* byte offset of its sentence in the article */
	double lat, lon;	/* WGS 84 degrees */
	const char *place;	/* name */
	const char *article;	/* article id (SHA-256 hex) */
	const char *side, *event, *status, *source_side;
	const char *attributed_to;
} fl_claim_lean;

/* Called once per claim; anything but FL_OK stops the scan, which returns it. */
typedef fl_status (*fl_claim_visit)(void *ctx, const fl_claim_lean *c);

/* Visit the machine claims whose effective day lies in [q->from, q->to] (FL_DATE_NONE:
 * open end), at least q->min_confidence and about q->place_id (0: all), in no set
 * order; claims without an effective day are left out. q->what is ignored. This is
 * the timeline's fast path: it reads the claim packs (one row per article), or in a
 * read-only store of schema 1 one SELECT of the claims, and copies nothing. */
fl_status fl_store_scan(fl_store *st, const fl_store_query_def *q, fl_claim_visit visit, void *ctx,
			fl_error *err);

/* One claim or correction by id. FL_ENOTFOUND if there is none. out is caller-owned
 * (release with fl_claim_release). */
fl_status fl_store_get(fl_store *st, int64_t id, fl_claim *out, fl_error *err);

/* Record analyst corrections (claims with status "analyst", or rejections with
 * rejects != 0) in one transaction; all or nothing. Each must carry author and created.
 * On success ids[i] (if ids is not NULL) is the new id of cs->items[i]. A rejection of
 * an id that does not exist is FL_ENOTFOUND and nothing is stored. */
fl_status fl_store_correct(fl_store *st, const fl_claims *cs, int64_t *ids, fl_error *err);

/* Read a file of analyst corrections: CSV with a header, or GeoJSON points. A row with
 * a 'rejects' value (a claim id) rejects that claim; any other row adds a claim with
 * place_id (or geonames_id), place (or name), lat/lon (or a point), date (YYYY-MM-DD),
 * side, and optional event (default "held"), date_end, note and author. Rows without
 * an author take author. created is stamped on every row. sides as for
 * fl_baseline_read. Errors name the file and line. out must be zeroed; on failure it
 * is as before. */
fl_status fl_corrections_read(const char *path, const char *author, const char *created,
			      const char *const *sides, fl_claims *out, fl_error *err);

/* Number of articles and claims in the store (claims: machine claims only). */
fl_status fl_store_counts(fl_store *st, size_t *articles, size_t *claims, fl_error *err);

/* Number of analyst corrections. */
fl_status fl_store_count_corrections(fl_store *st, size_t *n, fl_error *err);

/* ---- baselines ------------------------------------------------------------ */

typedef struct fl_baseline_row {
	int64_t place_id;	/* gazetteer id; 0 for a polygon */
	char *place;		/* name as the file gives it */
	double lat, lon;	/* WGS 84 degrees (a polygon: a point inside its envelope) */
	char side[24];		/* holder on the baseline date */
	char kind[12];		/* feature code if given, else "" */
	int64_t population;	/* 0 if unknown */
	char *source;		/* where the row's fact comes from; may be NULL */
	double *ring_xy;	/* polygon rows: lon,lat pairs of all rings; NULL for points */
	size_t *ring_len;	/* points in each ring */
	size_t nrings;		/* 0 for a point */
	long line;		/* line (CSV) or feature number in the file it was read from */
} fl_baseline_row;

typedef struct fl_baseline {
	fl_date date;		/* the day it describes */
	char *origin;		/* file it was read from, or "store" */
	fl_baseline_row *items;	/* owning */
	size_t count, cap;
} fl_baseline;

/* Read a baseline file: a CSV with a header naming at least lat, lon (or place id and
 * name with coordinates) and side (geonames_id|place_id|id, name|place, source, kind,
 * population optional), or a GeoJSON FeatureCollection of points or (multi)polygons
 * with a "side" property. sides, if not NULL, is a NULL-terminated list of the sides
 * allowed. Errors name the file and line. out must be zeroed; on failure it is empty. */
fl_status fl_baseline_read(const char *path, fl_date date, const char *const *sides,
			   fl_baseline *out, fl_error *err);

/* Store b as the baseline of its date, replacing one imported before for that date,
 * in one transaction. author is recorded with the rows. */
fl_status fl_store_baseline_put(fl_store *st, const fl_baseline *b, const char *author,
				fl_error *err);

/* The stored baseline that applies on day d: the latest dated on or before d, else the
 * earliest. *found is false (and out empty) when none was imported. */
fl_status fl_store_baseline_get(fl_store *st, fl_date d, fl_baseline *out, bool *found,
				fl_error *err);

/* True if (lon, lat) lies inside the polygon row (even-odd over all its rings). */
bool fl_baseline_row_contains(const fl_baseline_row *r, double lon, double lat);

void fl_baseline_release(fl_baseline *b);

/* ---- private helpers (fli_): claims handed out by the store -------------- */

/* Free the strings of one claim (not the claim). NULL does nothing. */
void fli_claim_release(fl_claim *c);
/* Free every claim and the array; cs becomes empty. */
void fli_claims_release(fl_claims *cs);
/* Deep copy of src into *dst; FL_ENOMEM leaves *dst without strings. */
fl_status fli_claim_copy(fl_claim *dst, const fl_claim *src);

#endif
