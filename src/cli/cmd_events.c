/* SPDX-License-Identifier: MIT
 * cmd_events.c - frontline events: list the claims with their sources, and the
 * analysts' corrections (add a claim, reject one, import a file of them). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_store.h"
#include "gazetteer.h"
#include "timeline.h"


static void help(void)
{
	printf("usage: frontline events [--from D] [--to D] [--format tsv|json|geojson]\n"
	       "       frontline events add PLACE --side S --date D [--date-end D] [--event E]\n"
	       "                            [--note TEXT] [--author NAME] [--lat Y --lon X]\n"
	       "       frontline events reject ID [--note TEXT] [--author NAME]\n"
	       "       frontline events import FILE [--author NAME]\n"
	       "\n"
	       "Without a verb: the claims in the store dated D1..D2 with their sources,\n"
	       "then the analysts' corrections. TSV (default) starts with the claim id;\n"
	       "json is JSON Lines with article place_id place lat lon date date_precision\n"
	       "side event status attributed_to confidence actor sentence start end.\n"
	       "\n"
	       "Corrections are new records; nothing is edited. Each keeps its author\n"
	       "(--author, else $USER) and time. An analyst's word beats the machine's.\n"
	       "  add     S holds PLACE from day D (event 'held' unless --event). PLACE is a\n"
	       "          gazetteer id or name, or a baseline place; --lat/--lon with an id\n"
	       "          for a place neither knows. Prints the new id.\n"
	       "  reject  the claim ID (from 'events' or 'state' sources) does not count.\n"
	       "  import  a CSV or GeoJSON of corrections: rows with 'rejects' (a claim id)\n"
	       "          reject; other rows add (place_id, place, lat, lon, date, side,\n"
	       "          optional event, date_end, note, author). All or nothing.\n");
}

static int list(fl_cli *cli, int argc, char **argv)
{
	fl_date from = FL_DATE_NONE, to = FL_DATE_NONE;
	enum cli_format fmt = FMT_TSV;
	const cli_opt opts[] = {
		{ .name = "from", .kind = OPT_DATE, .out = &from },
		{ .name = "to", .kind = OPT_DATE, .out = &to },
		{ .name = "format", .kind = OPT_FORMAT, .out = &fmt, .formats = FMTS_ALL },
	};
	int first_arg, done = CLI_OPTIONS("events", argc, argv, opts, false, help, &first_arg);
	if (done >= 0)
		return done;
	if (first_arg < argc)
		return cli_usage("events", "unknown verb '%s' (add, reject or import)", argv[first_arg]);
	fl_store *st = NULL;
	int rc = cli_store_open(cli, false, true, &st);
	if (rc)
		return rc;
	if (!st)	/* not an error (nothing ingested yet), but a typo in --store must show */
		fprintf(stderr, "frontline events: no store at '%s' yet: no claims\n", cli->store);
	fl_claims cs = { 0 };
	fl_error err;
	fl_error_clear(&err);
	if (st && fl_store_claims(st, from, to, &cs, &err)) {
		fl_store_close(st);
		return cli_fail_err(&err);
	}
	if (fmt == FMT_TSV)
		printf("id\tarticle\tplace_id\tplace\tlat\tlon\tdate\tdate_precision\tside\tevent\tstatus\t"
		       "attributed_to\tconfidence\tactor\tsentence\tstart\tend\tauthor\tcreated\trejects\n");
	else if (fmt == FMT_GEOJSON)
		geojson_begin();
	bool first = true;
	for (size_t i = 0; i < cs.count; i++) {
		const fl_claim *x = &cs.items[i];
		char day[11];
		fl_date_format(x->date, day);
		if (fmt == FMT_TSV) {
			printf("%lld\t%s\t%lld\t", (long long)x->id, x->article, (long long)x->place_id);
			tsv_put(stdout, x->place);
			printf("\t%.5f\t%.5f\t%s\t%s\t%s\t%s\t%s\t", x->lat, x->lon, day, x->date_precision, x->side,
			       x->event, x->status);
			tsv_put(stdout, x->attributed_to);
			printf("\t%.2f\t", x->confidence);
			tsv_put(stdout, x->actor);
			putchar('\t');
			tsv_put(stdout, x->sentence);
			printf("\t%zu\t%zu\t", x->start, x->end);
			tsv_put(stdout, x->author);
			putchar('\t');
			tsv_put(stdout, x->created);
			printf("\t%lld\n", (long long)x->rejects);
			continue;
		}
		json_t *o = json_object();
		json_object_set_new(o, "article", json_string(x->article));
		json_object_set_new(o, "place_id", json_integer(x->place_id));
		json_object_set_new(o, "place", json_str_or_null(x->place));
		json_object_set_new(o, "lat", json_real(x->lat));
		json_object_set_new(o, "lon", json_real(x->lon));
		json_object_set_new(o, "date", json_date(x->date));
		json_object_set_new(o, "date_precision", json_string(x->date_precision));
		json_object_set_new(o, "side", json_string(x->side));
		json_object_set_new(o, "event", json_string(x->event));
		json_object_set_new(o, "status", json_string(x->status));
		json_object_set_new(o, "attributed_to", json_str_or_null(x->attributed_to));
		json_object_set_new(o, "confidence", json_real(x->confidence));
		json_object_set_new(o, "actor", json_str_or_null(x->actor));
		json_object_set_new(o, "sentence", json_str_or_null(x->sentence));
		json_object_set_new(o, "start", json_integer((json_int_t)x->start));
		json_object_set_new(o, "end", json_integer((json_int_t)x->end));
		if (fmt == FMT_JSON)
			json_line(o);
		else
			geojson_feature(x->lon, x->lat, o, &first);
	}
	if (fmt == FMT_GEOJSON)
		geojson_end();
	fli_claims_release(&cs);
	fl_store_close(st);
	return FL_EXIT_OK;
}

