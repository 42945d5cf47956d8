/* SPDX-License-Identifier: MIT
 * check_geoparse.c - places found in running text: longest match, article forms,
 * kind words, roads, people and organisations that are not places, unresolved
 * place-like names after cues. Sentences written by the project for these tests.
 *
 * Articles are built by hand (one sentence per line) so the tests do not depend on
 * the article reader's heuristics. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"
#include "geoparse.h"

static char *tmp, *gzpath;
static fl_gazetteer *gz;

static void suite_setup(void)
{
	tmp = tu_tmpdir();
	if (!tmp || asprintf(&gzpath, "%s/g.fgaz", tmp) < 0)
		abort();
	fl_gazetteer_sources src = { 0 };
	char *supp = tu_src_path("gazetteer");
	src.supplements = supp;
	fl_error err;
	fl_error_clear(&err);
	if (fl_gazetteer_build(&src, gzpath, NULL, &err) != FL_OK ||
	    fl_gazetteer_open(gzpath, &gz, &err) != FL_OK) {
		fprintf(stderr, "cannot build the gazetteer (run scripts/prepare-data.sh): %s\n", err.text);
		abort();
	}
	free(supp);
}

static void suite_teardown(void)
{
	fl_gazetteer_free(gz);
	tu_rmtree(tmp);
	free(tmp);
	free(gzpath);
}

/* An article from text: one sentence per line. */
static fl_article *article_of(const char *text)
{
	fl_article *a = calloc(1, sizeof(*a));
	a->text = strdup(text);
	a->len = strlen(text);
	a->source = strdup("test");
	strcpy(a->id, "0000000000000000000000000000000000000000000000000000000000000000");
	a->published = FL_DATE_NONE;
	size_t cap = 16;
	a->sentences = calloc(cap, sizeof(fl_span));
	size_t s = 0;
	for (size_t i = 0; i <= a->len; i++) {
		if (i == a->len || text[i] == '\n') {
			if (i > s) {
				if (a->nsentences == cap)
					a->sentences = realloc(a->sentences, (cap *= 2) * sizeof(fl_span));
				a->sentences[a->nsentences++] = (fl_span){ s, i };
			}
			s = i + 1;
		}
	}
	return a;
}

static void article_drop(fl_article *a)
{
	free(a->text);
	free(a->source);
	free(a->sentences);
	free(a);
}

typedef struct expect {
	const char *text;	/* the mention's exact text */
	int64_t id;		/* expected place, 0 for unresolved */
} expect;

typedef struct gcase {
	const char *article;
	expect want[8];		/* every mention, in order; { NULL } ends */
} gcase;

