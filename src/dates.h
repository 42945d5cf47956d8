/* SPDX-License-Identifier: MIT
 *
 * dates.h - date expressions in running text: absolute ("November 27, 2024",
 * "Nov. 30", "30 November", "2024-11-27", "December 2015") and relative to a reference
 * day, usually the publication date ("on Thursday", "yesterday", "last night", "this
 * morning", "over the past 10 days", "three days ago"). Each comes back with its byte
 * span and a precision: a day, a range of days, or a month.
 *
 * English only; matching is case-insensitive and on word boundaries.
 */
#ifndef FL_DATES_H
#define FL_DATES_H

#include "fl.h"

typedef enum fl_date_kind {
	FL_DATE_ABSOLUTE = 0,	/* a calendar date in the text, maybe without its year */
	FL_DATE_RELATIVE,	/* "yesterday", "last night", "over the past 10 days" */
	FL_DATE_WEEKDAY,	/* "on Thursday", "Friday's" */
	FL_DATE_LATER,		/* "the next day", "two days later", "the same Saturday": days
				 * after the day the story had reached, not the publication */
} fl_date_kind;

typedef struct fl_date_expr {
	size_t start, end;	/* byte span in the text, end exclusive */
	fl_date_kind kind;	/* how it was written */
	int year, month, day;	/* absolute: year 0 if not written, day 0 for a month */
	int offset;		/* relative: days back from the reference day (first day);
				 * later: days after the day the story had reached; weekday: 1
				 * for "last Friday" (never the reference day itself) */
	int span;		/* relative: days in the range (1 for a day) */
	int weekday;		/* weekday: 0 Monday ... 6 Sunday */
	bool future;		/* weekday: "will ... on Saturday", "next Monday" */
	bool today;		/* weekday: "It is nearly 3am on Sunday": the day it is where it
				 * is told, on or after the reference (a day of the story, not to
				 * come) */
	bool has_time;		/* followed by a clock time ("17:37") */
	bool by_weekday;	/* later: the first weekday (weekday) from the story's day on
				 * ("on the Sunday", "the same Saturday") */
	fl_date date;		/* resolved first day, FL_DATE_NONE if it cannot be */
	fl_date date_end;	/* resolved last day (== date for a day) */
	char precision[8];	/* "day", "range" or "month" */
	int calendar;		/* relative: a span of the calendar around the reference day
				 * (FL_CAL_*), 0 for offset and span */
	int day_from;		/* absolute: the first day of "2-4 December", "between 2 and 4
				 * December" (day is the last), else 0 */
	int named_weekday;	/* absolute: the weekday written with it ("Friday 29 November"),
				 * 1 Monday ... 7 Sunday, 0 none */
	bool last_year;		/* absolute without a year: "27 November last year" */
} fl_date_expr;

/* Relative spans of the calendar: "over the weekend" (the last Saturday and Sunday up
 * to the reference; "last weekend" said on a weekend day, the one before), "this week"
 * (its Monday to the reference), "earlier this month" (the month's first day to the
 * reference), "last month" (the whole month before), "one year ago today" (the same day
 * so many years before: offset years). */
enum {
	FL_CAL_WEEKEND = 1, FL_CAL_THIS_WEEK, FL_CAL_THIS_MONTH, FL_CAL_LAST_MONTH, FL_CAL_LAST_WEEKEND,
	FL_CAL_YEARS_AGO
};

/* Find date expressions in text[0..len) in text order and store up to max of them in
 * out. Returns how many were found (may exceed max: only max are stored).
 * Nothing is resolved yet (date is FL_DATE_NONE); see fl_dates_resolve. */
size_t fl_dates_find(const char *text, size_t len, fl_date_expr *out, size_t max);

/* How a text writes its dates with slashes: "13/12/2024" is day first, "12/13/2024"
 * month first; "06/12/2024" is either. */
enum { FL_SLASH_UNKNOWN = 0, FL_SLASH_DMY = 1, FL_SLASH_MDY = 2 };

/* fl_dates_find, reading a slash date whose order cannot be told from its numbers
 * ("06/12/2024") in the order given (FL_SLASH_UNKNOWN: not at all). */
size_t fl_dates_find_in(const char *text, size_t len, int slash, fl_date_expr *out, size_t max);

/* The order of the slash dates in text[0..len): the one its unmistakable slash dates
 * use ("13/12/2024"); if none is, the one under which its ambiguous ones fall in the
 * months the text names in words ("06/12/2024 ... 6-11 December": day first), else
 * the one its clock suggests (24-hour: day first; "9:41 PM": month first); else day
 * first if they are all written with dashes ("06-12-2024"); FL_SLASH_UNKNOWN if none
 * tells. */
int fl_dates_slash_order(const char *text, size_t len);

/* Resolve e against the reference day ref (the publication date, FL_DATE_NONE if
 * unknown; for FL_DATE_LATER the day the story had reached before e) and a year to use when the text gives none (0: the year of ref, or the year
 * that puts the date on or before ref). Sets date, date_end and precision; returns
 * false (date = FL_DATE_NONE) if it cannot be resolved, e.g. a relative date with no
 * reference day. */
bool fl_dates_resolve(fl_date_expr *e, fl_date ref, int default_year);

/* Parse a month name or its abbreviation ("Nov", "Nov.", "November", "sept") at s
 * (n bytes). Returns 1-12, or 0. */
int fl_dates_month(const char *s, size_t n);

#endif
