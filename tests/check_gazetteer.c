/* SPDX-License-Identifier: MIT
 * check_gazetteer.c - names as English-language reporting spells them resolve to the
 * right GeoNames place; names that are no place stay below 0.5; context picks the
 * kind; imports report malformed lines and lose nothing.
 *
 * The suite builds its own gazetteer from the pinned data (data/src, prepared by the
 * set-up) and the project's supplements, so it tests this tree's gazetteer/. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "testutil.h"
#include "gazetteer.h"

static char *tmp;		/* the suite's folder */
static char *gzpath;		/* gazetteer built there */
static fl_gazetteer *gz;

static void suite_setup(void)
{
	tmp = tu_tmpdir();
	if (!tmp)
		abort();
	if (asprintf(&gzpath, "%s/g.fgaz", tmp) < 0)
		abort();
	fl_gazetteer_sources src = { 0 };
	char *supp = tu_src_path("gazetteer");
	src.supplements = supp;
	fl_error err;
	fl_error_clear(&err);
	fl_status s = fl_gazetteer_build(&src, gzpath, NULL, &err);
	if (s != FL_OK) {
		fprintf(stderr, "cannot build the gazetteer (run scripts/prepare-data.sh): %s\n", err.text);
		abort();
	}
	free(supp);
	if (fl_gazetteer_open(gzpath, &gz, &err) != FL_OK) {
		fprintf(stderr, "cannot open %s: %s\n", gzpath, err.text);
		abort();
	}
}

static void suite_teardown(void)
{
	fl_gazetteer_free(gz);
	tu_rmtree(tmp);
	free(tmp);
	free(gzpath);
}

/* ---- spellings from reporting -> GeoNames id ------------------------------- */

typedef struct variant {
	const char *name;
	int64_t id;
} variant;

/* Project ids (>= 9000000000) are rows of gazetteer/places.tsv. */
static const variant variants[] = {
	{ "Aleppo", 170063 }, { "Halab", 170063 }, { "aleppo", 170063 }, { "ALEPPO", 170063 },
	{ "Idlib", 169389 }, { "Idleb", 169389 }, { "Edlib", 169389 },
	{ "Hama", 170017 }, { "Hamah", 170017 }, { "Ḩamāh", 170017 }, { "حماة", 170017 },
	{ "Homs", 169577 }, { "Hims", 169577 },
	{ "Rastan", 172946 }, { "al-Rastan", 172946 }, { "Ar Rastan", 172946 }, { "ar-Rastan", 172946 },
	{ "Talbiseh", 163779 }, { "Talbisah", 163779 }, { "Tallbisah", 163779 }, { "Tallbīsah", 163779 },
	{ "Talbisa", 163779 },
	{ "Qal'at al-Madiq", 166227 }, { "Qalaat al-Madiq", 166227 }, { "Qalat al-Madiq", 166227 },
	{ "Qal‘at al Maḑīq", 166227 }, { "Qalaat el-Mudiq", 166227 },
	{ "Ma'ardas", 9000000202 }, { "Maardes", 9000000202 }, { "Ma’ardes", 9000000202 },
	{ "Halfaya", 170044 }, { "Ḩalfāyā", 170044 }, { "Helfaya", 170044 },
	/* a Russian wire's "kh" for the Arabic h; a Turkish outlet's spellings */
	{ "Khalfaya", 170044 }, { "Kamkhana", 9000000208 }, { "Azez", 172082 }, { "Cerablus", 169179 },
	{ "Tel Rıfat", 163476 },
	{ "Taybat al-Imam", 163270 }, { "Tayyibat al-Imam", 163270 }, { "Ţayyibat al Imām", 163270 },
	{ "Taibet al-Imam", 163270 },
	{ "Khirbet al-Hijama", 9000000203 }, { "Khirbat al-Hijamah", 9000000203 },
	{ "Soran", 163915 }, { "Souran", 163915 }, { "Suran", 163915 },
	{ "Mahardah", 166742 }, { "Mhardeh", 166742 }, { "Muhradah", 166742 }, { "Muharada", 166742 },
	{ "al-Saqlabiyah", 163921 }, { "Suqaylabiyah", 163921 }, { "As Suqaylibīyah", 163921 },
	{ "Saqlabiyeh", 163921 }, { "al-Suqaylabiyah", 163921 },
	{ "Salamiyah", 164947 }, { "Salamiyeh", 164947 }, { "Salamieh", 164947 }, { "al-Salamiyah", 164947 },
	{ "Khan Sheikhoun", 168325 }, { "Khan Shaykhun", 168325 }, { "Khan Shaykhoun", 168325 },
	{ "Khan Sheikhun", 168325 }, { "Khān Shaykhūn", 168325 },
	{ "Morek", 166640 }, { "Murak", 166640 }, { "Mourek", 166640 }, { "Mūrak", 166640 },
	{ "Hazarin", 9000000201 }, { "Hazzarin", 9000000201 },
	{ "Rakaya", 9000000204 }, { "Rakaya Sijneh", 9000000204 },
	{ "Maarat al-Numan", 167611 }, { "Maarrat al-Numan", 167611 }, { "Ma'arrat al-Nu'man", 167611 },
	{ "Maaret al-Numan", 167611 }, { "Ma‘arrat an Nu‘mān", 167611 }, { "Maarat al-Nouman", 167611 },
	{ "Saraqib", 164816 }, { "Saraqeb", 164816 },
	{ "Damascus", 170654 }, { "Baghdad", 98182 },
	{ "Jisr al-Shughur", 169023 }, { "Jisr ash-Shughur", 169023 },
	{ "Deir ez-Zor", 170794 }, { "Deir al-Zor", 170794 }, { "Dayr az Zawr", 170794 },
	{ "Raqqa", 172955 }, { "al-Raqqa", 172955 }, { "Ar Raqqah", 172955 },
	{ "Kobani", 172256 }, { "Manbij", 167357 }, { "al-Bab", 174018 }, { "Azaz", 172082 },
	{ "Afrin", 174186 }, { "Tal Rifaat", 163476 }, { "Qamishli", 173377 }, { "Palmyra", 163808 },
	{ "Latakia", 173576 }, { "Tartus", 163345 }, { "Daraa", 170905 }, { "Deraa", 170905 },
	{ "Beirut", 276781 }, { "Amman", 250441 }, { "Gaziantep", 314830 }, { "Mosul", 99072 },
	{ "Hama province", 9000000010 }, { "Hama governorate", 9000000010 },
	{ "the Hama countryside", 9000000010 }, { "Idlib province", 9000000012 },
	{ "the M5 highway", 9000000101 }, { "M5", 9000000101 }, { "the Damascus-Aleppo highway", 9000000101 },
	{ "the M4", 9000000102 },
};

