/* SPDX-License-Identifier: MIT
 *
 * fl.h - what every frontline module shares: the status codes, the error record,
 * calendar dates, growable arrays and where the data lives.
 *
 * Every fallible function returns an fl_status and fills an fl_error (last parameter,
 * may be NULL; the first error wins). Objects come back through `T **out`, always set.
 * The library never prints, exits or aborts on bad input: only cli/main.c exits.
 */
#ifndef FL_H
#define FL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdio.h>

#define FL_VERSION "0.1.0"

typedef enum fl_status {
	FL_OK = 0,
	FL_ENOMEM,	/* out of memory */
	FL_EINVAL,	/* bad argument or bad value in input */
	FL_EIO,		/* a file could not be read or written */
	FL_EPARSE,	/* input is malformed (JSON, CSV, dump, article) */
	FL_ENOTFOUND,	/* a name, file or record does not exist */
	FL_EGDAL,	/* GDAL/OGR reported an error */
	FL_EPROJ,	/* PROJ reported an error */
	FL_EGEOS,	/* GEOS reported an error */
	FL_ECAIRO,	/* cairo or pango reported an error */
	FL_ELIMIT,	/* input exceeds a documented limit (size, count) */
	FL_EUSAGE,	/* the caller used the API or command wrongly */
} fl_status;

/* Detail of an error. `source` names the file, article or datasource; line and
 * column are 1-based (0 when unknown); `offset` is a byte offset (-1 when unknown). */
typedef struct fl_error {
	fl_status code;		/* FL_OK while nothing went wrong */
	long line;		/* 1-based line in source, 0 if unknown */
	long column;		/* 1-based column, 0 if unknown */
	long long offset;	/* byte offset in source, -1 if unknown */
	char source[512];	/* file, article or datasource the error is about */
	char text[1024];	/* what went wrong and why, lowercase, no trailing newline */
} fl_error;

/* Reset err to "no error". err may be NULL. */
void fl_error_clear(fl_error *err);

/* Record an error unless one is already recorded (first error wins). Returns code, so
 * `return fl_error_set(err, FL_EIO, path, 0, "cannot open: %s", strerror(errno));`
 * works. err may be NULL; source may be NULL. */
