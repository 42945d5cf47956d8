/* SPDX-License-Identifier: MIT
 *
 * extract.c - control-change claims out of an article and its place mentions.
 *
 * Everything language-specific is data: assets/actors.json (sides, actor names,
 * sources) and assets/verbs.json (control verbs, non-control phrases, hedges, denials,
 * attribution cues, the words allowed between a verb and its places). Both are loaded
 * into one phrase table keyed by the first word of each phrase; a sentence is cut into
 * normalised tokens (place mentions are always whole tokens) and matched against it.
 *
 * Per sentence: every control verb takes the places that follow it (or precede it, for
 * "X fell to"), across lists ("Rastan and Talbiseh", "the town of A, the village of B,
 * and C"), stopping at anything that makes the place a location rather than an object
 * ("in the Hama countryside", "near", "toward"). The actor is the nearest one before
 * the verb that is not itself an object ("repelled terrorists"); "fell to" and "by"
 * take it after. The side is who holds the place afterwards. Denials, hedges,
 * attribution and the date come from the same sentence, with carry-over from the
 * previous sentences of the paragraph.
 */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <jansson.h>
#include <utf8proc.h>
#include "dates.h"
#include "extract.h"
#include "gazetteer_int.h"

/* ---- claims ------------------------------------------------------------------- */

void fl_claim_release(fl_claim *c)
{
	if (!c)
		return;
	free(c->place);
	free(c->attributed_to);
	free(c->actor);
	free(c->sentence);
	free(c->author);
	free(c->created);
	c->place = c->attributed_to = c->actor = c->sentence = c->author = c->created = NULL;
}

void fl_claims_release(fl_claims *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->count; i++)
		fl_claim_release(&c->items[i]);
	free(c->items);
	c->items = NULL;
	c->count = c->cap = 0;
}

fl_status fl_claims_push(fl_claims *out, const fl_claim *src)
{
	if (fl_grow((void **)&out->items, &out->cap, out->count, 1, sizeof *out->items) != FL_OK)
		return FL_ENOMEM;
	fl_claim *c = &out->items[out->count];
	*c = *src;
	c->place = fl_strdup(src->place);
	c->attributed_to = fl_strdup(src->attributed_to);
	c->actor = fl_strdup(src->actor);
	c->sentence = fl_strdup(src->sentence);
	c->author = fl_strdup(src->author);
	c->created = fl_strdup(src->created);
	if ((src->place && !c->place) || (src->attributed_to && !c->attributed_to) ||
	    (src->actor && !c->actor) || (src->sentence && !c->sentence) ||
	    (src->author && !c->author) || (src->created && !c->created)) {
		fl_claim_release(c);
		return FL_ENOMEM;
	}
	out->count++;
	return FL_OK;
}

/* ---- the lexicon ---------------------------------------------------------------- */

enum {
	R_NONCONTROL = 1u << 0,
	R_HEDGE = 1u << 1,
	R_DENIAL = 1u << 2,
	R_CUE = 1u << 3,
	R_RECIPIENT = 1u << 4,
	R_CARRY = 1u << 5,
	R_CORRESP = 1u << 6,
	R_OBJCUE = 1u << 7,
	R_FILLER = 1u << 8,
	R_BREAKER = 1u << 9,
	R_CONNECTOR = 1u << 10,
	R_ENUM = 1u << 11,
	R_SUFFIX = 1u << 12,
	R_PROVWORD = 1u << 13,
	R_SPEAKER = 1u << 14,
	R_REGIME = 1u << 15,
	R_EXONYM = 1u << 16,	/* a name only the side's enemies use ("regime", "terrorists") */
};

typedef struct verb_group {
	char event[16];
	bool before;		/* the place precedes the verb */
	bool agent_after;	/* the actor follows the verb */
	bool agent_inside;	/* the actor is in the phrase: "in opposition hands" */
	bool agent_gap;		/* the actor is in the gap: "a withdrawal of army units from" */
	bool loser;		/* that actor loses the place ("was wrested from the army",
				 * "out of government control"): it goes to its opponent */
	bool roads_only, province, recapture;
	bool no_province;	/* "pushed into Hama province" is no claim on the governorate */
	bool regime;		/* the object is the regime, not a place: "toppled Assad" */
	bool adjacent;		/* the place stands right before the phrase: "X followed" */
	bool denied_only;	/* a claim only when denied: "denied that the fighters had
				 * reached the city" (as fact, "reached" is no control) */
	/* a noun phrase, "the capture of X": its actor may follow the places after
	 * this word ("by HTS", "to the rebels"), or stand right before it ("the rebel
	 * takeover of X", "the army's loss of X"); "" for a verb */
	char nominal[4];
	double confidence;
	/* "expelled regime officials and security forces from X": up to gap tokens
	 * between the verb and one of the until phrases, then the places */
	int gap;
	char **until;		/* normalised, space-separated words */
	size_t nuntil;
	/* "declared Homs (completely) liberated": a word that must follow the places for
	 * a claim (normalised, one word each) */
	char **complement;
	size_t ncomplement;
} verb_group;

typedef struct source_def {
	char *name;
	char side[24];
	bool is_actor;		/* also an actor name: counts only with a speech cue */
} source_def;

typedef struct entry {
	const struct bucket **tokb;	/* each word's bucket in the table (compared by address) */
	size_t ntok;
	unsigned roles;
	int verb;		/* verb group, -1 */
	int actor;		/* side index, -1 */
	int source;		/* source index, -1 */
} entry;

/* Every word of every phrase has a bucket (a word that starts no phrase has none of
 * its own entries), so a sentence's token finds its word once and phrases compare
 * words by the bucket's address. */
/* A phrase as its first word's bucket lists it: enough to pass over most of them. */
typedef struct phrase_ref {
	unsigned mask;		/* entry_mask() of the entry */
	unsigned ntok;
	const struct bucket *second;	/* its second word's bucket; NULL for one word */
	size_t e;		/* index into lx->entries */
} phrase_ref;

typedef struct bucket {
	char *word;		/* the word; NULL if the slot is free */
	size_t wlen;		/* its length */
	uint64_t w8;		/* word8() of it */
	size_t *idx;		/* entries starting with it, longest first */
	size_t n, cap;
	phrase_ref *cand;	/* the same n entries (made once the lexicon is loaded): first
				 * the nmulti of two words and more, by second word (its
				 * bucket's address) then longest first; then the one-word one */
	size_t nmulti;
	unsigned any;		/* roles of all its entries, plus B_* */
} bucket;

enum { B_VERB = 1u << 20, B_ACTOR = 1u << 21, B_SOURCE = 1u << 22 };

struct fl_lexicon {
	fl_side *sides;
	size_t nsides;
	char **side_strings;	/* owned strings behind sides */
	size_t nstrings;
	verb_group *verbs;
	size_t nverbs;
	source_def *sources;
	size_t nsources;
	entry *entries;
	size_t nentries, capentries;
	bucket *table;
	uint32_t *tags;		/* per slot: the word's hash tag, 0 free (a probe reads these) */
	size_t tsize;		/* power of two, never rehashed: entries point into it */
	size_t nwords;		/* buckets in use */
	int default_year;
	int regime_side;	/* the side whose rule "the fall of Assad" ends; -1 none */
	int regime_verb[2];	/* the first collapse group with the regime after / before */
	char *regime_country;	/* the country it ruled, as the gazetteer names it */
	fl_date regime_fell;	/* the day it fell (FL_DATE_NONE if not given) */
	int regime_successor;	/* the side that rules in its name after that day; -1 none */
	char **held_words;	/* "rebel" of "rebel-held Idlib": the word before "-held" */
	int *held_sides;	/* and the side it names */
	size_t nheld;
};

/* The first eight bytes of word w (wl bytes), zero-padded. w is always in a token
 * buffer (tokbuf), which has room for eight bytes past any word in it. */
static inline uint64_t word8(const char *w, size_t wl)
{
	uint64_t x;
	memcpy(&x, w, 8);
	return wl >= 8 ? x : x & ((1ULL << (8 * wl)) - 1);
}

/* A word's hash: its first eight bytes multiplied out, then the rest byte by byte. */
static uint64_t hash_word(const char *w, size_t wl)
{
	uint64_t h = (word8(w, wl) ^ wl) * 0x9E3779B97F4A7C15ULL;
	for (size_t i = 8; i < wl; i++)
		h = (h ^ (unsigned char)w[i]) * 1099511628211ULL;
	return h ^ (h >> 29);
}

/* ---- tokens ---------------------------------------------------------------------- */

struct bucket;

typedef struct token {
	size_t s, e;		/* byte span in the article */
	const char *w;		/* normalised text (in the sentence buffer) */
	size_t wl;
	const struct bucket *bk;	/* the word's bucket, NULL if no phrase has the word */
	unsigned any;		/* bk->any, 0 without: the roles of phrases it starts */
	unsigned plo, phi;	/* bk->cand[plo, phi): its phrases going on with the next word */
	int mention;		/* index into the sentence's mentions, -1 */
	bool punct;		/* a punctuation token ("," ";" ...) */
} token;

/* Is token t exactly w (n bytes)? TOK_IS for string literals. */
static inline __attribute__((always_inline)) bool tok_is_n(const token *t, const char *w, size_t n)
{
	return t->wl == n && memcmp(t->w, w, n) == 0;
}
#define TOK_IS(t, lit) tok_is_n((t), (lit), sizeof(lit) - 1)

/* Is token t one of the words of list (NULL-terminated)? */
static bool tok_in(const token *t, const char *const *list)
{
	for (const char *const *w = list; *w; w++)
		if (tok_is_n(t, *w, strlen(*w)))
			return true;
	return false;
}

static bool word_byte(unsigned char c)
{
	return fl_word_byte[c] || c == '-' || c == '\'';
}

/* Is s[i..] a curly apostrophe (U+2019 / U+2018 / U+02BC / U+02BB)? Returns its length. */
static size_t curly_apos(const char *s, size_t i, size_t end)
{
	const unsigned char *u = (const unsigned char *)s + i;
	if (i + 3 <= end && u[0] == 0xe2 && u[1] == 0x80 && (u[2] == 0x99 || u[2] == 0x98))
		return 3;
	if (i + 2 <= end && u[0] == 0xca && (u[1] == 0xbc || u[1] == 0xbb))
		return 2;
	return 0;
}

/* A Latin letter written with its diacritics as scholars and other languages write
 * names ("Taḥrīr", "Münbiç", "Tel Rıfat"), or the half rings of ʿayn and hamza
 * ("Hayʾat"): its plain lowercase letters (or "'") into out, and the bytes it took
 * from s[i..]; 0 for any other character. */
static size_t fold_letter(const char *s, size_t i, size_t end, char *out, size_t *nout)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(end - i), &cp);
	if (k <= 0)
		return 0;
	if (cp == 0x2BE || cp == 0x2BF) {
		out[0] = '\'';
		*nout = 1;
		return (size_t)k;
	}
	if (cp == 0x131) {	/* dotless i */
		out[0] = 'i';
		*nout = 1;
		return (size_t)k;
	}
	if (!((cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF)) || cp == 0xD7 || cp == 0xF7)
		return 0;
	utf8proc_int32_t d[4];
	int last = 0;
	utf8proc_ssize_t nd = utf8proc_decompose_char(cp, d, 4, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
						      UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK, &last);
	if (nd <= 0 || nd > 3)
		return 0;
	for (utf8proc_ssize_t q = 0; q < nd; q++) {
		if (d[q] >= 0x80 || !fl_ascii_lower[d[q]])
			return 0;
		out[q] = (char)fl_ascii_lower[d[q]];
	}
	*nout = (size_t)nd;
	return (size_t)k;
}

/* Unicode white space the press uses (no-break, thin, zero-width spaces): its length. */
static size_t uni_space(const char *s, size_t i, size_t end)
{
	const unsigned char *u = (const unsigned char *)s + i;
	if (i + 2 <= end && u[0] == 0xc2 && u[1] == 0xa0)
		return 2;
	if (i + 3 <= end && u[0] == 0xe2 && u[1] == 0x80 &&
	    ((u[2] >= 0x80 && u[2] <= 0x8b) || u[2] == 0xaf))
		return 3;
	if (i + 3 <= end && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf)
		return 3;	/* a byte-order mark */
	return 0;
}

/* Unicode punctuation that ends a word (dashes, ellipsis, guillemets): its length. */
static size_t uni_punct(const char *s, size_t i, size_t end)
{
	const unsigned char *u = (const unsigned char *)s + i;
	if (i + 3 <= end && u[0] == 0xe2 && u[1] == 0x80 &&
	    (u[2] == 0x93 || u[2] == 0x94 || u[2] == 0xa6 || u[2] == 0x9e))
		return 3;
	if (i + 2 <= end && u[0] == 0xc2 && (u[1] == 0xab || u[1] == 0xbb))
		return 2;
	return 0;
}

/* Is token t a dash: '-', or an en or em dash (a punctuation token keeps only its
 * first byte; the text has the rest)? */
static bool is_dash(const char *text, const token *t)
{
	const unsigned char *u = (const unsigned char *)text + t->s;
	return t->punct && (u[0] == '-' || (t->e - t->s == 3 && u[0] == 0xe2 && u[1] == 0x80 &&
					     (u[2] == 0x93 || u[2] == 0x94)));
}

static bool is_quote(const char *s, size_t i, size_t end, size_t *n)
{
	const unsigned char *u = (const unsigned char *)s + i;
	if (u[0] == '"') {
		*n = 1;
		return true;
	}
	if (i + 3 <= end && u[0] == 0xe2 && u[1] == 0x80 && (u[2] == 0x9c || u[2] == 0x9d)) {
		*n = 3;
		return true;
	}
	return false;
}

typedef struct tokbuf {
	token *t;
	size_t n, cap;
	char *buf;		/* normalised text */
	size_t blen, bcap;
} tokbuf;

/* The next token of tb, starting at byte i, its text at the end of tb->buf (not counted
 * until the caller sets its end and length); NULL out of memory. */
static token *new_token(tokbuf *tb, size_t i)
{
	if (tb->n == tb->cap && fl_grow((void **)&tb->t, &tb->cap, tb->n, 1, sizeof *tb->t) != FL_OK)
		return NULL;
	token *t = &tb->t[tb->n];
	t->s = i;
	t->mention = -1;
	t->bk = NULL;
	t->any = 0;
	t->w = tb->buf + tb->blen;
	return t;
}

/* Tokenise s[a..b) into tb (appending). cuts: sorted byte offsets that always end a
 * token (mention boundaries); ncuts of them. Tokens are lowercased; curly apostrophes
 * become "'"; a possessive "'s" is a token of its own. */
static fl_status tokenize(tokbuf *tb, const char *s, size_t a, size_t b, const size_t *cuts,
			  size_t ncuts)
{
	size_t need = 2 * (b - a) + 16;
	if (tb->bcap < need) {
		char *nb = realloc(tb->buf, need);
		if (!nb)
			return FL_ENOMEM;
		tb->buf = nb;
		tb->bcap = need;
	}
	tb->blen = 0;
	tb->n = 0;
	size_t ci = 0;
	size_t i = a;
	while (i < b) {
		unsigned char c = (unsigned char)s[i];
		size_t ql;
		if (c == ' ' || c == FL_FILL) {
			i++;
			continue;
		}
		if (fl_ascii_alnum(c))
			goto word;	/* none of the marks below starts with one */
		if (c == '\t' || c == '\n' || c == '\r' || is_quote(s, i, b, &ql)) {
			i += (c == ' ' || c == '\t' || c == '\n' || c == '\r') ? 1 : ql;
			continue;
		}
		if ((ql = uni_space(s, i, b))) {
			i += ql;
			continue;
		}
		if (c == '<' && i + 1 < b && (isalpha((unsigned char)s[i + 1]) || s[i + 1] == '/' ||
					      s[i + 1] == '!')) {
			const char *gt = memchr(s + i, '>', b - i);
			if (gt) {	/* markup inside a sentence of an HTML page */
				i = (size_t)(gt - s) + 1;
				continue;
			}
		}
		if (c == '&') {
			size_t k = i + 1;
			while (k < b && k - i <= 9 && (isalnum((unsigned char)s[k]) || s[k] == '#'))
				k++;
			if (k < b && s[k] == ';' && k - i >= 3) {
				i = k + 1;	/* an entity: "&middot;", "&#8217;" */
				continue;
			}
		}
		if (c == '*' || c == '_') {
			/* Markdown emphasis hugging a word ("took **Kafr Zita** on"): not
			 * there; a bullet ("* Soran") or a note mark ("**[C]**") stays */
			size_t k = i;
			while (k < b && (s[k] == '*' || s[k] == '_'))
				k++;
			if ((k < b && fl_ascii_alnum((unsigned char)s[k])) ||
			    (i > a && (fl_ascii_alnum((unsigned char)s[i - 1]) || s[i - 1] == '.'))) {
				i = k;
				continue;
			}
		}
		if (c == '\'' && i > a && isalpha((unsigned char)s[i - 1]) && !(i + 1 < b && isalnum((unsigned char)s[i + 1]))) {
			/* "the town of Izra' came under": an ayn written at a place name's
			 * end, not a mark of its own */
			while (ci < ncuts && cuts[ci] < i)
				ci++;
			if (ci < ncuts && cuts[ci] == i) {
				i++;
				continue;
			}
		}
		bool is_word;
		is_word = (word_byte(c) && !uni_punct(s, i, b)) || (curly_apos(s, i, b) && i > a);
		if (!is_word || (c == '-' && !(i + 1 < b && isalnum((unsigned char)s[i + 1]))) ||
		    (c == '\'' && !(i + 1 < b && isalnum((unsigned char)s[i + 1])))) {
			/* punctuation: one character (a UTF-8 sequence counts as one) */
			token *t = new_token(tb, i);
			if (!t)
				return FL_ENOMEM;
			size_t n = 1;
			if (c >= 0xc0) {
				while (i + n < b && ((unsigned char)s[i + n] & 0xc0) == 0x80)
					n++;
			}
			tb->buf[tb->blen++] = (char)c;
			t->e = i + n;
			t->wl = 1;
			t->punct = true;
			tb->n++;
			i += n;
			continue;
		}
	word:;
		token *t = new_token(tb, i);
		if (!t)
			return FL_ENOMEM;
		size_t al;
		while (ci < ncuts && cuts[ci] <= i)
			ci++;
		size_t limit = ci < ncuts && cuts[ci] < b ? cuts[ci] : b;
		size_t j = i;
		/* "the S.D.F.", "H.T.S.": a name's letters written with points are the word
		 * of its letters ("sdf") */
		if (isupper(c) && i + 3 < limit && s[i + 1] == '.' && isupper((unsigned char)s[i + 2]) &&
		    s[i + 3] == '.') {
			while (j + 1 < limit && isupper((unsigned char)s[j]) && s[j + 1] == '.') {
				tb->buf[tb->blen++] = (char)tolower((unsigned char)s[j]);
				j += 2;
			}
			t->e = j;
			t->wl = (size_t)(tb->buf + tb->blen - t->w);
			t->punct = false;
			tb->n++;
			i = j;
			continue;
		}
		while (j < limit) {
			unsigned char d = (unsigned char)s[j];
			if (fl_ascii_lower[d]) {
				/* the common case, as below: a run of ASCII letters and digits */
				char *out = tb->buf + tb->blen;
				size_t j0 = j;
				unsigned char l;
				while (j < limit && (l = fl_ascii_lower[(unsigned char)s[j]]))
					out[j++ - j0] = (char)l;
				tb->blen += j - j0;
				continue;
			}
			if (d == FL_FILL) {
				/* padding of a decoded HTML reference ("Qal&#8217;at") */
				size_t f = j;
				while (f < limit && s[f] == FL_FILL)
					f++;
				size_t ap = f < limit ? (s[f] == '\'' ? 1 : curly_apos(s, f, limit)) : 0;
				size_t g = f + ap;	/* an apostrophe goes on only before a letter */
				if (g < limit && (fl_ascii_alnum((unsigned char)s[g]) ||
						  ((unsigned char)s[g] >= 0x80 && word_byte((unsigned char)s[g]) &&
						   !uni_space(s, g, limit) && !uni_punct(s, g, limit)))) {
					j = f;
					continue;
				}
				break;
			}
			if (d < 0x80 && d != '-' && d != '\'')
				break;	/* space or punctuation: the word ends (as below, sooner) */
			if ((al = curly_apos(s, j, limit))) {
				/* "Hay’at" keeps it; "Assad’s" splits off the possessive */
				if (j + al < limit && (s[j + al] == 's' || s[j + al] == 'S') &&
				    (j + al + 1 >= limit || !word_byte((unsigned char)s[j + al + 1])))
					break;
				tb->buf[tb->blen++] = '\'';
				j += al;
				continue;
			}
			size_t fo;
			if (d >= 0xc0 && (al = fold_letter(s, j, limit, tb->buf + tb->blen, &fo))) {
				tb->blen += fo;
				j += al;
				continue;
			}
			if (!word_byte(d) || (d >= 0x80 && (uni_space(s, j, limit) || uni_punct(s, j, limit))))
				break;
			if (is_quote(s, j, limit, &al))
				break;
			if (d == '\'' && j + 1 < limit && (s[j + 1] == 's' || s[j + 1] == 'S') &&
			    (j + 2 >= limit || !word_byte((unsigned char)s[j + 2])))
				break;
			if ((d == '-' || d == '\'') &&
			    !(j + 1 < limit && (isalnum((unsigned char)s[j + 1]) ||
						(unsigned char)s[j + 1] >= 0x80)))
				break;
			tb->buf[tb->blen++] = (char)tolower(d);
			j++;
		}
		if (j == i && s[i] != '\'' && !curly_apos(s, i, b)) {
			/* a lone hyphen or mark cut off by a mention boundary ("al-|Mayadin") */
			size_t n = 1;
			while (i + n < b && ((unsigned char)s[i + n] & 0xc0) == 0x80)
				n++;
			tb->buf[tb->blen++] = (char)c;
			t->e = i + n;
			t->wl = 1;
			t->punct = true;
			tb->n++;
			i += n;
			continue;
		}
		if (j == i) {
			/* a possessive at the start: "'s" */
			size_t n = s[i] == '\'' ? 1 : curly_apos(s, i, b);
			tb->buf[tb->blen++] = '\'';
			tb->buf[tb->blen++] = 's';
			t->e = i + n + 1;
			t->wl = 2;
			t->punct = false;
			tb->n++;
			i = t->e;
			continue;
		}
		while (j > i && s[j - 1] == FL_FILL)
			j--;	/* the padding before a possessive's apostrophe */
		t->e = j;
		t->wl = (size_t)(tb->buf + tb->blen - t->w);
		t->punct = false;
		tb->n++;
		i = j;
	}
	return FL_OK;
}

/* ---- loading ---------------------------------------------------------------------- */

/* The slot of word w (wl bytes) in the table: its own, or the free one where it would
 * go (lx->tags[slot] == 0); its hash tag in *tag. The table is never full (see
 * word_bucket). */
static size_t word_slot(const fl_lexicon *lx, const char *w, size_t wl, uint32_t *tag)
{
	size_t mask = lx->tsize - 1;
	uint64_t hv = hash_word(w, wl), w8 = word8(w, wl);
	*tag = (uint32_t)(hv >> 32) | 1u;
	for (size_t h = (size_t)hv & mask;; h = (h + 1) & mask) {
		const bucket *b = &lx->table[h];
		if (!lx->tags[h] || (lx->tags[h] == *tag && b->wlen == wl && b->w8 == w8 &&
				     (wl <= 8 || memcmp(b->word + 8, w + 8, wl - 8) == 0)))
			return h;
	}
}

/* The bucket of word w, NULL if no phrase has it. */
static const bucket *find_bucket(const fl_lexicon *lx, const char *w, size_t wl)
{
	uint32_t tag;
	size_t h = word_slot(lx, w, wl, &tag);
	return lx->tags[h] ? &lx->table[h] : NULL;
}

/* The bucket of word w, made if new; NULL when the table is half full (FL_ELIMIT) or
 * out of memory. */
static bucket *word_bucket(fl_lexicon *lx, const char *w, size_t wl)
{
	uint32_t tag;
	size_t h = word_slot(lx, w, wl, &tag);
	bucket *b = &lx->table[h];
	if (lx->tags[h])
		return b;
	if (lx->nwords * 2 >= lx->tsize || !(b->word = strndup(w, wl)))
		return NULL;
	b->wlen = wl;
	b->w8 = word8(w, wl);
	lx->tags[h] = tag;
	lx->nwords++;
	return b;
}

static fl_status add_phrase(fl_lexicon *lx, const char *text, unsigned roles, int verb,
			    int actor, int source)
{
	tokbuf tb = { 0 };
	fl_status st = tokenize(&tb, text, 0, strlen(text), NULL, 0);
	if (st != FL_OK || tb.n == 0) {
		free(tb.t);
		free(tb.buf);
		return st;
	}
	unsigned any = roles | (verb >= 0 ? B_VERB : 0) | (actor >= 0 ? B_ACTOR : 0) |
		       (source >= 0 ? B_SOURCE : 0);
	/* every word gets its bucket; the first word's holds the phrase */
	st = FL_ELIMIT;
	for (size_t i = 0; i < tb.n; i++)
		if (!(tb.t[i].bk = word_bucket(lx, tb.t[i].w, tb.t[i].wl)))
			goto out;
	bucket *b = (bucket *)tb.t[0].bk;
	/* the same phrase again: merge its roles */
	for (size_t k = 0; k < b->n; k++) {
		entry *e = &lx->entries[b->idx[k]];
		if (e->ntok != tb.n)
			continue;
		bool same = true;
		for (size_t i = 0; i < tb.n && same; i++)
			same = e->tokb[i] == tb.t[i].bk;
		if (!same)
			continue;
		e->roles |= roles;
		b->any |= any;
		if (verb >= 0 && e->verb < 0)
			e->verb = verb;
		if (actor >= 0 && e->actor < 0)
			e->actor = actor;
		if (source >= 0 && e->source < 0)
			e->source = source;
		st = FL_OK;
		goto out;
	}
	st = FL_ENOMEM;
	if (fl_grow((void **)&lx->entries, &lx->capentries, lx->nentries, 1, sizeof *lx->entries))
		goto out;
	entry *e = &lx->entries[lx->nentries];
	memset(e, 0, sizeof *e);
	if (!(e->tokb = calloc(tb.n, sizeof *e->tokb)))
		goto out;
	for (size_t i = 0; i < tb.n; i++)
		e->tokb[i] = tb.t[i].bk;
	e->ntok = tb.n;
	e->roles = roles;
	e->verb = verb;
	e->actor = actor;
	e->source = source;
	if (fl_grow((void **)&b->idx, &b->cap, b->n, 1, sizeof *b->idx) != FL_OK) {
		free(e->tokb);
		goto out;
	}
	/* keep the bucket longest first */
	size_t pos = b->n;
	while (pos > 0 && lx->entries[b->idx[pos - 1]].ntok < e->ntok) {
		b->idx[pos] = b->idx[pos - 1];
		pos--;
	}
	b->idx[pos] = lx->nentries;
	b->n++;
	b->any |= any;
	lx->nentries++;
	st = FL_OK;
out:
	free(tb.t);
	free(tb.buf);
	return st;
}

static json_t *load_json(const char *dir, const char *name, char **path, fl_error *err)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	*path = malloc(n);
	if (!*path) {
		fl_error_set(err, FL_ENOMEM, name, 0, "out of memory");
		return NULL;
	}
	snprintf(*path, n, "%s/%s", dir, name);
	json_error_t je;
	json_t *j = json_load_file(*path, 0, &je);
	if (!j) {
		if (err && err->code == FL_OK) {
			fl_error_set(err, FL_EPARSE, *path, je.line, "cannot read '%s': %s", *path,
				     je.text);
			err->column = je.column;
		}
		return NULL;
	}
	if (!json_is_object(j)) {
		fl_error_set(err, FL_EPARSE, *path, 1, "'%s': expected a JSON object", *path);
		json_decref(j);
		return NULL;
	}
	return j;
}

static char *keep_string(fl_lexicon *lx, const char *s)
{
	char **ns = realloc(lx->side_strings, (lx->nstrings + 1) * sizeof *ns);
	if (!ns)
		return NULL;
	lx->side_strings = ns;
	char *d = fl_strdup(s ? s : "");
	if (!d)
		return NULL;
	lx->side_strings[lx->nstrings++] = d;
	return d;
}

static int side_index(const fl_lexicon *lx, const char *id)
{
	for (size_t i = 0; i < lx->nsides; i++)
		if (strcmp(lx->sides[i].id, id) == 0)
			return (int)i;
	return -1;
}

/* Add every string of array arr with the given role. */
static fl_status add_list(fl_lexicon *lx, json_t *arr, unsigned roles, int verb, int actor,
			  int source, const char *path, const char *what, fl_error *err)
{
	if (!arr)
		return FL_OK;
	if (!json_is_array(arr))
		return fl_error_set(err, FL_EPARSE, path, 0, "'%s': %s must be an array of strings",
				    path, what);
	size_t i;
	json_t *v;
	json_array_foreach(arr, i, v) {
		if (!json_is_string(v))
			return fl_error_set(err, FL_EPARSE, path, 0,
					    "'%s': %s[%zu] must be a string", path, what, i);
		const char *text = json_string_value(v);
		fl_status st = add_phrase(lx, text, roles, verb, actor, source);
		/* a named actor leads others on its side: "the HTS-led coalition",
		 * "Hayat Tahrir al-Sham-dominated factions", "SDF-affiliated forces"
		 * ("US-backed" is another's) */
		static const char *const led[] = { "-led", "-dominated", "-affiliated", "-aligned",
						   "-linked", "-allied" };
		for (size_t k = 0; k < sizeof led / sizeof led[0] && st == FL_OK && actor >= 0 && isupper((unsigned char)text[0]); k++) {
			char buf[160];
			if (snprintf(buf, sizeof buf, "%s%s", text, led[k]) < (int)sizeof buf)
				st = add_phrase(lx, buf, roles, verb, actor, source);
		}
		if (st == FL_ELIMIT)
			return fl_error_set(err, st, path, 0,
					    "'%s': too many different words in the phrases (at most %zu)",
					    path, lx->tsize / 2);
		if (st != FL_OK)
			return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
	}
	return FL_OK;
}

static fl_status load_actors(fl_lexicon *lx, json_t *j, const char *path, fl_error *err)
{
	json_t *sides = json_object_get(j, "sides");
	if (!json_is_array(sides) || json_array_size(sides) == 0)
		return fl_error_set(err, FL_EPARSE, path, 0, "'%s': \"sides\" must be a non-empty array",
				    path);
	lx->nsides = json_array_size(sides);
	lx->sides = calloc(lx->nsides, sizeof *lx->sides);
	if (!lx->sides)
		return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
	size_t i;
	json_t *s;
	json_array_foreach(sides, i, s) {
		const char *id = json_string_value(json_object_get(s, "id"));
		if (!id || !*id || strlen(id) >= 24)
			return fl_error_set(err, FL_EPARSE, path, 0,
					    "'%s': sides[%zu] needs an \"id\" of 1-23 characters", path, i);
		const char *color = json_string_value(json_object_get(s, "color"));
		if (!color || color[0] != '#' || strlen(color) != 7)
			return fl_error_set(err, FL_EPARSE, path, 0,
					    "'%s': side '%s' needs a \"color\" like \"#d7301f\"", path, id);
		fl_side *sd = &lx->sides[i];
		sd->id = keep_string(lx, id);
		sd->name = keep_string(lx, json_string_value(json_object_get(s, "name")));
		sd->color = keep_string(lx, color);
		sd->opponent = keep_string(lx, json_string_value(json_object_get(s, "opponent")));
		sd->state = json_is_true(json_object_get(s, "state"));
		if (!sd->id || !sd->name || !sd->color || !sd->opponent)
			return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
	}
	json_t *actors = json_object_get(j, "actors");
	if (!json_is_array(actors))
		return fl_error_set(err, FL_EPARSE, path, 0, "'%s': \"actors\" must be an array", path);
	json_t *a;
	json_array_foreach(actors, i, a) {
		const char *side = json_string_value(json_object_get(a, "side"));
		int si = side ? side_index(lx, side) : -1;
		if (si < 0)
			return fl_error_set(err, FL_EPARSE, path, 0,
					    "'%s': actors[%zu] names an unknown side '%s'", path, i,
					    side ? side : "(none)");
		fl_status st = add_list(lx, json_object_get(a, "names"), 0, -1, si, -1, path,
					"names", err);
		if (st)
			return st;
	}
	/* the regime: names of the ruler and his rule, the side it is, its country */
	lx->regime_side = -1;
	lx->regime_fell = FL_DATE_NONE;
	lx->regime_successor = -1;
	json_t *rg = json_object_get(j, "regime");
	if (rg) {
		const char *side = json_string_value(json_object_get(rg, "side"));
		const char *country = json_string_value(json_object_get(rg, "country"));
		int si = side ? side_index(lx, side) : -1;
		if (si < 0 || !country || !*country)
			return fl_error_set(err, FL_EPARSE, path, 0,
					    "'%s': \"regime\" needs a known \"side\" and a \"country\"",
					    path);
		lx->regime_side = si;
		/* "fell" and "successor": after the regime's fall, "government forces" are
		 * the forces of those who took over from it (a claim dated after that day
		 * goes to the successor's side) */
		const char *fell = json_string_value(json_object_get(rg, "fell"));
		const char *succ = json_string_value(json_object_get(rg, "successor"));
		if ((fell != NULL) != (succ != NULL) ||
		    (fell && (fl_date_parse(fell, &lx->regime_fell) != FL_OK ||
			      (lx->regime_successor = side_index(lx, succ)) < 0 ||
			      lx->regime_successor == si)))
			return fl_error_set(err, FL_EPARSE, path, 0,
					    "'%s': \"regime\" needs both \"fell\" (YYYY-MM-DD) and "
					    "\"successor\" (another known side), or neither", path);
		if (!(lx->regime_country = fl_strdup(country)))
			return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
		fl_status rst = add_list(lx, json_object_get(rg, "names"), R_REGIME, -1, -1, -1, path,
					 "regime names", err);
		if (rst)
			return rst;
	}
	fl_status st = add_list(lx, json_object_get(j, "speaker_actors"), R_SPEAKER, -1, -1, -1,
				path, "speaker_actors", err);
	if (!st)
		st = add_list(lx, json_object_get(j, "exonyms"), R_EXONYM, -1, -1, -1, path, "exonyms", err);
	if (!st)
		st = add_list(lx, json_object_get(j, "object_cues"), R_OBJCUE, -1, -1, -1, path,
			      "object_cues", err);
	if (st)
		return st;
	/* "held_prefixes": {"rebel": "opposition", ...}, the word of "rebel-held X" */
	json_t *hp = json_object_get(j, "held_prefixes");
	if (hp && !json_is_object(hp))
		return fl_error_set(err, FL_EPARSE, path, 0, "'%s': \"held_prefixes\" must be an object", path);
	if (hp) {
		lx->held_words = calloc(json_object_size(hp) + 1, sizeof *lx->held_words);
		lx->held_sides = calloc(json_object_size(hp) + 1, sizeof *lx->held_sides);
		if (!lx->held_words || !lx->held_sides)
			return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
		const char *w;
		json_t *v;
		json_object_foreach(hp, w, v) {
			const char *side = json_string_value(v);
			int si = side ? side_index(lx, side) : -1;
			if (si < 0 || !*w)
				return fl_error_set(err, FL_EPARSE, path, 0,
						    "'%s': \"held_prefixes\": \"%s\" needs a known side", path, w);
			if (!(lx->held_words[lx->nheld] = fl_strdup(w)))
				return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
			for (char *q = lx->held_words[lx->nheld]; *q; q++)
				*q = (char)tolower((unsigned char)*q);
			lx->held_sides[lx->nheld++] = si;
		}
	}
	json_t *sources = json_object_get(j, "sources");
	if (sources && !json_is_array(sources))
		return fl_error_set(err, FL_EPARSE, path, 0, "'%s': \"sources\" must be an array", path);
	lx->nsources = json_array_size(sources);
	lx->sources = calloc(lx->nsources + 1, sizeof *lx->sources);
	if (!lx->sources)
		return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
	json_array_foreach(sources, i, s) {
		const char *name = json_string_value(json_object_get(s, "name"));
		const char *side = json_string_value(json_object_get(s, "side"));
		if (!name)
			return fl_error_set(err, FL_EPARSE, path, 0, "'%s': sources[%zu] needs a \"name\"",
					    path, i);
		if (side && *side && side_index(lx, side) < 0)
			return fl_error_set(err, FL_EPARSE, path, 0,
					    "'%s': source '%s' names an unknown side '%s'", path, name, side);
		lx->sources[i].name = strdup(name);
		if (!lx->sources[i].name)
			return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
		snprintf(lx->sources[i].side, sizeof lx->sources[i].side, "%s", side ? side : "");
		st = add_list(lx, json_object_get(s, "names"), 0, -1, -1, (int)i, path, "names", err);
		if (st)
			return st;
	}
	return FL_OK;
}

/* A control group's list of words ("until", "complement") into *out, lowercased; one
 * word each if one_word. */
static fl_status word_list(json_t *arr, const char *key, bool one_word, size_t i, const char *path,
			   char ***out, size_t *n, fl_error *err)
{
	*out = calloc(json_array_size(arr), sizeof **out);
	if (!*out)
		return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
	size_t k;
	json_t *u;
	json_array_foreach(arr, k, u) {
		const char *us = json_string_value(u);
		if (!us || !*us || (one_word && strchr(us, ' ')))
			return fl_error_set(err, FL_EPARSE, path, 0, "'%s': control[%zu] \"%s\"[%zu] must be %s",
					    path, i, key, k, one_word ? "one word" : "a non-empty string");
		if (!((*out)[*n] = fl_strdup(us)))
			return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
		for (char *q = (*out)[*n]; *q; q++)
			*q = (char)tolower((unsigned char)*q);
		(*n)++;
	}
	return FL_OK;
}

static fl_status load_verbs(fl_lexicon *lx, json_t *j, const char *path, fl_error *err)
{
	json_t *control = json_object_get(j, "control");
	if (!json_is_array(control) || json_array_size(control) == 0)
		return fl_error_set(err, FL_EPARSE, path, 0,
				    "'%s': \"control\" must be a non-empty array", path);
	lx->nverbs = json_array_size(control);
	lx->regime_verb[0] = lx->regime_verb[1] = -1;
	lx->verbs = calloc(lx->nverbs, sizeof *lx->verbs);
	if (!lx->verbs)
		return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
	size_t i;
	json_t *g;
	json_array_foreach(control, i, g) {
		verb_group *vg = &lx->verbs[i];
		const char *ev = json_string_value(json_object_get(g, "event"));
		static const char *const events[] = { FL_EVENT_CAPTURE, FL_EVENT_WITHDRAWAL,
						      FL_EVENT_REPELLED, FL_EVENT_CLASHES,
						      FL_EVENT_ROAD_CUT, FL_EVENT_HELD,
						      FL_EVENT_COLLAPSE, NULL };
		bool known = false;
		for (const char *const *e = events; ev && *e; e++)
			known |= strcmp(ev, *e) == 0;
		if (!known)
			return fl_error_set(err, FL_EPARSE, path, 0,
					    "'%s': control[%zu] has an unknown event '%s'", path, i,
					    ev ? ev : "(none)");
		snprintf(vg->event, sizeof vg->event, "%s", ev);
		const char *obj = json_string_value(json_object_get(g, "object"));
		vg->before = obj && (strcmp(obj, "before") == 0 || strcmp(obj, "regime_before") == 0);
		vg->regime = obj && strncmp(obj, "regime", 6) == 0;
		if (vg->regime && lx->regime_verb[vg->before] < 0)
			lx->regime_verb[vg->before] = (int)i;
		if (vg->regime != (strcmp(ev, FL_EVENT_COLLAPSE) == 0))
			return fl_error_set(err, FL_EPARSE, path, 0,
					    "'%s': control[%zu]: event \"collapse\" goes with object "
					    "\"regime\" or \"regime_before\", and only it", path, i);
		const char *agent = json_string_value(json_object_get(g, "agent"));
		/* agent: after | inside | loser_after | loser_inside */
		vg->loser = agent && strncmp(agent, "loser_", 6) == 0;
		const char *where = agent ? agent + (vg->loser ? 6 : 0) : "";
		vg->agent_inside = strcmp(where, "inside") == 0;
		vg->agent_after = strcmp(where, "after") == 0;
		vg->agent_gap = strcmp(where, "gap") == 0;
		vg->roads_only = json_is_true(json_object_get(g, "roads_only"));
		vg->province = json_is_true(json_object_get(g, "province"));
		vg->no_province = json_is_false(json_object_get(g, "province"));
		vg->recapture = json_is_true(json_object_get(g, "recapture"));
		vg->adjacent = json_is_true(json_object_get(g, "adjacent"));
		vg->denied_only = json_is_true(json_object_get(g, "denied_only"));
		json_t *nom = json_object_get(g, "nominal");
		if (nom && (!json_is_string(nom) || (strcmp(json_string_value(nom), "by") != 0 &&
						     strcmp(json_string_value(nom), "to") != 0)))
			return fl_error_set(err, FL_EPARSE, path, 0,
					    "'%s': control[%zu] \"nominal\" must be \"by\" or \"to\"", path, i);
		if (nom && (vg->before || vg->regime))
			return fl_error_set(err, FL_EPARSE, path, 0,
					    "'%s': control[%zu] \"nominal\" goes with object \"after\"", path, i);
		snprintf(vg->nominal, sizeof vg->nominal, "%s", nom ? json_string_value(nom) : "");
		json_t *c = json_object_get(g, "confidence");
		vg->confidence = json_is_number(c) ? json_number_value(c) : 0.8;
		if (vg->confidence < 0 || vg->confidence > 1)
			return fl_error_set(err, FL_EPARSE, path, 0,
					    "'%s': control[%zu] confidence must be in [0,1]", path, i);
		json_t *gap = json_object_get(g, "gap"), *until = json_object_get(g, "until");
		if (gap) {
			if (!json_is_integer(gap) || json_integer_value(gap) < 1 ||
			    json_integer_value(gap) > 16 || !json_is_array(until) ||
			    json_array_size(until) == 0)
				return fl_error_set(err, FL_EPARSE, path, 0,
						    "'%s': control[%zu] \"gap\" must be 1-16 with a "
						    "non-empty \"until\" list", path, i);
			vg->gap = (int)json_integer_value(gap);
			fl_status st = word_list(until, "until", false, i, path, &vg->until, &vg->nuntil, err);
			if (st)
				return st;
		}
		json_t *comp = json_object_get(g, "complement");
		if (comp) {
			if (!json_is_array(comp) || json_array_size(comp) == 0 || vg->before)
				return fl_error_set(err, FL_EPARSE, path, 0,
						    "'%s': control[%zu] \"complement\" must be a non-empty "
						    "list and goes with object \"after\"", path, i);
			fl_status st = word_list(comp, "complement", true, i, path, &vg->complement,
						 &vg->ncomplement, err);
			if (st)
				return st;
		}
		fl_status st = add_list(lx, json_object_get(g, "phrases"), 0, (int)i, -1, -1, path,
					"phrases", err);
		if (st)
			return st;
	}
	static const struct {
		const char *key;
		unsigned role;
	} lists[] = {
		{ "non_control", R_NONCONTROL },     { "hedges", R_HEDGE },
		{ "denials", R_DENIAL },	     { "attribution_cues", R_CUE },
		{ "attribution_recipients", R_RECIPIENT }, { "attribution_carry", R_CARRY },
		{ "correspondent_cues", R_CORRESP }, { "object_fillers", R_FILLER },
		{ "object_breakers", R_BREAKER },    { "list_connectors", R_CONNECTOR },
		{ "enumerators", R_ENUM },	     { "place_suffix_breakers", R_SUFFIX },
		{ "province_words", R_PROVWORD },
	};
	for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++) {
		fl_status st = add_list(lx, json_object_get(j, lists[k].key), lists[k].role, -1, -1,
					-1, path, lists[k].key, err);
		if (st)
			return st;
	}
	return FL_OK;
}

void fl_lexicon_free(fl_lexicon *lx)
{
	if (!lx)
		return;
	for (size_t i = 0; i < lx->nentries; i++)
		free(lx->entries[i].tokb);
	free(lx->entries);
	for (size_t i = 0; i < lx->tsize; i++) {
		free(lx->table[i].word);
		free(lx->table[i].idx);
	}
	for (size_t i = 0; i < lx->tsize; i++)
		free(lx->table[i].cand);
	free(lx->table);
	free(lx->tags);
	for (size_t i = 0; i < lx->nstrings; i++)
		free(lx->side_strings[i]);
	free(lx->side_strings);
	free(lx->sides);
	for (size_t i = 0; i < lx->nsources; i++)
		free(lx->sources[i].name);
	free(lx->sources);
	for (size_t i = 0; lx->verbs && i < lx->nverbs; i++) {
		for (size_t k = 0; k < lx->verbs[i].nuntil; k++)
			free(lx->verbs[i].until[k]);
		free(lx->verbs[i].until);
		for (size_t k = 0; k < lx->verbs[i].ncomplement; k++)
			free(lx->verbs[i].complement[k]);
		free(lx->verbs[i].complement);
	}
	free(lx->verbs);
	free(lx->regime_country);
	for (size_t i = 0; i < lx->nheld; i++)
		free(lx->held_words[i]);
	free(lx->held_words);
	free(lx->held_sides);
	free(lx);
}

/* The roles and kinds of entry e as one mask: what match_at's need is tested against. */
static unsigned entry_mask(const entry *e)
{
	return e->roles | (e->verb >= 0 ? B_VERB : 0) | (e->actor >= 0 ? B_ACTOR : 0) |
	       (e->source >= 0 ? B_SOURCE : 0);
}

static int ref_cmp(const void *a, const void *b)
{
	const phrase_ref *x = a, *y = b;
	if (!x->second != !y->second)
		return x->second ? -1 : 1;	/* one-word phrases last */
	if (x->second != y->second)
		return (uintptr_t)x->second < (uintptr_t)y->second ? -1 : 1;
	if (x->ntok != y->ntok)
		return x->ntok > y->ntok ? -1 : 1;	/* longest first */
	return (x->e > y->e) - (x->e < y->e);
}

/* Every bucket's phrase_ref list, once all phrases are in (entries no longer move). */
static fl_status make_cands(fl_lexicon *lx)
{
	for (size_t i = 0; i < lx->tsize; i++) {
		bucket *b = &lx->table[i];
		if (!b->n)
			continue;
		if (!(b->cand = calloc(b->n, sizeof *b->cand)))
			return FL_ENOMEM;
		b->nmulti = 0;
		for (size_t k = 0; k < b->n; k++) {
			const entry *e = &lx->entries[b->idx[k]];
			b->cand[k] = (phrase_ref){ entry_mask(e), (unsigned)e->ntok,
						   e->ntok > 1 ? e->tokb[1] : NULL, b->idx[k] };
			b->nmulti += e->ntok > 1;
		}
		qsort(b->cand, b->n, sizeof *b->cand, ref_cmp);
	}
	return FL_OK;
}

fl_status fl_lexicon_load(const char *dir, fl_lexicon **out, fl_error *err)
{
	*out = NULL;
	char *owned = NULL;
	if (!dir) {
		owned = fl_data_path("assets");
		if (!owned)
			return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		dir = owned;
	}
	fl_lexicon *lx = calloc(1, sizeof *lx);
	char *pa = NULL, *pv = NULL;
	json_t *ja = NULL, *jv = NULL;
	fl_status st = FL_ENOMEM;
	if (!lx) {
		fl_error_set(err, st, dir, 0, "out of memory");
		goto out;
	}
	lx->tsize = 4096;
	lx->table = calloc(lx->tsize, sizeof *lx->table);
	lx->tags = calloc(lx->tsize, sizeof *lx->tags);
	if (!lx->table || !lx->tags) {
		fl_error_set(err, st, dir, 0, "out of memory");
		goto out;
	}
	ja = load_json(dir, "actors.json", &pa, err);
	if (!ja) {
		st = err ? err->code : FL_EPARSE;
		goto out;
	}
	jv = load_json(dir, "verbs.json", &pv, err);
	if (!jv) {
		st = err ? err->code : FL_EPARSE;
		goto out;
	}
	st = load_actors(lx, ja, pa, err);
	if (st == FL_OK)
		st = load_verbs(lx, jv, pv, err);
	if (st == FL_OK && make_cands(lx) != FL_OK)
		st = fl_error_set(err, FL_ENOMEM, pv, 0, "out of memory");
	/* sources that are also actors ("HTS", "SDF") only count with a speech cue */
	for (size_t i = 0; st == FL_OK && i < lx->nentries; i++)
		if (lx->entries[i].source >= 0 && lx->entries[i].actor >= 0)
			lx->sources[lx->entries[i].source].is_actor = true;
out:
	json_decref(ja);
	json_decref(jv);
	free(pa);
	free(pv);
	free(owned);
	if (st != FL_OK) {
		fl_lexicon_free(lx);
		return st;
	}
	*out = lx;
	return FL_OK;
}

const fl_side *fl_lexicon_sides(const fl_lexicon *lx, size_t *n)
{
	*n = lx->nsides;
	return lx->sides;
}

const fl_side *fl_lexicon_side(const fl_lexicon *lx, const char *id)
{
	int i = id ? side_index(lx, id) : -1;
	return i < 0 ? NULL : &lx->sides[i];
}

void fl_lexicon_set_default_year(fl_lexicon *lx, int year)
{
	lx->default_year = year;
}

/* ---- matching ---------------------------------------------------------------------- */

/* Look every token's word up once; returns the roles of all the phrases they start (a
 * role missing there is in no phrase of the sentence). */
static unsigned bind_buckets(const fl_lexicon *lx, token *t, size_t n)
{
	unsigned all = 0;
	for (size_t i = 0; i < n; i++) {
		t[i].bk = find_bucket(lx, t[i].w, t[i].wl);
		t[i].any = t[i].bk ? t[i].bk->any : 0;
		all |= t[i].any;
	}
	/* the phrases of two words and more that go on with the next word's (its
	 * bucket's address), found once for every phrase kind looked for later */
	for (size_t i = 0; i < n; i++) {
		t[i].plo = t[i].phi = 0;
		const bucket *b = t[i].bk, *second = i + 1 < n ? t[i + 1].bk : NULL;
		if (!t[i].any || !second || !b->nmulti)
			continue;
		size_t lo = 0, hi = b->nmulti;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if ((uintptr_t)b->cand[mid].second < (uintptr_t)second)
				lo = mid + 1;
			else
				hi = mid;
		}
		size_t e = lo;
		while (e < b->nmulti && b->cand[e].second == second)
			e++;
		t[i].plo = (unsigned)lo;
		t[i].phi = (unsigned)e;
	}
	return all;
}

/* What a phrase is looked for as: a mask of its roles and B_* (entry_mask). */
enum {
	NEED_EVENT = B_VERB | R_NONCONTROL,	/* a control verb or a non-control phrase */
	NEED_ACTOR = B_ACTOR | R_SPEAKER,	/* an actor or a speaker */
	NEED_SOURCE = B_SOURCE,			/* a source of claims */
};

/* The longest phrase starting at token i with a role or kind in need; its length in
 * *len. */
static const entry *match_at(const fl_lexicon *lx, const token *t, size_t n, size_t i,
			     unsigned need, size_t *len)
{
	*len = 0;
	if (i >= n || !(t[i].any & need))
		return NULL;
	const bucket *b = t[i].bk;
	/* the phrases of two words and more going on with the next word (bind_buckets) */
	for (size_t k = t[i].plo; k < t[i].phi; k++) {
		const phrase_ref *c = &b->cand[k];
		if (!(c->mask & need) || c->ntok > n - i)
			continue;
		const entry *e = &lx->entries[c->e];
		bool ok = true;
		for (size_t q = 2; q < e->ntok && ok; q++)
			ok = e->tokb[q] == t[i + q].bk;
		if (ok) {
			*len = e->ntok;
			return e;
		}
	}
	/* the word alone (a phrase is there once: the same phrase again merges) */
	for (size_t k = b->nmulti; k < b->n; k++)
		if (b->cand[k].mask & need) {
			*len = 1;
			return &lx->entries[b->cand[k].e];
		}
	return NULL;
}

static inline size_t role_len(const fl_lexicon *lx, const token *t, size_t n, size_t i,
			       unsigned role)
{
	/* most tokens start no phrase with the role: say so before the call */
	if (i >= n || !(t[i].any & role))
		return 0;
	size_t len;
	match_at(lx, t, n, i, role, &len);
	return len;
}

typedef struct match {
	size_t a, b;		/* token range [a, b) */
	const entry *e;
} match;

typedef struct matches {
	match *m;
	size_t n, cap;
} matches;

/* Index of the first match starting at or after token i (matches are in text order
 * and do not overlap); n if none. */
static size_t first_at_or_after(const matches *ms, size_t i)
{
	size_t lo = 0, hi = ms->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (ms->m[mid].a < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The sentence's event, actor and source phrases (NEED_EVENT, NEED_ACTOR, NEED_SOURCE),
 * each kind as non-overlapping longest matches left to right, in one pass. */
static fl_status scan_matches(const fl_lexicon *lx, const token *t, size_t n, matches *ev,
			      matches *act, matches *src)
{
	static const unsigned need[3] = { NEED_EVENT, NEED_ACTOR, NEED_SOURCE };
	matches *out[3] = { ev, act, src };
	size_t next[3] = { 0, 0, 0 };	/* each kind's matches so far end here */
	for (int k = 0; k < 3; k++)
		if (out[k])
			out[k]->n = 0;
	for (size_t i = 0; i < n; i++) {
		if (t[i].punct || !(t[i].any & (NEED_EVENT | NEED_ACTOR | NEED_SOURCE)))
			continue;
		for (int k = 0; k < 3; k++) {
			size_t len;
			const entry *e;
			if (!out[k] || i < next[k] || !(e = match_at(lx, t, n, i, need[k], &len)))
				continue;
			matches *ms = out[k];
			if (fl_grow((void **)&ms->m, &ms->cap, ms->n, 1, sizeof *ms->m) != FL_OK)
				return FL_ENOMEM;
			ms->m[ms->n++] = (match){ i, i + len, e };
			next[k] = i + len;
		}
	}
	return FL_OK;
}

static bool has_role(const fl_lexicon *lx, const token *t, size_t n, unsigned role)
{
	for (size_t i = 0; i < n; i++)
		if (role_len(lx, t, n, i, role))
			return true;
	return false;
}

/* ---- the extractor ------------------------------------------------------------------- */

typedef struct attribution {
	char text[160];		/* as written, or "<outlet> correspondent" */
	char side[24];
	bool set;
} attribution;

#define MAX_OBJ 32
#define NCOLLECTIVE 9	/* the nouns of collectives[] */

typedef struct ctx {
	const fl_lexicon *lx;
	const fl_gazetteer *gz;
	const fl_article *a;
	const char *v;		/* the article as it is read (fl_article_view) */
	const fl_mentions *m;
	fl_claims *out;
	tokbuf tb;
	unsigned roles;		/* bind_buckets() of the sentence's tokens */
	matches ev, act, src;
	size_t *cuts;
	size_t ncuts, capcuts;
	const fl_mention **sm;	/* the sentence's mentions */
	size_t nsm, capsm;
	attribution outlet, last_attr;
	int house;		/* the side whose page it is (its header names it), or -1 */
	int guest;		/* an interview's: the first side the article names before its
				 * first question ("He commands a battalion of the Military
				 * Operations Command"), -1 none yet */
	bool asked;		/* a question ("Q:") has been read */
	size_t lead_at;		/* a list's lead line (list_item), SIZE_MAX none yet */
	int lead_side;		/* the side it names, -1 none */
	bool lead_capture;	/* it says they took them ("were taken by"), not holds */
	size_t last_attr_para;
	int carry_actor;	/* side index of the paragraph's last subject, -1 */
	/* the sides the paragraph's sentences before this one name, the latest first,
	 * with the sentence that names them */
	struct {
		int side;
		size_t ss, se;
	} para_sides[4];
	size_t npara_sides;
	bool carry_taker;	/* ... and it took or held a place in its sentence */
	char carry_actor_text[96];
	int prev_actor;		/* the last paragraph's last subject, for a "they" opening */
	char prev_actor_text[96];	/* this one */
	size_t carry_para;
	fl_date para_date, para_date_end;
	char para_prec[8];
	size_t date_para;
	fl_date pub;		/* publication date, with a yearless dateline completed */
	fl_date day_one;	/* the offensive's first day, for "on day four" (0: not looked) */
	bool year_on;		/* the page tells of a time a year before it ("last year", "a
				 * year ago"): its yearless days after the publication are of
				 * the year before */
	fl_date_expr dx[16];	/* the sentence's date expressions, resolved */
	size_t ndx;
	bool dx_done;		/* dx is for this sentence (found when first needed) */
	size_t gains[32];	/* capture claims so far by holder side */
	int last_gain;		/* the side of the latest of them, -1 */
	size_t para_start;	/* byte offset of the paragraph's first sentence */
	size_t para_first;	/* index of the paragraph's first sentence */
	size_t si;		/* the sentence being read */
	size_t para_si;		/* para_date is for this sentence ((size_t)-1 none) */
	const fl_mention *last_obj;	/* the last place a verb of this sentence took, NULL */
	const fl_mention *para_obj;	/* ... of this paragraph, NULL */
	size_t verb_claims[64];		/* the claims of this sentence before its k-th event */
	const fl_mention *section;	/* the place the heading above names ("DEIR EZ-ZOR" over
					 * a factbox's section), NULL */
	const entry *collective[NCOLLECTIVE];	/* the actor "the coalition" (etc.) stands for */
	const entry *named_subject;	/* the last side named by its name as a subject ("HTS"),
					 * in the paragraph named_para */
	size_t named_para;
	const entry *terror_ref;	/* the actor last called a terrorist group by name */
	const entry *head_ref[3];	/* the actor "the factions" (etc.) stands for */
	size_t head_para[3];		/* in this paragraph */
	struct acronym {
		char text[16];		/* as written, capitals: "IS", "SFA"; or "Command" */
		const entry *e;		/* the actor it was written after */
		bool head;		/* its last word, said after "the": "the Command" */
	} acro[12];			/* "Islamic State (IS)": the article's own short names */
	size_t nacro;
	size_t *paged;		/* claims dated by the page for want of a day of their own */
	size_t npaged, cappaged;
	size_t *expanded;	/* claims given to each place of a governorate taken whole */
	size_t nexp, capexp;
	struct guess {		/* withdrawals whose new holder is a guess: the claim, the */
		size_t claim;	/* side that left */
		int from;
	} *guessed;
	size_t nguess, capguess;
	fl_mention synth[8];	/* roads found by their code ("M5") when geoparse had none */
	size_t nsynth;
	size_t aside_at[4];	/* days set off after "and" in a list (their places' own) */
	size_t naside;
	struct sent_date *sdate;	/* per sentence: its last usable date, found once */
	size_t first_claim;	/* this article's claims are out->items[first_claim...] */
	struct adm_ref *adm;	/* mentions by governorate (built when first needed) */
	size_t nadm;
	bool adm_built;
} ctx;

/* A mention's place by its governorate code, to find the places of a governorate the
 * article names without going over every mention for every province claim. */
typedef struct adm_ref {
	const char *admin1;
	uint64_t key;		/* admin1_key(admin1): compares as the code does */
	const fl_place *place;
	size_t q;		/* index into the mentions: the place's first */
} adm_ref;

/* A governorate code's first eight bytes, big-endian and zero-padded: two keys compare
 * as strcmp() compares the codes' first eight bytes. */
static uint64_t admin1_key(const char *s)
{
	uint64_t k = 0;
	size_t i = 0;
	for (; i < 8 && s[i]; i++)
		k = k << 8 | (unsigned char)s[i];
	return k << (8 * (8 - i));
}

/* Governorate codes in strcmp() order, by key first. */
static int admin1_cmp(const adm_ref *x, uint64_t key, const char *admin1)
{
	if (x->key != key)
		return x->key < key ? -1 : 1;
	return x->admin1[0] && strlen(x->admin1) >= 8 ? strcmp(x->admin1, admin1) : 0;
}

/* By governorate, then text order. */
static int adm_cmp(const void *a, const void *b)
{
	const adm_ref *x = a, *y = b;
	int c = admin1_cmp(x, y->key, y->admin1);
	return c ? c : (x->q > y->q) - (x->q < y->q);
}

/* By place (its address), then text order: a place's first mention first. */
static int adm_place_cmp(const void *a, const void *b)
{
	const adm_ref *x = a, *y = b;
	if (x->place != y->place)
		return (uintptr_t)x->place < (uintptr_t)y->place ? -1 : 1;
	return (x->q > y->q) - (x->q < y->q);
}

/* The places in governorate admin1 the article names, each by its first mention, in
 * text order: *first is the first of them in c->adm, the count is returned (SIZE_MAX
 * out of memory). A place named again adds nothing: its claim is already made. */
static size_t adm_range(ctx *c, const char *admin1, size_t *first)
{
	if (!c->adm_built) {
		c->adm_built = true;
		size_t n = c->m ? c->m->count : 0;
		c->adm = malloc((n ? n : 1) * sizeof *c->adm);
		if (!c->adm)
			return SIZE_MAX;
		for (size_t q = 0; q < n; q++) {
			const fl_place *pp = c->m->items[q].place;
			if (pp && pp->admin1[0])
				c->adm[c->nadm++] = (adm_ref){ pp->admin1, admin1_key(pp->admin1), pp, q };
		}
		qsort(c->adm, c->nadm, sizeof *c->adm, adm_place_cmp);
		size_t u = 0;
		for (size_t r = 0; r < c->nadm; r++)
			if (!u || c->adm[u - 1].place != c->adm[r].place)
				c->adm[u++] = c->adm[r];
		c->nadm = u;
		qsort(c->adm, c->nadm, sizeof *c->adm, adm_cmp);
	}
	if (!c->adm)
		return SIZE_MAX;
	uint64_t key = admin1_key(admin1);
	size_t lo = 0, hi = c->nadm;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (admin1_cmp(&c->adm[mid], key, admin1) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t e = lo;
	while (e < c->nadm && admin1_cmp(&c->adm[e], key, admin1) == 0)
		e++;
	*first = lo;
	return e - lo;
}

/* The last date of a sentence that can date a later one (not future, not a month):
 * each sentence is scanned for dates at most once per article. */
typedef struct sent_date {
	bool known;		/* looked up already */
	fl_date date, date_end;	/* FL_DATE_NONE: the sentence has none */
	char prec[8];
} sent_date;

/* snprintf(dst, cap, "%s", src) without the formatting machinery. */
static void copy_field(char *dst, size_t cap, const char *src)
{
	size_t n = strlen(src);
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, src, n);
	dst[n] = 0;
}

static void span_text(const fl_article *a, size_t s, size_t e, char *buf, size_t cap)
{
	if (a->html) {
		char *w = fl_article_words(a, s, e);
		copy_field(buf, cap, w ? w : "");
		free(w);
		return;
	}
	size_t n = e - s < cap - 1 ? e - s : cap - 1;
	memcpy(buf, a->text + s, n);
	buf[n] = 0;
}

/* The attribution of the current sentence; falls back to the outlet. */
static void find_attribution(ctx *c, const token *t, size_t n, size_t para, attribution *at)
{
	const fl_lexicon *lx = c->lx;
	memset(at, 0, sizeof *at);
	/* "our correspondent" speaks for the outlet */
	for (size_t i = 0; (c->roles & R_CORRESP) && i < n; i++) {
		size_t len = role_len(lx, t, n, i, R_CORRESP);
		if (len) {
			if (c->outlet.set) {
				snprintf(at->text, sizeof at->text, "%.120s correspondent", c->outlet.text);
				strcpy(at->side, c->outlet.side);
			} else {
				span_text(c->a, t[i].s, t[i + len - 1].e, at->text, sizeof at->text);
			}
			at->set = true;
			break;
		}
	}
	/* speakers first ("SANA", "a military source"), one with a speech verb beside it
	 * before one without ("BEIRUT (Reuters) - ..., a military source said"); names
	 * that are also actors ("HTS", "the SDF") only with a speech verb right after them */
	for (int pass = 0; pass < 3 && !at->set; pass++) {
		for (size_t k = 0; !at->set && k < c->src.n; k++) {
			const match *mt = &c->src.m[k];
			const source_def *sd = &lx->sources[mt->e->source];
			if (sd->is_actor != (pass == 2))
				continue;
			if (pass == 0) {
				bool cue = mt->a >= 2 && role_len(lx, t, n, mt->a - 2, R_CUE) == 2;
				for (size_t i = mt->b; i < n && i <= mt->b + 3 && !cue; i++)
					cue = role_len(lx, t, n, i, R_CUE) > 0;
				if (!cue)
					continue;
			}
			/* a recipient ("told SANA", "confirmed to SANA") is not the speaker */
			if (mt->a > 0 && role_len(lx, t, n, mt->a - 1, R_RECIPIENT))
				continue;
			if (mt->a > 1 && role_len(lx, t, n, mt->a - 2, R_RECIPIENT) == 2)
				continue;
			if (sd->is_actor) {
				bool cue = mt->a >= 2 && role_len(lx, t, n, mt->a - 2, R_CUE) == 2;
				for (size_t i = mt->b; i < n && i <= mt->b + 3 && !cue; i++)
					cue = role_len(lx, t, n, i, R_CUE) > 0;
				if (!cue)
					continue;
			}
			size_t e = t[mt->b - 1].e;
			/* "Al Mayadeen's correspondent" */
			if (mt->b + 1 < n && TOK_IS(&t[mt->b], "'s") &&
			    (TOK_IS(&t[mt->b + 1], "correspondent") || TOK_IS(&t[mt->b + 1], "correspondents")))
				e = t[mt->b + 1].e;
			else if (mt->b < n && (TOK_IS(&t[mt->b], "correspondent") ||
					       TOK_IS(&t[mt->b], "correspondents")))
				e = t[mt->b].e;
			span_text(c->a, t[mt->a].s, e, at->text, sizeof at->text);
			strcpy(at->side, sd->side);
			at->set = true;
		}
	}
	if (!at->set && c->last_attr.set && para <= c->last_attr_para + 1 &&
	    (c->roles & R_CARRY) && has_role(lx, t, n, R_CARRY)) {
		*at = c->last_attr;
	}
	if (at->set) {
		c->last_attr = *at;
		c->last_attr_para = para;
		return;
	}
	if (c->outlet.set)
		*at = c->outlet;
}

/* The outlet: the first source named in the page header or the start of the body. */
static void find_outlet(ctx *c)
{
	const fl_article *a = c->a;
	size_t end = a->header_end;
	if (a->nsentences && a->sentences[0].start < end + 200) {
		size_t e0 = a->sentences[0].start + 50;
		if (e0 > a->sentences[0].end)
			e0 = a->sentences[0].end;
		if (e0 > end)
			end = e0;
	}
	if (end > 64 * 1024)
		end = 64 * 1024;
	if (tokenize(&c->tb, c->v, 0, end, NULL, 0) != FL_OK)
		return;
	bind_buckets(c->lx, c->tb.t, c->tb.n);
	if (scan_matches(c->lx, c->tb.t, c->tb.n, NULL, &c->act, &c->src) != FL_OK)
		return;
	/* whose page it is when no outlet speaks ("Statement of the General Command of
	 * the Syrian Democratic Forces"): "our forces" in it are theirs */
	/* (not a side it calls by its enemies' name: "BREAKING: Assad's army admits losing
	 * Hama" over an opposition channel's "our forces storm the city") */
	c->house = -1;
	int named = -1;	/* the first side named so, whose enemy the page then is */
	for (size_t k = 0; k < c->act.n && c->house < 0; k++)
		if (!(c->act.m[k].e->roles & R_EXONYM))
			c->house = c->act.m[k].e->actor;
		else if (named < 0)
			named = c->act.m[k].e->actor;
	if (c->house < 0 && named >= 0 && c->lx->sides[named].opponent)
		c->house = side_index(c->lx, c->lx->sides[named].opponent);
	for (size_t k = 0; k < c->src.n; k++) {
		const source_def *sd = &c->lx->sources[c->src.m[k].e->source];
		if (sd->is_actor)
			continue;
		copy_field(c->outlet.text, sizeof c->outlet.text, sd->name);
		strcpy(c->outlet.side, sd->side);
		c->outlet.set = true;
		return;
	}
}

/* A word for the members of a named side, before "of" ("the militias of Qasad", "the
 * fighters of the SDF", "thousands of"). */
static bool member_noun(const token *m)
{
	return TOK_IS(m, "militias") || TOK_IS(m, "factions") || TOK_IS(m, "fighters") ||
	       TOK_IS(m, "forces") || TOK_IS(m, "units") || TOK_IS(m, "troops") ||
	       TOK_IS(m, "members") || TOK_IS(m, "elements") || TOK_IS(m, "brigades") ||
	       TOK_IS(m, "vanguards") || TOK_IS(m, "groups") || TOK_IS(m, "heroes") ||
	       TOK_IS(m, "soldiers") || TOK_IS(m, "men") || TOK_IS(m, "personnel") ||
	       TOK_IS(m, "numbers") || TOK_IS(m, "dozens") || TOK_IS(m, "hundreds") ||
	       TOK_IS(m, "thousands");
}

/* Actor match k of am, or when it is a one-word member noun before "of (the)" and a
 * named side ("the fighters of the SDF", "militias of the regime", "the factions of the
 * so-called "Syrian National Army""), that side's match. */
static size_t members_of(const matches *am, const token *t, size_t n, size_t k)
{
	size_t o = am->m[k].b;
	if (am->m[k].b - am->m[k].a != 1 || !member_noun(&t[am->m[k].a]) || o + 1 >= n || !TOK_IS(&t[o], "of"))
		return k;
	o++;
	for (size_t s = 0; s < 3 && o + 1 < n; s++, o++)
		if (!(TOK_IS(&t[o], "the") || TOK_IS(&t[o], "so-called") ||
		      (t[o].punct && (t[o].w[0] == '"' || (unsigned char)t[o].w[0] == 0xe2))))
			break;
	size_t x = first_at_or_after(am, o);
	return x < am->n && am->m[x].a == o && am->m[x].e->actor >= 0 ? x : k;
}

/* A word for one person or a few sent somewhere ("the chief of staff", "the minister",
 * "a delegation"), not for armed men. */
static bool person_noun(const token *w)
{
	static const char *const p[] = { "chief", "staff", "commander", "minister", "president", "delegation",
					 "envoy", "official", "officials", "spokesman", "general", "governor",
					 "leader", "team", "reporter", "correspondent", "journalists",
					 "inspectors", "delegates", "ambassador", NULL };
	for (const char *const *q = p; *q; q++)
		if (w->wl == strlen(*q) && memcmp(w->w, *q, w->wl) == 0)
			return true;
	return false;
}

/* Is the token before t[i] (one or two tokens) an object cue ("repelled", "with")? */
static bool object_cued(const fl_lexicon *lx, const token *t, size_t n, size_t i)
{
	/* "the militias of Qasad", "the factions of the National Army": members of
	 * the named actor, which acts */
	size_t of = i >= 1 && TOK_IS(&t[i - 1], "of") ? i - 1
		    : i >= 2 && TOK_IS(&t[i - 1], "the") && TOK_IS(&t[i - 2], "of") ? i - 2 : 0;
	if (of >= 1 && member_noun(&t[of - 1]))
		return false;
	/* "the ceasefire between Israel and Hizbullah took effect": neither side acts */
	size_t j = i >= 1 && TOK_IS(&t[i - 1], "the") ? i - 1 : i;
	if (j >= 1 && TOK_IS(&t[j - 1], "between"))
		return true;
	if (j >= 3 && TOK_IS(&t[j - 1], "and"))
		for (size_t q = j - 2; q-- > 0 && q + 8 > j;) {
			if (t[q].punct || TOK_IS(&t[q], "and"))
				break;
			if (TOK_IS(&t[q], "between"))
				return true;
		}
	/* "against the Kurdish-led Syrian Democratic Forces (SDF)": the letters in
	 * brackets after a name, and the name after a describing word, are as cued as
	 * the name */
	size_t h = i;
	if (h >= 1 && TOK_IS(&t[h - 1], "(")) {
		h--;
		while (h > 0 && i - h < 8 && !t[h - 1].punct && !TOK_IS(&t[h - 1], "the") &&
		       !role_len(lx, t, n, h - 1, R_OBJCUE))
			h--;
	}
	while (h > 0 && !t[h - 1].punct &&
	       ((t[h - 1].wl > 4 && memcmp(t[h - 1].w + t[h - 1].wl - 4, "-led", 4) == 0) ||
		(t[h - 1].wl > 7 && memcmp(t[h - 1].w + t[h - 1].wl - 7, "-backed", 7) == 0)))
		h--;
	if (h < i && h > 0)
		return object_cued(lx, t, n, h);
	if (i >= 1 && role_len(lx, t, n, i - 1, R_OBJCUE) == 1)
		return true;
	if (i >= 2 && role_len(lx, t, n, i - 2, R_OBJCUE) == 2)
		return true;
	/* "repelled the terrorists" */
	if (i >= 2 && TOK_IS(&t[i - 1], "the") && role_len(lx, t, n, i - 2, R_OBJCUE) == 1)
		return true;
	return false;
}

typedef struct actor_pick {
	int side;		/* side index, -1 none */
	bool speaker;
	size_t a, b;		/* token range */
	bool found;
	bool gainer;		/* of a loss: the side it went to ("the loss of X to the SNA") */
} actor_pick;

/* Is the actor at token a the one backing the subject: "backed by (the) X", "with
 * the support of X", "supported by X"? */
static bool backing(const token *t, size_t a)
{
	size_t q = a;
	if (q > 0 && TOK_IS(&t[q - 1], "the"))
		q--;
	/* "backed by about 900 US troops", "supported by some of the" */
	for (int k = 0; k < 4 && q > 1; k++) {
		const token *w = &t[q - 1];
		if (!(isdigit((unsigned char)w->w[0]) || TOK_IS(w, "about") || TOK_IS(w, "some") ||
		      TOK_IS(w, "around") || TOK_IS(w, "nearly") || TOK_IS(w, "roughly") ||
		      TOK_IS(w, "hundreds") || TOK_IS(w, "thousands") || TOK_IS(w, "of") ||
		      TOK_IS(w, "dozens") || TOK_IS(w, "several")))
			break;
		q--;
	}
	if (q >= 2 && TOK_IS(&t[q - 1], "by"))
		return TOK_IS(&t[q - 2], "backed") || TOK_IS(&t[q - 2], "supported") ||
		       TOK_IS(&t[q - 2], "aided") || TOK_IS(&t[q - 2], "assisted") ||
		       TOK_IS(&t[q - 2], "helped") || TOK_IS(&t[q - 2], "covered") ||
		       TOK_IS(&t[q - 2], "escorted") || TOK_IS(&t[q - 2], "accompanied");
	if (q >= 3 && TOK_IS(&t[q - 1], "of") && TOK_IS(&t[q - 2], "support"))
		return true;	/* "with the support of X", "with air support of X" */
	/* "backed by Russian air power and Iranian-backed fighters": the second of
	 * those backing */
	if (q > 0 && t[q - 1].wl > 7 && !t[q - 1].punct &&
	    memcmp(t[q - 1].w + t[q - 1].wl - 7, "-backed", 7) == 0)
		q--;
	if (q >= 3 && TOK_IS(&t[q - 1], "and"))
		for (size_t r = q - 1; r-- > 1 && q - r < 8 && !t[r].punct;)
			if (TOK_IS(&t[r], "by") && (TOK_IS(&t[r - 1], "backed") || TOK_IS(&t[r - 1], "supported")))
				return true;
	return false;
}

static bool is_weekday(const token *w)
{
	return TOK_IS(w, "monday") || TOK_IS(w, "tuesday") || TOK_IS(w, "wednesday") ||
	       TOK_IS(w, "thursday") || TOK_IS(w, "friday") || TOK_IS(w, "saturday") ||
	       TOK_IS(w, "sunday");
}

/* A verb of saying ("said", "says", "insists", "announced") */
static bool saying(const token *w)
{
	return TOK_IS(w, "said") || TOK_IS(w, "says") || TOK_IS(w, "announced") || TOK_IS(w, "stated") ||
	       TOK_IS(w, "confirmed") || TOK_IS(w, "claimed") || TOK_IS(w, "reported") ||
	       TOK_IS(w, "insists") || TOK_IS(w, "insisted") || TOK_IS(w, "added") || TOK_IS(w, "stressed");
}

/* A mark that parts two headlines or clauses ("Fall of the regime | Factions enter
 * Damascus"): nothing reads across it as one name. */
static bool separator(const token *t)
{
	return t->punct && t->wl == 1 && strchr("|;:.!?", t->w[0]) != NULL;
}

/* A verb of sending troops: "sends", "deployed", "dispatched", "rushed". */
static bool sending(const token *t)
{
	static const char *const w[] = { "send", "sends", "sent", "deploy", "deploys", "deployed",
					 "dispatch", "dispatches", "dispatched", "rush", "rushes",
					 "rushed", NULL };
	for (const char *const *p = w; *p; p++)
		if (tok_is_n(t, *p, strlen(*p)))
			return true;
	return false;
}

/* Is the actor at [a, b) the subject of a relative clause (", which the regime had
 * turned into a base,") that a comma closes before the verb at va? */
static bool closed_relative(const token *t, size_t a, size_t b, size_t va)
{
	size_t r = a;
	while (r > 0 && a - r < 3 && !(TOK_IS(&t[r - 1], "which") || TOK_IS(&t[r - 1], "whom")))
		r--;
	if (r == 0 || !(TOK_IS(&t[r - 1], "which") || TOK_IS(&t[r - 1], "whom")) || r < 2 ||
	    !TOK_IS(&t[r - 2], ","))
		return false;
	for (size_t q = b; q < va; q++)
		if (TOK_IS(&t[q], ","))
			return true;
	return false;
}

/* Is actor match k of ms a one-word generic ("factions") right after a named one,
 * nothing or only a quote between ("SNA factions", "the "National Army" factions")?
 * It is the named one's then ("SDF / GoS" are two). */
static bool generic_after_named(const matches *ms, const token *t, size_t k)
{
	if (k == 0 || ms->m[k].b - ms->m[k].a != 1 || ms->m[k - 1].e->actor < 0)
		return false;
	size_t q = ms->m[k - 1].b;
	while (q < ms->m[k].a && t[q].punct && (t[q].w[0] == '"' || (unsigned char)t[q].w[0] == 0xe2))
		q++;
	return q == ms->m[k].a;
}

static actor_pick pick_actor(ctx *c, const token *t, size_t n, size_t va, size_t vb,
			     const verb_group *vg);
static bool armed_noun(const token *w);
static size_t skip_gap(const ctx *c, const verb_group *vg, const token *t, size_t n, size_t vb);

/* The actor of a noun phrase ("the capture of X"), or none found:
 *  - after the places, "by" or "to" (the group's word) and the actor: "the capture of
 *    Aleppo by HTS", "the fall of Hama to rebel fighters on Thursday" (a loss names
 *    the loser before it; who gained it is found near the verb, as for a withdrawal);
 *  - right before the phrase: "the rebel takeover of X", "HTS's capture of X";
 *  - the subject of a verb the phrase is the object of: "rebels completed the capture
 *    of X", "the battle began with the liberation of X", but not after a word of
 *    time ("the army shelled Idlib after the fall of Saraqib": the army did not take
 *    it). */
static bool is_copula(const token *w);

static actor_pick nominal_actor(ctx *c, const token *t, size_t n, size_t va, size_t vb,
				const verb_group *vg)
{
	actor_pick none = { -1, false, 0, 0, false, false };
	const matches *am = &c->act;
	/* (of a loss, "the loss of Tal Rifaat to the SNA", it is the one who gained) */
	bool loss = strcmp(vg->event, FL_EVENT_WITHDRAWAL) == 0;
	if (!loss || vg->nominal[0])
		for (size_t q = vb; q + 1 < n && q < vb + 24; q++) {
			if ((t[q].punct && strchr(".;:()", t[q].w[0])) || TOK_IS(&t[q], "which") ||
			    TOK_IS(&t[q], "that") || TOK_IS(&t[q], "who"))
				break;
			/* "hailed the fall of the city as a blow to "terrorists"": what it was
			 * to someone, not who took it */
			if (q > vb && (TOK_IS(&t[q], "as") || TOK_IS(&t[q], "blow") || TOK_IS(&t[q], "setback") ||
				       TOK_IS(&t[q], "boost")))
				break;
			/* "the fall of Hama was a blow to the government": the phrase is the
			 * subject of a verb after it, whose object the "to" is */
			if (q > vb && (is_copula(&t[q]) || TOK_IS(&t[q], "has") || TOK_IS(&t[q], "had") ||
				       TOK_IS(&t[q], "have") || TOK_IS(&t[q], "will") || TOK_IS(&t[q], "would")))
				break;
			size_t k = first_at_or_after(&c->ev, q);
			if (q > vb && k < c->ev.n && c->ev.m[k].a == q && c->ev.m[k].e->verb >= 0)
				break;	/* another verb's clause */
			if (!tok_is_n(&t[q], vg->nominal, strlen(vg->nominal)))
				continue;
			size_t r = q + 1 < n && TOK_IS(&t[q + 1], "the") ? q + 2 : q + 1;
			k = first_at_or_after(am, r);
			if (k < am->n && am->m[k].a == r && am->m[k].e->actor >= 0)
				return (actor_pick){ am->m[k].e->actor, (am->m[k].e->roles & R_SPEAKER) != 0,
						     am->m[k].a, am->m[k].b, true, loss };
		}
	size_t lim = first_at_or_after(am, va);
	if (lim > 0 && am->m[lim - 1].e->actor >= 0) {
		const match *mt = &am->m[lim - 1];
		size_t q = mt->b;
		while (q < va && (TOK_IS(&t[q], "'s") || TOK_IS(&t[q], "'") || TOK_IS(&t[q], "the")))
			q++;
		if (q == va)
			return (actor_pick){ mt->e->actor, (mt->e->roles & R_SPEAKER) != 0, mt->a, mt->b,
					     true, false };
	}
	size_t b = va;
	if (b > 0 && TOK_IS(&t[b - 1], "the"))
		b--;
	if (b == 0 || t[b - 1].punct)
		return none;	/* the phrase opens the clause: nobody before it acts */
	/* "..., and the fall of Rastan the next day left Homs exposed": so it does after
	 * a conjunction */
	if (TOK_IS(&t[b - 1], "and") || TOK_IS(&t[b - 1], "but") || TOK_IS(&t[b - 1], "while") ||
	    TOK_IS(&t[b - 1], "whereas"))
		return none;
	/* a time before or after the event, not its means ("began with the capture
	 * of X" is the subject's) */
	static const char *const preps[] = { "after", "since", "following", "before", "despite",
					     "amid", "until", "till", "upon", "during", "prior" };
	for (size_t i = 0; i < sizeof preps / sizeof preps[0]; i++)
		if (tok_is_n(&t[b - 1], preps[i], strlen(preps[i])))
			return none;
	verb_group plain = *vg;
	plain.nominal[0] = '\0';
	return pick_actor(c, t, n, va, vb, &plain);
}

/* Does a clause opening between tokens b and va ("after", "when", ...) have a subject
 * of its own, a word that is no pronoun right before the verb at va? */
static bool own_subject(const token *t, size_t b, size_t va)
{
	for (size_t q = b; q < va; q++) {
		if (!(TOK_IS(&t[q], "after") || TOK_IS(&t[q], "when") || TOK_IS(&t[q], "before") ||
		      TOK_IS(&t[q], "while") || TOK_IS(&t[q], "because") || TOK_IS(&t[q], "once") ||
		      TOK_IS(&t[q], "until")))
			continue;
		size_t e = va;
		while (e > q + 1 && (TOK_IS(&t[e - 1], "had") || TOK_IS(&t[e - 1], "has") ||
				     TOK_IS(&t[e - 1], "have") || TOK_IS(&t[e - 1], "was") ||
				     TOK_IS(&t[e - 1], "were") || TOK_IS(&t[e - 1], "also")))
			e--;
		if (e <= q + 1)
			return false;	/* "after seizing X": no subject */
		const token *w = &t[e - 1];
		if (w->punct || w->mention >= 0 || TOK_IS(w, "they") || TOK_IS(w, "it") || TOK_IS(w, "he") ||
		    TOK_IS(w, "she") || TOK_IS(w, "we") || TOK_IS(w, "its") || TOK_IS(w, "their"))
			return false;
		return e - q <= 4;	/* "after the Syrians", not a long clause */
	}
	return false;
}

/* Does the noun phrase after a possessive "'s" at token i (up to three words, before
 * token end) name the owner's men, voice or drive: "the army's units", "HTS's fighters",
 * "the opposition's military spokesman", "the army's General Command", "HTS's offensive
 * took Hama"? */
static bool owns_people(const token *t, size_t i, size_t end)
{
	static const char *const w[] = { "forces", "force", "troops", "fighters", "units", "soldiers",
					 "men", "militias", "militiamen", "brigades", "divisions",
					 "battalions", "factions", "columns", "convoys", "tanks", "own",
					 "spokesman", "spokesperson", "spokesmen", "commander", "commanders",
					 "command", "leader", "leaders", "leadership", "chief", "official",
					 "officials", "media", "wing", "allies", "partners", "operations",
					 "ministry", "office", "statement", "statements", "announcement",
					 "announcements", "communique", "offensive", "advance",
					 "assault", "push", "onslaught", "campaign", "counteroffensive",
					 "counter-offensive", "operation", "blitz", NULL };
	for (size_t q = i; q < end && q < i + 3 && !t[q].punct; q++)
		for (const char *const *p = w; *p; p++)
			if (t[q].wl == strlen(*p) && memcmp(t[q].w, *p, t[q].wl) == 0)
				return true;
	return false;
}

/* A word for a side's lines or posts after its name ("army lines", "regime
 * positions", "SDF checkpoints"): the name is no agent then. */
static bool side_things(const token *w)
{
	static const char *const things[] = { "lines", "line", "positions", "defences", "defenses",
					      "defensive", "checkpoints", "checkpoint", "posts", "outposts",
					      "fortifications", "barracks", "frontline", "frontlines", NULL };
	for (const char *const *p = things; *p; p++)
		if (w->wl == strlen(*p) && memcmp(w->w, *p, w->wl) == 0)
			return true;
	return false;
}

/* The side the sentences before were about: the paragraph's last subject, or on a
 * paragraph's first sentence the last paragraph's; -1 if none. */
static int paragraph_owner(const ctx *c)
{
	return c->carry_actor >= 0 ? c->carry_actor : c->si == c->para_first ? c->prev_actor : -1;
}

/* Does the token at a stand in a clause of time or reason that opens the sentence or
 * follows a comma ("as government troops pulled out of the east, ...")? */
static bool subordinate_before(const token *t, size_t a)
{
	for (size_t q = a; q-- > 0 && q + 8 > a;) {
		if (t[q].punct)
			return false;
		if ((TOK_IS(&t[q], "as") || TOK_IS(&t[q], "while") || TOK_IS(&t[q], "when") ||
		     TOK_IS(&t[q], "after") || TOK_IS(&t[q], "although") || TOK_IS(&t[q], "once")) &&
		    (q == 0 || t[q - 1].punct))
			return true;
	}
	return false;
}

static actor_pick pick_actor_of(ctx *c, const token *t, size_t n, size_t va, size_t vb,
				const verb_group *vg);

/* The verb's actor (pick_actor_of); but when its subject is "its enemies" or "their
 * opponents" ("the army's command admitted that its enemies had entered X"), the
 * opponent of the side the possessive stands for. */
static actor_pick pick_actor(ctx *c, const token *t, size_t n, size_t va, size_t vb,
			     const verb_group *vg)
{
	actor_pick p = pick_actor_of(c, t, n, va, vb, vg);
	size_t q = va;
	while (q > 0 && (TOK_IS(&t[q - 1], "had") || TOK_IS(&t[q - 1], "has") || TOK_IS(&t[q - 1], "have")))
		q--;
	if (p.found && p.side >= 0 && q >= 2 &&
	    (TOK_IS(&t[q - 1], "enemies") || TOK_IS(&t[q - 1], "enemy") || TOK_IS(&t[q - 1], "opponents") ||
	     TOK_IS(&t[q - 1], "foes") || TOK_IS(&t[q - 1], "adversaries")) &&
	    (TOK_IS(&t[q - 2], "its") || TOK_IS(&t[q - 2], "their") || TOK_IS(&t[q - 2], "his")) &&
	    p.b <= q - 2) {
		const char *opp = c->lx->sides[p.side].opponent;
		int o = opp && opp[0] ? side_index(c->lx, opp) : -1;
		if (o >= 0) {
			p.side = o;
			p.speaker = false;
			p.a = q - 2;
			p.b = q;
		}
	}
	return p;
}

static actor_pick pick_actor_of(ctx *c, const token *t, size_t n, size_t va, size_t vb,
				const verb_group *vg)
{
	actor_pick p = { -1, false, 0, 0, false, false };
	const matches *am = &c->act;
	/* "The SDF lost Deir ez-Zor to HTS on 11 December, five days after entering it":
	 * a trailing "(N days) after doing" has the main clause's subject */
	if (va >= 2 && t[va].wl > 4 && memcmp(t[va].w + t[va].wl - 3, "ing", 3) == 0 &&
	    TOK_IS(&t[va - 1], "after")) {
		size_t q = va - 1;
		while (q > 0 && va - q < 5 && !TOK_IS(&t[q - 1], ","))
			q--;
		/* (its clause's: the first side named after ", and" or ";" before it) */
		size_t cs = 0;
		for (size_t i = 0; i + 1 < q; i++)
			if ((t[i].punct && t[i].w[0] == ';') || (TOK_IS(&t[i], ",") && TOK_IS(&t[i + 1], "and")))
				cs = i + 1;
		if (q > 1 && TOK_IS(&t[q - 1], ","))
			for (size_t k = first_at_or_after(am, cs); k < am->n && am->m[k].a < q; k++)
				if (am->m[k].e->actor >= 0 && !(am->m[k].e->roles & R_SPEAKER) &&
				    !object_cued(c->lx, t, n, am->m[k].a))
					return (actor_pick){ am->m[k].e->actor, false, am->m[k].a, am->m[k].b, true, false };
	}
	if (vg->agent_gap) {
		/* "the withdrawal of army units from X": the actor between the noun and
		 * "from", else none */
		size_t end = skip_gap(c, vg, t, n, vb);
		for (size_t k = first_at_or_after(am, vb); k < am->n && am->m[k].b <= end; k++)
			if (am->m[k].e->actor >= 0)
				return (actor_pick){ am->m[k].e->actor, false, am->m[k].a, am->m[k].b, true, false };
		return p;
	}
	if (vg->agent_inside) {
		/* "were in opposition hands"; "in their hands": the subject before */
		for (size_t k = first_at_or_after(am, va); k < am->n && am->m[k].a < vb; k++)
			if (am->m[k].e->actor >= 0)
				return (actor_pick){ am->m[k].e->actor, false, am->m[k].a, am->m[k].b, true, false };
	} else if (vg->agent_after) {
		/* "had fallen to them": the side named before in the sentence, else the
		 * paragraph's subject */
		if (vb < n && TOK_IS(&t[vb], "them")) {
			for (size_t k = first_at_or_after(am, va); k-- > 0;)
				if (am->m[k].e->actor >= 0 && !(am->m[k].e->roles & R_SPEAKER) &&
				    !object_cued(c->lx, t, n, am->m[k].a))
					return (actor_pick){ am->m[k].e->actor, false, am->m[k].a, am->m[k].b, true, false };
			if (c->carry_actor >= 0)
				return (actor_pick){ c->carry_actor, false, vb, vb + 1, true, false };
		}
		for (size_t k = first_at_or_after(am, vb); k < am->n && am->m[k].a <= vb + 4; k++)
			if (am->m[k].a >= vb && am->m[k].a <= vb + 4) {
				k = members_of(am, t, n, k);
				p = (actor_pick){ am->m[k].e->actor, (am->m[k].e->roles & R_SPEAKER) != 0,
						  am->m[k].a, am->m[k].b, true, false };
				return p;
			}
		/* "under the protection of the Internal Security Forces (Asayish)": a name
		 * the actors lack, then the one they know in brackets */
		for (size_t q = vb; q < n && q < vb + 8 && !(t[q].punct && t[q].w[0] != '('); q++) {
			if (!TOK_IS(&t[q], "("))
				continue;
			size_t k = first_at_or_after(am, q + 1);
			if (k < am->n && am->m[k].a == q + 1 && am->m[k].e->actor >= 0)
				return (actor_pick){ am->m[k].e->actor, (am->m[k].e->roles & R_SPEAKER) != 0,
						     am->m[k].a, am->m[k].b, true, false };
			break;
		}
		return p;
	}
	if (vg->before && !vg->agent_inside) {
		/* "X was captured by the rebels", else the subject carried over */
		for (size_t k = first_at_or_after(am, vb); k < am->n && am->m[k].a <= vb + 6; k++)
			if (am->m[k].a >= vb && am->m[k].a <= vb + 6 && am->m[k].a > 0 &&
			    (TOK_IS(&t[am->m[k].a - 1], "by") ||
			     (am->m[k].a > 1 && TOK_IS(&t[am->m[k].a - 1], "the") &&
			      TOK_IS(&t[am->m[k].a - 2], "by")))) {
				k = members_of(am, t, n, k);
				p = (actor_pick){ am->m[k].e->actor, (am->m[k].e->roles & R_SPEAKER) != 0,
						  am->m[k].a, am->m[k].b, true, false };
				return p;
			}
		/* "Souran had been liberated on Tuesday, and Halfaya fell to the
		 * revolutionaries the same day": the agent of a later passive in the
		 * sentence */
		for (size_t k = first_at_or_after(am, vb); k < am->n; k++) {
			size_t q = am->m[k].a;
			if (q > 0 && TOK_IS(&t[q - 1], "the"))
				q--;
			if (am->m[k].e->actor < 0 || q <= vb)
				continue;
			/* the agent of a verb of the same event whose phrase ends right
			 * before it ("fell to", "was taken by") */
			for (size_t x = first_at_or_after(&c->ev, vb); x < c->ev.n && c->ev.m[x].a < q; x++) {
				const match *ev = &c->ev.m[x];
				if (ev->b == q && ev->e->verb >= 0 &&
				    strcmp(c->lx->verbs[ev->e->verb].event, vg->event) == 0)
					return (actor_pick){ am->m[k].e->actor, false, am->m[k].a,
							     am->m[k].b, true, false };
			}
		}
		return p;
	}
	if (vg->nominal[0])
		return nominal_actor(c, t, n, va, vb, vg);
	size_t lim = first_at_or_after(am, va);
	/* "the SNA drove the SDF out of X and said it had seized Y": "it" (or "they") as
	 * the verb's subject is the sentence's subject, its first actor not an object */
	size_t pr = va;
	while (pr > 0 && (TOK_IS(&t[pr - 1], "had") || TOK_IS(&t[pr - 1], "has") ||
			  TOK_IS(&t[pr - 1], "have") || TOK_IS(&t[pr - 1], "also")))
		pr--;
	bool rel = false;	/* "the army, which said it had ...": the nearest one, below */
	for (size_t q = 0; q < pr && !rel; q++)
		rel = TOK_IS(&t[q], "which") || TOK_IS(&t[q], "who");
	/* "the army announced it had redeployed": the speaker right before is "it" */
	if (pr >= 2 && (TOK_IS(&t[pr - 1], "it") || TOK_IS(&t[pr - 1], "they")) && lim > 0) {
		const match *sp = &am->m[lim - 1];
		size_t q = pr - 2;
		if (q > 0 && TOK_IS(&t[q], "that"))
			q--;
		/* ("the army said on Thursday that it had": past the day of the saying) */
		for (int w = 0; w < 3 && q > 0 && (is_weekday(&t[q]) || TOK_IS(&t[q], "on") ||
						    TOK_IS(&t[q], "late") || TOK_IS(&t[q], "early") ||
						    TOK_IS(&t[q], "yesterday") || TOK_IS(&t[q], "today")); w++)
			q--;
		bool says = TOK_IS(&t[q], "said") || TOK_IS(&t[q], "says") || TOK_IS(&t[q], "announced") ||
			    TOK_IS(&t[q], "stated") || TOK_IS(&t[q], "claimed") || TOK_IS(&t[q], "added") ||
			    TOK_IS(&t[q], "acknowledged") || TOK_IS(&t[q], "admitted") ||
			    TOK_IS(&t[q], "confirmed") || TOK_IS(&t[q], "announces") || TOK_IS(&t[q], "claims");
		/* ("rebels later said they had entered X": an adverb before the saying) */
		while (says && q > 1 && (TOK_IS(&t[q - 1], "later") || TOK_IS(&t[q - 1], "also") ||
					 TOK_IS(&t[q - 1], "earlier") || TOK_IS(&t[q - 1], "then") ||
					 TOK_IS(&t[q - 1], "separately") || TOK_IS(&t[q - 1], "subsequently") ||
					 TOK_IS(&t[q - 1], "themselves") || TOK_IS(&t[q - 1], "itself")))
			q--;
		/* ("rebel sources said on Monday that they had recaptured X": the side of
		 * the ones who say it, named before the word for them) */
		bool by = sp->b + 1 == q &&
			  (TOK_IS(&t[sp->b], "sources") || TOK_IS(&t[sp->b], "officials") ||
			   TOK_IS(&t[sp->b], "commanders") || TOK_IS(&t[sp->b], "officers") ||
			   TOK_IS(&t[sp->b], "leaders") || TOK_IS(&t[sp->b], "spokesmen") ||
			   TOK_IS(&t[sp->b], "media"));
		if (says && sp->e->actor >= 0 && (sp->b == q || by)) {
			/* ("SNA factions said they had taken X": the named one's factions) */
			if (generic_after_named(am, t, lim - 1))
				sp = &am->m[lim - 2];
			return (actor_pick){ sp->e->actor, (sp->e->roles & R_SPEAKER) != 0, sp->a, sp->b,
					     true, false };
		}
	}
	if (pr > 0 && !rel && (TOK_IS(&t[pr - 1], "it") || TOK_IS(&t[pr - 1], "they"))) {
		bool skipped = false;
		for (size_t k = 0; k < lim; k++) {
			const match *mt = &am->m[k];
			if (mt->e->actor < 0 || mt->b >= pr || object_cued(c->lx, t, n, mt->a))
				continue;
			/* "On Friday, as government troops pulled out of the east, it moved
			 * into X": the subject of a clause of time before the comma is not
			 * "it" */
			if (pr >= 2 && TOK_IS(&t[pr - 2], ",") && subordinate_before(t, mt->a)) {
				skipped = true;
				continue;
			}

			/* "Fighters of the Syrian Free Army said they had entered X" */
			if (k + 1 < lim && mt->b < n && TOK_IS(&t[mt->b], "of") && am->m[k + 1].e->actor >= 0 &&
			    am->m[k + 1].a <= mt->b + 3)
				mt = &am->m[k + 1];
			return (actor_pick){ mt->e->actor, (mt->e->roles & R_SPEAKER) != 0, mt->a, mt->b,
					     true, false };
		}
		/* ... then "it" is the one the sentences before were about */
		int owner = paragraph_owner(c);
		if (skipped && owner >= 0)
			return (actor_pick){ owner, false, pr - 1, pr, true, false };
	}
	/* "we are in contact with the forces that have entered X": the relative clause's
	 * subject is the noun before it, one that names no side ("SDF units that",
	 * "an army offensive that" name one) */
	if (pr >= 2 && (TOK_IS(&t[pr - 1], "that") || TOK_IS(&t[pr - 1], "who") || TOK_IS(&t[pr - 1], "which")) &&
	    !t[pr - 2].punct && !(lim > 0 && am->m[lim - 1].b + 3 >= pr))
		return p;
	for (size_t k = lim; k-- > 0 && k + 64 > lim;) {	/* the nearest 64 before */
		const match *mt = &am->m[k];
		if (mt->b > va)
			continue;
		/* "battles with the army, which said it had redeployed": the actor before
		 * ", which" is the subject of the clause the verb is in */
		bool relative = mt->b + 1 < va && t[mt->b].punct && t[mt->b].w[0] == ',' &&
				(TOK_IS(&t[mt->b + 1], "which") || TOK_IS(&t[mt->b + 1], "who"));
		if (backing(t, mt->a))
			continue;	/* "the SNA, backed by the Turkish army, took X" */
		/* "stunned the Assad government by seizing Aleppo": the object of the verb
		 * before "by" does not do the seizing */
		size_t ob = mt->a > 0 && TOK_IS(&t[mt->a - 1], "the") ? mt->a - 1 : mt->a;
		if (va >= 2 && mt->b + 1 == va && TOK_IS(&t[va - 1], "by") && ob > 0 && !t[ob - 1].punct &&
		    !TOK_IS(&t[ob - 1], "and"))
			continue;
		/* "had overrun the government's defensive belt, taking X": the owner of
		 * a thing is no agent (of its forces it is: "the army's units took X") */
		if (mt->b + 1 < va && TOK_IS(&t[mt->b], "'s") && !owns_people(t, mt->b + 1, va))
			continue;
		/* "the rebels broke through army lines ..., overrunning X": a side named
		 * before its lines or posts is what they broke through */
		if (mt->b + 1 < va && side_things(&t[mt->b]))
			continue;
		if (own_subject(t, mt->b, va))
			return p;	/* "the Kurds took the airport after the Syrians abandoned
					 * it": the clause has a subject of its own */
		if (closed_relative(t, mt->a, mt->b, va))
			continue;	/* "took X, which the regime had turned into a base, and
					 * then entered Y": not the relative clause's actor */
		/* "reports of rebel fighters entering Homs were false": the subject of a
		 * gerund after "reports of" */
		size_t ro = mt->a >= 3 && TOK_IS(&t[mt->a - 1], "the") ? mt->a - 1 : mt->a;	/* "of the" */
		bool reports_of = mt->b == va && ro >= 2 && TOK_IS(&t[ro - 1], "of") &&
				  (TOK_IS(&t[ro - 2], "reports") || TOK_IS(&t[ro - 2], "claims") ||
				   TOK_IS(&t[ro - 2], "rumours") || TOK_IS(&t[ro - 2], "rumors") ||
				   TOK_IS(&t[ro - 2], "footage") || TOK_IS(&t[ro - 2], "videos") ||
				   TOK_IS(&t[ro - 2], "images"));
		if (!relative && !reports_of && object_cued(c->lx, t, n, mt->a)) {
			/* "Fighters of the Syrian National Army entered X": a generic actor
			 * word, then "of (the)" and a named one; the named one acts */
			size_t of = mt->a >= 1 && TOK_IS(&t[mt->a - 1], "of")	? mt->a - 1
				    : mt->a >= 2 && TOK_IS(&t[mt->a - 1], "the") &&
						      TOK_IS(&t[mt->a - 2], "of") ? mt->a - 2
										  : 0;
			if (!(of && k > 0 && am->m[k - 1].b == of && am->m[k - 1].e->actor >= 0 &&
			      mt->e->actor >= 0))
				continue;
		}
		/* "SNA factions", "Syrian National Army (SNA) fighters": a one-word
		 * generic actor right after a named one is the named one's; so is
		 * one after "its" or "their" ("the SNA launched an operation, and by
		 * evening its fighters had entered X") */
		if (mt->b - mt->a == 1 && k > 0 && am->m[k - 1].e->actor >= 0) {
			size_t q = am->m[k - 1].b;
			while (q < mt->a && t[q].punct && !separator(&t[q]))
				q++;
			/* ("Hezbollah, whose fighters led the recapture of Qusayr": the same) */
			bool poss = mt->a > 0 && (TOK_IS(&t[mt->a - 1], "its") || TOK_IS(&t[mt->a - 1], "their") ||
						  TOK_IS(&t[mt->a - 1], "whose"));
			/* "The IDF said troops had taken X": the speaker's own troops */
			bool own = TOK_IS(&t[mt->a], "troops") || TOK_IS(&t[mt->a], "forces") ||
				   TOK_IS(&t[mt->a], "soldiers") || TOK_IS(&t[mt->a], "units");
			while (own && q < mt->a &&
			       ((t[q].punct && !separator(&t[q])) || TOK_IS(&t[q], "said") || TOK_IS(&t[q], "says") ||
				TOK_IS(&t[q], "confirmed") || TOK_IS(&t[q], "announced") ||
				TOK_IS(&t[q], "stated") || TOK_IS(&t[q], "that") || TOK_IS(&t[q], "the") ||
				TOK_IS(&t[q], "its") || TOK_IS(&t[q], "their") || TOK_IS(&t[q], "earlier") ||
				TOK_IS(&t[q], "on") || TOK_IS(&t[q], "today") || TOK_IS(&t[q], "yesterday") ||
				is_weekday(&t[q]) ||
				/* "Israel sends troops into the buffer zone and takes X": the
				 * troops it sends are its own */
				sending(&t[q]) || TOK_IS(&t[q], "more") || TOK_IS(&t[q], "additional")))
				q++;
			if (q == mt->a) {
				mt = &am->m[k - 1];
			} else if (poss) {	/* the last named one that is not an object */
				for (size_t k2 = k; k2-- > 0;)
					if (am->m[k2].e->actor >= 0 && !object_cued(c->lx, t, n, am->m[k2].a)) {
						mt = &am->m[k2];
						break;
					}
			}
		}
		/* "Israel, too, moved fast. On Sunday its troops took ...": the troops of
		 * the side the sentence before was about */
		/* (a paragraph, or a bullet, that opens on "its fighters": the last one's) */
		int owner = paragraph_owner(c);
		if (mt->b - mt->a == 1 && mt->a > 0 && owner >= 0 &&
		    (TOK_IS(&t[mt->a - 1], "its") || TOK_IS(&t[mt->a - 1], "their")) &&
		    (k == 0 || am->m[k - 1].e->actor < 0) && armed_noun(&t[mt->a])) {
			p = (actor_pick){ owner, false, mt->a, mt->b, true, false };
			return p;
		}
		/* "Israeli troops were digging in on the Hermon. || On Sunday, troops took
		 * the army post on the summit": bare "troops" are the foreign army the
		 * story has just named, not the Syrian army */
		if (mt->b - mt->a == 1 && (TOK_IS(&t[mt->a], "troops") || TOK_IS(&t[mt->a], "soldiers")) &&
		    (mt->a == 0 || t[mt->a - 1].punct || TOK_IS(&t[mt->a - 1], "the")) &&
		    (k == 0 || am->m[k - 1].e->actor < 0)) {
			int last = c->carry_actor >= 0 ? c->carry_actor : c->prev_actor;
			if (last >= 0 && last != mt->e->actor && strcmp(c->lx->sides[last].id, "other") == 0)
				return (actor_pick){ last, false, mt->a, mt->b, true, false };
		}
		p = (actor_pick){ mt->e->actor, (mt->e->roles & R_SPEAKER) != 0, mt->a, mt->b, true, false };
		return p;
	}
	/* "After seizing Hama on Thursday, rebels pushed south": the subject of the main
	 * clause after the comma */
	if (va >= 1 && (va == 1 || t[va - 2].punct) &&
	    (TOK_IS(&t[va - 1], "after") || TOK_IS(&t[va - 1], "having") || TOK_IS(&t[va - 1], "upon") ||
	     TOK_IS(&t[va - 1], "following") || TOK_IS(&t[va - 1], "since"))) {
		/* (past a phrase set off by commas: "Having taken Aleppo at the weekend, in
		 * an offensive that began eight days ago, the rebels now hold ...") */
		size_t q = vb;
		for (int commas = 0; commas < 3 && q < n; commas++, q++) {
			while (q < n && q < vb + 40 && !(t[q].punct && t[q].w[0] == ','))
				q++;
			size_t k = first_at_or_after(am, q);
			if (q < n && k < am->n && am->m[k].a <= q + 3 && am->m[k].e->actor >= 0)
				return (actor_pick){ am->m[k].e->actor, (am->m[k].e->roles & R_SPEAKER) != 0,
						     am->m[k].a, am->m[k].b, true, false };
		}
	}
	return p;
}

/* The sentence's mention that starts at token i, or NULL. */
static const fl_mention *mention_at(const ctx *c, const token *t, size_t i)
{
	if (t[i].mention < 0)
		return NULL;
	if (i > 0 && t[i - 1].mention == t[i].mention)
		return NULL;
	return c->sm[t[i].mention];
}

static size_t mention_end_tok(const token *t, size_t n, size_t i)
{
	size_t j = i;
	while (j < n && t[j].mention == t[i].mention)
		j++;
	return j;
}

static bool is_event_start(const ctx *c, size_t i)
{
	size_t k = first_at_or_after(&c->ev, i);
	return k < c->ev.n && c->ev.m[k].a == i;
}

static bool is_event_start(const ctx *c, size_t i);

typedef struct object {
	const fl_mention *m;
	size_t a, b;		/* tokens */
	bool province;		/* followed by "province" */
	int date;		/* a date written right after it ("X on Friday"), -1 */
	bool coref;		/* "the city": the place named just before */
} object;

/* The airport or airbase a town gives its name to, named by the words from token f
 * ("international airport", "military airport", "airbase") after a possessive at j
 * ("its", "the city's"): added to obj as a place of the verb (true), if the gazetteer
 * knows "<town> airport" (or "airbase") within some 30 km of the town. */
static bool town_facility(ctx *c, const fl_place *town, const token *t, size_t n, size_t j, size_t f,
			  object *obj, size_t *got)
{
	const char *kind = "";
	if (f + 1 < n && (TOK_IS(&t[f], "international") || TOK_IS(&t[f], "military")))
		kind = TOK_IS(&t[f++], "military") ? "military " : "international ";
	if (!town || town->fclass != 'P' || *got >= MAX_OBJ || c->nsynth >= 8 || f >= n ||
	    !(TOK_IS(&t[f], "airport") || TOK_IS(&t[f], "airbase")))
		return false;
	/* as written ("Hama military airport"), then by either word ("Hama airbase") */
	const char *noun = TOK_IS(&t[f], "airport") ? "airport" : "airbase";
	const char *const tries[][2] = { { kind, noun }, { "", "airport" }, { "", "airbase" } };
	for (size_t k = 0; k < sizeof tries / sizeof tries[0]; k++) {
		char name[160];
		snprintf(name, sizeof name, "%s %s%s", town->name, tries[k][0], tries[k][1]);
		fl_candidate cand[4];
		size_t nc = fl_gazetteer_lookup(c->gz, name, NULL, cand, 4);
		for (size_t q = 0; q < nc && q < 4; q++)
			if (cand[q].place && cand[q].place->fclass == 'S' && cand[q].score >= 0.9 &&
			    fabs(town->lat - cand[q].place->lat) < 0.3 &&
			    fabs(town->lon - cand[q].place->lon) < 0.35) {	/* some 30 km */
				fl_mention *sm = &c->synth[c->nsynth++];
				*sm = (fl_mention){ t[j].s, t[f].e, cand[q].place, cand[q].score };
				obj[(*got)++] = (object){ sm, j, f + 1, false, -1, false };
				return true;
			}
	}
	return false;
}

/* The places named in tokens [a, b), in order, added to obj after its first got: the
 * new count (at most MAX_OBJ). */
static size_t places_in(const ctx *c, const token *t, size_t n, size_t a, size_t b, object *obj, size_t got)
{
	for (size_t q = a; q < b && got < MAX_OBJ;) {
		const fl_mention *m = mention_at(c, t, q);
		if (m) {
			size_t k = mention_end_tok(t, n, q);
			obj[got++] = (object){ m, q, k, false, -1, false };
			q = k;
		} else {
			q++;
		}
	}
	return got;
}

/* The place "the city" / "the town" at token j refers to: the last populated place
 * named before byte `before` in this paragraph. NULL if none. */
/* A mention "it" or "the town" may stand for: a populated place, not an all-caps
 * dateline ("BEIRUT"). */
static bool named_place(const ctx *c, const fl_mention *m)
{
	if (!m->place || m->place->fclass != 'P')
		return false;
	for (size_t k = m->start; k < m->end; k++)
		if (islower((unsigned char)c->v[k]))
			return true;
	return false;
}

/* A place that may be called "the city": a capital or seat, or a large town. */
static bool city_like(const fl_place *p)
{
	return strcmp(p->kind, "PPLC") == 0 || strncmp(p->kind, "PPLA", 4) == 0 ||
	       p->population >= 20000;
}

/* The place "it", "the town" or (city) "the city" stands for: the last populated place
 * named before byte before in this paragraph; for "the city" the last city-like one
 * ("north of Hama, around Qamhana ... outside the city" is Hama), else the last. */
/* The word ending right before byte e of text (lowercased into w, up to cap - 1
 * bytes); returns where it starts, or SIZE_MAX if there is none. */
static size_t word_before(const char *text, size_t e, char *w, size_t cap)
{
	while (e > 0 && text[e - 1] == ' ')
		e--;
	size_t b = e;
	while (b > 0 && (isalpha((unsigned char)text[b - 1]) || text[b - 1] == '-'))
		b--;
	if (b == e || e - b >= cap)
		return SIZE_MAX;
	for (size_t i = b; i < e; i++)
		w[i - b] = (char)tolower((unsigned char)text[i]);
	w[e - b] = 0;
	return b;
}

/* Is the mention a point of reference ("north of Hama", "near Morek", "the outskirts
 * of Homs") rather than the place the sentence is about? */
static bool reference_point(const char *text, const fl_mention *m)
{
	static const char *const near[] = { "near", "outside", "towards", "toward", "from", NULL };
	static const char *const compass[] = { "north", "south", "east", "west", "northeast", "northwest",
		"southeast", "southwest", "north-east", "north-west", "south-east", "south-west", NULL };
	static const char *const measure[] = { "km", "kilometres", "kilometers", "miles",
		"distance",	/* "within striking distance of Homs": a goal, as "towards" */
		NULL };
	char w1[24], w2[24];
	/* "men from Palmyra's tribes": the town's own, not a point to measure from;
	 * but "the province to Daraa's east" is */
	size_t ap = text[m->end] == '\'' ? 1 : strncmp(text + m->end, "\xe2\x80\x99", 3) == 0 ? 3 : 0;
	if (ap) {
		if (text[m->end + ap] != 's' || text[m->end + ap + 1] != ' ')
			return false;
		const char *w = text + m->end + ap + 2;
		for (const char *const *q = compass; *q; q++) {
			size_t l = strlen(*q);
			if (strncmp(w, *q, l) == 0 && !isalpha((unsigned char)w[l]))
				return true;
		}
		return false;
	}
	size_t b = word_before(text, m->start, w1, sizeof w1);
	if (b == SIZE_MAX)
		return false;
	for (const char *const *q = near; *q; q++)
		if (strcmp(w1, *q) == 0)
			return true;
	/* "on the M5 between Aleppo and Damascus": both ends of a stretch */
	if (strcmp(w1, "between") == 0)
		return true;
	if (strcmp(w1, "and") == 0) {
		size_t lo = b > 48 ? b - 48 : 0;
		for (size_t p = b; p-- > lo && !strchr(".;:,()", text[p]);)
			if (p + 9 <= b && strncasecmp(text + p, "between ", 8) == 0 &&
			    (p == 0 || text[p - 1] == ' '))
				return true;
		return false;
	}
	if (strcmp(w1, "of") != 0)
		return false;
	size_t b2 = word_before(text, b, w2, sizeof w2);
	if (b2 == SIZE_MAX)
		return false;
	for (const char *const *q = compass; *q; q++)
		if (strcmp(w2, *q) == 0)
			return true;
	for (const char *const *q = measure; *q; q++)
		if (strcmp(w2, *q) == 0)
			return true;
	/* "near the village of Deir Jamal", "outside the town of X" */
	if (strcmp(w2, "village") == 0 || strcmp(w2, "town") == 0 || strcmp(w2, "city") == 0 ||
	    strcmp(w2, "hamlet") == 0) {
		char w3[24];
		size_t b3 = word_before(text, b2, w3, sizeof w3);
		if (b3 != SIZE_MAX && strcmp(w3, "the") == 0)
			b3 = word_before(text, b3, w3, sizeof w3);
		/* ("withdrew from the town of X" is the place itself) */
		if (b3 != SIZE_MAX && (strcmp(w3, "near") == 0 || strcmp(w3, "outside") == 0 ||
				       strcmp(w3, "towards") == 0 || strcmp(w3, "toward") == 0))
			return true;
	}
	return false;
}

/* "people from Afrin who were forced out when the army occupied the city": where
 * people come from is no point of reference; "the city" may be it. */
static bool people_from(const char *text, const fl_mention *m)
{
	static const char *const people[] = { "people", "residents", "families", "displaced", "refugees",
		"civilians", "natives", "those", "many", NULL };
	char w1[24], w2[24];
	size_t b = word_before(text, m->start, w1, sizeof w1);
	if (b == SIZE_MAX || strcmp(w1, "from") != 0 || word_before(text, b, w2, sizeof w2) == SIZE_MAX)
		return false;
	for (const char *const *q = people; *q; q++)
		if (strcmp(w2, *q) == 0)
			return true;
	return false;
}

/* The index of the article's first mention starting at or after byte pos (mentions
 * are in text order). */
static size_t first_mention_from(const ctx *c, size_t pos)
{
	size_t lo = 0, hi = c->m ? c->m->count : 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c->m->items[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

enum { ANY_PLACE, CITY, FACILITY, CAPITAL, TERRAIN, NATIONAL, ROAD };

/* A capital abroad ("Moscow", "Ankara"): it stands for its government; no side of
 * the war takes or holds it in this theatre's reporting. */
static bool foreign_capital(const ctx *c, const fl_place *p)
{
	return c->gz && strcmp(p->kind, "PPLC") == 0 && !fli_gaz_in_home(c->gz, p);
}

/* Does byte at stand in a relative clause opened after a comma that runs to its
 * sentence's end (", the same banner under which it took X.")? Not one closed by a
 * comma before the main verb ("the SDF, which had moved into X, began pulling back"). */
static bool in_relative_clause(const ctx *c, size_t at)
{
	size_t s0 = 0, s1 = c->a->len;
	for (size_t i = c->si + 1; i-- > 0;)
		if (c->a->sentences[i].start <= at) {
			s0 = c->a->sentences[i].start;
			s1 = c->a->sentences[i].end;
			break;
		}
	if (s1 <= at || memchr(c->v + at, ',', s1 - at) || memchr(c->v + at, ';', s1 - at))
		return false;
	for (size_t q = at; q > s0 && at - q < 120; q--) {
		if (c->v[q - 1] == ',' || c->v[q - 1] == ';')
			return false;
		if (q - s0 >= 7 && (strncmp(c->v + q - 7, " which ", 7) == 0 || strncmp(c->v + q - 6, " whom ", 6) == 0))
			return memchr(c->v + s0, ',', q - s0) != NULL;
	}
	return false;
}

static const fl_mention *antecedent_in(const ctx *c, size_t before, int want, bool cross)
{
	if (!c->m)
		return NULL;
	/* mentions are in text order: those starting after before end after it too */
	size_t lo = first_mention_from(c, before + 1);
	const fl_mention *last = NULL, *in_rel = NULL;
	/* a pronoun reaches back to the sentence before, no further, unless that one is
	 * itself about the place before it ("Khan Shaykhun. The town on the M5 was ...
	 * The army retook it") */
	size_t reach = c->si > 0 ? c->a->sentences[c->si - 1].start : 0;
	if (c->si > 1) {
		const char *p = c->v + reach;
		if (strncmp(p, "The town", 8) == 0 || strncmp(p, "The city", 8) == 0 ||
		    strncmp(p, "The village", 11) == 0 || strncmp(p, "It ", 3) == 0)
			reach = c->a->sentences[c->si - 2].start;
	}
	for (size_t i = lo; i-- > 0;) {
		const fl_mention *m = &c->m->items[i];
		if (m->end > before)
			continue;
		if (want == NATIONAL) {
			/* "the capital": the country's capital the article named before,
			 * anywhere in its body */
			if (m->start < c->a->header_end)
				break;
			if (named_place(c, m) && strcmp(m->place->kind, "PPLC") == 0)
				return m;
			continue;
		}
		/* a description ("the city") opening a paragraph may name the place
		 * that ended the one before, as wire copy runs one sentence a paragraph */
		if ((m->start < c->para_start && !(cross && c->si == c->para_first)) ||
		    m->start < c->a->header_end)
			break;	/* (the page's menus and title are no antecedent) */
		if (m->start < reach) {
			/* "the city" reaches three sentences back in its paragraph for a
			 * city, past a hill or a village named in between */
			size_t far = c->si > 3 ? c->a->sentences[c->si - 3].start : 0;
			/* (into the paragraph before, at a paragraph's start, only past a
			 * place named in a relative clause) */
			if (want != CITY || m->start < far ||
			    (m->start < c->para_start && !(cross && c->si == c->para_first && in_rel)))
				break;
			if (named_place(c, m) && city_like(m->place) && !reference_point(c->v, m))
				return m;
			continue;
		}
		/* "between Ankara and Washington since the SDF seized it": a foreign
		 * capital stands for its government, not for a place a side takes; so
		 * does the home capital's possessive ("slipping from Damascus's grip") */
		if (m->place && (foreign_capital(c, m->place) ||
				 (strcmp(m->place->kind, "PPLC") == 0 && (strncmp(c->v + m->end, "'s ", 3) == 0 ||
									 strncmp(c->v + m->end, "\xe2\x80\x99s ", 5) == 0))))
			continue;
		if (want == FACILITY) {
			/* "the airport", "the base": the facility named before */
			if (m->place && m->place->fclass == 'S')
				return m;
		} else if (want == ROAD) {
			/* "cut the highway": the road named before */
			if (m->place && m->place->fclass == 'R')
				return m;
		} else if (want == TERRAIN) {
			/* "the ridge", "the hill": the height named before */
			if (m->place && m->place->fclass == 'T')
				return m;
		} else if (want == CAPITAL) {
			/* "the provincial capital": the seat of a governorate named before */
			if (named_place(c, m) && strcmp(m->place->kind, "PPLA") == 0)
				return m;
		} else if (named_place(c, m)) {
			/* ("the banner under which it took Tal Rifaat": a place named in a
			 * relative clause is one the city is not, if an earlier one fits) */
			bool rel = in_relative_clause(c, m->start);
			if ((want != CITY || city_like(m->place)) &&
			    (!reference_point(c->v, m) || people_from(c->v, m)) && !rel)
				return m;
			if (rel && !in_rel)
				in_rel = m;
			else if (!rel && !last)
				last = m;
		}
	}
	return last ? last : in_rel;
}

/* The mention "the city" (etc., see antecedent_in) stands for; in a section under a
 * place's heading with none named before it in the paragraph, that place ("DEIR EZ-ZOR
 * / The SDF moved into the city on Dec. 6"). */
static const fl_mention *antecedent_of(const ctx *c, size_t before, int want, bool cross)
{
	const fl_mention *m = antecedent_in(c, before, want, cross);
	if ((m && !(c->section && in_relative_clause(c, m->start))) || !c->section ||
	    !(want == ANY_PLACE || want == CITY))
		return m;
	return want == ANY_PLACE || city_like(c->section->place) ? c->section : NULL;
}

static const fl_mention *antecedent(const ctx *c, size_t before)
{
	return antecedent_of(c, before, ANY_PLACE, false);
}

/* After a list was broken off ("the Nassib crossing with Jordan"), does it resume with
 * "and the towns of X" within a few tokens? Returns the token of X's mention, or n. */
static size_t list_resumes(const ctx *c, const token *t, size_t n, size_t j)
{
	/* (broken off right after "and": "... in the buffer zone and at Mount Hermon") */
	/* (or after "and its", "and the": "... and its naval facility at Tartus") */
	size_t q0 = j > 0 && TOK_IS(&t[j - 1], "and") ? j - 1
		    : j > 1 && (TOK_IS(&t[j - 1], "its") || TOK_IS(&t[j - 1], "their")) && TOK_IS(&t[j - 2], "and") ? j - 2
		    : j;
	size_t lim = j + 12;
	bool incl = false;
	for (size_t q = q0; q < n && q < lim; q++) {
		/* "the town of Saraqib, which sits where the M5 and M4 highways meet, and the
		 * town of Maarat al-Numan": past a relative clause set off by commas */
		if (q > 0 && TOK_IS(&t[q - 1], ",") && (TOK_IS(&t[q], "which") || TOK_IS(&t[q], "where"))) {
			size_t e = q + 1;
			while (e < n && e < q + 16 && !t[e].punct)
				e++;
			if (e < n && TOK_IS(&t[e], ",") && e + 1 < n && TOK_IS(&t[e + 1], "and")) {
				lim += e - q;
				q = e;
				continue;	/* (q++ lands on "and") */
			}
			return n;
		}
		/* "the seven villages on the east bank - Hatla, Marrat, ...": a list
		 * after a dash */
		if (is_dash(c->v, &t[q]) && q + 1 < n && t[q + 1].mention >= 0)
			return q + 1;
		if (t[q].punct && t[q].w[0] != ',')
			return n;
		if (is_event_start(c, q))
			return n;
		/* ("occupied the city in 2018, and who have spent six years in the camps
		 * and villages of Shehba": a clause about people, no list going on) */
		if (TOK_IS(&t[q], "who") || TOK_IS(&t[q], "whom") || TOK_IS(&t[q], "whose"))
			return n;
		/* ("including the cities of Raqqa and Qamishli and the town of Kobani": a
		 * list of its own, not this one going on) */
		incl |= TOK_IS(&t[q], "including");
		if (incl && t[q].mention >= 0)
			return n;
		/* ("the Shahba area, located between Tal Rifaat and the city of Aleppo":
		 * the ends of a stretch, no list) */
		if (TOK_IS(&t[q], "between"))
			return n;
		/* "controlled most of the eastern bank ..., as well as Raqqa and Hasakah" */
		if (q > q0 && TOK_IS(&t[q - 1], ",") && q + 3 < n && TOK_IS(&t[q], "as") && TOK_IS(&t[q + 1], "well") &&
		    TOK_IS(&t[q + 2], "as")) {
			size_t r1 = TOK_IS(&t[q + 3], "the") ? q + 4 : q + 3;
			return r1 < n && t[r1].mention >= 0 ? r1 : n;
		}
		if (!(TOK_IS(&t[q], "and") || TOK_IS(&t[q], ",")))
			continue;
		size_t r = q + 1;
		/* "its air base at Hmeimim and its naval facility at Tartus" */
		if (TOK_IS(&t[q], "and") && r + 3 < n && (TOK_IS(&t[r], "its") || TOK_IS(&t[r], "their"))) {
			size_t f = r + 1;
			while (f < n && f < r + 3 &&
			       (TOK_IS(&t[f], "naval") || TOK_IS(&t[f], "air") || TOK_IS(&t[f], "military") ||
				TOK_IS(&t[f], "base") || TOK_IS(&t[f], "bases") || TOK_IS(&t[f], "facility")))
				f++;
			if (f > r + 1 && f + 1 < n && (TOK_IS(&t[f], "at") || TOK_IS(&t[f], "in")) &&
			    t[f + 1].mention >= 0)
				return f + 1;
		}
		/* "Daraa city, birthplace of the 2011 uprising, and the Nassib crossing":
		 * the list goes on past a phrase set off by commas */
		if (TOK_IS(&t[q], "and") && q > j && TOK_IS(&t[q - 1], ",")) {
			size_t r1 = r < n && TOK_IS(&t[r], "the") ? r + 1 : r;
			if (r1 < n && t[r1].mention >= 0)
				return r1;
		}
		/* "... and in the town of Hajin", "and in Hajin", "and at Mount Hermon", "into the
		 * buffer zone and onto the Syrian side of Mount Hermon" */
		bool in = r < n && TOK_IS(&t[q], "and") &&
			  (TOK_IS(&t[r], "in") || TOK_IS(&t[r], "at") || TOK_IS(&t[r], "onto") || TOK_IS(&t[r], "into"));
		if (in && ++r < n && t[r].mention >= 0)
			return r;
		if (in && r + 3 < n && TOK_IS(&t[r], "the") && !t[r + 1].punct && TOK_IS(&t[r + 2], "side") &&
		    TOK_IS(&t[r + 3], "of") && r + 4 < n && t[r + 4].mention >= 0)
			return r + 4;
		if (r < n && TOK_IS(&t[r], "the"))
			r++;
		/* "and the Christian town of Mhardeh", "and the strategic city of Hama" */
		if (r + 2 < n && !t[r].punct && t[r].mention < 0 && TOK_IS(&t[r + 2], "of") &&
		    (TOK_IS(&t[r + 1], "town") || TOK_IS(&t[r + 1], "towns") || TOK_IS(&t[r + 1], "city") ||
		     TOK_IS(&t[r + 1], "cities") || TOK_IS(&t[r + 1], "village") || TOK_IS(&t[r + 1], "villages")))
			r++;
		if (r + 1 < n && (TOK_IS(&t[r], "town") || TOK_IS(&t[r], "towns") ||
				  TOK_IS(&t[r], "city") || TOK_IS(&t[r], "cities") ||
				  TOK_IS(&t[r], "village") || TOK_IS(&t[r], "villages")) &&
		    TOK_IS(&t[r + 1], "of") && r + 2 < n && t[r + 2].mention >= 0)
			return r + 2;
	}
	return n;
}

/* A date expression starting at token j (or at j + 1 after "on", "by", "late on"):
 * its index in c->dx, and the token after it in *next; -1 if none. */
static void need_dates(ctx *c);

static int date_at(ctx *c, const token *t, size_t n, size_t j, size_t *next)
{
	need_dates(c);
	/* "(in) the early hours of Sunday", "(on) the night of 7 December" */
	size_t h = j + 1 < n && (TOK_IS(&t[j], "in") || TOK_IS(&t[j], "on") || TOK_IS(&t[j], "during")) ? j + 1 : j;
	if (h + 3 < n && TOK_IS(&t[h], "the") && TOK_IS(&t[h + 2], "of") &&
	    (TOK_IS(&t[h + 1], "night") || TOK_IS(&t[h + 1], "morning") || TOK_IS(&t[h + 1], "evening") ||
	     TOK_IS(&t[h + 1], "afternoon") || TOK_IS(&t[h + 1], "eve")))
		j = h + 3;
	else if (h + 4 < n && TOK_IS(&t[h], "the") && TOK_IS(&t[h + 3], "of") && TOK_IS(&t[h + 2], "hours") &&
		 (TOK_IS(&t[h + 1], "early") || TOK_IS(&t[h + 1], "small") || TOK_IS(&t[h + 1], "first") ||
		  TOK_IS(&t[h + 1], "last") || TOK_IS(&t[h + 1], "final")))
		j = h + 4;
	for (size_t skip = 0; skip < 3 && j + skip < n; skip++) {
		if (skip && !(TOK_IS(&t[j + skip - 1], "on") || TOK_IS(&t[j + skip - 1], "by") ||
			      TOK_IS(&t[j + skip - 1], "late") || TOK_IS(&t[j + skip - 1], "early") ||
			      TOK_IS(&t[j + skip - 1], "in") || TOK_IS(&t[j + skip - 1], "into")))
			return -1;
		for (size_t i = 0; i < c->ndx; i++) {
			if (c->dx[i].start != t[j + skip].s)
				continue;
			size_t q = j + skip;
			while (q < n && t[q].s < c->dx[i].end)
				q++;
			*next = q;
			return (int)i;
		}
	}
	return -1;
}


/* Is the place ending at byte e called "the <noun>" right after it, with up to two
 * words between ("Albu Kamal, the border town that ...")? Then "the town" later is it. */
static bool called(const char *v, size_t len, size_t e, const char *noun, size_t nl)
{
	size_t q = e;
	if (q + 6 >= len || v[q] != ',' || strncmp(v + q + 1, " the ", 5) != 0)
		return false;
	q += 6;
	for (int w = 0; w < 3 && q < len; w++) {
		size_t b = q;
		while (q < len && (isalpha((unsigned char)v[q]) || v[q] == '-'))
			q++;
		if (q - b == nl && strncasecmp(v + b, noun, nl) == 0)
			return true;
		if (q == b || q >= len || v[q] != ' ')
			return false;
		q++;
	}
	return false;
}

/* Is w one of the complement words of vg ("liberated" after "declared X")? */
static bool is_complement(const verb_group *vg, const token *w)
{
	for (size_t c = 0; c < vg->ncomplement; c++)
		if (tok_is_n(w, vg->complement[c], strlen(vg->complement[c])))
			return true;
	return false;
}

/* Matches that are no event of their own are dropped from ev, so they take no date or
 * clause from the verbs around them: a verb whose group wants a complement ("declared X
 * liberated") without one in the fourteen tokens after it ("declared a curfew in Aleppo",
 * "declared that"), and a province phrase ("all of") that is the object of the
 * withdrawal right before it. */
static void drop_incomplete(const fl_lexicon *lx, const token *t, size_t n, matches *ev)
{
	size_t k = 0;
	for (size_t i = 0; i < ev->n; i++) {
		const match *m = &ev->m[i];
		int v = m->e->verb;
		bool keep = v < 0 || !lx->verbs[v].ncomplement;
		for (size_t q = m->b; !keep && q < n && q < m->b + 14; q++)
			keep = is_complement(&lx->verbs[v], &t[q]);
		/* "left (almost) all of Idlib province": "all of" is the object of the
		 * withdrawal before it, no taking of the province by the ones who left */
		for (size_t j = 0; keep && v >= 0 && lx->verbs[v].province && j < ev->n; j++) {
			const match *w = &ev->m[j];
			keep = !(w->e->verb >= 0 && w != m && w->b <= m->a && m->a <= w->b + 2 &&
				 strcmp(lx->verbs[w->e->verb].event, FL_EVENT_WITHDRAWAL) == 0);
			for (size_t q = w->b; !keep && q < m->a; q++)
				keep = t[q].punct || t[q].mention >= 0;
		}
		if (keep)
			ev->m[k++] = *m;
	}
	ev->n = k;
}

/* "the dam", "the airport", "the base", "the crossing": a facility named before */
static bool facility_word(const token *w)
{
	return TOK_IS(w, "dam") || TOK_IS(w, "airport") || TOK_IS(w, "base") || TOK_IS(w, "airbase") ||
	       TOK_IS(w, "crossing");
}

/* Does one of vg's until phrases start at token j? The longest one's length in tokens
 * ("on the outskirts of" before "on"), or 0. */
static size_t until_at(const verb_group *vg, const token *t, size_t n, size_t j)
{
	size_t best = 0;
	for (size_t u = 0; u < vg->nuntil; u++) {
		const char *w = vg->until[u];
		size_t q = j;
		while (*w && q < n) {
			size_t wl = strcspn(w, " ");
			if (!tok_is_n(&t[q], w, wl))
				break;
			q++;
			w += wl;
			w += *w == ' ';
		}
		if (!*w && q - j > best)
			best = q - j;
	}
	return best;
}

/* For a verb with a gap ("expelled ... from"): the token after its until phrase
 * within vg->gap tokens of vb, or n when there is none (no claim). */
static size_t skip_gap(const ctx *c, const verb_group *vg, const token *t, size_t n, size_t vb)
{
	bool route = false;	/* "swept south along the M5 through X": a road on the way */
	size_t first = n;	/* the first until phrase, if none has a place after it */
	for (size_t j = vb; j < n && j <= vb + (size_t)vg->gap; j++) {
		size_t ul = until_at(vg, t, n, j);
		/* "repelled an attack on military points on the outskirts of X": the until
		 * phrase a place follows */
		if (ul) {
			size_t q = j + ul;
			if (q < n && (TOK_IS(&t[q], "the") || TOK_IS(&t[q], "a")))
				q++;
			if (q < n && t[q].mention >= 0)
				return j + ul;
			if (first == n)
				first = j + ul;
			j += ul - 1;
			continue;
		}
		if (TOK_IS(&t[j], "along") || TOK_IS(&t[j], "down") || TOK_IS(&t[j], "via"))
			route = true;
		if ((t[j].mention >= 0 && !route) || (t[j].punct && t[j].w[0] != ','))
			return first;
		if (j > vb) {	/* another control verb ends it; "to advance towards" not */
			size_t k = first_at_or_after(&c->ev, j);
			if (k < c->ev.n && c->ev.m[k].a == j && c->ev.m[k].e->verb >= 0)
				return first;
		}
	}
	return first;
}

/* The day of writing of the current sentence: its feed item's, else the page's. */
static fl_date writing_day(const ctx *c)
{
	return c->a->section && c->a->section[c->si] != FL_DATE_NONE ? c->a->section[c->si] : c->pub;
}

/* Date a claim the day of writing (a state said in the present); false when unknown. */
static bool day_of_writing(const ctx *c, fl_date *d, fl_date *de, char prec[8])
{
	fl_date now = writing_day(c);
	if (now == FL_DATE_NONE)
		return false;
	*d = *de = now;
	strcpy(prec, "day");
	return true;
}

/* Does "since" follow a hold's verb (ending at token vb) in its clause, before byte
 * limit ("has held since 2016", "has held the city since its fighters drove ...")? */
static bool holds_since(const token *t, size_t n, size_t vb, size_t limit)
{
	for (size_t q = vb; q < n && q < vb + 12 && t[q].s < limit; q++) {
		if (TOK_IS(&t[q], "since"))
			return true;
		if (t[q].punct && !TOK_IS(&t[q], ","))
			return false;
	}
	return false;
}

/* Does a control verb that can take an object start at token j? A gap verb
 * ("expelling terrorists, most notably X") only when its until phrase follows. */
/* "the areas cleared of terrorists in the Olive Branch operation, including Afrin": a
 * participle right after a plural noun of places tells what was done to them, by
 * someone the sentence does not name (not its subject). */
static bool reduced_relative(const token *t, const match *vm)
{
	const token *v = &t[vm->a];
	if (vm->a == 0 || v->wl < 4 || memcmp(v->w + v->wl - 2, "ed", 2) != 0)
		return false;
	const token *w = &t[vm->a - 1];
	return TOK_IS(w, "areas") || TOK_IS(w, "towns") || TOK_IS(w, "villages") || TOK_IS(w, "regions") ||
	       TOK_IS(w, "territories") || TOK_IS(w, "cities") || TOK_IS(w, "positions") ||
	       TOK_IS(w, "neighbourhoods") || TOK_IS(w, "neighborhoods") || TOK_IS(w, "lands");
}

/* "the abandoned city of Quneitra", "a liberated town": a participle after an article
 * describes the place; it tells no event. */
static bool adjectival(const token *t, const match *vm)
{
	const token *w = &t[vm->a];
	if (vm->a == 0 || w->wl < 4)
		return false;
	/* ... or after a preposition: "seized weapons from abandoned positions in X" */
	bool prep = TOK_IS(&t[vm->a - 1], "from") || TOK_IS(&t[vm->a - 1], "of") ||
		    TOK_IS(&t[vm->a - 1], "with") || TOK_IS(&t[vm->a - 1], "among");
	if (!prep && (vm->b - vm->a != 1 || !(TOK_IS(&t[vm->a - 1], "the") || TOK_IS(&t[vm->a - 1], "a") ||
					       TOK_IS(&t[vm->a - 1], "an"))))
		return false;
	return w->w[w->wl - 2] == 'e' && (w->w[w->wl - 1] == 'd' || w->w[w->wl - 1] == 'n');
}

/* A noun for an armed body that names no side ("the militias", "the group"): it
 * stands for the side last said to act. */
static bool armed_noun(const token *w)
{
	static const char *const nouns[] = { "militias", "militia", "fighters", "forces", "units",
					     "factions", "troops", "groups", "group", "soldiers",
					     "gunmen", "men", "columns", "coalition", "alliance",
					     "movement", "organisation", "organization", "front" };
	for (size_t i = 0; i < sizeof nouns / sizeof nouns[0]; i++)
		if (tok_is_n(w, nouns[i], strlen(nouns[i])))
			return true;
	return false;
}

/* "its units deployed in the city of Hama had been redeployed": a participle after the
 * armed body it describes, the sentence's verb still to come, tells where they were,
 * not that they arrived. */
static bool stationed(const token *t, size_t n, const match *vm)
{
	if (vm->a == 0 || !(TOK_IS(&t[vm->a], "deployed") || TOK_IS(&t[vm->a], "stationed")) ||
	    !armed_noun(&t[vm->a - 1]))
		return false;
	for (size_t q = vm->b; q < n && q < vm->b + 10; q++) {
		if (t[q].punct)
			return false;
		if (TOK_IS(&t[q], "had") || TOK_IS(&t[q], "have") || TOK_IS(&t[q], "has") ||
		    TOK_IS(&t[q], "were") || TOK_IS(&t[q], "was") || TOK_IS(&t[q], "are") ||
		    TOK_IS(&t[q], "is"))
			return true;
	}
	return false;
}

static bool verb_starts(const ctx *c, const token *t, size_t n, size_t j)
{
	size_t k = first_at_or_after(&c->ev, j);
	if (k >= c->ev.n || c->ev.m[k].a != j || adjectival(t, &c->ev.m[k]))
		return false;
	int v = c->ev.m[k].e->verb;
	if (v < 0 || !c->lx->verbs[v].gap)
		return true;
	return skip_gap(c, &c->lx->verbs[v], t, n, c->ev.m[k].b) < n;
}

/* "most of the city", "the centre of the town": is token j the "the" of a place noun
 * after a phrase that means the place itself? */
static bool part_of_the_city(const token *t, size_t n, size_t j)
{
	if (j < 2 || j + 1 >= n || !TOK_IS(&t[j], "the") || !TOK_IS(&t[j - 1], "of") ||
	    !(TOK_IS(&t[j + 1], "city") || TOK_IS(&t[j + 1], "town")))
		return false;
	if (j + 2 < n && (TOK_IS(&t[j + 2], "of") || TOK_IS(&t[j + 2], "'s")))
		return false;
	const token *q = &t[j - 2];
	/* not "parts of the city": parts of a place are not the place (object_breakers) */
	return TOK_IS(q, "most") || TOK_IS(q, "much") || TOK_IS(q, "all") || TOK_IS(q, "centre") ||
	       TOK_IS(q, "center") || TOK_IS(q, "rest");
}

/* "most neighbourhoods", "most of its districts", "all the quarters" at token j, naming
 * no place after them: the phrase's length in tokens, else 0. */
static size_t most_districts(const token *t, size_t n, size_t j)
{
	size_t q = j;
	bool half = false;
	if (q + 1 < n && TOK_IS(&t[q], "its")) {
		/* "retook its eastern districts", "its eastern half": the city's own */
		q++;
		if (TOK_IS(&t[q], "eastern") || TOK_IS(&t[q], "western") || TOK_IS(&t[q], "northern") ||
		    TOK_IS(&t[q], "southern") || TOK_IS(&t[q], "central"))
			q++;
		half = q < n && TOK_IS(&t[q], "half") && q > j + 1;
	} else {
		if (q >= n || !(TOK_IS(&t[q], "most") || TOK_IS(&t[q], "all")))
			return 0;
		q++;
		if (q < n && TOK_IS(&t[q], "of"))
			q++;
		if (q < n && (TOK_IS(&t[q], "the") || TOK_IS(&t[q], "its")))
			q++;
	}
	if (q >= n || !(half || TOK_IS(&t[q], "neighbourhoods") || TOK_IS(&t[q], "neighborhoods") ||
			TOK_IS(&t[q], "districts") || TOK_IS(&t[q], "quarters")))
		return 0;
	q++;
	if (q < n && (t[q].mention >= 0 ||
		      ((TOK_IS(&t[q], "of") || TOK_IS(&t[q], "in")) && q + 1 < n &&
		       (t[q + 1].mention >= 0 || TOK_IS(&t[q + 1], "the")))))
		return 0;	/* "most districts of Aleppo": the place follows */
	return q - j;
}

/* "Druze fighters in Suwayda province took over the provincial capital": the seat of
 * the governorate named before the verb in the sentence (from the gazetteer), as a
 * mention of the capital's own; NULL if none. */
static const fl_mention *province_capital(ctx *c, const token *t, size_t va)
{
	if (!c->gz || c->nsynth >= 8)
		return NULL;
	for (size_t q = va; q-- > 0;) {
		if (t[q].mention < 0)
			continue;
		const fl_mention *m = c->sm[t[q].mention];
		if (!m->place || strcmp(m->place->kind, "ADM1") != 0 || !m->place->admin1[0])
			continue;
		const fl_place *p;
		for (size_t i = 0; (p = fl_gazetteer_place_at(c->gz, i)) != NULL; i++)
			if (strcmp(p->kind, "PPLA") == 0 && strcmp(p->admin1, m->place->admin1) == 0 &&
			    strcmp(p->country, m->place->country) == 0) {
				fl_mention *sm = &c->synth[c->nsynth++];
				*sm = (fl_mention){ m->start, m->end, p, m->score };
				return sm;
			}
		return NULL;
	}
	return NULL;
}

/* Places after the verb (tokens from vb). */
/* "the provincial capital", "the regional centre", "the province's capital" at token j:
 * its length in tokens, or 0 */
static size_t capital_at(const token *t, size_t n, size_t j)
{
	if (j + 2 >= n || !TOK_IS(&t[j], "the"))
		return 0;
	size_t q = j + 1;
	if (q + 1 < n && (TOK_IS(&t[q], "province") || TOK_IS(&t[q], "governorate")) && TOK_IS(&t[q + 1], "'s"))
		q += 2;
	else if (TOK_IS(&t[q], "provincial") || TOK_IS(&t[q], "regional") || TOK_IS(&t[q], "governorate"))
		q++;
	else
		return 0;
	if (q < n && (TOK_IS(&t[q], "capital") || TOK_IS(&t[q], "centre") || TOK_IS(&t[q], "center")) &&
	    t[q].mention < 0 && !(q + 1 < n && TOK_IS(&t[q + 1], "of")))
		return q + 1 - j;
	return 0;
}

/* "the capital", "the Syrian capital" at j (not "the capital of X", not "the
 * provincial capital"): how many tokens, or 0. */
static size_t national_capital_at(const token *t, size_t n, size_t j)
{
	if (j + 1 >= n || !TOK_IS(&t[j], "the"))
		return 0;
	size_t q = j + 1;
	if (TOK_IS(&t[q], "syrian") && q + 1 < n)
		q++;
	if (!TOK_IS(&t[q], "capital") || t[q].mention >= 0 || (q + 1 < n && TOK_IS(&t[q + 1], "of")))
		return 0;
	return q + 1 - j;
}

/* "(most of) the country's second-largest city", "Syria's third city" at token j: the
 * city so described, named before; its length in tokens, or 0. */
static size_t described_city_at(const ctx *c, const token *t, size_t n, size_t j, int *rank)
{
	size_t q = j;
	*rank = 1;
	if (q + 2 < n && TOK_IS(&t[q], "most") && TOK_IS(&t[q + 1], "of"))
		q += 2;
	if (q + 3 >= n)
		return 0;
	if (TOK_IS(&t[q], "the") && TOK_IS(&t[q + 1], "country") && TOK_IS(&t[q + 2], "'s"))
		q += 3;
	else if (t[q].mention >= 0 && c->sm[t[q].mention]->place &&
		 strncmp(c->sm[t[q].mention]->place->kind, "PCL", 3) == 0 && TOK_IS(&t[q + 1], "'s"))
		q += 2;
	else
		return 0;
	size_t w = q;
	static const char *const ord[] = { "second", "third", "fourth", "fifth" };
	while (q < n && q < w + 4 &&
	       (TOK_IS(&t[q], "second") || TOK_IS(&t[q], "third") || TOK_IS(&t[q], "fourth") ||
		TOK_IS(&t[q], "fifth") || TOK_IS(&t[q], "largest") || TOK_IS(&t[q], "biggest") ||
		(t[q].punct && t[q].w[0] == '-') || memmem(t[q].w, t[q].wl, "largest", 7) ||
		memmem(t[q].w, t[q].wl, "biggest", 7))) {
		for (int o = 0; o < 4; o++)	/* ("second-largest" may be one token) */
			if (t[q].wl >= strlen(ord[o]) && memcmp(t[q].w, ord[o], strlen(ord[o])) == 0)
				*rank = o + 2;
		q++;
	}
	if (q == w || q >= n || !TOK_IS(&t[q], "city"))
		return 0;
	return q + 1 - j;
}

/* Where a place stands among its country's places by population (1: the largest). */
static int country_rank(const fl_gazetteer *gz, const fl_place *p)
{
	int r = 1;
	const fl_place *q;
	for (size_t i = 0; (q = fl_gazetteer_place_at(gz, i)) != NULL; i++)
		if (q->fclass == 'P' && q->population > p->population && strcmp(q->country, p->country) == 0)
			r++;
	return r;
}

static bool city_like(const fl_place *p);

/* The city "the country's <rank>(-largest) city" before byte `before` in the paragraph
 * stands for: of the large cities named there, the one whose rank in its country by
 * population is nearest the one written (within one: reporting calls Aleppo the second
 * city); without a gazetteer, the only one. NULL if none fits. */
static const fl_mention *described_city(const ctx *c, size_t before, int rank)
{
	const fl_mention *best = NULL, *only = NULL;
	int best_d = 2;
	bool several = false;
	for (size_t i = first_mention_from(c, before); c->m && i-- > 0;) {
		const fl_mention *m = &c->m->items[i];
		if (m->start < c->para_start || m->start < c->a->header_end)
			break;
		if (!m->place || m->place->fclass != 'P' || m->place->population < 100000 || !city_like(m->place))
			continue;
		several |= only && only->place != m->place;
		if (!only)
			only = m;
		if (c->gz) {
			int d = abs(country_rank(c->gz, m->place) - rank);
			if (d < best_d) {
				best_d = d;
				best = m;
			}
		}
	}
	return c->gz ? best : several ? NULL : only;
}

/* The words of text[a, b) if they are only what stands between the items of a list
 * of names: commas, dashes, "and" (or "nor"), and capitalised names the gazetteer lacks ("al-"
 * names too). Returns how many such names, -1 if anything else is there. */
static int list_gap(const char *v, size_t a, size_t b)
{
	int names = 0;
	bool in_name = false;
	size_t i = a;
	while (i < b) {
		unsigned char ch = (unsigned char)v[i];
		if (ch == ' ' || ch == '\t' || ch == FL_FILL || ch == '\r') {
			i++;
			continue;
		}
		if (ch == '\n') {	/* a hard-wrapped list goes on; a blank line ends it */
			size_t k = i + 1;
			while (k < b && (v[k] == ' ' || v[k] == '\t' || v[k] == '\r'))
				k++;
			if (k < b && v[k] == '\n')
				return -1;
			i = k;
			continue;
		}
		if (ch == ',' || ch == '-' || (ch == 0xe2 && i + 2 < b && (unsigned char)v[i + 1] == 0x80 &&
					       ((unsigned char)v[i + 2] == 0x93 || (unsigned char)v[i + 2] == 0x94))) {
			i += ch == 0xe2 ? 3 : 1;
			in_name = false;
			continue;
		}
		size_t e = i;
		while (e < b && v[e] != ' ' && v[e] != ',' && v[e] != '\t' && v[e] != '\n' && v[e] != '\r')
			e++;
		if ((e - i == 3 && (strncmp(v + i, "and", 3) == 0 || strncmp(v + i, "nor", 3) == 0))) {
			in_name = false;	/* ("neither Mahardah nor Suqaylabiyah") */
		} else if ((e - i == 8 && strncasecmp(v + i, "province", 8) == 0) ||
			   (e - i == 11 && strncasecmp(v + i, "governorate", 11) == 0) ||
			   (e - i == 4 && strncasecmp(v + i, "city", 4) == 0)) {
			in_name = true;	/* "Deir ez-Zor Province": the name before's, no name */
		} else {
			const char *dash = memchr(v + i, '-', e - i);
			bool cap = isupper(ch) || (dash && dash + 1 < v + e && dash - (v + i) <= 3 &&
						   isupper((unsigned char)dash[1]));
			if (!cap)
				return -1;
			names += !in_name;
			in_name = true;
		}
		i = e;
	}
	return names;
}

/* The list of places written last before byte pos (within this paragraph and the
 * one before): its known places into out (at most MAX_OBJ), returning how many; *items
 * counts its names the gazetteer lacks too. 0 when the last places named are not a
 * list. */
static size_t list_before(const ctx *c, size_t pos, const fl_mention **out, size_t *items)
{
	size_t lo = 0, hi = c->m ? c->m->count : 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c->m->items[mid].end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return 0;
	size_t from = c->para_start > 2000 ? c->para_start - 2000 : 0;
	size_t k = lo - 1;
	const fl_mention *last = &c->m->items[k];
	if (last->start < from)
		return 0;
	/* names after the last known one: "..., Khusham and Tabiyeh - which" */
	size_t e = last->end, q = last->end;
	int tail = 0;
	while (q < pos && q < last->end + 200) {
		while (q < pos && (c->v[q] == ',' || c->v[q] == ' '))
			q++;
		size_t w = q;
		while (w < pos && c->v[w] != ' ' && c->v[w] != ',' && c->v[w] != '.' && c->v[w] != '\n')
			w++;
		if (w == q || list_gap(c->v, e, w) < 0)
			break;
		tail = list_gap(c->v, e, w);
		q = w;
	}
	size_t got = 0;
	*items = (size_t)tail;
	out[got++] = last;
	(*items)++;
	while (k > 0 && got < MAX_OBJ) {
		const fl_mention *pm = &c->m->items[k - 1];
		if (pm->start < from || pm->end > c->m->items[k].start)
			break;
		int g = list_gap(c->v, pm->end, c->m->items[k].start);
		size_t gl = c->m->items[k].start - pm->end;
		if (g < 0 || (g == 0 && !memchr(c->v + pm->end, ',', gl) && !memchr(c->v + pm->end, '-', gl) &&
			      !memmem(c->v + pm->end, gl, "and", 3) && !memmem(c->v + pm->end, gl, "nor", 3)))
			break;	/* "Hama Homs" is no list */
		*items += (size_t)g + 1;
		out[got++] = pm;
		k--;
	}
	/* ("two towns that sit on the road between Hama and Homs": the ends of a stretch
	 * are no list of places a later "both" stands for) */
	char w[16];
	if (got && word_before(c->v, out[got - 1]->start, w, sizeof w) != SIZE_MAX && strcmp(w, "between") == 0)
		return 0;
	return *items >= 2 ? got : 0;
}

/* Is one of the places a road? */
static bool roads_in(const fl_mention *const *m, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (m[i]->place && m[i]->place->fclass == 'R')
			return true;
	return false;
}

/* "the seven villages", "these towns", "both towns" at token j, naming no place
 * itself ("the villages of X and Y" does), standing for the list of places written
 * just before it, whose length matches the number given: the phrase's length in
 * tokens with the places in out and their count in *nout, else 0. */
static size_t list_ref_at(const ctx *c, const token *t, size_t n, size_t j, const fl_mention **out,
			  size_t *nout)
{
	static const char *const numbers[] = { "two", "three", "four", "five", "six", "seven",
					       "eight", "nine", "ten", "eleven", "twelve" };
	if (j + 1 >= n || t[j].mention >= 0)
		return 0;
	size_t q = j, want = 0;
	bool both = TOK_IS(&t[q], "both");
	bool all = TOK_IS(&t[q], "all");	/* "all seven villages", "all the villages" */
	if (all && q + 2 < n && (TOK_IS(&t[q + 1], "the") || TOK_IS(&t[q + 1], "these") ||
				 TOK_IS(&t[q + 1], "those")))
		q++;
	if (!(TOK_IS(&t[q], "the") || TOK_IS(&t[q], "these") || TOK_IS(&t[q], "those") || both || all))
		return 0;
	q++;
	if (both)
		want = 2;
	else if (q < n && t[q].wl <= 2 && isdigit((unsigned char)t[q].w[0]))
		want = (size_t)atoi(t[q++].w);
	else
		for (size_t i = 0; q < n && i < sizeof numbers / sizeof numbers[0]; i++)
			if (tok_is_n(&t[q], numbers[i], strlen(numbers[i]))) {
				want = i + 2;
				q++;
				break;
			}
	/* "neither Mahardah nor Suqaylabiyah has changed hands; both remain under regime
	 * control": "both" alone as the subject of a verb of holding */
	bool bare = both && q < n && (TOK_IS(&t[q], "remain") || TOK_IS(&t[q], "remained") ||
				      TOK_IS(&t[q], "are") || TOK_IS(&t[q], "were") || TOK_IS(&t[q], "stay") ||
				      TOK_IS(&t[q], "stayed"));
	/* "the two Shia towns": one word may describe them */
	if (!bare && want && q + 1 < n && t[q].mention < 0 && !t[q].punct &&
	    (TOK_IS(&t[q + 1], "villages") || TOK_IS(&t[q + 1], "towns") || TOK_IS(&t[q + 1], "cities") ||
	     TOK_IS(&t[q + 1], "neighbourhoods") || TOK_IS(&t[q + 1], "neighborhoods")))
		q++;
	if (!bare && (q >= n || t[q].mention >= 0 ||
		      !(TOK_IS(&t[q], "villages") || TOK_IS(&t[q], "towns") || TOK_IS(&t[q], "localities") ||
			TOK_IS(&t[q], "cities") || TOK_IS(&t[q], "areas") || TOK_IS(&t[q], "neighbourhoods") ||
			TOK_IS(&t[q], "neighborhoods") || TOK_IS(&t[q], "districts"))))
		return 0;
	if (!bare)
		q++;
	if (q < n && (TOK_IS(&t[q], "of") || t[q].mention >= 0 || is_dash(c->v, &t[q]) ||
		      (t[q].punct && t[q].w[0] == ':')))
		return 0;	/* the list follows */
	size_t items = 0;
	size_t got = list_before(c, t[j].s, out, &items);
	/* "residents of Nubl and Zahraa left for Homs and the coast after the two
	 * towns fell": past a list that does not have the count, to one that does (in
	 * the same sentence) */
	/* (or in the sentences just before: "the army said it had recaptured Suran,
	 * Taibat al-Imam and Halfaya, three towns near Hama ... By Tuesday, rebels had
	 * retaken all three towns") */
	size_t from = t[j].s, sent = c->a->sentences[c->si > 3 ? c->si - 3 : 0].start;
	for (int tries = 0; want && (!got || want < got || items < want || roads_in(out, got)) && tries < 3;
	     tries++) {
		/* where the list just looked at starts: its first item, or the last place
		 * named before (a single place is no list) */
		size_t at = got ? out[got - 1]->start : SIZE_MAX;
		for (size_t i = first_mention_from(c, from); !got && i-- > 0;)
			if (c->m->items[i].end <= from) {
				at = c->m->items[i].start;
				break;
			}
		if (at == SIZE_MAX || at <= sent)
			break;
		from = at;
		got = list_before(c, at, out, &items);
	}
	if (!got || (want && (want < got || want > items + 1)) || roads_in(out, got))
		return 0;	/* ("both towns" are no "M5 and M4") */
	/* text order */
	for (size_t a = 0, b = got - 1; a < b; a++, b--) {
		const fl_mention *x = out[a];
		out[a] = out[b];
		out[b] = x;
	}
	*nout = got;
	return q - j;
}

/* Is token w written like a word of a name: capitalised, or an article joined to a
 * capitalised word ("al-Jabal", "el-Bab", "ash-Shughur")? */
static bool name_like(const ctx *c, const token *w)
{
	const char *p = c->v + w->s;
	size_t l = w->e - w->s;
	if (l && isupper((unsigned char)p[0]))
		return true;
	const char *dash = memchr(p, '-', l);
	return dash && dash - p <= 3 && (size_t)(dash - p) + 1 < l && isupper((unsigned char)dash[1]) &&
	       islower((unsigned char)p[0]);
}

/* "seven villages on the east bank of the Euphrates that had been held by the
 * government: Hatla, ...": places counted at j (with a number word or "several"),
 * their list after a colon later in the sentence, with no control verb between. The
 * token after the colon, or 0. */
static size_t counted_colon_list(const ctx *c, const token *t, size_t n, size_t j)
{
	static const char *const counts[] = { "two", "three", "four", "five", "six", "seven",
					      "eight", "nine", "ten", "eleven", "twelve", "several",
					      "many", "dozens", "some", "multiple", "numerous" };
	size_t q = j;
	if (q < n && (TOK_IS(&t[q], "the") || TOK_IS(&t[q], "a")))
		q++;
	/* "the entire belt of towns north of the city: X, Y", "a string of villages" */
	if (q < n && (TOK_IS(&t[q], "entire") || TOK_IS(&t[q], "whole")))
		q++;
	if (q + 2 < n && TOK_IS(&t[q + 1], "of") &&
	    (TOK_IS(&t[q], "belt") || TOK_IS(&t[q], "string") || TOK_IS(&t[q], "ring") ||
	     TOK_IS(&t[q], "chain") || TOK_IS(&t[q], "cluster") || TOK_IS(&t[q], "arc") ||
	     TOK_IS(&t[q], "handful") || TOK_IS(&t[q], "series") || TOK_IS(&t[q], "line")))
		q += 2;
	size_t ci = q;	/* the count's token */
	bool counted = q < n && t[q].wl <= 2 && isdigit((unsigned char)t[q].w[0]);
	for (size_t i = 0; !counted && q < n && i < sizeof counts / sizeof counts[0]; i++)
		counted = tok_is_n(&t[q], counts[i], strlen(counts[i]));
	/* "taking towns whose names ...: X, Y, Z": a plural with no count */
	bool plain = !counted && q < n && (TOK_IS(&t[q], "villages") || TOK_IS(&t[q], "towns") ||
					    TOK_IS(&t[q], "cities") || TOK_IS(&t[q], "localities"));
	if ((!counted && !plain) || q + 1 >= n)
		return 0;
	if (counted)
		q++;
	if (TOK_IS(&t[q], "of") && q + 1 < n)	/* "dozens of villages" */
		q++;
	if (!(TOK_IS(&t[q], "villages") || TOK_IS(&t[q], "towns") || TOK_IS(&t[q], "localities") ||
	      TOK_IS(&t[q], "cities") || TOK_IS(&t[q], "areas") || TOK_IS(&t[q], "positions") ||
	      TOK_IS(&t[q], "hamlets") || TOK_IS(&t[q], "settlements") || TOK_IS(&t[q], "places")))
		return 0;
	/* the count as a number ("two" 2, "3" 3), 0 for "several", "dozens" ... */
	int want = 0;
	if (counted && isdigit((unsigned char)t[ci].w[0]))
		want = atoi(t[ci].w);
	for (size_t i = 0; counted && !want && i < 11; i++)	/* "two" ... "twelve" */
		if (tok_is_n(&t[ci], counts[i], strlen(counts[i])))
			want = (int)i + 2;
	bool relative = false;	/* "villages that had been held by the army: ..." */
	for (size_t k = q + 1; k < n && k < q + 40; k++) {
		if (t[k].punct && t[k].w[0] == ':') {
			/* (its first names may be ones the gazetteer lacks: "Husseiniya,
			 * Salhiya, Hatla, ...") */
			for (size_t r = k + 1; r < n && r < k + 8; r++) {
				if (t[r].mention >= 0)
					return k + 1;
				if (!(TOK_IS(&t[r], ",") || TOK_IS(&t[r], "and") || (!t[r].punct && name_like(c, &t[r]))))
					break;
			}
			return 0;
		}
		/* "drove into two towns just north of Homs, Rastan and Talbiseh": after a
		 * comma, a list of just as many places as counted */
		if (want && TOK_IS(&t[k], ",") && k + 1 < n && t[k + 1].mention >= 0) {
			int got = 0;
			size_t r = k + 1;
			while (r < n) {
				if (t[r].mention >= 0) {
					got++;
					r = mention_end_tok(t, n, r);
				} else if ((TOK_IS(&t[r], ",") || TOK_IS(&t[r], "and")) && r + 1 < n &&
					   (t[r + 1].mention >= 0 || TOK_IS(&t[r + 1], "and"))) {
					r++;
				} else {
					break;
				}
			}
			if (got == want && (r >= n || t[r].punct || TOK_IS(&t[r], "on") || TOK_IS(&t[r], "in")))
				return k + 1;
		}
		if (t[k].punct && (t[k].w[0] == '.' || t[k].w[0] == ';'))
			return 0;
		relative |= TOK_IS(&t[k], "that") || TOK_IS(&t[k], "which") || TOK_IS(&t[k], "whose");
		size_t e = first_at_or_after(&c->ev, k);
		if (!relative && e < c->ev.n && c->ev.m[e].a == k && c->ev.m[e].e->verb >= 0)
			return 0;	/* another clause's verb */
	}
	return 0;
}

/* A seat of power ("the security branches", "the governorate building"): it stands for
 * its place (object_seat; "Sanamayn's security compound"). */
static bool seat_word(const token *w)
{
	return TOK_IS(w, "buildings") || TOK_IS(w, "building") || TOK_IS(w, "branches") ||
	       TOK_IS(w, "headquarters") || TOK_IS(w, "institutions") || TOK_IS(w, "squares") ||
	       TOK_IS(w, "square") || TOK_IS(w, "offices") || TOK_IS(w, "compound") ||
	       TOK_IS(w, "checkpoints") || TOK_IS(w, "barracks") || TOK_IS(w, "centre") ||
	       TOK_IS(w, "center") || TOK_IS(w, "station") || TOK_IS(w, "stations") ||
	       TOK_IS(w, "detachment") || TOK_IS(w, "detachments") || TOK_IS(w, "branch");
}

/* "the security zones", "the security square" at token i (its noun): the state's
 * seat in a town, as its offices are (not "the buffer zone"). */
static bool security_zone(const token *t, size_t i)
{
	return i >= 1 && TOK_IS(&t[i - 1], "security") &&
	       (TOK_IS(&t[i], "zone") || TOK_IS(&t[i], "zones") || TOK_IS(&t[i], "square") ||
		TOK_IS(&t[i], "quarter") || TOK_IS(&t[i], "compound"));
}

/* "In al-Qrayya, the municipality building and the party branch were taken over": a
 * passive whose subject is seats of power, in a sentence a place frames ("In X, ...")
 * or with the place after the seat ("the police station in X was handed over"). One
 * object at most. */
static size_t object_seat_passive(ctx *c, const token *t, size_t n, size_t va, object *obj)
{
	bool seat = false;
	size_t q = va;
	while (q > 0 && !(t[q - 1].punct && t[q - 1].w[0] != ',') && va - q < 16) {
		q--;
		if (seat_word(&t[q]))
			seat = true;
		if (seat && q + 1 < va && (TOK_IS(&t[q], "in") || TOK_IS(&t[q], "of")) && t[q + 1].mention >= 0) {
			const fl_mention *m = mention_at(c, t, q + 1);
			if (m && m->place && m->place->fclass == 'P') {
				obj[0] = (object){ m, q + 1, mention_end_tok(t, n, q + 1), false, -1, false };
				return 1;
			}
		}
	}
	if (!seat || va < 3 || !TOK_IS(&t[0], "in") || t[1].mention < 0)
		return 0;
	const fl_mention *m = mention_at(c, t, 1);
	size_t e = mention_end_tok(t, n, 1);
	if (!m || !m->place || m->place->fclass != 'P' || e >= va || !TOK_IS(&t[e], ","))
		return 0;
	obj[0] = (object){ m, 1, e, false, -1, false };
	return 1;
}

/* "a Syrian army position on the Syrian side of X", "the army's post on the summit
 * of X": past a military post to the place it stands on (the token of that place's
 * mention); j itself if there is none. */
static size_t post_on(const token *t, size_t n, size_t j)
{
	static const char *const posts[] = { "position", "positions", "post", "posts", "outpost",
					     "outposts", NULL };
	static const char *const parts[] = { "summit", "top", "side", "slopes", "peak", "crest", NULL };
	size_t q = j;
	if (q < n && (TOK_IS(&t[q], "a") || TOK_IS(&t[q], "an") || TOK_IS(&t[q], "the") ||
		      TOK_IS(&t[q], "its") || TOK_IS(&t[q], "their")))
		q++;
	for (int k = 0; k < 3 && q < n && !t[q].punct && t[q].mention < 0 && !tok_in(&t[q], posts); k++)
		q++;
	if (!(q + 1 < n && tok_in(&t[q], posts)))
		return j;
	q++;
	if (!TOK_IS(&t[q], "on"))
		return j;	/* ("security posts in Daraa" are not the city) */
	q++;
	if (q + 2 < n && TOK_IS(&t[q], "the")) {
		size_t r = q + 1;
		if (TOK_IS(&t[r], "syrian") || TOK_IS(&t[r], "israeli") || TOK_IS(&t[r], "northern") ||
		    TOK_IS(&t[r], "southern") || TOK_IS(&t[r], "eastern") || TOK_IS(&t[r], "western"))
			r++;
		if (r + 1 < n && tok_in(&t[r], parts) && TOK_IS(&t[r + 1], "of"))
			q = r + 2;
	}
	return q < n && t[q].mention >= 0 ? q : j;
}

static size_t objects_after(ctx *c, const token *t, size_t n, size_t va, size_t vb,
			    const verb_group *vg, object *obj)
{
	const fl_lexicon *lx = c->lx;
	size_t got = 0, j = vb;
	int unknown = 0;
	if (vg->gap && (j = skip_gap(c, vg, t, n, vb)) >= n)
		return 0;
	/* "were able to enter large parts of Aleppo", "overran most of Hama": the greater
	 * share of a place is the place (not "parts of" it, a breaker); "most of these
	 * areas" is not each of them */
	size_t sh = j + 2 < n && TOK_IS(&t[j + 2], "of") && TOK_IS(&t[j + 1], "parts") &&
			    (TOK_IS(&t[j], "large") || TOK_IS(&t[j], "most") || TOK_IS(&t[j], "vast") ||
			     TOK_IS(&t[j], "major") || TOK_IS(&t[j], "big")) ? 3
		    : j + 1 < n && TOK_IS(&t[j + 1], "of") &&
				      (TOK_IS(&t[j], "most") || TOK_IS(&t[j], "much") || TOK_IS(&t[j], "all")) ? 2
		    : 0;
	if (sh && !vg->roads_only && j + sh < n &&
	    !(TOK_IS(&t[j + sh], "these") || TOK_IS(&t[j + sh], "those") || TOK_IS(&t[j + sh], "them")))
		j += sh;
	/* "had taken a Syrian army position on the Syrian side of Mount Hermon", "took
	 * control of the army's post on the summit of X": the place the post is on */
	if (!vg->roads_only)
		j = post_on(t, n, j);
	/* "had not entered the Russian bases at Hmeimim and in Tartus": a base the
	 * gazetteer does not name is not the town it is at */
	for (size_t q = j; q + 1 < n && q < j + 5 && t[q].mention < 0 && !t[q].punct; q++)
		if ((TOK_IS(&t[q], "base") || TOK_IS(&t[q], "bases") || TOK_IS(&t[q], "airbase") ||
		     TOK_IS(&t[q], "airbases") || TOK_IS(&t[q], "facility") || TOK_IS(&t[q], "facilities")) &&
		    (TOK_IS(&t[q + 1], "at") || TOK_IS(&t[q + 1], "in") || TOK_IS(&t[q + 1], "near") ||
		     TOK_IS(&t[q + 1], "outside")))
			return 0;
	/* "took control of the following villages (in ...):" and a list: its items */
	if (!vg->roads_only && j + 1 < n && TOK_IS(&t[j], "the") && TOK_IS(&t[j + 1], "following")) {
		size_t q = j + 2;
		while (q < n && q < j + 24 && !(t[q].punct && t[q].w[0] == ':'))
			q++;
		/* (past the words of an item, "the cities of Nawa", and names the
		 * gazetteer lacks) */
		if (q < n && q < j + 24)
			return places_in(c, t, n, q + 1, n, obj, got);
	}
	/* "holding a strip along the border from Afrin through Azaz and al-Bab to
	 * Jarablus, plus Manbij": each place on the way */
	if (vg->gap && !vg->roads_only && j > vb && TOK_IS(&t[j - 1], "from")) {
		for (size_t q = j; q < n && got < MAX_OBJ;) {
			const fl_mention *m = mention_at(c, t, q);
			if (m) {
				size_t k = mention_end_tok(t, n, q);
				obj[got++] = (object){ m, q, k, false, -1, false };
				q = k;
			} else if (TOK_IS(&t[q], "through") || TOK_IS(&t[q], "via") || TOK_IS(&t[q], "to") ||
				   TOK_IS(&t[q], "and") || TOK_IS(&t[q], ",") || TOK_IS(&t[q], "the") ||
				   TOK_IS(&t[q], "plus") || TOK_IS(&t[q], "on")) {
				q++;
			} else {
				break;
			}
		}
		if (got)
			return got;
	}
	/* "the army retook it": the place named just before, in this paragraph (or in
	 * this sentence: "... Daraa, ... since the army retook it in 2018") */
	if (!vg->roads_only && j == vb && j < n && TOK_IS(&t[j], "it") &&
	    (j + 1 >= n || t[j + 1].punct || !(TOK_IS(&t[j + 1], "was") || TOK_IS(&t[j + 1], "is")))) {
		/* in its own sentence "it" is the place an earlier verb took ("entered
		 * Palmyra, the city on the road from Homs, after the army abandoned it") */
		const fl_mention *m = c->last_obj && c->last_obj->end <= t[va].s ? c->last_obj
										 : antecedent(c, t[va].s);
		if (m) {
			obj[got++] = (object){ m, j, j + 1, false, -1, true };
			j++;
		}
	}
	/* "Government troops left Deir ez-Zor. The SDF say they have moved in.": the
	 * place a verb of the paragraph had before */
	if (!vg->roads_only && !got && j == vb && vb > 0 && TOK_IS(&t[vb - 1], "in") &&
	    (j >= n || (t[j].punct && t[j].w[0] != '(')) && c->para_obj && c->para_obj->end <= t[va].s &&
	    named_place(c, c->para_obj))
		obj[got++] = (object){ c->para_obj, j, j, false, -1, true };
	/* "before the army retook them": the list of places written just before */
	if (!vg->roads_only && !got && j == vb && j < n && TOK_IS(&t[j], "them")) {
		const fl_mention *lm[MAX_OBJ];
		size_t items = 0, nlm = list_before(c, t[va].s, lm, &items);
		for (size_t q = nlm; q-- > 0 && got < MAX_OBJ;)
			obj[got++] = (object){ lm[q], j, j + 1, false, -1, true };
		if (got)
			j++;
	}
	/* "withdrew from the city", "seized the central city": the city named before */
	size_t kw = j + 2 < n && t[j + 1].mention < 0 && !t[j + 1].punct && t[j + 2].mention < 0 &&
			    (TOK_IS(&t[j + 2], "city") || TOK_IS(&t[j + 2], "town")) ? j + 2 : j + 1;
	/* ("the city of several hundred thousand people": "of" naming no place) */
	bool of_place = kw + 1 < n && TOK_IS(&t[kw + 1], "of") &&
			(kw + 2 >= n || t[kw + 2].mention >= 0 || TOK_IS(&t[kw + 2], "the") ||
			 isupper((unsigned char)c->v[t[kw + 2].s]));
	/* (or "this town": "I'm in Talbiseh ... The rebels took this town yesterday") */
	if (!vg->roads_only && kw < n && (TOK_IS(&t[j], "the") || (TOK_IS(&t[j], "this") && kw == j + 1)) &&
	    t[kw].mention < 0 && (TOK_IS(&t[kw], "city") || TOK_IS(&t[kw], "town")) &&
	    (kw + 1 >= n || !(of_place || TOK_IS(&t[kw + 1], "'s")))) {
		/* the place a verb of the paragraph took ("the SDF lost the city of Deir
		 * ez-Zor. Local fighters ... in Damascus took over the city"), else the
		 * last place named */
		const fl_mention *last = antecedent_of(c, t[va].s, TOK_IS(&t[kw], "city") ? CITY : ANY_PLACE, true);
		/* ("X and Y were back under army control, while units on the Saraqib axis
		 * beat back attempts to push into the town": a place of the verb's own
		 * clause comes first) */
		size_t cs = 0;
		for (size_t q = va; q-- > 0 && !cs;)
			if (TOK_IS(&t[q], "while") || TOK_IS(&t[q], "whereas") || TOK_IS(&t[q], "but") ||
			    (t[q].punct && t[q].w[0] == ';'))
				cs = t[q].s;
		bool own = last && cs && last->start > cs;
		const fl_mention *m = c->para_obj && c->para_obj->end <= t[va].s && !own &&
					      named_place(c, c->para_obj) && !in_relative_clause(c, c->para_obj->start) &&
					      (!TOK_IS(&t[kw], "city") || city_like(c->para_obj->place)) &&
					      !(last && last->start > c->para_obj->end &&
						called(c->v, c->a->len, last->end, t[kw].w, t[kw].wl))
					      ? c->para_obj
					      : last;
		if (m) {
			obj[got++] = (object){ m, j, kw + 1, false, -1, true };
			j = kw + 1;
		}
	}
	/* "withdrew from the seven villages", "retook these towns": the last list of
	 * places a verb took */
	const fl_mention *lm[MAX_OBJ];
	size_t nlm = 0;
	size_t ll = !vg->roads_only && !got ? list_ref_at(c, t, n, j, lm, &nlm) : 0;
	if (ll) {
		for (size_t q = 0; q < nlm && got < MAX_OBJ; q++)
			obj[got++] = (object){ lm[q], j, j + ll, false, -1, true };
		j += ll;
	}
	/* "took control of seven villages on the east bank ... : Hatla, Salhiyah and
	 * Marrat": places counted, then listed after a colon */
	size_t cc = !vg->roads_only && !got ? counted_colon_list(c, t, n, j) : 0;
	if (cc)
		j = cc;
	/* "took control of the provincial capital": the governorate seat named before */
	size_t cl = !vg->roads_only && !got ? capital_at(t, n, j) : 0;
	if (cl) {
		const fl_mention *m = province_capital(c, t, va);
		if (!m)
			m = antecedent_of(c, t[va].s, CAPITAL, true);
		if (m) {
			obj[got++] = (object){ m, j, j + cl, false, -1, true };
			j += cl;
		}
	}
	/* "seized most of the country's second-largest city": the city named before */
	int rank = 1;
	size_t dc = !vg->roads_only && !got ? described_city_at(c, t, n, j, &rank) : 0;
	if (dc) {
		const fl_mention *m = described_city(c, t[va].s, rank);
		if (m) {
			obj[got++] = (object){ m, j, j + dc, false, -1, true };
			j += dc;
		}
	}
	/* "entered the capital": the country's capital named before */
	size_t nl = !vg->roads_only && !got && strcmp(vg->event, FL_EVENT_WITHDRAWAL) != 0
			    ? national_capital_at(t, n, j) : 0;
	if (nl) {
		const fl_mention *m = antecedent_of(c, t[va].s, NATIONAL, true);
		if (m) {
			obj[got++] = (object){ m, j, j + nl, false, -1, true };
			j += nl;
		}
	}
	/* "entered the facility", "abandoned the (military) airport": the facility named
	 * before */
	size_t fa = j + 1 < n && (TOK_IS(&t[j + 1], "military") || TOK_IS(&t[j + 1], "international") ||
				  TOK_IS(&t[j + 1], "main") || TOK_IS(&t[j + 1], "air")) ? j + 2 : j + 1;
	if (!vg->roads_only && !got && fa < n && TOK_IS(&t[j], "the") && t[j + 1].mention < 0 &&
	    t[fa].mention < 0 &&
	    (TOK_IS(&t[fa], "facility") || TOK_IS(&t[fa], "airport") || TOK_IS(&t[fa], "airbase") ||
	     TOK_IS(&t[fa], "base") || TOK_IS(&t[fa], "dam") || TOK_IS(&t[fa], "crossing")) &&
	    (fa + 1 >= n || !(TOK_IS(&t[fa + 1], "of") || TOK_IS(&t[fa + 1], "'s")))) {
		const fl_mention *m = antecedent_of(c, t[va].s, FACILITY, true);
		if (m) {
			obj[got++] = (object){ m, j, fa + 1, false, -1, true };
			j = fa + 1;
		}
	}
	/* "clashes on Jabal Zayn al-Abidin ... the factions failed to take the mountain":
	 * the height named before */
	if (!vg->roads_only && !got && j + 1 < n && TOK_IS(&t[j], "the") && t[j + 1].mention < 0 &&
	    (TOK_IS(&t[j + 1], "mountain") || TOK_IS(&t[j + 1], "hill") || TOK_IS(&t[j + 1], "ridge") ||
	     TOK_IS(&t[j + 1], "heights")) &&
	    (j + 2 >= n || !(TOK_IS(&t[j + 2], "of") || TOK_IS(&t[j + 2], "'s") || t[j + 2].mention >= 0))) {
		const fl_mention *m = antecedent_of(c, t[va].s, TERRAIN, true);
		if (m) {
			obj[got++] = (object){ m, j, j + 2, false, -1, true };
			j += 2;
		}
	}
	/* "reached the M5 highway ... and cut the highway": the road named before */
	size_t rw = j < n && TOK_IS(&t[j], "the") ? j + 1 : j;	/* ("cut the" is a phrase) */
	if (vg->roads_only && !got && rw < n && (rw > j || (j > 0 && TOK_IS(&t[j - 1], "the"))) &&
	    t[rw].mention < 0 &&
	    (TOK_IS(&t[rw], "highway") || TOK_IS(&t[rw], "road") || TOK_IS(&t[rw], "motorway")) &&
	    (rw + 1 >= n || !(TOK_IS(&t[rw + 1], "to") || TOK_IS(&t[rw + 1], "from") || TOK_IS(&t[rw + 1], "between") ||
			      TOK_IS(&t[rw + 1], "linking") || TOK_IS(&t[rw + 1], "of")))) {
		const fl_mention *m = antecedent_of(c, t[va].s, ROAD, true);
		if (m) {
			obj[got++] = (object){ m, j, rw + 1, false, -1, true };
			j = rw + 1;
		}
	}
	size_t clause = SIZE_MAX;	/* objects from here on follow ", and" */
	int aside_dx = -1;	/* the day of an aside after "and": the places after it */
	while (j < n && got < MAX_OBJ) {
		if (got && j + 1 < n && TOK_IS(&t[j], ",") && TOK_IS(&t[j + 1], "and"))
			clause = got;
		const fl_mention *m = mention_at(c, t, j);
		if (m) {
			size_t k = mention_end_tok(t, n, j);
			bool road = m->place && m->place->fclass == 'R';
			/* "the Aleppo suburb of Safira", "the Damascus district of Jobar": the
			 * place after "of" */
			const fl_mention *m2 = k + 2 < n ? mention_at(c, t, k + 2) : NULL;
			if (m2 && TOK_IS(&t[k + 1], "of") && m->place && m2->place &&
			    m2->place->population < m->place->population &&	/* not "the Soran district of Hama" */
			    (TOK_IS(&t[k], "suburb") || TOK_IS(&t[k], "district") ||
			     TOK_IS(&t[k], "neighbourhood") || TOK_IS(&t[k], "neighborhood") ||
			     TOK_IS(&t[k], "quarter") || TOK_IS(&t[k], "suburbs"))) {
				j = k + 2;
				continue;
			}
			/* "the Damascus suburbs of Douma and Harasta": one name for the
			 * province ("Damascus suburbs", "Damascus countryside") opening the
			 * places in it, not a place taken */
			if (k + 1 < n && TOK_IS(&t[k], "of") && mention_at(c, t, k + 1) && k > j &&
			    (TOK_IS(&t[k - 1], "suburbs") || TOK_IS(&t[k - 1], "countryside"))) {
				j = k + 1;
				continue;
			}
			/* "the Hama countryside", "the Aleppo central prison", "Hama's
			 * airport": something of the place, not the place */
			size_t sk = k, sl = 0;
			/* ... but "entered Sanamayn's security compound": its seat of power is
			 * the place */
			bool seat = sk + 1 < n && TOK_IS(&t[sk], "'s") &&
				    (seat_word(&t[sk + 1]) || (sk + 2 < n && seat_word(&t[sk + 2])));
			if (!road && !seat && sk < n && TOK_IS(&t[sk], "'s"))
				sl = 1;
			/* "the Hmeimim base", "the Tabqa airport": the facility's own name */
			bool facility = m->place && m->place->fclass == 'S' && sk < n &&
					(TOK_IS(&t[sk], "base") || TOK_IS(&t[sk], "airbase") ||
					 TOK_IS(&t[sk], "airport") || TOK_IS(&t[sk], "air") ||
					 TOK_IS(&t[sk], "military") || TOK_IS(&t[sk], "crossing") ||
					 TOK_IS(&t[sk], "dam") || TOK_IS(&t[sk], "prison"));
			for (int q = 0; !road && !sl && !facility && q < 3 && sk < n; q++) {
				if ((sl = role_len(lx, t, n, sk, R_SUFFIX)))
					break;
				size_t fl = role_len(lx, t, n, sk, R_FILLER);
				if (!fl || role_len(lx, t, n, sk, R_CONNECTOR))
					break;
				sk += fl;
			}
			if (sl) {
				k = sk;
				j = k + sl;
				if (++unknown > (got ? 2 : 4))
					break;
				continue;
			}
			size_t pw = role_len(lx, t, n, k, R_PROVWORD);
			if (vg->roads_only && (!m->place || m->place->fclass != 'R')) {
				j = k;	/* a road named after its ends: "Damascus-Aleppo M5" */
				continue;
			}
			obj[got++] = (object){ m, j, k, pw > 0, aside_dx, false };
			unknown = 0;
			j = k + pw;
			/* "the Sheikh Maqsoud district of Aleppo city": the district, not the
			 * city it is in */
			size_t of = j + 1;
			if (of < n && TOK_IS(&t[of], "of") && !pw &&
			    (TOK_IS(&t[j], "district") || TOK_IS(&t[j], "neighbourhood") ||
			     TOK_IS(&t[j], "neighborhood") || TOK_IS(&t[j], "quarter") ||
			     TOK_IS(&t[j], "suburb") || TOK_IS(&t[j], "area"))) {
				size_t q = of + 1 < n && TOK_IS(&t[of + 1], "the") ? of + 2 : of + 1;
				if (q < n && mention_at(c, t, q)) {
					j = mention_end_tok(t, n, q);
					if (j < n && (TOK_IS(&t[j], "city") || TOK_IS(&t[j], "town")))
						j++;
				}
			}
			continue;
		}
		/* "seized most of Aleppo, including its international airport": the
		 * facility the gazetteer knows by the place's name */
		if (!vg->roads_only && got && c->gz && c->nsynth < 8 && j + 1 < n &&
		    (TOK_IS(&t[j], "its") ||
		     (TOK_IS(&t[j], "the") && j > 0 && TOK_IS(&t[j - 1], "including")))) {
			if (town_facility(c, obj[got - 1].m->place, t, n, j, j + 1, obj, &got)) {
				j = obj[got - 1].b;
				continue;
			}
		}
		/* "they had also taken the city's military airport", "and took its
		 * airport": the facility of the place "the city" or "it" stands for */
		bool city_s = j + 3 < n && TOK_IS(&t[j], "the") &&
			      (TOK_IS(&t[j + 1], "city") || TOK_IS(&t[j + 1], "town")) && TOK_IS(&t[j + 2], "'s");
		if (!vg->roads_only && !got && c->gz && c->nsynth < 8 && j + 1 < n &&
		    (city_s || TOK_IS(&t[j], "its"))) {
			const fl_mention *am = antecedent_of(c, t[va].s, city_s && TOK_IS(&t[j + 1], "city") ? CITY
									: ANY_PLACE, false);
			if (am && town_facility(c, am->place, t, n, j, city_s ? j + 3 : j + 1, obj, &got)) {
				j = obj[got - 1].b;
				continue;
			}
		}
		/* a road code the geoparser left ("M5"): ask the gazetteer for the road */
		if (vg->roads_only && c->gz && c->nsynth < 8 && t[j].wl >= 2 && t[j].wl <= 4 &&
		    isalpha((unsigned char)t[j].w[0]) && isdigit((unsigned char)t[j].w[1])) {
			char code[8];
			span_text(c->a, t[j].s, t[j].e, code, sizeof code);
			fl_candidate cand[4];
			size_t nc = fl_gazetteer_lookup(c->gz, code, "highway", cand, 4);
			for (size_t q = 0; q < nc && q < 4; q++)
				if (cand[q].place && cand[q].place->fclass == 'R' && cand[q].score >= 0.5) {
					fl_mention *sm = &c->synth[c->nsynth++];
					*sm = (fl_mention){ t[j].s, t[j].e, cand[q].place, cand[q].score };
					obj[got++] = (object){ sm, j, j + 1, false, -1, false };
					unknown = 0;
					break;
				}
			if (got && obj[got - 1].a == j) {
				j++;
				continue;
			}
		}
		if (!vg->roads_only && !got && part_of_the_city(t, n, j)) {
			const fl_mention *am = antecedent(c, t[va].s);
			if (am) {
				obj[got++] = (object){ am, j, j + 2, false, -1, true };
				j += 2;
				continue;
			}
		}
		/* "In Aleppo city, ..., where rebels took control of most neighbourhoods":
		 * most of a city's districts are the city */
		size_t md = !vg->roads_only && !got && j == vb ? most_districts(t, n, j) : 0;
		if (md) {
			const fl_mention *am = antecedent_of(c, t[va].s, CITY, false);
			if (am) {
				obj[got++] = (object){ am, j, j + md, false, -1, true };
				j += md;
				continue;
			}
		}
		/* "took Saraqib and Maarat al-Numan and, by nightfall, Khan Sheikhoun", "took
		 * Saraqib and, on Sunday, Khan Sheikhoun": an aside set off by commas after
		 * "and" goes on to the list's next places, and its day is theirs */
		if (got && !vg->roads_only && j >= 2 && TOK_IS(&t[j - 1], ",") && TOK_IS(&t[j - 2], "and")) {
			size_t q = j;
			while (q < n && q < j + 5 && !t[q].punct && t[q].mention < 0 && !verb_starts(c, t, n, q))
				q++;
			if (q > j && q + 1 < n && TOK_IS(&t[q], ",") && mention_at(c, t, q + 1)) {
				size_t dn;
				int da = date_at(c, t, n, j, &dn);
				if (da >= 0 && dn == q) {
					aside_dx = da;
					if (c->naside < 4)
						c->aside_at[c->naside++] = c->dx[da].start;
				}
				j = q + 1;
				continue;
			}
		}
		size_t dnext;
		int di = date_at(c, t, n, j, &dnext);
		if (di >= 0) {
			/* "took Daraa on Friday and Suwayda on Saturday"; "took Halfaya and
			 * Taybat al-Imam on Tuesday, then Suran and Maardes the following day":
			 * a day after a group of places is the whole group's */
			for (size_t g = got; g-- > 0 && obj[g].date < 0;)
				obj[g].date = di;
			j = dnext;
			continue;
		}
		/* "took over government offices in Quneitra": the seats of power of a place
		 * stand for the place; "repelled attacks on military points near Suran":
		 * the place held */
		bool repel = strcmp(vg->event, FL_EVENT_REPELLED) == 0;
		if (!got && !vg->roads_only && (strcmp(vg->event, FL_EVENT_CAPTURE) == 0 || repel) &&
		    (TOK_IS(&t[j], "in") || (repel && (TOK_IS(&t[j], "near") || TOK_IS(&t[j], "around")))) &&
		    j > vb && (seat_word(&t[j - 1]) || security_zone(t, j - 1) ||
			       (repel && (TOK_IS(&t[j - 1], "points") || TOK_IS(&t[j - 1], "positions") ||
					  TOK_IS(&t[j - 1], "posts")))) &&
		    j + 1 < n && (mention_at(c, t, j + 1) ||
				  (j + 4 < n && TOK_IS(&t[j + 1], "the") && TOK_IS(&t[j + 3], "of") &&
				   (TOK_IS(&t[j + 2], "city") || TOK_IS(&t[j + 2], "town")) && mention_at(c, t, j + 4)))) {
			j++;
			continue;
		}
		if (j > vb && verb_starts(c, t, n, j)) {
			/* "seized Hama on Thursday, and the coastal cities of Latakia and
			 * Tartus remain in government hands": places after ", and" right
			 * before a verb of their own are its subject */
			size_t q = j;
			while (q > 0 && (TOK_IS(&t[q - 1], "still") || TOK_IS(&t[q - 1], "now") ||
					 TOK_IS(&t[q - 1], "also") || TOK_IS(&t[q - 1], "both") ||
					 TOK_IS(&t[q - 1], "all")))
				q--;
			if (clause < got && obj[got - 1].b == q)
				got = clause;
			break;
		}
		size_t len;
		if ((len = role_len(lx, t, n, j, R_ENUM))) {
			j += len;
			unknown = 0;
			continue;
		}
		if (got && (len = role_len(lx, t, n, j, R_CONNECTOR))) {
			j += len;
			continue;
		}
		bool stop = role_len(lx, t, n, j, R_BREAKER) > 0;
		if (!stop && (len = role_len(lx, t, n, j, R_FILLER))) {
			j += len;
			continue;
		}
		if (!stop && t[j].punct) {
			/* ("the gunmen took control today: the cities of Nawa and Jasim, ...":
			 * a colon right after the verb opens its list) */
			if (t[j].w[0] == ',' || is_dash(c->v, &t[j]) || (t[j].w[0] == ':' && !got && j <= vb + 3)) {
				j++;
				continue;
			}
			break;
		}
		/* inside a list only capitalised words pass: names the geoparser missed */
		bool cap = false;	/* "Taybat", "al-Imam" */
		for (size_t q = t[j].s; q < t[j].e && !cap; q++)
			cap = isupper((unsigned char)c->v[q]);
		if (!stop && (got ? cap : true) && ++unknown <= (got ? 3 : 4)) {
			j++;
			continue;
		}
		/* broken off; "... and the towns of X and Y" picks it up again */
		size_t r = list_resumes(c, t, n, j);
		if (r >= n)
			break;
		size_t ra = TOK_IS(&t[r - 1], "the") ? r - 2 : r - 1;	/* ", and (the) X" */
		if (TOK_IS(&t[ra], "and") && ra > 0 && TOK_IS(&t[ra - 1], ",")) {
			if (!got && stop)
				break;	/* ("control over vital sites in Aleppo, Idlib, and Hama") */
			clause = got;	/* (its places may be the subject of a verb of their own) */
		}
		j = r;
		unknown = 0;
	}
	if (vg->ncomplement && got) {
		/* "declared Homs (completely) liberated", "listed X as liberated": the word
		 * must come right after */
		size_t q = obj[got - 1].b;
		while (q < n && (TOK_IS(&t[q], "completely") || TOK_IS(&t[q], "fully") || TOK_IS(&t[q], "as") ||
				 TOK_IS(&t[q], "totally") || TOK_IS(&t[q], "city") || TOK_IS(&t[q], "town")))
			q++;
		if (q >= n || !is_complement(vg, &t[q]))
			got = 0;
	}
	return got;
}

/* Is token k the comma of a number ("a town of 40,000")? */
static bool thousands_comma(const token *t, size_t n, size_t k)
{
	return k > 0 && k + 1 < n && t[k].punct && t[k].w[0] == ',' && t[k - 1].e == t[k].s &&
	       t[k + 1].s == t[k].e && isdigit((unsigned char)t[k - 1].w[0]) && isdigit((unsigned char)t[k + 1].w[0]);
}

/* Places before the verb (tokens before va): "Saraqib and Maarat al-Numan fell". */
/* "north", "edge", "heart": a part of a place ("in the north of the city") */
static bool is_part_word(const token *w)
{
	return TOK_IS(w, "north") || TOK_IS(w, "south") || TOK_IS(w, "east") || TOK_IS(w, "west") ||
	       TOK_IS(w, "northeast") || TOK_IS(w, "northwest") || TOK_IS(w, "southeast") ||
	       TOK_IS(w, "southwest") || TOK_IS(w, "centre") || TOK_IS(w, "center") ||
	       TOK_IS(w, "heart") || TOK_IS(w, "edge") || TOK_IS(w, "outskirts") ||
	       TOK_IS(w, "middle");
}

/* "Salamiyah, about 30 km southeast of Hama,": when the place ending at token j
 * is a point of reference set off by a comma after another place, the index just
 * past that place (its comma's index), else 0 */
static size_t locator_before(const ctx *c, const token *t, size_t j)
{
	if (j == 0 || t[j - 1].mention < 0 || !reference_point(c->v, c->sm[t[j - 1].mention]))
		return 0;
	size_t s = j - 1;
	while (s > 0 && t[s - 1].mention == t[j - 1].mention)
		s--;
	for (size_t p = s; p-- > 1 && s - p < 12;) {
		/* ("about 140 kilometers (90 miles) south of Aleppo") */
		if (t[p].mention >= 0 || (t[p].punct && !strchr(",()", t[p].w[0])))
			return 0;
		if (t[p].punct && t[p].w[0] != ',')
			continue;
		if (t[p].punct)
			return t[p - 1].mention >= 0 ? p : 0;
	}
	return 0;
}

/* The first token of a capitalised name of up to four words ending right before token
 * j that is no place the article names and no word of the lexicon ("Ashrafiyah", "Bani
 * Zaid", "Qubtan al-Jabal"), or 0. */
static size_t unknown_name_before(const ctx *c, const token *t, size_t j)
{
	size_t q = j;
	while (q > 0 && j - q < 4 && !t[q - 1].punct && t[q - 1].mention < 0 && !t[q - 1].any) {
		const char *w = c->v + t[q - 1].s;
		bool cap = isupper((unsigned char)w[0]) ||
			   /* "al-Jabal", "el-Bab": an article before a capital */
			   ((w[0] == 'a' || w[0] == 'e') && t[q - 1].e - t[q - 1].s > 4 &&
			    memchr(w, '-', 4) && isupper((unsigned char)((const char *)memchr(w, '-', 4))[1]));
		if (!cap)
			break;
		q--;
	}
	return q < j && isupper((unsigned char)c->v[t[q].s]) ? q : 0;
}

static bool is_auxiliary(const token *w);

/* "Tal Rifaat, north of Aleppo city, and Manbij. The former fell first": the first (or
 * with latter the last) of the two places named, no point of reference counted, from
 * the start of the sentence before to byte end; NULL unless there are two. */
static const fl_mention *former_latter(const ctx *c, size_t end, bool latter)
{
	size_t from = c->a->sentences[c->si > 0 ? c->si - 1 : 0].start;
	const fl_mention *two[2] = { NULL, NULL };
	size_t k = 0;
	for (size_t i = first_mention_from(c, from); c->m && i < c->m->count; i++) {
		const fl_mention *m = &c->m->items[i];
		if (m->end > end)
			break;
		if (!named_place(c, m) || reference_point(c->v, m))
			continue;
		/* ("the Defence Ministry in Damascus said": the seat of those who speak) */
		if ((m->start >= 12 && strncasecmp(c->v + m->start - 12, "ministry in ", 12) == 0) ||
		    (m->start >= 14 && strncasecmp(c->v + m->start - 14, "government in ", 14) == 0))
			continue;
		if (k == 2)
			return NULL;
		two[k++] = m;
	}
	return k == 2 ? two[latter ? 1 : 0] : NULL;
}

/* Do the tokens before token e (up to five) form a phrase of time opening the sentence
 * ("By evening", "On Saturday", "Within hours"), naming no place, side or verb? */
static bool time_opens(ctx *c, const token *t, size_t n, size_t e)
{
	if (e == 0 || e > 5 ||
	    !(TOK_IS(&t[0], "by") || TOK_IS(&t[0], "on") || TOK_IS(&t[0], "in") || TOK_IS(&t[0], "at") ||
	      TOK_IS(&t[0], "within") || TOK_IS(&t[0], "later") || TOK_IS(&t[0], "hours") ||
	      TOK_IS(&t[0], "days") || TOK_IS(&t[0], "shortly") || TOK_IS(&t[0], "soon") ||
	      TOK_IS(&t[0], "overnight") || TOK_IS(&t[0], "early") || TOK_IS(&t[0], "late")))
		return false;
	for (size_t q = 0; q < e; q++)
		if ((t[q].punct && t[q].w[0] != ',') || t[q].mention >= 0 || verb_starts(c, t, n, q) ||
		    TOK_IS(&t[q], "and") || TOK_IS(&t[q], "but") || TOK_IS(&t[q], "said"))
			return false;
	size_t k0 = first_at_or_after(&c->act, 0);
	return !(k0 < c->act.n && c->act.m[k0].a < e);
}

static size_t objects_before(ctx *c, const token *t, size_t n, size_t va, bool change, bool repel,
			     object *obj)
{
	const fl_lexicon *lx = c->lx;
	size_t got = 0;
	/* "The former fell first", "the latter was retaken" */
	if (va >= 2 && TOK_IS(&t[va - 2], "the") && (TOK_IS(&t[va - 1], "former") || TOK_IS(&t[va - 1], "latter"))) {
		const fl_mention *m = former_latter(c, t[va - 2].s, TOK_IS(&t[va - 1], "latter"));
		if (m)
			obj[got++] = (object){ m, va - 2, va, false, -1, true };
		return got;
	}
	/* "after the two Shia towns fell to the factions": the list named before ("both"
	 * alone is one token) */
	for (size_t j0 = va > 5 ? va - 5 : 0; j0 + 1 <= va; j0++) {
		const fl_mention *lm[MAX_OBJ];
		size_t nlm = 0, ll = list_ref_at(c, t, n, j0, lm, &nlm);
		/* ("By nightfall both were in rebel hands": past the verb's auxiliaries) */
		size_t le = j0 + ll;
		while (ll && le < va && (is_auxiliary(&t[le]) || TOK_IS(&t[le], "still") || TOK_IS(&t[le], "now") ||
					 TOK_IS(&t[le], "firmly") || TOK_IS(&t[le], "already")))
			le++;
		if (ll && le == va && nlm >= 1) {
			for (size_t q = 0; q < nlm && got < MAX_OBJ; q++)
				obj[got++] = (object){ lm[q], j0, va, false, -1, true };
			return got;
		}
	}
	/* "villages along the road, among them Karnaz, had been retaken", "several
	 * villages, including Halfaya and Soran, were retaken": the places set off after
	 * "among them" or "including" (of a change: what a region "including X" holds
	 * is told of the region) */
	if (change && va >= 4 && TOK_IS(&t[va - 1], ",")) {
		size_t q = va - 1, named = 0;
		while (q > 0 && (t[q - 1].mention >= 0 || TOK_IS(&t[q - 1], ",") || TOK_IS(&t[q - 1], "and"))) {
			named += t[q - 1].mention >= 0;
			q--;
		}
		bool set_off = named && q >= 2 &&
			       ((TOK_IS(&t[q - 2], "among") && TOK_IS(&t[q - 1], "them")) ||
				(TOK_IS(&t[q - 1], "including") && TOK_IS(&t[q - 2], ",")));
		if (set_off)
			got = places_in(c, t, n, q, va - 1, obj, got);
		if (got)
			return got;
	}
	int unknown = 0;
	bool nameless = false;	/* an unknown name has been looked over (unknown_name_before) */
	bool aside = false;	/* a phrase between commas has been looked over */
	bool they = false;	/* "they" has sent the walk back to the places before it */
	size_t j = va;
	/* "Hama became the fourth provincial capital to slip from government control",
	 * "Daraa was the latest city to fall to the rebels": the subject of "became the
	 * ... to" */
	if (va >= 4 && TOK_IS(&t[va - 1], "to"))
		for (size_t q = va - 1; q-- > 1 && va - q <= 7;) {
			if (t[q].punct || t[q].mention >= 0)
				break;
			if (TOK_IS(&t[q], "the") && q + 2 < va &&
			    (TOK_IS(&t[q - 1], "became") || TOK_IS(&t[q - 1], "becomes") ||
			     TOK_IS(&t[q - 1], "was") || TOK_IS(&t[q - 1], "is") || TOK_IS(&t[q - 1], "become"))) {
				bool kind = false;	/* a kind of place ends the phrase */
				for (size_t r = q + 1; r + 1 < va && !kind; r++)
					kind = TOK_IS(&t[r + 1], "to") &&
					       (TOK_IS(&t[r], "city") || TOK_IS(&t[r], "cities") ||
						TOK_IS(&t[r], "capital") || TOK_IS(&t[r], "town") ||
						TOK_IS(&t[r], "centre") || TOK_IS(&t[r], "center") ||
						TOK_IS(&t[r], "one") || TOK_IS(&t[r], "place"));
				if (kind) {
					j = q - 1;
					if (j > 0 && TOK_IS(&t[j - 1], "has"))
						j--;
				}
				break;
			}
		}
	while (j > 0 && got < MAX_OBJ) {
		size_t i = j - 1;
		if (t[i].mention >= 0) {
			size_t s = i;
			while (s > 0 && t[s - 1].mention == t[i].mention)
				s--;
			/* ("the M5 highway": a road's own word, no suffix) */
			const fl_place *ip = c->sm[t[i].mention]->place;
			if (role_len(lx, t, n, j, R_SUFFIX) && !got &&
			    !(ip && ip->fclass == 'R' && (TOK_IS(&t[j], "highway") || TOK_IS(&t[j], "road"))))
				break;
			/* "In the countryside north of Hama, Halfaya and Soran fell": a place
			 * after a preposition is not one of the list */
			/* ("when Maarat al-Numan and Saraqib fell": a clause opens there) */
			bool opens = s > 0 && (TOK_IS(&t[s - 1], "when") || TOK_IS(&t[s - 1], "where") ||
					       TOK_IS(&t[s - 1], "while") || TOK_IS(&t[s - 1], "that") ||
					       TOK_IS(&t[s - 1], "but"));
			if (got && s > 0 && !opens && (role_len(lx, t, n, s - 1, R_BREAKER) ||
					     (s > 1 && TOK_IS(&t[s - 1], "of") &&
					      role_len(lx, t, n, s - 2, R_BREAKER))))
				break;
			size_t pw = role_len(lx, t, n, j, R_PROVWORD);
			/* "the Sheikh Maqsoud neighbourhood of Aleppo city remains ...": the
			 * neighbourhood, not the city it is in */
			if (got && obj[got - 1].a >= j + 2 && obj[got - 1].a <= j + 3 &&
			    TOK_IS(&t[obj[got - 1].a - 1], "of") &&
			    (obj[got - 1].a == j + 2 || TOK_IS(&t[j + 1], "the")) &&
			    (TOK_IS(&t[j], "neighbourhood") || TOK_IS(&t[j], "neighborhood") ||
			     TOK_IS(&t[j], "district") || TOK_IS(&t[j], "quarter") ||
			     TOK_IS(&t[j], "suburb"))) {
				obj[got - 1] = (object){ c->sm[t[i].mention], s, j, false, -1, false };
				unknown = 0;
				j = s;
				continue;
			}
			/* "The Nasib crossing with Jordan fell", "Halfaya near Hama fell": a
			 * place after a preposition right before the verb qualifies the
			 * subject named before it, which is the object */
			/* ("the Jabal Zain al-Abidin axis north of Hama was foiled": past "of") */
			/* ("the town of Morek on the M5 highway has been under ...": past "the") */
			size_t pb = s > 2 && (TOK_IS(&t[s - 1], "of") || TOK_IS(&t[s - 1], "the")) &&
					    (role_len(lx, t, n, s - 2, R_BREAKER) || TOK_IS(&t[s - 2], "on"))
					    ? s - 2
					    : s - 1;
			/* (after "on" only the place right before it: "Morek on the M5", not
			 * "from Homs after towns on M5 fall") */
			if (!got && s > 1 &&
			    (role_len(lx, t, n, pb, R_BREAKER) || TOK_IS(&t[pb], "with") ||
			     (TOK_IS(&t[pb], "on") && pb > 0 && t[pb - 1].mention >= 0))) {
				size_t h = pb;
				while (h > 0 && s - h < 6 && t[h - 1].mention < 0 && !t[h - 1].punct)
					h--;
				if (h > 0 && t[h - 1].mention >= 0) {
					size_t hs = h - 1;
					while (hs > 0 && t[hs - 1].mention == t[h - 1].mention)
						hs--;
					obj[got++] = (object){ c->sm[t[h - 1].mention], hs, h, false, -1, false };
					unknown = 0;
					j = hs;
					continue;
				}
			}
			obj[got++] = (object){ c->sm[t[i].mention], s, j, pw > 0, -1, false };
			unknown = 0;
			j = s;
			continue;
		}
		if (t[i].punct && (t[i].w[0] == '*' || t[i].w[0] == '_')) {
			j = i;	/* Markdown emphasis: "Saraqib **[C]**" */
			continue;
		}
		/* "Palmyra is reported to have fallen to rebels": past the hedge (read as
		 * one all the same) */
		size_t h = i >= 3 && TOK_IS(&t[i], "have") ? i - 1 : i;	/* the "to" */
		if (!got && h >= 2 && TOK_IS(&t[h], "to") &&
		    (TOK_IS(&t[h - 1], "reported") || TOK_IS(&t[h - 1], "said") ||
		     TOK_IS(&t[h - 1], "believed") || TOK_IS(&t[h - 1], "thought") ||
		     TOK_IS(&t[h - 1], "understood") || TOK_IS(&t[h - 1], "alleged")) &&
		    (TOK_IS(&t[h - 2], "is") || TOK_IS(&t[h - 2], "was") || TOK_IS(&t[h - 2], "are") ||
		     TOK_IS(&t[h - 2], "were"))) {
			j = h - 2;
			continue;
		}
		/* "after the town and neighbouring Talbiseh fell": "the town" is the place
		 * named before */
		if (got && i > 0 && (TOK_IS(&t[i], "town") || TOK_IS(&t[i], "city")) && TOK_IS(&t[i - 1], "the") &&
		    i + 1 < va && TOK_IS(&t[i + 1], "and")) {
			const fl_mention *m = antecedent_of(c, t[i - 1].s, TOK_IS(&t[i], "city") ? CITY : ANY_PLACE, false);
			if (m && (!obj[0].m->place || !m->place || obj[0].m->place->id != m->place->id)) {
				obj[got++] = (object){ m, i - 1, i + 1, false, -1, true };
				j = i - 1;
				continue;
			}
		}
		if (t[i].punct && t[i].w[0] == ']' && i >= 2) {
			size_t p = i;	/* a bracketed tag of up to three words: "[C]", "[unconfirmed]" */
			while (p > 0 && i - p < 4 && !(t[p - 1].punct && t[p - 1].w[0] == '['))
				p--;
			if (p > 0 && i - p < 4) {
				j = p - 1;
				continue;
			}
		}
		/* "Aleppo - the city the regime spent four years retaking - had fallen": the
		 * subject before a phrase set off by dashes */
		if (!got && !aside && t[i].punct && is_dash(c->v, &t[i])) {
			size_t p = i;
			while (p > 0 && i - p < 40 && !(t[p - 1].punct && (is_dash(c->v, &t[p - 1]) || t[p - 1].w[0] == '.')))
				p--;
			if (p > 1 && is_dash(c->v, &t[p - 1]) && t[p - 2].mention >= 0) {
				aside = true;
				j = p - 1;
				continue;
			}
			/* "Three of the towns taken - Halfaya, Taybat al-Imam and Soran - had
			 * been declared back under army control": the places set off */
			bool list = p > 0 && p < i && is_dash(c->v, &t[p - 1]);
			for (size_t q = p; list && q < i; q++)
				list = t[q].mention >= 0 || TOK_IS(&t[q], ",") || TOK_IS(&t[q], "and");
			if (list)
				got = places_in(c, t, n, p, i, obj, got);
			if (got)
				return got;
		}
		/* "Saraqib and Maarat al-Numan (Idlib governorate, on the M5 highway) fell
		 * to the opposition": the subject before a phrase in brackets */
		if (!got && !aside && t[i].punct && t[i].w[0] == ')') {
			size_t p = i;
			while (p > 0 && i - p < 40 && !(t[p - 1].punct && (t[p - 1].w[0] == '(' || t[p - 1].w[0] == '.')))
				p--;
			if (p > 1 && t[p - 1].w[0] == '(' && t[p - 2].mention >= 0) {
				aside = true;
				j = p - 1;
				continue;
			}
		}
		if (t[i].punct && t[i].w[0] != ',')
			break;
		if (!got && t[i].w[0] == ',' && t[i].punct && i > 0 &&
		    (t[i - 1].mention >= 0 ||
		     (i > 1 && t[i - 2].mention >= 0 &&
		      (TOK_IS(&t[i - 1], "city") || TOK_IS(&t[i - 1], "town")))) &&
		    i + 1 < va && (TOK_IS(&t[i + 1], "which") || TOK_IS(&t[i + 1], "that"))) {
			/* "Maarat al-Numan, which had been retaken by the army", "Aleppo
			 * city, which fell to the opposition" */
			j = t[i - 1].mention >= 0 ? i : i - 1;
			/* "Salamiyah, about 30 km southeast of Hama, which remains in
			 * government hands": the place the distance is measured from only
			 * locates the subject named before it */
			size_t la = locator_before(c, t, j);
			if (la)
				j = la;
			continue;
		}
		if (!got && !aside && t[i].w[0] == ',' && t[i].punct) {
			/* "Saraqib, the town where the M4 meets the M5, was wrested from ...",
			 * "Hama itself was, in effect, handed over to ...": the subject comes
			 * before a phrase set off by commas (looked over once) */
			size_t p = i;
			/* (past "40,000" and "Mr." inside it: a stop inside a sentence is an
			 * abbreviation's) */
			while (p > 0 && i - p < 40 &&
			       (!(t[p - 1].punct && t[p - 1].w[0] != '-' && t[p - 1].w[0] != '.') ||
				thousands_comma(t, n, p - 1)))
				p--;
			if (p > 0 && t[p - 1].punct && t[p - 1].w[0] == ',' && p - 1 > 0) {
				aside = true;
				j = p - 1;
				size_t la = locator_before(c, t, j);
				if (la)
					j = la;
				continue;
			}
			break;
		}
		if (t[i].punct || role_len(lx, t, n, i, R_CONNECTOR) == 1) {
			if (!got && !nameless)
				break;
			j = i;
			continue;
		}
		/* "Sheikh Maqsoud and Ashrafiyah remain under SDF control": a name the
		 * gazetteer lacks, as a list's last item, leaves the list whole (it gives
		 * no claim of its own) */
		/* (past the verb's auxiliaries: "Kafr Battikh and Jobas were back under army
		 * control") */
		bool at_verb = j <= va;
		for (size_t q = j; q < va && at_verb; q++)
			at_verb = is_auxiliary(&t[q]);
		if (!got && !nameless && at_verb) {
			/* ("Sheikh Maqsoud, Ashrafiyah and Bani Zaid": each of them) */
			size_t q = j, r;
			while ((r = unknown_name_before(c, t, q)) > 1 &&
			       (role_len(lx, t, n, r - 1, R_CONNECTOR) == 1 || TOK_IS(&t[r - 1], ",")))
				q = r - 1;
			if (q < j && t[q - 1].mention >= 0) {
				nameless = true;
				j = q;
				continue;
			}
		}
		if (!got && !they && TOK_IS(&t[i], "they")) {
			/* "Halfaya, Soran and Taybat al-Imam changed hands before they were
			 * secured by the factions": the last places named before "they" */
			size_t q = i;
			while (q > 0 && t[q - 1].mention < 0 && !(t[q - 1].punct && t[q - 1].w[0] == '.'))
				q--;
			if (q > 0 && t[q - 1].mention >= 0) {
				they = true;
				j = q;
				continue;
			}
			break;
		}
		/* "Sheikh Maqsoud in the north of the city remained under ...": where in
		 * the place named before it the subject is */
		if (!got && i >= 5 && TOK_IS(&t[i - 1], "the") && TOK_IS(&t[i - 2], "of") &&
		    TOK_IS(&t[i - 4], "the") &&
		    (TOK_IS(&t[i], "city") || TOK_IS(&t[i], "town") || TOK_IS(&t[i], "village") ||
		     TOK_IS(&t[i], "province") || TOK_IS(&t[i], "country")) &&
		    (TOK_IS(&t[i - 5], "in") || TOK_IS(&t[i - 5], "on") || TOK_IS(&t[i - 5], "at")) &&
		    is_part_word(&t[i - 3])) {
			j = i - 5;
			continue;
		}
		/* "Mhardeh and Suqaylabiyah to the west were entered" */
		if (!got && i >= 2 && TOK_IS(&t[i - 1], "the") &&
		    (TOK_IS(&t[i - 2], "to") || TOK_IS(&t[i - 2], "in")) && is_part_word(&t[i]) &&
		    i >= 3 && t[i - 3].mention >= 0) {
			j = i - 2;
			continue;
		}
		/* "They reached Saraqib and Aleppo fell", "the town where the M5 meets the
		 * M4, and Aleppo fell": a place right after a subject and a verb of its own
		 * is that verb's object, not one of the list (unless it is a saying: "rebels
		 * said Rastan and Talbiseh fell") */
		if (got >= 2 && i > 0 && islower((unsigned char)t[i].w[0]) && !saying(&t[i]) &&
		    !role_len(lx, t, n, i, R_BREAKER) && role_len(lx, t, n, i, R_FILLER) != 1 &&
		    (obj[got - 1].a == i + 1 || (obj[got - 1].a == i + 2 && TOK_IS(&t[i + 1], "the"))) &&
		    (t[i - 1].mention >= 0 || TOK_IS(&t[i - 1], "they") || TOK_IS(&t[i - 1], "it"))) {
			got--;
			break;
		}
		if (role_len(lx, t, n, i, R_BREAKER) || verb_starts(c, t, n, i))
			break;
		if (role_len(lx, t, n, i, R_FILLER) == 1) {
			j = i;
			continue;
		}
		if (++unknown > 1)
			break;
		j = i;
	}
	/* "Rebels reached Rastan. The town fell on Friday.", "It was taken overnight": a
	 * description or a pronoun opening the clause is the place named before */
	size_t d = va;
	/* ("the province has been in opposition hands": past its auxiliaries) */
	while (!got && d > 0 && (TOK_IS(&t[d - 1], "itself") || TOK_IS(&t[d - 1], "has") ||
				 TOK_IS(&t[d - 1], "have") || TOK_IS(&t[d - 1], "had") ||
				 TOK_IS(&t[d - 1], "been") || TOK_IS(&t[d - 1], "is") ||
				 TOK_IS(&t[d - 1], "was") || TOK_IS(&t[d - 1], "now")))
		d--;
	/* "The city, Syria's largest before the war, fell on 30 November": past a phrase
	 * set off by commas after the description */
	if (!got && d > 3 && TOK_IS(&t[d - 1], ",")) {
		size_t p = d - 1;
		while (p > 0 && d - p < 40 && !t[p - 1].punct)
			p--;
		if (p >= 3 && TOK_IS(&t[p - 1], ",") && TOK_IS(&t[p - 3], "the") &&
		    (TOK_IS(&t[p - 2], "city") || TOK_IS(&t[p - 2], "town") || TOK_IS(&t[p - 2], "village") ||
		     facility_word(&t[p - 2])))
			d = p - 1;
	}
	bool prov = d >= 2 && (TOK_IS(&t[d - 1], "province") || TOK_IS(&t[d - 1], "governorate"));
	size_t pl = !prov ? 0
		    : TOK_IS(&t[d - 2], "the") ? 2
		    : d >= 3 && TOK_IS(&t[d - 2], "entire") && TOK_IS(&t[d - 3], "the") ? 3 : 0;
	/* "the whole of the province", "all of the governorate", "the entire province" */
	if (pl == 2 && d >= 4 && TOK_IS(&t[d - 3], "of") && (TOK_IS(&t[d - 4], "whole") || TOK_IS(&t[d - 4], "all")))
		pl = d >= 5 && TOK_IS(&t[d - 5], "the") ? 5 : 4;
	bool whole = pl > 0;
	bool height = !whole && d >= 2 && TOK_IS(&t[d - 2], "the") &&
		      (TOK_IS(&t[d - 1], "ridge") || TOK_IS(&t[d - 1], "hill") ||
		       TOK_IS(&t[d - 1], "mountain") || TOK_IS(&t[d - 1], "heights"));
	/* "The dam, a key source of electricity, remains under the control of X" */
	bool facility = !whole && !height && d >= 2 && TOK_IS(&t[d - 2], "the") && facility_word(&t[d - 1]);
	size_t dl = whole ? pl
		    : d >= 2 && TOK_IS(&t[d - 2], "the") &&
				      (TOK_IS(&t[d - 1], "town") || TOK_IS(&t[d - 1], "city") ||
				       TOK_IS(&t[d - 1], "village")) ? 2
		    : height || facility ? 2
		    : d >= 1 && TOK_IS(&t[d - 1], "it") ? 1 : 0;
	/* ("When the ridge was taken": a clause may open after "when", "after") */
	bool opens = d > dl && (TOK_IS(&t[d - dl - 1], "when") || TOK_IS(&t[d - dl - 1], "after") ||
				TOK_IS(&t[d - dl - 1], "once") || TOK_IS(&t[d - dl - 1], "that"));
	/* "The capital fell": the country's capital named before */
	size_t cap0 = !got && !dl && d >= 2 ? (TOK_IS(&t[d - 2], "the") ? d - 2
					     : d >= 3 && TOK_IS(&t[d - 3], "the") ? d - 3 : d) : d;
	if (cap0 < d && national_capital_at(t, n, cap0) == d - cap0 &&
	    (cap0 == 0 || (t[cap0 - 1].punct && t[cap0 - 1].w[0] == ','))) {
		const fl_mention *m = antecedent_of(c, t[va].s, NATIONAL, true);
		if (m)
			obj[got++] = (object){ m, cap0, d, false, -1, true };
	}
	/* ("By evening it had fallen", "On Saturday the town fell": after a phrase of
	 * time that opens the sentence, a few words naming no place, side or verb) */
	bool fronted = !got && dl && d > dl && time_opens(c, t, n, d - dl);
	/* "Rebels attacked Rastan and Talbiseh. By evening they had fallen": "they", of a
	 * verb only places do (not "they were repelled"), is the list named before */
	if (!got && !dl && d >= 1 && TOK_IS(&t[d - 1], "they") && change && !repel &&
	    (d == 1 || (t[d - 2].punct && t[d - 2].w[0] == ',') || TOK_IS(&t[d - 2], "when") ||
	     TOK_IS(&t[d - 2], "until") || TOK_IS(&t[d - 2], "before") || time_opens(c, t, n, d - 1))) {
		const fl_mention *lm[MAX_OBJ];
		size_t items = 0, nlm = list_before(c, t[d - 1].s, lm, &items);
		for (size_t q = 0; q < nlm && got < MAX_OBJ; q++)	/* (last first: turned below) */
			if (named_place(c, lm[q]))
				obj[got++] = (object){ lm[q], d - 1, d, false, -1, true };
		if (got)
			goto done;
	}
	if (!got && dl && (d == dl || opens || fronted || (t[d - dl - 1].punct && t[d - dl - 1].w[0] == ','))) {
		bool city = !whole && dl == 2 && TOK_IS(&t[d - 1], "city");
		const fl_mention *m = height ? antecedent_of(c, t[va].s, TERRAIN, true)
				      : facility ? antecedent_of(c, t[va].s, FACILITY, true)
				      : !whole && c->para_obj && c->para_obj->end <= t[va].s &&
					      named_place(c, c->para_obj) &&
					      (!city || city_like(c->para_obj->place))
					      ? c->para_obj
					      : antecedent_of(c, t[va].s, city ? CITY : ANY_PLACE, dl >= 2);
		if (m)	/* the province: the governorate the place named before is in */
			obj[got++] = (object){ m, d - dl, d, whole, -1, true };
	}
done:
	/* text order */
	for (size_t k = 0; k < got / 2; k++) {
		object tmp = obj[k];
		obj[k] = obj[got - 1 - k];
		obj[got - 1 - k] = tmp;
	}
	return got;
}

/* "had overrun a string of villages, Urum al-Kubra and Anjara among them": the list
 * set off by a comma before "among them", within some words after token vb; up to
 * room objects into obj */
static size_t among_them(ctx *c, const token *t, size_t n, size_t vb, object *obj, size_t room)
{
	for (size_t p = vb; p + 2 < n && p < vb + 24; p++) {
		if (t[p].punct && t[p].w[0] != ',')
			break;
		if (!TOK_IS(&t[p], ",") || !mention_at(c, t, p + 1))
			continue;
		size_t r = p + 1, got = 0;
		object tmp[MAX_OBJ];
		while (r < n && got < MAX_OBJ) {
			const fl_mention *m = mention_at(c, t, r);
			if (m) {
				size_t k = mention_end_tok(t, n, r);
				tmp[got++] = (object){ m, r, k, false, -1, false };
				r = k;
			} else if (TOK_IS(&t[r], ",") || TOK_IS(&t[r], "and")) {
				r++;
			} else {
				break;
			}
		}
		if (got && r + 1 < n && TOK_IS(&t[r], "among") && TOK_IS(&t[r + 1], "them")) {
			if (got > room)
				got = room;
			memcpy(obj, tmp, got * sizeof *obj);
			return got;
		}
	}
	return 0;
}

/* "regained control of several villages around Hama, including Qamhana and Soran":
 * with no place right after the verb, the places after "including" in its clause. */
static size_t objects_including(ctx *c, const token *t, size_t n, size_t vb, object *obj)
{
	size_t got = among_them(c, t, n, vb, obj, MAX_OBJ);
	if (got)
		return got;
	size_t q = vb;
	for (; q < n && q < vb + 32; q++) {
		if (t[q].punct && t[q].w[0] != ',')
			return 0;
		if (TOK_IS(&t[q], "including") || (TOK_IS(&t[q], "among") && q + 1 < n &&
						   TOK_IS(&t[q + 1], "them")))
			break;
		size_t k = first_at_or_after(&c->ev, q);
		if (k < c->ev.n && c->ev.m[k].a == q && c->ev.m[k].e->verb >= 0) {
			/* "retook villages that had fallen to the army in 2020, including
			 * X": a relative clause on the verb's own object is read past */
			/* (", which the army had held since 2017, including X": set off by
			 * commas too) */
			bool rel = false;
			for (size_t r = q; r-- > vb + 1 && r + 6 > q && !rel;)
				rel = (TOK_IS(&t[r], "that") || TOK_IS(&t[r], "which")) &&
				      (!t[r - 1].punct || TOK_IS(&t[r - 1], ",")) && t[r - 1].mention < 0 &&
				      (r < 2 || t[r - 2].mention < 0);
			if (!rel)
				return 0;	/* another verb's clause */
			q = c->ev.m[k].b - 1;
		}
	}
	if (q >= n || q >= vb + 32)
		return 0;
	q += TOK_IS(&t[q], "among") ? 2 : 1;
	int unknown = 0;	/* names in a row the gazetteer lacks */
	while (q < n && got < MAX_OBJ) {
		const fl_mention *m = mention_at(c, t, q);
		if (m) {
			size_t k = mention_end_tok(t, n, q);
			obj[got++] = (object){ m, q, k, false, -1, false };
			q = k;
			unknown = 0;
		} else if (TOK_IS(&t[q], ",") || TOK_IS(&t[q], "and")) {
			unknown = 0;	/* a new item: its names in a row start again */
			q++;
		} else if (TOK_IS(&t[q], "the") ||
			   TOK_IS(&t[q], "town") || TOK_IS(&t[q], "towns") || TOK_IS(&t[q], "village") ||
			   TOK_IS(&t[q], "villages") || TOK_IS(&t[q], "of") || TOK_IS(&t[q], "city") ||
			   TOK_IS(&t[q], "cities")) {
			q++;
		} else if (!t[q].punct && q + 1 < n &&
			   (TOK_IS(&t[q + 1], "town") || TOK_IS(&t[q + 1], "city") ||
			    TOK_IS(&t[q + 1], "village") || TOK_IS(&t[q + 1], "towns") ||
			    TOK_IS(&t[q + 1], "cities"))) {
			q++;	/* "the strategic town of Saraqib", "the border town of Kobani" */
		} else if (!t[q].punct && name_like(c, &t[q]) && ++unknown <= 3) {
			q++;	/* a name the gazetteer lacks: "among them Sheikh Aqil and Urum al-Kubra" */
		} else if (got && q > 0 && TOK_IS(&t[q - 1], ",") && (TOK_IS(&t[q], "which") || TOK_IS(&t[q], "where"))) {
			/* "including X, which they took on Tuesday, and the town of Y": past
			 * a relative clause set off by commas, when the list goes on */
			size_t e = q + 1;
			while (e < n && e < q + 16 && !t[e].punct)
				e++;
			if (!(e + 1 < n && TOK_IS(&t[e], ",") && TOK_IS(&t[e + 1], "and")))
				break;
			q = e + 1;
		} else {
			break;
		}
	}
	return got;
}

/* "Hama, which rebels captured on Thursday": the place before "which" is the object
 * of a verb that has none after it. Returns 1 with obj[0] set, or 0. */
/* "took over the security branches in the city", "In Hasakah, the Asayish took over
 * the security squares": the seats of power of a place stand for the place. The place
 * follows the seat ("in X", "of X", "in the city": the place named before), or frames
 * the sentence ("In X, ..."). One object at most. */

static size_t object_seat(ctx *c, const token *t, size_t n, size_t va, size_t vb, bool capture, object *obj)
{
	bool seat = false;
	for (size_t q = vb; q < n && q < vb + 14; q++) {
		if ((t[q].punct && t[q].w[0] != ',') || verb_starts(c, t, n, q))
			break;
		if (seat_word(&t[q])) {
			seat = true;
			continue;
		}
		if (!seat || !(TOK_IS(&t[q], "in") || TOK_IS(&t[q], "of") || TOK_IS(&t[q], "inside")))
			continue;
		size_t j = q + 1;
		size_t cl = capital_at(t, n, j);
		if (cl) {	/* "stormed the security branches in the provincial capital" */
			const fl_mention *m = antecedent_of(c, t[va].s, CAPITAL, true);
			if (!m)
				return 0;
			obj[0] = (object){ m, j, j + cl, false, -1, true };
			return 1;
		}
		if (j + 1 < n && TOK_IS(&t[j], "the") && t[j + 1].mention < 0 &&
		    (TOK_IS(&t[j + 1], "city") || TOK_IS(&t[j + 1], "town")) &&
		    !(j + 2 < n && TOK_IS(&t[j + 2], "of"))) {
			const fl_mention *m = antecedent_of(c, t[va].s, TOK_IS(&t[j + 1], "city") ? CITY : ANY_PLACE, true);
			if (!m)
				return 0;
			obj[0] = (object){ m, j, j + 2, false, -1, true };
			return 1;
		}
		/* "in the city of Suwayda" */
		while (j < n && (TOK_IS(&t[j], "the") || TOK_IS(&t[j], "city") || TOK_IS(&t[j], "town") ||
				 (j > q + 1 && TOK_IS(&t[j], "of"))))
			j++;
		const fl_mention *m = j < n ? mention_at(c, t, j) : NULL;
		if (m && m->place && m->place->fclass == 'P') {
			obj[0] = (object){ m, j, mention_end_tok(t, n, j), false, -1, false };
			return 1;
		}
		/* "the headquarters of the Military Security branch in Jasim": on */
	}
	if (!seat)
		return 0;
	/* "local gunmen in the city of Suwayda ousted the governor and seized the police
	 * headquarters": the place the subject is in */
	for (size_t q = va; q-- > 1 && q + 12 > va;) {
		if (t[q].punct && t[q].w[0] != ',')
			break;
		if (t[q].mention < 0)
			continue;
		size_t s0 = q;
		while (s0 > 0 && t[s0 - 1].mention == t[q].mention)
			s0--;
		size_t p = s0;
		if (p >= 3 && TOK_IS(&t[p - 1], "of") && (TOK_IS(&t[p - 2], "city") || TOK_IS(&t[p - 2], "town")) &&
		    TOK_IS(&t[p - 3], "the"))
			p -= 3;
		const fl_mention *m = mention_at(c, t, s0);
		/* "the factions of Shahba took over the area's police station" */
		bool of_people = p >= 2 && TOK_IS(&t[p - 1], "of") &&
				 (TOK_IS(&t[p - 2], "factions") || TOK_IS(&t[p - 2], "fighters") ||
				  TOK_IS(&t[p - 2], "people") || TOK_IS(&t[p - 2], "youth") ||
				  TOK_IS(&t[p - 2], "gunmen") || TOK_IS(&t[p - 2], "groups") ||
				  TOK_IS(&t[p - 2], "residents") || TOK_IS(&t[p - 2], "men"));
		if (p > 0 && (TOK_IS(&t[p - 1], "in") || of_people) && m && m->place && m->place->fclass == 'P') {
			obj[0] = (object){ m, s0, q + 1, false, -1, false };
			return 1;
		}
		break;	/* the nearest place before the verb is not where the subject is */
	}
	/* "In Hasakah, the Asayish took over the security squares", "In Hasakah and
	 * Qamishli, ..." */
	size_t got = 0;
	/* ("In neighbouring Suwayda, ...") */
	size_t j1 = capture && va > 3 && TOK_IS(&t[0], "in") && t[1].mention < 0 && !t[1].punct && t[2].mention >= 0 &&
			    (TOK_IS(&t[1], "neighbouring") || TOK_IS(&t[1], "neighboring") || TOK_IS(&t[1], "nearby") ||
			     TOK_IS(&t[1], "southern") || TOK_IS(&t[1], "northern") || TOK_IS(&t[1], "eastern") ||
			     TOK_IS(&t[1], "western") || TOK_IS(&t[1], "central"))
			    ? 2 : 1;
	for (size_t j = j1; va > 2 && TOK_IS(&t[0], "in") && j < va && t[j].mention >= 0 && got < MAX_OBJ;) {
		size_t k = mention_end_tok(t, n, j);
		const fl_mention *m = mention_at(c, t, j);
		if (!m || !m->place || m->place->fclass != 'P' || k >= va)
			return 0;
		obj[got++] = (object){ m, j, k, false, -1, false };
		if (TOK_IS(&t[k], ","))
			return got;
		if (!TOK_IS(&t[k], "and") && !TOK_IS(&t[k], ","))
			return 0;
		j = k + 1;
	}
	return 0;
}

/* "In the Kurdish neighbourhood of Sheikh Maqsoud in Aleppo, the Asayish have kept
 * control": a holding verb with no place after it holds the place that frames the
 * sentence (the first named, not the city it is in). One object at most. */
static size_t object_frame(ctx *c, const token *t, size_t n, size_t va, object *obj)
{
	if (va < 3 || !TOK_IS(&t[0], "in"))
		return 0;
	size_t j = 1;
	if (t[j].mention < 0) {	/* "the Kurdish neighbourhood of" */
		size_t k = j;
		while (k < va && k < j + 5 && t[k].mention < 0 && !t[k].punct && !TOK_IS(&t[k], "of"))
			k++;
		if (k >= va || !TOK_IS(&t[k], "of") || k + 1 >= va || t[k + 1].mention < 0)
			return 0;
		j = k + 1;
	}
	const fl_mention *m = mention_at(c, t, j);
	size_t e = mention_end_tok(t, n, j);
	if (!m || !m->place || m->place->fclass != 'P')
		return 0;
	if (e + 1 < va && TOK_IS(&t[e], "in") && t[e + 1].mention >= 0)
		e = mention_end_tok(t, n, e + 1);	/* "... in Aleppo" */
	/* "In the districts of Sheikh Maqsoud and Ashrafieh, ...": the first */
	if (e + 2 < va && TOK_IS(&t[e], "and") && !t[e + 1].punct) {
		size_t f = e + 1;
		while (f < va && f < e + 4 && !t[f].punct)
			f++;
		if (f < va && TOK_IS(&t[f], ","))
			e = f;
	}
	if (e >= va || !TOK_IS(&t[e], ","))
		return 0;
	obj[0] = (object){ m, j, mention_end_tok(t, n, j), false, -1, false };
	return 1;
}

/* The places of a list ending right before token e ("Halfaya, Soran and Taybat
 * al-Imam", "Tal Rifaat and on the town of Manbij"), into obj in text order. */
static size_t list_ending_at(const ctx *c, const token *t, size_t e, object *obj)
{
	size_t got = 0, q = e;
	while (q > 0 && got < MAX_OBJ) {
		if (t[q - 1].mention >= 0) {
			size_t e0 = q, s0 = q - 1;
			while (s0 > 0 && t[s0 - 1].mention == t[q - 1].mention)
				s0--;
			obj[got++] = (object){ c->sm[t[q - 1].mention], s0, e0, false, -1, false };
			q = s0;
		} else if (TOK_IS(&t[q - 1], ",") || TOK_IS(&t[q - 1], "and") ||
			   (got && q >= 2 && t[q - 2].mention < 0 &&
			    (TOK_IS(&t[q - 1], "the") || TOK_IS(&t[q - 1], "on") || TOK_IS(&t[q - 1], "in") ||
			     TOK_IS(&t[q - 1], "of") || TOK_IS(&t[q - 1], "town") || TOK_IS(&t[q - 1], "city") ||
			     TOK_IS(&t[q - 1], "village")))) {
			q--;
		} else {
			break;
		}
	}
	for (size_t a = 0, b = got ? got - 1 : 0; a < b; a++, b--) {	/* text order */
		object x = obj[a];
		obj[a] = obj[b];
		obj[b] = x;
	}
	return got;
}

static bool skip_place(const fl_place *p);

static size_t object_relative(ctx *c, const token *t, size_t va, object *obj)
{
	size_t j = va;
	bool named = false;	/* an actor stands between */
	/* auxiliaries and the actor between "which" and the verb */
	while (j > 0) {
		const token *p = &t[j - 1];
		size_t k = first_at_or_after(&c->act, j);	/* the match before token j */
		bool actor = k > 0 && j - 1 >= c->act.m[k - 1].a && j - 1 < c->act.m[k - 1].b;
		if (actor || TOK_IS(p, "had") || TOK_IS(p, "has") || TOK_IS(p, "have") ||
		    TOK_IS(p, "also") || TOK_IS(p, "already") || TOK_IS(p, "just") ||
		    TOK_IS(p, "they") || TOK_IS(p, "the") || TOK_IS(p, "it") ||
		    /* "which the US-backed Syrian Free Army took": its sponsor */
		    (named && p->wl > 7 && memcmp(p->w + p->wl - 7, "-backed", 7) == 0) ||
		    /* "which HTS-led forces seized": the actor's head noun */
		    (j >= 2 && (TOK_IS(p, "forces") || TOK_IS(p, "fighters") || TOK_IS(p, "factions") ||
				TOK_IS(p, "troops") || TOK_IS(p, "units") || TOK_IS(p, "groups")) &&
		     k > 0 && j - 2 >= c->act.m[k - 1].a && j - 2 < c->act.m[k - 1].b)) {
			named |= actor;
			j--;
			continue;
		}
		/* "which the Observatory says they captured": past the one who says it */
		if (saying(p) || TOK_IS(p, "reports") || TOK_IS(p, "claims")) {
			size_t r = j - 1;
			while (r > 0 && j - r < 6 && !t[r - 1].punct && !TOK_IS(&t[r - 1], "which") &&
			       !TOK_IS(&t[r - 1], "that"))
				r--;
			if (r > 0 && r < j - 1 && (TOK_IS(&t[r - 1], "which") || TOK_IS(&t[r - 1], "that"))) {
				j = r;
				break;
			}
		}
		break;
	}
	/* "Tal Rifaat, a town the SDF had seized from rebels in 2016": the clause
	 * without "that" after an apposition ("a (strategic) town") */
	if (named && j < va && j >= 4 &&
	    (TOK_IS(&t[j - 1], "town") || TOK_IS(&t[j - 1], "city") || TOK_IS(&t[j - 1], "village"))) {
		size_t q = j - 1;
		if (q >= 4 && !t[q - 1].punct && !TOK_IS(&t[q - 1], "a") && !TOK_IS(&t[q - 1], "the"))
			q--;	/* "a strategic town" */
		if (q >= 3 && (TOK_IS(&t[q - 1], "a") || TOK_IS(&t[q - 1], "the")) && TOK_IS(&t[q - 2], ",") &&
		    t[q - 3].mention >= 0) {
			size_t s = q - 3;
			while (s > 0 && t[s - 1].mention == t[q - 3].mention)
				s--;
			obj[0] = (object){ c->sm[t[q - 3].mention], s, q - 2, false, -1, false };
			return 1;
		}
	}
	if (j == 0 || j == va || !(TOK_IS(&t[j - 1], "which") || TOK_IS(&t[j - 1], "that")))
		return 0;
	j--;
	if (j > 0 && TOK_IS(&t[j - 1], ","))
		j--;
	/* "Maarat al-Numan and Saraqib, two towns that government forces had captured":
	 * the places listed before the apposition */
	if (j >= 3 && (TOK_IS(&t[j - 1], "towns") || TOK_IS(&t[j - 1], "villages") || TOK_IS(&t[j - 1], "cities"))) {
		size_t q = j - 1;
		if (TOK_IS(&t[q - 1], "two") || TOK_IS(&t[q - 1], "three") || TOK_IS(&t[q - 1], "four") ||
		    TOK_IS(&t[q - 1], "both") || TOK_IS(&t[q - 1], "the"))
			q--;
		size_t got = q >= 2 && TOK_IS(&t[q - 1], ",") && t[q - 2].mention >= 0 ? list_ending_at(c, t, q - 1, obj) : 0;
		return got >= 2 ? got : 0;
	}
	/* "its hold on Tal Rifaat and on the Kuweires airport, both of which they took":
	 * the places listed before "both of", "all of", "each of" */
	if (j >= 4 && TOK_IS(&t[j - 1], "of") &&
	    (TOK_IS(&t[j - 2], "both") || TOK_IS(&t[j - 2], "all") || TOK_IS(&t[j - 2], "each")) &&
	    TOK_IS(&t[j - 3], ",") && t[j - 4].mention >= 0) {
		size_t got = list_ending_at(c, t, j - 3, obj);
		return got >= 2 ? got : 0;
	}
	/* "Tal Rifaat, north of the city, which", "Salamiyah, 30 km east of Hama, which":
	 * past a locator set off by commas to the name before it */
	for (size_t q = j, dir = 0; q > 1 && q + 10 > j; q--) {
		if (is_part_word(&t[q - 1]) && q < j && TOK_IS(&t[q], "of"))
			dir = 1;
		if (TOK_IS(&t[q - 1], "near") || TOK_IS(&t[q - 1], "outside"))
			dir = 1;
		if (t[q - 1].punct) {
			if (dir && TOK_IS(&t[q - 1], ",") && q - 1 < j && t[q - 2].mention >= 0)
				j = q - 1;
			break;
		}
	}
	/* "Hama city, which": a kind word may follow the name */
	if (j > 0 && t[j - 1].mention < 0 &&
	    (TOK_IS(&t[j - 1], "city") || TOK_IS(&t[j - 1], "town") || TOK_IS(&t[j - 1], "village")))
		j--;
	/* "Latakia, the coastal city that": "the", one word and the kind word */
	if (j >= 4 && j < va && (TOK_IS(&t[j], "city") || TOK_IS(&t[j], "town") || TOK_IS(&t[j], "village")) &&
	    !t[j - 1].punct && t[j - 1].mention < 0 && TOK_IS(&t[j - 2], "the") && TOK_IS(&t[j - 3], ",") &&
	    t[j - 4].mention >= 0)
		j -= 3;
	/* "Maarat al-Numan, the town on the M5 motorway that the army recaptured": an
	 * apposition of a kind word between the name and "that" */
	if (j == 0)
		return 0;
	bool road_before = t[j - 1].mention >= 0 && c->sm[t[j - 1].mention]->place &&
			   c->sm[t[j - 1].mention]->place->fclass == 'R';
	for (size_t q = j; q >= 4 && q + 10 > j && (t[j - 1].mention < 0 || road_before); q--) {
		const token *w = &t[q - 1];
		if (w->punct)
			break;
		if ((TOK_IS(w, "town") || TOK_IS(w, "city") || TOK_IS(w, "village")) &&
		    TOK_IS(&t[q - 2], "the") && TOK_IS(&t[q - 3], ",") && t[q - 4].mention >= 0) {
			j = q - 3;
			break;
		}

	}
	/* "Aleppo, Syria's biggest city before the war, which the rebels took": an
	 * apposition with a kind word, a country's name in it ("Syria's") allowed */
	if (j > 0 && t[j - 1].mention < 0) {
		bool kind = false;
		size_t q = j;
		while (q > 0 && q + 12 > j && !TOK_IS(&t[q - 1], ",")) {
			const token *w = &t[q - 1];
			const fl_mention *wm = w->mention >= 0 ? c->sm[w->mention] : NULL;
			if ((w->punct && !TOK_IS(w, "'s")) || (wm && !(wm->place && skip_place(wm->place)))) {
				q = 0;
				break;
			}
			kind |= TOK_IS(w, "city") || TOK_IS(w, "town") || TOK_IS(w, "village") ||
				TOK_IS(w, "capital");
			q--;
		}
		if (kind && q >= 2 && q < j && TOK_IS(&t[q - 1], ",") && t[q - 2].mention >= 0)
			j = q - 1;
	}
	if (j == 0 || t[j - 1].mention < 0)
		return 0;
	/* "Salamiyah, 30 km southeast of Hama, which rebels took on Friday" */
	size_t la = locator_before(c, t, j);
	if (la)
		j = la;
	/* "the 46th Regiment base west of Aleppo, which they overran": past a point of
	 * reference to the place it locates */
	if (t[j - 1].mention >= 0 && reference_point(c->v, c->sm[t[j - 1].mention])) {
		size_t q = j - 1;
		while (q > 0 && t[q - 1].mention == t[j - 1].mention)
			q--;
		/* (a compass point's "of": not "along the M4 toward Latakia, the city
		 * that") */
		if (q < 2 || !TOK_IS(&t[q - 1], "of"))
			q = 0;
		size_t of = q;
		for (size_t k = 0; k < 4 && q > 0 && !t[q - 1].punct && t[q - 1].mention < 0; k++)
			q--;
		if (q > 0 && t[q - 1].mention >= 0 && t[q - 1].mention != t[j - 1].mention)
			j = q;
		else if (of)
			return 0;	/* ("the army's base west of Aleppo, which": a thing the
					 * gazetteer lacks, not Aleppo) */
	}
	/* "Nubl and Zahraa in the northern countryside of Aleppo, which": past the
	 * region that locates them */
	for (size_t q = j - 1; q > 1 && j - q < 8; q--) {
		if (t[q - 1].punct || (t[q - 1].mention >= 0 && t[q - 1].mention != t[j - 1].mention))
			break;
		if (TOK_IS(&t[q - 1], "in") && q >= 2 && t[q - 2].mention >= 0) {
			bool region = false;
			for (size_t r = q; r < j && !region; r++)
				region = TOK_IS(&t[r], "countryside") || TOK_IS(&t[r], "outskirts") ||
					 TOK_IS(&t[r], "province") || TOK_IS(&t[r], "governorate");
			if (region)
				j = q - 1;
			break;
		}
	}
	size_t s = j - 1;
	while (s > 0 && t[s - 1].mention == t[j - 1].mention)
		s--;
	/* "the Sheikh Maqsoud neighbourhood in northern Aleppo, which it has held": the
	 * neighbourhood, not the city that locates it */
	size_t q = s;
	while (q > 0 && (TOK_IS(&t[q - 1], "northern") || TOK_IS(&t[q - 1], "southern") ||
			 TOK_IS(&t[q - 1], "eastern") || TOK_IS(&t[q - 1], "western") ||
			 TOK_IS(&t[q - 1], "central") || TOK_IS(&t[q - 1], "the")))
		q--;
	if (q >= 3 && TOK_IS(&t[q - 1], "in") &&
	    (TOK_IS(&t[q - 2], "neighbourhood") || TOK_IS(&t[q - 2], "neighborhood") ||
	     TOK_IS(&t[q - 2], "district") || TOK_IS(&t[q - 2], "quarter") ||
	     TOK_IS(&t[q - 2], "suburb") || TOK_IS(&t[q - 2], "area")) &&
	    t[q - 3].mention >= 0) {
		size_t e2 = q - 2, s2 = q - 3;
		while (s2 > 0 && t[s2 - 1].mention == t[q - 3].mention)
			s2--;
		obj[0] = (object){ c->sm[t[q - 3].mention], s2, e2, false, -1, false };
		return 1;
	}
	/* "the towns of Nubl and Zahraa, which the SDF entered": the list the last
	 * place ends (not "between Aleppo and Damascus") */
	object lo[MAX_OBJ];
	size_t nl = list_ending_at(c, t, j, lo);
	if (nl >= 2 && lo[0].a > 0 && !TOK_IS(&t[lo[0].a - 1], "between")) {
		bool towns = true;
		for (size_t i = 0; i < nl && towns; i++)
			towns = named_place(c, lo[i].m);
		if (towns) {
			memcpy(obj, lo, nl * sizeof *obj);
			return nl;
		}
	}
	obj[0] = (object){ c->sm[t[j - 1].mention], s, j, false, -1, false };
	return 1;
}

/* The date of a claim whose verb is at token va: the nearest date in the sentence
 * after the verb, else before it, else the paragraph's last date, else the
 * publication day. how: 0 sentence, 1 paragraph, 2 publication, -1 none. */
/* Resolve the date expressions of text[s, e) into dx (up to 16); returns how many. */
static size_t sentence_dates(ctx *c, size_t si, fl_date_expr *dx, bool story);
static void keep_sent_date(ctx *c, size_t k, const fl_date_expr *dx, size_t n);

/* The last day the story had reached before sentence si: the last usable date of the
 * sentences before it, at most 20 back, across paragraphs ("Two days later, ..."). */
static fl_date story_date(ctx *c, size_t si)
{
	size_t stop = si > 20 ? si - 20 : 0;
	/* under a date heading ("Wednesday 27 November: the offensive begins"), the story
	 * starts again from the heading's day */
	const fl_date *sec = c->a->section;
	for (size_t k = si; k-- > stop && !(sec && sec[k] != sec[si]);) {
		if (!c->sdate[k].known) {
			fl_date_expr dx[16];
			keep_sent_date(c, k, dx, sentence_dates(c, k, dx, false));
		}
		if (c->sdate[k].date != FL_DATE_NONE)
			return c->sdate[k].date_end;
	}
	return sec ? sec[si] : FL_DATE_NONE;
}

/* "day four", "Day 10": the number after "day" at text[at] (the word "day" there),
 * 0 if none; *end past it. Not "the day two towns fell": only after "on", "by", "of",
 * "until", "since", "into", "from", "in", "after", "before" or opening a sentence or
 * clause. */
static int day_number_at(const char *v, size_t len, size_t at, size_t *end)
{
	static const char *const words[] = { "one", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen", "twenty", NULL };
	if (at + 5 >= len || strncasecmp(v + at, "day ", 4) != 0 || (at > 0 && isalnum((unsigned char)v[at - 1])))
		return 0;
	char w[12];
	size_t b = word_before(v, at, w, sizeof w);
	bool opens = at == 0 || b == SIZE_MAX;
	if (!opens) {
		size_t q = at;
		while (q > 0 && v[q - 1] == ' ')
			q--;
		opens = q > 0 && (v[q - 1] == '.' || v[q - 1] == ',' || v[q - 1] == '\n' || v[q - 1] == ':');
	}
	if (!opens && strcmp(w, "on") && strcmp(w, "by") && strcmp(w, "of") && strcmp(w, "until") &&
	    strcmp(w, "since") && strcmp(w, "into") && strcmp(w, "from") && strcmp(w, "in") &&
	    strcmp(w, "after") && strcmp(w, "before"))
		return 0;
	size_t q = at + 4, k = q;
	while (k < len && isalnum((unsigned char)v[k]))
		k++;
	if (k == q || (k < len && v[k] == '-'))
		return 0;
	int n = 0;
	if (isdigit((unsigned char)v[q])) {
		for (size_t r = q; r < k && n < 1000; r++)
			n = isdigit((unsigned char)v[r]) ? n * 10 + (v[r] - '0') : 1000;
	} else {
		for (int i = 0; words[i] && !n; i++)
			if (strlen(words[i]) == k - q && strncasecmp(v + q, words[i], k - q) == 0)
				n = i + 1;
	}
	if (n < 1 || n > 40)
		return 0;
	*end = k;
	return n;
}

/* The offensive's first day on a page that counts its days ("on day two", "by day
 * nine": two of them at least): the earliest day the page writes within 60 days
 * before its publication. FL_DATE_NONE if the page does not count so. */
static fl_date day_one(ctx *c)
{
	if (c->day_one)
		return c->day_one;
	c->day_one = FL_DATE_NONE;
	const char *v = c->v;
	size_t len = c->a->len, counted = 0, e;
	for (const char *p = v; counted < 2 && (p = strcasestr(p, "day ")); p += 4)
		counted += day_number_at(v, len, (size_t)(p - v), &e) > 0;
	if (counted < 2 || c->pub == FL_DATE_NONE)
		return c->day_one;
	fl_date_expr ex[16];
	fl_date first = FL_DATE_NONE;
	for (size_t si = 0; si < c->a->nsentences; si++) {
		size_t s = c->a->sentences[si].start, n = fl_dates_find_in(v + s, c->a->sentences[si].end - s,
									  c->a->slash, ex, 16);
		for (size_t i = 0; i < n && i < 16; i++)
			if (ex[i].kind == FL_DATE_ABSOLUTE && ex[i].month && ex[i].day &&
			    fl_dates_resolve(&ex[i], c->pub, 0) && ex[i].date != FL_DATE_NONE &&
			    ex[i].date <= c->pub && ex[i].date + 60 >= c->pub &&
			    (first == FL_DATE_NONE || ex[i].date < first))
				first = ex[i].date;
	}
	c->day_one = first;
	return first;
}

/* "On day five, Sunday 1 December", "By day nine, Thursday,": the offensive's days,
 * added to the sentence's dates dx (n of them, sorted, at most 16) in text order; a
 * weekday written right after one is that day. */
static size_t counted_days(ctx *c, size_t si, fl_date_expr *dx, size_t n)
{
	const fl_article *a = c->a;
	size_t s = a->sentences[si].start, e = a->sentences[si].end;
	if (!memmem(c->v + s, e - s, "ay ", 3))
		return n;
	for (size_t at = s; at + 5 < e && n < 16; at++) {
		size_t end;
		int d = (c->v[at] == 'd' || c->v[at] == 'D') ? day_number_at(c->v, e, at, &end) : 0;
		if (!d)
			continue;
		fl_date d1 = day_one(c);
		if (d1 == FL_DATE_NONE)
			return n;
		fl_date_expr x;
		memset(&x, 0, sizeof x);
		x.start = at;
		x.end = end;
		x.kind = FL_DATE_ABSOLUTE;
		x.date = x.date_end = d1 + d - 1;
		fl_date_to_ymd(x.date, &x.year, &x.month, &x.day);
		strcpy(x.precision, "day");
		size_t k = 0;
		while (k < n && dx[k].start < at)
			k++;
		memmove(dx + k + 1, dx + k, (n - k) * sizeof *dx);
		dx[k] = x;
		n++;
		/* ("On day three, Friday, ...": the weekday is that day) */
		if (k + 1 < n && dx[k + 1].kind == FL_DATE_WEEKDAY && dx[k + 1].start <= end + 3)
			dx[k + 1].date = dx[k + 1].date_end = x.date;
		at = end;
	}
	return n;
}

/* Resolve the date expressions of sentence si into dx (up to 16); returns how many.
 * "The next day" counts from the date before it in the sentence, else (story) from
 * the day the sentences before had reached; without either it stays unresolved. */
static size_t sentence_dates(ctx *c, size_t si, fl_date_expr *dx, bool story)
{
	const fl_article *a = c->a;
	size_t s = a->sentences[si].start, e = a->sentences[si].end;
	size_t ndx = fl_dates_find_in(c->v + s, e - s, c->a->slash, dx, 16);
	if (ndx > 16)
		ndx = 16;
	int year = a->published != FL_DATE_NONE ? 0 : (a->year ? a->year : c->lx->default_year);
	fl_date reached = FL_DATE_NONE;	/* the day the sentence has reached so far */
	bool looked = false;
	/* "In 2015 the coalition took Idlib on 28 March": a sentence opening with a year
	 * gives it to the days written without one */
	int framed = 0;
	{
		size_t q = s;
		while (q < e && !isalnum((unsigned char)c->v[q]))
			q++;
		if (q + 8 <= e && (strncmp(c->v + q, "In ", 3) == 0 || strncmp(c->v + q, "By ", 3) == 0) &&
		    (c->v[q + 3] == '1' || c->v[q + 3] == '2') && isdigit((unsigned char)c->v[q + 4]) &&
		    isdigit((unsigned char)c->v[q + 5]) && isdigit((unsigned char)c->v[q + 6]) &&
		    !isalnum((unsigned char)c->v[q + 7]))
			framed = atoi(c->v + q + 3);
	}
	int written = 0;	/* the year of the sentence's last full date so far */
	/* "- Sat 7 Dec, 06:45 UTC: fighters entered both towns late Friday": an item
	 * stamped with its day and time; its relative days count from that day */
	fl_date stamp = FL_DATE_NONE;
	bool stamped = false;
	if (ndx && dx[0].kind == FL_DATE_ABSOLUTE && dx[0].day && dx[0].start <= 8) {
		const char *colon = memchr(c->v + s + dx[0].end, ':', e - s - dx[0].end < 16 ? e - s - dx[0].end : 16);
		stamped = colon && (dx[0].has_time || (size_t)(colon - (c->v + s + dx[0].end)) <= 2);
	}
	for (size_t i = 0; i < ndx; i++) {
		dx[i].start += s;
		dx[i].end += s;
		if (framed && dx[i].kind == FL_DATE_ABSOLUTE && dx[i].month && !dx[i].year)
			dx[i].year = framed;
		/* "the army took it on 6 February 2020, rebels retook it on 27 February": a
		 * day that would lie months before the story, after a full date of an
		 * earlier year, is of that year */
		if (dx[i].kind == FL_DATE_ABSOLUTE && dx[i].year) {
			written = dx[i].year;
		} else if (dx[i].kind == FL_DATE_ABSOLUTE && dx[i].month && dx[i].day && written &&
			   c->pub != FL_DATE_NONE) {
			int py, pm, pd;
			fl_date_to_ymd(c->pub, &py, &pm, &pd);
			fl_date_expr probe = dx[i];
			if (written < py && fl_dates_resolve(&probe, c->pub, 0) && probe.date + 60 < c->pub)
				dx[i].year = written;
		}
		/* in a feed or digest, the day of the heading above the item */
		fl_date ref = a->section && a->section[si] != FL_DATE_NONE ? a->section[si] : c->pub;
		/* a page telling of a year before: "Homs fell overnight", "on Friday" are
		 * of the story's days, as "the next day" is, not of the page's */
		bool story_rel = c->year_on && dx[i].kind == FL_DATE_RELATIVE && !dx[i].calendar;
		/* ... and "that Saturday" is the first Saturday from the story's day on */
		if (c->year_on && dx[i].kind == FL_DATE_WEEKDAY && !dx[i].future) {
			dx[i].kind = FL_DATE_LATER;
			dx[i].by_weekday = true;
			dx[i].offset = 0;
		}
		if (dx[i].kind == FL_DATE_LATER || story_rel) {
			if (reached == FL_DATE_NONE && story && !looked) {
				reached = story_date(c, si);
				looked = true;
			}
			ref = reached;
			/* (told of a day of the story, "overnight" is the night after it) */
			if (story_rel && ref != FL_DATE_NONE && dx[i].offset == 1 && dx[i].span == 2)
				ref++;
		}
		/* "on the fifth", "the 29th" told weeks after the days (a briefing in
		 * January on the offensive of December): the day of the month the story
		 * had reached, or of the next month when that day lies before it */
		if (dx[i].kind == FL_DATE_ABSOLUTE && !dx[i].month && dx[i].day && story && c->pub != FL_DATE_NONE) {
			if (reached == FL_DATE_NONE && !looked) {
				reached = story_date(c, si);
				looked = true;
			}
			if (reached != FL_DATE_NONE && reached + 20 < c->pub) {
				int sy, sm, sd;
				fl_date_to_ymd(reached, &sy, &sm, &sd);
				if (dx[i].day + 3 < sd) {	/* the next month's */
					sm = sm % 12 + 1;
					sy += sm == 1;
				}
				if (fl_date_valid(sy, sm, dx[i].day)) {
					dx[i].year = sy;
					dx[i].month = sm;
				}
			}
		}
		if (stamp != FL_DATE_NONE && (dx[i].kind == FL_DATE_RELATIVE || dx[i].kind == FL_DATE_WEEKDAY))
			ref = stamp;
		fl_dates_resolve(&dx[i], ref, year);
		/* "on 1 December" in a page of 27 November 2025 retelling the offensive "a
		 * year ago this week" */
		if (c->year_on && dx[i].kind == FL_DATE_ABSOLUTE && !dx[i].year && dx[i].month && dx[i].day &&
		    !dx[i].future && !dx[i].last_year && dx[i].date != FL_DATE_NONE && ref != FL_DATE_NONE &&
		    dx[i].date > ref) {
			int ry, rm, rd;
			fl_date_to_ymd(ref, &ry, &rm, &rd);
			fl_date_expr back = dx[i];
			back.year = ry - 1;
			if (fl_dates_resolve(&back, ref, 0)) {
				back.year = 0;
				dx[i] = back;
			}
		}
		if (i == 0 && stamped && dx[0].date != FL_DATE_NONE && strcmp(dx[0].precision, "day") == 0)
			stamp = dx[0].date;
		/* "1 Dec (overnight)", "30 November, late at night": the written day's */
		if (dx[i].kind == FL_DATE_RELATIVE && i > 0 && dx[i - 1].date != FL_DATE_NONE &&
		    dx[i - 1].kind == FL_DATE_ABSOLUTE && dx[i].start - dx[i - 1].end <= 3 &&
		    strcmp(dx[i - 1].precision, "day") == 0) {
			dx[i].date = dx[i].date_end = dx[i - 1].date_end;
			strcpy(dx[i].precision, "day");
		}
		if (dx[i].date != FL_DATE_NONE && !dx[i].future && strcmp(dx[i].precision, "month"))
			reached = dx[i].date_end;
	}
	/* "took control of most of the city yesterday (30 Nov)": the day written in
	 * brackets after a relative one is the day meant (a quoted alert's "yesterday"
	 * is its own, not the page's) */
	for (size_t i = 0; i + 1 < ndx; i++) {
		size_t g = dx[i].end;
		while (g < dx[i + 1].start && (c->v[g] == ' ' || c->v[g] == '('))
			g++;
		if ((dx[i].kind == FL_DATE_RELATIVE || dx[i].kind == FL_DATE_WEEKDAY) &&
		    dx[i + 1].kind == FL_DATE_ABSOLUTE && dx[i + 1].day && g == dx[i + 1].start &&
		    dx[i + 1].start - dx[i].end <= 2 && c->v[dx[i + 1].start - 1] == '(' &&
		    dx[i + 1].date != FL_DATE_NONE && strcmp(dx[i + 1].precision, "day") == 0) {
			dx[i].date = dx[i].date_end = dx[i + 1].date;
			strcpy(dx[i].precision, "day");
		}
	}
	return counted_days(c, si, dx, ndx);
}
/* Remember the last usable date of sentence k out of its resolved dates dx. */
/* Is the date at byte ds the start of a span a relative clause tells ("HTS, the group
 * that has led the offensive since 27 November, announced ...")? No day of the story. */
static bool relative_since(const ctx *c, size_t ds)
{
	if (ds < 6 || strncasecmp(c->v + ds - 6, "since ", 6) != 0)
		return false;
	size_t q = ds - 6;
	while (q > 0 && ds - q < 160 && c->v[q - 1] != ',' && c->v[q - 1] != '.' && c->v[q - 1] != '\n')
		q--;
	const char *s = c->v + q;
	size_t l = ds - q;
	return memmem(s, l, " that has ", 10) || memmem(s, l, " that have ", 11) || memmem(s, l, " which has ", 11) ||
	       memmem(s, l, " which have ", 12) || memmem(s, l, " who has ", 9) || memmem(s, l, " who have ", 10);
}

static void keep_sent_date(ctx *c, size_t k, const fl_date_expr *dx, size_t n)
{
	sent_date *sd = &c->sdate[k];
	sd->known = true;
	sd->date = sd->date_end = FL_DATE_NONE;
	for (size_t i = n; i-- > 0;)
		if (dx[i].date != FL_DATE_NONE && !dx[i].future && strcmp(dx[i].precision, "month") &&
		    !relative_since(c, dx[i].start)) {
			sd->date = dx[i].date;
			sd->date_end = dx[i].date_end;
			memcpy(sd->prec, dx[i].precision, 8);
			return;
		}
}

/* The current sentence's dates into c->dx, once. */
static void need_dates(ctx *c)
{
	if (c->dx_done)
		return;
	c->dx_done = true;
	c->ndx = sentence_dates(c, c->si, c->dx, true);
	keep_sent_date(c, c->si, c->dx, c->ndx);
}

/* The last date written in the paragraph's earlier sentences (looked up only when a
 * claim needs it); true if there is one, in c->para_date. */
static bool para_date(ctx *c)
{
	if (c->para_si == c->si)
		return c->para_date != FL_DATE_NONE;
	c->para_si = c->si;
	c->para_date = FL_DATE_NONE;
	size_t stop = c->si > c->para_first + 20 ? c->si - 20 : c->para_first;
	for (size_t k = c->si; k-- > stop;) {	/* at most 20 sentences back */
		if (!c->sdate[k].known) {
			fl_date_expr dx[16];
			keep_sent_date(c, k, dx, sentence_dates(c, k, dx, false));
		}
		const sent_date *sd = &c->sdate[k];
		if (sd->date != FL_DATE_NONE) {
			c->para_date = sd->date;
			c->para_date_end = sd->date_end;
			memcpy(c->para_prec, sd->prec, 8);
			return true;
		}
	}
	return false;
}

/* Is the date at byte `at` another event's: "an offensive that began less than two
 * weeks ago", "the battle launched on Wednesday"? */
static bool other_event_date(const ctx *c, size_t at)
{
	/* words that end the launching clause: a conjunction, or another verb */
	static const char *const ends[] = { "and", "but", "then", "after", "before", "while", "when",
					    "as", "took", "fell", "overran", "held", "won", "lost",
					    "swept", "drove", "left", "retook", "hit", "seize", "take", NULL };
	char w[24];
	size_t e = at;
	for (int k = 0; k < 10; k++) {
		size_t b = word_before(c->v, e, w, sizeof w);
		if (b == SIZE_MAX)
			return false;
		if (!strcmp(w, "began") || !strcmp(w, "begun") || !strcmp(w, "started") ||
		    !strcmp(w, "launched") || !strcmp(w, "erupted") || !strcmp(w, "kicked"))
			return true;
		/* "less than two weeks ago", "on Wednesday"; then, further back, the
		 * clause's own words: "an offensive that HTS launched from their enclave in
		 * Idlib province on Nov. 27" */
		size_t l = strlen(w);
		if (l > 3 && (!strcmp(w + l - 2, "ed") || !strcmp(w + l - 3, "ing")))
			return false;
		for (const char *const *q = ends; *q; q++)
			if (!strcmp(w, *q))
				return false;
		e = b;
	}
	return false;
}

/* Is the date at byte at the day something was said ("..., officials said on Monday")? */
static bool speech_date(const ctx *c, size_t at)
{
	char w[24];
	size_t b = word_before(c->v, at, w, sizeof w);
	if (b != SIZE_MAX && !strcmp(w, "on"))
		b = word_before(c->v, b, w, sizeof w);
	return b != SIZE_MAX && (!strcmp(w, "said") || !strcmp(w, "says") || !strcmp(w, "told") ||
				 !strcmp(w, "announced") || !strcmp(w, "stated") || !strcmp(w, "added") ||
				 !strcmp(w, "confirmed") || !strcmp(w, "reported"));
}

/* Does a clause opening on "before" stand in text[a, b) ("launched on 27 November ...,
 * before opposition forces entered Damascus")? "before dawn" is a time of day. */
static bool before_clause(const char *v, size_t a, size_t b)
{
	static const char *const times[] = { "dawn", "midnight", "noon", "sunrise", "sunset",
					     "daybreak", "nightfall", "being", "then" };
	for (const char *p = v + a; p < v + b;) {
		const char *q = memmem(p, (size_t)(v + b - p), " before ", 8);
		if (!q)
			return false;
		const char *w = q + 8;
		size_t wl = 0;
		while (w + wl < v + b && isalpha((unsigned char)w[wl]))
			wl++;
		bool time = false;
		for (size_t i = 0; i < sizeof times / sizeof times[0] && !time; i++)
			time = wl == strlen(times[i]) && strncmp(w, times[i], wl) == 0;
		if (!time && (wl || w == v + b))	/* (or "before" right before b: "... before the fall of") */
			return true;
		p = q + 8;
	}
	return false;
}

/* "a day after", "two days after" in text[a, b), with at most four words after it:
 * how many days, else 0. */
static int days_after(const char *v, size_t a, size_t b)
{
	static const char *const counts[] = { "a", "one", "the", "two", "three", "four", "five" };
	static const int days[] = { 1, 1, 1, 2, 3, 4, 5 };
	const char *p = NULL;
	if (b <= a)
		return 0;
	for (const char *q = v + a; (q = memmem(q, (size_t)(v + b - q), " after ", 7)) != NULL; q += 7)
		p = q;
	if (!p)
		return 0;
	int words = 0;
	for (const char *q = p + 7; q < v + b; q++) {
		words += *q == ' ';
		if (*q == ',')
			return 0;	/* "A day after entering Hama, they took X": the main clause */
	}
	if (words > 4)
		return 0;
	const char *w = p;	/* the word before "after": "day(s)" or "week(s)" */
	while (w > v + a && w[-1] != ' ')
		w--;
	int unit = (p - w == 3 && strncmp(w, "day", 3) == 0) || (p - w == 4 && strncmp(w, "days", 4) == 0) ? 1
		   : (p - w == 4 && strncmp(w, "week", 4) == 0) || (p - w == 5 && strncmp(w, "weeks", 5) == 0) ? 7
		   : 0;
	if (!unit)
		return 0;
	const char *n0 = w - 1;	/* the count before it */
	while (n0 > v + a && n0[-1] != ' ')
		n0--;
	size_t nl = (size_t)(w - 1 - n0);
	for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++)
		if (nl == strlen(counts[i]) && strncasecmp(n0, counts[i], nl) == 0)
			return days[i] * unit;
	return 0;
}

/* Is the date at [ds, de), before the verb at byte vb, inside a relative clause or a
 * participle's phrase set off by commas that closes before the verb ("The SNA, which had
 * launched its operation on 30 November, captured Tal Rifaat", "the operation, launched
 * on Nov. 30, has freed X")? Its day is the clause's, not the verb's. */
static bool in_relative_before(const ctx *c, size_t ds, size_t de, size_t vb)
{
	const char *v = c->v;
	size_t s0 = c->a->sentences[c->si].start;
	if (!memchr(v + de, ',', vb > de ? vb - de : 0))
		return false;
	size_t o = ds;
	while (o > s0 && v[o - 1] != ',')
		o--;
	if (o == s0)
		return false;
	while (o < ds && v[o] == ' ')
		o++;
	if ((ds - o > 6 && strncmp(v + o, "which ", 6) == 0) || (ds - o > 4 && strncmp(v + o, "who ", 4) == 0))
		return true;
	/* "Operation Dawn of Freedom, launched on Nov. 30, has freed Tal Rifaat": a
	 * participle's phrase ("launched", "begun") right after the sentence's subject
	 * (not "Hama was, in effect, handed over to them on 5 December, when ...") */
	size_t w = o;
	while (w < ds && isalpha((unsigned char)v[w]))
		w++;
	const char *open = memchr(v + s0, ',', ds - s0);
	if (open && (size_t)(open - v) < o && !memchr(open + 1, ',', (size_t)(v + o - open - 1)) &&
	    w < ds && v[w] == ' ' && w - o > 4 && islower((unsigned char)v[o]) &&
	    (strncmp(v + w - 2, "ed", 2) == 0 || (w - o == 5 && strncmp(v + o, "begun", 5) == 0)))
		return true;
	/* "the Command, the alliance of factions that drove Assad from power on Sunday,
	 * said that its forces had taken X": a relative clause inside an apposition */
	bool noun = (ds - o > 4 && strncmp(v + o, "the ", 4) == 0) || (ds - o > 2 && strncmp(v + o, "a ", 2) == 0) ||
		    (ds - o > 3 && strncmp(v + o, "an ", 3) == 0);
	return noun && (memmem(v + o, ds - o, " that ", 6) || memmem(v + o, ds - o, " which ", 7) ||
			memmem(v + o, ds - o, " who ", 5));
}

/* Is the date at byte 'at' the day of an aside in a list ("took Saraqib and, on
 * Sunday, Khan Sheikhoun"), the places after it's alone? */
static bool aside_day(const ctx *c, size_t at)
{
	for (size_t i = 0; i < c->naside; i++)
		if (c->aside_at[i] == at)
			return true;
	return false;
}

static int claim_date(ctx *c, const fl_date_expr *dx, size_t ndx, size_t vbyte, size_t limit,
		      fl_date *d, fl_date *de, char prec[8])
{
	const fl_date_expr *best = NULL;
	for (size_t i = 0; i < ndx; i++) {
		if (dx[i].date == FL_DATE_NONE || strcmp(dx[i].precision, "month") == 0 ||
		    dx[i].future || dx[i].start >= limit ||
		    (dx[i].start > vbyte && other_event_date(c, dx[i].start)) ||
		    (dx[i].end <= vbyte && before_clause(c->v, dx[i].end, vbyte)) ||
		    (dx[i].end <= vbyte && in_relative_before(c, dx[i].start, dx[i].end, vbyte)) ||
		    aside_day(c, dx[i].start))
			continue;
		if (dx[i].start >= vbyte) {
			if (!best || best->start < vbyte || dx[i].start < best->start)
				best = &dx[i];
		} else if (!best || (best->start < vbyte && dx[i].start > best->start)) {
			best = &dx[i];
		}
	}
	/* "Yesterday, rebels took X, officials said on Monday": the day of the saying
	 * gives way to one written before the verb */
	if (best && best->start >= vbyte && speech_date(c, best->start))
		for (size_t i = ndx; i-- > 0;)
			if (dx[i].end <= vbyte && dx[i].date != FL_DATE_NONE && strcmp(dx[i].precision, "month") &&
			    !dx[i].future && !before_clause(c->v, dx[i].end, vbyte)) {
				best = &dx[i];
				break;
			}
	if (best) {
		*d = best->date;
		*de = best->date_end;
		memcpy(prec, best->precision, 8);
		/* "Since 27 November, rebels have taken Aleppo": some day from then until the
		 * page's */
		char w[8];
		if (best->end <= vbyte && word_before(c->v, best->start, w, sizeof w) != SIZE_MAX &&
		    strcmp(w, "since") == 0 && c->pub != FL_DATE_NONE &&
		    c->pub > best->date_end && strcmp(prec, "day") == 0) {
			*de = c->pub;
			memcpy(prec, "range", 6);
			return 0;
		}
		/* "in Hama on December 6, a day after they seized the city": that many days
		 * before the day written */
		int back = best->end <= vbyte ? days_after(c->v, best->end, vbyte) : 0;
		if (back && *d != FL_DATE_NONE && strcmp(prec, "day") == 0) {
			*d -= back;
			*de -= back;
		}
		return 0;
	}
	/* "reached Homs, a day after they seized Hama": a day before the story's */
	int back = days_after(c->v, c->a->sentences[c->si].start, vbyte);
	if (para_date(c)) {
		*d = c->para_date;
		*de = c->para_date_end;
		memcpy(prec, c->para_prec, 8);
		if (back && strcmp(prec, "day") == 0) {
			*d -= back;
			*de -= back;
		}
		return 1;
	}
	if (c->a->section && c->a->section[c->si] != FL_DATE_NONE) {
		*d = *de = c->a->section[c->si] - back;	/* the item's day in a feed or digest */
		strcpy(prec, "day");
		return 1;
	}
	if (c->pub != FL_DATE_NONE) {
		*d = *de = c->pub - back;
		strcpy(prec, "day");
		return 2;
	}
	*d = *de = FL_DATE_NONE;
	strcpy(prec, "");
	return -1;
}

/* No claim is made on a country, a continent or a region with no bounds ("the Shahba
 * area"): a point would stand for land nobody drew. */
static bool skip_place(const fl_place *p)
{
	return !p || strncmp(p->kind, "PCL", 3) == 0 || strcmp(p->kind, "ADM0") == 0 ||
	       strcmp(p->kind, "CONT") == 0 || strcmp(p->kind, "RGN") == 0;
}

/* The governorate a mention names when "province" follows it: the ADM1 candidate. */
static const fl_place *province_of(const ctx *c, const fl_mention *m)
{
	if (m->place && strcmp(m->place->kind, "ADM1") == 0)
		return m->place;
	if (!c->gz)
		return NULL;
	char name[128];
	span_text(c->a, m->start, m->end, name, sizeof name);
	fl_candidate cand[16];
	size_t n = fl_gazetteer_lookup(c->gz, name, "province", cand, 16);
	for (size_t i = 0; i < n && i < 16; i++)
		if (cand[i].place && strcmp(cand[i].place->kind, "ADM1") == 0 &&
		    (!m->place || strcmp(cand[i].place->country, m->place->country) == 0))
			return cand[i].place;
	return NULL;
}

/* The governorate place p is in ("the whole of the province" after Saraqib named). */
static const fl_place *governorate_of(const ctx *c, const fl_place *p)
{
	if (!c->gz || !p || !p->admin1[0])
		return NULL;
	const fl_place *q;
	for (size_t i = 0; (q = fl_gazetteer_place_at(c->gz, i)) != NULL; i++)
		if (strcmp(q->kind, "ADM1") == 0 && strcmp(q->admin1, p->admin1) == 0 &&
		    strcmp(q->country, p->country) == 0)
			return q;
	return NULL;
}

static fl_status emit(ctx *c, fl_claims *claims, const fl_place *p, const char *side,
		      const verb_group *vg, const char *status, const attribution *at,
		      double conf, const char *actor, size_t ss, size_t se, fl_date d, fl_date de,
		      const char *prec)
{
	/* after the regime's fall its side's name is its successor's ("government forces
	 * entered Sweida" in 2025 are the new government's) */
	const fl_lexicon *lx = c->lx;
	if (lx->regime_successor >= 0 && d != FL_DATE_NONE && d > lx->regime_fell &&
	    strcmp(side, lx->sides[lx->regime_side].id) == 0)
		side = lx->sides[lx->regime_successor].id;
	/* once per sentence and day: the claims of this sentence are the last ones ("took
	 * it on 6 February 2020 ... stormed it again on 2 March" are two) */
	for (size_t i = claims->count; i-- > c->first_claim && claims->items[i].start == ss;) {
		fl_claim *o = &claims->items[i];
		if (o->place_id == p->id && strcmp(o->event, vg->event) == 0 &&
		    strcmp(o->side, side) == 0 &&
		    (o->date == d || o->date == FL_DATE_NONE || d == FL_DATE_NONE))
			return FL_OK;
	}
	if (fl_grow((void **)&claims->items, &claims->cap, claims->count, 1, sizeof *claims->items) != FL_OK)
		return FL_ENOMEM;
	fl_claim *cl = &claims->items[claims->count];
	memset(cl, 0, sizeof *cl);
	memcpy(cl->article, c->a->id, sizeof cl->article);
	cl->place_id = p->id;
	cl->lat = p->lat;
	cl->lon = p->lon;
	cl->date = d;
	cl->date_end = de;
	copy_field(cl->date_precision, sizeof cl->date_precision, prec);
	copy_field(cl->side, sizeof cl->side, side);
	copy_field(cl->event, sizeof cl->event, vg->event);
	copy_field(cl->status, sizeof cl->status, status);
	copy_field(cl->source_side, sizeof cl->source_side, at->set ? at->side : "");
	cl->confidence = conf < 0 ? 0 : conf > 1 ? 1 : conf;
	cl->start = ss;
	cl->end = se;
	cl->place = fl_strdup(p->name);
	cl->attributed_to = at->set ? fl_strdup(at->text) : NULL;
	cl->actor = fl_strdup(actor);
	cl->sentence = fl_article_words(c->a, ss, se);
	if ((p->name && !cl->place) || (at->set && !cl->attributed_to) || (actor && !cl->actor) ||
	    !cl->sentence) {
		fl_claim_release(cl);
		return FL_ENOMEM;
	}
	/* one line: newlines inside a wrapped sentence become spaces */
	for (char *q = strpbrk(cl->sentence, "\n\r\t"); q; q = strpbrk(q + 1, "\n\r\t"))
		*q = ' ';
	claims->count++;
	return FL_OK;
}

/* "Rebels toppled Assad", "the fall of the Assad regime", "the regime collapsed": a
 * claim about the country, for the side that takes over what the regime held (the
 * actor, else the regime's opponent). No claim without the regime named next to the
 * verb, or without the country in the gazetteer. */
static fl_status regime_claim(ctx *c, const token *t, size_t n, const match *vm,
			      const verb_group *vg, const char *status, const attribution *at,
			      fl_claims *claims)
{
	const fl_lexicon *lx = c->lx;
	if (lx->regime_side < 0 || !c->gz)
		return FL_OK;
	bool named = false;
	if (!vg->before) {
		/* "toppled (President) Assad", "the fall of the Assad regime" */
		for (size_t q = vm->b; q < n && q <= vm->b + 2 && !named; q++) {
			size_t rl = role_len(lx, t, n, q, R_REGIME);
			if (rl) {
				/* (not "seized Assad's palace", "secured Assad's survival":
				 * something of his, when the name is not "Assad's regime") */
				size_t h = q + rl + 1;
				named = !(q + rl < n && TOK_IS(&t[q + rl], "'s")) ||
					(h < n && (TOK_IS(&t[h], "regime") || TOK_IS(&t[h], "government") ||
						   TOK_IS(&t[h], "rule") || TOK_IS(&t[h], "family") ||
						   TOK_IS(&t[h], "dynasty")));
				break;
			}
			if (!(TOK_IS(&t[q], "the") || TOK_IS(&t[q], "president") || TOK_IS(&t[q], "of")))
				break;
		}
	} else {
		/* "the Assad regime (has) collapsed", "Assad fled" */
		for (size_t q = vm->a; q-- > 0 && q + 6 > vm->a && !named;) {
			size_t len = role_len(lx, t, n, q, R_REGIME);
			if (len && q + len <= vm->a && q + len + 2 >= vm->a) {
				named = true;
				for (size_t r = q + len; r < vm->a; r++)	/* "Assad had fled" */
					named &= TOK_IS(&t[r], "has") || TOK_IS(&t[r], "had") ||
						 TOK_IS(&t[r], "have") || TOK_IS(&t[r], "finally") ||
						 TOK_IS(&t[r], "effectively") || TOK_IS(&t[r], "now") ||
						 TOK_IS(&t[r], "reportedly") || TOK_IS(&t[r], "itself");
			}
			if (t[q].punct)
				break;
		}
	}
	if (!named)
		return FL_OK;
	actor_pick ap = pick_actor(c, t, n, vm->a, vm->b, vg);
	int side = ap.found && !ap.speaker ? ap.side : -1;
	char actor_text[96] = "";
	/* ("fighters took Manbij from Kurdish-led forces ... in a country reeling from
	 * the collapse of Assad's government": the regime falls to its enemy, or to
	 * those who took over from it, not to whoever the sentence named last) */
	int enemy = side_index(lx, lx->sides[lx->regime_side].opponent);
	if (side >= 0 && side != enemy && side != lx->regime_successor)
		side = -1;
	if (side >= 0 && side != lx->regime_side && !lx->sides[side].state)
		span_text(c->a, t[ap.a].s, t[ap.b - 1].e, actor_text, sizeof actor_text);
	else
		side = side_index(lx, lx->sides[lx->regime_side].opponent);
	if (side < 0 || side == lx->regime_side)
		return FL_OK;
	fl_candidate cand[8];
	size_t nc = fl_gazetteer_lookup(c->gz, lx->regime_country, NULL, cand, 8);
	const fl_place *country = NULL;
	for (size_t q = 0; q < nc && q < 8 && !country; q++)
		if (cand[q].place && strncmp(cand[q].place->kind, "PCL", 3) == 0 && cand[q].score >= 0.9)
			country = cand[q].place;
	if (!country)
		return FL_OK;
	fl_date d, de;
	char prec[8];
	need_dates(c);
	int how = claim_date(c, c->dx, c->ndx, t[vm->a].s, SIZE_MAX, &d, &de, prec);
	double conf = vg->confidence * (how == 1 ? 0.95 : how == 2 ? 0.9 : 1.0);
	if (strcmp(status, FL_STATUS_HEDGED) == 0)
		conf *= 0.75;
	size_t ss = c->a->sentences[c->si].start, se = c->a->sentences[c->si].end;
	return emit(c, claims, country, lx->sides[side].id, vg, status, at, conf,
		    actor_text[0] ? actor_text : NULL, ss, se, d, de, prec);
}

/* The date expression starting at byte `at`: 1 if it is a month of a year before
 * pub_year (its first and last day in d0, d1), -1 if it is another date, 0 if none. */
static int past_month_at(const fl_date_expr *dx, size_t ndx, size_t at, int pub_year, fl_date *d0,
			 fl_date *d1)
{
	for (size_t i = 0; i < ndx; i++) {
		if (dx[i].start != at || dx[i].date == FL_DATE_NONE)
			continue;
		int y, m, d;
		fl_date_to_ymd(dx[i].date, &y, &m, &d);
		if (strcmp(dx[i].precision, "month") || y >= pub_year)
			return -1;
		*d0 = dx[i].date;
		*d1 = dx[i].date_end;
		return 1;
	}
	return 0;
}

/* Is the "since" at q measured from "the first time" or "the last time" before it
 * ("the first time since 2015", "the first time Aleppo has been out of government
 * control since 2016")? Such a year is a time it was not so, not the event's. */
static bool first_time_before(const token *t, size_t q)
{
	for (size_t r = q; r-- > 1 && r + 16 > q;) {
		if (t[r].punct && t[r].w[0] != ',')
			return false;
		if (TOK_IS(&t[r], "time") && (TOK_IS(&t[r - 1], "first") || TOK_IS(&t[r - 1], "last")))
			return true;
	}
	return false;
}

/* Is token va in a clause that opens the sentence with "Had" ("Had the army held Hama -
 * had it kept the hills north of the city - the factions would have ..."): a
 * counterfactual, told of what did not happen? */
static bool counterfactual_at(const ctx *c, const token *t, size_t va)
{
	if (va == 0 || !TOK_IS(&t[0], "had") || c->v[t[0].s] != 'H')
		return false;
	for (size_t q = 1; q < va; q++)
		if (t[q].punct && (t[q].w[0] == ',' || t[q].w[0] == ';' || t[q].w[0] == ':') &&
		    !(q + 1 < va && TOK_IS(&t[q + 1], "had")))
			return false;
	return true;
}

/* Does "since" stand after token j, before byte limit, in the verb's clause? */
static bool since_after(const token *t, size_t n, size_t j, size_t limit)
{
	for (size_t q = j; q < n && q < j + 20 && t[q].s < limit; q++) {
		if (t[q].punct && t[q].w[0] != ',')
			return false;
		if (TOK_IS(&t[q], "since"))
			return true;
	}
	return false;
}

/* A time gone by written within the verb's clause (from token j, not past byte limit
 * nor another control verb, nor after a day the sentence gives): "in 2018" (a year
 * before the publication's) or "in January 2020" (a month of such a year). Returns
 * true with its first and last day. */
static bool past_time_after(const ctx *c, const token *t, size_t n, size_t j, size_t limit,
			    const fl_date_expr *dx, size_t ndx, fl_date *d0, fl_date *d1)
{
	int pub_year = 2024, m, d;
	if (c->pub != FL_DATE_NONE)
		fl_date_to_ymd(c->pub, &pub_year, &m, &d);
	bool comma = false;	/* past an apposition: "seized X, including Y, in 2014" */
	for (size_t q = j; q + 1 < n && q < j + 20 && t[q + 1].s < limit; q++) {
		if (TOK_IS(&t[q], ",")) {
			comma = true;
			continue;
		}
		/* "had been held by the SDF since it drove IS out in 2016": the year of the
		 * clause after "since" is when the hold began */
		/* "out of government control for the first time since the war began in
		 * 2011": the clause after such a "since" is a time it was not so */
		if (TOK_IS(&t[q], "since") && first_time_before(t, q))
			return false;
		if (TOK_IS(&t[q], "since") && !comma)
			for (size_t r = q + 1; r + 1 < n && r < q + 14; r++) {
				if (t[r].punct && t[r].w[0] != ',')
					break;
				const token *y = &t[r + 1];
				if (!TOK_IS(&t[r], "in") || y->wl != 4 || !isdigit((unsigned char)y->w[0]))
					continue;
				int year = atoi(y->w);
				if (year < 1900 || year >= pub_year)
					break;
				*d0 = fl_date_from_ymd(year, 1, 1);
				*d1 = fl_date_from_ymd(year, 12, 31);
				return true;
			}
		if (t[q].punct && t[q].w[0] == '/')
			continue;	/* "from Daesh/ISIS in August 2016" */
		/* another clause's ("where it began in 2011"; "and wipes out the gains the
		 * army made there in 2019") */
		if (t[q].punct || TOK_IS(&t[q], "where") || TOK_IS(&t[q], "which") ||
		    TOK_IS(&t[q], "that") || TOK_IS(&t[q], "when") || TOK_IS(&t[q], "who") ||
		    TOK_IS(&t[q], "made"))
			return false;
		size_t k = first_at_or_after(&c->ev, q);
		if (k < c->ev.n && c->ev.m[k].a == q && c->ev.m[k].e->verb >= 0)
			return false;	/* another control verb: its own clause */
		int pm = past_month_at(dx, ndx, t[q].s, pub_year, d0, d1);
		if (pm)
			return pm > 0;	/* "in January 2020"; a day first: not this */
		const token *y = &t[q + 1];
		/* "in late 2017", "in mid-2018", "in a 2018 surrender deal", "during the
		 * 1967 war" */
		bool during = TOK_IS(&t[q], "during");
		if (q + 2 < n && (TOK_IS(y, "early") || TOK_IS(y, "late") || TOK_IS(y, "mid") ||
				  ((TOK_IS(&t[q], "in") || during) && (TOK_IS(y, "a") || TOK_IS(y, "the")))))
			y = &t[q + 2];
		if (!(TOK_IS(&t[q], "in") || during || (TOK_IS(&t[q], "since") && !comma)) || y->wl != 4 ||
		    !isdigit((unsigned char)y->w[0]))
			continue;
		int year = atoi(y->w);
		if (year >= 1900 && year < pub_year) {
			*d0 = fl_date_from_ymd(year, 1, 1);
			*d1 = fl_date_from_ymd(year, 12, 31);
			return true;
		}
	}
	return false;
}

/* A year or month gone by written before the verb, in its clause (no other control
 * verb between): "In December 2016 ... the army retook Aleppo", "in early 2020 Saraqib
 * changed hands". For a claim the sentence gives no day for. */
static bool past_time_before(const ctx *c, const token *t, size_t va, const fl_date_expr *dx,
			     size_t ndx, fl_date *d0, fl_date *d1)
{
	int pub_year = 2024, m, d;
	if (c->pub != FL_DATE_NONE)
		fl_date_to_ymd(c->pub, &pub_year, &m, &d);
	size_t k = first_at_or_after(&c->ev, va);
	/* "X and Y, towns the army had fought to take in 2020, fell": an apposition that
	 * ends right before the verb has its own time */
	size_t start = va;
	while (start > 0 && (TOK_IS(&t[start - 1], "had") || TOK_IS(&t[start - 1], "has") ||
			     TOK_IS(&t[start - 1], "have") || TOK_IS(&t[start - 1], "was") ||
			     TOK_IS(&t[start - 1], "were")))
		start--;
	if (start > 0 && TOK_IS(&t[start - 1], ",")) {
		start--;
		while (start > 0 && !TOK_IS(&t[start - 1], ","))
			start--;
	} else if (start > 0 && t[start - 1].punct && is_dash(c->v, &t[start - 1])) {
		start--;	/* "Aleppo - the city retaken in 2016 - had fallen" */
		while (start > 0 && !(t[start - 1].punct && is_dash(c->v, &t[start - 1])))
			start--;
	}
	for (size_t q = start; q-- > 0;) {
		while (k > 0 && c->ev.m[k - 1].a > q)
			k--;
		if (k > 0 && c->ev.m[k - 1].a <= q && q < c->ev.m[k - 1].b && c->ev.m[k - 1].e->verb >= 0)
			return false;	/* another control verb: its own clause */
		if (q > 0 && TOK_IS(&t[q], "and") && TOK_IS(&t[q - 1], ","))
			return false;	/* "lines frozen since the March 2020 ceasefire, and put
					 * Aleppo outside regime control": another clause's */
		int pm = past_month_at(dx, ndx, t[q].s, pub_year, d0, d1);
		if (pm)
			return pm > 0;	/* "in January 2020"; a day first: not this */
		bool since = TOK_IS(&t[q], "since");
		if (!(TOK_IS(&t[q], "in") || TOK_IS(&t[q], "during") || TOK_IS(&t[q], "by") || since))
			continue;
		/* "the first time since 2011 that Hama was out of government hands" (but
		 * "the first time since 2016, when the army retook the city": that year's) */
		bool when = false;
		for (size_t r = q + 1; r < va && !when; r++)
			when = TOK_IS(&t[r], "when") && TOK_IS(&t[r - 1], ",");
		if (since && !when && first_time_before(t, q))
			return false;
		size_t yq = q + 1;
		if (yq < va && (TOK_IS(&t[yq], "early") || TOK_IS(&t[yq], "late") || TOK_IS(&t[yq], "mid")))
			yq++;
		/* "frozen since a 2020 agreement that left Idlib under opposition control" */
		if (since && yq < va && (TOK_IS(&t[yq], "a") || TOK_IS(&t[yq], "the")))
			yq++;
		if (yq >= va || t[yq].wl != 4 || !isdigit((unsigned char)t[yq].w[0]))
			continue;
		int year = atoi(t[yq].w);
		if (year >= 1900 && year < pub_year) {
			*d0 = fl_date_from_ymd(year, 1, 1);
			*d1 = fl_date_from_ymd(year, 12, 31);
			return true;
		}
	}
	return false;
}

/* Is "they" the subject of the verb at va, with at most a time phrase ("On Thursday",
 * "Two days later,") before it in the sentence? */
/* Tokens [q - k, q) as "the units", "the soldiers", "units": a plural noun for men
 * under arms that names no side, standing for the side last said to act; returns k
 * (1 or 2), 0 if not one. */
static size_t generic_subject(const token *t, size_t q)
{
	if (q == 0)
		return 0;
	const token *w = &t[q - 1];
	if (!(TOK_IS(w, "units") || TOK_IS(w, "forces") ||
	      TOK_IS(w, "columns") || TOK_IS(w, "formations")))
		return 0;
	if (q >= 2 && TOK_IS(&t[q - 2], "the"))
		return (q == 2 || t[q - 3].punct) ? 2 : 0;
	return (q == 1 || t[q - 2].punct) ? 1 : 0;
}

static bool they_opens(const token *t, size_t va)
{
	size_t q = va;
	while (q > 0 && (TOK_IS(&t[q - 1], "had") || TOK_IS(&t[q - 1], "have") ||
			 TOK_IS(&t[q - 1], "then") || TOK_IS(&t[q - 1], "also") ||
			 TOK_IS(&t[q - 1], "later")))
		q--;
	/* "The units withdrew from X": the same as "they" */
	size_t g = generic_subject(t, q);
	if (g)
		q -= g - 1;
	else if (q == 0 || !TOK_IS(&t[q - 1], "they"))
		return false;
	/* ("On the road to Hama they captured ...": a place in an opening phrase of
	 * where is no subject) */
	bool where = TOK_IS(&t[0], "on") || TOK_IS(&t[0], "in") || TOK_IS(&t[0], "at") ||
		     TOK_IS(&t[0], "near") || TOK_IS(&t[0], "around") || TOK_IS(&t[0], "along") ||
		     TOK_IS(&t[0], "outside");
	for (size_t k = 0; k + 1 < q; k++)
		if (k >= (where ? 8 : 5) || (t[k].mention >= 0 && !where))
			return false;
	return true;
}

/* May the verb at token va take the subject of an earlier sentence? Only when nothing
 * stands for another subject before it: a pronoun, "and", "then", an adverb, a comma or
 * the sentence's start ("They took Saraqib", "... and took Saraqib"), not "Druze
 * militias seized Sweida" with an actor the lexicon does not know, nor "he had left
 * Damascus" with a person. */
static bool subject_open(const token *t, size_t va)
{
	/* past auxiliaries and hedges: "The governor and security chiefs were reported to
	 * have left": the subject is the word before them */
	size_t q = va;
	while (q > 0 && (TOK_IS(&t[q - 1], "had") || TOK_IS(&t[q - 1], "have") ||
			 TOK_IS(&t[q - 1], "has") || TOK_IS(&t[q - 1], "was") ||
			 TOK_IS(&t[q - 1], "were") || TOK_IS(&t[q - 1], "been") ||
			 TOK_IS(&t[q - 1], "to") || TOK_IS(&t[q - 1], "reported") ||
			 TOK_IS(&t[q - 1], "said") || TOK_IS(&t[q - 1], "believed") ||
			 TOK_IS(&t[q - 1], "reportedly")))
		q--;
	/* ("... and on Thursday entered Hama": past the day) */
	if (q >= 3 && q == va && is_weekday(&t[q - 1]) && TOK_IS(&t[q - 2], "on") && TOK_IS(&t[q - 3], "and"))
		va = q -= 2;
	bool poss = q >= 2 && (TOK_IS(&t[q - 2], "its") || TOK_IS(&t[q - 2], "their"));
	if (generic_subject(t, q))
		return true;	/* "The units then withdrew": the subject before */
	if (q < va && q > 0 && !poss && !t[q - 1].punct && !TOK_IS(&t[q - 1], "they") &&
	    !TOK_IS(&t[q - 1], "it") && !TOK_IS(&t[q - 1], "we") && !TOK_IS(&t[q - 1], "who") && !TOK_IS(&t[q - 1], "which") &&
	    !TOK_IS(&t[q - 1], "and") && !TOK_IS(&t[q - 1], "also") && !TOK_IS(&t[q - 1], "then") &&
	    !TOK_IS(&t[q - 1], "later") && !TOK_IS(&t[q - 1], "that") &&
	    !(t[q - 1].wl > 3 && t[q - 1].w[t[q - 1].wl - 2] == 'l' && t[q - 1].w[t[q - 1].wl - 1] == 'y'))
		return false;
	/* "the forces that have entered Aleppo": a relative clause's subject is the
	 * noun before it, here one that names no side */
	if (q >= 2 && (TOK_IS(&t[q - 1], "that") || TOK_IS(&t[q - 1], "who") || TOK_IS(&t[q - 1], "which")) &&
	    !t[q - 2].punct)
		return false;
	if (va == 0)
		return true;
	/* "Rumours that he had left, which his office denied, spread through the city":
	 * the sentence's subject is talk, not a side */
	size_t f = TOK_IS(&t[0], "the") ? 1 : 0;
	if (f < va && (TOK_IS(&t[f], "rumours") || TOK_IS(&t[f], "rumors") || TOK_IS(&t[f], "reports") ||
		       TOK_IS(&t[f], "claims") || TOK_IS(&t[f], "news") || TOK_IS(&t[f], "speculation") ||
		       TOK_IS(&t[f], "fears") || TOK_IS(&t[f], "panic") || TOK_IS(&t[f], "word")))
		return false;
	const token *p = &t[va - 1];
	if (p->punct)
		return true;
	/* "Convoys also left positions around Homs": a subject the lexicon does not
	 * know, before the adverb */
	if (va >= 2 && (TOK_IS(p, "also") || TOK_IS(p, "then") || TOK_IS(p, "later") ||
			TOK_IS(p, "already")) &&
	    !t[va - 2].punct && !TOK_IS(&t[va - 2], "they") && !TOK_IS(&t[va - 2], "it") &&
	    !TOK_IS(&t[va - 2], "we") && !TOK_IS(&t[va - 2], "and") && !TOK_IS(&t[va - 2], "who") &&
	    !TOK_IS(&t[va - 2], "which") && !TOK_IS(&t[va - 2], "had") && !TOK_IS(&t[va - 2], "have") &&
	    !TOK_IS(&t[va - 2], "has") && !TOK_IS(&t[va - 2], "was") && !TOK_IS(&t[va - 2], "were") &&
	    !TOK_IS(&t[va - 2], "but") && !TOK_IS(&t[va - 2], "that") && !armed_noun(&t[va - 2]))
		return false;
	if (TOK_IS(p, "they") || TOK_IS(p, "it") || TOK_IS(p, "he") || TOK_IS(p, "she") ||
	    TOK_IS(p, "and") || TOK_IS(p, "then") || TOK_IS(p, "also") || TOK_IS(p, "later") ||
	    TOK_IS(p, "had") || TOK_IS(p, "have") || TOK_IS(p, "has") || TOK_IS(p, "was") ||
	    TOK_IS(p, "were") || TOK_IS(p, "who") || TOK_IS(p, "which") || TOK_IS(p, "we"))
		return true;
	if (va >= 2 && (TOK_IS(&t[va - 2], "its") || TOK_IS(&t[va - 2], "their")))
		return true;	/* "its units redeployed": the units of the subject before */
	return p->wl > 3 && p->w[p->wl - 2] == 'l' && p->w[p->wl - 1] == 'y';	/* "swiftly" */
}

/* Is the verb at token va a possibility, a condition or an intention: after a modal
 * ("will", "could", "may"), in an "if" clause, or after "to" following a word of intent
 * ("expected to", "vowed to", "trying to", "in order to", "an operation to seize"), or
 * after a failure ("failed to retake": it was not retaken)? "Managed to", "went on to"
 * are events. */
static bool intended(const token *t, size_t va)
{
	static const char *const modal[] = { "will", "would", "could", "may", "might", "should",
					     "shall", "must", "can", "cannot", "'ll", NULL };
	static const char *const intent[] = {
		"expected", "trying", "try", "tries", "tried", "attempting", "attempt", "attempted",
		"attempts", "threatened", "threatening", "threaten", "threatens", "vowed", "vow",
		"vowing", "vows", "aims", "aim", "aiming", "aimed", "plans", "plan", "planning",
		"planned", "seeking", "seek", "seeks", "sought", "hoping", "hope", "hopes", "hoped",
		"want", "wants", "wanted", "wanting", "intend", "intends", "intended", "preparing",
		"prepare", "prepares", "prepared", "poised", "set", "ready", "about", "going", "bid",
		"order", "pledged", "pledge", "promised", "promise", "push", "effort", "efforts",
		"offensive", "likely", "unlikely", "able", "determined", "moved", "moving", "failed",
		"fail", "fails", "failing", "than", "power", "capacity", "capability", "ability",
		"means", "strength", "chance", "opportunity", "option", "options", "operation",
		"operations", "campaign", "mission", "drive", "assault", "attack", "battle",
		"counteroffensive", "counter-offensive", NULL,
	};
	/* a condition: "if rebels capture Homs, ..." */
	for (size_t c = va; c > 0 && va - c < 6 && !t[c - 1].punct; c--)
		if (TOK_IS(&t[c - 1], "if") || TOK_IS(&t[c - 1], "unless") || TOK_IS(&t[c - 1], "whether"))
			return true;
	size_t q = va;
	/* an adverb or "not" may stand between: "will soon enter", "could quickly take" */
	while (q > 0 && va - q < 2 &&
	       (TOK_IS(&t[q - 1], "not") || TOK_IS(&t[q - 1], "soon") || TOK_IS(&t[q - 1], "also") ||
		TOK_IS(&t[q - 1], "then") || TOK_IS(&t[q - 1], "now") || TOK_IS(&t[q - 1], "still") ||
		(t[q - 1].wl > 3 && t[q - 1].w[t[q - 1].wl - 2] == 'l' && t[q - 1].w[t[q - 1].wl - 1] == 'y')))
		q--;
	if (q == 0)
		return false;
	for (const char *const *m = modal; *m; m++)
		if (tok_is_n(&t[q - 1], *m, strlen(*m)))
			return true;
	/* "on the verge of seizing Homs", "on the brink of taking", "close to capturing" */
	if (q >= 2 && TOK_IS(&t[q - 1], "of") && (TOK_IS(&t[q - 2], "verge") || TOK_IS(&t[q - 2], "brink") ||
						   TOK_IS(&t[q - 2], "threshold")))
		return true;
	if (q >= 2 && TOK_IS(&t[q - 1], "to") && TOK_IS(&t[q - 2], "close") && t[va].wl > 4 &&
	    memcmp(t[va].w + t[va].wl - 3, "ing", 3) == 0)
		return true;
	if (!TOK_IS(&t[q - 1], "to") || q < 2)
		return false;
	if (TOK_IS(&t[q - 2], "able") && q >= 3) {	/* "were able to enter": they did */
		size_t b = q - 3;	/* ("were consequently able to enter") */
		if (b > 0 && t[b].wl > 3 && t[b].w[t[b].wl - 2] == 'l' && t[b].w[t[b].wl - 1] == 'y')
			b--;
		if (TOK_IS(&t[b], "was") || TOK_IS(&t[b], "were"))
			return false;
	}
	return tok_in(&t[q - 2], intent);
}

/* Does a part stand right before token a ("90 percent of", "most of", "parts of")? */
/* "parts of (northern) Hama governorate", "half of Daraa": a share of a place that
 * is not most of it. a: the place's first token (after "the" and a side word). */
static bool minor_part_before(const token *t, size_t a)
{
	if (a < 2 || !TOK_IS(&t[a - 1], "of"))
		return false;
	const token *w = &t[a - 2];
	return TOK_IS(w, "parts") || TOK_IS(w, "part") || TOK_IS(w, "half") || TOK_IS(w, "areas");
}

/* "the (whole) northern countryside of Hama" at a: a side of the province around the
 * city, neither the city nor the province. */
static bool side_countryside_before(const token *t, size_t a)
{
	if (a >= 1 && TOK_IS(&t[a - 1], "the"))
		a--;
	if (a < 3 || !TOK_IS(&t[a - 1], "of") || !TOK_IS(&t[a - 2], "countryside"))
		return false;
	static const char *const sides[] = { "northern", "southern", "eastern", "western", "northwestern",
		"north-western", "northeastern", "north-eastern", "southwestern", "south-western",
		"southeastern", "south-eastern", NULL };
	for (const char *const *q = sides; *q; q++)
		if (tok_is_n(&t[a - 3], *q, strlen(*q)))
			return true;
	return false;
}

/* The first token of the place at a, before "the" and a side word ("northern"). */
static size_t share_anchor(const token *t, size_t a)
{
	while (a >= 1 && (TOK_IS(&t[a - 1], "northern") || TOK_IS(&t[a - 1], "southern") ||
			  TOK_IS(&t[a - 1], "eastern") || TOK_IS(&t[a - 1], "western") ||
			  TOK_IS(&t[a - 1], "central") || TOK_IS(&t[a - 1], "rural")))
		a--;
	if (a >= 1 && TOK_IS(&t[a - 1], "the"))
		a--;
	return a;
}

static bool partial_before(const token *t, size_t a)
{
	a = share_anchor(t, a);
	if (a < 2 || !TOK_IS(&t[a - 1], "of"))
		return false;
	const token *w = &t[a - 2];
	return TOK_IS(w, "percent") || TOK_IS(w, "cent") || TOK_IS(w, "%") || TOK_IS(w, "most") ||
	       TOK_IS(w, "much") || minor_part_before(t, a);
}

/* "The Revolutionary Commando Army", "the Lebanese Army": "army" at the end of a
 * name the lexicon does not know is that organisation, not the Syrian army. A generic
 * one-word actor after a capitalised word that is not the sentence's first is dropped. */
static void drop_named_generics(const char *text, const token *t, matches *act)
{
	size_t k = 0;
	for (size_t i = 0; i < act->n; i++) {
		const match *m = &act->m[i];
		bool named = m->b - m->a == 1 && m->a >= 2 && TOK_IS(&t[m->a], "army") &&
			     !t[m->a - 1].punct && isupper((unsigned char)text[t[m->a - 1].s]) &&
			     isupper((unsigned char)text[t[m->a].s]) &&
			     (i == 0 || act->m[i - 1].b != m->a);
		if (!named)
			act->m[k++] = *m;
	}
	act->n = k;
}

/* Is actor match m a side's own name ("HTS", "the Syrian Democratic Forces"), not a
 * word for armed men, a state's army or a speaker, standing as a subject (at the
 * sentence's start or after a comma, and no object)? */
static bool named_subject(const ctx *c, const token *t, size_t n, const match *m)
{
	if (m->e->actor < 0 || (m->e->roles & R_SPEAKER) || c->lx->sides[m->e->actor].state ||
	    object_cued(c->lx, t, n, m->a))
		return false;
	size_t a = m->a > 0 && TOK_IS(&t[m->a - 1], "the") ? m->a - 1 : m->a;
	if (a > 0 && !(t[a - 1].punct && t[a - 1].w[0] == ','))
		return false;
	size_t l = t[m->a].e - t[m->a].s;
	if (m->b - m->a == 1) {	/* one word: an acronym in capitals */
		for (size_t k = 0; k < l; k++)
			if (!isupper((unsigned char)c->v[t[m->a].s + k]))
				return false;
		return l >= 2;
	}
	for (size_t q = m->a + 1; q < m->b; q++)
		if (isupper((unsigned char)c->v[t[q].s]))
			return true;
	return false;
}

/* Collective nouns an armed group is called by after it has been named: "the HTS-led
 * coalition ... the coalition captured Morek", "HTS, the Islamist group leading the
 * offensive ... The group took Hama". */
static const char *const collectives[NCOLLECTIVE] = { "coalition", "alliance", "group", "movement",
						      "militia", "organisation", "organization", "front",
						      "command" };

static int collective_at(const token *t, size_t i)
{
	for (int k = 0; k < NCOLLECTIVE; k++)
		if (tok_is_n(&t[i], collectives[k], strlen(collectives[k])))
			return k;
	return -1;
}

/* "the coalition" with no actor named in it stands for the one the noun was last said
 * of; remember which actors this sentence says it of. */
static fl_status collective_refs(ctx *c, const token *t, size_t n)
{
	matches *act = &c->act;
	for (size_t i = 1; i < n; i++) {
		int k = collective_at(t, i);
		const entry *ref = k >= 0 ? c->collective[k] : NULL;
		/* ("HTS attacked Hama on Wednesday. The group entered the city": a group
		 * said of no one is the side its paragraph named as a subject) */
		size_t para = c->a->paragraph ? c->a->paragraph[c->si] : c->si;
		if (!ref && k == 2 && c->named_subject && TOK_IS(&t[i - 1], "the") &&
		    (c->named_para == para || (c->si == c->para_first && c->named_para + 1 == para)))
			ref = c->named_subject;	/* (or the paragraph before's, on a first sentence;
						 * not "the terrorist group": terror_ref's) */
		if (k < 0 || !ref || (i + 1 < n && TOK_IS(&t[i + 1], "of")))
			continue;
		/* ("the command", not "the general command": that may be another's) */
		if (k == NCOLLECTIVE - 1 && !TOK_IS(&t[i - 1], "the"))
			continue;
		/* "the group", "the terror group" */
		size_t a = TOK_IS(&t[i - 1], "the") ? i - 1
			   : i >= 2 && TOK_IS(&t[i - 2], "the") && !t[i - 1].punct ? i - 2 : SIZE_MAX;
		if (a == SIZE_MAX)
			continue;
		size_t q = first_at_or_after(act, a);
		bool covered = q < act->n && act->m[q].a <= i;
		if (q > 0 && act->m[q - 1].b > a)
			covered = true;
		if (covered)
			continue;
		if (fl_grow((void **)&act->m, &act->cap, act->n, 1, sizeof *act->m))
			return FL_ENOMEM;
		memmove(act->m + q + 1, act->m + q, (act->n - q) * sizeof *act->m);
		act->m[q] = (match){ a, i + 1, ref };
		act->n++;
	}
	/* "the HTS-led coalition", "HTS, the Islamist group", "the terrorist organisation
	 * PKK/YPG": the noun within four tokens after a named actor, with nothing but a
	 * comma between, or right before it */
	for (size_t q = 0; q < act->n; q++) {
		const match *m = &act->m[q];
		if (m->e->actor < 0 || (m->e->roles & R_SPEAKER) || c->lx->sides[m->e->actor].state)
			continue;
		int k = m->a >= 1 ? collective_at(t, m->a - 1) : -1;
		/* ("the Military Operations Command ... the command said": a name that
		 * ends in the noun) */
		if (m->b - m->a >= 2 && collective_at(t, m->b - 1) == NCOLLECTIVE - 1)
			c->collective[NCOLLECTIVE - 1] = m->e;
		for (size_t i = m->b; k < 0 && i < n && i < m->b + 4; i++) {
			if (t[i].punct && t[i].w[0] != ',')
				break;
			k = collective_at(t, i);
			/* ("Fighters of the group's Deir ez-Zor Military Council": the
			 * group's men are not the group; "the command" is only the one
			 * whose name ends so) */
			if (k >= 0 && ((i + 1 < n && (TOK_IS(&t[i + 1], "'s") || TOK_IS(&t[i + 1], "'"))) ||
				       k == NCOLLECTIVE - 1))
				k = -1;
		}
		if (k >= 0)
			c->collective[k] = m->e;
	}
	/* "the PKK/YPG terrorist organization ... The terrorist group seized Manbij in
	 * 2016": a named actor called a terrorist group, then "the terrorist group" with
	 * no name is that actor, not the word government outlets use for the rebels */
	for (size_t q = 0; q < act->n; q++) {
		match *m = &act->m[q];
		if (m->e->actor < 0 || (m->e->roles & R_SPEAKER))
			continue;
		bool generic = m->b - m->a <= 2 && (TOK_IS(&t[m->b - 1], "group") || TOK_IS(&t[m->b - 1], "organization") ||
						    TOK_IS(&t[m->b - 1], "organisation")) &&
			       (TOK_IS(&t[m->a], "terrorist") || TOK_IS(&t[m->a], "terror"));
		if (generic && m->a > 0 && TOK_IS(&t[m->a - 1], "the")) {
			if (c->terror_ref && c->terror_ref->actor != m->e->actor)
				m->e = c->terror_ref;
			continue;
		}
		bool named = false;	/* "the PKK/YPG terrorist organization", "YPG/PKK terrorists" */
		for (size_t i = m->a; i < m->b && !named; i++)
			named = t[i].wl >= 6 && memcmp(t[i].w, "terror", 6) == 0;
		for (size_t i = m->b; i < n && i < m->b + 2 && !named; i++)
			named = t[i].wl >= 6 && memcmp(t[i].w, "terror", 6) == 0;
		if (named && !generic && m->b - m->a >= 1 &&
		    !(m->b - m->a == 1 && (TOK_IS(&t[m->a], "terrorists") || TOK_IS(&t[m->a], "terrorist"))))
			c->terror_ref = m->e;
	}
	/* "Turkish-backed factions launched an attack on Manbij. ... the factions took X":
	 * "the factions" is the side last named with that noun in the paragraph */
	static const char *const heads[3] = { "factions", "militias", "groups" };
	size_t para = c->a->paragraph ? c->a->paragraph[c->si] : c->si;
	for (size_t q = 0; q < act->n; q++) {
		match *m = &act->m[q];
		if (m->e->actor < 0 || (m->e->roles & R_SPEAKER))
			continue;
		const token *h = &t[m->b - 1];
		int k = -1;
		for (int j = 0; j < 3 && k < 0; j++)
			if (tok_is_n(h, heads[j], strlen(heads[j])))
				k = j;
		if (k < 0)
			continue;
		/* ("the same factions", "these factions") */
		bool same = m->b - m->a == 1 && m->a > 0 &&
			    ((m->a > 1 && TOK_IS(&t[m->a - 1], "same") && TOK_IS(&t[m->a - 2], "the")) ||
			     TOK_IS(&t[m->a - 1], "these") || TOK_IS(&t[m->a - 1], "those"));
		/* ("the factions of the so-called "National Army"": the side named after) */
		size_t x = members_of(act, t, n, q);
		if (x != q && act->m[x].e->actor >= 0) {
			m->e = act->m[x].e;
			c->head_ref[k] = m->e;
			c->head_para[k] = para;
		} else if ((m->b - m->a == 2 && TOK_IS(&t[m->a], "the")) ||
			   (m->b - m->a == 1 && m->a > 0 && TOK_IS(&t[m->a - 1], "the")) || same) {
			if (c->head_ref[k] && c->head_para[k] == para && c->head_ref[k]->actor != m->e->actor)
				m->e = c->head_ref[k];
		} else if (m->b - m->a >= 2) {
			c->head_ref[k] = m->e;
			c->head_para[k] = para;
		}
	}
	/* "Rebel groups entered Damascus on Sunday. The groups had seized Aleppo on Nov.
	 * 30": "the groups", no actor of the lexicon's on its own, is the one named so
	 * before in the paragraph */
	for (size_t i = 0; i + 1 < n; i++) {
		if (!TOK_IS(&t[i], "the") || !TOK_IS(&t[i + 1], "groups") || !c->head_ref[2] ||
		    c->head_para[2] != para)
			continue;
		size_t q = first_at_or_after(act, i);
		if ((q < act->n && act->m[q].a <= i + 1) || (q > 0 && act->m[q - 1].b > i))
			continue;	/* in an actor's phrase already */
		if (fl_grow((void **)&act->m, &act->cap, act->n, 1, sizeof *act->m))
			return FL_ENOMEM;
		memmove(act->m + q + 1, act->m + q, (act->n - q) * sizeof *act->m);
		act->m[q] = (match){ i, i + 2, c->head_ref[2] };
		act->n++;
	}
	return FL_OK;
}

/* Is t the acronym written in the text as a[0..al)? Case counts: "IS" is not "is". */
static bool acronym_is(const ctx *c, const token *t, const char *a, size_t al)
{
	return !t->punct && t->e - t->s == al && memcmp(c->v + t->s, a, al) == 0;
}

/* Keep w[0, al) (shorter than an acro's text) as a short name of the actor e, unless
 * the article has it already or has as many as it keeps. */
static void add_short_name(ctx *c, const char *w, size_t al, const entry *e, bool head)
{
	if (c->nacro >= sizeof c->acro / sizeof c->acro[0])
		return;
	for (size_t q = 0; q < c->nacro; q++)
		if (strlen(c->acro[q].text) == al && memcmp(c->acro[q].text, w, al) == 0)
			return;
	memcpy(c->acro[c->nacro].text, w, al);
	c->acro[c->nacro].text[al] = '\0';
	c->acro[c->nacro].head = head;
	c->acro[c->nacro++].e = e;
}

/* "the Islamic State (IS)", "the Syrian Free Army (SFA)": a short name in capitals in
 * brackets after an actor names it in the rest of the article, written just so. */
static fl_status acronym_refs(ctx *c, const token *t, size_t n)
{
	matches *act = &c->act;
	for (size_t k = 0; k < act->n; k++) {
		size_t b = act->m[k].b;
		if (act->m[k].e->actor < 0 || b + 2 >= n || !(t[b].punct && t[b].w[0] == '(') ||
		    !(t[b + 2].punct && t[b + 2].w[0] == ')'))
			continue;
		size_t al = t[b + 1].e - t[b + 1].s;
		const char *w = c->v + t[b + 1].s;
		bool caps = al >= 2 && al < sizeof c->acro[0].text;
		for (size_t q = 0; q < al && caps; q++)
			caps = isupper((unsigned char)w[q]);
		if (caps)
			add_short_name(c, w, al, act->m[k].e, false);
	}
	/* "the Military Operations Command ... the Command said": an actor's last word,
	 * capitalised, after "the" names it in the rest of the article */
	for (size_t k = 0; k < act->n; k++) {
		const match *am = &act->m[k];
		size_t h = am->b - 1;
		size_t al = t[h].e - t[h].s;
		const char *w = c->v + t[h].s;
		if (am->e->actor >= 0 && am->b >= am->a + 2 && !t[h].punct && al >= 4 && al < sizeof c->acro[0].text &&
		    isupper((unsigned char)w[0]) && islower((unsigned char)w[1]))
			add_short_name(c, w, al, am->e, true);
	}
	for (size_t i = 0; i < n && c->nacro; i++) {
		if (t[i].punct || !isupper((unsigned char)c->v[t[i].s]))
			continue;	/* (each short name opens on a capital) */
		for (size_t a = 0; a < c->nacro; a++) {
			if (c->acro[a].text[0] != c->v[t[i].s] ||
			    !acronym_is(c, &t[i], c->acro[a].text, strlen(c->acro[a].text)))
				continue;
			if (c->acro[a].head && (i == 0 || !TOK_IS(&t[i - 1], "the") ||
						(i + 1 < n && !t[i + 1].punct && isupper((unsigned char)c->v[t[i + 1].s]))))
				continue;	/* ("the Command", not "Command Post" or "a Command") */
			size_t q = first_at_or_after(act, i);
			if ((q < act->n && act->m[q].a == i) || (q > 0 && act->m[q - 1].b > i))
				break;	/* the lexicon has it already */
			if (fl_grow((void **)&act->m, &act->cap, act->n, 1, sizeof *act->m))
				return FL_ENOMEM;
			memmove(act->m + q + 1, act->m + q, (act->n - q) * sizeof *act->m);
			act->m[q] = (match){ i, i + 1, c->acro[a].e };
			act->n++;
			break;
		}
	}
	return FL_OK;
}

/* "denied that its forces had withdrawn ...; that evening, however, X was captured":
 * a semicolon or "however" between ends a denial's reach. */
static bool contrast_after(const token *t, size_t a, size_t b)
{
	for (size_t q = a; q < b; q++)
		if (TOK_IS(&t[q], "however") || (t[q].punct && t[q].w[0] == ';'))
			return true;
	return false;
}

/* Is there an affirmation ("affirming that", "stressing that") in tokens [a, b)? It
 * ends the reach of a denial before it. */
static bool affirmed_between(const token *t, size_t a, size_t b)
{
	for (size_t q = a; q < b; q++)
		if (TOK_IS(&t[q], "affirming") || TOK_IS(&t[q], "stressing") ||
		    TOK_IS(&t[q], "confirming") || TOK_IS(&t[q], "asserting") ||
		    TOK_IS(&t[q], "insisting") || TOK_IS(&t[q], "emphasising") ||
		    TOK_IS(&t[q], "emphasizing"))
			return true;
	return false;
}

/* The side of an actor standing just before token va, within four tokens and not
 * past a comma ("army 'in full control' of", "the army is in control of"), -1 if none. */
static int actor_before(const ctx *c, const token *t, size_t va)
{
	for (size_t q = va; q > 0 && va - q < 5; q--) {
		if (TOK_IS(&t[q - 1], ","))
			break;
		size_t k = first_at_or_after(&c->act, q);
		if (k > 0 && c->act.m[k - 1].b == q && c->act.m[k - 1].e->actor >= 0)
			return c->act.m[k - 1].e->actor;
	}
	return -1;
}

static bool is_copula(const token *w)
{
	return TOK_IS(w, "is") || TOK_IS(w, "are") || TOK_IS(w, "was") || TOK_IS(w, "were");
}

/* Is the denial cue at token i said of claims already made: "these claims are (completely)
 * untrue", "such reports are false", "the allegations are baseless"? */
static bool retro_denial(const token *t, size_t i)
{
	size_t q = i;
	bool aside = false;
	for (int skip = 0; q > 0 && skip < 4; skip++) {	/* "are", "were", "completely" ... */
		const token *w = &t[q - 1];
		/* "Those reports, as of this morning, were not accurate" */
		if (!aside && TOK_IS(w, ",") && q >= 3) {
			size_t p = q - 1;
			while (p > 0 && q - p < 16 && !(t[p - 1].punct))
				p--;
			if (p > 1 && TOK_IS(&t[p - 1], ",")) {
				aside = true;
				q = p - 1;
				skip--;
				continue;
			}
		}
		if (!(TOK_IS(w, "are") || TOK_IS(w, "is") || TOK_IS(w, "were") || TOK_IS(w, "was") ||
		      TOK_IS(w, "completely") || TOK_IS(w, "totally") || TOK_IS(w, "entirely") ||
		      TOK_IS(w, "absolutely") || TOK_IS(w, "all") || TOK_IS(w, "simply") ||
		      TOK_IS(w, "later") || TOK_IS(w, "shown") || TOK_IS(w, "proven") ||
		      TOK_IS(w, "proved") || TOK_IS(w, "to") || TOK_IS(w, "be") || TOK_IS(w, "been") ||
		      TOK_IS(w, "turned") || TOK_IS(w, "out") || TOK_IS(w, "has") || TOK_IS(w, "had") ||
		      TOK_IS(w, "'s") || TOK_IS(w, "’s")))
			break;
		q--;
		skip -= TOK_IS(w, "to") || TOK_IS(w, "be") || TOK_IS(w, "out");	/* free */
	}
	if (q < 1)
		return false;
	/* "; this was later shown to be false", "It's a lie.", "These are lies" (the cue
	 * may hold its own copula) */
	bool copula = q < i || TOK_IS(&t[i], "are") || TOK_IS(&t[i], "is") || TOK_IS(&t[i], "were") ||
		      TOK_IS(&t[i], "was");
	/* (and "a military source says that is false") */
	if (copula &&
	    (TOK_IS(&t[q - 1], "this") || TOK_IS(&t[q - 1], "it") || TOK_IS(&t[q - 1], "that") ||
	     TOK_IS(&t[q - 1], "these") || TOK_IS(&t[q - 1], "those")) &&
	    (q == 1 || t[q - 2].punct || saying(&t[q - 2])))
		return true;
	/* "EDIT: ok I was wrong": the writer takes back what was said before */
	if (copula && (TOK_IS(&t[q - 1], "i") || TOK_IS(&t[q - 1], "we")))
		return true;
	if (q == i)
		return false;
	if (q < 2)
		return false;
	const token *nn = &t[q - 1], *d = &t[q - 2];
	bool noun = TOK_IS(nn, "claims") || TOK_IS(nn, "claim") || TOK_IS(nn, "reports") ||
		    TOK_IS(nn, "report") || TOK_IS(nn, "allegations") || TOK_IS(nn, "allegation") ||
		    TOK_IS(nn, "rumours") || TOK_IS(nn, "rumors") || TOK_IS(nn, "statements") ||
		    TOK_IS(nn, "news") || TOK_IS(nn, "story") || TOK_IS(nn, "posts");
	return noun && (TOK_IS(d, "these") || TOK_IS(d, "this") || TOK_IS(d, "such") ||
			TOK_IS(d, "those") || TOK_IS(d, "the"));
}

/* Is the verb at va the content of a report named before it ("reports circulating
 * on social networks that militants had entered ...")? */
static bool report_that_before(const token *t, size_t va)
{
	size_t lo = va > 14 ? va - 14 : 0;
	for (size_t q = va; q-- > lo;) {
		if (t[q].punct && !TOK_IS(&t[q], ","))
			return false;
		if (!TOK_IS(&t[q], "that"))
			continue;
		for (size_t r = q; r-- > (q > 6 ? q - 6 : 0);) {
			const token *w = &t[r];
			if (TOK_IS(w, "reports") || TOK_IS(w, "report") || TOK_IS(w, "claims") ||
			    TOK_IS(w, "claim") || TOK_IS(w, "rumours") || TOK_IS(w, "rumors") ||
			    TOK_IS(w, "allegations") || TOK_IS(w, "news"))
				return true;
		}
		return false;
	}
	return false;
}

/* The claims of the sentence before si, in the same paragraph, denied: "X said it
 * retook Y. These claims are false." */
static void deny_previous(ctx *c, fl_claims *claims, size_t si)
{
	const fl_article *a = c->a;
	if (si == 0)
		return;
	/* the nearest sentence before that names a place, up to three back and across
	 * one paragraph's end at most (a reply in a thread: "this is from the Sham FM
	 * group. It's a lie.") */
	size_t k = si - 1, paras = 0;
	for (;;) {
		if (a->paragraph && a->paragraph[k] != a->paragraph[k + 1])
			paras++;
		size_t mi = c->m ? first_mention_from(c, a->sentences[k].start) : 0;
		bool named = c->m && mi < c->m->count && c->m->items[mi].start < a->sentences[k].end;
		if (named || paras > 1 || k == 0 || si - k >= 3)
			break;
		k--;
	}
	if (paras > 1)
		return;
	size_t ps = a->sentences[k].start;
	for (size_t i = claims->count; i-- > c->first_claim && claims->items[i].start >= ps;)
		if (claims->items[i].start == ps)
			copy_field(claims->items[i].status, sizeof claims->items[i].status,
				   FL_STATUS_DENIED);
}

/* "did not (directly) address the loss of the city", "has not commented on the fall
 * of X": a negation of speaking of the event, between tokens q and va, is no denial
 * of it. */
static bool unaddressed(const token *t, size_t q, size_t va)
{
	for (size_t r = q + 1; r < va; r++)
		if (TOK_IS(&t[r], "address") || TOK_IS(&t[r], "addressed") || TOK_IS(&t[r], "comment") ||
		    TOK_IS(&t[r], "commented") || TOK_IS(&t[r], "mention") || TOK_IS(&t[r], "mentioned") ||
		    TOK_IS(&t[r], "discuss") || TOK_IS(&t[r], "acknowledge") || TOK_IS(&t[r], "acknowledged") ||
		    TOK_IS(&t[r], "explain") || TOK_IS(&t[r], "refer"))
			return true;
	return false;
}

/* Does a contrast or a confirmation ("however", "but", "confirmed that") or a denial
 * stand in tokens [a, b)? It ends the reach of a hedge before it. */
static bool contrast_between(const fl_lexicon *lx, const token *t, size_t n, size_t a, size_t b)
{
	for (size_t q = a; q < b; q++)
		if (TOK_IS(&t[q], "however") || TOK_IS(&t[q], "but") || TOK_IS(&t[q], "confirmed") ||
		    TOK_IS(&t[q], "confirming") || TOK_IS(&t[q], "verified") ||
		    role_len(lx, t, n, q, R_DENIAL))
			return true;
	return false;
}

static bool is_inner_adverb(const token *w)
{
	return TOK_IS(w, "also") || TOK_IS(w, "reportedly") || TOK_IS(w, "allegedly") ||
	       TOK_IS(w, "apparently") || TOK_IS(w, "purportedly") || TOK_IS(w, "already");
}

static bool is_auxiliary(const token *w)
{
	return TOK_IS(w, "was") || TOK_IS(w, "were") || TOK_IS(w, "is") || TOK_IS(w, "are") ||
	       TOK_IS(w, "had") || TOK_IS(w, "has") || TOK_IS(w, "have") || TOK_IS(w, "been") ||
	       TOK_IS(w, "remains") || TOK_IS(w, "remain") || TOK_IS(w, "remained");
}

static bool is_part_of_day(const token *w)
{
	return TOK_IS(w, "morning") || TOK_IS(w, "afternoon") || TOK_IS(w, "evening") ||
	       TOK_IS(w, "night");
}

/* The attacker of "the terrorists' attempts to seize X were repelled", "an attempt by
 * militants to break through ... was thwarted": the actor owning the attempt or named
 * after "by"/"of" it, before token va; -1 if none. */
static int repelled_attacker(const ctx *c, const token *t, size_t va)
{
	for (size_t q = 0; q < va; q++) {
		if (!(TOK_IS(&t[q], "attempt") || TOK_IS(&t[q], "attempts") || TOK_IS(&t[q], "attack") ||
		      TOK_IS(&t[q], "attacks") || TOK_IS(&t[q], "assault") || TOK_IS(&t[q], "offensive") ||
		      TOK_IS(&t[q], "advance") || TOK_IS(&t[q], "infiltration")))
			continue;
		size_t r = q + 1;
		if (r + 1 < va && (TOK_IS(&t[r], "by") || TOK_IS(&t[r], "of"))) {
			r++;
			if (r < va && TOK_IS(&t[r], "the"))
				r++;
			size_t k = first_at_or_after(&c->act, r);
			if (k < c->act.n && c->act.m[k].a == r && c->act.m[k].e->actor >= 0)
				return c->act.m[k].e->actor;
		}
		/* "the terrorists' attempts", "HTS's attack" */
		size_t b = q;
		while (b > 0 && (TOK_IS(&t[b - 1], "'s") || TOK_IS(&t[b - 1], "'")))
			b--;
		size_t k = first_at_or_after(&c->act, b);
		if (k > 0 && c->act.m[k - 1].b == b && c->act.m[k - 1].e->actor >= 0)
			return c->act.m[k - 1].e->actor;
	}
	return -1;
}

/* Does text[ss, se) name one of the objects' places? */
/* "for years", "for a decade", "for over five years", "throughout the civil war"
 * within a few tokens of j */
static bool held_for_years(const token *t, size_t n, size_t j)
{
	for (size_t i = j; i < n && i < j + 3 && !t[i].punct; i++) {
		bool thr = TOK_IS(&t[i], "throughout");
		if (!TOK_IS(&t[i], "for") && !thr)
			continue;
		for (size_t k = i + 1; k < n && k < i + 5 && !t[k].punct; k++)
			if (TOK_IS(&t[k], "years") || TOK_IS(&t[k], "decades") || TOK_IS(&t[k], "decade") ||
			    (thr && (TOK_IS(&t[k], "war") || TOK_IS(&t[k], "conflict"))))
				return true;
		return false;
	}
	return false;
}

static bool names_object(const ctx *c, const object *obj, size_t nobj, size_t ss, size_t se)
{
	for (size_t i = first_mention_from(c, ss); c->m && i < c->m->count && c->m->items[i].start < se; i++)
		for (size_t o = 0; o < nobj; o++)
			if (c->m->items[i].place && c->m->items[i].place == obj[o].m->place)
				return true;
	return false;
}

/* Has the article already claimed this event (place, side, event, not denied) with a
 * day of a sentence of its own? */
static bool restated(const ctx *c, const fl_claims *claims, const fl_place *p, const char *side,
		     const char *event, const char *status)
{
	if (strcmp(status, FL_STATUS_DENIED) == 0)
		return false;
	for (size_t q = c->first_claim; q < claims->count; q++) {
		const fl_claim *pc = &claims->items[q];
		if (pc->place_id == p->id && strcmp(pc->side, side) == 0 && strcmp(pc->event, event) == 0 &&
		    strcmp(pc->status, FL_STATUS_DENIED) != 0 && pc->date != FL_DATE_NONE && pc->date != c->pub)
			return true;
	}
	return false;
}

/* The sentence's speaker that is a side and no state ("Rebels say ...", "..., the
 * opposition said"): its match, NULL if none. */
static const match *speaking_side(const ctx *c, const token *t, size_t n)
{
	for (size_t k = 0; k < c->act.n; k++) {
		const match *m = &c->act.m[k];
		if (m->e->actor < 0 || c->lx->sides[m->e->actor].state)
			continue;
		size_t b = m->b;
		if (b < n && (TOK_IS(&t[b], "say") || TOK_IS(&t[b], "says") || TOK_IS(&t[b], "said") ||
			      TOK_IS(&t[b], "claim") || TOK_IS(&t[b], "claims") || TOK_IS(&t[b], "claimed")))
			return m;
		if (m->a >= 2 && b + 1 >= n - 1 && TOK_IS(&t[m->a - 1], "the") && TOK_IS(&t[m->a - 2], ",") &&
		    b < n && (TOK_IS(&t[b], "said") || TOK_IS(&t[b], "says")))
			return m;
	}
	return NULL;
}

/* Does paragraph para open on an interview's label ("Q:", "A:", "**A:**") of letter
 * q? */
static bool qa_label(const ctx *c, size_t para, char q)
{
	const fl_article *a = c->a;
	size_t first = c->si;
	while (first > 0 && a->paragraph && a->paragraph[first - 1] == para)
		first--;
	const char *v = c->v;
	size_t i = a->sentences[first].start, e = a->sentences[first].end;
	while (i < e && (v[i] == '*' || v[i] == '_' || v[i] == ' '))
		i++;
	if (i + 1 >= e || (v[i] != q && v[i] != q + ('a' - 'A')))
		return false;
	i++;
	while (i < e && (v[i] == '*' || v[i] == '_'))
		i++;
	return i < e && v[i] == ':';
}

/* "Hama was taken by the MOC on 5 December; Rastan and Talbiseh on 6 December; Homs on
 * 8 December", "Saraqib was liberated on Saturday, Maarat al-Numan the same day": a
 * clause of places and a day alone, after a claim of the sentence, says the same of
 * them on its own day. */
/* A claim told again of other places ("...; the SDF, for its part, Deir ez-Zor five days
 * later", "So did Souran"): its event, side, status, actor and source, at a little
 * less confidence. */
typedef struct echo {
	verb_group vg;
	char side[24], status[16], actor[96];
	attribution at;
	double conf;
} echo;

static void echo_of(const fl_claim *ante, echo *ec)
{
	memset(ec, 0, sizeof *ec);
	copy_field(ec->vg.event, sizeof ec->vg.event, ante->event);
	copy_field(ec->side, sizeof ec->side, ante->side);
	copy_field(ec->status, sizeof ec->status, ante->status);
	copy_field(ec->actor, sizeof ec->actor, ante->actor ? ante->actor : "");
	if (ante->attributed_to) {
		copy_field(ec->at.text, sizeof ec->at.text, ante->attributed_to);
		copy_field(ec->at.side, sizeof ec->at.side, ante->source_side);
		ec->at.set = true;
	}
	ec->conf = ante->confidence * 0.9;
}

static fl_status gapped_clauses(ctx *c, const token *t, size_t n, fl_claims *claims)
{
	size_t ss = c->a->sentences[c->si].start, se = c->a->sentences[c->si].end;
	if (claims->count == c->first_claim || claims->items[claims->count - 1].start != ss)
		return FL_OK;
	size_t last = claims->count - 1;
	for (size_t i = 0; i + 2 < n; i++) {
		if (!(t[i].punct && (t[i].w[0] == ';' || t[i].w[0] == ',')) || t[i + 1].mention < 0)
			continue;
		/* the clause: places joined by "," or "and", then the words of a day, to
		 * the next ";" or the sentence's end */
		size_t q = i + 1, places[8], np = 0;
		while (q < n && np < 8) {
			if (t[q].mention < 0)
				break;
			places[np++] = q;
			q = mention_end_tok(t, n, q);
			if (q + 1 < n && ((t[q].punct && t[q].w[0] == ',') || TOK_IS(&t[q], "and")) &&
			    t[q + 1].mention >= 0)
				q++;
			else if (q + 2 < n && t[q].punct && t[q].w[0] == ',' && TOK_IS(&t[q + 1], "and") &&
				 t[q + 2].mention >= 0)
				q += 2;
		}
		size_t e = q;
		while (e < n && !(t[e].punct && (t[e].w[0] == ';' || t[e].w[0] == '.' || t[e].w[0] == ',')))
			e++;
		if (np == 0 || e == q || e - q > 5)
			continue;
		/* a day and nothing else: no verb, no place, no actor in [q, e) */
		bool plain = true;
		for (size_t k = q; k < e && plain; k++)
			plain = t[k].mention < 0;
		for (size_t k = first_at_or_after(&c->ev, q); plain && k < c->ev.n && c->ev.m[k].a < e; k++)
			plain = c->ev.m[k].e->verb < 0;
		size_t k0 = first_at_or_after(&c->act, q);
		if (!plain || (k0 < c->act.n && c->act.m[k0].a < e))
			continue;
		need_dates(c);
		/* the day is all there is: "on 6 December", "the same day", not "Homs
		 * residents said on Friday" */
		size_t q1 = q;
		if (TOK_IS(&t[q1], "on") || TOK_IS(&t[q1], "in") || TOK_IS(&t[q1], "by"))
			q1++;
		const fl_date_expr *dd = NULL;
		for (size_t k = 0; k < c->ndx && !dd && q1 < e; k++)
			if (c->dx[k].start <= t[q1].s && c->dx[k].end >= t[e - 1].e && c->dx[k].date != FL_DATE_NONE)
				dd = &c->dx[k];
		if (!dd)
			continue;
		/* the claim before it in the sentence (not one of a verb after it: "...;
		 * the SDF, for its part, Deir ez-Zor five days later, after the army left
		 * it") */
		size_t ai = last;
		for (size_t k = 0; k < c->ev.n && k < 64; k++)
			if (c->ev.m[k].a > i && c->ev.m[k].e->verb >= 0) {
				ai = c->verb_claims[k] > c->first_claim ? c->verb_claims[k] - 1 : SIZE_MAX;
				break;
			}
		if (ai == SIZE_MAX || claims->items[ai].start != ss)
			continue;
		echo ec;
		echo_of(&claims->items[ai], &ec);
		/* "It took Tal Rifaat on December 1st; the SDF, for its part, Deir ez-Zor five
		 * days later": a side of its own before the places is the clause's subject */
		size_t b = i;
		if (t[i].w[0] == ',' && b >= 4 && TOK_IS(&t[b - 1], "part") &&
		    (TOK_IS(&t[b - 2], "its") || TOK_IS(&t[b - 2], "their")) && TOK_IS(&t[b - 3], "for") &&
		    TOK_IS(&t[b - 4], ","))
			b -= 4;
		size_t ka = first_at_or_after(&c->act, b);
		if (t[b].w[0] == ',' && ka > 0 && c->act.m[ka - 1].b == b && c->act.m[ka - 1].e->actor >= 0 &&
		    !(c->act.m[ka - 1].e->roles & R_SPEAKER)) {
			const match *sm = &c->act.m[ka - 1];
			size_t sa = sm->a > 0 && TOK_IS(&t[sm->a - 1], "the") ? sm->a - 1 : sm->a;
			if (sa > 0 && t[sa - 1].punct && t[sa - 1].w[0] == ';') {
				copy_field(ec.side, sizeof ec.side, c->lx->sides[sm->e->actor].id);
				span_text(c->a, t[sm->a].s, t[sm->b - 1].e, ec.actor, sizeof ec.actor);
			}
		}
		for (size_t k = 0; k < np; k++) {
			const fl_mention *m = c->sm[t[places[k]].mention];
			if (!m->place || skip_place(m->place) || foreign_capital(c, m->place))
				continue;
			fl_status st = emit(c, claims, m->place, ec.side, &ec.vg, ec.status, &ec.at, ec.conf,
					    ec.actor[0] ? ec.actor : NULL, ss, se, dd->date, dd->date_end, dd->precision);
			if (st)
				return st;
		}
		i = e - 1;
	}
	return FL_OK;
}

/* "Hama fell on Thursday. So did the nearby town of Souran (on Friday).": a sentence
 * opening on "So did" or "So too did" tells of its places what the last claim of the
 * sentence before told, on its own day if it gives one. */
static fl_status so_did(ctx *c, const token *t, size_t n, fl_claims *claims)
{
	size_t q = 0;
	if (n < 3 || !TOK_IS(&t[q++], "so"))
		return FL_OK;
	if (TOK_IS(&t[q], ","))
		q++;
	if (TOK_IS(&t[q], "too")) {
		q++;
		if (q < n && TOK_IS(&t[q], ","))
			q++;
	}
	if (q >= n || !TOK_IS(&t[q], "did") || c->si == 0 || c->si == c->para_first ||
	    claims->count == c->first_claim)
		return FL_OK;
	size_t ps = c->a->sentences[c->si - 1].start, ss = c->a->sentences[c->si].start,
	       se = c->a->sentences[c->si].end;
	const fl_claim *ante = &claims->items[claims->count - 1];
	if (ante->start != ps || strcmp(ante->status, FL_STATUS_DENIED) == 0)
		return FL_OK;
	/* the places up to the clause's end, and a day of its own */
	object obj[MAX_OBJ];
	size_t e = q + 1;
	while (e < n && !(t[e].punct && t[e].w[0] != '-'))
		e++;
	size_t got = places_in(c, t, n, q + 1, e, obj, 0);
	if (!got)
		return FL_OK;
	c->dx_done = false;	/* (a sentence without a control verb has not looked for them) */
	need_dates(c);
	fl_date d = ante->date, de = ante->date_end;
	char prec[8];
	copy_field(prec, sizeof prec, ante->date_precision);
	for (size_t k = q + 1; k < n; k++) {
		size_t dn;
		int di = date_at(c, t, n, k, &dn);
		if (di >= 0 && c->dx[di].date != FL_DATE_NONE) {
			d = c->dx[di].date;
			de = c->dx[di].date_end;
			copy_field(prec, sizeof prec, c->dx[di].precision);
			break;
		}
	}
	echo ec;
	echo_of(ante, &ec);
	for (size_t k = 0; k < got; k++) {
		const fl_mention *m = obj[k].m;
		if (!named_place(c, m) || skip_place(m->place))
			continue;
		fl_status st = emit(c, claims, m->place, ec.side, &ec.vg, ec.status, &ec.at, ec.conf,
				    ec.actor[0] ? ec.actor : NULL, ss, se, d, de, prec);
		if (st)
			return st;
	}
	return FL_OK;
}

static bool table_hedge(const token *t);

/* Where the item of a list whose first sentence starts at byte ss begins its line
 * ("- ", "* ", "• ", "3. "), or SIZE_MAX when the sentence opens no item; the kind of
 * its mark in *kind: 1 a bullet or a dash, 2 a number. */
static size_t item_line_kind(const char *v, size_t ss, int *kind)
{
	*kind = 1;
	size_t ls = ss;
	while (ls > 0 && v[ls - 1] != '\n')
		ls--;
	size_t i = ls;
	while (i < ss && (v[i] == ' ' || v[i] == '\t'))
		i++;
	size_t m = i;
	if (i < ss && (v[i] == '-' || v[i] == '*' || v[i] == '+'))
		i++;
	else if (i + 3 <= ss && (unsigned char)v[i] == 0xe2 && (unsigned char)v[i + 1] == 0x80 &&
		 ((unsigned char)v[i + 2] == 0xa2 || (unsigned char)v[i + 2] == 0x93))
		i += 3;	/* "•", "–" */
	else {
		while (i < ss && isdigit((unsigned char)v[i]))
			i++;
		if (i == m || i >= ss || (v[i] != '.' && v[i] != ')'))
			return SIZE_MAX;
		i++;
		*kind = 2;
	}
	if (i >= ss || (v[i] != ' ' && v[i] != '\t'))
		return SIZE_MAX;
	while (i < ss && (v[i] == ' ' || v[i] == '\t' || v[i] == '*' || v[i] == '_'))
		i++;
	return i == ss ? ls : SIZE_MAX;
}

/* The line before the one starting at ls: [*a, *b), false at the text's start. */
static bool line_before(const char *v, size_t ls, size_t *a, size_t *b)
{
	if (ls == 0)
		return false;
	size_t e = ls - 1;	/* its '\n' */
	size_t s0 = e;
	while (s0 > 0 && v[s0 - 1] != '\n')
		s0--;
	*a = s0;
	*b = e;
	return true;
}

static bool blank_span(const char *v, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (v[i] != ' ' && v[i] != '\t' && v[i] != '\r' && v[i] != (char)FL_FILL)
			return false;
	return true;
}

/* The one side named in v[a, b) (-1 none, -2 more than one), and whether a verb of
 * taking is there ("were taken by the MOC"). */
static int side_named(ctx *c, size_t a, size_t b, bool *capture)
{
	tokbuf tb = { 0 };
	matches ev = { 0 }, act = { 0 };
	int side = -1;
	*capture = false;
	if (b > a + 4000)
		b = a + 4000;
	if (tokenize(&tb, c->v, a, b, NULL, 0) == FL_OK) {
		bind_buckets(c->lx, tb.t, tb.n);
		if (scan_matches(c->lx, tb.t, tb.n, &ev, &act, NULL) == FL_OK) {
			for (size_t k = 0; k < act.n && side != -2; k++) {
				int s2 = act.m[k].e->actor;
				if (s2 < 0 || (act.m[k].e->roles & R_SPEAKER))
					continue;
				/* "the Turkish-backed "National Army" factions": the named one */
				if (generic_after_named(&act, tb.t, k))
					continue;
				side = side < 0 || side == s2 ? s2 : -2;
			}
			for (size_t k = 0; k < tb.n && side != -2; k++)	/* "the SDF (Syrian ...)" */
				for (size_t q = 0; q < c->nacro; q++)
					if (acronym_is(c, &tb.t[k], c->acro[q].text, strlen(c->acro[q].text))) {
						int s2 = c->acro[q].e->actor;
						side = side < 0 || side == s2 ? s2 : -2;
					}
			/* "The following areas came out of regime control": the side named
			 * lost them, to its opponent */
			bool lost = false;
			for (size_t k = 0; k < ev.n && side >= 0; k++)
				lost |= ev.m[k].e->verb >= 0 && c->lx->verbs[ev.m[k].e->verb].loser;
			if (lost && side >= 0) {
				side = c->lx->sides[side].opponent && c->lx->sides[side].opponent[0]
					       ? side_index(c->lx, c->lx->sides[side].opponent)
					       : -1;
				*capture = true;	/* a change, on each item's day */
			}
			/* a verb of taking done ("were taken by", "seized"): "UNDER SNA
			 * CONTROL" is none */
			for (size_t k = 0; k < ev.n; k++) {
				const token *w = &tb.t[ev.m[k].a];
				if (ev.m[k].e->verb >= 0 &&
				    strcmp(c->lx->verbs[ev.m[k].e->verb].event, FL_EVENT_CAPTURE) == 0 &&
				    (TOK_IS(w, "taken") || TOK_IS(w, "took") || TOK_IS(w, "captured") ||
				     TOK_IS(w, "seized") || TOK_IS(w, "liberated") || TOK_IS(w, "retaken") ||
				     TOK_IS(w, "recaptured") || TOK_IS(w, "fell") || TOK_IS(w, "overrun") ||
				     TOK_IS(w, "overran") || TOK_IS(w, "stormed") || TOK_IS(w, "were") ||
				     TOK_IS(w, "was") || TOK_IS(w, "have") || TOK_IS(w, "has") || TOK_IS(w, "had")))
					*capture = true;
			}
		}
	}
	free(tb.t);
	free(tb.buf);
	free(ev.m);
	free(act.m);
	return side;
}

/* Is line [a, b) a link to another story ("Read more: Who are HTS?"), no heading? */
static bool link_line(const char *v, size_t a, size_t b)
{
	static const char *const w[] = { "read more", "read also", "also read", "see also", "related",
					 "watch", "listen", "more", NULL };
	for (const char *const *p = w; *p; p++) {
		size_t l = strlen(*p);
		if (b - a > l && strncasecmp(v + a, *p, l) == 0 && v[a + l] == ':')
			return true;
	}
	return false;
}

/* Is the mention the first end of a road named by its ends, "the Mhardeh-Suqaylabiyah
 * road", "the Homs-Hama highway"? */
static bool road_end(const char *v, size_t len, const fl_mention *m)
{
	size_t q = m->end;
	if (q + 2 < len && (unsigned char)v[q] == 0xe2 && (unsigned char)v[q + 1] == 0x80 &&
	    ((unsigned char)v[q + 2] == 0x93 || (unsigned char)v[q + 2] == 0x94))
		q += 3;
	else if (q < len && v[q] == '-')
		q++;
	else
		return false;
	if (q >= len || !isupper((unsigned char)v[q]))
		return false;
	/* ... then, before any stop, the word "road" or "highway" */
	for (size_t e = q; e < len && e < q + 48; e++) {
		if (v[e] == '.' || v[e] == ',' || v[e] == ';' || v[e] == '\n' || v[e] == '(')
			return false;
		if (v[e] != ' ')
			continue;
		size_t w = 0;
		if (strncasecmp(v + e + 1, "road", 4) == 0)
			w = 4;
		else if (strncasecmp(v + e + 1, "highway", 7) == 0)
			w = 7;
		if (w && (e + 1 + w >= len || !isalpha((unsigned char)v[e + 1 + w])))
			return true;
	}
	return false;
}

/* Does the sentence name a year before the page's ("since February 2016, when it was
 * taken")? */
static bool past_year_in(const ctx *c, const token *t, size_t n)
{
	int py = 0, pm, pd;
	if (c->pub != FL_DATE_NONE)
		fl_date_to_ymd(c->pub, &py, &pm, &pd);
	for (size_t i = 0; i < n && py; i++)
		if (t[i].wl == 4 && isdigit((unsigned char)t[i].w[0]) && isdigit((unsigned char)t[i].w[1]) &&
		    isdigit((unsigned char)t[i].w[2]) && isdigit((unsigned char)t[i].w[3])) {
			int y = atoi(t[i].w);
			if (y >= 1900 && y < py)
				return true;
		}
	return false;
}

/* The side the two sentences before this one had taking one of the places of obj,
 * -1 if none or more than one. */
static int told_taker(const ctx *c, const fl_claims *claims, const object *obj, size_t nobj)
{
	size_t from = c->a->sentences[c->si >= 2 ? c->si - 2 : 0].start;
	size_t here = c->a->sentences[c->si].start;
	int side = -1;
	for (size_t q = claims->count; q-- > c->first_claim;) {
		const fl_claim *cl = &claims->items[q];
		if (cl->start < from)
			break;
		if (cl->start >= here || strcmp(cl->event, FL_EVENT_CAPTURE) != 0 ||
		    strcmp(cl->status, FL_STATUS_DENIED) == 0 ||
		    (cl->date != FL_DATE_NONE && c->pub != FL_DATE_NONE && cl->date + 365 < c->pub))
			continue;	/* (nor history: "retook it in 1982") */
		for (size_t o = 0; o < nobj; o++)
			if (obj[o].m->place && obj[o].m->place->id == cl->place_id) {
				int sd = side_index(c->lx, cl->side);
				if (side >= 0 && sd != side)
					return -1;	/* two sides took it: no telling */
				side = sd;
			}
	}
	return side;
}

/* The side named by the heading the sentence stands under ("HTS-LED REBELS" over
 * "* Saraqib ... fell on Nov. 30"): the first short line above it with no stop, past
 * its items and paragraphs; -1 when that heading names no one side (or none is near). */
static int heading_side(ctx *c, size_t at)
{
	size_t ha, hb, y = at;
	for (int lines = 0; lines < 40 && line_before(c->v, y, &ha, &hb); lines++) {
		y = ha;
		if (blank_span(c->v, ha, hb))
			continue;
		while (hb > ha && (c->v[hb - 1] == ' ' || c->v[hb - 1] == '\r'))
			hb--;
		bool item = c->v[ha] == '*' || c->v[ha] == '-' || (unsigned char)c->v[ha] == 0xe2;
		if (item || hb - ha >= 80 || strchr(".!?\"'", c->v[hb - 1]) || link_line(c->v, ha, hb))
			continue;	/* an item, a paragraph, a link: the heading is above */
		/* a label, not a news subhead ("Assad's army collapses"): in capitals, or a
		 * Markdown heading, or ending in a colon */
		bool caps = true;
		for (size_t k = ha; k < hb && caps; k++)
			caps = !islower((unsigned char)c->v[k]);
		if (!caps && c->v[ha] != '#' && c->v[hb - 1] != ':')
			return -1;
		bool capture;
		int side = side_named(c, ha, hb, &capture);
		return side >= 0 && !capture ? side : -1;
	}
	return -1;
}

/* The side the heading above sentence si names, when si opens a bullet ("* ..."),
 * else -1. */
static int item_heading_side(ctx *c, size_t si)
{
	int kind;
	size_t ss = c->a->sentences[si].start;
	if (item_line_kind(c->v, ss, &kind) == SIZE_MAX)
		return -1;
	return heading_side(c, ss);
}

/* An item of a list under a lead that names a side: "AREAS UNDER SNA CONTROL" then "-
 * Azaz, al-Bab, Afrin - unchanged"; "Green shows areas held by HTS ..." then "- **Hama**
 * city"; "The following locations were taken by the MOC:" then "- Khan Sheikhoun - 01
 * Dec". The places that open the item, when the sentence made no claim on them, are
 * that side's: held (on the item's day, else the story's) or taken (on the item's
 * day). A lead naming two sides ("AREAS UNDER SDF / GoS CONTROL") gives none. */

/* The first past date written in text [a, b) (a line that is no sentence), resolved
 * against ref; a day only when day_only, else a day or a range. NULL if none. */
static const fl_date_expr *first_date_in(const ctx *c, size_t a, size_t b, fl_date ref, fl_date_expr *ld,
					 bool day_only)
{
	size_t n = fl_dates_find_in(c->v + a, b - a, c->a->slash, ld, 16);
	int year = c->a->published != FL_DATE_NONE ? 0 : (c->a->year ? c->a->year : c->lx->default_year);
	for (size_t q = 0; q < n && q < 16; q++)
		if (fl_dates_resolve(&ld[q], ref, year) && ld[q].date != FL_DATE_NONE && !ld[q].future &&
		    (day_only ? strcmp(ld[q].precision, "day") == 0 : strcmp(ld[q].precision, "month") != 0))
			return &ld[q];
	return NULL;
}

static fl_status list_item(ctx *c, const token *t, size_t n, fl_claims *claims)
{
	const fl_article *a = c->a;
	size_t ss = a->sentences[c->si].start, se = a->sentences[c->si].end;
	int kind;
	size_t ls = item_line_kind(c->v, ss, &kind);
	if (ls == SIZE_MAX || !c->nsm)
		return FL_OK;
	/* the places opening the item: "Saraqib and Maarat al-Numan", "All of Idlib
	 * province", "Azaz, al-Bab, Afrin" */
	const fl_mention *pl[8];
	bool prov[8];
	size_t np = 0, i = 0;
	/* ("- The coast: Latakia, Jableh and Tartus": past a short lead-in) */
	for (size_t k = 0; k < n && k < 10; k++)
		if (t[k].punct && t[k].w[0] == ':') {
			i = k + 1;
			break;
		}
	while (i < n && t[i].punct && (t[i].w[0] == '*' || t[i].w[0] == '_'))
		i++;
	/* ("- November 29 and 30: most of Aleppo city, except ...": the greater share) */
	if (i + 1 < n && (TOK_IS(&t[i], "all") || TOK_IS(&t[i], "most")) && TOK_IS(&t[i + 1], "of"))
		i += 2;
	if (i < n && TOK_IS(&t[i], "the"))
		i++;
	while (i < n && np < 8 && t[i].mention >= 0) {
		const fl_mention *m = c->sm[t[i].mention];
		i = mention_end_tok(t, n, i);
		while (i < n && t[i].punct && (t[i].w[0] == '*' || t[i].w[0] == '_'))
			i++;
		prov[np] = i < n && (TOK_IS(&t[i], "province") || TOK_IS(&t[i], "governorate"));
		pl[np++] = m;
		if (i < n && (TOK_IS(&t[i], "city") || TOK_IS(&t[i], "town") || prov[np - 1]))
			i++;
		while (i < n && t[i].punct && (t[i].w[0] == '*' || t[i].w[0] == '_'))
			i++;
		if (i + 1 < n && ((t[i].punct && (t[i].w[0] == ',' || t[i].w[0] == '/' || t[i].w[0] == '&')) ||
				  TOK_IS(&t[i], "and"))) {
			i++;
			if (i < n && TOK_IS(&t[i], "and"))
				i++;
			while (i < n && t[i].punct && (t[i].w[0] == '*' || t[i].w[0] == '_'))
				i++;
			continue;
		}
		break;
	}
	if (!np)
		return FL_OK;
	/* an item about something else than who holds its places ("- Idlib: 12 killed in
	 * air strikes", "- Azaz: thousands displaced") says nothing of that */
	for (size_t k = 0; k < n; k++)
		if (TOK_IS(&t[k], "killed") || TOK_IS(&t[k], "dead") || TOK_IS(&t[k], "died") ||
		    TOK_IS(&t[k], "wounded") || TOK_IS(&t[k], "injured") || TOK_IS(&t[k], "strike") ||
		    TOK_IS(&t[k], "strikes") || TOK_IS(&t[k], "airstrike") || TOK_IS(&t[k], "airstrikes") ||
		    TOK_IS(&t[k], "shelling") || TOK_IS(&t[k], "shelled") || TOK_IS(&t[k], "bombing") ||
		    TOK_IS(&t[k], "bombed") || TOK_IS(&t[k], "bombardment") || TOK_IS(&t[k], "casualties") ||
		    TOK_IS(&t[k], "displaced") || TOK_IS(&t[k], "protest") || TOK_IS(&t[k], "protests") ||
		    TOK_IS(&t[k], "demonstration") || TOK_IS(&t[k], "demonstrations"))
			return FL_OK;
	/* the lead: the first line above the list that is no item of it; a heading
	 * above a lead that names nobody */
	size_t la, lb, x = ls, hops = 0;
	bool found = false;
	while (hops++ < 80 && line_before(c->v, x, &la, &lb)) {
		x = la;
		if (blank_span(c->v, la, lb))
			continue;
		/* an item of the same list, or a line of one run on ("  government
		 * buildings in central Damascus.") */
		if (c->v[la] == ' ' || c->v[la] == '\t')
			continue;
		bool item = false;
		for (size_t q = la; q < lb && q < la + 8 && !item; q++) {
			int k2;
			item = item_line_kind(c->v, q, &k2) == la && k2 == kind;
		}
		if (item)
			continue;
		found = true;
		break;
	}
	if (!found)
		return FL_OK;
	if (c->lead_at != la) {
		c->lead_at = la;
		c->lead_side = side_named(c, la, lb, &c->lead_capture);
		if (c->lead_side < 0) {	/* the heading above it */
			size_t ha, hb, y = la;
			while (line_before(c->v, y, &ha, &hb) && blank_span(c->v, ha, hb))
				y = ha;
			if (line_before(c->v, y, &ha, &hb) && !blank_span(c->v, ha, hb) && hb - ha < 200 &&
			    c->v[hb - 1] != '.' && !link_line(c->v, ha, hb)) {
				bool cap;
				c->lead_side = side_named(c, ha, hb, &cap);
				c->lead_capture = false;
			}
		}
	}
	if (c->lead_side < 0)
		return FL_OK;
	/* the item's day, and whether it is said for sure */
	fl_date_expr dx[16];
	size_t nd = sentence_dates(c, c->si, dx, true);
	const fl_date_expr *dd = NULL;
	for (size_t k = 0; k < nd && k < 16 && !dd; k++)
		if (dx[k].date != FL_DATE_NONE)
			dd = &dx[k];
	bool hedged = false;
	for (size_t k = 0; k < n && !hedged; k++)
		hedged = table_hedge(&t[k]) ||
			 (TOK_IS(&t[k], "verified") && k > 0 && (TOK_IS(&t[k - 1], "not") || TOK_IS(&t[k - 1], "yet")));
	/* captures with none: the lead's ("took the following areas on Saturday:"), else
	 * the day of the heading the list is under ("Areas taken on December 8"); with
	 * neither they may span days, and stay undated. (Holds are the day of writing:
	 * a day in their lead is another event's, "the offensive launched on 27 November") */
	fl_date sec = c->a->section && c->lead_capture ? c->a->section[c->si] : FL_DATE_NONE;
	fl_date ref = sec != FL_DATE_NONE ? sec : c->pub;
	fl_date_expr ld[16];
	if (!dd && c->lead_capture) {
		dd = first_date_in(c, la, lb, ref, ld, false);
		/* the heading right above the lead ("Areas taken on 8 December") */
		size_t ha, hb, y = la;
		while (!dd && line_before(c->v, y, &ha, &hb) && blank_span(c->v, ha, hb))
			y = ha;
		if (!dd && line_before(c->v, y, &ha, &hb) && !blank_span(c->v, ha, hb) && hb - ha < 120 &&
		    c->v[hb - 1] != '.' && !link_line(c->v, ha, hb))
			dd = first_date_in(c, ha, hb, ref, ld, true);
	}
	fl_date d = dd ? dd->date : sec != FL_DATE_NONE ? sec : c->lead_capture ? FL_DATE_NONE : c->pub;
	fl_date de = dd ? dd->date_end : d;
	const char *prec = dd ? dd->precision : "day";
	verb_group vg;
	memset(&vg, 0, sizeof vg);
	copy_field(vg.event, sizeof vg.event, c->lead_capture ? FL_EVENT_CAPTURE : FL_EVENT_HELD);
	attribution at;
	memset(&at, 0, sizeof at);
	for (size_t k = 0; k < np; k++) {
		const fl_place *p = pl[k]->place;
		if (p && prov[k]) {
			const fl_place *adm = province_of(c, pl[k]);
			if (adm)
				p = adm;
		}
		if (!p || skip_place(p) || foreign_capital(c, p))
			continue;
		bool claimed = false;
		for (size_t q = claims->count; q-- > c->first_claim && claims->items[q].start == ss && !claimed;) {
			fl_claim *cl = &claims->items[q];
			claimed = cl->place_id == p->id;
			/* "- December 6: Deir Ezzor city, Al-Mayadin and Albu Kamal, after regime
			 * forces withdrew from them" under "areas controlled by the SDF": the
			 * lead names who holds what the loser left */
			if (claimed && strcmp(cl->event, FL_EVENT_WITHDRAWAL) == 0)
				copy_field(cl->side, sizeof cl->side, c->lx->sides[c->lead_side].id);
		}
		if (claimed)
			continue;
		fl_status st = emit(c, claims, p, c->lx->sides[c->lead_side].id, &vg,
				    hedged ? FL_STATUS_HEDGED : FL_STATUS_REPORTED, &at, hedged ? 0.45 : 0.6, NULL,
				    ss, se, d, de, prec);
		if (st)
			return st;
	}
	return FL_OK;
}

/* ---- tables ------------------------------------------------------------------------ */

/* A word in the taker's, the date's or the status's cell that makes a row's claim a
 * hedge: "Army (claimed)", "Opposition (reported)", "30 Nov (unconfirmed)", "Claimed". */
static bool table_hedge(const token *t)
{
	return TOK_IS(t, "claimed") || TOK_IS(t, "claim") || TOK_IS(t, "claims") ||
	       TOK_IS(t, "reported") || TOK_IS(t, "reportedly") || TOK_IS(t, "unconfirmed") ||
	       TOK_IS(t, "unverified") || TOK_IS(t, "disputed") || TOK_IS(t, "contested") ||
	       TOK_IS(t, "?");
}

/* The event a word of a table's event cell names ("captured", "retaken", "road cut",
 * "claimed", "held"), NULL for none. */
static const char *table_event(const token *t)
{
	static const char *const capture[] = { "captured", "capture", "taken", "took", "seized",
					       "entered", "retaken", "recaptured", "retook", "liberated",
					       "fell", "falls", "overran", "overrun", "stormed", "handed",
					       "claimed", "overtakes", "overtook", "regains", "regained",
					       NULL };
	static const char *const held[] = { "held", "holds", "controls", "controlled", "control", NULL };
	if (tok_in(t, capture))
		return "capture";
	if (tok_in(t, held))
		return "held";
	if (TOK_IS(t, "cut") || TOK_IS(t, "severed") || TOK_IS(t, "closed"))
		return "road_cut";
	if (TOK_IS(t, "repelled") || TOK_IS(t, "repulsed"))
		return "repelled";
	return NULL;	/* (a withdrawal's row names who left, not who holds) */
}

/* A row of a control table ("| 6 Dec | Rastan, Talbiseh | MOC | ... |" under "| Date |
 * Town | Taken by | Notes |"): a claim for each place that heads the place cell or
 * follows another in it, for the side named in the taker's cell, on the day in the
 * date cell. The other cells (notes) are not read for claims. */
static fl_status table_row(ctx *c, const token *t, size_t n, size_t si, fl_claims *claims)
{
	const fl_article *a = c->a;
	const fl_lexicon *lx = c->lx;
	size_t h = a->table_head[si];
	int col[FL_TABLE_COLS];
	bool held;
	size_t ncol = fl_table_columns(c->v, a->sentences[h].start, a->sentences[h].end, col, &held);
	if (!ncol)
		return FL_OK;
	/* the row's cells as token ranges */
	size_t cell_a[FL_TABLE_COLS], cell_b[FL_TABLE_COLS], nc = 0;
	size_t i = n && t[0].punct && t[0].w[0] == '|' ? 1 : 0;
	while (i < n && nc < ncol) {
		size_t j = i;
		while (j < n && !(t[j].punct && t[j].w[0] == '|'))
			j++;
		cell_a[nc] = i;
		cell_b[nc++] = j;
		i = j + 1;
	}
	int side = -1;
	bool hedged = false;
	fl_date d = FL_DATE_NONE, de = FL_DATE_NONE;
	char prec[8] = "";
	char actor_text[96] = "";
	size_t place_col = SIZE_MAX;
	const char *event = held ? "held" : "capture";
	for (size_t k = 0; k < nc; k++) {
		if (col[k] == FL_COL_PLACE) {
			place_col = k;
			continue;
		}
		if (col[k] == FL_COL_EVENT) {
			/* the event cell says what happened; its first word of one decides
			 * ("captured (SDF withdrew)"), and a row of none says nothing */
			event = NULL;
			for (size_t q = cell_a[k]; q < cell_b[k] && !event; q++)
				event = table_event(&t[q]);
			for (size_t q = cell_a[k]; q < cell_b[k]; q++)
				hedged |= table_hedge(&t[q]);
			continue;
		}
		if (col[k] != FL_COL_TAKER && col[k] != FL_COL_DATE && col[k] != FL_COL_STATUS)
			continue;
		for (size_t q = cell_a[k]; q < cell_b[k]; q++)
			hedged |= table_hedge(&t[q]);
		if (col[k] == FL_COL_TAKER && cell_b[k] > cell_a[k]) {
			for (size_t q = first_at_or_after(&c->act, cell_a[k]); q < c->act.n && side < 0; q++)
				if (c->act.m[q].a < cell_b[k] && c->act.m[q].b <= cell_b[k] && c->act.m[q].e->actor >= 0)
					side = c->act.m[q].e->actor;
			size_t ts = t[cell_a[k]].s, te = t[cell_b[k] - 1].e;
			if (te - ts < sizeof actor_text) {
				memcpy(actor_text, c->v + ts, te - ts);
				actor_text[te - ts] = '\0';
			}
		}
		if (col[k] == FL_COL_DATE && cell_b[k] > cell_a[k] && d == FL_DATE_NONE) {
			size_t ds = t[cell_a[k]].s, dend = t[cell_b[k] - 1].e;
			fl_date_expr dx[4];
			size_t nd = fl_dates_find_in(c->v + ds, dend - ds, a->slash, dx, 4);
			int year = a->published != FL_DATE_NONE ? 0 : (a->year ? a->year : lx->default_year);
			for (size_t q = 0; q < nd && q < 4; q++) {
				if (!fl_dates_resolve(&dx[q], c->pub, year) || dx[q].date == FL_DATE_NONE)
					continue;
				if (d == FL_DATE_NONE) {
					d = dx[q].date;
					de = dx[q].date_end;
					copy_field(prec, sizeof prec, dx[q].precision);
				} else if (dx[q].date_end > de) {	/* "27 Nov - 1 Dec" */
					de = dx[q].date_end;
					copy_field(prec, sizeof prec, "range");
				}
			}
		}
	}
	if (side < 0 || place_col == SIZE_MAX || !event)
		return FL_OK;
	/* a table of who holds what, its row with no day ("since: -"): held on the day
	 * of writing */
	if (held && d == FL_DATE_NONE && c->pub != FL_DATE_NONE) {
		d = de = c->pub;
		copy_field(prec, sizeof prec, "day");
	}
	verb_group vg;
	memset(&vg, 0, sizeof vg);
	copy_field(vg.event, sizeof vg.event, event);
	vg.confidence = 0.8;
	attribution at;
	memset(&at, 0, sizeof at);
	/* the places that head the cell or follow another: "Rastan, Talbiseh", "Mount
	 * Hermon (Syrian side)", not "villages of western Aleppo countryside" */
	bool open = true;	/* a place may start here */
	bool part = false;	/* "Sheikh Maqsoud neighbourhood, Aleppo city": what follows the
				 * comma locates it */
	for (size_t q = cell_a[place_col]; q < cell_b[place_col]; q++) {
		if (t[q].mention < 0) {
			if (TOK_IS(&t[q], "neighbourhood") || TOK_IS(&t[q], "neighborhood") ||
			    TOK_IS(&t[q], "district") || TOK_IS(&t[q], "quarter") || TOK_IS(&t[q], "suburb"))
				part = true;
			if (t[q].punct && (t[q].w[0] == ',' || t[q].w[0] == ';' || t[q].w[0] == '/' ||
					   t[q].w[0] == '&')) {
				open = !(part && t[q].w[0] == ',');
				part = false;
			} else if (TOK_IS(&t[q], "and"))
				open = true;
			else if (!(open && (TOK_IS(&t[q], "the") || TOK_IS(&t[q], "city") ||
					    TOK_IS(&t[q], "town") || TOK_IS(&t[q], "village") ||
					    TOK_IS(&t[q], "of"))))
				open = false;
			continue;
		}
		const fl_mention *m = c->sm[t[q].mention];
		size_t e = q;
		while (e + 1 < cell_b[place_col] && t[e + 1].mention == t[q].mention)
			e++;
		bool was_open = open;
		q = e;
		open = false;
		if (!was_open || !m->place)
			continue;
		const fl_place *p = m->place;
		if (e + 1 < cell_b[place_col] &&
		    (TOK_IS(&t[e + 1], "province") || TOK_IS(&t[e + 1], "governorate"))) {
			const fl_place *adm = province_of(c, m);
			if (adm)
				p = adm;
		}
		if (skip_place(p) || foreign_capital(c, p))
			continue;
		fl_status st = emit(c, claims, p, lx->sides[side].id, &vg, hedged ? "hedged" : "reported",
				    &at, hedged ? 0.5 : 0.8, actor_text[0] ? actor_text : NULL,
				    a->sentences[si].start, a->sentences[si].end, d, de, prec[0] ? prec : "day");
		if (st)
			return st;
	}
	return FL_OK;
}

/* Is the hold of match vm said in the present: "still holds", "controls", "remain in",
 * "is in the hands of", "are now under"? */
static bool present_hold(const token *t, const match *vm)
{
	const token *w = &t[vm->a];
	if (vm->a > 0 && (TOK_IS(&t[vm->a - 1], "still") || TOK_IS(&t[vm->a - 1], "now")))
		return true;
	return TOK_IS(w, "holds") || TOK_IS(w, "hold") || TOK_IS(w, "controls") || TOK_IS(w, "control") ||
	       TOK_IS(w, "remains") || TOK_IS(w, "remain") || TOK_IS(w, "is") || TOK_IS(w, "are") ||
	       TOK_IS(w, "still") || TOK_IS(w, "now");	/* (a phrase of its own: "now hold") */
}

/* "rebel-held Idlib", "the Kurdish-held enclave of Tal Rifaat", "Tal Rifaat, a
 * Kurdish-held enclave": a place described as one side's holds it on the day of
 * writing ("formerly rebel-held" is no such thing). */
static fl_status held_adjectives(ctx *c, const token *t, size_t n, fl_claims *claims)
{
	static const char *const nouns[] = { "city", "town", "village", "villages", "towns", "enclave",
					     "district", "neighbourhood", "neighborhood", "area", "areas",
					     "pocket", "province", "region", "suburb", "suburbs", "stronghold",
					     "part", "parts", "countryside", NULL };
	/* "the regime-held provincial capital Deir ez-Zor", "the rebel-held northern town of" */
	static const char *const ranks[] = { "provincial", "capital", "regional", "border", "northern",
					     "southern", "eastern", "western", "central", "strategic",
					     "key", "coastal", NULL };
	for (size_t i = 0; i < n; i++) {
		if (t[i].punct || t[i].mention >= 0)
			continue;
		const char *dash = memchr(t[i].w, '-', t[i].wl);
		if (!dash)
			continue;
		size_t pl = (size_t)(dash - t[i].w), rest = t[i].wl - pl - 1;
		const char *r = dash + 1;
		if (!((rest == 4 && memcmp(r, "held", 4) == 0) || (rest == 10 && memcmp(r, "controlled", 10) == 0)))
			continue;
		const char *side = NULL;
		for (size_t k = 0; k < c->lx->nheld && !side; k++)
			if (strlen(c->lx->held_words[k]) == pl && memcmp(t[i].w, c->lx->held_words[k], pl) == 0)
				side = c->lx->sides[c->lx->held_sides[k]].id;
		if (!side)
			continue;
		/* "formerly rebel-held", "the once Kurdish-held", "no longer government-held" */
		if (i > 0 && (TOK_IS(&t[i - 1], "formerly") || TOK_IS(&t[i - 1], "once") ||
			      TOK_IS(&t[i - 1], "previously") || TOK_IS(&t[i - 1], "then") ||
			      TOK_IS(&t[i - 1], "former") || TOK_IS(&t[i - 1], "longer") ||
			      TOK_IS(&t[i - 1], "last")))
			continue;
		size_t j = i + 1, at = n;
		/* after: "rebel-held Idlib", "the rebel-held city of Idlib", up to two words of
		 * rank before the noun */
		for (int q = 0; q < 2 && j + 1 < n; q++)
			if (tok_in(&t[j], ranks))
				j++;
		if (j < n && tok_in(&t[j], nouns))
			j++;
		if (j < n && TOK_IS(&t[j], "of"))
			j++;
		if (j < n && mention_at(c, t, j))
			at = j;
		/* before: "Tal Rifaat, a Kurdish-held enclave" */
		if (at == n && i >= 3 && (TOK_IS(&t[i - 1], "a") || TOK_IS(&t[i - 1], "the")) &&
		    TOK_IS(&t[i - 2], ",") && t[i - 3].mention >= 0) {
			size_t q = i - 3;
			while (q > 0 && t[q - 1].mention == t[q].mention)
				q--;
			at = q;
		}
		const fl_mention *m = at < n ? mention_at(c, t, at) : NULL;
		if (!m || !m->place || skip_place(m->place) || foreign_capital(c, m->place) ||
		    strcmp(m->place->country, "SY") != 0)
			continue;
		/* "seized Tal Rifaat, a Kurdish-held enclave": the state it was taken from */
		size_t ss0 = c->a->sentences[c->si].start;
		bool told = false;
		for (size_t q = claims->count; q-- > c->first_claim && claims->items[q].start == ss0 && !told;)
			told = claims->items[q].place_id == m->place->id;
		/* "in 2018 regime forces launched an offensive on opposition-held Daraa" */
		bool past = false;
		int py = 0, pm, pd;
		if (c->pub != FL_DATE_NONE)
			fl_date_to_ymd(c->pub, &py, &pm, &pd);
		for (size_t q = 0; q < n && !past; q++)
			past = (t[q].wl == 4 && isdigit((unsigned char)t[q].w[0]) && atoi(t[q].w) >= 1900 &&
				atoi(t[q].w) < py) ||
			       /* "at the time", not "for the first time" */
			       (q >= 2 && TOK_IS(&t[q], "time") && TOK_IS(&t[q - 1], "the") &&
				TOK_IS(&t[q - 2], "at"));
		if (told || past)
			continue;
		const fl_place *p = m->place;
		if (at + 1 < n && TOK_IS(&t[mention_end_tok(t, n, at)], "province")) {
			const fl_place *adm = province_of(c, m);
			if (adm)
				p = adm;
		}
		fl_date d = writing_day(c);
		verb_group vg;
		memset(&vg, 0, sizeof vg);
		copy_field(vg.event, sizeof vg.event, FL_EVENT_HELD);
		attribution at0;
		memset(&at0, 0, sizeof at0);
		char actor[48];
		span_text(c->a, t[i].s, t[i].e, actor, sizeof actor);
		size_t ss = c->a->sentences[c->si].start, se = c->a->sentences[c->si].end;
		fl_status st = emit(c, claims, p, side, &vg, FL_STATUS_REPORTED, &at0, 0.5, actor, ss, se, d, d, "day");
		if (st)
			return st;
	}
	return FL_OK;
}

/* "The offensive had brought Aleppo, Hama and Homs under the control of the
 * opposition", "brought the town under rebel control": the places between the verb and
 * "under", for the side named with "control" (or, for "their control", the actor named
 * before the verb). */
static fl_status brought_under(ctx *c, const token *t, size_t n, fl_claims *claims)
{
	const fl_lexicon *lx = c->lx;
	for (size_t i = 0; i + 3 < n; i++) {
		if (!(TOK_IS(&t[i], "brought") || TOK_IS(&t[i], "bring") || TOK_IS(&t[i], "brings") ||
		      TOK_IS(&t[i], "bringing")))
			continue;
		const fl_mention *pm[MAX_OBJ];
		size_t np = 0, j = i + 1;
		while (j < n && np < MAX_OBJ) {
			const fl_mention *m = mention_at(c, t, j);
			if (m) {
				pm[np++] = m;
				j = mention_end_tok(t, n, j);
			} else if (TOK_IS(&t[j], ",") || TOK_IS(&t[j], "and") || TOK_IS(&t[j], "the") ||
				   ((TOK_IS(&t[j], "city") || TOK_IS(&t[j], "town") || TOK_IS(&t[j], "towns") ||
				     TOK_IS(&t[j], "cities")) && j + 1 < n && TOK_IS(&t[j + 1], "of"))) {
				j += TOK_IS(&t[j], ",") || TOK_IS(&t[j], "and") || TOK_IS(&t[j], "the") ? 1 : 2;
			} else {
				break;
			}
		}
		if (!np || j + 1 >= n || !TOK_IS(&t[j], "under"))
			continue;
		/* "under the control of X", "under X control", "under their control" */
		size_t q = j + 1, who = n;
		if (q + 2 < n && TOK_IS(&t[q], "the") && TOK_IS(&t[q + 1], "control") && TOK_IS(&t[q + 2], "of"))
			who = q + 3;
		else if (q + 1 < n && (TOK_IS(&t[q + 1], "control") || (q + 2 < n && TOK_IS(&t[q + 2], "control"))))
			who = q;
		if (who == n)
			continue;
		int side = -1;
		size_t ak = first_at_or_after(&c->act, who);
		if (ak < c->act.n && c->act.m[ak].a <= who + 1)
			side = c->act.m[ak].e->actor;
		if (side < 0 && (TOK_IS(&t[who], "their") || TOK_IS(&t[who], "its")))
			for (size_t k = first_at_or_after(&c->act, 0); k < c->act.n && c->act.m[k].a < i; k++)
				if (c->act.m[k].e->actor >= 0)
					side = c->act.m[k].e->actor;
		if (side < 0 || lx->sides[side].state)
			continue;
		need_dates(c);
		fl_date d, de;
		char prec[8];
		/* (not another event's day: "the offensive that began on Nov. 27 had brought
		 * ...") */
		fl_date_expr dx[16];
		size_t ndx = 0;
		for (size_t k = 0; k < c->ndx && k < 16; k++)
			if (!other_event_date(c, c->dx[k].start))
				dx[ndx++] = c->dx[k];
		claim_date(c, dx, ndx, t[i].s, SIZE_MAX, &d, &de, prec);
		size_t ce = j;
		while (ce < n && !TOK_IS(&t[ce], "control"))
			ce++;
		if (ce + 1 < n && past_time_after(c, t, n, ce + 1, SIZE_MAX, c->dx, c->ndx, &d, &de))
			memcpy(prec, "range", 6);	/* "... under its control in 2020" */
		verb_group vg;
		memset(&vg, 0, sizeof vg);
		copy_field(vg.event, sizeof vg.event, FL_EVENT_CAPTURE);
		attribution at0;
		memset(&at0, 0, sizeof at0);
		size_t ss = c->a->sentences[c->si].start, se = c->a->sentences[c->si].end;
		for (size_t k = 0; k < np; k++) {
			if (!pm[k]->place || skip_place(pm[k]->place) || foreign_capital(c, pm[k]->place))
				continue;
			fl_status st = emit(c, claims, pm[k]->place, lx->sides[side].id, &vg, FL_STATUS_REPORTED, &at0,
					    0.7, NULL, ss, se, d, de, prec);
			if (st)
				return st;
			if (side < 32 && (d == FL_DATE_NONE || c->pub == FL_DATE_NONE || d + 365 >= c->pub)) {
				c->gains[side]++;
				c->last_gain = side;
			}
		}
	}
	return FL_OK;
}

/* "The rebels have taken Aleppo, which they swept into on Nov. 29": a place followed
 * by a clause on "which" or "that" telling the same event (a control verb of the same
 * kind, no side other than `side` named in it) has that clause's day. Token ob is
 * right after the place. Returns the index of the day in dx, else -1. */
static int relative_day(const ctx *c, const token *t, size_t n, size_t ob, const char *event, int side,
			const fl_date_expr *dx, size_t ndx)
{
	if (ob + 2 >= n || !TOK_IS(&t[ob], ",") || !(TOK_IS(&t[ob + 1], "which") || TOK_IS(&t[ob + 1], "that")))
		return -1;
	size_t end = ob + 2;
	while (end < n && end < ob + 20 && !(t[end].punct && t[end].w[0] != '.'))	/* ("Nov. 29") */
		end++;
	size_t verb = n;
	for (size_t k = first_at_or_after(&c->ev, ob + 2); k < c->ev.n && c->ev.m[k].a < end; k++)
		if (c->ev.m[k].e->verb >= 0) {
			if (strcmp(c->lx->verbs[c->ev.m[k].e->verb].event, event) == 0)
				verb = c->ev.m[k].a;
			break;
		}
	if (verb == n)
		return -1;
	for (size_t k = first_at_or_after(&c->act, ob + 2); k < c->act.n && c->act.m[k].a < end; k++)
		if (c->act.m[k].e->actor >= 0 && c->act.m[k].e->actor != side)
			return -1;
	for (size_t i = 0; i < ndx; i++)
		if (dx[i].start >= t[verb].s && dx[i].end <= t[end - 1].e && dx[i].date != FL_DATE_NONE &&
		    !dx[i].future && strcmp(dx[i].precision, "month") != 0)
			return (int)i;
	return -1;
}

/* Does text[s, e) ask a question that is no wh-question: it ends on "?" (before any
 * closing quote or bracket) and does not open on "how", "why", "what", "when",
 * "where", "who" or "which"? */
static bool asks(const char *v, size_t s, size_t e)
{
	while (e > s && (isspace((unsigned char)v[e - 1]) || v[e - 1] == '"' || v[e - 1] == ')' ||
			 v[e - 1] == '\''))
		e--;
	if (e == s || v[e - 1] != '?')
		return false;
	while (s < e && !isalpha((unsigned char)v[s]))
		s++;
	static const char *const wh[] = { "how ", "why ", "what ", "when ", "where ", "who ", "which " };
	for (size_t i = 0; i < sizeof wh / sizeof wh[0]; i++)
		if (e - s > strlen(wh[i]) && strncasecmp(v + s, wh[i], strlen(wh[i])) == 0)
			return false;
	return true;
}

/* Does the word at a stand in a phrase of time ("since the army's campaign", "after
 * the rebels' advance"), a preposition of time up to three words before it? (Its
 * caller asks it of an owner: "since opposition forces crossed" is a clause.) */
static bool in_time_phrase(const token *t, size_t a)
{
	for (size_t q = a; q-- > 0 && q + 4 > a;) {
		if (t[q].punct)
			return false;
		if (TOK_IS(&t[q], "since") || TOK_IS(&t[q], "during") || TOK_IS(&t[q], "after") ||
		    TOK_IS(&t[q], "before") || TOK_IS(&t[q], "until") || TOK_IS(&t[q], "following") ||
		    TOK_IS(&t[q], "amid"))
			return true;
	}
	return false;
}

/* Is actor match mt inside a phrase of control that names its holder ("in government
 * hands", "under rebel control")? */
static bool in_holder_phrase(const ctx *c, const match *mt)
{
	for (size_t x = 0; x < c->ev.n; x++) {
		const match *ev = &c->ev.m[x];
		if (ev->a <= mt->a && mt->b <= ev->b && ev->e->verb >= 0 && c->lx->verbs[ev->e->verb].agent_inside)
			return true;
	}
	return false;
}

static fl_status do_sentence(ctx *c, size_t si, fl_claims *claims)
{
	const fl_lexicon *lx = c->lx;
	const fl_article *a = c->a;
	size_t ss = a->sentences[si].start, se = a->sentences[si].end;
	size_t para = a->paragraph ? a->paragraph[si] : si;
	if (a->heading && a->heading[si]) {
		/* a heading inside the story: the section under it is about the place it
		 * names, if it is one place's name and nothing else */
		c->section = NULL;
		size_t i = first_mention_from(c, ss);
		if (c->m && i < c->m->count && c->m->items[i].end <= se && c->m->items[i].place &&
		    c->m->items[i].place->fclass == 'P' &&
		    (i + 1 >= c->m->count || c->m->items[i + 1].start >= se)) {
			const fl_mention *m = &c->m->items[i];
			bool other = false;
			for (size_t k = ss; k < se && !other; k++)
				other = (k < m->start || k >= m->end) && isalnum((unsigned char)c->v[k]);
			if (!other)
				c->section = m;
		}
		return FL_OK;
	}
	if (para != c->carry_para) {
		c->npara_sides = 0;
		c->prev_actor = c->carry_actor;
		memcpy(c->prev_actor_text, c->carry_actor_text, sizeof c->prev_actor_text);
		c->carry_actor = -1;
		c->carry_para = para;
		c->para_obj = NULL;
	}
	if (para != c->date_para) {
		c->date_para = para;
		c->para_start = ss;
		c->para_first = si;
	}
	c->si = si;
	c->last_obj = NULL;
	/* the sentence's mentions */
	c->nsm = 0;
	c->nsynth = 0;
	c->naside = 0;
	c->ncuts = 0;
	for (size_t i = first_mention_from(c, ss); c->m && i < c->m->count && c->m->items[i].start < se; i++) {
		const fl_mention *m = &c->m->items[i];
		if (m->end > se || m->end <= m->start)
			continue;
		if (c->nsm && m->start < c->sm[c->nsm - 1]->end)
			continue;	/* overlapping mentions: keep the first */
		if (fl_grow((void **)&c->sm, &c->capsm, c->nsm, 1, sizeof *c->sm) ||
		    fl_grow((void **)&c->cuts, &c->capcuts, c->ncuts, 2, sizeof *c->cuts))
			return FL_ENOMEM;
		c->sm[c->nsm++] = m;
		c->cuts[c->ncuts++] = m->start;
		c->cuts[c->ncuts++] = m->end;
	}
	fl_status st = tokenize(&c->tb, c->v, ss, se, c->cuts, c->ncuts);
	if (st)
		return st;
	token *t = c->tb.t;
	size_t n = c->tb.n;
	/* "withdrew yesterday from X": a day word inside a verb phrase is left out of
	 * the tokens (the dates are read from the text, not from them) */
	size_t kept = 0;
	for (size_t i = 0; i < n; i++) {
		/* "withdrew on Saturday (morning) from": the same */
		size_t w = 0;
		if (i > 0 && i + 2 < n && !t[i - 1].punct && TOK_IS(&t[i], "on") && is_weekday(&t[i + 1]))
			w = (i + 3 < n && is_part_of_day(&t[i + 2])) ? 3 : 2;
		bool day = i > 0 && i + 1 < n && !t[i - 1].punct &&
			   (TOK_IS(&t[i], "yesterday") || TOK_IS(&t[i], "overnight") ||
			    TOK_IS(&t[i], "today") || TOK_IS(&t[i], "tonight"));
		size_t after = w ? i + w : i + 1;
		if ((w || day) && after < n &&
		    (TOK_IS(&t[after], "from") || TOK_IS(&t[after], "of") || TOK_IS(&t[after], "into"))) {
			i = after - 1;
			continue;
		}
		t[kept++] = t[i];
	}
	n = c->tb.n = kept;
	/* "remains firmly in the hands of", "is now fully under the control of": an
	 * adverb of degree inside a phrase of holding is left out (not a hedge's) */
	kept = 0;
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && i + 1 < n && t[i].wl > 4 && t[i].w[t[i].wl - 1] == 'y' && t[i].w[t[i].wl - 2] == 'l' &&
		    (TOK_IS(&t[i + 1], "in") || TOK_IS(&t[i + 1], "under")) &&
		    (TOK_IS(&t[i - 1], "remains") || TOK_IS(&t[i - 1], "remain") ||
		     TOK_IS(&t[i - 1], "remained") || TOK_IS(&t[i - 1], "is") || TOK_IS(&t[i - 1], "are") ||
		     TOK_IS(&t[i - 1], "was") || TOK_IS(&t[i - 1], "were") || TOK_IS(&t[i - 1], "now")) &&
		    !is_inner_adverb(&t[i]))
			continue;
		t[kept++] = t[i];
	}
	n = c->tb.n = kept;
	/* "has been completely liberated", "was finally captured": an adverb between an
	 * auxiliary and a participle is left out, so the verb phrase is whole (a hedge's,
	 * "reportedly", is moved before the auxiliary below instead) */
	kept = 0;
	for (size_t i = 0; i < n; i++) {
		const token *w = &t[i], *nx = i + 1 < n ? &t[i + 1] : NULL;
		if (i > 0 && nx && w->wl > 4 && w->w[w->wl - 2] == 'l' && w->w[w->wl - 1] == 'y' &&
		    !is_inner_adverb(w) && is_auxiliary(&t[i - 1]) && !nx->punct && nx->wl > 3 &&
		    ((nx->w[nx->wl - 2] == 'e' && (nx->w[nx->wl - 1] == 'd' || nx->w[nx->wl - 1] == 'n')) ||
		     TOK_IS(nx, "taken") || TOK_IS(nx, "retaken") || TOK_IS(nx, "overrun")))
			continue;
		t[kept++] = t[i];
	}
	n = c->tb.n = kept;
	/* "took the towns of Rastan (الرستن) and Talbiseh (تلبيسة)": a name's gloss in
	 * Arabic script, in brackets, is left out of the tokens, so the list is whole; and
	 * in "remain under SDF/Asayish control", "in HTS/opposition hands", the name after
	 * the slash, so the phrase reads the first */
	kept = 0;
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && t[i].punct && t[i].w[0] == '(') {
			size_t j = i + 1;
			while (j < n && j < i + 8 && !t[j].punct && (unsigned char)t[j].w[0] >= 0x80)
				j++;
			if (j > i + 1 && j < n && t[j].punct && t[j].w[0] == ')') {
				i = j;
				continue;
			}
		}
		if (kept >= 2 && i + 2 < n && t[i].punct && t[i].w[0] == '/' && !t[i + 1].punct &&
		    (TOK_IS(&t[kept - 2], "under") || TOK_IS(&t[kept - 2], "in")) &&
		    (TOK_IS(&t[i + 2], "control") || TOK_IS(&t[i + 2], "hands"))) {
			i++;
			continue;
		}
		t[kept++] = t[i];
	}
	n = c->tb.n = kept;
	/* "was also reportedly entered", "remains reportedly under the control of": an
	 * adverb inside a verb phrase goes before its auxiliary, where a hedge is read
	 * just the same, and the phrase is whole again */
	for (size_t i = 1; i + 1 < n; i++)
		if (!t[i + 1].punct &&
		    ((is_inner_adverb(&t[i]) && is_auxiliary(&t[i - 1])) ||
		     /* "Qamhana was NOT captured": negated as "not ... was captured" */
		     ((TOK_IS(&t[i], "not") || TOK_IS(&t[i], "never")) &&
		      (TOK_IS(&t[i - 1], "was") || TOK_IS(&t[i - 1], "were")) && t[i + 1].wl > 3 &&
		      t[i + 1].w[t[i + 1].wl - 2] == 'e' &&
		      (t[i + 1].w[t[i + 1].wl - 1] == 'd' || t[i + 1].w[t[i + 1].wl - 1] == 'n')))) {
			token x = t[i - 1];
			t[i - 1] = t[i];
			t[i] = x;
		} else if (i >= 2 && !t[i + 1].punct && is_inner_adverb(&t[i]) &&
			   (TOK_IS(&t[i - 1], "now") || TOK_IS(&t[i - 1], "still")) && is_auxiliary(&t[i - 2])) {
			/* "are now reportedly under the control of": before "are now" */
			token x = t[i];
			t[i] = t[i - 1];
			t[i - 1] = t[i - 2];
			t[i - 2] = x;
		}
	c->roles = bind_buckets(lx, t, n);
	for (size_t i = 0, k = 0; i < n; i++) {
		while (k < c->nsm && c->sm[k]->end <= t[i].s)
			k++;
		if (k < c->nsm && t[i].s >= c->sm[k]->start && t[i].e <= c->sm[k]->end)
			t[i].mention = (int)k;
	}
	if ((st = scan_matches(lx, t, n, &c->ev, &c->act, &c->src)))
		return st;
	drop_incomplete(lx, t, n, &c->ev);
	drop_named_generics(c->v, t, &c->act);
	if ((st = collective_refs(c, t, n)) || (st = acronym_refs(c, t, n)))
		return st;
	/* an interview: who answers is the first side named before the first question */
	if (!c->asked && c->guest < 0)
		for (size_t k = 0; k < c->act.n && c->guest < 0; k++)
			if (c->act.m[k].e->actor >= 0 && !(c->act.m[k].e->roles & R_SPEAKER))
				c->guest = c->act.m[k].e->actor;
	if (!c->asked && qa_label(c, para, 'Q'))
		c->asked = true;
	/* a table's row is read by its columns, its header row not at all */
	if (a->table_head && a->table_head[si] != SIZE_MAX)
		return a->table_head[si] == si ? FL_OK : table_row(c, t, n, si, claims);
	attribution at;
	find_attribution(c, t, n, para, &at);
	/* dates */
	/* dates only matter to sentences with a control verb */
	bool any_verb = false;
	for (size_t k = 0; k < c->ev.n && !any_verb; k++)
		any_verb = c->ev.m[k].e->verb >= 0;
	/* found when a claim first needs them (most verbs find no place) */
	fl_date_expr *dx = c->dx;
	c->ndx = 0;
	c->dx_done = !any_verb;
	/* denials: a cue before control verbs denies them ("denied that rebels took X");
	 * a cue after them denies the nearest ("reports that ... are not true") */
	bool vdenied[64] = { false };
	size_t nev = c->ev.n < 64 ? c->ev.n : 64;
	/* "These claims are false." on its own: the sentence before is denied */
	for (size_t i = 0; !any_verb && (c->roles & R_DENIAL) && i < n; i++)
		if (role_len(lx, t, n, i, R_DENIAL) && retro_denial(t, i)) {
			deny_previous(c, claims, si);
			break;
		}
	for (size_t i = 0; any_verb && (c->roles & R_DENIAL) && i < n; i++) {
		size_t dl = role_len(lx, t, n, i, R_DENIAL);
		if (!dl)
			continue;
		/* "..., however these claims are untrue and X remains ...": the cue speaks
		 * of what was said before it, in this sentence or the one before */
		if (retro_denial(t, i)) {
			bool before = false;
			for (size_t k = 0; k < nev; k++)
				if (c->ev.m[k].e->verb >= 0 && c->ev.m[k].a < i) {
					vdenied[k] = true;
					/* ("Those reports, as of the time I left my office, were not
					 * accurate": a verb with no place of its own is no claim) */
					for (size_t q = 0; q < n && !before; q++)
						before = t[q].mention >= 0 && q < i;
				}
			if (!before)
				deny_previous(c, claims, si);
			i += dl - 1;
			continue;
		}
		/* "(reports that) X had fallen was wrong; X is held by the army", "... are
		 * false": a cue said of what came before denies the nearest verb before it */
		bool predicative = is_copula(&t[i]) || (i > 0 && is_copula(&t[i - 1]));
		/* (not "there is no sign that ...": a cue of what follows) */
		if (i >= 2 && is_copula(&t[i - 1]) && TOK_IS(&t[i - 2], "there"))
			predicative = false;
		/* "called reports that militants had entered Hama 'fake news' and said the
		 * city was under the army's full control": the cue is said of the report
		 * before it, not of what follows */
		size_t rk = nev;
		for (size_t k = nev; k-- > 0 && !predicative;)
			if (c->ev.m[k].e->verb >= 0 && c->ev.m[k].a < i) {
				if (report_that_before(t, c->ev.m[k].a))
					rk = k;
				break;
			}
		if (rk < nev) {
			vdenied[rk] = true;
			i += dl - 1;
			continue;
		}
		bool after = false;
		size_t first = nev;	/* the first verb the cue denies */
		for (size_t k = 0; k < nev && !predicative; k++)
			/* (not the cue's own hold: "Hama remains under the control of the
			 * army" denies what came before it, not itself; nor its own repulse:
			 * "the factions failed to take X" denies their taking, and says the
			 * holder kept it) */
			if (c->ev.m[k].e->verb >= 0 && c->ev.m[k].a >= i &&
			    !(c->ev.m[k].a < i + dl &&
			      (strcmp(c->lx->verbs[c->ev.m[k].e->verb].event, "held") == 0 ||
			       strcmp(c->lx->verbs[c->ev.m[k].e->verb].event, FL_EVENT_REPELLED) == 0))) {
				/* "refuted reports that X fell, affirming that the army holds
				 * it": the affirmation is not denied */
				vdenied[k] = !affirmed_between(t, i + dl, c->ev.m[k].a) &&
					     !contrast_after(t, i + dl, c->ev.m[k].a);
				/* ... nor "'no truth' to reports that terrorists entered Homs,
				 * army 'in full control' of the city": after a comma, a clause
				 * of its own, its subject another side than the denied verb's */
				if (first < nev && vdenied[k]) {
					int s1 = actor_before(c, t, c->ev.m[first].a), s2 = actor_before(c, t, c->ev.m[k].a);
					bool comma = false;
					for (size_t q = c->ev.m[first].b; q < c->ev.m[k].a && !comma; q++)
						comma = TOK_IS(&t[q], ",");
					if (comma && s2 >= 0 && s1 >= 0 && s1 != s2)
						vdenied[k] = false;
				}
				if (first == nev)
					first = k;
				after = true;
			}
		if (!after)
			for (size_t k = nev; k-- > 0;)
				if (c->ev.m[k].e->verb >= 0 && c->ev.m[k].a < i) {
					/* ("the army is in control of Homs and says reports of a
					 * withdrawal are lies": the cue is of the reports the
					 * second verb of saying brings, not of the first clause) */
					bool said = false;
					for (size_t q = c->ev.m[k].b; q < i && !said; q++)
						said = TOK_IS(&t[q - 1], "and") && saying(&t[q]);
					if (said)
						break;
					/* "Hama remains firmly in the hands of the army, the source
					 * said, urging residents not to heed lies": a hold said
					 * against the lies, not one of them */
					vdenied[k] = predicative ||
						     strcmp(c->lx->verbs[c->ev.m[k].e->verb].event, "held") != 0;
					break;
				}
		i += dl - 1;
	}
	for (size_t k = 0; k < nev; k++) {
		size_t va = c->ev.m[k].a;
		/* "no occupation forces had entered the town": "no" before the subject */
		size_t sb = va;
		while (sb > 0 && (TOK_IS(&t[sb - 1], "had") || TOK_IS(&t[sb - 1], "has") ||
				  TOK_IS(&t[sb - 1], "have") || TOK_IS(&t[sb - 1], "was") ||
				  TOK_IS(&t[sb - 1], "were")))
			sb--;
		size_t ak = first_at_or_after(&c->act, sb);
		if (ak > 0 && c->act.m[ak - 1].b == sb && c->act.m[ak - 1].a > 0) {
			/* "no rebels", "no IS fighters" */
			size_t na = c->act.m[ak - 1].a;
			if (ak > 1 && c->act.m[ak - 2].b == na && c->act.m[ak - 2].a > 0)
				na = c->act.m[ak - 2].a;
			if (TOK_IS(&t[na - 1], "no"))
				vdenied[k] = true;
		}
		/* "neither Mahardah nor Suqaylabiyah has changed hands", "could establish
		 * neither that the SDF holds the villages nor that it has left them" */
		int neither = 0;	/* 1: "neither" read, 2: and its "nor" (or "that") */
		for (size_t q = va > 20 ? va - 20 : 0; q < va; q++) {
			if (t[q].punct && !TOK_IS(&t[q], ","))
				neither = 0;
			else if (TOK_IS(&t[q], "neither"))
				neither = q + 1 < va && TOK_IS(&t[q + 1], "that") ? 2 : 1;
			else if (neither && TOK_IS(&t[q], "nor"))
				neither = 2;
		}
		if (neither == 2)
			vdenied[k] = true;
		for (size_t q = va >= 3 ? va - 3 : 0; q < va; q++)
			if (TOK_IS(&t[q], "not") || TOK_IS(&t[q], "never") || TOK_IS(&t[q], "n't") ||
			    TOK_IS(&t[q], "nobody") || (TOK_IS(&t[q], "one") && q > 0 && TOK_IS(&t[q - 1], "no")))
				vdenied[k] |= !unaddressed(t, q, va);
	}
	/* hedges: a cue hedges the control verbs after it ("the SDF said it had taken
	 * X"); one with none after it, the whole sentence ("X was taken, state media
	 * claimed") */
	bool vhedged[64] = { false };
	for (size_t i = 0; any_verb && (c->roles & R_HEDGE) && i < n; i++) {
		size_t hl = role_len(lx, t, n, i, R_HEDGE);
		if (!hl)
			continue;
		bool after = false;
		for (size_t k = 0; k < nev; k++)
			if (c->ev.m[k].e->verb >= 0 && c->ev.m[k].a >= i) {
				/* "X claimed ...; however, the monitor confirmed that ..." */
				vhedged[k] = !contrast_between(lx, t, n, i + hl, c->ev.m[k].a);
				after = true;
			}
		if (!after)
			for (size_t k = 0; k < nev; k++)
				vhedged[k] = true;
		i += hl - 1;
	}
	/* "rebels said on Saturday they had seized X": a side's word about itself with a
	 * time between "said" and "they had" is hedged like "said they had" */
	for (size_t k = 0; any_verb && k < nev; k++) {
		size_t q = c->ev.m[k].a;
		while (q > 0 && (TOK_IS(&t[q - 1], "had") || TOK_IS(&t[q - 1], "has") ||
				 TOK_IS(&t[q - 1], "have")))
			q--;
		/* "said they had reached X and had captured Y": the second "had" has the
		 * same subject */
		if (q < c->ev.m[k].a && q > 0 && TOK_IS(&t[q - 1], "and"))
			for (size_t r = q - 1; r-- > 1 && r + 16 > q;) {
				if (t[r].punct && !TOK_IS(&t[r], ","))
					break;
				size_t ak = first_at_or_after(&c->act, r);
				if (ak < c->act.n && c->act.m[ak].a == r)
					break;	/* another subject */
				if ((TOK_IS(&t[r], "had") || TOK_IS(&t[r], "has") || TOK_IS(&t[r], "have")) &&
				    (TOK_IS(&t[r - 1], "they") || TOK_IS(&t[r - 1], "it") || TOK_IS(&t[r - 1], "we"))) {
					q = r;
					break;
				}
			}
		/* "commanders said their fighters had captured X": their own men */
		if (q < c->ev.m[k].a && q >= 3 && !t[q - 1].punct &&
		    (TOK_IS(&t[q - 2], "their") || TOK_IS(&t[q - 2], "its") || TOK_IS(&t[q - 2], "our")))
			q--;
		if (q == c->ev.m[k].a || q == 0 ||
		    !(TOK_IS(&t[q - 1], "they") || TOK_IS(&t[q - 1], "it") || TOK_IS(&t[q - 1], "we") ||
		      TOK_IS(&t[q - 1], "their") || TOK_IS(&t[q - 1], "its") || TOK_IS(&t[q - 1], "our")))
			continue;
		if (q >= 2 && TOK_IS(&t[q - 2], "that"))
			q--;	/* "said on December 5, 2024 that they had" */
		for (size_t r = q - 1; r-- > 0 && r + 8 >= q;) {
			if (t[r].punct && !TOK_IS(&t[r], ","))
				break;
			if (TOK_IS(&t[r], "said") || TOK_IS(&t[r], "says") || TOK_IS(&t[r], "say") ||
			    TOK_IS(&t[r], "claimed") || TOK_IS(&t[r], "claims")) {
				vhedged[k] = true;
				break;
			}
		}
	}
	/* (before the verbs: "... brought X under the control of the opposition before
	 * the fall of the capital" gives the fall its taker) */
	if ((st = brought_under(c, t, n, claims)))
		return st;
	int subject = -1;
	char subject_text[96] = "";
	for (size_t k = 0; k < c->ev.n; k++) {
		if (k < 64)
			c->verb_claims[k] = claims->count;
		const match *vm = &c->ev.m[k];
		if (vm->e->verb < 0)
			continue;	/* a non-control phrase */
		if (counterfactual_at(c, t, vm->a))
			continue;
		bool in_mention = false;
		for (size_t i = vm->a; i < vm->b; i++)
			in_mention |= t[i].mention >= 0;
		if (in_mention)
			continue;
		if (adjectival(t, vm) || stationed(t, n, vm) || reduced_relative(t, vm))
			continue;
		/* "rebels could take Hama", "the army may withdraw", "expected to capture",
		 * "vowed to retake": a possibility or an intention, not an event */
		if (intended(t, vm->a))
			continue;
		/* "five days after entering it": an event some days off, of no known day */
		/* (but "a day after seizing Aleppo": the day before the main clause's) */
		if (vm->a >= 2 && (TOK_IS(&t[vm->a - 1], "after") || TOK_IS(&t[vm->a - 1], "before")) &&
		    (TOK_IS(&t[vm->a - 2], "days") || TOK_IS(&t[vm->a - 2], "weeks") ||
		     TOK_IS(&t[vm->a - 2], "months") || TOK_IS(&t[vm->a - 2], "years") ||
		     TOK_IS(&t[vm->a - 2], "day") || TOK_IS(&t[vm->a - 2], "week")) &&
		    !(TOK_IS(&t[vm->a - 1], "after") && days_after(c->v, ss, t[vm->a].s)))
			continue;
		const verb_group *vg = &lx->verbs[vm->e->verb];
		if (vg->denied_only && !(k < 64 && vdenied[k]))
			continue;
		const char *status = k < 64 && vdenied[k] ? FL_STATUS_DENIED
				     : k < 64 && vhedged[k] ? FL_STATUS_HEDGED
							  : FL_STATUS_REPORTED;
		if (vg->regime) {
			if ((st = regime_claim(c, t, n, vm, vg, status, &at, claims)))
				return st;
			continue;
		}
		/* a chronology's or a headline's bare participle at the end: "Maarat al-Numan
		 * and Khan Shaykhun taken.", "Saraqib captured." (as "... were taken") */
		verb_group bare;
		/* ("Qamhana reportedly taken too.", "Saraqib and Maarat al-Numan also taken.") */
		size_t bp = vm->a, bq = vm->b;
		while (bp > 1 && (TOK_IS(&t[bp - 1], "reportedly") || TOK_IS(&t[bp - 1], "also") ||
				  TOK_IS(&t[bp - 1], "now") || TOK_IS(&t[bp - 1], "finally")))
			bp--;
		while (bq < n && (TOK_IS(&t[bq], "too") || TOK_IS(&t[bq], "also") || TOK_IS(&t[bq], "overnight")))
			bq++;
		/* ("Fri 6 Dec: Salamiyah handed over without a fight overnight": a telegraph
		 * line opening on the place, the participle taking no object) */
		size_t ms = bp > 0 ? bp - 1 : 0;
		while (ms > 0 && t[ms - 1].mention == t[bp - 1].mention)
			ms--;
		bool opens = bp > 0 && t[bp - 1].mention >= 0 && (ms == 0 || (t[ms - 1].punct && t[ms - 1].w[0] == ':'));
		bool no_object = bq < n && opens &&
				 (TOK_IS(&t[bq], "without") || TOK_IS(&t[bq], "after") || TOK_IS(&t[bq], "by") ||
				  TOK_IS(&t[bq], "late") || TOK_IS(&t[bq], "early") || TOK_IS(&t[bq], "following") ||
				  TOK_IS(&t[bq], "amid") || TOK_IS(&t[bq], "on") || TOK_IS(&t[bq], "to"));
		if (!vg->before && (vm->b - vm->a == 1 || (vm->b - vm->a == 2 && TOK_IS(&t[vm->a + 1], "over"))) &&
		    bp > 0 && t[bp - 1].mention >= 0 &&
		    (bq >= n || (t[bq].punct && strchr(".;", t[bq].w[0])) || no_object) &&
		    t[vm->a].wl > 3 && t[vm->a].w[t[vm->a].wl - 2] == 'e' &&
		    (t[vm->a].w[t[vm->a].wl - 1] == 'd' || t[vm->a].w[t[vm->a].wl - 1] == 'n')) {
			bare = *vg;
			bare.before = true;
			vg = &bare;
		}
		object obj[MAX_OBJ];
		size_t nobj = 0;
		/* "Aleppo, which they swept into on Nov. 29, and Hama": a verb of a clause
		 * opening on "which", with a day or the clause's end right after it, is
		 * about the place before "which", not one the sentence names further on */
		size_t dn;
		if (!vg->before && (vm->b >= n || t[vm->b].punct || date_at(c, t, n, vm->b, &dn) >= 0))
			nobj = object_relative(c, t, vm->a, obj);
		if (!nobj)
			nobj = vg->before ? objects_before(c, t, n, vm->a, strcmp(vg->event, "held") != 0,
							   strcmp(vg->event, FL_EVENT_REPELLED) == 0, obj)
					  : objects_after(c, t, n, vm->a, vm->b, vg, obj);
		/* "left Homs exposed", "left the city open": a state it was left in, not a
		 * withdrawal */
		if (nobj && !vg->before && vm->b - vm->a == 1 && TOK_IS(&t[vm->a], "left") &&
		    obj[nobj - 1].b < n &&
		    (TOK_IS(&t[obj[nobj - 1].b], "exposed") || TOK_IS(&t[obj[nobj - 1].b], "open") ||
		     TOK_IS(&t[obj[nobj - 1].b], "vulnerable") || TOK_IS(&t[obj[nobj - 1].b], "isolated") ||
		     TOK_IS(&t[obj[nobj - 1].b], "defenceless") || TOK_IS(&t[obj[nobj - 1].b], "defenseless") ||
		     TOK_IS(&t[obj[nobj - 1].b], "surrounded") || TOK_IS(&t[obj[nobj - 1].b], "encircled") ||
		     TOK_IS(&t[obj[nobj - 1].b], "without") || TOK_IS(&t[obj[nobj - 1].b], "cut")))
			nobj = 0;
		/* "Sheikh Miskin followed hours later", not "Talks in Doha followed"; a list
		 * ("X and the Y air base followed") when its last place is right before */
		if (vg->adjacent && nobj) {
			bool next_to = false;
			size_t first = vm->a;
			for (size_t o = 0; o < nobj; o++) {
				next_to |= obj[o].b == vm->a;
				if (obj[o].a < first)
					first = obj[o].a;
			}
			if (first > 0 && TOK_IS(&t[first - 1], "the"))
				first--;
			if (!next_to || (first > 0 && !t[first - 1].punct && !TOK_IS(&t[first - 1], "and") &&
					 !TOK_IS(&t[first - 1], "then")))
				nobj = 0;
		}
		if (!nobj && !vg->before)
			nobj = object_relative(c, t, vm->a, obj);
		/* ("took the seven villages, which the army had held since 2017, including
		 * X and Y": the list is the main verb's, not the relative clause's) */
		bool in_relative = false;
		for (size_t r = vm->a; r-- > 0 && r + 6 > vm->a && !in_relative;)
			if (TOK_IS(&t[r], "which") || TOK_IS(&t[r], "that"))
				for (size_t k2 = 0; k2 < k && !in_relative; k2++)
					in_relative = c->ev.m[k2].e->verb >= 0 && c->ev.m[k2].b <= r;
		if (!nobj && !vg->before && !vg->roads_only && !in_relative)
			nobj = objects_including(c, t, n, vm->b, obj);
		else if (nobj && nobj < MAX_OBJ && !vg->before && !vg->roads_only)
			/* "overran Base 46, the army's largest garrison, and a string of
			 * villages, Urum al-Kubra and Anjara among them" */
			nobj += among_them(c, t, n, obj[nobj - 1].b, obj + nobj, MAX_OBJ - nobj);
		if (!nobj && !vg->before && !vg->roads_only &&
		    (strcmp(vg->event, FL_EVENT_CAPTURE) == 0 || strcmp(vg->event, FL_EVENT_WITHDRAWAL) == 0))
			nobj = object_seat(c, t, n, vm->a, vm->b, strcmp(vg->event, FL_EVENT_CAPTURE) == 0, obj);
		if (!nobj && vg->before && !vg->roads_only && strcmp(vg->event, FL_EVENT_CAPTURE) == 0)
			nobj = object_seat_passive(c, t, n, vm->a, obj);
		if (!nobj && !vg->before && strcmp(vg->event, FL_EVENT_HELD) == 0 &&
		    (vm->b >= n || t[vm->b].punct))
			nobj = object_frame(c, t, n, vm->a, obj);
		/* "Nubl: militias reportedly left overnight, and opposition fighters are
		 * said to have entered": a place set before a colon opening the sentence
		 * is what its verbs without a place of their own are about */
		if (!nobj && !vg->roads_only && n > 2 && t[0].mention >= 0) {
			size_t k0 = mention_end_tok(t, n, 0);
			if (k0 + 1 < n && (TOK_IS(&t[k0], "city") || TOK_IS(&t[k0], "town")) && t[k0 + 1].punct &&
			    t[k0 + 1].w[0] == ':')
				k0++;	/* "Daraa city: local factions say ..." */
			bool rel = false;	/* "..., which had been occupied by": not about it */
			for (size_t q = vm->a > 4 ? vm->a - 4 : 0; q < vm->a; q++)
				rel |= TOK_IS(&t[q], "which") || TOK_IS(&t[q], "that") || TOK_IS(&t[q], "who");
			/* (or a dash: "Aleppo – Syria's second city fell to the rebels on 29-30
			 * November", a box's item) */
			if (k0 < n && t[k0].punct && (t[k0].w[0] == ':' || is_dash(c->v, &t[k0])) && k0 < vm->a && !rel &&
			    c->sm[t[0].mention]->place)
				obj[nobj++] = (object){ c->sm[t[0].mention], 0, k0, false, -1, true };
		}
		/* "In Tartus, the factions entered on Sunday as well", "In Suwayda city, local
		 * fighters say they are in full control": the place set before the comma
		 * opening the sentence, for a verb with no place of its own and nothing
		 * after it but its day */
		if (!nobj && !vg->roads_only && !vg->before && n > 3 && TOK_IS(&t[0], "in") && t[1].mention >= 0 &&
		    c->sm[t[1].mention]->place) {
			size_t k0 = mention_end_tok(t, n, 1), q = vm->b;
			if (k0 + 1 < n && (TOK_IS(&t[k0], "city") || TOK_IS(&t[k0], "town") ||
					   TOK_IS(&t[k0], "governorate") || TOK_IS(&t[k0], "province")))
				k0++;
			bool rel = false;
			/* (the main clause's verb, the first: not "..., as government forces
			 * left") */
			for (size_t r = k0; r < vm->a; r++)
				rel |= TOK_IS(&t[r], "which") || TOK_IS(&t[r], "that") || TOK_IS(&t[r], "who") ||
				       TOK_IS(&t[r], "after") || TOK_IS(&t[r], "as") || TOK_IS(&t[r], "when") ||
				       TOK_IS(&t[r], "before") || TOK_IS(&t[r], "while") || TOK_IS(&t[r], "since") ||
				       TOK_IS(&t[r], "until") || TOK_IS(&t[r], "because") || is_event_start(c, r) ||
				       t[r].mention >= 0 || (t[r].punct && t[r].w[0] != ',');
			size_t dl;
			/* ("withdrew from their positions on 7 December") */
			if (q + 2 < n && TOK_IS(&t[q], "from") && (TOK_IS(&t[q + 1], "their") || TOK_IS(&t[q + 1], "its")))
				q++;
			if (q + 1 < n && (TOK_IS(&t[q], "their") || TOK_IS(&t[q], "its")) &&
			    (TOK_IS(&t[q + 1], "positions") || TOK_IS(&t[q + 1], "posts")))
				q += 2;
			while (q < n && (TOK_IS(&t[q], "as") || TOK_IS(&t[q], "well") || TOK_IS(&t[q], "too") ||
					 TOK_IS(&t[q], "overnight") || TOK_IS(&t[q], "now") || TOK_IS(&t[q], "on") ||
					 TOK_IS(&t[q], "early") || TOK_IS(&t[q], "late")))
				q++;
			if (q < n && date_at(c, t, n, q, &dl) >= 0)
				q += dl;
			if (k0 < vm->a && TOK_IS(&t[k0], ",") && !rel && (q >= n || t[q].punct))
				obj[nobj++] = (object){ c->sm[t[1].mention], 1, k0, false, -1, true };
		}
		/* "The loss of Hama City would open the M5 toward Homs": a noun phrase of a
		 * change yet to come */
		if (nobj && vg->nominal[0]) {
			size_t q = obj[nobj - 1].b;
			if (q < n && (TOK_IS(&t[q], "city") || TOK_IS(&t[q], "town")))
				q++;
			if (q < n && (TOK_IS(&t[q], "would") || TOK_IS(&t[q], "could") || TOK_IS(&t[q], "might") ||
				      TOK_IS(&t[q], "will") || TOK_IS(&t[q], "may")))
				nobj = 0;
		}
		if (nobj && obj[nobj - 1].m->place)
			c->last_obj = c->para_obj = obj[nobj - 1].m;

		if (!nobj) {
			/* a phrase both lists have ("the fall of", "fell"): the regime's fall
			 * when the regime is named where the place would be */
			int rv = lx->regime_verb[vg->before];
			if (rv >= 0 && strcmp(vg->event, FL_EVENT_CAPTURE) == 0 &&
			    (st = regime_claim(c, t, n, vm, &lx->verbs[rv], status, &at, claims)))
				return st;
			continue;
		}
		actor_pick ap = pick_actor(c, t, n, vm->a, vm->b, vg);
		if (vg->agent_gap && !ap.found)
			continue;	/* "the return of refugees to X": nobody's */
		/* "the ministry is saying Homs is calm, nobody's entered Homs": no one acted */
		bool nobody = false;
		{
			size_t q = vm->a;
			while (q > 0 && (TOK_IS(&t[q - 1], "'s") || TOK_IS(&t[q - 1], "has") ||
					 TOK_IS(&t[q - 1], "had") || TOK_IS(&t[q - 1], "have")))
				q--;
			nobody = q > 0 && (TOK_IS(&t[q - 1], "nobody") ||
					   (q > 1 && TOK_IS(&t[q - 1], "one") && TOK_IS(&t[q - 2], "no")));
			/* "the army's chief of staff had arrived in Hama": one man's coming
			 * is no side's taking the place */
			if (q > 0 && t[vm->a].wl >= 6 && memcmp(t[vm->a].w, "arriv", 5) == 0 && person_noun(&t[q - 1]))
				continue;
		}
		double conf = vg->confidence;
		char actor_text[96] = "";
		int side = -1;
		int item_side = -1;
		if (ap.found) {
			span_text(a, t[ap.a].s, t[ap.b - 1].e, actor_text, sizeof actor_text);
			if (ap.speaker) {
				side = at.set && at.side[0] ? side_index(lx, at.side) : c->house;
				/* "A: In the first two days we liberated X": the one answering */
				if (side < 0 && c->asked && qa_label(c, para, 'A'))
					side = c->guest;
				if (side < 0)
					continue;	/* "we", but whose? not the subject before */
			} else {
				side = ap.side;
			}
			/* "the loss of X to the SNA": lost by the SNA's enemy */
			if (ap.gainer && side >= 0)
				side = side_index(lx, lx->sides[side].opponent);
			/* "the army hit back, and the attackers failed to take X": the
			 * attackers, named so, are the enemy of the side named before them */
			size_t aq = vm->a;	/* ("the attackers had entered X") */
			while (aq > 0 && (TOK_IS(&t[aq - 1], "had") || TOK_IS(&t[aq - 1], "has") ||
					  TOK_IS(&t[aq - 1], "have")))
				aq--;
			bool attackers = aq >= 2 && ap.b <= aq - 2 &&
					 (TOK_IS(&t[aq - 1], "attackers") || TOK_IS(&t[aq - 1], "assailants") ||
					  TOK_IS(&t[aq - 1], "attacker"));
			if (vg->loser && side >= 0 && !attackers)	/* to the loser's opponent */
				side = side_index(lx, lx->sides[side].opponent);
			/* "the army admitted that the attackers had entered X": the word of
			 * the one who says it, right after its name */
			bool says = false;
			for (size_t q = ap.b; q < aq && q < ap.b + 4 && !says && !t[q].punct; q++)
				says = saying(&t[q]) || TOK_IS(&t[q], "admitted") || TOK_IS(&t[q], "conceded") ||
				       TOK_IS(&t[q], "acknowledged");
			if (!vg->loser && attackers && says && side >= 0 && lx->sides[side].opponent &&
			    lx->sides[side].opponent[0])
				side = side_index(lx, lx->sides[side].opponent);
		}
		if (nobody && k < 64 && vdenied[k] && strcmp(vg->event, FL_EVENT_CAPTURE) == 0) {
			/* the one who says so (the source, else the side named before): the
			 * regime's word denies its enemy's taking ("the defence ministry is
			 * saying nobody's entered Homs"), a faction's its own ("the factions
			 * said nobody had entered Salamiyah") */
			int ds = at.set && at.side[0] ? side_index(lx, at.side) : side;
			side = ds >= 0 && ds == lx->regime_side && lx->sides[ds].opponent && lx->sides[ds].opponent[0]
				       ? side_index(lx, lx->sides[ds].opponent)
				       : ds;
			actor_text[0] = 0;
			if (side < 0)
				continue;
		}
		attribution cat = at;
		if (ap.found && !ap.speaker) {
			/* the actor announces it itself: "HTS announced control of X" */
			size_t len;
			const entry *sre = match_at(lx, t, n, ap.a, NEED_SOURCE, &len);
			bool cue = false;
			for (size_t q = vm->a; q < vm->b && !cue; q++)
				cue = role_len(lx, t, n, q, R_CUE) > 0;
			if (sre && len == ap.b - ap.a && cue) {
				span_text(a, t[ap.a].s, t[ap.b - 1].e, cat.text, sizeof cat.text);
				strcpy(cat.side, lx->sources[sre->source].side);
				cat.set = true;
			}
		}
		/* "Manbij fell on Monday to the SNA", "The former fell first, to the SNA":
		 * the side after "to" past a day or an adverb took it */
		if (vg->before && !vg->agent_after && !vg->agent_inside &&
		    strcmp(vg->event, FL_EVENT_CAPTURE) == 0 && TOK_IS(&t[vm->b - 1], "fell")) {
			size_t q = vm->b, fdn;
			for (int w = 0; w < 3 && q < n; w++) {
				if (date_at(c, t, n, q, &fdn) >= 0)
					q = fdn;
				else if (TOK_IS(&t[q], ",") || TOK_IS(&t[q], "first") || TOK_IS(&t[q], "later") ||
					 TOK_IS(&t[q], "again") || TOK_IS(&t[q], "too") || TOK_IS(&t[q], "quickly"))
					q++;
				else
					break;
			}
			if (q > vm->b && q + 1 < n && TOK_IS(&t[q], "to")) {
				size_t r = q + 1 < n && TOK_IS(&t[q + 1], "the") ? q + 2 : q + 1;
				size_t x = first_at_or_after(&c->act, r);
				if (x < c->act.n && c->act.m[x].a == r && c->act.m[x].e->actor >= 0) {
					side = c->act.m[x].e->actor;
					span_text(a, t[c->act.m[x].a].s, t[c->act.m[x].b - 1].e, actor_text,
						  sizeof actor_text);
				}
			}
		}
		/* "The terrorists' attempts to seize X were repelled": the holder kept it
		 * against the attacker named before; with none named, the paragraph's
		 * subject held it */
		if (side < 0 && vg->before && !vg->agent_after && !vg->agent_inside &&
		    strcmp(vg->event, FL_EVENT_REPELLED) == 0) {
			int attacker = repelled_attacker(c, t, vm->a);
			if (attacker >= 0)
				side = side_index(lx, lx->sides[attacker].opponent);
			else if (c->carry_actor >= 0)
				side = c->carry_actor;
			if (side < 0)
				continue;
		}
		/* "units had beaten back repeated attempts by terrorist groups to push into
		 * X": with nobody named before, the holder is the attacker's enemy */
		if (side < 0 && !vg->before && vg->gap && strcmp(vg->event, FL_EVENT_REPELLED) == 0) {
			size_t lim = nobj ? obj[0].a : n;
			for (size_t q = first_at_or_after(&c->act, vm->b); q < c->act.n && c->act.m[q].a < lim; q++) {
				int s2 = c->act.m[q].e->actor;
				if (s2 >= 0 && !(c->act.m[q].e->roles & R_SPEAKER) && !lx->sides[s2].state) {
					if (lx->sides[s2].opponent && lx->sides[s2].opponent[0])
						side = side_index(lx, lx->sides[s2].opponent);
					break;
				}
			}
		}
		/* "a military source denied rumours that the city of Aleppo has fallen": the
		 * fall denied is to the denier's enemy */
		/* ("GoS denies rumours that Suqaylabiyah had fallen": the state, named as the
		 * subject of the denial, when no source is) */
		if (side < 0 && k < 64 && vdenied[k] && !vg->agent_after && strcmp(vg->event, FL_EVENT_CAPTURE) == 0) {
			int ds = at.set && at.side[0] ? side_index(lx, at.side) : -1;
			for (size_t q = first_at_or_after(&c->act, vm->a); ds < 0 && !at.set && q-- > 0;) {
				size_t w = c->act.m[q].b;	/* (its verb: "denies", "initially denied") */
				if (w < n && (TOK_IS(&t[w], "initially") || TOK_IS(&t[w], "also") || TOK_IS(&t[w], "has")))
					w++;
				if (w < n && c->act.m[q].e->actor == lx->regime_side &&
				    (TOK_IS(&t[w], "denies") || TOK_IS(&t[w], "denied") || TOK_IS(&t[w], "deny") ||
				     TOK_IS(&t[w], "dismissed") || TOK_IS(&t[w], "rejected")))
					ds = lx->regime_side;
			}
			if (ds >= 0 && lx->sides[ds].opponent && lx->sides[ds].opponent[0])
				side = side_index(lx, lx->sides[ds].opponent);
		}
		/* under a heading that names the side ("HTS-LED REBELS"), "* Saraqib fell on
		 * Nov. 30" is that side's */
		if (side < 0 && (vg->before || vg->nominal[0]) && !vg->agent_after &&
		    strcmp(vg->event, FL_EVENT_CAPTURE) == 0) {
			side = heading_side(c, a->sentences[si].start);
			if (side >= 0)
				conf *= 0.8;
		}
		/* "Sana said villages ..., among them Karnaz, had been retaken": a retaking
		 * with nobody named, in the word of a source with a side, is that side's
		 * (not "liberated": "rebels announced on state television that Damascus has
		 * been liberated" is no word of the state's) */
		if (side < 0 && vg->before && !vg->agent_after && at.set && at.side[0] &&
		    strcmp(vg->event, FL_EVENT_CAPTURE) == 0) {
			bool re = false;
			for (size_t q = vm->a; q < vm->b && !re; q++)
				re = TOK_IS(&t[q], "retaken") || TOK_IS(&t[q], "recaptured") ||
				     TOK_IS(&t[q], "regained");
			if (re)
				side = side_index(lx, at.side);
		}
		/* "Its fighters took Halfaya and Souran, the Command said. SOHR said the
		 * towns had changed hands": a change with nobody named, of places the
		 * sentences just before had one side taking, is that taking told again
		 * (not a retaking: "X was retaken" is the other side's) */
		if (side < 0 && (vg->before || vg->nominal[0]) && !vg->agent_after &&
		    strcmp(vg->event, FL_EVENT_CAPTURE) == 0 && !vg->recapture && !ap.found &&
		    !past_year_in(c, t, n))
			side = told_taker(c, claims, obj, nobj);
		if (side < 0 && (vg->before || vg->nominal[0]) && !vg->agent_after) {
			/* "Hama fell": to whoever has been taking places in this article;
			 * "Khan Sheikhoun was abandoned": by the side they take them from */
			size_t best = 0;
			for (size_t q = 0; q < lx->nsides && q < 32; q++)
				if (c->gains[q] > best) {
					best = c->gains[q];
					side = (int)q;
				}
			/* a tie goes to the side that took something last */
			if (side >= 0 && c->last_gain >= 0 && c->last_gain != side &&
			    c->gains[c->last_gain] == best)
				side = c->last_gain;
			if (side >= 0 && strcmp(vg->event, FL_EVENT_WITHDRAWAL) == 0)
				side = side_index(lx, lx->sides[side].opponent);
			/* nobody has taken anything yet: the paragraph's subject ("Rebels
			 * pushed south. Saraqib fell.") */
			if (side < 0 && c->carry_actor >= 0 && strcmp(vg->event, FL_EVENT_CAPTURE) == 0) {
				side = c->carry_actor;
				copy_field(actor_text, sizeof actor_text, c->carry_actor_text);
			}
			/* "the liberation of X", "the liberated towns of X" with nobody
			 * named: the word of whoever speaks, for its own side */
			if (side < 0 && strcmp(vg->event, FL_EVENT_CAPTURE) == 0) {
				bool lib = false;
				for (size_t q = vm->a; q < vm->b && !lib; q++)
					lib = TOK_IS(&t[q], "liberated") || TOK_IS(&t[q], "liberation");
				if (lib)
					side = at.set && at.side[0] ? side_index(lx, at.side) : c->house;
			}
			/* "Rebels say Hama fell", "Hama fell, the opposition said": a side
			 * that is no state, speaking of a fall, took it */
			const match *sp = side < 0 && strcmp(vg->event, FL_EVENT_CAPTURE) == 0
						  ? speaking_side(c, t, n) : NULL;
			if (sp) {
				side = sp->e->actor;
				span_text(a, t[sp->a].s, t[sp->b - 1].e, actor_text, sizeof actor_text);
			}
			conf *= 0.7;
		} else if (side < 0 && they_opens(t, vm->a) && (item_side = item_heading_side(c, si)) >= 0) {
			/* "REBELS || * In the days that followed they took Saraqib": a
			 * bullet's "they" under a heading that names a side is that side */
			side = item_side;
			copy_field(actor_text, sizeof actor_text, "they");
			conf *= 0.8;
		} else if (side < 0 && c->carry_actor >= 0 && subject_open(t, vm->a)) {
			side = c->carry_actor;
			copy_field(actor_text, sizeof actor_text, c->carry_actor_text);
			conf *= 0.8;
		} else if (side < 0 && c->carry_actor < 0 && c->prev_actor >= 0 && they_opens(t, vm->a)) {
			/* "Within days rebels had overrun Aleppo. || On Thursday they seized
			 * Hama.": a paragraph that opens on "they" goes on with the last one's
			 * subject */
			side = c->prev_actor;
			copy_field(actor_text, sizeof actor_text, c->prev_actor_text);
			conf *= 0.75;
		}
		if (side < 0)
			continue;	/* nobody to give it to */
		/* the paragraph's subject is the main clause's, the first verb's ("the
		 * coalition captured X, which the regime had retaken in 2020") */
		if (subject < 0) {
			subject = side;
			copy_field(subject_text, sizeof subject_text, actor_text);
		}
		/* "militias, which had controlled X for years, left": a state of the past
		 * for a span of no known day is no claim ("Hama remains under government
		 * control throughout the war" is one of today) */
		if (nobj && (strcmp(vg->event, FL_EVENT_HELD) == 0 || TOK_IS(&t[vm->b - 1], "controlled") ||
			     TOK_IS(&t[vm->b - 1], "control")) &&
		    held_for_years(t, n, vg->before ? vm->b : obj[nobj - 1].b) &&
		    !(strcmp(vg->event, FL_EVENT_HELD) == 0 && present_hold(t, vm)))
			continue;
		/* who holds it afterwards */
		int holder = side;
		bool holder_guessed = false, near_holder = false;
		if (strcmp(vg->event, FL_EVENT_WITHDRAWAL) == 0) {
			holder = -1;
			/* another side named near the verb ("as the SDF moved in") */
			size_t q0 = first_at_or_after(&c->act, vm->a > 40 ? vm->a - 40 : 0);
			for (size_t q = q0; q < c->act.n && c->act.m[q].a < vm->b + 40; q++) {
				int s2 = c->act.m[q].e->actor;
				/* (not one who only speaks of it: "Russia said the army had
				 * withdrawn from Hama") */
				size_t e2 = c->act.m[q].b;
				if (e2 < n && saying(&t[e2]))
					continue;
				if (s2 >= 0 && s2 != side && !lx->sides[s2].state)
					holder = s2;
			}
			near_holder = holder >= 0;
			/* "The SDF took X. The army withdrew.": the paragraph's subject */
			if (holder < 0 && c->carry_actor >= 0 && c->carry_taker && c->carry_actor != side &&
			    !lx->sides[c->carry_actor].state)
				holder = c->carry_actor;
			/* "... Hatla, Marrat and Khusham, which the regime had held since 2017.
			 * On 4 December our forces withdrew from the villages": the other side
			 * named last in a sentence of the paragraph that names these places */
			for (size_t q = 0; holder < 0 && q < c->npara_sides; q++) {
				int s2 = c->para_sides[q].side;
				if (s2 != side && !lx->sides[s2].state &&
				    names_object(c, obj, nobj, c->para_sides[q].ss, c->para_sides[q].se))
					holder = s2;
			}
			if (holder < 0) {	/* of its enemies, the one taking the most places here */
				size_t best = 0;
				for (size_t q = 0; q < lx->nsides && q < 32; q++)
					if ((int)q != side && !lx->sides[q].state && c->gains[q] > best) {
						best = c->gains[q];
						holder = (int)q;
					}
			}
			/* ... else the one named last in the paragraph */
			if (holder < 0 && c->carry_actor >= 0 && c->carry_actor != side &&
			    !lx->sides[c->carry_actor].state)
				holder = c->carry_actor;
			if (holder < 0)
				holder = side_index(lx, lx->sides[side].opponent);
			if (holder < 0)
				continue;
			holder_guessed = !near_holder;
		}
		if (lx->sides[holder].state)
			continue;
		fl_date d0, de0;
		char prec0[8];
		/* "took X, the town that the army retook on Monday": a date after a
		 * relative clause's own verb is that verb's */
		size_t limit = SIZE_MAX;
		for (size_t k2 = k + 1; k2 < c->ev.n && limit == SIZE_MAX; k2++) {
			if (c->ev.m[k2].e->verb < 0)
				continue;
			for (size_t q = vm->b; q < c->ev.m[k2].a; q++)
				if (TOK_IS(&t[q], "that") || TOK_IS(&t[q], "which"))
					limit = t[c->ev.m[k2].a].s;
			break;
		}
		/* "Opposition captures Hama and Souran; Rastan and Talbiseh taken on 6
		 * December": a semicolon before the next control verb ends the clause; so
		 * does "less than 48 hours after" it ("regained Khanasir, less than 48
		 * hours after the factions captured it on Sunday": Sunday is the capture's) */
		for (size_t k2 = k + 1; k2 < c->ev.n; k2++)
			if (c->ev.m[k2].e->verb >= 0) {
				for (size_t q = vm->b; q < c->ev.m[k2].a; q++)
					if (((t[q].punct && t[q].w[0] == ';') ||
					     (q > vm->b && (TOK_IS(&t[q], "after") || TOK_IS(&t[q], "before")) &&
					      (TOK_IS(&t[q - 1], "hours") || TOK_IS(&t[q - 1], "days") ||
					       TOK_IS(&t[q - 1], "weeks") || TOK_IS(&t[q - 1], "day") ||
					       TOK_IS(&t[q - 1], "week")))) &&
					    t[q].s < limit) {
						limit = t[q].s;
						break;
					}
				break;
			}
		/* "The capture of X comes a week after rebels took Y on Saturday": a noun
		 * phrase's date is in its own words, before the next control verb */
		for (size_t k2 = k + 1; vg->nominal[0] && k2 < c->ev.n; k2++)
			if (c->ev.m[k2].e->verb >= 0) {
				if (t[c->ev.m[k2].a].s < limit)
					limit = t[c->ev.m[k2].a].s;
				break;
			}
		need_dates(c);
		/* "The next day the SNA took Manbij, and two days after that the SDF gave
		 * up Deir ez-Zor": with a day before the verb, a day after the next
		 * control verb is that verb's */
		bool dated_before = false;
		for (size_t i = 0; i < c->ndx && !dated_before; i++)
			dated_before = dx[i].date != FL_DATE_NONE && dx[i].end <= t[vm->a].s &&
				       dx[i].start >= ss;
		/* "In early 2020 the army retook X, and on Friday rebels took Y": a year gone
		 * by before the verb is a date before it too */
		fl_date h0 = FL_DATE_NONE, h1 = FL_DATE_NONE;
		bool hist = past_time_before(c, t, vm->a, dx, c->ndx, &h0, &h1);
		for (size_t k2 = k + 1; (dated_before || hist) && k2 < c->ev.n; k2++)
			if (c->ev.m[k2].e->verb >= 0) {
				/* its clause starts at the last "," or "and" before it */
				size_t q = c->ev.m[k2].a;
				while (q > vm->b && !(TOK_IS(&t[q - 1], ",") || TOK_IS(&t[q - 1], "and")))
					q--;
				size_t cut = t[q > vm->b ? q - 1 : c->ev.m[k2].a].s;
				if (cut < limit)
					limit = cut;
				break;
			}
		/* "HTS took Aleppo and on Thursday entered Hama": a day written between "and"
		 * and the next control verb is that verb's */
		for (size_t k2 = k + 1; k2 < c->ev.n; k2++)
			if (c->ev.m[k2].e->verb >= 0) {
				size_t q = c->ev.m[k2].a;
				while (q > vm->b && !TOK_IS(&t[q - 1], "and"))
					q--;
				/* (the day right after "and", right before the verb) */
				size_t va2 = c->ev.m[k2].a;
				if (q > vm->b && q + 1 < va2)
					for (size_t i = 0; i < c->ndx; i++)
						if (dx[i].start >= t[q].s && dx[i].start <= t[q + 1].s &&
						    dx[i].end <= t[va2].s && dx[i].end >= t[va2 - 1].s &&
						    t[q - 1].s < limit)
							limit = t[q - 1].s;
				break;
			}
		/* "Sheikh Maqsoud remains under the control of the Asayish, even as the rest
		 * of the city has been held by HTS since last week": a hold said in the
		 * present takes no day from the next control verb's clause */
		if (strcmp(vg->event, "held") == 0 && present_hold(t, vm))
			for (size_t k2 = k + 1; k2 < c->ev.n; k2++)
				if (c->ev.m[k2].e->verb >= 0) {
					if (t[c->ev.m[k2].a].s < limit)
						limit = t[c->ev.m[k2].a].s;
					break;
				}
		int how = claim_date(c, dx, c->ndx, t[vm->a].s, limit, &d0, &de0, prec0);
		/* "For now the SDF still holds Manbij": said in the present, the hold is the
		 * day of writing (or of the item), not the day the paragraph had reached */
		/* "Rebels seized Hama on Thursday, and Latakia remains in government hands":
		 * nor is it the day of another control verb's clause before it */
		bool other_day = false;
		for (size_t k2 = 0; how == 0 && k2 < k && !other_day; k2++) {
			if (c->ev.m[k2].e->verb < 0)
				continue;
			for (size_t i = 0; i < c->ndx && !other_day; i++)
				other_day = dx[i].date == d0 && dx[i].start > t[c->ev.m[k2].a].s &&
					    dx[i].end <= t[vm->a].s;
		}
		/* ... and so is "Quneitra province is largely controlled by local factions",
		 * a state told with "is" or "are", though its phrase counts as a capture */
		bool state_now = strcmp(vg->event, "held") == 0 ? present_hold(t, vm)
				 : strcmp(vg->event, FL_EVENT_CAPTURE) == 0 && vg->before &&
					   (TOK_IS(&t[vm->a], "is") || TOK_IS(&t[vm->a], "are"));
		if ((how == 1 || other_day) && state_now && day_of_writing(c, &d0, &de0, prec0))
			how = 2;
		/* "factions now control most of Aleppo, and they have held its airport since
		 * Saturday": a state said with "now" or "still" is the day of writing's,
		 * whatever day another clause gives */
		size_t nw = (TOK_IS(&t[vm->a], "now") || TOK_IS(&t[vm->a], "still")) ? vm->a + 1 : vm->a;
		bool now_said = nw < n && (nw > vm->a || (vm->a > 0 && (TOK_IS(&t[vm->a - 1], "now") ||
									TOK_IS(&t[vm->a - 1], "still")))) &&
				(TOK_IS(&t[nw], "control") || TOK_IS(&t[nw], "controls") || TOK_IS(&t[nw], "hold") ||
				 TOK_IS(&t[nw], "holds"));
		for (size_t q = vm->b; now_said && q < n && q < vm->b + 12 && !t[q].punct; q++)
			now_said = !TOK_IS(&t[q], "since");	/* ("still holds X since 2016") */
		if (how == 0 && now_said && day_of_writing(c, &d0, &de0, prec0))
			how = 2;
		/* "Following the capture of Hama, rebels took Rastan on 6 December": a noun
		 * phrase after a word of time with no day of its own was some days before
		 * the main clause's */
		size_t tb = vm->a > 0 && TOK_IS(&t[vm->a - 1], "the") ? vm->a - 1 : vm->a;
		if (how != 0 && vg->nominal[0] && tb > 0 &&
		    (TOK_IS(&t[tb - 1], "following") || TOK_IS(&t[tb - 1], "after") ||
		     TOK_IS(&t[tb - 1], "upon")))
			for (size_t i = 0; i < c->ndx; i++)
				if (dx[i].start >= limit && dx[i].date != FL_DATE_NONE && !dx[i].future &&
				    strcmp(dx[i].precision, "month") != 0) {
					de0 = dx[i].date;
					d0 = de0 - 3;
					memcpy(prec0, "range", 6);
					how = 0;
					break;
				}
		/* "since the army retook it in 2018": a year gone by, written after the
		 * verb before any day is, dates the claim that year, not today */
		if (past_time_after(c, t, n, vm->b, limit, dx, c->ndx, &d0, &de0)) {
			/* "Hama had not been in rebel hands since 1982": no claim of that
			 * year, only the length of a hold told another way */
			if (k < 64 && vdenied[k] && since_after(t, n, vm->b, limit))
				continue;
			memcpy(prec0, "range", 6);
			how = 0;
		} else if (how != 0 && hist) {
			d0 = h0;
			de0 = h1;
			memcpy(prec0, "range", 6);
			how = 0;
		}
		/* "Manbij, which the SDF has held since its fighters drove IS out in 2016": a
		 * hold since a day gone by is a hold on the day of writing ("had held since"
		 * is one that may have ended: the day it began) */
		bool had = false;
		for (size_t q = vm->a >= 2 ? vm->a - 2 : 0; q < vm->b && !had; q++)
			had = TOK_IS(&t[q], "had");
		/* (nor when the sentence has just told its capture: "the SNA captured Tal
		 * Rifaat, a town the Kurds have held since 2016") */
		for (size_t k2 = 0; k2 < k && !had; k2++)
			had = c->ev.m[k2].e->verb >= 0 &&
			      strcmp(lx->verbs[c->ev.m[k2].e->verb].event, FL_EVENT_CAPTURE) == 0;
		if (strcmp(vg->event, "held") == 0 && how == 0 && !had && holds_since(t, n, vm->b, limit) &&
		    day_of_writing(c, &d0, &de0, prec0))
			how = 2;
		/* "Since then, the rebels have taken X": some day between the paragraph's
		 * date and the publication, in effect by the latter */
		if (how == 1 && c->pub != FL_DATE_NONE && c->pub > de0) {
			bool since = false;
			for (size_t q = 0; q < vm->a && !since; q++)
				since = TOK_IS(&t[q], "since");
			if (since) {
				de0 = c->pub;
				memcpy(prec0, "range", 6);
			}
		}
		if (how == 1)
			conf *= 0.95;
		else if (how == 2)
			conf *= 0.9;
		if (strcmp(status, FL_STATUS_HEDGED) == 0)
			conf *= 0.75;
		/* (history, a year and more before the story, says nothing of who is
		 * taking places now: "the army retook Palmyra in 2016 ... Aleppo fell") */
		if (strcmp(status, FL_STATUS_DENIED) != 0 && holder < 32 &&
		    strcmp(vg->event, FL_EVENT_REPELLED) != 0 &&
		    (d0 == FL_DATE_NONE || c->pub == FL_DATE_NONE || d0 + 365 >= c->pub)) {
			c->gains[holder]++;
			c->last_gain = holder;
		}
		for (size_t o = 0; o < nobj; o++) {
			const fl_mention *m = obj[o].m;
			if (!m->place)
				continue;	/* an unknown name spoils nothing else */
			if (strcmp(vg->event, FL_EVENT_ROAD_CUT) != 0 && road_end(c->v, c->a->len, m))
				continue;	/* "villages on the Mhardeh-Suqaylabiyah road" */
			fl_date d = d0, de = de0;
			char prec[8];
			memcpy(prec, prec0, 8);
			if (obj[o].date >= 0 && dx[obj[o].date].date != FL_DATE_NONE &&
			    dx[obj[o].date].start < limit &&
			    strcmp(dx[obj[o].date].precision, "month") != 0) {
				d = dx[obj[o].date].date;
				de = dx[obj[o].date].date_end;
				memcpy(prec, dx[obj[o].date].precision, 8);
			} else if (how != 0 || strcmp(prec0, "range") == 0) {
				/* (a day of its own beats one of the paragraph's or a range: "earlier
				 * this week seized X, which they took on Tuesday") */
				int ri = relative_day(c, t, n, obj[o].b, vg->event, holder, dx, c->ndx);
				if (ri >= 0) {
					d = dx[ri].date;
					de = dx[ri].date_end;
					memcpy(prec, dx[ri].precision, 8);
				}
			}
			double oc = conf * (m->score > 0 ? (0.5 + 0.5 * m->score) : 1.0);
			if (obj[o].coref)
				oc *= 0.8;
			int oh = holder;
			if (strcmp(vg->event, FL_EVENT_WITHDRAWAL) == 0) {
				/* the side this article already has taking the place */
				for (size_t q = claims->count; q-- > c->first_claim;) {
					const fl_claim *pc = &claims->items[q];
					if (pc->place_id != m->place->id)
						continue;
					int ps = side_index(lx, pc->side);
					if (ps >= 0 && ps != side &&
					    strcmp(pc->event, FL_EVENT_CAPTURE) == 0 &&
					    strcmp(pc->status, FL_STATUS_DENIED) != 0) {
						oh = ps;
						break;
					}
				}
			}
			const fl_place *p = m->place;
			/* a governorate: "full control of Idlib province", or an ADM1 match */
			/* ... or "lost control of Daraa province": a loss of all of it */
			bool lost_all = false;
			/* ... or "has lost Idlib province", "lost all of Idlib province" (the
			 * province itself, not "lost its last positions in Idlib province") */
			for (size_t q = vm->a; q < vm->b && strcmp(vg->event, FL_EVENT_WITHDRAWAL) == 0; q++)
				lost_all |= TOK_IS(&t[q], "control") ||
					    ((TOK_IS(&t[q], "lost") || TOK_IS(&t[q], "loses") || TOK_IS(&t[q], "losing") ||
					      TOK_IS(&t[q], "lose")) &&
					     obj[o].a <= vm->b + 2);
			bool prov = (strcmp(vg->event, FL_EVENT_CAPTURE) == 0 ||
				     strcmp(vg->event, FL_EVENT_HELD) == 0 || lost_all) && !vg->no_province &&
				    (obj[o].province || strcmp(p->kind, "ADM1") == 0);
			if (prov) {
				const fl_place *adm = obj[o].coref ? governorate_of(c, m->place) : province_of(c, m);
				if (adm)
					p = adm;
				else
					prov = false;
			}
			if (!prov && strcmp(p->kind, "ADM1") == 0)
				continue;	/* "parts of Hama province" is not Hama */
			if (prov && minor_part_before(t, share_anchor(t, obj[o].a)))
				continue;	/* "parts of northern Hama governorate": not it */
			if (side_countryside_before(t, obj[o].a))
				continue;	/* "the northern countryside of Hama": neither */
			if (skip_place(p) || foreign_capital(c, p))
				continue;
			/* "This story has been corrected to show that Aleppo's airport was taken
			 * by HTS": the article told this event with its day before; no day of
			 * its own here makes it no new one */
			if (how == 2 && d == d0 && restated(c, claims, p, lx->sides[oh].id, vg->event, status))
				continue;
			size_t n0 = claims->count;
			if ((st = emit(c, claims, p, lx->sides[oh].id, vg, status, &cat, oc,
				       actor_text[0] ? actor_text : NULL, ss, se, d, de, prec)))
				return st;
			if (how == 2 && d == d0 && claims->count > n0) {
				if (fl_grow((void **)&c->paged, &c->cappaged, c->npaged, 1, sizeof *c->paged))
					return FL_ENOMEM;
				c->paged[c->npaged++] = n0;
			}
			if (holder_guessed && oh == holder && claims->count > n0) {
				if (fl_grow((void **)&c->guessed, &c->capguess, c->nguess, 1, sizeof *c->guessed))
					return FL_ENOMEM;
				c->guessed[c->nguess++] = (struct guess){ n0, side };
			}
			if (!prov || partial_before(t, obj[o].a))
				continue;	/* "90 percent of Daraa province": not all of it */
			if (d != FL_DATE_NONE && c->pub != FL_DATE_NONE && d + 180 < c->pub)
				continue;	/* history ("regained Daraa governorate in July
						 * 2018"): the governorate, not each place now */
			/* every place of the governorate the article names, in text order */
			size_t a0 = 0, na = c->m && p->admin1[0] ? adm_range(c, p->admin1, &a0) : 0;
			if (na == SIZE_MAX)
				return FL_ENOMEM;
			for (size_t r = a0; r < a0 + na; r++) {
				const fl_place *pp = c->adm[r].place;
				if (pp == p || strcmp(pp->kind, "ADM1") == 0 || skip_place(pp))
					continue;
				size_t before = claims->count;
				if ((st = emit(c, claims, pp, lx->sides[oh].id, vg, status, &cat, oc * 0.9,
					       actor_text[0] ? actor_text : NULL, ss, se, d, de, prec)))
					return st;
				if (claims->count > before) {
					if (fl_grow((void **)&c->expanded, &c->capexp, c->nexp, 1,
						    sizeof *c->expanded))
						return FL_ENOMEM;
					c->expanded[c->nexp++] = before;
				}
			}
		}
	}
	if ((st = gapped_clauses(c, t, n, claims)) || (st = so_did(c, t, n, claims)) ||
	    (st = held_adjectives(c, t, n, claims)))
		return st;
	/* carry the subject and the date to the next sentences of the paragraph */
	bool taker = subject >= 0;
	if (subject < 0) {
		/* "Since the opposition offensive began, Turkish-backed factions have
		 * pushed east": not the opening clause's actor but the main one's */
		size_t main_from = 0;
		if (n > 2 && (TOK_IS(&t[0], "since") || TOK_IS(&t[0], "after") || TOK_IS(&t[0], "as") ||
			      TOK_IS(&t[0], "when") || TOK_IS(&t[0], "while") || TOK_IS(&t[0], "although") ||
			      TOK_IS(&t[0], "though") || TOK_IS(&t[0], "because") || TOK_IS(&t[0], "before") ||
			      TOK_IS(&t[0], "once") || TOK_IS(&t[0], "until") || TOK_IS(&t[0], "despite") ||
			      TOK_IS(&t[0], "if") || counterfactual_at(c, t, 1)))
			for (size_t q = 1; q < n && !main_from; q++)
				if (TOK_IS(&t[q], ","))
					main_from = q + 1;
		for (size_t q = 0; q < c->act.n; q++) {
			const match *mt = &c->act.m[q];
			if (mt->a < main_from && q + 1 < c->act.n && c->act.m[q + 1].a >= main_from)
				continue;
			/* ("All three had been in government hands since the army's campaign
			 * of 2020": the holder in a phrase of control, or a side in a phrase
			 * of time, is no subject for the "they" of the next sentences) */
			if (in_holder_phrase(c, mt) ||
			    (mt->b < n && (TOK_IS(&t[mt->b], "'s") || TOK_IS(&t[mt->b], "'")) && in_time_phrase(t, mt->a)))
				continue;
			if (mt->e->actor >= 0 && !object_cued(lx, t, n, mt->a)) {
				subject = mt->e->actor;
				span_text(a, t[mt->a].s, t[mt->b - 1].e, subject_text, sizeof subject_text);
				break;
			}
		}
	}
	if (subject >= 0) {
		c->carry_actor = subject;
		c->carry_taker = taker;
		copy_field(c->carry_actor_text, sizeof c->carry_actor_text, subject_text);
	}
	for (size_t q = 0; q < c->act.n; q++) {
		int sd = c->act.m[q].e->actor;
		if (sd < 0)
			continue;
		if (named_subject(c, t, n, &c->act.m[q])) {
			c->named_subject = c->act.m[q].e;
			c->named_para = para;
		}
		size_t k = 0;
		while (k < c->npara_sides && c->para_sides[k].side != sd)
			k++;
		if (k == c->npara_sides && k < 4)
			c->npara_sides++;
		if (k == 4)
			k = 3;
		memmove(c->para_sides + 1, c->para_sides, k * sizeof *c->para_sides);
		c->para_sides[0].side = sd;
		c->para_sides[0].ss = ss;
		c->para_sides[0].se = se;
	}
	return list_item(c, t, n, claims);
}

/* A fact-check's verdict on the claim quoted at text[0, e): "CLAIM 1: "The army has
 * retaken Hama."" then, within a few lines, "VERDICT: FALSE" (or "Rating:", "Our
 * rating:"). 'd' for a claim rated false or misleading, 'h' for one not proven, 't'
 * for one rated true, 0 for any other rating ("mostly true") or none found. */
static char verdict_after(const char *v, size_t len, size_t e)
{
	size_t lines = 0;
	for (size_t i = e; i < len && i < e + 600 && lines < 4; i++) {
		if (v[i] != '\n')
			continue;
		lines++;
		size_t q = fl_verdict_label(v, i + 1, len);
		if (q) {
			while (q < len && (v[q] == ' ' || v[q] == '*' || v[q] == '_'))
				q++;
			static const struct {
				const char *w;
				char r;
			} ratings[] = { { "false", 'd' }, { "fake", 'd' }, { "misleading", 'd' },
					{ "mostly false", 'd' }, { "pants on fire", 'd' }, { "incorrect", 'd' },
					{ "fabricated", 'd' }, { "unproven", 'h' }, { "unverified", 'h' },
					{ "unsubstantiated", 'h' }, { "unconfirmed", 'h' }, { "mixed", 'h' },
					{ "half true", 'h' }, { "true", 't' }, { "correct", 't' },
					{ "accurate", 't' } };
			for (size_t r = 0; r < sizeof ratings / sizeof ratings[0]; r++) {
				size_t rl = strlen(ratings[r].w);
				if (q + rl <= len && strncasecmp(v + q, ratings[r].w, rl) == 0 &&
				    (q + rl == len || !isalpha((unsigned char)v[q + rl])))
					return ratings[r].r;
			}
			return 0;
		}
	}
	return 0;
}

/* A fact-check's claims ("CLAIM 2: "Rebels are in Homs."" rated "VERDICT: FALSE"): the
 * claims read out of the quoted claim take its verdict: denied, hedged, or (rated
 * true) no longer a hedge. */
static void fact_check_verdicts(const ctx *c, fl_claims *out)
{
	const char *v = c->v;
	for (size_t i = c->first_claim; i < out->count; i++) {
		fl_claim *cl = &out->items[i];
		size_t a = cl->start;
		/* the sentence opens on "CLAIM", a number perhaps, and a colon; or on a
		 * quotation, numbered perhaps ("3. "The army has retaken Hama"") */
		size_t q = a;
		if (a + 6 <= c->a->len && strncasecmp(v + a, "claim", 5) == 0) {
			q = a + 5;
			while (q < cl->end && (v[q] == ' ' || v[q] == '#' || isdigit((unsigned char)v[q]) ||
					       v[q] == '*'))
				q++;
			if (q >= cl->end || v[q] != ':')
				continue;
		} else {
			while (q < cl->end && (isdigit((unsigned char)v[q]) || v[q] == '#' || v[q] == '*'))
				q++;
			if (q > a && q < cl->end && (v[q] == '.' || v[q] == ')'))
				q++;
			while (q < cl->end && (v[q] == ' ' || v[q] == '*'))
				q++;
			if (q >= cl->end || !(v[q] == '"' || (q + 3 <= cl->end && memcmp(v + q, "\xe2\x80\x9c", 3) == 0)))
				continue;
		}
		char r = verdict_after(v, c->a->len, cl->end);
		if (r == 'd')
			copy_field(cl->status, sizeof cl->status, FL_STATUS_DENIED);
		else if (r == 'h' && strcmp(cl->status, FL_STATUS_DENIED) != 0)
			copy_field(cl->status, sizeof cl->status, FL_STATUS_HEDGED);
		else if (r == 't' && strcmp(cl->status, FL_STATUS_HEDGED) == 0)
			copy_field(cl->status, sizeof cl->status, FL_STATUS_REPORTED);
	}
}

/* "Militias left al-Bukamal on Friday. The SDF said it had taken al-Bukamal on
 * Saturday": a withdrawal whose new holder was guessed goes to the side the article has
 * taking the place next, within a few days. */
static void settle_withdrawals(const ctx *c, fl_claims *out)
{
	const fl_lexicon *lx = c->lx;
	for (size_t g = 0; g < c->nguess; g++) {
		fl_claim *x = &out->items[c->guessed[g].claim];
		const char *from = lx->sides[c->guessed[g].from].id;
		const fl_claim *only = NULL;	/* the one other side said to take it, any day */
		size_t takers = 0;
		bool set = false;
		for (size_t j = c->first_claim; j < out->count; j++) {
			const fl_claim *y = &out->items[j];
			if (y->place_id != x->place_id || strcmp(y->event, FL_EVENT_CAPTURE) != 0 ||
			    strcmp(y->status, FL_STATUS_DENIED) == 0 || strcmp(y->side, from) == 0)
				continue;
			if (!only || strcmp(only->side, y->side) != 0)
				takers++;
			only = y;
			if (x->date != FL_DATE_NONE && y->date != FL_DATE_NONE &&
			    (y->date < x->date || y->date > x->date + 3))
				continue;
			memcpy(x->side, y->side, sizeof x->side);
			set = true;
			break;
		}
		/* "SNA factions took Tal Rifaat last Sunday ... a week after the SDF was forced
		 * out of Tal Rifaat": the article's one taker of the place, on a day before */
		if (!set && takers == 1 &&
		    (x->date == FL_DATE_NONE || only->date == FL_DATE_NONE || only->date <= x->date))
			memcpy(x->side, only->side, sizeof x->side);
	}
}

/* "claimed full control of Daraa province ... army units remained in Izraa": a place
 * given with its governorate is not given when the article has another side holding
 * or taking it on that day or later, nor when the article tells the same side taking
 * it on a day of its own before. */
static void drop_contradicted(ctx *c, fl_claims *out)
{
	size_t k = c->first_claim, e = 0;
	for (size_t i = c->first_claim; i < out->count; i++) {
		fl_claim *x = &out->items[i];
		bool drop = false;
		if (e < c->nexp && c->expanded[e] == i) {
			e++;
			for (size_t j = c->first_claim; j < out->count && !drop; j++) {
				const fl_claim *y = &out->items[j];
				if (j == i || y->place_id != x->place_id ||
				    strcmp(y->status, FL_STATUS_DENIED) == 0)
					continue;
				bool direct = true;
				for (size_t q = 0; q < c->nexp && direct; q++)
					direct = c->expanded[q] != j;
				if (strcmp(y->side, x->side) == 0)
					/* "now control all of Idlib governorate ... Maarat al-Numan
					 * followed on 30 Nov": the place's own day, not the province's */
					drop = direct && y->date != FL_DATE_NONE &&
					       (x->date == FL_DATE_NONE || y->date <= x->date);
				else
					drop = direct && (x->date == FL_DATE_NONE || y->date == FL_DATE_NONE ||
							  y->date >= x->date);
			}
		}
		if (drop)
			fl_claim_release(x);
		else
			out->items[k++] = *x;
	}
	out->count = k;
}

/* Is claim j one dated by the page (c->paged is in claim order)? */
static bool is_paged(const ctx *c, size_t j)
{
	size_t lo = 0, hi = c->npaged;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c->paged[mid] < j)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < c->npaged && c->paged[lo] == j;
}

/* "Territorial changes: Opposition captures Hama, ... as well as Souran" in an
 * encyclopedia's infobox, each place's day in its timeline below: a claim dated by the
 * page for want of a day of its own gives way to the same claim the article dates (in
 * either order; restated() drops it when the dated one comes first). Before
 * drop_contradicted, whose claim indices it keeps. */
static void drop_paged_restated(ctx *c, fl_claims *out)
{
	if (!c->npaged)
		return;
	size_t f = c->first_claim, n = out->count - f;
	bool *drop = calloc(n, sizeof *drop);
	if (!drop)
		return;	/* (out of memory: the claims stay, duplicates and all) */
	/* first which go, with the claims where they are; then the others move up */
	for (size_t p = 0; p < c->npaged; p++) {
		size_t i = c->paged[p];
		const fl_claim *x = &out->items[i];
		bool d = false;
		for (size_t j = f; j < out->count && !d; j++) {
			const fl_claim *y = &out->items[j];
			d = j != i && !is_paged(c, j) && y->place_id == x->place_id && strcmp(y->side, x->side) == 0 &&
			    strcmp(y->event, x->event) == 0 && strcmp(y->status, FL_STATUS_DENIED) != 0 &&
			    strcmp(x->status, FL_STATUS_DENIED) != 0 && y->date != FL_DATE_NONE &&
			    y->date != c->pub && strcmp(y->date_precision, "day") == 0 &&
			    (c->pub == FL_DATE_NONE || y->date + 365 > c->pub);	/* (not history) */
		}
		/* (not when another side holds it in the article too: "the army retook
		 * Maardes on Monday ... rebels have now captured Maardes" is a new change) */
		for (size_t j = f; d && j < out->count; j++) {
			const fl_claim *y = &out->items[j];
			d = !(y->place_id == x->place_id && strcmp(y->side, x->side) != 0 &&
			      strcmp(y->status, FL_STATUS_DENIED) != 0);
		}
		drop[i - f] = d;
	}
	size_t k = f, e = 0, dropped = 0;
	for (size_t i = f; i < out->count; i++) {
		/* (the governorates' expansions keep their indices) */
		while (e < c->nexp && c->expanded[e] < i)
			e++;
		if (e < c->nexp && c->expanded[e] == i)
			c->expanded[e] -= dropped;
		if (drop[i - f]) {
			fl_claim_release(&out->items[i]);
			dropped++;
		} else {
			out->items[k++] = out->items[i];
		}
	}
	out->count = k;
	free(drop);
}

/* "CORRECTION to the 12:05 post: Qamhana was NOT captured": a denial that corrects
 * the page's own earlier word takes back the claims it denies (the same place, side and
 * event, told before it); a denial without such words leaves both, for the timeline to
 * weigh. */
static void drop_corrected(const ctx *c, fl_claims *out)
{
	static const char *const cues[] = { "correction", "corrected", "in error", "erroneous",
		"apologize for the error", "apologise for the error", "earlier version", "retract",
		NULL };
	for (size_t j = c->first_claim; j < out->count; j++) {
		const fl_claim *y = &out->items[j];
		bool corrects = false;
		if (strcmp(y->status, FL_STATUS_DENIED) == 0 && y->sentence)
			for (const char *const *q = cues; *q && !corrects; q++)
				corrects = strcasestr(y->sentence, *q) != NULL;
		if (!corrects)
			continue;
		/* (y moves as the claims before it go: what it denies is copied first) */
		int64_t place = y->place_id;
		size_t start = y->start;
		char side[sizeof y->side], event[sizeof y->event];
		memcpy(side, y->side, sizeof side);
		memcpy(event, y->event, sizeof event);
		size_t k = c->first_claim, before = 0;
		for (size_t i = c->first_claim; i < out->count; i++) {
			fl_claim *x = &out->items[i];
			if (x->start < start && x->place_id == place && strcmp(x->side, side) == 0 &&
			    strcmp(x->event, event) == 0 && strcmp(x->status, FL_STATUS_DENIED) != 0) {
				fl_claim_release(x);
				before += i < j;
				continue;
			}
			out->items[k++] = *x;
		}
		out->count = k;
		j -= before;
	}
}

/* Does the page tell of days a year before it: a day "last year" ("on 27 November last
 * year"), "a year ago", "the first anniversary"? (Not "restored ties last year": a
 * year's event in passing.) */
static bool year_on(const char *v, size_t len)
{
	/* one pass for "year" (memmem, not a case-blind scan per phrase: this runs on
	 * every page) and a look at the words before it */
	for (const char *p = v, *end = v + len; (p = memmem(p, (size_t)(end - p), "year", 4)); p += 4) {
		size_t at = (size_t)(p - v);
		if (at + 4 < len && isalpha((unsigned char)p[4]))
			continue;	/* "years", "yearly" */
		if ((at + 8 <= len && strncmp(p + 4, " ago", 4) == 0 &&
		     ((at >= 2 && strncasecmp(p - 2, "a ", 2) == 0 && (at == 2 || !isalpha((unsigned char)p[-3]))) ||
		      (at >= 4 && strncasecmp(p - 4, "one ", 4) == 0))) ||
		    (at + 7 <= len && strncmp(p + 4, " on", 3) == 0 && !(at + 7 < len && isalpha((unsigned char)p[7])) &&
		     at >= 2 && strncasecmp(p - 2, "a ", 2) == 0 && (at == 2 || !isalpha((unsigned char)p[-3]))))
			return true;
		/* a day before "last year": "27 November last year", "November 27 last year" */
		if (at >= 5 && strncasecmp(p - 5, "last ", 5) == 0) {
			const char *b = p - 5;
			for (int k = 0; k < 16 && b > v && b[-1] != '.' && b[-1] != '\n'; k++, b--)
				if (isdigit((unsigned char)b[-1]))
					return true;
		}
	}
	for (const char *p = v, *end = v + len; (p = memmem(p, (size_t)(end - p), "anniversary", 11)); p += 11)
		if (p - v >= 6 && strncasecmp(p - 6, "first ", 6) == 0)
			return true;
	return false;
}

fl_status fl_extract(const fl_lexicon *lx, const fl_gazetteer *gz, const fl_article *a,
		     const fl_mentions *m, fl_claims *out, fl_error *err)
{
	if (!lx || !a || !out)
		return fl_error_set(err, FL_EUSAGE, a ? a->source : NULL, 0,
				    "fl_extract: missing lexicon, article or output");
	ctx c;
	memset(&c, 0, sizeof c);
	c.lx = lx;
	c.gz = gz;
	c.a = a;
	c.v = fl_article_view(a);
	c.m = m;
	c.carry_actor = -1;
	c.prev_actor = -1;
	c.house = -1;
	c.guest = -1;
	c.lead_at = SIZE_MAX;
	c.carry_para = (size_t)-1;
	c.last_gain = -1;
	c.date_para = (size_t)-1;
	c.para_date = FL_DATE_NONE;
	c.para_si = (size_t)-1;
	c.pub = a->published;
	if (c.pub == FL_DATE_NONE && a->dateline_month) {
		int y = a->year ? a->year : lx->default_year;
		if (y && fl_date_valid(y, a->dateline_month, a->dateline_day))
			c.pub = fl_date_from_ymd(y, a->dateline_month, a->dateline_day);
	}
	/* claims go straight onto out; on failure out is cut back to what it was */
	c.first_claim = out->count;
	fl_status st = FL_OK;
	c.sdate = calloc(a->nsentences ? a->nsentences : 1, sizeof *c.sdate);
	if (!c.sdate)
		st = FL_ENOMEM;
	if (st == FL_OK)
		find_outlet(&c);
	if (c.pub != FL_DATE_NONE)
		c.year_on = year_on(c.v, a->len);
	for (size_t i = 0; i < a->nsentences && st == FL_OK; i++) {
		size_t n0 = out->count;
		st = do_sentence(&c, i, out);
		/* "I'm reading HTS took Albu Kamal?", "Is Homs next?": a question asks, it
		 * tells nothing ("How did the rebels take Aleppo?" takes it as known) */
		if (st == FL_OK && out->count > n0 && asks(c.v, a->sentences[i].start, a->sentences[i].end))
			while (out->count > n0)
				fl_claim_release(&out->items[--out->count]);
	}
	if (st == FL_OK) {
		settle_withdrawals(&c, out);
		fact_check_verdicts(&c, out);
		drop_paged_restated(&c, out);
		drop_contradicted(&c, out);
		drop_corrected(&c, out);
	}
	if (st != FL_OK) {
		while (out->count > c.first_claim)
			fl_claim_release(&out->items[--out->count]);
		fl_error_set(err, st, a->source, 0, "out of memory extracting claims");
	}
	free(c.expanded);
	free(c.paged);
	free(c.guessed);
	free(c.sdate);
	free(c.adm);
	free(c.tb.t);
	free(c.tb.buf);
	free(c.ev.m);
	free(c.act.m);
	free(c.src.m);
	free(c.cuts);
	free(c.sm);
	return st;
}
