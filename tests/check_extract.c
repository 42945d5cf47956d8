/* SPDX-License-Identifier: MIT
 * check_extract.c - claims from sentences, with place mentions built by hand (the
 * gazetteer is not needed): verbs, actors and sides, lists, denials, hedges,
 * attribution, dates, non-control phrases, provinces and roads. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"
#include "extract.h"
#include "store.h"

/* A small gazetteer of our own. */
static fl_place places[] = {
	{ 170063, "Aleppo", 36.20124, 37.16117, 'P', "PPLA", "SY", "SY.09", 1602264, NULL, 0 },
	{ 170017, "Hama", 35.13179, 36.75783, 'P', "PPLA", "SY", "SY.10", 460602, NULL, 0 },
	{ 169577, "Homs", 34.72682, 36.72339, 'P', "PPLA", "SY", "SY.11", 775404, NULL, 0 },
	{ 163806, "Ar Rastan", 34.92667, 36.7325, 'P', "PPL", "SY", "SY.11", 53152, NULL, 0 },
	{ 163345, "Talbiseh", 34.84, 36.73, 'P', "PPL", "SY", "SY.11", 30000, NULL, 0 },
	{ 9000000101, "Halfaya", 35.26, 36.6, 'P', "PPL", "SY", "SY.10", 0, NULL, 0 },
	{ 9000000102, "Mahardah", 35.25, 36.57, 'P', "PPL", "SY", "SY.10", 0, NULL, 0 },
	{ 9000000103, "Al-Suqaylabiyah", 35.37, 36.39, 'P', "PPL", "SY", "SY.10", 0, NULL, 0 },
	{ 9000000104, "Salamiyah", 35.01, 37.05, 'P', "PPL", "SY", "SY.10", 0, NULL, 0 },
	{ 169389, "Idlib", 35.93, 36.63, 'P', "PPLA", "SY", "SY.07", 128840, NULL, 0 },
	{ 169388, "Idlib Governorate", 35.8, 36.6, 'A', "ADM1", "SY", "SY.07", 0, NULL, 0 },
	{ 9000000201, "M5 highway", 36.2, 37.16, 'R', "ROAD", "SY", "", 0, NULL, 0 },
	{ 163270, "Saraqib", 35.86, 36.8, 'P', "PPL", "SY", "SY.07", 32000, NULL, 0 },
	{ 170654, "Damascus", 33.51, 36.29, 'P', "PPLC", "SY", "SY.13", 1569394, NULL, 0 },
	{ 9000000105, "Qal'at al-Madiq", 35.41, 36.39, 'P', "PPL", "SY", "SY.10", 0, NULL, 0 },
	{ 9000000106, "Ma'ardas", 35.2, 36.7, 'P', "PPL", "SY", "SY.10", 0, NULL, 0 },
	{ 163099, "Tall Rif'at", 36.47, 37.1, 'P', "PPL", "SY", "SY.09", 20000, NULL, 0 },
	{ 166365, "Manbij", 36.53, 37.95, 'P', "PPL", "SY", "SY.09", 100000, NULL, 0 },
	{ 170794, "Deir ez-Zor", 35.34, 40.14, 'P', "PPLA", "SY", "SY.05", 242565, NULL, 0 },
	{ 99237, "Iraq", 33.0, 44.0, 'A', "PCLI", "IQ", "", 0, NULL, 0 },
	{ 290030, "Doha", 25.29, 51.53, 'P', "PPLC", "QA", "", 0, NULL, 0 },
	{ 169304, "Khan Shaykhun", 35.44, 36.65, 'P', "PPL", "SY", "SY.07", 34000, NULL, 0 },
	{ 168668, "Soran", 35.29, 36.74, 'P', "PPL", "SY", "SY.10", 0, NULL, 0 },
	{ 173576, "Jisr ash-Shughur", 35.81, 36.32, 'P', "PPL", "SY", "SY.07", 44000, NULL, 0 },
	{ 168355, "Khan Arnabah", 33.18, 35.89, 'P', "PPL", "SY", "SY.11", 0, NULL, 0 },
	{ 9000000210, "Aleppo International Airport", 36.18, 37.22, 'S', "AIRP", "SY", "SY.09", 0, NULL, 0 },
	{ 9000000211, "Kuweires Military Airbase", 36.19, 37.58, 'S', "AIRB", "SY", "SY.09", 0, NULL, 0 },
	{ 9000000212, "Hatla", 35.36, 40.18, 'P', "PPL", "SY", "SY.07", 0, NULL, 0 },
	{ 9000000213, "Marrat", 35.38, 40.15, 'P', "PPL", "SY", "SY.07", 0, NULL, 0 },
	{ 9000000214, "Taybat al-Imam", 35.27, 36.71, 'P', "PPL", "SY", "SY.10", 0, NULL, 0 },
	{ 9000000215, "Hmeimim Air Base", 35.40, 35.95, 'S', "AIRB", "SY", "SY.02", 0, NULL, 0 },
	{ 9000000216, "Tartus", 34.89, 35.89, 'P', "PPLA", "SY", "SY.14", 0, NULL, 0 },
	{ 9000000217, "al-Tanf", 33.50, 38.62, 'S', "MILB", "SY", "SY.05", 0, NULL, 0 },
	{ 9000000218, "Mount Hermon", 33.42, 35.86, 'T', "MT", "SY", "SY.11", 0, NULL, 0 },
	{ 9000000219, "Maarat al-Numan", 35.65, 36.67, 'P', "PPLA2", "SY", "SY.12", 0, NULL, 0 },
	{ 9000000220, "Quneitra", 33.13, 35.82, 'P', "PPLA", "SY", "SY.11", 0, NULL, 0 },
	{ 9000000221, "Palmyra", 34.56, 38.28, 'P', "PPLA2", "SY", "SY.11", 0, NULL, 0 },
	{ 9000000222, "Sheikh Maqsoud", 36.23, 37.16, 'P', "PPLX", "SY", "SY.09", 0, NULL, 0 },
	{ 169341, "Izra", 32.86, 36.25, 'P', "PPL", "SY", "SY.04", 0, NULL, 0 },
	{ 9000000223, "Afrin", 36.51, 36.87, 'P', "PPLA2", "SY", "SY.09", 36562, NULL, 0 },
	{ 9000000224, "Raqqa", 35.95, 39.01, 'P', "PPLA", "SY", "SY.04", 177636, NULL, 0 },
};

/* Names as the texts write them -> place. */
static const struct {
	const char *name;
	int64_t id;
} names[] = {
	{ "Idlib province", 169388 }, { "Aleppo International Airport", 9000000210 }, { "Aleppo", 170063 }, { "Hama", 170017 }, { "Homs", 169577 }, { "Rastan", 163806 },
	{ "Talbiseh", 163345 }, { "Halfaya", 9000000101 }, { "Mahardah", 9000000102 },
	{ "al-Saqlabiyah", 9000000103 }, { "Salamiyah", 9000000104 }, { "Idlib", 169389 },
	{ "M5", 9000000201 }, { "Saraqib", 163270 }, { "Damascus", 170654 },
	{ "Qal'at al-Madiq", 9000000105 }, { "Ma'ardas", 9000000106 }, { "Tal Rifaat", 163099 },
	{ "Manbij", 166365 }, { "Deir ez-Zor", 170794 }, { "Iraq", 99237 }, { "Doha", 290030 },
	{ "Khan Sheikhoun", 169304 }, { "Soran", 168668 }, { "Jisr al-Shughur", 173576 },
	{ "Khan Arnabah", 168355 }, { "Kuweires", 9000000211 }, { "Hatla", 9000000212 }, { "Marrat", 9000000213 }, { "Taybat al-Imam", 9000000214 }, { "Hmeimim", 9000000215 },
	{ "Tartus", 9000000216 }, { "al-Tanf", 9000000217 }, { "Mount Hermon", 9000000218 }, { "Maarat al-Numan", 9000000219 }, { "Quneitra", 9000000220 }, { "Palmyra", 9000000221 }, { "Sheikh Maqsoud", 9000000222 }, { "Zorba", -1 }, { "Qal&#8217;at al-Madiq", 9000000105 }, { "Izra", 169341 },
	{ "Afrin", 9000000223 }, { "Raqqa", 9000000224 },
};

static const fl_place *place_by_id(int64_t id)
{
	for (size_t i = 0; i < sizeof places / sizeof places[0]; i++)
		if (places[i].id == id)
			return &places[i];
	return NULL;
}

static int cmp_mention(const void *x, const void *y)
{
	const fl_mention *a = x, *b = y;
	return a->start < b->start ? -1 : a->start > b->start;
}

/* Every whole-word occurrence of every name: what a geoparser would give. */
static void mentions_for(const fl_article *a, fl_mentions *m)
{
	for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
		size_t nl = strlen(names[k].name);
		const char *p = a->text;
		while ((p = strstr(p, names[k].name))) {
			size_t s = (size_t)(p - a->text);
			bool lb = s == 0 || !(p[-1] == '-' || (p[-1] >= 'A' && p[-1] <= 'z'));
			char nx = p[nl];
			bool rb = !(nx >= 'a' && nx <= 'z');
			bool taken = false;
			for (size_t q = 0; q < m->count; q++)
				taken |= s < m->items[q].end && s + nl > m->items[q].start;
			if (lb && rb && !taken) {
				ck_assert_int_eq(fl_grow((void **)&m->items, &m->cap, m->count, 1,
							 sizeof *m->items), FL_OK);
				m->items[m->count++] = (fl_mention){ s, s + nl,
								      names[k].id < 0 ? NULL : place_by_id(names[k].id),
								      names[k].id < 0 ? 0.2 : 0.9 };
			}
			p += nl;
		}
	}
	if (m->count > 1)
		qsort(m->items, m->count, sizeof *m->items, cmp_mention);
}

static fl_lexicon *lx;

static void setup(void)
{
	fl_error e;
	fl_error_clear(&e);
	char *dir = tu_src_path("assets");
	ck_assert_msg(fl_lexicon_load(dir, &lx, &e) == FL_OK, "%s", e.text);
	free(dir);
}

static void teardown(void)
{
	fl_lexicon_free(lx);
}

/* Parse text as published on pub (NULL: unknown) and extract its claims into cl;
 * the caller frees a, m.items and cl. */
static fl_article *extract_text(const char *text, const char *pub, fl_mentions *m, fl_claims *cl)
{
	fl_date d = FL_DATE_NONE;
	if (pub)
		ck_assert_int_eq(fl_date_parse(pub, &d), FL_OK);
	fl_article *a;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_article_parse("t.txt", text, strlen(text), d, &a, &e), FL_OK);
	mentions_for(a, m);
	ck_assert_msg(fl_extract(lx, NULL, a, m, cl, &e) == FL_OK, "%s", e.text);
	return a;
}

/* Claims of text, each as "place|side|event|status|date" in order. */
static char *run(const char *text, const char *pub)
{
	fl_mentions m = { 0 };
	fl_claims cl = { 0 };
	fl_article *a = extract_text(text, pub, &m, &cl);
	size_t cap = 64 + cl.count * 128;
	char *s = calloc(1, cap);
	for (size_t i = 0; i < cl.count; i++) {
		char buf[11];
		const fl_claim *c = &cl.items[i];
		ck_assert_str_eq(c->article, a->id);
		ck_assert(c->start < c->end && c->end <= a->len);
		ck_assert(c->confidence > 0 && c->confidence <= 1);
		snprintf(s + strlen(s), cap - strlen(s), "%s%s|%s|%s|%s|%s", i ? "; " : "", c->place,
			 c->side, c->event, c->status, fl_date_format(c->date, buf));
	}
	fl_claims_release(&cl);
	free(m.items);
	fl_article_free(a);
	return s;
}

