/* SPDX-License-Identifier: MIT
 * check_territory.c - control areas and frontlines from real places on two days of the
 * late-2024 offensive: who holds Aleppo, that areas stay inside the country, that a
 * frontline never runs along the country border, that input order does not matter. */
#include <geos_c.h>
#include <math.h>
#include "render.h"
#include "render_fixture.h"

static fl_map *map;
static fl_renderer *rdr;
static const unsigned char *outline;
static size_t outline_len;
static GEOSContextHandle_t gh;

static void setup(void)
{
	char *p = tu_src_path("maps/syria.json");
	fl_error e = { 0 };
	ck_assert_msg(fl_map_load(p, &map, &e) == FL_OK, "%s", e.text);
	free(p);
	ck_assert_msg(fl_renderer_new(map, NULL, &rdr, &e) == FL_OK, "%s", e.text);
	outline = fl_renderer_outline(rdr, &outline_len);
	ck_assert_ptr_nonnull(outline);
	gh = GEOS_init_r();
}

static void teardown(void)
{
	fl_renderer_free(rdr);
	fl_map_free(map);
	GEOS_finish_r(gh);
}

static GEOSGeometry *geom(const unsigned char *wkb, size_t len)
{
	GEOSWKBReader *r = GEOSWKBReader_create_r(gh);
	GEOSGeometry *g = GEOSWKBReader_read_r(gh, r, wkb, len);
	GEOSWKBReader_destroy_r(gh, r);
	ck_assert_ptr_nonnull(g);
	return g;
}

/* The side whose area holds (lon, lat), or "" if none. */
static const char *side_at(const fl_territory *t, double lon, double lat)
{
	GEOSGeometry *pt = GEOSGeom_createPointFromXY_r(gh, lon, lat);
	const char *found = "";
	for (size_t i = 0; i < t->nareas && !*found; i++) {
		GEOSGeometry *a = geom(t->areas[i].wkb, t->areas[i].wkb_len);
		if (GEOSIntersects_r(gh, a, pt) == 1)
			found = t->areas[i].side;
		GEOSGeom_destroy_r(gh, a);
	}
	GEOSGeom_destroy_r(gh, pt);
	return found;
}

START_TEST(aleppo_changes_hands)
{
	fl_state s26, s30;
	ck_assert_uint_gt(fixture_state(&s26, 0, fl_date_from_ymd(2024, 11, 26)), 40);
	fixture_state(&s30, 1, fl_date_from_ymd(2024, 11, 30));
	fl_territory t26, t30;
	fl_error e = { 0 };
	ck_assert_msg(fl_territory_build(&s26, outline, outline_len, &t26, &e) == FL_OK, "%s", e.text);
	ck_assert_msg(fl_territory_build(&s30, outline, outline_len, &t30, &e) == FL_OK, "%s", e.text);
	ck_assert_str_eq(side_at(&t26, 37.16117, 36.20124), "government");	/* Aleppo */
	ck_assert_str_eq(side_at(&t30, 37.16117, 36.20124), "opposition");
	ck_assert_str_eq(side_at(&t26, 36.63393, 35.93062), "opposition");	/* Idlib */
	ck_assert_str_eq(side_at(&t26, 39.00788, 35.95283), "sdf");		/* Raqqa */
	ck_assert_str_eq(side_at(&t26, 37.04628, 36.58662), "sna");		/* Azaz */
	ck_assert_str_eq(side_at(&t26, 36.29128, 33.5102), "government");	/* Damascus */
	ck_assert_str_eq(side_at(&t30, 36.75783, 35.13179), "government");	/* Hama */
	/* Outside the country nothing is anyone's area. */
	ck_assert_str_eq(side_at(&t26, 35.5, 33.9), "");			/* Lebanon */
	fl_territory_release(&t26);
	fl_territory_release(&t30);
	fixture_release(&s26);
	fixture_release(&s30);
}
END_TEST

