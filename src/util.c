/* SPDX-License-Identifier: MIT
 *
 * util.c - error records, civil dates, growable arrays, data location and atomic
 * file output: the small things every module uses.
 */
#define _POSIX_C_SOURCE 200809L
#include "fl.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utf8proc.h>

#ifndef FL_SOURCE_DIR
#define FL_SOURCE_DIR "."
#endif
#ifndef FL_INSTALL_DATADIR
#define FL_INSTALL_DATADIR "/usr/local/share/frontline"
#endif

/* ---- errors --------------------------------------------------------------- */

void fl_error_clear(fl_error *err)
{
	if (!err)
		return;
	memset(err, 0, sizeof(*err));
	err->offset = -1;
}

static fl_status error_vset(fl_error *err, fl_status code, const char *source, long line,
			    long long offset, const char *fmt, va_list ap)
{
	if (!err || err->code != FL_OK)
		return code;
	err->code = code;
	err->line = line;
	err->column = 0;
	err->offset = offset;
	snprintf(err->source, sizeof(err->source), "%s", source ? source : "");
	vsnprintf(err->text, sizeof(err->text), fmt, ap);
	return code;
}

fl_status fl_error_set(fl_error *err, fl_status code, const char *source, long line,
		       const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	error_vset(err, code, source, line, -1, fmt, ap);
	va_end(ap);
	return code;
}

fl_status fl_error_set_offset(fl_error *err, fl_status code, const char *source,
			      long long offset, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	error_vset(err, code, source, 0, offset, fmt, ap);
	va_end(ap);
	return code;
}

const char *fl_status_str(fl_status code)
{
	switch (code) {
	case FL_OK: return "success";
	case FL_ENOMEM: return "out of memory";
	case FL_EINVAL: return "invalid value";
	case FL_EIO: return "input/output error";
	case FL_EPARSE: return "malformed input";
	case FL_ENOTFOUND: return "not found";
	case FL_EGDAL: return "GDAL error";
	case FL_EPROJ: return "PROJ error";
	case FL_EGEOS: return "GEOS error";
	case FL_ECAIRO: return "cairo error";
	case FL_ELIMIT: return "limit exceeded";
	case FL_EUSAGE: return "usage error";
	}
	return "unknown error";
}

/* ---- dates ---------------------------------------------------------------- */

/* Howard Hinnant's days_from_civil / civil_from_days. */
fl_date fl_date_from_ymd(int y, int m, int d)
{
	y -= m <= 2;
	const int era = (y >= 0 ? y : y - 399) / 400;
	const unsigned yoe = (unsigned)(y - era * 400);
	const unsigned doy = (153u * (unsigned)(m + (m > 2 ? -3 : 9)) + 2u) / 5u + (unsigned)d - 1u;
	const unsigned doe = yoe * 365u + yoe / 4u - yoe / 100u + doy;
	return (fl_date)(era * 146097 + (int)doe - 719468);
}

void fl_date_to_ymd(fl_date z, int *y, int *m, int *d)
{
	long zz = (long)z + 719468;
	const long era = (zz >= 0 ? zz : zz - 146096) / 146097;
	const unsigned long doe = (unsigned long)(zz - era * 146097);
	const unsigned long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	const long yy = (long)yoe + era * 400;
	const unsigned long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	const unsigned long mp = (5 * doy + 2) / 153;
	const unsigned long dd = doy - (153 * mp + 2) / 5 + 1;
	const unsigned long mm = mp < 10 ? mp + 3 : mp - 9;
	if (y)
		*y = (int)(yy + (mm <= 2));
	if (m)
		*m = (int)mm;
	if (d)
		*d = (int)dd;
}

bool fl_date_valid(int y, int m, int d)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12 || d < 1)
		return false;
	int n = mdays[m - 1];
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		n = 29;
	return d <= n;
}

