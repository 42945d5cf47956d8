/* SPDX-License-Identifier: MIT
 *
 * timeline.c - fold claims into the state of the front on a given day.
 *
 * The only module that gives meaning to the order of claims. For day D it starts from
 * the baseline, applies the accepted claims whose effective day lies between the
 * baseline date and D, one place at a time, day by day, under the map definition's
 * policy (timeline.h states the rules). Within a day, claims are grouped by side and
 * weighed as sets, and every tie is broken by the claim's content, never by its id or
 * by the order the store returned it, so the same inputs give the same state.
 *
 * The engine (tl_engine) is built for 100,000s of claims: the store's scan hands over
 * lean claims (fl_store_scan) that become small self-contained items with interned
 * texts, held in large chunks; a counting sort groups them by place; whole claims are
 * kept only where a story needs them (explain, corrections).
 *
 * Not here: reading the store (store.c), geometry (territory.c), drawing (render.c).
 */
#include "timeline.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <sys/mman.h>

#include <utf8proc.h>

#include "gazetteer.h"

/* ---- vocabulary --------------------------------------------------------------- */

#define TL_CHUNK_BYTES ((size_t)2 << 20)	/* claims are held in chunks of this size */

enum { LV_NONE = -1, LV_CLAIMED = 0, LV_ASSESSED = 1, LV_ANALYST = 2 };

/* What became of one claim; explain tells these in words. */
enum verdict {
	V_PENDING,	/* not looked at yet */
	V_AFTER,	/* dated after the day asked */
	V_BEFORE,	/* dated before the baseline */
	V_NODATE,	/* no usable date */
	V_REJECTED,	/* an analyst rejected it */
	V_LOWCONF,	/* below the policy's minimum confidence */
	V_NOCONTROL,	/* an event that does not change control */
	V_DENIED,	/* stopped by a denial */
	V_DENIAL,	/* a denial (applied to the claims it denies) */
	V_CHANGE,	/* changed the holder */
	V_CONFIRM,	/* confirmed the holder */
	V_CONTEST,	/* made the place contested */
	V_SETTLE,	/* settled a contested place */
	V_ANALYST,	/* lost to an analyst's claim */
	V_OUTWEIGHED,	/* lost to a stronger claim the same day */
	V_NOTHELD,	/* the fallen regime did not hold the place that day */
};

enum {
	F_ANALYST = 1,		/* an analyst's claim */
	F_DENIAL = 2,		/* status denied */
	F_HEDGED = 4,		/* status hedged */
	F_CONTROL = 8,		/* an event that says who holds the place */
	F_PARTISAN = 16,	/* the source speaks for a party (ss) */
	F_COLLAPSE = 32,	/* the regime fell: counts only where its side still held */
};

/* One claim as the fold sees it: self-contained and small (a state holds 100,000s), its
 * texts interned in the engine (equal strings are one pointer), so the store can hand
 * over lean records without fl_claims. What the fold rarely needs is in a tl_cold. */
typedef struct tl_item {
	int64_t id;		/* claim or correction id */
	int64_t place_id;	/* the place it is about (a region's place for an expanded claim) */
	int64_t by;		/* id of the claim that stopped or beat it; 0 */
	uint64_t key;		/* hash of the claim's content: a fast, order-free tie-break */
	double confidence;
	const char *side;	/* interned: sides compare by pointer */
	const char *ss;		/* source_side interned if partisan, else NULL */
	const char *article;	/* interned */
	const char *attributed_to;	/* interned, NULL if none */
	fl_date eff;		/* effective day */
	uint32_t pidx;		/* index of its place */
	uint32_t cold;		/* 1 + index of its tl_cold, 0: none */
	uint32_t start;		/* sentence offset in its article */
	signed char verdict;	/* enum verdict */
	signed char level;	/* level the place had after this claim (LV_*) */
	unsigned char flags;	/* F_* */
} tl_item;

/* The rest of a claim, for the few that need it: the whole claim (explain, corrections),
 * the name and position of a place outside the baseline, a region claim's region. */
typedef struct tl_cold {
	const fl_claim *c;	/* the whole claim when the caller has it, else NULL */
	const char *place;	/* name the claim gives, may be NULL */
	double lat, lon;	/* where the claim puts the place */
	const char *region;	/* a whole-region claim copied onto this place: the region's name */
	int64_t region_id;	/* and its place id; 0 */
} tl_cold;

typedef struct tl_event {
	fl_date date;		/* day it took effect */
	char from[24], to[24];	/* displayed sides before and after */
	int level;		/* LV_* after */
	bool contested;		/* to == "contested" */
	char *sources;		/* owned: claim ids */
} tl_event;

typedef struct tl_result {
	char side[24];		/* displayed side */
	fl_date since;		/* date of the holder's tenure */
	int level;		/* LV_* */
	bool contested;		/* side is "contested" */
	bool changed;		/* the holder ever changed from the baseline */
	char *sources;		/* owned */
	tl_event *ev;		/* history (when asked) */
	size_t nev, capev;
} tl_result;

static const char *level_name(int lv)
{
	return lv >= LV_ASSESSED ? "assessed" : "claimed";
}

static bool is_status(const fl_claim *c, const char *s)
{
	return strcmp(c->status, s) == 0;
}

static bool is_analyst(const fl_claim *c)
{
	return c->rejects == 0 && is_status(c, FL_STATUS_ANALYST);
}

/* Events that say who holds a place after them. */
static bool control_event(const char *e, bool analyst)
{
	switch (e[0]) {
	case 'c': return strcmp(e, FL_EVENT_CAPTURE) == 0 || strcmp(e, FL_EVENT_COLLAPSE) == 0;
	case 'w': return strcmp(e, FL_EVENT_WITHDRAWAL) == 0;
	case 'r': return strcmp(e, FL_EVENT_REPELLED) == 0;
	case 'h': return strcmp(e, FL_EVENT_HELD) == 0;
	case '\0': return analyst;
	default: return false;
	}
}

/* A source speaking for a party (as opposed to a monitor, an agency, the outlet). */
static bool partisan(const char *s)
{
	return s[0] && strcmp(s, "neutral") != 0 && strcmp(s, "unknown") != 0 &&
	       strcmp(s, "none") != 0 && strcmp(s, "contested") != 0;
}

/* Copy a short string into a fixed buffer (what snprintf("%s") did, without printf). */
static void copy(char *dst, size_t n, const char *src)
{
	size_t k = strlen(src);
	if (k >= n)
		k = n - 1;
	memcpy(dst, src, k);
	dst[k] = '\0';
}

