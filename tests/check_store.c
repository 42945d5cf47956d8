/* SPDX-License-Identifier: MIT
 * check_store.c - the claim store in a GeoPackage and in PostGIS: ingest as one
 * transaction, idempotence, a changed file replacing its own claims, a killed ingest,
 * corrections, baselines, the schema version, the shipped Syrian baseline, the
 * timeline's scan over claim packs (and a store of schema 1 without them), and two
 * processes ingesting the same articles into one PostGIS database at once. */
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <gdal.h>

#include "testutil.h"
#include "store.h"

/* ---- fixtures ------------------------------------------------------------------ */

static char *tmp;	/* per test folder (checked fixture: runs in the test's process) */
static char gpkg[600];

static void setup(void)
{
	tmp = tu_tmpdir();
	ck_assert_ptr_nonnull(tmp);
	snprintf(gpkg, sizeof(gpkg), "%s/store.gpkg", tmp);
}

static void teardown(void)
{
	tu_rmtree(tmp);
	free(tmp);
	tmp = NULL;
}

/* An article written for the test: id from n, source file path. */
static void article(fl_article *a, unsigned n, const char *source)
{
	memset(a, 0, sizeof(*a));
	snprintf(a->id, sizeof(a->id), "%064x", n);
	a->source = (char *)source;
	a->text = "Test article text written for the store tests.";
	a->len = strlen(a->text);
	a->title = "Test";
	a->published = fl_date_from_ymd(2024, 11, 30);
	snprintf(a->published_how, sizeof(a->published_how), "user");
}

/* k claims for places base+0..k-1 on days from 2024-11-27. */
static void claims(fl_claims *cs, size_t k, int64_t base)
{
	memset(cs, 0, sizeof(*cs));
	cs->items = calloc(k ? k : 1, sizeof(fl_claim));
	cs->cap = cs->count = k;
	for (size_t i = 0; i < k; i++) {
		fl_claim *c = &cs->items[i];
		c->place_id = base + (int64_t)i;
		c->place = "Somewhere";
		c->lat = 35.0 + (double)i / 1000;
		c->lon = 37.0 + (double)i / 1000;
		c->date = c->date_end = fl_date_from_ymd(2024, 11, 27) + (fl_date)(i % 10);
		snprintf(c->date_precision, sizeof(c->date_precision), "day");
		snprintf(c->side, sizeof(c->side), "opposition");
		snprintf(c->event, sizeof(c->event), "capture");
		snprintf(c->status, sizeof(c->status), "reported");
		c->attributed_to = "SOHR";
		snprintf(c->source_side, sizeof(c->source_side), "%s", i % 2 ? "government" : "");
		c->confidence = 0.8;
		c->actor = "rebels";
		c->sentence = "Rebels took the town, a monitor said.";
		c->start = 10 * i;
		c->end = 10 * i + 9;
	}
}

static void claims_free(fl_claims *cs)
{
	free(cs->items);
	memset(cs, 0, sizeof(*cs));
}

static fl_store *open_ok(const char *ds)
{
	fl_store *st = NULL;
	fl_error err;
	fl_error_clear(&err);
	fl_status rc = fl_store_open(ds, true, &st, &err);
	ck_assert_msg(rc == FL_OK, "open '%s': %s", ds, err.text);
	return st;
}

static void counts(fl_store *st, size_t want_articles, size_t want_claims)
{
	size_t a = 99, c = 99;
	ck_assert_int_eq(fl_store_counts(st, &a, &c, NULL), FL_OK);
	ck_assert_uint_eq(a, want_articles);
	ck_assert_uint_eq(c, want_claims);
}

/* ---- shared checks (GeoPackage and PostGIS) ------------------------------------ */

static void check_ingest_once(const char *ds)
{
	fl_store *st = open_ok(ds);
	fl_article a;
	article(&a, 1, "-");
	fl_claims cs;
	claims(&cs, 5, 1000);
	bool added = false;
	fl_error err;
	fl_error_clear(&err);
	ck_assert_msg(fl_store_ingest(st, &a, &cs, &added, &err) == FL_OK, "%s", err.text);
	ck_assert(added);
	ck_assert_int_eq(fl_store_ingest(st, &a, &cs, &added, NULL), FL_OK);
	ck_assert(!added);
	counts(st, 1, 5);
	fl_store_close(st);

	/* Read back, after reopening. */
	st = open_ok(ds);
	fl_claims back = { 0 };
	ck_assert_int_eq(fl_store_claims(st, FL_DATE_NONE, FL_DATE_NONE, &back, NULL), FL_OK);
	ck_assert_uint_eq(back.count, 5);
	for (size_t i = 0; i < 5; i++) {
		const fl_claim *x = &back.items[i], *y = &cs.items[i];
		if (i)
			ck_assert_int_gt(x->id, back.items[i - 1].id);
		ck_assert_str_eq(x->article, a.id);
		ck_assert_int_eq(x->place_id, y->place_id);
		ck_assert_str_eq(x->place, y->place);
		ck_assert(x->lat > y->lat - 1e-9 && x->lat < y->lat + 1e-9);
		ck_assert(x->lon > y->lon - 1e-9 && x->lon < y->lon + 1e-9);
		ck_assert_int_eq(x->date, y->date);
		ck_assert_str_eq(x->side, y->side);
		ck_assert_str_eq(x->event, y->event);
		ck_assert_str_eq(x->status, y->status);
		ck_assert_str_eq(x->attributed_to, "SOHR");
		ck_assert_str_eq(x->source_side, y->source_side);
		ck_assert_str_eq(x->sentence, y->sentence);
		ck_assert_uint_eq(x->start, y->start);
		ck_assert_uint_eq(x->end, y->end);
		ck_assert_int_eq(x->rejects, 0);
	}
	fl_claim one;
	ck_assert_int_eq(fl_store_get(st, back.items[2].id, &one, NULL), FL_OK);
	ck_assert_int_eq(one.place_id, cs.items[2].place_id);
	fli_claim_release(&one);
	ck_assert_int_eq(fl_store_get(st, 424242, &one, NULL), FL_ENOTFOUND);

	/* Date ranges and the lean read. */
	fli_claims_release(&back);
	fl_store_query_def q = { fl_date_from_ymd(2024, 11, 28), fl_date_from_ymd(2024, 11, 29),
				 FL_QUERY_MACHINE | FL_QUERY_LEAN, 0, 0 };
	ck_assert_int_eq(fl_store_query(st, &q, &back, NULL), FL_OK);
	ck_assert_uint_eq(back.count, 2);
	ck_assert_ptr_null(back.items[0].sentence);
	ck_assert_str_eq(back.items[0].place, "Somewhere");
	ck_assert_str_eq(back.items[0].side, "opposition");
	ck_assert_str_eq(back.items[0].event, "capture");
	ck_assert_str_eq(back.items[0].status, "reported");
	ck_assert_str_eq(back.items[0].article, a.id);
	ck_assert_str_eq(back.items[0].attributed_to, "SOHR");
	ck_assert_str_eq(back.items[0].source_side, "government");
	ck_assert_str_eq(back.items[1].source_side, "");
	fli_claims_release(&back);
	q.min_confidence = 0.9;	/* every claim here is 0.8 */
	ck_assert_int_eq(fl_store_query(st, &q, &back, NULL), FL_OK);
	ck_assert_uint_eq(back.count, 0);
	q.min_confidence = 0;
	fli_claims_release(&back);
	q.from = q.to = FL_DATE_NONE;
	q.place_id = 1003;
	ck_assert_int_eq(fl_store_query(st, &q, &back, NULL), FL_OK);
	ck_assert_uint_eq(back.count, 1);
	fli_claims_release(&back);
	claims_free(&cs);
	fl_store_close(st);
}

