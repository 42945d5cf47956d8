/* SPDX-License-Identifier: MIT
 *
 * article.h - one article as analysts save it (text, Markdown, HTML, page dumps):
 * validated UTF-8, its id (SHA-256 of the bytes), title, publication date and body
 * sentences with byte offsets. Boilerplate (menus, "Most Read", share buttons,
 * sidebars) is left out of the sentences and never gives the publication date.
 */
#ifndef FL_ARTICLE_H
#define FL_ARTICLE_H

#include "fl.h"

#define FL_ARTICLE_MAX_BYTES (64u << 20)	/* larger articles are refused (FL_ELIMIT) */
#define FL_SENTENCE_MAX_BYTES 4096u	/* longer "sentences" are cut into pieces this long */

typedef struct fl_span {
	size_t start, end;	/* byte offsets into fl_article.text, end exclusive */
} fl_span;

typedef struct fl_article {
	char id[65];		/* lowercase hex SHA-256 of the original bytes */
	char *source;		/* path as given ("-" for stdin) */
	char *text;		/* the original bytes, NUL-terminated, valid UTF-8 */
	size_t len;		/* bytes in text */
	char *title;		/* NULL if none found */
	fl_date published;	/* publication date, FL_DATE_NONE if unknown */
	char published_how[32];	/* "user", "dateline", "header", "weekday", ... */
	fl_span *sentences;	/* body sentences in order */
	size_t nsentences;	/* number of sentences */
	/* added by the article reader (ext) */
	size_t *paragraph;	/* paragraph number of each sentence (nsentences items) */
	int year;		/* year for dates written without one; 0 if unknown */
	size_t header_end;	/* end of the page header (title, byline, dateline) */
	size_t wrap;		/* a line of a paragraph this long (bytes) or longer runs on
				 * into the next: 50, or 20 on a page set in narrow columns */
	bool html;		/* the input was an HTML page */
	int dateline_month;	/* a dateline without a year ("BEIRUT, Dec 8"): 1-12, else 0 */
	int dateline_day;	/* its day of the month, else 0 */
	int slash;		/* how its "06/12/2024" dates read: FL_SLASH_* (dates.h) */
	size_t ncut;		/* sentences longer than FL_SENTENCE_MAX_BYTES that were cut
				 * (at white space) into pieces: text without sentence ends */
	size_t first_cut;	/* byte offset of the first of them (when ncut > 0) */
	fl_date *section;	/* per sentence: the day of the date heading above it in a
				 * feed, digest or live blog ("==== 03.12.2024 ====",
				 * "Tuesday 3 December"), FL_DATE_NONE if none; NULL when the
				 * article has no such heading */
	size_t *table_head;	/* per sentence: for a row of a Markdown table (one sentence
				 * a row), the index of its header row's sentence (the header's
				 * own for itself); SIZE_MAX for any other sentence. NULL when
				 * the article has no table */
	bool *heading;		/* per sentence: a short heading inside the story, read as
				 * a sentence of its own ("HAMA" over a factbox's section,
				 * "## Deir ez-Zor"); NULL when the article has none */
	const char *view;	/* the text as it is read: text itself, or for an HTML page a
				 * copy of the same length with the markup blanked out and
				 * character references decoded in place, padded with FL_FILL
				 * ("Qal&#8217;at" reads "Qal" FILL*4 "’at"): an offset into
				 * one is an offset into the other */
} fl_article;

/* The words of text[s, e) as a reader sees them, in a new string: the bytes themselves,
 * or for an HTML page the view's with markup and padding dropped and runs of white
 * space made one space. NULL when out of memory. */
char *fl_article_words(const fl_article *a, size_t s, size_t e);

/* The bytes the analysers read: the view (the text when none was made). */
static inline const char *fl_article_view(const fl_article *a)
{
	return a->view ? a->view : a->text;
}

/* The columns of a control table, read from its header row v[a, b) ("| Date | Town |
 * Taken by | Status |", "Date  Place  Actor  Event" with its columns set apart by
 * bars in the view): each cell's FL_COL_* into col (up to FL_TABLE_COLS), and in
 * *held whether the taker's column says who holds ("Held by", "Control") rather than
 * who took ("Taken by", "Captured by"). Returns the number of cells; 0 when it is no
 * control table (no column of places, or none of who took or holds them). */
enum { FL_COL_OTHER, FL_COL_DATE, FL_COL_PLACE, FL_COL_TAKER, FL_COL_STATUS, FL_COL_EVENT };
#define FL_TABLE_COLS 16
size_t fl_table_columns(const char *v, size_t a, size_t b, int *col, bool *held);

/* A fact-check's rating label opening the line at v[a, b) ("Verdict: FALSE", "**Our
 * rating:** Misleading"): the offset just past its colon, 0 if there is none. */
size_t fl_verdict_label(const char *v, size_t a, size_t b);

/* Read and parse path. user_date (FL_DATE_NONE if not given) always wins as the
 * publication date. Errors name the file and the byte offset (invalid UTF-8, NUL,
 * binary, empty, too large, a directory). */
fl_status fl_article_read(const char *path, fl_date user_date, fl_article **out,
			  fl_error *err);

/* Same from memory; buf is copied. source names it in errors. */
fl_status fl_article_parse(const char *source, const char *buf, size_t len,
			   fl_date user_date, fl_article **out, fl_error *err);

void fl_article_free(fl_article *a);

#endif
