/* SPDX-License-Identifier: MIT
 *
 * territory.h - control areas and frontlines from a state: a Voronoi tessellation of
 * the places with a known side, clipped to the theatre country, dissolved by side;
 * frontlines are the boundaries between areas of different sides.
 *
 * Geometry crosses module borders as WKB in WGS 84 lon/lat; GEOS stays inside.
 */
#ifndef FL_TERRITORY_H
#define FL_TERRITORY_H

#include "timeline.h"

typedef struct fl_area {
	char side[24];		/* holder */
	char level[12];		/* "assessed" or "claimed" */
	unsigned char *wkb;	/* (Multi)Polygon, lon/lat, owned */
	size_t wkb_len;
} fl_area;

typedef struct fl_frontline {
	char side_a[24], side_b[24];	/* the two sides it separates (sorted) */
	unsigned char *wkb;	/* (Multi)LineString, lon/lat, owned */
	size_t wkb_len;
} fl_frontline;

typedef struct fl_territory {
	fl_area *areas;
	size_t nareas;
	fl_frontline *lines;
	size_t nlines;
} fl_territory;

/* Build areas and frontlines for state s clipped to the outline of the main country
 * (WKB lon/lat, borrowed). On failure out is empty. */
fl_status fl_territory_build(const fl_state *s, const unsigned char *outline_wkb,
			     size_t outline_len, fl_territory *out, fl_error *err);
void fl_territory_release(fl_territory *t);

/* What one build can leave for the next, for a run of days (export, series): the
 * outline prepared in the local plane, the Voronoi tessellation of the last set of sites
 * (reused while the places with a known side and their coordinates stay the same, as
 * sides change hands), and the last result (returned again, copied, when no site
 * changed side or level). Results are exactly those of fl_territory_build. One cache
 * per thread; NULL from _new when out of memory. */
typedef struct fl_territory_cache fl_territory_cache;
fl_territory_cache *fl_territory_cache_new(void);
void fl_territory_cache_free(fl_territory_cache *c);

/* fl_territory_build through a cache (NULL: no cache). */
fl_status fl_territory_build_cached(fl_territory_cache *cache, const fl_state *s,
				    const unsigned char *outline_wkb, size_t outline_len,
				    fl_territory *out, fl_error *err);

#endif