static const struct {
	const char *text, *pub, *want;
} cases[] = {
	/* plain captures, dates relative to publication */
	{ "Opposition fighters led by HTS took control of Hama on Thursday evening after days of fighting.",
	  "2024-12-06", "Hama|opposition|capture|reported|2024-12-05" },
	{ "Rebels captured Aleppo on Nov. 30, a war monitor said, and pushed south.",
	  "2024-12-07", "Aleppo|opposition|capture|reported|2024-11-30" },
	/* passive with the agent after */
	{ "The city of Saraqib fell to the rebels yesterday, residents said.",
	  "2024-12-01", "Saraqib|opposition|capture|reported|2024-11-30" },
	/* a list gives one claim per place */
	{ "The Military Operations Command announced its control over the cities of Rastan and Talbiseh on Friday.",
	  "2024-12-06", "Ar Rastan|opposition|capture|reported|2024-12-06; Talbiseh|opposition|capture|reported|2024-12-06" },
	{ "The Syrian army liberated several areas after expelling terrorists, most notably Qal'at al-Madiq and the village of Ma'ardas in Hama.",
	  "2024-12-01", "Qal'at al-Madiq|government|capture|reported|2024-12-01; Ma'ardas|government|capture|reported|2024-12-01" },
	/* recapture by the government */
	{ "Syrian Army forces recaptured the town of Halfaya in the northern countryside, state media said.",
	  "2024-12-02", "Halfaya|government|capture|reported|2024-12-02" },
	/* denial: kept, marked denied */
	{ "Our correspondent said reports that armed groups have taken control of the village of Mahardah and the city of al-Saqlabiyah in the Hama countryside and that they are advancing toward Salamiyah are not true.",
	  "2024-12-01", "Mahardah|opposition|capture|denied|2024-12-01; Al-Suqaylabiyah|opposition|capture|denied|2024-12-01" },
	/* hedge */
	{ "Rebels reportedly entered Homs on Saturday.", "2024-12-08",
	  "Homs|opposition|capture|hedged|2024-12-07" },
	/* withdrawal gives the place to the other side */
	{ "Government forces withdrew from Hama on Thursday.", "2024-12-06",
	  "Hama|opposition|withdrawal|reported|2024-12-05" },
	{ "The SDF withdrew from Tal Rifaat on Monday as Turkish-backed factions advanced.", "2024-12-03",
	  "Tall Rif'at|sna|withdrawal|reported|2024-12-02" },
	/* repelled: the holder keeps it */
	{ "The army repelled an attack on Hama on Wednesday.", "2024-12-05",
	  "Hama|government|repelled|reported|2024-12-04" },
	/* repulses told with "drove back", "beat back", "pushed the attackers back from" */
	{ "On Wednesday the army drove back an attack on Soran and pushed the attackers back from Taybat al-Imam.",
	  "2024-12-05", "Soran|government|repelled|reported|2024-12-04; Taybat al-Imam|government|repelled|reported|2024-12-04" },
	{ "Syrian troops beat back a rebel assault on Hama on Wednesday.", "2024-12-05",
	  "Hama|government|repelled|reported|2024-12-04" },
	/* not control */
	{ "Rebels advanced toward Hama and reached the outskirts of Homs on Tuesday.", "2024-12-05", "" },
	{ "Armed factions entered the administrative borders of the city of Homs from the north on Friday.", "2024-12-06", "" },
	{ "Syrian and Russian warplanes targeted militant positions near Khan Sheikhoun and Saraqib.", "2024-12-01", "" },
	{ "Rebels seized several villages in the Hama countryside.", "2024-12-03", "" },
	/* diplomacy is not a claim */
	{ "The foreign ministers of Iraq and Turkey met in Doha on Saturday to discuss the war.", "2024-12-07", "" },
	/* roads: only a road can be cut */
	{ "On November 27, 2024, HTS fighters and their Turkish-backed allies struck west of Aleppo, leading to the blockade of the Damascus-Aleppo M5 highway.",
	  "2024-12-07", "M5 highway|opposition|road_cut|reported|2024-11-27" },
	/* full control of a province: the governorate and the places of it the article names */
	{ "Forces opposed to the regime took Saraqib on Sunday, followed by full control of the Idlib province.",
	  "2024-12-07", "Saraqib|opposition|capture|reported|2024-12-01; Idlib Governorate|opposition|capture|reported|2024-12-01" },
	/* losing control of a province is losing all of it; withdrawing into one is not */
	{ "Government forces have lost control of Idlib province, the monitor said on Saturday.",
	  "2024-12-07", "Idlib Governorate|opposition|withdrawal|reported|2024-12-07" },
	{ "The army withdrew from Saraqib into Idlib province on Friday.",
	  "2024-12-07", "Saraqib|opposition|withdrawal|reported|2024-12-06" },
	/* a faction channel's words: "X and Y are liberated", "is now entirely free of the
	 * Assad gangs" (the loser named), "is under the full control of our forces", a
	 * side's flag over a place */
	{ "Rebels entered Hama at dawn. Saraqib and Maarat al-Numan are liberated.", "2024-11-30",
	  "Hama|opposition|capture|reported|2024-11-30; Saraqib|opposition|capture|reported|2024-11-30; "
	  "Maarat al-Numan|opposition|capture|reported|2024-11-30" },
	{ "Rebels advanced on Saturday. Idlib is now entirely free of the Assad gangs.", "2024-11-30",
	  "Idlib|opposition|capture|reported|2024-11-30" },
	{ "The Military Operations Command announces that Aleppo International Airport is under the full control of the rebels.",
	  "2024-11-30", "Aleppo International Airport|opposition|capture|reported|2024-11-30" },
	{ "The rebels' flag now flies over Aleppo.", "2024-11-30", "Aleppo|opposition|capture|reported|2024-11-30" },
	/* a list before "followed" whose last place is right before it */
	{ "Rebels took Saraqib on Friday. Hama and Manbij followed a day later.", "2024-12-02",
	  "Saraqib|opposition|capture|reported|2024-11-29; Hama|opposition|capture|reported|2024-11-30; "
	  "Manbij|opposition|capture|reported|2024-11-30" },
	/* "under SDF/Asayish control": the name before the slash */
	{ "Sheikh Maqsoud remains under SDF/Asayish control.", "2024-12-02",
	  "Sheikh Maqsoud|sdf|held|reported|2024-12-02" },
	/* a place of a governorate taken whole, which the article has taken on a day of
	 * its own before, keeps that day alone */
	{ "Rebels now control all of Idlib province. Saraqib fell to the rebels on 29 Nov, and Jisr al-Shughur is quiet.",
	  "2024-12-02", "Idlib Governorate|opposition|capture|reported|2024-12-02; "
	  "Jisr ash-Shughur|opposition|capture|reported|2024-12-02; Saraqib|opposition|capture|reported|2024-11-29" },
	/* "failed to take X": the holder kept it (the one who failed loses nothing); a
	 * place "handed over" without its taker named goes as any passive capture */
	{ "Rebels failed to capture Mahardah on Tuesday.", "2024-12-06",
	  "Mahardah|government|repelled|reported|2024-12-03" },
	{ "Government forces failed to retake Hama on Friday.", "2024-12-07",
	  "Hama|opposition|repelled|reported|2024-12-06" },
	{ "Rebels took Hama on Thursday. Salamiyah was handed over on Friday after talks.", "2024-12-07",
	  "Hama|opposition|capture|reported|2024-12-05; Salamiyah|opposition|capture|reported|2024-12-06" },
	/* "withdrawn from X and from Y and Z": the list goes on past a repeated "from" */
	{ "The monitor said the army had withdrawn on Friday from Deir ez-Zor city and from Hatla and Marrat.", "2024-12-07",
	  "Deir ez-Zor|opposition|withdrawal|reported|2024-12-06; Hatla|opposition|withdrawal|reported|2024-12-06; "
	  "Marrat|opposition|withdrawal|reported|2024-12-06" },
	/* "X, which the US-backed Syrian Free Army took": the sponsor before the actor */
	{ "Fighters gathered along the desert road from Palmyra, which the US-backed Syrian Free Army took on Saturday.",
	  "2024-12-09", "Palmyra|opposition|capture|reported|2024-12-07" },
	/* a correction takes back the page's own earlier word; a denial alone does not */
	{ "Rebels captured Soran on Tuesday.\n\nCORRECTION to the earlier post: Soran was NOT captured. We apologize for the error.",
	  "2024-12-04", "Soran|opposition|capture|denied|2024-12-04" },
	{ "Rebels said they captured Soran on Tuesday.\n\nThe army said Soran was not captured.",
	  "2024-12-04", "Soran|opposition|capture|reported|2024-12-03; Soran|opposition|capture|denied|2024-12-04" },
	/* "X, north of the city, which ... took": past the locator to the name */
	{ "His cousins in Manbij, north of the city, which Turkish-backed factions took on Sunday, had left.",
	  "2024-12-09", "Manbij|sna|capture|reported|2024-12-08" },
	{ "Salamiyah, 30 km east of Hama, which the rebels took on Friday, is quiet.",
	  "2024-12-09", "Salamiyah|opposition|capture|reported|2024-12-06" },
	/* "HTS's offensive took X": the owner of the drive is the agent */
	{ "HTS's offensive took Hama on Thursday.", "2024-12-07", "Hama|opposition|capture|reported|2024-12-05" },
	/* "repelled an attack ... on military points on the outskirts of X": the gap runs
	 * to the longest until phrase a place follows */
	{ "Army units repelled an attack launched by terrorist groups on military points on the outskirts of Qal'at al-Madiq, a military source said.",
	  "2024-12-03", "Qal'at al-Madiq|government|repelled|reported|2024-12-03" },
	/* "the X axis north of Hama was foiled": X, not the point of reference */
	{ "A military source said an attempt by terrorist organizations to advance on the Soran axis north of Hama was foiled.",
	  "2024-12-03", "Soran|government|repelled|reported|2024-12-03" },
	/* "holding their lines around X", "held its ground in X": a hold */
	{ "On Monday government forces were holding their lines around Soran.", "2024-12-02",
	  "Soran|government|held|reported|2024-12-02" },
	/* a UN update's words: "local groups", "GoS forces" (no place), "was under the
	 * control of"; an ayn at a name's end ("Izra'") is no mark of its own */
	{ "The town of Soran was under the control of local groups on 7 December.", "2024-12-07",
	  "Soran|opposition|capture|reported|2024-12-07" },
	{ "In Hama, GoS forces reportedly withdrew from their positions on 7 December.", "2024-12-07",
	  "Hama|opposition|withdrawal|hedged|2024-12-07" },
	{ "Soran and the town of Izra' came under the control of armed groups on 6 December.", "2024-12-07",
	  "Soran|opposition|capture|reported|2024-12-06; Izra|opposition|capture|reported|2024-12-06" },
	/* "It is nearly 3am on Sunday" on a page of Saturday: that Sunday */
	{ "Rebels neared Homs. It is nearly 3am on Sunday and the factions took Homs.", "2024-12-07",
	  "Homs|opposition|capture|reported|2024-12-08" },
	/* a date in a relative clause closed before the verb is the clause's */
	{ "The SNA, which had launched its operation on 30 November, captured Tal Rifaat from the SDF.", "2024-12-02",
	  "Tall Rif'at|sna|capture|reported|2024-12-02" },
	/* "a string of villages, X and Y among them" */
	{ "Within a day rebels had overrun Base 46, the largest garrison in the west, and a string of villages, Soran and Halfaya among them.", "2024-11-29",
	  "Soran|opposition|capture|reported|2024-11-29; Halfaya|opposition|capture|reported|2024-11-29" },
	/* "the groups": the side named so before in the paragraph */
	{ "Rebel groups entered Damascus on Sunday. The groups had seized Hama on Dec. 5.", "2024-12-09",
	  "Damascus|opposition|capture|reported|2024-12-08; Hama|opposition|capture|reported|2024-12-05" },
	/* "cut the highway": the road named before */
	{ "Rebels reached the M5 on Thursday and cut the highway near Saraqib.", "2024-12-01",
	  "M5 highway|opposition|road_cut|reported|2024-11-28" },
	/* a base the gazetteer does not name is not the town it is at */
	{ "The source said the factions had not entered the Russian bases at Hmeimim and in Tartus.", "2024-12-09", "" },
	/* "its enemies": the opponent of the side "its" stands for */
	{ "The army's general command admitted that its enemies had entered Homs.", "2024-12-07",
	  "Homs|opposition|capture|reported|2024-12-07" },
	/* a page a year on: its yearless days after the publication, and its days
	 * relative to the story, are of the year before */
	{ "The offensive began on 27 November last year. On 1 December the rebels took Saraqib.", "2025-11-27",
	  "Saraqib|opposition|capture|reported|2024-12-01" },
	{ "Rebels reached Homs on 7 December last year. Homs fell to the rebels overnight.", "2025-11-27",
	  "Homs|opposition|capture|reported|2024-12-07" },
	{ "Rebels took Talbiseh on 6 December last year. On Saturday the army left Homs.", "2025-11-27",
	  "Talbiseh|opposition|capture|reported|2024-12-06; Homs|opposition|withdrawal|reported|2024-12-07" },
	/* told weeks after: "on the ninth" is of the month the story had reached */
	{ "The offensive began on 27 November 2024. Then Manbij fell to the SNA on the ninth.", "2025-01-21",
	  "Manbij|sna|capture|reported|2024-12-09" },
	{ "The Israelis took the Syrian side of Mount Hermon on Sunday.", "2024-12-09",
	  "Mount Hermon|other|capture|reported|2024-12-08" },
	/* "In X, <a verb with no place of its own>": X */
	{ "In Tartus, the factions entered on Sunday as well.", "2024-12-09",
	  "Tartus|opposition|capture|reported|2024-12-08" },
	{ "In Homs, rebels took Saraqib on Friday.", "2024-12-09", "Saraqib|opposition|capture|reported|2024-12-06" },
	{ "In Hama, the factions took the prison on Thursday as government forces left.", "2024-12-09", "" },
	/* "X became the Nth city to fall to ...": X */
	{ "Hama became the fourth provincial capital to slip from government control on Thursday.",
	  "2024-12-06", "Hama|opposition|capture|reported|2024-12-05" },
	{ "Homs became the third major city to fall to the rebels on Sunday.", "2024-12-08",
	  "Homs|opposition|capture|reported|2024-12-08" },
	/* going through a province in force takes its towns, not the province */
	{ "Rebels have swept through Idlib province, seizing Saraqib on Saturday.", "2024-12-01",
	  "Saraqib|opposition|capture|reported|2024-11-30" },
	/* the year after "the first time since" is when it was not so */
	{ "The monitor said Hama was out of government control for the first time since the conflict began in 2011.",
	  "2024-12-06", "Hama|opposition|capture|reported|2024-12-06" },
	/* "entered the suburbs of X": not X (as "the outskirts of X") */
	{ "Rebels entered the eastern suburbs of Damascus on Saturday, residents said.", "2024-12-08", "" },
	/* a name the gazetteer lacks as a list's last item leaves the list whole */
	{ "Sheikh Maqsoud, Ashrafiyah and Bani Zaid remain under SDF control.", "2024-12-02",
	  "Sheikh Maqsoud|sdf|held|reported|2024-12-02" },
	{ "Sheikh Maqsoud and Qubtan al-Jabal fell to the rebels on Thursday.", "2024-12-01",
	  "Sheikh Maqsoud|opposition|capture|reported|2024-11-28" },
	/* "left almost all of" a province: no taking of it by the ones who left */
	{ "The monitor said government troops had by Saturday evening left almost all of Idlib province.",
	  "2024-12-01", "" },
	/* SDF and SNA */
	{ "The SDF took control of Deir ez-Zor city on Friday after government forces left.", "2024-12-07",
	  "Deir ez-Zor|sdf|capture|reported|2024-12-06" },
	{ "Turkish-backed factions captured Manbij on December 9, 2024.", "2024-12-10",
	  "Manbij|sna|capture|reported|2024-12-09" },
	{ "Turkish-backed militias said on Sunday that they had captured the town of Tal Rifaat.", "2024-12-03",
	  "Tall Rif'at|sna|capture|hedged|2024-12-01" },
	/* an unknown name does not spoil the rest */
	{ "Rebels took Zorba and Saraqib on Sunday.", "2024-12-02", "Saraqib|opposition|capture|reported|2024-12-01" },
	/* the speaker's own forces */
	{ "A Syrian military source told SANA: Our forces regained control of Halfaya on Monday.", "2024-12-03",
	  "Halfaya|government|capture|reported|2024-12-02" },
	/* no publication date: relative dates stay unresolved, the claim stays */
	{ "Rebels took control of Hama on Thursday.", NULL, "Hama|opposition|capture|reported|" },
	/* government-aligned words for the opposition */
	{ "Terrorists stormed the town of Halfaya before dawn on Sunday.", "2024-12-02",
	  "Halfaya|opposition|capture|reported|2024-12-01" },
	/* passive and state phrasing */
	{ "Hama has fallen to the opposition, the Syrian Observatory said on Friday.", "2024-12-06",
	  "Hama|opposition|capture|reported|2024-12-06" },
	{ "Homs is now under the control of opposition fighters, residents said.", "2024-12-08",
	  "Homs|opposition|capture|reported|2024-12-08" },
	{ "Government forces lost control of Khan Sheikhoun on Sunday.", "2024-12-02",
	  "Khan Shaykhun|opposition|withdrawal|reported|2024-12-01" },
	{ "Syrian troops pulled out of Deir ez-Zor on Friday and the SDF moved in.", "2024-12-07",
	  "Deir ez-Zor|sdf|withdrawal|reported|2024-12-06; Deir ez-Zor|sdf|capture|reported|2024-12-06" },
	{ "The regime has retaken Halfaya, state media claimed.", "2024-12-02",
	  "Halfaya|government|capture|hedged|2024-12-02" },
	{ "HTS-led rebels captured the strategic town of Saraqib, at the junction of the M4 and M5 highways, on Saturday.",
	  "2024-11-30", "Saraqib|opposition|capture|reported|2024-11-30" },
	/* a relative clause: the place before "which" */
	{ "Fighting moved south toward Hama, which rebels captured on Thursday after the army withdrew.",
	  "2024-12-06", "Hama|opposition|capture|reported|2024-12-05" },
	/* something of a place is not the place */
	{ "Rebel factions captured Hama's airport and stormed the Aleppo central prison.", "2024-12-05", "" },
	/* an object between the verb and the place ("expelled ... from") */
	{ "Local fighters expelled regime officials and security forces from Homs on Saturday.", "2024-12-08",
	  "Homs|opposition|capture|reported|2024-12-07" },
	{ "Rebels drove the remaining government units out of Saraqib on Friday.", "2024-11-30",
	  "Saraqib|opposition|capture|reported|2024-11-29" },
	{ "The Syrian army expelled dozens of foreign journalists, a ministry said.", "2024-12-01", "" },
	{ "Army units foiled an attempt by terrorist groups to advance towards Salamiyah on Thursday.", "2024-12-06",
	  "Salamiyah|government|repelled|reported|2024-12-05" },
	/* "Fighters of the X": the named actor acts */
	{ "Fighters of the Syrian National Army entered Tal Rifaat on Sunday evening.", "2024-12-02",
	  "Tall Rif'at|sna|capture|reported|2024-12-01" },
	/* "it" and "the city": a place of an earlier sentence of the paragraph */
	{ "Khan Sheikhoun lies on the M5. The army retook it on Tuesday.", "2024-12-05",
	  "Khan Shaykhun|government|capture|reported|2024-12-03" },
	{ "Hama lies on the Orontes. Rebels said they now control most of the city.", "2024-12-05",
	  "Hama|opposition|capture|hedged|2024-12-05" },	/* their own word: "said they now" */
	{ "Rebels entered Homs. Troops abandoned it on Saturday.", "2024-12-08",
	  "Homs|opposition|capture|reported|2024-12-08; Homs|opposition|withdrawal|reported|2024-12-07" },
	/* a second, older claim in a relative clause after an apposition */
	{ "Rebels swept into Saraqib, the town on the M5 that government forces retook on Monday.", "2024-12-06",
	  "Saraqib|opposition|capture|reported|2024-12-06; Saraqib|government|capture|reported|2024-12-02" },
	/* passive voice, the subject before a phrase set off by commas */
	{ "Saraqib, the town where the M4 meets the M5, was wrested from government forces on 30 November.",
	  "2024-12-11", "Saraqib|opposition|capture|reported|2024-11-30" },
	{ "Hama itself was, in effect, handed over to the factions on 5 December.", "2024-12-11",
	  "Hama|opposition|capture|reported|2024-12-05" },
	/* "the next day" counts from the story's day, not the publication day */
	{ "Rebels took Saraqib on 30 November. Khan Sheikhoun was abandoned by its garrison the next day.",
	  "2024-12-11", "Saraqib|opposition|capture|reported|2024-11-30; "
	  "Khan Shaykhun|opposition|withdrawal|reported|2024-12-01" },
	{ "Rebels entered Hama on December 5. Two days later they took Homs.", "2024-12-12",
	  "Hama|opposition|capture|reported|2024-12-05; Homs|opposition|capture|reported|2024-12-07" },
	/* a day after a group of places in a list is the whole group's */
	{ "The insurgents captured Halfaya and Mahardah on Tuesday, then Soran and Ma'ardas the following day.",
	  "2024-12-05", "Halfaya|opposition|capture|reported|2024-12-03; Mahardah|opposition|capture|reported|2024-12-03; "
	  "Soran|opposition|capture|reported|2024-12-04; Ma'ardas|opposition|capture|reported|2024-12-04" },
	/* an aside set off by commas after "and" goes on to the list's next places, and
	 * its day is theirs alone */
	{ "On Saturday the rebels took Saraqib and, on Sunday, Khan Sheikhoun.", "2024-12-06",
	  "Saraqib|opposition|capture|reported|2024-11-30; Khan Shaykhun|opposition|capture|reported|2024-12-01" },
	{ "On 30 November the rebels took Saraqib and Maarat al-Numan and, by nightfall, Khan Sheikhoun.",
	  "2024-12-06", "Saraqib|opposition|capture|reported|2024-11-30; "
	  "Maarat al-Numan|opposition|capture|reported|2024-11-30; Khan Shaykhun|opposition|capture|reported|2024-11-30" },
	/* a list set off before "among them" after the verb's own place */
	{ "On Tuesday the rebels took Halfaya, a town north of Hama, and a string of villages, Soran and Taybat al-Imam among them.",
	  "2024-12-04", "Halfaya|opposition|capture|reported|2024-12-03; Soran|opposition|capture|reported|2024-12-03; "
	  "Taybat al-Imam|opposition|capture|reported|2024-12-03" },
	/* an actor's last word after "the" names it later: "the Command" */
	{ "The Military Operations Command now holds Aleppo.\n\nRegime units that withdrew from Saraqib fell back south towards Hama.\n\n"
	  "On Saturday the Command said its fighters had taken control of Halfaya.",
	  "2024-12-01", "Aleppo|opposition|held|reported|2024-12-01; Saraqib|opposition|withdrawal|reported|2024-12-01; "
	  "Halfaya|opposition|capture|hedged|2024-11-30" },
	{ "Army units secured Ma'ardas on Sunday.", "2024-12-02", "Ma'ardas|government|capture|reported|2024-12-01" },
	/* a province lost: all of it; not "lost its last positions in" it */
	{ "The regime has lost all of Idlib province.", "2024-11-30", "Idlib Governorate|opposition|withdrawal|reported|2024-11-30" },
	{ "The week saw the regime lose its last positions in Idlib province.", "2024-11-30", "" },
	/* an infobox's places with no day of their own give way to the timeline's days
	 * below (not the day after the semicolon, nor the page's) */
	{ "Hama offensive (2024)\nResult: Syrian opposition victory\n"
	  "Territorial changes: Opposition captures Hama and Halfaya; Rastan and Talbiseh taken on 6 December\n"
	  "Belligerents: Military Operations Command | Syrian Arab Republic\n\nTimeline\n\n"
	  "On 3 December rebels took Halfaya. On 5 December rebels entered Hama.",
	  "2025-01-14", "Halfaya|opposition|capture|reported|2024-12-03; Hama|opposition|capture|reported|2024-12-05" },
	{ "Rebels have captured Hama, Syria's fourth city. The fighters entered Hama on Thursday after days of fighting.",
	  "2024-12-07", "Hama|opposition|capture|reported|2024-12-05" },
	/* ... but not when another side had it between: a change of its own */
	{ "Rebels have captured Halfaya, a town north of Hama. Rebels first entered Halfaya on Sunday, and the army retook the town on Monday.",
	  "2024-12-04", "Halfaya|opposition|capture|reported|2024-12-04; Halfaya|opposition|capture|reported|2024-12-01; "
	  "Halfaya|government|capture|reported|2024-12-02" },
	/* "stunned the Assad government by seizing X": the object before "by" is not
	 * the one seizing */
	{ "The coalition of insurgents led by HTS stunned the Assad government by seizing most of Aleppo last weekend.",
	  "2024-12-05", "Aleppo|opposition|capture|reported|2024-11-30" },
	/* places set off after "including" before a verb of change */
	{ "Several villages north of Hama, including Halfaya and Soran, were retaken by the army on Monday.",
	  "2024-12-03", "Halfaya|government|capture|reported|2024-12-02; Soran|government|capture|reported|2024-12-02" },
	/* a retaking with nobody named, in the word of a source with a side */
	{ "Rebels advanced on Hama. Halfaya had been retaken on Monday, SANA said.", "2024-12-03",
	  "Halfaya|government|capture|reported|2024-12-02" },
	/* "less than 48 hours after the factions captured it on Sunday": Sunday is the
	 * capture's, not the retaking's */
	{ "Regime forces regained control of the town of Halfaya, less than 48 hours after the factions captured it on Sunday.",
	  "2024-12-03", "Halfaya|government|capture|reported|2024-12-03; Halfaya|opposition|capture|reported|2024-12-01" },
	/* a page that counts the offensive's days from its first ("on day two"; a weekday
	 * right after one is that day, not the last before the page) */
	{ "The rebels set out on 27 November. On day two they cut the M5. By day four, rebels had taken Saraqib. "
	  "On day five, Sunday, the SNA took Tal Rifaat.",
	  "2024-12-09", "M5 highway|opposition|road_cut|reported|2024-11-28; Saraqib|opposition|capture|reported|2024-11-30; "
	  "Tall Rif'at|sna|capture|reported|2024-12-01" },
	/* ... not "the day two towns fell" */
	{ "The rebels set out on 27 November. On day two they cut the M5. By day four they had taken Saraqib. "
	  "On the day two towns fell, rebels entered Hama.", "2024-12-09",
	  "M5 highway|opposition|road_cut|reported|2024-11-28; Saraqib|opposition|capture|reported|2024-11-30; "
	  "Hama|opposition|capture|reported|2024-11-30" },
	/* "the attackers failed to take X" after the army's own clause: the army kept it */
	{ "On Wednesday the army hit back with heavy air support, and the attackers failed to take Soran.",
	  "2024-12-05", "Soran|government|repelled|reported|2024-12-04" },
	/* "them" after "seven villages in Idlib Province" is no list: "Province" is no
	 * name of its own */
	{ "Seven villages in Idlib Province remain contested. The rebels announced they had taken them.", "2024-12-05", "" },
	/* ... and "Deir ez-Zor city and Manbij" is a list for "them" */
	{ "The SDF took over Deir ez-Zor city and Manbij on Friday, after regime forces withdrew from them.", "2024-12-08",
	  "Deir ez-Zor|sdf|capture|reported|2024-12-06; Manbij|sdf|capture|reported|2024-12-06; "
	  "Deir ez-Zor|sdf|withdrawal|reported|2024-12-06; Manbij|sdf|withdrawal|reported|2024-12-06" },
	/* a change nobody is named for, of places the sentences just before had one side
	 * taking, is that taking told again (not the side with the article's most gains) */
	{ "The army retook Mahardah on Sunday. The army retook Salamiyah on Monday. The rebels said they had taken "
	  "Halfaya and Soran. The Observatory said the two towns had changed hands.",
	  "2024-12-03", "Mahardah|government|capture|reported|2024-12-01; Salamiyah|government|capture|reported|2024-12-02; "
	  "Halfaya|opposition|capture|hedged|2024-12-02; "
	  "Soran|opposition|capture|hedged|2024-12-02; Halfaya|opposition|capture|reported|2024-12-02; "
	  "Soran|opposition|capture|reported|2024-12-02" },
	/* "rebel sources said that they had": the rebels, not the army named first */
	{ "The army said it had secured Halfaya, but rebel sources said on Monday that they had recaptured "
	  "Qal'at al-Madiq.",
	  "2024-12-03", "Halfaya|government|capture|hedged|2024-12-02; Qal'at al-Madiq|opposition|capture|hedged|2024-12-02" },
	/* the ends of a road are no places taken */
	{ "State media said the army retook villages on the Mahardah-Salamiyah road.", "2024-12-03", "" },
	/* "the southern countryside of Idlib" is a side of the province, not all of it */
	{ "In August 2019 regime forces took Khan Sheikhoun, bringing the whole southern countryside of Idlib under "
	  "their control.",
	  "2024-12-04", "Khan Shaykhun|government|capture|reported|2019-08-01" },
	/* "people from Afrin ... occupied the city": where people come from may be "the
	 * city"; and ", and who have spent ... villages of Manbij" is no list */
	{ "Centres have opened in Raqqa. Most of the displaced are people from Afrin who were forced out when "
	  "the Turkish army occupied the city in March 2018, and who have spent six years in the camps and villages of "
	  "Manbij.",
	  "2024-12-02", "Afrin|other|capture|reported|2018-03-01" },
	/* "under the factions' control", "in the regime's hands"; and a town "on the M5"
	 * before the verb is the subject, the road only where it is */
	{ "Further north, the town of Saraqib on the M5 highway has been under the factions' control since Saturday.\n\n"
	  "Soran remained in the regime's hands.",
	  "2024-12-04", "Saraqib|opposition|capture|reported|2024-11-30; Soran|government|held|reported|2024-12-04" },
	/* the subject before a phrase set off by commas, whatever commas or stops of a
	 * number or an abbreviation stand inside the phrase */
	{ "Rebels entered Rastan on Friday. By the morning, Talbiseh, a town of roughly 40,000 a few miles farther "
	  "south, had also fallen.", "2024-12-07",
	  "Ar Rastan|opposition|capture|reported|2024-12-06; Talbiseh|opposition|capture|reported|2024-12-06" },
	{ "Hama, where protests against Mr. Assad were crushed in 1982, was in the hands of the rebels by Friday "
	  "morning.", "2024-12-07", "Hama|opposition|capture|reported|2024-12-06" },
	/* "the city" is neither the capital standing for its government ("Damascus's
	 * grip") nor a place to measure from ("to Homs's north") */
	{ "Hama, the city to Homs's north, was slipping from Damascus's grip as well. Local fighters said on Saturday "
	  "that they controlled the city.", "2024-12-07", "Hama|opposition|capture|reported|2024-12-07" },
	/* forces "back in" a place: they retook it */
	{ "By this morning regime forces were back in Halfaya, less than 48 hours after the factions had seized the "
	  "town on Sunday.", "2024-12-03",
	  "Halfaya|government|capture|reported|2024-12-03; Halfaya|opposition|capture|reported|2024-12-01" },
	/* "the attackers" in a side's own word are its enemy; not in a source's */
	{ "The army's General Command admitted on Saturday that the attackers had entered large parts of Aleppo.",
	  "2024-12-01", "Aleppo|opposition|capture|reported|2024-11-30" },
	/* a counterfactual opening on "Had" claims nothing, and its subject is not the
	 * paragraph's; "walked out of" is a withdrawal */
	{ "Had the army held Hama - had it kept the hills north of the city for another fortnight, as it did in "
	  "2017 - the rebels would have faced a winter on the plain. It did not hold. Hama fell last Thursday.",
	  "2024-12-09", "Hama|opposition|capture|reported|2024-12-05" },
	{ "Instead the army walked out of Homs in the early hours of Sunday.", "2024-12-09",
	  "Homs|opposition|withdrawal|reported|2024-12-08" },
	/* "the same factions", "those factions": the side last named with the noun */
	{ "On Sunday, Turkish-backed factions took Tal Rifaat, the Observatory said. The same factions also captured "
	  "the Kuweires military airbase east of Aleppo.", "2024-12-02",
	  "Tall Rif'at|sna|capture|reported|2024-12-01; Kuweires Military Airbase|sna|capture|reported|2024-12-01" },
	/* "completed their grip on X province": all of it */
	{ "The rebels completed their grip on Idlib province on Saturday, when fighters took Saraqib.", "2024-12-02",
	  "Idlib Governorate|opposition|capture|reported|2024-11-30; Saraqib|opposition|capture|reported|2024-11-30" },
	/* "Having taken X, in an offensive ..., the rebels ...": the main clause's subject,
	 * past a phrase set off by commas */
	{ "Having taken Aleppo at the weekend, in an offensive that began only eight days ago, the rebels now hold "
	  "two of the country's largest cities.", "2024-12-05", "Aleppo|opposition|capture|reported|2024-11-30" },
	/* the places set off by dashes before the verb, after a subject that names none */
	{ "Three of the towns taken - Halfaya, Taybat al-Imam and Soran - had been declared back under army control "
	  "by state media on 1 December.", "2024-12-04",
	  "Halfaya|government|capture|reported|2024-12-01; Taybat al-Imam|government|capture|reported|2024-12-01; "
	  "Soran|government|capture|reported|2024-12-01" },
	/* a name the gazetteer lacks ends the list before the verb's auxiliaries; "the
	 * town" is the place of the verb's own clause */
	{ "The source said Halfaya and Jobas were back under army control after combing operations, while units "
	  "on the Saraqib axis had beaten back repeated attempts by terrorist groups to push into the town.",
	  "2024-11-29", "Halfaya|government|capture|reported|2024-11-29; Saraqib|government|repelled|reported|2024-11-29" },
	/* "now hold" is a hold on the day of writing, not the paragraph's day; "the entire
	 * belt of towns north of the city:" opens a list */
	{ "Opposition forces crossed into Hama province on November 30. They now hold the entire belt of towns north "
	  "of the city: Soran and Halfaya.", "2024-12-05",
	  "Soran|opposition|held|reported|2024-12-05; Halfaya|opposition|held|reported|2024-12-05" },
	/* "passed into SDF hands", "fell into rebel hands" */
	{ "Hatla and Marrat passed fully into SDF hands on 6 December. Soran fell into rebel hands on Friday.",
	  "2024-12-10", "Hatla|sdf|capture|reported|2024-12-06; Marrat|sdf|capture|reported|2024-12-06; "
	  "Soran|opposition|capture|reported|2024-12-06" },
	/* "now control X" is the day of writing's, whatever day another clause gives */
	{ "Hayat Tahrir al-Sham and allied factions now control most of Aleppo, and they have held the airport since "
	  "Saturday.", "2024-12-02", "Aleppo|opposition|capture|reported|2024-12-02" },
	/* "this town" is the place named before, as "the town" is */
	{ "I'm in Talbiseh, about ten kilometres up the highway from Homs. The rebels took this town yesterday "
	  "morning.", "2024-12-07", "Talbiseh|opposition|capture|reported|2024-12-06" },
	/* "stopped the insurgents from ...": the actor after "stopped" is its object, not
	 * the subject of the verb after it */
	{ "Army units in northern Hama stopped the insurgents from breaking through and took back Soran.",
	  "2024-12-01", "Soran|government|capture|reported|2024-12-01" },
	/* "sources close to the rebels said": a partisan's word, hedged */
	{ "Sources close to the rebels said Salamiyah had fallen on Friday.", "2024-12-07",
	  "Salamiyah|opposition|capture|hedged|2024-12-06" },
	/* "a military source says that is false": the sentence before is denied */
	{ "Some accounts close to the rebels said Salamiyah had fallen. A military source quoted by state media says "
	  "that is false and that troops remain in Salamiyah.", "2024-12-07",
	  "Salamiyah|opposition|capture|denied|2024-12-07; Salamiyah|government|held|reported|2024-12-07" },
	/* a repulse with nobody named before it: the attacker's enemy holds the place */
	{ "Units had beaten back repeated attempts by terrorist groups to push into Saraqib.", "2024-11-29",
	  "Saraqib|government|repelled|reported|2024-11-29" },
	/* "Turkish forces and allied factions": Turkey's Syrian allies, the SNA, not the
	 * opposition of "factions" alone */
	{ "Turkish forces and allied factions seized Afrin in March 2018, and the Turkish army and its Syrian proxies "
	  "took Tal Rifaat on December 1st.", "2024-12-10",
	  "Afrin|sna|capture|reported|2018-03-01; Tall Rif'at|sna|capture|reported|2024-12-01" },
	/* English of those who learnt it late, as channels and regional sites write it:
	 * "withdrawed from", "took the control on", "under control of", "out of the regime
	 * control"; a date before "its checkpoints in" keeps the list whole */
	{ "The army withdrawed from Soran on Friday. The factions took the control on Halfaya yesterday.", "2024-12-07",
	  "Soran|opposition|withdrawal|reported|2024-12-06; Halfaya|opposition|capture|reported|2024-12-06" },
	{ "Salamiyah is under control of the factions since yesterday.\n\nHama city is out of the regime control "
	  "completely.", "2024-12-07",
	  "Salamiyah|opposition|capture|reported|2024-12-06; Hama|opposition|capture|reported|2024-12-07" },
	{ "Regime army evacuated yesterday its checkpoints in Halfaya, Soran and Mahardah.", "2024-12-07",
	  "Halfaya|opposition|withdrawal|reported|2024-12-06; Soran|opposition|withdrawal|reported|2024-12-06; "
	  "Mahardah|opposition|withdrawal|reported|2024-12-06" },
	/* "by the fighters of the SDF": the side the members belong to, not the word for
	 * the rebels; "the factions of the so-called "Syrian National Army"" names the
	 * factions the paragraph's "the factions" are */
	{ "Tal Rifaat was liberated by the fighters of the SDF from the armed factions in February 2016.", "2024-12-02",
	  "Tall Rif'at|sdf|capture|reported|2016-02-01" },
	{ "The factions of the so-called \"Syrian National Army\" took Tal Rifaat on Sunday. Turkish media claimed the "
	  "factions had also seized Manbij.", "2024-12-02",
	  "Tall Rif'at|sna|capture|reported|2024-12-01; Manbij|sna|capture|hedged|2024-12-01" },
	/* "freed" a place as "liberated"; the day of a participle's phrase after the
	 * subject ("launched on Nov. 30") is not the verb's */
	{ "Earlier this week our revolutionaries freed Halfaya and Soran.", "2024-12-05",
	  "Halfaya|opposition|capture|reported|2024-12-02; Soran|opposition|capture|reported|2024-12-02" },
	{ "Operation Dawn of Freedom, launched on Nov. 30, has taken Manbij from the SDF, the SNA said.", "2024-12-09",
	  "Manbij|sna|capture|reported|2024-12-09" },
	/* "broke through army lines, overrunning X": a side named before its lines is no
	 * agent; "the sprawling military complex known as X" is a list's item */
	{ "On Wednesday the rebels broke through army lines west of Aleppo, overrunning Soran, Halfaya and the "
	  "sprawling military complex known as Kuweires.", "2024-11-30",
	  "Soran|opposition|capture|reported|2024-11-27; Halfaya|opposition|capture|reported|2024-11-27; "
	  "Kuweires Military Airbase|opposition|capture|reported|2024-11-27" },
	/* a paragraph's "they" after a sentence that named sides only as a holder ("in
	 * government hands") and in a phrase of time ("since the army's campaign") is the
	 * subject before them */
	{ "On Wednesday the rebels overran Soran. The villages around it had been in government hands since the "
	  "army's campaign of early 2020.\n\nBy Thursday they had cut the M5 highway.", "2024-11-30",
	  "Soran|opposition|capture|reported|2024-11-27; M5 highway|opposition|road_cut|reported|2024-11-28" },
	/* "had broken into" as "broke into", here denied */
	{ "The ministry denied reports that terrorist groups had broken into the city of Hama.", "2024-12-04",
	  "Hama|opposition|capture|denied|2024-12-04" },
	/* "the city" is not a place named in a relative clause that ends the sentence
	 * before ("the same banner under which it took X"), if one before fits, even
	 * across a paragraph */
	{ "The SNA announced its assault on Manbij on Friday, the same banner under which it took Tal Rifaat on 1 "
	  "December. By Monday, the SNA had entered the city.", "2024-12-10",
	  "Tall Rif'at|sna|capture|reported|2024-12-01; Manbij|sna|capture|reported|2024-12-09" },
	{ "The SNA announced its assault on Manbij on Friday, the same banner under which it took Tal Rifaat on 1 "
	  "December.\n\nBy Monday, the SNA had entered the city.", "2024-12-10",
	  "Tall Rif'at|sna|capture|reported|2024-12-01; Manbij|sna|capture|reported|2024-12-09" },
	/* "Fighters of the group's Deir ez-Zor Military Council": the men are not "the
	 * group", so "the group" later is no word for the rebels that "fighters" is, but
	 * the SDF named as the paragraph's subject */
	{ "The SDF moved into Deir ez-Zor on 6 December. Fighters of the group's Deir ez-Zor Military Council were "
	  "filmed freeing prisoners. The group still holds Raqqa.", "2024-12-13",
	  "Deir ez-Zor|sdf|capture|reported|2024-12-06; Raqqa|sdf|held|reported|2024-12-13" },
	/* "the command" is the body whose name ends so, named before; "its fighters" after
	 * it are its own */
	{ "On Tuesday the Military Operations Command declared Raqqa liberated. SDF units had pulled back to villages "
	  "outside the city. By then the command had also said that its fighters controlled Palmyra.", "2024-12-13",
	  "Raqqa|opposition|capture|reported|2024-12-10; Palmyra|opposition|capture|reported|2024-12-10" },
	/* "an operation to seize X" is an intention; "factions backed by Turkey" are the
	 * SNA; "the former" is the first of the two places named before; "fell first, to
	 * the SNA", "fell on Monday to the SNA": the side after "to" took it */
	{ "The SNA said it was launching an operation to seize Manbij. Syrian factions backed by Turkey took control "
	  "of Afrin in 2018.", "2024-12-09", "Afrin|sna|capture|reported|2018-01-01" },
	{ "Two enclaves lay west of the river: Tal Rifaat, north of Aleppo, and Manbij. The former fell first, to the "
	  "SNA. Manbij fell on Monday to the SNA.", "2024-12-10",
	  "Tall Rif'at|sna|capture|reported|2024-12-10; Manbij|sna|capture|reported|2024-12-09" },
	/* "in the early hours of Sunday", "on the night of Friday": the day of a list's item */
	{ "The rebels took control of Aleppo on Nov. 30, Hama on Dec. 5 and Homs in the early hours of Sunday.",
	  "2024-12-09", "Aleppo|opposition|capture|reported|2024-11-30; Hama|opposition|capture|reported|2024-12-05; "
	  "Homs|opposition|capture|reported|2024-12-08" },
	{ "The rebels took Soran on Tuesday and Halfaya on the night of Wednesday.", "2024-12-06",
	  "Soran|opposition|capture|reported|2024-12-03; Halfaya|opposition|capture|reported|2024-12-04" },
	/* "took over the security zones in the city of X and in Y": the state's seat in a
	 * town stands for the town, and "and in" goes on with the list */
	{ "The SDF took over the government-held security zones in the city of Tal Rifaat and in the provincial capital "
	  "Raqqa on Saturday.", "2024-12-09",
	  "Tall Rif'at|sdf|capture|reported|2024-12-07; Raqqa|sdf|capture|reported|2024-12-07" },
	/* "the towns of X and Y in the northern countryside of Z, which the SDF entered": the
	 * list before "which", past the region that locates it */
	{ "Among them are the towns of Soran and Halfaya in the northern countryside of Hama, which the SDF entered on "
	  "Saturday.", "2024-12-01", "Soran|sdf|capture|reported|2024-11-30; Halfaya|sdf|capture|reported|2024-11-30" },
	/* "redeployed and positioned outside X": the army's word for leaving X */
	{ "The army said its units had been redeployed and positioned outside the city of Hama.", "2024-12-06",
	  "Hama|opposition|withdrawal|reported|2024-12-06" },
	/* "the two neighbourhoods": the list before, here of one place the gazetteer knows
	 * and one it lacks */
	{ "Rumours spread about the Kurdish neighbourhoods Sheikh Maqsoud and Ashrafiyeh. The two neighbourhoods are "
	  "still under the protection of the Asayish.", "2024-12-02", "Sheikh Maqsoud|sdf|held|reported|2024-12-02" },
	/* a day a relative clause gives as the start of a span ("the group that has led the
	 * offensive since 27 November") is no day the story reached */
	{ "Before dawn HTS, the group that has led the offensive since 27 November, said its fighters were in the "
	  "streets. The army withdrew from Homs.", "2024-12-08", "Homs|opposition|withdrawal|reported|2024-12-08" },
	/* one man's arrival is no capture; "which the Observatory says they captured": past
	 * the one who says it; "X north of Y, which": X, past the point of reference */
	{ "Rebels took Soran on Friday. State media said the army's chief of staff had arrived in Hama.", "2024-12-01",
	  "Soran|opposition|capture|reported|2024-11-29" },
	{ "Fighters walked across Kuweires, which the Observatory says they captured on Saturday.", "2024-12-01",
	  "Kuweires Military Airbase|opposition|capture|reported|2024-11-30" },
	{ "Families fled Tal Rifaat north of Aleppo, which the SNA seized on Sunday.", "2024-12-03",
	  "Tall Rif'at|sna|capture|reported|2024-12-01" },
	/* "the Defence Ministry in Damascus said ... X and Y. The former": the seat of
	 * those who speak is none of the two */
	{ "The Defence Ministry in Damascus said its troops had secured Salamiyah and Soran. The former is still in "
	  "government hands.", "2024-12-03",
	  "Salamiyah|government|capture|hedged|2024-12-03; Soran|government|capture|hedged|2024-12-03; "
	  "Salamiyah|government|held|reported|2024-12-03" },
	/* "So did X", "So too did X on Saturday": the last claim of the sentence before,
	 * of these places, on their own day if they give one */
	{ "Rebels took Hama on Thursday. So did the nearby town of Soran.", "2024-12-07",
	  "Hama|opposition|capture|reported|2024-12-05; Soran|opposition|capture|reported|2024-12-05" },
	{ "Rebels took Rastan on Friday. So too did Talbiseh on Saturday.", "2024-12-08",
	  "Ar Rastan|opposition|capture|reported|2024-12-06; Talbiseh|opposition|capture|reported|2024-12-07" },
	/* "both were in rebel hands": "both", past the verb's auxiliaries, is the list named
	 * before, not the ends of a stretch ("the road between Hama and Homs") */
	{ "Early on Friday its fighters entered Rastan and Talbiseh, two towns that sit on the road between Hama and "
	  "Homs. A monitor said both were in rebel hands by the morning.", "2024-12-07",
	  "Ar Rastan|opposition|capture|reported|2024-12-06; Talbiseh|opposition|capture|reported|2024-12-06; "
	  "Ar Rastan|opposition|capture|reported|2024-12-06; Talbiseh|opposition|capture|reported|2024-12-06" },
	/* "By evening it had fallen", "On Saturday the town was in their hands": "it" and
	 * "the town" after a phrase of time that opens the sentence */
	{ "Rebels reached Soran on Friday. By evening it had fallen.", "2024-12-08",
	  "Soran|opposition|capture|reported|2024-12-06" },
	{ "Rebels reached Halfaya on Friday. On Saturday the town was in their hands.", "2024-12-08",
	  "Halfaya|opposition|capture|reported|2024-12-07" },
	/* "they", the subject of a verb only places do, is the list named before; not of
	 * "they were repelled" */
	{ "Rebels attacked Rastan and Talbiseh on Friday. By evening they had fallen.", "2024-12-08",
	  "Ar Rastan|opposition|capture|reported|2024-12-06; Talbiseh|opposition|capture|reported|2024-12-06" },
	{ "Rebels attacked Rastan and Talbiseh on Friday. They were repelled.", "2024-12-08", "" },
	/* "the group", said of no one before, is the side the paragraph named as a subject */
	{ "HTS attacked Hama on Wednesday. The group entered the city on Thursday.", "2024-12-08",
	  "Hama|opposition|capture|reported|2024-12-05" },
	/* ... or the paragraph before named, on a paragraph's first sentence (wire copy
	 * runs a sentence a paragraph); not "the terrorist group" */
	{ "HTS attacked Hama on Wednesday.\n\nThe group entered the city on Thursday, residents said.", "2024-12-08",
	  "Hama|opposition|capture|reported|2024-12-05" },
	/* "the loss of X to Y": Y holds it */
	{ "The loss of Tal Rifaat to the SNA on Sunday hurt the SDF.", "2024-12-06",
	  "Tall Rif'at|sna|withdrawal|reported|2024-12-01" },
	/* "our forces" on a page whose header names a side by its enemies' word ("Assad's
	 * army", "terrorists") are that side's enemy's */
	{ "Horriyah TV - Assad's army admits losing Hama\n\nLate on Wednesday our forces took Soran, north of the city.",
	  "2024-12-05", "Soran|opposition|capture|reported|2024-12-04" },
	{ "Army units hunt terrorists north of Hama\n\nOn Wednesday our forces recaptured Soran, north of the city.",
	  "2024-12-05", "Soran|government|capture|reported|2024-12-04" },
	/* a clause of places and a day after ";" says the same as the claim before it, of
	 * the side it names first if it names one ("the SDF, for its part, X") */
	{ "The SNA took Tal Rifaat on December 1st; the SDF, for its part, Deir ez-Zor five days later, "
	  "the day rebels entered Palmyra.", "2024-12-10",
	  "Tall Rif'at|sna|capture|reported|2024-12-01; Palmyra|opposition|capture|reported|2024-12-06; "
	  "Deir ez-Zor|sdf|capture|reported|2024-12-06" },
	/* "neither X nor Y" denies what is said of both; "both" alone, right before a verb
	 * of holding, is the two places named before it */
	{ "Rebels took Halfaya on Tuesday. In the Ghab plain, neither Mahardah nor al-Saqlabiyah has changed hands; "
	  "both remain under regime control.", "2024-12-03",
	  "Halfaya|opposition|capture|reported|2024-12-03; Mahardah|opposition|capture|denied|2024-12-03; "
	  "Al-Suqaylabiyah|opposition|capture|denied|2024-12-03; Mahardah|government|held|reported|2024-12-03; "
	  "Al-Suqaylabiyah|government|held|reported|2024-12-03" },
	{ "Monitors could establish neither that the SDF holds Hatla and Marrat nor that it has left them.", "2024-12-03",
	  "Hatla|sdf|held|denied|2024-12-03; Marrat|sdf|held|denied|2024-12-03; "
	  "Hatla|government|withdrawal|denied|2024-12-03; Marrat|government|withdrawal|denied|2024-12-03" },
	/* a side's statements listing places "as liberated" take them; a list of losses
	 * takes nothing */
	{ "The Military Operations Command's statements listed Halfaya and Soran as liberated.", "2024-12-04",
	  "Halfaya|opposition|capture|reported|2024-12-04; Soran|opposition|capture|reported|2024-12-04" },
	{ "The rebels' statements listed Halfaya and Soran as liberated.", "2024-12-04",
	  "Halfaya|opposition|capture|reported|2024-12-04; Soran|opposition|capture|reported|2024-12-04" },
	{ "The army listed its losses in Halfaya and Soran.", "2024-12-04", "" },
	/* a UN report's "under NSAG control" */
	{ "On 1 December, Khan Sheikhoun was also reported to be under NSAG control.", "2024-12-03",
	  "Khan Shaykhun|opposition|capture|hedged|2024-12-01" },
	/* "the mountain" after the verb: the height named before */
	{ "Fierce clashes went on around Mount Hermon on Sunday. The army said the rebels had failed to take the "
	  "mountain.", "2024-12-09", "Mount Hermon|government|repelled|reported|2024-12-08" },
	/* "GoS denies rumours that X had fallen": the fall denied is the state's enemy's,
	 * whoever has been taking places in the article */
	{ "The army retook Halfaya on Sunday. The army retook Soran on Monday. GoS denies rumours that "
	  "al-Saqlabiyah had fallen.", "2024-12-04",
	  "Halfaya|government|capture|reported|2024-12-01; Soran|government|capture|reported|2024-12-02; "
	  "Al-Suqaylabiyah|opposition|capture|denied|2024-12-02" },
	/* "X and Y, both of which they took on Sunday": the places before "both of" */
	{ "SNA factions tightened their hold on Tal Rifaat and on the town of Manbij, both of which they took on "
	  "Sunday.", "2024-12-04",
	  "Tall Rif'at|sna|held|reported|2024-12-04; Tall Rif'at|sna|capture|reported|2024-12-01; "
	  "Manbij|sna|capture|reported|2024-12-01" },
	/* a withdrawal's new holder, when nothing near names it, is the side the article
	 * has taking the place within days */
	{ "Iran-backed militias left Deir ez-Zor on Friday, residents said. The SDF said on Saturday it had taken Deir ez-Zor.",
	  "2024-12-08", "Deir ez-Zor|sdf|withdrawal|reported|2024-12-06; Deir ez-Zor|sdf|capture|hedged|2024-12-07" },
	/* control held "for years" is a state of the past, no claim */
	{ "Iran-backed militias, which had controlled Deir ez-Zor for years, left the city on Friday.",
	  "2024-12-08", "Deir ez-Zor|opposition|withdrawal|reported|2024-12-06" },
	/* "troops" after a speaker that names its side are its own; a state by name */
	{ "The IDF said troops had taken Khan Arnabah on Sunday.", "2024-12-10",
	  "Khan Arnabah|other|capture|reported|2024-12-08" },
	{ "Israel took Khan Arnabah on Sunday, and Turkey's army said its soldiers had entered Manbij.", "2024-12-10",
	  "Khan Arnabah|other|capture|reported|2024-12-08; Manbij|other|capture|hedged|2024-12-08" },
	/* "during the 1967 war": history, dated that year */
	{ "Israel captured Khan Arnabah during the 1967 war.", "2024-12-10",
	  "Khan Arnabah|other|capture|reported|1967-01-01" },
	/* "X city, which fell to ..."; "the X district of Y city" is X; places counted,
	 * then listed after a colon */
	{ "Aleppo city, which fell to the rebels on Saturday, was calm.", "2024-12-03",
	  "Aleppo|opposition|capture|reported|2024-11-30" },
	{ "The SDF continues to hold the Soran district of Hama city.", "2024-12-03",
	  "Soran|sdf|held|reported|2024-12-03" },
	{ "On Monday the rebels took control of three villages that the army had held for a week: Halfaya, Soran and Ma'ardas.", "2024-12-03",
	  "Halfaya|opposition|capture|reported|2024-12-02; Soran|opposition|capture|reported|2024-12-02; "
	  "Ma'ardas|opposition|capture|reported|2024-12-02" },
	/* "in the north of the city" between the place and its verb */
	{ "The Kurdish neighbourhood of Soran in the north of the city remained under the control of the SDF, residents said.", "2024-12-03",
	  "Soran|sdf|held|reported|2024-12-03" },
	/* seats of power "in the city of X" */
	{ "Druze armed groups took over state buildings in the city of Hama on Saturday.", "2024-12-09",
	  "Hama|opposition|capture|reported|2024-12-07" },
	/* a paragraph that opens on "they" goes on with the last one's subject */
	{ "Within days the rebels had pushed far to the south.\n\nOn Thursday they seized Hama.", "2024-12-08",
	  "Hama|opposition|capture|reported|2024-12-05" },
	{ "Israel's military confirmed earlier Sunday that troops had taken up positions in Khan Arnabah.", "2024-12-10",
	  "Khan Arnabah|other|capture|reported|2024-12-08" },
	/* the actor of a relative clause closed by a comma is not the main verb's */
	{ "Rebels took control of Soran, which the regime had turned into a base, and then entered Hama.", "2024-12-05",
	  "Soran|opposition|capture|reported|2024-12-05; Hama|opposition|capture|reported|2024-12-05" },
	{ "At dawn today the mujahideen liberated the towns of Halfaya and Mahardah.", "2024-12-02",
	  "Halfaya|opposition|capture|reported|2024-12-02; Mahardah|opposition|capture|reported|2024-12-02" },
	/* the ruler's forces by his name are the government's */
	{ "Rebels took Homs as President Bashar al-Assad's forces abandoned it.", "2024-12-08",
	  "Homs|opposition|capture|reported|2024-12-08; Homs|opposition|withdrawal|reported|2024-12-08" },
	{ "Government forces retained control over Hama as of December 4.", "2024-12-05",
	  "Hama|government|held|reported|2024-12-04" },
	/* a noun phrase after a word of time, with no day of its own: by the main
	 * clause's day (a range of the days before it) */
	{ "Rebels took Soran on 1 December. Following the capture of Hama, rebels advanced south and took Rastan on 6 December.", "2024-12-10",
	  "Soran|opposition|capture|reported|2024-12-01; Hama|opposition|capture|reported|2024-12-03; "
	  "Ar Rastan|opposition|capture|reported|2024-12-06" },
	/* "X followed": the place opens its clause, the side is the one taking places */
	{ "Rebels took Soran on Saturday. Halfaya followed hours later. Talks in Doha followed.", "2024-12-09",
	  "Soran|opposition|capture|reported|2024-12-07; Halfaya|opposition|capture|reported|2024-12-07" },
	{ "Rebels entered Hama on Thursday. The city had been under government control throughout the civil war.", "2024-12-06",
	  "Hama|opposition|capture|reported|2024-12-05" },
	/* the places after "including", not the governorates the towns are in */
	{ "The rebels have also captured dozens of towns in Idlib and Hama provinces, including the strategic town of Saraqib.", "2024-11-30",
	  "Saraqib|opposition|capture|reported|2024-11-30" },
	{ "Rebels captured parts of Hama province, including the town of Soran.", "2024-11-30",
	  "Soran|opposition|capture|reported|2024-11-30" },
	/* "the capital": the country's capital named before; "left the capital" is no
	 * withdrawal of anyone's forces */
	{ "Rebels took Hama on Thursday and neared Damascus. The capital fell on Sunday. "
	  "Rebels said they had entered the Syrian capital. Assad had left the capital.", "2024-12-09",
	  "Hama|opposition|capture|reported|2024-12-05; Damascus|opposition|capture|reported|2024-12-08; "
	  "Damascus|opposition|capture|hedged|2024-12-08" },
	{ "Rebels took Hama on Thursday. Mahardah and Soran to the west were entered after talks.", "2024-12-09",
	  "Hama|opposition|capture|reported|2024-12-05; Mahardah|opposition|capture|reported|2024-12-05; "
	  "Soran|opposition|capture|reported|2024-12-05" },
	/* seats of power framed by a list of places */
	{ "In Hama and Soran, the SDF took over the security squares on Sunday.", "2024-12-12",
	  "Hama|sdf|capture|reported|2024-12-08; Soran|sdf|capture|reported|2024-12-08" },
	/* a list broken off resumes at "and in the town of X" */
	{ "SDF forces remain in their positions in the seven villages east of the river and in the town of Soran.", "2024-12-12",
	  "Soran|sdf|held|reported|2024-12-12" },
	{ "Israeli troops have taken up positions in the buffer zone and at Khan Arnabah.", "2024-12-08",
	  "Khan Arnabah|other|capture|reported|2024-12-08" },
	/* the subject of a gerund after "reports of" */
	{ "State media said on Saturday that reports of rebel fighters entering Hama were \"completely false\".", "2024-12-08",
	  "Hama|opposition|capture|denied|2024-12-07" },
	{ "The army denied reports of the rebels entering Hama on Saturday.", "2024-12-08",
	  "Hama|opposition|capture|denied|2024-12-07" },
	{ "Rebel commanders announced their entry into the city of Hama on Thursday.", "2024-12-08",
	  "Hama|opposition|capture|reported|2024-12-05" },
	/* "the heroes of the army", "soldiers of the army": the named side acts */
	{ "The heroes of the Syrian Arab Army had liberated the city of Saraqib on 8 February 2020.", "2024-12-08",
	  "Saraqib|government|capture|reported|2020-02-08" },
	/* a paragraph that opens on "the units" goes on with the last one's subject */
	{ "Army units repelled attacks in the northern countryside of Hama on Friday, the ministry said.\n\n"
	  "The units withdrew from the city of Saraqib on Saturday to new defence lines north of Hama.", "2024-12-08",
	  "Saraqib|opposition|withdrawal|reported|2024-12-07" },
	/* "withdrew its fighters from X": a withdrawal whatever it took with it */
	{ "Hezbollah withdrew its fighters from Homs on Saturday, residents said. The army pulled "
	  "its heavy weapons out of Hama on Friday.", "2024-12-08",
	  "Homs|opposition|withdrawal|reported|2024-12-07; Hama|opposition|withdrawal|reported|2024-12-06" },
	/* a relative clause without "that" after an apposition */
	/* a day inside an apposition's relative clause is that clause's, not the verb's */
	{ "On Tuesday evening the Military Operations Command, the alliance of factions that drove Assad from power on "
	  "Sunday, said that its forces had taken the whole of Deir ez-Zor.", "2024-12-11",
	  "Deir ez-Zor|opposition|capture|hedged|2024-12-10" },
	{ "[07/12/2024, 20:05] Khalo: Yes that was yesterday, the army withdrew from Deir ez-Zor and the SDF entered.",
	  "2024-12-07", "Deir ez-Zor|sdf|withdrawal|reported|2024-12-06" },
	/* "had not been in rebel hands since 1982": no claim of that year */
	{ "Rebels entered Hama on Thursday. Hama had not been in the hands of the revolution since Hafez "
	  "al-Assad's troops crushed it in February 1982.", "2024-12-06", "Hama|opposition|capture|reported|2024-12-05" },
	/* a year after the verb that dates what was made then is not the claim's */
	{ "The fall of Saraqib leaves all of Idlib province in opposition hands and wipes out the gains the army "
	  "made there in 2019 and 2020.", "2024-11-30",
	  "Idlib Governorate|opposition|capture|reported|2024-11-30; Saraqib|opposition|capture|reported|2024-11-30" },
	{ "Rebels entered Manbij, a strategic town the SDF had seized from the Islamic State in 2016.", "2024-12-08",
	  "Manbij|opposition|capture|reported|2024-12-08; Manbij|sdf|capture|reported|2016-01-01" },
	/* a hard-wrapped list, then "all four villages" */
	{ "Rebels took four villages north of Hama on Tuesday: Halfaya, Soran,\n  Mahardah and Talbiseh. "
	  "State media claimed the army had regained all four villages on Wednesday.", "2024-12-05",
	  "Halfaya|opposition|capture|reported|2024-12-03; Soran|opposition|capture|reported|2024-12-03; "
	  "Mahardah|opposition|capture|reported|2024-12-03; Talbiseh|opposition|capture|reported|2024-12-03; "
	  "Halfaya|government|capture|hedged|2024-12-04; Soran|government|capture|hedged|2024-12-04; "
	  "Mahardah|government|capture|hedged|2024-12-04; Talbiseh|government|capture|hedged|2024-12-04" },
	/* seats of power: a passive in a sentence a place frames; the place of the people
	 * who take them */
	{ "In Soran, the municipality building and the party branch were taken over by local factions on Saturday.", "2024-12-08",
	  "Soran|opposition|capture|reported|2024-12-07" },
	{ "In the northern countryside, the factions of Salamiyah took over the area's police station on Saturday morning.", "2024-12-08",
	  "Salamiyah|opposition|capture|reported|2024-12-07" },
	/* a facility's name before its kind word is the facility */
	{ "Rebels entered the Kuweires air base on Sunday.", "2024-12-09",
	  "Kuweires Military Airbase|opposition|capture|reported|2024-12-08" },
	/* an unknown subject before "also" is not the last sentence's */
	{ "Rebels entered Hama on Thursday. Convoys also left positions around Homs, residents said.", "2024-12-08",
	  "Hama|opposition|capture|reported|2024-12-05" },
	/* "X, the coastal city that rebels entered" */
	{ "Convoys drove toward Saraqib, the key town that rebels entered without resistance on Friday.", "2024-12-08",
	  "Saraqib|opposition|capture|reported|2024-12-06" },
	/* "the city" reaches back past a village named in between */
	{ "Rebels neared Hama on Wednesday. For days loyalist troops tried to hold the approaches at Soran. "
	  "On Thursday the army said it had redeployed outside the city.", "2024-12-07",
	  "Hama|opposition|withdrawal|hedged|2024-12-05" },
	/* talk is no subject to carry */
	{ "Rebels entered Hama on Thursday. Rumours that the governor had fled, which his office denied, spread through the city.", "2024-12-07",
	  "Hama|opposition|capture|reported|2024-12-05" },
	{ "By November 30th the rebels had raised their flag over the citadel of Aleppo.", "2024-12-07",
	  "Aleppo|opposition|capture|reported|2024-11-30" },
	/* places listed after a colon, uncounted */
	{ "Rebels swept south on Saturday, taking towns whose names were once synonymous with the war: Saraqib, Soran and Halfaya.", "2024-12-01",
	  "Saraqib|opposition|capture|reported|2024-11-30; Soran|opposition|capture|reported|2024-11-30; "
	  "Halfaya|opposition|capture|reported|2024-11-30" },
	/* "take" in a timeline's present tense */
	{ "Factions take Soran on Saturday; local factions take Halfaya.", "2024-12-08",
	  "Soran|opposition|capture|reported|2024-12-07; Halfaya|opposition|capture|reported|2024-12-07" },
	/* a clause opening on "before" is later than the date before it */
	{ "The offensive, launched from Idlib on 27 November, took Hama within days, before rebels entered Homs.", "2024-12-09",
	  "Homs|opposition|capture|reported|2024-12-09" },
	{ "Military sources dismissed as \"psychological warfare\" the reports claiming that armed groups had entered Homs.", "2024-12-08",
	  "Homs|opposition|capture|denied|2024-12-08" },
	/* where units were, not where they arrived */
	{ "The army said on Thursday that its units deployed in the city of Hama had been redeployed outside the city.", "2024-12-06",
	  "Hama|opposition|withdrawal|reported|2024-12-05" },
	/* "the central city", "the strategic town": the place named before */
	{ "Fighters rode a tank through Hama on Friday, December 6, a day after they seized the central city.", "2024-12-08",
	  "Hama|opposition|capture|reported|2024-12-05" },
	{ "Fighters drove past a tank near Saraqib on Saturday. The rebels said they had captured the strategic town.", "2024-12-08",
	  "Saraqib|opposition|capture|hedged|2024-12-07" },
	/* "the town and neighbouring Talbiseh fell" */
	{ "Fighters celebrated in Rastan on Saturday, after the town and neighbouring Talbiseh fell to the rebels.", "2024-12-08",
	  "Ar Rastan|opposition|capture|reported|2024-12-07; Talbiseh|opposition|capture|reported|2024-12-07" },
	/* a side that is no state, speaking of a fall, took the place */
	{ "Rebels say Hama fell on Thursday after a day of fighting in the north of the city.", "2024-12-06",
	  "Hama|opposition|capture|reported|2024-12-05" },
	/* an item stamped with its day and time: its relative days count from that day */
	{ "- Sat 7 Dec, 06:45 UTC: Rastan confirmed under rebel control - fighters entered Talbiseh late Friday.", "2024-12-05",
	  "Ar Rastan|opposition|capture|reported|2024-12-07; Talbiseh|opposition|capture|reported|2024-12-06" },
	/* the day of the saying gives way to the day written before the verb */
	{ "Yesterday, rebels also took over Saraqib, officials said on Monday.", "2024-12-04",
	  "Saraqib|opposition|capture|reported|2024-12-03" },
	/* an event told again with no day of its own is no new one */
	{ "Rebels took Saraqib on Saturday, the observatory said in a statement.\n\n"
	  "This story has been corrected to show that Saraqib was taken by the rebels, not by the army.", "2024-12-03",
	  "Saraqib|opposition|capture|reported|2024-11-30" },
	/* "large parts of" a city is the city; "large numbers of terrorists" act */
	{ "The command said that large numbers of terrorists had entered large parts of Aleppo city on Friday.", "2024-11-30",
	  "Aleppo|opposition|capture|reported|2024-11-29" },
	/* a short name in capitals in brackets names the actor from then on, written so */
	{ "Cells of the Islamic State (IS) attacked the desert road. IS overran Salamiyah on 21 May 2015, "
	  "but the town is quiet now.", "2024-12-12",
	  "Salamiyah|other|capture|reported|2015-05-21" },
	/* "no IS fighters had entered the town": none did */
	{ "Cells of the Islamic State (IS) were active. Residents said on Wednesday that no IS fighters had entered Salamiyah.", "2024-12-12",
	  "Salamiyah|other|capture|denied|2024-12-11" },
	/* a participle after a preposition describes */
	{ "Rebels seized weapons from abandoned positions in Hama on Friday, residents said.", "2024-12-12", "" },
	/* "men from Palmyra's tribes": the town's own, so "the city" is it */
	{ "Troops left Hama on Friday, some crossing through Manbij.\n\n"
	  "By Sunday, rebel fighters and local men from Hama's tribes had entered the city.", "2024-12-10",
	  "Hama|opposition|withdrawal|reported|2024-12-06; Hama|opposition|capture|reported|2024-12-08" },
	/* places listed before an apposition of their kind, then "that" */
	{ "Rebels swept south on Saturday, seizing Khan Sheikhoun and Saraqib, two towns that government forces "
	  "had captured in early 2020.", "2024-12-02",
	  "Khan Shaykhun|opposition|capture|reported|2024-11-30; Saraqib|opposition|capture|reported|2024-11-30; "
	  "Khan Shaykhun|government|capture|reported|2020-01-01; Saraqib|government|capture|reported|2020-01-01" },
	/* a chronology's bare participle with its adverbs */
	{ "Rebels entered Hama on Thursday. Soran reportedly taken too. Saraqib and Halfaya also taken.", "2024-12-06",
	  "Hama|opposition|capture|reported|2024-12-05; Soran|opposition|capture|hedged|2024-12-05; "
	  "Saraqib|opposition|capture|reported|2024-12-05; Halfaya|opposition|capture|reported|2024-12-05" },
	/* Russia's own forces are no side of the Syrian state: after its fall they are not
	 * its successor's */
	{ "Russian troops remained in control of the Kuweires air base on 13 December, officials said.", "2024-12-14",
	  "Kuweires Military Airbase|other|held|reported|2024-12-13" },
	/* "the Aleppo suburb of Saraqib": the smaller place after "of"; "fell back from" */
	{ "Government troops, meanwhile, fell back from the Aleppo suburb of Saraqib, the monitor said Sunday.", "2024-12-02",
	  "Saraqib|opposition|withdrawal|reported|2024-12-01" },
	/* "its eastern districts", "its eastern half": the city's own */
	{ "Rebels took Aleppo on Saturday, officials said. The army had retaken its eastern districts in December 2016.", "2024-12-02",
	  "Aleppo|opposition|capture|reported|2024-11-30; Aleppo|government|capture|reported|2016-12-01" },
	/* a telegraph line opening on the place, the participle taking no object */
	{ "Rebels entered Hama on Thursday.\n\n- Fri 6 Dec, 08:20 UTC: Salamiyah handed over without a fight after talks.", "2024-12-06",
	  "Hama|opposition|capture|reported|2024-12-05; Salamiyah|opposition|withdrawal|reported|2024-12-06" },
	/* "Israel sent troops into X": the troops sent are the sender's */
	{ "Israel, meanwhile, sent troops into the buffer zone on Sunday and took positions at Khan Arnabah.", "2024-12-09",
	  "Khan Arnabah|other|capture|reported|2024-12-08" },
	/* "denies that the city has been entered": "the city" opening a that-clause */
	{ "Rebels pushed into the western districts of Hama on Friday. State television denies that the city has been entered.", "2024-12-07",
	  "Hama|opposition|capture|reported|2024-12-06; Hama|opposition|capture|denied|2024-12-06" },
	/* "the withdrawal of the army from X": its actor between the noun and "from" */
	{ "\"The news about the withdrawal of the army from the city of Homs is completely false,\" the source said.", "2024-12-07",
	  "Homs|opposition|withdrawal|denied|2024-12-07" },
	/* "the return of regime forces to X" retakes it; "the return of refugees" is nobody's */
	{ "News about the return of regime forces to Soran on Saturday evening is false and baseless. "
	  "The return of refugees to Halfaya began on Sunday.", "2024-12-08",
	  "Soran|government|capture|denied|2024-12-07" },
	/* "including the cities of X and Y and the border town of Z" */
	{ "The SDF controls much of the northeast, including the cities of Manbij and Deir ez-Zor and the border town of Soran.", "2024-12-10",
	  "Manbij|sdf|capture|reported|2024-12-10; Deir ez-Zor|sdf|capture|reported|2024-12-10; Soran|sdf|capture|reported|2024-12-10" },
	/* "they control X": the plural present */
	{ "Rebels in the north say they control Hama and Soran.", "2024-12-08",
	  "Hama|opposition|capture|reported|2024-12-08; Soran|opposition|capture|reported|2024-12-08" },
	/* "the Kurds" act; a clause with a subject of its own ("after the Syrians abandoned
	 * it") is not theirs; "is holding on" holds the place framing the sentence, on the
	 * day of writing */
	{ "The army left Deir ez-Zor on Friday. The Kurds immediately moved into the city after the Syrians abandoned it.", "2024-12-07",
	  "Deir ez-Zor|sdf|withdrawal|reported|2024-12-06; Deir ez-Zor|sdf|capture|reported|2024-12-06" },
	{ "Rebels entered Aleppo on Friday. In the Kurdish districts of Soran and Ashrafieh, the YPG is holding on.", "2024-11-30",
	  "Aleppo|opposition|capture|reported|2024-11-29; Soran|sdf|held|reported|2024-11-30" },
	/* the subject before a phrase set off by dashes, the phrase's year not the verb's */
	{ "Rebels took Saraqib on Friday. On Saturday, Aleppo - the city the army spent four years retaking, finally "
	  "in December 2016 - had fallen with barely a shot.", "2024-12-09",
	  "Saraqib|opposition|capture|reported|2024-12-06; Aleppo|opposition|capture|reported|2024-12-07" },
	/* "Those reports, as of the time I left my office, were not accurate": the
	 * sentence before is denied; "left" there has no place and is no claim */
	{ "There were reports yesterday that tribal fighters had seized Manbij from the SDF. Those reports, as of the "
	  "time I left my office this morning, were not accurate.", "2024-12-10",
	  "Manbij|opposition|capture|denied|2024-12-09" },
	/* the subject carried on is the main clause's, not an opening clause's */
	{ "Since the opposition offensive began on November 27, the SNA has pushed east from its zone. On December 1 "
	  "they took Tal Rifaat.", "2024-12-10",
	  "Tall Rif'at|sna|capture|reported|2024-12-01" },
	/* "controls a strip of territory ... , including X": a long description before the list;
	 * the list is the main verb's, not the relative clause's ("that it took ...") */
	{ "The SNA, an umbrella of factions backed by Turkey, controls a strip of territory along the Turkish border that it "
	  "took in a series of Turkish military operations against Kurdish forces since 2016, including Manbij and Soran.", "2024-12-10",
	  "Manbij|sna|held|reported|2024-12-10; Soran|sna|held|reported|2024-12-10" },
	/* "after the two Shia towns fell to X": the pair named before, a word describing them */
	{ "Thousands of residents of Soran and Halfaya fled east after the two Shia towns fell to Turkish-backed factions on Sunday.", "2024-12-03",
	  "Soran|sna|capture|reported|2024-12-01; Halfaya|sna|capture|reported|2024-12-01" },
	{ "The paper claimed that Kurdish units were still holding out in Soran on Monday.", "2024-12-03",
	  "Soran|sdf|held|hedged|2024-12-02" },
	/* ... past a place named between that is no pair */
	{ "Residents of Soran and Halfaya went to Hama after the two Shia towns fell to Turkish-backed factions on Sunday.", "2024-12-03",
	  "Soran|sna|capture|reported|2024-12-01; Halfaya|sna|capture|reported|2024-12-01" },
	/* "he" is a person, not the paragraph's forces */
	{ "The SDF took Deir ez-Zor on Friday. The presidency denied rumours that he had left Damascus.", "2024-12-08",
	  "Deir ez-Zor|sdf|capture|reported|2024-12-06" },
	{ "SDF units crossed the Euphrates and deployed inside Deir ez-Zor city on Friday.", "2024-12-07",
	  "Deir ez-Zor|sdf|capture|reported|2024-12-06" },
	/* a holding verb with no place after it holds the place that frames the sentence */
	{ "In the Kurdish neighbourhood of Soran in Hama, the SDF have so far kept control, residents said.", "2024-12-06",
	  "Soran|sdf|held|reported|2024-12-06" },
	/* "... were lies": a denial */
	{ "Rebels took Soran on Tuesday. The army said claims that rebels had entered Hama were lies.", "2024-12-05",
	  "Soran|opposition|capture|reported|2024-12-03; Hama|opposition|capture|denied|2024-12-03" },
	/* a place's seat of power is the place; its countryside is not */
	{ "By Saturday noon, fighters had entered Hama's security compound, and rebels had entered Soran's countryside.", "2024-12-09",
	  "Hama|opposition|capture|reported|2024-12-07" },
	/* a generic actor word after a named actor is the named one */
	{ "Turkish-backed Syrian National Army (SNA) factions captured Tal Rifaat on December 1.", "2024-12-06",
	  "Tall Rif'at|sna|capture|reported|2024-12-01" },
	/* present tense, as in situation reports */
	{ "Army withdraws from Khan Sheikhoun on 1 Dec as rebels advance.", "2024-12-04",
	  "Khan Shaykhun|opposition|withdrawal|reported|2024-12-01" },
	/* control as a state, the actor inside the phrase */
	{ "By Friday morning Rastan and Talbiseh were in opposition hands.", "2024-12-06",
	  "Ar Rastan|opposition|capture|reported|2024-12-06; Talbiseh|opposition|capture|reported|2024-12-06" },
	/* "on the Sunday": that weekday of the story's week */
	{ "Rebels entered Aleppo on 29 November. On the Sunday, the SNA took Tal Rifaat.", "2024-12-12",
	  "Aleppo|opposition|capture|reported|2024-11-29; Tall Rif'at|sna|capture|reported|2024-12-01" },
	/* "the city" after a village and a city: the city */
	{ "The army held a line north of Hama, around Qamhana, for days. On 5 December its units redeployed outside the city.",
	  "2024-12-06", "Hama|opposition|withdrawal|reported|2024-12-05" },
	/* out of the loser's control: to its opponent */
	{ "Hama and Homs slipped from government control on Friday.", "2024-12-07",
	  "Hama|opposition|capture|reported|2024-12-06; Homs|opposition|capture|reported|2024-12-06" },
	/* a year gone by dates a claim in that year, not on the publication day */
	{ "Rebels took Hama on Friday, for the first time since the army retook it in 1982.", "2024-12-07",
	  "Hama|opposition|capture|reported|2024-12-06; Hama|government|capture|reported|1982-01-01" },
	{ "Local factions took Homs, where the uprising began in 2011, on Friday.", "2024-12-07",
	  "Homs|opposition|capture|reported|2024-12-06" },
	/* "it": the place an earlier verb of the sentence took */
	{ "Rebels entered Homs, the city on the road from Damascus, after the army abandoned it on Saturday.",
	  "2024-12-08", "Homs|opposition|capture|reported|2024-12-07; Homs|opposition|withdrawal|reported|2024-12-07" },
	/* members of a named actor: the named one acts */
	{ "The militias of \"Qasad\" entered the city of Deir ez-Zor on Friday.", "2024-12-08",
	  "Deir ez-Zor|sdf|capture|reported|2024-12-06" },
	{ "On Sunday the SNA launched an operation against the SDF, and by the evening its fighters had entered Tal Rifaat.",
	  "2024-12-03", "Tall Rif'at|sna|capture|reported|2024-12-01" },
	/* an intention is not a capture */
	{ "SNA fighters are massing outside Manbij in preparation for storming it.", "2024-12-08", "" },
	/* held, as a state */
	{ "Most of Aleppo has been held by the HTS-led factions since Saturday.", "2024-12-03",
	  "Aleppo|opposition|capture|reported|2024-11-30" },
	/* "they": the places named before it; a place after a preposition is not one of them */
	{ "North of Hama, Halfaya and Soran changed hands twice before they were secured by the factions on 3 December.",
	  "2024-12-06", "Halfaya|opposition|capture|reported|2024-12-03; Soran|opposition|capture|reported|2024-12-03" },
	/* a month gone by dates the older claim of a relative clause */
	{ "Saraqib, which had been retaken by the army in January 2020, fell to the rebels on 30 November.",
	  "2024-12-06", "Saraqib|government|capture|reported|2020-01-01; Saraqib|opposition|capture|reported|2024-11-30" },
	/* the subject of a relative clause is the actor before ", which" */
	{ "Rebels entered the city of Hama on Thursday after days of battles with the army, which said it had redeployed its forces outside the city.",
	  "2024-12-06", "Hama|opposition|capture|reported|2024-12-05; Hama|opposition|withdrawal|hedged|2024-12-05" },
	/* an actor the lexicon does not know is not the last sentence's */
	{ "Rebels entered Homs on Friday. Tribal levies seized Hama on Saturday.", "2024-12-08",
	  "Homs|opposition|capture|reported|2024-12-06" },
	/* a possibility or an intention is not an event; "managed to" is */
	{ "Rebels could take Hama within days. The army may withdraw from Homs. Rebels vowed to seize Aleppo.",
	  "2024-12-05", "" },
	{ "If rebels capture Homs, Damascus will be cut off from the coast.", "2024-12-06", "" },
	/* (but a failure says who kept the place: the army's failing to recapture Hama
	 * leaves it the rebels') */
	{ "The army failed to recapture Hama despite a counter-attack.", "2024-12-06",
	  "Hama|opposition|repelled|reported|2024-12-06" },
	{ "Rebels are expected to capture Homs, but they managed to enter Hama on Thursday.", "2024-12-06",
	  "Hama|opposition|capture|reported|2024-12-05" },
	/* "it" as a later verb's subject is the sentence's subject, not its object */
	{ "The SNA drove the SDF out of Tal Rifaat on Sunday and said it had seized Manbij.", "2024-12-03",
	  "Tall Rif'at|sna|capture|reported|2024-12-01; Manbij|sna|capture|hedged|2024-12-01" },
	/* going into a province is not holding it */
	{ "Rebels pushed into Idlib province on Monday.", "2024-12-03", "" },
	/* the actor carries to the next sentence of a paragraph */
	{ "HTS fighters pushed south on Wednesday. They took Saraqib the same day.", "2024-12-01",
	  "Saraqib|opposition|capture|reported|2024-11-27" },
	/* after the regime fell, "government forces" are the new authorities'; before it,
	 * and for what they did before it, the old government's */
	{ "Government forces entered Deir ez-Zor on Thursday. The army had retaken Aleppo in 2016.",
	  "2024-12-14", "Deir ez-Zor|opposition|capture|reported|2024-12-12; Aleppo|government|capture|reported|2016-01-01" },
	{ "Government forces entered Hama on Tuesday.", "2024-12-05", "Hama|government|capture|reported|2024-12-03" },
	{ "SDF fighters withdrew from Manbij on Friday.", "2024-12-14", "Manbij|opposition|withdrawal|reported|2024-12-13" },
	/* the names outlets give the sides: Turkish state media, Kurdish outlets, Syrian
	 * state media after the fall */
	{ "The Syrian National Army took Tal Rifaat from the PKK/YPG terror group on Sunday.", "2024-12-03",
	  "Tall Rif'at|sna|capture|reported|2024-12-01" },
	{ "Mercenaries of the Turkish occupation stormed Manbij on Monday.", "2024-12-10",
	  "Manbij|sna|capture|reported|2024-12-09" },
	{ "Israeli occupation forces seized Khan Arnabah on Tuesday.", "2024-12-12",
	  "Khan Arnabah|other|capture|reported|2024-12-10" },
	/* "these claims are untrue" denies what was claimed before it, in the sentence or
	 * the one before, and not what the outlet affirms after it */
	{ "Regime media claimed on Tuesday that regime forces restored control of Halfaya; however, the monitor confirmed that these claims are untrue and that Halfaya remains under the control of the factions.",
	  "2024-12-04", "Halfaya|government|capture|denied|2024-12-03; Halfaya|opposition|held|reported|2024-12-03" },
	{ "Regime media claimed on Wednesday that the army had restored control of Soran. These claims are completely false.",
	  "2024-12-05", "Soran|government|capture|denied|2024-12-04" },
	/* "nobody has entered" is a denial */
	{ "The factions said nobody had entered Salamiyah on Thursday.", "2024-12-06", "Salamiyah|opposition|capture|denied|2024-12-05" },
	/* a subject the lexicon does not know, before auxiliaries, takes no actor from
	 * the sentence before; "its units" do */
	{ "Rebels entered Hama on Friday. The governor and security chiefs were reported to have left Homs.",
	  "2024-12-07", "Hama|opposition|capture|reported|2024-12-06" },
	{ "The army held Hama for days. Then its units had withdrawn from Hama on Thursday.",
	  "2024-12-07", "Hama|government|held|reported|2024-12-07; Hama|opposition|withdrawal|reported|2024-12-05" },
	/* a correction denies the report before it, not the fact after it */
	{ "Correction: earlier report that Talbiseh had fallen was wrong; Talbiseh held by the army as of this evening.",
	  "2024-12-06", "Talbiseh|government|held|reported|2024-12-06" },
	{ "The report that rebels had entered Salamiyah was wrong, and the army holds Salamiyah.",
	  "2024-12-06", "Salamiyah|opposition|capture|denied|2024-12-06; Salamiyah|government|held|reported|2024-12-06" },
	/* a month or year gone by before the verb dates a claim the sentence gives no day
	 * for: history is not today's news */
	{ "In December 2016, after a long siege, the army and allied militias retook Aleppo.", "2024-12-06",
	  "Aleppo|government|capture|reported|2016-12-01" },
	{ "In early 2020 the army recaptured Saraqib, and on Friday rebels took Hama.", "2024-12-07",
	  "Saraqib|government|capture|reported|2020-01-01; Hama|opposition|capture|reported|2024-12-06" },
	/* "no <actor> had entered" is a denial; "occupation forces" are foreign forces */
	{ "Local sources said that no occupation forces had entered Khan Arnabah by Tuesday evening.", "2024-12-11",
	  "Khan Arnabah|other|capture|denied|2024-12-10" },
	{ "With no resistance, rebels entered Hama on Thursday.", "2024-12-06", "Hama|opposition|capture|reported|2024-12-05" },
	/* "the army announced it had redeployed": "it" is the speaker right before */
	{ "On Thursday insurgents led by HTS took Hama, after the army announced it had withdrawn from Hama.",
	  "2024-12-06", "Hama|opposition|capture|reported|2024-12-05; Hama|opposition|withdrawal|reported|2024-12-05" },
	/* "the X district in northern Y, which ...": X, not the city that locates it */
	{ "The SDF still holds the Soran district in northern Hama, which it has controlled since 2012.", "2024-12-01",
	  "Soran|sdf|held|reported|2024-12-01; Soran|sdf|capture|reported|2012-01-01" },
	/* "several villages around Hama, including X and Y": X and Y */
	{ "The army regained control of several villages around Hama, including Soran and Halfaya, on Monday.", "2024-12-04",
	  "Soran|government|capture|reported|2024-12-02; Halfaya|government|capture|reported|2024-12-02" },
	/* "said on Saturday they had seized" is "said they had seized": hedged */
	{ "Syrian rebels said on Saturday they had seized full control of Hama.", "2024-12-07",
	  "Hama|opposition|capture|hedged|2024-12-07" },
	{ "The rebels said on December 5, 2024, that they had captured Rastan.", "2024-12-07",
	  "Ar Rastan|opposition|capture|hedged|2024-12-05" },
	/* "rebels later said they had": the speaker is "they", past the adverb */
	{ "The monitor said government troops had left Saraqib, and rebels later said they had entered Maarat al-Numan.",
	  "2024-12-01", "Saraqib|opposition|withdrawal|reported|2024-12-01; Maarat al-Numan|opposition|capture|hedged|2024-12-01" },
	/* a digest's items take the day of the date heading above them, not the export's */
	{ "Channel digest\n\n==== 03.12.2024 ====\n\n[07:55] Rebels took Halfaya after heavy clashes.\n\n"
	  "[09:10] Clashes on the outskirts of Soran.\n\n==== Wednesday, 4 December 2024 ====\n\n"
	  "[06:40] The army withdrew from Soran, local sources said.\n", "2024-12-05",
	  "Halfaya|opposition|capture|reported|2024-12-03; Soran|opposition|withdrawal|hedged|2024-12-04" },
	/* from the fourth blind set: state media, a Syrian outlet */
	{ "By Friday afternoon, the factions had expanded their control to Soran and Halfaya.", "2024-12-07",
	  "Soran|opposition|capture|reported|2024-12-06; Halfaya|opposition|capture|reported|2024-12-06" },
	{ "Regime forces remained in Mahardah, according to local sources.", "2024-12-07",
	  "Mahardah|government|held|hedged|2024-12-07" },
	{ "Regime forces also withdrew on Saturday morning from positions in Soran and Halfaya.", "2024-12-08",
	  "Soran|opposition|withdrawal|reported|2024-12-07; Halfaya|opposition|withdrawal|reported|2024-12-07" },
	{ "Pages loyal to the regime claimed that the army had regained Soran. Our correspondent said the news was false.", "2024-12-07",
	  "Soran|government|capture|denied|2024-12-07" },
	{ "The ministry called reports that militants had entered Hama on Sunday \"fake news\" and said the city was under the full control of the armed forces.", "2024-12-02",
	  "Hama|opposition|capture|denied|2024-12-01" },
	{ "Units of the army repelled an attack by militants in the area of the settlements of Soran and Halfaya on Sunday.", "2024-12-02",
	  "Soran|government|repelled|reported|2024-12-01; Halfaya|government|repelled|reported|2024-12-01" },
	/* the ministry is the government's; "its forces" are the ministry's */
	{ "The Defence Ministry in Damascus denied reports that its forces had pulled out of Homs.", "2024-12-07",
	  "Homs|opposition|withdrawal|denied|2024-12-07" },
	{ "\"Our armed forces are present in Homs and have been reinforced,\" the ministry said.", "2024-12-07",
	  "Homs|government|held|reported|2024-12-07" },
	/* a participle after an article describes the place: "the abandoned town" */
	{ "Israeli forces entered the abandoned town of Khan Arnabah on Sunday.", "2024-12-10",
	  "Khan Arnabah|other|capture|reported|2024-12-08" },
	/* a year after an apposition dates the claim; "since" after one does not */
	{ "Rebel groups seized parts of the zone, including Khan Arnabah, in 2014.", "2024-12-10",
	  "Khan Arnabah|opposition|capture|reported|2014-01-01" },
	{ "Rebels took Saraqib, the first town to change hands since 2020.", "2024-12-10",
	  "Saraqib|opposition|capture|reported|2024-12-10" },
	/* "since a 2020 deal": history, not the publication day */
	{ "Since the 2020 ceasefire, rebels controlled Saraqib.", "2024-12-02",
	  "Saraqib|opposition|capture|reported|2020-01-01" },
	/* the seats of power stand for the place: after "in", "in the city", or a frame */
	{ "Druze fighters in Salamiyah took over government buildings and security branches in the city on Friday.", "2024-12-08",
	  "Salamiyah|opposition|capture|reported|2024-12-06" },
	{ "In Manbij, the SNA took over the security squares on Sunday.", "2024-12-10",
	  "Manbij|sna|capture|reported|2024-12-08" },
	{ "Rebels stormed the headquarters of the Military Security branch in Saraqib.", "2024-12-08",
	  "Saraqib|opposition|capture|reported|2024-12-08" },
	{ "Rebels seized weapons depots in Saraqib.", "2024-12-08", "" },
	/* a date of another event after the verb is not the claim's */
	{ "Rebels say they have taken Damascus, in the climax of an offensive that began less than two weeks ago.", "2024-12-08",
	  "Damascus|opposition|capture|hedged|2024-12-08" },
	/* an adverb inside the verb phrase; "Turkish-affiliated armed groups" are the SNA */
	{ "Saraqib was also reportedly entered by rebels on Saturday.", "2024-12-01",
	  "Saraqib|opposition|capture|hedged|2024-11-30" },
	{ "Turkish-affiliated armed groups took control of Tal Rifaat on 1 December.", "2024-12-04",
	  "Tall Rif'at|sna|capture|reported|2024-12-01" },
	/* a neighbourhood of a city is not the city; parts of a province are not it */
	{ "The Halfaya district of Hama remains under the control of government forces.", "2024-12-04",
	  "Halfaya|government|held|reported|2024-12-04" },
	{ "Parts of northern Idlib province are under rebel control.", "2024-12-04", "" },
	/* "X was NOT captured": a correction denies the capture, and takes back the
	 * page's own earlier word */
	{ "Rebels captured Saraqib after heavy clashes.\n\nCORRECTION: Saraqib was NOT captured by the rebels.", "2024-12-03",
	  "Saraqib|opposition|capture|denied|2024-12-03" },
	/* a garrison surrendering, a town changing hands, an attack repelled by its holder */
	{ "The army garrison in Khan Sheikhoun surrendered to opposition fighters on Tuesday.", "2024-12-04",
	  "Khan Shaykhun|opposition|capture|reported|2024-12-03" },
	{ "Rebels captured Saraqib on Tuesday. The town of Soran changed hands on Wednesday.", "2024-12-05",
	  "Saraqib|opposition|capture|reported|2024-12-03; Soran|opposition|capture|reported|2024-12-04" },
	{ "An attack on Halfaya was repelled by the army on Monday.", "2024-12-04",
	  "Halfaya|government|repelled|reported|2024-12-02" },
	/* "The town fell": a description opening the clause is the place named before;
	 * "the city" opening a paragraph, the place that ended the one before */
	{ "Rebels reached Rastan on Thursday. The town fell on Friday morning.", "2024-12-07",
	  "Ar Rastan|opposition|capture|reported|2024-12-06" },
	{ "Rebels entered Hama on Thursday.\n\nThe army withdrew from the city on Friday.", "2024-12-07",
	  "Hama|opposition|capture|reported|2024-12-05; Hama|opposition|withdrawal|reported|2024-12-06" },
	{ "Rebels entered Hama on Thursday.\n\nIn Homs, the army withdrew from the city on Friday.", "2024-12-07",
	  "Hama|opposition|capture|reported|2024-12-05; Homs|opposition|withdrawal|reported|2024-12-06" },
	{ "Opposition fighters poured into Hama on Thursday.", "2024-12-07",
	  "Hama|opposition|capture|reported|2024-12-05" },
	/* a named actor leading others: "the HTS-led coalition" is on HTS's side */
	{ "The HTS-led coalition captured Saraqib on Wednesday.", "2024-12-06",
	  "Saraqib|opposition|capture|reported|2024-12-04" },
	/* "remained in government hands" is held, not taken */
	{ "Homs itself remained in government hands on Saturday.", "2024-12-07",
	  "Homs|government|held|reported|2024-12-07" },
	/* "changed hands twice": contested, no claim */
	{ "Saraqib changed hands twice during the week.", "2024-12-07", "" },
	/* "SDF-affiliated forces" are the SDF's */
	{ "SDF-affiliated forces entered Deir ez-Zor on Friday.", "2024-12-07",
	  "Deir ez-Zor|sdf|capture|reported|2024-12-06" },
	/* "the facility": the facility named before */
	{ "Aleppo International Airport was quiet. SDF units entered the facility on Saturday.", "2024-12-02",
	  "Aleppo International Airport|sdf|capture|reported|2024-11-30" },
	/* Markdown emphasis around the place is not there */
	{ "- The opposition took **Saraqib** on Sunday, and **Soran** overnight into Monday.", "2024-12-02",
	  "Saraqib|opposition|capture|reported|2024-12-01; Soran|opposition|capture|reported|2024-12-02" },
	/* a list opening a clause ("when X and Y fell") is the list */
	{ "Since Saturday, when Khan Sheikhoun and Saraqib fell to the opposition, the road is open.", "2024-12-02",
	  "Khan Shaykhun|opposition|capture|reported|2024-11-30; Saraqib|opposition|capture|reported|2024-11-30" },
	/* "our forces" on a side's own page are that side's */
	{ "Statement of the General Command of the Syrian Democratic Forces\n\nOur forces entered Deir ez-Zor on Friday, after the regime forces fled.",
	  "2024-12-07", "Deir ez-Zor|sdf|capture|reported|2024-12-06" },
	/* a relative clause whose noun names no side: nobody to give it to */
	{ "The SDF said it was in contact with the forces that have entered Aleppo.", "2024-12-07", "" },
	{ "Rebels took Saraqib, which an army offensive that had retaken Khan Sheikhoun failed to hold.", "2024-12-07",
	  "Saraqib|opposition|capture|reported|2024-12-07; Khan Shaykhun|government|capture|reported|2024-12-07" },
	/* a chronology's bare participle: "X and Y taken." */
	{ "Rebels advanced in the north.\n\n- 30 November: Army withdraws from Aleppo. Saraqib and Khan Sheikhoun taken.\n",
	  "2024-12-07", "Aleppo|opposition|withdrawal|reported|2024-11-30; Saraqib|opposition|capture|reported|2024-11-30; "
			"Khan Shaykhun|opposition|capture|reported|2024-11-30" },
	/* "the coalition" is the actor it was said of before */
	{ "The HTS-led coalition pushed south.\n\nOn Monday the coalition captured Saraqib.", "2024-12-04",
	  "Saraqib|opposition|capture|reported|2024-12-02" },
	{ "The group of villages near Saraqib was shelled. The group captured Soran on Monday.", "2024-12-04", "" },
	/* a place given with its governorate is not when another side holds it later */
	{ "Rebels took full control of Idlib province on Saturday. Army units still held Saraqib on Sunday.", "2024-12-09",
	  "Idlib Governorate|opposition|capture|reported|2024-12-07; Saraqib|government|held|reported|2024-12-08" },
	/* the main clause's subject carries on, not a relative clause's; a withdrawal
	 * goes to the paragraph's taker */
	{ "On Saturday rebels took Saraqib, which the army had retaken in 2020. Army units withdrew from Khan Sheikhoun the same day.",
	  "2024-12-09", "Saraqib|opposition|capture|reported|2024-12-07; Saraqib|government|capture|reported|2020-01-01; "
			"Khan Shaykhun|opposition|withdrawal|reported|2024-12-07" },
	/* "the provincial capital" is the governorate seat named before */
	{ "In Hama, rebels took control of the provincial capital on Thursday.", "2024-12-07",
	  "Hama|opposition|capture|reported|2024-12-05" },
	/* "including" well after the verb, in its clause */
	{ "On Monday the factions took over army posts and checkpoints in a string of towns in the northern countryside, including Soran and Halfaya.",
	  "2024-12-04", "Soran|opposition|capture|reported|2024-12-02; Halfaya|opposition|capture|reported|2024-12-02" },
	/* "were cleared": taken; "did not repel the assault on": a denied repulse */
	{ "Rebels took Saraqib on Monday. Soran and Halfaya were also cleared on Tuesday.", "2024-12-04",
	  "Saraqib|opposition|capture|reported|2024-12-02; Soran|opposition|capture|reported|2024-12-03; "
	  "Halfaya|opposition|capture|reported|2024-12-03" },
	{ "The SDF did not repel the assault on Manbij on Monday.", "2024-12-04",
	  "Manbij|sdf|repelled|denied|2024-12-02" },
	/* "the terrorist organisation HTS ... the terror group": the group it was said of */
	{ "The terrorist group HTS attacked in the north.\n\nOn Monday the terror group entered Saraqib.", "2024-12-04",
	  "Saraqib|opposition|capture|reported|2024-12-02" },
	{ "Rebels took Saraqib on Monday, and the army has abandoned positions around Soran.", "2024-12-04",
	  "Saraqib|opposition|capture|reported|2024-12-02; Soran|opposition|withdrawal|reported|2024-12-02" },
	{ "Saraqib returned to government control in March 2020 under a ceasefire.", "2024-12-04",
	  "Saraqib|government|capture|reported|2020-03-01" },
	{ "The army units restored the control on the village of Soran on Monday.", "2024-12-04",
	  "Soran|government|capture|reported|2024-12-02" },
	/* a date in a clause before ", and" is that clause's */
	{ "The offensive pushed front lines that were frozen since the March 2020 ceasefire, and put Saraqib outside regime control.",
	  "2024-12-02", "Saraqib|opposition|capture|reported|2024-12-02" },
	/* "it" reaches back one sentence (two when that one is about "the town") */
	{ "Rebels cut the road near Saraqib. Kafr Halab was taken the next day. The army retook it in May 2016.", "2024-12-04", "" },
	{ "Saraqib. The town on the M5 was shelled in 2017. The army retook it in August 2019.", "2024-12-04",
	  "Saraqib|government|capture|reported|2019-08-01" },
	/* history: a governorate retaken years ago is the governorate, not each place now */
	{ "Rebels entered Saraqib on Friday. The regime had regained control of Idlib province in March 2015.", "2024-12-07",
	  "Saraqib|opposition|capture|reported|2024-12-06; Idlib Governorate|government|capture|reported|2015-03-01" },
	/* a day word inside the verb phrase */
	{ "Rebels withdrew yesterday from Soran after the army shelled it.", "2024-12-05",
	  "Soran|government|withdrawal|reported|2024-12-04" },
	/* "it" is the place the paragraph is about, not a point of reference ("north of") */
	{ "In Salamiyah, north of Homs, fighting continued on the outskirts of the town. Sources said revolutionary forces had not entered it by Thursday.",
	  "2024-12-06", "Salamiyah|opposition|capture|denied|2024-12-05" },
	/* a bulleted list under "took control of the following villages:" */
	{ "On Monday the factions took control of the following towns and villages in the countryside of Hama:\n- Soran\n- Halfaya\n- Zorba\n- Salamiyah\n",
	  "2024-12-04", "Soran|opposition|capture|reported|2024-12-02; Halfaya|opposition|capture|reported|2024-12-02; Salamiyah|opposition|capture|reported|2024-12-02" },
	/* items with a clause of their own take the day of their lead, else of the day
	 * heading they are under */
	{ "The factions took control of the following areas on Saturday:\n- Soran, in full, after the army "
	  "withdrew during the night;\n- Halfaya and its countryside.\n",
	  "2024-12-08", "Soran|opposition|capture|reported|2024-12-07; Halfaya|opposition|capture|reported|2024-12-07" },
	{ "Daily report\n\nAreas taken on 8 December\n\nThe factions took control of the following areas:\n"
	  "- Soran, in full, after the army withdrew during the night;\n- Halfaya and its countryside.\n",
	  "2024-12-09", "Soran|opposition|capture|reported|2024-12-08; Halfaya|opposition|capture|reported|2024-12-08" },
	/* a passive without its agent takes the agent of a later verb of the same event */
	{ "The towns of Soran and Halfaya had been liberated on Tuesday, and Salamiyah fell to the revolutionaries the same day.",
	  "2024-12-05", "Soran|opposition|capture|reported|2024-12-03; Halfaya|opposition|capture|reported|2024-12-03; Salamiyah|opposition|capture|reported|2024-12-03" },
	{ "In May 2015 the Islamic State seized Hama; the army retook it in 2016.", "2024-12-07",
	  "Hama|other|capture|reported|2015-05-01; Hama|government|capture|reported|2016-01-01" },
	{ "On Saturday Saraqib and Soran, towns the army had fought to take in 2020, fell to the rebels.", "2024-12-02",
	  "Saraqib|opposition|capture|reported|2024-11-30; Soran|opposition|capture|reported|2024-11-30" },
	/* a denial's reach ends at a semicolon or "however"; "this was later shown to be
	 * false" denies what came before it */
	{ "The government denied that its forces had withdrawn from Idlib; that evening, however, Saraqib was captured by the rebels.",
	  "2024-11-29", "Idlib|opposition|withdrawal|denied|2024-11-29; Saraqib|opposition|capture|reported|2024-11-29" },
	{ "State media reported that Saraqib had been retaken by the army; this was later shown to be false, as rebels had entered Saraqib that morning.",
	  "2024-11-30", "Saraqib|government|capture|denied|2024-11-30; Saraqib|opposition|capture|reported|2024-11-30" },
	/* "army" closing a name the lexicon does not know is not the Syrian army */
	{ "The Desert Hawks Army reportedly seized Homs on Saturday.", "2024-12-08", "" },
	/* outlets' words: "occupied", "were cleared of", "remained in the hands of"; an army
	 * "backing" a subject is not the subject */
	{ "The Turkish occupation and its mercenaries occupied Tal Rifaat on Sunday.", "2024-12-03",
	  "Tall Rif'at|sna|capture|reported|2024-12-01" },
	{ "Manbij and Tal Rifaat were cleared of terrorists by the SNA on Monday.", "2024-12-10",
	  "Manbij|sna|capture|reported|2024-12-09; Tall Rif'at|sna|capture|reported|2024-12-09" },
	{ "Soran remained in the hands of the revolutionary forces throughout the day.", "2024-12-04",
	  "Soran|opposition|held|reported|2024-12-04" },
	{ "The SNA, backed by the Turkish Armed Forces, took control of Manbij on Monday.", "2024-12-10",
	  "Manbij|sna|capture|reported|2024-12-09" },
	/* noun phrases: the actor after the places ("by", "to"), right before the phrase,
	 * or the subject of the verb it is the object of; nobody after a word of time */
	{ "The capture of Aleppo by HTS on Friday stunned Damascus.", "2024-12-02",
	  "Aleppo|opposition|capture|reported|2024-11-29" },
	{ "The fall of Hama to rebel fighters on Thursday opened the road south.", "2024-12-06",
	  "Hama|opposition|capture|reported|2024-12-05" },
	{ "Government forces shelled Idlib after the fall of Saraqib to the rebels on Sunday.", "2024-12-03",
	  "Saraqib|opposition|capture|reported|2024-12-01" },
	{ "Government forces shelled Idlib after the fall of Saraqib on Sunday.", "2024-12-03", "" },
	{ "The rebel takeover of Soran on Monday cut the road.", "2024-12-04",
	  "Soran|opposition|capture|reported|2024-12-02" },
	{ "Rebels completed the capture of Saraqib on Sunday.", "2024-12-03",
	  "Saraqib|opposition|capture|reported|2024-12-01" },
	{ "The army's loss of Saraqib to the rebels on Sunday was a heavy blow.", "2024-12-03",
	  "Saraqib|opposition|withdrawal|reported|2024-12-01" },
	{ "Rebels took Halfaya on Monday.\n\nThe capture of Hama came days after the revolutionaries took Soran on Saturday.",
	  "2024-12-05", "Halfaya|opposition|capture|reported|2024-12-02; Hama|opposition|capture|reported|2024-12-05; "
	  "Soran|opposition|capture|reported|2024-11-30" },
	/* "said they had reached X and had captured Y": both are the rebels' word */
	{ "Syrian rebels said on Saturday they had reached the outskirts of Homs and had captured the town of Talbiseh.",
	  "2024-12-07", "Talbiseh|opposition|capture|hedged|2024-12-07" },
	{ "The Syrian army said on Friday it had redeployed away from Hama.", "2024-12-07",
	  "Hama|opposition|withdrawal|hedged|2024-12-06" },
	/* a list after a dash, even after a phrase; "both towns", "the two villages": the
	 * list just written, when its length is the number given */
	{ "Rebels took the villages north of the city \xe2\x80\x93 Soran, Halfaya and Zorba \xe2\x80\x93 on Tuesday.", "2024-12-05",
	  "Soran|opposition|capture|reported|2024-12-03; Halfaya|opposition|capture|reported|2024-12-03" },
	{ "Rebels said they had reached Soran and Halfaya, though the army said it still held both towns.", "2024-12-06",
	  "Soran|government|held|hedged|2024-12-06; Halfaya|government|held|hedged|2024-12-06" },
	{ "Rebels took Soran and Halfaya on Monday.\n\nThe army said it still held the seven villages.", "2024-12-04",
	  "Soran|opposition|capture|reported|2024-12-02; Halfaya|opposition|capture|reported|2024-12-02" },
	/* a withdrawal leaves the place to the other side the paragraph names with it */
	{ "On Tuesday the SDF entered Soran, Halfaya and Zorba, villages the regime had held for years. On Wednesday the SDF withdrew from the three villages.",
	  "2024-12-05", "Soran|sdf|capture|reported|2024-12-03; Halfaya|sdf|capture|reported|2024-12-03; "
	  "Soran|government|withdrawal|reported|2024-12-04; Halfaya|government|withdrawal|reported|2024-12-04" },
	/* "backed by about 900 US troops" backs the subject; "abandoned its checkpoints in";
	 * a place after a preposition before the verb qualifies the subject */
	{ "The SDF, backed by about 900 US troops, already controlled Manbij.", "2024-12-08",
	  "Manbij|sdf|capture|reported|2024-12-08" },
	{ "The army abandoned its checkpoints in the towns of Soran and Halfaya on Friday.", "2024-12-07",
	  "Soran|opposition|withdrawal|reported|2024-12-06; Halfaya|opposition|withdrawal|reported|2024-12-06" },
	{ "Soran near Hama fell to the rebels on Friday.", "2024-12-07",
	  "Soran|opposition|capture|reported|2024-12-06" },
	/* "Hama fell": to the side taking the most places here, and on a tie the side that
	 * took one last */
	{ "The army retook Soran on Monday. Rebels took Halfaya on Tuesday.\n\nHama fell on Thursday after a week of heavy fighting around the city.", "2024-12-06",
	  "Soran|government|capture|reported|2024-12-02; Halfaya|opposition|capture|reported|2024-12-03; "
	  "Hama|opposition|capture|reported|2024-12-05" },
	/* "said their fighters had captured": a side's word about itself; "the outskirts
	 * of X ... had not entered it": X */
	{ "Opposition commanders said their fighters had captured Soran and Halfaya.", "2024-12-03",
	  "Soran|opposition|capture|hedged|2024-12-03; Halfaya|opposition|capture|hedged|2024-12-03" },
	{ "Rebels took Halfaya on Tuesday. The monitor said the insurgents had reached the outskirts of Soran but had not entered it.",
	  "2024-12-04", "Halfaya|opposition|capture|reported|2024-12-03; Soran|opposition|capture|denied|2024-12-03" },
	/* "Soran: militias left overnight, and rebels entered": the place before a colon
	 * opening the sentence, for verbs with no place of their own */
	{ "Soran: pro-government militias reportedly left overnight, and opposition fighters are said to have entered this morning.",
	  "2024-12-01", "Soran|opposition|withdrawal|hedged|2024-11-30; Soran|opposition|capture|hedged|2024-12-01" },
	/* "in late 2017" after the places dates the claim that year; "the military airport":
	 * the facility named before */
	{ "Regime forces backed by Iranian militias and Russian aircraft had taken Soran, Halfaya and Salamiyah on the western bank from ISIS in late 2017.",
	  "2024-12-11", "Soran|government|capture|reported|2017-01-01; Halfaya|government|capture|reported|2017-01-01; "
	  "Salamiyah|government|capture|reported|2017-01-01" },
	{ "Clashes went on near Aleppo International Airport.\n\nOn Saturday rebels took over the military airport, a monitor said.",
	  "2024-12-01", "Aleppo International Airport|opposition|capture|reported|2024-11-30" },
	/* one sentence, one place, two days: two claims; "changed hands three times" is
	 * none; a yearless day months before the story takes the year of the full date
	 * before it */
	{ "Saraqib changed hands three times in a month: the army took it on 6 February 2020, rebels retook it on 27 February, "
	  "and Russian-backed units stormed it again on 2 March.", "2024-12-14",
	  "Saraqib|government|capture|reported|2020-02-06; Saraqib|opposition|capture|reported|2020-02-27; "
	  "Saraqib|government|capture|reported|2020-03-02" },
	/* "which are now reportedly under the control of": the hedge moves before "are
	 * now"; "most neighbourhoods" of the city named before */
	{ "Families returned to areas such as Soran and Halfaya, which are now reportedly under the control of armed groups.",
	  "2024-12-04", "Soran|opposition|capture|hedged|2024-12-04; Halfaya|opposition|capture|hedged|2024-12-04" },
	{ "In Aleppo, fuel is running low, where armed opposition groups took control of most neighbourhoods on 30 November.",
	  "2024-12-04", "Aleppo|opposition|capture|reported|2024-11-30" },
	/* "strengthening their positions in X" holds X; "reinforced positions in northern
	 * Hama province" holds nothing */
	{ "The source said army units are strengthening their positions in the town of Soran and the town of Halfaya.",
	  "2024-12-01", "Soran|government|held|reported|2024-12-01; Halfaya|government|held|reported|2024-12-01" },
	{ "The army took Soran on Monday. The army has reinforced positions in northern Hama province.", "2024-12-04",
	  "Soran|government|capture|reported|2024-12-02" },
	/* "When the town was taken on Wednesday": a description may open a clause after
	 * "when" */
	{ "Rebels pounded Soran for three days. When the town was taken by the rebels on Wednesday night, officers gave up.",
	  "2024-12-07", "Soran|opposition|capture|reported|2024-12-04" },
	/* "attempts to seize X were repelled": kept by the attacker's opponent */
	{ "The terrorists' attempts to seize Soran and Halfaya were repelled with heavy losses.", "2024-11-29",
	  "Soran|government|repelled|reported|2024-11-29; Halfaya|government|repelled|reported|2024-11-29" },
	{ "An attempt by rebels to break through the defences of government troops near Soran was thwarted overnight.",
	  "2024-11-29", "Soran|government|repelled|reported|2024-11-28" },
	/* "the party's fighters" (Hezbollah) are the government's; "over the weekend" is the
	 * weekend before the story */
	{ "The party's fighters left Soran over the weekend.", "2024-12-09",
	  "Soran|opposition|withdrawal|reported|2024-12-07" },
	/* "said they were in full control of": a side's word about itself */
	{ "Rebels said they were in full control of Homs on Saturday night.", "2024-12-08",
	  "Homs|opposition|capture|hedged|2024-12-07" },
	/* passives of expulsion are the subject's withdrawal; "After seizing X, rebels
	 * ...": the main clause's subject; "now hold" holds */
	{ "Government forces were driven out of Soran on Thursday.", "2024-12-07",
	  "Soran|opposition|withdrawal|reported|2024-12-05" },
	{ "After seizing Halfaya on Thursday, rebels pushed south.", "2024-12-07",
	  "Halfaya|opposition|capture|reported|2024-12-05" },
	{ "Rebels now hold Homs, residents said on Saturday.", "2024-12-07",
	  "Homs|opposition|held|reported|2024-12-07" },
	/* a seat of power taken by a subject "in the city of X": X */
	{ "In the south, local gunmen in the city of Salamiyah ousted the governor and seized the police headquarters on Friday night.",
	  "2024-12-07", "Salamiyah|opposition|capture|reported|2024-12-06" },
	/* "This news is not correct.", "... are fake": denials */
	{ "Some pages are spreading news that the rebels have seized Soran. This news is not correct.", "2024-12-07",
	  "Soran|opposition|capture|denied|2024-12-07" },
	{ "Reports that rebels took Halfaya are fake, the army said.", "2024-12-07",
	  "Halfaya|opposition|capture|denied|2024-12-07" },
	/* "retook them": the list written just before */
	{ "Rebels took Soran and Halfaya on Friday, two towns the opposition had held for years before the army retook them in 2019.",
	  "2024-12-07", "Soran|opposition|capture|reported|2024-12-06; Halfaya|opposition|capture|reported|2024-12-06; "
	  "Soran|government|capture|reported|2019-01-01; Halfaya|government|capture|reported|2019-01-01" },
	/* a sentence opening with a year gives it to its days written without one */
	{ "In 2015 the Jaish al-Fath coalition took Idlib on 28 March.", "2024-12-14",
	  "Idlib|opposition|capture|reported|2015-03-28" },
	/* a relative clause on the verb's object before "including" */
	{ "On Tuesday the rebels retook villages that had fallen to government forces in 2020, including Soran and Halfaya.",
	  "2024-12-05", "Soran|opposition|capture|reported|2024-12-03; Halfaya|opposition|capture|reported|2024-12-03" },
	/* an interview: "we" and "our brothers" in an answer are the side named before the
	 * first question; "we" with nobody to be is no one, not the subject before */
	{ "The interview\n\nALEPPO, 2 December - We met a commander of the Military Operations Command on Monday.\n\n"
	  "Q: When did you enter Saraqib?\n\nA: The regime ran. On Saturday our brothers entered Saraqib, and "
	  "we liberated Aleppo the same day.",
	  "2024-12-03", "Saraqib|opposition|capture|reported|2024-11-30; Aleppo|opposition|capture|reported|2024-11-30" },
	/* "..., and the fall of X left Homs exposed": the noun after a conjunction has no
	 * actor from the clause before; "left Homs exposed" is no withdrawal */
	{ "Rebels pushed south all week. Once the army redeployed out of Hama on 5 December, the road south lay "
	  "open, and the fall of Rastan and Talbiseh left Homs exposed.", "2024-12-09",
	  "Hama|opposition|withdrawal|reported|2024-12-05; Ar Rastan|opposition|capture|reported|2024-12-05; "
	  "Talbiseh|opposition|capture|reported|2024-12-05" },
	/* a reply in a thread: "It's a lie." denies the last message that named a place,
	 * past a line that names none; not past one that does */
	{ "Chat\n\n[07/12/2024, 19:20] Abu Omar: Forwarded\nThe Syrian Arab Army has retaken Hama city and is "
	  "chasing the terrorist remnants.\n[07/12/2024, 19:22] Rana: this is from the Sham FM group. It's a lie.\n",
	  "2024-12-07", "Hama|government|capture|denied|2024-12-07" },
	{ "Posts\n\nRebels took Saraqib from the army this morning.\n\nChannels say Russian personnel have left "
	  "Hama. This is fake.\n", "2024-12-01", "Saraqib|opposition|capture|reported|2024-12-01" },
	/* a Kurdish official's words: "the so-called National Army" is the SNA; "our
	 * forces" on the Autonomous Administration's page are the SDF's */
	{ "The so-called National Army entered Tal Rifaat on Sunday.", "2024-12-03",
	  "Tall Rif'at|sna|capture|reported|2024-12-01" },
	{ "Statement of the Autonomous Administration of North and East Syria\n\nOur forces entered Deir ez-Zor "
	  "city on Friday at the request of its notables.", "2024-12-08", "Deir ez-Zor|sdf|capture|reported|2024-12-06" },
	/* a list under a lead that names one side: the places opening its items are that
	 * side's, held on the item's day or the story's, or taken when the lead says so;
	 * a lead naming two sides, or none, gives nothing */
	{ "Who holds what\n\nAREAS UNDER SNA CONTROL\n\n- Manbij - unchanged since the weekend, residents say.\n"
	  "- Saraqib and Hama, north of Homs.\n", "2024-12-04",
	  "Manbij|sna|held|reported|2024-12-04; Saraqib|sna|held|reported|2024-12-04; Hama|sna|held|reported|2024-12-04" },
	{ "Advisory\n\nThe following towns were taken by the Military Operations Command since 27 Nov. Dates are "
	  "when control was reported.\n\n- Saraqib - 30 Nov.\n- Hama - reported 03 Dec; not yet verified.\n",
	  "2024-12-04", "Saraqib|opposition|capture|reported|2024-11-30; Hama|opposition|capture|hedged|2024-12-03" },
	{ "Who holds what\n\n## Red: the government\n\nRed marks the areas the army still holds, while the rebels "
	  "press on from the north.\n\n- The coast: Hama and Homs.\n- Damascus, the capital.\n", "2024-12-07",
	  "Hama|government|held|reported|2024-12-07; Homs|government|held|reported|2024-12-07; "
	  "Damascus|government|held|reported|2024-12-07" },
	{ "Who holds what\n\nAREAS UNDER SNA CONTROL\n\n- Manbij - 12 killed in air strikes on Monday.\n"
	  "- Saraqib - thousands displaced toward Hama.\n", "2024-12-04", "" },
	{ "Who holds what\n\nAREAS UNDER SDF / GoS CONTROL\n\n- Manbij - tense but calm, residents say.\n"
	  "- Hama - quiet since the weekend.\n", "2024-12-04", "" },
	{ "Weather\n\nWhat to expect this week across the region, by our desk.\n\n- Manbij - rain on Monday, "
	  "residents say.\n- Hama - quiet since the weekend.\n", "2024-12-04", "" },
	/* "the fall of X ... was a blow to the government": the "to" is the verb's, not
	 * the noun's taker */
	{ "Rebels seized Aleppo on Saturday.\n\nThe fall of Hama on Thursday was a major blow to the Syrian "
	  "government.", "2024-12-07",
	  "Aleppo|opposition|capture|reported|2024-12-07; Hama|opposition|capture|reported|2024-12-05" },
	/* "had fallen to them": to the side named before in the sentence, else the
	 * paragraph's subject; past the aside between the places and the verb */
	{ "Fighters were moving south in convoys. Rastan had fallen to them early that morning.", "2024-12-06",
	  "Ar Rastan|opposition|capture|reported|2024-12-06" },
	{ "Fighters were moving south all day, and by the evening the news was that Rastan and Talbiseh, the two "
	  "towns on the highway between Hama and Homs, had fallen to them early that morning.", "2024-12-06",
	  "Ar Rastan|opposition|capture|reported|2024-12-06; Talbiseh|opposition|capture|reported|2024-12-06" },
	/* a clause of places and a day alone after a claim says the same of them on its
	 * day; one with more words than the day does not */
	{ "Hama was taken by the Military Operations Command on 5 December; Rastan and Talbiseh on 6 December; "
	  "Homs on 8 December.", "2024-12-16",
	  "Hama|opposition|capture|reported|2024-12-05; Ar Rastan|opposition|capture|reported|2024-12-06; "
	  "Talbiseh|opposition|capture|reported|2024-12-06; Homs|opposition|capture|reported|2024-12-08" },
	{ "Rebels entered Saraqib on Saturday, Aleppo the same day.", "2024-12-03",
	  "Saraqib|opposition|capture|reported|2024-11-30; Aleppo|opposition|capture|reported|2024-11-30" },
	{ "Rebels entered Saraqib on Saturday, Homs residents said on Monday.", "2024-12-03",
	  "Saraqib|opposition|capture|reported|2024-11-30" },
	/* a fact-check: a claim quoted and rated false is denied, one rated true is no
	 * hedge, one not proven stays one */
	{ "Fact-check\n\nCLAIM 1: \"The Syrian army has retaken Hama and is hunting terrorists.\"\n\nVERDICT: FALSE\n\n"
	  "The claim circulated on Thursday and is not supported by anything we can find.\n\nCLAIM 2: \"Rebels "
	  "took Talbiseh.\"\n\nVERDICT: TRUE\n\nCLAIM 3: \"Rebels took Ar Rastan.\"\n\n**Rating:** Unproven\n",
	  "2024-12-06", "Hama|government|capture|denied|2024-12-06; Talbiseh|opposition|capture|reported|2024-12-06; "
	  "Ar Rastan|opposition|capture|hedged|2024-12-06" },
	/* ... and so are claims quoted as a round-up's numbered headings, each with its
	 * rating on the next line */
	{ "Viral claims checked\n\nWe checked the most shared posts of the day against footage and official "
	  "statements.\n\n1. \"Rebels have taken Homs city\"\nVerdict: FALSE\nWhat we found: fighters reached the "
	  "northern outskirts on Friday, but none of the videos from the city centre checks out.\n\n2. \"Rebels "
	  "took Talbiseh\"\nVerdict: TRUE\nWhat we found: footage of the convoys matches its main road.\n",
	  "2024-12-07", "Homs|opposition|capture|denied|2024-12-07; Talbiseh|opposition|capture|reported|2024-12-07" },
	/* "X fell" goes to whoever has been taking places, but not in history: the army's
	 * gains of years before say nothing of who took Aleppo now */
	{ "In 2016 the army retook Halfaya, and in 2018 it took Mahardah.\n\nRebels attacked on 27 November. "
	  "Aleppo fell on 30 November.", "2024-12-02",
	  "Halfaya|government|capture|reported|2016-01-01; Mahardah|government|capture|reported|2018-01-01; "
	  "Aleppo|opposition|capture|reported|2024-11-30" },
	/* the Salvation Government's page: "our forces" are the opposition's, not the
	 * government's; "the liberated towns of X" are its side's, named by nobody */
	{ "NOTICES BOARD - Syrian Salvation Government\n\nHama | Thursday 5 December 2024\n\nOur forces have "
	  "completed the liberation of the city of Hama after the collapse of the regime's defences.",
	  "2024-12-11", "Hama|opposition|capture|reported|2024-12-05" },
	{ "NOTICES BOARD - Military Operations Command\n\nIdlib | Monday 2 December 2024\n\nTo our people "
	  "displaced from the liberated towns of Saraqib and Khan Sheikhoun: teams have begun clearing mines.",
	  "2024-12-11", "Saraqib|opposition|capture|reported|2024-12-02; Khan Shaykhun|opposition|capture|reported|2024-12-02" },
	{ "Notices\n\nIdlib | Monday 2 December 2024\n\nTo the people displaced from the liberated towns of "
	  "Saraqib and Khan Sheikhoun: teams have begun clearing mines.", "2024-12-11", "" },
	{ "The interview\n\nALEPPO, 2 December - We met the commander in an office in the west of the city on "
	  "Monday.\n\nA: The regime did not believe it. In the first two days we liberated Saraqib.", "2024-12-03", "" },
	/* names in a scholar's transliteration, with their diacritics, are the same actors */
	{ "On 30 November, Hay\u02beat Ta\u1e25r\u012br al-Sh\u0101m took Saraqib.", "2025-03-14",
	  "Saraqib|opposition|capture|reported|2024-11-30" },
	/* the owner of a thing taken is no agent of the taking; the owner of men is */
	{ "Rebels launched an offensive on 27 November. Within two days the attackers had overrun the "
	  "government's defensive belt, taking Saraqib on 29 November.", "2024-12-12",
	  "Saraqib|opposition|capture|reported|2024-11-29" },
	{ "On 29 November the army's units abandoned their posts, taking the road to Saraqib.", "2024-12-12", "" },
	{ "Hama was quiet on 29 November. By then the opposition's military spokesman said that his men had "
	  "captured Saraqib.", "2024-12-12", "Saraqib|opposition|capture|reported|2024-11-29" },
	/* the sides named in "the ceasefire between Israel and Hizbullah" are not the
	 * subject the next sentence carries */
	/* a forwarded alert: the quoted lines run on as text; its "yesterday (30 Nov)" is
	 * the day in brackets; the subject before a phrase in brackets; the quoted mail's
	 * "yesterday" counts from the day it was sent */
	{ "Subject: Fwd: FLASH - Syria\n\nUpdate 3 below, with the Sunday alert kept underneath for reference.\n\n"
	  "-----Original Message-----\nSent: Sunday, December 1, 2024 06:15\nSubject: FLASH - Syria\n\n"
	  "> SITUATION\n> - Aleppo city: HTS-led forces took control of most of the city\n>   yesterday (30 Nov), "
	  "including the citadel area and government\n>   buildings.\n> - Saraqib and Idlib (Idlib province, on "
	  "the M5 highway) fell to the opposition on Saturday.\n> - Kuweires air base (approx. 30 km E of the city): "
	  "HTS-led factions said late\n>   yesterday that they had seized the base.\n", "2024-12-02",
	  "Aleppo|opposition|capture|reported|2024-11-30; Saraqib|opposition|capture|reported|2024-11-30; "
	  "Idlib|opposition|capture|reported|2024-11-30; Kuweires Military Airbase|opposition|capture|hedged|2024-11-30" },
	/* an explainer's sections headed by their days ("Wednesday 27 November: the offensive
	 * begins", "2-4 December: the battle for Hama"): the story starts again from each
	 * heading's day, and a weekday under a span of days is its last */
	{ "How did the rebels take Syria?\n\nOn Sunday, Assad fled the country.\n\nWednesday 27 November: the "
	  "offensive begins\n\nRebels launched an attack from Idlib province. Within hours they said they had "
	  "overrun Saraqib.\n\n2-4 December: the battle for Hama\n\nFor several days the army tried to hold the "
	  "line. But on Wednesday rebels captured Soran and Halfaya.\n", "2024-12-09",
	  "Saraqib|opposition|capture|hedged|2024-11-27; Soran|opposition|capture|reported|2024-12-04; "
	  "Halfaya|opposition|capture|reported|2024-12-04" },
	/* an agency's dispatches: each dateline ("Hama, Dec. 2 (SANS) -") dates its own,
	 * and a dispatch after a label in brackets is read though an advert came before */
	{ "News Service\n\n[Dispatch 1 of 2]\nHama, Dec. 1 (SANS) - Units of the army continued on Sunday their "
	  "operations against the terrorist organizations in the countryside, a military source said.\n\n"
	  "Advertisement\n\n[Dispatch 2 of 2]\nHama, Dec. 2 (SANS) - Army units restored security and stability "
	  "to the town of Halfaya in the northern countryside after a counterattack on Monday, the General Command "
	  "said in a statement.\n", NULL, "Halfaya|government|capture|reported|2024-12-02" },
	/* a side named as an administration; a town with its adjective ("the border town
	 * of") ends a list as well as a plain one */
	{ "The Kurdish administration still controls most of the centre, including the cities of Rastan and "
	  "Talbiseh, as well as the border town of Salamiyah.", "2024-12-10",
	  "Ar Rastan|sdf|held|reported|2024-12-10; Talbiseh|sdf|held|reported|2024-12-10; "
	  "Salamiyah|sdf|held|reported|2024-12-10" },
	/* "the following areas:" and items that name their places after a word or two */
	{ "The rebels took control of the following areas on Friday: the cities of Rastan and Talbiseh and the town "
	  "of Salamiyah.", "2024-12-07", "Ar Rastan|opposition|capture|reported|2024-12-06; "
	  "Talbiseh|opposition|capture|reported|2024-12-06; Salamiyah|opposition|capture|reported|2024-12-06" },
	/* a hold said in the present is the day of writing, not the day the paragraph had
	 * reached */
	{ "The SNA took Tal Rifaat on Sunday. For now the SDF still holds Manbij, and says it will defend it.",
	  "2024-12-06", "Tall Rif'at|sna|capture|reported|2024-12-01; Manbij|sdf|held|reported|2024-12-06" },
	/* a name's gloss in Arabic script, in brackets, does not break a list or a clause */
	{ "On Friday, 6 December, the fighters took the towns of Rastan (\u0627\u0644\u0631\u0633\u062a\u0646) and "
	  "Talbiseh (\u062a\u0644\u0628\u064a\u0633\u0629). To the east, Salamiyah (\u0633\u0644\u0645\u064a\u0629), a "
	  "city with a large Ismaili population, was entered on the same day.", "2024-12-08",
	  "Ar Rastan|opposition|capture|reported|2024-12-06; Talbiseh|opposition|capture|reported|2024-12-06; "
	  "Salamiyah|opposition|capture|reported|2024-12-06" },
	/* a chronology set in columns of spaces, with a column of what happened: the
	 * event cell says capture, road cut or a claim; a cell running on is no row */
	{ "Annex A. Chronology\n\nDate     Place                 Actor                   Event\n"
	  "27 Nov   46th Regt area (W.    HTS-led factions        captured\n"
	  "         Aleppo countryside)\n"
	  "28 Nov   M5 near Zarbah        HTS-led factions        road cut\n"
	  "30 Nov   Saraqib               HTS-led factions        claimed\n"
	  "02 Dec   Halfaya, Soran        Syrian army             retaken\n"
	  "09 Dec   Manbij                SNA                     captured (SDF withdrew)\n"
	  "10 Dec   Tal Rifaat            SNA                     patrols\n", "2024-12-12",
	  "M5 highway|opposition|road_cut|reported|2024-11-28; Saraqib|opposition|capture|hedged|2024-11-30; "
	  "Halfaya|government|capture|reported|2024-12-02; Soran|government|capture|reported|2024-12-02; "
	  "Manbij|sna|capture|reported|2024-12-09" },
	/* event data pasted as CSV: a row a claim, its event type read, a quoted note with
	 * commas in it no column */
	{ "Appendix: event rows\n\nevent_date,admin1,location,actor1,event_type,notes\n"
	  "2024-11-30,Idlib,Saraqib,HTS-led coalition,Non-state actor overtakes territory,\"Junction of M4 and M5, "
	  "taken without major fighting\"\n"
	  "2024-12-01,Aleppo,Tal Rifaat,Syrian National Army,Non-state actor overtakes territory,\"After SDF "
	  "withdrawal\"\n"
	  "2024-12-02,Hama,Soran,Syrian government,Government regains territory (claimed),\"Not confirmed\"\n"
	  "2024-12-04,Hama,Hama,HTS-led coalition,Battles,\"Fighting on the northern edge, Hama not entered\"\n",
	  "2024-12-15", "Saraqib|opposition|capture|reported|2024-11-30; Tall Rif'at|sna|capture|reported|2024-12-01; "
	  "Soran|government|capture|hedged|2024-12-02" },
	{ "| Date | Place | Actor | Event |\n|---|---|---|---|\n| 30 Nov | Saraqib | HTS | captured |\n"
	  "| 2 Dec | Halfaya | Syrian army | shelled |\n", "2024-12-12",
	  "Saraqib|opposition|capture|reported|2024-11-30" },
	/* narrow columns through OCR: a day and a name broken at a line's end */
	{ "THE EVENING POST    Friday, December 6, 2024    A7\n\nRebels take Hama as\narmy pulls out\n\n"
	  "BEIRUT - Syrian rebels swept into\nthe central city of Hama on Thurs-\nday, the second big city to\n"
	  "slip from the government in a\nweek, after days of fighting in\nthe northern countryside.\n"
	  "By Wednesday morning, however,\nrebels said they had taken\nthe strategic height of Tal\n"
	  "Rifaat, which overlooks\nthe northern entrances to\nthe city, and the army said it\n"
	  "had beaten back attacks near\nthe town of Soran.\n", NULL,
	  "Hama|opposition|capture|reported|2024-12-05; Soran|government|repelled|hedged|2024-12-04" },
	/* a place set off by a distance from another ("about 30 km southeast of Hama") is
	 * the subject of the clause after it, not the place measured from */
	{ "Homs, about 45 km south of Hama, which remains in government hands, was shelled. Talbiseh, north of "
	  "Homs, which rebels captured on Friday, is quiet.", "2024-12-07",
	  "Homs|government|held|reported|2024-12-07; Talbiseh|opposition|capture|reported|2024-12-06" },
	/* places after ", and" right before a verb of their own are its subject, not the
	 * first verb's objects; a hold in the present is not the first clause's day */
	{ "Rebel forces also seized Hama on Thursday, and the cities of Homs and Damascus remain in government "
	  "hands, according to residents.", "2024-12-07",
	  "Hama|opposition|capture|reported|2024-12-05; Homs|government|held|reported|2024-12-07; "
	  "Damascus|government|held|reported|2024-12-07" },
	/* "a day after they seized Hama" with no day written: a day before the story's;
	 * "A day after entering Hama, they took X": the main clause is not moved */
	{ "Rebel fighters have reached the outskirts of Homs, a day after they seized Hama.", "2024-12-06",
	  "Hama|opposition|capture|reported|2024-12-05" },
	{ "A day after entering Hama, rebels took Rastan.", "2024-12-06",
	  "Ar Rastan|opposition|capture|reported|2024-12-06" },
	/* a hold since a clause with a year began that year, not on the day of writing */
	{ "Manbij, which lies west of the Euphrates, had been held by the SDF since it drove Islamic State out in "
	  "2016.", "2024-12-10", "Manbij|sdf|held|reported|2016-01-01" },
	/* ... but one said in the present perfect holds on the day of writing, unless the
	 * sentence has just told its capture; "still occupies" is a hold */
	{ "The SNA may turn next to Manbij, which the SDF has held since its fighters drove the Islamic State "
	  "group out of the city in 2016.", "2024-12-02",
	  "Manbij|sdf|held|reported|2024-12-02; Manbij|sdf|capture|reported|2016-01-01" },
	{ "By Monday the SNA had captured Manbij, a town the Kurdish forces have held since 2016.", "2024-12-10",
	  "Manbij|sna|capture|reported|2024-12-09; Manbij|sdf|held|reported|2016-01-01" },
	{ "The PKK/YPG still occupies Manbij, west of the Euphrates.", "2024-12-06",
	  "Manbij|sdf|held|reported|2024-12-06" },
	/* "handed X to Y": the subject gives the place up, Y holds it */
	{ "Kurdish forces handed Tal Rifaat to the SNA on Sunday.", "2024-12-06",
	  "Tall Rif'at|sna|withdrawal|reported|2024-12-01" },
	/* "it" is not one of the two ends of a stretch the sentence before measured by */
	{ "Hama lies on the M5 between Aleppo and Damascus. Rebels captured it on Thursday.", "2024-12-06",
	  "Hama|opposition|capture|reported|2024-12-05" },
	/* "all three towns" are the three the sentences just before listed, never a pair
	 * of roads */
	{ "On Monday, the army said it had recaptured Soran, Taybat al-Imam and Halfaya, three towns on the "
	  "approaches to Hama. Officers spoke of a new line. It did not last. By Tuesday evening, rebels had "
	  "retaken all three towns.", "2024-12-04",
	  "Soran|government|capture|hedged|2024-12-02; Taybat al-Imam|government|capture|hedged|2024-12-02; "
	  "Halfaya|government|capture|hedged|2024-12-02; Soran|opposition|capture|reported|2024-12-03; "
	  "Taybat al-Imam|opposition|capture|reported|2024-12-03; Halfaya|opposition|capture|reported|2024-12-03" },
	{ "Rebels took Saraqib, where the M5 and M4 highways meet, on Saturday. The army had taken both towns "
	  "in 2020.", "2024-11-30", "Saraqib|opposition|capture|reported|2024-11-30" },
	/* "The city, <a phrase between commas>, fell": the city named before */
	{ "Rebels closed in on Aleppo. The city, Syria's largest before the war and the scene of its worst "
	  "siege, fell on 30 November with barely a shot fired.", "2024-12-14",
	  "Aleppo|opposition|capture|reported|2024-11-30" },
	/* "drove into" is an entry; "its troops" are the side the sentence before was about */
	{ "On Thursday the rebels drove into Hama itself.", "2024-12-06",
	  "Hama|opposition|capture|reported|2024-12-05" },
	{ "The SNA launched an offensive in the north. On Sunday its fighters entered Tal Rifaat.", "2024-12-03",
	  "Tall Rif'at|sna|capture|reported|2024-12-01" },
	/* past a hedge between the place and its verb; a list going on after a phrase set
	 * off by commas; "since 2016, when ... retook": that year's; sites in places are
	 * not the places, and no list resumes after them */
	{ "Hama is reported to have fallen to rebels.", "2024-12-06", "Hama|opposition|capture|hedged|2024-12-06" },
	{ "Rebels took control of Rastan, home to some 50,000 people, and the town of Talbiseh on Friday.",
	  "2024-12-07", "Ar Rastan|opposition|capture|reported|2024-12-06; Talbiseh|opposition|capture|reported|2024-12-06" },
	{ "Rebels entered Aleppo for the first time since 2016, when government forces retook the city.",
	  "2024-11-30", "Aleppo|opposition|capture|reported|2024-11-30; Aleppo|government|capture|reported|2016-01-01" },
	{ "The group announced control over strategic sites in Aleppo, Idlib, and Hama, taking many prisoners.",
	  "2024-12-07", "" },
	/* a paragraph opening on where and "they" goes on with the last one's subject */
	{ "Insurgents seized most of Aleppo on Nov. 29-30.\n\nOn the road to Hama they captured Soran and "
	  "Halfaya on Tuesday.", "2024-12-05", "Aleppo|opposition|capture|reported|2024-11-29; "
	  "Soran|opposition|capture|reported|2024-12-03; Halfaya|opposition|capture|reported|2024-12-03" },
	/* an adverb of degree inside a phrase of holding; a hold that is itself a denial
	 * cue, or said against "lies", is no denied claim */
	{ "Hama remains firmly in the hands of the army, the source said, urging residents not to heed lies.",
	  "2024-12-04", "Hama|government|held|reported|2024-12-04" },
	{ "Reports that rebels entered Mahardah are false. Mahardah remains under the control of the army.",
	  "2024-12-03", "Mahardah|opposition|capture|denied|2024-12-03; Mahardah|government|held|reported|2024-12-03" },
	/* "between X and the city of Y" are the ends of a stretch, not more of the list */
	{ "SNA units had taken control of dozens of villages in the area, located between Tal Rifaat and the city "
	  "of Aleppo, on Sunday.", "2024-12-02", "" },
	/* a list after "including" past a relative clause set off by commas is the main
	 * verb's */
	{ "On the eastern bank, the SDF had taken control on Friday of the so-called \"seven villages\", which had "
	  "been held by government forces since 2017, including Hatla and Marrat.", "2024-12-07",
	  "Hatla|sdf|capture|reported|2024-12-06; Marrat|sdf|capture|reported|2024-12-06" },
	/* foreign bases held: "its air base at X and its naval facility at Y", "keep troops at" */
	{ "Russian forces still hold their air base at Hmeimim and their naval facility at Tartus, and the "
	  "Americans still keep troops at al-Tanf.", "2024-12-14",
	  "Hmeimim Air Base|other|held|reported|2024-12-14; Tartus|other|held|reported|2024-12-14; "
	  "al-Tanf|other|held|reported|2024-12-14" },
	/* one who only speaks of a withdrawal is not the side left holding the place */
	{ "Rebels took Hama on Thursday. Israel said the army had withdrawn from Homs on Saturday.", "2024-12-08",
	  "Hama|opposition|capture|reported|2024-12-05; Homs|opposition|withdrawal|reported|2024-12-07" },
	/* bare "troops" after a paragraph about a foreign army are that army's */
	{ "Israeli troops were digging in on Monday in the buffer zone on the Golan.\n\nOn Sunday, troops took "
	  "the Syrian summit of Mount Hermon, the army said.", "2024-12-09",
	  "Mount Hermon|other|capture|reported|2024-12-08" },
	/* a headline's two parts: the side named in the first does not act in the second */
	{ "Fall of the regime | Factions enter Damascus at dawn and the president leaves the country.",
	  "2024-12-08", "Damascus|opposition|capture|reported|2024-12-08" },
	/* "the factions" are the ones last named so in the paragraph */
	{ "Turkish-backed factions attacked Manbij on Sunday. According to sources, the factions took Tal Rifaat.",
	  "2024-12-09", "Tall Rif'at|sna|capture|hedged|2024-12-08" },
	{ "Turkish-backed factions attacked Manbij on Sunday.\n\nIn the south, the factions took Saraqib.",
	  "2024-12-09", "Saraqib|opposition|capture|reported|2024-12-09" },
	/* "These are lies." denies the sentence before; "It denied ..." is no such cue */
	{ "State media claims that the army has repelled an attack on Hama. These are lies meant to deceive the "
	  "soldiers.", "2024-12-05", "Hama|government|repelled|denied|2024-12-05" },
	/* a box of facts under a link to another story: the link names no side for it */
	{ "Read more: Who are Hayat Tahrir al-Sham, the group leading the offensive?\n\nWHAT WE KNOW\n"
	  "- Rebels took Hama on Thursday.\n- Homs, about 45 kilometres to the south, is widely seen as the next "
	  "target.\n", "2024-12-06", "Hama|opposition|capture|reported|2024-12-05" },
	/* the words of an outlet hostile to them for the Turkish-backed factions */
	{ "On Sunday Turkish-backed militants drove Kurdish fighters out of Tal Rifaat.", "2024-12-02",
	  "Tall Rif'at|sna|capture|reported|2024-12-01" },
	/* a list goes on after "and onto the Syrian side of" */
	{ "On Sunday Israeli troops moved into the buffer zone on the Golan and onto the Syrian side of Mount "
	  "Hermon, officials said.", "2024-12-09", "Mount Hermon|other|capture|reported|2024-12-08" },
	/* numbered statements, each under its day: "yesterday" is the day before the
	 * statement's */
	{ "Statements of the command\n\n1. Saturday 7 December 2024, 08:15\n\nRebels entered Halfaya yesterday, "
	  "a commander said.\n\n2. Sunday 8 December 2024, 06:10\n\nRebels took Soran at dawn, a commander said.\n",
	  "2024-12-08", "Halfaya|opposition|capture|reported|2024-12-06; Soran|opposition|capture|reported|2024-12-08" },
	/* a live page under a "LIVE UPDATES" kicker, each entry under its clock */
	{ "LIVE UPDATES\nSyria live: rebels say they are inside Homs\n\n19:40 KSA\nBREAKING: Opposition fighters say "
	  "they have taken control of the city of Quneitra after government forces left their positions.\n\n"
	  "18:30 KSA\nLocal sources tell the channel that government forces have withdrawn from Salamiyah.\n",
	  "2024-12-07", "Quneitra|opposition|capture|hedged|2024-12-07; Salamiyah|opposition|withdrawal|reported|2024-12-07" },
	/* an explainer's bullets under headings that name the side: "fell" with no agent
	 * is the heading's side's, not the last taker's */
	{ "Who controls what in Syria?\n\nSYRIAN DEMOCRATIC FORCES (SDF)\n\n* The Kurdish-led SDF moved into Deir ez-Zor "
	  "on Dec. 6 after government troops withdrew.\n\nHTS-LED REBELS\n\n* Saraqib, at the junction of the M4 and "
	  "M5 highways, fell on Nov. 30.\n", "2024-12-07",
	  "Deir ez-Zor|sdf|capture|reported|2024-12-06; Saraqib|opposition|capture|reported|2024-11-30" },
	/* a paragraph (a bullet) that opens on "its fighters": the last paragraph's side */
	{ "* The Kurdish-led SDF holds most of the northeast.\n* On Dec. 6 its fighters moved into Deir ez-Zor after "
	  "government troops withdrew.\n", "2024-12-07", "Deir ez-Zor|sdf|capture|reported|2024-12-06" },
	/* a hold told as a strip of land "that includes" its towns */
	{ "The Turkey-backed factions control a strip along the border that includes Tal Rifaat and Manbij, "
	  "officials said.", "2024-12-08",
	  "Tall Rif'at|sna|held|reported|2024-12-08; Manbij|sna|held|reported|2024-12-08" },
	/* the US-backed Syrian Free Army is an opposition faction */
	{ "The US-backed Syrian Free Army, based around al-Tanf, said on Saturday it had taken Palmyra.", "2024-12-08",
	  "Palmyra|opposition|capture|hedged|2024-12-07" },
	/* "neighbourhoods controlled by X, among them Y": Y is X's, not the main verb's */
	{ "The monitor said the rebels held most of the city apart from neighbourhoods controlled by Kurdish forces, "
	  "among them Sheikh Maqsoud.", "2024-11-30",
	  "Sheikh Maqsoud|sdf|held|reported|2024-11-30" },
	/* a place described as a side's ("rebel-held Idlib", "Tal Rifaat, a Kurdish-held
	 * enclave") is held by it on the day of writing; not when "formerly" so, when the
	 * sentence takes it from that side, or in a sentence of years gone */
	{ "Turkish-backed factions began an offensive around Tal Rifaat, a Kurdish-held enclave, and air strikes "
	  "hit the rebel-held city of Idlib.", "2024-11-30",
	  "Tall Rif'at|sdf|held|reported|2024-11-30; Idlib|opposition|held|reported|2024-11-30" },
	{ "Shelling hit the formerly rebel-held town of Saraqib.", "2024-12-01", "" },
	{ "Turkish-backed factions seized Tal Rifaat, a Kurdish-held enclave, on Sunday.", "2024-12-02",
	  "Tall Rif'at|sna|capture|reported|2024-12-01" },
	{ "In 2018 government forces retook opposition-held Quneitra after a long siege.", "2024-12-09",
	  "Quneitra|government|capture|reported|2018-01-01" },
	/* a place's own relative clause gives its day: "have taken Aleppo, which they swept
	 * into on Nov. 29" is one capture on 29 November (not one on the day of writing
	 * too), and the clause's verb takes the place before "which", not Hama after it */
	{ "The rebels have taken Aleppo, which they swept into on Nov. 29, and Hama, which fell on Thursday, "
	  "officials said.", "2024-12-07",
	  "Aleppo|opposition|capture|reported|2024-11-29; Hama|opposition|capture|reported|2024-12-05" },
	/* ... a day beats the range of "earlier this week" (for both places the clause
	 * on "which" follows), and the list goes on past the clause to "the Christian town
	 * of" */
	{ "The rebels earlier this week seized a string of towns north of Hama, including Halfaya and Taybat "
	  "al-Imam, which they took on Tuesday, and the Christian town of Mahardah, where residents stayed.",
	  "2024-12-06",
	  "Halfaya|opposition|capture|reported|2024-12-02; Taybat al-Imam|opposition|capture|reported|2024-12-03; "
	  "Mahardah|opposition|capture|reported|2024-12-02; Halfaya|opposition|capture|reported|2024-12-03" },
	/* ... but not a clause telling another side's capture */
	{ "The rebels have captured Manbij, which the SDF had taken on Nov. 30, officials said.", "2024-12-07",
	  "Manbij|opposition|capture|reported|2024-12-07; Manbij|sdf|capture|reported|2024-11-30" },
	/* the greater share of a place is the place, after any verb: "were able to enter
	 * large parts of", "had taken most of"; "most of these areas" is not each of them */
	{ "The terrorist organizations were able to enter large parts of the neighbourhoods of Aleppo city, "
	  "the army said.", "2024-11-30", "Aleppo|opposition|capture|reported|2024-11-30" },
	{ "SNA fighters pushed into the outskirts on Sunday and had taken most of Manbij by Monday, a monitor said.",
	  "2024-12-10", "Manbij|sna|capture|reported|2024-12-09" },
	{ "Rebels took Halfaya and Soran in 2014. The army retook most of these areas in 2019.", "2024-12-01",
	  "Halfaya|opposition|capture|reported|2014-01-01; Soran|opposition|capture|reported|2014-01-01" },
	/* a state told with "is" is the day of writing's, not the day of the sentence before */
	{ "Rebels took Salamiyah on Saturday, activists said. Quneitra is largely controlled by local factions.",
	  "2024-12-10", "Salamiyah|opposition|capture|reported|2024-12-07; Quneitra|opposition|capture|reported|2024-12-10" },
	/* an adverb between an auxiliary and its participle: "has been completely liberated" */
	{ "Hama has been completely liberated, the Military Operations Command said.", "2024-12-05",
	  "Hama|opposition|capture|reported|2024-12-05" },
	/* a change yet to come: "The loss of Hama would open ...", "lacks the combat power
	 * to retake", "rather than to retake" */
	{ "The loss of Hama City would open the M5 toward Homs, analysts said.", "2024-12-03", "" },
	{ "The regime is likely trying to reopen the road rather than to retake Aleppo, analysts said.", "2024-12-03", "" },
	/* ... while "which HTS-led forces seized" is the place before "which" */
	{ "Analysts say the regime lacks the combat power to retake Aleppo City, which HTS-led forces seized on "
	  "November 30.", "2024-12-03", "Aleppo|opposition|capture|reported|2024-11-30" },
	/* "two towns north of Homs, Rastan and Talbiseh": as many places as counted, after
	 * a comma */
	{ "Early on Friday, fighters led by Hayat Tahrir al-Sham drove into two towns just north of Homs, Rastan and "
	  "Talbiseh.", "2024-12-06", "Ar Rastan|opposition|capture|reported|2024-12-06; Talbiseh|opposition|capture|reported|2024-12-06" },
	{ "Rebels took two towns near Hama, Halfaya, on Friday, the monitor said.", "2024-12-06", "" },
	/* a place set before a colon with its kind ("Hama city:"), and "say they're" a hedge */
	{ "Hama city: local factions say they're in full control, the army agreed to an orderly withdrawal.",
	  "2024-12-06", "Hama|opposition|capture|hedged|2024-12-06" },
	/* a question tells nothing, but a wh-question takes its fact as known */
	{ "I'm reading HTS took Deir ez-Zor?", "2024-12-06", "" },
	{ "How did the rebels take Aleppo so fast?", "2024-12-06", "Aleppo|opposition|capture|reported|2024-12-06" },
	/* a timeline's present tense: "Fighters storm into Aleppo", "Homs and Damascus fall" */
	{ "- Nov 30: Fighters storm into Aleppo, the country's second city.\n- 8 December: Homs and Damascus fall.\n",
	  "2024-12-09", "Aleppo|opposition|capture|reported|2024-11-30; Homs|opposition|capture|reported|2024-12-08; "
	  "Damascus|opposition|capture|reported|2024-12-08" },
	{ "Analysts fear Homs could fall within days.", "2024-12-06", "" },
	/* "brought X, Y and Z under the control of" a side (not on the day the offensive
	 * began), "under its control in 2020" */
	{ "The offensive that began on Nov. 27 had already brought Aleppo, Hama and Homs under the control of the "
	  "opposition before the fall of the capital.", "2024-12-09",
	  "Aleppo|opposition|capture|reported|2024-12-09; Hama|opposition|capture|reported|2024-12-09; "
	  "Homs|opposition|capture|reported|2024-12-09" },
	{ "The army brought the town of Saraqib under its control in 2020.", "2024-12-09",
	  "Saraqib|government|capture|reported|2020-01-01" },
	/* "from Daesh/ISIS in August 2016": a year past the slash */
	{ "The SDF seized Manbij from Daesh/ISIS in August 2016 during an offensive backed by the US.", "2024-12-09",
	  "Manbij|sdf|capture|reported|2016-08-01" },
	/* a Kurdish outlet's "Turkish-backed mercenary factions" are the SNA */
	{ "The council was still resisting in parts of Manbij on Tuesday, a day after Turkish-backed mercenary "
	  "factions stormed the city.", "2024-12-10", "Manbij|sna|capture|reported|2024-12-09" },
	/* "before the fall of the capital": its taker the side the sentence brought places
	 * under, and not the day the offensive began */
	{ "The offensive that began on Nov. 27 had already brought Aleppo and Hama under the control of the opposition "
	  "before the fall of Damascus.", "2024-12-09",
	  "Aleppo|opposition|capture|reported|2024-12-09; Hama|opposition|capture|reported|2024-12-09; "
	  "Damascus|opposition|capture|reported|2024-12-09" },
	/* "controlled X province": the governorate, as with "took" */
	{ "Opposition fighters have controlled Idlib province since Sunday, state media said.", "2024-12-10",
	  "Idlib Governorate|opposition|capture|reported|2024-12-08" },
	/* "there is no sign that ...": a denial of what follows */
	{ "There is no sign that rebels have entered Homs, the monitor said.", "2024-12-06",
	  "Homs|opposition|capture|denied|2024-12-06" },
	/* a name the gazetteer lacks in a list after "among them" spoils nothing else */
	{ "Rebels had taken control of villages in the west, among them Foo Bar and Soran, the monitor said.",
	  "2024-11-28", "Soran|opposition|capture|reported|2024-11-28" },
	{ "Rebels had taken control of villages in the west, among them Sheikh Aqil, Qubtan al-Jabal and Soran, the "
	  "monitor said.", "2024-11-28", "Soran|opposition|capture|reported|2024-11-28" },
	/* a box's item, the place before a dash: "Hama \xe2\x80\x93 the fourth city fell to ..." */
	{ "The key towns\n\nHama \xe2\x80\x93 the country's fourth city fell to the rebels on 5 December after "
	  "a week of fighting.\n", "2024-12-06", "Hama|opposition|capture|reported|2024-12-05" },
	/* "hold" as "holds" (not "hold a meeting", "hold elections") */
	{ "Rebels hold Aleppo, Hama and Homs as well as Idlib, officials said.", "2024-12-10",
	  "Aleppo|opposition|held|reported|2024-12-10; Hama|opposition|held|reported|2024-12-10; "
	  "Homs|opposition|held|reported|2024-12-10; Idlib|opposition|held|reported|2024-12-10" },
	{ "The rebels will hold a meeting in Hama on Monday, officials said.", "2024-12-10", "" },
	/* a denial's next clause with another side for subject is that side's own word */
	{ "A military source said there was no truth to reports that terrorists entered Hama, army units in full "
	  "control of the city.", "2024-12-04",
	  "Hama|opposition|capture|denied|2024-12-04; Hama|government|capture|reported|2024-12-04" },
	/* "Kurdish internal security forces" are the SDF's; a hold said in the present takes no
	 * day from the next control verb's clause */
	{ "Sheikh Maqsoud remains under the control of Kurdish internal security forces, according to residents, "
	  "even as the rest of the city has been held by HTS since last week.", "2024-12-06",
	  "Sheikh Maqsoud|sdf|held|reported|2024-12-06" },
	/* "the city of several hundred thousand people" is the city named before; "the
	 * regime-held provincial capital Deir ez-Zor" */
	{ "Everything now depends on Hama. The army still holds the city of several hundred thousand people.",
	  "2024-12-03", "Hama|government|held|reported|2024-12-03" },
	{ "The SDF said it took seven villages just east of the regime-held provincial capital Deir ez-Zor.",
	  "2024-12-03", "Deir ez-Zor|government|held|reported|2024-12-03" },
	/* a timeline's "troops pull out of X and Kurdish-led forces move in" */
	{ "- Dec 6: In the east, government troops pull out of Deir ez-Zor and Kurdish-led forces move in.\n",
	  "2024-12-09", "Deir ez-Zor|sdf|withdrawal|reported|2024-12-06" },
	/* "the terrorist group" after a named actor was called one (a Turkish agency's
	 * "PKK/YPG terrorist organization") is that actor, not the rebels */
	{ "The SNA liberated Manbij from the PKK/YPG terrorist organization on Monday, sources said.\n\n"
	  "The terrorist group seized Manbij from Daesh/ISIS in August 2016 during an offensive backed by the US.\n",
	  "2024-12-09", "Manbij|sna|capture|hedged|2024-12-09; Manbij|sdf|capture|reported|2016-08-01" },
	/* a counted list after a colon whose first names the gazetteer lacks */
	{ "The SDF said on December 3 that it took control of seven villages on the eastern bank from regime forces: "
	  "Husseiniya, Salhiya, Hatla, Marrat and Mazloum.", "2024-12-04",
	  "Hatla|sdf|capture|reported|2024-12-03; Marrat|sdf|capture|reported|2024-12-03" },
	/* state media's "confronted the attempts of X to advance towards": the army held */
	{ "A military source said the army units confronted the attempts of the terrorist groups to advance "
	  "towards the town of Halfaya, forcing them to flee.", "2024-12-04",
	  "Halfaya|government|repelled|reported|2024-12-04" },
	/* "swept south along the M5 motorway through X and Y": a road on the way, then the
	 * places taken */
	{ "Rebels swept south along the motorway through Saraqib and Maarat al-Numan on Saturday.",
	  "2024-12-05", "Saraqib|opposition|capture|reported|2024-11-30; "
	  "Maarat al-Numan|opposition|capture|reported|2024-11-30" },
	/* "Hezbollah, whose fighters led the recapture of X": Hezbollah's fighters */
	{ "Hezbollah, whose fighters led the recapture of Halfaya in 2016, is weakened.", "2024-12-05",
	  "Halfaya|government|capture|reported|2016-01-01" },
	/* "within striking distance of Homs" is a goal: "the city" next is the one entered */
	{ "Rebels fought their way into the city of Hama on Thursday, bringing them within striking distance of "
	  "Homs.\nThe army said the rebels had broken through on several fronts and entered the city.",
	  "2024-12-05", "Hama|opposition|capture|reported|2024-12-05; Hama|opposition|capture|reported|2024-12-05" },
	/* a monitor's tally: a heading naming a side with its generic word in quotes, items
	 * opening on "most of", a withdrawal in an item that its heading's side took over */
	{ "Monitor tally\n\nAreas that came out of regime control since November 27:\n\n"
	  "First: areas controlled by HTS and allied factions\n- November 30: most of Aleppo city.\n\n"
	  "Second: areas controlled by the Turkish-backed \"National Army\" factions\n- December 1: Manbij city and the villages around it in the east of Aleppo province.\n\n"
	  "Third: areas controlled by the \"SDF\"\n"
	  "- December 6: Deir ez-Zor city, after regime forces and Iranian-backed militias withdrew from it.\n",
	  "2024-12-08", "Aleppo|opposition|held|reported|2024-11-30; Manbij|sna|held|reported|2024-12-01; "
	  "Deir ez-Zor|sdf|withdrawal|reported|2024-12-06" },
	/* a denial of presence is a denied capture; reaching, told as fact, is none */
	{ "Syrian state television denied that the insurgents had reached the city of Aleppo on Friday.",
	  "2024-11-30", "Aleppo|opposition|capture|denied|2024-11-29" },
	{ "State media dismissed reports that the militants were inside Hama.", "2024-12-05",
	  "Hama|opposition|capture|denied|2024-12-05" },
	{ "The insurgents reached Aleppo on Friday and fought on its western edge.", "2024-11-30", "" },
	/* "an offensive that HTS launched from its enclave in Idlib province on Nov. 27": the
	 * launch's day, not the capture's */
	{ "Rebels fought their way into Hama on Thursday.\nThe capture of Hama caps an offensive that HTS "
	  "launched from its enclave in Idlib province on Nov. 27.", "2024-12-06",
	  "Hama|opposition|capture|reported|2024-12-05" },
	/* Iranian and Syrian state media's names for Israel; a military post on a mountain
	 * is the mountain; "SNA factions said they had taken": the SNA's */
	{ "The Zionist regime seized the strategic summit of Mount Hermon on Sunday.", "2024-12-08",
	  "Mount Hermon|other|capture|reported|2024-12-08" },
	{ "Israeli troops on Sunday took a Syrian army position on the Syrian side of Mount Hermon.", "2024-12-08",
	  "Mount Hermon|other|capture|reported|2024-12-08" },
	{ "Local fighters took over security posts in Manbij on Sunday.", "2024-12-08", "" },
	{ "By Monday, SNA factions said they had taken Manbij itself.", "2024-12-10",
	  "Manbij|sna|capture|hedged|2024-12-09" },
	/* "X left the city of Y. The SDF say they have moved in.": Y, and the SDF took what
	 * was left; "walked into"; a relative clause after an apposition with a country */
	{ "Government troops simply left the city of Deir ez-Zor today. The Kurdish-led Syrian Democratic "
	  "Forces say they have moved in.", "2024-12-06",
	  "Deir ez-Zor|sdf|withdrawal|reported|2024-12-06; Deir ez-Zor|sdf|capture|hedged|2024-12-06" },
	{ "Rebels walked into two towns, Ar Rastan and Talbiseh, this morning.", "2024-12-06",
	  "Ar Rastan|opposition|capture|reported|2024-12-06; Talbiseh|opposition|capture|reported|2024-12-06" },
	{ "Just east of it is Aleppo, Syria's biggest city before the war, which the rebels took a week ago.",
	  "2024-12-06", "Aleppo|opposition|capture|reported|2024-11-29" },
	/* "as government troops pulled out of the east, it moved into X": "it" is the side the
	 * sentence before was about, not the subject of the clause of time */
	{ "The SDF has run the north-east for years. On Friday, as government troops pulled out of the east, "
	  "it moved into Deir ez-Zor city.", "2024-12-09", "Deir ez-Zor|sdf|capture|reported|2024-12-06" },
	/* "the army said on Thursday that it had redeployed": "it" is the army, past the day
	 * of the saying, not the first side of the sentence */
	{ "Earlier, the militants had seized Aleppo on November 30, and the army said on Thursday that it had "
	  "redeployed its forces outside the city of Hama.", "2024-12-08",
	  "Aleppo|opposition|capture|reported|2024-11-30; Hama|opposition|withdrawal|hedged|2024-12-05" },
	/* a tally's lead naming the loser: "came out of regime control" is its opponent's
	 * taking, on each item's day */
	{ "Monitor tally\n\nThe following areas came out of regime control since November 27, according to "
	  "activists:\n\n- November 30: Saraqib and Maarat al-Numan on the M5 highway.\n- December 5: Hama city "
	  "and its military airport.\n\nThe monitor will keep documenting.\n", "2024-12-08",
	  "Saraqib|opposition|capture|reported|2024-11-30; Maarat al-Numan|opposition|capture|reported|2024-11-30; "
	  "Hama|opposition|capture|reported|2024-12-05" },
	/* a bullet's "they" under a heading that names a side is that side, not the last
	 * subject of the bullet before */
	{ "Who holds what\n\nREBELS\n\n* Rebels stormed into Aleppo on Nov. 29. Government forces had "
	  "recaptured Aleppo in December 2016.\n\n* In the days that followed they took Saraqib and Maarat "
	  "al-Numan.\n", "2024-12-06",
	  "Aleppo|opposition|capture|reported|2024-11-29; Aleppo|government|capture|reported|2016-12-01; "
	  "Saraqib|opposition|capture|reported|2024-12-06; Maarat al-Numan|opposition|capture|reported|2024-12-06" },
	/* a hold in the present "throughout the war" is today's; in the past it is none */
	{ "Hama remains under government control throughout the war.", "2024-12-03",
	  "Hama|government|held|reported|2024-12-03" },
	/* a forum post taken back by its writer: "EDIT: ok I was wrong" */
	{ "Palmyra taken by the rebels!\nEDIT: ok I was wrong, the US-backed fighters from al-Tanf only started "
	  "moving toward Palmyra today.\n", "2024-12-06", "Palmyra|opposition|capture|denied|2024-12-06" },
	{ "Shelling hit rebel-held Saraqib at the time, the monitor said.", "2024-12-01", "" },
	{ "Air strikes hit rebel-held Idlib for the first time since March, the monitor said.", "2024-12-01",
	  "Idlib|opposition|held|reported|2024-12-01" },
	/* "were consequently able to enter": they did */
	{ "The terrorist organizations were consequently able to enter Saraqib on Saturday, the army said.", "2024-12-01",
	  "Saraqib|opposition|capture|reported|2024-11-30" },
	/* a fall denied by a side's source is a fall to its enemy, whoever took places before */
	{ "The army liberated Saraqib from terrorism in 2020. A military source denied rumours that the city of "
	  "Hama has fallen completely, state media said.", "2024-11-30",
	  "Saraqib|government|capture|reported|2020-01-01; Hama|opposition|capture|denied|2024-11-30" },
	/* "the areas cleared of terrorists ..., including Azaz": done by someone unnamed, not
	 * by the sentence's subject */
	{ "Ankara says the YPG uses Tal Rifaat for attacks on the areas cleared of terrorists in earlier "
	  "operations, including Manbij.", "2024-11-30", "" },
	/* the UN's and Ankara's words: "Türkiye-backed armed groups", "non-State armed groups" */
	{ "Tal Rifaat came under the control of Türkiye-backed armed groups on 1 December.\n\nSaraqib, which is "
	  "reportedly under the control of non-State armed groups, is calm, the UN said.", "2024-12-07",
	  "Tall Rif'at|sna|capture|reported|2024-12-01; Saraqib|opposition|capture|hedged|2024-12-07" },
	/* a name written with points ("the S.D.F.") is the name */
	{ "On Friday, as government forces withdrew from the east, the S.D.F. moved into Deir ez-Zor.", "2024-12-08",
	  "Deir ez-Zor|sdf|capture|reported|2024-12-06" },
	/* "still has its air base at" */
	{ "Russian forces still have their air base at Hmeimim and their naval facility at Tartus.",
	  "2024-12-08", "Hmeimim Air Base|other|held|reported|2024-12-08; Tartus|other|held|reported|2024-12-08" },
	/* the troops a side sends are its own, and so is the verb after "and" */
	{ "Timeline, 8 December: Israel sends troops into the buffer zone on the Golan and takes the Syrian "
	  "peak of Mount Hermon.", "2024-12-09", "Mount Hermon|other|capture|reported|2024-12-08" },
	{ "Rebels took Aleppo. The central city of Hama, about 140 kilometers (90 miles) south of Aleppo, which "
	  "remains in government hands, was shelled.", "2024-11-30",
	  "Aleppo|opposition|capture|reported|2024-11-30; Hama|government|held|reported|2024-11-30" },
	/* a list goes on past a relative clause set off by commas */
	{ "The fighters also captured the town of Saraqib in Idlib province, which sits where the M5 and M4 highways "
	  "meet, and the town of Maarat al-Numan further south on Saturday.", "2024-12-01",
	  "Saraqib|opposition|capture|reported|2024-11-30; Maarat al-Numan|opposition|capture|reported|2024-11-30" },
	/* a colon right after the verb opens its list */
	{ "Among the areas where the rebels took control today: the cities of Rastan and Talbiseh.", "2024-12-06",
	  "Ar Rastan|opposition|capture|reported|2024-12-06; Talbiseh|opposition|capture|reported|2024-12-06" },
	/* "a day after seizing most of the country's second-largest city": the large city
	 * named before (the only one here: the test has no gazetteer to rank by) */
	{ "Rebel fighters say they have pressed south from Aleppo into the countryside, a day after seizing control "
	  "of most of the country's second-largest city.", "2024-12-01",
	  "Aleppo|opposition|capture|hedged|2024-11-30" },
	/* a trailing "five days after entering it" has its clause's subject */
	{ "In the east, the SDF lost Deir ez-Zor to opposition fighters on 11 December, five days after entering it.",
	  "2024-12-12", "Deir ez-Zor|opposition|withdrawal|reported|2024-12-11; "
	  "Deir ez-Zor|sdf|capture|reported|2024-12-06" },
	/* "the previous day", "two days earlier": before the day the story has reached */
	{ "On Saturday, rebels captured Maarat al-Numan. Saraqib fell to them the previous day.", "2024-12-04",
	  "Maarat al-Numan|opposition|capture|reported|2024-11-30; Saraqib|opposition|capture|reported|2024-11-29" },
	/* a withdrawal told before the capture the article dates earlier: its taker, and
	 * "a week after it was forced out of X": a week before */
	{ "The SDF's gains in the east come a week after it was forced out of Tal Rifaat. SNA factions took Tal "
	  "Rifaat last Sunday.", "2024-12-07", "Tall Rif'at|sna|withdrawal|reported|2024-11-30; "
	  "Tall Rif'at|sna|capture|reported|2024-12-01" },
	/* "took Aleppo and on Thursday entered Hama": the day is the second verb's, and its
	 * subject the first's */
	{ "Rebels advanced. They took Aleppo and on Thursday entered Hama.", "2024-12-07",
	  "Aleppo|opposition|capture|reported|2024-12-07; Hama|opposition|capture|reported|2024-12-05" },
	/* "In neighbouring X, ... took over the governor's building"; "government offices in X" */
	{ "In neighbouring Salamiyah, local fighters took over the governor's building on Friday.", "2024-12-08",
	  "Salamiyah|opposition|capture|reported|2024-12-06" },
	{ "Local fighters had taken over government offices in Quneitra and the town of Khan Arnabah on Saturday.",
	  "2024-12-08", "Quneitra|opposition|capture|reported|2024-12-07; Khan Arnabah|opposition|capture|reported|2024-12-07" },
	/* "was holding X" is a hold; "on the verge of seizing X" no capture; "... and says
	 * reports of a withdrawal are lies" denies the reports, not the first clause */
	{ "State media insisted the army was holding Homs and said warplanes had struck rebel gatherings.",
	  "2024-12-07", "Homs|government|held|reported|2024-12-07" },
	{ "Rebels said Saturday they were on the verge of seizing Homs.", "2024-12-07", "" },
	{ "The defence ministry insists the army is in control of Homs and says reports of a withdrawal are lies.",
	  "2024-12-07", "Homs|government|capture|reported|2024-12-07" },
	/* "repelled attacks on military points near X": the place held */
	{ "Army units on Sunday repelled attacks launched by terrorist organizations on military points near Soran "
	  "and Taybat al-Imam.", "2024-12-01",
	  "Soran|government|repelled|reported|2024-12-01; Taybat al-Imam|government|repelled|reported|2024-12-01" },
	/* "the first time since 2011": a year it was not so, never the event's day */
	{ "Rebels captured Hama on Thursday. It was the first time since 2011 that Hama was out of government "
	  "hands.", "2024-12-06", "Hama|opposition|capture|reported|2024-12-05; "
	  "Hama|opposition|capture|reported|2024-12-05" },
	{ "HTS opened an offensive on 27 November. The timing, the day the ceasefire between Israel and "
	  "Hizbullah took effect, drew comment. On 29 November they took Saraqib.", "2024-12-12",
	  "Saraqib|opposition|capture|reported|2024-11-29" },
	/* a place right after a subject and its own verb is not one of the list before
	 * "fell" ("reached X and Y fell", "the town where the M5 meets the M4, and Aleppo
	 * fell"); a saying is no such verb */
	{ "Rebels pushed east from Idlib on Wednesday. On Friday they reached Saraqib and Aleppo fell the next day.",
	  "2024-12-05", "Aleppo|opposition|capture|reported|2024-11-30" },
	{ "Rebels pushed east from Idlib on Wednesday. On Friday a monitor said Saraqib and Maarat al-Numan fell to them.",
	  "2024-12-05", "Saraqib|opposition|capture|reported|2024-11-29; Maarat al-Numan|opposition|capture|reported|2024-11-29" },
	/* a podcast's present tense: "Hama falls", "the army leaves X"; "nobody's entered
	 * Homs" in the ministry's mouth denies its enemy's taking */
	{ "Rebels pushed south from Aleppo. So on Thursday, Hama falls.", "2024-12-10",
	  "Hama|opposition|capture|reported|2024-12-05" },
	{ "Rebels took Saraqib. On Friday the army leaves Manbij, and the SDF moves into the city.", "2024-12-10",
	  "Saraqib|opposition|capture|reported|2024-12-10; Manbij|sdf|withdrawal|reported|2024-12-06; "
	  "Manbij|sdf|capture|reported|2024-12-06" },
	{ "And Saturday is the strange day: the defence ministry is saying Hama is calm, nobody's entered Hama.",
	  "2024-12-10", "Hama|opposition|capture|denied|2024-12-07" },
	/* "the fall of the city as a blow to "terrorists"": what it was to them, not who
	 * took it */
	{ "SNA factions captured Manbij on Monday. Turkish officials hailed the fall of the city as a blow to "
	  "\"terrorists\", their word for the YPG.", "2024-12-13",
	  "Manbij|sna|capture|reported|2024-12-09; Manbij|sna|capture|reported|2024-12-09" },
	/* a map's caption: "the SNA holding a strip along the border from X"; a corridor
	 * "from X through Y to Z" holds each place on the way */
	{ "[Map: Who controls northern Syria. Shaded areas show the Turkish-backed SNA holding a strip along the "
	  "border from Manbij westwards. Source: our research, 12 December.]", "2024-12-13",
	  "Manbij|sna|held|reported|2024-12-13" },
	{ "Rebel groups now hold a corridor running from Saraqib through Hama to Homs and the south.", "2024-12-13",
	  "Saraqib|opposition|held|reported|2024-12-13; Hama|opposition|held|reported|2024-12-13; "
	  "Homs|opposition|held|reported|2024-12-13" },
	/* "against the Syrian Democratic Forces (SDF)": the letters in brackets are the
	 * operation's target as the name is */
	{ "The Turkish-backed Syrian National Army (SNA) opened an operation against the Syrian Democratic Forces (SDF) "
	  "north of Aleppo, and on 1 December took Manbij.", "2025-01-15", "Manbij|sna|capture|reported|2024-12-01" },
	/* "backed by Russian air power and Iranian-backed fighters": both back the
	 * subject; "X, the border town that ..." is "the town" later, not the place an
	 * earlier verb took */
	{ "Hama was besieged for years before government forces, backed by Russian air power and Iranian-backed "
	  "fighters, retook it in November 2017.", "2024-12-07", "Hama|government|capture|reported|2017-11-01" },
	{ "SDF fighters entered Saraqib on Friday night. Accounts conflicted over Manbij, the border town on the "
	  "river. A security source said SDF units had taken over the town on Friday after the militias left.",
	  "2024-12-07", "Saraqib|sdf|capture|reported|2024-12-06; Manbij|sdf|capture|reported|2024-12-06" },
	/* "under the protection of the Internal Security Forces (Asayish)": the known
	 * name in brackets after one the actors lack */
	{ "In Aleppo itself, the Kurdish-majority neighbourhood of Sheikh Maqsoud remains under the protection of the "
	  "Internal Security Forces (Asayish), surrounded on all sides by HTS-led groups.", "2024-12-02",
	  "Sheikh Maqsoud|sdf|held|reported|2024-12-02" },
	/* "..., as well as X and Y" goes on with the places after a broken-off object */
	{ "The SDF already controlled most of the eastern bank of the river in the province, as well as Manbij "
	  "further west.", "2024-12-07", "Manbij|sdf|capture|reported|2024-12-07" },
	/* "did not address the loss of the city" denies nothing */
	{ "The SNA took Manbij on Monday. The SDF said it had been in contact with the coalition but did not directly "
	  "address the loss of the city.", "2024-12-10",
	  "Manbij|sna|capture|reported|2024-12-09; Manbij|sna|withdrawal|reported|2024-12-09" },
	/* "under its control" as "under their control": the subject's */
	{ "The Military Operations Command announced that most of Hama was under its control.", "2024-12-05",
	  "Hama|opposition|capture|reported|2024-12-05" },
	{ "The army said Saraqib remains under its control.", "2024-11-29", "Saraqib|government|held|reported|2024-11-29" },
	/* "declared Hama liberated", "declared the city theirs"; "declared a curfew in X" is
	 * no claim */
	{ "Rebels declared Hama liberated on Thursday.", "2024-12-06", "Hama|opposition|capture|reported|2024-12-05" },
	{ "Rebels reached Saraqib at dusk. They declared the town theirs in the small hours of Friday.", "2024-12-01",
	  "Saraqib|opposition|capture|reported|2024-11-29" },
	{ "The army declared a curfew in Hama on Thursday.", "2024-12-06", "" },
	/* an anniversary piece's "One year ago today": that day a year before */
	{ "One year ago today, rebels captured Saraqib after a day of fighting.", "2025-11-29",
	  "Saraqib|opposition|capture|reported|2024-11-29" },
};

