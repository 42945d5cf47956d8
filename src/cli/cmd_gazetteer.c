/* SPDX-License-Identifier: MIT
 *
 * cmd_gazetteer.c - frontline gazetteer lookup|import|stats|build: look names up, merge
 * GeoNames dumps, show what the gazetteer holds, and build it at set-up.
 *
 * The gazetteer file is the map definition's "gazetteer" when it names one, else the
 * default (fl_gazetteer_default_path).
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "cli.h"
#include "gazetteer.h"
#include "mapdef.h"

static const char usage_text[] =
	"usage: frontline gazetteer lookup NAME [--limit N] [--format tsv|json] [--context TEXT]\n"
	"       frontline gazetteer import FILE\n"
	"       frontline gazetteer stats\n"
	"       frontline gazetteer build [--fresh]\n"
	"\n"
	"lookup  ranked candidates for a place name under any spelling the press uses:\n"
	"        id, name, lat, lon, kind, country, admin1, population, score, reason.\n"
	"        score is 1 for an exact name; below 0.5 means do not trust it unseen.\n"
	"        --context gives words around the name (\"province\", \"city of\").\n"
	"import  merge a GeoNames dump (e.g. SY.txt: 19 tab-separated columns) into the\n"
	"        built gazetteer; malformed lines are reported by number and skipped.\n"
	"stats   what the gazetteer holds.\n"
	"build   build the gazetteer from the pinned data and gazetteer/ (set-up does this);\n"
	"        the theatre countries come from the map definition. Places earlier imports\n"
	"        brought are kept unless --fresh.\n";

/* The gazetteer path for this map (caller frees). */
static char *gazetteer_path(const fl_cli *cli, fl_map **map_out)
{
	fl_map *map = NULL;
	fl_error err;
	fl_error_clear(&err);
	char *p = NULL;
	if (cli->map && fl_map_load(cli->map, &map, &err) == FL_OK && map->gazetteer)
		p = fl_strdup(map->gazetteer);
	else
		p = fl_gazetteer_default_path();
	if (map_out)
		*map_out = map;
	else
		fl_map_free(map);
	return p;
}

static void print_json_place(const fl_place *p, double score, const char *reason)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(p->id));
	json_object_set_new(o, "name", json_string(p->name));
	json_object_set_new(o, "lat", json_real(round(p->lat * 1e6) / 1e6));
	json_object_set_new(o, "lon", json_real(round(p->lon * 1e6) / 1e6));
	json_object_set_new(o, "kind", json_string(p->kind));
	json_object_set_new(o, "country", json_string(p->country));
	json_object_set_new(o, "admin1", json_string(p->admin1));
	json_object_set_new(o, "population", json_integer(p->population));
	json_object_set_new(o, "score", json_real(round(score * 1000) / 1000));
	if (reason)
		json_object_set_new(o, "reason", json_string(reason));
	char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
	if (s) {
		puts(s);
		free(s);
	}
	json_decref(o);
}