/* Where PLACE is: gazetteer, then the baseline; --lat/--lon fill in. */
static int resolve_place(fl_cli *cli, const fl_map *map, const char *place, fl_date day,
			 fl_store *st, fl_claim *c)
{
	char *end;
	long long id = strtoll(place, &end, 10);
	bool numeric = *end == '\0' && id > 0;
	const fl_gazetteer *gz = cli_gazetteer(cli, map);
	const fl_place *p = NULL;
	if (gz && numeric)
		p = fl_gazetteer_get(gz, id);
	else if (gz) {
		fl_candidate cand[1];
		if (fl_gazetteer_lookup(gz, place, NULL, cand, 1) == 1 && cand[0].score >= 0.5)
			p = cand[0].place;
	}
	if (p) {
		c->place_id = p->id;
		c->place = strdup(p->name);
		c->lat = p->lat;
		c->lon = p->lon;
		return FL_EXIT_OK;
	}
	fl_baseline b;
	fl_error err;
	fl_error_clear(&err);
	if (fl_timeline_baseline(st, map, day, &b, &err) == FL_OK) {
		for (size_t i = 0; i < b.count && !c->place; i++) {
			const fl_baseline_row *r = &b.items[i];
			if (r->nrings || !r->place_id)
				continue;
			if ((numeric && r->place_id == id) ||
			    (!numeric && r->place && fl_timeline_name_match(r->place, place))) {
				c->place_id = r->place_id;
				c->place = fl_strdup(r->place);
				c->lat = r->lat;
				c->lon = r->lon;
			}
		}
		fl_baseline_release(&b);
	}
	if (c->place_id)
		return FL_EXIT_OK;
	if (numeric && c->lat != 0 && c->lon != 0) {
		c->place_id = id;
		c->place = strdup(place);
		return FL_EXIT_OK;
	}
	return cli_fail("no place '%s' in the gazetteer or the baseline%s", place,
			numeric ? " (give --lat and --lon for a new place id)" : " (give its gazetteer id)");
}

