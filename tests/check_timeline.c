/* SPDX-License-Identifier: MIT
 * check_timeline.c - the fold of baseline + claims + corrections into the state of a
 * day: changes, levels, contests, denials, analysts, and order independence. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"
#include "timeline.h"
#include "gazetteer.h"

/* ---- fixtures: a three-town baseline and claims written by hand ------------ */

#define ALEPPO 170063
#define HAMA 170017
#define SARAQIB 164816
#define NEWPLACE 9999001

static fl_date D(const char *s)
{
	fl_date d;
	ck_assert_int_eq(fl_date_parse(s, &d), FL_OK);
	return d;
}

static void base_add(fl_baseline *b, int64_t id, const char *name, double lat, double lon,
		     const char *side)
{
	ck_assert_int_eq(fl_grow((void **)&b->items, &b->cap, b->count, 1, sizeof(fl_baseline_row)), FL_OK);
	fl_baseline_row *r = &b->items[b->count++];
	memset(r, 0, sizeof(*r));
	r->place_id = id;
	r->place = strdup(name);
	r->lat = lat;
	r->lon = lon;
	snprintf(r->side, sizeof(r->side), "%s", side);
	r->source = strdup("test");
	r->line = (long)b->count + 1;
}

static void baseline(fl_baseline *b)
{
	memset(b, 0, sizeof(*b));
	b->date = D("2024-11-26");
	base_add(b, ALEPPO, "Aleppo", 36.20124, 37.16117, "government");
	base_add(b, HAMA, "Hama", 35.13179, 36.75783, "government");
	base_add(b, SARAQIB, "Saraqib", 35.86447, 36.80591, "government");
}

static int64_t next_id;

/* A claim: place, day, side, event, status, who says it, the side the source speaks for. */
static fl_claim *claim(fl_claims *cs, int64_t place, const char *day, const char *side,
		       const char *event, const char *status, const char *who, const char *src_side)
{
	ck_assert_int_eq(fl_grow((void **)&cs->items, &cs->cap, cs->count, 1, sizeof(fl_claim)), FL_OK);
	fl_claim *c = &cs->items[cs->count++];
	memset(c, 0, sizeof(*c));
	c->id = ++next_id;
	snprintf(c->article, sizeof(c->article), "%064llx", (unsigned long long)(c->id * 7919));
	c->place_id = place;
	c->place = strdup(place == ALEPPO ? "Aleppo" : place == HAMA ? "Hama" : "Elsewhere");
	c->lat = 35.5;
	c->lon = 37.0;
	c->date = c->date_end = D(day);
	snprintf(c->date_precision, sizeof(c->date_precision), "day");
	snprintf(c->side, sizeof(c->side), "%s", side);
	snprintf(c->event, sizeof(c->event), "%s", event);
	snprintf(c->status, sizeof(c->status), "%s", status);
	c->attributed_to = who ? strdup(who) : NULL;
	snprintf(c->source_side, sizeof(c->source_side), "%s", src_side ? src_side : "");
	c->confidence = 0.9;
	c->sentence = strdup("a sentence written for the test");
	return c;
}

static const fl_place_state *find(const fl_state *s, int64_t id)
{
	for (size_t i = 0; i < s->count; i++)
		if (s->items[i].place_id == id)
			return &s->items[i];
	return NULL;
}

static fl_policy policy(void)
{
	fl_policy p = { .contest_days = 3, .min_confidence = 0.5, .partisan_own_gain_claimed = true };
	return p;
}

static void fold(const fl_baseline *b, const fl_claims *cs, const char *day, fl_state *s)
{
	fl_policy p = policy();
	fl_error err;
	fl_error_clear(&err);
	ck_assert_int_eq(fl_timeline_fold(b, cs, &p, NULL, D(day), s, &err), FL_OK);
}

static void expect(const fl_state *s, int64_t id, const char *side, const char *status,
		   const char *level)
{
	const fl_place_state *p = find(s, id);
	ck_assert_ptr_nonnull(p);
	ck_assert_str_eq(p->side, side);
	if (status)
		ck_assert_str_eq(p->status, status);
	if (level)
		ck_assert_str_eq(p->level, level);
}