static const gcase cases[] = {
	{ "Government forces recaptured the town of Talbiseh and al-Rastan on Thursday, north of Homs.",
	  { { "Talbiseh", 163779 }, { "al-Rastan", 172946 }, { "Homs", 169577 }, { NULL, 0 } } },
	{ "Iraqi Foreign Minister Fuad Hussein met Hakan Fidan in Baghdad on Sunday.",
	  { { "Baghdad", 98182 }, { NULL, 0 } } },
	/* UN spellings: "Bab al-Salam" is the crossing, not Al-Bab; "Saraqab" is Saraqib */
	{ "Trucks crossed through Bab al-Salam on Monday, and NSAGs reportedly took Saraqab on the M5.",
	  { { "Bab al-Salam", 9000000280 }, { "Saraqab", 164816 }, { "M5", 9000000101 }, { NULL, 0 } } },
	{ "Hayat Tahrir al-Sham fighters entered Hama after the army withdrew.",
	  { { "Hama", 170017 }, { NULL, 0 } } },
	{ "Clashes continued in the Hama countryside and in Idlib province.",
	  { { "Hama", 9000000010 }, { "Idlib", 9000000012 }, { NULL, 0 } } },
	{ "Rebels cut the M5 highway near Maarat al-Numan and Saraqib.",
	  { { "M5", 9000000101 }, { "Maarat al-Numan", 167611 }, { "Saraqib", 164816 }, { NULL, 0 } } },
	/* a spelling no list has, with the article before it: "Al-Suwaidaa" is Suwayda */
	{ "On December 7, local armed groups took control of Al-Suwaidaa city.",
	  { { "Al-Suwaidaa", 172408 }, { NULL, 0 } } },
	{ "Fighting reached the village of Kafr Zibdeen, east of Morek.",
	  { { "Kafr Zibdeen", 0 }, { "Morek", 166640 }, { NULL, 0 } } },
	{ "In March and May the talks resumed on a Tuesday, the Observatory said.",
	  { { NULL, 0 } } },
	{ "A commander of the Quds Force told Al Mayadeen that Damascus was calm.",
	  { { "Damascus", 170654 }, { NULL, 0 } } },
	{ "The army said it took the town of Khan Shaykhoun and Soran, near Morek.",
	  { { "Khan Shaykhoun", 168325 }, { "Soran", 163915 }, { "Morek", 166640 }, { NULL, 0 } } },
	{ "Residents of Ma'ardas and Ḩalfāyā fled towards Mhardeh and As Suqaylibīyah.",
	  { { "Ma'ardas", 9000000202 }, { "Ḩalfāyā", 170044 }, { "Mhardeh", 166742 },
	    { "As Suqaylibīyah", 163921 }, { NULL, 0 } } },
	{ "Talks in Doha brought no ceasefire for Aleppo's western countryside.",
	  { { "Doha", 9000000301 }, { "Aleppo", 170063 }, { NULL, 0 } } },
	{ "the rebels moved on from hama and homs overnight.",
	  { { NULL, 0 } } },
	{ "Turkish Foreign Minister Hakan Fidan arrived in Damascus.\nFidan then flew to Ankara.",
	  { { "Damascus", 170654 }, { "Ankara", 323786 }, { NULL, 0 } } },
	{ "Turkish-backed fighters entered Kurdish Afrin and Syrian Manbij.",
	  { { "Afrin", 174186 }, { "Manbij", 167357 }, { NULL, 0 } } },
	/* "Turkey-backed", "Iran-led": the sponsor of an actor is no place of the story */
	{ "Turkey-backed groups took Manbij from Iran-allied militias; Turkey welcomed it.",
	  { { "Manbij", 167357 }, { "Turkey", 9000100792 }, { NULL, 0 } } },
	/* a bare road code is a name; a road named after its ends is the road */
	{ "Saraqib, where the M4 and M5 meet, was shelled.",
	  { { "Saraqib", 164816 }, { "M4", 9000000102 }, { "M5", 9000000101 }, { NULL, 0 } } },
	/* a name shared with a place abroad stays at home unless a place of the story is
	 * close to the one abroad (Hajin is also Saimbeyli's old name, nearer Tal Rifaat) */
	{ "Troops entered Hajin after the fall of Tal Rifaat.",
	  { { "Hajin", 174506 }, { "Tal Rifaat", 163476 }, { NULL, 0 } } },
	{ "Traffic on the Damascus-Aleppo M5 highway stopped at Sarmada.",
	  { { "Damascus-Aleppo M5", 9000000101 }, { "Sarmada", 9000000207 }, { NULL, 0 } } },
	/* a name abroad ("Tir" is Tyre) that a capitalised word follows starts a longer name
	 * the gazetteer lacks; after a cue it is unresolved, not guessed abroad */
	{ "Fighters took the village of Tir Shamis, outside Homs.",
	  { { "Tir Shamis", 0 }, { "Homs", 169577 }, { NULL, 0 } } },
	/* ... and once the gazetteer has it, it is that place */
	{ "Fighters took the village of Tir Maalah, outside Homs.",
	  { { "Tir Maalah", 9000000259 }, { "Homs", 169577 }, { NULL, 0 } } },
	/* a sentence's first word, capitalised, before a name is not part of it */
	{ "Yesterday Saraqib fell. Now Homs matters, and Today Hama waits.",
	  { { "Saraqib", 164816 }, { "Homs", 169577 }, { "Hama", 170017 }, { NULL, 0 } } },
	/* a village abroad far from every place at home named is one the gazetteer lacks
	 * (Kawkab, an Israeli village's other name); Maan, Jordan's town's, is now also the
	 * Hama village the gazetteer has */
	{ "Opposition fighters captured the villages of Maan and Kawkab east of Hama.",
	  { { "Maan", 9000000318 }, { "Kawkab", 0 }, { "Hama", 170017 }, { NULL, 0 } } },
	/* "the Shahba area" north of Aleppo: the region, not the town in Suwayda */
	{ "SNA factions took the villages of the Shahba area north of Aleppo.",
	  { { "Shahba area", 9000000299 }, { "Aleppo", 170063 }, { NULL, 0 } } },
	/* a road named by the places it joins: both are places ("the Mhardeh-Suqaylabiyah
	 * road"), but "Damascus-Aleppo international road" names no airport */
	{ "Army units restored security to Karnaz on the Mhardeh-Suqaylabiyah road.",
	  { { "Karnaz", 167739 }, { "Mhardeh", 166742 }, { "Suqaylabiyah", 163921 }, { NULL, 0 } } },
	{ "The factions cut the Damascus-Aleppo international road south of Aleppo.",
	  { { "Damascus", 170654 }, { "Aleppo", 170063 }, { NULL, 0 } } },
	/* an airfield named after its kind, "the military airport of Deir ez-Zor", as
	 * translations from Arabic write it: the airfield, not the town */
	{ "Israeli warplanes bombed the military airport of Deir ez-Zor on Tuesday.",
	  { { "military airport of Deir ez-Zor", 9000000222 }, { NULL, 0 } } },
	/* the article in lower case after a preposition, as ISW writes names ("in as
	 * Suwayda City", "to ar Raqqa"); "as far as Hama" keeps "as" out */
	{ "Druze militias seized government buildings in as Suwayda City; convoys went to ar Raqqa and as far as Hama.",
	  { { "as Suwayda", 172408 }, { "ar Raqqa", 172955 }, { "Hama", 170017 }, { NULL, 0 } } },
	/* ... as Kurdish outlets spell it, "Shehba" */
	{ "Thousands of families from Shehba region fled toward Tabqa as the factions entered the villages of Shehba.",
	  { { "Shehba", 9000000299 }, { "Tabqa", 172374 }, { "Shehba", 9000000299 }, { NULL, 0 } } },
	/* a dash between spaces separates names; a hyphen joins them */
	{ "The SDF took the villages on the bank of the Euphrates - Hatla and Marrat - on Monday.",
	  { { "Hatla", 9000000238 }, { "Marrat", 9000000239 }, { NULL, 0 } } },
	/* spellings nobody lists, where a place must follow: "took control of", "the
	 * settlements of"; a Russian "kh" for the Arabic h */
	/* "the outskirts of Hama", "the Sheikh Maqsoud district of Aleppo": the cities;
	 * "the countryside of Idlib": the governorate */
	{ "Rebels reached the outskirts of Hama as fighting went on in the Sheikh Maqsoud district of Aleppo "
	  "and in the countryside of Idlib.",
	  { { "Hama", 170017 }, { "Sheikh Maqsoud", 9000000206 }, { "Aleppo", 170063 }, { "Idlib", 9000000012 },
	    { NULL, 0 } } },
	/* a scholar's ʿayn at a word's start is part of the name; Arabic script has no
	 * capitals to glue a word before a name onto it */
	{ "Fighting spread to the countryside around D\u0101rat \u02bfIzza and to the hills of Jabal Zayn "
	  "al-\u02bf\u0100bid\u012bn.",
	  { { "D\u0101rat \u02bfIzza", 170857 }, { "Jabal Zayn al-\u02bf\u0100bid\u012bn", 9000000236 }, { NULL, 0 } } },
	{ "The crowd chanted \"\u0645\u0646 \u0643\u0641\u0631\u0646\u0628\u0644\" in the square.",
	  { { "\u0643\u0641\u0631\u0646\u0628\u0644", 168661 }, { NULL, 0 } } },
	{ "On Sunday the SNA took control of Tel Rifat, north of Aleppo.",
	  { { "Tel Rifat", 163476 }, { "Aleppo", 170063 }, { NULL, 0 } } },
	{ "Strikes continued in the areas of the settlements of Kamkhana and Khalfaya, the centre said.",
	  { { "Kamkhana", 9000000208 }, { "Khalfaya", 170044 }, { NULL, 0 } } },
	/* an acronym a name defines is that body's, there and after: "LOD" is no Lod */
	{ "The Levant Observatory for Documentation (LOD) said factions took Halfaya. LOD sources said Soran "
	  "was quiet.",
	  { { "Halfaya", 170044 }, { "Soran", 163915 }, { NULL, 0 } } },
};

