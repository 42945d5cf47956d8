/* SPDX-License-Identifier: MIT
 *
 * fuzz_article.c - fuzz the article reader (fl_article_parse): text, Markdown, HTML
 * and saved pages, broken or not. Whatever the bytes: an error that names the source,
 * or an article whose text is the input, valid UTF-8, whose id is its SHA-256 in hex,
 * whose sentences lie in order inside the text, and whose dates are real days.
 */
#include <utf8proc.h>
#include "fuzz_common.h"
#include "article.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fl_error err;
	fl_error_clear(&err);
	fl_article *a = NULL;
	/* Half the inputs with an analyst's --date, half without. */
	fl_date user = (size && (data[0] & 1)) ? fl_date_from_ymd(2024, 12, 5) : FL_DATE_NONE;
	fl_status rc = fl_article_parse("fuzz-input.txt", (const char *)data, size, user, &a, &err);
	if (rc != FL_OK) {
		FUZZ_CHECK(a == NULL, "error %d with an article", rc);
		FUZZ_CHECK(err.code == rc, "returned %d, recorded %d", rc, err.code);
		FUZZ_CHECK(strstr(err.text, "fuzz-input.txt") || strcmp(err.source, "fuzz-input.txt") == 0,
			   "error does not name the source: %s", err.text);
		FUZZ_CHECK(err.offset < (long long)size + 1, "error offset %lld beyond %zu", err.offset, size);
		return 0;
	}
	FUZZ_CHECK(a != NULL, "FL_OK without an article");
	FUZZ_CHECK(a->len == size && memcmp(a->text, data, size) == 0 && a->text[size] == '\0',
		   "text is not the input");
	FUZZ_CHECK(strlen(a->id) == 64 && strspn(a->id, "0123456789abcdef") == 64, "id '%s'", a->id);
	for (size_t i = 0; i < size;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)a->text + i,
						      (utf8proc_ssize_t)(size - i), &cp);
		FUZZ_CHECK(n > 0 && cp != 0, "accepted invalid UTF-8 or NUL at %zu", i);
		i += (size_t)n;
	}
	size_t prev = 0;
	for (size_t i = 0; i < a->nsentences; i++) {
		const fl_span *s = &a->sentences[i];
		FUZZ_CHECK(s->start < s->end && s->end <= a->len, "sentence %zu [%zu,%zu) of %zu", i,
			   s->start, s->end, a->len);
		FUZZ_CHECK(s->start >= prev, "sentence %zu starts at %zu before %zu", i, s->start, prev);
		prev = s->end;
	}
	if (user != FL_DATE_NONE)
		FUZZ_CHECK(a->published == user, "the user's date did not win");
	if (a->published != FL_DATE_NONE) {
		int y, m, d;
		fl_date_to_ymd(a->published, &y, &m, &d);
		FUZZ_CHECK(fl_date_valid(y, m, d), "published %d-%d-%d", y, m, d);
	}
	if (a->title)
		FUZZ_CHECK(strlen(a->title) <= size * 4 + 16, "title longer than the input");
	fl_article_free(a);
	return 0;
}
