/* SPDX-License-Identifier: MIT
 *
 * geoparse.c - the places an article names: gazetteer names found by longest match over
 * normalised tokens, each resolved to one place by kind words around it, theatre,
 * population and the other places of the article; place-like names after cues ("the
 * village of X", "in X") that the gazetteer does not know come back unresolved.
 *
 * Runs over the article's body sentences only (boilerplate is not in them). Matching
 * is one hash probe per capitalised token (the gazetteer's first-token table says how
 * long a name starting there can be), then probes for the longest key; no regular
 * expressions. A name is only taken when it is capitalised (or in a caseless script),
 * is not on the gazetteer's stoplist (common words, people's names, months) and is not
 * glued to another capitalised word that makes it part of a person's or organisation's
 * name ("Fuad Hussein", "Hayat Tahrir al-Sham", "the Quds Force").
 *
 * Not here: the names themselves and their ranking (gazetteer.c), claims (extract.c).
 */
#include <assert.h>
#include <ctype.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "geoparse.h"
#include "gazetteer_int.h"

#define MAXN 12		/* longest name in tokens */
#define NCAND 4		/* candidates kept per mention for the proximity pass */

/* A mention while the article is being read. */
typedef struct pending {
	fl_mention m;
	fl_candidate c[NCAND];
	size_t nc;
	bool ambiguous;		/* several exact candidates far apart */
} pending;

typedef struct pendings {
	pending *items;
	size_t count, cap;
} pendings;

/* The ranked candidates of the names an article has already named (most names come
 * again), by key and hints: ranking is a pure function of them and the gazetteer. */
#define RC_SLOTS 512		/* a power of two; the article's first ones are kept */
#define RC_KEY 48		/* longer keys are ranked every time */
typedef struct rank_slot {
	uint64_t hash;		/* 0: free */
	unsigned hints;
	unsigned char klen;
	char key[RC_KEY];
	size_t nc;
	fl_candidate c[NCAND];
} rank_slot;

typedef struct rank_cache {
	rank_slot *slot;	/* RC_SLOTS of them, NULL: no cache (out of memory) */
	size_t used;
} rank_cache;

static uint64_t rc_hash(const char *key, size_t n, unsigned hints)
{
	uint64_t h = 1469598103934665603ULL ^ hints;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)key[i]) * 1099511628211ULL;
	return h | 1;
}

/* fli_gaz_rank_key(gz, key, n, hints, false, out, NCAND), remembered for the article. */
static size_t rank_cached(rank_cache *rc, const fl_gazetteer *gz, const char *key, size_t n,
			  unsigned hints, fl_candidate *out)
{
	if (!rc->slot || n >= RC_KEY)
		return fli_gaz_rank_key(gz, key, n, hints, false, out, NCAND);
	uint64_t h = rc_hash(key, n, hints);
	size_t i = (size_t)h & (RC_SLOTS - 1);
	for (;; i = (i + 1) & (RC_SLOTS - 1)) {
		rank_slot *sl = &rc->slot[i];
		if (!sl->hash)
			break;
		if (sl->hash == h && sl->hints == hints && sl->klen == n &&
		    memcmp(sl->key, key, n) == 0) {
			memcpy(out, sl->c, sl->nc * sizeof *out);
			return sl->nc;
		}
	}
	size_t nc = fli_gaz_rank_key(gz, key, n, hints, false, out, NCAND);
	if (rc->used * 4 < RC_SLOTS * 3) {	/* free slot i: keep it */
		rank_slot *sl = &rc->slot[i];
		sl->hash = h;
		sl->hints = hints;
		sl->klen = (unsigned char)n;
		memcpy(sl->key, key, n);
		sl->nc = nc;
		memcpy(sl->c, out, nc * sizeof *out);
		rc->used++;
	}
	return nc;
}

/* Names seen glued to a person's first name ("Hakan Fidan"): alone later in the same
 * article ("Fidan said") they are still the person. */
#define NPEOPLE 64
typedef struct people {
	char key[NPEOPLE][48];
	size_t n;
} people;

static bool people_has(const people *pp, const char *key)
{
	for (size_t i = 0; i < pp->n; i++)
		if (strcmp(pp->key[i], key) == 0)
			return true;
	return false;
}

static void people_add(people *pp, const char *key, size_t klen)
{
	if (pp->n < NPEOPLE && klen < sizeof(pp->key[0]) && !people_has(pp, key))
		memcpy(pp->key[pp->n++], key, klen + 1);
}

/* Is text[a, b) two to six capitals and nothing else ("LOD", "SOHR")? */
static bool all_caps(const char *text, size_t a, size_t b)
{
	if (b - a < 2 || b - a > 6)
		return false;
	for (size_t k = a; k < b; k++)
		if (!isupper((unsigned char)text[k]))
			return false;
	return true;
}

typedef struct toks {
	fli_token *t;
	size_t n, cap;
} toks;

/* Is the token an Arabic article ("al", "el", "ash")? Inline for the common no. */
static inline bool is_article(const fli_token *t)
{
	return fli_gaz_may_be_article(t->norm, t->nlen) && fli_gaz_is_article(t->norm, t->nlen);
}

