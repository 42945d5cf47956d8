/* SPDX-License-Identifier: MIT
 *
 * gazetteer_int.h - what geoparse.c shares with gazetteer.c and nothing else does:
 * the token normaliser and key-level lookups over the built index.
 *
 * A "key" is a name normalised by fli_gaz_key(): tokens of lowercase ASCII (or
 * normalised Arabic/other script) joined by one space, diacritics, ʿayn/hamza marks and
 * apostrophes gone, Arabic articles (al-, el-, ash-, ...) dropped.
 */
#ifndef FL_GAZETTEER_INT_H
#define FL_GAZETTEER_INT_H

#include "gazetteer.h"

#define FLI_TOK_MAX 128	/* longest normalised token kept (bytes); longer ones are cut */

/* One token as found in raw text. */
typedef struct fli_token {
	size_t start, end;	/* raw byte span in the scanned text */
	size_t nlen;		/* bytes in norm */
	bool upper;		/* starts with an uppercase letter (or a caseless script) */
	bool hyphen_after;	/* the next token follows after a single hyphen */
	bool possessive;	/* ended in 's / ’s (dropped from norm) */
	bool ascii;		/* norm is plain ASCII */
	char norm[FLI_TOK_MAX];	/* normalised token, NUL-terminated (last: a short token
				 * and the fields above share a cache line) */
} fli_token;

/* Find the next token in s[*pos, len) and normalise it into t. Returns false at the end.
 * Separators are anything but letters, digits and in-word apostrophes/marks. */
bool fli_gaz_next_token(const char *s, size_t len, size_t *pos, fli_token *t);

/* True if a normalised token is an Arabic article form (al, el, ash, az, ...). */
bool fli_gaz_is_article(const char *tok, size_t n);

/* fli_gaz_is_article's first test, inline: false means it is not one (every form has two
 * or three letters and starts with a vowel). */
static inline bool fli_gaz_may_be_article(const char *tok, size_t n)
{
	return n >= 2 && n <= 3 && (tok[0] == 'a' || tok[0] == 'e' || tok[0] == 'i' || tok[0] == 'u');
}

/* Normalise a whole name into a key (see above) in out (cap bytes). Returns its length
 * (0 if nothing is left, or it does not fit). */
size_t fli_gaz_key(const char *name, char *out, size_t cap);

/* Context hints a caller can give (bit set). */
enum {
	FLI_HINT_ADMIN = 1,	/* "province", "governorate", "countryside" */
	FLI_HINT_POP = 2,	/* "city of", "town", "village of" */
	FLI_HINT_ROAD = 4,	/* "highway", "road" */
};
/* Hint bits from words in context (any text). */
unsigned fli_gaz_hints(const char *context);
/* Hint bits of one normalised token ("province" -> ADMIN), 0 if none. */
unsigned fli_gaz_token_hint(const char *tok, size_t n);

/* Index of the key in the built gazetteer, or -1. *stop tells if the key is on the
 * stoplist (common word, person's name, month ...). */
long fli_gaz_find_key(const fl_gazetteer *gz, const char *key, size_t n, bool *stop);
/* Maximum number of tokens of a key starting with this first token, 0 if none. */
unsigned fli_gaz_first_max(const fl_gazetteer *gz, const char *tok, size_t n);

/* Ranked candidates for an existing key index (exact names) with hints; when
 * fuzzy is true and there are no exact candidates, same-skeleton names are scored.
 * Returns how many were written to out. */
size_t fli_gaz_rank_key(const fl_gazetteer *gz, const char *key, size_t n, unsigned hints,
			bool fuzzy, fl_candidate *out, size_t max);

/* How many places the key with index k (from fli_gaz_find_key) names; 0 for a
 * stoplist-only entry. */
size_t fli_gaz_key_places(const fl_gazetteer *gz, long k);

/* The i-th key of the index (0-based, NUL-terminated, length in *n), NULL past the last;
 * *stop as for fli_gaz_find_key. Lists every name the geoparser matches (benchmarks). */
const char *fli_gaz_key_at(const fl_gazetteer *gz, size_t i, size_t *n, bool *stop);

/* True if the place lies in one of the gazetteer's theatre countries. */
bool fli_gaz_in_theatre(const fl_gazetteer *gz, const fl_place *p);
/* True if p is in the theatre's first country (the one the maps are about). */
bool fli_gaz_in_home(const fl_gazetteer *gz, const fl_place *p);

#endif
