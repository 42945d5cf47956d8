/* SPDX-License-Identifier: MIT
 *
 * render.h - draw the map of a day: one code path on cairo surfaces (PNG, PDF, SVG by
 * the output's extension), labels shaped with pango. Output is written to a temporary
 * name and renamed.
 */
#ifndef FL_RENDER_H
#define FL_RENDER_H

#include "territory.h"

/* One box on the drawn map, in output units (pixels for PNG, points for PDF/SVG),
 * y down from the top left corner. */
typedef struct fl_render_box {
	double x0, y0, x1, y1;	/* corners, x0 < x1, y0 < y1 */
	char text[96];		/* the label, or the place name for a symbol */
	int kind;		/* FL_BOX_* */
} fl_render_box;

enum { FL_BOX_PLACE_LABEL = 0, FL_BOX_COUNTRY_LABEL = 1, FL_BOX_SYMBOL = 2, FL_BOX_FURNITURE = 3 };

/* What the renderer did, for tests and for the curious (caller-owned, released with
 * fl_render_report_release). Symbols are listed with their place names so a test can
 * sample the side colour under each. */
typedef struct fl_render_report {
	fl_render_box *boxes;	/* labels placed, symbols drawn, furniture */
	size_t nboxes, cap;
	size_t labels_placed;	/* place labels drawn */
	size_t labels_dropped;	/* place labels left out for want of room */
	int width, height;	/* output size in its units */
	double scale;		/* output units per style point */
} fl_render_report;

typedef struct fl_render_opts {
	int width, height;	/* pixels for PNG (0: default); points for PDF/SVG */
	double dpi;		/* PNG resolution (0: 96) */
	const char *style;	/* style JSON path, NULL: the map's */
	const char *paper;	/* PDF/SVG page: "a4" (default), "letter", "a3"; NULL: a4 */
	bool portrait;		/* page upright instead of landscape */
	fl_render_report *report;	/* optional out: label and symbol boxes */
	const char *format;	/* "png", "pdf", "svg"; NULL: from the path's extension */
} fl_render_opts;

/* Render the state `today` (and what changed since `yesterday`, may be NULL) to path.
 * One-shot: loads the style and base layers, draws, frees. For many days use an
 * fl_renderer. All arguments are borrowed. */
fl_status fl_render(const fl_map *map, const fl_state *today, const fl_state *yesterday,
		    const fl_render_opts *opts, const char *path, fl_error *err);

/* A renderer keeps what does not change from day to day: the style, the projection,
 * the base layers read with OGR and projected once, the country outline. Build it once
 * per process; fl_renderer_draw may then be called from several threads at once.
 * map is borrowed and must outlive the renderer; style NULL means the map's style. */
typedef struct fl_renderer fl_renderer;
fl_status fl_renderer_new(const fl_map *map, const char *style, fl_renderer **out,
			  fl_error *err);
/* Draw one day to path (PNG, PDF or SVG by extension or opts->format), through a
 * temporary file that is renamed into place. Thread-safe. */
fl_status fl_renderer_draw(fl_renderer *r, const fl_state *today, const fl_state *yesterday,
			   const fl_render_opts *opts, const char *path, fl_error *err);
/* Draw one day into a new ARGB32 image of width x height pixels (caller frees *pixels,
 * stride is width * 4, native-endian 0xAARRGGBB). For animations. Thread-safe. */
fl_status fl_renderer_draw_argb(fl_renderer *r, const fl_state *today,
				const fl_state *yesterday, int width, int height,
				uint32_t **pixels, fl_error *err);
/* The outline of the map's main country as WKB lon/lat (borrowed), NULL if the map has
 * no countries layer or the country is not in it. */
const unsigned char *fl_renderer_outline(const fl_renderer *r, size_t *len);
/* lon/lat (WGS 84 degrees) to the map's CRS, in its units (east, north order whatever
 * the CRS's axis order). False if the point does not project. Thread-safe. */
bool fl_renderer_project(fl_renderer *r, double lon, double lat, double *x, double *y);
void fl_renderer_free(fl_renderer *r);

void fl_render_report_release(fl_render_report *rep);

/* A series of days: states[i] is drawn to outdir/YYYY-MM-DD.<fmt> for each format
 * ("png", "pdf", "svg"), with states[i-1] (or `before` for the first, may be NULL) as the
 * day before, on `threads` threads (0: all cores). If gif_path is not NULL, an animated
 * GIF of all days (gif_width pixels wide, 0: 900) is written there too. progress, if not
 * NULL, is called after each day from the calling thread with (done, total, ud).
 * Files already written stay when a later day fails; the first error is returned. */
typedef struct fl_series_opts {
	const char *const *formats;	/* e.g. {"png"}; NULL: png only */
	size_t nformats;
	int threads;			/* 0: number of online cores */
	const char *gif_path;		/* NULL: no animation */
	int gif_width;			/* 0: 900 */
	int gif_delay_cs;		/* hundredths of a second per frame, 0: 70 */
	const fl_render_opts *render;	/* size/dpi/paper for each file, may be NULL */
	void (*progress)(size_t done, size_t total, void *ud);
	void *ud;
} fl_series_opts;
fl_status fl_renderer_series(fl_renderer *r, const fl_state *states, size_t n,
			     const fl_state *before, const char *outdir, const fl_series_opts *o,
			     fl_error *err);

/* Write frames (ARGB32 as from fl_renderer_draw_argb, all width x height) as an animated
 * GIF looping forever, delay_cs hundredths of a second per frame, through a temporary
 * file. One palette of up to 256 colours chosen from all frames. */
fl_status fl_gif_write(const char *path, uint32_t *const *frames, size_t nframes, int width,
		       int height, int delay_cs, fl_error *err);

#endif