START_TEST(claims_table)
{
	char *got = run(cases[_i].text, cases[_i].pub);
	ck_assert_msg(strcmp(got, cases[_i].want) == 0, "case %d:\n  text: %s\n  got:  %s\n  want: %s",
		      _i, cases[_i].text, got, cases[_i].want);
	free(got);
}
END_TEST

/* "Since then, the rebels have taken Hama": some day between the paragraph's date and
 * the publication, in effect on the map by the publication day, not on the first */
START_TEST(since_then_is_a_range)
{
	fl_date pub, d0;
	ck_assert_int_eq(fl_date_parse("2024-12-06", &pub), FL_OK);
	ck_assert_int_eq(fl_date_parse("2024-11-27", &d0), FL_OK);
	fl_mentions m = { 0 };
	fl_claims cl = { 0 };
	fl_article *a = extract_text("The offensive began on 27 November. Since then, the rebels "
				     "have taken Hama.", "2024-12-06", &m, &cl);
	ck_assert_uint_eq(cl.count, 1);
	ck_assert_int_eq(cl.items[0].date, d0);
	ck_assert_int_eq(cl.items[0].date_end, pub);
	ck_assert_str_eq(cl.items[0].date_precision, "range");
	ck_assert_int_eq(fl_claim_effective_day(&cl.items[0]), pub);
	fl_claims_release(&cl);
	free(m.items);
	fl_article_free(a);
	/* "Since 27 November, the rebels have taken Hama": the same, the day written */
	memset(&m, 0, sizeof m);
	a = extract_text("Since 27 November, the rebels have taken Hama.", "2024-12-06", &m, &cl);
	ck_assert_uint_eq(cl.count, 1);
	ck_assert_int_eq(cl.items[0].date, d0);
	ck_assert_int_eq(cl.items[0].date_end, pub);
	ck_assert_str_eq(cl.items[0].date_precision, "range");
	fl_claims_release(&cl);
	free(m.items);
	fl_article_free(a);
}
END_TEST

