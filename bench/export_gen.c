/* SPDX-License-Identifier: MIT
 *
 * export_gen.c - a synthetic theatre exported through the export module, for the export
 * benchmark (bench/export.sh) and for trying exports in QGIS without a store.
 *
 *   export_gen [--places N] [--days D] [--from YYYY-MM-DD] [--layers L,...] [--crs CRS]
 *              [--seed S] [--expect FILE] [--style STYLE.json] -o OUT
 *
 * N places scattered over Syria's extent (deterministic PRNG), held by sides by region;
 * a front moves east by a fixed step a day, and every place it passes changes hands
 * with a claim behind it. Areas are the boxes either side of the front, the frontline
 * the line between them, so every layer changes every day (the worst case for runs).
 * Prints the time the export took (states are made before the clock starts each day).
 * --expect writes what a reader must see on each day, from the model rather than from
 * the export: {"places": {"2024-11-27": N, ...}, "claims": {...}, ...} (tests/qgis).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <ogr_api.h>
#include "export.h"

static uint64_t rng = 88172645463325252ull;
static double urand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (double)(rng >> 11) / 9007199254740992.0;
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double cpu_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

typedef struct place {
	double lon, lat;
	const char *base;	/* side before the offensive */
} place;

static const char *base_side(double lon, double lat)
{
	if (lon > 39.0)
		return "sdf";
	if (lat > 36.3 && lon < 38.0)
		return "sna";
	if (lon < 36.6 && lat > 35.5)
		return "opposition";
	return "government";
}

/* The front's longitude on day i of n: from 36.6 to 38.0. */
static double front_x(int i, int n)
{
	return 36.6 + 1.4 * (i + 1) / (n > 0 ? n : 1);
}

static unsigned char *wkb_of(const char *wkt, size_t *len)
{
	OGRGeometryH g = NULL;
	char *w = (char *)wkt;
	if (OGR_G_CreateFromWkt(&w, NULL, &g) != OGRERR_NONE)
		return NULL;
	*len = (size_t)OGR_G_WkbSize(g);
	unsigned char *b = malloc(*len);
	if (b)
		OGR_G_ExportToWkb(g, wkbNDR, b);
	OGR_G_DestroyGeometry(g);
	return b;
}

static void make_territory(fl_territory *t, double x)
{
	char wkt[512];
	memset(t, 0, sizeof *t);
	t->areas = calloc(3, sizeof *t->areas);
	t->lines = calloc(1, sizeof *t->lines);
	const char *sides[] = { "opposition", "government", "sdf" };
	double boxes[3][4] = { { 35.7, 34.5, x, 37.3 }, { x, 32.3, 39.0, 37.3 },
			       { 39.0, 32.3, 42.4, 37.3 } };
	for (int i = 0; i < 3; i++) {
		double *b = boxes[i];
		snprintf(wkt, sizeof wkt, "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))", b[0], b[1],
			 b[2], b[1], b[2], b[3], b[0], b[3], b[0], b[1]);
		snprintf(t->areas[i].side, sizeof t->areas[i].side, "%s", sides[i]);
		snprintf(t->areas[i].level, sizeof t->areas[i].level, "assessed");
		t->areas[i].wkb = wkb_of(wkt, &t->areas[i].wkb_len);
	}
	t->nareas = 3;
	snprintf(wkt, sizeof wkt, "LINESTRING(%f 34.5,%f 37.3)", x, x);
	snprintf(t->lines[0].side_a, sizeof t->lines[0].side_a, "government");
	snprintf(t->lines[0].side_b, sizeof t->lines[0].side_b, "opposition");
	t->lines[0].wkb = wkb_of(wkt, &t->lines[0].wkb_len);
	t->nlines = 1;
}

static void free_territory(fl_territory *t)
{
	for (size_t i = 0; i < t->nareas; i++)
		free(t->areas[i].wkb);
	for (size_t i = 0; i < t->nlines; i++)
		free(t->lines[i].wkb);
	free(t->areas);
	free(t->lines);
}