START_TEST(areas_inside_country_lines_not_on_border)
{
	fl_state s;
	fixture_state(&s, 1, fl_date_from_ymd(2024, 11, 30));
	fl_territory t;
	ck_assert_int_eq(fl_territory_build(&s, outline, outline_len, &t, NULL), FL_OK);
	GEOSGeometry *o = geom(outline, outline_len);
	GEOSGeometry *ob = GEOSBoundary_r(gh, o);
	GEOSGeometry *near_border = GEOSBuffer_r(gh, ob, 0.01, 8);
	double total = 0;
	for (size_t i = 0; i < t.nareas; i++) {
		GEOSGeometry *a = geom(t.areas[i].wkb, t.areas[i].wkb_len);
		GEOSGeometry *outside = GEOSDifference_r(gh, a, o);
		double aa, oa;
		GEOSArea_r(gh, a, &aa);
		GEOSArea_r(gh, outside, &oa);
		ck_assert_double_lt(oa, aa * 1e-6 + 1e-9);
		total += aa;
		GEOSGeom_destroy_r(gh, a);
		GEOSGeom_destroy_r(gh, outside);
	}
	double ca;
	GEOSArea_r(gh, o, &ca);
	ck_assert_double_lt(fabs(total - ca), ca * 0.001);	/* areas tile the country */
	bool gov_opp = false;
	ck_assert_uint_gt(t.nlines, 2);
	for (size_t i = 0; i < t.nlines; i++) {
		ck_assert_int_lt(strcmp(t.lines[i].side_a, t.lines[i].side_b), 0);
		if (!strcmp(t.lines[i].side_a, "government") && !strcmp(t.lines[i].side_b, "opposition"))
			gov_opp = true;
		GEOSGeometry *l = geom(t.lines[i].wkb, t.lines[i].wkb_len);
		GEOSGeometry *on = GEOSIntersection_r(gh, l, near_border);
		double ll, lo;
		GEOSLength_r(gh, l, &ll);
		GEOSLength_r(gh, on, &lo);
		ck_assert_msg(lo < ll * 0.1 + 0.03, "frontline %s|%s runs along the border (%g of %g)",
			      t.lines[i].side_a, t.lines[i].side_b, lo, ll);
		GEOSGeom_destroy_r(gh, l);
		GEOSGeom_destroy_r(gh, on);
	}
	ck_assert(gov_opp);
	GEOSGeom_destroy_r(gh, near_border);
	GEOSGeom_destroy_r(gh, ob);
	GEOSGeom_destroy_r(gh, o);
	fl_territory_release(&t);
	fixture_release(&s);
}
END_TEST

START_TEST(order_does_not_matter)
{
	fl_state a, b;
	fixture_state(&a, 1, fl_date_from_ymd(2024, 11, 30));
	fixture_state(&b, 1, fl_date_from_ymd(2024, 11, 30));
	for (size_t i = 0; i < b.count / 2; i++) {	/* reverse b */
		fl_place_state tmp = b.items[i];
		b.items[i] = b.items[b.count - 1 - i];
		b.items[b.count - 1 - i] = tmp;
	}
	fl_territory ta, tb;
	ck_assert_int_eq(fl_territory_build(&a, outline, outline_len, &ta, NULL), FL_OK);
	ck_assert_int_eq(fl_territory_build(&b, outline, outline_len, &tb, NULL), FL_OK);
	ck_assert_uint_eq(ta.nareas, tb.nareas);
	ck_assert_uint_eq(ta.nlines, tb.nlines);
	for (size_t i = 0; i < ta.nareas; i++) {
		ck_assert_str_eq(ta.areas[i].side, tb.areas[i].side);
		GEOSGeometry *x = geom(ta.areas[i].wkb, ta.areas[i].wkb_len);
		GEOSGeometry *y = geom(tb.areas[i].wkb, tb.areas[i].wkb_len);
		GEOSGeometry *dd = GEOSSymDifference_r(gh, x, y);
		double area;
		GEOSArea_r(gh, dd, &area);
		ck_assert_double_lt(area, 1e-9);
		GEOSGeom_destroy_r(gh, x);
		GEOSGeom_destroy_r(gh, y);
		GEOSGeom_destroy_r(gh, dd);
	}
	fl_territory_release(&ta);
	fl_territory_release(&tb);
	fixture_release(&a);
	fixture_release(&b);
}
END_TEST

START_TEST(claimed_and_small_states)
{
	fl_state s;
	fixture_state(&s, 1, fl_date_from_ymd(2024, 11, 30));
	/* Hama claimed by the opposition: a separate, claimed area; the line still there. */
	fl_place_state *h = fixture_find(&s, "Hamah");
	ck_assert_ptr_nonnull(h);
	snprintf(h->side, sizeof(h->side), "opposition");
	snprintf(h->level, sizeof(h->level), "claimed");
	fl_territory t;
	ck_assert_int_eq(fl_territory_build(&s, outline, outline_len, &t, NULL), FL_OK);
	bool claimed = false;
	for (size_t i = 0; i < t.nareas; i++)
		if (!strcmp(t.areas[i].side, "opposition") && !strcmp(t.areas[i].level, "claimed"))
			claimed = true;
	ck_assert(claimed);
	fl_territory_release(&t);

	/* Nothing known: no areas. One place: the whole country is its side's. */
	for (size_t i = 0; i < s.count; i++)
		snprintf(s.items[i].side, sizeof(s.items[i].side), "unknown");
	ck_assert_int_eq(fl_territory_build(&s, outline, outline_len, &t, NULL), FL_OK);
	ck_assert_uint_eq(t.nareas, 0);
	ck_assert_uint_eq(t.nlines, 0);
	snprintf(s.items[3].side, sizeof(s.items[3].side), "sdf");
	ck_assert_int_eq(fl_territory_build(&s, outline, outline_len, &t, NULL), FL_OK);
	ck_assert_uint_eq(t.nareas, 1);
	ck_assert_str_eq(t.areas[0].side, "sdf");
	ck_assert_uint_eq(t.nlines, 0);
	fl_territory_release(&t);
	fixture_release(&s);
}
END_TEST

