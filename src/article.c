/* SPDX-License-Identifier: MIT
 *
 * article.c - read one article as analysts save it: plain text, Markdown, HTML, or the
 * text of a saved web page full of menus and sidebars.
 *
 * The original bytes are kept; all analysis runs on a "view" of the same length in
 * which HTML tags, comments, scripts and navigation are blanked out (block tags become
 * line breaks), so every offset found in the view is an offset into the original.
 * Lines are then classified (body paragraph, heading, menu item, caption, sidebar
 * marker such as "Most Read"); sentences come only from body paragraphs, and the
 * publication date only from the user, HTML metadata, a dateline, the page header or
 * a publication note in the body - never from a sidebar.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <nettle/sha2.h>
#include <time.h>
#include <utf8proc.h>
#include "article.h"
#include "dates.h"

/* ---- validation -------------------------------------------------------------- */

static fl_status validate(const char *source, const char *buf, size_t len, fl_error *err)
{
	if (len == 0)
		return fl_error_set_offset(err, FL_EPARSE, source, 0, "'%s' is empty", source);
	size_t ctl = 0, first_ctl = 0;
	size_t i = 0;
	bool any_text = false;
	while (i < len) {
		/* printable ASCII, the common case, eight bytes at a time: a byte below 0x20
		 * borrows into its top bit, one from 0x80 up has it already */
		while (i + 8 <= len) {
			uint64_t x;
			memcpy(&x, buf + i, 8);
			if ((x | (x - 0x2020202020202020ULL)) & 0x8080808080808080ULL)
				break;
			any_text |= x != 0x2020202020202020ULL;
			i += 8;
		}
		if (i >= len)
			break;
		unsigned char c = (unsigned char)buf[i];
		if (c > 0x20 && c < 0x80) {
			any_text = true;
			i++;
			continue;
		}
		if (c == ' ') {
			i++;
			continue;
		}
		if (c == 0)
			return fl_error_set_offset(err, FL_EPARSE, source, (long long)i,
						   "'%s' looks binary: NUL byte at byte offset %zu",
						   source, i);
		if (c < 0x80) {
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
			    c != '\v') {
				if (!ctl)
					first_ctl = i;
				ctl++;
			}
			if (!isspace(c))
				any_text = true;
			i++;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)buf + i,
						      (utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0)
			return fl_error_set_offset(err, FL_EPARSE, source, (long long)i,
						   "'%s' is not valid UTF-8 at byte offset %zu (byte 0x%02x)",
						   source, i, c);
		if (cp != 0xFEFF && cp != 0xA0)
			any_text = true;
		i += (size_t)n;
	}
	if (!any_text)
		return fl_error_set_offset(err, FL_EPARSE, source, 0,
					   "'%s' has no text (only white space)", source);
	if (ctl > 8 && ctl * 100 > len)
		return fl_error_set_offset(err, FL_EPARSE, source, (long long)first_ctl,
					   "'%s' looks binary: control byte 0x%02x at byte offset %zu",
					   source, (unsigned char)buf[first_ctl], first_ctl);
	return FL_OK;
}

static void sha256_hex(const char *buf, size_t len, char out[65])
{
	struct sha256_ctx ctx;
	uint8_t digest[SHA256_DIGEST_SIZE];
	sha256_init(&ctx);
	sha256_update(&ctx, len, (const uint8_t *)buf);
	sha256_digest(&ctx, sizeof digest, digest);
	for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
		snprintf(out + 2 * i, 3, "%02x", digest[i]);
}

/* ---- HTML: blank out markup in the view --------------------------------------- */

static bool looks_html(const char *s, size_t len)
{
	size_t n = len < 4096 ? len : 4096;
	size_t i = 0;
	if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < n && isspace((unsigned char)s[i]))
		i++;
	if (i < n && s[i] == '<') {
		const char *t = s + i + 1;
		if (strncasecmp(t, "!doctype html", 13) == 0 || strncasecmp(t, "html", 4) == 0 ||
		    strncasecmp(t, "head", 4) == 0 || strncasecmp(t, "body", 4) == 0 ||
		    strncasecmp(t, "meta", 4) == 0 || strncasecmp(t, "!--", 3) == 0 ||
		    strncasecmp(t, "article", 7) == 0 || strncasecmp(t, "div", 3) == 0 ||
		    strncasecmp(t, "p>", 2) == 0 || strncasecmp(t, "h1", 2) == 0)
			return true;
	}
	/* a fragment: several paragraph tags early on */
	int tags = 0;
	for (size_t j = 0; j + 3 < n; j++)
		if (s[j] == '<' && (strncasecmp(s + j + 1, "p>", 2) == 0 ||
				    strncasecmp(s + j + 1, "/p>", 3) == 0 ||
				    strncasecmp(s + j + 1, "br", 2) == 0))
			tags++;
	return tags >= 3;
}

static bool tag_is(const char *name, size_t n, const char *const *set)
{
	for (; *set; set++)
		if (strlen(*set) == n && strncasecmp(name, *set, n) == 0)
			return true;
	return false;
}

static const char *const skip_tags[] = { "script", "style", "noscript", "nav", "footer",
					 "aside", "form", "svg", "button", "select", "iframe",
					 "template", "figcaption", "object", NULL };
static const char *const block_tags[] = { "p", "div", "br", "li", "ul", "ol", "h1", "h2",
					  "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
					  "section", "article", "main", "header", "blockquote",
					  "title", "figure", "dd", "dt", "dl", "hr", "pre",
					  "time", "span-block", NULL };

/* Find the end of the element `name` starting after position p (the matching close
 * tag's '>'), or len. */
static size_t skip_element(const char *s, size_t len, size_t p, const char *name, size_t nl)
{
	int depth = 1;
	size_t i = p;
	while (i < len) {
		const char *lt = memchr(s + i, '<', len - i);
		if (!lt)
			return len;
		i = (size_t)(lt - s);
		bool close = i + 1 < len && s[i + 1] == '/';
		size_t t = i + 1 + close;
		if (t + nl <= len && strncasecmp(s + t, name, nl) == 0 &&
		    (t + nl == len || !isalnum((unsigned char)s[t + nl]))) {
			depth += close ? -1 : 1;
			if (depth == 0) {
				const char *gt = memchr(s + i, '>', len - i);
				return gt ? (size_t)(gt - s) + 1 : len;
			}
		}
		i++;
	}
	return len;
}

static void mask(char *v, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (v[i] != '\n')
			v[i] = ' ';
}

/* Character references as news pages write them: typographic quotes and dashes,
 * spaces, and the Latin letters of transliterated names. */
static const struct named_ref {
	const char *name;
	int32_t cp;
} named_refs[] = {
	{ "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
	{ "nbsp", 0xA0 }, { "ensp", 0x2002 }, { "emsp", 0x2003 }, { "thinsp", 0x2009 },
	{ "shy", 0xAD }, { "zwj", 0x200D }, { "zwnj", 0x200C }, { "lrm", 0x200E },
	{ "rlm", 0x200F }, { "rsquo", 0x2019 }, { "lsquo", 0x2018 }, { "sbquo", 0x201A },
	{ "rdquo", 0x201D }, { "ldquo", 0x201C }, { "bdquo", 0x201E }, { "ndash", 0x2013 },
	{ "mdash", 0x2014 }, { "hellip", 0x2026 }, { "middot", 0xB7 }, { "bull", 0x2022 },
	{ "laquo", 0xAB }, { "raquo", 0xBB }, { "lsaquo", 0x2039 }, { "rsaquo", 0x203A },
	{ "prime", 0x2032 }, { "Prime", 0x2033 }, { "deg", 0xB0 }, { "copy", 0xA9 },
	{ "reg", 0xAE }, { "trade", 0x2122 }, { "times", 0xD7 }, { "euro", 0x20AC },
	{ "pound", 0xA3 }, { "sect", 0xA7 }, { "para", 0xB6 }, { "dagger", 0x2020 },
	{ "aacute", 0xE1 }, { "agrave", 0xE0 }, { "acirc", 0xE2 }, { "auml", 0xE4 },
	{ "aring", 0xE5 }, { "atilde", 0xE3 }, { "eacute", 0xE9 }, { "egrave", 0xE8 },
	{ "ecirc", 0xEA }, { "euml", 0xEB }, { "iacute", 0xED }, { "igrave", 0xEC },
	{ "icirc", 0xEE }, { "iuml", 0xEF }, { "oacute", 0xF3 }, { "ograve", 0xF2 },
	{ "ocirc", 0xF4 }, { "ouml", 0xF6 }, { "otilde", 0xF5 }, { "uacute", 0xFA },
	{ "ugrave", 0xF9 }, { "ucirc", 0xFB }, { "uuml", 0xFC }, { "ccedil", 0xE7 },
	{ "ntilde", 0xF1 }, { "szlig", 0xDF }, { "Eacute", 0xC9 }, { "Uuml", 0xDC },
	{ "Ouml", 0xD6 }, { "Ccedil", 0xC7 }, { "Scedil", 0x15E }, { "scedil", 0x15F },
};

/* The character reference at s[i] (an '&'): its code point, and its length in *n;
 * -1 when there is none ("AT & T", "&unknown;"). Only the terminated forms. */
static int32_t char_ref(const char *s, size_t len, size_t i, size_t *n)
{
	size_t k = i + 1;
	int32_t cp = -1;
	if (k < len && s[k] == '#') {
		bool hex = k + 1 < len && (s[k + 1] == 'x' || s[k + 1] == 'X');
		k += hex ? 2 : 1;
		size_t d0 = k;
		long v = 0;
		while (k < len && k - d0 < 8 && (hex ? isxdigit((unsigned char)s[k])
						     : isdigit((unsigned char)s[k]))) {
			int dv = isdigit((unsigned char)s[k]) ? s[k] - '0'
							     : tolower((unsigned char)s[k]) - 'a' + 10;
			v = v * (hex ? 16 : 10) + dv;
			k++;
		}
		if (k == d0 || k >= len || s[k] != ';' || !utf8proc_codepoint_valid((int32_t)v))
			return -1;
		cp = (int32_t)v;
	} else {
		while (k < len && k - i <= 8 && isalpha((unsigned char)s[k]))
			k++;
		if (k >= len || s[k] != ';')
			return -1;
		for (size_t r = 0; r < sizeof named_refs / sizeof named_refs[0] && cp < 0; r++)
			if (strlen(named_refs[r].name) == k - i - 1 &&
			    memcmp(named_refs[r].name, s + i + 1, k - i - 1) == 0)
				cp = named_refs[r].cp;
		if (cp < 0)
			return -1;
	}
	*n = k + 1 - i;
	return cp;
}

/* Write the reference of n bytes at v[i] decoded: white space as spaces, invisible
 * marks as padding, any other character's UTF-8 at the end, padding before it (so an
 * apostrophe still stands just before the letter it belongs with). */
static void put_ref(char *v, size_t i, size_t n, int32_t cp)
{
	bool blank = cp < 0x20 || cp == 0x7F || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) ||
		     cp == 0x202F || cp == 0x205F || cp == 0x3000 || (cp >= 0x80 && cp < 0xA0);
	bool invisible = cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 ||
			 cp == 0xFEFF;
	utf8proc_uint8_t u[4];
	utf8proc_ssize_t bl = blank || invisible ? 0 : utf8proc_encode_char(cp, u);
	if (blank || bl <= 0 || (size_t)bl > n) {
		memset(v + i, invisible ? FL_FILL : ' ', n);
		return;
	}
	memset(v + i, FL_FILL, n - (size_t)bl);
	memcpy(v + i + n - (size_t)bl, u, (size_t)bl);
}

static void html_view(const char *s, size_t len, char *v)
{
	size_t i = 0;
	size_t row = 0;		/* where the open table row's cells begin, 0 outside one */
	bool row_blocks = false;	/* a block (a paragraph, a break) inside that row */
	while (i < len) {
		if (s[i] == '&') {
			size_t n;
			int32_t cp = char_ref(s, len, i, &n);
			if (cp >= 0) {
				put_ref(v, i, n, cp);
				i += n;
				continue;
			}
		}
		if (s[i] != '<') {
			i++;
			continue;
		}
		if (i + 4 <= len && strncmp(s + i, "<!--", 4) == 0) {
			const char *e = strstr(s + i + 4, "-->");
			size_t end = e ? (size_t)(e - s) + 3 : len;
			mask(v, i, end);
			i = end;
			continue;
		}
		size_t t = i + 1;
		if (t < len && s[t] == '/')
			t++;
		size_t ne = t;
		while (ne < len && (isalnum((unsigned char)s[ne])))
			ne++;
		if (ne == t && !(t < len && s[t] == '!')) {
			i++;	/* a lone '<' in text */
			continue;
		}
		const char *gt = memchr(s + i, '>', len - i);
		size_t end = gt ? (size_t)(gt - s) + 1 : len;
		bool closing = s[i + 1] == '/';
		if (!closing && tag_is(s + t, ne - t, skip_tags)) {
			end = skip_element(s, len, end, s + t, ne - t);
			mask(v, i, end);
			i = end;
			continue;
		}
		mask(v, i, end);
		static const char *const cell_tags[] = { "td", "th", NULL };
		static const char *const row_tags[] = { "tr", NULL };
		if (tag_is(s + t, ne - t, cell_tags)) {
			/* a table's cells stay on their row's line, set apart by bars, as a
			 * Markdown table's: "| 6 Dec | Rastan | MOC" */
			if (!closing)
				v[i] = '|';
		} else if (tag_is(s + t, ne - t, row_tags)) {
			if (!closing) {
				row = end;
				row_blocks = false;
			} else if (row && !row_blocks) {
				/* (a row of paragraphs, a page laid out in a table, keeps its
				 * lines) */
				for (size_t k = row; k < i; k++)
					if (v[k] == '\n')
						v[k] = ' ';
				row = 0;
			}
			v[i] = '\n';
			if (end - i >= 3)
				v[i + 1] = '\n';
		} else if (tag_is(s + t, ne - t, block_tags)) {
			row_blocks = true;
			v[i] = '\n';
			if (end - i >= 3)
				v[i + 1] = '\n';
		}
		i = end;
	}
}

/* ---- words broken across lines ------------------------------------------------- */

/* Text out of a PDF breaks words at line ends: "Khan Shay-\n    khun", "Decem-\nber",
 * "Maarat al-\nNumaan". In the view, the break (the hyphen too before a lowercase
 * letter, as it was only the line's) becomes padding the tokenisers read through, so
 * the word is whole again at the same offsets. Returns whether any was joined. */
