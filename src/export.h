/* SPDX-License-Identifier: MIT
 *
 * export.h - layers for QGIS and reports through OGR drivers: GeoJSON (RFC 7946),
 * GeoPackage, CSV, KML, chosen by the output's extension. Written to a temporary name
 * and renamed.
 *
 * Five layers: places (one point per place with its side, since when, status, level
 * and number of sources), claims (one point per claim with its provenance), areas
 * (control polygons by side), frontlines (lines between sides) and changes (places
 * whose side changed from one day to the next). Every feature carries `valid_from` and
 * `valid_to` dates (both inclusive), so QGIS's Temporal Controller animates a range
 * without further work; a run of days in which nothing about a feature changed is one
 * feature.
 *
 * Styles: a QGIS .qml beside every GeoJSON or CSV file, and the GeoPackage's
 * `layer_styles` table, built from the templates in assets/qgis/ and the side colours
 * of the style file (its "sides" object), with the temporal properties switched on.
 * KML features carry OGR style strings (LIBKML turns them into KML styles and
 * TimeSpans). Above kml_libkml_max features (GDAL 3.6's LIBKML writer takes quadratic
 * time, fixed in GDAL 3.9.1) the KML is written in one pass in LIBKML's form: the same
 * layers, fields, TimeSpans and per-feature styles from the same style strings, the
 * geometry from OGR_G_ExportToKML.
 *
 * A QGIS project (.qgs) comes with every GeoJSON, GeoPackage and CSV export: inside the
 * folder of a multi-file export (OUT/OUT.qgs), beside a single file otherwise
 * (OUT.qgs). It references the layers by relative path, shows them in opts.crs, and
 * sets the project's time range to [from, to] with a one-day step: open it and press
 * play. A file dropped into QGIS 3.22 is temporal too: the application builds the
 * layer, adds it and then loads its default style (QgisApp::postProcessAddedLayer),
 * whose <temporal> part switches the temporal properties on; the Temporal Controller
 * then needs "Set to Full Range" (it looked for a range before the style was loaded) and
 * a one-day step. Only a layer built with the bare QgsVectorLayer constructor (PyQGIS)
 * loses them: the constructor resets them from the OGR provider after the style.
 *
 * Feature ids are stable from day to day: places by place id, claims by claim id,
 * areas by side and level, frontlines by the pair of sides, changes by place and day.
 * In a range export (from < to) the first day of a feature's run is part of its id.
 *
 * Usage (what `frontline export` does):
 *   fl_export_open(path, &opts, &ex, err);
 *   fl_export_add_claims(ex, &claims, err);                 -- if claims are asked for
 *   for each day d in [from, to]:
 *       fl_export_add_day(ex, &state_of_d_minus_1, &state_of_d, &territory_of_d, err);
 *   fl_export_finish(ex, err);                               -- renames into place
 *   fl_export_free(ex);                                      -- removes temporaries
 *
 * Not here: computing states (timeline.c) or territory (territory.c), reading the store.
 * Not thread-safe per handle; separate handles may run in parallel.
 */
#ifndef FL_EXPORT_H
#define FL_EXPORT_H

#include "territory.h"

/* The layers, as a bit mask. */
typedef enum fl_export_layer {
	FL_EXPORT_PLACES = 1 << 0,	/* places with side, since, status, sources */
	FL_EXPORT_CLAIMS = 1 << 1,	/* claims with their provenance */
	FL_EXPORT_AREAS = 1 << 2,	/* control areas, polygons by side */
	FL_EXPORT_FRONTLINES = 1 << 3,	/* frontlines, lines between sides */
	FL_EXPORT_CHANGES = 1 << 4,	/* side changes from day D-1 to D */
	FL_EXPORT_ALL = 0x1f
} fl_export_layer;

typedef enum fl_export_format {
	FL_EXPORT_GEOJSON,	/* .geojson/.json: one file per layer, RFC 7946 */
	FL_EXPORT_GPKG,		/* .gpkg: all layers and their styles in one file */
	FL_EXPORT_CSV,		/* .csv: one file per layer, geometry as WKT, .csvt types */
	FL_EXPORT_KML		/* .kml: all layers as folders, styles and TimeSpans */
} fl_export_format;