static void release(fl_baseline *b, fl_claims *cs, fl_state *s)
{
	fl_baseline_release(b);
	fli_claims_release(cs);
	fl_state_release(s);
}

/* The built gazetteer, which the tests of regions and countries need. */
static fl_gazetteer *built_gazetteer(void)
{
	fl_gazetteer *gz = NULL;
	fl_error err;
	fl_error_clear(&err);
	if (fl_gazetteer_open(NULL, &gz, &err) != FL_OK)
		ck_abort_msg("the built gazetteer is needed (run scripts/setup.sh): %s", err.text);
	return gz;
}

/* ---- tests --------------------------------------------------------------------- */

START_TEST(baseline_only)
{
	fl_baseline b;
	baseline(&b);
	fl_claims cs = { 0 };
	fl_state s;
	fold(&b, &cs, "2024-12-01", &s);
	ck_assert_uint_eq(s.count, 3);
	ck_assert_int_eq(s.items[0].place_id < s.items[1].place_id, 1);
	expect(&s, ALEPPO, "government", "baseline", "assessed");
	ck_assert_int_eq(find(&s, ALEPPO)->since, D("2024-11-26"));
	ck_assert_str_eq(find(&s, ALEPPO)->sources, "");
	ck_assert_uint_eq(s.nclaims, 0);
	release(&b, &cs, &s);
}
END_TEST

START_TEST(neutral_capture_changes_and_is_assessed)
{
	fl_baseline b;
	baseline(&b);
	fl_claims cs = { 0 };
	fl_claim *c = claim(&cs, ALEPPO, "2024-11-29", "opposition", "capture", "reported", "SOHR", NULL);
	fl_state s;
	fold(&b, &cs, "2024-11-28", &s);
	expect(&s, ALEPPO, "government", "baseline", NULL);
	fl_state_release(&s);
	fold(&b, &cs, "2024-11-30", &s);
	expect(&s, ALEPPO, "opposition", "changed", "assessed");
	ck_assert_int_eq(find(&s, ALEPPO)->since, D("2024-11-29"));
	char want[32];
	snprintf(want, sizeof(want), "%lld", (long long)c->id);
	ck_assert_str_eq(find(&s, ALEPPO)->sources, want);
	ck_assert_uint_eq(s.nclaims, 1);
	ck_assert_uint_eq(s.narticles, 1);
	release(&b, &cs, &s);
}
END_TEST

START_TEST(own_gain_is_claimed_until_corroborated)
{
	fl_baseline b;
	baseline(&b);
	fl_claims cs = { 0 };
	claim(&cs, HAMA, "2024-12-05", "opposition", "capture", "reported", "Military Operations Command",
	      "opposition");
	fl_state s;
	fold(&b, &cs, "2024-12-05", &s);
	expect(&s, HAMA, "opposition", "changed", "claimed");
	fl_state_release(&s);
	/* A second source of the same side is not independent. */
	claim(&cs, HAMA, "2024-12-05", "opposition", "capture", "reported", "HTS commander", "opposition");
	fold(&b, &cs, "2024-12-05", &s);
	expect(&s, HAMA, "opposition", "changed", "claimed");
	fl_state_release(&s);
	/* A hedged outlet report is: two independent sources agree. */
	claim(&cs, HAMA, "2024-12-06", "opposition", "capture", "hedged", "Reuters", NULL);
	fold(&b, &cs, "2024-12-06", &s);
	expect(&s, HAMA, "opposition", "changed", "assessed");
	ck_assert_int_eq(find(&s, HAMA)->since, D("2024-12-05"));
	release(&b, &cs, &s);
}
END_TEST

START_TEST(admitted_loss_is_assessed)
{
	fl_baseline b;
	baseline(&b);
	fl_claims cs = { 0 };
	/* The army says it left Hama: the opposition holds it, and that settles it. */
	claim(&cs, HAMA, "2024-12-05", "opposition", "withdrawal", "reported", "Syrian army command",
	      "government");
	fl_state s;
	fold(&b, &cs, "2024-12-06", &s);
	expect(&s, HAMA, "opposition", "changed", "assessed");
	release(&b, &cs, &s);
}
END_TEST