/* The state on day i: places west of the front (north of 34.5) are opposition. */
static void make_state(fl_state *s, const place *pl, size_t n, fl_date from, int i, int days,
		       char **names)
{
	double x = i < 0 ? 0 : front_x(i, days);
	s->date = from + i;
	s->count = n;
	for (size_t k = 0; k < n; k++) {
		fl_place_state *p = &s->items[k];
		p->place_id = 1000000 + (int64_t)k;
		p->place = names[k];
		p->lat = pl[k].lat;
		p->lon = pl[k].lon;
		snprintf(p->kind, sizeof p->kind, "PPL");
		p->population = 500 + (int64_t)(k % 5000);
		bool taken = i >= 0 && pl[k].lon < x && pl[k].lat > 34.5 &&
			     strcmp(pl[k].base, "opposition") != 0 && strcmp(pl[k].base, "sdf") != 0;
		snprintf(p->side, sizeof p->side, "%s", taken ? "opposition" : pl[k].base);
		/* The day the front passed it. */
		int day = 0;
		if (taken)
			while (day < days && front_x(day, days) <= pl[k].lon)
				day++;
		p->since = taken ? from + day : from - 1;
		snprintf(p->status, sizeof p->status, "%s", taken ? "changed" : "baseline");
		snprintf(p->level, sizeof p->level, "%s", taken ? "claimed" : "assessed");
		p->sources = taken ? "1" : "";
	}
}

