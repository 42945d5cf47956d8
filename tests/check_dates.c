/* SPDX-License-Identifier: MIT
 * check_dates.c - absolute and relative date expressions, resolved against a day. */
#include <string.h>
#include "testutil.h"
#include "dates.h"

/* Reference day for the table: Saturday 2024-12-07. */
static const struct {
	const char *text;	/* one expression inside some words */
	const char *found;	/* the span it must cover */
	const char *date, *date_end, *precision;	/* "" date: cannot resolve */
} cases[] = {
	{ "HTS entered the city on November 27, 2024, officials said", "November 27, 2024", "2024-11-27", "2024-11-27", "day" },
	{ "capturing Aleppo on Nov. 30, followed by", "Nov. 30", "2024-11-30", "2024-11-30", "day" },
	{ "by 30 November the army had left", "30 November", "2024-11-30", "2024-11-30", "day" },
	{ "date 2024-11-27 Damascus", "2024-11-27", "2024-11-27", "2024-11-27", "day" },
	/* an ISO 8601 stamp with its time, as saved pages carry it */
	{ "Updated 2024-12-08T10:35:00Z by the desk", "2024-12-08", "2024-12-08", "2024-12-08", "day" },
	{ "posted 1 Dec 2024 17:37 by staff", "1 Dec 2024", "2024-12-01", "2024-12-01", "day" },
	/* the Arabic comma (U+060C) before the year, as a Syrian agency's English page sets it */
	{ "Syria\n\n4 December\u060c 2024\n\nHama, SANA-", "4 December\u060c 2024", "2024-12-04", "2024-12-04", "day" },
	{ "on December 4\u060c 2024 the army", "December 4\u060c 2024", "2024-12-04", "2024-12-04", "day" },
	{ "since the 6th of December 2024 at dawn", "6th of December 2024", "2024-12-06", "2024-12-06", "day" },
	/* an ordinal in words, as speeches and translations write the day */
	{ "On the first of December, while everyone", "the first of December", "2024-12-01", "2024-12-01", "day" },
	{ "on the twenty-first of November 2024 the", "the twenty-first of November 2024", "2024-11-21",
	  "2024-11-21", "day" },
	{ "the first of the towns fell on the sixth of December", "the sixth of December", "2024-12-06",
	  "2024-12-06", "day" },
	{ "adopted in December 2015, calls", "December 2015", "2015-12-01", "2015-12-31", "month" },
	{ "liberated the town in the August of 2019 after", "August of 2019", "2019-08-01", "2019-08-31", "month" },
	{ "took Hama on Thursday evening", "Thursday evening", "2024-12-05", "2024-12-05", "day" },
	{ "said on Saturday that", "Saturday", "2024-12-07", "2024-12-07", "day" },
	{ "ministers will convene in Doha on Monday", "Monday", "2024-12-09", "2024-12-09", "day" },
	{ "During Friday's meeting", "Friday's", "2024-12-06", "2024-12-06", "day" },
	{ "the army withdrew yesterday from", "yesterday", "2024-12-06", "2024-12-06", "day" },
	{ "strengthened their lines last night with", "last night", "2024-12-06", "2024-12-06", "day" },
	{ "rebels took the town overnight, residents said", "overnight", "2024-12-06", "2024-12-07", "range" },
	/* the night a date after "overnight" names */
	{ "withdrew overnight on 29 November", "29 November", "2024-11-29", "2024-11-29", "day" },
	/* days from one to another of a month */
	{ "Between 2 and 4 December, the army held", "2 and 4 December", "2024-12-02", "2024-12-04", "range" },
	{ "withdrew overnight on 29-30 November", "29-30 November", "2024-11-29", "2024-11-30", "range" },
	/* the month first: "November 29-30", "Dec. 7 to 8" */
	{ "withdrew overnight on November 29-30, 2024, a monitor said", "November 29-30, 2024", "2024-11-29",
	  "2024-11-30", "range" },
	{ "rebels entered Homs on Dec. 7 to 8.", "Dec. 7 to 8", "2024-12-07", "2024-12-08", "range" },
	/* an en dash between the days, as encyclopedias write them; a dash between words */
	{ "On 1\u20132 December the army launched a counter-attack", "1\u20132 December", "2024-12-01",
	  "2024-12-02", "range" },
	{ "entered Homs on the night of 7\u20138 December.", "7\u20138 December", "2024-12-07", "2024-12-08",
	  "range" },
	{ "fighting\u2014on Monday\u2014went on", "Monday", "2024-12-02", "2024-12-02", "day" },
	{ "flew into Baghdad this morning", "this morning", "2024-12-07", "2024-12-07", "day" },
	/* "until March 1" said in December is next year's; "until November 30", days
	 * before, a day gone by */
	{ "was named caretaker prime minister until March 1, officials said", "March 1", "2025-03-01",
	  "2025-03-01", "day" },
	{ "the army held the town until November 30, when it fell", "November 30", "2024-11-30", "2024-11-30",
	  "day" },
	{ "Over the past 10 days, HTS has", "Over the past 10 days", "2024-11-27", "2024-12-07", "range" },
	{ "in the past three days with HTS", "in the past three days", "2024-12-04", "2024-12-07", "range" },
	{ "launched their offensive a little over a week ago", "a little over a week ago", "2024-11-27", "2024-11-29", "range" },
	{ "fell two days ago", "two days ago", "2024-12-05", "2024-12-05", "day" },
	{ "photo taken Saturday, November 30, 2024 (AP)", "Saturday, November 30, 2024", "2024-11-30", "2024-11-30", "day" },
	{ "Dec. 30 in Aleppo", "Dec. 30", "2023-12-30", "2023-12-30", "day" },
	/* read a year on: "last year" after the day, or a day after the reference with a
	 * weekday the guessed year's calendar does not have on it but the year before's
	 * does (a day before the reference keeps its year whatever the weekday) */
	{ "began before dawn on 27 November last year, on", "27 November last year", "2023-11-27",
	  "2023-11-27", "day" },
	{ "then, on Friday 8 December, the first", "Friday 8 December", "2023-12-08", "2023-12-08", "day" },
	/* "It is nearly 3am on Sunday in Homs" on a page of Saturday: today where it is told */
	{ "It is nearly 3am on Sunday in Homs.", "Sunday", "2024-12-08", "2024-12-08", "day" },
	{ "Rebels took Homs. It was quiet on Sunday.", "Sunday", "2024-12-01", "2024-12-01", "day" },
	/* a day by its ordinal alone, spoken: "on the fifth", as "the 5th" (and not "the
	 * first and second positions") */
	{ "and when Hama went, on the fifth, that was it", "the fifth", "2024-12-05", "2024-12-05", "day" },
	{ "then, on Sunday 8 December, the first", "Sunday 8 December", "2024-12-08", "2024-12-08", "day" },
	{ "then, on Thursday 30 November, the first", "Thursday 30 November", "2024-11-30", "2024-11-30", "day" },
	/* numeric, day first with dots; with slashes only when the order is plain */
	{ "Staff |09.12.2024 - Update", "09.12.2024", "2024-12-09", "2024-12-09", "day" },
	{ "posted 30/11/2024 by", "30/11/2024", "2024-11-30", "2024-11-30", "day" },
	{ "posted 11/30/2024 by", "11/30/2024", "2024-11-30", "2024-11-30", "day" },
	{ "ERBIL - 18-12-2024 07:05", "18-12-2024", "2024-12-18", "2024-12-18", "day" },
	{ "Updated 2024/12/08 09:10", "2024/12/08", "2024-12-08", "2024-12-08", "day" },
	/* a day of the month without its month: the latest such day up to the reference */
	{ "Zarba fell on the morning of the 29th, which cut the road", "29th", "2024-11-29", "2024-11-29", "day" },
	{ "it fell on the 5th per two clips", "5th", "2024-12-05", "2024-12-05", "day" },
	{ "reports circulating since (29th) are false", "29th", "2024-11-29", "2024-11-29", "day" },
	/* spans of the calendar around the reference (Saturday 7 December 2024) */
	{ "fighters left over the weekend, a source said", "over the weekend", "2024-12-07", "2024-12-07", "day" },
	/* "last weekend" said on a Saturday is the weekend before */
	{ "took the town from Kurdish fighters last weekend", "last weekend", "2024-11-30", "2024-12-01", "range" },
	{ "rebels took it earlier this month", "earlier this month", "2024-12-01", "2024-12-07", "range" },
	{ "Kurdish forces withdrew from the town at the start of the month under pressure",
	  "at the start of the month", "2024-12-01", "2024-12-07", "range" },
	{ "Early this month the SNA took the town", "Early this month", "2024-12-01", "2024-12-07", "range" },
	{ "the town fell last month", "last month", "2024-11-01", "2024-11-30", "month" },
	{ "the front moved this week", "this week", "2024-12-02", "2024-12-07", "range" },
};

