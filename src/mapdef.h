/* SPDX-License-Identifier: MIT
 *
 * mapdef.h - a map definition (maps/NAME.json, read with jansson): one product's
 * extent, CRS, theatre countries, base layers, baseline, timeline policy and style.
 * Like a MapServer mapfile: nothing theatre-specific lives in code.
 */
#ifndef FL_MAPDEF_H
#define FL_MAPDEF_H

#include "fl.h"

typedef struct fl_layer_def {
	char *name;		/* layer id ("countries", "roads", ...) */
	char *datasource;	/* OGR datasource path, relative paths against fl_data_dir() */
	char *layer;		/* layer name in the datasource, NULL for the first */
	char *kind;		/* "countries", "land", "lines", "polygons", "points" */
	bool visible;		/* drawn unless the style switches it off */
	char *attribution;	/* credit for the map's sources line, NULL: none */
	char *color;		/* "#rrggbb[aa]" for lines and outlines, NULL: the style's */
	double width;		/* line width in points, 0: the style's */
} fl_layer_def;

typedef struct fl_policy {
	int contest_days;	/* two sides claiming a place within this many days: contested */
	double min_confidence;	/* claims below this are not applied */
	bool partisan_own_gain_claimed;	/* a side's word about its own gain stays 'claimed' */
	char regime_side[24];	/* whose places "the regime fell" hands over ("government") */
} fl_policy;

typedef struct fl_map {
	char *path;		/* file it was read from */
	char *name;		/* short id ("syria") */
	char *title;		/* map title ("Syria: control of terrain") */
	double extent[4];	/* lon_min, lat_min, lon_max, lat_max (WGS 84) */
	char *crs;		/* PROJ string or "EPSG:n"; NULL: conformal fitted to extent */
	char **countries;	/* theatre countries, ISO alpha-2; countries[0] is the main one */
	size_t ncountries;
	char *main_country_name;	/* Natural Earth name of countries[0] ("Syria") */
	char *baseline;		/* baseline file (CSV/GeoJSON), absolute after load */
	fl_date baseline_date;	/* the day the baseline describes */
	char *style;		/* style JSON, absolute after load */
	char *gazetteer;	/* built gazetteer, absolute after load; NULL: default */
	fl_layer_def *layers;	/* base layers in drawing order */
	size_t nlayers;
	fl_policy policy;	/* timeline policy */
	char *attribution;	/* credit for the places ("Places: GeoNames (CC BY 4.0)"), NULL: that */
} fl_map;

/* Read a map definition; relative paths inside it resolve against fl_data_dir().
 * Errors name the file, line and column. */
fl_status fl_map_load(const char *path, fl_map **out, fl_error *err);
void fl_map_free(fl_map *m);

#endif