/* Is the token's normalised text w? (norm is NUL-terminated: one strcmp, and only when
 * the first bytes agree, which keeps the word lists below cheap.) */
static bool tok_is(const fli_token *t, const char *w)
{
	return t->norm[0] == w[0] && strcmp(t->norm, w) == 0;
}

/* What a word list has: the first letters (bit 0 'a') and the lengths (bit n) of its
 * words. A token whose first letter or length is not there is not in it. */
typedef struct list_shape {
	uint32_t first, lens;
} list_shape;

static list_shape shape_of(const char *const *list)
{
	list_shape sh = { 0, 0 };
	for (; *list; list++) {
		size_t n = strlen(*list);
		sh.first |= (uint32_t)1 << (((unsigned char)(*list)[0] - 'a') & 31);
		sh.lens |= n < 32 ? (uint32_t)1 << n : 0;
	}
	return sh;
}

/* Is the token one of list (n words, of shape sh)? The lists below are kept in strcmp
 * order: a binary search. tok_in(t, list) for a list declared here (its NULL is not
 * counted). */
static bool tok_in_n(const fli_token *t, const char *const *list, size_t n, list_shape sh)
{
	unsigned char c0 = (unsigned char)t->norm[0];
	if (c0 < 'a' || c0 > 'z' || !(sh.first >> (c0 - 'a') & 1) || t->nlen >= 32 ||
	    !(sh.lens >> t->nlen & 1))
		return false;	/* (every word of the lists is lowercase ASCII) */
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const unsigned char *x = (const unsigned char *)t->norm,
				    *y = (const unsigned char *)list[mid];
		while (*x && *x == *y)	/* strcmp, inline: the words are short */
			x++, y++;
		int c = (int)*x - (int)*y;
		if (c == 0)
			return true;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}
#define tok_in(t, list) \
	tok_in_n((t), (list), sizeof(list) / sizeof((list)[0]) - 1, shapes.list)
#ifndef NDEBUG
#define LIST_SORTED(list) list_sorted((list), sizeof(list) / sizeof((list)[0]) - 1)

static bool list_sorted(const char *const *list, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (strcmp(list[i - 1], list[i]) >= 0)
			return false;
	return true;
}
#endif

/* Capitalised words that may stand right before a place without making it part of a
 * longer proper name. */
static const char *const lead_ok[] = {
	"a", "about", "across", "after", "against", "alawite", "all", "already", "also",
	"american", "an", "and", "arab", "around", "as", "at", "before", "besides",
	"besieged", "between", "beyond", "both", "but", "by", "captured", "central",
	"christian", "city", "countryside", "downtown", "druze", "earlier", "early",
	"east", "eastern", "elsewhere", "entered", "entering", "even", "eventually",
	"farther", "finally", "first", "for", "from", "further", "governorate", "greater",
	"her", "here", "his", "however", "if", "in", "including", "inside", "instead",
	"into", "iranian", "iraqi", "israeli", "its", "jordanian", "just", "kurdish",
	"last", "late", "later", "lebanese", "left", "liberated", "like", "lower",
	"meanwhile", "near", "nearby", "new", "next", "north", "northeast", "northeastern",
	"northern", "northwest", "northwestern", "now", "of", "old", "on", "once", "only",
	"or", "our", "outside", "over", "overnight", "palestinian", "province", "reached",
	"recaptured", "retook", "rural", "russian", "seized", "shia", "shiite", "since",
	"so", "soon", "south", "southeast", "southeastern", "southern", "southwest",
	"southwestern", "still", "sunni", "syrian", "that", "the", "their", "then",
	"there", "these", "this", "those", "through", "to", "today", "tonight", "took",
	"toward", "towards", "town", "turkish", "under", "until", "upper", "via",
	"village", "west", "western", "when", "where", "while", "with", "yesterday", NULL,
};

/* Words after a name that make it part of an organisation's or unit's name. */
/* Words after which a name the gazetteer lacks is a side's, not a place's. */
static const char *const force_after[] = { "fighters", "forces", "militias", "soldiers", "troops", "units", NULL };

static const char *const org_after[] = {
	"accord", "agency", "agreement", "airlines", "airways", "army", "battalion",
	"battalions", "brigade", "brigades", "club", "committee", "conference", "corps",
	"council", "declaration", "division", "falcons", "fc", "force", "forces", "format",
	"front", "group", "guards", "knights", "legion", "liberation", "lions", "movement",
	"news", "operations", "organisation", "organization", "party", "process",
	"regiment", "room", "shield", "summit", "talks", "tigers", "tv", "university", NULL,
};

/* Words after "Turkey-", "Iran-": the country backs an actor there, it is no place of
 * the story ("Turkey-backed groups captured Manbij"). */
static const char *const sponsor_after[] = {
	"affiliated", "aligned", "allied", "armed", "backed", "financed", "funded", "led",
	"linked", "sponsored", "supported", "trained", NULL,
};

/* Words for a road after the places it joins ("the Hama-Homs road"). */
static const char *const road_words[] = {
	"axis", "corridor", "highway", "motorway", "road", "route", NULL,
};

