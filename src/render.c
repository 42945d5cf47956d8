/* SPDX-License-Identifier: MIT
 *
 * render.c - the map of a day, on cairo surfaces (PNG, PDF, SVG) with pango text.
 *
 * The order follows MapServer's mapdraw.c: prepare the canvas and the projection, draw
 * the layers from the bottom up (sea, land, neighbours, control areas, borders, roads,
 * frontlines, place symbols), then resolve one label cache across everything (labels
 * never overlap each other, the symbols or the furniture; what has no room is left
 * out), then the furniture (title, legend, scale bar, north arrow, inset, attribution).
 *
 * What does not change from day to day lives in an fl_renderer: the style, the PROJ
 * transformation, the base layers read with OGR, clipped to the view and projected
 * once, the main country's outline. Drawing only reads it, so days can be drawn on
 * several threads; the one PROJ object is used under a mutex.
 *
 * Not here: the state (timeline.c), the control areas (territory.c), the style file
 * format (render_style.c), GIF encoding (render_gif.c).
 */
#include "render.h"
#include "render_int.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <errno.h>
#include <setjmp.h>
#include <gdal.h>
#include <geodesic.h>
#include <geos_c.h>
#include <math.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <pango/pangocairo.h>
#include <png.h>
#include <proj.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cpl_error.h>

/* ---- projected geometry --------------------------------------------------- */

/* Rings or lines in map coordinates (metres of the map's CRS). Polygons are drawn
 * with the even-odd rule, so holes and multipolygons need no grouping. */
typedef struct pgeom {
	double *xy;		/* x0, y0, x1, y1, ... */
	size_t npts, cap;
	size_t *parts;		/* index of the first point of each ring/line */
	size_t nparts, pcap;
	bool polygon;		/* rings (true) or lines/points (false) */
} pgeom;

static void pgeom_free(pgeom *g)
{
	free(g->xy);
	free(g->parts);
	memset(g, 0, sizeof(*g));
}

static bool pgeom_part(pgeom *g)
{
	if (fl_grow((void **)&g->parts, &g->pcap, g->nparts, 1, sizeof(size_t)))
		return false;
	g->parts[g->nparts++] = g->npts;
	return true;
}

static bool pgeom_pt(pgeom *g, double x, double y)
{
	if (fl_grow((void **)&g->xy, &g->cap, g->npts * 2, 2, sizeof(double)))
		return false;
	g->xy[g->npts * 2] = x;
	g->xy[g->npts * 2 + 1] = y;
	g->npts++;
	return true;
}

typedef struct wkbr {
	const unsigned char *p;
	size_t len, off;
} wkbr;