static void check_corrections(const char *ds)
{
	fl_store *st = open_ok(ds);
	fl_article a;
	article(&a, 2, "-");
	fl_claims cs;
	claims(&cs, 2, 2000);
	bool added;
	ck_assert_int_eq(fl_store_ingest(st, &a, &cs, &added, NULL), FL_OK);
	fl_claims got = { 0 };
	ck_assert_int_eq(fl_store_claims(st, FL_DATE_NONE, FL_DATE_NONE, &got, NULL), FL_OK);
	int64_t target = got.items[0].id;
	fli_claims_release(&got);

	fl_claim c[2];
	memset(c, 0, sizeof(c));
	c[0].place_id = 2000;
	c[0].place = "Somewhere";
	c[0].lat = 35;
	c[0].lon = 37;
	c[0].date = c[0].date_end = fl_date_from_ymd(2024, 12, 1);
	snprintf(c[0].side, sizeof(c[0].side), "government");
	snprintf(c[0].event, sizeof(c[0].event), "held");
	snprintf(c[0].status, sizeof(c[0].status), "analyst");
	c[0].author = "jdoe";
	c[0].created = "2024-12-02T10:00:00Z";
	c[0].confidence = 1;
	c[1] = c[0];
	snprintf(c[1].status, sizeof(c[1].status), "rejected");
	c[1].rejects = 777777;	/* no such claim: nothing is stored */
	fl_claims batch = { c, 2, 2 };
	int64_t ids[2] = { 0, 0 };
	fl_error err;
	fl_error_clear(&err);
	ck_assert_int_eq(fl_store_correct(st, &batch, ids, &err), FL_ENOTFOUND);
	size_t n = 9;
	ck_assert_int_eq(fl_store_count_corrections(st, &n, NULL), FL_OK);
	ck_assert_uint_eq(n, 0);
	/* Without an author it is refused. */
	c[1].rejects = target;
	c[1].author = NULL;
	ck_assert_int_eq(fl_store_correct(st, &batch, ids, NULL), FL_EINVAL);
	c[1].author = "asmith";
	ck_assert_int_eq(fl_store_correct(st, &batch, ids, NULL), FL_OK);
	ck_assert_int_ge(ids[0], FL_OVERRIDE_ID_BASE);
	ck_assert_int_gt(ids[1], ids[0]);
	fl_claim back;
	ck_assert_int_eq(fl_store_get(st, ids[1], &back, NULL), FL_OK);
	ck_assert_int_eq(back.rejects, target);
	ck_assert_str_eq(back.author, "asmith");
	ck_assert_str_eq(back.created, "2024-12-02T10:00:00Z");
	fli_claim_release(&back);
	/* Listing: machine claims then corrections; machine count unchanged. */
	ck_assert_int_eq(fl_store_claims(st, FL_DATE_NONE, FL_DATE_NONE, &got, NULL), FL_OK);
	ck_assert_uint_eq(got.count, 4);
	ck_assert_str_eq(got.items[2].status, "analyst");
	fli_claims_release(&got);
	counts(st, 1, 2);
	claims_free(&cs);
	fl_store_close(st);
}


/* ---- the timeline's scan (claim packs) ------------------------------------------ */

typedef struct scanned {
	fl_claim_lean *items;	/* strings owned */
	size_t count, cap;
} scanned;

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

static fl_status collect(void *ctx, const fl_claim_lean *c)
{
	scanned *sc = ctx;
	if (sc->count == sc->cap) {
		sc->cap = sc->cap ? 2 * sc->cap : 16;
		sc->items = realloc(sc->items, sc->cap * sizeof(*sc->items));
		ck_assert_ptr_nonnull(sc->items);
	}
	fl_claim_lean *x = &sc->items[sc->count++];
	*x = *c;
	x->place = dup_or_null(c->place);
	x->article = strdup(c->article);
	x->side = strdup(c->side);
	x->event = strdup(c->event);
	x->status = strdup(c->status);
	x->source_side = strdup(c->source_side);
	x->attributed_to = dup_or_null(c->attributed_to);
	return FL_OK;
}

