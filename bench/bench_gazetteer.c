/* SPDX-License-Identifier: MIT
 *
 * bench_gazetteer.c - how fast the gazetteer loads and answers, and how fast geoparse
 * reads text. bench/gazetteer.sh runs it and times the peer (grep -F -i -w -o -f) on
 * the corpus this program writes.
 *
 * usage: bench_gazetteer GAZETTEER WORKDIR [SECONDS]
 *   1. load GAZETTEER (median of 15 loads)                  target < 50 ms
 *   2. write a synthetic 25,000-row GeoNames dump, import it into a copy, load that
 *                                                            target < 300 ms
 *   3. lookups per second over a mix of exact names, press spellings, fuzzy
 *      spellings and misses                                   target > 200,000/s
 *   4. geoparse throughput (MB/s) on a synthetic corpus of English-like news text with
 *      place names; WORKDIR/corpus.txt is left for the peer (whose pattern list,
 *      every name the gazetteer matches, is `bench_extract names`).
 * Peak memory (getrusage ru_maxrss) after each step.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "gazetteer.h"
#include "geoparse.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static long maxrss_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

static int dcmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double median_load(const char *path, int runs, size_t *places)
{
	double t[32];
	for (int i = 0; i < runs; i++) {
		fl_gazetteer *gz;
		fl_error err;
		fl_error_clear(&err);
		double t0 = now();
		if (fl_gazetteer_open(path, &gz, &err) != FL_OK) {
			fprintf(stderr, "bench_gazetteer: %s\n", err.text);
			exit(1);
		}
		t[i] = now() - t0;
		fl_gazetteer_stats st;
		fl_gazetteer_get_stats(gz, &st);
		*places = st.places;
		fl_gazetteer_free(gz);
	}
	qsort(t, (size_t)runs, sizeof(double), dcmp);
	return t[runs / 2] * 1000;
}

static unsigned long long rng = 88172645463325252ULL;
static unsigned rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

static const char *const syl[] = { "kaf", "tal", "ma", "ar", "rat", "ha", "bi", "sah", "qal",
	"at", "ma", "diq", "dar", "kush", "bin", "nish", "sar", "min", "jis", "ra", "khan",
	"shay", "khun", "mu", "rak", "sal", "qin", "hu", "ran", "zay", "tun", "ba", "lat",
	"dib", "sin", "ya", "bud", "ham", "dan", "ja", "rab", "lus", "na", "ab", "ri", "ha" };

static void make_name(char *out, size_t cap)
{
	size_t n = 0;
	int words = 1 + (rnd(3) == 0);
	for (int w = 0; w < words; w++) {
		if (w)
			n += (size_t)snprintf(out + n, cap - n, " ");
		int ns = 2 + (int)rnd(2);
		for (int s = 0; s < ns; s++) {
			const char *y = syl[rnd(sizeof(syl) / sizeof(syl[0]))];
			n += (size_t)snprintf(out + n, cap - n, "%s", y);
		}
	}
	/* capitalise words */
	for (size_t i = 0; i < n; i++)
		if (i == 0 || out[i - 1] == ' ')
			out[i] = (char)(out[i] - 'a' + 'A');
}

static void write_dump(const char *path, int rows)
{
	FILE *f = fopen(path, "w");
	if (!f) {
		perror(path);
		exit(1);
	}
	for (int i = 0; i < rows; i++) {
		char name[64], a1[64], a2[64], a3[64];
		make_name(name, sizeof name);
		make_name(a1, sizeof a1);
		make_name(a2, sizeof a2);
		make_name(a3, sizeof a3);
		double lat = 32.3 + rnd(50000) / 10000.0, lon = 35.7 + rnd(64000) / 10000.0;
		fprintf(f, "%d\t%s\t%s\t%s,%s,%s,Al %s\t%.5f\t%.5f\tP\tPPL\tSY\t\t%02u\t\t\t\t%u\t\t%u\t"
			   "Asia/Damascus\t2024-01-01\n", 20000000 + i, name, name, a1, a2, a3, name, lat,
			lon, 1 + rnd(14), rnd(3) ? 0 : rnd(20000), rnd(900));
	}
	fclose(f);
}