START_TEST(attribution_and_fields)
{
	const char *text = "Moreover, Al Mayadeen's correspondent maintained that reports that armed groups have "
			   "taken control of the village of Mahardah are not true.\n\n"
			   "On Sunday the Syrian army and allied forces liberated the town of Halfaya too, according to our correspondent.\n";
	fl_article *a;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_article_parse("t.txt", text, strlen(text), fl_date_from_ymd(2024, 12, 1), &a, &e), FL_OK);
	fl_mentions m = { 0 };
	mentions_for(a, &m);
	fl_claims cl = { 0 };
	ck_assert_int_eq(fl_extract(lx, NULL, a, &m, &cl, &e), FL_OK);
	ck_assert_uint_eq(cl.count, 2);
	ck_assert_str_eq(cl.items[0].attributed_to, "Al Mayadeen's correspondent");
	ck_assert_str_eq(cl.items[0].source_side, "government");
	ck_assert_str_eq(cl.items[0].actor, "armed groups");
	ck_assert_str_eq(cl.items[0].status, "denied");
	ck_assert_ptr_nonnull(strstr(cl.items[0].sentence, "are not true."));
	ck_assert_uint_eq(cl.items[0].start, 0);
	ck_assert_str_eq(cl.items[1].actor, "Syrian army and allied forces");
	ck_assert_str_eq(cl.items[1].status, "reported");
	ck_assert_str_eq(cl.items[1].date_precision, "day");
	ck_assert(cl.items[1].lat > 35 && cl.items[1].lon > 36);
	/* a failed call leaves out as it was; a second call appends */
	ck_assert_int_eq(fl_extract(lx, NULL, a, &m, &cl, &e), FL_OK);
	ck_assert_uint_eq(cl.count, 4);
	fl_claims_release(&cl);
	free(m.items);
	fl_article_free(a);
}
END_TEST