static void scanned_free(scanned *sc)
{
	for (size_t i = 0; i < sc->count; i++) {
		fl_claim_lean *x = &sc->items[i];
		free((char *)x->place);
		free((char *)x->article);
		free((char *)x->side);
		free((char *)x->event);
		free((char *)x->status);
		free((char *)x->source_side);
		free((char *)x->attributed_to);
	}
	free(sc->items);
	memset(sc, 0, sizeof(*sc));
}

static int cmp_lean(const void *a, const void *b)
{
	int64_t x = ((const fl_claim_lean *)a)->id, y = ((const fl_claim_lean *)b)->id;
	return (x > y) - (x < y);
}

static void scan_all(fl_store *st, const fl_store_query_def *q, scanned *out)
{
	memset(out, 0, sizeof(*out));
	fl_error err;
	fl_error_clear(&err);
	ck_assert_msg(fl_store_scan(st, q, collect, out, &err) == FL_OK, "scan: %s", err.text);
	if (out->count)
		qsort(out->items, out->count, sizeof(*out->items), cmp_lean);
}

/* What the scan gives is what the whole claims say: every field the fold weighs. */
static void scan_matches_claims(fl_store *st, size_t want)
{
	static const fl_store_query_def all = { FL_DATE_NONE, FL_DATE_NONE, FL_QUERY_MACHINE, 0, 0 };
	scanned sc;
	scan_all(st, &all, &sc);
	fl_claims full = { 0 };
	ck_assert_int_eq(fl_store_claims(st, FL_DATE_NONE, FL_DATE_NONE, &full, NULL), FL_OK);
	size_t machine = 0;
	while (machine < full.count && full.items[machine].id < FL_OVERRIDE_ID_BASE)
		machine++;
	ck_assert_uint_eq(machine, want);
	ck_assert_uint_eq(sc.count, want);
	for (size_t i = 0; i < want; i++) {
		const fl_claim *c = &full.items[i];
		const fl_claim_lean *l = &sc.items[i];
		ck_assert_int_eq(l->id, c->id);
		ck_assert_int_eq(l->place_id, c->place_id);
		ck_assert_int_eq(l->eff, fl_claim_effective_day(c));
		ck_assert(l->confidence == c->confidence);
		ck_assert_uint_eq(l->start, c->start);
		ck_assert(l->lat == c->lat && l->lon == c->lon);
		ck_assert_str_eq(l->article, c->article);
		ck_assert_str_eq(l->side, c->side);
		ck_assert_str_eq(l->event, c->event);
		ck_assert_str_eq(l->status, c->status);
		ck_assert_str_eq(l->source_side, c->source_side);
		ck_assert_str_eq(l->place ? l->place : "(null)", c->place ? c->place : "(null)");
		if (c->attributed_to && c->attributed_to[0])
			ck_assert_str_eq(l->attributed_to, c->attributed_to);
		else
			ck_assert_ptr_null(l->attributed_to);
	}
	fli_claims_release(&full);
	scanned_free(&sc);
}

/* Turn a store back into schema 1: no claim or baseline packs. */
static void make_schema_1(const char *ds)
{
	GDALAllRegister();
	GDALDatasetH h = GDALOpenEx(ds, GDAL_OF_VECTOR | GDAL_OF_UPDATE, NULL, NULL, NULL);
	ck_assert_ptr_nonnull(h);
	for (int i = GDALDatasetGetLayerCount(h) - 1; i >= 0; i--) {
		const char *name = OGR_L_GetName(GDALDatasetGetLayer(h, i));
		if (strcmp(name, "claim_packs") == 0 || strcmp(name, "baseline_packs") == 0)
			ck_assert_int_eq(GDALDatasetDeleteLayer(h, i), OGRERR_NONE);
	}
	OGRLayerH r = GDALDatasetExecuteSQL(h, "UPDATE fl_meta SET value = '1' WHERE key = 'schema_version'",
					    NULL, NULL);
	if (r)
		GDALDatasetReleaseResultSet(h, r);
	GDALClose(h);
}

/* A baseline of three points and a square, read back whole. */
static void put_test_baseline(fl_store *st, fl_date day)
{
	fl_baseline b = { 0 };
	b.date = day;
	b.origin = "test";
	fl_baseline_row rows[4];
	memset(rows, 0, sizeof(rows));
	static const char *names[3] = { "Alpha", NULL, "Gamma" };
	for (int i = 0; i < 3; i++) {
		rows[i].place_id = 3000 + i;
		rows[i].place = (char *)names[i];
		rows[i].lat = 35.5 + i / 7.0;
		rows[i].lon = 37.25 - i / 3.0;
		snprintf(rows[i].side, sizeof(rows[i].side), "%s", i == 1 ? "opposition" : "government");
		snprintf(rows[i].kind, sizeof(rows[i].kind), "%s", i == 2 ? "" : "PPL");
		rows[i].population = 1000 * i;
		rows[i].source = i == 0 ? "a survey, 2024" : NULL;
	}
	double xy[10] = { 36, 34, 37, 34, 37, 35, 36, 35, 36, 34 };
	size_t len[1] = { 5 };
	rows[3].place = "Square";
	rows[3].lat = 34.5;
	rows[3].lon = 36.5;
	snprintf(rows[3].side, sizeof(rows[3].side), "sdf");
	rows[3].ring_xy = xy;
	rows[3].ring_len = len;
	rows[3].nrings = 1;
	b.items = rows;
	b.count = b.cap = 4;
	fl_error err;
	fl_error_clear(&err);
	ck_assert_msg(fl_store_baseline_put(st, &b, "test", &err) == FL_OK, "%s", err.text);
}

