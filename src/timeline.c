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
 * Not here: reading the store (store.c), geometry (territory.c), drawing (render.c).
 */
#include "timeline.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "gazetteer.h"

/* ---- vocabulary --------------------------------------------------------------- */

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
	V_REJECTION,	/* a rejection record itself */
};

enum {
	F_ANALYST = 1,		/* an analyst's claim */
	F_DENIAL = 2,		/* status denied */
	F_HEDGED = 4,		/* status hedged */
	F_CONTROL = 8,		/* an event that says who holds the place */
	F_PARTISAN = 16,	/* the source speaks for a party (ss) */
};

typedef struct tl_item {
	const fl_claim *c;	/* borrowed */
	const char *side;	/* c->side, interned: sides compare by pointer */
	const char *ss;		/* c->source_side interned if partisan, else NULL */
	unsigned flags;		/* F_* */
	uint64_t key;		/* hash of the claim's content: a fast, order-free tie-break */
	fl_date eff;		/* effective day */
	int verdict;		/* enum verdict */
	int64_t by;		/* id of the claim that stopped or beat it; 0 */
	int level;		/* level the place had after this claim (LV_*) */
} tl_item;

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
static bool is_control_event(const fl_claim *c)
{
	const char *e = c->event;
	switch (e[0]) {
	case 'c': return strcmp(e, FL_EVENT_CAPTURE) == 0;
	case 'w': return strcmp(e, FL_EVENT_WITHDRAWAL) == 0;
	case 'r': return strcmp(e, FL_EVENT_REPELLED) == 0;
	case 'h': return strcmp(e, FL_EVENT_HELD) == 0;
	case '\0': return is_analyst(c);
	default: return false;
	}
}

/* A source speaking for a party (as opposed to a monitor, an agency, the outlet). */
static bool is_partisan(const fl_claim *c)
{
	const char *s = c->source_side;
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

static uint64_t content_key(const fl_claim *c)
{
	uint64_t h = 14695981039346656037ull;
	h = fnv(h, c->side);
	h = fnv(h, c->status);
	h = fnv(h, c->event);
	h = fnv(h, c->article);
	h = fnv(h, c->attributed_to);
	h = fnv(h, c->source_side);
	h = fnv(h, c->created);
	h = fnv(h, c->author);
	h ^= (uint64_t)c->start * 0x9e3779b97f4a7c15ull;
	h ^= (uint64_t)(c->confidence * 1e6);
	return h;
}

/* Content order: place, day, then everything a claim says (never its id). */
static int cmp_item(const void *pa, const void *pb)
{
	const tl_item *a = pa, *b = pb;
	const fl_claim *x = a->c, *y = b->c;
	int r;
	if (x->place_id != y->place_id)
		return x->place_id < y->place_id ? -1 : 1;
	if (a->eff != b->eff)
		return a->eff < b->eff ? -1 : 1;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	if ((r = strcmp(x->side, y->side)) || (r = strcmp(x->status, y->status)) ||
	    (r = strcmp(x->event, y->event)) || (r = strcmp(x->article, y->article)))
		return r;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if ((r = cmp_str(x->attributed_to, y->attributed_to)) ||
	    (r = strcmp(x->source_side, y->source_side)) || (r = cmp_str(x->created, y->created)) ||
	    (r = cmp_str(x->author, y->author)))
		return r;
	if (x->confidence != y->confidence)
		return x->confidence < y->confidence ? -1 : 1;
	if (x->id != y->id)	/* identical content: any order gives the same state */
		return x->id < y->id ? -1 : 1;
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
	bool history;		/* record events */
} tl_ctx;

static bool eligible(const tl_item *it)
{
	return it->verdict == V_PENDING || it->verdict == V_CHANGE || it->verdict == V_CONFIRM ||
	       it->verdict == V_CONTEST || it->verdict == V_SETTLE;
}

/* Mark what never counts: out of range, rejected, weak, not about control; then
 * apply the denials. */
static void prefilter(const tl_ctx *x, tl_item *it, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const fl_claim *c = it[i].c;
		it[i].verdict = V_PENDING;
		it[i].by = 0;
		it[i].level = LV_NONE;
		const int64_t *r = bsearch(&c->id, x->rejected, x->nrejected, sizeof(int64_t), cmp_i64);
		if (c->rejects)
			it[i].verdict = V_REJECTION;
		else if (r) {
			it[i].verdict = V_REJECTED;
			it[i].by = x->rejected_by[r - x->rejected];
		} else if (it[i].eff == FL_DATE_NONE)
			it[i].verdict = V_NODATE;
		else if (it[i].eff > x->day)
			it[i].verdict = V_AFTER;
		else if (x->base_date != FL_DATE_NONE && it[i].eff < x->base_date)
			it[i].verdict = V_BEFORE;
		else if (!(it[i].flags & F_ANALYST) && c->confidence < x->pol->min_confidence)
			it[i].verdict = V_LOWCONF;
		else if (it[i].flags & F_DENIAL)
			it[i].verdict = V_DENIAL;
		else if (!(it[i].flags & F_CONTROL) || !c->side[0])
			it[i].verdict = V_NOCONTROL;
	}
	/* A denial stops the claims for the same side dated in the window before it. */
	for (size_t i = 0; i < n; i++) {
		if (it[i].verdict != V_DENIAL)
			continue;
		for (size_t j = 0; j < n; j++) {
			if (it[j].verdict != V_PENDING || (it[j].flags & F_ANALYST) || it[j].side != it[i].side)
				continue;
			if (it[j].eff <= it[i].eff && it[j].eff >= it[i].eff - x->pol->contest_days &&
			    (it[j].by == 0 || it[i].c->id < it[j].by))
				it[j].by = it[i].c->id;
		}
	}
	for (size_t j = 0; j < n; j++)
		if (it[j].verdict == V_PENDING && it[j].by)
			it[j].verdict = V_DENIED;
}

