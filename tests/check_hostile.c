/* SPDX-License-Identifier: MIT
 * check_hostile.c - the library's answers to bad input (issue 8): each hostile input
 * gets an error that names the file, memory stays bounded, nothing is left half done.
 * The command-level twins of these are tests/e2e/hostile_*.sh; the table of what each
 * input gets is tests/HOSTILE.md. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "testutil.h"
#include "mapdef.h"
#include "article.h"
#include "gazetteer.h"

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static long max_rss_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

/* A 500 MB file (sparse: no disk used) is refused by its size, before any reading:
 * fast and without the memory. */
START_TEST(huge_file_refused_by_size)
{
	char *dir = tu_tmpdir();
	char path[512];
	snprintf(path, sizeof(path), "%s/huge.txt", dir);
	int fd = open(path, O_CREAT | O_WRONLY, 0644);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(ftruncate(fd, 500LL << 20), 0);
	close(fd);
	long rss0 = max_rss_kb();
	double t0 = now_s();
	char *buf;
	size_t len;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_read_file(path, 64u << 20, &buf, &len, &e), FL_ELIMIT);
	ck_assert_ptr_null(buf);
	ck_assert_double_lt(now_s() - t0, 0.5);
	ck_assert_int_lt(max_rss_kb() - rss0, 8 * 1024);
	ck_assert_ptr_nonnull(strstr(e.text, "huge.txt"));
	ck_assert_ptr_nonnull(strstr(e.text, "524288000"));
	ck_assert_str_eq(e.source, path);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

/* A device that never ends (/dev/zero, a pipe someone forgot) stops at the limit. */
START_TEST(endless_device_bounded)
{
	char *buf;
	size_t len;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_read_file("/dev/zero", 1u << 20, &buf, &len, &e), FL_ELIMIT);
	ck_assert_ptr_null(buf);
	ck_assert_ptr_nonnull(strstr(e.text, "/dev/zero"));
	ck_assert_ptr_nonnull(strstr(e.text, "limit"));
}
END_TEST

/* Mode 000. Root reads it anyway, so there the check is that nothing breaks. */
START_TEST(unreadable_file)
{
	char *dir = tu_tmpdir();
	char path[512];
	snprintf(path, sizeof(path), "%s/secret.txt", dir);
	ck_assert_int_eq(tu_write_file(path, "x", 1), 0);
	ck_assert_int_eq(chmod(path, 0), 0);
	char *buf;
	size_t len;
	fl_error e;
	fl_error_clear(&e);
	fl_status rc = fl_read_file(path, 100, &buf, &len, &e);
	if (geteuid() != 0) {
		ck_assert_int_eq(rc, FL_EIO);
		ck_assert_ptr_nonnull(strstr(e.text, "secret.txt"));
		ck_assert_ptr_nonnull(strstr(e.text, "ermission"));
	} else {
		ck_assert_int_eq(rc, FL_OK);
		free(buf);
	}
	tu_rmtree(dir);
	free(dir);
}
END_TEST

/* Committing into a folder that does not exist (or a full disk) fails, names the
 * output and leaves no temporary file behind. */
START_TEST(commit_failure_cleans_up)
{
	char *dir = tu_tmpdir();
	char tmpf[512], final[512];
	snprintf(tmpf, sizeof(tmpf), "%s/x.tmp-1-map.png", dir);
	snprintf(final, sizeof(final), "%s/no/such/dir/map.png", dir);
	ck_assert_int_eq(tu_write_file(tmpf, "png", 3), 0);
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_commit_file(tmpf, final, &e), FL_EIO);
	ck_assert_int_ne(access(tmpf, F_OK), 0);
	ck_assert_ptr_nonnull(strstr(e.text, "map.png"));
	tu_rmtree(dir);
	free(dir);
}
END_TEST

/* A run killed with SIGKILL leaves its named temporary; the next write into the same
 * folder removes those of dead processes (of any output: a killed run's journal too),
 * and leaves alone those of live processes and files that only look alike. */
