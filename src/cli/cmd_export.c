/* SPDX-License-Identifier: MIT
 * cmd_export.c - frontline export: the state of the front on a day or a range of days as
 * layers for QGIS (GeoJSON, GeoPackage, CSV, KML) with styles and a QGIS project.
 *
 * Loads the map, opens the store, folds the claims into each day's state (the claims are
 * read once), builds the territory when areas or frontlines are asked for, and hands the
 * days to the export module (src/export.h), which writes and renames the files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_store.h"
#include "export.h"
#include "render.h"
#include "territory.h"
#include "timeline.h"

static void help(void)
{
	printf("usage: frontline export --date D -o OUT [--from D] [--layers L,...]\n"
	       "\n"
	       "Layers of the front for QGIS and reports, by OUT's extension: .geojson\n"
	       "(RFC 7946: WGS 84 lon/lat, 6 decimals), .gpkg (in the map's CRS, styles in\n"
	       "its layer_styles table), .csv (geometry as WKT) or .kml (styles, TimeSpans).\n"
	       "GeoJSON and CSV write one file per layer into the folder OUT less its\n"
	       "extension when more than one layer is asked for. Every feature has\n"
	       "valid_from and valid_to dates (inclusive). Beside GeoJSON, GeoPackage and CSV\n"
	       "exports come QGIS styles (.qml) and a QGIS project (.qgs) with the time range\n"
	       "set: open the project and press play in the Temporal Controller.\n"
	       "\n"
	       "  --date D        the day, or the last day of a range (YYYY-MM-DD)\n"
	       "  --from D        first day of a range (default: D)\n"
	       "  --to D          same as --date\n"
	       "  -o, --output F  the file to write (.geojson .json .gpkg .csv .kml)\n"
	       "  --layers L,...  places (default), claims, areas, frontlines, changes, or all\n"
	       "                  places: side, since, status, level, sources of each place\n"
	       "                  claims: every claim from the baseline date to D with its\n"
	       "                          article, sentence, date, status and confidence\n"
	       "                  areas: control areas by side (polygons)\n"
	       "                  frontlines: lines between the areas of two sides\n"
	       "                  changes: places whose holder changed from the day before\n"
	       "  --no-styles     no .qml, layer_styles or project\n");
}

/* Claims as the timeline folds them, read once for the whole range. */
typedef struct inputs {
	fl_store *st;		/* may be NULL: no store yet */
	const fl_map *map;
	const fl_gazetteer *gz;
	fl_claims fold;		/* machine claims up to the last day and all corrections */
	fl_baseline base;	/* the baseline of every day from base.date on */
	bool have_base;
} inputs;

static fl_status inputs_load(inputs *in, fl_date to, fl_error *err)
{
	memset(&in->fold, 0, sizeof in->fold);
	memset(&in->base, 0, sizeof in->base);
	fl_status brc = fl_timeline_baseline(in->st, in->map, to, &in->base, err);
	if (brc != FL_OK)
		return brc;
	in->have_base = true;
	if (!in->st)
		return FL_OK;
	/* Room for one claim up front: fl_store_query must never sort a NULL array. */
	if (fl_grow((void **)&in->fold.items, &in->fold.cap, 0, 1, sizeof *in->fold.items) != FL_OK)
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	fl_store_query_def q = { FL_DATE_NONE, to, FL_QUERY_MACHINE | FL_QUERY_LEAN, 0, 0 };
	fl_status rc = fl_store_query(in->st, &q, &in->fold, err);
	if (rc == FL_OK) {
		/* Every correction, whatever its date, as the timeline takes them. */
		fl_store_query_def qc = { FL_DATE_NONE, FL_DATE_NONE, FL_QUERY_CORRECTIONS, 0, 0 };
		rc = fl_store_query(in->st, &qc, &in->fold, err);
	}
	return rc;
}

/* The state at the end of day d. Claims dated after d do not count (the fold takes the
 * day), so one read serves every day. */