int main(int argc, char **argv)
{
	int nplaces = 25000, days = 365;
	const char *out = NULL, *layers = NULL, *crs = NULL, *from_s = "2024-11-27";
	const char *expect = NULL, *style = NULL;
	static const struct option opts[] = {
		{ "places", required_argument, NULL, 'n' }, { "days", required_argument, NULL, 'd' },
		{ "from", required_argument, NULL, 'f' }, { "layers", required_argument, NULL, 'l' },
		{ "crs", required_argument, NULL, 'c' }, { "seed", required_argument, NULL, 's' },
		{ "output", required_argument, NULL, 'o' }, { "expect", required_argument, NULL, 'e' },
		{ "style", required_argument, NULL, 'y' },
		{ NULL, 0, NULL, 0 } };
	int c;
	while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (c) {
		case 'n': nplaces = atoi(optarg); break;
		case 'd': days = atoi(optarg); break;
		case 'f': from_s = optarg; break;
		case 'l': layers = optarg; break;
		case 'c': crs = optarg; break;
		case 's': rng = strtoull(optarg, NULL, 10) | 1; break;
		case 'o': out = optarg; break;
		case 'e': expect = optarg; break;
		case 'y': style = optarg; break;
		default: return 2;
		}
	}
	fl_date from;
	if (!out || nplaces <= 0 || days <= 0 || fl_date_parse(from_s, &from) != FL_OK) {
		fprintf(stderr, "usage: export_gen [--places N] [--days D] [--from DATE] "
				"[--layers L] [--crs CRS] -o OUT\n");
		return 2;
	}
	OGRRegisterAll();
	fl_error err;
	fl_error_clear(&err);
	unsigned mask = 0;
	if (layers && fl_export_layers_parse(layers, &mask, &err) != FL_OK) {
		fprintf(stderr, "export_gen: %s\n", err.text);
		return 2;
	}
	size_t n = (size_t)nplaces;
	place *pl = calloc(n, sizeof *pl);
	char **names = calloc(n, sizeof *names);
	for (size_t k = 0; k < n; k++) {
		pl[k].lon = 35.8 + urand() * 6.4;
		pl[k].lat = 32.4 + urand() * 4.8;
		pl[k].base = base_side(pl[k].lon, pl[k].lat);
		if (asprintf(&names[k], "Place %zu", k) < 0)
			return 1;
	}
	fl_state prev = { 0 }, cur = { 0 };
	prev.items = calloc(n, sizeof *prev.items);
	cur.items = calloc(n, sizeof *cur.items);
	prev.cap = cur.cap = n;
	fl_export_opts eo = { .layers = mask, .from = from, .to = from + days - 1, .crs = crs,
			      .style = style, .title = "export_gen: a synthetic theatre",
			      .attribution = "synthetic theatre (export_gen)" };
	fl_export *ex;
	double t0 = now_ms(), c0 = cpu_ms(), spent = 0, cpu = 0;
	if (fl_export_open(out, &eo, &ex, &err) != FL_OK)
		goto fail;
	/* Claims: one per place the front takes, on that day. */
	fl_claims claims = { 0 };
	claims.items = calloc(n, sizeof *claims.items);
	for (size_t k = 0; k < n; k++) {
		if (pl[k].lat <= 34.5 || strcmp(pl[k].base, "opposition") == 0 ||
		    strcmp(pl[k].base, "sdf") == 0 || pl[k].lon >= front_x(days - 1, days))
			continue;
		int day = 0;
		while (front_x(day, days) <= pl[k].lon)
			day++;
		fl_claim *cl = &claims.items[claims.count++];
		cl->id = (int64_t)claims.count;
		snprintf(cl->article, sizeof cl->article, "%064zu", k);
		cl->place_id = 1000000 + (int64_t)k;
		cl->place = names[k];
		cl->lat = pl[k].lat;
		cl->lon = pl[k].lon;
		cl->date = cl->date_end = from + day;
		snprintf(cl->date_precision, sizeof cl->date_precision, "day");
		snprintf(cl->side, sizeof cl->side, "opposition");
		snprintf(cl->event, sizeof cl->event, "capture");
		snprintf(cl->status, sizeof cl->status, "reported");
		cl->attributed_to = "a synthetic monitor";
		cl->confidence = 0.8;
		cl->sentence = "Fighters took the place, a synthetic monitor said.";
	}
	if (fl_export_add_claims(ex, &claims, &err) != FL_OK)
		goto fail;
	spent += now_ms() - t0;
	cpu += cpu_ms() - c0;
	make_state(&prev, pl, n, from, -1, days, names);
	for (int i = 0; i < days; i++) {
		make_state(&cur, pl, n, from, i, days, names);
		fl_territory t;
		make_territory(&t, front_x(i, days));
		double t1 = now_ms(), c1 = cpu_ms();
		if (fl_export_add_day(ex, &prev, &cur, &t, &err) != FL_OK)
			goto fail;
		spent += now_ms() - t1;
		cpu += cpu_ms() - c1;
		free_territory(&t);
		fl_state tmp = prev;
		prev = cur;
		cur = tmp;
	}
	double t2 = now_ms(), c2 = cpu_ms();
	if (fl_export_finish(ex, &err) != FL_OK)
		goto fail;
	spent += now_ms() - t2;
	cpu += cpu_ms() - c2;
	size_t total = 0;
	for (unsigned l = 1; l <= FL_EXPORT_CHANGES; l <<= 1)
		total += fl_export_count(ex, (fl_export_layer)l);
	printf("export_gen: %d places, %d days -> %s: %zu features (places %zu, claims %zu, "
	       "areas %zu, frontlines %zu, changes %zu) in %.0f ms of export (%.0f ms CPU)\n",
	       nplaces, days, out, total, fl_export_count(ex, FL_EXPORT_PLACES),
	       fl_export_count(ex, FL_EXPORT_CLAIMS), fl_export_count(ex, FL_EXPORT_AREAS),
	       fl_export_count(ex, FL_EXPORT_FRONTLINES), fl_export_count(ex, FL_EXPORT_CHANGES),
	       spent, cpu);
	fl_export_free(ex);
	if (expect) {
		/* Per day: every place once, 3 areas, 1 frontline; claims and changes on the
		 * day the front passes a place. */
		FILE *f = fopen(expect, "w");
		if (!f) {
			perror(expect);
			return 1;
		}
		const char *names_l[] = { "places", "claims", "areas", "frontlines", "changes" };
		fprintf(f, "{");
		for (int l = 0; l < 5; l++) {
			fprintf(f, "%s\"%s\": {", l ? ", " : "", names_l[l]);
			for (int i = 0; i < days; i++) {
				size_t cnt = 0;
				if (l == 0)
					cnt = n;
				else if (l == 2)
					cnt = 3;
				else if (l == 3)
					cnt = 1;
				else
					for (size_t k = 0; k < claims.count; k++)
						cnt += claims.items[k].date == from + i;
				char b[11];
				fprintf(f, "%s\"%s\": %zu", i ? ", " : "", fl_date_format(from + i, b), cnt);
			}
			fprintf(f, "}");
		}
		fprintf(f, "}\n");
		fclose(f);
	}
	for (size_t k = 0; k < n; k++)
		free(names[k]);
	free(names);
	free(pl);
	free(prev.items);
	free(cur.items);
	free(claims.items);
	return 0;
fail:
	fprintf(stderr, "export_gen: %s: %s\n", err.source, err.text);
	return 1;
}
