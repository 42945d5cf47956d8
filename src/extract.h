/* SPDX-License-Identifier: MIT
 *
 * extract.h - control-change claims out of an article and its mentions: actors mapped
 * to sides (assets/actors.json), control verbs (assets/verbs.json), dates resolved
 * against the publication date, lists, denials and hedges, attribution.
 *
 * fl_claim is the record every later module uses (store, timeline, export).
 */
#ifndef FL_EXTRACT_H
#define FL_EXTRACT_H

#include "geoparse.h"

/* Event kinds and statuses are plain strings so that data, JSON and the store agree. */
#define FL_EVENT_CAPTURE "capture"		/* side took the place */
#define FL_EVENT_WITHDRAWAL "withdrawal"	/* the other side left it; side now holds */
#define FL_EVENT_REPELLED "repelled"		/* side held it against an attack */
#define FL_EVENT_CLASHES "clashes"		/* fighting, no change */
#define FL_EVENT_ROAD_CUT "road_cut"		/* side cut or blockaded a road */
#define FL_EVENT_HELD "held"			/* side holds it (baseline, analyst) */
#define FL_EVENT_COLLAPSE "collapse"		/* the regime fell: side takes what it held;
						 * the place is the country */

#define FL_STATUS_REPORTED "reported"
#define FL_STATUS_HEDGED "hedged"
#define FL_STATUS_DENIED "denied"
#define FL_STATUS_ANALYST "analyst"
#define FL_STATUS_REJECTED "rejected"

typedef struct fl_claim {
	int64_t id;		/* store's record id; 0 until stored */
	char article[65];	/* article id (SHA-256 hex); "" for analyst claims */
	int64_t place_id;	/* gazetteer id */
	char *place;		/* place name as the gazetteer has it */
	double lat, lon;	/* WGS 84 degrees */
	fl_date date;		/* the day of the event (first day of a range) */
	fl_date date_end;	/* last day of a range; == date for day precision */
	char date_precision[8];	/* "day", "range", "month" */
	char side[24];		/* the side that holds the place after the event, if true */
	char event[16];		/* FL_EVENT_* */
	char status[12];	/* FL_STATUS_* */
	char *attributed_to;	/* who says it: "SANA", "SOHR", or the outlet; may be NULL */
	double confidence;	/* [0,1] */
	char *actor;		/* actor text as written; may be NULL */
	char *sentence;		/* the sentence as written */
	size_t start, end;	/* byte span of the sentence in the article */
	char *author;		/* analyst corrections: who made it; else NULL */
	char *created;		/* analyst corrections: ISO timestamp; else NULL */
	int64_t rejects;	/* a rejection: the claim id it rejects; else 0 */
	char source_side[24];	/* side the attributed source speaks for; "" neutral/unknown */
} fl_claim;

typedef struct fl_claims {
	fl_claim *items;	/* owning */
	size_t count, cap;	/* used, allocated */
} fl_claims;

/* Deep-copy src onto the end of out. */
fl_status fl_claims_push(fl_claims *out, const fl_claim *src);
/* Free the strings of one claim (not the claim itself). */
void fl_claim_release(fl_claim *c);
void fl_claims_release(fl_claims *c);

typedef struct fl_lexicon fl_lexicon;

/* Load actors.json and verbs.json from dir (NULL: fl_data_dir()/assets). Errors name
 * the file, line and column. */
fl_status fl_lexicon_load(const char *dir, fl_lexicon **out, fl_error *err);
void fl_lexicon_free(fl_lexicon *lx);

/* A side as assets/actors.json defines it (for legends and colours). */
typedef struct fl_side {
	const char *id;		/* "government" */
	const char *name;	/* display name */
	const char *color;	/* "#rrggbb" */
	const char *opponent;	/* default other side ("" none) */
	bool state;		/* a state (contested, unknown) rather than a force */
} fl_side;

/* The sides in actors.json order; *n gets the count. Borrowed from lx. */
const fl_side *fl_lexicon_sides(const fl_lexicon *lx, size_t *n);
/* The side with this id, or NULL. */
const fl_side *fl_lexicon_side(const fl_lexicon *lx, const char *id);

/* Dates written without a year ("Nov. 30") in articles whose year is unknown resolve
 * in this year (0: leave them unresolved). The CLI passes the map's baseline year. */
void fl_lexicon_set_default_year(fl_lexicon *lx, int year);

/* Append a's claims to out. On failure out is as before. */
fl_status fl_extract(const fl_lexicon *lx, const fl_gazetteer *gz, const fl_article *a,
		     const fl_mentions *m, fl_claims *out, fl_error *err);

#endif