START_TEST(stale_tmp_swept)
{
	pid_t dead = fork();
	if (dead == 0)
		_exit(0);
	ck_assert_int_gt(dead, 0);
	waitpid(dead, NULL, 0);
	char *dir = tu_tmpdir();
	char p[6][600];
	snprintf(p[0], sizeof(p[0]), "%s/.tmp-%ld-map.png", dir, (long)dead);
	snprintf(p[1], sizeof(p[1]), "%s/.tmp-%ld-map.png-journal", dir, (long)dead);
	snprintf(p[2], sizeof(p[2]), "%s/.tmp-%ld-map.png", dir, (long)getppid());
	snprintf(p[3], sizeof(p[3]), "%s/.tmp-%ld-other.png", dir, (long)dead);
	snprintf(p[4], sizeof(p[4]), "%s/map.png", dir);
	snprintf(p[5], sizeof(p[5]), "%s/.tmp-x-map.png", dir);
	for (int i = 0; i < 6; i++)
		ck_assert_int_eq(tu_write_file(p[i], "x", 1), 0);
	char *tmp = fl_tmp_path(p[4]);
	ck_assert_ptr_nonnull(tmp);
	ck_assert_int_ne(access(p[0], F_OK), 0);
	ck_assert_int_ne(access(p[1], F_OK), 0);
	ck_assert_int_ne(access(p[3], F_OK), 0);
	for (int i = 2; i < 6; i++)
		ck_assert_msg(i == 3 || access(p[i], F_OK) == 0, "%s was removed", p[i]);
	free(tmp);
	/* A bare file name works in the current folder. */
	free(fl_tmp_path("map.png"));
	tu_rmtree(dir);
	free(dir);
}
END_TEST

/* ---- fl_outfile: outputs that appear whole or not at all -------------------- */

/* The names in dir (hidden ones too), sorted, joined by spaces, into buf. */
static const char *listing(const char *dir, char *buf, size_t size)
{
	char cmd[700];
	snprintf(cmd, sizeof(cmd), "ls -A '%s' | tr '\\n' ' '", dir);
	FILE *p = popen(cmd, "r");
	size_t n = p ? fread(buf, 1, size - 1, p) : 0;
	buf[n] = '\0';
	if (p)
		pclose(p);
	return buf;
}

static void read_back(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "rb");
	ck_assert_ptr_nonnull(f);
	size_t n = fread(buf, 1, size - 1, f);
	buf[n] = '\0';
	fclose(f);
}

/* mode bit 0: the named fallback (FL_NO_TMPFILE); bit 1: over an existing file;
 * bit 2: through the stdio stream instead of the descriptor. */
START_TEST(outfile_commit)
{
	bool named = _i & 1, over = _i & 2, stream = _i & 4;
	if (named)
		setenv("FL_NO_TMPFILE", "1", 1);
	char *dir = tu_tmpdir();
	char path[600], before[1024], during[1024], after[1024], got[64];
	snprintf(path, sizeof(path), "%s/map.png", dir);
	if (over)
		ck_assert_int_eq(tu_write_file(path, "old", 3), 0);
	listing(dir, before, sizeof(before));
	fl_outfile o;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_outfile_open(&o, path, &e), FL_OK);
	if (stream) {
		FILE *f = fl_outfile_stream(&o);
		ck_assert_ptr_nonnull(f);
		ck_assert_int_ge(fputs("new map", f), 0);
	} else {
		ck_assert_int_eq(write(o.fd, "new map", 7), 7);
	}
	listing(dir, during, sizeof(during));
	if (named)
		ck_assert_ptr_nonnull(strstr(during, ".tmp-"));
	else
		ck_assert_str_eq(during, before);	/* nothing to see while writing */
	if (over) {
		read_back(path, got, sizeof(got));
		ck_assert_str_eq(got, "old");
	}
	ck_assert_int_eq(fl_outfile_commit(&o, &e), FL_OK);
	ck_assert_int_eq(o.fd, -1);
	read_back(path, got, sizeof(got));
	ck_assert_str_eq(got, "new map");
	ck_assert_str_eq(listing(dir, after, sizeof(after)), "map.png ");
	fl_outfile_discard(&o);	/* after a commit: does nothing */
	ck_assert_int_eq(access(path, F_OK), 0);
	unsetenv("FL_NO_TMPFILE");
	tu_rmtree(dir);
	free(dir);
}
END_TEST