/* The dateline's agency is not the speaker when a source says it in the sentence. */
START_TEST(attribution_after_dateline)
{
	fl_mentions m = { 0 };
	fl_claims cl = { 0 };
	fl_article *a = extract_text("BEIRUT, Dec 8 (Reuters) - Government forces have lost control of Hama, a "
				     "military source said on Thursday.\n\nRebels took Homs on Saturday.\n",
				     "2024-12-08", &m, &cl);
	ck_assert_uint_eq(cl.count, 2);
	ck_assert_str_eq(cl.items[0].place, "Hama");
	ck_assert_str_eq(cl.items[0].attributed_to, "a military source");
	ck_assert_str_eq(cl.items[1].place, "Homs");
	ck_assert_str_eq(cl.items[1].attributed_to, "Reuters");
	fl_claims_release(&cl);
	free(m.items);
	fl_article_free(a);
}
END_TEST

START_TEST(sides_from_data)
{
	size_t n;
	const fl_side *s = fl_lexicon_sides(lx, &n);
	ck_assert_uint_ge(n, 7);
	ck_assert_str_eq(s[0].id, "government");
	ck_assert_ptr_nonnull(fl_lexicon_side(lx, "sdf"));
	ck_assert_str_eq(fl_lexicon_side(lx, "sdf")->color, "#fed976");
	ck_assert(fl_lexicon_side(lx, "unknown")->state);
	ck_assert_ptr_null(fl_lexicon_side(lx, "martians"));
}
END_TEST