static int do_lookup(fl_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "limit", required_argument, NULL, 'n' },
		{ "format", required_argument, NULL, 'f' },
		{ "context", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	long limit = 5;
	bool json = false;
	const char *context = NULL;
	optind = 1;
	opterr = 0;
	int c;
	while ((c = getopt_long(argc, argv, "hn:f:c:", opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			fputs(usage_text, stdout);
			return FL_EXIT_OK;
		case 'n': {
			char *e;
			limit = strtol(optarg, &e, 10);
			if (*e || limit < 1 || limit > 1000)
				return cli_usage("gazetteer", "--limit wants a number from 1 to 1000, not '%s'", optarg);
			break;
		}
		case 'f':
			if (strcmp(optarg, "json") == 0)
				json = true;
			else if (strcmp(optarg, "tsv") == 0)
				json = false;
			else
				return cli_usage("gazetteer", "--format wants tsv or json, not '%s'", optarg);
			break;
		case 'c':
			context = optarg;
			break;
		default:
			return cli_usage("gazetteer", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage("gazetteer", "lookup wants a NAME");
	if (optind + 1 < argc)
		return cli_usage("gazetteer", "lookup takes one NAME (quote names with spaces), not also '%s'", argv[optind + 1]);
	const char *name = argv[optind];
	char *path = gazetteer_path(cli, NULL);
	if (!path)
		return cli_fail("out of memory");
	fl_gazetteer *gz;
	fl_error err;
	fl_error_clear(&err);
	if (fl_gazetteer_open(path, &gz, &err) != FL_OK) {
		free(path);
		return cli_fail_err(&err);
	}
	free(path);
	fl_candidate *cs = calloc((size_t)limit, sizeof(*cs));
	if (!cs) {
		fl_gazetteer_free(gz);
		return cli_fail("out of memory");
	}
	size_t n = fl_gazetteer_lookup(gz, name, context, cs, (size_t)limit);
	for (size_t i = 0; i < n; i++) {
		const fl_place *p = cs[i].place;
		if (json)
			print_json_place(p, cs[i].score, cs[i].reason);
		else
			printf("%lld\t%s\t%.6f\t%.6f\t%s\t%s\t%s\t%lld\t%.3f\t%s\n", (long long)p->id,
			       p->name, p->lat, p->lon, p->kind, p->country, p->admin1,
			       (long long)p->population, cs[i].score, cs[i].reason);
	}
	if (n == 0)
		cli_info(cli, "frontline gazetteer: no place is called '%s'", name);
	free(cs);
	fl_gazetteer_free(gz);
	return FL_EXIT_OK;
}

static int do_import(fl_cli *cli, int argc, char **argv)
{
	if (argc != 2)
		return cli_usage("gazetteer", "import wants one FILE (a GeoNames dump)");
	if (cli_is_help(argv[1])) {
		fputs(usage_text, stdout);
		return FL_EXIT_OK;
	}
	char *path = gazetteer_path(cli, NULL);
	if (!path)
		return cli_fail("out of memory");
	fl_gazetteer_report rep = { 0 };
	fl_error err;
	fl_error_clear(&err);
	fl_status s = fl_gazetteer_import(path, argv[1], &rep, &err);
	/* Malformed lines are skipped and the rest imported, but the run is not clean:
	 * each is an error on stderr and the exit code says so. */
	for (size_t i = 0; i < rep.nbad; i++)
		fprintf(stderr, "frontline: error: %s:%ld: malformed line skipped: %s\n", argv[1],
			rep.bad[i].line, rep.bad[i].reason);
	if (rep.malformed > rep.nbad)
		fprintf(stderr, "frontline: error: %s: %zu more malformed lines skipped\n", argv[1],
			rep.malformed - rep.nbad);
	int rc = FL_EXIT_OK;
	if (s != FL_OK) {
		rc = cli_fail_err(&err);
	} else {
		cli_info(cli, "imported %s: %zu rows, %zu new places, %zu updated, %zu malformed lines "
			 "skipped; the gazetteer now has %zu places", argv[1], rep.rows, rep.added,
			 rep.updated, rep.malformed, rep.places);
		if (rep.malformed)
			rc = FL_EXIT_RUNTIME;
	}
	fl_gazetteer_report_release(&rep);
	free(path);
	return rc;
}

static int do_stats(fl_cli *cli, int argc, char **argv)
{
	if (argc > 1 && cli_is_help(argv[1])) {
		fputs(usage_text, stdout);
		return FL_EXIT_OK;
	}
	if (argc > 1)
		return cli_usage("gazetteer", "stats takes no arguments");
	char *path = gazetteer_path(cli, NULL);
	if (!path)
		return cli_fail("out of memory");
	fl_gazetteer *gz;
	fl_error err;
	fl_error_clear(&err);
	if (fl_gazetteer_open(path, &gz, &err) != FL_OK) {
		free(path);
		return cli_fail_err(&err);
	}
	fl_gazetteer_stats st;
	fl_gazetteer_get_stats(gz, &st);
	char when[32] = "";
	time_t t = (time_t)st.built;
	struct tm tm;
	if (gmtime_r(&t, &tm))
		strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	printf("file\t%s\nbuilt\t%s\nplaces\t%zu\nnames\t%zu\ndistinct_names\t%zu\n", path, when,
	       st.places, st.names, st.keys);
	printf("from_geonames\t%zu\nfrom_naturalearth\t%zu\nfrom_supplements\t%zu\nfrom_imports\t%zu\n",
	       st.by_origin[0], st.by_origin[1], st.by_origin[2], st.by_origin[3]);
	printf("roads\t%zu\nstoplist\t%zu\n", st.roads, st.stopwords);
	printf("theatre\t");
	for (size_t i = 0; i < st.ncountries; i++)
		printf("%s%s", i ? "," : "", st.countries[i]);
	printf("\n");
	for (size_t i = 0; i < st.ncountries; i++)
		printf("places_%s\t%zu\n", st.countries[i], st.per_country[i]);
	printf("places_outside_theatre\t%zu\n", st.other_country);
	fl_gazetteer_free(gz);
	free(path);
	return FL_EXIT_OK;
}

static int do_build(fl_cli *cli, int argc, char **argv)
{
	bool fresh = false;
	for (int i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			fputs(usage_text, stdout);
			return FL_EXIT_OK;
		}
		if (strcmp(argv[i], "--fresh") == 0)
			fresh = true;
		else
			return cli_usage("gazetteer", "build takes only --fresh, not '%s'", argv[i]);
	}
	fl_map *map = NULL;
	fl_error err;
	fl_error_clear(&err);
	if (fl_map_load(cli->map, &map, &err) != FL_OK)
		return cli_fail_err(&err);
	char *path = map->gazetteer ? fl_strdup(map->gazetteer) : fl_gazetteer_default_path();
	if (!path) {
		fl_map_free(map);
		return cli_fail("out of memory");
	}
	fl_gazetteer_sources src = { 0 };
	src.countries = (const char *const *)map->countries;
	src.ncountries = map->ncountries;
	src.fresh = fresh;
	fl_gazetteer_report rep = { 0 };
	int rc = FL_EXIT_OK;
	if (fl_gazetteer_build(&src, path, &rep, &err) != FL_OK)
		rc = cli_fail_err(&err);
	else
		cli_info(cli, "built %s: %zu places, %zu names", path, rep.places, rep.names);
	fl_gazetteer_report_release(&rep);
	fl_map_free(map);
	free(path);
	return rc;
}

int cmd_gazetteer(fl_cli *cli, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage("gazetteer", "wants lookup, import, stats or build");
	const char *verb = argv[1];
	if (cli_is_help(verb)) {
		fputs(usage_text, stdout);
		return FL_EXIT_OK;
	}
	if (strcmp(verb, "lookup") == 0)
		return do_lookup(cli, argc - 1, argv + 1);
	if (strcmp(verb, "import") == 0)
		return do_import(cli, argc - 1, argv + 1);
	if (strcmp(verb, "stats") == 0)
		return do_stats(cli, argc - 1, argv + 1);
	if (strcmp(verb, "build") == 0)
		return do_build(cli, argc - 1, argv + 1);
	return cli_usage("gazetteer", "unknown verb '%s' (lookup, import, stats or build)", verb);
}
