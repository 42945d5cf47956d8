/* SPDX-License-Identifier: MIT
 *
 * fuzz_dates.c - fuzz the date expressions in running text (fl_dates_find and
 * fl_dates_resolve): spans inside the text and in order, resolved days real and in
 * order (first <= last), against a reference day taken from the input.
 */
#include "fuzz_common.h"
#include "dates.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	/* The first two bytes choose the reference day (or none) and the default year. */
	fl_date ref = data[0] == 0xff ? FL_DATE_NONE : fl_date_from_ymd(2024, 1, 1) + data[0] * 3;
	int year = data[1] < 0x80 ? 0 : 1990 + (data[1] & 0x3f);
	const char *text = (const char *)data + 2;
	size_t len = size - 2;
	fl_date_expr ex[16];
	size_t n = fl_dates_find(text, len, ex, 16);
	size_t stored = n < 16 ? n : 16;
	size_t prev = 0;
	for (size_t i = 0; i < stored; i++) {
		fl_date_expr *e = &ex[i];
		FUZZ_CHECK(e->start < e->end && e->end <= len, "expr %zu [%zu,%zu) of %zu", i, e->start,
			   e->end, len);
		FUZZ_CHECK(e->start >= prev, "expr %zu out of order", i);
		prev = e->end;
		if (fl_dates_resolve(e, ref, year)) {
			int y, m, d;
			FUZZ_CHECK(e->date != FL_DATE_NONE && e->date_end != FL_DATE_NONE, "resolved to none");
			FUZZ_CHECK(e->date <= e->date_end, "range backwards");
			fl_date_to_ymd(e->date, &y, &m, &d);
			FUZZ_CHECK(fl_date_valid(y, m, d), "resolved to %d-%d-%d", y, m, d);
			FUZZ_CHECK(e->date_end - e->date < 400, "range of %d days", e->date_end - e->date);
			FUZZ_CHECK(!strcmp(e->precision, "day") || !strcmp(e->precision, "range") ||
					   !strcmp(e->precision, "month"),
				   "precision '%s'", e->precision);
		} else {
			FUZZ_CHECK(e->date == FL_DATE_NONE, "unresolved with a date");
		}
	}
	/* fl_dates_month never reads past n. */
	for (size_t k = 0; k < len && k < 12; k++)
		(void)fl_dates_month(text, k);
	return 0;
}