/* One test over the whole table (forking per row is slow); every miss is listed. */
START_TEST(variants_resolve)
{
	size_t nv = sizeof(variants) / sizeof(variants[0]), bad = 0;
	ck_assert_uint_ge(nv, 80);
	for (size_t i = 0; i < nv; i++) {
		const variant *v = &variants[i];
		fl_candidate c[5];
		size_t n = fl_gazetteer_lookup(gz, v->name, NULL, c, 5);
		if (n == 0) {
			fprintf(stderr, "'%s': no candidate\n", v->name);
			bad++;
		} else if (c[0].place->id != v->id || c[0].score < 0.6) {
			fprintf(stderr, "'%s': top is %lld %s (%s, %.2f), expected %lld\n", v->name,
				(long long)c[0].place->id, c[0].place->name, c[0].reason, c[0].score,
				(long long)v->id);
			bad++;
		}
	}
	ck_assert_msg(bad == 0, "%zu of %zu spellings resolve wrongly (listed above)", bad, nv);
}
END_TEST

/* ---- names that are no place ------------------------------------------------ */

static const char *const nonplaces[] = {
	"Fuad Hussein", "Hussein", "Hakan Fidan", "Hayat Tahrir al-Sham", "Tahrir al-Sham",
	"Bashar al-Assad", "Assad", "Hamas", "Hezbollah", "Murk", "government", "the",
	"Tuesday", "March", "May", "rebels", "Syrian Democratic Forces", "Reuters",
	"Abu Mohammed al-Jolani", "Mohammed", "Ahmed al-Sharaa", "yesterday", "opposition",
	"Islamic State", "Military Operations Command", "Observatory", "Recep Tayyip Erdogan",
	"Levant", "Al Jazeera", "Ramadan", "tribe", "Nov", "Enab Baladi", "Assyrian",
};

START_TEST(nonplaces_low)
{
	size_t bad = 0;
	for (size_t j = 0; j < sizeof(nonplaces) / sizeof(nonplaces[0]); j++) {
		fl_candidate c[5];
		size_t n = fl_gazetteer_lookup(gz, nonplaces[j], NULL, c, 5);
		for (size_t i = 0; i < n; i++)
			if (c[i].score >= 0.5) {
				fprintf(stderr, "'%s' matched %s (%lld) with %.2f (%s)\n", nonplaces[j],
					c[i].place->name, (long long)c[i].place->id, c[i].score, c[i].reason);
				bad++;
			}
	}
	ck_assert_msg(bad == 0, "%zu confident matches for names that are no place", bad);
}
END_TEST

