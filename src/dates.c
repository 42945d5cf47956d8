/* SPDX-License-Identifier: MIT
 *
 * dates.c - absolute and relative date expressions in English running text.
 *
 * A small hand-written scanner: at each word start it tries the patterns below in
 * order and takes the first (longest) that matches. Month and weekday names must be
 * capitalised ("may" and "march" are verbs); the relative phrases are matched in any
 * case.
 */
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "dates.h"

static const char *const month_names[12] = { "january", "february", "march", "april", "may",
					     "june", "july", "august", "september", "october",
					     "november", "december" };
static const char *const weekday_names[7] = { "monday", "tuesday", "wednesday", "thursday",
					      "friday", "saturday", "sunday" };

static const struct {
	const char *word;
	int value;
} number_words[] = {
	{ "one", 1 },	 { "two", 2 },	   { "three", 3 },   { "four", 4 },	{ "five", 5 },
	{ "six", 6 },	 { "seven", 7 },   { "eight", 8 },   { "nine", 9 },	{ "ten", 10 },
	{ "eleven", 11 }, { "twelve", 12 }, { "fourteen", 14 }, { "fifteen", 15 },
	{ "twenty", 20 }, { "thirty", 30 }, { "a", 1 },	    { "few", 3 },
};

/* ---- small scanning helpers ---------------------------------------------- */

typedef struct scan {
	const char *s;
	size_t len;
	int slash;		/* FL_SLASH_*: how to read "06/12/2024" */
} scan;

/* A word byte (fl_word_byte: the scanner's inner loop stays off the locale machinery). */
static inline bool is_word(unsigned char c)
{
	return fl_word_byte[c];
}

/* The word (letters/digits) at p: its length, 0 if none. */
/* An en or em dash at s[i] ("1–2 December"): no part of a word. */
static inline bool dash_at(const char *s, size_t len, size_t i)
{
	return i + 2 < len && (unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
	       ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94);
}

/* The bytes of a date's words: fl_word_byte's, but for the first byte of the
 * punctuation block U+2000-U+2FFF (dashes, curly quotes, bullets): "1–2 December",
 * "Friday’s" (filled in by len_init). */
static unsigned char date_word[256];

/* Is sc->s[q] a byte of a word (a dash is none)? Nor is Arabic punctuation (U+060C
 * comma, U+061B semicolon, U+061F question mark), though the Arabic block's lead byte
 * is a word byte: "4 December، 2024" on a Syrian agency's English page. */
static inline bool word_at(const scan *sc, size_t q)
{
	unsigned char c = (unsigned char)sc->s[q];
	if (c == 0xd8 && q + 1 < sc->len) {
		unsigned char d = (unsigned char)sc->s[q + 1];
		return d != 0x8c && d != 0x9b && d != 0x9f;
	}
	return date_word[c];
}

static size_t word_len(const scan *sc, size_t p)
{
	size_t q = p;
	while (q < sc->len && word_at(sc, q))
		q++;
	return q - p;
}

static size_t skip_space(const scan *sc, size_t p)
{
	while (p < sc->len && (sc->s[p] == ' ' || sc->s[p] == '\t' || sc->s[p] == '\n' ||
			       sc->s[p] == '\r'))
		p++;
	/* a non-breaking space (U+00A0) counts as space */
	while (p + 1 < sc->len && (unsigned char)sc->s[p] == 0xc2 &&
	       (unsigned char)sc->s[p + 1] == 0xa0)
		p += 2;
	return p;
}

/* Case-insensitive: is the word at p exactly w (wl bytes)? */
static bool word_is_n(const scan *sc, size_t p, const char *w, size_t wl)
{
	if (p >= sc->len || tolower((unsigned char)sc->s[p]) != w[0])
		return false;
	size_t n = word_len(sc, p);
	return n == wl && strncasecmp(sc->s + p, w, n) == 0;
}

static bool word_is(const scan *sc, size_t p, const char *w)
{
	return word_is_n(sc, p, w, strlen(w));
}
#define WORD_IS(sc, p, lit) word_is_n((sc), (p), (lit), sizeof(lit) - 1)

/* Is the word w0 (n0 bytes) the first word of phrase ph (lowercase)? */
static bool first_word_is(const char *ph, const char *w0, size_t n0)
{
	for (size_t k = 0; k < n0; k++)
		if (!ph[k] || (char)tolower((unsigned char)w0[k]) != ph[k])
			return false;
	return ph[n0] == ' ' || ph[n0] == 0;
}

/* Match a sequence of space-separated words ("the past") at p; returns the end or 0. */
static size_t words_at(const scan *sc, size_t p, const char *phrase)
{
	const char *w = phrase;
	while (*w) {
		const char *e = strchr(w, ' ');
		size_t wl = e ? (size_t)(e - w) : strlen(w);
		size_t n = word_len(sc, p);
		if (n != wl || strncasecmp(sc->s + p, w, n) != 0)
			return 0;
		p += n;
		if (!e)
			return p;
		p = skip_space(sc, p);
		w = e + 1;
	}
	return p;
}

static const unsigned char month_len[12] = { 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8 };

int fl_dates_month(const char *s, size_t n)
{
	if (n < 3 || n > 9)
		return 0;
	for (int m = 0; m < 12; m++) {
		if (n == month_len[m] && tolower((unsigned char)s[0]) == month_names[m][0] &&
		    strncasecmp(s, month_names[m], n) == 0)
			return m + 1;
	}
	/* abbreviations: three letters, or "sept" */
	if (n == 3 || (n == 4 && strncasecmp(s, "sept", 4) == 0)) {
		for (int m = 0; m < 12; m++)
			if (strncasecmp(s, month_names[m], n) == 0 && m != 4)
				return m + 1;
		if (strncasecmp(s, "may", 3) == 0)
			return 5;
	}
	return 0;
}

/* A capitalised month name at p: month and the end (after an abbreviation's dot). */
static int month_at(const scan *sc, size_t p, size_t *end)
{
	size_t n = word_len(sc, p);
	if (n == 0 || !isupper((unsigned char)sc->s[p]))
		return 0;
	int m = fl_dates_month(sc->s + p, n);
	if (!m)
		return 0;
	size_t e = p + n;
	/* an abbreviation ("Nov") must be followed by a dot or be 3-4 letters long */
	if (e < sc->len && sc->s[e] == '.' && n <= 4)
		e++;
	*end = e;
	return m;
}

static int weekday_at(const scan *sc, size_t p, size_t *end)
{
	if (p >= sc->len || !strchr("MTWFS", sc->s[p]) || !sc->s[p])
		return -1;
	size_t n = word_len(sc, p);
	if (n < 6 || n > 9)
		return -1;
	for (int d = 0; d < 7; d++) {
		size_t wl = strlen(weekday_names[d]);
		if (n == wl && strncasecmp(sc->s + p, weekday_names[d], n) == 0) {
			*end = p + n;
			return d;
		}
	}
	return -1;
}

/* Digits at p (at most maxd), value; returns the end or 0. */
static size_t number_at(const scan *sc, size_t p, int maxd, int *value)
{
	size_t q = p;
	int v = 0;
	while (q < sc->len && isdigit((unsigned char)sc->s[q]) && (int)(q - p) < maxd) {
		v = v * 10 + (sc->s[q] - '0');
		q++;
	}
	if (q == p || (q < sc->len && isdigit((unsigned char)sc->s[q])))
		return 0;
	*value = v;
	return q;
}

/* A day of the month with an optional ordinal suffix ("30", "27th"). */
static size_t day_at(const scan *sc, size_t p, int *day)
{
	size_t q = number_at(sc, p, 2, day);
	if (!q || *day < 1 || *day > 31)
		return 0;
	if (q + 1 < sc->len) {
		const char *suf[] = { "st", "nd", "rd", "th" };
		for (int i = 0; i < 4; i++)
			if (strncasecmp(sc->s + q, suf[i], 2) == 0 &&
			    (q + 2 >= sc->len || !word_at(sc, q + 2))) {
				q += 2;
				break;
			}
	}
	if (q < sc->len && word_at(sc, q))
		return 0;
	return q;
}