/* Words around the name of a news outlet that is also a town's ("Al Mayadeen"). */
static const char *const media_after[] = {
	"broadcaster", "channel", "correspondent", "correspondents", "daily", "network",
	"newspaper", "reporter", "reporters", "television", "tv", "website", NULL,
};
static const char *const media_before[] = {
	"telling", "tells", "told", "via", NULL,
};

/* Words after which a capitalised name is probably a place. */
static const char *const cue_strong[] = {
	"area", "areas", "cities", "city", "countryside", "district", "districts", "hamlet",
	"neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods", "outskirts", "quarter",
	"quarters", "region", "settlement", "settlements", "suburb", "suburbs", "town", "towns",
	"village", "villages", NULL,
};
/* "took control of X", "the fall of X": a place follows */
static const char *const cue_of[] = {
	"capture", "control", "entrances", "environs", "fall", "gates", "liberation", "recapture",
	"seizure", "vicinity", NULL,
};
static const char *const cue_prep[] = {
	"around", "besieged", "captured", "encircled", "entered", "in", "into",
	"liberated", "near", "outside", "overran", "overrun", "recaptured", "regained",
	"retaken", "retook", "seized", "stormed", "taken", "took", "toward", "towards", NULL,
};

/* The lists' shapes, worked out once (lists_init). */
static struct {
	list_shape lead_ok, org_after, force_after, sponsor_after, media_after, media_before, cue_strong,
		   cue_prep, cue_of, road_words;
} shapes;
static pthread_once_t shapes_once = PTHREAD_ONCE_INIT;

static void lists_init(void)
{
	shapes.lead_ok = shape_of(lead_ok);
	shapes.org_after = shape_of(org_after);
	shapes.force_after = shape_of(force_after);
	shapes.sponsor_after = shape_of(sponsor_after);
	shapes.media_after = shape_of(media_after);
	shapes.media_before = shape_of(media_before);
	shapes.cue_strong = shape_of(cue_strong);
	shapes.cue_prep = shape_of(cue_prep);
	shapes.cue_of = shape_of(cue_of);
	shapes.road_words = shape_of(road_words);
}

/* Does the line ending at the newline at nl look hard-wrapped: long, and not the end
 * of a sentence? */
static bool wrapped_line(const char *text, size_t nl, size_t wrap)
{
	size_t s = nl;
	while (s > 0 && text[s - 1] != '\n' && nl - s < wrap)
		s--;
	return nl - s >= wrap;
}

/* Only spaces (and one hyphen, or the newline of a hard-wrapped line) between two
 * tokens: they may belong to one name. */
static bool joined(const char *text, size_t wrap, const fli_token *a, const fli_token *b)
{
	if (a->possessive)
		return false;
	size_t hy = 0, nl = 0;
	for (size_t i = a->end; i < b->start; i++) {
		char c = text[i];
		if (c == ' ' || c == '\t' || c == FL_FILL)
			continue;
		/* "Deir ez- Zor" is one name; "the Euphrates - Hatla, Marrat": a
		 * dash between spaces is not */
		if (c == '-' && !hy++ && !(i > a->end && text[i - 1] == ' ' && i + 1 < b->start &&
					   text[i + 1] == ' '))
			continue;
		/* "the Kuweires military\n  airbase", "Khan\nTuman": a line of hard-wrapped
		 * text runs on; a short line (a heading, an item of a list) does not */
		if (c == '\n' && !nl++ && wrapped_line(text, i, wrap))
			continue;
		/* the ʿayn or hamza a scholar writes at a word's start: "Dārat ʿIzza",
		 * "al-ʿĀbidīn" */
		if (i + 2 == b->start && (unsigned char)c == 0xca &&
		    ((unsigned char)text[i + 1] == 0xbf || (unsigned char)text[i + 1] == 0xbe)) {
			i++;
			continue;
		}
		return false;
	}
	return true;
}

/* No sentence-like punctuation between a and b (for cues and lists). */
static bool adjacent(const char *text, const fli_token *a, const fli_token *b)
{
	for (size_t i = a->end; i < b->start; i++) {
		char c = text[i];
		if (c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '!' ||
		    c == '?' || c == '\n')
			return false;
	}
	return true;
}

static fl_status tokenize(const char *text, size_t s, size_t e, toks *tk)
{
	tk->n = 0;
	size_t pos = s;
	for (;;) {
		if (tk->n == tk->cap &&
		    fl_grow((void **)&tk->t, &tk->cap, tk->n, 1, sizeof(fli_token)) != FL_OK)
			return FL_ENOMEM;
		if (!fli_gaz_next_token(text, e, &pos, &tk->t[tk->n]))
			break;
		tk->n++;
	}
	return FL_OK;
}

/* Hints from the words around tokens [a, b): "city of X", "X province". */
static unsigned hints_around(const fli_token *t, size_t n, size_t a, size_t b)
{
	unsigned h = 0;
	if (b < n)
		h |= fli_gaz_token_hint(t[b].norm, t[b].nlen);
	size_t w = a >= 2 && tok_is(&t[a - 1], "of") ? a - 2
		   : a >= 3 && tok_is(&t[a - 1], "the") && tok_is(&t[a - 2], "of") ? a - 3 : SIZE_MAX;
	/* "the outskirts of Hama", "the Sheikh Maqsoud district of Aleppo": the city's,
	 * not the governorate's */
	if (w != SIZE_MAX && !tok_is(&t[w], "outskirts") && !tok_is(&t[w], "district") &&
	    !tok_is(&t[w], "districts"))
		h |= fli_gaz_token_hint(t[w].norm, t[w].nlen);
	return h;
}

