/* SPDX-License-Identifier: MIT
 *
 * timeline.h - the state of the front on day D: baseline + accepted claims up to D +
 * analyst corrections, under the map definition's policy. Same inputs, same state,
 * whatever their order.
 */
#ifndef FL_TIMELINE_H
#define FL_TIMELINE_H

#include "mapdef.h"
#include "store.h"

typedef struct fl_place_state {
	int64_t place_id;	/* gazetteer id */
	char *place;		/* name */
	double lat, lon;	/* WGS 84 degrees */
	char kind[12];		/* gazetteer feature code */
	int64_t population;	/* for symbol size and label priority */
	char side[24];		/* holder at the end of the day, or "contested"/"unknown" */
	fl_date since;		/* date the holder took it (baseline date if unchanged) */
	char status[12];	/* "baseline", "changed", "contested" */
	char level[12];		/* "assessed" or "claimed" */
	char *sources;		/* claim ids that decided it, comma-separated ("" baseline) */
} fl_place_state;

typedef struct fl_state {
	fl_date date;		/* the day */
	fl_place_state *items;	/* one per place, sorted by place_id */
	size_t count, cap;
	size_t narticles;	/* articles behind the claims applied */
	size_t nclaims;		/* claims applied */
} fl_state;

/* The state on day d. gz resolves baseline names. On failure out is empty. */
fl_status fl_timeline_state(fl_store *st, const fl_map *map, const fl_gazetteer *gz,
			    fl_date d, fl_state *out, fl_error *err);
void fl_state_release(fl_state *s);

#endif
