/* SPDX-License-Identifier: MIT
 * check_article.c - the article reader: validation errors with offsets, publication
 * date from datelines and headers (never sidebars), boilerplate, sentences, HTML. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "testutil.h"
#include "article.h"
#include "dates.h"

static fl_article *parse(const char *text, fl_date user)
{
	fl_article *a = NULL;
	fl_error e;
	fl_error_clear(&e);
	fl_status st = fl_article_parse("t.txt", text, strlen(text), user, &a, &e);
	ck_assert_msg(st == FL_OK, "parse failed: %s", e.text);
	return a;
}

static bool has_sentence(const fl_article *a, const char *s)
{
	for (size_t i = 0; i < a->nsentences; i++) {
		size_t n = a->sentences[i].end - a->sentences[i].start;
		if (n == strlen(s) && memcmp(a->text + a->sentences[i].start, s, n) == 0)
			return true;
	}
	return false;
}

static bool body_contains(const fl_article *a, const char *s)
{
	for (size_t i = 0; i < a->nsentences; i++) {
		size_t n = a->sentences[i].end - a->sentences[i].start;
		if (memmem(a->text + a->sentences[i].start, n, s, strlen(s)))
			return true;
	}
	return false;
}

static const struct {
	const char *name;
	const char *bytes;
	size_t len;
	long long offset;	/* expected error offset */
	const char *words;	/* expected in the message */
} bad[] = {
	{ "empty", "", 0, 0, "empty" },
	{ "blank", "  \n\n\t \n", 7, 0, "no text" },
	{ "nul", "Rebels took Hama.\0more", 22, 17, "NUL byte at byte offset 17" },
	{ "latin1", "Rebels took Hama\xe9 today.", 24, 16, "not valid UTF-8 at byte offset 16" },
	{ "truncated", "Aleppo \xe2\x80", 9, 7, "not valid UTF-8" },
	{ "control", "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 abc", 16, 0, "binary" },
};

START_TEST(bad_input)
{
	fl_article *a = (fl_article *)1;
	fl_error e;
	fl_error_clear(&e);
	fl_status st = fl_article_parse("bad.txt", bad[_i].bytes, bad[_i].len, FL_DATE_NONE, &a, &e);
	ck_assert_int_ne(st, FL_OK);
	ck_assert_ptr_null(a);
	ck_assert_int_eq(e.offset, bad[_i].offset);
	ck_assert_str_eq(e.source, "bad.txt");
	ck_assert_msg(strstr(e.text, bad[_i].words), "%s: '%s'", bad[_i].name, e.text);
	ck_assert_msg(strstr(e.text, "bad.txt"), "message names the file: %s", e.text);
}
END_TEST