/* A four-digit year 1900-2199 at p. */
static size_t year_at(const scan *sc, size_t p, int *year)
{
	size_t q = number_at(sc, p, 4, year);
	/* "December 6, 20245:12 PM ET": a page's year run into its clock */
	if (!q && p + 7 <= sc->len) {
		const char *s = sc->s + p;
		bool digits = isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) &&
			      isdigit((unsigned char)s[2]) && isdigit((unsigned char)s[3]) &&
			      isdigit((unsigned char)s[4]);
		size_t colon = digits && s[5] == ':' ? 5 : digits && isdigit((unsigned char)s[5]) && s[6] == ':' ? 6 : 0;
		if (colon && p + colon + 3 <= sc->len && isdigit((unsigned char)s[colon + 1]) &&
		    isdigit((unsigned char)s[colon + 2]) && (s[4] != '0' || colon == 6)) {
			*year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
			return *year >= 1900 && *year <= 2199 ? p + 4 : 0;
		}
	}
	if (!q || q - p != 4 || *year < 1900 || *year > 2199)
		return 0;
	if (q < sc->len && word_at(sc, q))
		return 0;
	return q;
}

/* A number written as digits or as a word ("10", "ten", "three"). */
static size_t count_at(const scan *sc, size_t p, int *value)
{
	size_t q = number_at(sc, p, 3, value);
	if (q && (q >= sc->len || !word_at(sc, q)))
		return q;
	for (size_t i = 0; i < sizeof number_words / sizeof number_words[0]; i++)
		if (word_is(sc, p, number_words[i].word)) {
			*value = number_words[i].value;
			return p + strlen(number_words[i].word);
		}
	return 0;
}

/* A comma at q: its length in bytes, the Arabic comma's (U+060C) too ("4 December، 2024"
 * on a Syrian agency's English page), else 0. */
static size_t comma_at(const scan *sc, size_t q)
{
	if (q < sc->len && sc->s[q] == ',')
		return 1;
	if (q + 1 < sc->len && (unsigned char)sc->s[q] == 0xd8 && (unsigned char)sc->s[q + 1] == 0x8c)
		return 2;
	return 0;
}

/* A clock time after a date ("17:37", "at 5:30 pm"): returns the end or 0. */
static size_t time_at(const scan *sc, size_t p)
{
	size_t q = skip_space(sc, p);
	if (comma_at(sc, q))
		q = skip_space(sc, q + comma_at(sc, q));
	int h, m;
	size_t e = number_at(sc, q, 2, &h);
	if (!e || e >= sc->len || sc->s[e] != ':' || h > 23)
		return 0;
	size_t e2 = number_at(sc, e + 1, 2, &m);
	if (!e2 || e2 - e - 1 != 2 || m > 59)
		return 0;
	return e2;
}

/* ---- patterns -------------------------------------------------------------- */

/* A full date found, ending at byte end. */
static bool absolute(fl_date_expr *e, int y, int m, int d, size_t end)
{
	e->kind = FL_DATE_ABSOLUTE;
	e->year = y;
	e->month = m;
	e->day = d;
	e->end = end;
	return true;
}

/* 2024-11-27, 2024/11/27 */
static bool try_iso(const scan *sc, size_t p, fl_date_expr *e)
{
	int y, m, d;
	size_t q = number_at(sc, p, 4, &y);
	if (!q || q - p != 4 || q >= sc->len || (sc->s[q] != '-' && sc->s[q] != '/'))
		return false;
	char sep = sc->s[q];
	size_t q2 = number_at(sc, q + 1, 2, &m);
	if (!q2 || q2 - q - 1 != 2 || q2 >= sc->len || sc->s[q2] != sep)
		return false;
	size_t q3 = number_at(sc, q2 + 1, 2, &d);
	if (!q3 || q3 - q2 - 1 != 2 || !fl_date_valid(y, m, d))
		return false;
	/* (a time may follow, ISO 8601: "2024-12-08T10:35:00Z") */
	if (q3 < sc->len && word_at(sc, q3) &&
	    !(sc->s[q3] == 'T' && q3 + 1 < sc->len && isdigit((unsigned char)sc->s[q3 + 1])))
		return false;
	/* "npr.org/2024/11/30/story": a link's path, not a date of the text */
	if (sep == '/' && ((p > 0 && sc->s[p - 1] == '/') || (q3 < sc->len && sc->s[q3] == '/')))
		return false;
	return absolute(e, y, m, d, q3);
}

/* "02/12" of a digest: a day and month of two digits each, read in the order the
 * article's full dates show (sc->slash) or that cannot be mistaken; never a score or a
 * fraction ("24/7", "3/4"), a path or a longer number. */
static bool yearless_numeric(const scan *sc, size_t p, int a, int b, size_t q, size_t q2,
			     fl_date_expr *e)
{
	if (q - p != 2 || q2 - q - 1 != 2 || (p > 0 && (sc->s[p - 1] == '/' || word_at(sc, p - 1))) ||
	    (q2 < sc->len && (word_at(sc, q2) ||
			      (sc->s[q2] == '.' && q2 + 1 < sc->len && isdigit((unsigned char)sc->s[q2 + 1])))))
		return false;
	int d, m;
	if (a > 12 && b <= 12) {
		d = a;
		m = b;
	} else if (b > 12 && a <= 12) {
		d = b;
		m = a;
	} else if (sc->slash == FL_SLASH_DMY) {
		d = a;
		m = b;
	} else if (sc->slash == FL_SLASH_MDY) {
		d = b;
		m = a;
	} else {
		return false;
	}
	if (m < 1 || m > 12 || d < 1 || d > 31 || !fl_date_valid(2024, m, d))
		return false;
	return absolute(e, 0, m, d, q2);
}

/* 09.12.2024 (day first, as Turkish and European outlets write it, two digits each);
 * 09/12/2024 and 09-12-2024 when the order cannot be mistaken (a first number above 12
 * is the day, a second one the day of an American month-first date), or in the order
 * the article uses (sc->slash). */
static bool try_numeric(const scan *sc, size_t p, fl_date_expr *e)
{
	int a, b, y;
	size_t q = number_at(sc, p, 2, &a);
	if (!q || q >= sc->len || (sc->s[q] != '.' && sc->s[q] != '/' && sc->s[q] != '-'))
		return false;
	char sep = sc->s[q];
	size_t q2 = number_at(sc, q + 1, 2, &b);
	if (q2 && sep == '/' && (q2 >= sc->len || sc->s[q2] != sep))
		return yearless_numeric(sc, p, a, b, q, q2, e);
	if (!q2 || q2 >= sc->len || sc->s[q2] != sep)
		return false;
	size_t q3 = number_at(sc, q2 + 1, 4, &y);
	if (!q3 || q3 - q2 - 1 != 4)
		return false;
	if (q3 < sc->len && (word_at(sc, q3) ||
			     (q3 + 1 < sc->len && (sc->s[q3] == '.' || sc->s[q3] == '/') &&
			      isdigit((unsigned char)sc->s[q3 + 1]))))
		return false;
	int d = a, m = b;
	if (sep == '.' && (q - p != 2 || q2 - q - 1 != 2))
		return false;	/* "09.12.2024", never a version number "1.2.2024" */
	if (sep == '/' || sep == '-') {
		if (a > 12 && b <= 12)
			;
		else if (b > 12 && a <= 12) {
			d = b;
			m = a;
		} else if (a <= 12 && b <= 12 && sc->slash == FL_SLASH_DMY) {
			;
		} else if (a <= 12 && b <= 12 && sc->slash == FL_SLASH_MDY) {
			d = b;
			m = a;
		} else {
			return false;
		}
	}
	if (!fl_date_valid(y, m, d))
		return false;
	return absolute(e, y, m, d, q3);
}

/* ", 2024" or " 2024" after a day-month: the year and the end, or 0. */
static size_t trailing_year(const scan *sc, size_t p, int *year)
{
	size_t q = p;
	q += comma_at(sc, q);
	q = skip_space(sc, q);
	return year_at(sc, q, year);
}