/* Is there a place cue right before token a? 2 strong ("village of"), 1 preposition. */
static int cue_before(const char *text, const fli_token *t, size_t a)
{
	size_t i = a;
	if (i >= 1 && tok_is(&t[i - 1], "the"))
		i--;
	if (i >= 2 && tok_is(&t[i - 1], "of") && tok_in(&t[i - 2], cue_strong) &&
	    adjacent(text, &t[i - 2], &t[a]))
		return 2;
	if (i >= 1 && tok_in(&t[i - 1], cue_prep) && adjacent(text, &t[i - 1], &t[a]))
		return 1;
	if (i >= 2 && tok_is(&t[i - 1], "of") && tok_in(&t[i - 2], cue_of) && adjacent(text, &t[i - 2], &t[a]))
		return 1;
	return 0;
}

/* Is the whole sentence in title case (a headline)? Then a capitalised word before a
 * name says nothing about people. */
static bool title_case(const fli_token *t, size_t n)
{
	size_t up = 0, words = 0;
	for (size_t i = 0; i < n; i++) {
		if (!t[i].ascii || t[i].nlen < 4)
			continue;
		words++;
		up += t[i].upper;
	}
	return words >= 3 && up * 10 >= words * 7;
}

static double dist_km(double lat1, double lon1, double lat2, double lon2)
{
	const double r = 6371.0, d2r = M_PI / 180.0;
	double dlat = (lat2 - lat1) * d2r, dlon = (lon2 - lon1) * d2r;
	double h = sin(dlat / 2) * sin(dlat / 2) +
		   cos(lat1 * d2r) * cos(lat2 * d2r) * sin(dlon / 2) * sin(dlon / 2);
	return 2 * r * asin(sqrt(h < 1 ? h : 1));
}

/* A lower bound of dist_km from the latitudes alone (a meridian arc), less a margin
 * for rounding: when it is already too far, the full formula need not run. */
static double dist_lower_km(double lat1, double lat2)
{
	return 6371.0 * fabs(lat2 - lat1) * (M_PI / 180.0) - 0.01;
}

static fl_status add_pending(pendings *ps, const pending *p)
{
	if (fl_grow((void **)&ps->items, &ps->cap, ps->count, 1, sizeof(pending)) != FL_OK)
		return FL_ENOMEM;
	ps->items[ps->count++] = *p;
	return FL_OK;
}

/* Longest gazetteer name starting at content token j (articles inside are skipped).
 * Returns the number of raw tokens it spans (0: none); key/klen get the key. */
static size_t longest_at(const fl_gazetteer *gz, const char *text, size_t wrap, const fli_token *t,
			 size_t n, size_t j, char *key, size_t *klen)
{
	unsigned maxn = fli_gaz_first_max(gz, t[j].norm, t[j].nlen);
	if (!maxn)
		return 0;
	if (maxn > MAXN)
		maxn = MAXN;
	char buf[FLI_TOK_MAX * MAXN];
	size_t bl = 0, best = 0, bestlen = 0, content = 0;
	for (size_t k = j; k < n && content < maxn; k++) {
		if (k > j && !joined(text, wrap, &t[k - 1], &t[k]))
			break;
		if (k > j && is_article(&t[k]))
			continue;
		if (bl + t[k].nlen + 2 > sizeof(buf))
			break;
		if (bl)
			buf[bl++] = ' ';
		memcpy(buf + bl, t[k].norm, t[k].nlen);
		bl += t[k].nlen;
		content++;
		bool stop;
		long ki = fli_gaz_find_key(gz, buf, bl, &stop);
		/* keys of one or two letters are noise ("al", "as"), but a road code of a
		 * letter and a digit ("M5") is a name */
		bool code = bl == 2 && isalpha((unsigned char)buf[0]) && isdigit((unsigned char)buf[1]);
		if (ki >= 0 && !stop && (bl >= 3 || code) && fli_gaz_key_places(gz, ki)) {
			/* a key with places: remember; one without is only a stop entry */
			best = k - j + 1;
			bestlen = bl;
		}
		if (t[k].possessive) {
			/* "Aleppo's international airport", "Hama's military airport": the
			 * facility, when the gazetteer knows it by the town's name */
			size_t fl = bl;
			for (size_t f = k + 1; f < n && f <= k + 3 &&
					       (f == k + 1 ? t[f].start - t[k].end <= 5 && adjacent(text, &t[k], &t[f])
							   : joined(text, wrap, &t[f - 1], &t[f]));
			     f++) {
				if (!(tok_is(&t[f], "international") || tok_is(&t[f], "military") ||
				      tok_is(&t[f], "air") || tok_is(&t[f], "airport") ||
				      tok_is(&t[f], "airbase") || tok_is(&t[f], "base")) ||
				    fl + t[f].nlen + 2 > sizeof(buf))
					break;
				buf[fl++] = ' ';
				memcpy(buf + fl, t[f].norm, t[f].nlen);
				fl += t[f].nlen;
				bool fstop;
				long fk = fli_gaz_find_key(gz, buf, fl, &fstop);
				if (fk >= 0 && !fstop && fli_gaz_key_places(gz, fk) &&
				    (tok_is(&t[f], "airport") || tok_is(&t[f], "airbase") || tok_is(&t[f], "base"))) {
					best = f - j + 1;
					bestlen = fl;
				}
			}
			break;
		}
	}
	if (best) {
		memcpy(key, buf, bestlen);
		key[bestlen] = '\0';
		*klen = bestlen;
	}
	return best;
}