fl_status fl_error_set(fl_error *err, fl_status code, const char *source, long line,
		       const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Same, with a byte offset instead of a line. */
fl_status fl_error_set_offset(fl_error *err, fl_status code, const char *source,
			      long long offset, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* A short English name of a status ("out of memory"). Never NULL. */
const char *fl_status_str(fl_status code);

/* ---- dates ---------------------------------------------------------------- */

/* A civil date as days since 1970-01-01 (proleptic Gregorian). */
typedef int32_t fl_date;
#define FL_DATE_NONE INT32_MIN

/* Days from a civil date; month 1-12, day 1-31. Does not validate. */
fl_date fl_date_from_ymd(int y, int m, int d);
/* Civil date of a day number. */
void fl_date_to_ymd(fl_date d, int *y, int *m, int *day);
/* True if y-m-d is a real day (2024-02-30 is not). */
bool fl_date_valid(int y, int m, int d);
/* Parse exactly "YYYY-MM-DD" (a real day, years 1900-2199). FL_EINVAL otherwise. */
fl_status fl_date_parse(const char *s, fl_date *out);
/* Write "YYYY-MM-DD" into buf (at least 11 bytes); "" for FL_DATE_NONE. Returns buf. */
char *fl_date_format(fl_date d, char *buf);
/* 0 = Monday ... 6 = Sunday. */
int fl_date_weekday(fl_date d);

/* ---- growable arrays ------------------------------------------------------ */

/* Make room for n more items in *items (count used, *cap allocated, item size sz).
 * Returns FL_ENOMEM and leaves everything unchanged on failure. */
fl_status fl_grow(void **items, size_t *cap, size_t count, size_t n, size_t sz);

/* strdup that returns NULL on NULL. */
char *fl_strdup(const char *s);

/* In an article's view (fl_article.view) a byte that stands for nothing: it pads a
 * decoded HTML character reference ("&#8217;" is four of them and a "’") so that offsets
 * in the view stay offsets in the text. Tokenisers step over it inside a word. */
#define FL_FILL 0x1f

/* An ASCII letter or digit lowercased, 0 for every other byte (no locale: the hot loops
 * of the tokenisers use it instead of isalnum() and tolower()). */
extern const unsigned char fl_ascii_lower[256];

static inline bool fl_ascii_alnum(unsigned char c)
{
	return fl_ascii_lower[c] != 0;
}

/* 1 for a word byte: an ASCII letter or digit, or any byte of a multi-byte UTF-8
 * character (isalnum(c) || c >= 0x80 in the C locale the program runs in); else 0. */
extern const unsigned char fl_word_byte[256];

/* ---- data location -------------------------------------------------------- */

/* The folder frontline's data lives in: $FRONTLINE_DATA if set, else the source tree
 * the binary was built from if it still has maps/, else the install prefix's
 * share/frontline. Borrowed, never NULL. */
const char *fl_data_dir(void);

/* Join fl_data_dir() and rel into a new string (caller frees); NULL on ENOMEM. */
char *fl_data_path(const char *rel);

/* ---- files ---------------------------------------------------------------- */

/* Read a whole regular file (or standard input for "-") into a NUL-terminated buffer.
 * Refuses directories and files larger than max bytes (FL_ELIMIT). *out is caller-owned
 * and NULL on failure; *len excludes the terminating NUL. */
fl_status fl_read_file(const char *path, size_t max, char **out, size_t *len,
		       fl_error *err);

/* Atomic output: fl_tmp_path(final) gives a sibling temporary name (caller frees);
 * write there, then fl_commit_file(tmp, final) renames it into place (fsync first).
 * On failure fl_commit_file removes tmp. fl_tmp_path also removes the temporaries of
 * the same output left by runs that were killed (their process no longer exists). */
char *fl_tmp_path(const char *final_path);

/* Check that path is a readable text file for an importer: a regular file of at most
 * max bytes, valid UTF-8, no NUL byte. Streams the file (bounded memory). `what` names
 * the kind of file in messages ("baseline"). Errors give the line and byte offset. */
fl_status fl_check_text_file(const char *path, const char *what, size_t max, fl_error *err);

/* Text saved as UTF-16 or UTF-32 (Windows "Unicode"): "UTF-16LE", "UTF-16BE",
 * "UTF-32LE" or "UTF-32BE" when the first bytes of data (up to 4 KB) are such text,
 * by its byte-order mark or else by where its NUL bytes stand; NULL otherwise. *bom
 * (may be NULL) tells whether there was a mark. */
const char *fl_wide_encoding(const void *data, size_t len, bool *bom);

/* FL_EPARSE with "'x.txt' is UTF-16 (little-endian, with a byte-order mark), not
 * UTF-8: convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)" when the file at path
 * starts like UTF-16/32 text (`what`, may be NULL, names the kind of file first);
 * FL_OK otherwise, also when it cannot be read (the caller's reader says why).
 * fl_check_text_file does this first. */
fl_status fl_refuse_wide_text(const char *path, const char *what, fl_error *err);
fl_status fl_commit_file(const char *tmp, const char *final_path, fl_error *err);


/* An output file that appears whole or not at all, for writers that can write to a file
 * descriptor or a stdio stream (cairo and libpng through a callback, giflib, fwrite).
 * fl_outfile_open makes an unnamed file in the folder of final_path (O_TMPFILE: a
 * process killed while writing leaves nothing behind); where the filesystem has no
 * O_TMPFILE it falls back to the named temporary of fl_tmp_path. Either way it first
 * removes the temporaries left in that folder by killed runs. Write to `fd` (or to
 * fl_outfile_stream's FILE *, not both); fl_outfile_commit flushes, fsyncs and puts the
 * file under final_path (a link when the name is free, else a rename over the old
 * file: never a partial file under the final name), then closes everything; on failure
 * it removes the temporary and keeps the earlier file. fl_outfile_discard drops an
 * unfinished file (safe to call after commit or on a failed open). Setting the
 * environment variable FL_NO_TMPFILE forces the named fallback (for tests). */
typedef struct fl_outfile {
	int fd;			/* write here; -1 when closed */
	FILE *f;		/* the stream of fl_outfile_stream, or NULL */
	char *path;		/* the final name */
	char *tmp;		/* the named temporary, NULL while the file is unnamed */
} fl_outfile;

fl_status fl_outfile_open(fl_outfile *o, const char *final_path, fl_error *err);
/* A stdio stream over o->fd (made once, owned by o); NULL when out of memory. */
FILE *fl_outfile_stream(fl_outfile *o);
fl_status fl_outfile_commit(fl_outfile *o, fl_error *err);
void fl_outfile_discard(fl_outfile *o);

#endif