/* Parse a comma-separated list of layer names ("places,areas") into *mask.
 * FL_EINVAL naming the unknown layer otherwise; *mask is 0 then. */
fl_status fl_export_layers_parse(const char *list, unsigned *mask, fl_error *err);

/* The name of one layer ("places"); NULL if l is not a single layer. */
const char *fl_export_layer_name(fl_export_layer l);

/* The format of an output path by its extension (case-insensitive). FL_EINVAL naming
 * the path when the extension is none of .geojson .json .gpkg .csv .kml. */
fl_status fl_export_format_of(const char *path, fl_export_format *out, fl_error *err);

typedef struct fl_export_opts {
	unsigned layers;	/* FL_EXPORT_* mask; 0 means FL_EXPORT_ALL */
	fl_date from, to;	/* the days covered, inclusive; from == to for one day */
	const char *crs;	/* GeoPackage CRS ("EPSG:32637", PROJ string); NULL: EPSG:4326.
				 * GeoJSON, CSV and KML are always WGS 84 lon/lat. */
	const char *style;	/* JSON file with a "sides" object of colours; NULL or missing
				 * "sides": assets/styles/qgis-sides.json in the data dir */
	const char *templates;	/* folder of QML templates; NULL: assets/qgis in the data dir */
	const char *attribution;	/* credit line for the layers' metadata; may be NULL */
	bool no_styles;		/* true: write no .qml, no layer_styles and no project */
	const char *title;	/* project title ("Syria: control of terrain"); may be NULL */
	size_t kml_libkml_max;	/* KML: up to this many features go through LIBKML, more are
				 * written by export.c in LIBKML's form (GDAL 3.6's LIBKML
				 * writer takes quadratic time); 0: 2000 */
} fl_export_opts;

typedef struct fl_export fl_export;

/* Start an export to path (format by extension, see fl_export_format_of). For GeoJSON
 * and CSV with more than one layer, path less its extension names a folder (created if
 * missing) that gets one file per layer: OUT/places.geojson, OUT/places.qml, ...
 * Nothing appears at the final names before fl_export_finish. opts is borrowed for the
 * call only. *out is NULL on failure. */
fl_status fl_export_open(const char *path, const fl_export_opts *opts, fl_export **out,
			 fl_error *err);

/* Add claims (borrowed) to the claims layer; ignored if claims were not asked for.
 * valid_from/valid_to are the claim's date and last day. Claims with the same id as one
 * added before are skipped. */
fl_status fl_export_add_claims(fl_export *ex, const fl_claims *claims, fl_error *err);

/* Add day s->date: s is the state at the end of that day; prev the state at the end of
 * the day before (for the changes layer; NULL: no changes recorded for this day);
 * t the territory of s (areas and frontlines; NULL: none on this day). All borrowed.
 * Days must come in increasing order within [from, to]; FL_EUSAGE otherwise. A day
 * left out ends the runs before it. */
fl_status fl_export_add_day(fl_export *ex, const fl_state *prev, const fl_state *s,
			    const fl_territory *t, fl_error *err);

/* Add the timeline's own changes (borrowed) to the changes layer, those dated within
 * [from, to]; ignored if changes were not asked for. Use this or prev in
 * fl_export_add_day, not both: the timeline also reports places that are in no state
 * (from or to "unknown") and changes of the contested state. */
fl_status fl_export_add_changes(fl_export *ex, const fl_changes *c, fl_error *err);

/* End the open runs (valid_to = the last day added), write the styles, close the
 * datasources and rename every file into place. After a failure nothing is renamed
 * that was not complete. Call once. */
fl_status fl_export_finish(fl_export *ex, fl_error *err);

/* The i-th file written by fl_export_finish (borrowed; NULL past the end). */
const char *fl_export_output(const fl_export *ex, size_t i);

/* Features written to one layer so far (after finish: in total). */
size_t fl_export_count(const fl_export *ex, fl_export_layer l);

/* Close and free; temporaries of an unfinished export are removed. NULL is fine. */
void fl_export_free(fl_export *ex);

/* Export the places of state s to path: the one-call form of the above for one day. */
fl_status fl_export_places(const fl_state *s, const char *path, fl_error *err);

#endif