START_TEST(too_large_and_directory)
{
	fl_article *a;
	fl_error e;
	fl_error_clear(&e);
	/* the size is checked before the bytes are touched */
	ck_assert_int_eq(fl_article_parse("big.txt", "x", (size_t)FL_ARTICLE_MAX_BYTES + 1,
					  FL_DATE_NONE, &a, &e), FL_ELIMIT);
	ck_assert_ptr_null(a);
	char *dir = tu_tmpdir();
	fl_error_clear(&e);
	ck_assert_int_ne(fl_article_read(dir, FL_DATE_NONE, &a, &e), FL_OK);
	ck_assert_ptr_nonnull(strstr(e.text, "directory"));
	fl_error_clear(&e);
	char path[600];
	snprintf(path, sizeof path, "%s/missing.txt", dir);
	ck_assert_int_eq(fl_article_read(path, FL_DATE_NONE, &a, &e), FL_ENOTFOUND);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(id_is_sha256)
{
	fl_article *a = parse("abc", FL_DATE_NONE);
	ck_assert_str_eq(a->id, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	fl_article_free(a);
}
END_TEST

/* A saved page: menu, ticker, header date, body, a sidebar with later dates. */
static const char page[] =
	"Example News\n\n  \xe2\x80\xa2 Politics\n  \xe2\x80\xa2 Economy\n  \xe2\x80\xa2 Sports\n"
	"BREAKING\nTicker: Storm hits the coast of Norway on 3 March 2025 and closes ports across the region today.\n\n"
	"Rebels enter Hama after days of fighting\n\n  \xe2\x80\xa2 By Staff\n  \xe2\x80\xa2 5 Dec 2024 18:02\n\n"
	"Opposition fighters entered the city of Hama on Thursday, a war monitor said, after the army pulled back.\n\n"
	"A fighter stands near a tank in Hama, Syria, Thursday, Dec. 5, 2024 (AP)\n\n"
	"Related News\n\nFloods in the south leave thousands homeless\n\n"
	"The army said it had redeployed outside the city to preserve the lives of civilians.\n\n"
	"Most Read\n\nMarkets fall again\n\n  \xe2\x80\xa2 Politics\n  \xe2\x80\xa2 20 Oct 2025\n"
	"Share\n";

START_TEST(saved_page)
{
	fl_article *a = parse(page, FL_DATE_NONE);
	char buf[11];
	ck_assert_str_eq(fl_date_format(a->published, buf), "2024-12-05");
	ck_assert_str_eq(a->published_how, "header");
	ck_assert_str_eq(a->title, "Rebels enter Hama after days of fighting");
	ck_assert_uint_eq(a->nsentences, 2);
	ck_assert(has_sentence(a, "Opposition fighters entered the city of Hama on Thursday, a war monitor said, after the army pulled back."));
	ck_assert(has_sentence(a, "The army said it had redeployed outside the city to preserve the lives of civilians."));
	ck_assert(!body_contains(a, "Norway"));
	ck_assert(!body_contains(a, "Floods"));
	ck_assert(!body_contains(a, "(AP)"));
	ck_assert_int_eq(a->year, 2024);
	fl_article_free(a);
}
END_TEST

/* A live page's own label above its title is no sidebar: its entries are the story,
 * each a headline and a paragraph under its clock; a byline names no place. */
static const char live_page[] =
	"UBC NEWS\nWatch Live | U.S. | World | Politics\n\nLIVE UPDATES\nRebels reach the edge of Homs: Live updates\n\n"
	"Published Dec. 6, 2024, 5:55 a.m. ET\n\n11:02 a.m. ET\nArmy acknowledges pullback in the south\n"
	"Syria's armed forces said units in the provinces of Daraa and Suwayda had carried out a redeployment after attacks on checkpoints.\n"
	"- Nadia Corrales\nShare\n\n9:40 a.m. ET\nDruze fighters take over Suwayda\n"
	"Local armed groups took control of Suwayda city on Saturday as government forces pulled out, a monitor said.\nShare\n";
static const char bylined[] =
	"Rebels enter Hama\n\nBy Rachel Ostrander, Tom Welling and Dana Pruitt, UBC News correspondents in the region\n"
	"Updated Dec. 5, 2024, 11:02 a.m. ET\n\nOpposition fighters entered the city of Hama on Thursday, a war monitor said.\n";

START_TEST(live_page_label)
{
	fl_article *a = parse(live_page, FL_DATE_NONE);
	ck_assert(has_sentence(a, "Syria's armed forces said units in the provinces of Daraa and Suwayda had carried out a redeployment after attacks on checkpoints."));
	ck_assert(has_sentence(a, "Local armed groups took control of Suwayda city on Saturday as government forces pulled out, a monitor said."));
	fl_article_free(a);
	a = parse(bylined, FL_DATE_NONE);
	ck_assert(has_sentence(a, "Opposition fighters entered the city of Hama on Thursday, a war monitor said."));
	ck_assert(!body_contains(a, "Dana"));
	fl_article_free(a);
}
END_TEST

START_TEST(user_date_wins)
{
	fl_date d = fl_date_from_ymd(2024, 12, 8);
	fl_article *a = parse(page, d);
	ck_assert_int_eq(a->published, d);
	ck_assert_str_eq(a->published_how, "user");
	fl_article_free(a);
}
END_TEST

static const struct {
	const char *text;
	const char *published;	/* "" unknown */
	const char *how;
} pubs[] = {
	{ "date 2024-12-07 Agency/ On Saturday, ministers met in Doha to discuss the war in Syria and its consequences.\n", "2024-12-07", "dateline" },
	{ "DAMASCUS, Dec 8, 2024 (Wire) - Rebels said they had entered the capital early on Sunday and the president had left.\n", "2024-12-08", "dateline" },
	{ "Rebels took the city on Thursday evening, residents said in phone calls.\nThis report first appeared in our Arabic edition on 6 December 2024.\n", "2024-12-06", "body" },
	{ "Rebels captured Aleppo on Nov. 30, a monitor said on Saturday, and pushed south toward Hama.\nThe fighting displaced thousands of families across the north of the country.\n", "", "unknown" },
	/* a feed of dated items is as new as its latest item, and each item is news */
	{ "Events feed\n\n2 Dec 2024 06:40 \xe2\x80\x94 Jets struck Idlib city overnight\n\n3 Dec 2024 09:12 \xe2\x80\x94 Opposition fighters entered Suran north of Hama\n\n"
	  "4 Dec 2024 11:02 \xe2\x80\x94 Heavy clashes at Halfaya in the Hama countryside\n", "2024-12-04", "feed" },
	/* a date line under the standfirst, with a cue, and a numeric day-first date */
	{ "Syria live: rebels at the gates of Homs\n\nOpposition fighters say they have entered the outskirts of the city, while government control in the south collapses.\n\n"
	  "Published On 7 Dec 2024 | Last update 7 Dec 2024\n\nThe army said it was redeploying around the city and denied that it had withdrawn.\n", "2024-12-07", "header" },
	{ "Army clears the border towns, says ministry spokesman in a statement on the operation\n\nStaff reporters  |09.12.2024 - Update : 09.12.2024\n\nThe ministry said on Monday that the town had been cleared of militants.\n", "2024-12-09", "header" },
	/* statements, each under its own date line: as new as the latest */
	{ "Operations Command\nStatements, selected\n\nStatement No. 9\nMonday, 2 December 2024\n\nOur forces liberated the town of Morek yesterday evening.\n\n"
	  "Statement No. 12\nWednesday, 4 December 2024\n\nOur forces entered the town of Suran at dawn today.\n", "2024-12-04", "header" },
	/* "08-12-2024 07:05": day first, as the page's "December 7" says */
	{ "Syrian soldiers flee into Iraq\n\nNews Desk | Reporter\nERBIL, Kurdistan Region - 08-12-2024 07:05\n\n"
	  "About 2,000 soldiers crossed into Iraq on Friday night, officials said on Saturday, December 7. "
	  "The last battle for al-Baghuz ended on Saturday, March 23, 2019.\n", "2024-12-08", "header" },
	/* a paper's note of its print edition (the next day) is not the page's day */
	{ "The Daily Record\nWorld | Politics | Business | Opinion\n\nAssad Is Gone. The Map Splinters.\n\n"
	  "The rebels who took the capital in twelve days inherit a country divided among Kurdish-led forces, "
	  "Turkish proxies and foreign bases.\n\nBy Ann Writer\nAnn Writer reported from Beirut, Lebanon.\n\n"
	  "Dec. 8, 2024\n\nOn Sunday the president fled and rebels drove into the capital before dawn.\n\n"
	  "A version of this article appears in print on Dec. 9, 2024, Section A, Page 1 of the national "
	  "edition.\n", "2024-12-08", "sections" },
	/* a page's foot: "last edited"; a sentence that opens with a date is no dateline */
	{ "Timeline\n\nOn 27 November, opposition factions launched an offensive west of Aleppo and took several villages.\n\n"
	  "This page was last edited on 14 March 2025, at 09:41.\n", "2025-03-14", "note" },
	/* a wiki page is dated by its last edit, not its infobox's days */
	{ "2024 Hama offensive\n\nFrom the free encyclopedia\n\nDate            30 November \u2013 6 "
	  "December 2024\nResult          Decisive opposition victory[1]\n\nThe offensive was a military "
	  "offensive by Syrian opposition factions against the Syrian Arab Army in Hama Governorate.[6]\n\n"
	  "This page was last edited on 15 December 2024, at 09:12 (UTC).\n", "2024-12-15", "note" },
	/* a briefing's number and date in columns; its summary opening "On 8 December 2024"
	 * is no dateline */
	{ "Library | Research | Topics\n\nRESEARCH BRIEFING\nNumber CBP-10171                 16 December 2024\n\n"
	  "Syria after Assad\n\nBy A. Writer\n\nSUMMARY\n\nOn 8 December 2024 the government of President Bashar "
	  "al-Assad collapsed after an offensive of twelve days.\n", "2024-12-16", "header" },
	/* a journal's "Published online:" date, not the span a section heading names */
	{ "Journal of Levantine Politics, Volume 14, Issue 2\nPublished online: 14 March 2025\n\n"
	  "ELEVEN DAYS: THE END OF THE ASAD STATE\n\n3. A CHRONOLOGY, 27 NOVEMBER - 8 DECEMBER 2024\n\n"
	  "The offensive opened on the morning of 27 November 2024 from the front lines west of Aleppo, "
	  "in the countryside around Darat Izza.\n\nBy the evening of 30 November the attackers held "
	  "most of the city, including the citadel.\n", "2025-03-14", "header" },
	/* a yearless dateline after a standfirst, its year from the weekday it names: the
	 * body's latest year (2020) is the least, and 2 December was a Monday in 2024 */
	{ "Jets strike militants in three provinces\n\nAccording to the officer, government forces continue to repel the attack in the north of the country\n\n"
	  "MOSCOW, December 2. /AGENCY/. Aircraft struck militants near Idlib over the past day, an officer said on Monday.\n\n"
	  "The front had been quiet since the ceasefire of 5 March 2020, he added.\n", "2024-12-02", "dateline" },
	/* a photo's date under the page's is not the page's */
	{ "Rebels say Daraa is theirs\n\nMartin Keller | with Reuters, AFP\n12/07/2024\n\n"
	  "Image: Opposition fighters ride in a pickup truck near Daraa, December 6, 2024. Sam Hariri/AFP/Getty Images\n\n"
	  "Armed groups in southern Syria said on Saturday that they had taken control of the city of Daraa.\n\n"
	  "Government troops had withdrawn from the city late on Friday, the monitor said.\n", "2024-12-07", "header" },
	/* no year at all: "late on Saturday" is the day before 8 December 2024 (8 December
	 * 2018 was itself a Saturday, but six years before) */
	{ "Rebels say they have taken Homs\n\nBEIRUT, Dec 8 (Wire) - Rebels said they had taken the city of Homs late on Saturday, after a day of fighting.\n\n"
	  "Residents poured into the streets after the army withdrew, witnesses said.\n", "2024-12-08", "dateline" },
	/* ... the weekday fits 29 November 2019 first after the body's 2015, but the latest
	 * year it fits is taken (and the dateline's own weekday before the day before's:
	 * 29 November 2025, a Saturday, would fit "said on Friday" too) */
	{ "Army repels attack near Hama\n\nMOSCOW, November 29. /AGENCY/. The army repelled an attack near Hama, an admiral said at a briefing on Friday.\n\n"
	  "Russian aircraft have operated in Syria since September 30, 2015, at the request of its government.\n\n"
	  "The admiral said the attack broke the memorandum on the de-escalation zone.\n", "2024-11-29", "dateline" },
	/* a yearless dateline: the copyright line's year, not a weekday's guess (10
	 * December was a Sunday in 2023) */
	{ "FACTBOX-Who holds what\n\nBEIRUT, Dec 10 (LW) - Rebels swept into Damascus on Sunday, ending five decades "
	  "of rule by one family, after an offensive that began in the northwest.\n\nThe country remains divided between "
	  "several armed groups, some backed by foreign powers.\n\n(c) Levant Wire 2024. All rights reserved.\n",
	  "2024-12-10", "dateline" },
	/* ... or a line of its own under the byline ("Beirut, 3 Dec"), the year again the
	 * copyright line's */
	{ "The Return of the War\n\nIn a week, a rebel offensive has torn up a map that had barely changed "
	  "since 2020.\n\nBy Jonas Reiter\nBeirut, 3 Dec\n\n[Image: Families on the road to Tabqa]\n\n"
	  "On Sunday, fighters of the Turkish-backed SNA took Tal Rifaat, which Kurdish-led units had held since "
	  "February 2016.\n\nShare this article | Comments (214)\n\n\xc2\xa9 Weekly International 2024 | Imprint\n",
	  "2024-12-03", "dateline" },
	/* a radio page's stamp with the year run into the clock ("20245:12 PM ET") */
	{ "Public Radio\n\nSyria's government loses ground as rebels close in on Homs\n\nDecember 6, 20245:12 PM ET\n\n"
	  "Heard on Evening Dispatch\n\nRebels in Syria pushed to the edge of Homs on Friday, while local fighters in "
	  "the south moved into areas abandoned by the army.\n\nThe army said it was sending reinforcements.\n",
	  "2024-12-06", "header" },
	/* a forum thread's title date, not the community's "Created Mar 2, 2013" below it */
	{ "r/Frontline\n\nPosted by u/mods \xe2\x80\xa2 14h ago\n\nMegathread #10 \xe2\x80\x93 Friday, 6 December 2024 "
	  "\xe2\x80\x93 rebels at Homs\n\nu/watcher \xe2\x80\xa2 13h ago\nRastan and Talbiseh are in, per the monitor.\n"
	  "\xe2\x96\xb2 964  Reply\n\nAbout Community\nMaps and news.\n214k Members\nCreated Mar 2, 2013\n",
	  "2024-12-06", "header" },
	/* alerts newest first, each under its stamp with a clock time and a zone */
	{ "ALERTS | Saved\n\nDec 8, 2024, 6:04 PM ET\nThe president said the fall of the government was an act of justice "
	  "for the people of the country.\n\nDec 7, 2024, 11:42 PM ET\nRebels say they have entered the city of Homs after "
	  "the army withdrew from its northern districts.\n\nNov 27, 2024, 8:10 AM ET\nRebels launched an offensive west "
	  "of Aleppo, the biggest in years, a war monitor said.\n", "2024-12-08", "header" },
	/* posts under "Page name | 02/12/2024 - 11:40" and "📅 29.11.2024 | 09:41" stamps */
	{ "Aleppo Now\nNews page\n\nAleppo Now | 02/12/2024 - 11:40\nBakeries in the western neighbourhoods opened this "
	  "morning and bread is being handed out free by volunteers.\n\nAleppo Now | 30/11/2024 - 21:30\nThe factions "
	  "have taken full control of the city, our correspondent says, after the army left overnight.\n", "2024-12-02", "header" },
	{ "Channel posts\n\n\xf0\x9f\x93\x85 09.12.2024 | 10:05\nThe militants now hold the coast, and the bases are "
	  "quiet for the moment, our sources say.\n\n\xf0\x9f\x93\x85 29.11.2024 | 09:41\nOvernight the militants took "
	  "several villages and reached the western edge of the city.\n", "2024-12-09", "header" },
	/* a long read: a long title and a standfirst read as prose, then the byline with
	 * the date under it ("06.00 GMT"), a year after the days the story tells */
	{ "THE SENTINEL\nNews | World | The Long Read\n\nThe Long Read\n\n"
	  "The road south: one year on, the towns of the M5 remember the eleven days that ended the Assad era\n\n"
	  "Along the road that carried the advance from Idlib to Damascus, the people who watched it pass tell of "
	  "fear and disbelief\n\nBy Leila Haddad in Hama\nThursday 27 November 2025 06.00 GMT\nShare on Facebook | "
	  "Email\n\nHama fell on 5 December 2024. The army said it had redeployed outside the city; a former "
	  "conscript says he walked home on Thursday.\n", "2025-11-27", "header" },
	{ "<html><head><meta property=\"article:published_time\" content=\"2024-12-03T10:00:00Z\"><title>Army retakes villages</title></head><body><nav><a>Home</a> 12 May 2025</nav><p>The army said on Tuesday it had retaken several villages north of Hama after heavy fighting.</p></body></html>", "2024-12-03", "meta" },
};

START_TEST(publication_dates)
{
	fl_article *a = parse(pubs[_i].text, FL_DATE_NONE);
	char buf[11];
	ck_assert_str_eq(fl_date_format(a->published, buf), pubs[_i].published);
	ck_assert_str_eq(a->published_how, pubs[_i].how);
	fl_article_free(a);
}
END_TEST

START_TEST(html_page)
{
	const char *h = "<!DOCTYPE html><html><head><title>Site | Army retakes villages</title>"
			"<script>var x = 'Rebels took Damascus.';</script><style>p{}</style></head>"
			"<body><nav><ul><li>Home</li><li>World</li></ul></nav><h1>Army retakes villages</h1>"
			"<p>The Syrian army said it <b>recaptured</b> the town of Halfaya on Sunday. "
			"Fighting continued near Morek.</p><aside><h2>Most Read</h2><p>Rebels took Damascus, in 2025.</p></aside>"
			"<footer>All rights reserved 2025.</footer></body></html>";
	fl_article *a = parse(h, FL_DATE_NONE);
	ck_assert(a->html);
	ck_assert_str_eq(a->title, "Army retakes villages");
	ck_assert_uint_eq(a->nsentences, 2);
	/* offsets point into the original bytes, tags included */
	ck_assert(has_sentence(a, "The Syrian army said it <b>recaptured</b> the town of Halfaya on Sunday."));
	ck_assert(has_sentence(a, "Fighting continued near Morek."));
	ck_assert(!body_contains(a, "Damascus"));
	fl_article_free(a);
}
END_TEST

/* Character references are read as the characters they stand for, at the same offsets:
 * names with apostrophes written "&#8217;" (as many publishing systems write them) and
 * dates with "&nbsp;" are found; the words a reader sees have no markup. */
START_TEST(html_character_references)
{
	const char *h = "<html><head><title>Rebels take Qal&#8217;at al-Madiq &ndash; News</title></head>"
			"<body><p>Rebels entered Qal&#8217;at al-Madiq on December&nbsp;5, taking "
			"<a href=\"/t\">Ma&rsquo;ardas</a> &amp; Kafr&#x2019;Nabudah.</p>"
			"<p>Residents fled, &#8220;we left everything&#8221;, one said.</p></body></html>";
	fl_article *a = parse(h, FL_DATE_NONE);
	ck_assert(a->html);
	ck_assert_str_eq(a->title, "Rebels take Qal\u2019at al-Madiq \u2013 News");
	ck_assert_ptr_nonnull(a->view);
	ck_assert_uint_eq(strlen(a->view), a->len);	/* same length, offsets shared */
	const char *ref = strstr(a->text, "Qal&#8217;at");
	size_t at = (size_t)(ref - a->text);
	/* four bytes of padding, then the apostrophe, where "&#8217;" was */
	ck_assert(memcmp(a->view + at, "Qal\x1f\x1f\x1f\x1f\u2019at", 3 + 4 + 3 + 2) == 0);
	ck_assert_uint_eq(a->nsentences, 2);
	char *w = fl_article_words(a, a->sentences[0].start, a->sentences[0].end);
	ck_assert_str_eq(w, "Rebels entered Qal\u2019at al-Madiq on December 5, taking Ma\u2019ardas & "
			    "Kafr\u2019Nabudah.");
	free(w);
	w = fl_article_words(a, a->sentences[1].start, a->sentences[1].end);
	ck_assert_str_eq(w, "Residents fled, \u201cwe left everything\u201d, one said.");
	free(w);
	/* an unknown or unterminated reference stays as it is written */
	fl_article_free(a);
	a = parse("<p>AT&T and R&D&unknown; fell.</p><p>x</p><p>y</p>", FL_DATE_NONE);
	w = fl_article_words(a, a->sentences[0].start, a->sentences[0].end);
	ck_assert_str_eq(w, "AT&T and R&D&unknown; fell.");
	free(w);
	fl_article_free(a);
	/* plain text is read as it is: the view is the text, references and all */
	a = parse("Rebels entered Qal&#8217;at al-Madiq on Thursday.", FL_DATE_NONE);
	ck_assert_ptr_eq(a->view, a->text);
	w = fl_article_words(a, 0, a->len);
	ck_assert_str_eq(w, "Rebels entered Qal&#8217;at al-Madiq on Thursday.");
	free(w);
	fl_article_free(a);
}
END_TEST

/* A line that is only a date heads the items below it; a line with words and a date
 * ("Export: messages 03.12.2024 - 05.12.2024") does not. */
START_TEST(date_headings)
{
	fl_article *a = parse("Export: messages 03.12.2024 00:00 - 05.12.2024 23:59\n\n"
			      "Rebels said fighting went on near Hama through the night.\n\n"
			      "==== 03.12.2024 ====\n\n[07:55] Rebels took Halfaya after heavy clashes.\n\n"
			      "## Wednesday, 4 December\n\n[06:40] The army withdrew from Soran.\n", FL_DATE_NONE);
	ck_assert_ptr_nonnull(a->section);
	ck_assert_uint_eq(a->nsentences, 3);
	char buf[11];
	ck_assert_str_eq(fl_date_format(a->section[0], buf), "");
	ck_assert_str_eq(fl_date_format(a->section[1], buf), "2024-12-03");
	ck_assert_str_eq(fl_date_format(a->section[2], buf), "2024-12-04");
	fl_article_free(a);
	a = parse("Rebels took Halfaya on 3 December 2024 after heavy clashes.\n", FL_DATE_NONE);
	ck_assert_ptr_null(a->section);
	fl_article_free(a);
	/* a chronology edited months later: its yearless headings are days gone by, not
	 * days to come in the year of the edit */
	a = parse("Chronology\n\n27 November\n\nRebels attacked army positions west of Aleppo.\n\n"
		  "This page was last edited on 3 February 2025, at 14:02 (UTC).\n", FL_DATE_NONE);
	ck_assert_ptr_nonnull(a->section);
	ck_assert_str_eq(fl_date_format(a->published, buf), "2025-02-03");
	ck_assert_str_eq(fl_date_format(a->section[0], buf), "2024-11-27");
	fl_article_free(a);
	/* a feed's "06/12/2024 | 03:10" stamps: day first, as its "6-7 December" says;
	 * a post opening with a hashtag is a post, not a Markdown heading */
	a = parse("LIVE: Deir ez-Zor (6-7 December)\n\n06/12/2024 | 03:10\n"
		  "#Urgent | Army convoys are leaving Deir ez-Zor city, our correspondent said.\n\n"
		  "07/12/2024 | 11:30\n#DeirEzzor | SDF units deployed inside the city in the morning.\n", FL_DATE_NONE);
	ck_assert_int_eq(a->slash, FL_SLASH_DMY);
	ck_assert_ptr_nonnull(a->section);
	ck_assert_uint_eq(a->nsentences, 2);
	ck_assert(has_sentence(a, "#Urgent | Army convoys are leaving Deir ez-Zor city, our correspondent said."));
	ck_assert_str_eq(fl_date_format(a->section[0], buf), "2024-12-06");
	ck_assert_str_eq(fl_date_format(a->section[1], buf), "2024-12-07");
	ck_assert_str_eq(fl_date_format(a->published, buf), "2024-12-07");
	fl_article_free(a);
	/* a page of dispatches: each dateline dates what follows it; the page is as new as
	 * its latest */
	a = parse("Army holds lines in Hama\n\nMOSCOW, November 29. /AGENCY/. The army repelled an attack near Hama, an "
		  "admiral said on Friday.\n\n---\n\nMOSCOW, November 30. /AGENCY/. Reports that militants took Morek are "
		  "untrue, the centre said on Saturday.\n\nAircraft have flown from Hmeimim since 2015, it added.\n", FL_DATE_NONE);
	ck_assert_ptr_nonnull(a->section);
	ck_assert_uint_eq(a->nsentences, 5);	/* each dateline is a sentence of its own */
	ck_assert_str_eq(fl_date_format(a->section[1], buf), "2024-11-29");
	ck_assert_str_eq(fl_date_format(a->section[3], buf), "2024-11-30");
	ck_assert_str_eq(fl_date_format(a->section[4], buf), "2024-11-30");
	ck_assert_str_eq(fl_date_format(a->published, buf), "2024-11-30");
	fl_article_free(a);
}
END_TEST

START_TEST(sentences_and_abbreviations)
{
	const char *t = "Rebels captured Aleppo on Nov. 30 after a rapid advance. The U.S. State Department "
			"urged restraint. Gen. Ali said the army would return!\n\n"
			"A second paragraph that is long enough to count as a body paragraph here.\n";
	fl_article *a = parse(t, FL_DATE_NONE);
	ck_assert_uint_eq(a->nsentences, 4);
	ck_assert(has_sentence(a, "Rebels captured Aleppo on Nov. 30 after a rapid advance."));
	ck_assert(has_sentence(a, "The U.S. State Department urged restraint."));
	ck_assert(has_sentence(a, "Gen. Ali said the army would return!"));
	ck_assert_uint_eq(a->paragraph[0], 0);
	ck_assert_uint_eq(a->paragraph[3], 1);
	fl_article_free(a);
	/* a bulleted list right under a sentence that ends with a colon is part of it */
	a = parse("The factions took control of the following villages north of the city:\n- Kafr Zita\n- Morek\n\n"
		  "The army did not comment on the losses reported by the monitor.\n", FL_DATE_NONE);
	ck_assert_uint_eq(a->nsentences, 2);
	ck_assert(has_sentence(a, "The factions took control of the following villages north of the city:\n- Kafr Zita\n- Morek"));
	fl_article_free(a);
	/* Markdown's footnote reference after the full stop ends the sentence with it */
	a = parse("Rebels entered Aleppo in July 2012, and the city stayed divided for years.[^1] In 2015 the "
		  "coalition took Idlib city on 28 March.\n\nThe army did not comment on the losses reported by the monitor.\n", FL_DATE_NONE);
	ck_assert(has_sentence(a, "In 2015 the coalition took Idlib city on 28 March."));
	fl_article_free(a);
	/* note markers after the full stop end the sentence with it */
	a = parse("Opposition forces captured Nubl on November 30.[19] SDF commanders said the "
		  "group had moved east.[a][20] The army did not comment.\n", FL_DATE_NONE);
	ck_assert_uint_eq(a->nsentences, 3);
	ck_assert(has_sentence(a, "Opposition forces captured Nubl on November 30.[19]"));
	ck_assert(has_sentence(a, "SDF commanders said the group had moved east.[a][20]"));
	fl_article_free(a);
	/* a short sentence standing as a paragraph between two of the story is read; the
	 * same after the story ("All rights reserved.") is not */
	a = parse("Rebels pushed south on Sunday after a week of fighting in the north, residents said.\n\n"
		  "Hama fell.\n\nThe army did not comment on the fighting, and state media were silent.\n\n"
		  "All rights reserved.\n", FL_DATE_NONE);
	ck_assert_uint_eq(a->nsentences, 3);
	ck_assert(has_sentence(a, "Hama fell."));
	fl_article_free(a);
	/* text from a PDF: a bare note number after the full stop ends the sentence; the
	 * running head atop every page is not the story */
	const char *head = "Twelve Days That Ended a Dynasty: Syria After the Fall\n";
	char pdf[1024];
	snprintf(pdf, sizeof pdf, "%sThe army had retaken Saraqib along the M5 highway.4 On 29 November rebel units took it.\n\n"
		 "%sRebels took Hama on 5 December after the army left the city.\n\n%sPage 3\n", head, head, head);
	a = parse(pdf, FL_DATE_NONE);
	ck_assert(has_sentence(a, "The army had retaken Saraqib along the M5 highway.4"));
	ck_assert(has_sentence(a, "On 29 November rebel units took it."));
	for (size_t i = 0; i < a->nsentences; i++)
		ck_assert_ptr_null(memmem(a->text + a->sentences[i].start,
					  a->sentences[i].end - a->sentences[i].start, "Twelve Days", 11));
	ck_assert_uint_eq(a->nsentences, 3);
	fl_article_free(a);
	/* words a PDF broke at the line's end are whole again in the view, at the same
	 * offsets; a dash standing alone is no break */
	a = parse("The army withdrew from most of Aleppo on 30 November, and Khan Shay-\n"
		  "    khun and Maarat al-\nNumaan were taken on 30 Decem-\nber, the monitor said - \nin full.\n",
		  FL_DATE_NONE);
	ck_assert_uint_eq(a->nsentences, 1);
	char *w = fl_article_words(a, a->sentences[0].start, a->sentences[0].end);
	ck_assert_str_eq(w, "The army withdrew from most of Aleppo on 30 November, and Khan Shaykhun and "
			    "Maarat al-Numaan were taken on 30 December, the monitor said - in full.");
	free(w);
	ck_assert_uint_eq(a->len, strlen(a->text));
	fl_article_free(a);
	/* a menu of " | " items is no body however long; a bullet that is a sentence
	 * without its stop is, even ending in a bracket */
	a = parse("Home | Israel-Gaza war | War in Ukraine | Climate | UK | World | Business | Politics | Culture | "
		  "Africa | Asia | Australia | Europe\n\nRebels pushed south on Sunday after a week of fighting, residents said.\n\n"
		  " * In Sweida, local armed groups have taken over the city, according to residents (SOHR)\n"
		  " * Home\n", FL_DATE_NONE);
	ck_assert_uint_eq(a->nsentences, 2);
	ck_assert(has_sentence(a, "In Sweida, local armed groups have taken over the city, according to residents (SOHR)"));
	ck_assert_ptr_null(memmem(a->text, a->header_end, "Rebels", 6));
	ck_assert_ptr_nonnull(memmem(a->text, a->header_end, "Home |", 6));
	fl_article_free(a);
}
END_TEST

START_TEST(hard_wrapped_text)
{
	const char *t = "# Weekly update\n\nOpposition forces led by Hayat Tahrir al-Sham entered the\n"
			"outskirts of Hama on Wednesday and took the city on Thursday after the army\n"
			"withdrew to the south.\n";
	fl_article *a = parse(t, FL_DATE_NONE);
	ck_assert_str_eq(a->title, "Weekly update");
	ck_assert_uint_eq(a->nsentences, 1);
	ck_assert_ptr_nonnull(strstr(a->text + a->sentences[0].start, "withdrew to the south."));
	fl_article_free(a);
	/* a short line inside the run goes on when the next one does in lower case */
	t = "# Weekly update\n\nThe Kurdish-led group also moved into Mayadin and Albukamal the same day, further down\n"
	    "the river near\nthe Iraqi border, the UK-based Syrian Observatory for Human Rights said.\n";
	a = parse(t, FL_DATE_NONE);
	ck_assert_uint_eq(a->nsentences, 1);
	ck_assert(strncmp(a->text + a->sentences[0].start, "The Kurdish-led group", 21) == 0);
	fl_article_free(a);
	/* a ticker's log: each line stamped with a clock and a gap is an item of its own,
	 * however long and unpunctuated */
	t = "TICKER LOG - ALL TIMES LOCAL\n\nSATURDAY 07 DEC 2024\n\n"
	    "06:41  OPPOSITION FIGHTERS HAVE HELD RASTAN AND TALBISEH SINCE FRIDAY, REBEL COMMANDER SAYS\n"
	    "08:30  SOUTHERN SYRIA: LOCAL ARMED GROUPS TAKE OVER SUWAYDA GOVERNOR'S OFFICE AND POLICE HQ\n"
	    "19:20\tREBELS SAY THEY HAVE TAKEN PALMYRA - NO INDEPENDENT CONFIRMATION\n";
	a = parse(t, FL_DATE_NONE);
	ck_assert_uint_eq(a->nsentences, 3);
	ck_assert(has_sentence(a, "19:20\tREBELS SAY THEY HAVE TAKEN PALMYRA - NO INDEPENDENT CONFIRMATION"));
	fl_article_free(a);
	/* a printed page's narrow columns through OCR: short lines run on, words broken at
	 * a line's end are whole again, a headline's lines stay out of the story */
	t = "THE EVENING POST    Friday, December 6, 2024    A7\n\nRebels take Hama as\narmy pulls out\n\n"
	    "BEIRUT - Syrian rebels drove into\nthe central city of Hama on Thurs-\nday, the second big city to\n"
	    "slip from the government in a\nweek, after the army said it had\nmoved its troops out of the\n"
	    "city to spare civilians from\nstreet fighting.\nVideo posted by opposition fight-\n"
	    "ers showed men driving through\nthe city centre and crowds\ngathering in its main square.\n"
	    "The army said its units had\ntaken up positions outside the\ncity after days of fighting in\n"
	    "the northern countryside.\n";
	a = parse(t, FL_DATE_NONE);
	ck_assert_uint_eq(a->nsentences, 3);
	ck_assert(strncmp(a->text + a->sentences[0].start, "BEIRUT - Syrian rebels", 22) == 0);
	char *w = fl_article_words(a, a->sentences[0].start, a->sentences[0].end);
	ck_assert_ptr_nonnull(strstr(w, "on Thursday, the second big city to slip from the government"));
	free(w);
	w = fl_article_words(a, a->sentences[1].start, a->sentences[1].end);
	ck_assert_ptr_nonnull(strstr(w, "opposition fighters showed"));
	free(w);
	ck_assert_int_eq(a->published, fl_date_from_ymd(2024, 12, 6));
	fl_article_free(a);
}
END_TEST

/* The seed articles, when the shared folder is beside the checkout. */
static const struct {
	const char *file, *published, *how;
} seeds[] = {
	{ "000_75b19d830716361f.txt", "2024-12-07", "dateline" },
	{ "001_8b624babc0d2dcaa.txt", "2024-12-06", "body" },
	{ "002_8357706f73b20183.txt", "", "unknown" },
	{ "003_b7dde7d0c65207c3.txt", "2024-12-01", "header" },
};

/* A Markdown file's front matter is its header (its title: is the title), not a
 * sentence; a control table's rows are a sentence each, "30 Nov. Most of it." and
 * all, each pointing at its header row; the delimiter row is no sentence */
/* A mail saved whole, its body quoted-printable: decoded in the view, soft line breaks
 * and all; the same text without the header is read as written */
START_TEST(quoted_printable_mail)
{
	const char *t = "Date: Fri, 06 Dec 2024 07:02:11 +0000\r\nFrom: Levant Morning <b@example.org>\r\n"
			"Subject: Morning\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
			"Content-Transfer-Encoding: quoted-printable\r\n\r\nTHE MORNING\r\n\r\n"
			"The short version: the coalition led by Hayat Tahrir al-Sham too=\r\nk Hama, Syria=E2=80=99s "
			"fourth city, on Thursday afternoon, a little over a=\r\n week after it broke out of Idlib.\r\n";
	fl_article *a = parse(t, FL_DATE_NONE);
	ck_assert_int_eq(a->published, fl_date_from_ymd(2024, 12, 6));
	ck_assert(body_contains(a, "The short version"));
	size_t k = 0;
	while (k < a->nsentences && !memmem(a->text + a->sentences[k].start,
					    a->sentences[k].end - a->sentences[k].start, "short version", 13))
		k++;
	ck_assert_uint_lt(k, a->nsentences);
	char *w = fl_article_words(a, a->sentences[k].start, a->sentences[k].end);
	ck_assert_str_eq(w, "The short version: the coalition led by Hayat Tahrir al-Sham took Hama, "
			    "Syria\u2019s fourth city, on Thursday afternoon, a little over a week after it broke out "
			    "of Idlib.");
	free(w);
	fl_article_free(a);
}
END_TEST

/* A subtitle file: the cues' numbers and timings are no text, a sentence runs on across
 * cues, a new speaker opens a paragraph, a bracketed title cue dates the clip */
START_TEST(subtitles)
{
	const char *t = "1\n00:00:00,000 --> 00:00:03,200\n[VALLEY NEWS - EVENING]\n[SATURDAY 30 NOVEMBER 2024]\n\n"
			"2\n00:00:03,400 --> 00:00:07,100\n[ANCHOR] Good evening. Rebel fighters\nsay tonight they hold "
			"most of Aleppo,\n\n3\n00:00:07,100 --> 00:00:10,600\nthe country's second city.\n\n"
			"4\n00:00:10,900 --> 00:00:14,300\n[REPORTER] The fighters, led by\nHayat Tahrir al-Sham,\n\n"
			"5\n00:00:14,300 --> 00:00:17,800\nlaunched their offensive on Wednesday.\n";
	fl_article *a = parse(t, FL_DATE_NONE);
	ck_assert_int_eq(a->published, fl_date_from_ymd(2024, 11, 30));
	ck_assert_uint_eq(a->nsentences, 3);
	char *w = fl_article_words(a, a->sentences[1].start, a->sentences[1].end);
	ck_assert_str_eq(w, "Rebel fighters say tonight they hold most of Aleppo, the country's second city.");
	free(w);
	w = fl_article_words(a, a->sentences[2].start, a->sentences[2].end);
	ck_assert_str_eq(w, "[REPORTER] The fighters, led by Hayat Tahrir al-Sham, launched their offensive on Wednesday.");
	free(w);
	ck_assert_uint_ne(a->paragraph[1], a->paragraph[2]);
	fl_article_free(a);
	/* WebVTT's short timings too; a text with an arrow or two is no subtitle file */
	t = "WEBVTT\n\n00:01.000 --> 00:04.000\nRebels entered\n\n00:04.000 --> 00:08.000\nthe city of Hama "
	    "on Thursday.\n\n00:08.000 --> 00:11.000\nThe army said it had pulled out.\n";
	a = parse(t, FL_DATE_NONE);
	ck_assert(has_sentence(a, "Rebels entered\n\n00:04.000 --> 00:08.000\nthe city of Hama on Thursday."));
	fl_article_free(a);
	t = "Routes\n\nThe convoy went Idlib --> Saraqib --> Hama over two days, officials said.\n";
	a = parse(t, FL_DATE_NONE);
	ck_assert(has_sentence(a, "The convoy went Idlib --> Saraqib --> Hama over two days, officials said."));
	fl_article_free(a);
}
END_TEST

/* A photo's caption, ending in its credit in brackets, is no body text; a post of three
 * sentences or more with its tag in brackets ("(High confidence)") is. */
START_TEST(captions_and_tagged_posts)
{
	fl_article *a = parse("Thread by an analyst\n\nRebels entered the city of Hama on Thursday, officials said.\n\n"
			      "Fighters stand on a tank in the main square of Hama on Thursday, Dec. 5, 2024. (AP Photo/Staff)\n\n"
			      "AIRPORT. Footage shot on the apron of the airport was posted on Saturday afternoon. "
			      "In opposition hands since Saturday. (High)\n\nThe army said it had redeployed.\n",
			      FL_DATE_NONE);
	ck_assert(!body_contains(a, "Fighters stand on a tank"));
	ck_assert(body_contains(a, "Footage shot on the apron"));
	ck_assert(body_contains(a, "In opposition hands since Saturday."));
	fl_article_free(a);
}
END_TEST

/* A channel's post that ends in pictographs instead of a stop is a sentence of the
 * body ("... from the capital 🔥"); a heading without a stop is not, nor a line of
 * pictographs alone. */
START_TEST(posts_ending_in_pictographs)
{
	fl_article *a = parse("Channel of the south\n\nThe factions entered Nawa this morning, residents said.\n\n"
			      "[16:05]\n#Damascus_countryside\nSOHR: regime forces withdrawed from Artouz, the factions now "
			      "only 10 km from the capital \xf0\x9f\x94\xa5\n\n"
			      "Dera'a city is completely liberated \xe2\x9c\x8c\xef\xb8\x8f\n\n"
			      "Rebels close in on Homs\n\n\xf0\x9f\x94\xa5\xf0\x9f\x94\xa5\xf0\x9f\x94\xa5\n\n"
			      "The army said it had redeployed.\n", FL_DATE_NONE);
	ck_assert(body_contains(a, "withdrawed from Artouz"));
	ck_assert(body_contains(a, "Dera'a city is completely liberated"));
	ck_assert(!body_contains(a, "Rebels close in on Homs"));
	fl_article_free(a);
}
END_TEST

/* A factbox's section heading between two paragraphs of the story ("DEIR EZ-ZOR",
 * "## Hama") is a sentence of its own, flagged as a heading; the page's furniture, a
 * date heading and the title are not. */
START_TEST(section_headings)
{
	fl_article *a = parse("FACTBOX-Who holds Syria's cities\n\nBy staff\n\n"
			      "Below is where control of the largest cities stood on Sunday evening, officials said.\n\n"
			      "DEIR EZ-ZOR\n\nThe SDF moved into the city on Dec. 6 after government forces left.\n\n"
			      "## Hama\n\nOpposition fighters entered the city on Dec. 5.\n\n"
			      "Saturday 7 December\n\nThe factions reached the edge of Homs.\n\n"
			      "Related\n\n- Assad toppled as opposition enters Damascus\n", FL_DATE_NONE);
	ck_assert_ptr_nonnull(a->heading);
	size_t heads = 0;
	for (size_t i = 0; i < a->nsentences; i++) {
		size_t n = a->sentences[i].end - a->sentences[i].start;
		const char *s = a->text + a->sentences[i].start;
		if (!a->heading[i])
			continue;
		heads++;
		ck_assert_msg((n == 11 && memcmp(s, "DEIR EZ-ZOR", n) == 0) || (n == 4 && memcmp(s, "Hama", n) == 0),
			      "not a section heading: %.*s", (int)n, s);
		ck_assert_uint_ne(a->paragraph[i], a->paragraph[i + 1]);
	}
	ck_assert_uint_eq(heads, 2);
	ck_assert(!body_contains(a, "Saturday 7 December"));
	ck_assert(!body_contains(a, "Assad toppled"));
	ck_assert(!body_contains(a, "FACTBOX"));
	fl_article_free(a);
	/* an article without one has no flags */
	a = parse("Rebels took Hama on Thursday, officials said.\n\nThe army said it had redeployed.\n", FL_DATE_NONE);
	ck_assert_ptr_null(a->heading);
	fl_article_free(a);
}
END_TEST

START_TEST(front_matter_and_tables)
{
	fl_article *a = parse("---\ntitle: \"Twelve days\"\ndate: 2024-12-09\n---\n\n"
			      "# Twelve days that remade Syria\n\nThe army lost every major city in twelve days.\n\n"
			      "| Date | Town | Taken by |\n|---|---|---|\n| 30 Nov | Aleppo | HTS. Most of it. |\n"
			      "| 5 Dec | Hama | HTS |\n\nThe army has not said where its units went after that.\n", FL_DATE_NONE);
	ck_assert_str_eq(a->title, "Twelve days");
	ck_assert(!has_sentence(a, "title: \"Twelve days\""));
	ck_assert_uint_eq(a->nsentences, 5);
	ck_assert_ptr_nonnull(a->table_head);
	ck_assert(has_sentence(a, "| 30 Nov | Aleppo | HTS. Most of it. |"));
	ck_assert(has_sentence(a, "| Date | Town | Taken by |"));
	ck_assert_uint_eq(a->table_head[0], SIZE_MAX);
	ck_assert_uint_eq(a->table_head[1], 1);
	ck_assert_uint_eq(a->table_head[2], 1);
	ck_assert_uint_eq(a->table_head[3], 1);
	ck_assert_uint_eq(a->table_head[4], SIZE_MAX);
	fl_article_free(a);
	/* a list with an item of the story's is read whole, its short items too; a list
	 * under "Related posts:" is the page's */
	a = parse("Who holds what\n\nThe Kurdish-led forces hold most of the north-east, residents and officials say.\n\n"
		  "- Rastan and Talbiseh, north of Homs, taken on 6 December.\n- Raqqa, Tabqa and Kobani.\n\n"
		  "Related posts:\n- Aleppo | Factions take over Aleppo International Airport\n"
		  "- Daily death toll | 44 people killed across Syria on the third of December\n", FL_DATE_NONE);
	ck_assert(has_sentence(a, "Raqqa, Tabqa and Kobani."));
	ck_assert(!body_contains(a, "Airport"));
	ck_assert(!body_contains(a, "death toll"));
	fl_article_free(a);
	/* a bulletin's "Issued:" line is its date, run into the lines around it or not */
	a = parse("MARINE RISK - EASTERN MEDITERRANEAN PORT AND SECURITY BULLETIN\n"
		  "Ref: MMR/EMED/24-118          Issued: 10 December 2024, 1130 UTC\n"
		  "Threat level, Syrian territorial waters: HIGH (raised from ELEVATED on 08 Dec)\n\n"
		  "Opposition forces took control of Latakia city and its port area late on Sunday, "
		  "local contacts said.\n", FL_DATE_NONE);
	ck_assert_int_eq(a->published, fl_date_from_ymd(2024, 12, 10));
	fl_article_free(a);
	/* a note's number after the stop ends a paragraph's sentence all the same */
	a = parse("Notes\n\nSDF fighters remain in the Sheikh Maqsoud district of Aleppo under a local "
		  "arrangement.10\n\nThe army retook Halfaya on 2 December.[14]\n", FL_DATE_NONE);
	ck_assert(has_sentence(a, "SDF fighters remain in the Sheikh Maqsoud district of Aleppo under a local "
			       "arrangement.10"));
	ck_assert(has_sentence(a, "The army retook Halfaya on 2 December.[14]"));
	fl_article_free(a);
	/* a table set in columns of spaces: a sentence a row, the header's bars in the view */
	a = parse("Annex A. Chronology\n\nDate     Place            Actor               Event\n"
		  "28 Nov   Urum al-Kubra    HTS-led factions    captured\n"
		  "         (west of Aleppo)\n"
		  "30 Nov   Saraqib          HTS-led factions    captured\n\nNotes follow.\n", FL_DATE_NONE);
	ck_assert_ptr_nonnull(a->table_head);
	ck_assert(has_sentence(a, "28 Nov   Urum al-Kubra    HTS-led factions    captured"));
	ck_assert(has_sentence(a, "30 Nov   Saraqib          HTS-led factions    captured"));
	ck_assert(!body_contains(a, "(west of Aleppo)"));
	{
		char *w = fl_article_words(a, a->sentences[1].start, a->sentences[1].end);
		ck_assert_str_eq(w, "28 Nov |Urum al-Kubra |HTS-led factions |captured");
		free(w);
	}
	fl_article_free(a);
	/* an advert or a share bar in the middle of a live blog is a line of its own, not a
	 * sidebar's start; the blog is as new as its latest day heading */
	a = parse("Network | News  Live\n\nLIVE: Syrian opposition says Damascus liberated\n\n"
		  "Share: Facebook  X  WhatsApp  Copy link\n\nSunday, 8 December\n\n10:55 GMT\nCrowds at the square\n"
		  "Our correspondent in Damascus says thousands of people have gathered in the Umayyad Square.\n\n"
		  "Advertisement\n\n09:42 GMT\nOpposition fighters take Qusayr\nOpposition fighters have taken control "
		  "of Qusayr, west of Homs, after Hezbollah fighters withdrew towards Lebanon overnight.\n\n"
		  "Saturday, 7 December\n\n23:40 GMT\nResidents of Jaramana say soldiers have left their positions, "
		  "eleven days after the offensive began on 27 November 2024.\n",
		  FL_DATE_NONE);
	ck_assert(body_contains(a, "taken control of Qusayr"));
	ck_assert_int_eq(a->published, fl_date_from_ymd(2024, 12, 8));
	fl_article_free(a);
	/* a wiki page's references are no story */
	a = parse("2024 Hama offensive\n\nFrom the free encyclopedia\n\nThe offensive was a military offensive by "
		  "Syrian opposition factions against the Syrian Arab Army in Hama Governorate.[6]\n\n"
		  "References[edit]\n 2. ^ a b \"Syrian army says it redeployed outside Hama\". Wire Monitor. 5 "
		  "December 2024.\n", FL_DATE_NONE);
	ck_assert(!body_contains(a, "redeployed"));
	fl_article_free(a);
	/* a second table whose header is cut into pieces (too long): its rows point at no
	 * header, not at the first table's */
	{
		char *big = malloc(8192);
		ck_assert_ptr_nonnull(big);
		strcpy(big, "| Date | Town | Taken by |\n|---|---|---|\n| 30 Nov | Aleppo | HTS |\n\nText.\n\n| Town |");
		for (int k = 0; k < 500; k++)
			strcat(big, " Held by |");
		strcat(big, "\n|---|---|\n| Manbij | SDF |\n");
		a = parse(big, FL_DATE_NONE);
		free(big);
		ck_assert_ptr_nonnull(a->table_head);
		ck_assert(has_sentence(a, "| Manbij | SDF |"));
		for (size_t k = 0; k < a->nsentences; k++)
			if (a->sentences[k].end - a->sentences[k].start == strlen("| Manbij | SDF |"))
				ck_assert_uint_eq(a->table_head[k], SIZE_MAX);
		fl_article_free(a);
	}
	/* a page laid out in a table: the paragraphs in a cell stay paragraphs */
	a = parse("<html><body><table><tr><td><p>Rebel fighters entered the city of Hama on Thursday, witnesses "
		  "said.</p>\n<p>The army said it had redeployed its units outside the city to spare "
		  "civilians.</p></td></tr></table></body></html>\n", FL_DATE_NONE);
	ck_assert_uint_eq(a->nsentences, 2);
	ck_assert_uint_eq(a->paragraph[0] + 1, a->paragraph[1]);
	fl_article_free(a);
	/* a table of other columns stays text, and there is none */
	a = parse("Chronology\n\nDate   | Event\n-------|------\n6 Dec  | Rebels took Rastan. The army left.\n",
		  FL_DATE_NONE);
	ck_assert_ptr_null(a->table_head);
	fl_article_free(a);
}
END_TEST

START_TEST(seed_articles)
{
	char *dir = tu_src_path("../shared/seeds");
	char path[1024];
	snprintf(path, sizeof path, "%s/%s", dir, seeds[_i].file);
	free(dir);
	if (access(path, R_OK) != 0)
		return;	/* not beside this checkout */
	fl_article *a;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_article_read(path, FL_DATE_NONE, &a, &e), FL_OK);
	char buf[11];
	ck_assert_str_eq(fl_date_format(a->published, buf), seeds[_i].published);
	ck_assert_str_eq(a->published_how, seeds[_i].how);
	ck_assert_uint_gt(a->nsentences, 5);
	for (size_t i = 0; i < a->nsentences; i++) {
		ck_assert_uint_lt(a->sentences[i].start, a->sentences[i].end);
		ck_assert_uint_le(a->sentences[i].end, a->len);
		ck_assert(!memmem(a->text + a->sentences[i].start,
				  a->sentences[i].end - a->sentences[i].start, "2025", 4));
	}
	fl_article_free(a);
}
END_TEST

int main(void)
{
	/* yearless datelines are placed by the years up to today: the day the answers
	 * were written, so that they hold in later years */
	setenv("FRONTLINE_TODAY", "2026-11-23", 1);
	Suite *s = suite_create("article");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, bad_input, 0, sizeof bad / sizeof bad[0]);
	tcase_add_test(tc, too_large_and_directory);
	tcase_add_test(tc, id_is_sha256);
	tcase_add_test(tc, saved_page);
	tcase_add_test(tc, live_page_label);
	tcase_add_test(tc, user_date_wins);
	tcase_add_loop_test(tc, publication_dates, 0, sizeof pubs / sizeof pubs[0]);
	tcase_add_test(tc, html_page);
	tcase_add_test(tc, date_headings);
	tcase_add_test(tc, html_character_references);
	tcase_add_test(tc, sentences_and_abbreviations);
	tcase_add_test(tc, hard_wrapped_text);
	tcase_add_test(tc, front_matter_and_tables);
	tcase_add_test(tc, section_headings);
	tcase_add_test(tc, captions_and_tagged_posts);
	tcase_add_test(tc, posts_ending_in_pictographs);
	tcase_add_test(tc, subtitles);
	tcase_add_test(tc, quoted_printable_mail);
	tcase_add_loop_test(tc, seed_articles, 0, sizeof seeds / sizeof seeds[0]);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