static bool rd_u32(wkbr *r, bool le, uint32_t *v)
{
	if (r->off + 4 > r->len)
		return false;
	const unsigned char *b = r->p + r->off;
	*v = le ? (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24
		: (uint32_t)b[3] | (uint32_t)b[2] << 8 | (uint32_t)b[1] << 16 | (uint32_t)b[0] << 24;
	r->off += 4;
	return true;
}

static bool rd_f64(wkbr *r, bool le, double *v)
{
	if (r->off + 8 > r->len)
		return false;
	unsigned char b[8];
	for (int i = 0; i < 8; i++)
		b[i] = r->p[r->off + (size_t)(le ? i : 7 - i)];
	uint64_t u = 0;
	for (int i = 7; i >= 0; i--)
		u = u << 8 | b[i];
	memcpy(v, &u, 8);
	r->off += 8;
	return true;
}

/* Append the coordinates of one WKB geometry (lon/lat, not yet projected) to g.
 * ISO and EWKB-style Z/M flags are accepted; Z and M are dropped. */
static bool wkb_walk(wkbr *r, pgeom *g, int depth)
{
	if (depth > 8 || r->off >= r->len)
		return false;
	bool le = r->p[r->off++] == 1;
	uint32_t type;
	if (!rd_u32(r, le, &type))
		return false;
	int dims = 2;
	if (type & 0x80000000u)
		dims++;
	if (type & 0x40000000u)
		dims++;
	type &= 0x0fffffffu;
	if (type >= 3000) {
		dims += 2;
		type -= 3000;
	} else if (type >= 1000) {
		dims += 1;
		type -= (type >= 2000 ? 2000 : 1000);
	}
	uint32_t n, m;
	double x, y, skip;
	switch (type) {
	case 1:
		if (!pgeom_part(g))
			return false;
		if (!rd_f64(r, le, &x) || !rd_f64(r, le, &y))
			return false;
		for (int d = 2; d < dims; d++)
			if (!rd_f64(r, le, &skip))
				return false;
		return isnan(x) ? true : pgeom_pt(g, x, y);
	case 2:
		if (!rd_u32(r, le, &n) || n > (r->len - r->off) / 16 || !pgeom_part(g))
			return false;
		for (uint32_t i = 0; i < n; i++) {
			if (!rd_f64(r, le, &x) || !rd_f64(r, le, &y))
				return false;
			for (int d = 2; d < dims; d++)
				if (!rd_f64(r, le, &skip))
					return false;
			if (!pgeom_pt(g, x, y))
				return false;
		}
		return true;
	case 3:
		g->polygon = true;
		if (!rd_u32(r, le, &m) || m > (r->len - r->off) / 4)
			return false;
		for (uint32_t k = 0; k < m; k++) {
			if (!rd_u32(r, le, &n) || n > (r->len - r->off) / 16 || !pgeom_part(g))
				return false;
			for (uint32_t i = 0; i < n; i++) {
				if (!rd_f64(r, le, &x) || !rd_f64(r, le, &y))
					return false;
				for (int d = 2; d < dims; d++)
					if (!rd_f64(r, le, &skip))
						return false;
				if (!pgeom_pt(g, x, y))
					return false;
			}
		}
		return true;
	case 4: case 5: case 6: case 7:
		if (!rd_u32(r, le, &n) || n > (r->len - r->off) / 5)
			return false;
		for (uint32_t i = 0; i < n; i++)
			if (!wkb_walk(r, g, depth + 1))
				return false;
		return true;
	default:
		return false;
	}
}

/* ---- the renderer --------------------------------------------------------- */

typedef struct bfeat {
	pgeom g;		/* projected */
	char *name;		/* "name" field, or NULL */
	double lx, ly;		/* label point (map coords), NAN if none */
	bool main;		/* the map's main country */
} bfeat;

typedef struct blayer {
	const fl_layer_def *def;	/* borrowed from the map */
	char kind[16];		/* "countries", "land", "lines", "polygons", "points", "off" */
	fli_rgba color;		/* lines and outlines */
	double width;		/* points */
	bfeat *feats;
	size_t n, cap;
} blayer;

struct fl_renderer {
	const fl_map *map;	/* borrowed */
	fli_style style;
	PJ_CONTEXT *pctx;
	PJ *pj;			/* lon/lat -> map, traditional axis order */
	pthread_mutex_t lock;	/* guards pj */
	double view[4];		/* projected bbox of the map extent */
	blayer *layers;
	size_t nlayers;
	unsigned char *outline;	/* main country, WKB lon/lat */
	size_t outline_len;
	pgeom inset;		/* countries for the locator, x = lon*cos(lat0), y = lat */
	pgeom inset_main;	/* the main country in the locator */
	double inset_box[4];	/* lon/lat window of the locator */
	bool rotated;		/* north is not straight up at the centre */
	double north_angle;	/* radians, clockwise from up */
};

static void project_pts(fl_renderer *r, double *xy, size_t n)
{
	if (!n)
		return;
	pthread_mutex_lock(&r->lock);
	proj_trans_generic(r->pj, PJ_FWD, xy, 2 * sizeof(double), n, xy + 1, 2 * sizeof(double), n,
			   NULL, 0, 0, NULL, 0, 0);
	pthread_mutex_unlock(&r->lock);
}

static bool project_one(fl_renderer *r, double lon, double lat, double *x, double *y)
{
	double xy[2] = { lon, lat };
	project_pts(r, xy, 1);
	*x = xy[0];
	*y = xy[1];
	return isfinite(xy[0]) && isfinite(xy[1]) && fabs(xy[0]) < 1e12;
}

static fl_status wkb_to_pgeom(fl_renderer *r, const unsigned char *wkb, size_t len, pgeom *g)
{
	wkbr rd = { wkb, len, 0 };
	if (!wkb_walk(&rd, g, 0))
		return FL_EPARSE;
	project_pts(r, g->xy, g->npts);
	return FL_OK;
}

static char *crs_definition(const fl_map *m)
{
	char buf[512];
	const char *c = m->crs;
	if (c && *c) {
		size_t i = 0;
		while (c[i] >= '0' && c[i] <= '9')
			i++;
		if (i && !c[i])
			snprintf(buf, sizeof(buf), "EPSG:%s", c);	/* a bare EPSG code */
		else
			snprintf(buf, sizeof(buf), "%s", c);
	} else {
		/* Conformal fitted to the extent: Lambert conformal conic with standard
		 * parallels at 1/6 and 5/6 of the latitude range. */
		double la = m->extent[1], lb = m->extent[3];
		snprintf(buf, sizeof(buf),
			 "+proj=lcc +lat_1=%.4f +lat_2=%.4f +lat_0=%.4f +lon_0=%.4f +datum=WGS84 +units=m +no_defs",
			 la + (lb - la) / 6, lb - (lb - la) / 6, (la + lb) / 2, (m->extent[0] + m->extent[2]) / 2);
	}
	return strdup(buf);
}

/* PROJ's messages: the last one kept for our error message instead of printed. */
static void proj_log_keep(void *data, int level, const char *msg)
{
	(void)level;
	if (!msg)
		return;
	const char *p = strstr(msg, ": ");	/* "proj_create: crs not found" */
	if (p && (size_t)(p - msg) < 40 && !memchr(msg, ' ', (size_t)(p - msg)))
		msg = p + 2;
	snprintf(data, 256, "%s", msg);
}

static void proj_log_quiet(void *data, int level, const char *msg)
{
	(void)data;
	(void)level;
	(void)msg;
}

static fl_status open_projection(fl_renderer *r, fl_error *err)
{
	char *def = crs_definition(r->map);
	if (!def)
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	r->pctx = proj_context_create();
	char why[256] = "";
	proj_log_func(r->pctx, why, proj_log_keep);	/* PROJ's own lines go into the message */
	PJ *raw = proj_create_crs_to_crs(r->pctx, "EPSG:4326", def, NULL);
	proj_log_func(r->pctx, NULL, proj_log_quiet);
	if (!raw) {
		int e = proj_context_errno(r->pctx);
		fl_error_set(err, FL_EPROJ, r->map->path, 0, "map '%s', field \"crs\": cannot project from WGS 84 to '%s' (PROJ: %s)",
			     r->map->path, def, why[0] ? why : e ? proj_context_errno_string(r->pctx, e) : "no transformation");
		free(def);
		return FL_EPROJ;
	}
	free(def);
	r->pj = proj_normalize_for_visualization(r->pctx, raw);
	proj_destroy(raw);
	if (!r->pj)
		return fl_error_set(err, FL_EPROJ, r->map->path, 0, "map '%s': cannot normalise the CRS axis order",
				    r->map->path);
	/* The projected box of the extent, densified along its edges. */
	double *e = (double *)r->map->extent;
	r->view[0] = r->view[1] = HUGE_VAL;
	r->view[2] = r->view[3] = -HUGE_VAL;
	for (int i = 0; i <= 32; i++) {
		double t = i / 32.0;
		double pts[4][2] = { { e[0] + t * (e[2] - e[0]), e[1] }, { e[0] + t * (e[2] - e[0]), e[3] },
				     { e[0], e[1] + t * (e[3] - e[1]) }, { e[2], e[1] + t * (e[3] - e[1]) } };
		for (int k = 0; k < 4; k++) {
			double x, y;
			if (!project_one(r, pts[k][0], pts[k][1], &x, &y))
				continue;
			r->view[0] = fmin(r->view[0], x);
			r->view[1] = fmin(r->view[1], y);
			r->view[2] = fmax(r->view[2], x);
			r->view[3] = fmax(r->view[3], y);
		}
	}
	if (!(r->view[0] < r->view[2] && r->view[1] < r->view[3]))
		return fl_error_set(err, FL_EPROJ, r->map->path, 0, "map '%s': the extent does not project", r->map->path);
	/* Which way is north at the centre? */
	double cl = (e[0] + e[2]) / 2, cb = (e[1] + e[3]) / 2, x0, y0, x1, y1;
	if (project_one(r, cl, cb, &x0, &y0) && project_one(r, cl, cb + 0.05, &x1, &y1)) {
		r->north_angle = atan2(x1 - x0, y1 - y0);
		r->rotated = fabs(r->north_angle) > 0.5 * M_PI / 180;
	}
	return FL_OK;
}

/* ---- base layers: read once with OGR, clip, project ------------------------ */

static bool is_main_country(const fl_map *m, const char *name)
{
	return name && m->main_country_name && strcasecmp(name, m->main_country_name) == 0;
}

/* GEOS for the one-time clipping of base layers (rectangle clips are fast). */
typedef struct gclip {
	GEOSContextHandle_t h;
	GEOSWKBReader *rd;
	GEOSWKBWriter *wr;
} gclip;

/* OGR geometry -> GEOS geometry (NULL on failure). */
static GEOSGeometry *to_geos(gclip *gc, OGRGeometryH g)
{
	int n = OGR_G_WkbSize(g);
	if (n <= 0)
		return NULL;
	unsigned char *buf = malloc((size_t)n);
	GEOSGeometry *out = NULL;
	if (buf && OGR_G_ExportToIsoWkb(g, wkbNDR, buf) == OGRERR_NONE)
		out = GEOSWKBReader_read_r(gc->h, gc->rd, buf, (size_t)n);
	free(buf);
	return out;
}

/* Append a GEOS geometry (lon/lat) to dst, projected or not. */
static fl_status geos_to_pgeom(fl_renderer *r, gclip *gc, const GEOSGeometry *g, pgeom *dst, bool project)
{
	size_t len;
	unsigned char *wkb = GEOSWKBWriter_write_r(gc->h, gc->wr, g, &len);
	if (!wkb)
		return FL_EGEOS;
	wkbr rd = { wkb, len, 0 };
	size_t first = dst->npts;
	fl_status rc = wkb_walk(&rd, dst, 0) ? FL_OK : FL_EPARSE;
	GEOSFree_r(gc->h, wkb);
	if (!rc && project)
		project_pts(r, dst->xy + 2 * first, dst->npts - first);
	return rc;
}

/* Add the inset (locator) geometry of one country, simplified, in lon/lat. */
static void add_inset(fl_renderer *r, gclip *gc, const GEOSGeometry *g, bool main)
{
	/* Clip first (less to simplify), then a plain Douglas-Peucker: at locator size a
	 * self-touching ring cannot be seen. */
	GEOSGeometry *k = GEOSClipByRect_r(gc->h, g, r->inset_box[0], r->inset_box[1], r->inset_box[2],
					   r->inset_box[3]);
	if (!k)
		return;
	GEOSGeometry *c = GEOSSimplify_r(gc->h, k, 0.05);
	GEOSGeom_destroy_r(gc->h, k);
	if (!c)
		return;
	pgeom *dst = main ? &r->inset_main : &r->inset;
	dst->polygon = true;
	geos_to_pgeom(r, gc, c, dst, false);
	GEOSGeom_destroy_r(gc->h, c);
}

/* Sutherland-Hodgman: clip one ring (lon/lat) to the box and append what is left.
 * Fine for filling (the clipped edges run along the box, outside the view). */
static bool clip_ring(pgeom *g, const double *xs, const double *ys, size_t n, const double cb[4])
{
	size_t cap = 2 * n + 8, m = n;
	double *a = malloc(cap * 2 * sizeof(double)), *b = malloc(cap * 2 * sizeof(double));
	if (!a || !b) {
		free(a);
		free(b);
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		a[2 * i] = xs[i];
		a[2 * i + 1] = ys[i];
	}
	for (int edge = 0; edge < 4 && m > 0; edge++) {
		int axis = edge & 1;			/* 0: x, 1: y */
		double lim = cb[edge];			/* xmin, ymin, xmax, ymax */
		bool lower = edge < 2;
		size_t k = 0;
		for (size_t i = 0; i < m; i++) {
			const double *p = &a[2 * i], *q = &a[2 * ((i + 1) % m)];
			bool pin = lower ? p[axis] >= lim : p[axis] <= lim;
			bool qin = lower ? q[axis] >= lim : q[axis] <= lim;
			if (pin && k < cap) {
				b[2 * k] = p[0];
				b[2 * k + 1] = p[1];
				k++;
			}
			if (pin != qin && k < cap) {
				double t = (lim - p[axis]) / (q[axis] - p[axis]);
				b[2 * k + axis] = lim;
				b[2 * k + 1 - axis] = p[1 - axis] + t * (q[1 - axis] - p[1 - axis]);
				k++;
			}
		}
		double *tmp = a;
		a = b;
		b = tmp;
		m = k;
	}
	bool ok = true;
	if (m >= 3) {
		ok = pgeom_part(g);
		for (size_t i = 0; i < m && ok; i++)
			ok = pgeom_pt(g, a[2 * i], a[2 * i + 1]);
	}
	free(a);
	free(b);
	return ok;
}

/* Liang-Barsky: the parts of a line (lon/lat) inside the box, appended as lines. */
static bool clip_line(pgeom *g, const double *xs, const double *ys, size_t n, const double cb[4])
{
	bool open = false;
	for (size_t i = 0; i + 1 < n; i++) {
		double x0 = xs[i], y0 = ys[i], dx = xs[i + 1] - x0, dy = ys[i + 1] - y0;
		double t0 = 0, t1 = 1;
		double pp[4] = { -dx, dx, -dy, dy }, qq[4] = { x0 - cb[0], cb[2] - x0, y0 - cb[1], cb[3] - y0 };
		bool in = true;
		for (int k = 0; k < 4 && in; k++) {
			if (pp[k] == 0) {
				in = qq[k] >= 0;
			} else {
				double t = qq[k] / pp[k];
				if (pp[k] < 0)
					t0 = fmax(t0, t);
				else
					t1 = fmin(t1, t);
				in = t0 <= t1;
			}
		}
		if (!in) {
			open = false;
			continue;
		}
		if (!open || t0 > 0) {
			if (!pgeom_part(g) || !pgeom_pt(g, x0 + t0 * dx, y0 + t0 * dy))
				return false;
		}
		if (!pgeom_pt(g, x0 + t1 * dx, y0 + t1 * dy))
			return false;
		open = t1 >= 1;
	}
	return true;
}

/* Walk an OGR geometry's rings and lines, clipping each to the box. */
static bool clip_ogr(pgeom *g, OGRGeometryH geom, const double cb[4], double **xs, double **ys, size_t *cap)
{
	OGRwkbGeometryType t = wkbFlatten(OGR_G_GetGeometryType(geom));
	int nsub = OGR_G_GetGeometryCount(geom);
	if (t == wkbPolygon) {
		g->polygon = true;
		for (int i = 0; i < nsub; i++)
			if (!clip_ogr(g, OGR_G_GetGeometryRef(geom, i), cb, xs, ys, cap))
				return false;
		return true;
	}
	if (t == wkbLineString || t == wkbLinearRing || t == wkbPoint) {
		OGREnvelope env;
		OGR_G_GetEnvelope(geom, &env);
		if (env.MaxX < cb[0] || env.MinX > cb[2] || env.MaxY < cb[1] || env.MinY > cb[3])
			return true;
		size_t n = (size_t)OGR_G_GetPointCount(geom);
		if (n > *cap) {
			double *nx = realloc(*xs, n * sizeof(double)), *ny = nx ? realloc(*ys, n * sizeof(double)) : NULL;
			if (nx)
				*xs = nx;
			if (!nx || !ny)
				return false;
			*ys = ny;
			*cap = n;
		}
		OGR_G_GetPoints(geom, *xs, sizeof(double), *ys, sizeof(double), NULL, 0);
		if (t == wkbPoint)
			return pgeom_part(g) && pgeom_pt(g, (*xs)[0], (*ys)[0]);
		if (g->polygon)
			return clip_ring(g, *xs, *ys, n, cb);
		return clip_line(g, *xs, *ys, n, cb);
	}
	for (int i = 0; i < nsub; i++)	/* multi-geometries and collections */
		if (!clip_ogr(g, OGR_G_GetGeometryRef(geom, i), cb, xs, ys, cap))
			return false;
	return true;
}

static fl_status add_feature_fast(fl_renderer *r, blayer *bl, OGRGeometryH geom, const double cb[4],
				  const char *name, fl_error *err)
{
	OGREnvelope env;
	OGR_G_GetEnvelope(geom, &env);
	if (env.MaxX < cb[0] || env.MinX > cb[2] || env.MaxY < cb[1] || env.MinY > cb[3])
		return FL_OK;
	pgeom g = { 0 };
	double *xs = NULL, *ys = NULL;
	size_t cap = 0;
	bool ok = clip_ogr(&g, geom, cb, &xs, &ys, &cap);
	free(xs);
	free(ys);
	if (!ok || fl_grow((void **)&bl->feats, &bl->cap, bl->n, 1, sizeof(bfeat))) {
		pgeom_free(&g);
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	}
	if (!g.npts) {
		pgeom_free(&g);
		return FL_OK;
	}
	project_pts(r, g.xy, g.npts);
	bfeat *bf = &bl->feats[bl->n++];
	memset(bf, 0, sizeof(*bf));
	bf->g = g;
	bf->lx = bf->ly = NAN;
	bf->name = name ? strdup(name) : NULL;
	return FL_OK;
}

/* Why a base layer's datasource did not open, in words: missing, unreadable, a folder,
 * or not a format GDAL reads (with GDAL's own reason when it gave one). */
static fl_status base_layer_unreadable(const fl_renderer *r, const fl_layer_def *def, fl_error *err)
{
	const char *ds = def->datasource;
	char why[600];
	const char *gdal = CPLGetLastErrorMsg();
	struct stat st;
	bool is_path = strncmp(ds, "PG:", 3) != 0 && strncmp(ds, "/vsi", 4) != 0 && !strstr(ds, "://");
	if (is_path && stat(ds, &st) != 0)
		snprintf(why, sizeof(why), "%s", strerror(errno));
	else if (is_path && access(ds, R_OK) != 0)
		snprintf(why, sizeof(why), "%s", strerror(errno));
	else if (is_path && S_ISDIR(st.st_mode))
		snprintf(why, sizeof(why), "a folder GDAL reads no vector data from");
	else if (is_path && st.st_size == 0)
		snprintf(why, sizeof(why), "the file is empty");
	else if (gdal && *gdal && !strstr(gdal, "not recognized as a supported file format"))
		snprintf(why, sizeof(why), "%s", gdal);
	else
		snprintf(why, sizeof(why), "not a vector format GDAL can read, or damaged");
	return fl_error_set(err, FL_EGDAL, ds, 0, "map '%s', base layer '%s': cannot open datasource '%s': %s",
			    r->map->path, def->name, ds, why);
}

static fl_status load_layer(fl_renderer *r, gclip *gc, const fl_layer_def *def, blayer *bl, fl_error *err)
{
	bl->def = def;
	snprintf(bl->kind, sizeof(bl->kind), "%s", def->kind ? def->kind : "polygons");
	CPLErrorReset();
	CPLPushErrorHandler(CPLQuietErrorHandler);
	GDALDatasetH ds = GDALOpenEx(def->datasource, GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, NULL,
				     NULL, NULL);
	CPLPopErrorHandler();
	if (!ds)
		return base_layer_unreadable(r, def, err);
	OGRLayerH lyr = def->layer ? GDALDatasetGetLayerByName(ds, def->layer) : GDALDatasetGetLayer(ds, 0);
	if (!lyr) {
		/* Name the layers it does have: usually a typo or another version. */
		char have[400] = "";
		size_t n = 0;
		int nl = GDALDatasetGetLayerCount(ds);
		for (int i = 0; i < nl && n < sizeof(have) - 1; i++) {
			OGRLayerH l = GDALDatasetGetLayer(ds, i);
			int k = snprintf(have + n, sizeof(have) - n, "%s%s", i ? ", " : "", l ? OGR_L_GetName(l) : "?");
			if (k < 0 || (size_t)k >= sizeof(have) - n) {
				snprintf(have + (sizeof(have) > n + 5 ? n : sizeof(have) - 5), 5, "...");
				break;
			}
			n += (size_t)k;
		}
		GDALClose(ds);
		return fl_error_set(err, FL_ENOTFOUND, def->datasource, 0,
				    "map '%s', base layer '%s': '%s' has no layer '%s' (it has: %s)", r->map->path,
				    def->name, def->datasource, def->layer ? def->layer : "(first)", nl ? have : "no layers");
	}
	fl_status rc = FL_OK;
	/* Everything is read in lon/lat (traditional order) and clipped to a box around
	 * the extent, so far-away parts of large countries never reach PROJ. */
	OGRSpatialReferenceH wgs = OSRNewSpatialReference(NULL);
	OSRSetWellKnownGeogCS(wgs, "WGS84");
	OSRSetAxisMappingStrategy(wgs, OAMS_TRADITIONAL_GIS_ORDER);
	OGRSpatialReferenceH lsrs = OGR_L_GetSpatialRef(lyr);
	OGRCoordinateTransformationH ct = NULL;
	if (lsrs && !OSRIsSame(lsrs, wgs)) {
		OGRSpatialReferenceH l2 = OSRClone(lsrs);
		OSRSetAxisMappingStrategy(l2, OAMS_TRADITIONAL_GIS_ORDER);
		ct = OCTNewCoordinateTransformation(l2, wgs);
		OSRDestroySpatialReference(l2);
	}
	const double *e = r->map->extent;
	double mx = (e[2] - e[0]) * 0.6, my = (e[3] - e[1]) * 0.6;
	double cb[4] = { e[0] - mx, e[1] - my, e[2] + mx, e[3] + my };
	bool countries = strcmp(bl->kind, "countries") == 0;
	if (!ct) {
		/* Countries: the locator wants the region around too. */
		double fb[4] = { cb[0], cb[1], cb[2], cb[3] };
		if (countries) {
			fb[0] = fmin(fb[0], r->inset_box[0]);
			fb[1] = fmin(fb[1], r->inset_box[1]);
			fb[2] = fmax(fb[2], r->inset_box[2]);
			fb[3] = fmax(fb[3], r->inset_box[3]);
		}
		OGR_L_SetSpatialFilterRect(lyr, fb[0], fb[1], fb[2], fb[3]);
	}
	int name_idx = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(lyr), "name");
	if (name_idx < 0)
		name_idx = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(lyr), "NAME");
	OGR_L_ResetReading(lyr);
	OGRFeatureH f;
	while ((f = OGR_L_GetNextFeature(lyr)) != NULL && rc == FL_OK) {
		OGRGeometryH g0 = OGR_F_GetGeometryRef(f);
		if (!g0 || OGR_G_IsEmpty(g0)) {
			OGR_F_Destroy(f);
			continue;
		}
		OGRGeometryH gt = NULL;
		if (ct) {
			gt = OGR_G_Clone(g0);
			if (OGR_G_Transform(gt, ct) != OGRERR_NONE) {
				OGR_G_DestroyGeometry(gt);
				OGR_F_Destroy(f);
				continue;
			}
		}
		if (!countries) {
			/* Land, lines, polygons: clipped point by point, no GEOS round trip. */
			rc = add_feature_fast(r, bl, gt ? gt : g0, cb,
					      name_idx >= 0 && OGR_F_IsFieldSetAndNotNull(f, name_idx)
						      ? OGR_F_GetFieldAsString(f, name_idx) : NULL,
					      err);
			if (gt)
				OGR_G_DestroyGeometry(gt);
			OGR_F_Destroy(f);
			continue;
		}
		GEOSGeometry *g = to_geos(gc, gt ? gt : g0);
		if (gt)
			OGR_G_DestroyGeometry(gt);
		if (!g) {
			OGR_F_Destroy(f);
			continue;
		}
		const char *name = name_idx >= 0 && OGR_F_IsFieldSetAndNotNull(f, name_idx)
					   ? OGR_F_GetFieldAsString(f, name_idx) : NULL;
		bool main = countries && is_main_country(r->map, name);
		double xmin, ymin, xmax, ymax;
		if (!GEOSGeom_getXMin_r(gc->h, g, &xmin) || !GEOSGeom_getYMin_r(gc->h, g, &ymin) ||
		    !GEOSGeom_getXMax_r(gc->h, g, &xmax) || !GEOSGeom_getYMax_r(gc->h, g, &ymax)) {
			GEOSGeom_destroy_r(gc->h, g);
			OGR_F_Destroy(f);
			continue;
		}
		if (countries) {
			if (xmax >= r->inset_box[0] && xmin <= r->inset_box[2] && ymax >= r->inset_box[1] &&
			    ymin <= r->inset_box[3])
				add_inset(r, gc, g, main);
			if (main && !r->outline) {
				/* The outline the control areas are clipped to: made valid. */
				GEOSGeometry *v = GEOSisValid_r(gc->h, g) == 1 ? NULL : GEOSMakeValid_r(gc->h, g);
				size_t len;
				unsigned char *w = GEOSWKBWriter_write_r(gc->h, gc->wr, v ? v : g, &len);
				if (w) {
					r->outline = malloc(len);
					if (r->outline) {
						memcpy(r->outline, w, len);
						r->outline_len = len;
					}
					GEOSFree_r(gc->h, w);
				}
				if (v)
					GEOSGeom_destroy_r(gc->h, v);
			}
		}
		bool inside = xmax >= cb[0] && xmin <= cb[2] && ymax >= cb[1] && ymin <= cb[3];
		GEOSGeometry *c = inside ? GEOSClipByRect_r(gc->h, g, cb[0], cb[1], cb[2], cb[3]) : NULL;
		if (c && !GEOSisEmpty_r(gc->h, c)) {
			if (fl_grow((void **)&bl->feats, &bl->cap, bl->n, 1, sizeof(bfeat))) {
				rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			} else {
				bfeat *bf = &bl->feats[bl->n];
				memset(bf, 0, sizeof(*bf));
				bf->lx = bf->ly = NAN;
				bf->main = main;
				bf->name = name ? strdup(name) : NULL;
				if (geos_to_pgeom(r, gc, c, &bf->g, true) == FL_OK) {
					/* Country names go on the part that is on the map. */
					if (countries && name) {
						GEOSGeometry *vis = GEOSClipByRect_r(gc->h, c, e[0], e[1], e[2], e[3]);
						double area = 0;
						if (vis && !GEOSisEmpty_r(gc->h, vis) && GEOSArea_r(gc->h, vis, &area) &&
						    area > 0.02) {
							GEOSGeometry *pos = GEOSPointOnSurface_r(gc->h, vis);
							double lx, ly;
							if (pos && GEOSGeomGetX_r(gc->h, pos, &lx) && GEOSGeomGetY_r(gc->h, pos, &ly))
								project_one(r, lx, ly, &bf->lx, &bf->ly);
							if (pos)
								GEOSGeom_destroy_r(gc->h, pos);
						}
						if (vis)
							GEOSGeom_destroy_r(gc->h, vis);
					}
					bl->n++;
				} else {
					free(bf->name);
					pgeom_free(&bf->g);
				}
			}
		}
		if (c)
			GEOSGeom_destroy_r(gc->h, c);
		GEOSGeom_destroy_r(gc->h, g);
		OGR_F_Destroy(f);
	}
	if (ct)
		OCTDestroyCoordinateTransformation(ct);
	OSRDestroySpatialReference(wgs);
	GDALClose(ds);
	return rc;
}