static fl_status parse_sentence(const fl_gazetteer *gz, const fl_article *a, size_t s,
				size_t e, toks *tk, pendings *ps, people *pp, rank_cache *rc)
{
	const char *text = fl_article_view(a);
	size_t wrap = a->wrap ? a->wrap : 50;	/* a line this long runs on into the next */
	fl_status st = tokenize(text, s, e, tk);
	if (st != FL_OK)
		return st;
	const fli_token *t = tk->t;
	size_t n = tk->n;
	bool headline = title_case(t, n);
	int list_cue = 0;		/* a cue carried along a list "X, Y and Z" */
	size_t list_end = 0;		/* token after the last list item */
	for (size_t i = 0; i < n;) {
		const fli_token *ti = &t[i];
		/* an article joined to the name: "al-Rastan", "Al Bab" */
		size_t j = i;
		if (i + 1 < n && t[i + 1].upper && is_article(ti) &&
		    joined(text, wrap, ti, &t[i + 1]) &&
		    (ti->hyphen_after || tok_is(ti, "al") || tok_is(ti, "el") ||
		     (ti->upper && i > 0) ||	/* "As Suqaylibiyah", not "As Hama fell" */
		     /* "in as Suwayda City", "of ar Raqqa", as ISW writes them (the name
		      * without the article is tried next) */
		     (i > 0 && (tok_is(&t[i - 1], "in") || tok_is(&t[i - 1], "of") || tok_is(&t[i - 1], "near") ||
				tok_is(&t[i - 1], "into") || tok_is(&t[i - 1], "from") || tok_is(&t[i - 1], "to")))))
			j = i + 1;
		else if (!ti->upper) {
			i++;
			continue;
		}
		int cue = cue_before(text, t, i);
		if (!cue && list_cue && i >= list_end && i <= list_end + 2 && i > 0 &&
		    adjacent(text, &t[list_end ? list_end - 1 : 0], ti))
			cue = list_cue;
		char key[FLI_TOK_MAX * MAXN];
		size_t klen = 0;
		size_t span = longest_at(gz, text, wrap, t, n, j, key, &klen);
		if (!span && j != i) {
			j = i;
			span = longest_at(gz, text, wrap, t, n, j, key, &klen);
		}
		size_t endtok = j + (span ? span : 1);	/* exclusive */
		/* the capitalised token before, not a function word: part of a longer name */
		bool glued = false;
		if (i > 0 && !headline) {
			size_t p = i - 1;
			if (is_article(&t[p]) && p > 0 &&
			    joined(text, wrap, &t[p - 1], &t[p]))
				p--;
			/* (Arabic script has no capitals: "من كفرنبل", "from Kafr Nabl") */
			if (t[p].upper && t[p].ascii && joined(text, wrap, &t[p], &t[i]) && !tok_in(&t[p], lead_ok))
				glued = true;
			/* "the Mhardeh-Suqaylabiyah road", "the Hama-Homs road": a place
			 * joined by a hyphen to a place just named, before a road's word, is
			 * a place too */
			if (glued && p == i - 1 && t[p].end + 1 == t[i].start && text[t[p].end] == '-' &&
			    ps->count && ps->items[ps->count - 1].m.end == t[p].end && span && endtok < n &&
			    tok_in(&t[endtok], road_words) && !tok_is(&t[endtok - 1], "international"))
				glued = false;
		}
		bool org = endtok < n && t[endtok].upper && joined(text, wrap, &t[endtok - 1], &t[endtok]) &&
			   tok_in(&t[endtok], org_after);
		/* "Turkey-backed", "Iran-allied": an adjective of the actor */
		if (span && endtok < n && t[endtok - 1].hyphen_after && !t[endtok].upper &&
		    tok_in(&t[endtok], sponsor_after))
			org = true;
		/* a news outlet named after a town: "told Al Mayadeen", "Al Mayadeen TV" */
		if ((endtok < n && tok_in(&t[endtok], media_after) &&
		     adjacent(text, &t[endtok - 1], &t[endtok])) ||
		    (i >= 1 && tok_in(&t[i - 1], media_before)) ||
		    (i >= 2 && tok_is(&t[i - 1], "to") && tok_is(&t[i - 2], "according") &&
		     span && t[endtok - 1].possessive == false && endtok < n &&
		     !adjacent(text, &t[endtok - 1], &t[endtok])))
			org = true;
		/* "the village of Tir Maalah": a name abroad ("Tir" is Tyre) followed by a
		 * capitalised word is the start of a longer name the gazetteer lacks */
		if (span && !glued && !org && !headline && endtok < n && t[endtok].upper &&
		    joined(text, wrap, &t[endtok - 1], &t[endtok]) && !t[endtok - 1].possessive &&
		    !fli_gaz_token_hint(t[endtok].norm, t[endtok].nlen)) {
			bool stop_next = false;
			fli_gaz_find_key(gz, t[endtok].norm, t[endtok].nlen, &stop_next);
			fl_candidate c0;
			if (!stop_next && fli_gaz_rank_key(gz, key, klen, 0, false, &c0, 1) &&
			    strcmp(c0.place->country, "SY") != 0)
				span = 0;
		}
		/* "the Levant Observatory for Documentation (LOD)": an acronym a name
		 * defines is that body's, here and after ("LOD sources said"), not Lod */
		if (span == 1 && !glued && i > 0 && t[i].start > 1 && text[t[i].start - 1] == '(' &&
		    text[t[i].end] == ')' && t[i - 1].upper && t[i - 1].end + 2 == t[i].start &&
		    all_caps(text, t[i].start, t[i].end)) {
			people_add(pp, key, klen);
			glued = true;
		}
		if (span && glued) {
			/* only a small place's name is remembered as a person's: "Fidan", never
			 * "Hama" because a headline glued it to another word once */
			fl_candidate c0;
			if (fli_gaz_rank_key(gz, key, klen, 0, false, &c0, 1) &&
			    c0.place->population < 10000 && c0.place->fclass == 'P' &&
			    strncmp(c0.place->kind, "PPLA", 4) != 0 && strcmp(c0.place->kind, "PPLC") != 0)
				people_add(pp, key, klen);
		}
		else if (span && people_has(pp, key))
			glued = true;
		if (span && !glued && !org) {
			/* "Hama countryside" names the governorate, but the mention is "Hama" */
			size_t name_end = endtok;
			unsigned h = hints_around(t, n, j, endtok);
			if (span > 1 && fli_gaz_token_hint(t[endtok - 1].norm, t[endtok - 1].nlen)) {
				char base[FLI_TOK_MAX * MAXN];
				size_t bk = 0;
				for (size_t k = j; k < endtok - 1; k++) {
					if (k > j && is_article(&t[k]))
						continue;
					if (bk)
						base[bk++] = ' ';
					memcpy(base + bk, t[k].norm, t[k].nlen);
					bk += t[k].nlen;
				}
				bool stop;
				if (bk && fli_gaz_find_key(gz, base, bk, &stop) >= 0 && !stop)
					name_end = endtok - 1;
			}
			/* "the military airport of Deir ez-Zor": the airfield the gazetteer
			 * knows by that name, not the town */
			size_t first = i;
			if (i >= 2 && tok_is(&t[i - 1], "of") && (tok_is(&t[i - 2], "airport") || tok_is(&t[i - 2], "airbase"))) {
				size_t f = i - 2;
				if (f >= 1 && (tok_is(&t[f - 1], "military") || tok_is(&t[f - 1], "international")))
					f--;
				char rk[FLI_TOK_MAX * MAXN + 64];
				size_t rl = 0;
				for (size_t k = f; k < i && rl + t[k].nlen + 1 < sizeof rk; k++) {
					memcpy(rk + rl, t[k].norm, t[k].nlen);
					rl += t[k].nlen;
					rk[rl++] = ' ';
				}
				bool rstop;
				if (rl + klen < sizeof rk) {
					memcpy(rk + rl, key, klen);
					rl += klen;
					if (rl < sizeof key && fli_gaz_find_key(gz, rk, rl, &rstop) >= 0 && !rstop) {
						memcpy(key, rk, rl);
						key[rl] = '\0';
						klen = rl;
						first = f;
					}
				}
			}
			pending p;
			memset(&p, 0, sizeof(p));
			p.nc = rank_cached(rc, gz, key, klen, h, p.c);
			if (p.nc) {
				p.m.start = t[first].start;
				p.m.end = t[name_end - 1].end;
				p.m.place = p.c[0].place;
				p.m.score = p.c[0].score;
				if (!fli_gaz_in_theatre(gz, p.m.place))
					p.m.score *= 0.9;
				for (size_t c = 1; c < p.nc; c++)
					if (p.c[c].score >= p.c[0].score - 0.01 &&
					    (dist_lower_km(p.c[0].place->lat, p.c[c].place->lat) > 25 ||
					     dist_km(p.c[0].place->lat, p.c[0].place->lon, p.c[c].place->lat,
						     p.c[c].place->lon) > 25))
						p.ambiguous = true;
				if (p.ambiguous)
					p.m.score *= 0.9;
				if ((st = add_pending(ps, &p)) != FL_OK)
					return st;
				if (cue) {
					list_cue = cue;
					list_end = endtok;
				}
				i = endtok;
				continue;
			}
		}
		if (span && (glued || org)) {
			/* skip the whole proper name */
			i = endtok;
			continue;
		}
		/* Not a known name: a capitalised run after a cue is an unresolved place, or a
		 * fuzzy spelling of a known one. */
		if (cue && !glued) {
			bool stop0;
			char k2[FLI_TOK_MAX * MAXN];
			size_t k2l;
			if (fli_gaz_find_key(gz, t[j].norm, t[j].nlen, &stop0) >= 0 && stop0 &&
			    j + 1 < n && t[j + 1].upper &&
			    longest_at(gz, text, wrap, t, n, j + 1, k2, &k2l) > 0) {
				/* "entered Kurdish Afrin": the cue carries over the adjective */
				list_cue = cue;
				list_end = j + 1;
				i = j + 1;
				continue;
			}
			size_t k = j, content = 0, stops = 0;
			while (k < n && (k == j || joined(text, wrap, &t[k - 1], &t[k]))) {
				if (is_article(&t[k]) && k > j) {
					k++;
					continue;
				}
				if (!t[k].upper)
					break;
				bool stop;
				if (fli_gaz_find_key(gz, t[k].norm, t[k].nlen, &stop) >= 0 && stop)
					stops++;
				content++;
				k++;
				if (t[k - 1].possessive || content == 4)
					break;
			}
			while (k > j && is_article(&t[k - 1]))
				k--;
			/* all common words or people's names ("in December"): no place */
			bool bad = stops == content;
			/* ("GoS forces", "YPG fighters": an acronym of a side, not a place) */
			if (content && !bad && !(k < n && t[k].upper && tok_in(&t[k], org_after)) &&
			    !(k < n && !t[k].upper && tok_in(&t[k], force_after))) {
				char rk[FLI_TOK_MAX * 4];
				size_t rl = 0;
				for (size_t q = j; q < k; q++) {
					/* (a leading one too: "Al-Suwaidaa" is spelt as "Suwaidaa") */
					if ((q > j || k > j + 1) && is_article(&t[q]))
						continue;
					if (rl + t[q].nlen + 2 > sizeof(rk))
						break;
					if (rl)
						rk[rl++] = ' ';
					memcpy(rk + rl, t[q].norm, t[q].nlen);
					rl += t[q].nlen;
				}
				pending p;
				memset(&p, 0, sizeof(p));
				p.m.start = t[i].start;
				p.m.end = t[k - 1].end;
				if (rl >= 4)
					p.nc = fli_gaz_rank_key(gz, rk, rl, hints_around(t, n, j, k), true,
								p.c, NCAND);
				/* a spelling nobody lists is guessed at home only: abroad, the
				 * consonants of a village the gazetteer lacks find some other */
				if (p.nc && p.c[0].score + 1e-9 >= (cue == 2 ? 0.6 : 0.65) &&
				    (p.c[0].score >= 0.9 ? fli_gaz_in_theatre(gz, p.c[0].place)
							 : fli_gaz_in_home(gz, p.c[0].place))) {
					p.m.place = p.c[0].place;
					p.m.score = p.c[0].score;
				} else {
					p.nc = 0;
					p.m.place = NULL;
					p.m.score = 0;
				}
				if ((st = add_pending(ps, &p)) != FL_OK)
					return st;
				list_cue = cue;
				list_end = k;
				i = k;
				continue;
			}
		}
		i = endtok > i ? endtok : i + 1;
	}
	return FL_OK;
}