static int add(fl_cli *cli, int argc, char **argv)
{
	fl_claim c;
	memset(&c, 0, sizeof(c));
	c.date = c.date_end = FL_DATE_NONE;
	c.confidence = 1.0;
	const char *side = NULL, *event = FL_EVENT_HELD, *note = NULL, *author = NULL;
	const cli_opt opts[] = {
		{ .name = "side", .kind = OPT_TEXT, .out = &side },
		{ .name = "date", .kind = OPT_DATE, .out = &c.date },
		{ .name = "date-end", .kind = OPT_DATE, .out = &c.date_end },
		{ .name = "event", .kind = OPT_TEXT, .out = &event },
		{ .name = "note", .kind = OPT_TEXT, .out = &note },
		{ .name = "author", .kind = OPT_TEXT, .out = &author },
		{ .name = "lat", .kind = OPT_LAT, .out = &c.lat },
		{ .name = "lon", .kind = OPT_LON, .out = &c.lon },
	};
	int first_arg, done = CLI_OPTIONS("events add", argc, argv, opts, true, help, &first_arg);
	if (done >= 0)
		return done;
	if (first_arg >= argc)
		return cli_usage("events add", "which place?");
	if (first_arg + 1 < argc)
		return cli_usage("events add", "one place at a time (quote names with spaces): unexpected '%s'",
				 argv[first_arg + 1]);
	if (!side || c.date == FL_DATE_NONE)
		return cli_usage("events add", "--side S and --date D are required");
	if (!cli_side_ok(side))
		return cli_usage("events add", "unknown side '%s'", side);
	if (strlen(event) >= sizeof(c.event))
		return cli_usage("events add", "unknown event '%s'", event);
	if (c.date_end == FL_DATE_NONE)
		c.date_end = c.date;
	if (c.date_end < c.date)
		return cli_usage("events add", "--date-end is before --date");
	snprintf(c.side, sizeof(c.side), "%s", side);
	snprintf(c.event, sizeof(c.event), "%s", event);
	snprintf(c.status, sizeof(c.status), FL_STATUS_ANALYST);
	snprintf(c.date_precision, sizeof(c.date_precision), c.date_end == c.date ? "day" : "range");
	fl_map *map = NULL;
	fl_store *st = NULL;
	int rc = cli_map_load(cli, &map);
	if (rc)
		return rc;
	if ((rc = cli_store_open(cli, true, false, &st)) ||
	    (rc = resolve_place(cli, map, argv[first_arg], c.date, st, &c)))
		goto out;
	char now[32];
	cli_now(now, sizeof(now));
	c.author = strdup(cli_author(author));
	c.created = strdup(now);
	c.sentence = fl_strdup(note);
	fl_claims one = { &c, 1, 1 };
	int64_t id = 0;
	fl_error err;
	fl_error_clear(&err);
	if (fl_store_correct(st, &one, &id, &err)) {
		rc = cli_fail_err(&err);
		goto out;
	}
	printf("%lld\n", (long long)id);
	cli_info(cli, "correction %lld: %s holds %s from %s (by %s)", (long long)id, c.side, c.place,
		 fl_date_format(c.date, now), c.author);
out:
	fli_claim_release(&c);
	fl_store_close(st);
	fl_map_free(map);
	cli_gazetteer_free();
	return rc;
}