static void gclip_notice(const char *msg, void *ud)
{
	(void)msg;
	(void)ud;
}

fl_status fl_renderer_new(const fl_map *map, const char *style, fl_renderer **out, fl_error *err)
{
	*out = NULL;
	fl_renderer *r = calloc(1, sizeof(*r));
	if (!r)
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	r->map = map;
	pthread_mutex_init(&r->lock, NULL);
	fl_status rc = FL_OK;
	const char *sp = style ? style : map->style;
	if (sp)
		rc = fli_style_load(sp, &r->style, err);
	else
		fli_style_defaults(&r->style);
	if (rc)
		goto fail;
	if ((rc = open_projection(r, err)))
		goto fail;
	/* The locator shows the extent with a generous ring of region around it. */
	const double *e = map->extent;
	double w = fmax(e[2] - e[0], 4), h = fmax(e[3] - e[1], 3);
	double cx = (e[0] + e[2]) / 2, cy = (e[1] + e[3]) / 2, half = fmax(w * 2.2, h * 2.2 * 1.3) / 2;
	r->inset_box[0] = cx - half;
	r->inset_box[2] = cx + half;
	r->inset_box[1] = cy - half / 1.3;
	r->inset_box[3] = cy + half / 1.3;
	GDALAllRegister();
	r->layers = calloc(map->nlayers ? map->nlayers : 1, sizeof(blayer));
	if (!r->layers) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto fail;
	}
	gclip gc = { GEOS_init_r(), NULL, NULL };
	GEOSContext_setNoticeMessageHandler_r(gc.h, gclip_notice, NULL);
	GEOSContext_setErrorMessageHandler_r(gc.h, gclip_notice, NULL);
	gc.rd = GEOSWKBReader_create_r(gc.h);
	gc.wr = GEOSWKBWriter_create_r(gc.h);
	for (size_t i = 0; i < map->nlayers && !rc; i++) {
		/* Layers the map or the style switches off are not even read. */
		const char *kind = map->layers[i].kind ? map->layers[i].kind : "polygons";
		bool off = !map->layers[i].visible || (!strcmp(kind, "land") && !r->style.show[FLI_SHOW_LAND]) ||
			   (!strcmp(kind, "lines") && !r->style.show[FLI_SHOW_ROADS]);
		if (off) {
			blayer *bl = &r->layers[r->nlayers++];
			bl->def = &map->layers[i];
			snprintf(bl->kind, sizeof(bl->kind), "off");
			continue;
		}
		blayer *bl = &r->layers[r->nlayers++];
		rc = load_layer(r, &gc, &map->layers[i], bl, err);
		bool lines = !strcmp(bl->kind, "lines");
		bl->color = lines ? r->style.road : !strcmp(bl->kind, "points") ? r->style.country_label
										 : r->style.neighbour_border;
		bl->width = map->layers[i].width > 0 ? map->layers[i].width
						      : lines ? r->style.road_width : r->style.border_width * 0.6;
		if (!rc && map->layers[i].color && !fli_parse_color(map->layers[i].color, &bl->color))
			rc = fl_error_set(err, FL_EPARSE, map->path, 0,
					  "map '%s': colour of layer '%s' must be \"#rrggbb\" or \"#rrggbbaa\", not '%s'",
					  map->path, map->layers[i].name, map->layers[i].color);
	}
	GEOSWKBReader_destroy_r(gc.h, gc.rd);
	GEOSWKBWriter_destroy_r(gc.h, gc.wr);
	GEOS_finish_r(gc.h);
	if (rc)
		goto fail;
	*out = r;
	return FL_OK;
fail:
	fl_renderer_free(r);
	return rc;
}

void fl_renderer_free(fl_renderer *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->nlayers; i++) {
		for (size_t k = 0; k < r->layers[i].n; k++) {
			pgeom_free(&r->layers[i].feats[k].g);
			free(r->layers[i].feats[k].name);
		}
		free(r->layers[i].feats);
	}
	free(r->layers);
	free(r->outline);
	pgeom_free(&r->inset);
	pgeom_free(&r->inset_main);
	if (r->pj)
		proj_destroy(r->pj);
	if (r->pctx)
		proj_context_destroy(r->pctx);
	pthread_mutex_destroy(&r->lock);
	free(r);
}

bool fl_renderer_project(fl_renderer *r, double lon, double lat, double *x, double *y)
{
	return project_one(r, lon, lat, x, y);
}

const unsigned char *fl_renderer_outline(const fl_renderer *r, size_t *len)
{
	*len = r->outline_len;
	return r->outline;
}

/* ---- one drawing ------------------------------------------------------------ */

typedef struct box {
	double x0, y0, x1, y1;
} box;

typedef struct gcell {
	uint32_t *ids;		/* indexes into dctx.occ */
	size_t n, cap;
} gcell;

typedef struct dctx {
	fl_renderer *r;
	const fli_style *st;
	cairo_t *cr;
	PangoContext *pc;
	double W, H;		/* canvas in output units */
	double s;		/* output units per point */
	double k;		/* output units per map metre */
	double ox, oy;		/* map coords of the canvas top-left */
	box mapbox;		/* the map's frame on the canvas */
	box *occ;		/* occupied: symbols, labels, furniture */
	size_t nocc, occcap;
	bool *occlab;		/* occ[i] is a place label */
	size_t occlabcap;
	struct gcell *grid;	/* occ indexed by canvas cells, NULL: scan all */
	int gnx, gny;		/* grid size in cells */
	double gcw;		/* cell width in output units */
	fl_render_report *rep;	/* may be NULL */
} dctx;

static inline double px(const dctx *d, double x)
{
	return (x - d->ox) * d->k;
}

static inline double py(const dctx *d, double y)
{
	return (d->oy - y) * d->k;
}

static void set_rgba(cairo_t *cr, fli_rgba c, double alpha_mul)
{
	cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a * alpha_mul);
}