fl_status fl_date_parse(const char *s, fl_date *out)
{
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return FL_EINVAL;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return FL_EINVAL;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	if (y < 1900 || y > 2199 || !fl_date_valid(y, m, d))
		return FL_EINVAL;
	*out = fl_date_from_ymd(y, m, d);
	return FL_OK;
}

char *fl_date_format(fl_date d, char *buf)
{
	if (d == FL_DATE_NONE) {
		buf[0] = '\0';
		return buf;
	}
	int y, m, dd;
	fl_date_to_ymd(d, &y, &m, &dd);
	snprintf(buf, 11, "%04d-%02d-%02d", (y % 10000 + 10000) % 10000, (m % 13 + 13) % 13, (dd % 32 + 32) % 32);
	return buf;
}

int fl_date_weekday(fl_date d)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0). */
	int w = (int)(((long)d + 3) % 7);
	return w < 0 ? w + 7 : w;
}

/* ---- arrays and strings --------------------------------------------------- */

fl_status fl_grow(void **items, size_t *cap, size_t count, size_t n, size_t sz)
{
	if (count + n <= *cap)
		return FL_OK;
	size_t ncap = *cap ? *cap : 16;
	while (ncap < count + n) {
		if (ncap > SIZE_MAX / 2 / sz)
			return FL_ENOMEM;
		ncap *= 2;
	}
	void *p = realloc(*items, ncap * sz);
	if (!p)
		return FL_ENOMEM;
	*items = p;
	*cap = ncap;
	return FL_OK;
}

#define LOWER_TEN(a, d)                                                                   \
	[a] = a + d, [a + 1] = a + 1 + d, [a + 2] = a + 2 + d, [a + 3] = a + 3 + d,        \
	[a + 4] = a + 4 + d, [a + 5] = a + 5 + d, [a + 6] = a + 6 + d, [a + 7] = a + 7 + d, \
	[a + 8] = a + 8 + d, [a + 9] = a + 9 + d