static void baseline_is_test(fl_store *st, fl_date day)
{
	fl_baseline b;
	bool found = false;
	fl_error err;
	fl_error_clear(&err);
	ck_assert_msg(fl_store_baseline_get(st, day + 5, &b, &found, &err) == FL_OK, "%s", err.text);
	ck_assert(found);
	ck_assert_int_eq(b.date, day);
	ck_assert_uint_eq(b.count, 4);
	for (int i = 0; i < 3; i++) {
		const fl_baseline_row *r = &b.items[i];
		ck_assert_int_eq(r->place_id, 3000 + i);
		/* (PostgreSQL's text results carry 15 digits: the schema-1 read is that close) */
		ck_assert_msg(fabs(r->lat - (35.5 + i / 7.0)) < 1e-9 && fabs(r->lon - (37.25 - i / 3.0)) < 1e-9,
			      "row %d: %.17g %.17g", i, r->lat, r->lon);
		ck_assert_str_eq(r->side, i == 1 ? "opposition" : "government");
		ck_assert_str_eq(r->kind, i == 2 ? "" : "PPL");
		ck_assert_int_eq(r->population, 1000 * i);
		ck_assert_uint_eq(r->nrings, 0);
	}
	ck_assert_str_eq(b.items[0].place, "Alpha");
	ck_assert_ptr_null(b.items[1].place);
	ck_assert_str_eq(b.items[0].source, "a survey, 2024");
	ck_assert_ptr_null(b.items[2].source);
	ck_assert_uint_eq(b.items[3].nrings, 1);
	ck_assert_str_eq(b.items[3].side, "sdf");
	ck_assert(fl_baseline_row_contains(&b.items[3], 36.5, 34.5));
	fl_baseline_release(&b);
}

static void check_scan(const char *ds, const char *dir)
{
	fl_store *st = open_ok(ds);
	char path[700];
	snprintf(path, sizeof(path), "%s/scan.txt", dir);
	ck_assert_int_eq(tu_write_file(path, "x", 1), 0);
	fl_article a, b, a2;
	article(&a, 31, path);
	article(&b, 32, "-");
	article(&a2, 33, path);	/* the file again, edited */
	fl_claims ca, cb, ca2;
	claims(&ca, 6, 3000);
	claims(&cb, 5, 4000);
	claims(&ca2, 4, 5000);
	/* Odd claims: no source, no name, a range, no date at all (counts from the
	 * publication day), and a long source. */
	char longsrc[1500];
	memset(longsrc, 'x', sizeof(longsrc) - 1);
	longsrc[sizeof(longsrc) - 1] = '\0';
	cb.items[0].attributed_to = NULL;
	cb.items[1].place = NULL;
	cb.items[2].date_end = cb.items[2].date + 3;
	snprintf(cb.items[2].date_precision, sizeof(cb.items[2].date_precision), "range");
	cb.items[3].date = cb.items[3].date_end = FL_DATE_NONE;
	cb.items[3].date_precision[0] = '\0';
	cb.items[4].attributed_to = longsrc;
	bool added;
	fl_error err;
	fl_error_clear(&err);
	ck_assert_msg(fl_store_ingest(st, &a, &ca, &added, &err) == FL_OK, "%s", err.text);
	ck_assert_msg(fl_store_ingest(st, &b, &cb, &added, &err) == FL_OK, "%s", err.text);
	scan_matches_claims(st, 11);
	const fl_date bday = fl_date_from_ymd(2024, 11, 26);
	put_test_baseline(st, bday);
	put_test_baseline(st, bday);	/* replaces itself, pack too */
	baseline_is_test(st, bday);
	/* The filters: days by effective day, confidence, place. */
	fl_store_query_def q = { fl_date_from_ymd(2024, 11, 29), fl_date_from_ymd(2024, 11, 30),
				 FL_QUERY_MACHINE, 0, 0 };
	scanned sc;
	scan_all(st, &q, &sc);
	/* ca: Nov 27 .. Dec 2, of which 29 and 30; cb: only the undated one (published on
	 * the 30th): its 29th is a range to Dec 2. */
	size_t want = 0;
	for (size_t i = 0; i < sc.count; i++)
		want += sc.items[i].eff >= q.from && sc.items[i].eff <= q.to;
	ck_assert_uint_eq(sc.count, 3);
	ck_assert_uint_eq(want, 3);
	scanned_free(&sc);
	q.min_confidence = 0.9;
	scan_all(st, &q, &sc);
	ck_assert_uint_eq(sc.count, 0);
	scanned_free(&sc);
	q = (fl_store_query_def){ FL_DATE_NONE, FL_DATE_NONE, FL_QUERY_MACHINE, 4002, 0 };
	scan_all(st, &q, &sc);
	ck_assert_uint_eq(sc.count, 1);
	ck_assert_int_eq(sc.items[0].eff, cb.items[2].date + 3);	/* a range counts from its end */
	scanned_free(&sc);
	/* An edited file replaces its claims in the scan too. */
	ck_assert_int_eq(fl_store_ingest(st, &a2, &ca2, &added, NULL), FL_OK);
	ck_assert(added);
	scan_matches_claims(st, 9);
	fl_store_close(st);

	/* A store of schema 1 (no packs): read as it is, then migrated by a writer. */
	make_schema_1(ds);
	fl_store *ro = NULL;
	ck_assert_int_eq(fl_store_open_ex(ds, FL_STORE_READONLY, &ro, NULL), FL_OK);
	scan_matches_claims(ro, 9);
	baseline_is_test(ro, bday);
	fl_store_close(ro);
	st = open_ok(ds);
	scan_matches_claims(st, 9);
	baseline_is_test(st, bday);
	fl_store_close(st);
	ck_assert_int_eq(fl_store_open_ex(ds, FL_STORE_READONLY, &ro, NULL), FL_OK);
	scan_matches_claims(ro, 9);
	baseline_is_test(ro, bday);
	fl_store_close(ro);
	GDALDatasetH h = GDALOpenEx(ds, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);
	ck_assert_ptr_nonnull(h);
	OGRLayerH packs = GDALDatasetGetLayerByName(h, "claim_packs");
	ck_assert_ptr_nonnull(packs);
	ck_assert_int_eq(OGR_L_GetFeatureCount(packs, TRUE), 2);
	packs = GDALDatasetGetLayerByName(h, "baseline_packs");
	ck_assert_ptr_nonnull(packs);
	ck_assert_int_eq(OGR_L_GetFeatureCount(packs, TRUE), 1);
	GDALClose(h);
	claims_free(&ca);
	claims_free(&cb);
	claims_free(&ca2);
}