static void path_pgeom(dctx *d, const pgeom *g)
{
	for (size_t p = 0; p < g->nparts; p++) {
		size_t a = g->parts[p], b = p + 1 < g->nparts ? g->parts[p + 1] : g->npts;
		if (b - a < 2)
			continue;
		double lx = NAN, ly = NAN;
		for (size_t i = a; i < b; i++) {
			double x = px(d, g->xy[2 * i]), y = py(d, g->xy[2 * i + 1]);
			if (!isfinite(x) || !isfinite(y))
				continue;
			if (i == a) {
				cairo_move_to(d->cr, x, y);
			} else if (fabs(x - lx) + fabs(y - ly) < 0.25 && i + 1 < b) {
				continue;	/* sub-pixel step: skip */
			} else {
				cairo_line_to(d->cr, x, y);
			}
			lx = x;
			ly = y;
		}
		if (g->polygon)
			cairo_close_path(d->cr);
	}
}

static void add_report(dctx *d, box b, const char *text, int kind)
{
	fl_render_report *rep = d->rep;
	if (!rep)
		return;
	if (fl_grow((void **)&rep->boxes, &rep->cap, rep->nboxes, 1, sizeof(fl_render_box)))
		return;
	fl_render_box *rb = &rep->boxes[rep->nboxes++];
	rb->x0 = b.x0;
	rb->y0 = b.y0;
	rb->x1 = b.x1;
	rb->y1 = b.y1;
	rb->kind = kind;
	/* Truncate at a character boundary. */
	const char *t = text ? text : "";
	size_t n = strlen(t);
	if (n >= sizeof(rb->text)) {
		n = sizeof(rb->text) - 1;
		while (n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(rb->text, t, n);
	rb->text[n] = 0;
}

/* The label cache's occupied boxes live in a uniform grid over the canvas, so that a
 * test looks only at the boxes near it: thousands of places stay fast. */
static void grid_range(const dctx *d, box b, int *gx0, int *gy0, int *gx1, int *gy1)
{
	*gx0 = (int)fmax(0, fmin(d->gnx - 1, floor(b.x0 / d->gcw)));
	*gx1 = (int)fmax(0, fmin(d->gnx - 1, floor(b.x1 / d->gcw)));
	*gy0 = (int)fmax(0, fmin(d->gny - 1, floor(b.y0 / d->gcw)));
	*gy1 = (int)fmax(0, fmin(d->gny - 1, floor(b.y1 / d->gcw)));
}

static void occupy_as(dctx *d, box b, bool label)
{
	if (fl_grow((void **)&d->occ, &d->occcap, d->nocc, 1, sizeof(box)) ||
	    fl_grow((void **)&d->occlab, &d->occlabcap, d->nocc, 1, sizeof(bool)))
		return;
	uint32_t id = (uint32_t)d->nocc;
	d->occ[d->nocc] = b;
	d->occlab[d->nocc++] = label;
	if (!d->grid)
		return;
	int gx0, gy0, gx1, gy1;
	grid_range(d, b, &gx0, &gy0, &gx1, &gy1);
	for (int y = gy0; y <= gy1; y++)
		for (int x = gx0; x <= gx1; x++) {
			gcell *c = &d->grid[(size_t)y * (size_t)d->gnx + (size_t)x];
			if (!fl_grow((void **)&c->ids, &c->cap, c->n, 1, sizeof(uint32_t)))
				c->ids[c->n++] = id;
		}
}

static void occupy(dctx *d, box b)
{
	occupy_as(d, b, false);
}

/* Does b touch an occupied box (only labels if labels_only)? */
static bool hits(const dctx *d, box b, bool labels_only)
{
	if (!d->grid) {
		for (size_t i = 0; i < d->nocc; i++) {
			const box *o = &d->occ[i];
			if ((!labels_only || d->occlab[i]) && b.x0 < o->x1 && b.x1 > o->x0 && b.y0 < o->y1 &&
			    b.y1 > o->y0)
				return true;
		}
		return false;
	}
	int gx0, gy0, gx1, gy1;
	grid_range(d, b, &gx0, &gy0, &gx1, &gy1);
	for (int y = gy0; y <= gy1; y++)
		for (int x = gx0; x <= gx1; x++) {
			const gcell *c = &d->grid[(size_t)y * (size_t)d->gnx + (size_t)x];
			for (size_t k = 0; k < c->n; k++) {
				const box *o = &d->occ[c->ids[k]];
				if ((!labels_only || d->occlab[c->ids[k]]) && b.x0 < o->x1 && b.x1 > o->x0 &&
				    b.y0 < o->y1 && b.y1 > o->y0)
					return true;
			}
		}
	return false;
}

static bool box_free(const dctx *d, box b)
{
	if (b.x0 < d->mapbox.x0 + 1 || b.y0 < d->mapbox.y0 + 1 || b.x1 > d->mapbox.x1 - 1 ||
	    b.y1 > d->mapbox.y1 - 1)
		return false;
	return !hits(d, b, false);
}

/* A pango layout in the style's font at an absolute size (points). */
static PangoLayout *make_layout(dctx *d, const char *text, double size_pt, bool bold, bool italic)
{
	PangoLayout *l = pango_layout_new(d->pc);
	PangoFontDescription *fd = pango_font_description_from_string(d->st->font);
	pango_font_description_set_absolute_size(fd, size_pt * d->s * PANGO_SCALE);
	pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	if (italic)
		pango_font_description_set_style(fd, PANGO_STYLE_ITALIC);
	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	pango_layout_set_text(l, text, -1);
	return l;
}

static void layout_size(PangoLayout *l, double *w, double *h)
{
	PangoRectangle ink, logical;
	pango_layout_get_extents(l, &ink, &logical);
	*w = logical.width / (double)PANGO_SCALE;
	*h = logical.height / (double)PANGO_SCALE;
}

/* Draw a layout at (x, y) top-left with a halo; the text stays real text in PDF/SVG. */
static void show_layout(dctx *d, PangoLayout *l, double x, double y, fli_rgba color, double halo_pt)
{
	cairo_t *cr = d->cr;
	cairo_save(cr);
	if (halo_pt > 0 && d->st->halo.a > 0) {
		cairo_new_path(cr);
		cairo_move_to(cr, x, y);
		pango_cairo_layout_path(cr, l);
		set_rgba(cr, d->st->halo, 1);
		cairo_set_line_width(cr, halo_pt * d->s * 2);
		cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
		cairo_stroke(cr);
	}
	cairo_new_path(cr);
	cairo_move_to(cr, x, y);
	set_rgba(cr, color, 1);
	pango_cairo_show_layout(cr, l);
	cairo_restore(cr);
}

/* ---- layers ----------------------------------------------------------------- */

static void draw_base(dctx *d)
{
	const fli_style *st = d->st;
	cairo_t *cr = d->cr;
	/* Sea is the background. */
	set_rgba(cr, st->show[FLI_SHOW_SEA] ? st->sea : st->land, 1);
	cairo_paint(cr);
	for (size_t i = 0; i < d->r->nlayers; i++) {
		const blayer *bl = &d->r->layers[i];
		if (strcmp(bl->kind, "land") == 0 && st->show[FLI_SHOW_LAND]) {
			cairo_new_path(cr);
			for (size_t k = 0; k < bl->n; k++)
				path_pgeom(d, &bl->feats[k].g);
			cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
			set_rgba(cr, st->land, 1);
			cairo_fill(cr);
		} else if (strcmp(bl->kind, "countries") == 0) {
			for (size_t k = 0; k < bl->n; k++) {
				cairo_new_path(cr);
				path_pgeom(d, &bl->feats[k].g);
				cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
				if (bl->feats[k].main)
					set_rgba(cr, st->main_fill, 1);
				else if (st->show[FLI_SHOW_NEIGHBOURS])
					set_rgba(cr, st->neighbour, 1);
				else
					continue;
				cairo_fill(cr);
			}
		} else if (strcmp(bl->kind, "polygons") == 0) {
			cairo_new_path(cr);
			for (size_t k = 0; k < bl->n; k++)
				path_pgeom(d, &bl->feats[k].g);
			set_rgba(cr, bl->color, 1);
			cairo_set_line_width(cr, bl->width * d->s);
			cairo_stroke(cr);
		}
	}
}

static void draw_borders(dctx *d)
{
	const fli_style *st = d->st;
	cairo_t *cr = d->cr;
	for (size_t i = 0; i < d->r->nlayers; i++) {
		const blayer *bl = &d->r->layers[i];
		if (strcmp(bl->kind, "countries") != 0)
			continue;
		cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
		cairo_new_path(cr);
		for (size_t k = 0; k < bl->n; k++)
			if (!bl->feats[k].main)
				path_pgeom(d, &bl->feats[k].g);
		set_rgba(cr, st->neighbour_border, 1);
		cairo_set_line_width(cr, st->border_width * d->s);
		cairo_stroke(cr);
		cairo_new_path(cr);
		for (size_t k = 0; k < bl->n; k++)
			if (bl->feats[k].main)
				path_pgeom(d, &bl->feats[k].g);
		set_rgba(cr, st->main_border, 1);
		cairo_set_line_width(cr, st->main_border_width * d->s);
		cairo_stroke(cr);
	}
}

static void draw_roads(dctx *d)
{
	cairo_t *cr = d->cr;
	for (size_t i = 0; i < d->r->nlayers; i++) {
		const blayer *bl = &d->r->layers[i];
		if (strcmp(bl->kind, "lines") != 0)
			continue;
		cairo_new_path(cr);
		for (size_t k = 0; k < bl->n; k++)
			path_pgeom(d, &bl->feats[k].g);
		cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
		cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
		set_rgba(cr, bl->color, 1);
		cairo_set_line_width(cr, bl->width * d->s);
		cairo_stroke(cr);
	}
}

/* Road names as small shields at the middle of each line, through the label cache. */
static void draw_road_shields(dctx *d)
{
	for (size_t i = 0; i < d->r->nlayers; i++) {
		const blayer *bl = &d->r->layers[i];
		if (strcmp(bl->kind, "lines") != 0)
			continue;
		for (size_t k = 0; k < bl->n; k++) {
			const bfeat *f = &bl->feats[k];
			if (!f->name || !*f->name || f->g.npts < 2)
				continue;
			/* Try points along the line until one has room. */
			for (int t = 1; t < 8; t++) {
				size_t idx = f->g.npts * (size_t)(t % 2 ? 4 - t / 2 : 4 + t / 2) / 8;
				if (idx >= f->g.npts)
					continue;
				double x = px(d, f->g.xy[2 * idx]), y = py(d, f->g.xy[2 * idx + 1]);
				PangoLayout *l = make_layout(d, f->name, d->st->road_label_size, true, false);
				double w, h;
				layout_size(l, &w, &h);
				double pad = 1.2 * d->s;
				box b = { x - w / 2 - pad, y - h / 2, x + w / 2 + pad, y + h / 2 };
				if (box_free(d, b)) {
					cairo_new_path(d->cr);
					cairo_rectangle(d->cr, b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0);
					cairo_set_source_rgb(d->cr, 1, 1, 1);
					cairo_fill_preserve(d->cr);
					set_rgba(d->cr, d->st->road, 1);
					cairo_set_line_width(d->cr, 0.6 * d->s);
					cairo_stroke(d->cr);
					show_layout(d, l, x - w / 2, y - h / 2, d->st->text_muted, 0);
					occupy(d, b);
					g_object_unref(l);
					break;
				}
				g_object_unref(l);
			}
		}
	}
}

/* Named points (seas, regions, rivers' names): italic labels through the label cache,
 * lowest priority; unnamed points are small dots. */
static void draw_points(dctx *d)
{
	for (size_t i = 0; i < d->r->nlayers; i++) {
		const blayer *bl = &d->r->layers[i];
		if (strcmp(bl->kind, "points") != 0)
			continue;
		for (size_t k = 0; k < bl->n; k++) {
			const bfeat *f = &bl->feats[k];
			for (size_t p = 0; p < f->g.npts; p++) {
				double x = px(d, f->g.xy[2 * p]), y = py(d, f->g.xy[2 * p + 1]);
				if (!f->name || !*f->name) {
					box b = { x - 1.5 * d->s, y - 1.5 * d->s, x + 1.5 * d->s, y + 1.5 * d->s };
					if (!box_free(d, b))
						continue;
					cairo_new_path(d->cr);
					cairo_arc(d->cr, x, y, 1.2 * d->s, 0, 2 * M_PI);
					set_rgba(d->cr, bl->color, 1);
					cairo_fill(d->cr);
					occupy(d, b);
					continue;
				}
				PangoLayout *l = make_layout(d, f->name, d->st->country_size * 0.9, false, true);
				double w, h;
				layout_size(l, &w, &h);
				box b = { x - w / 2, y - h / 2 + h * 0.12, x + w / 2, y - h / 2 + h * 0.9 };
				if (box_free(d, b)) {
					show_layout(d, l, x - w / 2, y - h / 2, bl->color, 0);
					occupy(d, b);
					add_report(d, b, f->name, FL_BOX_COUNTRY_LABEL);
				}
				g_object_unref(l);
			}
		}
	}
}

static void hatch_current_clip(dctx *d, fli_rgba c)
{
	cairo_t *cr = d->cr;
	double x0, y0, x1, y1;
	cairo_clip_extents(cr, &x0, &y0, &x1, &y1);
	double step = d->st->hatch_spacing * d->s;
	cairo_new_path(cr);
	for (double t = x0 - (y1 - y0); t < x1; t += step) {
		cairo_move_to(cr, t, y1);
		cairo_line_to(cr, t + (y1 - y0), y0);
	}
	set_rgba(cr, c, 0.75);
	cairo_set_line_width(cr, 0.55 * d->s);
	cairo_stroke(cr);
}

static void draw_areas(dctx *d, const fl_territory *t)
{
	const fli_style *st = d->st;
	cairo_t *cr = d->cr;
	for (size_t i = 0; i < t->nareas; i++) {
		const fl_area *a = &t->areas[i];
		pgeom g = { 0 };
		if (wkb_to_pgeom(d->r, a->wkb, a->wkb_len, &g) != FL_OK) {
			pgeom_free(&g);
			continue;
		}
		const fli_side_style *ss = fli_style_side(st, a->side);
		bool claimed = strcmp(a->level, "claimed") == 0;
		bool contested = strcmp(a->side, "contested") == 0;
		cairo_new_path(cr);
		path_pgeom(d, &g);
		cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
		set_rgba(cr, ss->color, claimed ? st->claimed_opacity : st->area_opacity);
		if ((claimed && st->show[FLI_SHOW_CLAIMED_HATCH]) || contested) {
			cairo_fill_preserve(cr);
			cairo_save(cr);
			cairo_clip(cr);
			hatch_current_clip(d, contested ? st->text_muted : ss->color);
			cairo_restore(cr);
		} else {
			cairo_fill(cr);
		}
		pgeom_free(&g);
	}
}

static void draw_frontlines(dctx *d, const fl_territory *t)
{
	const fli_style *st = d->st;
	cairo_t *cr = d->cr;
	cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
	cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < t->nlines; i++) {
			const fl_frontline *f = &t->lines[i];
			pgeom g = { 0 };
			if (wkb_to_pgeom(d->r, f->wkb, f->wkb_len, &g) != FL_OK) {
				pgeom_free(&g);
				continue;
			}
			bool soft = strcmp(f->side_a, "contested") == 0 || strcmp(f->side_b, "contested") == 0;
			cairo_new_path(cr);
			path_pgeom(d, &g);
			if (pass == 0) {
				set_rgba(cr, st->frontline_casing, 1);
				cairo_set_line_width(cr, (st->frontline_width + 1.4) * d->s);
				cairo_set_dash(cr, NULL, 0, 0);
			} else {
				set_rgba(cr, st->frontline, 1);
				cairo_set_line_width(cr, st->frontline_width * d->s * (soft ? 0.7 : 1));
				double dash[2] = { 3 * d->s, 2 * d->s };
				cairo_set_dash(cr, dash, soft ? 2 : 0, 0);
			}
			cairo_stroke(cr);
			pgeom_free(&g);
		}
	}
	cairo_set_dash(cr, NULL, 0, 0);
}