START_TEST(bad_outline)
{
	fl_state s;
	fixture_state(&s, 0, fl_date_from_ymd(2024, 11, 26));
	unsigned char junk[9] = { 1, 3, 0, 0, 0, 9, 9, 9, 9 };
	fl_territory t;
	fl_error e = { 0 };
	ck_assert_int_eq(fl_territory_build(&s, junk, sizeof(junk), &t, &e), FL_EGEOS);
	ck_assert_uint_eq(t.nareas, 0);
	ck_assert(strstr(e.text, "outline") != NULL);
	fixture_release(&s);
}
END_TEST

START_TEST(places_abroad_do_not_claim_land)
{
	fl_state s;
	fixture_state(&s, 0, fl_date_from_ymd(2024, 11, 26));
	/* Gaziantep, 50 km inside Turkey, held by "other": no area of its own. Kobani's
	 * point, just across the coarse border, still counts for the SDF. */
	ck_assert_int_eq(fl_grow((void **)&s.items, &s.cap, s.count, 1, sizeof(fl_place_state)), FL_OK);
	fl_place_state *g = &s.items[s.count++];
	memset(g, 0, sizeof(*g));
	g->place_id = 314830;
	g->place = strdup("Gaziantep");
	g->sources = strdup("");
	g->lat = 37.05944;
	g->lon = 37.3825;
	snprintf(g->side, sizeof(g->side), "other");
	fl_territory t;
	ck_assert_int_eq(fl_territory_build(&s, outline, outline_len, &t, NULL), FL_OK);
	for (size_t i = 0; i < t.nareas; i++)
		ck_assert_str_ne(t.areas[i].side, "other");
	ck_assert_str_eq(side_at(&t, 38.35, 36.84), "sdf");	/* by Kobani, inside Syria */
	fl_territory_release(&t);
	fixture_release(&s);
}
END_TEST

START_TEST(thousands_of_places)
{
	/* A full GeoNames country dump has thousands of places: still quick, still a tiling. */
	fl_state s = { 0 };
	s.count = s.cap = 4000;
	s.items = calloc(s.count, sizeof(fl_place_state));
	static const char *sides[] = { "government", "opposition", "sna", "sdf" };
	unsigned seed = 7;
	for (size_t i = 0; i < s.count; i++) {
		seed = seed * 1103515245u + 12345u;
		double fx = (seed >> 8 & 0xffff) / 65535.0;
		seed = seed * 1103515245u + 12345u;
		double fy = (seed >> 8 & 0xffff) / 65535.0;
		s.items[i].place_id = (int64_t)i + 1;
		s.items[i].lon = 35.7 + fx * 6.6;
		s.items[i].lat = 32.3 + fy * 5.0;
		snprintf(s.items[i].side, sizeof(s.items[i].side), "%s", sides[(int)(fx * 2) + (fy > 0.5 ? 2 : 0)]);
	}
	fl_territory t;
	ck_assert_int_eq(fl_territory_build(&s, outline, outline_len, &t, NULL), FL_OK);
	ck_assert_uint_eq(t.nareas, 4);
	double total = 0, ca;
	for (size_t i = 0; i < t.nareas; i++) {
		GEOSGeometry *a = geom(t.areas[i].wkb, t.areas[i].wkb_len);
		double aa;
		GEOSArea_r(gh, a, &aa);
		total += aa;
		GEOSGeom_destroy_r(gh, a);
	}
	GEOSGeometry *o = geom(outline, outline_len);
	GEOSArea_r(gh, o, &ca);
	GEOSGeom_destroy_r(gh, o);
	ck_assert_double_lt(fabs(total - ca), ca * 0.001);
	fl_territory_release(&t);
	free(s.items);
}
END_TEST