START_TEST(lexicon_errors)
{
	char *dir = tu_tmpdir();
	char p[700];
	snprintf(p, sizeof p, "%s/actors.json", dir);
	const char *bad = "{\n  \"sides\": [ { \"id\": \"a\", \"color\": \"#000000\" } ],\n  \"actors\": [,]\n}\n";
	ck_assert_int_eq(tu_write_file(p, bad, strlen(bad)), 0);
	fl_lexicon *l2;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_lexicon_load(dir, &l2, &e), FL_EPARSE);
	ck_assert_ptr_null(l2);
	ck_assert_int_eq(e.line, 3);
	ck_assert_ptr_nonnull(strstr(e.source, "actors.json"));
	/* a side without colour */
	const char *nocolor = "{ \"sides\": [ { \"id\": \"a\" } ], \"actors\": [] }";
	ck_assert_int_eq(tu_write_file(p, nocolor, strlen(nocolor)), 0);
	snprintf(p, sizeof p, "%s/verbs.json", dir);
	const char *verbs = "{ \"control\": [ { \"event\": \"capture\", \"phrases\": [\"took\"] } ] }";
	ck_assert_int_eq(tu_write_file(p, verbs, strlen(verbs)), 0);
	fl_error_clear(&e);
	ck_assert_int_eq(fl_lexicon_load(dir, &l2, &e), FL_EPARSE);
	ck_assert_ptr_nonnull(strstr(e.text, "color"));
	/* a "-held" word for a side nobody defined */
	snprintf(p, sizeof p, "%s/actors.json", dir);
	const char *held = "{ \"sides\": [ { \"id\": \"a\", \"color\": \"#000000\" } ], \"actors\": [],\n"
			   "  \"held_prefixes\": { \"rebel\": \"martians\" } }";
	ck_assert_int_eq(tu_write_file(p, held, strlen(held)), 0);
	fl_error_clear(&e);
	ck_assert_int_eq(fl_lexicon_load(dir, &l2, &e), FL_EPARSE);
	ck_assert_ptr_nonnull(strstr(e.text, "rebel"));
	ck_assert_ptr_nonnull(strstr(e.source, "actors.json"));
	/* a complement needs the places after the verb */
	const char *fine = "{ \"sides\": [ { \"id\": \"a\", \"color\": \"#000000\" } ], \"actors\": [] }";
	ck_assert_int_eq(tu_write_file(p, fine, strlen(fine)), 0);
	snprintf(p, sizeof p, "%s/verbs.json", dir);
	const char *comp = "{ \"control\": [ { \"event\": \"capture\", \"object\": \"before\", "
			   "\"complement\": [\"free\"], \"phrases\": [\"declared\"] } ] }";
	ck_assert_int_eq(tu_write_file(p, comp, strlen(comp)), 0);
	fl_error_clear(&e);
	ck_assert_int_eq(fl_lexicon_load(dir, &l2, &e), FL_EPARSE);
	ck_assert_ptr_nonnull(strstr(e.text, "complement"));
	ck_assert_ptr_nonnull(strstr(e.source, "verbs.json"));
	tu_rmtree(dir);
	free(dir);
}
END_TEST