static bool join_hyphenated(char *v, size_t len)
{
	bool any = false;
	for (char *p = v; (p = memmem(p, len - (size_t)(p - v), "-\n", 2)) != NULL; p += 2) {
		size_t i = (size_t)(p - v);
		if (i == 0 || !isalpha((unsigned char)v[i - 1]) || (i >= 2 && v[i - 2] == ' ' && v[i - 1] == '-'))
			continue;
		/* the broken line is prose: forty bytes or more since the line began (twelve
		 * in a narrow column, where the next line runs on in lower case) */
		size_t ls = i;
		while (ls > 0 && v[ls - 1] != '\n')
			ls--;
		if (i - ls < 12 || (i - ls < 40 && !(i + 2 < len && islower((unsigned char)v[i + 2]))))
			continue;
		size_t k = i + 2;
		while (k < len && (v[k] == ' ' || v[k] == '\t'))
			k++;
		if (k >= len || !isalpha((unsigned char)v[k]))
			continue;
		size_t from = islower((unsigned char)v[k]) ? i : i + 1;
		memset(v + from, FL_FILL, k - from);
		any = true;
	}
	return any;
}

/* ---- quoted mail ----------------------------------------------------------------- */

/* What the '>' of a text says, in one pass (they are rare in prose): *quoted, three
 * or more lines quoted in a mail or a Markdown block quote ("> - Aleppo city: HTS-led
 * forces took control of most of the city\n>   yesterday (30 Nov), ..."); *arrows,
 * a "-->" (a subtitle file's timings). */
static void scan_gt(const char *s, size_t len, bool *quoted, bool *arrows)
{
	size_t lines = 0;
	*arrows = false;
	for (const char *p = memchr(s, '>', len); p; p = memchr(p + 1, '>', len - (size_t)(p + 1 - s))) {
		if (p == s || p[-1] == '\n')
			lines++;
		if (p >= s + 2 && p[-1] == '-' && p[-2] == '-')
			*arrows = true;
		if (p + 1 >= s + len)
			break;
	}
	*quoted = lines >= 3;
}

/* In the view, the quote marks at the lines' starts (and one space after each) are
 * blanked, so the quoted text reads, and runs on, as the writer's own. */
static void unquote_view(char *v, size_t len)
{
	for (size_t i = 0; i < len;) {
		size_t q = i;
		while (q < len && (v[q] == ' ' || v[q] == '\t'))
			q++;
		while (q < len && v[q] == '>') {
			v[q++] = ' ';
			while (q < len && v[q] == ' ')
				q++;
		}
		const char *nl = memchr(v + q, '\n', len - q);
		i = nl ? (size_t)(nl - v) + 1 : len;
	}
}

/* ---- mail in quoted-printable ----------------------------------------------------- */

static int hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* The end of a mail's headers: the offset of the first blank line (white space and a
 * carriage return allowed), len if none. */
static size_t headers_end(const char *s, size_t len)
{
	for (const char *p = memchr(s, '\n', len); p; p = memchr(p + 1, '\n', len - (size_t)(p + 1 - s))) {
		const char *q = p + 1;
		while (q < s + len && (*q == ' ' || *q == '\t' || *q == '\r'))
			q++;
		if (q >= s + len || *q == '\n')
			return (size_t)(p - s);
		if (p + 1 >= s + len)
			break;
	}
	return len;
}

/* A mail saved whole (.eml) whose body is quoted-printable: a header line
 * "Content-Transfer-Encoding: quoted-printable" before the first blank line. */
static bool quoted_printable(const char *s, size_t len)
{
	size_t hl = headers_end(s, len);
	const char *h = hl > 26 ? memmem(s, hl, "ransfer-Encoding: quoted-printable", 34) : NULL;
	return h && h >= s + 9 && strncasecmp(h - 9, "content-t", 9) == 0;
}

/* In the view, the body of such a mail decoded in place: a soft line break ("=" at a
 * line's end) becomes padding, so the word or the line runs on ("too=\nk Hama"); a run
 * of escapes ("It=E2=80=99s") becomes its bytes, then padding. */
static void qp_view(char *v, size_t len)
{
	for (size_t i = headers_end(v, len); i < len; i++) {
		if (v[i] != '=')
			continue;
		unsigned char out[64];
		size_t no = 0, j = i;
		while (j < len && v[j] == '=' && no < sizeof out) {
			size_t k = j + 1;
			while (k < len && (v[k] == ' ' || v[k] == '\t'))
				k++;
			if (k < len && v[k] == '\n') {	/* a soft line break */
				j = k + 1;
				continue;
			}
			int hi = j + 2 < len ? hexval(v[j + 1]) : -1, lo = hi >= 0 ? hexval(v[j + 2]) : -1;
			if (hi < 0 || lo < 0)
				break;
			out[no++] = (unsigned char)(hi << 4 | lo);
			j += 3;
		}
		if (j == i)
			continue;
		/* (bytes that are not whole UTF-8 characters stay as written) */
		bool valid = utf8proc_decompose((const utf8proc_uint8_t *)out, (utf8proc_ssize_t)no, NULL, 0, 0) >= 0;
		if (!valid)
			no = 0;
		for (size_t k = 0; k < no; k++)
			v[i + k] = (char)(out[k] == '\n' || out[k] >= 0x20 || out[k] == '\t' ? out[k] : ' ');
		for (size_t k = i + no; k < j; k++)
			v[k] = FL_FILL;
		i = j - 1;
	}
}

/* ---- subtitles ----------------------------------------------------------------- */

/* Is v[a, b) a subtitle cue's timing line: "00:00:12,400 --> 00:00:15,900" (SubRip),
 * "00:12.400 --> 00:15.900 align:start" (WebVTT)? */
static bool cue_timing(const char *v, size_t a, size_t b)
{
	while (a < b && (v[a] == ' ' || v[a] == '\t'))
		a++;
	if (a >= b || !isdigit((unsigned char)v[a]))
		return false;
	const char *arrow = memmem(v + a, b - a, "-->", 3);
	if (!arrow)
		return false;
	size_t x = (size_t)(arrow - v), colons = 0;
	size_t e = x;
	while (e > a && v[e - 1] == ' ')
		e--;
	for (size_t i = a; i < e; i++) {
		if (!isdigit((unsigned char)v[i]) && v[i] != ':' && v[i] != ',' && v[i] != '.')
			return false;
		colons += v[i] == ':';
	}
	size_t r = x + 3;
	while (r < b && v[r] == ' ')
		r++;
	return colons >= 1 && r < b && isdigit((unsigned char)v[r]);
}

/* A subtitle file (SubRip .srt, WebVTT) saved as text: numbered cues, each with its
 * timing line, its text cut into lines of a few words. In the view the numbers, the
 * timings and the breaks between cues are blanked, so the speech runs on as prose; a
 * new speaker ("[REPORTER]", ">>", "- ") or a cue all in brackets ("[SATURDAY 30
 * NOVEMBER 2024]") keeps its line. Returns whether the text is one. */
static bool subtitles_view(char *v, size_t len)
{
	size_t timings = 0;
	for (size_t p = 0; p < len && timings < 3;) {
		const char *nl = memchr(v + p, '\n', len - p);
		size_t e = nl ? (size_t)(nl - v) : len;
		timings += cue_timing(v, p, e);
		p = e + 1;
	}
	if (timings < 3)
		return false;
	enum { T_BLANK, T_META, T_TEXT };
	size_t p = 0;
	int prev = T_BLANK;
	size_t prev_nl = SIZE_MAX;	/* the newline ending the last text line */
	bool prev_whole = false;	/* that line is all in brackets */
	while (p < len) {
		const char *nl = memchr(v + p, '\n', len - p);
		size_t e = nl ? (size_t)(nl - v) : len;
		size_t a = p, b = e;
		while (a < b && (v[a] == ' ' || v[a] == '\t' || v[a] == '\r'))
			a++;
		while (b > a && (v[b - 1] == ' ' || v[b - 1] == '\t' || v[b - 1] == '\r'))
			b--;
		int kind = T_TEXT;
		if (a == b) {
			kind = T_BLANK;
		} else if (cue_timing(v, a, b) || (b - a >= 6 && memcmp(v + a, "WEBVTT", 6) == 0)) {
			kind = T_META;
		} else {
			/* a cue's number: digits alone, a timing line next */
			size_t d = a;
			while (d < b && isdigit((unsigned char)v[d]))
				d++;
			if (d == b && nl) {
				const char *n2 = memchr(v + e + 1, '\n', len - e - 1);
				size_t e2 = n2 ? (size_t)(n2 - v) : len;
				if (cue_timing(v, e + 1, e2))
					kind = T_META;
			}
		}
		if (kind == T_META)
			mask(v, a, b);
		if (kind == T_TEXT) {
			/* the break before this line: kept for a new speaker or after a
			 * bracketed cue, else the speech runs on */
			bool speaker = v[a] == '[' || v[a] == '(' || (b - a >= 2 && v[a] == '>' && v[a + 1] == '>') ||
				       (b - a >= 2 && v[a] == '-' && v[a + 1] == ' ');
			if (prev_nl != SIZE_MAX && (speaker || prev_whole))
				v[prev_nl] = '\n';
			prev_whole = (v[a] == '[' && v[b - 1] == ']') || (v[a] == '(' && v[b - 1] == ')');
			prev_nl = nl ? e : SIZE_MAX;
		}
		if (nl)
			v[e] = ' ';	/* put back above when the break is kept */
		prev = kind;
		p = e + 1;
	}
	(void)prev;
	return true;
}

/* ---- lines ---------------------------------------------------------------------- */

enum line_class { L_BLANK, L_BODY, L_HEADING, L_BOILER, L_MARKER };

typedef struct line {
	size_t start, end;	/* trimmed span in the view */
	int words;
	bool terminal, bullet, caption, marker, md_heading, block_start;
	bool wrapped;		/* runs on into the next line */
	bool stamped;		/* a feed item: a date or time, a dash, then the news */
	bool running;		/* a running head or foot of the pages */
	bool menu;		/* items set apart by " | ", three or more: a menu or tags */
	enum line_class cls;
	size_t table;		/* a row of a Markdown table: 1 + its header line's index */
	bool front;		/* in a Markdown file's front matter */
	bool head;		/* a short heading inside the story ("HAMA", "## Deir ez-Zor"):
				 * read as a sentence of its own, flagged in fl_article.heading */
} line;

static const char *const sidebar_markers[] = {
	"most read", "most popular", "most viewed", "related news", "related", "related articles",
	"related stories", "related content", "read next", "read more", "read also", "see also",
	"more stories", "more from", "more news", "trending", "trending now", "recommended",
	"recommended for you", "you may also like", "you might also like", "coverage",
	"breaking", "breaking news", "latest news", "latest", "tags", "topics", "share",
	"share this", "share this article", "advertisement", "leave a reply", "leave a replay",
	"comments", "newsletter", "subscribe", "follow us", "popular", "top stories",
	"editor's picks", "editors' picks", "more on this story", "in pictures", "watch",
	"also read", "don't miss", "most shared", "opinion", "live updates", "related posts",
	"recent posts", "popular posts", "latest posts", "more posts", "related reading",
	/* the end matter of a paper or a wiki page: citations, not the story */
	"references", "footnotes", "endnotes", "bibliography", "external links", "further reading",
	"works cited", NULL
};

static bool is_marker(const char *s, size_t n)
{
	if (n > 6 && memcmp(s + n - 6, "[edit]", 6) == 0)
		n -= 6;	/* a wiki's section heading: "References[edit]" */
	while (n && (s[n - 1] == ':' || s[n - 1] == ' '))
		n--;
	if (n == 0 || n > 40)
		return false;
	for (const char *const *m = sidebar_markers; *m; m++)
		if (strlen(*m) == n && strncasecmp(s, *m, n) == 0)
			return true;
	return false;
}

/* A clock at v[a] before b, "9:15" or "23:48": where it ends, 0 if none. */
static size_t clock_at(const char *v, size_t a, size_t b)
{
	size_t k = a;
	while (k < b && k < a + 2 && isdigit((unsigned char)v[k]))
		k++;
	if (k == a || k + 3 > b || v[k] != ':' || !isdigit((unsigned char)v[k + 1]) ||
	    !isdigit((unsigned char)v[k + 2]))
		return 0;
	return k + 3;
}

/* Is [a, b) a clock time on a line of its own, with its zone at most: "23:48 KSA",
 * "17:40 GMT", "12:45 p.m. ET", "09:15"? */
static bool clock_line(const char *v, size_t a, size_t b)
{
	size_t k = clock_at(v, a, b);
	if (!k)
		return false;
	int words = 0;
	while (k < b) {
		while (k < b && v[k] == ' ')
			k++;
		size_t w = k;
		while (k < b && (isalpha((unsigned char)v[k]) || v[k] == '.' || v[k] == '+' ||
				 isdigit((unsigned char)v[k])))
			k++;
		if (k == w || k - w > 6 || ++words > 2)
			return k >= b && k == w;
	}
	return true;
}

/* Bytes of a bullet at s ("• ", "* ", "- ", "· "), 0 if none. */
static size_t bullet_len(const char *s, size_t n)
{
	if (n >= 2 && (s[0] == '*' || s[0] == '-' || s[0] == '+') && s[1] == ' ')
		return 2;
	if (n >= 3 && (memcmp(s, "\xe2\x80\xa2", 3) == 0 || memcmp(s, "\xe2\x80\x93", 3) == 0))
		return 3;
	if (n >= 2 && memcmp(s, "\xc2\xb7", 2) == 0)
		return 2;
	return 0;
}

static bool is_space_at(const char *v, size_t i, size_t end, size_t *w)
{
	unsigned char c = (unsigned char)v[i];
	if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
		*w = 1;
		return true;
	}
	if (c == 0xc2 && i + 1 < end && (unsigned char)v[i + 1] == 0xa0) {
		*w = 2;
		return true;
	}
	if (c == 0xef && i + 2 < end && (unsigned char)v[i + 1] == 0xbb &&
	    (unsigned char)v[i + 2] == 0xbf) {
		*w = 3;
		return true;
	}
	return false;
}

/* isalnum(c) || c >= 0x80 in the C locale the program runs in, without the locale
 * machinery: letters and digits, and every byte of a multi-byte character. */
#define WORDS_ENOUGH 26	/* above every word-count threshold below (25 at most) */

/* A feed or live-blog item opens with its date or time and a dash or colon: "2 Dec
 * 2024 06:40 — Opposition fighters entered Suran", "14:05 GMT - ...", "[09.12.2024]
 * ...". Such items are news however short and unpunctuated. */