START_TEST(geoparse_case)
{
	const gcase *c = &cases[_i];
	fl_article *a = article_of(c->article);
	fl_mentions ms = { 0 };
	fl_error err;
	fl_error_clear(&err);
	ck_assert_int_eq(fl_geoparse(gz, a, &ms, &err), FL_OK);
	size_t nw = 0;
	while (c->want[nw].text)
		nw++;
	for (size_t i = 0; ms.count != nw && i < ms.count; i++)
		fprintf(stderr, "  [%zu] '%.*s' -> %lld %.2f\n", i, (int)(ms.items[i].end - ms.items[i].start),
			a->text + ms.items[i].start,
			ms.items[i].place ? (long long)ms.items[i].place->id : 0LL, ms.items[i].score);
	ck_assert_msg(ms.count == nw, "%zu mentions, expected %zu in: %s", ms.count, nw, c->article);
	for (size_t i = 0; i < nw; i++) {
		const fl_mention *m = &ms.items[i];
		ck_assert(m->start < m->end && m->end <= a->len);
		if (i)
			ck_assert(m->start >= ms.items[i - 1].end);
		size_t wl = strlen(c->want[i].text);
		ck_assert_msg(m->end - m->start == wl && memcmp(a->text + m->start, c->want[i].text, wl) == 0,
			      "mention %zu is '%.*s', expected '%s'", i, (int)(m->end - m->start),
			      a->text + m->start, c->want[i].text);
		if (c->want[i].id) {
			ck_assert_msg(m->place && m->place->id == c->want[i].id,
				      "'%s' resolved to %lld, expected %lld", c->want[i].text,
				      m->place ? (long long)m->place->id : 0LL, (long long)c->want[i].id);
			ck_assert(m->score >= 0.5 && m->score <= 1.0);
		} else {
			ck_assert_ptr_null(m->place);
		}
	}
	fl_mentions_release(&ms);
	article_drop(a);
}
END_TEST