/* 30 November [2024] | 1 Dec 2024 | 6th of December */
static bool try_day_month(const scan *sc, size_t p, fl_date_expr *e)
{
	int d;
	size_t q = day_at(sc, p, &d);
	if (!q)
		return false;
	/* "29-30 November", "2 and 4 December" (after "between"), "2 to 4 December": the
	 * days from the first to the second */
	int from = 0;
	size_t r = skip_space(sc, q);
	size_t r2 = 0;
	if (r < sc->len && sc->s[r] == '-')
		r2 = r + 1;
	else if (r + 2 < sc->len && (unsigned char)sc->s[r] == 0xe2 && (unsigned char)sc->s[r + 1] == 0x80 &&
		 (unsigned char)sc->s[r + 2] == 0x93)
		r2 = r + 3;	/* an en dash */
	else if (WORD_IS(sc, r, "and") || WORD_IS(sc, r, "to"))
		r2 = r + word_len(sc, r);
	int d2;
	size_t q2 = r2 ? day_at(sc, skip_space(sc, r2), &d2) : 0;
	if (q2 && d2 > d) {
		size_t me2;
		if (month_at(sc, skip_space(sc, q2), &me2)) {
			from = d;
			d = d2;
			q = q2;
		}
	}
	q = skip_space(sc, q);
	if (WORD_IS(sc, q, "of"))
		q = skip_space(sc, q + 2);
	size_t me;
	int m = month_at(sc, q, &me);
	if (!m)
		return false;
	e->kind = FL_DATE_ABSOLUTE;
	e->day_from = from;
	e->day = d;
	e->month = m;
	e->year = 0;
	e->end = me;
	int y;
	size_t ye = trailing_year(sc, me, &y);
	if (ye) {
		e->year = y;
		e->end = ye;
	}
	return true;
}

/* November 27, 2024 | Nov. 30 | November 27th | December 2015 */
static bool try_month_day(const scan *sc, size_t p, fl_date_expr *e)
{
	size_t me;
	int m = month_at(sc, p, &me);
	if (!m)
		return false;
	size_t q = skip_space(sc, me);
	int d, y;
	size_t de = day_at(sc, q, &d);
	if (de && q > me) {
		e->kind = FL_DATE_ABSOLUTE;
		e->month = m;
		e->day = d;
		e->year = 0;
		/* "November 29-30", "Dec. 7 to 8": the days from the first to the second */
		size_t r = skip_space(sc, de), r2 = 0;
		if (r < sc->len && sc->s[r] == '-')
			r2 = r + 1;
		else if (r + 2 < sc->len && (unsigned char)sc->s[r] == 0xe2 &&
			 (unsigned char)sc->s[r + 1] == 0x80 && (unsigned char)sc->s[r + 2] == 0x93)
			r2 = r + 3;	/* an en dash */
		else if (WORD_IS(sc, r, "to"))
			r2 = r + 2;
		int d2;
		size_t q2 = r2 ? day_at(sc, skip_space(sc, r2), &d2) : 0;
		if (q2 && d2 > d) {
			e->day_from = d;
			e->day = d2;
			de = q2;
		}
		e->end = de;
		size_t ye = trailing_year(sc, de, &y);
		if (ye) {
			e->year = y;
			e->end = ye;
		}
		return true;
	}
	/* "in August of 2019", a translation's "in the August of 2019" */
	size_t qy = WORD_IS(sc, q, "of") ? skip_space(sc, q + 2) : q;
	size_t ye = year_at(sc, qy, &y);
	if (ye && q > me && (qy == q || qy > q + 2)) {
		e->kind = FL_DATE_ABSOLUTE;
		e->month = m;
		e->day = 0;
		e->year = y;
		e->end = ye;
		return true;
	}
	return false;
}

/* Is a future marker ("will", "next", "scheduled") in the clause before p? */
static bool future_before(const scan *sc, size_t p)
{
	size_t lo = p > 80 ? p - 80 : 0;
	for (size_t q = p; q > lo; q--) {
		char c = sc->s[q - 1];
		if (c == '.' || c == ';' || c == '\n')
			break;
		char c0 = (char)(c | 0x20);	/* the markers start with these letters */
		if ((c0 == 'w' || c0 == 'n' || c0 == 's' || c0 == 't' || c0 == 'u') &&
		    (q - 1 == 0 || !word_at(sc, q - 2))) {
			size_t at = q - 1;
			if (WORD_IS(sc, at, "will") || WORD_IS(sc, at, "next") ||
			    WORD_IS(sc, at, "scheduled") || WORD_IS(sc, at, "tomorrow") ||
			    WORD_IS(sc, at, "upcoming") || WORD_IS(sc, at, "shall"))
				return true;
		}
	}
	return false;
}

/* Does the clause before p open with "It is" or "It's" ("It is nearly 3am on Sunday
 * in Homs", a live page's line near midnight)? The weekday is today's where it is told:
 * on or after the reference day, not a day gone by. */
static bool now_before(const scan *sc, size_t p)
{
	size_t lo = p > 40 ? p - 40 : 0, q = p;
	while (q > lo && sc->s[q - 1] != '.' && sc->s[q - 1] != '\n' && sc->s[q - 1] != ';')
		q--;
	if (q == lo && lo > 0)
		return false;	/* (no clause start within reach) */
	q = skip_space(sc, q);
	return WORD_IS(sc, q, "it") && q + 3 < p &&
	       ((WORD_IS(sc, skip_space(sc, q + 2), "is")) || strncasecmp(sc->s + q, "it's ", 5) == 0 ||
		strncasecmp(sc->s + q, "it\xe2\x80\x99s ", 7) == 0);
}

/* (on|last|this|next)? Weekday('s)? (morning|evening|night|afternoon)? */
static bool try_weekday(const scan *sc, size_t p, fl_date_expr *e)
{
	size_t q = p, we;
	bool next = false, last = false;
	if (WORD_IS(sc, p, "next") || WORD_IS(sc, p, "last") || WORD_IS(sc, p, "this")) {
		next = WORD_IS(sc, p, "next");
		last = WORD_IS(sc, p, "last");
		q = skip_space(sc, p + 4);
	}
	int wd = weekday_at(sc, q, &we);
	if (wd < 0)
		return false;
	/* "Saturday, November 30, 2024": the absolute date wins, spanning both */
	size_t a = we;
	a += comma_at(sc, a);
	a = skip_space(sc, a);
	fl_date_expr abs = { 0 };
	if (a < sc->len && (try_month_day(sc, a, &abs) || try_day_month(sc, a, &abs))) {
		abs.start = e->start;
		abs.named_weekday = wd + 1;
		*e = abs;
		return true;
	}
	e->kind = FL_DATE_WEEKDAY;
	e->weekday = wd;
	e->offset = last;	/* "last Sunday" said on a Sunday is a week before */
	e->future = next || (!last && future_before(sc, p));
	e->today = !e->future && !last && now_before(sc, p);
	size_t end = we;
	if (end + 2 <= sc->len && (strncmp(sc->s + end, "'s", 2) == 0))
		end += 2;
	else if (end + 4 <= sc->len && strncmp(sc->s + end, "\xe2\x80\x99s", 4) == 0)
		end += 4;
	size_t t = skip_space(sc, end);
	const char *parts[] = { "morning", "evening", "night", "afternoon" };
	for (int i = 0; i < 4; i++)
		if (word_is(sc, t, parts[i])) {
			end = t + strlen(parts[i]);
			break;
		}
	e->end = end;
	return true;
}

static void set_rel(fl_date_expr *e, size_t end, int offset, int span)
{
	e->kind = FL_DATE_RELATIVE;
	e->offset = offset;
	e->span = span;
	e->end = end;
}

static void set_later(fl_date_expr *e, size_t end, int after)
{
	e->kind = FL_DATE_LATER;
	e->offset = after;
	e->span = 1;
	e->end = end;
}