static bool stamped(const char *v, size_t a, size_t b)
{
	while (a < b && (v[a] == '*' || v[a] == '[' || v[a] == '_'))
		a++;
	if (a >= b || !isdigit((unsigned char)v[a]))
		return false;
	size_t lim = b - a > 40 ? a + 40 : b, sep = 0, after = 0;
	for (size_t i = a + 1; i < lim && !sep; i++) {
		unsigned char c = (unsigned char)v[i];
		if (c == 0xe2 && i + 2 < b && (unsigned char)v[i + 1] == 0x80 &&
		    ((unsigned char)v[i + 2] == 0x94 || (unsigned char)v[i + 2] == 0x93)) {
			sep = i;
			after = i + 3;
		} else if ((c == '-' || c == '|' || c == ']') && v[i - 1] == ' ' && i + 1 < b &&
			   v[i + 1] == ' ') {
			sep = i;
			after = i + 1;
		} else if (c == ':' && i + 1 < b && v[i + 1] == ' ') {
			sep = i;
			after = i + 1;
		}
	}
	/* "14:05  BREAKING: ARMED GROUPS SAY ...": a clock set apart by a gap or a tab */
	if (!sep) {
		size_t e = clock_at(v, a, lim);
		if (e && e < b && (v[e] == '\t' || (e + 1 < b && v[e] == ' ' && v[e + 1] == ' '))) {
			sep = e;
			after = e;
		}
	}
	if (!sep)
		return false;
	bool clock = false;
	for (size_t i = a; i + 2 < sep && !clock; i++)
		clock = isdigit((unsigned char)v[i]) && v[i + 1] == ':' &&
			isdigit((unsigned char)v[i + 2]);
	if (!clock) {
		fl_date_expr ex[2];
		size_t n = fl_dates_find(v + a, sep - a, ex, 2);
		if (!n || ex[0].kind != FL_DATE_ABSOLUTE || !ex[0].day || ex[0].start > 2)
			return false;
	}
	int words = 0;
	bool in = false;
	for (size_t i = after; i < b && words < 4; i++) {
		bool w = fl_word_byte[(unsigned char)v[i]];
		words += w && !in;
		in = w;
	}
	return words >= 4;
}

/* Sentence ends in v[a, b): a stop followed by a space and a capital or a quote. A line
 * of three sentences or more that ends in brackets is a post or a paragraph with its
 * tag ("... since Saturday. (High confidence)"), not a photo's caption. */
static int sentence_ends(const char *v, size_t a, size_t b)
{
	int n = 0;
	for (size_t k = a; k + 2 < b; k++)
		n += (v[k] == '.' || v[k] == '!' || v[k] == '?') && v[k + 1] == ' ' &&
		     (isupper((unsigned char)v[k + 2]) || v[k + 2] == '"' || v[k + 2] == '(');
	return n;
}

static size_t symbol_len(const char *v, size_t k, size_t end);

static void classify(const char *v, line *ln)
{
	size_t a = ln->start, b = ln->end;
	/* words: a word byte after a byte of class 0 starts one. Counted up to
	 * WORDS_ENOUGH: no test of a line (or of a run of lines) looks further. */
	int words = 0;
	unsigned in = 0;	/* inside a word ("'" and "-" keep one going) */
	for (size_t i = a; i < b && words < WORDS_ENOUGH;) {
		/* without branches, 64 bytes at a time: a word byte (fl_word_byte) outside
		 * a word starts one */
		size_t e = b - i > 64 ? i + 64 : b;
		for (; i < e; i++) {
			unsigned char c = (unsigned char)v[i];
			unsigned w = fl_word_byte[c];
			words += w & (in ^ 1);
			in = w | (in & ((c == '\'') | (c == '-')));
		}
	}
	ln->words = words < WORDS_ENOUGH ? words : WORDS_ENOUGH;
	size_t bl = bullet_len(v + a, b - a);
	ln->bullet = bl > 0;
	size_t ta = a + bl;
	while (ta < b && v[ta] == ' ')
		ta++;
	/* "## Hama", not a hashtag ("#Urgent | ...") */
	size_t h = a;
	while (h < b && v[h] == '#')
		h++;
	ln->md_heading = h > a && h - a <= 6 && (h == b || v[h] == ' ' || v[h] == '\t');
	ln->marker = is_marker(v + ta, b - ta);
	/* the last meaningful character, past closing quotes and markup */
	size_t e = b;
	while (e > ta) {
		unsigned char c = (unsigned char)v[e - 1];
		if (c == '"' || c == '\'' || c == '*' || c == '_' || c == ' ') {
			e--;
			continue;
		}
		if (e - ta >= 3 && (unsigned char)v[e - 3] == 0xe2 &&
		    (unsigned char)v[e - 2] == 0x80 &&
		    ((unsigned char)v[e - 1] == 0x9d || (unsigned char)v[e - 1] == 0x99)) {
			e -= 3;
			continue;
		}
		break;
	}
	/* a note's number or mark after the stop: "under a local arrangement.10",
	 * "fell on 5 December.[14]" */
	size_t f = e;
	if (f > ta && v[f - 1] == ']') {
		size_t q = f - 1;
		while (q > ta && q + 8 > f && v[q - 1] != '[')
			q--;
		if (q > ta && v[q - 1] == '[')
			f = q - 1;
	} else {
		while (f > ta && f + 3 > e && isdigit((unsigned char)v[f - 1]))
			f--;
		if (f == e || f < ta + 2 || !isalpha((unsigned char)v[f - 2]))
			f = e;
	}
	char last = e > ta ? v[e - 1] : 0;
	if (f < e && f > ta && (v[f - 1] == '.' || v[f - 1] == '!' || v[f - 1] == '?'))
		last = v[f - 1];
	ln->terminal = last == '.' || last == '!' || last == '?';
	/* a post that ends in pictographs, not a stop ("... only 10 km from the capital
	 * 🔥", "Dera'a city is completely liberated ✌️"): they end its sentence */
	if (!ln->terminal && words >= 4) {
		size_t q = e;
		bool sym = false;
		while (q > ta) {
			size_t k = q - 1;
			while (k > ta && q - k < 4 && ((unsigned char)v[k] & 0xc0) == 0x80)
				k--;
			if (v[k] == ' ' || (symbol_len(v, k, q) == q - k && q - k > 1)) {
				sym |= v[k] != ' ';
				q = k;
				continue;
			}
			break;
		}
		ln->terminal = sym && q > ta && (isalnum((unsigned char)v[q - 1]) || v[q - 1] == '.' ||
						 v[q - 1] == '!' || v[q - 1] == '?');
	}
	ln->stamped = stamped(v, ta, b);
	ln->caption = last == ')' && words >= 4 && !ln->bullet && sentence_ends(v, ta, e) < 3;
	int bars = 0;
	for (const char *p = v + a; p && p < v + b && bars < 3; p++) {
		p = memchr(p, '|', (size_t)(v + b - p));
		if (!p)
			break;
		bars += p > v + a && p[-1] == ' ' && p + 1 < v + b && p[1] == ' ';
	}
	ln->menu = bars >= 3;
	if (!ln->caption && words >= 2 &&
	    (strncasecmp(v + ta, "photo:", 6) == 0 || strncasecmp(v + ta, "image:", 6) == 0 ||
	     strncasecmp(v + ta, "file photo", 10) == 0 || strncasecmp(v + ta, "caption:", 8) == 0))
		ln->caption = true;
}

static bool split_lines(const char *v, size_t len, line **out, size_t *nout)
{
	line *ls = NULL;
	size_t n = 0, cap = 0;
	size_t p = 0;
	while (p <= len) {
		const char *nl = p < len ? memchr(v + p, '\n', len - p) : NULL;
		size_t e = nl ? (size_t)(nl - v) : len;
		size_t a = p, b = e, w = 1;
		while (a < b && is_space_at(v, a, b, &w))
			a += w;
		while (b > a && (v[b - 1] == ' ' || v[b - 1] == '\t' || v[b - 1] == '\r'))
			b--;
		while (b >= a + 2 && (unsigned char)v[b - 2] == 0xc2 &&
		       (unsigned char)v[b - 1] == 0xa0)
			b -= 2;
		if (fl_grow((void **)&ls, &cap, n, 1, sizeof *ls) != FL_OK) {
			free(ls);
			return false;
		}
		memset(&ls[n], 0, sizeof ls[n]);
		ls[n].start = a;
		ls[n].end = b;
		ls[n].cls = a == b ? L_BLANK : L_BOILER;
		n++;
		if (!nl)
			break;
		p = e + 1;
	}
	*out = ls;
	*nout = n;
	return true;
}

/* ---- sentences ------------------------------------------------------------------ */

static const char *const abbrevs[] = { "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col",
				       "maj", "capt", "sgt", "st", "no", "vs", "jan", "feb",
				       "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
				       "nov", "dec", "inc", "co", "corp", "jr", "sr", "gov",
				       "sen", "rep", "op", "approx", "est", "brig", "adm",
				       "cpl", "pvt", "sheikh", "mt", "ft", "vol", "fig", NULL };

static bool abbrev_before(const char *v, size_t start, size_t dot)
{
	size_t a = dot;
	while (a > start && isalpha((unsigned char)v[a - 1]))
		a--;
	size_t n = dot - a;
	if (n == 0)
		return false;
	if (n == 1 && isupper((unsigned char)v[a]))
		return true;	/* an initial: "U.S.", "J. Smith" */
	if (a > start && v[a - 1] == '.')
		return true;	/* "e.g.", "U.S." */
	for (const char *const *ab = abbrevs; *ab; ab++)
		if (strlen(*ab) == n && strncasecmp(v + a, *ab, n) == 0)
			return true;
	return false;
}

typedef struct sent_buf {
	fl_span *s;
	size_t *para;
	size_t n, cap, cap2;
	size_t ncut;	/* sentences cut for being longer than FL_SENTENCE_MAX_BYTES */
	size_t first_cut;	/* byte offset of the first cut one */
} sent_buf;

static bool push_sentence(sent_buf *sb, const char *v, size_t a, size_t b, size_t para)
{
	size_t w = 1;
	while (a < b && (v[a] == ' ' || v[a] == '\n' || is_space_at(v, a, b, &w)))
		a += (v[a] == ' ' || v[a] == '\n') ? 1 : w;
	while (b > a && (v[b - 1] == ' ' || v[b - 1] == '\n' || v[b - 1] == '\t' ||
			 v[b - 1] == '\r'))
		b--;
	if (b <= a)
		return true;
	/* Text without sentence ends (a table, a dump, a hostile file) would make one
	 * huge sentence that every later stage copies and scans: cut it at white space
	 * (or, in a run without any, at a character boundary) into bounded pieces. */
	if (b - a > FL_SENTENCE_MAX_BYTES) {
		if (sb->ncut++ == 0)
			sb->first_cut = a;
		while (b - a > FL_SENTENCE_MAX_BYTES) {
			size_t cut = a + FL_SENTENCE_MAX_BYTES;
			while (cut > a + FL_SENTENCE_MAX_BYTES / 2 && v[cut] != ' ' && v[cut] != '\n')
				cut--;
			if (v[cut] != ' ' && v[cut] != '\n')
				for (cut = a + FL_SENTENCE_MAX_BYTES; cut > a && ((unsigned char)v[cut] & 0xc0) == 0x80;)
					cut--;
			if (!push_sentence(sb, v, a, cut, para))
				return false;
			a = cut;
			while (a < b && (v[a] == ' ' || v[a] == '\n'))
				a++;
		}
		size_t saved = sb->ncut;
		bool ok = push_sentence(sb, v, a, b, para);
		sb->ncut = saved;
		return ok;
	}
	if (fl_grow((void **)&sb->s, &sb->cap, sb->n, 1, sizeof *sb->s) != FL_OK ||
	    fl_grow((void **)&sb->para, &sb->cap2, sb->n, 1, sizeof *sb->para) != FL_OK)
		return false;
	sb->s[sb->n] = (fl_span){ a, b };
	sb->para[sb->n] = para;
	sb->n++;
	return true;
}

/* Does one of the eight bytes of x equal c? (The zero-byte test of "Bit Twiddling
 * Hacks": exact for whether there is one.) */
static inline uint64_t has_byte(uint64_t x, unsigned char c)
{
	const uint64_t ones = 0x0101010101010101ULL;
	uint64_t y = x ^ (ones * c);
	return (y - ones) & ~y & (ones << 7);
}

static bool split_sentences(sent_buf *sb, const char *v, size_t a, size_t b, size_t para)
{
	size_t s = a;
	/* '!' '.' '?' as bits of the bytes from 0x20 */
	const uint32_t ends = 1u << ('!' - 0x20) | 1u << ('.' - 0x20) | 1u << ('?' - 0x20);
	for (size_t i = a; i < b; i++) {
		/* eight bytes at a time while none of them can end a sentence */
		while (i + 8 <= b) {
			uint64_t x;
			memcpy(&x, v + i, 8);
			if (has_byte(x, '.') | has_byte(x, '!') | has_byte(x, '?'))
				break;
			i += 8;
		}
		if (i >= b)
			break;
		unsigned char d = (unsigned char)v[i] - 0x20;
		if (d >= 32 || !(ends >> d & 1))
			continue;
		char c = v[i];
		size_t j = i + 1;
		/* closing quotes and brackets, and note markers: ".[19] Next", ".[a][b]",
		 * Markdown's ".[^1] Next" */
		for (;;) {
			if (j < b && (v[j] == '"' || v[j] == '\'' || v[j] == ')')) {
				j++;
				continue;
			}
			if (j < b && v[j] == '[') {
				size_t q = j + 1;
				if (q < b && v[q] == '^')
					q++;
				while (q < b && q < j + 8 && (isalnum((unsigned char)v[q]) || v[q] == ' ' ||
							     v[q] == ',' || v[q] == '-'))
					q++;
				if (q < b && v[q] == ']' && q > j + 1) {
					j = q + 1;
					continue;
				}
			}
			/* a report's bare note number: "along the M5 highway.4 On 29 ..." (not
			 * "3.5", nor "No. 4") */
			if (c == '.' && j == i + 1 && i > s && isalpha((unsigned char)v[i - 1]) &&
			    isdigit((unsigned char)v[j])) {
				size_t q = j;
				while (q < b && q < j + 3 && isdigit((unsigned char)v[q]))
					q++;
				if (q < b && (v[q] == ' ' || v[q] == '\n') && !abbrev_before(v, s, i)) {
					j = q;
					continue;
				}
			}
			if (j + 2 < b && (unsigned char)v[j] == 0xe2 && (unsigned char)v[j + 1] == 0x80 &&
			    ((unsigned char)v[j + 2] == 0x9d || (unsigned char)v[j + 2] == 0x99)) {
				j += 3;
				continue;
			}
			break;
		}
		if (j >= b)
			break;
		if (v[j] != ' ' && v[j] != '\n' && v[j] != '\t')
			continue;
		size_t k = j;
		while (k < b && (v[k] == ' ' || v[k] == '\n' || v[k] == '\t'))
			k++;
		if (k >= b)
			break;
		unsigned char nx = (unsigned char)v[k];
		bool starts = isupper(nx) || isdigit(nx) || nx == '"' || nx == '\'' || nx >= 0x80 ||
			      nx == '(' || nx == '[' || nx == '*';
		if (!starts)
			continue;
		if (c == '.' && abbrev_before(v, s, i))
			continue;	/* "Nov. 30", "U.S. Army", "Gen. Ali" */
		if (!push_sentence(sb, v, s, j, para))
			return false;
		s = k;
		i = k - 1;
	}
	return push_sentence(sb, v, s, b, para);
}

/* ---- publication date --------------------------------------------------------- */

