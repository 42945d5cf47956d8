/* SPDX-License-Identifier: MIT
 * cmd_render.c - frontline render --date D -o OUT.png|OUT.pdf|OUT.svg: the map of a day,
 * with what changed since the day before. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli_store.h"
#include "render.h"
#include "timeline.h"

static void help(void)
{
	printf("usage: frontline render --date D -o OUT.png|OUT.pdf|OUT.svg [--width PX --height PX]\n"
	       "                        [--dpi N] [--paper a4|letter|a3] [--portrait] [--style FILE]\n"
	       "\n"
	       "Draws the map of day D from the map definition (--map): control areas and\n"
	       "frontlines, places by side and size, what changed since the day before, labels,\n"
	       "title, legend, scale bar, locator and sources. The format follows OUT's extension:\n"
	       "PNG for the web, PDF (vectors, searchable text) for reports, SVG for editors.\n"
	       "The file is written under a temporary name and renamed when complete.\n"
	       "\n"
	       "  --date D         the day (YYYY-MM-DD)\n"
	       "  -o, --output F   the file to write (.png, .pdf or .svg)\n"
	       "  --width PX       PNG width in pixels (default 1800), PDF/SVG page width in points\n"
	       "  --height PX      PNG height in pixels (default 1273), PDF/SVG page height in points\n"
	       "  --dpi N          PNG resolution: sizes are set for N dots per inch (with no size,\n"
	       "                   an A4 landscape page at N dpi)\n"
	       "  --paper P        PDF/SVG page: a4 (default), letter or a3, landscape\n"
	       "  --portrait       the page upright\n"
	       "  --style FILE     a style JSON instead of the map's (assets/styles/colorblind.json\n"
	       "                   is colour-blind safe)\n");
}

int cmd_render(fl_cli *cli, int argc, char **argv)
{
	fl_date day = FL_DATE_NONE;
	const char *out = NULL;
	fl_render_opts ro = { 0 };
	int dpi = 0;
	const char *paper = NULL;
	const cli_opt opts[] = {
		{ .name = "date", .kind = OPT_DATE, .out = &day },
		{ .name = "output", .kind = OPT_TEXT, .out = &out, .letter = 'o' },
		CLI_PAGE_OPTIONS(ro, dpi, paper),
	};
	int first_arg, done = CLI_OPTIONS("render", argc, argv, opts, false, help, &first_arg);
	if (done >= 0)
		return done;
	if (!cli_page_opts("render", dpi, paper, &ro.dpi, &ro.paper))
		return FL_EXIT_USAGE;
	if (first_arg < argc)
		return cli_usage("render", "unexpected argument '%s'", argv[first_arg]);
	if (day == FL_DATE_NONE)
		return cli_usage("render", "--date D is required");
	if (!out)
		return cli_usage("render", "-o OUT.png|OUT.pdf|OUT.svg is required");
	const char *dot = strrchr(out, '.');
	if (!dot || (strcasecmp(dot, ".png") && strcasecmp(dot, ".pdf") && strcasecmp(dot, ".svg")))
		return cli_usage("render", "cannot tell the format of '%s': name it .png, .pdf or .svg", out);

	fl_map *map = NULL;
	fl_store *st = NULL;
	fl_renderer *r = NULL;
	fl_state today = { 0 }, before = { 0 };
	bool have_today = false, have_before = false;
	int rc = cli_map_load(cli, &map);
	if (rc)
		return rc;
	if ((rc = cli_store_open(cli, false, true, &st)))
		goto done;
	fl_error err;
	fl_error_clear(&err);
	/* The renderer first: a broken map definition or style fails before the store work. */
	if (fl_renderer_new(map, ro.style, &r, &err)) {
		rc = cli_fail_err(&err);
		goto done;
	}
	const fl_gazetteer *gz = cli_gazetteer(cli, map);
	if (fl_timeline_state(st, map, gz, day, &today, &err)) {
		rc = cli_fail_err(&err);
		goto done;
	}
	have_today = true;
	/* The day before, for what changed; none before the baseline. */
	if (map->baseline_date == FL_DATE_NONE || day > map->baseline_date) {
		fl_error e2;
		fl_error_clear(&e2);
		have_before = fl_timeline_state(st, map, gz, day - 1, &before, &e2) == FL_OK;
	}
	if (fl_renderer_draw(r, &today, have_before ? &before : NULL, &ro, out, &err)) {
		rc = cli_fail_err(&err);
		goto done;
	}
	char ds[11];
	cli_info(cli, "wrote %s: %s, %zu places, %zu claims from %zu articles", out, fl_date_format(day, ds),
		 today.count, today.nclaims, today.narticles);
done:
	if (have_today)
		fl_state_release(&today);
	if (have_before)
		fl_state_release(&before);
	fl_renderer_free(r);
	fl_store_close(st);
	fl_map_free(map);
	cli_gazetteer_free();
	return rc;
}