static int cmp_str(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

/* FNV-1a over the text of a claim's content. */
static uint64_t fnv(uint64_t h, const char *s)
{
	if (s)
		for (; *s; s++)
			h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return (h ^ 0xff) * 1099511628211ull;
}

/* Content order: day, then everything a claim says (never its id); places are
 * grouped before this sort. */
static int cmp_item(const void *pa, const void *pb)
{
	const tl_item *a = *(const tl_item *const *)pa, *b = *(const tl_item *const *)pb;
	int r;
	if (a->eff != b->eff)
		return a->eff < b->eff ? -1 : 1;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	/* The key hashes all a claim says: equal keys are equal claims (or a 2^-64 chance),
	 * which fold alike in any order. */
	if ((a->side != b->side && (r = strcmp(a->side, b->side))) ||
	    (a->article != b->article && (r = strcmp(a->article, b->article))))
		return r;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if ((r = cmp_str(a->attributed_to, b->attributed_to)))
		return r;
	if (a->confidence != b->confidence)
		return a->confidence < b->confidence ? -1 : 1;
	if (a->id != b->id)	/* identical content: any order gives the same state */
		return a->id < b->id ? -1 : 1;
	return 0;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* ---- growable text ------------------------------------------------------------- */

typedef struct sbuf {
	char *s;
	size_t len, cap;
	bool oom;
} sbuf;

static void sb_printf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(sbuf *b, const char *fmt, ...)
{
	if (b->oom)
		return;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || fl_grow((void **)&b->s, &b->cap, b->len, (size_t)n + 1, 1)) {
		b->oom = true;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

static char *sb_take(sbuf *b)
{
	if (b->oom) {
		free(b->s);
		return NULL;
	}
	if (!b->s)
		return strdup("");
	return b->s;
}

/* ---- the fold of one place ------------------------------------------------------ */

typedef struct tl_ctx {
	const fl_policy *pol;	/* borrowed */
	fl_date base_date;	/* baseline date */
	fl_date day;		/* the day asked */
	const int64_t *rejected;	/* sorted ids rejected by an analyst */
	const int64_t *rejected_by;	/* the rejection's id, parallel */
	size_t nrejected;
	const tl_cold *cold;	/* the items' cold parts */
	bool history;		/* record events */
	const char *regime_side;	/* interned policy regime side; NULL: none */
} tl_ctx;

static const tl_cold *cold_of(const tl_ctx *x, const tl_item *it)
{
	return it->cold ? &x->cold[it->cold - 1] : NULL;
}

/* The analyst's timestamp of a correction, NULL if none. */
static const char *created_of(const tl_ctx *x, const tl_item *it)
{
	const tl_cold *k = cold_of(x, it);
	return k && k->c ? k->c->created : NULL;
}

static bool eligible(const tl_item *it)
{
	return it->verdict == V_PENDING || it->verdict == V_CHANGE || it->verdict == V_CONFIRM ||
	       it->verdict == V_CONTEST || it->verdict == V_SETTLE;
}

/* Mark what never counts: out of range, rejected, weak, not about control; then
 * apply the denials. */
static void prefilter(const tl_ctx *x, tl_item **it, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const tl_item *c = it[i];
		it[i]->verdict = V_PENDING;
		it[i]->by = 0;
		it[i]->level = LV_NONE;
		const int64_t *r = x->nrejected ? bsearch(&c->id, x->rejected, x->nrejected, sizeof(int64_t),
							  cmp_i64) : NULL;
		if (r) {
			it[i]->verdict = V_REJECTED;
			it[i]->by = x->rejected_by[r - x->rejected];
		} else if (it[i]->eff == FL_DATE_NONE)
			it[i]->verdict = V_NODATE;
		else if (it[i]->eff > x->day)
			it[i]->verdict = V_AFTER;
		else if (x->base_date != FL_DATE_NONE && it[i]->eff < x->base_date)
			it[i]->verdict = V_BEFORE;
		else if (!(it[i]->flags & F_ANALYST) && c->confidence < x->pol->min_confidence)
			it[i]->verdict = V_LOWCONF;
		else if (it[i]->flags & F_DENIAL)
			it[i]->verdict = V_DENIAL;
		else if (!(it[i]->flags & F_CONTROL) || !c->side[0])
			it[i]->verdict = V_NOCONTROL;
	}
	/* A denial stops the claims for the same side dated in the window before it. */
	for (size_t i = 0; i < n; i++) {
		if (it[i]->verdict != V_DENIAL)
			continue;
		for (size_t j = 0; j < n; j++) {
			if (it[j]->verdict != V_PENDING || (it[j]->flags & F_ANALYST) || it[j]->side != it[i]->side)
				continue;
			if (it[j]->eff <= it[i]->eff && it[j]->eff >= it[i]->eff - x->pol->contest_days &&
			    (it[j]->by == 0 || it[i]->id < it[j]->by))
				it[j]->by = it[i]->id;
		}
	}
	for (size_t j = 0; j < n; j++)
		if (it[j]->verdict == V_PENDING && it[j]->by)
			it[j]->verdict = V_DENIED;
}

/* The level that the eligible claims for side s dated in [lo, hi] give; loser is the
 * side that held the place before (a source of that side admits the loss).
 * LV_NONE if there are none. */
/* The independent source behind a partial claim: its party, else who is quoted
 * (case folded), else its article. */
static bool same_source(const tl_item *a, const tl_item *b)
{
	bool pa = a->ss != NULL, pb = b->ss != NULL;
	if (pa || pb)
		return a->ss == b->ss;
	bool qa = a->attributed_to && a->attributed_to[0], qb = b->attributed_to && b->attributed_to[0];
	if (qa || qb)
		return qa && qb && strcasecmp(a->attributed_to, b->attributed_to) == 0;
	return a->article == b->article;
}

static int level_of(const tl_ctx *x, tl_item *const *it, size_t n, const char *s, fl_date lo,
		    fl_date hi, const char *loser)
{
	int lv = LV_NONE;
	const tl_item *first = NULL;	/* the first partial claim's source */
	bool two = false;		/* a second independent source agrees */
	for (size_t i = 0; i < n; i++) {
		const tl_item *c = it[i];
		if (it[i]->side != s || it[i]->eff < lo || it[i]->eff > hi || !eligible(it[i]))
			continue;
		if (it[i]->flags & F_ANALYST)
			return LV_ANALYST;
		if (lv < LV_CLAIMED)
			lv = LV_CLAIMED;
		bool hedged = (it[i]->flags & F_HEDGED) != 0;
		bool partisan = it[i]->ss != NULL;
		bool own = partisan && it[i]->ss == s;
		bool admits = partisan && loser && it[i]->ss == loser && s != loser;
		if (!hedged && (admits || !partisan || (own && !x->pol->partisan_own_gain_claimed))) {
			lv = LV_ASSESSED;
			continue;
		}
		if (!first)
			first = c;
		else if (!two && !same_source(first, c))
			two = true;
	}
	if (lv == LV_CLAIMED && two)
		lv = LV_ASSESSED;
	return lv;
}

/* Comma-separated ids of the eligible claims for side s (all sides if NULL) in [lo, hi]. */
static char *ids_of(tl_item *const *it, size_t n, const char *s, fl_date lo, fl_date hi)
{
	int64_t *ids = malloc((n ? n : 1) * sizeof(int64_t));
	if (!ids)
		return NULL;
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (eligible(it[i]) && it[i]->eff >= lo && it[i]->eff <= hi && (!s || it[i]->side == s))
			ids[k++] = it[i]->id;
	qsort(ids, k, sizeof(int64_t), cmp_i64);
	char *out = malloc(k * 21 + 1), *o = out;
	if (out) {
		for (size_t i = 0; i < k; i++) {
			if (i && ids[i] == ids[i - 1])
				continue;
			if (o != out)
				*o++ = ',';
			char tmp[24];
			int t = 0;
			uint64_t v = ids[i] < 0 ? (uint64_t)(-ids[i]) : (uint64_t)ids[i];
			do
				tmp[t++] = (char)('0' + v % 10);
			while ((v /= 10));
			if (ids[i] < 0)
				*o++ = '-';
			while (t)
				*o++ = tmp[--t];
		}
		*o = '\0';
	}
	free(ids);
	return out;
}

static bool push_event(tl_result *r, fl_date d, const char *from, const char *to, int level,
		       char *sources)
{
	if (fl_grow((void **)&r->ev, &r->capev, r->nev, 1, sizeof(tl_event))) {
		free(sources);
		return false;
	}
	tl_event *e = &r->ev[r->nev++];
	e->date = d;
	snprintf(e->from, sizeof(e->from), "%s", from);
	snprintf(e->to, sizeof(e->to), "%s", to);
	e->level = level;
	e->contested = strcmp(to, "contested") == 0;
	e->sources = sources;
	return true;
}

static void result_release(tl_result *r)
{
	free(r->sources);
	for (size_t i = 0; i < r->nev; i++)
		free(r->ev[i].sources);
	free(r->ev);
	memset(r, 0, sizeof(*r));
}

/* Fold the claims of one place (sorted by cmp_item). base_side is its baseline side
 * ("unknown" if none). Fills r; FL_ENOMEM on failure. */
static fl_status fold_place(const tl_ctx *x, const char *base_side, tl_item **it, size_t n,
			    tl_result *r)
{
	memset(r, 0, sizeof(*r));
	prefilter(x, it, n);
	const int cd = x->pol->contest_days > 0 ? x->pol->contest_days : 0;
	const char *holder = base_side;	/* interned */
	copy(r->side, sizeof(r->side), base_side);
	r->since = x->base_date;
	r->level = LV_ASSESSED;	/* a baseline is a sourced assessment */
	fl_date tenure_lo = FL_DATE_NONE;	/* first day of the claims behind the holder */
	const char *analyst_side = NULL;
	fl_date analyst_until = FL_DATE_NONE;
	int64_t analyst_id = 0;
	size_t i = 0;
	while (i < n) {
		fl_date d = it[i]->eff;
		size_t j = i;
		while (j < n && it[j]->eff == d)
			j++;
		/* Sides claimed today, in content order (sorted by side already). */
		const char *sides[8];
		size_t ns = 0;
		const tl_item *best_analyst = NULL;
		for (size_t k = i; k < j; k++) {
			if (it[k]->verdict != V_PENDING)
				continue;
			if (it[k]->flags & F_ANALYST) {
				const char *cr = created_of(x, it[k]);
				const char *bcr = best_analyst ? created_of(x, best_analyst) : NULL;
				if (!best_analyst || cmp_str(cr, bcr) > 0 ||
				    (cmp_str(cr, bcr) == 0 && strcmp(it[k]->side, best_analyst->side) > 0))
					best_analyst = it[k];
			}
		}
		/* "The regime fell": only where its side still holds the place that day */
		for (size_t k = i; k < j; k++)
			if (it[k]->verdict == V_PENDING && (it[k]->flags & F_COLLAPSE) &&
			    (r->contested || !x->regime_side || holder != x->regime_side))
				it[k]->verdict = V_NOTHELD;
		if (!best_analyst && analyst_until != FL_DATE_NONE && d <= analyst_until) {
			for (size_t k = i; k < j; k++)
				if (it[k]->verdict == V_PENDING && it[k]->side != analyst_side) {
					it[k]->verdict = V_ANALYST;
					it[k]->by = analyst_id;
				}
		}
		if (best_analyst) {
			for (size_t k = i; k < j; k++)
				if (it[k]->verdict == V_PENDING && it[k]->side != best_analyst->side) {
					it[k]->verdict = V_ANALYST;
					it[k]->by = best_analyst->id;
				}
			analyst_side = best_analyst->side;
			analyst_until = d + cd;
			analyst_id = best_analyst->id;
		}
		for (size_t k = i; k < j; k++) {
			if (it[k]->verdict != V_PENDING)
				continue;
			bool dup = false;
			for (size_t s = 0; s < ns; s++)
				if (sides[s] == it[k]->side)
					dup = true;
			if (!dup && ns < 8)
				sides[ns++] = it[k]->side;
		}
		if (ns == 0) {
			i = j;
			continue;
		}
		const char *loser = r->contested ? NULL : holder;
		int lv[8];
		int top = LV_NONE;
		size_t ntop = 0, wi = 0;
		for (size_t s = 0; s < ns; s++) {
			lv[s] = level_of(x, it, n, sides[s], d - cd, d, loser);
			if (lv[s] > top) {
				top = lv[s];
				ntop = 1;
				wi = s;
			} else if (lv[s] == top) {
				ntop++;
			}
		}
		char prev[24];
		copy(prev, sizeof(prev), r->side);
		int verdict;
		const char *win = NULL;
		if (ns >= 2 && ntop >= 2) {
			verdict = V_CONTEST;
		} else {
			win = sides[wi];
			if (ns >= 2)
				for (size_t k = i; k < j; k++)
					if (it[k]->verdict == V_PENDING && it[k]->side != win) {
						it[k]->verdict = V_OUTWEIGHED;
						it[k]->by = 0;
					}
			if (r->contested)
				verdict = V_SETTLE;
			else if (win == holder)
				verdict = V_CONFIRM;
			else {
				/* The holder's own recent claims stand against it. */
				int hl = level_of(x, it, n, holder, d - cd, d - 1, NULL);
				verdict = (hl != LV_NONE && lv[wi] <= hl && top < LV_ANALYST) ? V_CONTEST : V_CHANGE;
			}
		}
		for (size_t k = i; k < j; k++)
			if (it[k]->verdict == V_PENDING)
				it[k]->verdict = verdict;
		char *src = NULL;
		switch (verdict) {
		case V_CONTEST:
			if (!r->contested) {
				r->contested = true;
				r->since = d;
				copy(r->side, sizeof(r->side), "contested");
				tenure_lo = d - cd;
			}
			r->level = LV_CLAIMED;
			break;
		case V_SETTLE:
		case V_CHANGE:
			r->contested = false;
			if (verdict == V_SETTLE || win != holder) {
				holder = win;
				r->since = d;
				tenure_lo = d - cd;
			}
			copy(r->side, sizeof(r->side), holder);
			r->level = lv[wi] >= LV_ASSESSED ? LV_ASSESSED : LV_CLAIMED;
			r->changed = true;
			break;
		case V_CONFIRM:
			if (tenure_lo == FL_DATE_NONE)
				tenure_lo = d;
			{
				int l2 = level_of(x, it, n, holder, tenure_lo, d, NULL);
				if (l2 > r->level || r->level == LV_NONE)
					r->level = l2 >= LV_ASSESSED ? LV_ASSESSED : LV_CLAIMED;
			}
			break;
		}
		for (size_t k = i; k < j; k++)
			if (it[k]->verdict == verdict)
				it[k]->level = r->level;
		if (x->history && strcmp(prev, r->side) != 0) {
			src = ids_of(it, n, r->contested ? NULL : holder, d - cd, d);
			if (!src || !push_event(r, d, prev, r->side, r->level, src))
				return FL_ENOMEM;
		}
		i = j;
	}
	if (tenure_lo != FL_DATE_NONE)
		r->sources = ids_of(it, n, r->contested ? NULL : holder, tenure_lo, x->day);
	else
		r->sources = strdup("");
	if (!r->sources)
		return FL_ENOMEM;
	if (!r->contested && !r->changed)
		r->since = x->base_date;
	return FL_OK;
}

/* ---- the engine: places and their claims ------------------------------------------ */

/* An interned string: one copy of each text, with its hash, so equal texts are one
 * pointer and a claim's content key needs no pass over its texts. */
typedef struct istr {
	uint64_t hash;	/* hash_str of s */
	bool seen;	/* scratch: counted (articles behind the state) */
	unsigned cls;	/* CLS_*: what s means as a status, event or source side */
	char s[];
} istr;

enum { CLS_KNOWN = 1, CLS_ANALYST = 2, CLS_DENIED = 4, CLS_HEDGED = 8, CLS_CONTROL = 16,
       CLS_EMPTY = 32, CLS_PARTISAN = 64, CLS_COLLAPSE = 128 };

static istr *istr_of(const char *s)
{
	return (istr *)(void *)(s - offsetof(istr, s));
}

#define NO_PLACE UINT32_MAX

typedef struct tl_place {
	int64_t id;		/* place id */
	const fl_baseline_row *row;	/* its baseline point row, or NULL */
	size_t first, n;	/* its claims in the sorted order */
} tl_place;

typedef struct rej_pair {
	int64_t id, by;
} rej_pair;

typedef struct tl_engine {
	tl_ctx ctx;
	const fl_baseline *b;	/* borrowed */
	const fl_gazetteer *gz;	/* borrowed, may be NULL */
	const fl_baseline_row **rows;	/* baseline point rows, one per id, by id */
	fl_baseline_row *inpoly;	/* gazetteer places inside the baseline's polygons */
	size_t ninpoly;
	uint32_t *row_hash;	/* 1 + row index by place id: open addressing */
	size_t nrows, maskhash;
	const char *last[2];	/* the article and source interned last (claims come in runs) */
	tl_item **chunks;	/* every claim but rejections, in the order added, in chunks
				 * of TL_CHUNK_BYTES that never move */
	size_t nchunks, capchunks, per;	/* per: items in a chunk */
	size_t nitems;
	tl_cold *cold;		/* the items' cold parts */
	size_t ncold, capcold;
	tl_item **ord;		/* items by place, then content (cmp_item) */
	rej_pair *rp;		/* rejections as added */
	size_t nrp, caprp;
	int64_t *rej, *rej_by;	/* rejected ids (sorted) and the rejecting ids */
	size_t nrej;
	tl_place *places;	/* by id */
	size_t nplaces;
	istr **tab;		/* interned strings: open addressing, power-of-two size */
	size_t ntab, captab;
	bool oom;		/* ran out of memory while adding */
} tl_engine;

/* A fast hash of a string, eight bytes at a time. */
static uint64_t hash_str(const char *s)
{
	size_t n = strlen(s);
	uint64_t h = 0x9e3779b97f4a7c15ull ^ n;
	while (n >= 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdull;
		h ^= h >> 32;
		s += 8;
		n -= 8;
	}
	uint64_t w = 0;
	memcpy(&w, s, n);
	h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
	return h ^ (h >> 29);
}

/* The one copy of s (NULL stays NULL). */
static const char *intern(tl_engine *E, const char *s)
{
	if (!s)
		return NULL;
	if (E->ntab * 2 >= E->captab) {
		size_t cap = E->captab ? E->captab * 2 : 256;
		istr **t = calloc(cap, sizeof(istr *));
		if (!t) {
			E->oom = true;
			return "";
		}
		for (size_t i = 0; i < E->captab; i++)
			if (E->tab[i]) {
				size_t j = E->tab[i]->hash & (cap - 1);
				while (t[j])
					j = (j + 1) & (cap - 1);
				t[j] = E->tab[i];
			}
		free(E->tab);
		E->tab = t;
		E->captab = cap;
	}
	uint64_t h = hash_str(s);
	size_t j = h & (E->captab - 1);
	for (; E->tab[j]; j = (j + 1) & (E->captab - 1))
		if (E->tab[j]->hash == h && strcmp(E->tab[j]->s, s) == 0)
			return E->tab[j]->s;
	size_t n = strlen(s);
	istr *e = malloc(sizeof(istr) + n + 1);
	if (!e) {
		E->oom = true;
		return "";
	}
	e->hash = h;
	e->seen = false;
	e->cls = 0;
	memcpy(e->s, s, n + 1);
	E->tab[j] = e;
	E->ntab++;
	return e->s;
}

static size_t slot_of(int64_t id, size_t mask)
{
	uint64_t h = (uint64_t)id * 0x9e3779b97f4a7c15ull;
	return (size_t)(h ^ (h >> 29)) & mask;
}

static uint64_t mix(uint64_t h, const char *interned)
{
	return (h ^ (interned ? istr_of(interned)->hash : 0x5bd1e995u)) * 1099511628211ull;
}

static int cmp_row(const void *a, const void *b)
{
	const fl_baseline_row *x = *(const fl_baseline_row *const *)a,
			      *y = *(const fl_baseline_row *const *)b;
	if (x->place_id != y->place_id)
		return x->place_id < y->place_id ? -1 : 1;
	return (x->line > y->line) - (x->line < y->line);
}

static int cmp_rej(const void *a, const void *b)
{
	const rej_pair *x = a, *y = b;
	if (x->id != y->id)
		return x->id < y->id ? -1 : 1;
	return (x->by > y->by) - (x->by < y->by);
}

static void engine_release(tl_engine *E)
{
	for (size_t i = 0; i < E->captab; i++)
		free(E->tab[i]);
	free(E->tab);
	free(E->rows);
	free(E->inpoly);
	free(E->row_hash);
	for (size_t i = 0; i < E->nchunks; i++)
		free(E->chunks[i]);
	free(E->chunks);
	free(E->cold);
	free(E->ord);
	free(E->rp);
	free(E->rej);
	free(E->rej_by);
	free(E->places);
	memset(E, 0, sizeof(*E));
}

/* Start an engine for day d over baseline b (borrowed, may be NULL). */
/* A baseline of polygons ("this area is held by X") holds the places inside them: every
 * populated place of the gazetteer in a polygon becomes a baseline place of that
 * polygon's side and source, unless a point row names it. Without a gazetteer the
 * polygons only decide the places claims name. */
static fl_status polygon_places(tl_engine *E)
{
	const fl_baseline *b = E->b;
	size_t npoly = 0;
	for (size_t i = 0; b && i < b->count; i++)
		npoly += b->items[i].nrings > 0;
	if (!npoly || !E->gz)
		return FL_OK;
	double *box = malloc(npoly * 4 * sizeof(double));
	const fl_baseline_row **poly = malloc(npoly * sizeof(*poly));
	if (!box || !poly) {
		free(box);
		free(poly);
		return FL_ENOMEM;
	}
	size_t np = 0;
	for (size_t i = 0; i < b->count; i++) {
		const fl_baseline_row *r = &b->items[i];
		if (!r->nrings)
			continue;
		double *bx = &box[np * 4];
		bx[0] = bx[1] = INFINITY;
		bx[2] = bx[3] = -INFINITY;
		size_t nxy = 0;
		for (size_t k = 0; k < r->nrings; k++)
			nxy += r->ring_len[k];
		for (size_t k = 0; k < nxy; k++) {
			double x = r->ring_xy[2 * k], y = r->ring_xy[2 * k + 1];
			bx[0] = x < bx[0] ? x : bx[0];
			bx[1] = y < bx[1] ? y : bx[1];
			bx[2] = x > bx[2] ? x : bx[2];
			bx[3] = y > bx[3] ? y : bx[3];
		}
		poly[np++] = r;
	}
	size_t cap = 0;
	const fl_place *g;
	fl_status rc = FL_OK;
	for (size_t i = 0; (g = fl_gazetteer_place_at(E->gz, i)) && rc == FL_OK; i++) {
		if (g->fclass != 'P')
			continue;
		for (size_t k = 0; k < np; k++) {
			const double *bx = &box[k * 4];
			if (g->lon < bx[0] || g->lat < bx[1] || g->lon > bx[2] || g->lat > bx[3] ||
			    !fl_baseline_row_contains(poly[k], g->lon, g->lat))
				continue;
			if (fl_grow((void **)&E->inpoly, &cap, E->ninpoly, 1, sizeof(*E->inpoly))) {
				rc = FL_ENOMEM;
				break;
			}
			fl_baseline_row *r = &E->inpoly[E->ninpoly++];
			memset(r, 0, sizeof(*r));
			r->place_id = g->id;
			r->place = (char *)g->name;
			r->lat = g->lat;
			r->lon = g->lon;
			copy(r->side, sizeof(r->side), poly[k]->side);
			copy(r->kind, sizeof(r->kind), g->kind);
			r->population = g->population;
			r->source = poly[k]->source;
			r->line = LONG_MAX;
			break;
		}
	}
	free(box);
	free(poly);
	return rc;
}

static fl_status engine_begin(tl_engine *E, const fl_baseline *b, const fl_policy *pol,
			      const fl_gazetteer *gz, fl_date d, fl_error *err)
{
	memset(E, 0, sizeof(*E));
	E->per = TL_CHUNK_BYTES / sizeof(tl_item);
	E->b = b;
	E->gz = gz;
	E->ctx.pol = pol;
	E->ctx.base_date = b ? b->date : FL_DATE_NONE;
	E->ctx.day = d;
	size_t cap = 64;
	while (cap < 2 * (b ? b->count : 0))
		cap *= 2;
	E->maskhash = cap - 1;
	if (polygon_places(E) != FL_OK) {
		engine_release(E);
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	}
	while (cap < 2 * ((b ? b->count : 0) + E->ninpoly))
		cap *= 2;
	E->maskhash = cap - 1;
	E->rows = malloc(((b ? b->count : 0) + E->ninpoly + 1) * sizeof(*E->rows));
	E->row_hash = calloc(cap, sizeof(uint32_t));
	if (!E->rows || !E->row_hash) {
		engine_release(E);
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	}
	size_t nb = 0;
	for (size_t i = 0; b && i < b->count; i++)
		if (b->items[i].nrings == 0 && b->items[i].place_id)
			E->rows[nb++] = &b->items[i];
	for (size_t i = 0; i < E->ninpoly; i++)	/* after any point row of the same id */
		E->rows[nb++] = &E->inpoly[i];
	qsort(E->rows, nb, sizeof(*E->rows), cmp_row);
	for (size_t i = 0; i < nb; i++)	/* the first row of an id wins */
		if (E->nrows == 0 || E->rows[E->nrows - 1]->place_id != E->rows[i]->place_id) {
			size_t h = slot_of(E->rows[i]->place_id, E->maskhash);
			while (E->row_hash[h])
				h = (h + 1) & E->maskhash;
			E->row_hash[h] = (uint32_t)E->nrows + 1;
			E->rows[E->nrows++] = E->rows[i];
		}
	/* Every baseline side, so base_side_of hands out interned names. */
	for (size_t i = 0; b && i < b->count; i++)
		intern(E, b->items[i].side);
	intern(E, "unknown");
	E->ctx.regime_side = pol && pol->regime_side[0] ? intern(E, pol->regime_side) : NULL;
	if (E->oom) {
		engine_release(E);
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	}
	return FL_OK;
}

/* Index of the baseline row of place id, NO_PLACE if it has none. */
static uint32_t row_of(const tl_engine *E, int64_t id)
{
	for (size_t h = slot_of(id, E->maskhash); E->row_hash[h]; h = (h + 1) & E->maskhash)
		if (E->rows[E->row_hash[h] - 1]->place_id == id)
			return E->row_hash[h] - 1;
	return NO_PLACE;
}

static tl_item *item_at(const tl_engine *E, size_t i)
{
	return &E->chunks[i / E->per][i % E->per];
}

/* Room for one more item (counted by the caller once filled). Chunks are large and,
 * where the system has them, backed by huge pages: a state reads 100,000s of claims and
 * the first touch of fresh small pages costs more than the fold. */
static tl_item *new_item(tl_engine *E)
{
	if (E->nitems == E->nchunks * E->per) {
		if (E->nchunks == E->capchunks &&
		    fl_grow((void **)&E->chunks, &E->capchunks, E->nchunks, 16, sizeof(tl_item *))) {
			E->oom = true;
			return NULL;
		}
		tl_item *c = aligned_alloc(TL_CHUNK_BYTES, TL_CHUNK_BYTES);
		if (!c) {
			E->oom = true;
			return NULL;
		}
#ifdef MADV_HUGEPAGE
		madvise(c, TL_CHUNK_BYTES, MADV_HUGEPAGE);	/* advice only: failure is fine */
#endif
		E->chunks[E->nchunks++] = c;
	}
	tl_item *it = item_at(E, E->nitems);
	memset(it, 0, sizeof(*it));
	return it;
}

/* A cold part for item it (zeroed); NULL when out of memory. */
static tl_cold *new_cold(tl_engine *E, tl_item *it)
{
	if (E->ncold == E->capcold &&
	    fl_grow((void **)&E->cold, &E->capcold, E->ncold, E->ncold / 2 + 64, sizeof(tl_cold))) {
		E->oom = true;
		return NULL;
	}
	tl_cold *k = &E->cold[E->ncold++];
	memset(k, 0, sizeof(*k));
	it->cold = (uint32_t)E->ncold;
	return k;
}

/* What the texts of a claim make of it: flags, partisan source, content key. The texts
 * are interned; the classification of each is computed once and kept with it. */
static void item_seal(tl_engine *E, tl_item *it, const char *event, const char *status,
		      const char *source_side, const char *created, const char *author)
{
	istr *st = istr_of(status), *ev = istr_of(event), *ss = istr_of(source_side);
	if (!(st->cls & CLS_KNOWN))
		st->cls = CLS_KNOWN | (strcmp(status, FL_STATUS_ANALYST) == 0 ? CLS_ANALYST : 0u) |
			  (strcmp(status, FL_STATUS_DENIED) == 0 ? CLS_DENIED : 0u) |
			  (strcmp(status, FL_STATUS_HEDGED) == 0 ? CLS_HEDGED : 0u);
	if (!(ev->cls & CLS_KNOWN))
		ev->cls = CLS_KNOWN | (control_event(event, false) ? CLS_CONTROL : 0u) |
			  (event[0] == '\0' ? CLS_EMPTY : 0u) |
			  (strcmp(event, FL_EVENT_COLLAPSE) == 0 ? CLS_COLLAPSE : 0u);
	if (!(ss->cls & CLS_KNOWN))
		ss->cls = CLS_KNOWN | (partisan(source_side) ? CLS_PARTISAN : 0u);
	bool analyst = (st->cls & CLS_ANALYST) != 0;
	bool part = (ss->cls & CLS_PARTISAN) != 0;
	it->ss = part ? source_side : NULL;
	it->flags = (unsigned char)((analyst ? F_ANALYST : 0u) | ((st->cls & CLS_DENIED) ? F_DENIAL : 0u) |
				    ((st->cls & CLS_HEDGED) ? F_HEDGED : 0u) |
				    ((ev->cls & CLS_CONTROL) || (analyst && (ev->cls & CLS_EMPTY)) ? F_CONTROL : 0u) |
				    (part ? F_PARTISAN : 0u) | ((ev->cls & CLS_COLLAPSE) ? F_COLLAPSE : 0u));
	uint64_t h = 14695981039346656037ull;
	h = mix(h, it->side);
	h = mix(h, status);
	h = mix(h, event);
	h = mix(h, it->article);
	h = mix(h, it->attributed_to);
	h = mix(h, source_side);
	h = fnv(h, created);
	h = fnv(h, author);
	h ^= (uint64_t)it->start * 0x9e3779b97f4a7c15ull;
	h ^= (uint64_t)(it->confidence * 1e6);
	it->key = h;
	it->verdict = V_PENDING;
	it->pidx = row_of(E, it->place_id);
	E->nitems++;
}

/* Add a whole claim (borrowed: it must outlive the engine); rejections are noted. */
static void add_claim(tl_engine *E, const fl_claim *c)
{
	if (c->rejects) {
		if (E->nrp == E->caprp && fl_grow((void **)&E->rp, &E->caprp, E->nrp, 16, sizeof(rej_pair))) {
			E->oom = true;
			return;
		}
		E->rp[E->nrp].id = c->rejects;
		E->rp[E->nrp].by = c->id;
		E->nrp++;
		return;
	}
	if (c->place_id == 0)
		return;
	tl_item *it = new_item(E);
	if (!it)
		return;
	it->id = c->id;
	it->place_id = c->place_id;
	it->confidence = c->confidence;
	it->start = (uint32_t)c->start;
	it->eff = fl_claim_effective_day(c);
	it->side = intern(E, c->side);
	it->article = intern(E, c->article);
	it->attributed_to = intern(E, c->attributed_to);
	tl_cold *k = new_cold(E, it);
	if (!k)
		return;
	k->c = c;
	k->place = c->place;
	k->lat = c->lat;
	k->lon = c->lon;
	const char *ev = intern(E, c->event), *st = intern(E, c->status), *ss = intern(E, c->source_side);
	if (E->oom)
		return;
	item_seal(E, it, ev, st, ss, c->created, c->author);
}

/* The store's visitor: one lean machine claim. */
static fl_status add_lean(void *ctx, const fl_claim_lean *c)
{
	tl_engine *E = ctx;
	if (c->place_id == 0)
		return FL_OK;
	tl_item *it = new_item(E);
	if (!it)
		return FL_ENOMEM;
	it->id = c->id;
	it->place_id = c->place_id;
	it->confidence = c->confidence;
	it->start = (uint32_t)c->start;
	it->eff = c->eff;
	it->side = intern(E, c->side);
	const char *ev = intern(E, c->event), *st = intern(E, c->status), *ss = intern(E, c->source_side);
	/* Claims come article by article: most are from the article of the one before. */
	if (!E->last[0] || strcmp(E->last[0], c->article) != 0)
		E->last[0] = intern(E, c->article);
	it->article = E->last[0];
	if (!c->attributed_to)
		it->attributed_to = NULL;
	else if (E->last[1] && strcmp(E->last[1], c->attributed_to) == 0)
		it->attributed_to = E->last[1];
	else
		it->attributed_to = E->last[1] = intern(E, c->attributed_to);
	if (E->oom)
		return FL_ENOMEM;
	item_seal(E, it, ev, st, ss, NULL, NULL);
	/* A baseline place takes its name and position from the baseline: keep those of
	 * the others. */
	if (it->pidx == NO_PLACE) {
		const char *name = intern(E, c->place);
		tl_cold *k = new_cold(E, it);
		if (!k)
			return FL_ENOMEM;
		k->place = name;
		k->lat = c->lat;
		k->lon = c->lon;
	}
	return E->oom ? FL_ENOMEM : FL_OK;
}

static int cmp_i64p(const void *a, const void *b)
{
	return cmp_i64(a, b);
}

/* A governorate (ADM1 with an admin1 code) in the gazetteer, else NULL. */
static const fl_place *region_of(const fl_gazetteer *gz, int64_t id)
{
	const fl_place *g = gz ? fl_gazetteer_get(gz, id) : NULL;
	if (g && g->fclass == 'A' && strncmp(g->kind, "PCL", 3) == 0 && g->country[0])
		return g;	/* a country: "the regime fell" */
	return g && g->fclass == 'A' && strcmp(g->kind, "ADM1") == 0 && g->admin1[0] ? g : NULL;
}

/* Is place pg inside region g (a governorate, or a country)? */
static bool in_region(const fl_place *pg, const fl_place *g)
{
	if (!pg || pg->fclass != 'P' || strcmp(pg->country, g->country) != 0)
		return false;
	return strncmp(g->kind, "PCL", 3) == 0 || strcmp(pg->admin1, g->admin1) == 0;
}

/* A claim about a whole governorate ("full control of Idlib province") is a claim about
 * every baseline place in it: copies of the claim, one per such place, each keeping the
 * claim's id (so its sources, and a rejection of the claim, carry over) and naming the
 * region. Needs the gazetteer to know which admin1 code a region and a place have;
 * without one, nothing is expanded. The region itself stays a place of its own. */
static void expand_regions(tl_engine *E, const int64_t *extra, size_t nextra)
{
	if (!E->gz)
		return;
	uint32_t *in = NULL;	/* baseline rows in the region */
	for (size_t x = 0; x < nextra && !E->oom; x++) {
		const fl_place *g = region_of(E->gz, extra[x]);
		if (!g)
			continue;
		if (!in && !(in = malloc((E->nrows + 1) * sizeof(uint32_t)))) {
			E->oom = true;
			break;
		}
		size_t nin = 0;
		for (size_t r = 0; r < E->nrows; r++)
			if (in_region(fl_gazetteer_get(E->gz, E->rows[r]->place_id), g))
				in[nin++] = (uint32_t)r;
		/* a country's fall also reaches the places only claims name */
		bool country = strncmp(g->kind, "PCL", 3) == 0;
		size_t nout = 0;
		for (size_t y = 0; country && y < nextra; y++)
			if (extra[y] != g->id && in_region(fl_gazetteer_get(E->gz, extra[y]), g))
				nout++;
		size_t n = E->nitems;	/* the copies come after */
		for (size_t i = 0; i < n && !E->oom; i++) {
			if (item_at(E, i)->place_id != g->id)
				continue;
			const tl_cold *k0 = item_at(E, i)->cold ? &E->cold[item_at(E, i)->cold - 1] : NULL;
			const fl_claim *whole = k0 ? k0->c : NULL;
			for (size_t j = 0; j < nin + nout && !E->oom; j++) {
				const fl_baseline_row *row = j < nin ? E->rows[in[j]] : NULL;
				const fl_place *op = NULL;
				if (!row) {	/* the (j - nin)th place only claims name */
					size_t want = j - nin;
					for (size_t y = 0; y < nextra && !op; y++) {
						const fl_place *pg = fl_gazetteer_get(E->gz, extra[y]);
						if (extra[y] != g->id && in_region(pg, g) && want-- == 0)
							op = pg;
					}
					if (!op)
						break;
				}
				tl_item *it = new_item(E);
				if (!it)
					break;
				*it = *item_at(E, i);
				tl_cold *k = new_cold(E, it);
				if (!k)
					break;
				k->c = whole;
				k->place = row ? row->place : op->name;
				k->lat = row ? row->lat : op->lat;
				k->lon = row ? row->lon : op->lon;
				k->region = g->name;
				k->region_id = g->id;
				it->place_id = row ? row->place_id : op->id;
				it->pidx = row ? in[j] : NO_PLACE;
				E->nitems++;
			}
		}
	}
	free(in);
}

/* After the last add: rejections, places (the baseline's points and every place a claim
 * names, by id), region claims spread over their places, claims grouped by place and
 * sorted by content. */
static fl_status engine_finish(tl_engine *E, fl_error *err)
{
	int64_t *extra = NULL;
	size_t nextra = 0;
	uint32_t *count = NULL;
	if (E->oom)
		goto oom;
	if (E->nrp > 1)
		qsort(E->rp, E->nrp, sizeof(rej_pair), cmp_rej);
	E->rej = malloc((E->nrp + 1) * sizeof(int64_t));
	E->rej_by = malloc((E->nrp + 1) * sizeof(int64_t));
	if (!E->rej || !E->rej_by)
		goto oom;
	for (size_t i = 0; i < E->nrp; i++)	/* one entry per rejected id: the first rejection */
		if (E->nrej == 0 || E->rp[i].id != E->rej[E->nrej - 1]) {
			E->rej[E->nrej] = E->rp[i].id;
			E->rej_by[E->nrej] = E->rp[i].by;
			E->nrej++;
		}
	E->ctx.rejected = E->rej;
	E->ctx.rejected_by = E->rej_by;
	E->ctx.nrejected = E->nrej;

	/* Places no baseline point names. */
	extra = malloc((E->nitems + 1) * sizeof(int64_t));
	if (!extra)
		goto oom;
	for (size_t i = 0; i < E->nitems; i++)
		if (item_at(E, i)->pidx == NO_PLACE)
			extra[nextra++] = item_at(E, i)->place_id;
	qsort(extra, nextra, sizeof(int64_t), cmp_i64p);
	size_t u = 0;
	for (size_t i = 0; i < nextra; i++)
		if (u == 0 || extra[i] != extra[u - 1])
			extra[u++] = extra[i];
	nextra = u;
	expand_regions(E, extra, nextra);
	if (E->oom)
		goto oom;

	/* Merge the baseline's ids and the others; rows[r] becomes place base[r]. */
	E->places = malloc((E->nrows + nextra + 1) * sizeof(tl_place));
	uint32_t *base = malloc((E->nrows + 1) * sizeof(uint32_t));
	uint32_t *other = malloc((nextra + 1) * sizeof(uint32_t));
	if (!E->places || !base || !other) {
		free(base);
		free(other);
		goto oom;
	}
	size_t bi = 0, xi = 0;
	while (bi < E->nrows || xi < nextra) {
		tl_place *p = &E->places[E->nplaces];
		memset(p, 0, sizeof(*p));
		if (bi < E->nrows && (xi >= nextra || E->rows[bi]->place_id < extra[xi])) {
			p->id = E->rows[bi]->place_id;
			p->row = E->rows[bi];
			base[bi++] = (uint32_t)E->nplaces++;
		} else {
			p->id = extra[xi];
			other[xi++] = (uint32_t)E->nplaces++;
		}
	}
	count = calloc(E->nplaces + 1, sizeof(uint32_t));
	E->ord = malloc((E->nitems + 1) * sizeof(tl_item *));
	if (!count || !E->ord) {
		free(base);
		free(other);
		goto oom;
	}
	for (size_t i = 0; i < E->nitems; i++) {
		tl_item *it = item_at(E, i);
		if (it->pidx != NO_PLACE) {
			it->pidx = base[it->pidx];
		} else {
			const int64_t *x = bsearch(&it->place_id, extra, nextra, sizeof(int64_t), cmp_i64p);
			it->pidx = other[x - extra];
		}
		count[it->pidx]++;
	}
	free(base);
	free(other);
	size_t at = 0;
	for (size_t p = 0; p < E->nplaces; p++) {
		E->places[p].first = at;
		E->places[p].n = count[p];
		at += count[p];
		count[p] = 0;
	}
	for (size_t i = 0; i < E->nitems; i++) {
		tl_item *it = item_at(E, i);
		E->ord[E->places[it->pidx].first + count[it->pidx]++] = it;
	}
	for (size_t p = 0; p < E->nplaces; p++)
		if (E->places[p].n > 1)
			qsort(E->ord + E->places[p].first, E->places[p].n, sizeof(tl_item *), cmp_item);
	E->ctx.cold = E->cold;
	free(count);
	free(extra);
	return FL_OK;
oom:
	free(count);
	free(extra);
	engine_release(E);
	return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
}

/* The baseline side of place p: its point row, else the first polygon holding it. */
static const char *base_side_of(tl_engine *E, const tl_place *p, double lat, double lon,
				const char **source)
{
	*source = NULL;
	if (p->row) {
		*source = p->row->source;
		return intern(E, p->row->side);
	}
	for (size_t i = 0; E->b && i < E->b->count; i++) {
		const fl_baseline_row *r = &E->b->items[i];
		if (r->nrings && fl_baseline_row_contains(r, lon, lat)) {
			*source = r->source;
			return intern(E, r->side);
		}
	}
	return intern(E, "unknown");
}

/* Name, position, kind and population of a place. */
static void place_info(const tl_engine *E, const tl_place *p, const fl_gazetteer *gz,
		       const char **name, double *lat, double *lon, const char **kind, int64_t *pop)
{
	const fl_place *g = gz ? fl_gazetteer_get(gz, p->id) : NULL;
	const tl_cold *c = p->n ? cold_of(&E->ctx, E->ord[p->first]) : NULL;
	*name = g ? g->name : p->row && p->row->place ? p->row->place : c && c->place ? c->place : "";
	if (p->row) {
		*lat = p->row->lat;
		*lon = p->row->lon;
	} else if (g) {
		*lat = g->lat;
		*lon = g->lon;
	} else {
		*lat = c ? c->lat : 0;
		*lon = c ? c->lon : 0;
	}
	*kind = g ? g->kind : p->row ? p->row->kind : "";
	*pop = g ? g->population : p->row ? p->row->population : 0;
}

/* A place outside the baseline is in the state only if a claim says who holds it,
 * and never a road or a region (their claims are not about one town). */
static bool places_in_state(const tl_engine *E, const tl_place *p, const fl_gazetteer *gz)
{
	const fl_place *g = gz ? fl_gazetteer_get(gz, p->id) : NULL;
	if (g && (g->fclass == 'R' || g->fclass == 'A'))	/* roads, regions: not points */
		return false;
	for (size_t k = 0; k < p->n; k++)
		if (E->ord[p->first + k]->flags & F_CONTROL)
			return true;
	return false;
}

/* Has a control claim on p of day d or before been read? */
static bool claimed_by(const tl_engine *E, const tl_place *p, fl_date d)
{
	for (size_t k = 0; k < p->n; k++) {
		const tl_item *it = E->ord[p->first + k];
		if ((it->flags & F_CONTROL) && (it->eff == FL_DATE_NONE || it->eff <= d))
			return true;
	}
	return false;
}

void fl_state_release(fl_state *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->count; i++) {
		free(s->items[i].place);
		free(s->items[i].sources);
	}
	free(s->items);
	memset(s, 0, sizeof(*s));
}

/* The state from a finished engine (released here). */
static fl_status engine_state(tl_engine *E, fl_date d, fl_state *out, fl_error *err)
{
	fl_status rc = FL_OK;
	const fl_gazetteer *gz = E->gz;
	memset(out, 0, sizeof(*out));
	out->date = d;
	out->items = calloc(E->nplaces ? E->nplaces : 1, sizeof(fl_place_state));
	if (!out->items) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	out->cap = E->nplaces;
	for (size_t i = 0; i < E->nplaces; i++) {
		tl_place *p = &E->places[i];
		if (!p->row && !places_in_state(E, p, gz))
			continue;
		fl_place_state *ps = &out->items[out->count];
		const char *name, *kind, *src;
		place_info(E, p, gz, &name, &ps->lat, &ps->lon, &kind, &ps->population);
		const char *bs = base_side_of(E, p, ps->lat, ps->lon, &src);
		/* an export folds every day's claims into one engine: a place outside the
		 * baseline's areas that nothing says anything of until a later day is not
		 * yet on the map (as the state of that day alone has it) */
		if (!p->row && strcmp(bs, "unknown") == 0 && !claimed_by(E, p, d))
			continue;
		tl_result r;
		if (fold_place(&E->ctx, bs, E->ord + p->first, p->n, &r)) {
			result_release(&r);
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			goto out;
		}
		ps->place_id = p->id;
		ps->place = strdup(name);
		copy(ps->kind, sizeof(ps->kind), kind);
		copy(ps->side, sizeof(ps->side), r.side);
		ps->since = r.since;
		copy(ps->status, sizeof(ps->status), r.contested ? "contested" : r.changed ? "changed" : "baseline");
		copy(ps->level, sizeof(ps->level), level_name(r.level));
		ps->sources = r.sources;
		r.sources = NULL;
		result_release(&r);
		out->count++;
		if (!ps->place) {
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			goto out;
		}
		for (size_t k = 0; k < p->n; k++) {
			const tl_item *it = E->ord[p->first + k];
			int v = it->verdict;
			if (v == V_CHANGE || v == V_CONFIRM || v == V_CONTEST || v == V_SETTLE || v == V_DENIAL) {
				out->nclaims++;
				if (it->article[0] && !istr_of(it->article)->seen) {
					istr_of(it->article)->seen = true;
					out->narticles++;
				}
			}
		}
	}
	if (E->oom)
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
out:
	engine_release(E);
	if (rc)
		fl_state_release(out);
	return rc;
}

fl_status fl_timeline_fold(const fl_baseline *b, const fl_claims *claims, const fl_policy *pol,
			   const fl_gazetteer *gz, fl_date d, fl_state *out, fl_error *err)
{
	memset(out, 0, sizeof(*out));
	tl_engine E;
	fl_status rc = engine_begin(&E, b, pol, gz, d, err);
	if (rc)
		return rc;
	for (size_t i = 0; claims && i < claims->count; i++)
		add_claim(&E, &claims->items[i]);
	if ((rc = engine_finish(&E, err)))
		return rc;
	return engine_state(&E, d, out, err);
}

/* ---- loading the inputs ----------------------------------------------------------- */

fl_status fl_timeline_baseline(fl_store *st, const fl_map *map, fl_date d, fl_baseline *out,
			       fl_error *err)
{
	bool found = false;
	memset(out, 0, sizeof(*out));
	out->date = FL_DATE_NONE;
	if (st) {
		fl_status rc = fl_store_baseline_get(st, d, out, &found, err);
		if (rc)
			return rc;
		if (found)
			return FL_OK;
	}
	if (!map || !map->baseline)
		return fl_error_set(err, FL_ENOTFOUND, map ? map->path : NULL, 0,
				    "no baseline: import one with 'frontline baseline import' or name one in the map definition");
	if (map->baseline_date == FL_DATE_NONE)
		return fl_error_set(err, FL_EINVAL, map->path, 0,
				    "map definition '%s' names a baseline but no baseline_date", map->path);
	return fl_baseline_read(map->baseline, map->baseline_date, NULL, out, err);
}

/* The baseline for day `day` in *b, and an engine over it holding the claims up to that
 * day (all of them, whatever their date, when all: explain) and every correction. The
 * corrections, and for explain every claim, are read whole into *cs, which must outlive
 * the engine. The state's machine claims are read lean: only those that can count
 * (from the baseline date on, at least the policy's confidence). */
static fl_status load_engine(fl_store *st, const fl_map *map, const fl_gazetteer *gz, fl_date day,
			     bool all, fl_baseline *b, fl_claims *cs, tl_engine *E, fl_error *err)
{
	memset(cs, 0, sizeof(*cs));
	fl_status rc = fl_timeline_baseline(st, map, day, b, err);
	if (rc)
		return rc;
	if ((rc = engine_begin(E, b, &map->policy, gz, day, err)))
		goto fail;
	if (st) {
		if (all) {
			fl_store_query_def q = { FL_DATE_NONE, FL_DATE_NONE, FL_QUERY_MACHINE, 0, 0 };
			rc = fl_store_query(st, &q, cs, err);
		} else {
			fl_store_query_def q = { b->date, day, FL_QUERY_MACHINE, 0, map->policy.min_confidence };
			rc = fl_store_scan(st, &q, add_lean, E, err);
		}
		/* Every correction, whatever its date: a rejection made today corrects the past. */
		fl_store_query_def qc = { FL_DATE_NONE, FL_DATE_NONE, FL_QUERY_CORRECTIONS, 0, 0 };
		if (!rc)
			rc = fl_store_query(st, &qc, cs, err);
		if (rc) {
			engine_release(E);
			goto fail;
		}
		for (size_t i = 0; i < cs->count; i++)
			add_claim(E, &cs->items[i]);
	}
	if ((rc = engine_finish(E, err)))
		goto fail;
	return FL_OK;
fail:
	fli_claims_release(cs);
	fl_baseline_release(b);
	return rc;
}

fl_status fl_timeline_state(fl_store *st, const fl_map *map, const fl_gazetteer *gz,
			    fl_date d, fl_state *out, fl_error *err)
{
	memset(out, 0, sizeof(*out));
	fl_baseline b;
	fl_claims cs;
	tl_engine E;
	fl_status rc = load_engine(st, map, gz, d, false, &b, &cs, &E, err);
	if (rc)
		return rc;
	rc = engine_state(&E, d, out, err);
	fli_claims_release(&cs);
	fl_baseline_release(&b);
	return rc;
}

/* ---- changes ---------------------------------------------------------------------- */

void fl_changes_release(fl_changes *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->count; i++) {
		free(c->items[i].place);
		free(c->items[i].sources);
	}
	free(c->items);
	memset(c, 0, sizeof(*c));
}