typedef struct want_mention {
	const char *text;	/* as it stands in the read text */
	int64_t id;
} want_mention;

/* Read `text` as the file `name` with the real reader, geoparse it, and assert exactly
 * the mentions of want, in order. */
static void read_and_check(const char *name, const char *text, const want_mention *want, size_t nwant)
{
	fl_article *a = NULL;
	fl_error err;
	fl_error_clear(&err);
	ck_assert_int_eq(fl_article_parse(name, text, strlen(text), FL_DATE_NONE, &a, &err), FL_OK);
	fl_mentions ms = { 0 };
	ck_assert_int_eq(fl_geoparse(gz, a, &ms, &err), FL_OK);
	ck_assert_uint_eq(ms.count, nwant);
	for (size_t i = 0; i < nwant; i++) {
		const fl_mention *m = &ms.items[i];
		size_t wl = strlen(want[i].text);
		ck_assert_msg(m->end - m->start == wl && memcmp(a->text + m->start, want[i].text, wl) == 0,
			      "mention %zu is '%.*s'", i, (int)(m->end - m->start), a->text + m->start);
		ck_assert_ptr_nonnull(m->place);
		ck_assert_int_eq(m->place->id, want[i].id);
	}
	fl_mentions_release(&ms);
	fl_article_free(a);
}

/* An HTML page's character references are the characters they stand for ("Qal&#8217;at"
 * is Qal'at); a mention's offsets are the page's bytes. */