/* ---- GeoPackage ------------------------------------------------------------------- */

START_TEST(gpkg_open_create)
{
	fl_store *st = NULL;
	fl_error err;
	fl_error_clear(&err);
	ck_assert_int_eq(fl_store_open(gpkg, false, &st, &err), FL_ENOTFOUND);
	ck_assert_ptr_null(st);
	ck_assert_ptr_nonnull(strstr(err.text, gpkg));
	st = open_ok(gpkg);
	counts(st, 0, 0);
	fl_store_close(st);
	st = open_ok(gpkg);
	fl_store_close(st);
	fl_store_close(NULL);
	/* Not a GeoPackage: a clear error. */
	char bad[700];
	snprintf(bad, sizeof(bad), "%s/bad.gpkg", tmp);
	ck_assert_int_eq(tu_write_file(bad, "not a database", 14), 0);
	fl_error_clear(&err);
	ck_assert_int_eq(fl_store_open(bad, true, &st, &err), FL_EGDAL);
	ck_assert_ptr_nonnull(strstr(err.text, "bad.gpkg"));
}
END_TEST

START_TEST(gpkg_ingest_once)
{
	check_ingest_once(gpkg);
}
END_TEST

START_TEST(gpkg_corrections)
{
	check_corrections(gpkg);
}
END_TEST

START_TEST(gpkg_scan)
{
	check_scan(gpkg, tmp);
}
END_TEST

/* A damaged pack is an error naming the store, never a wrong state. */
START_TEST(gpkg_damaged_pack)
{
	fl_store *st = open_ok(gpkg);
	fl_article a;
	article(&a, 41, "-");
	fl_claims cs;
	claims(&cs, 3, 6000);
	bool added;
	ck_assert_int_eq(fl_store_ingest(st, &a, &cs, &added, NULL), FL_OK);
	fl_store_close(st);
	GDALAllRegister();
	GDALDatasetH h = GDALOpenEx(gpkg, GDAL_OF_VECTOR | GDAL_OF_UPDATE, NULL, NULL, NULL);
	ck_assert_ptr_nonnull(h);
	OGRLayerH r = GDALDatasetExecuteSQL(h, "UPDATE claim_packs SET data = substr(data, 1, 40)", NULL, NULL);
	if (r)
		GDALDatasetReleaseResultSet(h, r);
	GDALClose(h);
	ck_assert_int_eq(fl_store_open_ex(gpkg, FL_STORE_READONLY, &st, NULL), FL_OK);
	static const fl_store_query_def all = { FL_DATE_NONE, FL_DATE_NONE, FL_QUERY_MACHINE, 0, 0 };
	scanned sc = { 0 };
	fl_error err;
	fl_error_clear(&err);
	ck_assert_int_eq(fl_store_scan(st, &all, collect, &sc, &err), FL_EINVAL);
	ck_assert_ptr_nonnull(strstr(err.text, "damaged"));
	ck_assert_ptr_nonnull(strstr(err.text, gpkg));
	scanned_free(&sc);
	fl_store_close(st);
	claims_free(&cs);
}
END_TEST

START_TEST(gpkg_changed_file_replaces_its_claims)
{
	char path[700], other[700];
	snprintf(path, sizeof(path), "%s/a.txt", tmp);
	snprintf(other, sizeof(other), "%s/b.txt", tmp);
	ck_assert_int_eq(tu_write_file(path, "x", 1), 0);
	ck_assert_int_eq(tu_write_file(other, "y", 1), 0);
	fl_store *st = open_ok(gpkg);
	fl_article a, b, a2;
	article(&a, 10, path);
	article(&b, 11, other);
	article(&a2, 12, path);	/* the same file, edited */
	fl_claims ca, cb, ca2;
	claims(&ca, 4, 100);
	claims(&cb, 3, 200);
	claims(&ca2, 2, 300);
	bool added;
	ck_assert_int_eq(fl_store_ingest(st, &a, &ca, &added, NULL), FL_OK);
	ck_assert_int_eq(fl_store_ingest(st, &b, &cb, &added, NULL), FL_OK);
	counts(st, 2, 7);
	ck_assert_int_eq(fl_store_ingest(st, &a2, &ca2, &added, NULL), FL_OK);
	ck_assert(added);
	counts(st, 2, 5);
	fl_claims got = { 0 };
	ck_assert_int_eq(fl_store_claims(st, FL_DATE_NONE, FL_DATE_NONE, &got, NULL), FL_OK);
	for (size_t i = 0; i < got.count; i++)
		ck_assert(got.items[i].place_id >= 200);
	fli_claims_release(&got);
	claims_free(&ca);
	claims_free(&cb);
	claims_free(&ca2);
	fl_store_close(st);
}
END_TEST

/* A process killed in the middle of an ingest leaves the store as it was: the
 * article and its claims are there entirely or not at all. */