static int cmp_change(const void *a, const void *b)
{
	const fl_change *x = a, *y = b;
	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return (x->place_id > y->place_id) - (x->place_id < y->place_id);
}

/* The changes in [from, to] from a finished engine (released here). */
static fl_status engine_changes(tl_engine *E, fl_date from, fl_date to, fl_changes *out,
				fl_error *err)
{
	fl_status rc = FL_OK;
	memset(out, 0, sizeof(*out));
	E->ctx.history = true;
	for (size_t i = 0; i < E->nplaces && !rc; i++) {
		tl_place *p = &E->places[i];
		if (p->n == 0)
			continue;
		const char *name, *kind, *src;
		double lat, lon;
		int64_t pop;
		place_info(E, p, E->gz, &name, &lat, &lon, &kind, &pop);
		const char *bs = base_side_of(E, p, lat, lon, &src);
		tl_result r;
		if (fold_place(&E->ctx, bs, E->ord + p->first, p->n, &r)) {
			result_release(&r);
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			break;
		}
		for (size_t k = 0; k < r.nev && !rc; k++) {
			tl_event *e = &r.ev[k];
			if (e->date < from || e->date > to)
				continue;
			if (fl_grow((void **)&out->items, &out->cap, out->count, 1, sizeof(fl_change))) {
				rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
				break;
			}
			fl_change *c = &out->items[out->count++];
			memset(c, 0, sizeof(*c));
			c->date = e->date;
			c->place_id = p->id;
			c->place = strdup(name);
			c->lat = lat;
			c->lon = lon;
			snprintf(c->from, sizeof(c->from), "%s", e->from);
			snprintf(c->to, sizeof(c->to), "%s", e->to);
			snprintf(c->status, sizeof(c->status), "%s", e->contested ? "contested" : "changed");
			snprintf(c->level, sizeof(c->level), "%s", level_name(e->level));
			c->sources = e->sources;
			e->sources = NULL;
			if (!c->place)
				rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		}
		result_release(&r);
	}
	if (!rc && E->oom)
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	engine_release(E);
	if (rc) {
		fl_changes_release(out);
		return rc;
	}
	if (out->count)
		qsort(out->items, out->count, sizeof(fl_change), cmp_change);
	return FL_OK;
}