START_TEST(html_character_references)
{
	const char *h = "<html><body><p>Rebels entered Qal&#8217;at al-Madiq and <b>Ma&rsquo;ardas</b>.</p>"
			"<p>Morek&nbsp;fell on Deir&nbsp;ez-Zor&#8217;s day.</p></body></html>";
	static const want_mention want[] = {
		{ "Qal&#8217;at al-Madiq", 166227 }, { "Ma&rsquo;ardas", 9000000202 },
		{ "Morek", 166640 }, { "Deir&nbsp;ez-Zor", 170794 },
	};
	read_and_check("t.html", h, want, sizeof want / sizeof want[0]);
}
END_TEST

/* A hard-wrapped line runs on into the next ("the Kuweires military\n  airbase",
 * "Khan\nTuman"). */
START_TEST(hard_wrapped_lines)
{
	const char *t = "* 02/12: Opposition sources said that the factions had seized the Kuweires military\n"
			"  airbase east of Aleppo city, and that they had reached the gates of Khan\n"
			"  Tuman on the road west of the city.\n";
	static const want_mention want[] = {
		{ "Kuweires military\n  airbase", 9000000211 }, { "Aleppo", 170063 },
		{ "Khan\n  Tuman", 9000000226 },
	};
	read_and_check("t.txt", t, want, sizeof want / sizeof want[0]);
	/* a printed page's narrow columns: short lines run on too */
	t = "Rebels take Hama as\narmy pulls out\n\nBEIRUT - Syrian rebels drove into\nthe central city of Hama on\n"
	    "Thursday, the second big city to\nslip from the government in a\nweek, after days of fighting in\n"
	    "the northern countryside.\nBy Wednesday morning, however,\nrebels said they had taken\n"
	    "the strategic height of Jabal\nZain al-Abidin, which overlooks\nthe northern entrances to\n"
	    "the city, and the army said it\nhad beaten back attacks near\nthe town of Qamhana.\n";
	static const want_mention narrow[] = {
		{ "BEIRUT", 276781 }, { "Hama", 170017 }, { "Jabal\nZain al-Abidin", 9000000236 },
		{ "Qamhana", 9000000208 },
	};
	read_and_check("t.txt", t, narrow, sizeof narrow / sizeof narrow[0]);
}
END_TEST

/* "Aleppo's international airport": the facility the gazetteer knows by the town's
 * name; "Aleppo's mayor" stays the town. */
START_TEST(possessive_facility)
{
	const char *t = "Rebels also took over Aleppo's international airport on Sunday, and Hama's "
			"military airport was shelled, while Aleppo's governor fled the city.\n";
	static const want_mention want[] = {
		{ "Aleppo's international airport", 9000000210 },
		{ "Hama's military airport", 9000000217 },
		{ "Aleppo", 170063 },
	};
	read_and_check("t.txt", t, want, sizeof want / sizeof want[0]);
}
END_TEST

START_TEST(appends_and_nothing_in_boilerplate)
{
	/* only sentences are read: a place outside them is not reported */
	fl_article *a = article_of("Homs\nRebels entered Hama.");
	a->sentences[0] = a->sentences[1];
	a->nsentences = 1;
	fl_mentions ms = { 0 };
	ck_assert_int_eq(fl_geoparse(gz, a, &ms, NULL), FL_OK);
	ck_assert_uint_eq(ms.count, 1);
	ck_assert_int_eq(ms.items[0].place->id, 170017);
	/* a second call appends */
	ck_assert_int_eq(fl_geoparse(gz, a, &ms, NULL), FL_OK);
	ck_assert_uint_eq(ms.count, 2);
	fl_mentions_release(&ms);
	ck_assert_uint_eq(ms.count, 0);
	fl_mentions_release(&ms);
	article_drop(a);
}
END_TEST

int main(void)
{
	suite_setup();
	Suite *s = suite_create("geoparse");
	TCase *tc = tcase_create("text");
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, geoparse_case, 0, (int)(sizeof(cases) / sizeof(cases[0])));
	tcase_add_test(tc, appends_and_nothing_in_boilerplate);
	tcase_add_test(tc, html_character_references);
	tcase_add_test(tc, hard_wrapped_lines);
	tcase_add_test(tc, possessive_facility);
	suite_add_tcase(s, tc);
	int rc = tu_run(s);
	suite_teardown();
	return rc;
}