static int ptr_cmp(const void *a, const void *b)
{
	const fl_place *x = *(const fl_place *const *)a, *y = *(const fl_place *const *)b;
	return x < y ? -1 : x > y;
}

/* A place abroad that shares a name with one at home (Hajin in Deir ez-Zor and Hajin,
 * the old name of Saimbeyli in Turkey) is taken over the home one only when one of
 * the article's places lies this close to it: a story about Tal Rifaat is nearer
 * Saimbeyli than Hajin, but it is about Syria. */
#define ABROAD_NEAR_KM 60.0

/* Ambiguous names go to the candidate nearest the article's confident places (each
 * distinct place counted once, so long articles stay linear). */
/* The article's places named without doubt (one candidate, a high score): populated
 * ones, or (home) any at home. A new array the caller frees, NULL when out of memory. */
static const fl_place **confident_places(const fl_gazetteer *gz, const pendings *ps, bool home,
					 size_t *n)
{
	const fl_place **out = malloc((ps->count ? ps->count : 1) * sizeof(*out));
	*n = 0;
	for (size_t k = 0; out && k < ps->count; k++) {
		const pending *q = &ps->items[k];
		if (!q->ambiguous && q->m.place && q->m.score >= 0.9 &&
		    (home ? fli_gaz_in_home(gz, q->m.place) : q->m.place->fclass == 'P'))
			out[(*n)++] = q->m.place;
	}
	return out;
}