/* The level that the eligible claims for side s dated in [lo, hi] give; loser is the
 * side that held the place before (a source of that side admits the loss).
 * LV_NONE if there are none. */
/* The independent source behind a partial claim: its party, else who is quoted
 * (case folded), else its article. */
static bool same_source(const fl_claim *a, const fl_claim *b)
{
	bool pa = is_partisan(a), pb = is_partisan(b);
	if (pa || pb)
		return pa && pb && strcmp(a->source_side, b->source_side) == 0;
	bool qa = a->attributed_to && a->attributed_to[0], qb = b->attributed_to && b->attributed_to[0];
	if (qa || qb)
		return qa && qb && strcasecmp(a->attributed_to, b->attributed_to) == 0;
	return strcmp(a->article, b->article) == 0;
}

static int level_of(const tl_ctx *x, const tl_item *it, size_t n, const char *s, fl_date lo,
		    fl_date hi, const char *loser)
{
	int lv = LV_NONE;
	const fl_claim *first = NULL;	/* the first partial claim's source */
	bool two = false;		/* a second independent source agrees */
	for (size_t i = 0; i < n; i++) {
		const fl_claim *c = it[i].c;
		if (it[i].side != s || it[i].eff < lo || it[i].eff > hi || !eligible(&it[i]))
			continue;
		if (it[i].flags & F_ANALYST)
			return LV_ANALYST;
		if (lv < LV_CLAIMED)
			lv = LV_CLAIMED;
		bool hedged = (it[i].flags & F_HEDGED) != 0;
		bool partisan = it[i].ss != NULL;
		bool own = partisan && it[i].ss == s;
		bool admits = partisan && loser && it[i].ss == loser && s != loser;
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
static char *ids_of(const tl_item *it, size_t n, const char *s, fl_date lo, fl_date hi)
{
	int64_t *ids = malloc((n ? n : 1) * sizeof(int64_t));
	if (!ids)
		return NULL;
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (eligible(&it[i]) && it[i].eff >= lo && it[i].eff <= hi && (!s || it[i].side == s))
			ids[k++] = it[i].c->id;
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
static fl_status fold_place(const tl_ctx *x, const char *base_side, tl_item *it, size_t n,
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
		fl_date d = it[i].eff;
		size_t j = i;
		while (j < n && it[j].eff == d)
			j++;
		/* Sides claimed today, in content order (sorted by side already). */
		const char *sides[8];
		size_t ns = 0;
		const tl_item *best_analyst = NULL;
		for (size_t k = i; k < j; k++) {
			if (it[k].verdict != V_PENDING)
				continue;
			if (it[k].flags & F_ANALYST) {
				const fl_claim *c = it[k].c;
				if (!best_analyst || cmp_str(c->created, best_analyst->c->created) > 0 ||
				    (cmp_str(c->created, best_analyst->c->created) == 0 &&
				     strcmp(c->side, best_analyst->c->side) > 0))
					best_analyst = &it[k];
			}
		}
		if (!best_analyst && analyst_until != FL_DATE_NONE && d <= analyst_until) {
			for (size_t k = i; k < j; k++)
				if (it[k].verdict == V_PENDING && it[k].side != analyst_side) {
					it[k].verdict = V_ANALYST;
					it[k].by = analyst_id;
				}
		}
		if (best_analyst) {
			for (size_t k = i; k < j; k++)
				if (it[k].verdict == V_PENDING && it[k].side != best_analyst->side) {
					it[k].verdict = V_ANALYST;
					it[k].by = best_analyst->c->id;
				}
			analyst_side = best_analyst->side;
			analyst_until = d + cd;
			analyst_id = best_analyst->c->id;
		}
		for (size_t k = i; k < j; k++) {
			if (it[k].verdict != V_PENDING)
				continue;
			bool dup = false;
			for (size_t s = 0; s < ns; s++)
				if (sides[s] == it[k].side)
					dup = true;
			if (!dup && ns < 8)
				sides[ns++] = it[k].side;
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
					if (it[k].verdict == V_PENDING && it[k].side != win) {
						it[k].verdict = V_OUTWEIGHED;
						it[k].by = 0;
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
			if (it[k].verdict == V_PENDING)
				it[k].verdict = verdict;
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
			if (it[k].verdict == verdict)
				it[k].level = r->level;
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

/* ---- places ------------------------------------------------------------------- */

typedef struct tl_place {
	int64_t id;		/* place id */
	const fl_baseline_row *row;	/* its baseline point row, or NULL */
	size_t first, n;	/* its claims in the sorted items */
} tl_place;

typedef struct tl_engine {
	tl_ctx ctx;
	tl_item *items;		/* every claim but rejections, by cmp_item */
	size_t nitems;
	int64_t *rej, *rej_by;	/* rejected ids (sorted) and the rejecting ids */
	size_t nrej;
	tl_place *places;	/* by id */
	size_t nplaces;
	const fl_baseline *b;	/* borrowed */
	char **names;		/* interned side names (owned) */
	size_t nnames, capnames;
	bool oom;		/* interning ran out of memory */
} tl_engine;

/* The one copy of side name s, so that sides compare by pointer. */
static const char *intern(tl_engine *E, const char *s)
{
	for (size_t i = 0; i < E->nnames; i++)
		if (E->names[i][0] == s[0] && strcmp(E->names[i], s) == 0)
			return E->names[i];
	char *d = strdup(s);
	if (!d || fl_grow((void **)&E->names, &E->capnames, E->nnames, 1, sizeof(char *))) {
		free(d);
		E->oom = true;
		return "";
	}
	E->names[E->nnames++] = d;
	return d;
}

static int cmp_row(const void *a, const void *b)
{
	const fl_baseline_row *x = *(const fl_baseline_row *const *)a,
			      *y = *(const fl_baseline_row *const *)b;
	if (x->place_id != y->place_id)
		return x->place_id < y->place_id ? -1 : 1;
	return (x->line > y->line) - (x->line < y->line);
}

typedef struct rej_pair {
	int64_t id, by;
} rej_pair;

static int cmp_rej(const void *a, const void *b)
{
	const rej_pair *x = a, *y = b;
	if (x->id != y->id)
		return x->id < y->id ? -1 : 1;
	return (x->by > y->by) - (x->by < y->by);
}

static void engine_release(tl_engine *E)
{
	for (size_t i = 0; i < E->nnames; i++)
		free(E->names[i]);
	free(E->names);
	free(E->items);
	free(E->rej);
	free(E->rej_by);
	free(E->places);
	memset(E, 0, sizeof(*E));
}

static fl_status engine_init(tl_engine *E, const fl_baseline *b, const fl_claims *claims,
			     const fl_policy *pol, fl_date d, fl_error *err)
{
	memset(E, 0, sizeof(*E));
	E->b = b;
	E->ctx.pol = pol;
	E->ctx.base_date = b ? b->date : FL_DATE_NONE;
	E->ctx.day = d;
	size_t n = claims ? claims->count : 0, nr = 0;
	for (size_t i = 0; i < n; i++)
		if (claims->items[i].rejects)
			nr++;
	E->items = malloc((n ? n : 1) * sizeof(tl_item));
	rej_pair *rp = malloc((nr ? nr : 1) * sizeof(rej_pair));
	E->rej = malloc((nr ? nr : 1) * sizeof(int64_t));
	E->rej_by = malloc((nr ? nr : 1) * sizeof(int64_t));
	if (!E->items || !rp || !E->rej || !E->rej_by) {
		free(rp);
		engine_release(E);
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	}
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		const fl_claim *c = &claims->items[i];
		if (c->rejects) {
			rp[E->nrej].id = c->rejects;
			rp[E->nrej].by = c->id;
			E->nrej++;
			continue;
		}
		if (c->place_id == 0)
			continue;
		E->items[k].c = c;
		E->items[k].eff = fl_claim_effective_day(c);
		E->items[k].key = content_key(c);
		E->items[k].side = intern(E, c->side);
		E->items[k].ss = is_partisan(c) ? intern(E, c->source_side) : NULL;
		E->items[k].flags = (is_analyst(c) ? F_ANALYST : 0u) |
				    (is_status(c, FL_STATUS_DENIED) ? F_DENIAL : 0u) |
				    (is_status(c, FL_STATUS_HEDGED) ? F_HEDGED : 0u) |
				    (is_control_event(c) ? F_CONTROL : 0u) | (is_partisan(c) ? F_PARTISAN : 0u);
		E->items[k].verdict = V_PENDING;
		E->items[k].by = 0;
		k++;
	}
	E->nitems = k;
	qsort(E->items, k, sizeof(tl_item), cmp_item);
	qsort(rp, E->nrej, sizeof(rej_pair), cmp_rej);
	/* One entry per rejected id: the first rejection. */
	size_t u = 0;
	for (size_t i = 0; i < E->nrej; i++)
		if (u == 0 || rp[i].id != E->rej[u - 1]) {
			E->rej[u] = rp[i].id;
			E->rej_by[u] = rp[i].by;
			u++;
		}
	E->nrej = u;
	free(rp);
	E->ctx.rejected = E->rej;
	E->ctx.rejected_by = E->rej_by;
	E->ctx.nrejected = E->nrej;

	/* Places: the baseline's points and every place a claim names, by id. */
	size_t nb = 0;
	const fl_baseline_row **rows = malloc(((b ? b->count : 0) + 1) * sizeof(*rows));
	if (!rows) {
		engine_release(E);
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	}
	for (size_t i = 0; b && i < b->count; i++)
		if (b->items[i].nrings == 0 && b->items[i].place_id)
			rows[nb++] = &b->items[i];
	qsort(rows, nb, sizeof(*rows), cmp_row);
	E->places = malloc((nb + k + 1) * sizeof(tl_place));
	if (!E->places) {
		free(rows);
		engine_release(E);
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	}
	size_t bi = 0, ci = 0;
	while (bi < nb || ci < k) {
		int64_t id;
		if (bi < nb && (ci >= k || rows[bi]->place_id <= E->items[ci].c->place_id))
			id = rows[bi]->place_id;
		else
			id = E->items[ci].c->place_id;
		tl_place *p = &E->places[E->nplaces++];
		p->id = id;
		p->row = NULL;
		if (bi < nb && rows[bi]->place_id == id) {
			p->row = rows[bi];
			while (bi < nb && rows[bi]->place_id == id)	/* first row wins */
				bi++;
		}
		p->first = ci;
		while (ci < k && E->items[ci].c->place_id == id)
			ci++;
		p->n = ci - p->first;
	}
	free(rows);
	/* Every baseline side too, so base_side_of hands out interned names. */
	for (size_t i = 0; b && i < b->count; i++)
		intern(E, b->items[i].side);
	intern(E, "unknown");
	if (E->oom) {
		engine_release(E);
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	}
	return FL_OK;
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
	const fl_claim *c = p->n ? E->items[p->first].c : NULL;
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
		if (E->items[p->first + k].flags & F_CONTROL)
			return true;
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

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

/* ---- whole regions ---------------------------------------------------------------- */

/* A claim about a whole governorate ("full control of Idlib province") is a claim about
 * every baseline place in it. The expansion is a view: *view is claims itself when no
 * claim names a region, else a new array (caller frees with free(), not released) of
 * shallow copies that share the strings of claims. Each copy keeps the claim's id, so
 * its sources, and a rejection of the claim, carry over. Needs the gazetteer to know
 * which admin1 code a region and a place have; without one, nothing is expanded. */
static fl_status expand_regions(const fl_baseline *b, const fl_claims *claims,
				const fl_gazetteer *gz, fl_claims *view, fl_error *err)
{
	*view = claims ? *claims : (fl_claims){ 0 };
	view->cap = 0;	/* a borrowed view: never grown or released */
	if (!gz || !b || !claims)
		return FL_OK;
	size_t extra = 0;
	for (size_t i = 0; i < claims->count; i++) {
		const fl_place *g = fl_gazetteer_get(gz, claims->items[i].place_id);
		if (g && g->fclass == 'A' && strcmp(g->kind, "ADM1") == 0 && g->admin1[0])
			extra += b->count;
	}
	if (!extra)
		return FL_OK;
	fl_claim *items = malloc((claims->count + extra) * sizeof(fl_claim));
	if (!items)
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	size_t n = 0;
	for (size_t i = 0; i < claims->count; i++) {
		const fl_claim *c = &claims->items[i];
		items[n++] = *c;
		const fl_place *g = fl_gazetteer_get(gz, c->place_id);
		if (!g || g->fclass != 'A' || strcmp(g->kind, "ADM1") != 0 || !g->admin1[0])
			continue;
		for (size_t r = 0; r < b->count; r++) {
			const fl_baseline_row *row = &b->items[r];
			const fl_place *pg = row->nrings == 0 ? fl_gazetteer_get(gz, row->place_id) : NULL;
			if (!pg || pg->fclass != 'P' || strcmp(pg->admin1, g->admin1) != 0 ||
			    strcmp(pg->country, g->country) != 0)
				continue;
			fl_claim *x = &items[n++];
			*x = *c;
			x->place_id = row->place_id;
			x->place = row->place;
			x->lat = row->lat;
			x->lon = row->lon;
		}
	}
	view->items = items;
	view->count = n;
	return FL_OK;
}

fl_status fl_timeline_fold(const fl_baseline *b, const fl_claims *claims, const fl_policy *pol,
			   const fl_gazetteer *gz, fl_date d, fl_state *out, fl_error *err)
{
	memset(out, 0, sizeof(*out));
	out->date = d;
	tl_engine E;
	fl_claims view;
	fl_status rc = expand_regions(b, claims, gz, &view, err);
	if (rc)
		return rc;
	rc = engine_init(&E, b, &view, pol, d, err);
	if (rc) {
		if (view.items != (claims ? claims->items : NULL))
			free(view.items);
		return rc;
	}
	out->items = calloc(E.nplaces ? E.nplaces : 1, sizeof(fl_place_state));
	uint64_t *arts = malloc((E.nitems ? E.nitems : 1) * sizeof(uint64_t));
	size_t narts = 0;
	if (!out->items || !arts) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	out->cap = E.nplaces;
	for (size_t i = 0; i < E.nplaces; i++) {
		tl_place *p = &E.places[i];
		if (!p->row && !places_in_state(&E, p, gz))
			continue;
		fl_place_state *ps = &out->items[out->count];
		const char *name, *kind, *src;
		place_info(&E, p, gz, &name, &ps->lat, &ps->lon, &kind, &ps->population);
		const char *bs = base_side_of(&E, p, ps->lat, ps->lon, &src);
		tl_result r;
		if (fold_place(&E.ctx, bs, E.items + p->first, p->n, &r)) {
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
			const tl_item *it = &E.items[p->first + k];
			int v = it->verdict;
			if (v == V_CHANGE || v == V_CONFIRM || v == V_CONTEST || v == V_SETTLE || v == V_DENIAL) {
				out->nclaims++;
				if (it->c->article[0])
					arts[narts++] = fnv(14695981039346656037ull, it->c->article);
			}
		}
	}
	/* Distinct articles by their 64-bit hash (ids are SHA-256: no collisions to fear). */
	qsort(arts, narts, sizeof(uint64_t), cmp_u64);
	for (size_t i = 0; i < narts; i++)
		if (i == 0 || arts[i] != arts[i - 1])
			out->narticles++;
out:
	free(arts);
	engine_release(&E);
	if (view.items != (claims ? claims->items : NULL))
		free(view.items);
	if (rc)
		fl_state_release(out);
	return rc;
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

/* Baseline and claims up to day `to` (everything, for explain: place_id != 0). */
static fl_status load_inputs(fl_store *st, const fl_map *map, fl_date to, int64_t place_id,
			     bool lean, fl_baseline *b, fl_claims *cs, fl_error *err)
{
	memset(cs, 0, sizeof(*cs));
	fl_status rc = fl_timeline_baseline(st, map, to, b, err);
	if (rc || !st)
		return rc;
	fl_store_query_def q = { FL_DATE_NONE, to, FL_QUERY_MACHINE | (lean ? FL_QUERY_LEAN : 0),
				 place_id, 0 };
	/* The state never uses machine claims from before the baseline or below the
	 * policy's confidence: leave them in the store (explain, not lean, reads all). */
	if (lean) {
		q.from = b->date;
		q.min_confidence = map->policy.min_confidence;
	}
	if ((rc = fl_store_query(st, &q, cs, err)))
		goto fail;
	/* Every correction, whatever its date: a rejection made today corrects the past. */
	fl_store_query_def qc = { FL_DATE_NONE, FL_DATE_NONE, FL_QUERY_CORRECTIONS, 0, 0 };
	if ((rc = fl_store_query(st, &qc, cs, err)))
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
	fl_status rc = load_inputs(st, map, d, 0, true, &b, &cs, err);
	if (rc)
		return rc;
	rc = fl_timeline_fold(&b, &cs, &map->policy, gz, d, out, err);
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

fl_status fl_timeline_fold_changes(const fl_baseline *b, const fl_claims *claims,
				   const fl_policy *pol, const fl_gazetteer *gz, fl_date from,
				   fl_date to, fl_changes *out, fl_error *err)
{
	memset(out, 0, sizeof(*out));
	tl_engine E;
	fl_claims view;
	fl_status rc = expand_regions(b, claims, gz, &view, err);
	if (rc)
		return rc;
	rc = engine_init(&E, b, &view, pol, to, err);
	if (rc) {
		if (view.items != (claims ? claims->items : NULL))
			free(view.items);
		return rc;
	}
	E.ctx.history = true;
	for (size_t i = 0; i < E.nplaces && !rc; i++) {
		tl_place *p = &E.places[i];
		if (p->n == 0)
			continue;
		const char *name, *kind, *src;
		double lat, lon;
		int64_t pop;
		place_info(&E, p, gz, &name, &lat, &lon, &kind, &pop);
		const char *bs = base_side_of(&E, p, lat, lon, &src);
		tl_result r;
		if (fold_place(&E.ctx, bs, E.items + p->first, p->n, &r)) {
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
	engine_release(&E);
	if (view.items != (claims ? claims->items : NULL))
		free(view.items);
	if (rc) {
		fl_changes_release(out);
		return rc;
	}
	if (out->count)
		qsort(out->items, out->count, sizeof(fl_change), cmp_change);
	return FL_OK;
}

fl_status fl_timeline_changes(fl_store *st, const fl_map *map, const fl_gazetteer *gz,
			      fl_date from, fl_date to, fl_changes *out, fl_error *err)
{
	memset(out, 0, sizeof(*out));
	fl_baseline b;
	fl_claims cs;
	fl_status rc = load_inputs(st, map, to, 0, true, &b, &cs, err);
	if (rc)
		return rc;
	rc = fl_timeline_fold_changes(&b, &cs, &map->policy, gz, from, to, out, err);
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

static void explain_claim(sbuf *b, const tl_item *it, const char *name)
{
	const fl_claim *c = it->c;
	char day[11];
	fl_date_format(it->eff, day);
	if (c->rejects) {
		sb_printf(b, "- %s: %s rejected claim %lld (correction %lld, %s).\n",
			  c->created ? c->created : day, c->author ? c->author : "an analyst",
			  (long long)c->rejects, (long long)c->id, c->sentence ? c->sentence : "no reason given");
		return;
	}
	const char *who = c->attributed_to && c->attributed_to[0] ? c->attributed_to : "the article";
	if (is_analyst(c)) {
		sb_printf(b, "- %s: analyst %s recorded that %s held %s (correction %lld, made %s%s%s).",
			  day, c->author ? c->author : "?", say_side(c->side), name, (long long)c->id,
			  c->created ? c->created : "?", c->sentence && c->sentence[0] ? ": " : "",
			  c->sentence && c->sentence[0] ? c->sentence : "");
	} else {
		const char *how = is_status(c, FL_STATUS_DENIED) ? "denied that" :
				  is_status(c, FL_STATUS_HEDGED) ? "reported, hedged, that" : "reported that";
		if (strcmp(c->event, FL_EVENT_WITHDRAWAL) == 0)
			sb_printf(b, "- %s: %s %s the defenders withdrew from %s, leaving it to %s (claim %lld, confidence %.2f",
				  day, who, how, name, say_side(c->side), (long long)c->id, c->confidence);
		else
			sb_printf(b, "- %s: %s %s %s %s %s (claim %lld, confidence %.2f", day, who, how,
				  say_side(c->side), say_event(c->event), name, (long long)c->id, c->confidence);
		if (c->article[0])
			sb_printf(b, ", article %.12s", c->article);
		sb_printf(b, ")");
		if (c->sentence && c->sentence[0])
			sb_printf(b, ": \"%s\"", c->sentence);
		sb_printf(b, ".");
	}
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
	default: sb_printf(b, "\n"); break;
	}
}

fl_status fl_timeline_explain(fl_store *st, const fl_map *map, const fl_gazetteer *gz,
			      const char *place, fl_date d, char **text, fl_error *err)
{
	*text = NULL;
	fl_baseline b;
	fl_claims cs;
	/* All claims (any date) so the story can say what comes after d too. */
	fl_status rc = load_inputs(st, map, FL_DATE_NONE, 0, false, &b, &cs, err);
	if (rc)
		return rc;
	tl_engine E;
	if ((rc = engine_init(&E, &b, &cs, &map->policy, d, err))) {
		fli_claims_release(&cs);
		fl_baseline_release(&b);
		return rc;
	}
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
				const fl_claim *c = E.items[E.places[i].first + k].c;
				if (c->place) {
					name_key(c->place, have, sizeof(have));
					if (strcmp(want, have) == 0)
						p = &E.places[i];
				}
			}
		}
	}
	if (!p) {
		rc = fl_error_set(err, FL_ENOTFOUND, NULL, 0,
				  "no place '%s' in the baseline or the claims", place);
		goto out;
	}
	const char *name, *kind, *src;
	double lat, lon;
	int64_t pop;
	place_info(&E, p, gz, &name, &lat, &lon, &kind, &pop);
	const char *bs = base_side_of(&E, p, lat, lon, &src);
	tl_result r;
	if (fold_place(&E.ctx, bs, E.items + p->first, p->n, &r)) {
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
		explain_claim(&t, &E.items[p->first + k], name);
	/* Rejections name claims, not places: tell those about this place. */
	for (size_t i = 0; i < cs.count; i++) {
		const fl_claim *c = &cs.items[i];
		if (!c->rejects)
			continue;
		for (size_t k = 0; k < p->n; k++)
			if (E.items[p->first + k].c->id == c->rejects) {
				tl_item rj = { .c = c, .eff = FL_DATE_NONE, .verdict = V_REJECTION, .level = LV_NONE };
				explain_claim(&t, &rj, name);
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