/* A YYYY-MM-DD within 120 bytes after key in HTML metadata. */
static fl_date meta_date(const char *s, size_t len)
{
	static const char *const keys[] = { "article:published_time", "datePublished",
					    "pubdate", "publish-date", "publication_date",
					    "dc.date", "<time datetime=", NULL };
	for (const char *const *k = keys; *k; k++) {
		const char *p = s;
		size_t kl = strlen(*k);
		while ((p = memmem(p, len - (size_t)(p - s), *k, kl))) {
			size_t off = (size_t)(p - s) + kl;
			size_t lim = off + 120 < len ? off + 120 : len;
			for (size_t i = off; i + 10 <= lim; i++) {
				if (!isdigit((unsigned char)s[i]))
					continue;
				char buf[11];
				memcpy(buf, s + i, 10);
				buf[10] = 0;
				fl_date d;
				if (fl_date_parse(buf, &d) == FL_OK)
					return d;
				break;
			}
			p += kl;
		}
	}
	return FL_DATE_NONE;
}

/* A photo's caption or credit line: "Image: ...", "Photo: ...", "... /AFP", "Getty
 * Images". */
static bool photo_line(const char *v, size_t n)
{
	static const char *const lead[] = { "Image:", "Photo:", "Picture:", "Caption:", "Photograph:",
					    "Image ", "Photo " };
	for (size_t i = 0; i < sizeof lead / sizeof lead[0]; i++)
		if (n >= strlen(lead[i]) && strncasecmp(v, lead[i], strlen(lead[i])) == 0)
			return true;
	return memmem(v, n, "Getty Images", 12) || memmem(v, n, "/AFP", 4) || memmem(v, n, "/Reuters", 8) ||
	       memmem(v, n, "/AP", 3) || memmem(v, n, "Photograph", 10);
}

/* The date expressions of each line, found once: the publication date and the year
 * look at the same lines several times. */
#define LINE_DX_MAX 32
typedef struct line_dx {
	const char *v;
	const line *ls;
	fl_date_expr *ex;	/* every line's expressions, line-relative offsets */
	size_t n, cap;
	size_t *first;		/* per line: index of its first in ex, SIZE_MAX not yet found */
	unsigned char *count;	/* per line: how many (at most LINE_DX_MAX) */
	int dateline_days;	/* weekdays named in a yearless dateline's line (bits) */
	int slash;		/* the article's slash date order (FL_SLASH_*) */
} line_dx;

/* The first LINE_DX_MAX date expressions of line i into out; how many. */
static size_t line_exprs(line_dx *c, size_t i, fl_date_expr *out)
{
	const line *ln = &c->ls[i];
	if (c->first && c->first[i] != SIZE_MAX) {
		if (c->count[i])	/* (ex may still be NULL when no line had any) */
			memcpy(out, c->ex + c->first[i], c->count[i] * sizeof *out);
		return c->count[i];
	}
	size_t n = fl_dates_find_in(c->v + ln->start, ln->end - ln->start, c->slash, out, LINE_DX_MAX);
	if (n > LINE_DX_MAX)
		n = LINE_DX_MAX;
	if (c->first && (n == 0 || fl_grow((void **)&c->ex, &c->cap, c->n, n, sizeof *c->ex) == FL_OK)) {
		if (n)
			memcpy(c->ex + c->n, out, n * sizeof *out);
		c->first[i] = c->n;
		c->count[i] = (unsigned char)n;
		c->n += n;
	}
	return n;
}

/* Full dates (day, month and year) on line i among its first max expressions. */
static size_t line_dates(line_dx *c, size_t i, fl_date_expr *out, size_t max)
{
	const line *ln = &c->ls[i];
	fl_date_expr all[LINE_DX_MAX];
	size_t n = line_exprs(c, i, all);
	if (n > max)
		n = max;
	size_t k = 0;
	for (size_t j = 0; j < n; j++) {
		if (all[j].kind != FL_DATE_ABSOLUTE || !all[j].year || !all[j].day)
			continue;
		if (!fl_dates_resolve(&all[j], FL_DATE_NONE, 0))
			continue;
		all[j].start += ln->start;
		all[j].end += ln->start;
		out[k++] = all[j];
	}
	return k;
}

/* Does s[0, n) hold the lowercase word w in any case? */
static bool strncasestr(const char *s, size_t n, const char *w)
{
	size_t wl = strlen(w);
	for (size_t i = 0; i + wl <= n; i++)
		if (fl_ascii_lower[(unsigned char)s[i]] == (unsigned char)w[0] &&
		    strncasecmp(s + i, w, wl) == 0)
			return true;
	return false;
}

static bool has_cue(const char *v, size_t a, size_t b)
{
	static const char *const cues[] = { "published", "appeared", "edition",
					    "posted", "first ran", "last edited", "last modified",
					    "update", "issued", NULL };
	for (const char *const *c = cues; *c; c++)
		if (strncasestr(v + a, b - a, *c))
			return true;
	return false;
}

/* Weekdays named in body text ("on Friday"): a bit set, bit 0 = Monday. */
static int body_weekdays(line_dx *c, const line *ls, size_t nl)
{
	int bits = 0;
	fl_date_expr ex[LINE_DX_MAX];
	for (size_t i = 0; i < nl; i++) {
		if (ls[i].cls != L_BODY)
			continue;
		size_t n = line_exprs(c, i, ex);
		for (size_t j = 0; j < n; j++)
			if (ex[j].kind == FL_DATE_WEEKDAY && !ex[j].future)
				bits |= 1 << ex[j].weekday;
	}
	return bits;
}

/* Is the date at e (in a line from a) written after a preposition, as a sentence's
 * date is ("On 27 November, ...", "Since 30 November ...") and a dateline's is not? */
static bool after_preposition(const char *v, size_t a, size_t e)
{
	while (e > a && (v[e - 1] == ' ' || v[e - 1] == '\t'))
		e--;
	size_t w = e;
	while (w > a && isalpha((unsigned char)v[w - 1]))
		w--;
	static const char *const preps[] = { "on", "since", "until", "by", "from", "in", "of",
					     "before", "after", "between", "till", "to", NULL };
	for (const char *const *p = preps; *p; p++)
		if (e - w == strlen(*p) && strncasecmp(v + w, *p, e - w) == 0)
			return true;
	return false;
}

static void find_published(fl_article *a, line_dx *c, size_t nl, size_t first_body)
{
	const char *v = c->v;
	const line *ls = c->ls;
	fl_date_expr ex[16];
	if (a->html) {
		fl_date d = meta_date(a->text, a->len);
		if (d != FL_DATE_NONE) {
			a->published = d;
			strcpy(a->published_how, "meta");
			return;
		}
	}
	/* a wiki's page has no publication date but its last edit: "This page was last
	 * edited on 15 December 2024, at 09:12" (its infobox's dates are the events') */
	size_t foot = a->len > 4096 ? a->len - 4096 : 0;	/* (it is at the page's foot) */
	const char *wiki = memmem(v + foot, a->len - foot, "page was last edited on ", 24);
	if (!wiki)
		wiki = memmem(v + foot, a->len - foot, "page was last modified on ", 26);
	if (wiki) {
		size_t at = (size_t)(wiki - v), e = at;
		while (e < a->len && v[e] != '\n' && e < at + 80)
			e++;
		size_t n = fl_dates_find_in(v + at, e - at, a->slash, ex, 2);
		if (n && ex[0].kind == FL_DATE_ABSOLUTE && ex[0].year && fl_dates_resolve(&ex[0], FL_DATE_NONE, 0) &&
		    ex[0].date != FL_DATE_NONE) {
			a->published = ex[0].date;
			strcpy(a->published_how, "note");
			return;
		}
	}
	/* a feed of dated items: the page is as new as its latest item */
	fl_date latest_item = FL_DATE_NONE;
	size_t items = 0;
	for (size_t i = 0; i < nl; i++) {
		if (ls[i].cls != L_BODY || !ls[i].stamped)
			continue;
		size_t n = line_dates(c, i, ex, 1);
		if (n && ex[0].start < ls[i].start + 4) {
			items++;
			if (latest_item == FL_DATE_NONE || ex[0].date > latest_item)
				latest_item = ex[0].date;
		}
	}
	if (items >= 3) {
		a->published = latest_item;
		strcpy(a->published_how, "feed");
		return;
	}
	/* "Published online: 14 March 2025" above "3. A CHRONOLOGY ..., 27 NOVEMBER - 8
	 * DECEMBER 2024" and a first paragraph that opens on a date: the date the page
	 * header says is the publication's */
	size_t top = first_body, tparas = 0;
	for (size_t i = first_body; i < nl && tparas < 2; i++, top = i)
		tparas += ls[i].cls == L_BODY && ls[i].block_start;
	for (size_t i = 0; i < top && i < nl; i++) {
		if (ls[i].cls == L_BLANK)
			continue;
		/* (in the story's first paragraphs, only a line that opens with the word) */
		if (i >= first_body && strncasecmp(v + ls[i].start, "published", 9) != 0 &&
		    strncasecmp(v + ls[i].start, "posted", 6) != 0 &&
		    strncasecmp(v + ls[i].start, "first published", 15) != 0)
			continue;
		size_t n = line_dates(c, i, ex, 16);
		for (size_t j = 0; j < n; j++) {
			size_t from = ex[j].start > ls[i].start + 24 ? ex[j].start - 24 : ls[i].start;
			if (ex[j].start >= ls[i].start && ex[j].date != FL_DATE_NONE &&
			    (strncasestr(v + from, ex[j].start - from, "published") ||
			     strncasestr(v + from, ex[j].start - from, "posted"))) {
				a->published = ex[j].date;
				strcpy(a->published_how, "header");
				return;
			}
		}
	}
	/* a dateline opening the first body paragraph ("BEIRUT, Dec 8 (Reuters) -",
	 * "date 2024-12-07"), not a sentence that starts with a date ("On 27 November,
	 * rebels ...") */
	if (first_body < nl) {
		size_t n = line_dates(c, first_body, ex, 16);
		/* ("On 8 December 2024 the government collapsed": a sentence opening on a
		 * date after a preposition is no dateline) */
		bool opens_on = false;
		if (n) {
			size_t w0 = ls[first_body].start;
			while (w0 < ex[0].start && isalpha((unsigned char)v[w0]))
				w0++;
			opens_on = w0 < ex[0].start && v[w0] == ' ' && w0 + 1 == ex[0].start &&
				   after_preposition(v, ls[first_body].start, ex[0].start);
		}
		if (n && ex[0].start < ls[first_body].start + 60 && !opens_on) {
			a->published = ex[0].date;
			strcpy(a->published_how, "dateline");
			return;
		}
		/* "BEIRUT, Dec 8 (Reuters) -": the day without its year, for later; it may
		 * open the paragraph after a standfirst ("MOSCOW, December 2. /TASS/.") */
		for (size_t i = first_body, paras = 0; i < nl && paras < 2; i++) {
			if (ls[i].cls != L_BODY || (i > first_body && !ls[i].block_start))
				continue;
			paras++;
			size_t ln = ls[i].end - ls[i].start;
			n = fl_dates_find_in(v + ls[i].start, ln < 60 ? ln : 60, a->slash, ex, 4);
			if (n && n <= 4 && ex[0].kind == FL_DATE_ABSOLUTE && ex[0].day && !ex[0].year &&
			    !after_preposition(v, ls[i].start, ls[i].start + ex[0].start)) {
				a->dateline_month = ex[0].month;
				a->dateline_day = ex[0].day;
				fl_date_expr wx[LINE_DX_MAX];
				size_t nw = line_exprs(c, i, wx);
				for (size_t j = 0; j < nw; j++)
					if (wx[j].kind == FL_DATE_WEEKDAY && !wx[j].future)
						c->dateline_days |= 1 << wx[j].weekday;
				break;
			}
		}
		/* "By Jonas Reiter / Beirut, 3 Dec": a short line of its own above the story,
		 * a place, a comma and the day, and nothing after it */
		size_t upto = first_body;	/* (a standfirst may come before it) */
		for (size_t paras = 0; upto < nl && paras < 2; upto++)
			paras += ls[upto].cls == L_BODY && ls[upto].block_start;
		for (size_t i = upto, k = 0; !a->dateline_month && i-- > 0 && k < 8;) {
			if (ls[i].cls == L_BLANK)
				continue;
			k++;
			size_t ln = ls[i].end - ls[i].start;
			const char *lv = v + ls[i].start;
			const char *comma = memchr(lv, ',', ln);
			if (ln > 40 || !comma || !isupper((unsigned char)lv[0]))
				continue;
			bool place = true;
			for (const char *q = lv; q < comma && place; q++)
				place = isalpha((unsigned char)*q) || *q == ' ' || *q == '-' || *q == '\'';
			n = place ? fl_dates_find_in(lv, ln, a->slash, ex, 2) : 0;
			size_t at = (size_t)(comma - lv) + 1;
			while (at < ln && lv[at] == ' ')
				at++;
			size_t end = ln;
			while (end > 0 && (lv[end - 1] == ' ' || lv[end - 1] == '.'))
				end--;
			if (n == 1 && ex[0].kind == FL_DATE_ABSOLUTE && ex[0].day && ex[0].month && !ex[0].year &&
			    ex[0].start == at && ex[0].end == end) {
				a->dateline_month = ex[0].month;
				a->dateline_day = ex[0].day;
			}
		}
	}
	/* the page header: before the first body paragraph; a date with a clock time,
	 * else the last one */
	fl_date best = FL_DATE_NONE;
	bool best_time = false;
	/* a standfirst may come before the byline and date: the header runs on, past
	 * body lines, to the second body paragraph */
	size_t header = first_body, paras = 0;
	for (size_t i = first_body; i < nl && paras < 2; i++, header = i)
		paras += ls[i].cls == L_BODY && ls[i].block_start;
	/* a long title and a standfirst, both read as prose, may come before the byline:
	 * the byline and the lines with it up to the story are the header too ("By Leila
	 * Haddad in Hama" / "Thursday 27 November 2025 06.00 GMT" / "Share on ...") */
	for (size_t i = header; i < nl && ls[i].cls != L_BODY; i++) {
		const char *lv = v + ls[i].start;
		if (ls[i].end - ls[i].start > 4 && strncmp(lv, "By ", 3) == 0 && isupper((unsigned char)lv[3])) {
			while (i < nl && ls[i].cls != L_BODY)
				i++;
			header = i;
			break;
		}
	}
	for (size_t i = 0; i < header && i < nl; i++) {
		if (ls[i].cls == L_BLANK || ls[i].cls == L_BODY)
			continue;
		size_t n = line_dates(c, i, ex, 16);
		for (size_t j = 0; j < n; j++) {
			if (best_time && !ex[j].has_time)
				continue;
			/* a photo's date ("Image: Fighters ride into Daraa, December 6,
			 * 2024. Sam Hariri/AFP"), not the page's */
			if (photo_line(c->v + ls[i].start, ls[i].end - ls[i].start))
				continue;
			/* a site's or a member's own date ("Created Mar 2, 2013", "Joined
			 * 2019", "Member since ..."), not the page's */
			if (ex[j].start >= ls[i].start) {
				size_t from = ex[j].start > ls[i].start + 16 ? ex[j].start - 16 : ls[i].start;
				if (strncasestr(v + from, ex[j].start - from, "created") ||
				    strncasestr(v + from, ex[j].start - from, "joined") ||
				    strncasestr(v + from, ex[j].start - from, "founded") ||
				    strncasestr(v + from, ex[j].start - from, "established") ||
				    strncasestr(v + from, ex[j].start - from, "since"))
					continue;
			}

			best = ex[j].date;
			best_time = ex[j].has_time;
		}
	}
	if (best != FL_DATE_NONE) {
		a->published = best;
		strcpy(a->published_how, "header");
		return;
	}
	/* a publication note in the body ("appeared ... on 6 December 2024"), or a line of
	 * its own under the standfirst or at the foot ("Published On 7 Dec 2024 | Last
	 * update ...", "This page was last edited on 14 March 2025") */
	fl_date latest = FL_DATE_NONE;
	for (size_t i = 0; i < nl; i++) {
		if (ls[i].cls == L_BLANK)
			continue;
		size_t n = line_dates(c, i, ex, 16);
		if (ls[i].cls != L_BODY) {
			if (n && ex[0].start >= ls[i].start &&
			    has_cue(v, ex[0].start > ls[i].start + 24 ? ex[0].start - 24 : ls[i].start,
				    ex[0].start)) {
				a->published = ex[0].date;
				strcpy(a->published_how, "note");
				return;
			}
			continue;
		}
		/* "A version of this article appears in print on Dec. 9": the paper's day,
		 * after the page's */
		if (strncasestr(v + ls[i].start, ls[i].end - ls[i].start, "in print"))
			continue;
		for (size_t j = 0; j < n; j++) {
			if (has_cue(v, ls[i].start, ls[i].end)) {
				a->published = ex[j].date;
				strcpy(a->published_how, "body");
				return;
			}
			if (latest == FL_DATE_NONE || ex[j].date > latest)
				latest = ex[j].date;
		}
	}
	/* the latest full date in the body, if the weekdays the text names fit it */
	if (latest != FL_DATE_NONE) {
		int bits = body_weekdays(c, ls, nl);
		if (bits & (1 << fl_date_weekday(latest))) {
			a->published = latest;
			strcpy(a->published_how, "body-weekday");
			return;
		}
	}
	strcpy(a->published_how, "unknown");
}

