/* SPDX-License-Identifier: MIT
 *
 * fuzz_date.c - fuzz fl_date_parse, the parser behind every --date/--from/--to and
 * baseline_date: it must accept exactly the real days "YYYY-MM-DD" from 1900 to 2199
 * and nothing else, and what it accepts must format back to the same text.
 */
#include "fuzz_common.h"
#include "fl.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_cstr(data, size);
	if (!s)
		return 0;
	fl_date d = FL_DATE_NONE;
	if (fl_date_parse(s, &d) == FL_OK) {
		char buf[11];
		fl_date_format(d, buf);
		FUZZ_CHECK(strcmp(buf, s) == 0, "'%s' parsed, formats as '%s'", s, buf);
		int y, m, dd;
		fl_date_to_ymd(d, &y, &m, &dd);
		FUZZ_CHECK(fl_date_valid(y, m, dd) && y >= 1900 && y <= 2199, "'%s'", s);
		FUZZ_CHECK(fl_date_from_ymd(y, m, dd) == d, "'%s'", s);
		FUZZ_CHECK(fl_date_weekday(d) >= 0 && fl_date_weekday(d) <= 6, "'%s'", s);
	} else {
		/* Rejected: it must not be a real day written in the one accepted form. */
		int y, m, dd, n = 0;
		if (size == 10 && sscanf(s, "%4d-%2d-%2d%n", &y, &m, &dd, &n) == 3 && n == 10 &&
		    strspn(s, "0123456789-") == 10 && s[4] == '-' && s[7] == '-' &&
		    strchr(s, '-') == s + 4 && strchr(s + 5, '-') == s + 7)
			FUZZ_CHECK(!(y >= 1900 && y <= 2199 && fl_date_valid(y, m, dd)),
				   "real day '%s' rejected", s);
	}
	free(s);
	return 0;
}