START_TEST(find_and_resolve)
{
	fl_date ref;
	ck_assert_int_eq(fl_date_parse("2024-12-07", &ref), FL_OK);
	fl_date_expr ex[8];
	const char *t = cases[_i].text;
	size_t n = fl_dates_find(t, strlen(t), ex, 8);
	ck_assert_msg(n == 1, "'%s': %zu expressions", t, n);
	const char *want = strstr(t, cases[_i].found);
	ck_assert_ptr_nonnull(want);
	ck_assert_uint_eq(ex[0].start, (size_t)(want - t));
	ck_assert_uint_eq(ex[0].end, (size_t)(want - t) + strlen(cases[_i].found));
	ck_assert(fl_dates_resolve(&ex[0], ref, 0));
	char a[11], b[11];
	ck_assert_str_eq(fl_date_format(ex[0].date, a), cases[_i].date);
	ck_assert_str_eq(fl_date_format(ex[0].date_end, b), cases[_i].date_end);
	ck_assert_str_eq(ex[0].precision, cases[_i].precision);
}
END_TEST

static const char *const not_dates[] = {
	"the army may march on the city", "in 2024 troops", "route 30 north", "a 10-day truce",
	"Saturn and Mars", "March of the rebels began", "the Sunday Times wrote", "May of 2019ers",
	"posted 05/06/2024 (which order?)", "version 1.2.2024", "resolution 2254.12.2024",
	"the 4th Division moved north", "units of the 25th division", "the 10th anniversary of",
	"on the 5th floor", "29th in line", "the army took the first and second positions",
	"on the first day of the offensive",
};