/* This year, or the year of FRONTLINE_TODAY (YYYY-MM-DD) when set: a run that must
 * give the same answers next year (tests, a re-run of an archive) fixes it. */
static int this_year(void)
{
	const char *today = getenv("FRONTLINE_TODAY");
	fl_date d;
	int y, m, dd;
	if (today && fl_date_parse(today, &d) == FL_OK) {
		fl_date_to_ymd(d, &y, &m, &dd);
		return y;
	}
	time_t now = time(NULL);
	struct tm tm;
	return gmtime_r(&now, &tm) ? tm.tm_year + 1900 : 2100;
}

/* The year for dates written without one: the publication year, else the latest
 * year of a full date in the body. */
/* The year of a copyright line ("(c) Levant Wire 2024", "© 2024 ...", "Copyright
 * 2024"), the latest if several; 0 if none. */
static int copyright_year(line_dx *c, size_t nl)
{
	int year = 0;
	for (size_t i = 0; i < nl; i++) {
		const char *v = c->v + c->ls[i].start;
		size_t n = c->ls[i].end - c->ls[i].start, at = SIZE_MAX;
		for (size_t k = 0; k + 3 <= n && at == SIZE_MAX; k++)
			if ((k + 2 <= n && (unsigned char)v[k] == 0xc2 && (unsigned char)v[k + 1] == 0xa9) ||
			    strncasecmp(v + k, "(c)", 3) == 0 ||
			    (k + 9 <= n && strncasecmp(v + k, "copyright", 9) == 0))
				at = k;
		for (size_t k = at; at != SIZE_MAX && k + 4 <= n && k < at + 48; k++)
			if ((v[k] == '1' || v[k] == '2') && isdigit((unsigned char)v[k + 1]) &&
			    isdigit((unsigned char)v[k + 2]) && isdigit((unsigned char)v[k + 3]) &&
			    (k == 0 || !isdigit((unsigned char)v[k - 1])) && (k + 4 == n || !isdigit((unsigned char)v[k + 4]))) {
				int y = atoi(v + k);
				if (y >= 1990 && y <= this_year() && y > year)
					year = y;
			}
	}
	return year;
}

static int find_year(const fl_article *a, line_dx *c, size_t nl)
{
	const line *ls = c->ls;
	if (a->published != FL_DATE_NONE) {
		int y, m, d;
		fl_date_to_ymd(a->published, &y, &m, &d);
		return y;
	}
	int year = 0;
	fl_date_expr ex[16];
	for (size_t i = 0; i < nl; i++) {
		if (ls[i].cls != L_BODY)
			continue;
		size_t n = line_dates(c, i, ex, 16);
		for (size_t j = 0; j < n; j++)
			if (ex[j].year > year)
				year = ex[j].year;
	}
	return year;
}

/* A line that is only a date, with a weekday and decoration at most ("====
 * 03.12.2024 ====", "## Tuesday, 3 December", "3 Dec 2024"): its day, resolved against
 * the publication day and year; FL_DATE_NONE for any other line. */
/* The length of a pictograph or mark at v[k] (before end): emoji, arrows, dingbats,
 * the variation selector and joiner; 0 for anything else. */
static size_t symbol_len(const char *v, size_t k, size_t end)
{
	const unsigned char *u = (const unsigned char *)v + k;
	size_t n = (u[0] & 0xf0) == 0xf0 ? 4 : (u[0] & 0xe0) == 0xe0 ? 3 : 0;
	if (!n || k + n > end)
		return 0;
	uint32_t cp = n == 4 ? ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3f) << 12) |
				       ((uint32_t)(u[2] & 0x3f) << 6) | (u[3] & 0x3f)
			     : ((uint32_t)(u[0] & 0x0f) << 12) | ((uint32_t)(u[1] & 0x3f) << 6) | (u[2] & 0x3f);
	bool sym = (cp >= 0x2190 && cp <= 0x2bff) || (cp >= 0x1f000 && cp <= 0x1faff) || cp == 0xfe0f ||
		   cp == 0x200d;
	return sym ? n : 0;
}

/* Resolve a heading's or a dateline's day r in the article's year; a day that would
 * then lie months after the publication (a chronology's "27 November" on a page last
 * edited in February) is of the year before. */
static bool resolve_heading(const fl_article *a, fl_date_expr *r)
{
	if (!fl_dates_resolve(r, a->published, a->year))
		return false;
	if (!r->year && a->published != FL_DATE_NONE && r->date != FL_DATE_NONE && r->date > a->published + 60) {
		fl_date_expr back = *r;
		back.year = a->year - 1;
		if (fl_dates_resolve(&back, a->published, 0))
			*r = back;
		r->year = 0;
	}
	return true;
}

static fl_date heading_date(const fl_article *a, line_dx *c, size_t i)
{
	const line *ln = &c->ls[i];
	fl_date_expr ex[LINE_DX_MAX];
	size_t n = line_exprs(c, i, ex);
	if (n == 0 || n > 3)
		return FL_DATE_NONE;
	fl_date d = FL_DATE_NONE;
	size_t covered = ln->start;
	for (size_t j = 0; j < n; j++) {
		size_t s = ln->start + ex[j].start, e = ln->start + ex[j].end;
		/* "Aleppo Now | 02/12/2024 - 11:40": a page's name before a bar is its
		 * stamp's, not words besides the date */
		size_t from = covered;
		if (j == 0) {
			const char *bar = NULL;
			for (size_t k = covered; k < s; k++)
				if (c->v[k] == '|')
					bar = c->v + k;
			if (bar && bar > c->v + ln->start + 1 && (size_t)(bar - c->v) - ln->start <= 40)
				from = (size_t)(bar - c->v) + 1;
			/* a forwarded mail's "Sent: Sunday, December 1, 2024 06:15": what
			 * follows was written that day */
			if (!ln->front && (strncasecmp(c->v + ln->start, "sent:", 5) == 0 ||
					   strncasecmp(c->v + ln->start, "date:", 5) == 0))
				from = ln->start + 5;
		}
		/* "3. Saturday 7 December 2024, 14:50": a statement's number before its day */
		if (j == 0 && from == ln->start) {
			size_t k = from;
			while (k < s && k < from + 3 && isdigit((unsigned char)c->v[k]))
				k++;
			if (k > from && k + 1 < s && (c->v[k] == '.' || c->v[k] == ')') && c->v[k + 1] == ' ')
				from = k + 2;
		}
		for (size_t k = from; k < s;) {
			size_t sl = symbol_len(c->v, k, s);
			if (sl) {	/* "📅 29.11.2024": an emoji, a mark */
				k += sl;
				continue;
			}
			if (fl_ascii_alnum((unsigned char)c->v[k]) || (unsigned char)c->v[k] >= 0x80)
				return FL_DATE_NONE;	/* words besides the date */
			k++;
		}
		covered = e;
		if (ex[j].kind == FL_DATE_WEEKDAY)
			continue;
		if (ex[j].kind != FL_DATE_ABSOLUTE || !ex[j].day || d != FL_DATE_NONE)
			return FL_DATE_NONE;
		fl_date_expr r = ex[j];
		if (!resolve_heading(a, &r) || r.date == FL_DATE_NONE)
			return FL_DATE_NONE;
		d = r.date_end;	/* "2-4 December: the battle for Hama": its last day */
	}
	/* a section's heading may name what the day saw after a colon or a dash: "Saturday
	 * 30 November: Aleppo falls" */
	size_t t = covered;
	while (t < ln->end && c->v[t] == ' ')
		t++;
	if (d != FL_DATE_NONE && (ln->cls == L_HEADING || (ln->stamped && ln->end - ln->start <= 60)) &&
	    t + 1 < ln->end &&
	    (c->v[t] == ':' || (c->v[t] == '-' && c->v[t + 1] == ' ') ||
	     ((unsigned char)c->v[t] == 0xe2 && t + 2 < ln->end && (unsigned char)c->v[t + 1] == 0x80 &&
	      ((unsigned char)c->v[t + 2] == 0x93 || (unsigned char)c->v[t + 2] == 0x94))))
		return d;
	/* a clock time may follow, with its zone ("6:04 PM ET", "09:15 GMT"), no words */
	for (size_t k = covered; k < ln->end; k++) {
		if ((unsigned char)c->v[k] >= 0x80)
			return FL_DATE_NONE;
		if (!isalpha((unsigned char)c->v[k]))
			continue;
		size_t w = k;
		while (w < ln->end && (isalpha((unsigned char)c->v[w]) || c->v[w] == '.'))
			w++;
		bool caps = w - k <= 4;
		for (size_t q = k; q < w && caps; q++)
			caps = isupper((unsigned char)c->v[q]) || c->v[q] == '.' ||
			       (w - k == 4 && strncasecmp(c->v + k, "a.m.", 4) == 0) ||
			       (w - k == 4 && strncasecmp(c->v + k, "p.m.", 4) == 0);
		if (!caps)
			return FL_DATE_NONE;
		k = w - 1;
	}
	return d;
}

/* A body line opening with a dateline, "MOSCOW, November 30. /AGENCY/." or "BEIRUT,
 * Dec 8 (Wire) -": its day, resolved as heading_date does; else FL_DATE_NONE. */
static fl_date dateline_date(const fl_article *a, line_dx *c, size_t i)
{
	const line *ln = &c->ls[i];
	const char *v = c->v;
	size_t k = ln->start, caps = 0, lower = 0;
	if (ln->cls != L_BODY)
		return FL_DATE_NONE;
	while (k < ln->end && k < ln->start + 40 && v[k] != ',') {
		if (isdigit((unsigned char)v[k]))
			return FL_DATE_NONE;
		lower += islower((unsigned char)v[k]) != 0;
		caps += isupper((unsigned char)v[k]) != 0;
		k++;
	}
	if (k >= ln->end || v[k] != ',' || (caps < 3 && !lower) || !caps || !isupper((unsigned char)v[ln->start]))
		return FL_DATE_NONE;
	fl_date_expr ex[LINE_DX_MAX];
	size_t n = line_exprs(c, i, ex);
	if (!n || ex[0].kind != FL_DATE_ABSOLUTE || !ex[0].day || ln->start + ex[0].start > k + 3)
		return FL_DATE_NONE;
	if (lower) {
		/* "Moscow said", not "MOSCOW,"; but "Hama, Dec. 2 (SANS) - ": a place
		 * in title case, the day, the agency's tag in brackets and a dash */
		size_t q = ln->start + ex[0].end;
		while (q < ln->end && v[q] == ' ')
			q++;
		const char *close = q < ln->end && v[q] == '(' ? memchr(v + q, ')', ln->end - q < 24 ? ln->end - q : 24) : NULL;
		size_t r = close ? (size_t)(close - v) + 1 : ln->end;
		while (r < ln->end && v[r] == ' ')
			r++;
		if (!close || k - ln->start > 24 || r >= ln->end ||
		    !(v[r] == '-' || ((unsigned char)v[r] == 0xe2 && r + 2 < ln->end && (unsigned char)v[r + 1] == 0x80 &&
				      ((unsigned char)v[r + 2] == 0x93 || (unsigned char)v[r + 2] == 0x94))))
			return FL_DATE_NONE;
	}
	fl_date_expr r = ex[0];
	if (!resolve_heading(a, &r))
		return FL_DATE_NONE;
	return r.date;
}

/* Each sentence's date heading (fl_article.section), when the article has any: lines
 * that are only a date, or, on a page of several dispatches, each one's dateline. */
static bool section_dates(fl_article *a, line_dx *c, size_t nl)
{
	size_t si = 0, datelines = 0;
	fl_date cur = FL_DATE_NONE;
	for (size_t i = 0; i < nl && datelines < 2; i++)
		datelines += dateline_date(a, c, i) != FL_DATE_NONE;
	for (size_t i = 0; i < nl; i++) {
		const line *ln = &c->ls[i];
		fl_date d = datelines >= 2 ? dateline_date(a, c, i) : FL_DATE_NONE;
		if (d == FL_DATE_NONE && (ln->cls == L_BLANK || ln->end - ln->start > 80))
			continue;
		if (d == FL_DATE_NONE)
			d = heading_date(a, c, i);
		if (d == FL_DATE_NONE)
			continue;
		if (!a->section) {
			a->section = malloc((a->nsentences ? a->nsentences : 1) * sizeof *a->section);
			if (!a->section)
				return false;
			for (size_t k = 0; k < a->nsentences; k++)
				a->section[k] = FL_DATE_NONE;
		}
		for (; si < a->nsentences && a->sentences[si].start < ln->start; si++)
			a->section[si] = cur;
		cur = d;
	}
	for (; a->section && si < a->nsentences; si++)
		a->section[si] = cur;
	return true;
}

/* ---- title ------------------------------------------------------------------------ */