START_TEST(policy_can_trust_partisans)
{
	fl_baseline b;
	baseline(&b);
	fl_claims cs = { 0 };
	claim(&cs, HAMA, "2024-12-05", "opposition", "capture", "reported", "HTS", "opposition");
	fl_policy p = policy();
	p.partisan_own_gain_claimed = false;
	fl_state s;
	ck_assert_int_eq(fl_timeline_fold(&b, &cs, &p, NULL, D("2024-12-05"), &s, NULL), FL_OK);
	expect(&s, HAMA, "opposition", "changed", "assessed");
	release(&b, &cs, &s);
}
END_TEST

START_TEST(two_sides_within_days_contest_until_settled)
{
	fl_baseline b;
	baseline(&b);
	fl_claims cs = { 0 };
	claim(&cs, SARAQIB, "2024-11-28", "opposition", "capture", "reported", "SOHR", NULL);
	claim(&cs, SARAQIB, "2024-11-30", "government", "capture", "reported", "Reuters", NULL);
	fl_state s;
	fold(&b, &cs, "2024-11-30", &s);
	expect(&s, SARAQIB, "contested", "contested", "claimed");
	ck_assert_int_eq(find(&s, SARAQIB)->since, D("2024-11-30"));
	ck_assert_ptr_nonnull(strchr(find(&s, SARAQIB)->sources, ','));
	fl_state_release(&s);
	claim(&cs, SARAQIB, "2024-12-01", "opposition", "capture", "reported", "AFP", NULL);
	fold(&b, &cs, "2024-12-02", &s);
	expect(&s, SARAQIB, "opposition", "changed", "assessed");
	ck_assert_int_eq(find(&s, SARAQIB)->since, D("2024-12-01"));
	fl_state_release(&s);
	/* Out of the window, a retaking is a plain change. */
	claim(&cs, SARAQIB, "2024-12-10", "government", "capture", "reported", "Reuters", NULL);
	fold(&b, &cs, "2024-12-10", &s);
	expect(&s, SARAQIB, "government", "changed", "assessed");
	release(&b, &cs, &s);
}
END_TEST

START_TEST(same_day_stronger_wins)
{
	fl_baseline b;
	baseline(&b);
	fl_claims cs = { 0 };
	/* Partisan says it held; the same day a neutral report says it fell. */
	claim(&cs, ALEPPO, "2024-11-30", "government", "repelled", "reported", "SANA", "government");
	claim(&cs, ALEPPO, "2024-11-30", "opposition", "capture", "reported", "SOHR", NULL);
	fl_state s;
	fold(&b, &cs, "2024-11-30", &s);
	expect(&s, ALEPPO, "opposition", "changed", "assessed");
	release(&b, &cs, &s);
}
END_TEST

START_TEST(denial_stops_the_claim)
{
	fl_baseline b;
	baseline(&b);
	fl_claims cs = { 0 };
	claim(&cs, HAMA, "2024-12-01", "opposition", "capture", "hedged", "social media", NULL);
	claim(&cs, HAMA, "2024-12-02", "opposition", "capture", "denied", "Syrian Defence Ministry",
	      "government");
	fl_state s;
	fold(&b, &cs, "2024-12-01", &s);
	expect(&s, HAMA, "opposition", "changed", "claimed");
	fl_state_release(&s);
	fold(&b, &cs, "2024-12-03", &s);
	expect(&s, HAMA, "government", "baseline", NULL);
	fl_state_release(&s);
	/* A later capture after the denial stands. */
	claim(&cs, HAMA, "2024-12-05", "opposition", "capture", "reported", "AFP", NULL);
	fold(&b, &cs, "2024-12-05", &s);
	expect(&s, HAMA, "opposition", "changed", "assessed");
	release(&b, &cs, &s);
}
END_TEST

