/* SPDX-License-Identifier: MIT
 *
 * bench_render.c - time the renderer: one 2400x1600 PNG, one A4 PDF, a 30-day series on
 * all cores (PNG + GIF), from places with known holders (a TSV like
 * tests/fixtures/render/syria-places.tsv: id name lat lon kind population side_a side_b).
 * The 30 days move the places whose holder differs between the two columns over one by
 * one, so every day's map is different.
 *
 *   bench_render MAP.json PLACES.tsv OUTDIR [RUNS]     figures on stdout
 *   bench_render --once MAP.json PLACES.tsv OUT.png    one map, as a whole process
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include "render.h"

static double cpu_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

typedef struct row {
	int64_t id;
	char name[96], kind[12], a[24], b[24];
	double lat, lon;
	int64_t pop;
} row;

static size_t load(const char *path, row **out)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		perror(path);
		exit(1);
	}
	size_t n = 0, cap = 0;
	row *rows = NULL;
	char line[1024];
	while (fgets(line, sizeof(line), f)) {
		if (line[0] == '#')
			continue;
		line[strcspn(line, "\r\n")] = 0;
		char *fld[8];
		int k = 0;
		for (char *p = line, *t; k < 8 && (t = strsep(&p, "\t"));)
			fld[k++] = t;
		if (k < 8)
			continue;
		if (fl_grow((void **)&rows, &cap, n, 1, sizeof(row)))
			exit(1);
		row *r = &rows[n++];
		r->id = atoll(fld[0]);
		snprintf(r->name, sizeof(r->name), "%s", fld[1]);
		r->lat = atof(fld[2]);
		r->lon = atof(fld[3]);
		snprintf(r->kind, sizeof(r->kind), "%s", fld[4]);
		r->pop = atoll(fld[5]);
		snprintf(r->a, sizeof(r->a), "%s", fld[6]);
		snprintf(r->b, sizeof(r->b), "%s", fld[7]);
	}
	fclose(f);
	*out = rows;
	return n;
}

/* Day k of 0..ndays-1: the j-th changing place has moved once k >= (j+1)*ndays/(nchg+1). */
static void make_state(fl_state *s, const row *rows, size_t n, fl_date d, int k, int ndays)
{
	memset(s, 0, sizeof(*s));
	s->date = d;
	s->items = calloc(n, sizeof(fl_place_state));
	s->count = s->cap = n;
	size_t nchg = 0;
	for (size_t i = 0; i < n; i++)
		nchg += strcmp(rows[i].a, rows[i].b) != 0;
	size_t j = 0;
	for (size_t i = 0; i < n; i++) {
		fl_place_state *p = &s->items[i];
		p->place_id = rows[i].id;
		p->place = (char *)rows[i].name;
		p->lat = rows[i].lat;
		p->lon = rows[i].lon;
		p->population = rows[i].pop;
		snprintf(p->kind, sizeof(p->kind), "%s", rows[i].kind);
		bool moved = false;
		if (strcmp(rows[i].a, rows[i].b) != 0)
			moved = (size_t)k >= (j++ + 1) * (size_t)ndays / (nchg + 1);
		snprintf(p->side, sizeof(p->side), "%s", moved ? rows[i].b : rows[i].a);
		snprintf(p->level, sizeof(p->level), "assessed");
		snprintf(p->status, sizeof(p->status), moved ? "changed" : "baseline");
		p->since = d;
		p->sources = (char *)"";
	}
	s->narticles = 40;
	s->nclaims = 120;
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static void die(const fl_error *e)
{
	fprintf(stderr, "bench_render: %s\n", e->text);
	exit(1);
}

int main(int argc, char **argv)
{
	fl_error e = { 0 };
	if (argc == 5 && strcmp(argv[1], "--once") == 0) {
		row *rows;
		size_t n = load(argv[3], &rows);
		fl_map *m;
		if (fl_map_load(argv[2], &m, &e))
			die(&e);
		fl_state s, y;
		fl_date d = fl_date_from_ymd(2024, 11, 30);
		make_state(&s, rows, n, d, 30, 30);
		make_state(&y, rows, n, d - 1, 20, 30);
		fl_render_opts o = { .width = 2400, .height = 1600 };
		if (fl_render(m, &s, &y, &o, argv[4], &e))
			die(&e);
		free(s.items);
		free(y.items);
		free(rows);
		fl_map_free(m);
		return 0;
	}
	if (argc < 4) {
		fprintf(stderr, "usage: bench_render MAP.json PLACES.tsv OUTDIR [RUNS]\n"
				"       bench_render --once MAP.json PLACES.tsv OUT.png\n");
		return 2;
	}
	int runs = argc > 4 ? atoi(argv[4]) : 7;
	if (runs < 1)
		runs = 1;
	row *rows;
	size_t n = load(argv[2], &rows);
	mkdir(argv[3], 0755);
	double t0 = now_ms();
	fl_map *m;
	if (fl_map_load(argv[1], &m, &e))
		die(&e);
	fl_renderer *r;
	if (fl_renderer_new(m, NULL, &r, &e))
		die(&e);
	double setup = now_ms() - t0;
	enum { NDAYS = 30 };
	fl_state *days = calloc(NDAYS, sizeof(fl_state));
	fl_date d0 = fl_date_from_ymd(2024, 11, 27);
	for (int k = 0; k < NDAYS; k++)
		make_state(&days[k], rows, n, d0 + k, k, NDAYS);
	fl_state before;
	make_state(&before, rows, n, d0 - 1, -1, NDAYS);

	char path[4096];
	double *t = calloc((size_t)runs, sizeof(double));
	snprintf(path, sizeof(path), "%s/day.png", argv[3]);
	fl_render_opts png = { .width = 2400, .height = 1600 };
	double c0 = cpu_ms();
	for (int i = 0; i < runs; i++) {
		double a = now_ms();
		if (fl_renderer_draw(r, &days[NDAYS - 1], &days[NDAYS - 2], &png, path, &e))
			die(&e);
		t[i] = now_ms() - a;
	}
	double png_cpu = (cpu_ms() - c0) / runs;
	qsort(t, (size_t)runs, sizeof(double), cmp_d);
	double png_ms = t[runs / 2], png_min = t[0];
	snprintf(path, sizeof(path), "%s/day.pdf", argv[3]);
	fl_render_opts pdf = { .paper = "a4" };
	for (int i = 0; i < runs; i++) {
		double a = now_ms();
		if (fl_renderer_draw(r, &days[NDAYS - 1], &days[NDAYS - 2], &pdf, path, &e))
			die(&e);
		t[i] = now_ms() - a;
	}
	qsort(t, (size_t)runs, sizeof(double), cmp_d);
	double pdf_ms = t[runs / 2];

	char sdir[4096], gif[4200];
	snprintf(sdir, sizeof(sdir), "%s/series", argv[3]);
	mkdir(sdir, 0755);
	snprintf(gif, sizeof(gif), "%s/series.gif", sdir);
	static const char *const fmts[] = { "png" };
	fl_series_opts so = { .formats = fmts, .nformats = 1, .render = &png, .gif_path = gif };
	double a = now_ms();
	if (fl_renderer_series(r, days, NDAYS, &before, sdir, &so, &e))
		die(&e);
	double series_ms = now_ms() - a;

	printf("places\t%zu\n", n);
	printf("setup_ms\t%.1f\t(map definition, style, base layers read and projected once)\n", setup);
	printf("png_2400x1600_ms\t%.1f\t(median of %d, min %.1f; draw + PNG encode + rename)\n", png_ms, runs, png_min);
	printf("png_2400x1600_cpu_ms\t%.1f\t(CPU time per map, mean: steadier on a shared machine)\n", png_cpu);
	printf("pdf_a4_ms\t%.1f\t(median of %d)\n", pdf_ms, runs);
	printf("series_30_days_ms\t%.1f\t(%.1f ms/day, 2400x1600 PNG + 900 px GIF, all cores)\n", series_ms,
	       series_ms / NDAYS);
	for (int k = 0; k < NDAYS; k++)
		free(days[k].items);
	free(days);
	free(before.items);
	free(t);
	free(rows);
	fl_renderer_free(r);
	fl_map_free(m);
	return 0;
}