START_TEST(no_false_dates)
{
	fl_date_expr ex[4];
	const char *t = not_dates[_i];
	size_t n = fl_dates_find(t, strlen(t), ex, 4);
	/* "the Sunday Times" is a weekday by form; everything else must be empty */
	if (strstr(t, "Sunday"))
		ck_assert_uint_le(n, 1);
	else
		ck_assert_msg(n == 0, "'%s' gave %zu", t, n);
}
END_TEST

START_TEST(unresolved_without_reference)
{
	const char *t = "took the town yesterday, and on Thursday; Nov. 30";
	fl_date_expr ex[4];
	size_t n = fl_dates_find(t, strlen(t), ex, 4);
	ck_assert_uint_eq(n, 3);
	ck_assert(!fl_dates_resolve(&ex[0], FL_DATE_NONE, 0));
	ck_assert(!fl_dates_resolve(&ex[1], FL_DATE_NONE, 0));
	ck_assert(!fl_dates_resolve(&ex[2], FL_DATE_NONE, 0));
	ck_assert_int_eq(ex[2].date, FL_DATE_NONE);
	/* a year from elsewhere in the text resolves "Nov. 30" */
	ck_assert(fl_dates_resolve(&ex[2], FL_DATE_NONE, 2024));
	ck_assert_int_eq(ex[2].date, fl_date_from_ymd(2024, 11, 30));
}
END_TEST

/* Days counted from where the story is, not from the publication day: found as
 * FL_DATE_LATER and resolved against the day the story had reached. */
static const struct {
	const char *text, *found;
	int after;
} later_cases[] = {
	{ "left before dawn the next day, residents said", "the next day", 1 },
	{ "The following morning rebels entered Rastan", "The following morning", 1 },
	{ "Two days later, the army withdrew", "Two days later", 2 },
	{ "and 3 days later it fell", "3 days later", 3 },
	{ "A week later the SNA took Manbij", "A week later", 7 },
	{ "fell on the same Saturday, SOHR said", "the same Saturday", 0 },
	{ "later that day the army left", "later that day", 0 },
	{ "sent troops into the zone that same day and", "that same day", 0 },
	{ "earlier that day the army had left", "earlier that day", 0 },
};