START_TEST(analyst_beats_machine_and_rejections_remove)
{
	fl_baseline b;
	baseline(&b);
	fl_claims cs = { 0 };
	fl_claim *m = claim(&cs, ALEPPO, "2024-11-29", "opposition", "capture", "reported", "SOHR", NULL);
	int64_t mid = m->id;
	fl_claim *a = claim(&cs, ALEPPO, "2024-11-29", "government", "held", "analyst", NULL, NULL);
	a->article[0] = '\0';
	a->author = strdup("jdoe");
	a->created = strdup("2024-11-30T08:00:00Z");
	fl_state s;
	fold(&b, &cs, "2024-11-30", &s);
	expect(&s, ALEPPO, "government", NULL, "assessed");
	fl_state_release(&s);
	/* Reject the analyst's claim: the machine claim counts again. */
	fl_claim *r = claim(&cs, ALEPPO, "2024-11-30", "government", "held", "rejected", NULL, NULL);
	r->rejects = cs.items[1].id;
	fold(&b, &cs, "2024-11-30", &s);
	expect(&s, ALEPPO, "opposition", "changed", "assessed");
	fl_state_release(&s);
	/* Reject the machine claim too. */
	r = claim(&cs, ALEPPO, "2024-11-30", "opposition", "capture", "rejected", NULL, NULL);
	r->rejects = mid;
	fold(&b, &cs, "2024-11-30", &s);
	expect(&s, ALEPPO, "government", "baseline", NULL);
	release(&b, &cs, &s);
}
END_TEST

START_TEST(weak_and_out_of_range_claims_do_not_count)
{
	fl_baseline b;
	baseline(&b);
	fl_claims cs = { 0 };
	claim(&cs, HAMA, "2024-12-01", "opposition", "capture", "reported", "SOHR", NULL)->confidence = 0.2;
	claim(&cs, ALEPPO, "2024-11-01", "opposition", "capture", "reported", "SOHR", NULL);
	claim(&cs, SARAQIB, "2024-12-01", "opposition", "clashes", "reported", "SOHR", NULL);
	fl_state s;
	fold(&b, &cs, "2024-12-10", &s);
	expect(&s, HAMA, "government", "baseline", NULL);
	expect(&s, ALEPPO, "government", "baseline", NULL);
	expect(&s, SARAQIB, "government", "baseline", NULL);
	ck_assert_uint_eq(s.nclaims, 0);
	release(&b, &cs, &s);
}
END_TEST

START_TEST(places_outside_the_baseline)
{
	fl_baseline b;
	baseline(&b);
	/* A polygon gives its side to places it holds. */
	ck_assert_int_eq(fl_grow((void **)&b.items, &b.cap, b.count, 1, sizeof(fl_baseline_row)), FL_OK);
	fl_baseline_row *r = &b.items[b.count++];
	memset(r, 0, sizeof(*r));
	snprintf(r->side, sizeof(r->side), "sdf");
	static const double sq[] = { 38, 35, 40, 35, 40, 37, 38, 37, 38, 35 };
	r->ring_xy = malloc(sizeof(sq));
	memcpy(r->ring_xy, sq, sizeof(sq));
	r->ring_len = malloc(sizeof(size_t));
	r->ring_len[0] = 5;
	r->nrings = 1;
	fl_claims cs = { 0 };
	fl_claim *c = claim(&cs, NEWPLACE, "2024-12-03", "sdf", "held", "reported", "SOHR", NULL);
	c->lat = 36;
	c->lon = 39;
	fl_claim *c2 = claim(&cs, NEWPLACE + 1, "2024-12-03", "opposition", "capture", "reported", "SOHR", NULL);
	c2->lat = 33;
	c2->lon = 36;
	/* Only fighting reported there: not a place of the map. */
	claim(&cs, NEWPLACE + 2, "2024-12-03", "sdf", "clashes", "reported", "SOHR", NULL);
	fl_state s;
	/* the day before: the place in the SDF's area is the SDF's; the one outside every
	 * area is not on the map until a claim says who holds it */
	fold(&b, &cs, "2024-12-02", &s);
	ck_assert_uint_eq(s.count, 4);
	expect(&s, NEWPLACE, "sdf", "baseline", NULL);
	ck_assert_ptr_null(find(&s, NEWPLACE + 1));
	fl_state_release(&s);
	fold(&b, &cs, "2024-12-05", &s);
	ck_assert_uint_eq(s.count, 5);
	expect(&s, NEWPLACE, "sdf", "baseline", NULL);
	expect(&s, NEWPLACE + 1, "opposition", "changed", NULL);
	ck_assert_ptr_null(find(&s, NEWPLACE + 2));
	release(&b, &cs, &s);
}
END_TEST