static bool try_relative(const scan *sc, size_t p, fl_date_expr *e)
{
	static const struct {
		const char *phrase;
		int offset, span;
	} fixed[] = {
		{ "the day before yesterday", 2, 1 },
		{ "yesterday", 1, 1 },
		{ "last night", 1, 1 },
		{ "overnight", 1, 2 },
		{ "earlier today", 0, 1 },
		{ "today", 0, 1 },
		{ "tonight", 0, 1 },
		{ "this morning", 0, 1 },
		{ "this afternoon", 0, 1 },
		{ "this evening", 0, 1 },
		{ "in recent days", 6, 7 },
		{ "over the past week", 7, 8 },
		{ "in the past week", 7, 8 },
		{ "over the last week", 7, 8 },
		{ "in the last week", 7, 8 },
		{ "last week", 7, 7 },
		{ "a week ago", 7, 1 },
		{ "a little over a week ago", 10, 3 },
		{ "over a week ago", 10, 3 },
		{ "the past 24 hours", 1, 2 },
		{ "the last 24 hours", 1, 2 },
		{ "the past 48 hours", 2, 3 },
		{ "the last 48 hours", 2, 3 },
	};
	size_t n0 = word_len(sc, p);
	const char *w0 = sc->s + p;
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
		const char *ph = fixed[i].phrase;
		if (!first_word_is(ph, w0, n0))
			continue;
		size_t q = words_at(sc, p, fixed[i].phrase);
		if (q && (q >= sc->len || !word_at(sc, q))) {
			/* "overnight on 29-30 November", "overnight into Saturday": the
			 * night is the one the date after it names */
			size_t r = skip_space(sc, q);
			if (strcmp(ph, "overnight") == 0 &&
			    (WORD_IS(sc, r, "on") || WORD_IS(sc, r, "into") || WORD_IS(sc, r, "between") ||
			     WORD_IS(sc, r, "from") || WORD_IS(sc, r, "of")))
				return false;
			set_rel(e, q, fixed[i].offset, fixed[i].span);
			return true;
		}
	}
	/* spans of the calendar, resolved against the reference day's weekday or month */
	static const struct {
		const char *phrase;
		int cal;
	} calendar[] = {
		{ "over the weekend", FL_CAL_WEEKEND }, { "at the weekend", FL_CAL_WEEKEND },
		{ "this weekend", FL_CAL_WEEKEND }, { "last weekend", FL_CAL_LAST_WEEKEND },
		{ "earlier this week", FL_CAL_THIS_WEEK }, { "this week", FL_CAL_THIS_WEEK },
		{ "earlier this month", FL_CAL_THIS_MONTH }, { "this month", FL_CAL_THIS_MONTH },
		{ "early this month", FL_CAL_THIS_MONTH }, { "at the start of the month", FL_CAL_THIS_MONTH },
		{ "at the beginning of the month", FL_CAL_THIS_MONTH },
		{ "at the start of this month", FL_CAL_THIS_MONTH },
		{ "at the beginning of this month", FL_CAL_THIS_MONTH },
		{ "last month", FL_CAL_LAST_MONTH },
	};
	for (size_t i = 0; i < sizeof calendar / sizeof calendar[0]; i++) {
		if (!first_word_is(calendar[i].phrase, w0, n0))
			continue;
		size_t q = words_at(sc, p, calendar[i].phrase);
		if (q && (q >= sc->len || !word_at(sc, q))) {
			set_rel(e, q, 0, 1);
			e->calendar = calendar[i].cal;
			return true;
		}
	}
	/* on the day the story has reached, not the publication day ("the next day",
	 * "two days later", "the same Saturday"): FL_DATE_LATER */
	static const struct {
		const char *phrase;
		int after;
	} anchored[] = {
		{ "the next day", 1 }, { "the following day", 1 }, { "the next morning", 1 },
		{ "the following morning", 1 }, { "the next evening", 1 }, { "the following evening", 1 },
		{ "the next night", 1 }, { "the following night", 1 }, { "the same day", 0 },
		{ "the same night", 0 }, { "the same morning", 0 }, { "the same afternoon", 0 },
		{ "the same evening", 0 }, { "later that day", 0 }, { "later that night", 0 },
		{ "a day later", 1 }, { "a week later", 7 }, { "a day after that", 1 },
		{ "the day after that", 1 }, { "that same day", 0 }, { "that same night", 0 },
		{ "that same evening", 0 }, { "that same morning", 0 }, { "later that evening", 0 },
		{ "earlier that day", 0 }, { "the previous day", -1 }, { "the previous night", -1 },
		{ "the previous evening", -1 }, { "the previous morning", -1 },
	};
	for (size_t i = 0; i < sizeof anchored / sizeof anchored[0]; i++) {
		if (!first_word_is(anchored[i].phrase, w0, n0))
			continue;
		size_t q = words_at(sc, p, anchored[i].phrase);
		if (q && (q >= sc->len || !word_at(sc, q))) {
			set_later(e, q, anchored[i].after);
			return true;
		}
	}
	/* "Aleppo fell that weekend": the Saturday and Sunday of the story's week */
	size_t tw = words_at(sc, p, "that weekend");
	if (!tw)
		tw = words_at(sc, p, "that same weekend");
	if (!tw)
		tw = words_at(sc, p, "the same weekend");
	if (tw && (tw >= sc->len || !word_at(sc, tw))) {
		set_later(e, tw, 0);
		e->by_weekday = true;
		e->weekday = 5;
		e->span = 2;
		return true;
	}
	/* "the same Saturday", "on the Sunday": that weekday of the story's week */
	size_t sw = words_at(sc, p, "the same");
	if (!sw)
		sw = words_at(sc, p, "the");
	if (sw) {
		size_t d = skip_space(sc, sw);
		for (int k = 0; k < 7; k++)
			if (word_is(sc, d, weekday_names[k])) {
				set_later(e, d + strlen(weekday_names[k]), 0);
				e->by_weekday = true;
				e->weekday = k;
				return true;
			}
	}
	/* (over|in|during) the (past|last) N days */
	static const char *const lead[] = { "over the past", "over the last", "in the past",
					    "in the last", "during the past", "during the last",
					    "the past", "the last" };
	for (size_t i = 0; i < sizeof lead / sizeof lead[0]; i++) {
		const char *ph = lead[i];
		if (!first_word_is(ph, w0, n0))
			continue;
		size_t q = words_at(sc, p, lead[i]);
		if (!q)
			continue;
		int n;
		size_t c = count_at(sc, skip_space(sc, q), &n);
		if (!c)
			continue;
		size_t u = skip_space(sc, c);
		if (WORD_IS(sc, u, "days") && n > 0 && n <= 366) {
			set_rel(e, u + 4, n, n + 1);
			return true;
		}
		if (WORD_IS(sc, u, "weeks") && n > 0 && n <= 52) {
			set_rel(e, u + 5, 7 * n, 7 * n + 1);
			return true;
		}
		if (WORD_IS(sc, u, "hours") && n > 0 && n <= 96) {
			set_rel(e, u + 5, (n + 23) / 24, (n + 23) / 24 + 1);
			return true;
		}
	}
	/* N days ago */
	int n;
	size_t c = count_at(sc, p, &n);
	/* "One year ago today", "two years ago to the day": that day of the year, so many
	 * years back (an anniversary piece's; a bare "a year ago" tells no day) */
	if (c) {
		size_t u = skip_space(sc, c);
		bool years = WORD_IS(sc, u, "years") || (n == 1 && WORD_IS(sc, u, "year"));
		size_t a = years ? skip_space(sc, u + word_len(sc, u)) : 0;
		if (years && n > 0 && n <= 50 && WORD_IS(sc, a, "ago")) {
			size_t t = skip_space(sc, a + 3), q = 0;
			if (WORD_IS(sc, t, "today"))
				q = t + 5;
			else if (words_at(sc, t, "to the day"))
				q = words_at(sc, t, "to the day");
			if (q) {
				set_rel(e, q, n, 1);
				e->calendar = FL_CAL_YEARS_AGO;
				return true;
			}
		}
	}
	if (c) {
		size_t u = skip_space(sc, c);
		size_t ul = word_len(sc, u);
		bool days = WORD_IS(sc, u, "days") || (n == 1 && WORD_IS(sc, u, "day"));
		bool weeks = WORD_IS(sc, u, "weeks") || (n == 1 && WORD_IS(sc, u, "week"));
		if ((days || weeks) && n > 0 && n <= 366) {
			size_t a = skip_space(sc, u + ul);
			if (WORD_IS(sc, a, "ago")) {
				int off = weeks ? 7 * n : n;
				set_rel(e, a + 3, off, 1);
				return true;
			}
			if (WORD_IS(sc, a, "later")) {	/* "two days later" */
				set_later(e, a + 5, weeks ? 7 * n : n);
				return true;
			}
			if (WORD_IS(sc, a, "earlier")) {	/* "two days earlier": before the story's */
				set_later(e, a + 7, -(weeks ? 7 * n : n));
				return true;
			}
			size_t at = WORD_IS(sc, a, "after") ? skip_space(sc, a + 5) : 0;
			if (at && WORD_IS(sc, at, "that")) {	/* "two days after that" */
				set_later(e, at + 4, weeks ? 7 * n : n);
				return true;
			}
		}
	}
	/* "Aleppo city fell within three days", "within 48 hours", "within a week": some
	 * day from the one the story had reached to that many after it */
	if (WORD_IS(sc, p, "within")) {
		size_t q = skip_space(sc, p + 6), u = 0;
		int k = 0;
		size_t c2 = count_at(sc, q, &k);
		if (c2) {
			u = skip_space(sc, c2);
		} else if (WORD_IS(sc, q, "a")) {
			k = 1;
			u = skip_space(sc, q + 1);
		} else if (WORD_IS(sc, q, "days") || WORD_IS(sc, q, "hours")) {
			k = WORD_IS(sc, q, "days") ? 3 : 24;	/* "within days": a few */
			u = q;
		}
		int days = 0;
		if (u && (WORD_IS(sc, u, "days") || WORD_IS(sc, u, "day")) && k > 0 && k <= 31)
			days = k;
		else if (u && (WORD_IS(sc, u, "hours") || WORD_IS(sc, u, "hour")) && k > 0 && k <= 96)
			days = (k + 23) / 24;
		else if (u && (WORD_IS(sc, u, "weeks") || WORD_IS(sc, u, "week")) && k > 0 && k <= 4)
			days = 7 * k;
		if (days) {
			set_later(e, u + word_len(sc, u), 0);
			e->span = days + 1;
			return true;
		}
	}
	return false;
}

