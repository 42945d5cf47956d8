/* SPDX-License-Identifier: MIT
 *
 * render_int.h - private to the renderer (render.c, render_style.c, render_gif.c):
 * the style read from assets/styles/NAME.json.
 */
#ifndef FL_RENDER_INT_H
#define FL_RENDER_INT_H

#include "fl.h"

typedef struct fli_rgba {
	double r, g, b, a;	/* 0..1 */
} fli_rgba;

typedef struct fli_side_style {
	char name[24];		/* side id as in the state ("government") */
	char label[64];		/* legend text ("Syrian government") */
	fli_rgba color;		/* areas, symbols, halos */
	char shape[12];		/* symbol: "circle", "square", "triangle", "diamond" */
} fli_side_style;

/* Layers and furniture the style can switch off. */
enum {
	FLI_SHOW_SEA, FLI_SHOW_LAND, FLI_SHOW_NEIGHBOURS, FLI_SHOW_COUNTRY_NAMES, FLI_SHOW_AREAS,
	FLI_SHOW_CLAIMED_HATCH, FLI_SHOW_FRONTLINES, FLI_SHOW_ROADS, FLI_SHOW_PLACES,
	FLI_SHOW_LABELS, FLI_SHOW_CHANGES, FLI_SHOW_CONTESTED, FLI_SHOW_TITLE, FLI_SHOW_LEGEND,
	FLI_SHOW_SCALEBAR, FLI_SHOW_NORTH_ARROW, FLI_SHOW_INSET, FLI_SHOW_ATTRIBUTION,
	FLI_SHOW_COUNT
};

typedef struct fli_style {
	char name[64];			/* style id */
	char font[128];			/* pango family list */
	double title_size, subtitle_size;	/* points */
	double label_size, label_size_large, label_size_capital;
	double country_size, legend_size, attribution_size, road_label_size;
	fli_rgba sea, land, neighbour, neighbour_border, main_fill, main_border;
	fli_rgba country_label, text, text_muted, halo, road, frontline, frontline_casing;
	fli_rgba panel, panel_border, inset_highlight;
	double area_opacity;		/* fill alpha of assessed control areas */
	double claimed_opacity;		/* fill alpha of claimed areas (then hatched) */
	double frontline_width, border_width, main_border_width, road_width;
	double symbol_min, symbol_max;	/* radius in points, smallest and largest place */
	double population_max;		/* population that gets symbol_max */
	double label_halo;		/* width of the white halo around labels, points */
	double hatch_spacing;		/* points between hatch lines */
	int min_label_population;	/* smaller places get a symbol but no label
					 * unless they changed hands (0: label all) */
	fli_side_style sides[16];	/* in legend order */
	int nsides;
	bool show[FLI_SHOW_COUNT];	/* layer switches */
} fli_style;

/* Read a style; every key is optional and falls back to the default look. */
fl_status fli_style_load(const char *path, fli_style *st, fl_error *err);
void fli_style_defaults(fli_style *st);
/* "#rrggbb" or "#rrggbbaa" into out; false if s is not one. */
bool fli_parse_color(const char *s, fli_rgba *out);
/* The style of a side; unknown sides get the "other" entry or grey. Never NULL. */
const fli_side_style *fli_style_side(const fli_style *st, const char *side);

/* GIF palette: up to 256 colours, and every 15-bit colour's nearest entry. */
typedef struct fli_gif_palette {
	int n;				/* colours in use */
	int r[256], g[256], b[256];	/* 0..255 */
	unsigned char lut[32768];	/* 5:5:5 colour -> palette index */
} fli_gif_palette;

/* The most common colours of the frames (ARGB32, npx pixels each). */
fl_status fli_gif_palette_build(fli_gif_palette *p, const uint32_t *const *frames, size_t nframes,
				size_t npx);
void fli_gif_quantize(const fli_gif_palette *p, const uint32_t *argb, size_t npx, unsigned char *out);
/* Write indexed frames as a looping animated GIF through a temporary file. */
fl_status fli_gif_write_indexed(const char *path, const fli_gif_palette *p,
				unsigned char *const *frames, size_t nframes, int width, int height,
				int delay_cs, fl_error *err);

#endif