/* Dropped, failed or killed: the folder is as it was, the earlier file unchanged. */
START_TEST(outfile_failures)
{
	bool named = _i & 1;
	if (named)
		setenv("FL_NO_TMPFILE", "1", 1);
	char *dir = tu_tmpdir();
	char path[600], sub[600], before[1024], after[1024], got[64];
	snprintf(path, sizeof(path), "%s/map.pdf", dir);
	snprintf(sub, sizeof(sub), "%s/a-folder.pdf", dir);
	ck_assert_int_eq(tu_write_file(path, "old", 3), 0);
	ck_assert_int_eq(mkdir(sub, 0755), 0);
	listing(dir, before, sizeof(before));
	fl_outfile o;
	fl_error e;
	/* discarded half-way */
	fl_error_clear(&e);
	ck_assert_int_eq(fl_outfile_open(&o, path, &e), FL_OK);
	ck_assert_int_eq(write(o.fd, "half", 4), 4);
	fl_outfile_discard(&o);
	ck_assert_str_eq(listing(dir, after, sizeof(after)), before);
	read_back(path, got, sizeof(got));
	ck_assert_str_eq(got, "old");
	/* the final name is a folder: the commit fails naming it, nothing is left */
	fl_error_clear(&e);
	ck_assert_int_eq(fl_outfile_open(&o, sub, &e), FL_OK);
	ck_assert_int_eq(write(o.fd, "x", 1), 1);
	ck_assert_int_eq(fl_outfile_commit(&o, &e), FL_EIO);
	ck_assert_ptr_nonnull(strstr(e.text, "a-folder.pdf"));
	ck_assert_str_eq(listing(dir, after, sizeof(after)), before);
	/* a folder that does not exist, and a name that is not a file name */
	char missing[700];
	snprintf(missing, sizeof(missing), "%s/no/such/map.png", dir);
	fl_error_clear(&e);
	ck_assert_int_eq(fl_outfile_open(&o, missing, &e), FL_EIO);
	ck_assert_ptr_nonnull(strstr(e.text, "no/such/map.png"));
	ck_assert_ptr_nonnull(strstr(e.text, "No such file"));
	fl_outfile_discard(&o);
	fl_error_clear(&e);
	snprintf(missing, sizeof(missing), "%s/", dir);
	ck_assert_int_eq(fl_outfile_open(&o, missing, &e), FL_EINVAL);
	/* killed while writing (SIGKILL: no clean-up runs) */
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		fl_outfile k;
		if (fl_outfile_open(&k, path, NULL) == FL_OK && write(k.fd, "partial", 7) == 7)
			raise(SIGKILL);
		_exit(3);
	}
	int st;
	waitpid(pid, &st, 0);
	ck_assert(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
	listing(dir, after, sizeof(after));
	if (named) {	/* a temporary is left until the next write sweeps it */
		ck_assert_ptr_nonnull(strstr(after, ".tmp-"));
		ck_assert_int_eq(fl_outfile_open(&o, path, &e), FL_OK);
		fl_outfile_discard(&o);
		ck_assert_str_eq(listing(dir, after, sizeof(after)), before);
	} else {
		ck_assert_str_eq(after, before);
	}
	read_back(path, got, sizeof(got));
	ck_assert_str_eq(got, "old");
	unsetenv("FL_NO_TMPFILE");
	tu_rmtree(dir);
	free(dir);
}
END_TEST

/* ---- text saved as UTF-16 / UTF-32 ------------------------------------------ */

typedef struct wide_case {
	const char *what;
	const char *bytes;
	size_t len;
	const char *want;	/* NULL: not wide text */
	bool bom;
} wide_case;

