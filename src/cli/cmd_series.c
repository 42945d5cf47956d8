/* SPDX-License-Identifier: MIT
 * cmd_series.c - frontline series --from D1 --to D2 --outdir DIR: one map per day on all
 * cores (DIR/YYYY-MM-DD.png ...), and an animated GIF of the series for social media. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli_store.h"
#include "render.h"
#include "timeline.h"

#define MAX_DAYS 3660

static void help(void)
{
	printf("usage: frontline series --from D1 --to D2 --outdir DIR [--format png,pdf,svg]\n"
	       "                        [--width PX --height PX --dpi N --paper P --portrait]\n"
	       "                        [--style FILE] [--gif FILE | --no-gif] [--threads N]\n"
	       "\n"
	       "Draws one map per day from D1 to D2 (each with what changed since the day before)\n"
	       "into DIR as YYYY-MM-DD.png (and .pdf, .svg as asked), on all cores, and an\n"
	       "animated GIF of the days (DIR/series.gif unless told otherwise). Shows progress\n"
	       "when standard error is a terminal. Files are written under temporary names and\n"
	       "renamed when complete.\n"
	       "\n"
	       "  --from D1, --to D2  the first and last day (YYYY-MM-DD), at most %d days\n"
	       "  --outdir DIR        where the maps go (made if missing)\n"
	       "  --format LIST       comma-separated: png (default), pdf, svg\n"
	       "  --width, --height, --dpi, --paper, --portrait, --style  as for 'render'\n"
	       "  --gif FILE          the animation's path (default DIR/series.gif)\n"
	       "  --gif-width PX      the animation's width (default 900)\n"
	       "  --no-gif            no animation\n"
	       "  --threads N         drawing threads (default: all cores)\n",
	       MAX_DAYS);
}

static void progress(size_t done, size_t total, void *ud)
{
	(void)ud;
	int w = 30, fill = total ? (int)(done * (size_t)w / total) : w;
	fprintf(stderr, "\r  [%.*s%*s] %zu/%zu days", fill, "##############################", w - fill, "", done,
		total);
	if (done == total)
		fputc('\n', stderr);
	fflush(stderr);
}

int cmd_series(fl_cli *cli, int argc, char **argv)
{
	fl_date from = FL_DATE_NONE, to = FL_DATE_NONE;
	const char *outdir = NULL, *gif = NULL;
	bool no_gif = false;
	char fmtbuf[64] = "png";
	fl_render_opts ro = { 0 };
	fl_series_opts so = { 0 };
	int dpi = 0;
	const char *formats = NULL, *paper = NULL;
	const cli_opt opts[] = {
		{ .name = "from", .kind = OPT_DATE, .out = &from },
		{ .name = "to", .kind = OPT_DATE, .out = &to },
		{ .name = "outdir", .kind = OPT_TEXT, .out = &outdir },
		{ .name = "format", .kind = OPT_TEXT, .out = &formats },
		CLI_PAGE_OPTIONS(ro, dpi, paper),
		{ .name = "gif", .kind = OPT_TEXT, .out = &gif },
		{ .name = "gif-width", .kind = OPT_INT, .out = &so.gif_width, .lo = 200, .hi = 4000 },
		{ .name = "no-gif", .kind = OPT_FLAG, .out = &no_gif },
		{ .name = "threads", .kind = OPT_INT, .out = &so.threads, .lo = 1, .hi = 256 },
	};
	int first_arg, done = CLI_OPTIONS("series", argc, argv, opts, false, help, &first_arg);
	if (done >= 0)
		return done;
	if (!cli_page_opts("series", dpi, paper, &ro.dpi, &ro.paper))
		return FL_EXIT_USAGE;
	if (formats)
		snprintf(fmtbuf, sizeof(fmtbuf), "%s", formats);
	if (first_arg < argc)
		return cli_usage("series", "unexpected argument '%s'", argv[first_arg]);
	if (from == FL_DATE_NONE || to == FL_DATE_NONE)
		return cli_usage("series", "--from D1 and --to D2 are required");
	if (to < from)
		return cli_usage("series", "--to is before --from");
	if (to - from + 1 > MAX_DAYS)
		return cli_usage("series", "at most %d days in one series", MAX_DAYS);
	if (!outdir)
		return cli_usage("series", "--outdir DIR is required");
	const char *fmts[3];
	size_t nf = 0;
	for (char *save = NULL, *t = strtok_r(fmtbuf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		if (strcmp(t, "png") && strcmp(t, "pdf") && strcmp(t, "svg"))
			return cli_usage("series", "--format wants png, pdf or svg (comma-separated), not '%s'", t);
		bool dup = false;
		for (size_t k = 0; k < nf; k++)
			dup |= strcmp(fmts[k], t) == 0;
		if (!dup)
			fmts[nf++] = t;
	}
	if (!nf)
		return cli_usage("series", "--format is empty");

	if (mkdir(outdir, 0777) != 0 && errno != EEXIST)
		return cli_fail("cannot make output folder '%s': %s", outdir, strerror(errno));
	struct stat sb;
	if (stat(outdir, &sb) != 0 || !S_ISDIR(sb.st_mode))
		return cli_fail("output folder '%s' is not a folder", outdir);

	size_t n = (size_t)(to - from + 1);
	fl_map *map = NULL;
	fl_store *st = NULL;
	fl_renderer *r = NULL;
	fl_state *days = calloc(n + 1, sizeof(fl_state));	/* days[0] is the day before */
	bool *have = calloc(n + 1, sizeof(bool));
	char *gif_path = NULL;
	if (!days || !have) {
		free(days);
		free(have);
		return cli_fail("out of memory");
	}
	int rc = cli_map_load(cli, &map);
	if (rc)
		goto done;
	if ((rc = cli_store_open(cli, false, true, &st)))
		goto done;
	fl_error err;
	fl_error_clear(&err);
	if (fl_renderer_new(map, ro.style, &r, &err)) {
		rc = cli_fail_err(&err);
		goto done;
	}
	const fl_gazetteer *gz = cli_gazetteer(cli, map);
	if (map->baseline_date == FL_DATE_NONE || from > map->baseline_date) {
		fl_error e2;
		fl_error_clear(&e2);
		have[0] = fl_timeline_state(st, map, gz, from - 1, &days[0], &e2) == FL_OK;
	}
	bool tty = isatty(2) && cli->verbosity >= 0;
	if (tty)
		fprintf(stderr, "  states of %zu days...", n);
	for (size_t i = 1; i <= n; i++) {
		if (fl_timeline_state(st, map, gz, from + (fl_date)(i - 1), &days[i], &err)) {
			if (tty)
				fputc('\n', stderr);
			rc = cli_fail_err(&err);
			goto done;
		}
		have[i] = true;
	}
	if (tty)
		fputs(" done\n", stderr);
	if (!no_gif) {
		if (gif) {
			gif_path = strdup(gif);
		} else {
			size_t len = strlen(outdir) + 16;
			gif_path = malloc(len);
			if (gif_path)
				snprintf(gif_path, len, "%s/series.gif", outdir);
		}
		if (!gif_path) {
			rc = cli_fail("out of memory");
			goto done;
		}
	}
	ro.style = NULL;	/* the renderer already has it */
	so.formats = fmts;
	so.nformats = nf;
	so.render = &ro;
	so.gif_path = gif_path;
	so.progress = tty ? progress : NULL;
	if (fl_renderer_series(r, days + 1, n, have[0] ? &days[0] : NULL, outdir, &so, &err)) {
		if (tty)
			fputc('\n', stderr);
		rc = cli_fail_err(&err);
		goto done;
	}
	char a[11], b[11];
	cli_info(cli, "wrote %zu day%s (%s to %s) to %s%s%s", n, n == 1 ? "" : "s", fl_date_format(from, a),
		 fl_date_format(to, b), outdir, gif_path ? ", animation " : "", gif_path ? gif_path : "");
done:
	for (size_t i = 0; i <= n; i++)
		if (have[i])
			fl_state_release(&days[i]);
	free(days);
	free(have);
	free(gif_path);
	fl_renderer_free(r);
	fl_store_close(st);
	fl_map_free(map);
	cli_gazetteer_free();
	return rc;
}
