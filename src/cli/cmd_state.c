/* SPDX-License-Identifier: MIT
 * cmd_state.c - frontline state --date D: who holds every place at the end of day D. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_store.h"
#include "timeline.h"

static void help(void)
{
	printf("usage: frontline state --date D [--format tsv|json|geojson]\n"
	       "\n"
	       "The state of the front at the end of day D: for every place the side that\n"
	       "holds it (or 'contested'), since when, whether it changed from the baseline,\n"
	       "its level ('assessed' or 'claimed') and the claims that decided it.\n"
	       "Built from the baseline, the claims in the store and the analysts'\n"
	       "corrections under the map definition's policy.\n"
	       "\n"
	       "  --date D      the day (YYYY-MM-DD)\n"
	       "  --format F    tsv (default, with a header), json (JSON Lines: place_id place\n"
	       "                lat lon side since status level sources) or geojson\n");
}

int cmd_state(fl_cli *cli, int argc, char **argv)
{
	fl_date day = FL_DATE_NONE;
	enum cli_format fmt = FMT_TSV;
	const cli_opt opts[] = {
		{ .name = "date", .kind = OPT_DATE, .out = &day },
		{ .name = "format", .kind = OPT_FORMAT, .out = &fmt, .formats = FMTS_ALL },
	};
	int first_arg, done = CLI_OPTIONS("state", argc, argv, opts, false, help, &first_arg);
	if (done >= 0)
		return done;
	if (first_arg < argc)
		return cli_usage("state", "unexpected argument '%s'", argv[first_arg]);
	if (day == FL_DATE_NONE)
		return cli_usage("state", "--date D is required");
	fl_map *map = NULL;
	fl_store *st = NULL;
	int rc = cli_map_load(cli, &map);
	if (rc)
		return rc;
	if ((rc = cli_store_open(cli, false, true, &st))) {
		fl_map_free(map);
		return rc;
	}
	fl_state s;
	fl_error err;
	fl_error_clear(&err);
	if (fl_timeline_state(st, map, cli_gazetteer(cli, map), day, &s, &err)) {
		rc = cli_fail_err(&err);
		goto out;
	}
	bool first = true;
	char since[11];
	if (fmt == FMT_TSV)
		printf("place_id\tplace\tlat\tlon\tside\tsince\tstatus\tlevel\tsources\n");
	else if (fmt == FMT_GEOJSON)
		geojson_begin();
	for (size_t i = 0; i < s.count; i++) {
		const fl_place_state *p = &s.items[i];
		fl_date_format(p->since, since);
		if (fmt == FMT_TSV) {
			printf("%lld\t", (long long)p->place_id);
			tsv_put(stdout, p->place);
			printf("\t%.5f\t%.5f\t%s\t%s\t%s\t%s\t%s\n", p->lat, p->lon, p->side, since, p->status,
			       p->level, p->sources);
			continue;
		}
		json_t *o = json_object();
		json_object_set_new(o, "place_id", json_integer(p->place_id));
		json_object_set_new(o, "place", json_string(p->place));
		json_object_set_new(o, "lat", json_real(p->lat));
		json_object_set_new(o, "lon", json_real(p->lon));
		json_object_set_new(o, "side", json_string(p->side));
		json_object_set_new(o, "since", json_date(p->since));
		json_object_set_new(o, "status", json_string(p->status));
		json_object_set_new(o, "level", json_string(p->level));
		json_object_set_new(o, "sources", json_string(p->sources));
		if (fmt == FMT_JSON)
			json_line(o);
		else
			geojson_feature(p->lon, p->lat, o, &first);
	}
	if (fmt == FMT_GEOJSON)
		geojson_end();
	cli_info(cli, "state on %s: %zu places from %zu claims in %zu articles",
		 fl_date_format(day, since), s.count, s.nclaims, s.narticles);
	fl_state_release(&s);
out:
	fl_store_close(st);
	fl_map_free(map);
	cli_gazetteer_free();
	return rc;
}
