/* SPDX-License-Identifier: MIT
 *
 * render.h - draw the map of a day: one code path on cairo surfaces (PNG, PDF, SVG by
 * the output's extension), labels shaped with pango. Output is written to a temporary
 * name and renamed.
 */
#ifndef FL_RENDER_H
#define FL_RENDER_H

#include "territory.h"

typedef struct fl_render_opts {
	int width, height;	/* pixels for PNG (0: default); points for PDF/SVG */
	double dpi;		/* PNG resolution (0: 96) */
	const char *style;	/* style JSON path, NULL: the map's */
} fl_render_opts;

/* Render the state `today` (and what changed since `yesterday`, may be NULL) to path. */
fl_status fl_render(const fl_map *map, const fl_state *today, const fl_state *yesterday,
		    const fl_render_opts *opts, const char *path, fl_error *err);

#endif