fl_status fl_timeline_fold_changes(const fl_baseline *b, const fl_claims *claims,
				   const fl_policy *pol, const fl_gazetteer *gz, fl_date from,
				   fl_date to, fl_changes *out, fl_error *err)
{
	memset(out, 0, sizeof(*out));
	tl_engine E;
	fl_status rc = engine_begin(&E, b, pol, gz, to, err);
	if (rc)
		return rc;
	for (size_t i = 0; claims && i < claims->count; i++)
		add_claim(&E, &claims->items[i]);
	if ((rc = engine_finish(&E, err)))
		return rc;
	return engine_changes(&E, from, to, out, err);
}

fl_status fl_timeline_changes(fl_store *st, const fl_map *map, const fl_gazetteer *gz,
			      fl_date from, fl_date to, fl_changes *out, fl_error *err)
{
	memset(out, 0, sizeof(*out));
	fl_baseline b;
	fl_claims cs;
	tl_engine E;
	fl_status rc = load_engine(st, map, gz, to, false, &b, &cs, &E, err);
	if (rc)
		return rc;
	rc = engine_changes(&E, from, to, out, err);
	fli_claims_release(&cs);
	fl_baseline_release(&b);
	return rc;
}

/* ---- explain ------------------------------------------------------------------------ */

/* ASCII skeleton of a name for matching: no marks, case folded, letters and digits. */
static void name_key(const char *s, char *out, size_t n)
{
	size_t k = 0;
	utf8proc_uint8_t *m = NULL;
	if (utf8proc_map((const utf8proc_uint8_t *)s, 0, &m,
			 UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
				 UTF8PROC_CASEFOLD) < 0)
		m = NULL;
	const char *p = m ? (const char *)m : s;
	for (; *p && k + 1 < n; p++) {
		char c = *p;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			out[k++] = c;
	}
	out[k] = '\0';
	free(m);
}