START_TEST(gpkg_killed_ingest)
{
	fl_store *st = open_ok(gpkg);
	fl_article a;
	article(&a, 20, "-");
	fl_claims small;
	claims(&small, 3, 500);
	bool added;
	ck_assert_int_eq(fl_store_ingest(st, &a, &small, &added, NULL), FL_OK);
	fl_store_close(st);
	static const int delays_ms[] = { 30, 80, 150, 300 };
	const size_t big = 20000;
	for (size_t k = 0; k < sizeof(delays_ms) / sizeof(delays_ms[0]); k++) {
		pid_t pid = fork();
		ck_assert_int_ge(pid, 0);
		if (pid == 0) {
			fl_store *s2 = NULL;
			if (fl_store_open(gpkg, true, &s2, NULL))
				_exit(3);
			fl_article b;
			article(&b, 100 + (unsigned)k, "-");
			fl_claims cs;
			claims(&cs, big, 10000);
			bool ad;
			fl_store_ingest(s2, &b, &cs, &ad, NULL);
			_exit(0);
		}
		struct timespec ts = { 0, delays_ms[k] * 1000000L };
		nanosleep(&ts, NULL);
		kill(pid, SIGKILL);
		int status;
		waitpid(pid, &status, 0);
		st = open_ok(gpkg);
		size_t na, nc;
		ck_assert_int_eq(fl_store_counts(st, &na, &nc, NULL), FL_OK);
		/* Whole or nothing: 1 + (each finished big ingest) articles. */
		ck_assert_uint_eq(nc, 3 + (na - 1) * big);
		fl_store_close(st);
	}
	/* And the store still takes writes. */
	st = open_ok(gpkg);
	fl_article c;
	article(&c, 999, "-");
	ck_assert_int_eq(fl_store_ingest(st, &c, &small, &added, NULL), FL_OK);
	ck_assert(added);
	claims_free(&small);
	fl_store_close(st);
}
END_TEST

START_TEST(gpkg_newer_schema_refused)
{
	fl_store *st = open_ok(gpkg);
	fl_store_close(st);
	GDALAllRegister();
	GDALDatasetH ds = GDALOpenEx(gpkg, GDAL_OF_VECTOR | GDAL_OF_UPDATE, NULL, NULL, NULL);
	ck_assert_ptr_nonnull(ds);
	GDALDatasetExecuteSQL(ds, "UPDATE fl_meta SET value = '99' WHERE key = 'schema_version'", NULL, NULL);
	GDALClose(ds);
	fl_error err;
	fl_error_clear(&err);
	ck_assert_int_eq(fl_store_open(gpkg, true, &st, &err), FL_EINVAL);
	ck_assert_ptr_nonnull(strstr(err.text, "schema version 99"));
}
END_TEST

static const char *sides[] = { "government", "opposition", "sna", "sdf", "other", NULL };

START_TEST(baseline_files)
{
	char csv[700], json[700];
	snprintf(csv, sizeof(csv), "%s/b.csv", tmp);
	snprintf(json, sizeof(json), "%s/b.geojson", tmp);
	const char *good = "geonames_id,name,lat,lon,side,source\n"
			   "1,Alpha,35.1,37.1,government,\"test, with a comma\"\n"
			   "2,Beta,35.2,37.2,Opposition,test\n";
	fl_baseline b;
	fl_error err;
	fl_error_clear(&err);
	ck_assert_int_eq(tu_write_file(csv, good, strlen(good)), 0);
	ck_assert_int_eq(fl_baseline_read(csv, 20000, sides, &b, &err), FL_OK);
	ck_assert_uint_eq(b.count, 2);
	ck_assert_str_eq(b.items[0].source, "test, with a comma");
	ck_assert_str_eq(b.items[1].side, "opposition");
	ck_assert_int_eq(b.items[1].place_id, 2);
	fl_baseline_release(&b);

	const char *bad_side = "geonames_id,name,lat,lon,side,source\n"
			       "1,Alpha,35.1,37.1,government,x\n"
			       "2,Beta,35.2,37.2,martians,x\n";
	ck_assert_int_eq(tu_write_file(csv, bad_side, strlen(bad_side)), 0);
	fl_error_clear(&err);
	ck_assert_int_eq(fl_baseline_read(csv, 20000, sides, &b, &err), FL_EPARSE);
	ck_assert_int_eq(err.line, 3);
	ck_assert_ptr_nonnull(strstr(err.text, "martians"));
	ck_assert_uint_eq(b.count, 0);

	const char *bad_lat = "geonames_id,name,lat,lon,side\n1,Alpha,north,37.1,government\n";
	ck_assert_int_eq(tu_write_file(csv, bad_lat, strlen(bad_lat)), 0);
	fl_error_clear(&err);
	ck_assert_int_eq(fl_baseline_read(csv, 20000, sides, &b, &err), FL_EPARSE);
	ck_assert_int_eq(err.line, 2);

	const char *gj = "{\"type\":\"FeatureCollection\",\"features\":["
			 "{\"type\":\"Feature\",\"properties\":{\"side\":\"sdf\",\"source\":\"t\"},"
			 "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[38,35],[40,35],[40,37],[38,37],[38,35]]]}},"
			 "{\"type\":\"Feature\",\"properties\":{\"side\":\"sna\",\"place_id\":7,\"name\":\"P\"},"
			 "\"geometry\":{\"type\":\"Point\",\"coordinates\":[37.5,36.5]}}]}";
	ck_assert_int_eq(tu_write_file(json, gj, strlen(gj)), 0);
	fl_error_clear(&err);
	ck_assert_msg(fl_baseline_read(json, 20000, sides, &b, &err) == FL_OK, "%s", err.text);
	ck_assert_uint_eq(b.count, 2);
	ck_assert_uint_eq(b.items[0].nrings, 1);
	ck_assert(fl_baseline_row_contains(&b.items[0], 39, 36));
	ck_assert(!fl_baseline_row_contains(&b.items[0], 41, 36));
	ck_assert_double_eq_tol(b.items[1].lon, 37.5, 1e-9);
	ck_assert_double_eq_tol(b.items[1].lat, 36.5, 1e-9);

	/* Stored by date; the day asked picks the latest on or before it. */
	fl_store *st = open_ok(gpkg);
	ck_assert_int_eq(fl_store_baseline_put(st, &b, "jdoe", NULL), FL_OK);
	fl_baseline_release(&b);
	ck_assert_int_eq(tu_write_file(csv, good, strlen(good)), 0);
	ck_assert_int_eq(fl_baseline_read(csv, 20010, sides, &b, NULL), FL_OK);
	ck_assert_int_eq(fl_store_baseline_put(st, &b, "jdoe", NULL), FL_OK);
	ck_assert_int_eq(fl_store_baseline_put(st, &b, "jdoe", NULL), FL_OK);	/* replaces */
	fl_baseline_release(&b);
	bool found;
	ck_assert_int_eq(fl_store_baseline_get(st, 20005, &b, &found, NULL), FL_OK);
	ck_assert(found);
	ck_assert_int_eq(b.date, 20000);
	ck_assert_uint_eq(b.count, 2);
	ck_assert_uint_eq(b.items[0].nrings + b.items[1].nrings, 1);
	fl_baseline_release(&b);
	ck_assert_int_eq(fl_store_baseline_get(st, 20020, &b, &found, NULL), FL_OK);
	ck_assert_int_eq(b.date, 20010);
	ck_assert_uint_eq(b.count, 2);
	fl_baseline_release(&b);
	ck_assert_int_eq(fl_store_baseline_get(st, 10, &b, &found, NULL), FL_OK);
	ck_assert_int_eq(b.date, 20000);
	fl_baseline_release(&b);
	fl_store_close(st);
}
END_TEST