/* ---- places ----------------------------------------------------------------- */

typedef struct pitem {
	const fl_place_state *p;
	const char *old_side;	/* side yesterday if it changed, else NULL */
	double x, y;		/* canvas */
	double r;		/* symbol radius, canvas units */
	double prio;
	bool capital;
	bool important;		/* changed, contested or a capital: never hidden */
	bool hidden;		/* left out: its symbol would sit under a label */
	PangoLayout *label;	/* placed label, or NULL */
	double lx, ly;		/* its top-left */
} pitem;

static int cmp_prio(const void *a, const void *b)
{
	const pitem *x = a, *y = b;
	if (x->prio != y->prio)
		return x->prio < y->prio ? 1 : -1;
	return x->p->place_id < y->p->place_id ? -1 : x->p->place_id > y->p->place_id;
}

static const fl_place_state *find_place(const fl_state *s, int64_t id)
{
	size_t lo = 0, hi = s->count;
	while (lo < hi) {	/* items are sorted by place_id */
		size_t mid = (lo + hi) / 2;
		if (s->items[mid].place_id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < s->count && s->items[lo].place_id == id)
		return &s->items[lo];
	for (size_t i = 0; i < s->count; i++)	/* not sorted after all */
		if (s->items[i].place_id == id)
			return &s->items[i];
	return NULL;
}

static void symbol_path(cairo_t *cr, const char *shape, double x, double y, double r)
{
	cairo_new_path(cr);
	if (strcmp(shape, "square") == 0) {
		cairo_rectangle(cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
	} else if (strcmp(shape, "triangle") == 0) {
		cairo_move_to(cr, x, y - r * 1.15);
		cairo_line_to(cr, x + r * 1.05, y + r * 0.75);
		cairo_line_to(cr, x - r * 1.05, y + r * 0.75);
		cairo_close_path(cr);
	} else if (strcmp(shape, "diamond") == 0) {
		cairo_move_to(cr, x, y - r * 1.2);
		cairo_line_to(cr, x + r * 1.2, y);
		cairo_line_to(cr, x, y + r * 1.2);
		cairo_line_to(cr, x - r * 1.2, y);
		cairo_close_path(cr);
	} else {
		cairo_arc(cr, x, y, r, 0, 2 * M_PI);
	}
}

static void draw_symbol(dctx *d, const pitem *it)
{
	const fli_style *st = d->st;
	cairo_t *cr = d->cr;
	const fli_side_style *ss = fli_style_side(st, it->p->side);
	double r = it->r;
	if (it->old_side && st->show[FLI_SHOW_CHANGES]) {
		/* Halo in the new side's colour. */
		cairo_new_path(cr);
		cairo_arc(cr, it->x, it->y, r + 3.2 * d->s, 0, 2 * M_PI);
		set_rgba(cr, ss->color, 0.35);
		cairo_fill_preserve(cr);
		set_rgba(cr, ss->color, 1);
		cairo_set_line_width(cr, 1.1 * d->s);
		cairo_stroke(cr);
	}
	symbol_path(cr, ss->shape, it->x, it->y, r);
	set_rgba(cr, ss->color, 1);
	cairo_fill_preserve(cr);
	/* A darker rim of the same hue: light colours (SDF yellow) stay visible on their
	 * own translucent area. */
	cairo_set_source_rgb(cr, ss->color.r * 0.5, ss->color.g * 0.5, ss->color.b * 0.5);
	cairo_set_line_width(cr, 0.55 * d->s);
	cairo_stroke(cr);
	if (it->old_side && st->show[FLI_SHOW_CHANGES]) {
		/* The old side: the left half of the symbol in its colour. */
		const fli_side_style *os = fli_style_side(st, it->old_side);
		cairo_save(cr);
		cairo_new_path(cr);
		cairo_rectangle(cr, it->x - r * 2, it->y - r * 2, r * 2, r * 4);
		cairo_clip(cr);
		symbol_path(cr, os->shape, it->x, it->y, r - 0.35 * d->s);
		set_rgba(cr, os->color, 1);
		cairo_fill(cr);
		cairo_restore(cr);
	}
	if (strcmp(it->p->side, "contested") == 0 && st->show[FLI_SHOW_CONTESTED]) {
		/* Crossed: fighting here. */
		double q = r * 0.65;
		cairo_new_path(cr);
		cairo_move_to(cr, it->x - q, it->y - q);
		cairo_line_to(cr, it->x + q, it->y + q);
		cairo_move_to(cr, it->x + q, it->y - q);
		cairo_line_to(cr, it->x - q, it->y + q);
		cairo_set_source_rgb(cr, 1, 1, 1);
		cairo_set_line_width(cr, 0.8 * d->s);
		cairo_stroke(cr);
	}
	if (strcmp(it->p->level, "claimed") == 0) {
		/* A claimed (not independently confirmed) holder: dashed outline. */
		double dash[2] = { 1.2 * d->s, 0.9 * d->s };
		symbol_path(cr, ss->shape, it->x, it->y, r + 1.1 * d->s);
		cairo_set_dash(cr, dash, 2, 0);
		set_rgba(cr, st->text, 1);
		cairo_set_line_width(cr, 0.5 * d->s);
		cairo_stroke(cr);
		cairo_set_dash(cr, NULL, 0, 0);
	}
}

/* Place labels through the label cache: twelve positions around the symbol, best
 * first; the first that touches nothing already placed wins, else the label is left out.
 * The label is drawn later, over all symbols. */
static void place_label(dctx *d, pitem *it)
{
	const fli_style *st = d->st;
	const char *name = it->p->place ? it->p->place : "";
	if (!*name)
		return;
	bool big = it->p->population >= 200000;
	double size = it->capital ? st->label_size_capital : big ? st->label_size_large : st->label_size;
	bool contested = strcmp(it->p->side, "contested") == 0;
	PangoLayout *l = make_layout(d, name, size, it->capital || big || it->old_side, contested);
	double w, h;
	layout_size(l, &w, &h);
	double g = it->r + 1.2 * d->s + (it->old_side ? 3.2 * d->s : 0);
	/* Right, left, the four diagonals, above, below; then right and left slid up or
	 * down by half a line. */
	double dx[12] = { g, -g - w, g * 0.7, g * 0.7, -g * 0.7 - w, -g * 0.7 - w, -w / 2, -w / 2,
			  g, g, -g - w, -g - w };
	double dy[12] = { -h / 2, -h / 2, -h - g * 0.55, g * 0.55, -h - g * 0.55, g * 0.55, -h - g, g,
			  -h * 0.95, -h * 0.05, -h * 0.95, -h * 0.05 };
	for (int c = 0; c < 12; c++) {
		double x = it->x + dx[c], y = it->y + dy[c];
		/* Boxes are the text's logical extent, trimmed of pango's line spacing. */
		box b = { x, y + h * 0.12, x + w, y + h * 0.9 };
		if (!box_free(d, b))
			continue;
		occupy_as(d, b, true);
		add_report(d, b, name, FL_BOX_PLACE_LABEL);
		it->label = l;
		it->lx = x;
		it->ly = y;
		if (d->rep)
			d->rep->labels_placed++;
		return;
	}
	if (d->rep)
		d->rep->labels_dropped++;
	g_object_unref(l);
}

static bool under_label(const dctx *d, box b)
{
	return hits(d, b, true);
}

static box symbol_box(const dctx *d, const pitem *it)
{
	double rr = it->r + (it->old_side ? 3.8 : 0.6) * d->s;
	return (box){ it->x - rr, it->y - rr, it->x + rr, it->y + rr };
}

/* Even-odd point in polygon on a projected pgeom (map coordinates). */
static bool pgeom_contains(const pgeom *g, double x, double y)
{
	bool in = false;
	for (size_t p = 0; p < g->nparts; p++) {
		size_t a = g->parts[p], b = p + 1 < g->nparts ? g->parts[p + 1] : g->npts;
		for (size_t i = a, j = b - 1; i < b; j = i++) {
			double xi = g->xy[2 * i], yi = g->xy[2 * i + 1], xj = g->xy[2 * j], yj = g->xy[2 * j + 1];
			if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
				in = !in;
		}
	}
	return in;
}

static void draw_country_names(dctx *d)
{
	const fli_style *st = d->st;
	for (size_t i = 0; i < d->r->nlayers; i++) {
		const blayer *bl = &d->r->layers[i];
		if (strcmp(bl->kind, "countries") != 0)
			continue;
		for (size_t k = 0; k < bl->n; k++) {
			const bfeat *f = &bl->feats[k];
			if (f->main || !f->name || isnan(f->lx))
				continue;
			char up[128];
			size_t n = 0;
			for (const char *c = f->name; *c && n + 1 < sizeof(up); c++)
				up[n++] = (*c >= 'a' && *c <= 'z') ? (char)(*c - 32) : *c;
			up[n] = 0;
			PangoLayout *l = make_layout(d, up, st->country_size, false, false);
			PangoAttrList *al = pango_attr_list_new();
			pango_attr_list_insert(al, pango_attr_letter_spacing_new((int)(1.6 * d->s * PANGO_SCALE)));
			pango_layout_set_attributes(l, al);
			pango_attr_list_unref(al);
			double w, h;
			layout_size(l, &w, &h);
			double cx = px(d, f->lx), cy = py(d, f->ly);
			double offs[5][2] = { { 0, 0 }, { 0, -2 * h }, { 0, 2 * h }, { -w * 0.6, 0 }, { w * 0.6, 0 } };
			for (int c = 0; c < 5; c++) {
				double x = cx - w / 2 + offs[c][0], y = cy - h / 2 + offs[c][1];
				box b = { x, y + h * 0.12, x + w, y + h * 0.9 };
				if (!box_free(d, b))
					continue;
				/* The name stays inside its country: both ends of the box. */
				double mx0 = d->ox + b.x0 / d->k, mx1 = d->ox + b.x1 / d->k;
				double my = d->oy - (b.y0 + b.y1) / 2 / d->k;
				if (!pgeom_contains(&f->g, mx0, my) || !pgeom_contains(&f->g, mx1, my))
					continue;
				show_layout(d, l, x, y, st->country_label, 0);
				occupy(d, b);
				add_report(d, b, f->name, FL_BOX_COUNTRY_LABEL);
				break;
			}
			g_object_unref(l);
		}
	}
}

/* ---- furniture -------------------------------------------------------------- */

static void panel(dctx *d, box b)
{
	cairo_t *cr = d->cr;
	cairo_new_path(cr);
	cairo_rectangle(cr, b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0);
	set_rgba(cr, d->st->panel, 1);
	cairo_fill_preserve(cr);
	set_rgba(cr, d->st->panel_border, 1);
	cairo_set_line_width(cr, 0.5 * d->s);
	cairo_stroke(cr);
}

static const char *month_names[12] = { "January", "February", "March", "April", "May", "June", "July",
				       "August", "September", "October", "November", "December" };

static void long_date(fl_date dt, char *buf, size_t cap)
{
	int y, m, dd;
	fl_date_to_ymd(dt, &y, &m, &dd);
	snprintf(buf, cap, "%d %s %d", dd, month_names[(m - 1) % 12], y);
}

typedef struct legend_row {
	char text[128];
	int kind;		/* 0 side swatch, 1 frontline, 2 claimed, 3 changed, 4 contested place */
	const fli_side_style *ss;
} legend_row;

/* The legend counts the places on the map (pl, np), per side. */
static box draw_legend(dctx *d, const pitem *pl, size_t np, size_t nchanged, bool any_claimed,
		       bool any_lines, double right, double bottom)
{
	const fli_style *st = d->st;
	legend_row rows[24];
	int n = 0;
	for (int i = 0; i < st->nsides && n < 16; i++) {
		size_t count = 0;
		for (size_t k = 0; k < np; k++)
			if (strcmp(pl[k].p->side, st->sides[i].name) == 0)
				count++;
		if (!count)
			continue;
		rows[n].kind = 0;
		rows[n].ss = &st->sides[i];
		snprintf(rows[n].text, sizeof(rows[n].text), "%s (%zu)", st->sides[i].label, count);
		n++;
	}
	if (st->show[FLI_SHOW_FRONTLINES] && any_lines) {
		rows[n].kind = 1;
		snprintf(rows[n++].text, sizeof(rows[0].text), "Front line");
	}
	if (any_claimed && st->show[FLI_SHOW_CLAIMED_HATCH]) {
		rows[n].kind = 2;
		rows[n].ss = fli_style_side(st, "government");
		snprintf(rows[n++].text, sizeof(rows[0].text), "Claimed, not confirmed");
	}
	if (nchanged && st->show[FLI_SHOW_CHANGES]) {
		rows[n].kind = 3;
		snprintf(rows[n++].text, sizeof(rows[0].text), "Changed hands (%zu): left before, right now", nchanged);
	}
	double pad = 5 * d->s, sw = 14 * d->s, lh = st->legend_size * 1.75 * d->s;
	double maxw = 0;
	PangoLayout *ls[24];
	for (int i = 0; i < n; i++) {
		ls[i] = make_layout(d, rows[i].text, st->legend_size, false, false);
		double w, h;
		layout_size(ls[i], &w, &h);
		maxw = fmax(maxw, w);
	}
	PangoLayout *head = make_layout(d, "Control of terrain", st->legend_size * 1.05, true, false);
	double hw, hh;
	layout_size(head, &hw, &hh);
	maxw = fmax(maxw + sw + 5 * d->s, hw);
	double bw = maxw + 2 * pad, bh = pad * 2 + hh + n * lh;
	box b = { right - bw, bottom - bh, right, bottom };
	panel(d, b);
	cairo_t *cr = d->cr;
	show_layout(d, head, b.x0 + pad, b.y0 + pad * 0.8, st->text, 0);
	g_object_unref(head);
	double y = b.y0 + pad + hh;
	for (int i = 0; i < n; i++) {
		double cy = y + lh / 2, x = b.x0 + pad;
		cairo_new_path(cr);
		switch (rows[i].kind) {
		case 0:
			cairo_rectangle(cr, x, cy - lh * 0.32, sw, lh * 0.64);
			set_rgba(cr, rows[i].ss->color, st->area_opacity);
			cairo_fill(cr);
			symbol_path(cr, rows[i].ss->shape, x + sw / 2, cy, 2.6 * d->s);
			set_rgba(cr, rows[i].ss->color, 1);
			cairo_fill_preserve(cr);
			cairo_set_source_rgb(cr, rows[i].ss->color.r * 0.5, rows[i].ss->color.g * 0.5,
					     rows[i].ss->color.b * 0.5);
			cairo_set_line_width(cr, 0.55 * d->s);
			cairo_stroke(cr);
			break;
		case 1:
			cairo_move_to(cr, x, cy);
			cairo_line_to(cr, x + sw, cy);
			set_rgba(cr, st->frontline, 1);
			cairo_set_line_width(cr, st->frontline_width * d->s);
			cairo_stroke(cr);
			break;
		case 2:
			cairo_save(cr);
			cairo_rectangle(cr, x, cy - lh * 0.32, sw, lh * 0.64);
			set_rgba(cr, st->text_muted, 0.12);
			cairo_fill_preserve(cr);
			cairo_clip(cr);
			hatch_current_clip(d, st->text_muted);
			cairo_restore(cr);
			break;
		case 3: {
			const fli_side_style *a = fli_style_side(st, "government"), *bside = fli_style_side(st, "opposition");
			double r = 2.6 * d->s;
			cairo_arc(cr, x + sw / 2, cy, r + 2.4 * d->s, 0, 2 * M_PI);
			set_rgba(cr, bside->color, 0.35);
			cairo_fill(cr);
			cairo_new_path(cr);
			cairo_arc(cr, x + sw / 2, cy, r, -M_PI / 2, M_PI / 2);
			set_rgba(cr, bside->color, 1);
			cairo_fill(cr);
			cairo_new_path(cr);
			cairo_arc(cr, x + sw / 2, cy, r, M_PI / 2, 3 * M_PI / 2);
			set_rgba(cr, a->color, 1);
			cairo_fill(cr);
			break;
		}
		default:
			break;
		}
		double tw, th;
		layout_size(ls[i], &tw, &th);
		show_layout(d, ls[i], x + sw + 5 * d->s, cy - th / 2, st->text, 0);
		g_object_unref(ls[i]);
		y += lh;
	}
	return b;
}

/* A round length near target km: 1, 2, 5 x 10^n. */
static double nice_km(double target)
{
	double p = pow(10, floor(log10(target)));
	double m = target / p;
	return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
}

static box draw_scalebar(dctx *d, double left, double bottom)
{
	const fli_style *st = d->st;
	cairo_t *cr = d->cr;
	/* Ground metres per canvas unit at the centre of the map, along the horizontal. */
	double cxm = d->ox + d->W / 2 / d->k, cym = d->oy - (d->mapbox.y0 + d->mapbox.y1) / 2 / d->k;
	double step = 10000;
	double xy[4] = { cxm - step / 2, cym, cxm + step / 2, cym };
	pthread_mutex_lock(&d->r->lock);
	proj_trans_generic(d->r->pj, PJ_INV, xy, 2 * sizeof(double), 2, xy + 1, 2 * sizeof(double), 2,
			   NULL, 0, 0, NULL, 0, 0);
	pthread_mutex_unlock(&d->r->lock);
	struct geod_geodesic geod;
	geod_init(&geod, 6378137, 1 / 298.257223563);
	double s12 = 0;
	geod_inverse(&geod, xy[1], xy[0], xy[3], xy[2], &s12, NULL, NULL);
	double m_per_unit = s12 / (step * d->k);
	double target_km = (d->W * 0.14) * m_per_unit / 1000;
	double km = nice_km(target_km);
	double len = km * 1000 / m_per_unit;
	double pad = 5 * d->s, bh = 3 * d->s;
	char lab[64];
	snprintf(lab, sizeof(lab), "%g km", km);
	PangoLayout *l = make_layout(d, lab, st->legend_size, false, false);
	PangoLayout *z = make_layout(d, "0", st->legend_size, false, false);
	double tw, th;
	layout_size(l, &tw, &th);
	box b = { left, bottom - (pad * 2 + th + bh + 2 * d->s), left + len + tw + pad * 3, bottom };
	panel(d, b);
	double x0 = b.x0 + pad, y0 = b.y0 + pad + th + 1 * d->s;
	for (int i = 0; i < 4; i++) {
		cairo_new_path(cr);
		cairo_rectangle(cr, x0 + len * i / 4, y0, len / 4, bh);
		if (i % 2)
			cairo_set_source_rgb(cr, 1, 1, 1);
		else
			set_rgba(cr, st->text, 1);
		cairo_fill(cr);
	}
	cairo_new_path(cr);
	cairo_rectangle(cr, x0, y0, len, bh);
	set_rgba(cr, st->text, 1);
	cairo_set_line_width(cr, 0.5 * d->s);
	cairo_stroke(cr);
	double zw, zh;
	layout_size(z, &zw, &zh);
	show_layout(d, z, x0 - zw / 2, b.y0 + pad * 0.6, st->text, 0);
	show_layout(d, l, x0 + len - tw / 2 + pad, b.y0 + pad * 0.6, st->text, 0);
	g_object_unref(l);
	g_object_unref(z);
	return b;
}

static box draw_north_arrow(dctx *d, double cx, double cy)
{
	cairo_t *cr = d->cr;
	double r = 9 * d->s;
	cairo_save(cr);
	cairo_translate(cr, cx, cy);
	cairo_rotate(cr, d->r->north_angle);
	cairo_new_path(cr);
	cairo_move_to(cr, 0, -r);
	cairo_line_to(cr, r * 0.45, r * 0.6);
	cairo_line_to(cr, 0, r * 0.25);
	cairo_close_path(cr);
	set_rgba(cr, d->st->text, 1);
	cairo_fill(cr);
	cairo_new_path(cr);
	cairo_move_to(cr, 0, -r);
	cairo_line_to(cr, -r * 0.45, r * 0.6);
	cairo_line_to(cr, 0, r * 0.25);
	cairo_close_path(cr);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_fill_preserve(cr);
	set_rgba(cr, d->st->text, 1);
	cairo_set_line_width(cr, 0.5 * d->s);
	cairo_stroke(cr);
	cairo_restore(cr);
	PangoLayout *l = make_layout(d, "N", d->st->legend_size, true, false);
	double w, h;
	layout_size(l, &w, &h);
	show_layout(d, l, cx - w / 2, cy - r - h - 1 * d->s, d->st->text, 1);
	g_object_unref(l);
	return (box){ cx - r - w, cy - r - h - 2 * d->s, cx + r + w, cy + r };
}

static box draw_inset(dctx *d, double right, double top)
{
	const fli_style *st = d->st;
	cairo_t *cr = d->cr;
	fl_renderer *r = d->r;
	double lat0 = (r->inset_box[1] + r->inset_box[3]) / 2, kx = cos(lat0 * M_PI / 180);
	double gw = (r->inset_box[2] - r->inset_box[0]) * kx, gh = r->inset_box[3] - r->inset_box[1];
	double w = 110 * d->s, h = w * gh / gw;
	box b = { right - w, top, right, top + h };
	double sc = w / gw;
	cairo_save(cr);
	cairo_new_path(cr);
	cairo_rectangle(cr, b.x0, b.y0, w, h);
	set_rgba(cr, st->sea, 1);
	cairo_fill_preserve(cr);
	cairo_clip(cr);
	for (int pass = 0; pass < 2; pass++) {
		const pgeom *g = pass ? &r->inset_main : &r->inset;
		cairo_new_path(cr);
		for (size_t p = 0; p < g->nparts; p++) {
			size_t a = g->parts[p], e = p + 1 < g->nparts ? g->parts[p + 1] : g->npts;
			for (size_t i = a; i < e; i++) {
				double x = b.x0 + (g->xy[2 * i] - r->inset_box[0]) * kx * sc;
				double y = b.y0 + (r->inset_box[3] - g->xy[2 * i + 1]) * sc;
				if (i == a)
					cairo_move_to(cr, x, y);
				else
					cairo_line_to(cr, x, y);
			}
			cairo_close_path(cr);
		}
		cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
		set_rgba(cr, pass ? st->main_fill : st->neighbour, 1);
		cairo_fill_preserve(cr);
		set_rgba(cr, st->neighbour_border, 1);
		cairo_set_line_width(cr, 0.35 * d->s);
		cairo_stroke(cr);
	}
	/* The map's view as a rectangle (the extent's box in lon/lat). */
	const double *e = r->map->extent;
	cairo_new_path(cr);
	cairo_rectangle(cr, b.x0 + (e[0] - r->inset_box[0]) * kx * sc, b.y0 + (r->inset_box[3] - e[3]) * sc,
			(e[2] - e[0]) * kx * sc, (e[3] - e[1]) * sc);
	set_rgba(cr, st->inset_highlight, 1);
	cairo_set_line_width(cr, 1.2 * d->s);
	cairo_stroke(cr);
	cairo_restore(cr);
	cairo_new_path(cr);
	cairo_rectangle(cr, b.x0, b.y0, w, h);
	set_rgba(cr, st->panel_border, 1);
	cairo_set_line_width(cr, 0.6 * d->s);
	cairo_stroke(cr);
	return b;
}

/* ---- the pipeline ----------------------------------------------------------- */

static double symbol_radius(const fli_style *st, int64_t pop)
{
	double f = pop > 0 ? sqrt(fmin(1.0, (double)pop / st->population_max)) : 0;
	return st->symbol_min + (st->symbol_max - st->symbol_min) * f;
}

static fl_status draw_map(fl_renderer *r, cairo_t *cr, double W, double H, double s,
			  const fl_state *today, const fl_state *yesterday, fl_render_report *rep,
			  fl_error *err)
{
	const fli_style *st = &r->style;
	dctx d = { 0 };
	d.r = r;
	d.st = st;
	d.cr = cr;
	d.W = W;
	d.H = H;
	d.s = s;
	d.rep = rep;
	d.gcw = fmax(24 * s, 8);
	d.gnx = (int)(W / d.gcw) + 1;
	d.gny = (int)(H / d.gcw) + 1;
	d.grid = calloc((size_t)d.gnx * (size_t)d.gny, sizeof(gcell));
	fl_status rc = FL_OK;
	fl_territory terr = { 0 };
	pitem *items = NULL;

	/* Text: pango on this cairo, unhinted metrics so PNG and PDF lay out alike. */
	d.pc = pango_cairo_create_context(cr);
	cairo_font_options_t *fo = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(d.pc, fo);
	cairo_font_options_destroy(fo);
	pango_context_set_round_glyph_positions(d.pc, FALSE);

	/* Bands: title on top, attribution at the bottom, map between. */
	double title_h = st->show[FLI_SHOW_TITLE] ? (st->title_size * 1.45 + st->subtitle_size * 1.5 + 10) * s : 0;
	double attr_h = st->show[FLI_SHOW_ATTRIBUTION] ? (st->attribution_size * 1.5 * 2 + 6) * s : 0;
	d.mapbox = (box){ 0, title_h, W, H - attr_h };
	double mw = d.mapbox.x1 - d.mapbox.x0, mh = d.mapbox.y1 - d.mapbox.y0;
	double vw = r->view[2] - r->view[0], vh = r->view[3] - r->view[1];
	d.k = fmin(mw / vw, mh / vh);
	double cxm = (r->view[0] + r->view[2]) / 2, cym = (r->view[1] + r->view[3]) / 2;
	d.ox = cxm - (mw / 2) / d.k;
	d.oy = cym + (mh / 2) / d.k + title_h / d.k;

	cairo_set_source_rgb(cr, 1, 1, 1);	/* page */
	cairo_paint(cr);
	cairo_save(cr);
	cairo_new_path(cr);
	cairo_rectangle(cr, d.mapbox.x0, d.mapbox.y0, mw, mh);
	cairo_clip(cr);
	draw_base(&d);

	/* Control areas and frontlines. */
	if (r->outline && (st->show[FLI_SHOW_AREAS] || st->show[FLI_SHOW_FRONTLINES])) {
		if ((rc = fl_territory_build(today, r->outline, r->outline_len, &terr, err)))
			goto out;
		if (st->show[FLI_SHOW_AREAS])
			draw_areas(&d, &terr);
	}
	draw_borders(&d);
	if (st->show[FLI_SHOW_ROADS])
		draw_roads(&d);
	if (r->outline && st->show[FLI_SHOW_FRONTLINES])
		draw_frontlines(&d, &terr);

	/* Furniture boxes are reserved before any label is placed. */
	double m = 8 * s;
	box legend_box = { 0 }, scale_box = { 0 }, inset_box = { 0 };
	bool any_claimed = false;
	size_t nchanged = 0;

	/* Places: project, rank, draw symbols. */
	items = calloc(today->count ? today->count : 1, sizeof(*items));
	if (!items) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	size_t n = 0;
	for (size_t i = 0; i < today->count; i++) {
		const fl_place_state *p = &today->items[i];
		double x, y;
		if (!project_one(r, p->lon, p->lat, &x, &y))
			continue;
		pitem *it = &items[n];
		it->p = p;
		it->x = px(&d, x);
		it->y = py(&d, y);
		if (it->x < d.mapbox.x0 || it->x > d.mapbox.x1 || it->y < d.mapbox.y0 || it->y > d.mapbox.y1)
			continue;
		if (strcmp(p->level, "claimed") == 0)
			any_claimed = true;
		if (yesterday) {
			const fl_place_state *q = find_place(yesterday, p->place_id);
			if (q && strcmp(q->side, p->side) != 0)
				it->old_side = q->side;
		}
		if (it->old_side)
			nchanged++;
		it->capital = strcmp(p->kind, "PPLC") == 0 || strcmp(p->kind, "PPLA") == 0;
		it->r = symbol_radius(st, p->population) * s;
		bool contested = strcmp(p->side, "contested") == 0;
		it->prio = (double)p->population + (it->capital ? 5e6 : 0) + (it->old_side ? 1e8 : 0) +
			   (contested ? 5e7 : 0);
		it->important = it->capital || it->old_side || contested;
		n++;
	}
	qsort(items, n, sizeof(*items), cmp_prio);

	cairo_restore(cr);	/* furniture may leave the map frame */
	cairo_save(cr);
	cairo_new_path(cr);
	cairo_rectangle(cr, d.mapbox.x0, d.mapbox.y0, mw, mh);
	cairo_clip(cr);
	if (st->show[FLI_SHOW_LEGEND]) {
		legend_box = draw_legend(&d, items, n, nchanged, any_claimed, terr.nlines > 0, d.mapbox.x1 - m,
					 d.mapbox.y1 - m);
		occupy(&d, legend_box);
		add_report(&d, legend_box, "legend", FL_BOX_FURNITURE);
	}
	if (st->show[FLI_SHOW_SCALEBAR]) {
		scale_box = draw_scalebar(&d, d.mapbox.x0 + m, d.mapbox.y1 - m);
		occupy(&d, scale_box);
		add_report(&d, scale_box, "scale bar", FL_BOX_FURNITURE);
	}
	if (st->show[FLI_SHOW_INSET]) {
		inset_box = draw_inset(&d, d.mapbox.x1 - m, d.mapbox.y0 + m);
		occupy(&d, inset_box);
		add_report(&d, inset_box, "locator", FL_BOX_FURNITURE);
	}
	if (st->show[FLI_SHOW_NORTH_ARROW] && r->rotated) {
		double ax = st->show[FLI_SHOW_INSET] ? inset_box.x0 - 16 * s : d.mapbox.x1 - 20 * s;
		box nb = draw_north_arrow(&d, ax, d.mapbox.y0 + m + 22 * s);
		occupy(&d, nb);
		add_report(&d, nb, "north arrow", FL_BOX_FURNITURE);
	}

	box furn[4] = { legend_box, scale_box, inset_box, { 0, 0, 0, 0 } };
	size_t nfurn = 3;
	if (st->show[FLI_SHOW_PLACES]) {
		/* The label cache, in priority order. Important places (changed, contested,
		 * capitals) always show: their symbols are reserved first. Any other place
		 * whose symbol would sit under a label already placed is left out, so a big
		 * town's name is not crowded out by the villages around it. */
		/* Places under the furniture (legend, locator, scale bar) are not drawn. */
		for (size_t i = 0; i < n; i++) {
			box b = symbol_box(&d, &items[i]);
			for (size_t k = 0; k < nfurn; k++)
				if (b.x0 < furn[k].x1 && b.x1 > furn[k].x0 && b.y0 < furn[k].y1 && b.y1 > furn[k].y0)
					items[i].hidden = true;
		}
		for (size_t i = 0; i < n; i++)
			if (items[i].important && !items[i].hidden)
				occupy(&d, symbol_box(&d, &items[i]));
		bool labels = st->show[FLI_SHOW_LABELS];
		for (size_t i = 0; i < n; i++) {
			pitem *it = &items[i];
			box b = symbol_box(&d, it);
			if (it->hidden)
				continue;
			if (!it->important) {
				if (under_label(&d, b)) {
					it->hidden = true;
					continue;
				}
				occupy(&d, b);
			}
			if (labels && !(st->min_label_population && it->p->population < st->min_label_population &&
					!it->important))
				place_label(&d, it);
		}
		/* Small places first so big ones sit on top; labels over all symbols. */
		for (size_t i = n; i-- > 0;) {
			if (items[i].hidden)
				continue;
			draw_symbol(&d, &items[i]);
			add_report(&d, symbol_box(&d, &items[i]), items[i].p->place, FL_BOX_SYMBOL);
		}
		for (size_t i = 0; i < n; i++) {
			if (!items[i].label)
				continue;
			show_layout(&d, items[i].label, items[i].lx, items[i].ly, st->text, st->label_halo);
			g_object_unref(items[i].label);
			items[i].label = NULL;
		}
	}
	if (st->show[FLI_SHOW_ROADS])
		draw_road_shields(&d);
	if (st->show[FLI_SHOW_COUNTRY_NAMES])
		draw_country_names(&d);
	draw_points(&d);
	cairo_restore(cr);

	/* Frame, title band, attribution band. */
	cairo_new_path(cr);
	cairo_rectangle(cr, d.mapbox.x0, d.mapbox.y0, mw, mh);
	set_rgba(cr, st->panel_border, 1);
	cairo_set_line_width(cr, 0.6 * s);
	cairo_stroke(cr);
	if (st->show[FLI_SHOW_TITLE]) {
		cairo_new_path(cr);
		cairo_rectangle(cr, 0, 0, W, title_h);
		cairo_set_source_rgb(cr, 1, 1, 1);
		cairo_fill(cr);
		char date[64], title[512], sub[512];
		long_date(today->date, date, sizeof(date));
		static const char *wd[7] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
		snprintf(title, sizeof(title), "%s \xe2\x80\x94 %s", r->map->title ? r->map->title : "Control of terrain", date);
		if (yesterday) {
			char yd[64];
			long_date(yesterday->date, yd, sizeof(yd));
			snprintf(sub, sizeof(sub), "Situation at the end of %s, %s. %zu place%s changed hands since %s.",
				 wd[fl_date_weekday(today->date)], date, nchanged, nchanged == 1 ? "" : "s", yd);
		} else {
			snprintf(sub, sizeof(sub), "Situation at the end of %s, %s.", wd[fl_date_weekday(today->date)], date);
		}
		PangoLayout *tl = make_layout(&d, title, st->title_size, true, false);
		PangoLayout *sl = make_layout(&d, sub, st->subtitle_size, false, false);
		double tw, th;
		layout_size(tl, &tw, &th);
		show_layout(&d, tl, m, 4 * s, st->text, 0);
		show_layout(&d, sl, m, 4 * s + th, st->text_muted, 0);
		add_report(&d, (box){ m, 4 * s, m + tw, 4 * s + th }, title, FL_BOX_FURNITURE);
		g_object_unref(tl);
		g_object_unref(sl);
	}
	if (st->show[FLI_SHOW_ATTRIBUTION]) {
		/* Sources: the evidence, the places' credit, each drawn layer's credit once. */
		char line[2048];
		int len = snprintf(line, sizeof(line), "Sources: %zu article%s, %zu claim%s applied by frontline. %s.",
				   today->narticles, today->narticles == 1 ? "" : "s", today->nclaims,
				   today->nclaims == 1 ? "" : "s",
				   r->map->attribution ? r->map->attribution : "Places: GeoNames (CC BY 4.0)");
		for (size_t i = 0; i < r->map->nlayers && len > 0 && (size_t)len < sizeof(line); i++) {
			const char *a = r->map->layers[i].attribution;
			bool seen = false;
			for (size_t k = 0; k < i && a; k++)
				seen |= r->map->layers[k].attribution && !strcmp(r->map->layers[k].attribution, a);
			if (a && *a && !seen)
				len += snprintf(line + len, sizeof(line) - (size_t)len, " %s.", a);
		}
		if (len > 0 && (size_t)len < sizeof(line))
			snprintf(line + len, sizeof(line) - (size_t)len,
				 "\nAreas are drawn from the holders of places (Voronoi cells clipped to the country) and are "
				 "approximate; hatched areas and dashed symbols are one side's claim, not confirmed.");
		PangoLayout *al = make_layout(&d, line, st->attribution_size, false, false);
		pango_layout_set_width(al, (int)((W - 2 * m) * PANGO_SCALE));
		pango_layout_set_wrap(al, PANGO_WRAP_WORD);
		show_layout(&d, al, m, d.mapbox.y1 + 3 * s, st->text_muted, 0);
		g_object_unref(al);
	}
	if (cairo_status(cr) != CAIRO_STATUS_SUCCESS)
		rc = fl_error_set(err, FL_ECAIRO, NULL, 0, "drawing failed: %s", cairo_status_to_string(cairo_status(cr)));
out:
	if (items)
		for (size_t i = 0; i < today->count; i++)
			if (items[i].label)
				g_object_unref(items[i].label);
	free(items);
	free(d.occ);
	free(d.occlab);
	if (d.grid)
		for (int i = 0; i < d.gnx * d.gny; i++)
			free(d.grid[i].ids);
	free(d.grid);
	fl_territory_release(&terr);
	g_object_unref(d.pc);
	return rc;
}

static const char *format_of(const char *path, const fl_render_opts *o)
{
	if (o && o->format)
		return o->format;
	const char *dot = strrchr(path, '.');
	return dot ? dot + 1 : "";
}

/* Page size in points for PDF/SVG. */
static void paper_size(const fl_render_opts *o, double *w, double *h)
{
	const char *p = o && o->paper ? o->paper : "a4";
	double a = 842, b = 595;
	if (strcasecmp(p, "letter") == 0) {
		a = 792;
		b = 612;
	} else if (strcasecmp(p, "a3") == 0) {
		a = 1191;
		b = 842;
	}
	*w = o && o->portrait ? b : a;
	*h = o && o->portrait ? a : b;
	if (o && o->width > 0)
		*w = o->width;
	if (o && o->height > 0)
		*h = o->height;
}

typedef struct wfile {
	FILE *f;
	int err;		/* errno of the first failed write */
} wfile;

static cairo_status_t write_file(void *closure, const unsigned char *data, unsigned int len)
{
	wfile *w = closure;
	if (w->err)
		return CAIRO_STATUS_WRITE_ERROR;
	if (fwrite(data, 1, len, w->f) != len) {
		w->err = errno ? errno : EIO;
		return CAIRO_STATUS_WRITE_ERROR;
	}
	return CAIRO_STATUS_SUCCESS;
}

/* PNG straight from an RGB24 surface with libpng: fast zlib settings (a map is flat
 * colour, so level 2 with the Sub filter compresses nearly as well as cairo's default
 * at a third of the time). Returns 0, or the errno of a failed write, or -1. */
static void png_write_cb(png_structp png, png_bytep data, size_t len)
{
	wfile *w = png_get_io_ptr(png);
	if (!w->err && fwrite(data, 1, len, w->f) != len)
		w->err = errno ? errno : EIO;
}

static void png_flush_cb(png_structp png)
{
	(void)png;
}

static int write_png(cairo_surface_t *surf, wfile *w, double dpi)
{
	cairo_surface_flush(surf);
	int width = cairo_image_surface_get_width(surf), height = cairo_image_surface_get_height(surf);
	int stride = cairo_image_surface_get_stride(surf);
	const unsigned char *data = cairo_image_surface_get_data(surf);
	png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
	png_infop info = png ? png_create_info_struct(png) : NULL;
	unsigned char *row = malloc((size_t)width * 3);
	if (!png || !info || !row) {
		png_destroy_write_struct(&png, &info);
		free(row);
		return -1;
	}
	if (setjmp(png_jmpbuf(png))) {
		png_destroy_write_struct(&png, &info);
		free(row);
		return w->err ? w->err : -1;
	}
	png_set_write_fn(png, w, png_write_cb, png_flush_cb);
	png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
		     PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
	if (dpi > 0) {	/* so that image editors and word processors size it right */
		png_uint_32 ppm = (png_uint_32)lround(dpi / 0.0254);
		png_set_pHYs(png, info, ppm, ppm, PNG_RESOLUTION_METER);
	}
	png_set_compression_level(png, 2);
	png_set_filter(png, 0, PNG_FILTER_SUB);
	png_write_info(png, info);
	for (int y = 0; y < height; y++) {
		const uint32_t *src = (const uint32_t *)(data + (size_t)y * (size_t)stride);
		for (int x = 0; x < width; x++) {
			row[3 * x] = (unsigned char)(src[x] >> 16);
			row[3 * x + 1] = (unsigned char)(src[x] >> 8);
			row[3 * x + 2] = (unsigned char)src[x];
		}
		png_write_row(png, row);
	}
	png_write_end(png, info);
	png_destroy_write_struct(&png, &info);
	free(row);
	return w->err;
}

/* Pixels per point on screen: the layout of an A4 page scaled to the image, but never
 * so small that labels drop under about 9 pixels (small PNGs and GIF frames for social
 * media then show fewer, legible labels). */
static double screen_scale(double w, double h)
{
	return fmax(fmin(w / 842, h / 595), 1.5);
}

fl_status fl_renderer_draw(fl_renderer *r, const fl_state *today, const fl_state *yesterday,
			   const fl_render_opts *opts, const char *path, fl_error *err)
{
	const char *fmt = format_of(path, opts);
	bool png = strcasecmp(fmt, "png") == 0, pdf = strcasecmp(fmt, "pdf") == 0, svg = strcasecmp(fmt, "svg") == 0;
	if (!png && !pdf && !svg)
		return fl_error_set(err, FL_EUSAGE, path, 0, "cannot tell the output format of '%s': use .png, .pdf or .svg",
				    path);
	if (opts && opts->report) {
		memset(opts->report, 0, sizeof(*opts->report));
	}
	/* Written to an unnamed file in the output folder and linked in when whole: a
	 * run killed half-way leaves nothing (fl_outfile). */
	fl_outfile of;
	fl_status rc = fl_outfile_open(&of, path, err);
	if (rc)
		return rc;
	double W, H, s;
	cairo_surface_t *surf = NULL;
	wfile wf = { fl_outfile_stream(&of), 0 };
	if (!wf.f) {
		fl_outfile_discard(&of);
		return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
	}
	if (png) {
		double dpi = opts && opts->dpi > 0 ? opts->dpi : 0;
		int w = opts && opts->width > 0 ? opts->width : 0, h = opts && opts->height > 0 ? opts->height : 0;
		if (!w && !h) {
			if (dpi) {	/* an A4 landscape page at that resolution */
				w = (int)lround(842 * dpi / 72);
				h = (int)lround(595 * dpi / 72);
			} else {
				w = 1800;
				h = 1273;
			}
		} else if (!w) {
			w = (int)lround(h * 842.0 / 595);
		} else if (!h) {
			h = (int)lround(w * 595.0 / 842);
		}
		if (w < 200 || h < 150 || w > 20000 || h > 20000) {
			rc = fl_error_set(err, FL_EINVAL, path, 0, "cannot draw '%s': image size %dx%d is outside 200x150 .. 20000x20000", path, w,
					  h);
			goto out;
		}
		W = w;
		H = h;
		/* Sizes in points: with --dpi exact, else the layout of an A4 page scaled. */
		s = dpi ? dpi / 72 : screen_scale(W, H);
		surf = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
	} else {
		paper_size(opts, &W, &H);
		if (W < 72 || H < 72 || W > 14400 || H > 14400) {
			rc = fl_error_set(err, FL_EINVAL, path, 0, "cannot draw '%s': page size %gx%g pt is outside 72 .. 14400", path, W, H);
			goto out;
		}
		s = fmin(W, H) / 595 * (fmax(W, H) / fmin(W, H) < 1.3 ? 0.85 : 1);
		if (H > W)
			s = W / 595;
		surf = pdf ? cairo_pdf_surface_create_for_stream(write_file, &wf, W, H)
			   : cairo_svg_surface_create_for_stream(write_file, &wf, W, H);
		if (pdf) {
			char date[16];
			fl_date_format(today->date, date);
			char title[512];
			snprintf(title, sizeof(title), "%s %s", r->map->title ? r->map->title : "frontline map", date);
			cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_TITLE, title);
			cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_CREATOR, "frontline " FL_VERSION);
		}
	}
	if (cairo_surface_status(surf) != CAIRO_STATUS_SUCCESS) {
		rc = fl_error_set(err, FL_ECAIRO, path, 0, "cannot create the %s surface: %s", fmt,
				  cairo_status_to_string(cairo_surface_status(surf)));
		goto out;
	}
	cairo_t *cr = cairo_create(surf);
	fl_render_report *rep = opts ? opts->report : NULL;
	if (rep) {
		rep->width = (int)W;
		rep->height = (int)H;
		rep->scale = s;
	}
	rc = draw_map(r, cr, W, H, s, today, yesterday, rep, err);
	cairo_destroy(cr);
	if (rc)
		goto out;
	if (png) {
		int pe = write_png(surf, &wf, opts && opts->dpi > 0 ? opts->dpi : 0);
		if (pe > 0)
			rc = fl_error_set(err, FL_EIO, path, 0, "cannot write '%s': %s", path, strerror(pe));
		else if (pe < 0)
			rc = fl_error_set(err, FL_ENOMEM, path, 0, "cannot encode '%s': out of memory", path);
	} else {
		cairo_surface_finish(surf);
		if (wf.err)
			rc = fl_error_set(err, FL_EIO, path, 0, "cannot write '%s': %s", path, strerror(wf.err));
		else if (cairo_surface_status(surf) != CAIRO_STATUS_SUCCESS)
			rc = fl_error_set(err, FL_ECAIRO, path, 0, "cannot finish '%s': %s", path,
					  cairo_status_to_string(cairo_surface_status(surf)));
	}
out:
	if (surf)
		cairo_surface_destroy(surf);
	if (!rc)
		rc = fl_outfile_commit(&of, err);
	fl_outfile_discard(&of);
	return rc;
}