START_TEST(later_than_the_story)
{
	fl_date anchor = fl_date_from_ymd(2024, 11, 30);
	const char *t = later_cases[_i].text;
	fl_date_expr ex[4];
	size_t n = fl_dates_find(t, strlen(t), ex, 4);
	ck_assert_msg(n == 1, "'%s': %zu expressions", t, n);
	const char *want = strstr(t, later_cases[_i].found);
	ck_assert_uint_eq(ex[0].start, (size_t)(want - t));
	ck_assert_uint_eq(ex[0].end, (size_t)(want - t) + strlen(later_cases[_i].found));
	ck_assert_int_eq(ex[0].kind, FL_DATE_LATER);
	ck_assert(!fl_dates_resolve(&ex[0], FL_DATE_NONE, 0));	/* no story day, no date */
	ck_assert(fl_dates_resolve(&ex[0], anchor, 0));
	ck_assert_int_eq(ex[0].date, anchor + later_cases[_i].after);
	ck_assert_str_eq(ex[0].precision, "day");
	/* "last Sunday" said on a Sunday is the Sunday before */
	const char *ls = "which began last Sunday";
	ck_assert_uint_eq(fl_dates_find(ls, strlen(ls), ex, 4), 1);
	ck_assert(fl_dates_resolve(&ex[0], fl_date_from_ymd(2024, 12, 8), 0));
	ck_assert_int_eq(ex[0].date, fl_date_from_ymd(2024, 12, 1));
	/* "Aleppo fell that weekend": the Saturday and Sunday of the story's week */
	const char *tw = "and Aleppo fell that weekend, so quickly that";
	ck_assert_uint_eq(fl_dates_find(tw, strlen(tw), ex, 4), 1);
	ck_assert(fl_dates_resolve(&ex[0], fl_date_from_ymd(2024, 11, 29), 0));
	ck_assert_int_eq(ex[0].date, fl_date_from_ymd(2024, 11, 30));
	ck_assert_int_eq(ex[0].date_end, fl_date_from_ymd(2024, 12, 1));
	ck_assert_str_eq(ex[0].precision, "range");
	/* "fell within three days": some day from the story's to three after it */
	const char *w3 = "Aleppo city fell within three days.";
	ck_assert_uint_eq(fl_dates_find(w3, strlen(w3), ex, 4), 1);
	ck_assert_int_eq(ex[0].kind, FL_DATE_LATER);
	ck_assert(fl_dates_resolve(&ex[0], anchor, 0));
	ck_assert_int_eq(ex[0].date, anchor);
	ck_assert_int_eq(ex[0].date_end, anchor + 3);
	ck_assert_str_eq(ex[0].precision, "range");
	const char *w48 = "within 48 hours the army had gone; within the city";
	ck_assert_uint_eq(fl_dates_find(w48, strlen(w48), ex, 4), 1);
	ck_assert(fl_dates_resolve(&ex[0], anchor, 0));
	ck_assert_int_eq(ex[0].date_end, anchor + 2);
	/* the next 48 hours are not a day of the story */
	const char *u = "The next 48 hours will decide whether the army holds";
	ck_assert_uint_eq(fl_dates_find(u, strlen(u), ex, 4), 0);
}
END_TEST

/* "06/12/2024" is read in the order the text shows elsewhere, or its clock suggests,
 * else not at all */
