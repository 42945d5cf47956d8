/* SPDX-License-Identifier: MIT
 *
 * store.h - the claim store over OGR: a GeoPackage file or a PostGIS database through
 * the same code. Layers for articles, claims, the baseline and analyst corrections.
 * An ingest is one transaction; the same article (same SHA-256) twice changes nothing.
 *
 * The only module that includes gdal.h / ogr_api.h for the store.
 */
#ifndef FL_STORE_H
#define FL_STORE_H

#include "extract.h"

typedef struct fl_store fl_store;

/* Open (creating it if create and it does not exist) the OGR datasource ds: a .gpkg
 * path or "PG:...". */
fl_status fl_store_open(const char *ds, bool create, fl_store **out, fl_error *err);
void fl_store_close(fl_store *st);

/* Store an article and its claims in one transaction. *added is false when the same
 * article was already there (nothing changes). */
fl_status fl_store_ingest(fl_store *st, const fl_article *a, const fl_claims *claims,
			  bool *added, fl_error *err);

/* Append the claims dated in [from, to] (FL_DATE_NONE: open end) to out, in id order. */
fl_status fl_store_claims(fl_store *st, fl_date from, fl_date to, fl_claims *out,
			  fl_error *err);

/* Number of articles and claims in the store. */
fl_status fl_store_counts(fl_store *st, size_t *articles, size_t *claims, fl_error *err);

#endif