static fl_status by_proximity(const fl_gazetteer *gz, pendings *ps)
{
	size_t na = 0;
	for (size_t i = 0; i < ps->count; i++)
		na += ps->items[i].ambiguous;
	if (!na)
		return FL_OK;
	size_t nconf;
	const fl_place **conf = confident_places(gz, ps, false, &nconf);
	if (!conf)
		return FL_ENOMEM;
	qsort(conf, nconf, sizeof(*conf), ptr_cmp);
	size_t u = 0;
	for (size_t k = 0; k < nconf; k++)
		if (!u || conf[u - 1] != conf[k])
			conf[u++] = conf[k];
	nconf = u;
	for (size_t i = 0; i < ps->count && nconf; i++) {
		pending *p = &ps->items[i];
		if (!p->ambiguous)
			continue;
		double best = INFINITY;
		size_t bi = 0;
		for (size_t c = 0; c < p->nc; c++) {
			if (p->c[c].score < p->c[0].score - 0.01)
				continue;
			double dmin = INFINITY;
			for (size_t k = 0; k < nconf; k++) {
				if (conf[k] == p->c[c].place ||
				    dist_lower_km(p->c[c].place->lat, conf[k]->lat) >= dmin)
					continue;	/* cannot be nearer */
				double d = dist_km(p->c[c].place->lat, p->c[c].place->lon, conf[k]->lat,
						   conf[k]->lon);
				if (d < dmin)
					dmin = d;
			}
			if (c > 0 && dmin > ABROAD_NEAR_KM && fli_gaz_in_home(gz, p->c[0].place) &&
			    !fli_gaz_in_home(gz, p->c[c].place))
				continue;
			if (dmin < best - 1e-9) {
				best = dmin;
				bi = c;
			}
		}
		if (best < INFINITY && bi != 0 && p->c[bi].place != p->m.place) {
			p->m.place = p->c[bi].place;
			p->m.score = p->c[bi].score * 0.9;
		} else if (best < 50 && bi == 0) {
			/* the article's other places confirm the first choice */
			p->m.score = p->c[0].score;
		}
	}
	free(conf);
	return FL_OK;
}