static const char *const press[] = { "Aleppo", "Idlib", "Hama", "Homs", "Talbiseh",
	"Tallbisah", "Khan Sheikhoun", "Khan Shaykhoun", "Morek", "al-Saqlabiyah",
	"Maarat al-Numan", "Qal'at al-Madiq", "Hama province", "the M5 highway", "Soran",
	"Ma'ardas", "Damascus", "Baghdad", "Doha", "Fuad Hussein", "Hayat Tahrir al-Sham",
	"Deir ez-Zor", "Dayr az Zawr", "Saraqeb", "Jisr al-Shughour", "Kobani", "Afrin",
	"nowhere-ville", "Mhardeh", "Salamieh" };

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: bench_gazetteer GAZETTEER WORKDIR [SECONDS]\n");
		return 2;
	}
	const char *gzp = argv[1], *dir = argv[2];
	double secs = argc > 3 ? atof(argv[3]) : 1.0;
	char path[4096], gz2[4096];

	/* 1. load */
	size_t np = 0;
	double ms = median_load(gzp, 15, &np);
	printf("load %s: %zu places, %.2f ms (median of 15; target < 50 ms), peak RSS %ld KB\n",
	       gzp, np, ms, maxrss_kb());

	/* 2. a 25,000-row dump imported into a copy */
	snprintf(path, sizeof path, "%s/SY-synthetic.txt", dir);
	write_dump(path, 25000);
	snprintf(gz2, sizeof gz2, "%s/imported.fgaz", dir);
	{
		FILE *in = fopen(gzp, "rb"), *out = fopen(gz2, "wb");
		char buf[65536];
		size_t n;
		while (in && out && (n = fread(buf, 1, sizeof buf, in)) > 0)
			fwrite(buf, 1, n, out);
		if (in)
			fclose(in);
		if (out)
			fclose(out);
	}
	fl_gazetteer_report rep = { 0 };
	fl_error err;
	fl_error_clear(&err);
	double t0 = now();
	if (fl_gazetteer_import(gz2, path, &rep, &err) != FL_OK) {
		fprintf(stderr, "bench_gazetteer: import: %s\n", err.text);
		return 1;
	}
	double imp = now() - t0;
	printf("import of a 25,000-row dump: %.0f ms (%zu rows, %zu new places)\n", imp * 1000,
	       rep.rows, rep.added);
	fl_gazetteer_report_release(&rep);
	ms = median_load(gz2, 9, &np);
	printf("load after the import: %zu places, %.2f ms (median of 9; target < 300 ms), peak RSS %ld KB\n",
	       np, ms, maxrss_kb());

	/* 3. lookups per second */
	fl_gazetteer *gz;
	if (fl_gazetteer_open(gz2, &gz, &err) != FL_OK) {
		fprintf(stderr, "bench_gazetteer: %s\n", err.text);
		return 1;
	}
	enum { NQ = 4096 };
	static char qs[NQ][64];
	size_t nq = 0;
	for (; nq < NQ / 2; nq++)	/* names as written in the gazetteer */
		snprintf(qs[nq], sizeof qs[nq], "%s", fl_gazetteer_get(gz, 20000000 + (int64_t)rnd(25000))->name);
	for (; nq < NQ; nq++)	/* the press's spellings, fuzzy ones and misses */
		snprintf(qs[nq], sizeof qs[nq], "%s", press[rnd(sizeof(press) / sizeof(press[0]))]);
	fl_candidate c[5];
	size_t done = 0, hits = 0;
	t0 = now();
	double el;
	do {
		for (size_t i = 0; i < 1024; i++, done++)
			hits += fl_gazetteer_lookup(gz, qs[done % NQ], NULL, c, 5) > 0;
		el = now() - t0;
	} while (el < secs);
	printf("lookups: %.0f per second (%zu in %.2f s, %zu found; target > 200,000/s), peak RSS %ld KB\n",
	       done / el, done, el, hits, maxrss_kb());

	/* 4. geoparse throughput on a synthetic corpus */
	static const char *const words[] = { "the", "forces", "said", "on", "Thursday", "that",
		"they", "had", "taken", "control", "of", "town", "after", "clashes", "with",
		"government", "troops", "near", "village", "and", "countryside", "in", "rebels",
		"advanced", "towards", "city", "according", "to", "a", "source", "military",
		"Syrian", "Observatory", "reported", "fighting", "around", "highway", "were",
		"killed", "The", "army", "withdrew", "from", "positions", "north", "south", "east",
		"west", "province", "amid", "heavy", "shelling", "Russian", "warplanes", "struck" };
	const char *places[64];
	size_t npl = 0;
	for (size_t i = 0; i < sizeof(press) / sizeof(press[0]) && npl < 64; i++)
		places[npl++] = press[i];
	snprintf(path, sizeof path, "%s/corpus.txt", dir);
	FILE *f = fopen(path, "w");
	size_t target = 8u << 20;
	size_t written = 0;
	while (written < target) {
		int nw = 12 + (int)rnd(20);
		for (int w = 0; w < nw; w++) {
			const char *x = rnd(25) == 0 ? places[rnd((unsigned)npl)]
						     : words[rnd(sizeof(words) / sizeof(words[0]))];
			written += (size_t)fprintf(f, "%s%s", w ? " " : "", x);
		}
		written += (size_t)fprintf(f, ".\n");
	}
	fclose(f);
	snprintf(path, sizeof path, "%s/corpus.txt", dir);
	char *text;
	size_t len;
	if (fl_read_file(path, (size_t)1 << 30, &text, &len, &err) != FL_OK)
		return 1;
	fl_article a;
	memset(&a, 0, sizeof a);
	a.text = text;
	a.len = len;
	a.source = path;
	size_t ns = 0;
	for (size_t i = 0; i < len; i++)
		ns += text[i] == '\n';
	a.sentences = malloc(ns * sizeof(fl_span));
	size_t s0 = 0;
	for (size_t i = 0; i < len; i++)
		if (text[i] == '\n') {
			a.sentences[a.nsentences++] = (fl_span){ s0, i };
			s0 = i + 1;
		}
	double best = 1e9;
	size_t nm = 0;
	for (int r = 0; r < 3; r++) {
		fl_mentions m = { 0 };
		t0 = now();
		fl_geoparse(gz, &a, &m, &err);
		el = now() - t0;
		if (el < best)
			best = el;
		nm = m.count;
		fl_mentions_release(&m);
	}
	printf("geoparse: %.1f MB/s (%.1f MB, %zu sentences, %zu mentions, best of 3 in %.0f ms), peak RSS %ld KB\n",
	       len / best / 1e6, len / 1e6, a.nsentences, nm, best * 1000, maxrss_kb());
	printf("peer input: %s/corpus.txt\n", dir);
	free(a.sentences);
	free(text);
	fl_gazetteer_free(gz);
	return 0;
}