/* Two results are the same areas and lines, byte for byte. */
static void assert_same(const fl_territory *a, const fl_territory *b)
{
	ck_assert_uint_eq(a->nareas, b->nareas);
	ck_assert_uint_eq(a->nlines, b->nlines);
	for (size_t i = 0; i < a->nareas; i++) {
		ck_assert_str_eq(a->areas[i].side, b->areas[i].side);
		ck_assert_str_eq(a->areas[i].level, b->areas[i].level);
		ck_assert_uint_eq(a->areas[i].wkb_len, b->areas[i].wkb_len);
		ck_assert(memcmp(a->areas[i].wkb, b->areas[i].wkb, a->areas[i].wkb_len) == 0);
	}
	for (size_t i = 0; i < a->nlines; i++) {
		ck_assert_str_eq(a->lines[i].side_a, b->lines[i].side_a);
		ck_assert_str_eq(a->lines[i].side_b, b->lines[i].side_b);
		ck_assert_uint_eq(a->lines[i].wkb_len, b->lines[i].wkb_len);
		ck_assert(memcmp(a->lines[i].wkb, b->lines[i].wkb, a->lines[i].wkb_len) == 0);
	}
}

/* A run of days through one cache gives what a build per day gives: sides changing
 * hands (same tessellation), the same day twice (the last result), a place gone and
 * back (a new tessellation), and another outline. */
START_TEST(cache_gives_the_same_results)
{
	fl_state s26, s30, fewer;
	fixture_state(&s26, 0, fl_date_from_ymd(2024, 11, 26));
	fixture_state(&s30, 1, fl_date_from_ymd(2024, 11, 30));
	fixture_state(&fewer, 1, fl_date_from_ymd(2024, 11, 30));
	snprintf(fewer.items[fewer.count / 2].side, sizeof fewer.items[0].side, "unknown");
	fl_territory_cache *c = fl_territory_cache_new();
	ck_assert_ptr_nonnull(c);
	const fl_state *days[] = { &s26, &s30, &s30, &fewer, &s30, &s26 };
	for (size_t d = 0; d < sizeof days / sizeof days[0]; d++) {
		fl_territory want, got;
		fl_error e = { 0 };
		ck_assert_msg(fl_territory_build(days[d], outline, outline_len, &want, &e) == FL_OK, "%s", e.text);
		ck_assert_msg(fl_territory_build_cached(c, days[d], outline, outline_len, &got, &e) == FL_OK,
			      "%s", e.text);
		assert_same(&want, &got);
		fl_territory_release(&want);
		fl_territory_release(&got);
	}
	/* Another outline (a square around Aleppo) replaces the cached one. */
	GEOSWKTReader *r = GEOSWKTReader_create_r(gh);
	GEOSGeometry *sq = GEOSWKTReader_read_r(gh, r, "POLYGON((36.5 35.5,38 35.5,38 36.8,36.5 36.8,36.5 35.5))");
	GEOSWKBWriter *w = GEOSWKBWriter_create_r(gh);
	size_t sql;
	unsigned char *sqb = GEOSWKBWriter_write_r(gh, w, sq, &sql);
	fl_territory want, got;
	ck_assert_int_eq(fl_territory_build(&s30, sqb, sql, &want, NULL), FL_OK);
	ck_assert_int_eq(fl_territory_build_cached(c, &s30, sqb, sql, &got, NULL), FL_OK);
	assert_same(&want, &got);
	ck_assert_str_eq(side_at(&got, 37.16117, 36.20124), "opposition");	/* Aleppo */
	ck_assert_str_eq(side_at(&got, 36.29128, 33.5102), "");		/* Damascus: outside */
	fl_territory_release(&want);
	fl_territory_release(&got);
	/* A bad outline fails through the cache as without it. */
	static const unsigned char junk[] = { 1, 2, 3 };
	ck_assert_int_eq(fl_territory_build_cached(c, &s30, junk, sizeof junk, &got, NULL), FL_EGEOS);
	ck_assert_uint_eq(got.nareas, 0);
	GEOSFree_r(gh, sqb);
	GEOSWKBWriter_destroy_r(gh, w);
	GEOSGeom_destroy_r(gh, sq);
	GEOSWKTReader_destroy_r(gh, r);
	fl_territory_cache_free(c);
	fl_territory_cache_free(NULL);
	fixture_release(&s26);
	fixture_release(&s30);
	fixture_release(&fewer);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("territory");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, aleppo_changes_hands);
	tcase_add_test(tc, areas_inside_country_lines_not_on_border);
	tcase_add_test(tc, order_does_not_matter);
	tcase_add_test(tc, claimed_and_small_states);
	tcase_add_test(tc, bad_outline);
	tcase_add_test(tc, places_abroad_do_not_claim_land);
	tcase_add_test(tc, thousands_of_places);
	tcase_add_test(tc, cache_gives_the_same_results);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return tu_run(suite());
}