/* The same claims in any order, with ids handed out in any order, give one state. */
START_TEST(order_does_not_matter)
{
	fl_baseline b;
	baseline(&b);
	fl_claims cs = { 0 };
	claim(&cs, SARAQIB, "2024-11-28", "opposition", "capture", "reported", "SOHR", NULL);
	claim(&cs, SARAQIB, "2024-11-30", "government", "capture", "reported", "SANA", "government");
	claim(&cs, SARAQIB, "2024-11-30", "opposition", "capture", "hedged", "AFP", NULL);
	claim(&cs, HAMA, "2024-12-05", "opposition", "capture", "reported", "HTS", "opposition");
	claim(&cs, HAMA, "2024-12-05", "government", "repelled", "reported", "SANA", "government");
	claim(&cs, HAMA, "2024-12-04", "opposition", "capture", "denied", "SANA", "government");
	claim(&cs, ALEPPO, "2024-11-29", "opposition", "capture", "hedged", "Reuters", NULL);
	claim(&cs, ALEPPO, "2024-11-30", "government", "held", "reported", "SANA", "government");
	claim(&cs, ALEPPO, "2024-12-01", "opposition", "capture", "reported", "SOHR", NULL);
	fl_state ref;
	fold(&b, &cs, "2024-12-06", &ref);
	srand(42);
	for (int round = 0; round < 30; round++) {
		for (size_t i = cs.count - 1; i > 0; i--) {
			size_t j = (size_t)rand() % (i + 1);
			fl_claim t = cs.items[i];
			cs.items[i] = cs.items[j];
			cs.items[j] = t;
		}
		fl_state s;
		fold(&b, &cs, "2024-12-06", &s);
		ck_assert_uint_eq(s.count, ref.count);
		for (size_t i = 0; i < s.count; i++) {
			ck_assert_int_eq(s.items[i].place_id, ref.items[i].place_id);
			ck_assert_str_eq(s.items[i].side, ref.items[i].side);
			ck_assert_str_eq(s.items[i].status, ref.items[i].status);
			ck_assert_str_eq(s.items[i].level, ref.items[i].level);
			ck_assert_int_eq(s.items[i].since, ref.items[i].since);
			ck_assert_str_eq(s.items[i].sources, ref.items[i].sources);
		}
		fl_state_release(&s);
	}
	release(&b, &cs, &ref);
}
END_TEST

START_TEST(changes_between_days)
{
	fl_baseline b;
	baseline(&b);
	fl_claims cs = { 0 };
	claim(&cs, ALEPPO, "2024-11-29", "opposition", "capture", "reported", "SOHR", NULL);
	claim(&cs, HAMA, "2024-12-05", "opposition", "capture", "reported", "AFP", NULL);
	claim(&cs, SARAQIB, "2024-12-20", "opposition", "capture", "reported", "AFP", NULL);
	fl_policy p = policy();
	fl_changes ch;
	ck_assert_int_eq(fl_timeline_fold_changes(&b, &cs, &p, NULL, D("2024-11-27"), D("2024-12-10"),
						  &ch, NULL), FL_OK);
	ck_assert_uint_eq(ch.count, 2);
	ck_assert_int_eq(ch.items[0].place_id, ALEPPO);
	ck_assert_str_eq(ch.items[0].from, "government");
	ck_assert_str_eq(ch.items[0].to, "opposition");
	ck_assert_int_eq(ch.items[0].date, D("2024-11-29"));
	ck_assert_str_eq(ch.items[0].sources, "1");
	ck_assert_int_eq(ch.items[1].place_id, HAMA);
	fl_changes_release(&ch);
	fl_baseline_release(&b);
	fli_claims_release(&cs);
}
END_TEST

/* "Full control of Hama province": every baseline place in the governorate (SY.10)
 * changes, places elsewhere do not, and the governorate is not drawn as a point. The
 * gazetteer knows which governorate a place is in. */