START_TEST(slash_order)
{
	static const struct {
		const char *text;
		int want;
	} orders[] = {
		{ "Posts of 06/12/2024 and 07/12/2024 (6-7 December)", FL_SLASH_DMY },
		{ "Posted 12/13/2024; updated 12/06/2024", FL_SLASH_MDY },
		{ "Posted 13/12/2024 and 12/13/2024, then 06/12/2024", FL_SLASH_UNKNOWN },
		{ "Posted 06/12/2024 at 10:00", FL_SLASH_UNKNOWN },
		{ "ERBIL - 08-12-2024 07:05 ... crossed on 7 December", FL_SLASH_DMY },
		/* else the clock: a 24-hour one goes with day-first dates, "9:41 PM" with
		 * month-first ones; both or neither tell nothing */
		{ "[07/12/2024, 17:42] Abu Omar: Forwarded\n[07/12/2024, 17:44] Rana: Yes", FL_SLASH_DMY },
		{ "Updated 12/07/2024 9:41 PM EST", FL_SLASH_MDY },
		{ "Posted 06/12/2024 at 18:00, updated 9:41 PM", FL_SLASH_UNKNOWN },
		/* else dashes before the year are day first ("06-12-2024" under a Damascus
		 * daily's headline); slashes are not */
		{ "Local\n\n06-12-2024\n\nHoms, Al-Bayraq - Units of the army", FL_SLASH_DMY },
		{ "Posted 06-12-2024, updated 9:41 PM", FL_SLASH_MDY },
		{ "Posted 06-12-2024, reposted 07/12/2024", FL_SLASH_UNKNOWN },
		/* a month of another year tells less than the clock ("02/12/2024 - 19:05 ...
		 * taken in February 2016"); with no clock it still counts */
		{ "02/12/2024 - 19:05\n\nThe SDF had taken the town in February 2016.", FL_SLASH_DMY },
		{ "01/12/2024\n\nIn December 2016 the army retook the east of the city.", FL_SLASH_DMY },
	};
	for (size_t i = 0; i < sizeof orders / sizeof orders[0]; i++)
		ck_assert_msg(fl_dates_slash_order(orders[i].text, strlen(orders[i].text)) == orders[i].want,
			      "'%s': order %d, want %d", orders[i].text,
			      fl_dates_slash_order(orders[i].text, strlen(orders[i].text)), orders[i].want);
	const char *none = orders[3].text;
	fl_date_expr ex[2];
	char buf[11];
	ck_assert_uint_eq(fl_dates_find(none, strlen(none), ex, 2), 0);
	ck_assert_uint_eq(fl_dates_find_in(none, strlen(none), FL_SLASH_DMY, ex, 2), 1);
	ck_assert(fl_dates_resolve(&ex[0], FL_DATE_NONE, 0));
	ck_assert_str_eq(fl_date_format(ex[0].date, buf), "2024-12-06");
	ck_assert_uint_eq(fl_dates_find_in(none, strlen(none), FL_SLASH_MDY, ex, 2), 1);
	ck_assert(fl_dates_resolve(&ex[0], FL_DATE_NONE, 0));
	ck_assert_str_eq(fl_date_format(ex[0].date, buf), "2024-06-12");
	/* a digest's "02/12": in the page's order; never "24/7" or "3/4" */
	const char *digest = "* 02/12: SNA factions took Tal Rifaat; 24/7 coverage; 3/4 of it";
	ck_assert_uint_eq(fl_dates_find(digest, strlen(digest), ex, 2), 0);
	ck_assert_uint_eq(fl_dates_find_in(digest, strlen(digest), FL_SLASH_DMY, ex, 2), 1);
	ck_assert(fl_dates_resolve(&ex[0], fl_date_from_ymd(2024, 12, 4), 0));
	ck_assert_str_eq(fl_date_format(ex[0].date, buf), "2024-12-02");
	/* a link's path is no date of the text */
	const char *link = "[1](https://www.npr.org/2024/11/30/g-s1-36257/offensive)";
	ck_assert_uint_eq(fl_dates_find(link, strlen(link), ex, 2), 0);
}
END_TEST

START_TEST(month_names)
{
	ck_assert_int_eq(fl_dates_month("Nov", 3), 11);
	ck_assert_int_eq(fl_dates_month("sept", 4), 9);
	ck_assert_int_eq(fl_dates_month("December", 8), 12);
	ck_assert_int_eq(fl_dates_month("Decem", 5), 0);
	ck_assert_int_eq(fl_dates_month("Ma", 2), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("dates");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, find_and_resolve, 0, sizeof cases / sizeof cases[0]);
	tcase_add_loop_test(tc, later_than_the_story, 0, sizeof later_cases / sizeof later_cases[0]);
	tcase_add_loop_test(tc, no_false_dates, 0, sizeof not_dates / sizeof not_dates[0]);
	tcase_add_test(tc, unresolved_without_reference);
	tcase_add_test(tc, month_names);
	tcase_add_test(tc, slash_order);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