bool fl_timeline_name_match(const char *a, const char *b)
{
	char x[128], y[128];
	name_key(a, x, sizeof(x));
	name_key(b, y, sizeof(y));
	return x[0] && strcmp(x, y) == 0;
}

/* Sides are data (assets/actors.json): say them by their ids, nothing theatre-specific. */
static const char *say_side(const char *s)
{
	return strcmp(s, "unknown") == 0 ? "no known side" : s;
}

static const char *say_event(const char *e)
{
	if (strcmp(e, FL_EVENT_CAPTURE) == 0)
		return "took";
	if (strcmp(e, FL_EVENT_REPELLED) == 0)
		return "repelled an attack on";
	if (strcmp(e, FL_EVENT_CLASHES) == 0)
		return "fought at";
	if (strcmp(e, FL_EVENT_ROAD_CUT) == 0)
		return "cut the road at";
	if (strcmp(e, FL_EVENT_HELD) == 0)
		return "held";
	return e[0] ? e : "held";
}

/* A rejection record, about a claim of this place. */
static void explain_rejection(sbuf *b, const fl_claim *c)
{
	char day[11];
	fl_date_format(c->date, day);
	sb_printf(b, "- %s: %s rejected claim %lld (correction %lld, %s).\n",
		  c->created ? c->created : day, c->author ? c->author : "an analyst",
		  (long long)c->rejects, (long long)c->id, c->sentence ? c->sentence : "no reason given");
}