START_TEST(exact_beats_fuzzy)
{
	fl_candidate c[5];
	/* an exact name scores 1 and says so */
	ck_assert_uint_ge(fl_gazetteer_lookup(gz, "Khan Sheikhoun", NULL, c, 5), 1);
	ck_assert(c[0].score == 1.0);
	ck_assert_ptr_nonnull(strstr(c[0].reason, "exact"));
	/* a spelling nobody lists is fuzzy: trusted, but below 1 */
	ck_assert_uint_ge(fl_gazetteer_lookup(gz, "Khan Shaykhoun", NULL, c, 5), 1);
	ck_assert_int_eq(c[0].place->id, 168325);
	ck_assert(c[0].score < 1.0 && c[0].score >= 0.5);
	ck_assert_ptr_nonnull(strstr(c[0].reason, "fuzzy"));
	/* vowels and doubled letters are the cheap differences of transliteration: "Ein
	 * Issa" is Ayn Isa well above the geoparser's bar for a cued name (0.65) */
	ck_assert_uint_ge(fl_gazetteer_lookup(gz, "Ein Issa", NULL, c, 5), 1);
	ck_assert_int_eq(c[0].place->id, 172134);
	ck_assert(c[0].score >= 0.65 && c[0].score < 1.0);
	/* so is the h of a final -ah (ta marbuta): "Salamiya" is Salamiyah as surely as a
	 * vowel apart (0.74 when the h cost a consonant) */
	ck_assert_uint_ge(fl_gazetteer_lookup(gz, "Salamiya", NULL, c, 5), 1);
	ck_assert_str_eq(c[0].place->name, "Salamiyah");
	ck_assert(c[0].score >= 0.8 && c[0].score < 1.0);
	/* the outside-theatre city is known but never scores as a theatre place */
	ck_assert_uint_ge(fl_gazetteer_lookup(gz, "Doha", NULL, c, 5), 1);
	ck_assert_str_eq(c[0].place->country, "QA");
	ck_assert(c[0].score < 1.0);
}
END_TEST

START_TEST(context_prefers_kind)
{
	fl_candidate c[5];
	ck_assert_uint_ge(fl_gazetteer_lookup(gz, "Hama", NULL, c, 5), 1);
	ck_assert_int_eq(c[0].place->id, 170017);
	ck_assert_uint_ge(fl_gazetteer_lookup(gz, "Hama", "the province", c, 5), 1);
	ck_assert_str_eq(c[0].place->kind, "ADM1");
	ck_assert_str_eq(c[0].place->admin1, "SY.10");
	ck_assert_uint_ge(fl_gazetteer_lookup(gz, "Idlib", "countryside", c, 5), 1);
	ck_assert_str_eq(c[0].place->kind, "ADM1");
	ck_assert_uint_ge(fl_gazetteer_lookup(gz, "Idlib", "city of", c, 5), 1);
	ck_assert_int_eq(c[0].place->id, 169389);
	ck_assert_uint_ge(fl_gazetteer_lookup(gz, "city of Hama", NULL, c, 5), 1);
	ck_assert_int_eq(c[0].place->id, 170017);
	/* two Şūrān in Syria: the Hama one (SY.10, a town) before the Aleppo one */
	size_t n = fl_gazetteer_lookup(gz, "Suran", NULL, c, 5);
	ck_assert_uint_ge(n, 2);
	ck_assert_str_eq(c[0].place->admin1, "SY.10");
	bool aleppo = false;
	for (size_t i = 1; i < n; i++)
		aleppo |= c[i].place->id == 163913;
	ck_assert(aleppo);
}
END_TEST

START_TEST(road_is_a_chain)
{
	const fl_place *m5 = fl_gazetteer_get(gz, 9000000101);
	ck_assert_ptr_nonnull(m5);
	ck_assert_int_eq(m5->fclass, 'R');
	ck_assert_uint_ge(m5->chain_len, 5);
	for (size_t i = 0; i < m5->chain_len; i++)
		ck_assert_msg(fl_gazetteer_get(gz, m5->chain[i]) != NULL, "M5 chain id %lld unknown",
			      (long long)m5->chain[i]);
	ck_assert(fl_gazetteer_get(gz, 1) == NULL);
}
END_TEST