/* Can a date expression start with the word at p? A cheap test that keeps the
 * pattern matchers off ordinary words: digits; a capitalised word that is, in any case,
 * a month name or abbreviation, a weekday or a word a relative phrase or a count starts
 * with ("Yesterday", "Over the past ..."); or one of those words in lowercase as
 * written. Every pattern below starts with one of them, so no date is lost. One pass
 * over the word and a table keyed by its first letter: no string scanning per word. */
enum {
	ST_LOWER = 1,	/* may start a date when written in lowercase too */
	ST_WEEKDAY = 2,	/* a weekday may follow ("last Friday") */
};

/* What may follow a word that cannot be a date on its own ("the" needs "past", "last"
 * or "day" after it): the second words of every pattern it starts. */
static const char *const after_the[] = { "day", "past", "last", "next", "following", "same", "previous",
	"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
	"eighteenth", "nineteenth", "twentieth", "twenty", "thirtieth", "thirty", NULL };
static const char *const after_last[] = { "night", "week", "weekend", "month", NULL };
static const char *const after_earlier[] = { "today", "this", "that", NULL };
static const char *const after_early[] = { "this", NULL };
static const char *const after_this[] = { "morning", "afternoon", "evening", "week", "weekend", "month", NULL };
static const char *const after_over[] = { "the", "a", NULL };
static const char *const after_in[] = { "the", "recent", NULL };
static const char *const after_a[] = { "week", "little", "day", "days", "weeks", "year", NULL };
static const char *const after_count[] = { "day", "days", "week", "weeks", "year", "years", NULL };
static const char *const after_none[] = { NULL };
static const char *const after_later[] = { "that", NULL };
static const char *const after_that[] = { "same", "weekend", NULL };

static const struct starter {
	const char *w;
	unsigned char n, flags;
	const char *const *next;	/* the words that may follow; NULL: any */
} starters[] = {
	{ "a", 1, ST_LOWER, after_a },
	{ "apr", 3, 0, NULL },
	{ "april", 5, 0, NULL },
	{ "at", 2, ST_LOWER, after_in },
	{ "aug", 3, 0, NULL },
	{ "august", 6, 0, NULL },
	{ "dec", 3, 0, NULL },
	{ "december", 8, 0, NULL },
	{ "during", 6, ST_LOWER, after_in },
	{ "earlier", 7, ST_LOWER, after_earlier },
	{ "early", 5, ST_LOWER, after_early },
	{ "eight", 5, ST_LOWER, after_count },
	{ "eleven", 6, ST_LOWER, after_count },
	{ "feb", 3, 0, NULL },
	{ "february", 8, 0, NULL },
	{ "few", 3, ST_LOWER, after_count },
	{ "fifteen", 7, ST_LOWER, after_count },
	{ "five", 4, ST_LOWER, after_count },
	{ "four", 4, ST_LOWER, after_count },
	{ "fourteen", 8, ST_LOWER, after_count },
	{ "friday", 6, 0, NULL },
	{ "in", 2, ST_LOWER, after_in },
	{ "jan", 3, 0, NULL },
	{ "january", 7, 0, NULL },
	{ "jul", 3, 0, NULL },
	{ "july", 4, 0, NULL },
	{ "jun", 3, 0, NULL },
	{ "june", 4, 0, NULL },
	{ "last", 4, ST_LOWER | ST_WEEKDAY, after_last },
	{ "later", 5, ST_LOWER, after_later },
	{ "mar", 3, 0, NULL },
	{ "march", 5, 0, NULL },
	{ "may", 3, 0, NULL },
	{ "monday", 6, 0, NULL },
	{ "next", 4, ST_LOWER | ST_WEEKDAY, after_none },
	{ "nine", 4, ST_LOWER, after_count },
	{ "nov", 3, 0, NULL },
	{ "november", 8, 0, NULL },
	{ "oct", 3, 0, NULL },
	{ "october", 7, 0, NULL },
	{ "one", 3, ST_LOWER, after_count },
	{ "over", 4, ST_LOWER, after_over },
	{ "overnight", 9, ST_LOWER, NULL },
	{ "saturday", 8, 0, NULL },
	{ "sep", 3, 0, NULL },
	{ "sept", 4, 0, NULL },
	{ "september", 9, 0, NULL },
	{ "seven", 5, ST_LOWER, after_count },
	{ "six", 3, ST_LOWER, after_count },
	{ "sunday", 6, 0, NULL },
	{ "ten", 3, ST_LOWER, after_count },
	{ "that", 4, ST_LOWER, after_that },
	{ "the", 3, ST_LOWER | ST_WEEKDAY, after_the },
	{ "thirty", 6, ST_LOWER, after_count },
	{ "this", 4, ST_LOWER | ST_WEEKDAY, after_this },
	{ "three", 5, ST_LOWER, after_count },
	{ "thursday", 8, 0, NULL },
	{ "today", 5, ST_LOWER, NULL },
	{ "tonight", 7, ST_LOWER, NULL },
	{ "tuesday", 7, 0, NULL },
	{ "twelve", 6, ST_LOWER, after_count },
	{ "twenty", 6, ST_LOWER, after_count },
	{ "two", 3, ST_LOWER, after_count },
	{ "wednesday", 9, 0, NULL },
	{ "within", 6, ST_LOWER, NULL },
	{ "yesterday", 9, ST_LOWER, NULL },
};

/* starters[] from first_begin[i] on begin with the letter ('a' + i), up to first_begin[i + 1]
 * (worked out once, by len_init: the table is in alphabetical order). */
static unsigned char first_begin[27];

/* Per first letter, bit n set when a starter of n letters begins with it (len_lower:
 * one that may be written in lowercase): most words are passed over on these alone. */
static uint16_t len_any[26], len_lower[26];
static pthread_once_t len_once = PTHREAD_ONCE_INIT;

static void len_init(void)
{
	memcpy(date_word, fl_word_byte, sizeof date_word);
	date_word[0xe2] = 0;
	size_t ns = sizeof starters / sizeof starters[0];
	for (size_t f = 0, i = 0; f <= 26; f++) {
		while (i < ns && (size_t)(starters[i].w[0] - 'a') < f)
			i++;
		first_begin[f] = (unsigned char)i;
	}
	for (size_t i = 0; i < ns; i++) {
		const struct starter *st = &starters[i];
		size_t f = (size_t)(st->w[0] - 'a');
		len_any[f] |= (uint16_t)(1u << st->n);
		if (st->flags & ST_LOWER)
			len_lower[f] |= (uint16_t)(1u << st->n);
	}
}