static void explain_claim(sbuf *b, const tl_ctx *x, const tl_item *it, const char *name)
{
	const tl_cold *k = cold_of(x, it);
	const fl_claim *c = k->c;	/* explain reads every claim whole */
	char day[11];
	fl_date_format(it->eff, day);
	/* A claim about a whole governorate, told as such: what was said, and that the
	 * place lies in it. */
	char *what = NULL;
	if (k->region && asprintf(&what, "all of %s, which includes %s", k->region, name) < 0)
		what = NULL;
	const char *target = what ? what : name;
	const char *who = c->attributed_to && c->attributed_to[0] ? c->attributed_to : "the article";
	if (is_analyst(c)) {
		sb_printf(b, "- %s: analyst %s recorded that %s held %s (correction %lld, made %s%s%s).",
			  day, c->author ? c->author : "?", say_side(c->side), target, (long long)c->id,
			  c->created ? c->created : "?", c->sentence && c->sentence[0] ? ": " : "",
			  c->sentence && c->sentence[0] ? c->sentence : "");
	} else {
		const char *how = is_status(c, FL_STATUS_DENIED) ? "denied that" :
				  is_status(c, FL_STATUS_HEDGED) ? "reported, hedged, that" : "reported that";
		if (strcmp(c->event, FL_EVENT_COLLAPSE) == 0)
			sb_printf(b, "- %s: %s %s the regime fell and %s took over what it held, %s among it (claim %lld, confidence %.2f",
				  day, who, how, say_side(c->side), name, (long long)c->id, c->confidence);
		else if (strcmp(c->event, FL_EVENT_WITHDRAWAL) == 0)
			sb_printf(b, "- %s: %s %s the defenders withdrew from %s, leaving it to %s (claim %lld, confidence %.2f",
				  day, who, how, target, say_side(c->side), (long long)c->id, c->confidence);
		else
			sb_printf(b, "- %s: %s %s %s %s %s (claim %lld, confidence %.2f", day, who, how,
				  say_side(c->side), say_event(c->event), target, (long long)c->id, c->confidence);
		if (c->article[0])
			sb_printf(b, ", article %.12s", c->article);
		sb_printf(b, ")");
		if (c->sentence && c->sentence[0])
			sb_printf(b, ": \"%s\"", c->sentence);
		sb_printf(b, ".");
	}
	free(what);
	switch (it->verdict) {
	case V_AFTER: sb_printf(b, " Not yet counted: after the day asked.\n"); break;
	case V_BEFORE: sb_printf(b, " Not counted: before the baseline date.\n"); break;
	case V_NODATE: sb_printf(b, " Not counted: no usable date.\n"); break;
	case V_REJECTED: sb_printf(b, " Not counted: rejected by an analyst (correction %lld).\n", (long long)it->by); break;
	case V_LOWCONF: sb_printf(b, " Not counted: confidence below the map's minimum.\n"); break;
	case V_NOCONTROL: sb_printf(b, " Noted; it does not change who holds the place.\n"); break;
	case V_DENIED: sb_printf(b, " Stopped by a denial (claim %lld).\n", (long long)it->by); break;
	case V_DENIAL: sb_printf(b, " The denial stops the claims it answers.\n"); break;
	case V_CHANGE: sb_printf(b, " This changed the holder to %s (%s).\n", say_side(c->side), level_name(it->level)); break;
	case V_CONFIRM: sb_printf(b, " This confirmed the holder (%s).\n", level_name(it->level)); break;
	case V_CONTEST: sb_printf(b, " Another side claimed it within days: contested.\n"); break;
	case V_SETTLE: sb_printf(b, " This settled the contest for %s (%s).\n", say_side(c->side), level_name(it->level)); break;
	case V_ANALYST: sb_printf(b, " Overruled by an analyst (correction %lld).\n", (long long)it->by); break;
	case V_OUTWEIGHED: sb_printf(b, " Outweighed by stronger reports the same day.\n"); break;
	case V_NOTHELD: sb_printf(b, " Not counted here: the fallen regime did not hold the place that day.\n"); break;
	default: sb_printf(b, "\n"); break;
	}
}

