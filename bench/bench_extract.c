/* SPDX-License-Identifier: MIT
 *
 * bench_extract.c - the extraction benchmark's helper (bench/extract.sh drives it).
 *
 *   bench_extract gen OUTDIR MB FILE...   write at least MB megabytes of articles made
 *                                         from FILE... with variations (names, dates,
 *                                         paragraph order) into OUTDIR
 *   bench_extract run DIR [LIMIT_MB]      article -> geoparse -> extract over DIR's
 *                                         files (the first LIMIT_MB megabytes), one
 *                                         core; prints bytes, seconds, MB/s, mentions,
 *                                         claims and peak RSS
 *   bench_extract names [GAZETTEER]       every name the gazetteer matches, one a line,
 *                                         for the grep peer: each key of its index (the
 *                                         normalised form the geoparser looks up: any
 *                                         spelling that normalises to it is found) and
 *                                         each place's display name as written, leaving
 *                                         out the stoplist (words never taken for a
 *                                         place on their own)
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include "extract.h"
#include "gazetteer_int.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- gen ----------------------------------------------------------------------- */

/* Names swapped for one another to vary the articles (all in the gazetteer). */
static const char *const places[] = {
	"Aleppo", "Hama", "Homs", "Damascus", "Idlib", "Saraqib", "Maarat al-Numan",
	"Khan Sheikhoun", "Rastan", "Talbiseh", "Halfaya", "Morek", "Tal Rifaat", "Manbij",
	"Deir ez-Zor", "Daraa", "Suwayda", "Salamiyah", "Ariha", "Jisr al-Shughur", "Latakia",
	"Tartus", "Qusayr", "Palmyra", "Raqqa", "Kobani", "Azaz", "Afrin", "al-Bab", "Sarmin",
};
static const char *const weekdays[] = { "Monday", "Tuesday", "Wednesday", "Thursday",
					"Friday", "Saturday", "Sunday" };

typedef struct buf {
	char *p;
	size_t n, cap;
} buf;

static int put(buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		size_t nc = (b->cap + n + 1) * 2;
		char *np = realloc(b->p, nc);
		if (!np)
			return -1;
		b->p = np;
		b->cap = nc;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = 0;
	return 0;
}