/* The shipped baseline follows DESIGN.md's picture of 26 November 2024. */
static const struct { int64_t id; const char *side; } syria[] = {
	{ 170063, "government" },	/* Aleppo */
	{ 170017, "government" },	/* Hama */
	{ 169577, "government" },	/* Homs */
	{ 170654, "government" },	/* Damascus */
	{ 169389, "opposition" },	/* Idlib */
	{ 169023, "opposition" },	/* Jisr al-Shughur */
	{ 172994, "opposition" },	/* Ariha */
	{ 174030, "opposition" },	/* al-Atarib */
	{ 164816, "government" },	/* Saraqib */
	{ 167611, "government" },	/* Maarat al-Numan */
	{ 168325, "government" },	/* Khan Sheikhoun */
	{ 174186, "sna" },		/* Afrin */
	{ 172082, "sna" },		/* Azaz */
	{ 174018, "sna" },		/* al-Bab */
	{ 169179, "sna" },		/* Jarabulus */
	{ 163750, "sna" },		/* Tal Abyad */
	{ 165509, "sna" },		/* Ras al-Ain */
	{ 167357, "sdf" },		/* Manbij */
	{ 163476, "sdf" },		/* Tal Rifaat */
	{ 172955, "sdf" },		/* Raqqa */
	{ 172374, "sdf" },		/* Tabqa */
	{ 173811, "sdf" },		/* Hasakah */
	{ 173377, "sdf" },		/* Qamishli */
	{ 172256, "sdf" },		/* Kobani */
	{ 170794, "government" },	/* Deir ez-Zor */
	{ 174448, "government" },	/* Albu Kamal */
	{ 163806, "government" },	/* Tafas (Daraa) */
	{ 163808, "government" },	/* Palmyra */
	{ 173576, "government" },	/* Latakia */
};

START_TEST(shipped_syrian_baseline)
{
	char *path = tu_src_path("maps/syria-baseline-2024-11-26.csv");
	fl_baseline b;
	fl_error err;
	fl_error_clear(&err);
	ck_assert_msg(fl_baseline_read(path, 20053, sides, &b, &err) == FL_OK, "%s", err.text);
	free(path);
	ck_assert_uint_ge(b.count, 80);
	ck_assert_uint_le(b.count, 170);
	bool tanf = false, maqsoud = false;
	for (size_t i = 0; i < b.count; i++) {
		const fl_baseline_row *r = &b.items[i];
		ck_assert_msg(r->source && strlen(r->source) > 10, "row %ld has no source", r->line);
		ck_assert(r->lat > 32 && r->lat < 37.5 && r->lon > 35.5 && r->lon < 42.5);
		if (r->place && strstr(r->place, "Tanf"))
			tanf = strcmp(r->side, "other") == 0;
		if (r->place && strstr(r->place, "Maqsoud"))
			maqsoud = strcmp(r->side, "sdf") == 0;
		for (size_t k = 0; k < sizeof(syria) / sizeof(syria[0]); k++)
			if (syria[k].id == r->place_id)
				ck_assert_msg(strcmp(r->side, syria[k].side) == 0, "%s (%lld) is %s, not %s",
					      r->place, (long long)r->place_id, r->side, syria[k].side);
	}
	for (size_t k = 0; k < sizeof(syria) / sizeof(syria[0]); k++) {
		bool there = false;
		for (size_t i = 0; i < b.count; i++)
			there = there || b.items[i].place_id == syria[k].id;
		ck_assert_msg(there, "place %lld missing from the baseline", (long long)syria[k].id);
	}
	ck_assert(tanf);
	ck_assert(maqsoud);
	fl_baseline_release(&b);
}
END_TEST

/* ---- PostGIS ------------------------------------------------------------------------ */

static char pgdir[600];
static char pgds[256];
static bool pg_ok;

static void pg_start(void)
{
	char *base = tu_tmpdir();
	snprintf(pgdir, sizeof(pgdir), "%s/pg", base);
	free(base);
	char *script = tu_test_path("pg-cluster.sh");
	char cmd[1400];
	snprintf(cmd, sizeof(cmd), "bash '%s' start '%s' %d", script, pgdir, 20000 + (int)(getpid() % 20000));
	free(script);
	FILE *p = popen(cmd, "r");
	pgds[0] = '\0';
	if (p) {
		if (!fgets(pgds, sizeof(pgds), p))
			pgds[0] = '\0';
		int st = pclose(p);
		pg_ok = WIFEXITED(st) && WEXITSTATUS(st) == 0 && pgds[0];
		pgds[strcspn(pgds, "\n")] = '\0';
		if (!pg_ok)
			fprintf(stderr, "SKIP: PostGIS tests: no private PostgreSQL server could be started (%s)\n",
				WIFEXITED(st) && WEXITSTATUS(st) == 77 ? "PostgreSQL/PostGIS not installed" : "see above");
	}
}