START_TEST(polygon_baseline_holds_the_places_inside)
{
	fl_error err;
	fl_error_clear(&err);
	fl_gazetteer *gz = built_gazetteer();
	fl_baseline b;
	memset(&b, 0, sizeof(b));
	b.date = D("2024-11-26");
	base_add(&b, HAMA, "Hama", 35.13179, 36.75783, "sdf");	/* a point row wins */
	/* a rectangle around Hama and Salamiyah (GeoNames 164947), not Aleppo */
	ck_assert_int_eq(fl_grow((void **)&b.items, &b.cap, b.count, 1, sizeof(fl_baseline_row)), FL_OK);
	fl_baseline_row *r = &b.items[b.count++];
	memset(r, 0, sizeof(*r));
	static double ring[] = { 36.5, 34.9, 37.2, 34.9, 37.2, 35.4, 36.5, 35.4, 36.5, 34.9 };
	static size_t len[] = { 5 };
	r->ring_xy = malloc(sizeof ring);
	r->ring_len = malloc(sizeof len);
	memcpy(r->ring_xy, ring, sizeof ring);
	memcpy(r->ring_len, len, sizeof len);
	r->nrings = 1;
	r->lat = 35.1;
	r->lon = 36.8;
	r->place = strdup("Hama area");
	snprintf(r->side, sizeof(r->side), "government");
	r->source = strdup("test polygon");
	fl_claims cs = { 0 };
	fl_policy p = policy();
	fl_state s;
	ck_assert_int_eq(fl_timeline_fold(&b, &cs, &p, gz, D("2024-11-27"), &s, &err), FL_OK);
	expect(&s, 164947, "government", "baseline", NULL);
	expect(&s, HAMA, "sdf", "baseline", NULL);
	ck_assert_ptr_null(find(&s, ALEPPO));
	/* without a gazetteer the polygon holds nothing by itself */
	fl_state_release(&s);
	ck_assert_int_eq(fl_timeline_fold(&b, &cs, &p, NULL, D("2024-11-27"), &s, &err), FL_OK);
	ck_assert_ptr_null(find(&s, 164947));
	release(&b, &cs, &s);
	fl_gazetteer_free(gz);
}
END_TEST

START_TEST(regime_fall_hands_over_what_it_held)
{
	fl_error err;
	fl_error_clear(&err);
	fl_gazetteer *gz = built_gazetteer();
	fl_baseline b;
	baseline(&b);
	base_add(&b, 172955, "Raqqa", 35.95283, 39.00788, "sdf");
	fl_claims cs = { 0 };
	int64_t country = 0;
	fl_candidate cand[4];
	size_t n = fl_gazetteer_lookup(gz, "Syria", NULL, cand, 4);
	for (size_t i = 0; i < n && !country; i++)
		if (strncmp(cand[i].place->kind, "PCL", 3) == 0)
			country = cand[i].place->id;
	ck_assert_msg(country != 0, "no country for 'Syria'");
	/* the SDF took Saraqib first (a place the regime no longer held), then the fall */
	claim(&cs, SARAQIB, "2024-12-06", "sdf", "capture", "reported", "SOHR", "");
	fl_claim *c = claim(&cs, country, "2024-12-08", "opposition", "collapse", "reported", "Reuters", "");
	fl_policy p = policy();
	snprintf(p.regime_side, sizeof p.regime_side, "government");
	fl_state s;
	ck_assert_int_eq(fl_timeline_fold(&b, &cs, &p, gz, D("2024-12-08"), &s, &err), FL_OK);
	expect(&s, ALEPPO, "opposition", "changed", NULL);
	expect(&s, HAMA, "opposition", "changed", NULL);
	expect(&s, SARAQIB, "sdf", "changed", NULL);	/* not the regime's that day */
	expect(&s, 172955, "sdf", "baseline", NULL);	/* never the regime's */
	ck_assert_ptr_null(find(&s, country));	/* the country is not a place of the map */
	char id[32];
	snprintf(id, sizeof(id), "%lld", (long long)c->id);
	ck_assert_str_eq(find(&s, HAMA)->sources, id);
	fl_state_release(&s);
	/* the day before nothing fell */
	ck_assert_int_eq(fl_timeline_fold(&b, &cs, &p, gz, D("2024-12-07"), &s, &err), FL_OK);
	expect(&s, HAMA, "government", "baseline", NULL);
	fl_state_release(&s);
	/* a map without a regime side: the claim changes nothing */
	p.regime_side[0] = '\0';
	ck_assert_int_eq(fl_timeline_fold(&b, &cs, &p, gz, D("2024-12-08"), &s, &err), FL_OK);
	expect(&s, HAMA, "government", "baseline", NULL);
	fl_state_release(&s);
	/* a denial stops it */
	snprintf(p.regime_side, sizeof p.regime_side, "government");
	claim(&cs, country, "2024-12-08", "opposition", "collapse", "denied", "SANA", "government");
	ck_assert_int_eq(fl_timeline_fold(&b, &cs, &p, gz, D("2024-12-08"), &s, &err), FL_OK);
	expect(&s, HAMA, "government", "baseline", NULL);
	release(&b, &cs, &s);
	fl_gazetteer_free(gz);
}
END_TEST