/* One variant of text: place names and weekdays rotated by k. */
static int variant(const char *text, size_t len, unsigned k, buf *out)
{
	size_t np = sizeof places / sizeof places[0];
	size_t i = 0;
	while (i < len) {
		bool done = false;
		if (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n' || text[i - 1] == '(') {
			for (size_t p = 0; p < np && !done; p++) {
				size_t l = strlen(places[p]);
				if (i + l <= len && memcmp(text + i, places[p], l) == 0) {
					const char *r = places[(p + k) % np];
					if (put(out, r, strlen(r)))
						return -1;
					i += l;
					done = true;
				}
			}
			for (size_t w = 0; w < 7 && !done; w++) {
				size_t l = strlen(weekdays[w]);
				if (i + l <= len && memcmp(text + i, weekdays[w], l) == 0) {
					const char *r = weekdays[(w + k) % 7];
					if (put(out, r, strlen(r)))
						return -1;
					i += l;
					done = true;
				}
			}
		}
		if (!done && put(out, text + i++, 1))
			return -1;
	}
	return 0;
}

static int gen(const char *outdir, double mb, int nfiles, char **files)
{
	char **texts = calloc((size_t)nfiles, sizeof *texts);
	size_t *lens = calloc((size_t)nfiles, sizeof *lens);
	if (!texts || !lens)
		return 1;
	for (int i = 0; i < nfiles; i++) {
		fl_error e;
		fl_error_clear(&e);
		if (fl_read_file(files[i], FL_ARTICLE_MAX_BYTES, &texts[i], &lens[i], &e) != FL_OK) {
			fprintf(stderr, "bench_extract: %s\n", e.text);
			return 1;
		}
	}
	size_t target = (size_t)(mb * 1024 * 1024), total = 0;
	unsigned k = 0;
	int fileno = 0;
	buf b = { 0 };
	while (total < target) {
		/* about 64 KB per file: several variants of articles, as a day's feed */
		b.n = 0;
		while (b.n < 64 * 1024) {
			int a = (int)(k % (unsigned)nfiles);
			if (variant(texts[a], lens[a], k / (unsigned)nfiles + k, &b) || put(&b, "\n\n", 2))
				return 1;
			k++;
		}
		char path[4096];
		snprintf(path, sizeof path, "%s/a%06d.txt", outdir, fileno++);
		FILE *f = fopen(path, "wb");
		if (!f || fwrite(b.p, 1, b.n, f) != b.n || fclose(f) != 0) {
			perror(path);
			return 1;
		}
		total += b.n;
	}
	printf("generated %d files, %.1f MB, %u article variants\n", fileno, (double)total / 1048576.0, k);
	for (int i = 0; i < nfiles; i++)
		free(texts[i]);
	free(texts);
	free(lens);
	free(b.p);
	return 0;
}

/* ---- run ----------------------------------------------------------------------- */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run(const char *dir, double limit_mb)
{
	fl_error e;
	fl_error_clear(&e);
	fl_gazetteer *gz;
	fl_lexicon *lx;
	if (fl_gazetteer_open(NULL, &gz, &e) != FL_OK || fl_lexicon_load(NULL, &lx, &e) != FL_OK) {
		fprintf(stderr, "bench_extract: %s\n", e.text);
		return 1;
	}
	fl_lexicon_set_default_year(lx, 2024);
	DIR *d = opendir(dir);
	if (!d) {
		perror(dir);
		return 1;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		if (fl_grow((void **)&names, &cap, n, 1, sizeof *names) != FL_OK)
			return 1;
		names[n++] = strdup(de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_str);
	size_t limit = limit_mb > 0 ? (size_t)(limit_mb * 1048576.0) : (size_t)-1;
	size_t bytes = 0, mentions = 0, claims = 0, files = 0;
	struct rusage ru0;
	getrusage(RUSAGE_SELF, &ru0);
	double cpu0 = (double)ru0.ru_utime.tv_sec + (double)ru0.ru_utime.tv_usec / 1e6 +
		      (double)ru0.ru_stime.tv_sec + (double)ru0.ru_stime.tv_usec / 1e6;
	double t0 = now(), ta = 0, tg = 0, tx = 0;
	for (size_t i = 0; i < n && bytes < limit; i++) {
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		fl_article *a;
		fl_mentions m = { 0 };
		fl_claims cl = { 0 };
		double p0 = now();
		int bad = fl_article_read(path, FL_DATE_NONE, &a, &e) != FL_OK;
		double p1 = now();
		bad = bad || fl_geoparse(gz, a, &m, &e) != FL_OK;
		double p2 = now();
		bad = bad || fl_extract(lx, gz, a, &m, &cl, &e) != FL_OK;
		double p3 = now();
		ta += p1 - p0; tg += p2 - p1; tx += p3 - p2;
		if (bad) {
			fprintf(stderr, "bench_extract: %s\n", e.text);
			return 1;
		}
		bytes += a->len;
		mentions += m.count;
		claims += cl.count;
		files++;
		fl_claims_release(&cl);
		fl_mentions_release(&m);
		fl_article_free(a);
	}
	double secs = now() - t0;
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	double cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
		     (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6 - cpu0;
	double mb = (double)bytes / 1048576.0;
	printf("frontline geoparse+extract: %zu files, %.1f MB: wall %.2f s (%.1f MB/s), cpu %.2f s "
	       "(%.1f MB/s); %zu mentions, %zu claims; peak RSS %ld MB\n", files, mb, secs, mb / secs,
	       cpu, mb / cpu, mentions, claims, ru.ru_maxrss / 1024);
	printf("phases: read %.2f s, geoparse %.2f s, extract %.2f s\n", ta, tg, tx);
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	fl_lexicon_free(lx);
	fl_gazetteer_free(gz);
	return 0;
}

/* ---- names -------------------------------------------------------------------- */

static int names(const char *path)
{
	fl_error e;
	fl_error_clear(&e);
	fl_gazetteer *gz;
	if (fl_gazetteer_open(path, &gz, &e) != FL_OK) {
		fprintf(stderr, "bench_extract: %s\n", e.text);
		return 1;
	}
	size_t nk = 0, np = 0, n;
	bool stop;
	const char *k;
	for (size_t i = 0; (k = fli_gaz_key_at(gz, i, &n, &stop)) != NULL; i++)
		if (!stop && n) {
			printf("%s\n", k);
			nk++;
		}
	const fl_place *p;
	char key[256];
	for (size_t i = 0; (p = fl_gazetteer_place_at(gz, i)) != NULL; i++) {
		size_t kl = fli_gaz_key(p->name, key, sizeof key);
		if (kl && fli_gaz_find_key(gz, key, kl, &stop) >= 0 && !stop) {
			printf("%s\n", p->name);
			np++;
		}
	}
	fprintf(stderr, "bench_extract: %zu keys and %zu display names\n", nk, np);
	fl_gazetteer_free(gz);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 5 && strcmp(argv[1], "gen") == 0)
		return gen(argv[2], atof(argv[3]), argc - 4, argv + 4);
	if (argc >= 2 && argc <= 3 && strcmp(argv[1], "names") == 0)
		return names(argc > 2 ? argv[2] : NULL);
	if (argc >= 3 && strcmp(argv[1], "run") == 0)
		return run(argv[2], argc > 3 ? atof(argv[3]) : 0);
	fprintf(stderr, "usage: bench_extract gen OUTDIR MB FILE... | run DIR [LIMIT_MB] | names [GAZETTEER]\n");
	return 2;
}