/* The word at p (n bytes) lowercased into lw (at most cap bytes); n, 0 if none or longer. */
static size_t lower_n(const scan *sc, size_t p, size_t n, char *lw, size_t cap)
{
	if (n == 0 || n > cap)
		return 0;
	for (size_t k = 0; k < n; k++) {
		unsigned char d = (unsigned char)sc->s[p + k];
		lw[k] = (char)(d >= 'A' && d <= 'Z' ? d + 32 : d);
	}
	return n;
}

static size_t lower_word(const scan *sc, size_t p, char *lw, size_t cap)
{
	return lower_n(sc, p, word_len(sc, p), lw, cap);
}

/* Is the word after the starter st (at p, n bytes) one that may follow it? */
static bool may_follow(const scan *sc, size_t p, size_t n, const struct starter *st)
{
	if (!st->next)
		return true;
	char lw[16];
	size_t m = lower_word(sc, skip_space(sc, p + n), lw, sizeof lw);
	if (!m)
		return false;
	for (const char *const *w = st->next; *w; w++)
		if (strlen(*w) == m && memcmp(*w, lw, m) == 0)
			return true;
	if (st->flags & ST_WEEKDAY)
		for (int d = 0; d < 7; d++)
			if (strlen(weekday_names[d]) == m && memcmp(weekday_names[d], lw, m) == 0)
				return true;
	return false;
}

/* "on the 29th", "fell on the 30th per two clips", "(29th)": a day of the month the story is
 * in, without its month (month 0; resolved to the latest such day up to the
 * reference). Not a unit ("the 4th Division", "the 25th division") or a count ("the
 * 10th anniversary"). */
/* e is day d of a month the text does not name ("the 29th", "on the fifth"), ending at
 * end: resolved as this month's or the last (fl_dates_resolve). */
static bool day_only(fl_date_expr *e, int d, size_t end)
{
	e->kind = FL_DATE_ABSOLUTE;
	e->year = e->month = 0;
	e->day = d;
	e->end = end;
	return true;
}

static bool try_ordinal_day(const scan *sc, size_t p, fl_date_expr *e)
{
	int d;
	size_t q = number_at(sc, p, 2, &d);
	if (!q || d < 1 || d > 31 || q + 2 > sc->len)
		return false;
	char s1 = (char)tolower((unsigned char)sc->s[q]), s2 = (char)tolower((unsigned char)sc->s[q + 1]);
	if (!((s1 == 's' && s2 == 't') || (s1 == 'n' && s2 == 'd') || (s1 == 'r' && s2 == 'd') ||
	      (s1 == 't' && s2 == 'h')))
		return false;
	size_t end = q + 2;
	if (end < sc->len && word_at(sc, end))
		return false;
	bool paren = p > 0 && sc->s[p - 1] == '(' && end < sc->len && sc->s[end] == ')';	/* "tonight (29th)" */
	if (!paren && (p < 4 || sc->s[p - 1] != ' ' || strncasecmp(sc->s + p - 4, "the", 3) != 0 ||
		       (p > 4 && word_at(sc, p - 5))))
		return false;
	size_t w = skip_space(sc, end);
	size_t wl = w < sc->len ? word_len(sc, w) : 0;
	if (wl) {
		static const char *const not_after[] = { "division", "brigade", "corps", "regiment",
							 "battalion", "century", "anniversary", "floor",
							 "time", "round", "day", "week", "month", "year",
							 "of", "and", "to", "or", "largest", "biggest",
							 "army", "armoured", "armored", "mechanised",
							 "mechanized", "special", "infantry", "tank" };
		if (isupper((unsigned char)sc->s[w]))
			return false;	/* "the 4th Division", "the 5th Corps" */
		for (size_t i = 0; i < sizeof not_after / sizeof not_after[0]; i++)
			if (wl == strlen(not_after[i]) && strncasecmp(sc->s + w, not_after[i], wl) == 0)
				return false;
	}
	return day_only(e, d, end);
}

/* "the first of December", "the twenty-first of November 2024": a day of a month by
 * its ordinal in words. */
static bool try_ordinal_of(const scan *sc, size_t p, fl_date_expr *e)
{
	static const char *const ord[] = { "first", "second", "third", "fourth", "fifth", "sixth",
		"seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
		"fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth" };
	if (word_len(sc, p) != 3 || strncasecmp(sc->s + p, "the", 3) != 0)
		return false;
	size_t q = skip_space(sc, p + 3);
	if (q >= sc->len)
		return false;
	/* ("the 6th of December" is read from its number, by try_day_month) */
	int d = 0, tens = 0;
	size_t n = word_len(sc, q);
	if (n == 6 && strncasecmp(sc->s + q, "twenty", 6) == 0)
		tens = 20;
	else if (n == 6 && strncasecmp(sc->s + q, "thirty", 6) == 0)
		tens = 30;
	else if (n == 9 && strncasecmp(sc->s + q, "thirtieth", 9) == 0)
		d = 30;
	if (tens) {	/* "twenty-first" */
		if (q + n >= sc->len || sc->s[q + n] != '-')
			return false;
		q += n + 1;
		n = word_len(sc, q);
	}
	for (int i = 0; i < (tens ? 9 : 20) && !d; i++)
		if (strlen(ord[i]) == n && strncasecmp(sc->s + q, ord[i], n) == 0)
			d = tens + i + 1;
	size_t end = q + n;
	if (d < 1 || d > 31 || (end < sc->len && word_at(sc, end)))
		return false;
	size_t o = skip_space(sc, end);
	if (o + 2 > sc->len || strncasecmp(sc->s + o, "of", 2) != 0 ||
	    (o + 2 < sc->len && word_at(sc, o + 2))) {
		/* "when Hama went, on the fifth", "by the seventh", "the seventh into the
		 * eighth": a day of the month the story is in, as "the 29th" (spoken) */
		size_t b = p;
		while (b > 0 && sc->s[b - 1] == ' ')
			b--;
		bool lead = (b >= 2 && (WORD_IS(sc, b - 2, "on") || WORD_IS(sc, b - 2, "by"))) ||
			    (b >= 4 && WORD_IS(sc, b - 4, "into")) || (b >= 5 && (WORD_IS(sc, b - 5, "until") ||
									      WORD_IS(sc, b - 5, "since")));
		bool tail = o >= sc->len || strchr(",.;:)", sc->s[o]) || WORD_IS(sc, o, "into") ||
			    WORD_IS(sc, o, "when") || WORD_IS(sc, o, "after") || WORD_IS(sc, o, "before");
		if (!lead || !tail)
			return false;
		return day_only(e, d, end);
	}
	size_t mp = skip_space(sc, o + 2), me;
	int m = mp < sc->len ? month_at(sc, mp, &me) : 0;
	if (!m)
		return false;
	int y = 0;
	size_t yp = me;
	yp += comma_at(sc, yp);
	yp = skip_space(sc, yp);
	size_t ye = yp < sc->len ? number_at(sc, yp, 4, &y) : 0;
	if (ye && ye - yp == 4 && y >= 1900 && y <= 2100 && !(ye < sc->len && word_at(sc, ye)))
		me = ye;
	else
		y = 0;
	return absolute(e, y, m, d, me);
}

/* The word at p (n bytes, n > 0) may start a date. */
static bool may_start(const scan *sc, size_t p, size_t n)
{
	unsigned char c = (unsigned char)sc->s[p];
	if (c >= '0' && c <= '9')
		return true;
	bool upper = c >= 'A' && c <= 'Z';
	if (!upper && !(c >= 'a' && c <= 'z'))
		return false;
	size_t f = (size_t)((c | 0x20) - 'a');
	if (n >= 16 || !((upper ? len_any[f] : len_lower[f]) >> n & 1))
		return false;
	size_t end = first_begin[f + 1];
	char lw[9];
	if (first_begin[f] == end || lower_n(sc, p, n, lw, sizeof lw) != n)
		return false;
	for (size_t i = first_begin[f]; i < end; i++) {
		const struct starter *st = &starters[i];
		if (st->n != n || memcmp(st->w, lw, n) != 0)
			continue;
		/* in lowercase only the relative and count words, exactly as written */
		if (!upper && !((st->flags & ST_LOWER) && memcmp(st->w, sc->s + p, n) == 0))
			return false;
		return may_follow(sc, p, n, st);
	}
	return false;
}