static char *dup_clean(const char *s, size_t n)
{
	char *t = malloc(n + 1);
	if (!t)
		return NULL;
	size_t k = 0;
	bool sp = false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
			sp = k > 0;
			continue;
		}
		if (c == FL_FILL)
			continue;
		/* no space before a comma or stop (a closing tag before it was blanked) */
		if (sp && !strchr(",.;:!?)", c))
			t[k++] = ' ';
		sp = false;
		t[k++] = c;
	}
	t[k] = 0;
	return t;
}

static char *html_title(const char *s, size_t len, const char *v)
{
	static const char *const open[] = { "<h1", "<title", NULL };
	for (const char *const *o = open; *o; o++) {
		const char *p = s;
		size_t ol = strlen(*o);
		while ((p = memmem(p, len - (size_t)(p - s), *o, ol))) {
			size_t off = (size_t)(p - s) + ol;
			if (off < len && (isalnum((unsigned char)s[off]))) {
				p += ol;
				continue;
			}
			const char *gt = memchr(s + off, '>', len - off);
			if (!gt)
				break;
			size_t a = (size_t)(gt - s) + 1;
			const char *close = memmem(s + a, len - a, "</", 2);
			size_t b = close ? (size_t)(close - s) : len;
			/* the view has inner tags blanked */
			char *t = dup_clean(v + a, b - a);
			if (t && *t)
				return t;
			free(t);
			break;
		}
	}
	return NULL;
}

static char *text_title(const char *v, const line *ls, size_t nl, size_t first_body)
{
	for (size_t i = 0; i < first_body && i < nl; i++) {
		const line *ln = &ls[i];
		if (ln->cls == L_BLANK || ln->bullet || ln->marker || ln->caption)
			continue;
		size_t a = ln->start;
		if (ln->front) {	/* title: "Twelve days that remade Syria" */
			if (ln->end - a > 6 && strncasecmp(v + a, "title:", 6) == 0) {
				size_t b = ln->end;
				for (a += 6; a < b && (v[a] == ' ' || v[a] == '"' || v[a] == '\''); a++)
					;
				while (b > a && (v[b - 1] == '"' || v[b - 1] == '\''))
					b--;
				if (b > a)
					return dup_clean(v + a, b - a);
			}
			continue;
		}
		if (ln->md_heading) {
			while (a < ln->end && (v[a] == '#' || v[a] == ' '))
				a++;
			return dup_clean(v + a, ln->end - a);
		}
		if (ln->words >= 4 && ln->words <= 25 && !ln->terminal)
			return dup_clean(v + a, ln->end - a);
	}
	return NULL;
}

/* ---- the reader ------------------------------------------------------------------ */

void fl_article_free(fl_article *a)
{
	if (!a)
		return;
	free(a->source);
	free(a->text);
	free(a->title);
	free(a->sentences);
	free(a->paragraph);
	free(a->section);
	free(a->table_head);
	free(a->heading);
	if (a->view != a->text)
		free((char *)a->view);
	free(a);
}

char *fl_article_words(const fl_article *a, size_t s, size_t e)
{
	if (e > a->len)
		e = a->len;
	if (s > e)
		s = e;
	if (!a->view || a->view == a->text)
		return strndup(a->text + s, e - s);
	return dup_clean(a->view + s, e - s);
}

/* FNV-1a of a line's trimmed bytes, white space runs as one space */
static uint64_t line_hash(const char *v, const line *ln)
{
	uint64_t h = 1469598103934665603ULL;
	bool sp = false;
	for (size_t i = ln->start; i < ln->end; i++) {
		unsigned char c = (unsigned char)v[i];
		if (c == ' ' || c == '\t' || c == (unsigned char)FL_FILL) {
			sp = true;
			continue;
		}
		if (sp) {
			h = (h ^ ' ') * 1099511628211ULL;
			sp = false;
		}
		h = (h ^ c) * 1099511628211ULL;
	}
	return h;
}

typedef struct {
	uint64_t h;
	size_t i;
} line_key;

static int cmp_line_key(const void *x, const void *y)
{
	const line_key *a = x, *b = y;
	return a->h < b->h ? -1 : a->h > b->h ? 1 : (a->i > b->i) - (a->i < b->i);
}

/* A report's running head or foot: a line of three words or more that comes back
 * word for word three times or more ("Twelve Days That Ended a Dynasty" atop every
 * page of a PDF's text) is the page's, not the story's. Without memory for the
 * table, nothing is dropped. */
#define HEAD_MAX 200	/* a running head is a short line */

/* Could the line be a running head: three words or more, short, not a sentence (a
 * sentence said three times, as in a feed of similar items, is still said) */
static bool head_like(const char *v, const line *ln, size_t len)
{
	/* (its own last byte: a wrapped line's terminal is its paragraph's) */
	char last = len ? v[ln->end - 1] : '.';
	return ln->cls != L_BLANK && ln->words >= 3 && len <= HEAD_MAX && last != '.' && last != '!' &&
	       last != '?';
}

static void drop_running_heads(const char *v, line *ls, size_t nl)
{
	/* only lines whose length comes back three times are compared */
	unsigned short bylen[HEAD_MAX + 1] = { 0 };
	for (size_t i = 0; i < nl; i++) {
		size_t len = ls[i].end - ls[i].start;
		if (head_like(v, &ls[i], len) && bylen[len] < 3)
			bylen[len]++;
	}
	size_t nk = 0;
	for (size_t i = 0; i < nl; i++) {
		size_t len = ls[i].end - ls[i].start;
		nk += head_like(v, &ls[i], len) && bylen[len] >= 3;
	}
	if (nk < 3)
		return;
	line_key *k = malloc(nk * sizeof *k);
	if (!k)
		return;
	nk = 0;
	for (size_t i = 0; i < nl; i++) {
		size_t len = ls[i].end - ls[i].start;
		if (head_like(v, &ls[i], len) && bylen[len] >= 3)
			k[nk++] = (line_key){ line_hash(v, &ls[i]), i };
	}
	qsort(k, nk, sizeof *k, cmp_line_key);
	for (size_t a = 0, b; a < nk; a = b) {
		for (b = a + 1; b < nk && k[b].h == k[a].h; b++)
			;
		if (b - a < 3)
			continue;
		/* the same bytes (not only the same hash) as the first of them */
		const line *f = &ls[k[a].i];
		for (size_t q = a; q < b; q++) {
			line *ln = &ls[k[q].i];
			if (ln->end - ln->start == f->end - f->start &&
			    memcmp(v + ln->start, v + f->start, f->end - f->start) == 0) {
				ln->cls = L_BOILER;
				ln->running = true;
			}
		}
	}
	free(k);
}

size_t fl_verdict_label(const char *v, size_t a, size_t b)
{
	static const char *const labels[] = { "verdict", "our verdict", "rating", "our rating", "ruling" };
	while (a < b && (v[a] == ' ' || v[a] == '*' || v[a] == '_' || v[a] == '#'))
		a++;
	for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++) {
		size_t l = strlen(labels[k]), q = a + l;
		if (q >= b || strncasecmp(v + a, labels[k], l) != 0)
			continue;
		while (q < b && (v[q] == '*' || v[q] == '_' || v[q] == ' '))
			q++;
		if (q < b && v[q] == ':')
			return q + 1;
	}
	return 0;
}

static size_t mark_lines(const char *v, line *ls, size_t nl)
{
	size_t nonblank = 0, blank = 0;
	for (size_t i = 0; i < nl; i++) {
		if (ls[i].cls == L_BLANK) {
			blank++;
			continue;
		}
		nonblank++;
		classify(v, &ls[i]);
	}
	/* a page set in narrow columns (a printed page run through OCR): many lines run on
	 * into the next one mid-sentence, in lower case ("... swept into\nthe central
	 * city of Hama on Thurs-\nday") */
	size_t runs_on = 0, long_lines = 0;
	for (size_t i = 0; i + 1 < nl; i++) {
		if (ls[i].cls == L_BLANK)
			continue;
		long_lines += ls[i].end - ls[i].start >= 50;
		runs_on += ls[i + 1].cls != L_BLANK && !ls[i].terminal && ls[i].words >= 3 &&
			   islower((unsigned char)v[ls[i + 1].start]);
	}
	bool narrow = runs_on >= 8 && runs_on * 4 >= nonblank && long_lines * 4 < nonblank;
	/* one paragraph per line when the page hardly has blank lines */
	bool line_blocks = !narrow && nonblank > 4 && blank * 10 < nonblank;
	size_t wrap_width = narrow ? 20 : 50;
	/* hard-wrapped paragraphs: long unterminated lines run on into the next line;
	 * the whole run counts as one paragraph for the tests below */
	if (!line_blocks) {
		size_t i = 0;
		while (i < nl) {
			size_t j = i;
			int words = 0;
			/* (a short line runs on too when the next one goes on in lower case:
			 * "... further down\nthe river near\nthe Iraqi border, ...") */
			while (j + 1 < nl && ls[j].cls != L_BLANK && ls[j + 1].cls != L_BLANK &&
			       !ls[j].terminal && !ls[j].marker && !ls[j + 1].bullet && !ls[j + 1].stamped &&
			       !ls[j].md_heading &&
			       (ls[j].end - ls[j].start >= wrap_width ||
				((j > i || narrow) && islower((unsigned char)v[ls[j + 1].start]))))
				words += ls[j++].words;
			if (j > i) {
				words += ls[j].words;
				for (size_t k = i; k <= j; k++) {
					ls[k].words = words;
					ls[k].terminal = ls[j].terminal;
					ls[k].wrapped = k < j;
				}
			}
			i = j + 1;
		}
	}
	bool prev_blank = true, sidebar = false, seen_body = false;
	for (size_t i = 0; i < nl; i++) {
		line *ln = &ls[i];
		if (ln->cls == L_BLANK) {
			prev_blank = true;
			continue;
		}
		/* (after a label in brackets of its own, "[Dispatch 2 of 4]", a block starts;
		 * so it does after a live page's clock on a line of its own, "23:48 KSA") */
		ln->block_start = prev_blank || line_blocks ||
				  (i > 0 && ls[i - 1].end - ls[i - 1].start >= 3 && ls[i - 1].end - ls[i - 1].start <= 40 &&
				   v[ls[i - 1].start] == '[' && v[ls[i - 1].end - 1] == ']') ||
				  (i > 0 && clock_line(v, ls[i - 1].start, ls[i - 1].end));
		prev_blank = false;
		/* a bullet that is a sentence without its stop ("* In Sweida, local armed
		 * groups have taken over the city, according to residents") */
		bool body = !ln->caption && !ln->md_heading &&
			    ((ln->terminal && ln->words >= 5) || ln->words >= 20 || ln->stamped ||
			     (ln->bullet && ln->words >= 8));
		/* a byline, "By Rachel Ostrander, Tom Welling and Dana Pruitt, ABN", names
		 * no place, even run on into the line after it */
		if (!ln->md_heading && !ln->terminal && ln->end - ln->start > 4 && !(i > 0 && ls[i - 1].wrapped) &&
		    strncmp(v + ln->start, "By ", 3) == 0 && isupper((unsigned char)v[ln->start + 3])) {
			ln->cls = L_BOILER;
			continue;
		}
		if (ln->marker) {
			/* an advert or a share bar in the middle of the story is a line of its
			 * own, not the start of a sidebar */
			size_t ta = ln->start;
			while (ta < ln->end && (v[ta] == '[' || v[ta] == '(' || v[ta] == '*' || v[ta] == ' '))
				ta++;
			if (strncasecmp(v + ta, "advertisement", 13) == 0 || strncasecmp(v + ta, "share", 5) == 0) {
				ln->cls = L_BOILER;
				continue;
			}
			/* "LIVE UPDATES", "BREAKING NEWS", "OPINION" above the page's title,
			 * before any of its story: the page's own label, no sidebar */
			if (!seen_body && (strncasecmp(v + ta, "live updates", 12) == 0 ||
					   strncasecmp(v + ta, "breaking", 8) == 0 ||
					   strncasecmp(v + ta, "opinion", 7) == 0)) {
				size_t k = i + 1;
				while (k < nl && ls[k].cls == L_BLANK)
					k++;
				if (k < nl && !ls[k].marker && !ls[k].menu && !ls[k].bullet && !ls[k].terminal &&
				    ls[k].words >= 4) {
					ln->cls = L_BOILER;
					continue;
				}
			}
			ln->cls = L_MARKER;
			sidebar = true;
			continue;
		}
		if (ln->menu) {	/* "Home | News | Sport | ..." */
			ln->cls = L_BOILER;
			continue;
		}
		if (sidebar) {
			if (body && ln->block_start && ln->words >= 12 && ln->terminal &&
			    !ln->bullet) {
				sidebar = false;
				ln->cls = L_BODY;
			} else {
				ln->cls = L_BOILER;
			}
			continue;
		}
		if (body) {
			ln->cls = L_BODY;
			seen_body = true;
		} else if (ln->md_heading || (!ln->bullet && ln->words >= 2 && !ln->terminal))
			ln->cls = L_HEADING;
		else
			ln->cls = L_BOILER;
	}
	drop_running_heads(v, ls, nl);
	/* a fact-check's claim as its heading, "1. "Rebels have taken Homs city"", with
	 * its rating on the next line ("Verdict: FALSE"): the claim is read (and given
	 * its rating when claims are read) */
	for (size_t i = 0; i + 1 < nl; i++)
		if (ls[i].cls == L_HEADING && ls[i].words >= 3 && !ls[i].menu && ls[i + 1].cls != L_BLANK &&
		    fl_verdict_label(v, ls[i + 1].start, ls[i + 1].end))
			ls[i].cls = L_BODY;
	/* "Hama fell.", "Rebels took Homs overnight.": a short sentence standing as its
	 * own paragraph between two paragraphs of the story is the story */
	for (size_t i = 0; i < nl; i++) {
		line *ln = &ls[i];
		if (ln->cls != L_BOILER || !ln->terminal || ln->words < 2 || ln->bullet || ln->caption ||
		    ln->marker || ln->running || !ln->block_start || line_blocks)
			continue;
		size_t p = i, q = i + 1;
		while (p > 0 && ls[p - 1].cls == L_BLANK)
			p--;
		while (q < nl && ls[q].cls == L_BLANK)
			q++;
		if (p > 0 && p < i && q < nl && q > i + 1 && ls[p - 1].cls == L_BODY && ls[q].cls == L_BODY &&
		    ls[q].block_start)
			ln->cls = L_BODY;
	}
	return wrap_width;
}

/* "... took control of the following villages:" and a bulleted list right under it:
 * the list's short items are part of that sentence. */
static void join_colon_lists(const char *v, line *ls, size_t nl)
{
	for (size_t i = 0; i + 1 < nl; i++) {
		if (!(ls[i].cls == L_BODY || (ls[i].cls == L_HEADING && ls[i].words >= 6)) ||
		    ls[i].end == ls[i].start || v[ls[i].end - 1] != ':')
			continue;
		size_t j = i + 1;
		while (j < nl && ls[j].bullet && ls[j].words <= 8 && ls[j].cls != L_BLANK)
			j++;
		if (j == i + 1)
			continue;
		for (size_t k = i; k < j; k++) {
			ls[k].wrapped = k + 1 < j;
			ls[k].cls = L_BODY;
		}
		i = j - 1;
	}
}