static const wide_case wide_cases[] = {
	{ "UTF-16LE BOM", "\xff\xfeH\0a\0m\0a\0", 10, "UTF-16LE", true },
	{ "UTF-16BE BOM", "\xfe\xff\0H\0a\0m\0a", 10, "UTF-16BE", true },
	{ "UTF-32LE BOM", "\xff\xfe\0\0H\0\0\0a\0\0\0", 12, "UTF-32LE", true },
	{ "UTF-32BE BOM", "\0\0\xfe\xff\0\0\0H\0\0\0a", 12, "UTF-32BE", true },
	{ "UTF-16LE", "H\0a\0m\0a\0 \0f\0e\0l\0l\0.\0", 20, "UTF-16LE", false },
	{ "UTF-16BE", "\0H\0a\0m\0a\0 \0f\0e\0l\0l\0.", 20, "UTF-16BE", false },
	{ "UTF-32LE", "H\0\0\0a\0\0\0m\0\0\0a\0\0\0", 16, "UTF-32LE", false },
	{ "UTF-32BE", "\0\0\0H\0\0\0a\0\0\0m\0\0\0a", 16, "UTF-32BE", false },
	/* Arabic in UTF-16LE: NUL bytes only in the spaces */
	{ "Arabic UTF-16LE", "\x2d\x06\x45\x06\x27\x06\x29\x06\x20\x00\x45\x06\x46\x06\x20\x00\x2d\x06\x45\x06\x27\x06"
			     "\x29\x06\x20\x00\x27\x06\x44\x06\x20\x00", 32, "UTF-16LE", false },
	{ "UTF-8", "Hama fell on Thursday.", 0, NULL, false },
	{ "UTF-8 BOM", "\xef\xbb\xbfHama fell on Thursday.", 0, NULL, false },
	{ "one stray NUL", "The army withdrew\0 from Hama on Thursday.", 42, NULL, false },
	{ "zeros", "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 16, NULL, false },
	{ "PNG", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x07\x08\0\0\x05\x00\x08\x02\0\0\0", 29, NULL, false },
	{ "too short", "H\0", 2, NULL, false },
	{ "empty", "", 0, NULL, false },
};

START_TEST(wide_text_named)
{
	const wide_case *c = &wide_cases[_i];
	size_t len = c->len ? c->len : strlen(c->bytes);
	bool bom = !c->bom;
	const char *got = fl_wide_encoding(c->bytes, len, &bom);
	if (!c->want) {
		ck_assert_msg(got == NULL, "%s: taken for %s", c->what, got);
		return;
	}
	ck_assert_msg(got && strcmp(got, c->want) == 0, "%s: got %s", c->what, got ? got : "nothing");
	ck_assert_int_eq(bom, c->bom);
	/* The same as a file, through the text-file check the importers use. */
	char *dir = tu_tmpdir();
	char path[600];
	snprintf(path, sizeof(path), "%s/SY.txt", dir);
	ck_assert_int_eq(tu_write_file(path, c->bytes, len), 0);
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_check_text_file(path, "GeoNames dump", 1u << 20, &e), FL_EPARSE);
	ck_assert_msg(strstr(e.text, "SY.txt"), "%s: %s", c->what, e.text);
	char want[64];
	snprintf(want, sizeof(want), "is %.6s (%s-endian", c->want, strstr(c->want, "LE") ? "little" : "big");
	ck_assert_msg(strstr(e.text, want), "%s: %s", c->what, e.text);
	ck_assert_msg(strstr(e.text, "iconv -f UTF-"), "%s: %s", c->what, e.text);
	ck_assert_msg(strstr(e.text, "GeoNames dump"), "%s: %s", c->what, e.text);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

/* ---- gazetteer lookup: ranked by score ------------------------------------ */

/* Places that made the old order disagree with the scores: an exact name in a kind
 * the context asks for but outside the theatre (0.9) against the same name in the
 * theatre (0.95); and twins (same score, same prominence) that must come in id order
 * on every run. */
static const char lookup_rows[] =
	"9900001\tQarqaba\tQarqaba\t\t35.13\t36.75\tP\tPPLA\tSY\t\t10\t\t\t\t460602\t\t309\tAsia/Damascus\t2024-01-01\n"
	"9900011\tTwinville\tTwinville\t\t35.50\t36.50\tP\tPPL\tSY\t\t10\t\t\t\t100\t\t300\tAsia/Damascus\t2024-01-01\n"
	"9900010\tTwinville\tTwinville\t\t35.60\t36.60\tP\tPPL\tSY\t\t10\t\t\t\t100\t\t300\tAsia/Damascus\t2024-01-01\n"
	"9900020\tTwinvilla\tTwinvilla\t\t35.70\t36.70\tP\tPPL\tSY\t\t10\t\t\t\t50000\t\t300\tAsia/Damascus\t2024-01-01\n"
	"9900021\tTwenvillo\tTwenvillo\t\t36.90\t38.70\tP\tPPLA\tTR\t\t10\t\t\t\t900000\t\t300\tEurope/Istanbul\t2024-01-01\n";

/* Imported (an import keeps rows outside the theatre; a build does not). */
static const char lookup_import[] =
	"9900002\tQarqaba\tQarqaba\t\t26.00\t31.00\tA\tADM1\tEG\t\t05\t\t\t\t0\t\t10\tAfrica/Cairo\t2024-01-01\n";

static const struct {
	const char *name, *context;
	int64_t first;	/* expected first id, 0: not checked */
} lookup_cases[] = {
	{ "Qarqaba", "province", 9900001 },
	{ "Qarqaba", NULL, 9900001 },
	{ "Twinville", NULL, 9900010 },
	{ "Twinvile", NULL, 0 },
	{ "Twinvill", "city of", 0 },
	{ "Qarqabba", "province", 0 },
};

START_TEST(lookup_ranked)
{
	char *dir = tu_tmpdir();
	char dump[600], gpath[600];
	snprintf(dump, sizeof(dump), "%s/rows.txt", dir);
	snprintf(gpath, sizeof(gpath), "%s/g.fgaz", dir);
	ck_assert_int_eq(tu_write_file(dump, lookup_rows, sizeof(lookup_rows) - 1), 0);
	char *supp = tu_src_path("gazetteer");
	fl_gazetteer_sources src = { 0 };
	src.geonames = dump;
	src.naturalearth = "";
	src.supplements = supp;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_msg(fl_gazetteer_build(&src, gpath, NULL, &e) == FL_OK, "%s", e.text);
	ck_assert_int_eq(tu_write_file(dump, lookup_import, sizeof(lookup_import) - 1), 0);
	fl_gazetteer_report rep = { 0 };
	ck_assert_msg(fl_gazetteer_import(gpath, dump, &rep, &e) == FL_OK, "%s", e.text);
	ck_assert_uint_eq(rep.added, 1);
	fl_gazetteer_report_release(&rep);
	fl_gazetteer *gz;
	ck_assert_int_eq(fl_gazetteer_open(gpath, &gz, &e), FL_OK);
	for (size_t c = 0; c < sizeof(lookup_cases) / sizeof(lookup_cases[0]); c++) {
		fl_candidate a[16], b[16];
		size_t n = fl_gazetteer_lookup(gz, lookup_cases[c].name, lookup_cases[c].context, a, 16);
		size_t m = fl_gazetteer_lookup(gz, lookup_cases[c].name, lookup_cases[c].context, b, 16);
		ck_assert_uint_eq(n, m);
		for (size_t i = 0; i < n; i++) {
			ck_assert_msg(a[i].place == b[i].place, "%s: not the same order twice", lookup_cases[c].name);
			if (lookup_cases[c].first == 9900001 && lookup_cases[c].context)
				ck_assert_uint_ge(n, 2);	/* the imported one is a candidate */
			if (i)
				ck_assert_msg(a[i].score <= a[i - 1].score, "%s (%s): score %.3f of %s after %.3f of %s",
					      lookup_cases[c].name, lookup_cases[c].context ? lookup_cases[c].context : "-",
					      a[i].score, a[i].place->name, a[i - 1].score, a[i - 1].place->name);
			if (i && a[i].score == a[i - 1].score && a[i].place->population == a[i - 1].place->population &&
			    strcmp(a[i].place->kind, a[i - 1].place->kind) == 0 &&
			    strcmp(a[i].place->country, a[i - 1].place->country) == 0)
				ck_assert_msg(a[i].place->id > a[i - 1].place->id, "%s: twins not in id order",
					      lookup_cases[c].name);
		}
		if (lookup_cases[c].first) {
			ck_assert_msg(n > 0, "%s: nothing found", lookup_cases[c].name);
			ck_assert_msg(a[0].place->id == lookup_cases[c].first, "%s: first %lld, expected %lld",
				      lookup_cases[c].name, (long long)a[0].place->id, (long long)lookup_cases[c].first);
		}
	}
	fl_gazetteer_free(gz);
	free(supp);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

/* ---- map definitions ------------------------------------------------------ */

typedef struct map_case {
	const char *what;
	const char *bytes;	/* file content; NULL: make a directory instead */
	size_t len;		/* 0: strlen(bytes) */
	fl_status want;
	long line;		/* expected line, 0: not checked */
	const char *says;	/* the message contains this */
} map_case;

#define OKMAP "\"extent\":[0,0,1,1],\"countries\":[\"SY\"]"
static const map_case map_cases[] = {
	{ "empty", "", 0, FL_EPARSE, 0, "malformed map definition" },
	{ "truncated", "{\"extent\": [35.4, 32.2,", 0, FL_EPARSE, 1, "malformed" },
	{ "trailing comma", "{\n\"name\": \"x\",\n}\n", 0, FL_EPARSE, 3, "malformed" },
	{ "not an object", "[1, 2, 3]", 0, FL_EPARSE, 1, "not a JSON object" },
	{ "invalid UTF-8", "{\"name\": \"\xff\xfe\", " OKMAP "}", 0, FL_EPARSE, 1, "malformed" },
	{ "NUL byte", "{\"name\": \"a\0b\", " OKMAP "}", 40, FL_EPARSE, 0, "malformed" },
	{ "escaped NUL", "{\"name\": \"a\\u0000b\", " OKMAP "}", 0, FL_EPARSE, 0, "malformed" },
	{ "binary", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, FL_EPARSE, 0, "malformed" },
	{ "duplicate key", "{\"name\":\"a\",\"name\":\"b\"," OKMAP "}", 0, FL_EPARSE, 1, "duplicate" },
	{ "wrong type", "{\"name\": 3, " OKMAP "}", 0, FL_EPARSE, 0, "'name'" },
	{ "no extent", "{\"countries\":[\"SY\"]}", 0, FL_EPARSE, 0, "extent" },
	{ "extent upside down", "{\"extent\":[1,1,0,0],\"countries\":[\"SY\"]}", 0, FL_EPARSE, 0, "extent" },
	{ "no countries", "{\"extent\":[0,0,1,1]}", 0, FL_EPARSE, 0, "countries" },
	{ "2024-02-30", "{\"baseline_date\":\"2024-02-30\"," OKMAP "}", 0, FL_EPARSE, 0, "2024-02-30" },
	{ "layer without datasource", "{\"layers\":[{\"name\":\"x\"}]," OKMAP "}", 0, FL_EPARSE, 0, "datasource" },
	{ "deep nesting", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", 0,
	  FL_EPARSE, 0, "malformed" },
	{ "unknown EPSG code", "{\n\"crs\": \"EPSG:999999\",\n" OKMAP "}", 0, FL_EPARSE, 2,
	  "field \"crs\": unknown CRS 'EPSG:999999' (PROJ: crs not found)" },
	{ "unknown projection", "{\"name\": \"crs\",\n\n \"crs\" : \"+proj=nosuchproj\", " OKMAP "}", 0, FL_EPARSE, 3,
	  "unknown CRS '+proj=nosuchproj' (PROJ: Unknown projection)" },
	{ "CRS nonsense", "{\"crs\": \"somewhere nice\", " OKMAP "}", 0, FL_EPARSE, 1, "unknown CRS 'somewhere nice'" },
	{ "CRS a pipeline", "{\"crs\": \"+proj=pipeline +step +proj=utm +zone=37\", " OKMAP "}", 0, FL_EPARSE, 1,
	  "not a coordinate reference system" },
	{ "contest_days huge", "{\"policy\": {\"contest_days\": 9223372036854775807}, " OKMAP "}", 0, FL_EPARSE, 1,
	  "policy.contest_days" },
	{ "contest_days negative", "{\"policy\": {\"contest_days\": -3}, " OKMAP "}", 0, FL_EPARSE, 1, "from 0 to 3660" },
	{ "min_confidence out of range", "{\"policy\": {\"min_confidence\": 1e308}, " OKMAP "}", 0, FL_EPARSE, 1,
	  "policy.min_confidence" },
	{ "policy a string", "{\"policy\": \"strict\", " OKMAP "}", 0, FL_EPARSE, 1, "must be an object" },
	{ "directory", NULL, 0, FL_EIO, 0, "is a directory" },
};

START_TEST(map_hostile)
{
	const map_case *c = &map_cases[_i];
	char *dir = tu_tmpdir();
	char path[512];
	snprintf(path, sizeof(path), "%s/bad-map.json", dir);
	if (c->bytes)
		ck_assert_int_eq(tu_write_file(path, c->bytes, c->len ? c->len : strlen(c->bytes)), 0);
	else
		ck_assert_int_eq(mkdir(path, 0755), 0);
	fl_map *m = (fl_map *)1;
	fl_error e;
	fl_error_clear(&e);
	fl_status rc = fl_map_load(path, &m, &e);
	ck_assert_msg(rc == c->want, "%s: status %d, expected %d (%s)", c->what, rc, c->want, e.text);
	ck_assert_ptr_null(m);
	ck_assert_msg(strstr(e.text, "bad-map.json"), "%s: message does not name the file: %s", c->what, e.text);
	ck_assert_msg(strstr(e.text, c->says), "%s: message lacks '%s': %s", c->what, c->says, e.text);
	if (c->line)
		ck_assert_msg(e.line == c->line, "%s: line %ld, expected %ld", c->what, e.line, c->line);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

/* A 500 MB "map definition" is refused by size, not parsed into memory. */
START_TEST(map_huge)
{
	char *dir = tu_tmpdir();
	char path[512];
	snprintf(path, sizeof(path), "%s/huge-map.json", dir);
	int fd = open(path, O_CREAT | O_WRONLY, 0644);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(ftruncate(fd, 500LL << 20), 0);
	close(fd);
	double t0 = now_s();
	fl_map *m;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_map_load(path, &m, &e), FL_ELIMIT);
	ck_assert_double_lt(now_s() - t0, 0.5);
	ck_assert_ptr_nonnull(strstr(e.text, "huge-map.json"));
	tu_rmtree(dir);
	free(dir);
}
END_TEST

/* ---- articles ------------------------------------------------------------- */

typedef struct art_case {
	const char *what;
	const char *bytes;	/* file content; NULL: make a directory instead */
	size_t len;		/* 0: strlen(bytes) */
	fl_status want;
	long long offset;	/* expected byte offset of the error, -2: not checked */
	const char *says;	/* the message contains this */
} art_case;

static const art_case art_cases[] = {
	{ "invalid UTF-8", "Aleppo, Nov 30 - Fighters \xff\xfe entered.", 0, FL_EPARSE, 26, "UTF-8" },
	{ "Latin-1", "Fighters entered the caf\xe9 district of Aleppo.", 0, FL_EPARSE, 24, "UTF-8" },
	{ "overlong UTF-8", "Hama \xc0\xaf fell.", 0, FL_EPARSE, 5, "UTF-8" },
	{ "UTF-16 surrogate", "Hama \xed\xa0\x80 fell.", 0, FL_EPARSE, 5, "UTF-8" },
	{ "NUL byte", "The army withdrew\0 from Hama.", 29, FL_EPARSE, 17, "NUL" },
	{ "UTF-16LE", "\xff\xfeH\0a\0m\0a\0", 10, FL_EPARSE, 0, "" },
	{ "binary", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20, FL_EPARSE, 0, "UTF-8" },
	{ "control bytes", "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 Hama", 0, FL_EPARSE, 0, "binary" },
	{ "empty", "", 0, FL_EPARSE, -2, "empty" },
	{ "white space only", " \n\t\r\n  \n", 0, FL_EPARSE, -2, "no text" },
	{ "half-saved page", "<html><body><p>Government forces left Ham\xc4", 0, FL_EPARSE, 41, "UTF-8" },
	{ "directory", NULL, 0, FL_EIO, -2, "directory" },
};

START_TEST(article_hostile)
{
	const art_case *c = &art_cases[_i];
	char *dir = tu_tmpdir();
	char path[512];
	snprintf(path, sizeof(path), "%s/bad-article.txt", dir);
	if (c->bytes)
		ck_assert_int_eq(tu_write_file(path, c->bytes, c->len ? c->len : strlen(c->bytes)), 0);
	else
		ck_assert_int_eq(mkdir(path, 0755), 0);
	fl_article *a = (fl_article *)1;
	fl_error e;
	fl_error_clear(&e);
	fl_status rc = fl_article_read(path, FL_DATE_NONE, &a, &e);
	ck_assert_msg(rc == c->want, "%s: status %d, expected %d (%s)", c->what, rc, c->want, e.text);
	ck_assert_ptr_null(a);
	ck_assert_msg(strstr(e.text, "bad-article.txt"), "%s: message does not name the file: %s", c->what, e.text);
	ck_assert_msg(strstr(e.text, c->says), "%s: message lacks '%s': %s", c->what, c->says, e.text);
	if (c->offset != -2)
		ck_assert_msg(e.offset == c->offset, "%s: offset %lld, expected %lld", c->what, e.offset, c->offset);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

/* A 500 MB article is refused by its size at once; one just over the limit too. */
START_TEST(article_huge)
{
	char *dir = tu_tmpdir();
	char path[512];
	snprintf(path, sizeof(path), "%s/huge-article.txt", dir);
	const long long sizes[] = { 500LL << 20, (long long)FL_ARTICLE_MAX_BYTES + 1 };
	for (size_t i = 0; i < 2; i++) {
		int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
		ck_assert_int_ge(fd, 0);
		ck_assert_int_eq(ftruncate(fd, sizes[i]), 0);
		close(fd);
		long rss0 = max_rss_kb();
		double t0 = now_s();
		fl_article *a;
		fl_error e;
		fl_error_clear(&e);
		ck_assert_int_eq(fl_article_read(path, FL_DATE_NONE, &a, &e), FL_ELIMIT);
		ck_assert_double_lt(now_s() - t0, 0.5);
		ck_assert_int_lt(max_rss_kb() - rss0, 8 * 1024);
		ck_assert_ptr_nonnull(strstr(e.text, "huge-article.txt"));
		ck_assert_ptr_nonnull(strstr(e.text, "limit"));
	}
	/* From memory the same limit holds (without reading a byte). */
	fl_article *a;
	fl_error e;
	fl_error_clear(&e);
	static const char one[] = "x";
	ck_assert_int_eq(fl_article_parse("mem", one, (size_t)FL_ARTICLE_MAX_BYTES + 1, FL_DATE_NONE, &a, &e),
			 FL_ELIMIT);
	ck_assert_ptr_null(a);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

/* Text with no sentence end: memory stays a small multiple of the input, and every
 * sentence lies inside the text. */
START_TEST(article_one_long_line)
{
	size_t n = 2u << 20;
	char *buf = malloc(n);
	ck_assert_ptr_nonnull(buf);
	for (size_t i = 0; i < n; i++)
		buf[i] = (i % 7 == 6) ? ' ' : "Hamaxyz"[i % 7];
	long rss0 = max_rss_kb();
	fl_article *a;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_article_parse("long-line", buf, n, FL_DATE_NONE, &a, &e), FL_OK);
	ck_assert_int_lt(max_rss_kb() - rss0, (long)(n / 1024) * 8 + 8192);
	/* one endless "sentence", cut into pieces of at most FL_SENTENCE_MAX_BYTES */
	ck_assert_uint_eq(a->ncut, 1);
	ck_assert_uint_ge(a->nsentences, n / FL_SENTENCE_MAX_BYTES);
	for (size_t i = 0; i < a->nsentences; i++) {
		ck_assert(a->sentences[i].end <= a->len && a->sentences[i].start < a->sentences[i].end);
		ck_assert_uint_le(a->sentences[i].end - a->sentences[i].start, FL_SENTENCE_MAX_BYTES);
	}
	fl_article_free(a);
	free(buf);
}
END_TEST

/* The same without a single space, in Arabic script: pieces end on character
 * boundaries. Ordinary sentences are not touched. */
START_TEST(article_long_run_cut_on_characters)
{
	const char *ha = "\xd8\xad";	/* U+062D, two bytes */
	char *buf = malloc(70000);
	ck_assert_ptr_nonnull(buf);
	size_t k = (size_t)sprintf(buf, "The army left Hama. Then the fighters wrote ");
	for (int w = 0; w < 10; w++) {
		for (int i = 0; i < 3000; i++, k += 2)
			memcpy(buf + k, ha, 2);
		k += (size_t)sprintf(buf + k, " and ");
	}
	fl_article *a;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_article_parse("run", buf, k, FL_DATE_NONE, &a, &e), FL_OK);
	ck_assert_uint_eq(a->ncut, 1);
	ck_assert_uint_gt(a->nsentences, 10);
	ck_assert_uint_eq(a->sentences[0].end - a->sentences[0].start, strlen("The army left Hama."));
	for (size_t i = 1; i < a->nsentences; i++) {
		ck_assert_uint_le(a->sentences[i].end - a->sentences[i].start, FL_SENTENCE_MAX_BYTES);
		ck_assert_int_ne((unsigned char)a->text[a->sentences[i].start] & 0xc0, 0x80);
		ck_assert_int_ne((unsigned char)a->text[a->sentences[i].end] & 0xc0, 0x80);
	}
	fl_article_free(a);
	free(buf);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("hostile");
	TCase *tc = tcase_create("files");
	tcase_add_test(tc, huge_file_refused_by_size);
	tcase_add_test(tc, endless_device_bounded);
	tcase_add_test(tc, unreadable_file);
	tcase_add_test(tc, commit_failure_cleans_up);
	tcase_add_test(tc, stale_tmp_swept);
	tcase_add_loop_test(tc, outfile_commit, 0, 8);
	tcase_add_loop_test(tc, outfile_failures, 0, 2);
	suite_add_tcase(s, tc);
	TCase *tw = tcase_create("wide text");
	tcase_add_loop_test(tw, wide_text_named, 0, (int)(sizeof(wide_cases) / sizeof(wide_cases[0])));
	suite_add_tcase(s, tw);
	TCase *tg = tcase_create("gazetteer");
	tcase_set_timeout(tg, 30);
	tcase_add_test(tg, lookup_ranked);
	suite_add_tcase(s, tg);
	TCase *tm = tcase_create("mapdef");
	tcase_add_loop_test(tm, map_hostile, 0, (int)(sizeof(map_cases) / sizeof(map_cases[0])));
	tcase_add_test(tm, map_huge);
	suite_add_tcase(s, tm);
	TCase *ta = tcase_create("article");
	tcase_set_timeout(ta, 30);
	tcase_add_loop_test(ta, article_hostile, 0, (int)(sizeof(art_cases) / sizeof(art_cases[0])));
	tcase_add_test(ta, article_huge);
	tcase_add_test(ta, article_one_long_line);
	tcase_add_test(ta, article_long_run_cut_on_characters);
	suite_add_tcase(s, ta);
	return tu_run(s);
}
