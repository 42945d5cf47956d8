/* SPDX-License-Identifier: MIT
 * cmd_baseline.c - frontline baseline import FILE: a dated baseline into the store. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_store.h"
#include "timeline.h"

static void help(void)
{
	printf("usage: frontline baseline import FILE [--date D] [--author NAME]\n"
	       "       frontline baseline show [--date D] [--format tsv|json]\n"
	       "\n"
	       "import: store FILE as the baseline of day D (default: the map definition's\n"
	       "baseline_date), replacing one imported before for that day. FILE is a CSV\n"
	       "with a header (geonames_id,name,lat,lon,side,source; kind and population\n"
	       "optional) or GeoJSON with points (a geonames_id or place_id property) or\n"
	       "polygons, each with a 'side' property. Sides are those of assets/actors.json.\n"
	       "The timeline uses the latest stored baseline dated on or before the day asked;\n"
	       "without one it reads the map definition's baseline file.\n"
	       "\n"
	       "show: the baseline that applies on day D (default: the map's baseline date).\n");
}

static int do_import(fl_cli *cli, int argc, char **argv)
{
	fl_date day = FL_DATE_NONE;
	const char *author = NULL;
	const cli_opt opts[] = {
		{ .name = "date", .kind = OPT_DATE, .out = &day },
		{ .name = "author", .kind = OPT_TEXT, .out = &author },
	};
	int first_arg, done = CLI_OPTIONS("baseline import", argc, argv, opts, true, help, &first_arg);
	if (done >= 0)
		return done;
	if (first_arg >= argc)
		return cli_usage("baseline import", "which file? (CSV or GeoJSON)");
	if (first_arg + 1 < argc)
		return cli_usage("baseline import", "one file at a time: unexpected '%s'", argv[first_arg + 1]);
	const char *path = argv[first_arg];
	fl_map *map = NULL;
	int rc = cli_map_load(cli, &map);
	if (rc)
		return rc;
	if (day == FL_DATE_NONE)
		day = map->baseline_date;
	if (day == FL_DATE_NONE) {
		fl_map_free(map);
		return cli_usage("baseline import", "--date D is required (the map definition names no baseline_date)");
	}
	fl_baseline b;
	fl_error err;
	fl_error_clear(&err);
	fl_store *st = NULL;
	if (fl_baseline_read(path, day, cli_sides(), &b, &err)) {
		rc = cli_fail_err(&err);
		goto out;
	}
	if ((rc = cli_store_open(cli, true, false, &st)))
		goto out;
	if (fl_store_baseline_put(st, &b, cli_author(author), &err)) {
		rc = cli_fail_err(&err);
		goto out;
	}
	char d[11];
	cli_info(cli, "baseline of %s: %zu rows from '%s' stored in '%s'", fl_date_format(day, d), b.count,
		 path, cli->store);
out:
	fl_baseline_release(&b);
	fl_store_close(st);
	fl_map_free(map);
	return rc;
}

static int do_show(fl_cli *cli, int argc, char **argv)
{
	fl_date day = FL_DATE_NONE;
	enum cli_format fmt = FMT_TSV;
	const cli_opt opts[] = {
		{ .name = "date", .kind = OPT_DATE, .out = &day },
		{ .name = "format", .kind = OPT_FORMAT, .out = &fmt, .formats = FMTS_TSV_JSON },
	};
	int first_arg, done = CLI_OPTIONS("baseline show", argc, argv, opts, true, help, &first_arg);
	if (done >= 0)
		return done;
	if (first_arg < argc)
		return cli_usage("baseline show", "unexpected argument '%s'", argv[first_arg]);
	fl_map *map = NULL;
	fl_store *st = NULL;
	int rc = cli_map_load(cli, &map);
	if (rc)
		return rc;
	if (day == FL_DATE_NONE)
		day = map->baseline_date;
	if ((rc = cli_store_open(cli, false, true, &st))) {
		fl_map_free(map);
		return rc;
	}
	fl_baseline b;
	fl_error err;
	fl_error_clear(&err);
	if (fl_timeline_baseline(st, map, day, &b, &err)) {
		rc = cli_fail_err(&err);
		goto out;
	}
	char d[11];
	fl_date_format(b.date, d);
	if (fmt == FMT_TSV)
		printf("date\tplace_id\tplace\tlat\tlon\tside\tsource\n");
	for (size_t i = 0; i < b.count; i++) {
		const fl_baseline_row *r = &b.items[i];
		if (fmt == FMT_TSV) {
			printf("%s\t%lld\t", d, (long long)r->place_id);
			tsv_put(stdout, r->place);
			printf("\t%.5f\t%.5f\t%s\t", r->lat, r->lon, r->side);
			tsv_put(stdout, r->source);
			putchar('\n');
			continue;
		}
		json_t *o = json_object();
		json_object_set_new(o, "date", json_string(d));
		json_object_set_new(o, "place_id", json_integer(r->place_id));
		json_object_set_new(o, "place", json_str_or_null(r->place));
		json_object_set_new(o, "lat", json_real(r->lat));
		json_object_set_new(o, "lon", json_real(r->lon));
		json_object_set_new(o, "side", json_string(r->side));
		json_object_set_new(o, "source", json_str_or_null(r->source));
		json_line(o);
	}
	cli_info(cli, "baseline of %s from %s: %zu rows", d, b.origin ? b.origin : "?", b.count);
	fl_baseline_release(&b);
out:
	fl_store_close(st);
	fl_map_free(map);
	return rc;
}

int cmd_baseline(fl_cli *cli, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage("baseline", "import or show?");
	if (cli_is_help(argv[1])) {
		help();
		return FL_EXIT_OK;
	}
	if (strcmp(argv[1], "import") == 0)
		return do_import(cli, argc - 1, argv + 1);
	if (strcmp(argv[1], "show") == 0)
		return do_show(cli, argc - 1, argv + 1);
	return cli_usage("baseline", "unknown subcommand '%s' (import or show)", argv[1]);
}