/* Does the header cell v[a, b) hold one of words (whole words, any case)? */
static bool cell_has(const char *v, size_t a, size_t b, const char *const *words)
{
	for (size_t i = a; i < b;) {
		if (!isalpha((unsigned char)v[i])) {
			i++;
			continue;
		}
		size_t j = i;
		while (j < b && isalpha((unsigned char)v[j]))
			j++;
		for (const char *const *w = words; *w; w++)
			if (strlen(*w) == j - i && strncasecmp(v + i, *w, j - i) == 0)
				return true;
		i = j;
	}
	return false;
}

size_t fl_table_columns(const char *v, size_t a, size_t b, int *col, bool *held)
{
	static const char *const date_w[] = { "date", "day", "when", "dates", "since", "changed", NULL };
	static const char *const place_w[] = { "town", "place", "city", "village", "location",
					       "locality", "area", "settlement", "site", "where",
					       "towns", "places", "cities", "villages", "locations",
					       "areas", "district", "base", "target", "capital", "capitals", NULL };
	static const char *const taker_w[] = { "by", "control", "controlled", "holder", "side",
					       "force", "forces", "faction", "held", "who", "captor",
					       "victor", "now", "actor", "actors", "party", NULL };
	/* what happened, a row at a time: "captured", "road cut", "retaken" */
	static const char *const event_w[] = { "event", "events", "change", "action", "development",
					       "outcome", "result", "what", NULL };
	static const char *const status_w[] = { "status", "verified", "confirmed", "confirmation",
						"verification", "confidence", NULL };
	static const char *const took_w[] = { "taken", "captured", "seized", "liberated", "took",
					      "captor", "taker", "entered", "retaken", "change",
					      NULL };
	while (a < b && (v[a] == ' ' || v[a] == '|'))
		a++;
	size_t n = 0;
	bool place = false, taker = false;
	*held = false;
	while (a < b && n < FL_TABLE_COLS) {
		size_t e = a;
		while (e < b && v[e] != '|')
			e++;
		int k = FL_COL_OTHER;
		/* ("| Held on 26 Nov | Held on 10 Dec |": the later state is the one told) */
		static const char *const held_w[] = { "held", NULL };
		bool again = taker && *held && cell_has(v, a, e, held_w) && !cell_has(v, a, e, took_w);
		if (!place && cell_has(v, a, e, place_w)) {
			k = FL_COL_PLACE;
			place = true;
		} else if ((!taker && cell_has(v, a, e, taker_w)) || again) {
			for (size_t i = 0; again && i < n; i++)
				if (col[i] == FL_COL_TAKER)
					col[i] = FL_COL_OTHER;
			k = FL_COL_TAKER;
			taker = true;
			*held = !cell_has(v, a, e, took_w);
		} else if (cell_has(v, a, e, date_w)) {
			k = FL_COL_DATE;
		} else if (cell_has(v, a, e, status_w)) {
			k = FL_COL_STATUS;
		} else if (cell_has(v, a, e, event_w)) {
			k = FL_COL_EVENT;
		}
		col[n++] = k;
		a = e + 1;
	}
	/* "| Area | Status reported | Since |" with "Reportedly under the control of NSAGs"
	 * in its cells: the status says who holds */
	for (size_t i = 0; place && !taker && i < n; i++)
		if (col[i] == FL_COL_STATUS) {
			col[i] = FL_COL_TAKER;
			taker = *held = true;
		}
	return place && taker ? n : 0;
}

/* Is line ln a Markdown table's delimiter row: "|---|:--:|---|" (cells of dashes,
 * colons and spaces, two or more, at least three dashes in each)? */
static bool table_delimiter(const char *v, const line *ln)
{
	size_t cells = 0, dashes = 0;
	bool open = false;
	for (size_t i = ln->start; i < ln->end; i++) {
		char c = v[i];
		if (c == '|') {
			if (open && dashes < 3)
				return false;
			cells += open;
			open = false;
			dashes = 0;
		} else if (c == '-' || c == ':') {
			open = true;
			dashes += c == '-';
		} else if (c != ' ' && c != '\t') {
			return false;
		}
	}
	if (open) {
		if (dashes < 3)
			return false;
		cells++;
	}
	return cells >= 2;
}

/* Does line ln hold a '|' between cells? */
static bool has_bar(const char *v, const line *ln)
{
	return ln->end > ln->start && memchr(v + ln->start, '|', ln->end - ln->start) != NULL;
}

/* A Markdown table of control ("| Date | Town | Taken by |", "|---|---|---|", then its
 * rows; fl_table_columns): each row is read as one sentence of its own, the header
 * row too (the extractor reads the rows by their header's columns); the delimiter row
 * is not text. A table of other columns ("Date | Event") is read as lines of text,
 * as before. */
static void mark_tables(const char *v, line *ls, size_t nl)
{
	for (size_t i = 0; i + 1 < nl; i++) {
		int col[FL_TABLE_COLS];
		bool held;
		if (ls[i].cls == L_BLANK || !has_bar(v, &ls[i]))
			continue;
		/* Markdown's delimiter row under the header, or (a page's table, its cells
		 * set apart by bars in the view) the header and the next row opening on one */
		bool delim = table_delimiter(v, &ls[i + 1]);
		size_t k1 = i + 1;
		while (!delim && k1 < nl && ls[k1].cls == L_BLANK)
			k1++;
		if (!delim && !(v[ls[i].start] == '|' && k1 < nl && ls[k1].end > ls[k1].start &&
				v[ls[k1].start] == '|'))
			continue;
		if (!fl_table_columns(v, ls[i].start, ls[i].end, col, &held))
			continue;
		ls[i].cls = L_BODY;
		ls[i].table = i + 1;
		if (delim)
			ls[i + 1].cls = L_BOILER;
		size_t j = delim ? i + 2 : i + 1;
		for (; j < nl && (delim ? ls[j].cls != L_BLANK : true) && (has_bar(v, &ls[j]) || (!delim && ls[j].cls == L_BLANK)); j++) {
			if (ls[j].cls == L_BLANK)
				continue;
			ls[j].cls = L_BODY;
			ls[j].table = i + 1;
		}
		if (i > 0)
			ls[i - 1].wrapped = false;
		for (size_t k = i; k < j; k++) {
			ls[k].wrapped = false;
			ls[k].bullet = false;
			ls[k].block_start = true;
		}
		i = j - 1;
	}
}

/* ---- tables set in columns of spaces ----------------------------------------------- */

/* Line ln is a row of the table whose header is line head: a sentence of its own. */
static void table_row_line(line *ln, size_t head)
{
	ln->cls = L_BODY;
	ln->table = head + 1;
	ln->wrapped = false;
	ln->bullet = false;
	ln->block_start = true;
}

/* The view to write a table's bars into: *vp, made a copy of text when there is none
 * yet; NULL when out of memory. */
static char *writable_view(char **vp, const char *text, size_t len)
{
	if (!*vp && (*vp = malloc(len + 1)) != NULL)
		memcpy(*vp, text, len + 1);
	return *vp;
}


/* The columns where the cells of v[s, e) start: a cell follows two spaces or more.
 * Returns how many (up to max); 0 for a line with a tab (no columns to count on). */
static size_t column_starts(const char *v, size_t s, size_t e, size_t *col, size_t max)
{
	size_t n = 0;
	for (size_t i = s; i < e; i++) {
		if (v[i] == '\t')
			return 0;
		if (v[i] == ' ')
			continue;
		bool starts = i == s || (i >= s + 2 && v[i - 1] == ' ' && v[i - 2] == ' ');
		if (starts && n < max)
			col[n++] = i - s;
	}
	return n;
}

/* A table set in columns of spaces, as text out of a PDF or a typewritten annex has
 * them:
 *	Date     Place            Actor               Event
 *	28 Nov   Urum al-Kubra    HTS-led factions    captured
 * a header whose columns name places and who took or holds them (fl_table_columns),
 * then rows whose cells start at the header's columns. In the view the space before
 * each column becomes a bar, so the rows read as a Markdown table's; a line that only
 * runs on a cell of the row above ("         Aleppo countryside)") is left out. The view
 * is made (a copy of text) when there is none yet; *any is set when a table is found.
 * False when out of memory. */
static bool mark_aligned_tables(char **vp, const char *text, size_t len, line *ls, size_t nl,
				bool *any)
{
	for (size_t i = 0; i + 2 < nl; i++) {
		const char *v = *vp ? *vp : text;
		size_t col[FL_TABLE_COLS], nh;
		/* (a header is a short line: the story's lines are passed over unread) */
		if (ls[i].cls == L_BLANK || ls[i].table || ls[i].start == 0 || v[ls[i].start - 1] != '\n' ||
		    ls[i].end - ls[i].start > 200 || ls[i].terminal ||
		    (nh = column_starts(v, ls[i].start, ls[i].end, col, FL_TABLE_COLS)) < 3)
			continue;
		/* the header's cells, bars between, for fl_table_columns */
		char hb[512];
		size_t hl = 0;
		for (size_t k = 0; k < nh && hl + 4 < sizeof hb; k++) {
			size_t a = ls[i].start + col[k], b = k + 1 < nh ? ls[i].start + col[k + 1] : ls[i].end;
			if (k)
				hb[hl++] = '|';
			for (size_t q = a; q < b && hl + 2 < sizeof hb; q++)
				hb[hl++] = v[q];
		}
		int kinds[FL_TABLE_COLS];
		bool held;
		if (!fl_table_columns(hb, 0, hl, kinds, &held))
			continue;
		/* the rows: each cell starts at its column, after a space */
		size_t j = i + 1, rows = 0;
		for (; j < nl && ls[j].cls != L_BLANK; j++) {
			size_t s = ls[j].start, e = ls[j].end;
			size_t line0 = s;
			while (line0 > 0 && v[line0 - 1] != '\n')
				line0--;
			if (s - line0 >= col[1])
				continue;	/* a cell running on */
			bool fits = s == line0;
			for (size_t k = 1; k < nh && fits && line0 + col[k] < e; k++)
				fits = v[line0 + col[k] - 1] == ' ' && v[line0 + col[k] - 2] == ' ';
			if (!fits)
				break;
			rows++;
		}
		if (rows < 2)
			continue;
		char *w = writable_view(vp, text, len);
		if (!w)
			return false;
		*any = true;
		for (size_t r = i; r < j; r++) {
			size_t s = ls[r].start, line0 = s;
			while (line0 > 0 && w[line0 - 1] != '\n')
				line0--;
			if (r > i && s - line0 >= col[1]) {
				ls[r].cls = L_BOILER;
				continue;
			}
			for (size_t k = 1; k < nh && line0 + col[k] < ls[r].end; k++)
				w[line0 + col[k] - 1] = '|';
			table_row_line(&ls[r], i);
		}
		if (i > 0)
			ls[i - 1].wrapped = false;
		i = j - 1;
	}
	return true;
}

/* ---- tables pasted as CSV ---------------------------------------------------------- */

/* The commas of v[s, e) outside double quotes (a CSV row's separators) into at (up to
 * max); how many, or SIZE_MAX when a quote is left open. */
static size_t csv_commas(const char *v, size_t s, size_t e, size_t *at, size_t max)
{
	size_t n = 0;
	bool quoted = false;
	for (size_t i = s; i < e; i++) {
		if (v[i] == '"')
			quoted = !quoted;
		else if (v[i] == ',' && !quoted && n < max)
			at[n++] = i;
	}
	return quoted ? SIZE_MAX : n;
}

/* Event data pasted as CSV into a post:
 *	event_date,admin1,location,actor1,event_type,notes
 *	2024-11-30,Idlib,Saraqib,HTS-led coalition,Non-state actor overtakes territory,"..."
 * a header without spaces whose columns name places and who took or holds them, then
 * rows with as many separators. In the view the separators become bars, so the rows read
 * as a Markdown table's. The view is made (a copy of text) when there is none yet; *any
 * is set when a table is found. False when out of memory. */
static bool mark_csv_tables(char **vp, const char *text, size_t len, line *ls, size_t nl, bool *any)
{
	for (size_t i = 0; i + 2 < nl; i++) {
		const char *v = *vp ? *vp : text;
		size_t at[FL_TABLE_COLS];
		size_t s = ls[i].start, e = ls[i].end, nh;
		if (ls[i].cls == L_BLANK || ls[i].table || e - s > 200 || memchr(v + s, ' ', e - s) ||
		    (nh = csv_commas(v, s, e, at, FL_TABLE_COLS)) < 2 || nh == SIZE_MAX)
			continue;
		char hb[256];
		size_t hl = e - s < sizeof hb ? e - s : sizeof hb - 1;
		memcpy(hb, v + s, hl);
		for (size_t k = 0; k < hl; k++)
			if (hb[k] == ',')
				hb[k] = '|';
		int kinds[FL_TABLE_COLS];
		bool held;
		if (!fl_table_columns(hb, 0, hl, kinds, &held))
			continue;
		size_t j = i + 1, rows = 0;
		for (; j < nl && ls[j].cls != L_BLANK; j++) {
			size_t rat[FL_TABLE_COLS];
			if (csv_commas(v, ls[j].start, ls[j].end, rat, FL_TABLE_COLS) != nh)
				break;
			rows++;
		}
		if (rows < 2)
			continue;
		char *w = writable_view(vp, text, len);
		if (!w)
			return false;
		*any = true;
		for (size_t r = i; r < j; r++) {
			size_t rat[FL_TABLE_COLS];
			size_t n = csv_commas(w, ls[r].start, ls[r].end, rat, FL_TABLE_COLS);
			for (size_t k = 0; k < n; k++)
				w[rat[k]] = '|';
			table_row_line(&ls[r], i);
		}
		if (i > 0)
			ls[i - 1].wrapped = false;
		i = j - 1;
	}
	return true;
}

/* A Markdown file's front matter: "---" on the first line, "key: value" lines, "---".
 * It is the page's header, not its story. */
static void mark_front_matter(const char *v, line *ls, size_t nl)
{
	if (nl < 3 || ls[0].end - ls[0].start != 3 || memcmp(v + ls[0].start, "---", 3) != 0)
		return;
	for (size_t i = 1; i < nl && i < 60; i++) {
		if (ls[i].end - ls[i].start == 3 && memcmp(v + ls[i].start, "---", 3) == 0) {
			for (size_t k = 0; k <= i; k++) {
				ls[k].front = true;
				if (ls[k].cls != L_BLANK)
					ls[k].cls = L_BOILER;
			}
			return;
		}
	}
}

/* A factbox's or an explainer's section heading, "DEIR EZ-ZOR" or "## Hama" between two
 * paragraphs of the story, may name the place the section is about ("The SDF moved into
 * the city on Dec. 6"): one to four words on a line of their own, no digits (a date or a
 * clock heading is the section dates' business), nothing of the page's furniture. */