START_TEST(governorate_claim_covers_its_places)
{
	fl_error err;
	fl_error_clear(&err);
	fl_gazetteer *gz = built_gazetteer();
	fl_baseline b;
	baseline(&b);
	base_add(&b, 164947, "Salamiyah", 35.01127, 37.05324, "government");	/* SY.10 */
	fl_claims cs = { 0 };
	int64_t gov = 0;
	fl_candidate cand[4];
	size_t n = fl_gazetteer_lookup(gz, "Hama province", NULL, cand, 4);
	for (size_t i = 0; i < n && !gov; i++)
		if (strcmp(cand[i].place->kind, "ADM1") == 0)
			gov = cand[i].place->id;
	ck_assert_msg(gov != 0, "no governorate for 'Hama province'");
	fl_claim *c = claim(&cs, gov, "2024-12-06", "opposition", "capture", "reported", "SOHR", "");
	fl_policy p = policy();
	fl_state s;
	ck_assert_int_eq(fl_timeline_fold(&b, &cs, &p, gz, D("2024-12-07"), &s, &err), FL_OK);
	expect(&s, HAMA, "opposition", "changed", "assessed");
	expect(&s, 164947, "opposition", "changed", NULL);
	expect(&s, ALEPPO, "government", "baseline", NULL);
	expect(&s, SARAQIB, "government", "baseline", NULL);
	ck_assert_ptr_null(find(&s, gov));
	char id[32];
	snprintf(id, sizeof(id), "%lld", (long long)c->id);
	ck_assert_str_eq(find(&s, 164947)->sources, id);
	fl_state_release(&s);
	/* The day before, nothing has changed. */
	ck_assert_int_eq(fl_timeline_fold(&b, &cs, &p, gz, D("2024-12-05"), &s, &err), FL_OK);
	expect(&s, HAMA, "government", "baseline", NULL);
	release(&b, &cs, &s);
	fl_gazetteer_free(gz);
}
END_TEST

/* The story of a place includes what was said about its whole governorate: explain
 * tells the region claim that changed it, in words, and names it as the decider like
 * the state does; a place outside the governorate hears nothing of it. Through a real
 * store (the state and explain read it as the CLI does). */
