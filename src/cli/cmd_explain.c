/* SPDX-License-Identifier: MIT
 * cmd_explain.c - frontline explain PLACE --date D: why PLACE is shown as it is. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_store.h"
#include "timeline.h"

static void help(void)
{
	printf("usage: frontline explain PLACE --date D\n"
	       "\n"
	       "Tells the whole story of one place up to day D, in sentences an editor can\n"
	       "paste into a caption: the baseline and its source, each claim with who made\n"
	       "it and what became of it (counted, contested, denied, rejected, too weak),\n"
	       "claims about the whole governorate it lies in, the analysts' corrections,\n"
	       "and the state at the end of D.\n"
	       "PLACE is a gazetteer id or a name.\n"
	       "\n"
	       "  --date D      the day (YYYY-MM-DD)\n");
}

int cmd_explain(fl_cli *cli, int argc, char **argv)
{
	fl_date day = FL_DATE_NONE;
	const cli_opt opts[] = { { .name = "date", .kind = OPT_DATE, .out = &day } };
	int first_arg, done = CLI_OPTIONS("explain", argc, argv, opts, true, help, &first_arg);
	if (done >= 0)
		return done;
	if (first_arg >= argc)
		return cli_usage("explain", "which place? (a name or a gazetteer id)");
	if (first_arg + 1 < argc)
		return cli_usage("explain", "one place at a time (quote names with spaces): unexpected '%s'",
				 argv[first_arg + 1]);
	if (day == FL_DATE_NONE)
		return cli_usage("explain", "--date D is required");
	const char *place = argv[first_arg];
	fl_map *map = NULL;
	fl_store *st = NULL;
	int rc = cli_map_load(cli, &map);
	if (rc)
		return rc;
	if ((rc = cli_store_open(cli, false, true, &st))) {
		fl_map_free(map);
		return rc;
	}
	char *text = NULL;
	fl_error err;
	fl_error_clear(&err);
	if (fl_timeline_explain(st, map, cli_gazetteer(cli, map), place, day, &text, &err))
		rc = cli_fail_err(&err);
	else
		fputs(text, stdout);
	free(text);
	fl_store_close(st);
	fl_map_free(map);
	cli_gazetteer_free();
	return rc;
}