static void mark_heads(const char *v, line *ls, size_t nl)
{
	for (size_t i = 1; i + 1 < nl; i++) {
		line *ln = &ls[i];
		if (!(ln->cls == L_HEADING || ln->cls == L_BOILER) || ln->menu || ln->marker || ln->caption ||
		    ln->bullet || ln->running || ln->stamped || ln->table || ln->front || ln->terminal ||
		    ln->words < 1 || ln->words > 4 || ln->end - ln->start > 48 ||
		    !(ln->md_heading || ls[i - 1].cls == L_BLANK))
			continue;
		bool digit = false;
		for (size_t k = ln->start; k < ln->end && !digit; k++)
			digit = isdigit((unsigned char)v[k]);
		size_t p = i, q = i + 1;
		while (p > 0 && ls[p - 1].cls == L_BLANK)
			p--;
		while (q < nl && ls[q].cls == L_BLANK)
			q++;
		ln->head = !digit && p > 0 && ls[p - 1].cls == L_BODY && q < nl && ls[q].cls == L_BODY;
	}
}

/* A list is read whole: when an item of a run of bulleted lines is the story's ("-
 * Rastan and Talbiseh, north of Homs, taken on 6 December."), its short items are too
 * ("- Raqqa, Tabqa and Kobani."). A list of the page's (a sidebar's, a menu's) has no
 * item of the story's and stays out. */
static void join_list_items(line *ls, size_t nl)
{
	for (size_t i = 0; i < nl;) {
		if (!ls[i].bullet || ls[i].cls == L_BLANK) {
			i++;
			continue;
		}
		size_t j = i;
		bool story = false;
		while (j < nl && ls[j].bullet && ls[j].cls != L_BLANK && !ls[j].running) {
			story |= ls[j].cls == L_BODY;
			j++;
		}
		for (size_t k = i; story && k < j; k++)
			if (ls[k].cls == L_BOILER && ls[k].words >= 2 && !ls[k].menu && !ls[k].caption)
				ls[k].cls = L_BODY;
		i = j > i ? j : i + 1;
	}
}

static bool build_sentences(fl_article *a, const char *v, const line *ls, size_t nl)
{
	sent_buf sb = { 0 };
	size_t para = 0;
	size_t i = 0;
	size_t *head = NULL, headcap = 0, head_si = SIZE_MAX;	/* table_head */
	size_t *heads = NULL, nheads = 0, capheads = 0;	/* heading */
	while (i < nl) {
		if (ls[i].head) {
			size_t sa = ls[i].start, n0 = sb.n;
			while (sa < ls[i].end && v[sa] == '#')
				sa++;	/* "## Hama" */
			if (!push_sentence(&sb, v, sa, ls[i].end, para) ||
			    (sb.n > n0 && fl_grow((void **)&heads, &capheads, nheads, 1, sizeof *heads) != FL_OK)) {
				free(sb.s);
				free(sb.para);
				free(head);
				free(heads);
				return false;
			}
			if (sb.n > n0) {
				heads[nheads++] = n0;
				para++;
			}
			i++;
			continue;
		}
		if (ls[i].cls != L_BODY) {
			i++;
			continue;
		}
		/* a paragraph: this line plus hard-wrapped continuation lines */
		size_t a0 = ls[i].start, b0 = ls[i].end;
		size_t j = i;
		while (j + 1 < nl && ls[j + 1].cls == L_BODY && ls[j].wrapped) {
			j++;
			b0 = ls[j].end;
		}
		size_t sa = a0;
		if (ls[i].bullet)
			sa += bullet_len(v + a0, b0 - a0);
		size_t n0 = sb.n;
		if (ls[i].table && ls[i].table - 1 == i)
			head_si = SIZE_MAX;	/* a new table: its rows point at this header only */
		if (!(ls[i].table ? push_sentence(&sb, v, sa, b0, para) : split_sentences(&sb, v, sa, b0, para))) {
			free(sb.s);
			free(sb.para);
			free(head);
			free(heads);
			return false;
		}
		if (ls[i].table && sb.n == n0 + 1) {
			/* the row's header: the sentence of the line above the delimiter */
			size_t hl = ls[i].table - 1;
			if (!head) {
				head = malloc(sb.cap * sizeof *head);
				if (head)
					for (size_t q = 0; q < sb.cap; q++)
						head[q] = SIZE_MAX;
				headcap = sb.cap;
			} else if (headcap < sb.cap) {
				size_t *nh = realloc(head, sb.cap * sizeof *head);
				if (nh)
					for (size_t q = headcap; q < sb.cap; q++)
						nh[q] = SIZE_MAX;
				else
					free(head);
				head = nh;
				headcap = sb.cap;
			}
			if (!head) {
				free(sb.s);
				free(sb.para);
				free(heads);
				return false;
			}
			if (hl == i)
				head_si = n0;
			head[n0] = hl == i ? n0 : head_si;
		}
		para++;
		i = j + 1;
	}
	if (head && headcap < sb.n) {
		size_t *nh = realloc(head, sb.n * sizeof *head);
		if (!nh) {
			free(head);
			free(sb.s);
			free(sb.para);
			free(heads);
			return false;
		}
		for (size_t q = headcap; q < sb.n; q++)
			nh[q] = SIZE_MAX;
		head = nh;
	}
	if (head) {
		/* a row whose header did not come through (too long) is no row */
		for (size_t q = 0; q < sb.n; q++)
			if (head[q] == SIZE_MAX || head[q] >= sb.n)
				head[q] = SIZE_MAX;
	}
	a->heading = NULL;
	if (nheads) {
		a->heading = calloc(sb.n, sizeof *a->heading);
		if (!a->heading) {
			free(heads);
			free(head);
			free(sb.s);
			free(sb.para);
			return false;
		}
		for (size_t q = 0; q < nheads; q++)
			a->heading[heads[q]] = true;
	}
	free(heads);
	a->table_head = head;
	a->sentences = sb.s;
	a->paragraph = sb.para;
	a->nsentences = sb.n;
	a->ncut = sb.ncut;
	a->first_cut = sb.first_cut;
	return true;
}

/* Parse len bytes at buf; owned (if not NULL) is buf itself, NUL-terminated and from
 * malloc: it becomes the article's text instead of a copy (freed on failure). */
static fl_status parse(const char *source, char *owned, const char *buf, size_t len,
		       fl_date user_date, fl_article **out, fl_error *err)
{
	*out = NULL;
	if (!source)
		source = "(article)";
	if (len > FL_ARTICLE_MAX_BYTES) {
		free(owned);
		return fl_error_set_offset(err, FL_ELIMIT, source, -1,
					   "'%s' is %zu bytes, more than the article limit of %u",
					   source, len, FL_ARTICLE_MAX_BYTES);
	}
	fl_status st = validate(source, buf, len, err);
	if (st != FL_OK) {
		free(owned);
		return st;
	}
	fl_article *a = calloc(1, sizeof *a);
	char *v = NULL;		/* the view the lines are read in, when it differs from text */
	line *ls = NULL;
	size_t nl = 0;
	if (!a) {
		free(owned);
		goto nomem;
	}
	a->published = FL_DATE_NONE;
	a->source = fl_strdup(source);
	a->text = owned ? owned : malloc(len + 1);
	if (!a->source || !a->text)
		goto nomem;
	if (!owned) {
		memcpy(a->text, buf, len);
		a->text[len] = 0;
	}
	a->len = len;
	sha256_hex(a->text, len, a->id);
	a->html = looks_html(a->text, len);
	/* The view: carriage returns and form feeds are line ends too, and markup of a page
	 * is blanked out. Plain text without them is read in place (no copy). */
	bool crs = memchr(a->text, '\r', len) || memchr(a->text, '\f', len) ||
		   memchr(a->text, '\v', len);
	bool hyph = !a->html && memmem(a->text, len, "-\n", 2);
	bool subs = false, quoted = false;
	if (!a->html)
		scan_gt(a->text, len, &quoted, &subs);
	bool qp = !a->html && quoted_printable(a->text, len);
	if (crs || a->html || hyph || subs || quoted || qp) {
		v = malloc(len + 1);
		if (!v)
			goto nomem;
		memcpy(v, a->text, len + 1);
		for (size_t i = 0; crs && i < len; i++)
			if (v[i] == '\r' || v[i] == '\f' || v[i] == '\v')
				v[i] = (v[i] == '\r' && i + 1 < len && v[i + 1] == '\n') ? ' ' : '\n';
		if (a->html)
			html_view(a->text, len, v);
		if (qp)
			qp_view(v, len);
		subs = subs && subtitles_view(v, len);
		if (quoted)
			unquote_view(v, len);
		if (hyph)
			hyph = join_hyphenated(v, len);
		if (!crs && !hyph && !subs && !quoted && !qp && !a->html) {
			free(v);	/* no word was broken across lines: read in place */
			v = NULL;
		}
	}
	const char *view = v ? v : a->text;
	if (!split_lines(view, len, &ls, &nl))
		goto nomem;
	a->wrap = mark_lines(view, ls, nl);
	bool aligned = false;	/* the view has a table set in spaces, its bars put in */
	if (!a->html && (!mark_aligned_tables(&v, a->text, len, ls, nl, &aligned) ||
			 !mark_csv_tables(&v, a->text, len, ls, nl, &aligned)))
		goto nomem;
	view = v ? v : a->text;
	mark_tables(view, ls, nl);
	mark_front_matter(view, ls, nl);
	size_t first_body = nl;
	for (size_t i = 0; i < nl; i++)
		if (ls[i].cls == L_BODY) {
			first_body = i;
			break;
		}
	a->header_end = first_body < nl ? ls[first_body].start : len;
	join_colon_lists(view, ls, nl);
	join_list_items(ls, nl);
	mark_heads(view, ls, nl);
	if (!build_sentences(a, view, ls, nl))
		goto nomem;
	if (a->html)
		a->title = html_title(a->text, len, view);
	if (!a->title)
		a->title = text_title(view, ls, nl, first_body);
	/* without room for the cache every look-up scans its line again: same answers */
	a->slash = fl_dates_slash_order(view, len);
	line_dx ldx = { .v = view, .ls = ls, .slash = a->slash };
	ldx.first = malloc((nl ? nl : 1) * sizeof *ldx.first);
	ldx.count = malloc(nl ? nl : 1);
	if (!ldx.first || !ldx.count) {
		free(ldx.first);
		free(ldx.count);
		ldx.first = NULL;
		ldx.count = NULL;
	}
	for (size_t i = 0; ldx.first && i < nl; i++)
		ldx.first[i] = SIZE_MAX;
	if (user_date != FL_DATE_NONE) {
		a->published = user_date;
		strcpy(a->published_how, "user");
	} else {
		find_published(a, &ldx, nl, first_body);
	}
	a->year = find_year(a, &ldx, nl);
	/* "(c) Levant Wire 2024. All rights reserved.": a yearless dateline's year */
	int copy = a->published == FL_DATE_NONE && a->dateline_month ? copyright_year(&ldx, nl) : 0;
	if (copy && copy >= a->year && fl_date_valid(copy, a->dateline_month, a->dateline_day))
		a->year = copy;
	/* "MOSCOW, December 2. /TASS/. ... said on Monday": a yearless dateline whose line
	 * names a weekday, the dateline's or (said the day before) the day before's. The
	 * year the body names (find_year), if any, is the least it can be (the body's
	 * year is often history, "the memorandum of 2017"; what is saved is most often
	 * recent). */
	if (a->published == FL_DATE_NONE && a->dateline_month && ldx.dateline_days && !copy) {
		int cy = this_year();
		int m = a->dateline_month, d = a->dateline_day, found = 0;
		/* without a year in the body, a weekday calendar's cycle back from now */
		int lo = a->year ? a->year : cy - 27;
		/* the body's year when the weekday fits it; else the latest year it fits,
		 * the dateline's own day (exact) or the day before; a weekday names the
		 * dateline's day more often, so an exact fit up to two years before the
		 * latest loose one wins ("November 29 ... on Friday": 2024, not 2025) */
		int exact = 0, loose = 0;
		for (int y = cy; y >= lo; y--) {
			if (!fl_date_valid(y, m, d))
				continue;
			int wd = fl_date_weekday(fl_date_from_ymd(y, m, d));
			bool fx = ldx.dateline_days & (1 << wd), fl = ldx.dateline_days & (1 << ((wd + 6) % 7));
			if (y == a->year && (fx || fl)) {
				found = y;
				break;
			}
			if (!exact && fx)
				exact = y;
			else if (!loose && fl)
				loose = y;
		}
		if (!found)
			found = exact && (!loose || loose <= exact + 2) ? exact : loose;
		if (found)
			a->year = found;
	}
	bool sections = section_dates(a, &ldx, nl);
	free(ldx.ex);
	free(ldx.first);
	free(ldx.count);
	if (!sections)
		goto nomem;
	if (a->published == FL_DATE_NONE && a->dateline_month && a->year &&
	    fl_date_valid(a->year, a->dateline_month, a->dateline_day)) {
		a->published = fl_date_from_ymd(a->year, a->dateline_month, a->dateline_day);
		strcpy(a->published_how, "dateline");
	}
	/* a page of dispatches, each with its dateline, or of statements, each under its
	 * own date line ("Statement No. 9 / Monday, 2 December 2024"), was published
	 * with its latest */
	if (a->section && (strcmp(a->published_how, "dateline") == 0 ||
			   strcmp(a->published_how, "header") == 0))
		for (size_t k = 0; k < a->nsentences; k++)
			if (a->section[k] != FL_DATE_NONE && a->section[k] > a->published)
				a->published = a->section[k];
	/* a live blog's days under headings ("Sunday, 8 December"), and no other date: the
	 * page is as new as its latest day */
	if (a->section && a->published == FL_DATE_NONE && user_date == FL_DATE_NONE) {
		for (size_t k = 0; k < a->nsentences; k++)
			if (a->section[k] != FL_DATE_NONE &&
			    (a->published == FL_DATE_NONE || a->section[k] > a->published))
				a->published = a->section[k];
		if (a->published != FL_DATE_NONE)
			strcpy(a->published_how, "sections");
	}
	free(ls);
	if (v && (a->html || hyph || subs || quoted || qp || aligned)) {
		a->view = v;	/* the article keeps its page's (or joined words') view */
		v = NULL;
	} else {
		a->view = a->text;
	}
	free(v);
	*out = a;
	return FL_OK;
nomem:
	free(ls);
	free(v);
	fl_article_free(a);
	return fl_error_set_offset(err, FL_ENOMEM, source, -1, "out of memory reading '%s'",
				   source);
}

fl_status fl_article_parse(const char *source, const char *buf, size_t len, fl_date user_date,
			   fl_article **out, fl_error *err)
{
	return parse(source, NULL, buf, len, user_date, out, err);
}

fl_status fl_article_read(const char *path, fl_date user_date, fl_article **out, fl_error *err)
{
	*out = NULL;
	char *buf;
	size_t len;
	fl_status st = fl_read_file(path, FL_ARTICLE_MAX_BYTES, &buf, &len, err);
	if (st != FL_OK)
		return st;
	return parse(path, buf, buf, len, user_date, out, err);	/* buf is the article's now */
}