/* The regime's fall: a claim about the country for the side that takes over, only when
 * the regime is named by the verb; intentions, slogans and denials are not a fall. Needs
 * the built gazetteer (the country is a gazetteer place); skipped without it. */
static const struct {
	const char *text, *want;
} regime_cases[] = {
	{ "Syrian rebels toppled President Bashar al-Assad on Sunday, ending his family's rule.",
	  "Syria|opposition|collapse|reported|2024-12-08" },
	{ "The Assad regime collapsed on Sunday as rebels entered the capital.",
	  "Syria|opposition|collapse|reported|2024-12-08" },
	{ "The fall of the Assad regime on Sunday stunned the region.",
	  "Syria|opposition|collapse|reported|2024-12-08" },
	{ "Assad has fled the country, two officers said on Sunday.",
	  "Syria|opposition|collapse|reported|2024-12-08" },
	{ "Rebels reportedly ousted Assad on Sunday.", "Syria|opposition|collapse|hedged|2024-12-08" },
	{ "The army said reports that Assad had fled were not true.",
	  "Syria|opposition|collapse|denied|2024-12-08" },
	{ "Protesters in 2011 called for the fall of the regime.", "" },
	{ "Rebels vowed to topple Assad.", "" },
	{ "Government forces fell back towards the coast on Sunday.", "" },
	{ "Assad's forces collapsed around Hama on Thursday.", "" },
	/* something of his is not his rule */
	{ "Rebels seized Assad's palace on Sunday.", "" },
	{ "Rebels toppled Bashar al-Assad's regime on Sunday.", "Syria|opposition|collapse|reported|2024-12-08" },
};