START_TEST(normalise)
{
	static const char *const same[][2] = {
		{ "Ma‘arrat an Nu‘mān", "Maarrat al-Numan" }, { "Ḩamāh", "hamah" },
		{ "Ţayyibat al Imām", "tayyibat imam" }, { "Qal'at al-Madiq", "Qal‘at al Maḑīq" },
		{ "al-Saqlabiyah", "Saqlabiyah" }, { "Jisr ash-Shughur", "Jisr Shughur" },
		{ "Deir ez-Zor", "deir zor" }, { "Aleppo's", "Aleppo" },
	};
	for (size_t i = 0; i < sizeof(same) / sizeof(same[0]); i++) {
		char a[128], b[128];
		ck_assert_uint_gt(fl_gazetteer_normalize(same[i][0], a, sizeof(a)), 0);
		ck_assert_uint_gt(fl_gazetteer_normalize(same[i][1], b, sizeof(b)), 0);
		ck_assert_msg(strcmp(a, b) == 0, "'%s' -> '%s' but '%s' -> '%s'", same[i][0], a,
			      same[i][1], b);
	}
	char k[8];
	ck_assert_uint_eq(fl_gazetteer_normalize("a very long name indeed", k, sizeof(k)), 0);
}
END_TEST

/* ---- import ----------------------------------------------------------------- */

#define ROW(id, name, alt, lat, lon, cc, a1, pop) \
	id "\t" name "\t" name "\t" alt "\t" lat "\t" lon "\tP\tPPL\t" cc "\t\t" a1 "\t\t\t\t" pop "\t\t300\tAsia/Damascus\t2020-01-01\n"