const unsigned char fl_ascii_lower[256] = {
	LOWER_TEN('0', 0),
	LOWER_TEN('A', 32), LOWER_TEN('K', 32),
	['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
	LOWER_TEN('a', 0), LOWER_TEN('k', 0),
	['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

#define ONES_TEN(a)                                                                       \
	[a] = 1, [a + 1] = 1, [a + 2] = 1, [a + 3] = 1, [a + 4] = 1, [a + 5] = 1, [a + 6] = 1, \
	[a + 7] = 1, [a + 8] = 1, [a + 9] = 1
const unsigned char fl_word_byte[256] = {
	ONES_TEN('0'),
	ONES_TEN('A'), ONES_TEN('K'), ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
	ONES_TEN('a'), ONES_TEN('k'), ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
	[0x80 ... 0xff] = 1,
};
#undef ONES_TEN
#undef LOWER_TEN

char *fl_strdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* ---- data location -------------------------------------------------------- */

static bool is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *fl_data_dir(void)
{
	static char dir[PATH_MAX];
	if (dir[0])
		return dir;
	const char *env = getenv("FRONTLINE_DATA");
	if (env && *env) {
		snprintf(dir, sizeof(dir), "%s", env);
		return dir;
	}
	char probe[PATH_MAX];
	snprintf(probe, sizeof(probe), "%s/maps", FL_SOURCE_DIR);
	if (is_dir(probe))
		snprintf(dir, sizeof(dir), "%s", FL_SOURCE_DIR);
	else
		snprintf(dir, sizeof(dir), "%s", FL_INSTALL_DATADIR);
	return dir;
}

char *fl_data_path(const char *rel)
{
	const char *dir = fl_data_dir();
	size_t n = strlen(dir) + strlen(rel) + 2;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s/%s", dir, rel);
	return p;
}

/* ---- files ---------------------------------------------------------------- */

fl_status fl_read_file(const char *path, size_t max, char **out, size_t *len, fl_error *err)
{
	*out = NULL;
	*len = 0;
	int fd = 0;
	bool is_stdin = strcmp(path, "-") == 0;
	if (!is_stdin) {
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			return fl_error_set(err, errno == ENOENT ? FL_ENOTFOUND : FL_EIO, path, 0,
					    "cannot open '%s': %s", path, strerror(errno));
		struct stat st;
		if (fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
			close(fd);
			return fl_error_set(err, FL_EIO, path, 0, "cannot read '%s': %s", path,
					    S_ISDIR(st.st_mode) ? "is a directory" : strerror(errno));
		}
		if (S_ISREG(st.st_mode) && (size_t)st.st_size > max) {
			close(fd);
			return fl_error_set(err, FL_ELIMIT, path, 0,
					    "'%s' is %lld bytes, more than the limit of %zu", path,
					    (long long)st.st_size, max);
		}
	}
	size_t cap = 65536, n = 0;
	if (!is_stdin) {
		/* a regular file: its size (and a byte to see the end) in one allocation */
		struct stat st;
		if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size < max)
			cap = (size_t)st.st_size + 1;
	}
	char *buf = malloc(cap + 1);
	if (!buf) {
		if (!is_stdin)
			close(fd);
		return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory reading '%s'", path);
	}
	for (;;) {
		if (n == cap) {
			if (cap >= max + 1) {
				free(buf);
				if (!is_stdin)
					close(fd);
				return fl_error_set(err, FL_ELIMIT, path, 0,
						    "'%s' is larger than the limit of %zu bytes", path, max);
			}
			size_t ncap = cap * 2 > max + 1 ? max + 1 : cap * 2;
			char *nb = realloc(buf, ncap + 1);
			if (!nb) {
				free(buf);
				if (!is_stdin)
					close(fd);
				return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory reading '%s'", path);
			}
			buf = nb;
			cap = ncap;
		}
		ssize_t r = read(fd, buf + n, cap - n);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			free(buf);
			if (!is_stdin)
				close(fd);
			return fl_error_set(err, FL_EIO, path, 0, "cannot read '%s': %s", path, strerror(e));
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	if (!is_stdin)
		close(fd);
	if (n > max) {
		free(buf);
		return fl_error_set(err, FL_ELIMIT, path, 0, "'%s' is larger than the limit of %zu bytes", path, max);
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return FL_OK;
}

/* Remove what runs killed before they could clean up left in the folder of
 * final_path: files ".tmp-PID-NAME" (NAME, NAME-journal, ...) of processes that no
 * longer exist (kill(PID, 0) fails with ESRCH). A run killed with SIGKILL cannot remove
 * its temporary; the next write into the same folder does. A PID that is alive again
 * (reused) keeps its file until a later run. */
static void sweep_stale_tmp(const char *final_path)
{
	const char *slash = strrchr(final_path, '/');
	size_t dlen = slash ? (size_t)(slash - final_path) + 1 : 0;
	char dir[PATH_MAX];
	if (dlen >= sizeof(dir))
		return;
	snprintf(dir, sizeof(dir), "%.*s", dlen ? (int)dlen : 1, dlen ? final_path : ".");
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (strncmp(e->d_name, ".tmp-", 5) != 0)
			continue;
		char *end;
		long pid = strtol(e->d_name + 5, &end, 10);
		if (end == e->d_name + 5 || *end != '-' || !end[1] || pid <= 0 || pid == (long)getpid())
			continue;
		if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue;	/* still running (or not ours to ask): leave it */
		struct stat st;
		if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode))
			unlinkat(dirfd(d), e->d_name, 0);
	}
	closedir(d);
}

/* The temporary name of final_path for this process: ".tmp-PID-BASE" beside it. */
static char *tmp_name(const char *final_path)
{
	size_t n = strlen(final_path) + 32;
	char *p = malloc(n);
	if (!p)
		return NULL;
	/* Keep the extension last: some drivers (OGR, cairo) choose by it. */
	const char *slash = strrchr(final_path, '/');
	const char *base = slash ? slash + 1 : final_path;
	snprintf(p, n, "%.*s.tmp-%ld-%s", (int)(base - final_path), final_path, (long)getpid(), base);
	return p;
}

char *fl_tmp_path(const char *final_path)
{
	const char *slash = strrchr(final_path, '/');
	if (*(slash ? slash + 1 : final_path))
		sweep_stale_tmp(final_path);
	return tmp_name(final_path);
}

fl_status fl_commit_file(const char *tmp, const char *final_path, fl_error *err)
{
	int fd = open(tmp, O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		if (fsync(fd) != 0 && errno != EINVAL) {
			int e = errno;
			close(fd);
			unlink(tmp);
			return fl_error_set(err, FL_EIO, final_path, 0, "cannot write '%s': %s",
					    final_path, strerror(e));
		}
		close(fd);
	}
	if (rename(tmp, final_path) != 0) {
		int e = errno;
		unlink(tmp);
		return fl_error_set(err, FL_EIO, final_path, 0, "cannot write '%s': %s", final_path,
				    strerror(e));
	}
	return FL_OK;
}

/* ---- output files that appear whole or not at all ------------------------- */

/* The folder of path, with a trailing '/' ("./" for a bare name), into buf. */
static bool dir_of(const char *path, char *buf, size_t size)
{
	const char *slash = strrchr(path, '/');
	size_t dlen = slash ? (size_t)(slash - path) + 1 : 0;
	int n = dlen ? snprintf(buf, size, "%.*s", (int)dlen, path) : snprintf(buf, size, "./");
	return n > 0 && (size_t)n < size;
}

fl_status fl_outfile_open(fl_outfile *o, const char *final_path, fl_error *err)
{
	memset(o, 0, sizeof(*o));
	o->fd = -1;
	const char *slash = strrchr(final_path, '/');
	if (!*final_path || !*(slash ? slash + 1 : final_path))
		return fl_error_set(err, FL_EINVAL, final_path, 0, "cannot write '%s': not a file name",
				    final_path);
	char dir[PATH_MAX];
	if (!dir_of(final_path, dir, sizeof(dir)))
		return fl_error_set(err, FL_EINVAL, final_path, 0, "cannot write '%s': name too long",
				    final_path);
	o->path = strdup(final_path);
	if (!o->path)
		return fl_error_set(err, FL_ENOMEM, final_path, 0, "out of memory");
	sweep_stale_tmp(final_path);
#ifdef O_TMPFILE
	/* An unnamed file in the output folder: nothing to see (or to leave behind when
	 * killed) until fl_outfile_commit links it in. */
	if (!getenv("FL_NO_TMPFILE"))
		o->fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
#endif
	if (o->fd < 0) {	/* the filesystem has no O_TMPFILE: a named temporary */
		o->tmp = tmp_name(final_path);
		if (!o->tmp) {
			fl_outfile_discard(o);
			return fl_error_set(err, FL_ENOMEM, final_path, 0, "out of memory");
		}
		o->fd = open(o->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
		if (o->fd < 0) {
			int e = errno;
			fl_outfile_discard(o);
			return fl_error_set(err, FL_EIO, final_path, 0, "cannot write '%s': %s", final_path,
					    strerror(e));
		}
	}
	return FL_OK;
}

FILE *fl_outfile_stream(fl_outfile *o)
{
	if (!o->f && o->fd >= 0)
		o->f = fdopen(o->fd, "wb");
	return o->f;
}

/* Give the open file fd the name `name`; -1 with errno on failure. */
static int link_fd(int fd, const char *name)
{
	char proc[64];
	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	if (linkat(AT_FDCWD, proc, AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0)
		return 0;
	if (errno != ENOENT && errno != ENOTDIR)
		return -1;
#ifdef AT_EMPTY_PATH
	return linkat(fd, "", AT_FDCWD, name, AT_EMPTY_PATH);	/* no /proc */
#else
	return -1;
#endif
}

fl_status fl_outfile_commit(fl_outfile *o, fl_error *err)
{
	const char *path = o->path ? o->path : "";
	int e = 0;
	if (o->fd < 0)
		e = EBADF;
	else if (o->f && ((errno = 0), fflush(o->f) != 0 || ferror(o->f)))
		e = errno ? errno : EIO;
	else if (fsync(o->fd) != 0 && errno != EINVAL && errno != EROFS)
		e = errno;
	if (!e && !o->tmp) {
		/* Linked straight to the final name when that is free (atomic: the name
		 * appears with all its bytes); else under a temporary name, renamed over. */
		if (link_fd(o->fd, path) != 0) {
			if (errno != EEXIST) {
				e = errno;
			} else if (!(o->tmp = tmp_name(path))) {
				e = ENOMEM;
			} else {
				unlink(o->tmp);	/* one of ours from a run with the same PID */
				if (link_fd(o->fd, o->tmp) != 0) {
					e = errno;
					free(o->tmp);
					o->tmp = NULL;
				}
			}
		}
	}
	if (!e && o->tmp && rename(o->tmp, path) != 0)
		e = errno;
	if (!e) {
		free(o->tmp);
		o->tmp = NULL;	/* now the final file: discard must not remove it */
	}
	int ce = 0;
	if (o->f) {
		if (fclose(o->f) != 0)
			ce = errno;
	} else if (o->fd >= 0 && close(o->fd) != 0) {
		ce = errno;
	}
	o->f = NULL;
	o->fd = -1;
	if (!e && ce && ce != EINTR)
		e = ce;	/* the bytes are in place (fsync succeeded); report it anyway */
	fl_status rc = FL_OK;
	if (e)
		rc = fl_error_set(err, e == ENOMEM ? FL_ENOMEM : FL_EIO, path, 0, "cannot write '%s': %s", path,
				  strerror(e));
	fl_outfile_discard(o);
	return rc;
}

void fl_outfile_discard(fl_outfile *o)
{
	if (!o)
		return;
	if (o->f)
		fclose(o->f);
	else if (o->fd >= 0)
		close(o->fd);
	if (o->tmp)
		unlink(o->tmp);
	free(o->tmp);
	free(o->path);
	memset(o, 0, sizeof(*o));
	o->fd = -1;
}

/* ---- text in another Unicode encoding --------------------------------------- */

const char *fl_wide_encoding(const void *data, size_t len, bool *bom)
{
	const unsigned char *b = data;
	bool dummy;
	if (!bom)
		bom = &dummy;
	*bom = true;
	if (len >= 4 && b[0] == 0xff && b[1] == 0xfe && b[2] == 0 && b[3] == 0)
		return "UTF-32LE";
	if (len >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xfe && b[3] == 0xff)
		return "UTF-32BE";
	if (len >= 2 && b[0] == 0xff && b[1] == 0xfe)
		return "UTF-16LE";
	if (len >= 2 && b[0] == 0xfe && b[1] == 0xff)
		return "UTF-16BE";
	*bom = false;
	/* Without a byte-order mark: the NUL bytes of Latin letters, digits and spaces
	 * stand at one position of every 2 (UTF-16) or at three of every 4 (UTF-32). A
	 * binary file has them anywhere; a text file with a stray NUL has one or two. */
	size_t n = len < 4096 ? len : 4096;
	n -= n % 4;
	if (n < 8)
		return NULL;
	size_t z[4] = { 0 }, total = 0;
	for (size_t i = 0; i < n; i++)
		if (!b[i]) {
			z[i % 4]++;
			total++;
		}
	if (total < 4)
		return NULL;
	size_t q = n / 4;	/* positions of each kind */
	if (z[1] + z[2] + z[3] >= q * 3 * 9 / 10 && z[0] * 10 < q)
		return "UTF-32LE";
	if (z[0] + z[1] + z[2] >= q * 3 * 9 / 10 && z[3] * 10 < q)
		return "UTF-32BE";
	size_t even = z[0] + z[2], odd = z[1] + z[3], pairs = n / 2;
	if (odd * 10 >= pairs && even * 50 <= pairs)
		return "UTF-16LE";
	if (even * 10 >= pairs && odd * 50 <= pairs)
		return "UTF-16BE";
	return NULL;
}

fl_status fl_refuse_wide_text(const char *path, const char *what, fl_error *err)
{
	if (!path || strcmp(path, "-") == 0)
		return FL_OK;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return FL_OK;	/* the caller reports that */
	struct stat st;
	unsigned char buf[4096];
	ssize_t n = 0;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
		do
			n = read(fd, buf, sizeof(buf));
		while (n < 0 && errno == EINTR);
	}
	close(fd);
	if (n <= 0)
		return FL_OK;
	bool bom;
	const char *enc = fl_wide_encoding(buf, (size_t)n, &bom);
	if (!enc)
		return FL_OK;
	char family[8];
	snprintf(family, sizeof(family), "%.6s", enc);	/* UTF-16 or UTF-32 */
	return fl_error_set(err, FL_EPARSE, path, 0,
			    "%s%s'%s' is %s (%s-endian, %s), not UTF-8: convert it to UTF-8 (e.g. iconv -f %s -t UTF-8)",
			    what ? what : "", what ? " " : "", path, family, strstr(enc, "LE") ? "little" : "big",
			    bom ? "with a byte-order mark" : "no byte-order mark", bom ? family : enc);
}

fl_status fl_check_text_file(const char *path, const char *what, size_t max, fl_error *err)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return fl_error_set(err, errno == ENOENT ? FL_ENOTFOUND : FL_EIO, path, 0,
				    "cannot read %s '%s': %s", what, path, strerror(errno));
	if (S_ISDIR(st.st_mode))
		return fl_error_set(err, FL_EIO, path, 0, "cannot read %s '%s': is a directory", what, path);
	if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max)
		return fl_error_set(err, FL_ELIMIT, path, 0,
				    "%s '%s' is %lld bytes, more than the limit of %zu", what, path,
				    (long long)st.st_size, max);
	if (fl_refuse_wide_text(path, what, err) != FL_OK)
		return FL_EPARSE;
	FILE *f = fopen(path, "rb");
	if (!f)
		return fl_error_set(err, FL_EIO, path, 0, "cannot read %s '%s': %s", what, path, strerror(errno));
	unsigned char buf[65536 + 4];
	size_t keep = 0, n;
	long long base = 0;	/* file offset of buf[0] */
	long line = 1;
	fl_status rc = FL_OK;
	while ((n = fread(buf + keep, 1, 65536, f)) > 0 || keep) {
		size_t have = keep + n, i = 0;
		bool eof = n == 0;
		while (i < have) {
			if (buf[i] == 0) {
				rc = fl_error_set(err, FL_EPARSE, path, line,
						  "%s '%s' has a NUL byte at byte offset %lld: not a text file",
						  what, path, base + (long long)i);
				goto out;
			}
			if (buf[i] < 0x80) {
				line += buf[i] == '\n';
				i++;
				continue;
			}
			if (!eof && have - i < 4)
				break;	/* a sequence may continue in the next block */
			utf8proc_int32_t cp;
			utf8proc_ssize_t k = utf8proc_iterate(buf + i, (utf8proc_ssize_t)(have - i), &cp);
			if (k < 0) {
				rc = fl_error_set(err, FL_EPARSE, path, line,
						  "%s '%s' is not valid UTF-8 at byte offset %lld (byte 0x%02x)",
						  what, path, base + (long long)i, buf[i]);
				goto out;
			}
			i += (size_t)k;
		}
		keep = have - i;
		memmove(buf, buf + i, keep);
		base += (long long)i;
		if ((unsigned long long)base > max) {
			rc = fl_error_set(err, FL_ELIMIT, path, 0, "%s '%s' is larger than the limit of %zu bytes",
					  what, path, max);
			goto out;
		}
		if (eof)
			break;
	}
	if (ferror(f))
		rc = fl_error_set(err, FL_EIO, path, 0, "cannot read %s '%s': %s", what, path, strerror(errno));
out:
	fclose(f);
	return rc;
}