static fl_status state_of(inputs *in, fl_date d, fl_state *out, fl_error *err)
{
	/* The baseline that applies on the last day applies on every day from its own date
	 * on (it is the latest one dated on or before the last day): read it once. */
	if (in->have_base && d >= in->base.date)
		return fl_timeline_fold(&in->base, &in->fold, &in->map->policy, in->gz, d, out, err);
	fl_baseline b;
	memset(&b, 0, sizeof b);
	fl_status rc = fl_timeline_baseline(in->st, in->map, d, &b, err);
	if (rc == FL_OK)
		rc = fl_timeline_fold(&b, &in->fold, &in->map->policy, in->gz, d, out, err);
	fl_baseline_release(&b);
	return rc;
}

int cmd_export(fl_cli *cli, int argc, char **argv)
{
	fl_date to = FL_DATE_NONE, from = FL_DATE_NONE;
	const char *out = NULL;
	unsigned layers = FL_EXPORT_PLACES;
	bool no_styles = false;
	fl_error err;
	fl_error_clear(&err);
	const char *layer_list = NULL;
	const cli_opt opts[] = {
		{ .name = "date", .kind = OPT_DATE, .out = &to },
		{ .name = "to", .kind = OPT_DATE, .out = &to },
		{ .name = "from", .kind = OPT_DATE, .out = &from },
		{ .name = "output", .kind = OPT_TEXT, .out = &out, .letter = 'o' },
		{ .name = "layers", .kind = OPT_TEXT, .out = &layer_list },
		{ .name = "no-styles", .kind = OPT_FLAG, .out = &no_styles },
	};
	int first_arg, done = CLI_OPTIONS("export", argc, argv, opts, false, help, &first_arg);
	if (done >= 0)
		return done;
	if (layer_list && fl_export_layers_parse(layer_list, &layers, &err) != FL_OK)
		return cli_usage("export", "%s", err.text);
	if (first_arg < argc)
		return cli_usage("export", "unexpected argument '%s'", argv[first_arg]);
	if (to == FL_DATE_NONE)
		return cli_usage("export", "--date D is required");
	if (!out)
		return cli_usage("export", "-o OUT is required");
	fl_export_format fmt;
	if (fl_export_format_of(out, &fmt, &err) != FL_OK)
		return cli_usage("export", "%s", err.text);
	if (from == FL_DATE_NONE)
		from = to;
	if (from > to)
		return cli_usage("export", "--from is after --date");
	if (to - from > 36600)
		return cli_usage("export", "a range of more than 100 years");

	fl_map *map = NULL;
	fl_store *st = NULL;
	fl_renderer *rd = NULL;
	fl_export *ex = NULL;
	fl_territory_cache *tc = NULL;
	fl_claims claims = { 0 };
	fl_state cur = { 0 };
	inputs in = { 0 };
	int rc = cli_map_load(cli, &map);
	if (rc)
		return rc;
	if ((rc = cli_store_open(cli, false, true, &st)))
		goto out;
	in.st = st;
	in.map = map;
	in.gz = cli_gazetteer(cli, map);

	/* Areas and frontlines are clipped to the main country's outline. */
	const unsigned char *outline = NULL;
	size_t outline_len = 0;
	bool territory = layers & (FL_EXPORT_AREAS | FL_EXPORT_FRONTLINES);
	if (territory) {
		if (fl_renderer_new(map, NULL, &rd, &err) != FL_OK) {
			rc = cli_fail_err(&err);
			goto out;
		}
		outline = fl_renderer_outline(rd, &outline_len);
		/* One tessellation for the range while the places stay put, and a day whose
		 * sides did not change reuses the day before's areas. */
		tc = fl_territory_cache_new();
		if (!tc) {
			rc = cli_fail("out of memory");
			goto out;
		}
		if (!outline) {
			rc = cli_fail("map '%s': no outline of %s in its countries layer to draw "
				      "areas in", map->path, map->main_country_name ? map->main_country_name : "the main country");
			goto out;
		}
	}
	if (inputs_load(&in, to, &err) != FL_OK) {
		rc = cli_fail_err(&err);
		goto out;
	}
	/* The credit line: the map's for the places, its layers' (each once), ours. */
	char attribution[1024];
	size_t an = (size_t)snprintf(attribution, sizeof attribution, "%s",
				     map->attribution ? map->attribution : "Places: GeoNames (CC BY 4.0)");
	for (size_t i = 0; i < map->nlayers && an < sizeof attribution; i++) {
		const char *a = map->layers[i].attribution;
		if (a && !strstr(attribution, a))
			an += (size_t)snprintf(attribution + an, sizeof attribution - an, "; %s", a);
	}
	if (an < sizeof attribution)
		snprintf(attribution + an, sizeof attribution - an,
			 "; control: frontline %s from the claims in %s", FL_VERSION,
			 st ? cli->store : "no store (baseline only)");
	fl_export_opts eo = { .layers = layers, .from = from, .to = to, .crs = map->crs,
			      .style = map->style, .attribution = attribution,
			      .no_styles = no_styles, .title = map->title };
	if (fl_export_open(out, &eo, &ex, &err) != FL_OK) {
		rc = cli_fail_err(&err);
		goto out;
	}
	if (layers & FL_EXPORT_CLAIMS) {
		/* Every claim behind the states: from the baseline's date to the last day. */
		fl_baseline b;
		memset(&b, 0, sizeof b);
		if (fl_grow((void **)&claims.items, &claims.cap, 0, 1, sizeof *claims.items) != FL_OK ||
		    fl_timeline_baseline(st, map, from, &b, &err) != FL_OK ||
		    (st && fl_store_claims(st, b.date < from ? b.date : from, to, &claims, &err) != FL_OK) ||
		    fl_export_add_claims(ex, &claims, &err) != FL_OK) {
			fl_baseline_release(&b);
			rc = cli_fail_err(&err);
			goto out;
		}
		fl_baseline_release(&b);
	}
	/* Changes as the timeline defines them (as `frontline changes` lists them): also
	 * places that are in no state and changes of the contested state. */
	if (layers & FL_EXPORT_CHANGES) {
		fl_changes ch = { 0 };
		fl_status crc = in.have_base && from >= in.base.date
			? fl_timeline_fold_changes(&in.base, &in.fold, &map->policy, in.gz, from, to, &ch, &err)
			: fl_timeline_changes(st, map, in.gz, from, to, &ch, &err);
		if (crc == FL_OK)
			crc = fl_export_add_changes(ex, &ch, &err);
		fl_changes_release(&ch);
		if (crc != FL_OK) {
			rc = cli_fail_err(&err);
			goto out;
		}
	}
	for (fl_date d = from; d <= to; d++) {
		fl_territory t = { 0 };
		if (state_of(&in, d, &cur, &err) != FL_OK ||
		    (territory && fl_territory_build_cached(tc, &cur, outline, outline_len, &t, &err) != FL_OK) ||
		    fl_export_add_day(ex, NULL, &cur, territory ? &t : NULL, &err) != FL_OK) {
			fl_territory_release(&t);
			rc = cli_fail_err(&err);
			goto out;
		}
		fl_territory_release(&t);
		fl_state_release(&cur);
	}
	if (fl_export_finish(ex, &err) != FL_OK) {
		rc = cli_fail_err(&err);
		goto out;
	}
	for (size_t i = 0; fl_export_output(ex, i); i++)
		cli_info(cli, "wrote %s", fl_export_output(ex, i));
	char b1[11], b2[11];
	cli_info(cli, "%s to %s: %zu places, %zu claims, %zu areas, %zu frontlines, %zu changes",
		 fl_date_format(from, b1), fl_date_format(to, b2),
		 fl_export_count(ex, FL_EXPORT_PLACES), fl_export_count(ex, FL_EXPORT_CLAIMS),
		 fl_export_count(ex, FL_EXPORT_AREAS), fl_export_count(ex, FL_EXPORT_FRONTLINES),
		 fl_export_count(ex, FL_EXPORT_CHANGES));
out:
	fl_export_free(ex);
	fl_state_release(&cur);
	fli_claims_release(&claims);
	fli_claims_release(&in.fold);
	fl_baseline_release(&in.base);
	fl_territory_cache_free(tc);
	fl_renderer_free(rd);
	fl_store_close(st);
	fl_map_free(map);
	cli_gazetteer_free();
	return rc;
}
