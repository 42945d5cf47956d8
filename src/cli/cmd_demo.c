/* SPDX-License-Identifier: MIT
 *
 * cmd_demo.c - frontline demo: the main job on the bundled sample articles.
 *
 * Ingests assets/samples/ into its own store (DIR/frontline.gpkg, so the user's store
 * is never touched), then for the last day the claims reach it renders a PNG and a PDF
 * and exports GeoJSON layers, and renders the daily series from the baseline to that
 * day. Every step is the real subcommand, run as if typed; running it again ingests
 * nothing twice and replaces the outputs atomically.
 */
#include <errno.h>
#include <getopt.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "mapdef.h"
#include "store.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: frontline demo [--outdir DIR] [--date D]\n"
		   "\n"
		   "Runs the main job on the sample articles bundled in assets/samples/: ingests\n"
		   "them into DIR/frontline.gpkg, renders DIR/D.png and DIR/D.pdf, exports\n"
		   "DIR/D.geojson (places) and DIR/D-layers/ (every layer with QGIS styles), and\n"
		   "renders one map a day from the baseline to D into DIR/series/.\n"
		   "\n"
		   "  --outdir DIR  where to put everything (default out/demo)\n"
		   "  --date D      the day to map (default: the last day the sample claims reach)\n");
}

/* mkdir -p for a relative or absolute path. */
static int make_dirs(const char *path)
{
	char buf[4096];
	if (snprintf(buf, sizeof(buf), "%s", path) >= (int)sizeof(buf))
		return -1;
	for (char *p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0777) != 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	return (mkdir(buf, 0777) != 0 && errno != EEXIST) ? -1 : 0;
}

/* The last day of an applicable (not denied, not rejected) claim in the store. */
static int last_claim_day(const char *store, fl_date *out)
{
	fl_store *st = NULL;
	fl_claims claims = { 0 };
	fl_error err;
	fl_error_clear(&err);
	if (fl_store_open(store, false, &st, &err) ||
	    fl_store_claims(st, FL_DATE_NONE, FL_DATE_NONE, &claims, &err)) {
		fl_store_close(st);
		return cli_fail_err(&err);
	}
	*out = FL_DATE_NONE;
	for (size_t i = 0; i < claims.count; i++) {
		const fl_claim *c = &claims.items[i];
		if (strcmp(c->status, FL_STATUS_DENIED) == 0 || strcmp(c->status, FL_STATUS_REJECTED) == 0)
			continue;
		fl_date d = c->date_end != FL_DATE_NONE ? c->date_end : c->date;
		if (d != FL_DATE_NONE && (*out == FL_DATE_NONE || d > *out))
			*out = d;
	}
	fl_claims_release(&claims);
	fl_store_close(st);
	if (*out == FL_DATE_NONE)
		return cli_fail("the sample articles gave no dated claims: nothing to map");
	return FL_EXIT_OK;
}

/* Run one subcommand; a missing command is a runtime error of the build. */
static int step(fl_cli *cli, char **argv)
{
	int argc = 0;
	while (argv[argc])
		argc++;
	int rc = cli_run(cli, argc, argv);
	if (rc < 0)
		return cli_fail("this build has no '%s' command", argv[0]);
	return rc;
}

int cmd_demo(fl_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "outdir", required_argument, NULL, 'o' },
		{ "date", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *outdir = "out/demo";
	fl_date day = FL_DATE_NONE;
	optind = 1;
	opterr = 0;
	int c;
	while ((c = getopt_long(argc, argv, "+o:d:h", opts, NULL)) != -1) {
		switch (c) {
		case 'o': outdir = optarg; break;
		case 'd':
			if (!cli_date("demo", "--date", optarg, &day))
				return FL_EXIT_USAGE;
			break;
		case 'h': usage(stdout); return FL_EXIT_OK;
		default:
			return cli_usage("demo", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage("demo", "unexpected argument '%s'", argv[optind]);
	if (make_dirs(outdir) != 0)
		return cli_fail("cannot create '%s': %s", outdir, strerror(errno));

	/* The samples are articles: text, Markdown articles and saved pages; not README.md. */
	glob_t g = { 0 };
	static const char *const kinds[] = { "assets/samples/*.txt", "assets/samples/*.html",
					     "assets/samples/*.htm", "assets/samples/[0-9]*.md" };
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		char *pattern = fl_data_path(kinds[k]);
		if (pattern)
			glob(pattern, k ? GLOB_APPEND : 0, NULL, &g);
		free(pattern);
	}
	if (g.gl_pathc == 0) {
		globfree(&g);
		return cli_fail("no sample articles in '%s/assets/samples'", fl_data_dir());
	}

	char store[4096], path[4096], layers[4096], series[4096], ds[11], from[11];
	snprintf(store, sizeof(store), "%s/frontline.gpkg", outdir);
	fl_cli demo = *cli;
	demo.store = store;
	int rc;

	/* 1. ingest the samples (a second run finds them all there and changes nothing) */
	char **ingest = calloc(g.gl_pathc + 2, sizeof(char *));
	if (!ingest) {
		globfree(&g);
		return cli_fail("out of memory");
	}
	ingest[0] = "ingest";
	for (size_t i = 0; i < g.gl_pathc; i++)
		ingest[i + 1] = g.gl_pathv[i];
	cli_info(cli, "demo: ingesting %zu sample articles into %s", g.gl_pathc, store);
	rc = step(&demo, ingest);
	free(ingest);
	globfree(&g);
	if (rc)
		return rc;

	/* 2. the day to map */
	if (day == FL_DATE_NONE && (rc = last_claim_day(store, &day)))
		return rc;
	fl_date_format(day, ds);
	fl_map *map = NULL;
	fl_error err;
	fl_error_clear(&err);
	if (fl_map_load(cli->map, &map, &err))
		return cli_fail_err(&err);
	fl_date first = map->baseline_date != FL_DATE_NONE && map->baseline_date < day ? map->baseline_date : day;
	fl_map_free(map);
	fl_date_format(first, from);

	/* 3. maps and layers for that day */
	const char *exts[] = { "png", "pdf" };
	for (int k = 0; k < 2; k++) {
		snprintf(path, sizeof(path), "%s/%s.%s", outdir, ds, exts[k]);
		char *render[] = { "render", "--date", ds, "-o", path, NULL };
		if ((rc = step(&demo, render)))
			return rc;
	}
	snprintf(path, sizeof(path), "%s/%s.geojson", outdir, ds);
	char *exp1[] = { "export", "--date", ds, "-o", path, NULL };
	if ((rc = step(&demo, exp1)))
		return rc;
	snprintf(layers, sizeof(layers), "%s/%s-layers.geojson", outdir, ds);
	char *exp2[] = { "export", "--from", from, "--to", ds, "-o", layers, "--layers",
			 "all", NULL };
	if ((rc = step(&demo, exp2)))
		return rc;

	/* 4. one map a day */
	snprintf(series, sizeof(series), "%s/series", outdir);
	char *ser[] = { "series", "--from", from, "--to", ds, "--outdir", series, "--format", "png", NULL };
	if ((rc = step(&demo, ser)))
		return rc;

	cli_info(cli, "demo: the map of %s is %s/%s.png and %s/%s.pdf; places as GeoJSON in "
		      "%s/%s.geojson; all layers for QGIS in %s; one map a day in %s/",
		 ds, outdir, ds, outdir, ds, outdir, ds, layers, series);
	return FL_EXIT_OK;
}