static int reject(fl_cli *cli, int argc, char **argv)
{
	const char *note = NULL, *author = NULL;
	const cli_opt opts[] = {
		{ .name = "note", .kind = OPT_TEXT, .out = &note },
		{ .name = "author", .kind = OPT_TEXT, .out = &author },
	};
	int first_arg, done = CLI_OPTIONS("events reject", argc, argv, opts, true, help, &first_arg);
	if (done >= 0)
		return done;
	if (first_arg >= argc)
		return cli_usage("events reject", "which claim id?");
	char *end;
	long long id = strtoll(argv[first_arg], &end, 10);
	if (*end || id <= 0)
		return cli_usage("events reject", "a claim id is a positive number, not '%s'", argv[first_arg]);
	if (first_arg + 1 < argc)
		return cli_usage("events reject", "unexpected argument '%s'", argv[first_arg + 1]);
	fl_store *st = NULL;
	int rc = cli_store_open(cli, false, false, &st);
	if (rc)
		return rc;
	fl_claim target, c;
	memset(&c, 0, sizeof(c));
	fl_error err;
	fl_error_clear(&err);
	if (fl_store_get(st, id, &target, &err)) {
		fl_store_close(st);
		return cli_fail_err(&err);
	}
	char now[32];
	cli_now(now, sizeof(now));
	/* The rejection carries the place it is about, so a map of corrections shows it. */
	c.place_id = target.place_id;
	c.place = fl_strdup(target.place);
	c.lat = target.lat;
	c.lon = target.lon;
	snprintf(c.side, sizeof(c.side), "%s", target.side);
	snprintf(c.event, sizeof(c.event), "%s", target.event);
	snprintf(c.status, sizeof(c.status), FL_STATUS_REJECTED);
	snprintf(c.date_precision, sizeof(c.date_precision), "day");
	char day[11];
	memcpy(day, now, 10);
	day[10] = '\0';
	if (fl_date_parse(day, &c.date) != FL_OK)
		c.date = FL_DATE_NONE;
	c.date_end = c.date;
	c.confidence = 1.0;
	c.rejects = id;
	c.author = strdup(cli_author(author));
	c.created = strdup(now);
	c.sentence = fl_strdup(note);
	fli_claim_release(&target);
	fl_claims one = { &c, 1, 1 };
	int64_t nid = 0;
	if (fl_store_correct(st, &one, &nid, &err))
		rc = cli_fail_err(&err);
	else {
		printf("%lld\n", (long long)nid);
		cli_info(cli, "claim %lld rejected by %s (correction %lld)", id, c.author, (long long)nid);
	}
	fli_claim_release(&c);
	fl_store_close(st);
	return rc;
}

static int import(fl_cli *cli, int argc, char **argv)
{
	const char *author = NULL;
	const cli_opt opts[] = { { .name = "author", .kind = OPT_TEXT, .out = &author } };
	int first_arg, done = CLI_OPTIONS("events import", argc, argv, opts, true, help, &first_arg);
	if (done >= 0)
		return done;
	if (first_arg >= argc)
		return cli_usage("events import", "which file? (CSV or GeoJSON)");
	if (first_arg + 1 < argc)
		return cli_usage("events import", "one file at a time: unexpected '%s'", argv[first_arg + 1]);
	char now[32];
	cli_now(now, sizeof(now));
	fl_claims cs = { 0 };
	fl_error err;
	fl_error_clear(&err);
	if (fl_corrections_read(argv[first_arg], cli_author(author), now, cli_sides(), &cs, &err)) {
		fli_claims_release(&cs);
		return cli_fail_err(&err);
	}
	fl_store *st = NULL;
	int rc = cli_store_open(cli, true, false, &st);
	int64_t *ids = calloc(cs.count ? cs.count : 1, sizeof(int64_t));
	if (!rc && !ids)
		rc = cli_fail("out of memory");
	if (!rc && fl_store_correct(st, &cs, ids, &err))
		rc = cli_fail_err(&err);
	if (!rc) {
		for (size_t i = 0; i < cs.count; i++)
			printf("%lld\n", (long long)ids[i]);
		cli_info(cli, "%zu corrections from '%s' stored", cs.count, argv[first_arg]);
	}
	free(ids);
	fli_claims_release(&cs);
	fl_store_close(st);
	return rc;
}

int cmd_events(fl_cli *cli, int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "add") == 0)
		return add(cli, argc - 1, argv + 1);
	if (argc >= 2 && strcmp(argv[1], "reject") == 0)
		return reject(cli, argc - 1, argv + 1);
	if (argc >= 2 && strcmp(argv[1], "import") == 0)
		return import(cli, argc - 1, argv + 1);
	return list(cli, argc, argv);
}
