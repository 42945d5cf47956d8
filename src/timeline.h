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

/* The rules, in one place (also the manual of `frontline explain`):
 *  - the baseline (imported into the store for the latest date <= d, else the map
 *    definition's file) gives every place its side on the baseline date;
 *  - claims count from the baseline date to d, by their effective date (the day, or
 *    the last day of a range or month); rejected claims, claims below
 *    policy.min_confidence and events that do not change control (clashes, road_cut)
 *    are left out; a denial stops the claims of the side it denies for the same place
 *    dated within contest_days before it;
 *  - an analyst's claim wins over machine claims of the same day and of the
 *    contest_days after it;
 *  - a claim for another side than the holder changes the holder, unless the holder
 *    was claimed within contest_days before at the same or a stronger level: then the
 *    place is 'contested' until a later claim settles it (two sides on the same day:
 *    the stronger wins, equal strength is contested);
 *  - level: 'assessed' when an analyst says so, when a non-partisan source reports it
 *    plainly, when a side admits a loss (its own source gives the place to another
 *    side) or when two independent sources agree within contest_days; a side's word
 *    about its own gain (policy.partisan_own_gain_claimed) and hedged reports alone
 *    leave it 'claimed';
 *  - ties never depend on input order: claims are ordered by their content. */

/* The same fold without a store: baseline b, claims (machine claims and corrections
 * together; rejections are claims with rejects != 0). All borrowed. */
fl_status fl_timeline_fold(const fl_baseline *b, const fl_claims *claims, const fl_policy *pol,
			   const fl_gazetteer *gz, fl_date d, fl_state *out, fl_error *err);

/* One change of a place's holder (or of its contested state). */
typedef struct fl_change {
	fl_date date;		/* day it took effect */
	int64_t place_id;	/* gazetteer id */
	char *place;		/* name */
	double lat, lon;	/* WGS 84 degrees */
	char from[24];		/* side before ("contested" possible) */
	char to[24];		/* side after */
	char status[12];	/* "changed", "contested" */
	char level[12];		/* "assessed" or "claimed" */
	char *sources;		/* claim ids that decided it, comma-separated */
} fl_change;

typedef struct fl_changes {
	fl_change *items;	/* by date, then place id */
	size_t count, cap;
} fl_changes;

/* Changes that took effect on days from..to (inclusive). On failure out is empty. */
fl_status fl_timeline_changes(fl_store *st, const fl_map *map, const fl_gazetteer *gz,
			      fl_date from, fl_date to, fl_changes *out, fl_error *err);
fl_status fl_timeline_fold_changes(const fl_baseline *b, const fl_claims *claims,
				   const fl_policy *pol, const fl_gazetteer *gz, fl_date from,
				   fl_date to, fl_changes *out, fl_error *err);
void fl_changes_release(fl_changes *c);

/* The story of one place up to day d, in sentences an editor can paste into a caption:
 * the baseline and its source, every claim with who said it and what became of it
 * (a claim about the whole governorate the place lies in told as such: "took all of
 * Idlib Governorate, which includes Saraqib"), the corrections, and the state on d,
 * under the baseline the state uses on d. place is a gazetteer id or a name (matched
 * through gz when given, else against the names the baseline and claims carry).
 * *text is caller-owned. FL_ENOTFOUND if no such place is known. */
fl_status fl_timeline_explain(fl_store *st, const fl_map *map, const fl_gazetteer *gz,
			      const char *place, fl_date d, char **text, fl_error *err);

/* True if two place names match loosely (case, diacritics, punctuation ignored). */
bool fl_timeline_name_match(const char *a, const char *b);

/* Load the baseline that applies on day d: the store's, else the map's file. */
fl_status fl_timeline_baseline(fl_store *st, const fl_map *map, fl_date d, fl_baseline *out,
			       fl_error *err);

#endif