fl_status fl_timeline_explain(fl_store *st, const fl_map *map, const fl_gazetteer *gz,
			      const char *place, fl_date d, char **text, fl_error *err)
{
	*text = NULL;
	fl_baseline b;
	fl_claims cs;
	tl_engine E;
	/* All claims (any date) so the story can say what comes after d too. */
	fl_status rc = load_engine(st, map, gz, d, true, &b, &cs, &E, err);
	if (rc)
		return rc;
	/* Which place: an id, a gazetteer match, or a name the inputs carry. */
	const tl_place *p = NULL;
	char *end;
	long long id = strtoll(place, &end, 10);
	for (size_t i = 0; *end == '\0' && id > 0 && i < E.nplaces; i++)
		if (E.places[i].id == id)
			p = &E.places[i];
	if (!p && gz) {
		fl_candidate cand[8];
		size_t nc = fl_gazetteer_lookup(gz, place, NULL, cand, 8);
		for (size_t k = 0; k < nc && !p; k++)
			for (size_t i = 0; i < E.nplaces; i++)
				if (E.places[i].id == cand[k].place->id)
					p = &E.places[i];
	}
	if (!p) {
		char want[128], have[128];
		name_key(place, want, sizeof(want));
		for (size_t i = 0; want[0] && i < E.nplaces && !p; i++) {
			const char *nm, *kind;
			double la, lo;
			int64_t pop;
			place_info(&E, &E.places[i], gz, &nm, &la, &lo, &kind, &pop);
			name_key(nm, have, sizeof(have));
			if (strcmp(want, have) == 0)
				p = &E.places[i];
			for (size_t k = 0; !p && k < E.places[i].n; k++) {
				const tl_cold *c = cold_of(&E.ctx, E.ord[E.places[i].first + k]);
				if (c && c->place) {
					name_key(c->place, have, sizeof(have));
					if (strcmp(want, have) == 0)
						p = &E.places[i];
				}
			}
		}
	}
	if (!p) {
		rc = fl_error_set(err, FL_ENOTFOUND, NULL, 0,
				  "no place '%.80s%s' in the baseline or the claims", place,
				  strlen(place) > 80 ? "..." : "");
		goto out;
	}
	const char *name, *kind, *src;
	double lat, lon;
	int64_t pop;
	place_info(&E, p, gz, &name, &lat, &lon, &kind, &pop);
	const char *bs = base_side_of(&E, p, lat, lon, &src);
	tl_result r;
	if (fold_place(&E.ctx, bs, E.ord + p->first, p->n, &r)) {
		result_release(&r);
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	char day[11], bday[11], sday[11];
	fl_date_format(d, day);
	fl_date_format(b.date, bday);
	fl_date_format(r.since, sday);
	sbuf t = { 0 };
	sb_printf(&t, "%s (place %lld, %.4f N %.4f E) on %s: ", name, (long long)p->id, lat, lon, day);
	if (r.contested)
		sb_printf(&t, "contested since %s; sides claim it within %d days of each other.\n", sday,
			  map->policy.contest_days);
	else if (r.changed)
		sb_printf(&t, "held by the %s side since %s (%s).\n", say_side(r.side), sday, level_name(r.level));
	else
		sb_printf(&t, "held by the %s side, unchanged since the baseline of %s.\n", say_side(r.side), bday);
	if (strcmp(bs, "unknown") == 0)
		sb_printf(&t, "Baseline %s: the place is not in the baseline (%s).\n", bday,
			  b.origin ? b.origin : "none");
	else
		sb_printf(&t, "Baseline %s: %s%s%s.\n", bday, say_side(bs), src ? ", source: " : "",
			  src ? src : "");
	if (p->n == 0)
		sb_printf(&t, "No claims about it are in the store.\n");
	else
		sb_printf(&t, "Claims and corrections (%zu), by day:\n", p->n);
	for (size_t k = 0; k < p->n; k++)
		explain_claim(&t, &E.ctx, E.ord[p->first + k], name);
	/* Rejections name claims, not places: tell those about this place. */
	for (size_t i = 0; i < cs.count; i++) {
		const fl_claim *c = &cs.items[i];
		if (!c->rejects)
			continue;
		for (size_t k = 0; k < p->n; k++)
			if (E.ord[p->first + k]->id == c->rejects) {
				explain_rejection(&t, c);
				break;
			}
	}
	if (r.sources && r.sources[0])
		sb_printf(&t, "Decided by: %s %s.\n", strchr(r.sources, ',') ? "claims" : "claim", r.sources);
	result_release(&r);
	*text = sb_take(&t);
	if (!*text)
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
out:
	engine_release(&E);
	fli_claims_release(&cs);
	fl_baseline_release(&b);
	return rc;
}