size_t fl_dates_find(const char *text, size_t len, fl_date_expr *out, size_t max)
{
	return fl_dates_find_in(text, len, FL_SLASH_UNKNOWN, out, max);
}

/* The first '/' or '-' in [p, end), or NULL. */
static const char *separator_from(const char *p, const char *end)
{
	for (; p < end; p++)
		if (*p == '/' || *p == '-')
			return p;
	return NULL;
}

/* The order the text's clock suggests when its slash dates cannot tell: times of the
 * 24-hour clock ("[07/12/2024, 17:42]") and none of the 12-hour one go with day-first
 * dates, as nearly everywhere but the United States; "9:41 PM" and no 24-hour time
 * with month-first ones; else FL_SLASH_UNKNOWN. */
static int clock_order(const char *text, size_t len)
{
	size_t h24 = 0, h12 = 0;
	for (const char *p = text, *end = text + len; (p = memchr(p, ':', (size_t)(end - p))); p++) {
		if (p - text < 1 || end - p < 3 || !isdigit((unsigned char)p[-1]) ||
		    !isdigit((unsigned char)p[1]) || !isdigit((unsigned char)p[2]) ||
		    (end - p > 3 && isdigit((unsigned char)p[3])))
			continue;
		int h = p[-1] - '0';
		if (p - text >= 2 && isdigit((unsigned char)p[-2]))
			h += (p[-2] - '0') * 10;
		const char *q = p + 3;
		while (q < end && *q == ' ')
			q++;
		bool ampm = end - q >= 2 && (q[0] == 'A' || q[0] == 'P' || q[0] == 'a' || q[0] == 'p') &&
			    (q[1] == 'M' || q[1] == 'm' || q[1] == '.');
		if (ampm)
			h12++;
		else if (h >= 13 && h <= 23)
			h24++;
	}
	return h24 && !h12 ? FL_SLASH_DMY : h12 && !h24 ? FL_SLASH_MDY : FL_SLASH_UNKNOWN;
}

int fl_dates_slash_order(const char *text, size_t len)
{
	size_t dmy = 0, mdy = 0;
	unsigned amb_day_first = 0, amb_month_first = 0;	/* months, bits 1-12 */
	bool amb_slash = false;	/* an ambiguous one written with slashes */
	int amb_year = 0;	/* the year of the first ambiguous one */
	for (const char *p = text, *end = text + len; (p = separator_from(p, end)); p++) {
		/* NN/NN/NNNN or NN-NN-NNNN with the first separator at p */
		if (p - text < 2 || end - p < 8 || !isdigit((unsigned char)p[-1]) ||
		    !isdigit((unsigned char)p[-2]) || (p - text > 2 && isalnum((unsigned char)p[-3])) ||
		    !isdigit((unsigned char)p[1]) || !isdigit((unsigned char)p[2]) || p[3] != p[0])
			continue;
		bool year = true;
		for (int k = 4; k < 8; k++)
			year &= isdigit((unsigned char)p[k]) != 0;
		if (!year || (end - p > 8 && isalnum((unsigned char)p[8])))
			continue;
		int a = (p[-2] - '0') * 10 + (p[-1] - '0'), b = (p[1] - '0') * 10 + (p[2] - '0');
		if (a < 1 || b < 1 || a > 31 || b > 31)
			continue;
		if (a > 12 && b <= 12)
			dmy++;
		else if (b > 12 && a <= 12)
			mdy++;
		else if (a <= 12 && b <= 12) {
			if (!amb_year)
				amb_year = atoi(p + 4);
			amb_day_first |= 1u << b;
			amb_month_first |= 1u << a;
			amb_slash |= p[0] == '/';
		}
	}
	if (dmy || mdy)
		return dmy && !mdy ? FL_SLASH_DMY : mdy && !dmy ? FL_SLASH_MDY : FL_SLASH_UNKNOWN;
	if (!amb_day_first)
		return FL_SLASH_UNKNOWN;
	int by_clock = clock_order(text, len);
	/* the months the text names in words */
	unsigned named = 0, named_then = 0;	/* (and months of other years) */
	for (size_t i = 0; i < len;) {
		if (!isalpha((unsigned char)text[i])) {
			i++;
			continue;
		}
		size_t j = i;
		while (j < len && isalpha((unsigned char)text[j]))
			j++;
		if (j - i >= 3 && isupper((unsigned char)text[i])) {
			int m = fl_dates_month(text + i, j - i);
			/* a month of another year ("in February 2016", history) tells
			 * less: it counts only when the clock cannot tell either */
			size_t k = j, d = 0;
			while (k < len && text[k] == ' ')
				k++;
			while (k + d < len && d < 3 && isdigit((unsigned char)text[k + d]))
				d++;
			if (d == 1 || d == 2) {	/* "February 12, 2016": past the day */
				k += d;
				while (k < len && (text[k] == ',' || text[k] == ' '))
					k++;
			}
			if (m && k + 4 <= len && (text[k] == '1' || text[k] == '2') && isdigit((unsigned char)text[k + 1]) &&
			    isdigit((unsigned char)text[k + 2]) && isdigit((unsigned char)text[k + 3]) &&
			    (k + 4 == len || !isdigit((unsigned char)text[k + 4])) && atoi(text + k) != amb_year) {
				named_then |= 1u << m;
				m = 0;
			}
			if (m)
				named |= 1u << m;
		}
		i = j;
	}
	bool df = (amb_day_first & named) == amb_day_first, mf = (amb_month_first & named) == amb_month_first;
	if (df != mf)
		return df ? FL_SLASH_DMY : FL_SLASH_MDY;
	if (by_clock != FL_SLASH_UNKNOWN)
		return by_clock;
	named |= named_then;
	df = (amb_day_first & named) == amb_day_first;
	mf = (amb_month_first & named) == amb_month_first;
	if (df != mf)
		return df ? FL_SLASH_DMY : FL_SLASH_MDY;
	/* "06-12-2024" with nothing else to tell: dashes before the year are day first
	 * wherever they are written (month-first dates take slashes) */
	return !amb_slash ? FL_SLASH_DMY : FL_SLASH_UNKNOWN;
}

static size_t find_in(const char *text, size_t len, int slash, fl_date_expr *out, size_t max);

/* A word broken at a line's end and joined again in the view ("Thurs-\nday" read as
 * "Thurs", padding, "day") is read whole: the dates are found in the text without its
 * padding, and their offsets put back. */
size_t fl_dates_find_in(const char *text, size_t len, int slash, fl_date_expr *out, size_t max)
{
	if (!memchr(text, FL_FILL, len))
		return find_in(text, len, slash, out, max);
	char *buf = malloc(len + 1);
	size_t *at = malloc((len + 1) * sizeof *at);
	if (!buf || !at) {
		free(buf);
		free(at);
		return find_in(text, len, slash, out, max);
	}
	size_t k = 0;
	for (size_t i = 0; i < len; i++)
		if (text[i] != FL_FILL) {
			at[k] = i;
			buf[k++] = text[i];
		}
	at[k] = len;
	buf[k] = 0;
	size_t n = find_in(buf, k, slash, out, max);
	for (size_t i = 0; i < n && i < max; i++) {
		size_t e = out[i].end;
		out[i].start = at[out[i].start];
		out[i].end = e > 0 ? at[e - 1] + 1 : at[0];
	}
	free(buf);
	free(at);
	return n;
}