/* A village abroad far from every place at home the article names ("the villages of
 * Maan and Kawkab east of Hama": a Turkish hamlet's and an Israeli village's other
 * names) is a village at home the gazetteer lacks: unresolved, with its text kept. */
#define STRAY_KM 100.0
#define STRAY_POP 10000

static fl_status strays_abroad(const fl_gazetteer *gz, pendings *ps)
{
	size_t nh;
	const fl_place **home = confident_places(gz, ps, true, &nh);
	if (!home)
		return FL_ENOMEM;
	for (size_t i = 0; i < ps->count && nh; i++) {
		pending *p = &ps->items[i];
		const fl_place *pl = p->m.place;
		if (!pl || pl->fclass != 'P' || pl->population >= STRAY_POP || fli_gaz_in_home(gz, pl))
			continue;
		bool near = false;
		for (size_t k = 0; k < nh && !near; k++)
			near = dist_lower_km(pl->lat, home[k]->lat) < STRAY_KM &&
			       dist_km(pl->lat, pl->lon, home[k]->lat, home[k]->lon) < STRAY_KM;
		if (!near) {
			p->m.place = NULL;
			p->m.score = 0;
			p->nc = 0;
		}
	}
	free(home);
	return FL_OK;
}

fl_status fl_geoparse(const fl_gazetteer *gz, const fl_article *a, fl_mentions *out,
		      fl_error *err)
{
	if (!gz || !a || !out)
		return fl_error_set(err, FL_EUSAGE, NULL, 0, "fl_geoparse: missing argument");
#ifndef NDEBUG
	/* tok_in's binary search needs the word lists in order (checked in debug builds) */
	assert(LIST_SORTED(lead_ok) && LIST_SORTED(org_after) && LIST_SORTED(force_after) && LIST_SORTED(sponsor_after) &&
	       LIST_SORTED(media_after) &&
	       LIST_SORTED(media_before) && LIST_SORTED(cue_strong) && LIST_SORTED(cue_prep) &&
	       LIST_SORTED(cue_of) && LIST_SORTED(road_words));
#endif
	pthread_once(&shapes_once, lists_init);
	toks tk = { 0 };
	pendings ps = { 0 };
	rank_cache rc = { calloc(RC_SLOTS, sizeof(rank_slot)), 0 };	/* NULL: rank each time */
	people pp = { .n = 0 };
	fl_status st = FL_OK;
	for (size_t si = 0; si < a->nsentences; si++) {
		size_t s = a->sentences[si].start, e = a->sentences[si].end;
		if (s >= e || e > a->len)
			continue;
		if ((st = parse_sentence(gz, a, s, e, &tk, &ps, &pp, &rc)) != FL_OK)
			goto out;
	}
	if ((st = by_proximity(gz, &ps)) != FL_OK || (st = strays_abroad(gz, &ps)) != FL_OK)
		goto out;
	if (ps.count &&
	    fl_grow((void **)&out->items, &out->cap, out->count, ps.count, sizeof(fl_mention)) != FL_OK) {
		st = FL_ENOMEM;
		goto out;
	}
	/* sentences are in order and so are their mentions: append in text order */
	for (size_t i = 0; i < ps.count; i++)
		out->items[out->count++] = ps.items[i].m;
out:
	if (st == FL_ENOMEM)
		fl_error_set(err, FL_ENOMEM, a->source, 0, "out of memory finding places");
	free(tk.t);
	free(ps.items);
	free(rc.slot);
	return st;
}

void fl_mentions_release(fl_mentions *m)
{
	if (!m)
		return;
	free(m->items);
	m->items = NULL;
	m->count = m->cap = 0;
}