START_TEST(explain_tells_governorate_claims)
{
	fl_error err;
	fl_error_clear(&err);
	fl_gazetteer *gz = built_gazetteer();
	const fl_place *gov = NULL;
	fl_candidate cand[4];
	size_t n = fl_gazetteer_lookup(gz, "Hama province", NULL, cand, 4);
	for (size_t i = 0; i < n && !gov; i++)
		if (strcmp(cand[i].place->kind, "ADM1") == 0)
			gov = cand[i].place;
	ck_assert_msg(gov != NULL, "no governorate for 'Hama province'");
	char *dir = tu_tmpdir();
	char ds[600];
	snprintf(ds, sizeof(ds), "%s/store.gpkg", dir);
	fl_store *st = NULL;
	ck_assert_int_eq(fl_store_open(ds, true, &st, &err), FL_OK);
	fl_baseline b;
	baseline(&b);
	base_add(&b, 164947, "Salamiyah", 35.01127, 37.05324, "government");	/* SY.10 */
	ck_assert_int_eq(fl_store_baseline_put(st, &b, "test", &err), FL_OK);
	fl_article a;
	memset(&a, 0, sizeof(a));
	snprintf(a.id, sizeof(a.id), "%064x", 77);
	a.source = "-";
	a.text = "An article written for the test.";
	a.len = strlen(a.text);
	a.published = D("2024-12-06");
	fl_claims cs = { 0 };
	fl_claim *c = claim(&cs, gov->id, "2024-12-06", "opposition", "capture", "reported", "SOHR", "");
	free(c->place);
	c->place = strdup(gov->name);
	free(c->sentence);
	c->sentence = strdup("The monitor said the rebels now hold the whole province.");
	bool added;
	ck_assert_int_eq(fl_store_ingest(st, &a, &cs, &added, &err), FL_OK);
	fl_store_close(st);
	ck_assert_int_eq(fl_store_open_ex(ds, FL_STORE_READONLY, &st, &err), FL_OK);
	fl_map map;
	memset(&map, 0, sizeof(map));
	map.policy = policy();
	fl_state s;
	ck_assert_int_eq(fl_timeline_state(st, &map, gz, D("2024-12-07"), &s, &err), FL_OK);
	const fl_place_state *sal = find(&s, 164947);
	ck_assert_ptr_nonnull(sal);
	ck_assert_str_eq(sal->side, "opposition");
	char decided[64];
	snprintf(decided, sizeof(decided), "Decided by: claim %s.", sal->sources);
	char *text = NULL;
	ck_assert_int_eq(fl_timeline_explain(st, &map, gz, "Salamiyah", D("2024-12-07"), &text, &err), FL_OK);
	char want[256];
	snprintf(want, sizeof(want), "SOHR reported that opposition took all of %s, which includes Salamiyah",
		 gov->name);
	ck_assert_msg(strstr(text, want), "explain does not tell the region claim:\n%s", text);
	ck_assert_msg(strstr(text, "2024-12-06"), "no day in:\n%s", text);
	ck_assert_msg(strstr(text, "now hold the whole province"), "no sentence in:\n%s", text);
	ck_assert_msg(strstr(text, "This changed the holder to opposition"), "no outcome in:\n%s", text);
	ck_assert_msg(strstr(text, decided), "explain and state disagree (%s):\n%s", decided, text);
	free(text);
	/* Aleppo is in another governorate: its story has no region claim. */
	ck_assert_int_eq(fl_timeline_explain(st, &map, gz, "Aleppo", D("2024-12-07"), &text, &err), FL_OK);
	ck_assert_msg(!strstr(text, "all of"), "Aleppo's story tells a claim about another region:\n%s", text);
	ck_assert_msg(strstr(text, "unchanged since the baseline"), "%s", text);
	free(text);
	fl_state_release(&s);
	fl_store_close(st);
	release(&b, &cs, NULL);
	fl_gazetteer_free(gz);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(name_match)
{
	ck_assert(fl_timeline_name_match("Sarāqib", "saraqib"));
	ck_assert(fl_timeline_name_match("Ma‘arrat an Nu‘mān", "Maarrat an-Numan"));
	ck_assert(!fl_timeline_name_match("Hama", "Homs"));
	ck_assert(!fl_timeline_name_match("", ""));
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("timeline");
	TCase *t = tcase_create("fold");
	tcase_add_checked_fixture(t, NULL, NULL);
	tcase_add_test(t, baseline_only);
	tcase_add_test(t, neutral_capture_changes_and_is_assessed);
	tcase_add_test(t, own_gain_is_claimed_until_corroborated);
	tcase_add_test(t, admitted_loss_is_assessed);
	tcase_add_test(t, policy_can_trust_partisans);
	tcase_add_test(t, two_sides_within_days_contest_until_settled);
	tcase_add_test(t, same_day_stronger_wins);
	tcase_add_test(t, denial_stops_the_claim);
	tcase_add_test(t, analyst_beats_machine_and_rejections_remove);
	tcase_add_test(t, weak_and_out_of_range_claims_do_not_count);
	tcase_add_test(t, places_outside_the_baseline);
	tcase_add_test(t, order_does_not_matter);
	tcase_add_test(t, changes_between_days);
	tcase_add_test(t, name_match);
	tcase_add_test(t, governorate_claim_covers_its_places);
	tcase_add_test(t, regime_fall_hands_over_what_it_held);
	tcase_add_test(t, polygon_baseline_holds_the_places_inside);
	tcase_add_test(t, explain_tells_governorate_claims);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	return tu_run(suite());
}