static size_t find_in(const char *text, size_t len, int slash, fl_date_expr *out, size_t max)
{
	pthread_once(&len_once, len_init);
	scan sc = { text, len, slash };
	size_t found = 0;
	size_t p = 0;
	while (p < len) {
		if (!is_word((unsigned char)text[p])) {
			p++;
			continue;
		}
		/* a word starts here unless a word byte comes before (a no-break space
		 * ends a word: "Dec.\u00a05") */
		bool after_word = p > 0 && is_word((unsigned char)text[p - 1]) &&
				  !(p >= 2 && (unsigned char)text[p - 2] == 0xc2 &&
				    (unsigned char)text[p - 1] == 0xa0) &&
				  !(p >= 3 && dash_at(text, len, p - 3));
		if ((unsigned char)text[p] == 0xe2 && dash_at(text, len, p)) {
			p += 3;
			continue;
		}
		if (after_word) {
			p++;
			continue;
		}
		size_t wl = word_len(&sc, p);
		if (!may_start(&sc, p, wl)) {
			p += wl + 1;
			continue;
		}
		fl_date_expr e;
		memset(&e, 0, sizeof e);
		e.start = p;
		e.date = e.date_end = FL_DATE_NONE;
		bool ok = try_iso(&sc, p, &e) || try_numeric(&sc, p, &e) || try_ordinal_of(&sc, p, &e) ||
			  try_weekday(&sc, p, &e) ||
			  try_day_month(&sc, p, &e) || try_month_day(&sc, p, &e) ||
			  try_relative(&sc, p, &e) || try_ordinal_day(&sc, p, &e);
		if (!ok) {
			p++;
			continue;
		}
		if (e.kind == FL_DATE_ABSOLUTE && !e.year && e.month && e.day) {
			/* "on 27 November last year" */
			size_t q = skip_space(&sc, e.end);
			if (q > e.end && WORD_IS(&sc, q, "last") && WORD_IS(&sc, skip_space(&sc, q + 4), "year")) {
				e.last_year = true;
				e.end = skip_space(&sc, q + 4) + 4;
			}
		}
		if (e.kind == FL_DATE_ABSOLUTE) {
			size_t t = time_at(&sc, e.end);
			if (t) {
				e.has_time = true;
			}
			/* "named caretaker prime minister until March 1": a day to come */
			size_t w = p >= 6 && WORD_IS(&sc, p - 6, "until") ? p - 6
				   : p >= 5 && WORD_IS(&sc, p - 5, "till") ? p - 5
									  : SIZE_MAX;
			if (!e.year && e.month && w != SIZE_MAX && (w == 0 || !is_word((unsigned char)text[w - 1])))
				e.future = true;
		}
		if (found < max)
			out[found] = e;
		found++;
		p = e.end > p ? e.end : p + 1;
	}
	return found;
}

static int days_in_month(int y, int m)
{
	static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

bool fl_dates_resolve(fl_date_expr *e, fl_date ref, int default_year)
{
	e->date = e->date_end = FL_DATE_NONE;
	switch (e->kind) {
	case FL_DATE_ABSOLUTE: {
		if (e->month == 0) {	/* "the 29th": this month's, or last month's */
			if (ref == FL_DATE_NONE || e->day < 1)
				return false;
			int ry, rm, rd;
			fl_date_to_ymd(ref, &ry, &rm, &rd);
			if (e->day > rd && --rm == 0) {
				rm = 12;
				ry--;
			}
			if (!fl_date_valid(ry, rm, e->day))
				return false;
			e->date = e->date_end = fl_date_from_ymd(ry, rm, e->day);
			strcpy(e->precision, "day");
			return true;
		}
		int y = e->year;
		if (!y && e->last_year && ref != FL_DATE_NONE) {
			int ry, rm, rd;
			fl_date_to_ymd(ref, &ry, &rm, &rd);
			y = ry - 1;
		}
		if (!y) {
			if (default_year > 0) {
				y = default_year;
			} else if (ref != FL_DATE_NONE) {
				int ry, rm, rd;
				fl_date_to_ymd(ref, &ry, &rm, &rd);
				y = ry;
				/* "Dec. 30" read on 7 December is last year's; "until March 1"
				 * read then, next year's ("held it until November 30", days
				 * before, stays a day gone by) */
				fl_date here = e->day && fl_date_valid(y, e->month, e->day)
						       ? fl_date_from_ymd(y, e->month, e->day)
						       : FL_DATE_NONE;
				if (e->future && here != FL_DATE_NONE && here + 60 < ref)
					y++;
				else if (e->future && here != FL_DATE_NONE && here <= ref)
					e->future = false;
				else if (!e->future && here != FL_DATE_NONE && here > ref + 7)
					y--;
				else if (!e->day && e->month > rm + 1)
					y--;
			} else {
				return false;
			}
		}
		if (e->day == 0) {
			e->date = fl_date_from_ymd(y, e->month, 1);
			e->date_end = fl_date_from_ymd(y, e->month, days_in_month(y, e->month));
			strcpy(e->precision, "month");
			return true;
		}
		/* "Friday 29 November" without its year, read a year on: a day after the
		 * reference is the year before's when that year's calendar, not the
		 * guess's, has the weekday on that day */
		if (!e->year && !e->last_year && e->named_weekday && ref != FL_DATE_NONE &&
		    fl_date_valid(y, e->month, e->day) && fl_date_from_ymd(y, e->month, e->day) > ref &&
		    fl_date_valid(y - 1, e->month, e->day) &&
		    fl_date_weekday(fl_date_from_ymd(y, e->month, e->day)) != e->named_weekday - 1 &&
		    fl_date_weekday(fl_date_from_ymd(y - 1, e->month, e->day)) == e->named_weekday - 1)
			y--;
		if (!fl_date_valid(y, e->month, e->day))
			return false;
		e->date = e->date_end = fl_date_from_ymd(y, e->month, e->day);
		strcpy(e->precision, "day");
		if (e->day_from > 0 && e->day_from < e->day) {
			e->date = fl_date_from_ymd(y, e->month, e->day_from);
			strcpy(e->precision, "range");
		}
		return true;
	}
	case FL_DATE_RELATIVE:
		if (ref == FL_DATE_NONE)
			return false;
		if (e->calendar) {
			int wd = fl_date_weekday(ref), y, m, d;	/* 0 Monday ... 6 Sunday */
			fl_date_to_ymd(ref, &y, &m, &d);
			switch (e->calendar) {
			case FL_CAL_WEEKEND:	/* the last Saturday and Sunday up to ref */
				e->date = wd >= 5 ? ref - (wd - 5) : ref - wd - 2;
				e->date_end = wd == 5 ? ref : e->date + 1;
				break;
			case FL_CAL_LAST_WEEKEND:	/* on a weekend day, the one before */
				e->date = wd >= 5 ? ref - (wd - 5) - 7 : ref - wd - 2;
				e->date_end = e->date + 1;
				break;
			case FL_CAL_THIS_WEEK:	/* (on a Monday: the days just gone) */
				e->date = wd == 0 ? ref - 6 : ref - wd;
				e->date_end = ref;
				break;
			case FL_CAL_THIS_MONTH:
				e->date = fl_date_from_ymd(y, m, 1);
				e->date_end = ref;
				break;
			case FL_CAL_YEARS_AGO:	/* (29 February: the 28th) */
				y -= e->offset;
				e->date = e->date_end = fl_date_from_ymd(y, m, fl_date_valid(y, m, d) ? d : d - 1);
				break;
			default:	/* FL_CAL_LAST_MONTH */
				if (--m == 0) {
					m = 12;
					y--;
				}
				e->date = fl_date_from_ymd(y, m, 1);
				e->date_end = fl_date_from_ymd(y, m, days_in_month(y, m));
				strcpy(e->precision, "month");
				return true;
			}
			strcpy(e->precision, e->date_end > e->date ? "range" : "day");
			return true;
		}
		e->date = ref - e->offset;
		e->date_end = e->date + (e->span > 0 ? e->span - 1 : 0);
		strcpy(e->precision, e->span > 1 ? "range" : "day");
		return true;
	case FL_DATE_LATER:	/* ref is the day the story had reached */
		if (ref == FL_DATE_NONE)
			return false;
		e->date = e->date_end = e->by_weekday ? ref + (e->weekday - fl_date_weekday(ref) + 7) % 7
						      : ref + e->offset;
		strcpy(e->precision, "day");
		if (e->span > 1) {	/* "within three days" */
			e->date_end = e->date + e->span - 1;
			strcpy(e->precision, "range");
		}
		return true;
	case FL_DATE_WEEKDAY: {
		if (ref == FL_DATE_NONE)
			return false;
		int rw = fl_date_weekday(ref);
		int diff;
		if (e->future || e->today)
			diff = (e->weekday - rw + 7) % 7;	/* on or after ref */
		else
			diff = -((rw - e->weekday + 7) % 7);	/* on or before ref */
		if (diff == 0 && !e->future && e->offset)
			diff = -7;
		e->date = e->date_end = ref + diff;
		strcpy(e->precision, "day");
		return true;
	}
	}
	return false;
}