static void pg_stop(void)
{
	char *script = tu_test_path("pg-cluster.sh");
	char cmd[1400];
	snprintf(cmd, sizeof(cmd), "bash '%s' stop '%s'", script, pgdir);
	free(script);
	if (system(cmd) != 0)
		fprintf(stderr, "pg-cluster stop failed\n");
	char *slash = strrchr(pgdir, '/');
	if (slash) {
		*slash = '\0';
		tu_rmtree(pgdir);
	}
}

/* Each PG test gets a fresh schema state: drop the tables a previous test left. */
static void pg_clean(void)
{
	GDALAllRegister();
	GDALDatasetH ds = GDALOpenEx(pgds, GDAL_OF_VECTOR | GDAL_OF_UPDATE, NULL, NULL, NULL);
	ck_assert_ptr_nonnull(ds);
	static const char *drop[] = { "DROP TABLE IF EXISTS claims", "DROP TABLE IF EXISTS overrides",
				      "DROP TABLE IF EXISTS articles", "DROP TABLE IF EXISTS baseline",
				      "DROP TABLE IF EXISTS fl_meta", "DROP TABLE IF EXISTS claim_packs",
				      "DROP TABLE IF EXISTS baseline_packs" };
	for (size_t i = 0; i < sizeof(drop) / sizeof(drop[0]); i++) {
		OGRLayerH r = GDALDatasetExecuteSQL(ds, drop[i], NULL, NULL);
		if (r)
			GDALDatasetReleaseResultSet(ds, r);
	}
	GDALClose(ds);
}

#define PG_OR_SKIP()                                                                \
	do {                                                                        \
		if (!pg_ok) {                                                       \
			fprintf(stderr, "SKIP: %s needs PostgreSQL with PostGIS\n", __func__); \
			return;                                                     \
		}                                                                   \
		pg_clean();                                                         \
	} while (0)

START_TEST(pg_ingest_once)
{
	PG_OR_SKIP();
	check_ingest_once(pgds);
}
END_TEST

START_TEST(pg_corrections)
{
	PG_OR_SKIP();
	check_corrections(pgds);
}
END_TEST

START_TEST(pg_scan)
{
	PG_OR_SKIP();
	check_scan(pgds, pgdir);
}
END_TEST

/* Two processes ingest the same 40 articles, in opposite orders, at the same time
 * into a fresh database: exactly one copy of each article and claim. */
START_TEST(pg_concurrent_ingest)
{
	PG_OR_SKIP();
	const unsigned narticles = 40;
	const size_t per = 7;
	pid_t pids[2];
	for (int w = 0; w < 2; w++) {
		pids[w] = fork();
		ck_assert_int_ge(pids[w], 0);
		if (pids[w] == 0) {
			fl_store *st = NULL;
			fl_error err;
			fl_error_clear(&err);
			if (fl_store_open(pgds, true, &st, &err)) {
				fprintf(stderr, "worker %d: %s\n", w, err.text);
				_exit(3);
			}
			int bad = 0;
			for (unsigned i = 0; i < narticles; i++) {
				unsigned n = w == 0 ? i : narticles - 1 - i;
				fl_article a;
				article(&a, 5000 + n, "-");
				fl_claims cs;
				claims(&cs, per, 100000 + 100 * n);
				bool added;
				fl_error_clear(&err);
				if (fl_store_ingest(st, &a, &cs, &added, &err)) {
					fprintf(stderr, "worker %d article %u: %s\n", w, n, err.text);
					bad = 1;
				}
				claims_free(&cs);
			}
			fl_store_close(st);
			_exit(bad);
		}
	}
	for (int w = 0; w < 2; w++) {
		int status;
		waitpid(pids[w], &status, 0);
		ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "worker %d failed", w);
	}
	fl_store *st = open_ok(pgds);
	counts(st, narticles, narticles * per);
	fl_claims all = { 0 };
	ck_assert_int_eq(fl_store_claims(st, FL_DATE_NONE, FL_DATE_NONE, &all, NULL), FL_OK);
	/* No place claimed twice by the same article. */
	for (size_t i = 1; i < all.count; i++)
		for (size_t j = 0; j < i; j++)
			ck_assert(!(all.items[i].place_id == all.items[j].place_id &&
				    strcmp(all.items[i].article, all.items[j].article) == 0));
	fli_claims_release(&all);
	/* The packs hold each claim once too. */
	scan_matches_claims(st, narticles * per);
	fl_store_close(st);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("store");
	TCase *g = tcase_create("gpkg");
	tcase_add_checked_fixture(g, setup, teardown);
	tcase_set_timeout(g, 60);
	tcase_add_test(g, gpkg_open_create);
	tcase_add_test(g, gpkg_ingest_once);
	tcase_add_test(g, gpkg_corrections);
	tcase_add_test(g, gpkg_scan);
	tcase_add_test(g, gpkg_damaged_pack);
	tcase_add_test(g, gpkg_changed_file_replaces_its_claims);
	tcase_add_test(g, gpkg_killed_ingest);
	tcase_add_test(g, gpkg_newer_schema_refused);
	tcase_add_test(g, baseline_files);
	tcase_add_test(g, shipped_syrian_baseline);
	suite_add_tcase(s, g);
	TCase *p = tcase_create("postgis");
	tcase_add_unchecked_fixture(p, pg_start, pg_stop);
	tcase_set_timeout(p, 120);
	tcase_add_test(p, pg_ingest_once);
	tcase_add_test(p, pg_corrections);
	tcase_add_test(p, pg_scan);
	tcase_add_test(p, pg_concurrent_ingest);
	suite_add_tcase(s, p);
	return s;
}

int main(void)
{
	return tu_run(suite());
}
