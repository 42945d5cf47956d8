/* SPDX-License-Identifier: MIT
 * cmd_changes.c - frontline changes --from D1 --to D2: who gained and lost what. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_store.h"
#include "timeline.h"

static void help(void)
{
	printf("usage: frontline changes --from D1 --to D2 [--format tsv|json]\n"
	       "\n"
	       "Every change of holder (or to and from 'contested') that took effect on the\n"
	       "days D1 to D2, in date order, each with the claims that decided it.\n"
	       "\n"
	       "  --from D      first day (YYYY-MM-DD)\n"
	       "  --to D        last day (YYYY-MM-DD)\n"
	       "  --format F    tsv (default, with a header) or json (JSON Lines: date place_id\n"
	       "                place lat lon from to status level sources)\n");
}

int cmd_changes(fl_cli *cli, int argc, char **argv)
{
	fl_date from = FL_DATE_NONE, to = FL_DATE_NONE;
	enum cli_format fmt = FMT_TSV;
	const cli_opt opts[] = {
		{ .name = "from", .kind = OPT_DATE, .out = &from },
		{ .name = "to", .kind = OPT_DATE, .out = &to },
		{ .name = "format", .kind = OPT_FORMAT, .out = &fmt, .formats = FMTS_TSV_JSON },
	};
	int first_arg, done = CLI_OPTIONS("changes", argc, argv, opts, false, help, &first_arg);
	if (done >= 0)
		return done;
	if (first_arg < argc)
		return cli_usage("changes", "unexpected argument '%s'", argv[first_arg]);
	if (from == FL_DATE_NONE || to == FL_DATE_NONE)
		return cli_usage("changes", "--from D1 and --to D2 are required");
	if (from > to)
		return cli_usage("changes", "--from must not be after --to");
	fl_map *map = NULL;
	fl_store *st = NULL;
	int rc = cli_map_load(cli, &map);
	if (rc)
		return rc;
	if ((rc = cli_store_open(cli, false, true, &st))) {
		fl_map_free(map);
		return rc;
	}
	fl_changes ch;
	fl_error err;
	fl_error_clear(&err);
	if (fl_timeline_changes(st, map, cli_gazetteer(cli, map), from, to, &ch, &err)) {
		rc = cli_fail_err(&err);
		goto out;
	}
	char day[11];
	if (fmt == FMT_TSV)
		printf("date\tplace_id\tplace\tlat\tlon\tfrom\tto\tstatus\tlevel\tsources\n");
	for (size_t i = 0; i < ch.count; i++) {
		const fl_change *x = &ch.items[i];
		fl_date_format(x->date, day);
		if (fmt == FMT_TSV) {
			printf("%s\t%lld\t", day, (long long)x->place_id);
			tsv_put(stdout, x->place);
			printf("\t%.5f\t%.5f\t%s\t%s\t%s\t%s\t%s\n", x->lat, x->lon, x->from, x->to, x->status,
			       x->level, x->sources);
			continue;
		}
		json_t *o = json_object();
		json_object_set_new(o, "date", json_string(day));
		json_object_set_new(o, "place_id", json_integer(x->place_id));
		json_object_set_new(o, "place", json_string(x->place));
		json_object_set_new(o, "lat", json_real(x->lat));
		json_object_set_new(o, "lon", json_real(x->lon));
		json_object_set_new(o, "from", json_string(x->from));
		json_object_set_new(o, "to", json_string(x->to));
		json_object_set_new(o, "status", json_string(x->status));
		json_object_set_new(o, "level", json_string(x->level));
		json_object_set_new(o, "sources", json_string(x->sources));
		json_line(o);
	}
	fl_changes_release(&ch);
out:
	fl_store_close(st);
	fl_map_free(map);
	cli_gazetteer_free();
	return rc;
}