fl_status fl_renderer_draw_argb(fl_renderer *r, const fl_state *today, const fl_state *yesterday,
				int width, int height, uint32_t **pixels, fl_error *err)
{
	*pixels = NULL;
	if (width < 100 || height < 100 || width > 20000 || height > 20000)
		return fl_error_set(err, FL_EINVAL, NULL, 0, "image size %dx%d is out of range", width, height);
	uint32_t *buf = calloc((size_t)width * (size_t)height, 4);
	if (!buf)
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	cairo_surface_t *surf = cairo_image_surface_create_for_data((unsigned char *)buf, CAIRO_FORMAT_RGB24,
								    width, height, width * 4);
	cairo_t *cr = cairo_create(surf);
	fl_status rc = draw_map(r, cr, width, height, screen_scale(width, height), today, yesterday,
				NULL, err);
	cairo_destroy(cr);
	cairo_surface_flush(surf);
	cairo_surface_destroy(surf);
	if (rc) {
		free(buf);
		return rc;
	}
	*pixels = buf;
	return FL_OK;
}

fl_status fl_render(const fl_map *map, const fl_state *today, const fl_state *yesterday,
		    const fl_render_opts *opts, const char *path, fl_error *err)
{
	fl_renderer *r;
	fl_status rc = fl_renderer_new(map, opts ? opts->style : NULL, &r, err);
	if (rc)
		return rc;
	rc = fl_renderer_draw(r, today, yesterday, opts, path, err);
	fl_renderer_free(r);
	return rc;
}

void fl_render_report_release(fl_render_report *rep)
{
	if (!rep)
		return;
	free(rep->boxes);
	memset(rep, 0, sizeof(*rep));
}