/* An HTML page is read through its character references; the claim's sentence is the
 * words a reader sees, its offsets the page's bytes. */
START_TEST(html_page_references)
{
	fl_mentions m = { 0 };
	fl_claims cl = { 0 };
	const char *h = "<html><body><p>Rebels took <a href=\"/t/q\">Qal&#8217;at al-Madiq</a> on "
			"December&nbsp;4, the faction&#8217;s commander said.</p><p>Shelling went on.</p>"
			"</body></html>";
	fl_article *a = extract_text(h, "2024-12-06", &m, &cl);
	ck_assert_uint_eq(cl.count, 1);
	const fl_claim *c = &cl.items[0];
	char buf[11];
	ck_assert_str_eq(c->place, "Qal'at al-Madiq");
	ck_assert_str_eq(c->side, "opposition");
	ck_assert_str_eq(fl_date_format(c->date, buf), "2024-12-04");
	ck_assert_str_eq(c->sentence, "Rebels took Qal\u2019at al-Madiq on December 4, the faction\u2019s "
				      "commander said.");
	ck_assert(c->start < c->end && c->end <= a->len && h[c->start] == 'R');
	fl_claims_release(&cl);
	free(m.items);
	fl_article_free(a);
}
END_TEST

START_TEST(regime_fall)
{
	fl_gazetteer *gz;
	fl_error e;
	fl_error_clear(&e);
	if (fl_gazetteer_open(NULL, &gz, &e) != FL_OK) {
		printf("regime_fall skipped: %s\n", e.text);
		return;
	}
	fl_date pub;
	ck_assert_int_eq(fl_date_parse("2024-12-08", &pub), FL_OK);
	for (size_t i = 0; i < sizeof regime_cases / sizeof regime_cases[0]; i++) {
		const char *text = regime_cases[i].text;
		fl_article *a;
		ck_assert_int_eq(fl_article_parse("t.txt", text, strlen(text), pub, &a, &e), FL_OK);
		fl_mentions m = { 0 };
		ck_assert_int_eq(fl_geoparse(gz, a, &m, &e), FL_OK);
		fl_claims cl = { 0 };
		ck_assert_msg(fl_extract(lx, gz, a, &m, &cl, &e) == FL_OK, "%s", e.text);
		char got[512] = "", buf[11];
		for (size_t k = 0; k < cl.count; k++) {
			const fl_claim *c = &cl.items[k];
			if (strcmp(c->event, FL_EVENT_COLLAPSE) != 0)
				continue;
			snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s|%s|%s|%s|%s",
				 *got ? "; " : "", c->place, c->side, c->event, c->status,
				 fl_date_format(c->date, buf));
		}
		ck_assert_msg(strcmp(got, regime_cases[i].want) == 0, "text: %s\n  got:  %s\n  want: %s",
			      text, got, regime_cases[i].want);
		fl_claims_release(&cl);
		fl_mentions_release(&m);
		fl_article_free(a);
	}
	fl_gazetteer_free(gz);
}
END_TEST

int main(void)
{
	/* yearless datelines are placed by the years up to today: the day the answers
	 * were written, so that they hold in later years */
	setenv("FRONTLINE_TODAY", "2026-11-23", 1);
	Suite *s = suite_create("extract");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, claims_table, 0, sizeof cases / sizeof cases[0]);
	tcase_add_test(tc, attribution_and_fields);
	tcase_add_test(tc, attribution_after_dateline);
	tcase_add_test(tc, since_then_is_a_range);
	tcase_add_test(tc, regime_fall);
	tcase_add_test(tc, html_page_references);
	tcase_add_test(tc, sides_from_data);
	tcase_add_test(tc, lexicon_errors);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