START_TEST(import_merges_and_reports)
{
	char *dir = tu_tmpdir();
	char *base, *dump, *g;
	ck_assert(asprintf(&base, "%s/base.txt", dir) > 0);
	ck_assert(asprintf(&dump, "%s/SY.txt", dir) > 0);
	ck_assert(asprintf(&g, "%s/g.fgaz", dir) > 0);
	const char *basetxt =
		ROW("170017", "Ḩamāh", "Hama,Hamah", "35.13179", "36.75783", "SY", "10", "460602")
		ROW("163915", "Şūrān", "Soran,Souran", "35.29193", "36.74848", "SY", "10", "30716");
	ck_assert_int_eq(tu_write_file(base, basetxt, strlen(basetxt)), 0);
	char *supp = tu_src_path("gazetteer");
	fl_gazetteer_sources src = { .geonames = base, .naturalearth = "", .supplements = supp };
	fl_error err;
	fl_error_clear(&err);
	ck_assert_int_eq(fl_gazetteer_build(&src, g, NULL, &err), FL_OK);

	const char *dumptxt =
		ROW("9999001", "Kafr Zayta Testiyah", "Kafr Testa", "35.37", "36.60", "SY", "10", "0")
		"broken line without tabs\n"
		ROW("9999002", "Tell Probe", "", "not-a-lat", "36.6", "SY", "10", "0")
		ROW("9999003", "Qaryat Sample", "Sample Village", "35.5", "36.7", "SY", "12", "120")
		"\n"
		ROW("163915", "Şūrān", "Suran al-Hama", "35.29193", "36.74848", "SY", "10", "31000")
		"9999004\tShort\tShort\n"
		ROW("9999005", "Tall Elsewhere", "", "35.5", "200.0", "SY", "12", "0");
	ck_assert_int_eq(tu_write_file(dump, dumptxt, strlen(dumptxt)), 0);
	fl_gazetteer_report rep = { 0 };
	ck_assert_int_eq(fl_gazetteer_import(g, dump, &rep, &err), FL_OK);
	ck_assert_uint_eq(rep.malformed, 4);
	ck_assert_uint_eq(rep.nbad, 4);
	ck_assert_int_eq(rep.bad[0].line, 2);
	ck_assert_int_eq(rep.bad[1].line, 3);
	ck_assert_ptr_nonnull(strstr(rep.bad[1].reason, "latitude"));
	ck_assert_int_eq(rep.bad[2].line, 7);
	ck_assert_int_eq(rep.bad[3].line, 8);
	ck_assert_uint_eq(rep.added, 2);
	ck_assert_uint_eq(rep.updated, 1);
	fl_gazetteer_report_release(&rep);

	fl_gazetteer *g2;
	ck_assert_int_eq(fl_gazetteer_open(g, &g2, &err), FL_OK);
	fl_candidate c[5];
	/* new villages are findable, by every name */
	ck_assert_uint_ge(fl_gazetteer_lookup(g2, "Kafr Testa", NULL, c, 5), 1);
	ck_assert_int_eq(c[0].place->id, 9999001);
	ck_assert_uint_ge(fl_gazetteer_lookup(g2, "Qaryat Sample", NULL, c, 5), 1);
	ck_assert_int_eq(c[0].place->id, 9999003);
	/* nothing lost: old names and supplements stay, new names are added */
	ck_assert_uint_ge(fl_gazetteer_lookup(g2, "Soran", NULL, c, 5), 1);
	ck_assert_int_eq(c[0].place->id, 163915);
	ck_assert_int_eq(c[0].place->population, 31000);
	ck_assert_uint_ge(fl_gazetteer_lookup(g2, "Suran al-Hama", NULL, c, 5), 1);
	ck_assert_int_eq(c[0].place->id, 163915);
	ck_assert_uint_ge(fl_gazetteer_lookup(g2, "Hama province", NULL, c, 5), 1);
	ck_assert_int_eq(c[0].place->id, 9000000010);
	ck_assert_uint_ge(fl_gazetteer_lookup(g2, "Hama", NULL, c, 5), 1);
	ck_assert_int_eq(c[0].place->id, 170017);
	ck_assert(fl_gazetteer_get(g2, 9999002) == NULL);
	fl_gazetteer_free(g2);

	/* a rebuild keeps what imports brought */
	ck_assert_int_eq(fl_gazetteer_build(&src, g, NULL, &err), FL_OK);
	ck_assert_int_eq(fl_gazetteer_open(g, &g2, &err), FL_OK);
	ck_assert_ptr_nonnull(fl_gazetteer_get(g2, 9999003));
	ck_assert_uint_ge(fl_gazetteer_lookup(g2, "Sample Village", NULL, c, 5), 1);
	ck_assert_int_eq(c[0].place->id, 9999003);
	fl_gazetteer_free(g2);

	/* a missing dump is an error naming it; the gazetteer is untouched */
	fl_error_clear(&err);
	char *missing;
	ck_assert(asprintf(&missing, "%s/nope.txt", dir) > 0);
	ck_assert_int_ne(fl_gazetteer_import(g, missing, NULL, &err), FL_OK);
	ck_assert_ptr_nonnull(strstr(err.text, "nope.txt"));
	ck_assert_int_eq(fl_gazetteer_open(g, &g2, &err), FL_OK);
	ck_assert_ptr_nonnull(fl_gazetteer_get(g2, 9999001));
	fl_gazetteer_free(g2);

	free(missing);
	free(supp);
	free(base);
	free(dump);
	free(g);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(open_errors)
{
	char *dir = tu_tmpdir();
	char *p;
	ck_assert(asprintf(&p, "%s/none.fgaz", dir) > 0);
	fl_gazetteer *g = (fl_gazetteer *)1;
	fl_error err;
	fl_error_clear(&err);
	ck_assert_int_eq(fl_gazetteer_open(p, &g, &err), FL_ENOTFOUND);
	ck_assert_ptr_null(g);
	ck_assert_ptr_nonnull(strstr(err.text, "set-up"));
	ck_assert_int_eq(tu_write_file(p, "garbage, not a gazetteer", 24), 0);
	fl_error_clear(&err);
	ck_assert_int_eq(fl_gazetteer_open(p, &g, &err), FL_EPARSE);
	/* a truncated real file is refused too */
	FILE *f = fopen(gzpath, "rb");
	char buf[4096];
	size_t n = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	ck_assert_int_eq(tu_write_file(p, buf, n), 0);
	fl_error_clear(&err);
	ck_assert_int_eq(fl_gazetteer_open(p, &g, &err), FL_EPARSE);
	fl_gazetteer_free(NULL);
	free(p);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

int main(void)
{
	suite_setup();
	Suite *s = suite_create("gazetteer");
	TCase *tc = tcase_create("lookup");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, variants_resolve);
	tcase_add_test(tc, nonplaces_low);
	tcase_add_test(tc, exact_beats_fuzzy);
	tcase_add_test(tc, context_prefers_kind);
	tcase_add_test(tc, road_is_a_chain);
	tcase_add_test(tc, normalise);
	suite_add_tcase(s, tc);
	TCase *ti = tcase_create("import");
	tcase_set_timeout(ti, 60);
	tcase_add_test(ti, import_merges_and_reports);
	tcase_add_test(ti, open_errors);
	suite_add_tcase(s, ti);
	int rc = tu_run(s);
	suite_teardown();
	return rc;
}
