/* SPDX-License-Identifier: MIT
 *
 * bench_timeline.c - the state of the front on one day for a large theatre: N places
 * (default 25,000) in the baseline and M claims (default 200,000) in articles of K
 * claims, loaded into a store through fl_store_ingest (one transaction per article),
 * then fl_timeline_state on the last day, several times.
 *
 *   bench_timeline --store DS [--places N] [--claims M] [--per-article K] [--runs R]
 *                  [--state-only]
 *
 * --state-only: the store is one this program filled before (same N and M); time the
 * state alone (for profiling).
 *
 * Prints: ingest rate (articles/s, claims/s), the state time (best and median of R
 * runs, store opened fresh each time), and the counts the state came from.
 * Synthetic data with a fixed seed: same figures' inputs on every machine.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mapdef.h"
#include "store.h"
#include "timeline.h"

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static void die(const char *what, const fl_error *err)
{
	fprintf(stderr, "bench_timeline: %s: %s\n", what, err ? err->text : "failed");
	exit(1);
}

int main(int argc, char **argv)
{
	const char *ds = NULL;
	long nplaces = 25000, nclaims = 200000, per = 20, runs = 5;
	bool state_only = false;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--store") == 0 && i + 1 < argc)
			ds = argv[++i];
		else if (strcmp(argv[i], "--places") == 0 && i + 1 < argc)
			nplaces = atol(argv[++i]);
		else if (strcmp(argv[i], "--claims") == 0 && i + 1 < argc)
			nclaims = atol(argv[++i]);
		else if (strcmp(argv[i], "--per-article") == 0 && i + 1 < argc)
			per = atol(argv[++i]);
		else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
			runs = atol(argv[++i]);
		else if (strcmp(argv[i], "--state-only") == 0)
			state_only = true;
		else {
			fprintf(stderr, "usage: bench_timeline --store DS [--places N] [--claims M] "
					"[--per-article K] [--runs R] [--state-only]\n");
			return 2;
		}
	}
	if (!ds || nplaces <= 0 || nclaims <= 0 || per <= 0 || runs <= 0) {
		fprintf(stderr, "bench_timeline: --store DS is required; counts must be positive\n");
		return 2;
	}
	static const char *sides[] = { "government", "opposition", "sna", "sdf" };
	static const char *events[] = { "capture", "capture", "withdrawal", "repelled", "held", "clashes" };
	static const char *statuses[] = { "reported", "reported", "reported", "hedged", "denied" };
	static const struct { const char *who, *side; } sources[] = {
		{ "SOHR", "" }, { "Reuters", "" }, { "AFP", "" }, { "SANA", "government" },
		{ "a Syrian military source", "government" }, { "Military Operations Command", "opposition" },
		{ "SDF media office", "sdf" }, { "SNA spokesman", "sna" }, { NULL, "" },
	};
	fl_error err;
	fl_error_clear(&err);
	fl_date base = fl_date_from_ymd(2024, 11, 26);
	const int span = 60;

	fl_store *st = NULL;
	if (fl_store_open(ds, true, &st, &err))
		die("open", &err);
	size_t a0, c0;
	if (fl_store_counts(st, &a0, &c0, &err))
		die("counts", &err);
	if (!state_only && (a0 || c0)) {
		fprintf(stderr, "bench_timeline: store '%s' is not empty; give a fresh one\n", ds);
		return 1;
	}
	if (state_only && !c0) {
		fprintf(stderr, "bench_timeline: --state-only wants a store this program filled\n");
		return 1;
	}

	/* The baseline: a grid over the theatre. */
	fl_baseline b = { 0 };
	b.date = base;
	b.items = calloc((size_t)nplaces, sizeof(fl_baseline_row));
	b.cap = b.count = (size_t)nplaces;
	char name[32];
	for (long i = 0; i < nplaces; i++) {
		fl_baseline_row *r = &b.items[i];
		r->place_id = i + 1;
		snprintf(name, sizeof(name), "Place %ld", i + 1);
		r->place = strdup(name);
		r->lat = 32.3 + 5.0 * (double)(next() % 100000) / 100000;
		r->lon = 35.7 + 6.5 * (double)(next() % 100000) / 100000;
		snprintf(r->side, sizeof(r->side), "%s", sides[next() % 4]);
		r->source = strdup("synthetic");
	}
	double t0 = now();
	if (!state_only && fl_store_baseline_put(st, &b, "bench", &err))
		die("baseline", &err);
	double t_base = now() - t0;

	/* The articles. */
	long narticles = (nclaims + per - 1) / per;
	fl_claims cs = { 0 };
	cs.items = calloc((size_t)per, sizeof(fl_claim));
	cs.cap = (size_t)per;
	fl_article a;
	memset(&a, 0, sizeof(a));
	a.source = "-";
	a.text = "synthetic";
	a.len = 9;
	char sentence[96];
	long made = 0;
	t0 = now();
	for (long k = 0; !state_only && k < narticles; k++) {
		snprintf(a.id, sizeof(a.id), "%016llx%016llx%016llx%016llx", (unsigned long long)next(),
			 (unsigned long long)next(), (unsigned long long)next(), (unsigned long long)k);
		a.published = base + 1 + (fl_date)(k % span);
		cs.count = 0;
		for (long j = 0; j < per && made < nclaims; j++, made++) {
			fl_claim *c = &cs.items[cs.count++];
			memset(c, 0, sizeof(*c));
			const fl_baseline_row *p = &b.items[next() % (uint64_t)nplaces];
			c->place_id = p->place_id;
			c->place = p->place;
			c->lat = p->lat;
			c->lon = p->lon;
			c->date = c->date_end = base + 1 + (fl_date)(next() % span);
			snprintf(c->date_precision, sizeof(c->date_precision), "day");
			snprintf(c->side, sizeof(c->side), "%s", sides[next() % 4]);
			snprintf(c->event, sizeof(c->event), "%s", events[next() % 6]);
			snprintf(c->status, sizeof(c->status), "%s", statuses[next() % 5]);
			size_t s = next() % 9;
			c->attributed_to = (char *)sources[s].who;
			snprintf(c->source_side, sizeof(c->source_side), "%s", sources[s].side);
			c->confidence = 0.4 + 0.6 * (double)(next() % 1000) / 1000;
			c->actor = "fighters";
			snprintf(sentence, sizeof(sentence), "Synthetic sentence %ld about %s.", made, p->place);
			c->sentence = sentence;
			c->start = (size_t)j * 100;
			c->end = c->start + 60;
		}
		bool added;
		if (fl_store_ingest(st, &a, &cs, &added, &err))
			die("ingest", &err);
	}
	double t_ingest = now() - t0;
	fl_store_close(st);

	fl_map map;
	memset(&map, 0, sizeof(map));
	map.baseline_date = base;
	map.policy.contest_days = 3;
	map.policy.min_confidence = 0.5;
	map.policy.partisan_own_gain_claimed = true;
	fl_date day = base + span;
	double *times = calloc((size_t)runs, sizeof(double));
	double *cpus = calloc((size_t)runs, sizeof(double));
	size_t np = 0, nc = 0, na = 0, ncont = 0;
	for (long r = 0; r < runs; r++) {
		t0 = now();
		double cpu0 = cpu();
		if (fl_store_open_ex(ds, FL_STORE_READONLY, &st, &err))
			die("reopen", &err);
		fl_state s;
		if (fl_timeline_state(st, &map, NULL, day, &s, &err))
			die("state", &err);
		fl_store_close(st);
		times[r] = now() - t0;
		cpus[r] = cpu() - cpu0;
		np = s.count;
		nc = s.nclaims;
		na = s.narticles;
		ncont = 0;
		for (size_t i = 0; i < s.count; i++)
			ncont += strcmp(s.items[i].side, "contested") == 0;
		fl_state_release(&s);
	}
	qsort(times, (size_t)runs, sizeof(double), cmp_double);
	qsort(cpus, (size_t)runs, sizeof(double), cmp_double);
	printf("store: %s\n", fl_store_is_pg(ds) ? "PostGIS" : "GeoPackage");
	if (!state_only) {
		printf("baseline: %ld places stored in %.2f s\n", nplaces, t_base);
		printf("ingest: %ld articles, %ld claims in %.2f s: %.1f articles/s, %.0f claims/s\n",
		       narticles, nclaims, t_ingest, (double)narticles / t_ingest,
		       (double)nclaims / t_ingest);
	}
	printf("state on day +%d: %zu places, %zu claims applied from %zu articles, %zu contested\n", span,
	       np, nc, na, ncont);
	printf("state time: best %.1f ms, median %.1f ms over %ld runs (store opened each run)\n",
	       times[0] * 1000, times[runs / 2] * 1000, runs);
	printf("state CPU time of this process: best %.1f ms, median %.1f ms\n", cpus[0] * 1000,
	       cpus[runs / 2] * 1000);
	free(times);
	free(cpus);
	free(cs.items);
	fl_baseline_release(&b);
	return 0;
}
