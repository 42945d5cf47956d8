/* SPDX-License-Identifier: MIT
 *
 * territory.c - control areas and frontlines from the state of a day (GEOS, _r API).
 *
 * Every place with a known holder is a Voronoi site. The tessellation is computed in a
 * local equal-scale plane (longitude multiplied by the cosine of the mid latitude, so
 * cells are not stretched east-west), each cell is matched to its site with a prepared
 * point-in-polygon test (GEOS returns cells in arbitrary order), cells are dissolved per
 * (side, level) with a coverage union and clipped once to the country outline.
 * Frontlines are the shared edges of the unclipped areas of two different sides, clipped
 * to the outline: so a country border is never a frontline.
 *
 * Places at the same coordinates count once (the first in state order). A state with a
 * single known place gives the whole country to that place's side.
 *
 * Not here: reading the outline (render.c reads it with OGR), drawing, the state itself.
 */
#include "territory.h"

#include <geos_c.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How far outside the outline a place still counts (degrees of latitude, ~11 km). */
#define NEAR_DEG 0.1

typedef struct tctx {
	GEOSContextHandle_t h;	/* reentrant GEOS handle */
	char msg[512];		/* last GEOS error message */
	double kx;		/* x scale of the local plane: cos(mid latitude) */
} tctx;

static void on_error(const char *message, void *userdata)
{
	tctx *t = userdata;
	snprintf(t->msg, sizeof(t->msg), "%s", message);
}

static void on_notice(const char *message, void *userdata)
{
	(void)message;
	(void)userdata;
}

/* lon/lat -> local plane, and back (GEOSGeom_transformXY callbacks). */
static int to_plane(double *x, double *y, void *ud)
{
	(void)y;
	*x *= *(double *)ud;
	return 1;
}

static int from_plane(double *x, double *y, void *ud)
{
	(void)y;
	*x /= *(double *)ud;
	return 1;
}

typedef struct site {
	double x, y;		/* local plane */
	int side, level;	/* indexes into the group tables */
} site;

typedef struct group {
	char side[24];
	char level[12];
	int side_idx;		/* index into the side table */
	GEOSGeometry **cells;	/* borrowed from the Voronoi result */
	size_t ncells;
} group;

typedef struct match {
	tctx *t;
	const GEOSPreparedGeometry *cell;
	GEOSGeometry **pts;
	int found;		/* site index, -1 while none */
} match;

static void match_site(void *item, void *ud)
{
	match *m = ud;
	size_t i = *(size_t *)item;
	if (m->found < 0 && GEOSPreparedIntersects_r(m->t->h, m->cell, m->pts[i]) == 1)
		m->found = (int)i;
	else if (m->found >= 0 && (size_t)m->found > i &&
		 GEOSPreparedIntersects_r(m->t->h, m->cell, m->pts[i]) == 1)
		m->found = (int)i;	/* the lowest index, whatever the tree's order */
}

static fl_status geos_fail(tctx *t, fl_error *err, const char *what)
{
	return fl_error_set(err, FL_EGEOS, NULL, 0, "%s: %s", what, t->msg[0] ? t->msg : "GEOS failed");
}

/* WKB (lon/lat) of g taken back from the local plane; NULL on failure. */
static unsigned char *to_wkb(tctx *t, const GEOSGeometry *g, size_t *len)
{
	GEOSGeometry *ll = GEOSGeom_transformXY_r(t->h, g, from_plane, &t->kx);
	if (!ll)
		return NULL;
	GEOSWKBWriter *w = GEOSWKBWriter_create_r(t->h);
	unsigned char *raw = w ? GEOSWKBWriter_write_r(t->h, w, ll, len) : NULL;
	unsigned char *copy = NULL;
	if (raw) {
		copy = malloc(*len);
		if (copy)
			memcpy(copy, raw, *len);
		GEOSFree_r(t->h, raw);
	}
	if (w)
		GEOSWKBWriter_destroy_r(t->h, w);
	GEOSGeom_destroy_r(t->h, ll);
	return copy;
}

/* Keep only the linear parts of g (an overlay of boundaries also yields points). */
static GEOSGeometry *linear_parts(tctx *t, const GEOSGeometry *g)
{
	int n = GEOSGetNumGeometries_r(t->h, g);
	GEOSGeometry **parts = calloc((size_t)(n > 0 ? n : 1), sizeof(*parts));
	if (!parts)
		return NULL;
	unsigned np = 0;
	for (int i = 0; i < n; i++) {
		const GEOSGeometry *p = GEOSGetGeometryN_r(t->h, g, i);
		int ty = GEOSGeomTypeId_r(t->h, p);
		if (ty == GEOS_LINESTRING || ty == GEOS_MULTILINESTRING) {
			int m = GEOSGetNumGeometries_r(t->h, p);
			for (int k = 0; k < m; k++) {
				GEOSGeometry **grown = realloc(parts, (np + 1) * sizeof(*parts));
				if (!grown)
					break;
				parts = grown;
				parts[np++] = GEOSGeom_clone_r(t->h, GEOSGetGeometryN_r(t->h, p, k));
			}
		} else if (ty == GEOS_GEOMETRYCOLLECTION) {
			GEOSGeometry *sub = linear_parts(t, p);
			if (sub) {
				GEOSGeometry **grown = realloc(parts, (np + 1) * sizeof(*parts));
				if (grown) {
					parts = grown;
					parts[np++] = sub;
				} else {
					GEOSGeom_destroy_r(t->h, sub);
				}
			}
		}
	}
	GEOSGeometry *coll = GEOSGeom_createCollection_r(t->h, GEOS_GEOMETRYCOLLECTION, parts, np);
	free(parts);
	if (!coll)
		return NULL;
	/* Flatten nested collections into one multilinestring by a line merge. */
	GEOSGeometry *merged = GEOSLineMerge_r(t->h, coll);
	GEOSGeom_destroy_r(t->h, coll);
	return merged;
}

static int find_side(char (*sides)[24], int nsides, const char *s)
{
	for (int i = 0; i < nsides; i++)
		if (strcmp(sides[i], s) == 0)
			return i;
	return -1;
}

static int cmp_group(const void *a, const void *b)
{
	const group *x = a, *y = b;
	int c = strcmp(x->side, y->side);
	return c ? c : strcmp(x->level, y->level);
}

fl_status fl_territory_build(const fl_state *s, const unsigned char *outline_wkb,
			     size_t outline_len, fl_territory *out, fl_error *err)
{
	memset(out, 0, sizeof(*out));
	tctx t = { 0 };
	t.h = GEOS_init_r();
	if (!t.h)
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "cannot start GEOS");
	GEOSContext_setErrorMessageHandler_r(t.h, on_error, &t);
	GEOSContext_setNoticeMessageHandler_r(t.h, on_notice, &t);

	fl_status rc = FL_OK;
	GEOSGeometry *outline = NULL, *sites_g = NULL, *vor = NULL, *env = NULL;
	GEOSGeometry **sidegeom = NULL;
	GEOSGeometry **site_pts = NULL;
	const GEOSPreparedGeometry **prep = NULL;
	int *cell_site = NULL;
	site *sites = NULL;
	group *groups = NULL;
	size_t nsites = 0, ngroups = 0, ncells = 0;
	char (*sides)[24] = NULL;
	int nsides = 0;

	/* ---- the outline in the local plane -------------------------------------- */
	GEOSWKBReader *rd = GEOSWKBReader_create_r(t.h);
	GEOSGeometry *raw = rd ? GEOSWKBReader_read_r(t.h, rd, outline_wkb, outline_len) : NULL;
	if (rd)
		GEOSWKBReader_destroy_r(t.h, rd);
	if (!raw) {
		rc = geos_fail(&t, err, "cannot read the country outline");
		goto out;
	}
	{
		double xmin, ymin, xmax, ymax;
		if (!GEOSGeom_getXMin_r(t.h, raw, &xmin) || !GEOSGeom_getYMin_r(t.h, raw, &ymin) ||
		    !GEOSGeom_getXMax_r(t.h, raw, &xmax) || !GEOSGeom_getYMax_r(t.h, raw, &ymax)) {
			GEOSGeom_destroy_r(t.h, raw);
			rc = geos_fail(&t, err, "the country outline is empty");
			goto out;
		}
		(void)xmin;
		(void)xmax;
		t.kx = cos((ymin + ymax) / 2 * M_PI / 180.0);
		if (t.kx < 0.05)
			t.kx = 0.05;
	}
	GEOSGeometry *scaled = GEOSGeom_transformXY_r(t.h, raw, to_plane, &t.kx);
	GEOSGeom_destroy_r(t.h, raw);
	outline = scaled ? GEOSMakeValid_r(t.h, scaled) : NULL;
	if (scaled)
		GEOSGeom_destroy_r(t.h, scaled);
	if (!outline) {
		rc = geos_fail(&t, err, "cannot make the country outline valid");
		goto out;
	}

	/* ---- sites and groups ------------------------------------------------------ */
	sites = calloc(s->count ? s->count : 1, sizeof(*sites));
	groups = calloc(s->count ? s->count : 1, sizeof(*groups));
	sides = calloc(s->count ? s->count : 1, sizeof(*sides));
	if (!sites || !groups || !sides) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	/* Places beyond the country do not claim its land; those just outside its
	 * (coarse) border still do, like Kobani at 1:10m. */
	const GEOSPreparedGeometry *near = GEOSPrepare_r(t.h, outline);
	if (!near) {
		rc = geos_fail(&t, err, "cannot index the country outline");
		goto out;
	}
	for (size_t i = 0; i < s->count; i++) {
		const fl_place_state *p = &s->items[i];
		if (!p->side[0] || strcmp(p->side, "unknown") == 0)
			continue;
		if (!isfinite(p->lat) || !isfinite(p->lon) || fabs(p->lat) > 90 || fabs(p->lon) > 180)
			continue;
		double x = p->lon * t.kx, y = p->lat;
		GEOSGeometry *pt = GEOSGeom_createPointFromXY_r(t.h, x, y);
		int within = pt ? GEOSPreparedDistanceWithin_r(t.h, near, pt, NEAR_DEG) : 0;
		if (pt)
			GEOSGeom_destroy_r(t.h, pt);
		if (within != 1)
			continue;
		bool dup = false;
		for (size_t k = nsites; k-- > 0 && !dup;)
			dup = sites[k].x == x && sites[k].y == y;
		if (dup)
			continue;
		const char *lvl = strcmp(p->level, "claimed") == 0 ? "claimed" : "assessed";
		size_t g = 0;
		while (g < ngroups && !(strcmp(groups[g].side, p->side) == 0 && strcmp(groups[g].level, lvl) == 0))
			g++;
		if (g == ngroups) {
			snprintf(groups[g].side, sizeof(groups[g].side), "%s", p->side);
			snprintf(groups[g].level, sizeof(groups[g].level), "%s", lvl);
			ngroups++;
		}
		if (find_side(sides, nsides, p->side) < 0)
			snprintf(sides[nsides++], sizeof(sides[0]), "%s", p->side);
		sites[nsites++] = (site){ x, y, find_side(sides, nsides, p->side), (int)g };
	}
	GEOSPreparedGeom_destroy_r(t.h, near);
	if (nsites == 0)
		goto out;	/* nothing known: no areas, no lines */

	/* Stable output order whatever the state's order: sort groups, remap sites. */
	{
		int *remap = malloc(ngroups * sizeof(int));
		group *sorted = malloc(ngroups * sizeof(group));
		if (!remap || !sorted) {
			free(remap);
			free(sorted);
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			goto out;
		}
		memcpy(sorted, groups, ngroups * sizeof(group));
		qsort(sorted, ngroups, sizeof(group), cmp_group);
		for (size_t g = 0; g < ngroups; g++)
			for (size_t k = 0; k < ngroups; k++)
				if (cmp_group(&groups[g], &sorted[k]) == 0)
					remap[g] = (int)k;
		for (size_t i = 0; i < nsites; i++)
			sites[i].level = remap[sites[i].level];
		memcpy(groups, sorted, ngroups * sizeof(group));
		free(remap);
		free(sorted);
		for (size_t g = 0; g < ngroups; g++)
			groups[g].side_idx = find_side(sides, nsides, groups[g].side);
	}

	/* ---- Voronoi cells, matched to their sites -------------------------------- */
	site_pts = calloc(nsites, sizeof(*site_pts));
	cell_site = NULL;
	if (!site_pts) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	for (size_t i = 0; i < nsites; i++)
		site_pts[i] = GEOSGeom_createPointFromXY_r(t.h, sites[i].x, sites[i].y);
	if (nsites == 1) {
		/* One site: the whole country. */
		GEOSGeometry *poly = GEOSGeom_clone_r(t.h, outline);
		vor = GEOSGeom_createCollection_r(t.h, GEOS_GEOMETRYCOLLECTION, &poly, 1);
	} else {
		GEOSGeometry **clones = malloc(nsites * sizeof(*clones));
		if (!clones) {
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			goto out;
		}
		for (size_t i = 0; i < nsites; i++)
			clones[i] = GEOSGeom_clone_r(t.h, site_pts[i]);
		sites_g = GEOSGeom_createCollection_r(t.h, GEOS_MULTIPOINT, clones, (unsigned)nsites);
		free(clones);
		/* An envelope well beyond the country, so every cell that touches it is closed. */
		double xmin, ymin, xmax, ymax, sxmin, symin, sxmax, symax;
		GEOSGeom_getXMin_r(t.h, outline, &xmin);
		GEOSGeom_getYMin_r(t.h, outline, &ymin);
		GEOSGeom_getXMax_r(t.h, outline, &xmax);
		GEOSGeom_getYMax_r(t.h, outline, &ymax);
		GEOSGeom_getXMin_r(t.h, sites_g, &sxmin);
		GEOSGeom_getYMin_r(t.h, sites_g, &symin);
		GEOSGeom_getXMax_r(t.h, sites_g, &sxmax);
		GEOSGeom_getYMax_r(t.h, sites_g, &symax);
		xmin = fmin(xmin, sxmin) - 5;
		ymin = fmin(ymin, symin) - 5;
		xmax = fmax(xmax, sxmax) + 5;
		ymax = fmax(ymax, symax) + 5;
		GEOSCoordSequence *cs = GEOSCoordSeq_create_r(t.h, 5, 2);
		double xs[5] = { xmin, xmax, xmax, xmin, xmin }, ys[5] = { ymin, ymin, ymax, ymax, ymin };
		for (unsigned k = 0; k < 5; k++)
			GEOSCoordSeq_setXY_r(t.h, cs, k, xs[k], ys[k]);
		GEOSGeometry *ring = GEOSGeom_createLinearRing_r(t.h, cs);
		env = GEOSGeom_createPolygon_r(t.h, ring, NULL, 0);
		vor = GEOSVoronoiDiagram_r(t.h, sites_g, env, 0.0, 0);
	}
	if (!vor) {
		rc = geos_fail(&t, err, "Voronoi tessellation failed");
		goto out;
	}
	ncells = (size_t)GEOSGetNumGeometries_r(t.h, vor);
	cell_site = malloc((ncells ? ncells : 1) * sizeof(int));
	prep = calloc(ncells ? ncells : 1, sizeof(*prep));
	if (!cell_site || !prep) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	if (nsites == 1) {
		cell_site[0] = 0;
	} else {
		/* Sites in an R-tree: each cell tests only the sites in its envelope. */
		GEOSSTRtree *tree = GEOSSTRtree_create_r(t.h, 10);
		size_t *ids = malloc(nsites * sizeof(size_t));
		if (!tree || !ids) {
			if (tree)
				GEOSSTRtree_destroy_r(t.h, tree);
			free(ids);
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			goto out;
		}
		for (size_t i = 0; i < nsites; i++) {
			ids[i] = i;
			GEOSSTRtree_insert_r(t.h, tree, site_pts[i], &ids[i]);
		}
		for (size_t c = 0; c < ncells; c++) {
			cell_site[c] = -1;
			const GEOSGeometry *cell = GEOSGetGeometryN_r(t.h, vor, (int)c);
			prep[c] = GEOSPrepare_r(t.h, cell);
			if (!prep[c])
				continue;
			/* A site lies inside (or on the boundary of) its own cell only. */
			match m = { &t, prep[c], site_pts, -1 };
			GEOSSTRtree_query_r(t.h, tree, cell, match_site, &m);
			cell_site[c] = m.found;
		}
		GEOSSTRtree_destroy_r(t.h, tree);
		free(ids);
	}
	for (size_t c = 0; c < ncells; c++) {
		if (cell_site[c] < 0)
			continue;
		group *g = &groups[sites[cell_site[c]].level];
		GEOSGeometry **grown = realloc(g->cells, (g->ncells + 1) * sizeof(*grown));
		if (!grown) {
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			goto out;
		}
		g->cells = grown;
		g->cells[g->ncells++] = (GEOSGeometry *)GEOSGetGeometryN_r(t.h, vor, (int)c);
	}

	/* ---- areas: dissolve per (side, level), clip once -------------------------- */
	out->areas = calloc(ngroups, sizeof(fl_area));
	sidegeom = calloc((size_t)nsides, sizeof(*sidegeom));
	if (!out->areas || !sidegeom) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	for (size_t g = 0; g < ngroups; g++) {
		if (!groups[g].ncells)
			continue;
		GEOSGeometry **clones = malloc(groups[g].ncells * sizeof(*clones));
		if (!clones) {
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			goto out;
		}
		for (size_t k = 0; k < groups[g].ncells; k++)
			clones[k] = GEOSGeom_clone_r(t.h, groups[g].cells[k]);
		GEOSGeometry *coll = GEOSGeom_createCollection_r(t.h, GEOS_GEOMETRYCOLLECTION, clones,
								  (unsigned)groups[g].ncells);
		free(clones);
		GEOSGeometry *u = coll ? GEOSCoverageUnion_r(t.h, coll) : NULL;
		if (!u && coll)
			u = GEOSUnaryUnion_r(t.h, coll);
		if (coll)
			GEOSGeom_destroy_r(t.h, coll);
		if (!u) {
			rc = geos_fail(&t, err, "cannot dissolve control areas");
			goto out;
		}
		GEOSGeometry *clipped = GEOSIntersection_r(t.h, u, outline);
		/* The side's whole (unclipped) extent, for frontlines across levels. */
		int si = groups[g].side_idx;
		if (!sidegeom[si]) {
			sidegeom[si] = u;
		} else {
			GEOSGeometry *pair[2] = { sidegeom[si], u };
			GEOSGeometry *c2 = GEOSGeom_createCollection_r(t.h, GEOS_GEOMETRYCOLLECTION, pair, 2);
			GEOSGeometry *u2 = c2 ? GEOSCoverageUnion_r(t.h, c2) : NULL;
			if (!u2 && c2)
				u2 = GEOSUnaryUnion_r(t.h, c2);
			if (c2)
				GEOSGeom_destroy_r(t.h, c2);
			sidegeom[si] = u2;
			if (!u2) {
				if (clipped)
					GEOSGeom_destroy_r(t.h, clipped);
				rc = geos_fail(&t, err, "cannot dissolve control areas");
				goto out;
			}
		}
		if (!clipped) {
			rc = geos_fail(&t, err, "cannot clip control areas to the country");
			goto out;
		}
		if (!GEOSisEmpty_r(t.h, clipped)) {
			fl_area *a = &out->areas[out->nareas];
			snprintf(a->side, sizeof(a->side), "%s", groups[g].side);
			snprintf(a->level, sizeof(a->level), "%s", groups[g].level);
			a->wkb = to_wkb(&t, clipped, &a->wkb_len);
			if (!a->wkb) {
				GEOSGeom_destroy_r(t.h, clipped);
				rc = geos_fail(&t, err, "cannot write control areas");
				goto out;
			}
			out->nareas++;
		}
		GEOSGeom_destroy_r(t.h, clipped);
	}

	/* ---- frontlines: shared edges of two sides, inside the country ------------ */
	/* Sides in name order so that side_a < side_b and output order is stable. */
	int *order = malloc((size_t)(nsides ? nsides : 1) * sizeof(int));
	if (!order) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	for (int i = 0; i < nsides; i++)
		order[i] = i;
	for (int i = 1; i < nsides; i++)
		for (int k = i; k > 0 && strcmp(sides[order[k - 1]], sides[order[k]]) > 0; k--) {
			int tmp = order[k];
			order[k] = order[k - 1];
			order[k - 1] = tmp;
		}
	size_t maxlines = (size_t)nsides * (size_t)(nsides > 1 ? nsides - 1 : 1) / 2 + 1;
	out->lines = calloc(maxlines, sizeof(fl_frontline));
	if (!out->lines) {
		free(order);
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	for (int i = 0; i < nsides && rc == FL_OK; i++) {
		for (int k = i + 1; k < nsides && rc == FL_OK; k++) {
			GEOSGeometry *a = sidegeom[order[i]], *b = sidegeom[order[k]];
			if (!a || !b)
				continue;
			GEOSGeometry *ba = GEOSBoundary_r(t.h, a), *bb = GEOSBoundary_r(t.h, b);
			GEOSGeometry *shared = ba && bb ? GEOSIntersection_r(t.h, ba, bb) : NULL;
			GEOSGeometry *inside = shared ? GEOSIntersection_r(t.h, shared, outline) : NULL;
			GEOSGeometry *lines = inside ? linear_parts(&t, inside) : NULL;
			if (ba)
				GEOSGeom_destroy_r(t.h, ba);
			if (bb)
				GEOSGeom_destroy_r(t.h, bb);
			if (shared)
				GEOSGeom_destroy_r(t.h, shared);
			if (inside)
				GEOSGeom_destroy_r(t.h, inside);
			if (!lines) {
				rc = geos_fail(&t, err, "cannot trace frontlines");
				break;
			}
			if (!GEOSisEmpty_r(t.h, lines)) {
				fl_frontline *fl = &out->lines[out->nlines];
				snprintf(fl->side_a, sizeof(fl->side_a), "%s", sides[order[i]]);
				snprintf(fl->side_b, sizeof(fl->side_b), "%s", sides[order[k]]);
				fl->wkb = to_wkb(&t, lines, &fl->wkb_len);
				if (!fl->wkb)
					rc = geos_fail(&t, err, "cannot write frontlines");
				else
					out->nlines++;
			}
			GEOSGeom_destroy_r(t.h, lines);
		}
	}
	free(order);

out:
	if (prep) {
		for (size_t c = 0; c < ncells; c++)
			if (prep[c])
				GEOSPreparedGeom_destroy_r(t.h, prep[c]);
		free(prep);
	}
	free(cell_site);
	if (site_pts) {
		for (size_t i = 0; i < nsites; i++)
			if (site_pts[i])
				GEOSGeom_destroy_r(t.h, site_pts[i]);
		free(site_pts);
	}
	if (sidegeom) {
		for (int i = 0; i < nsides; i++)
			if (sidegeom[i])
				GEOSGeom_destroy_r(t.h, sidegeom[i]);
		free(sidegeom);
	}
	if (groups) {
		for (size_t g = 0; g < ngroups; g++)
			free(groups[g].cells);
		free(groups);
	}
	free(sites);
	free(sides);
	if (vor)
		GEOSGeom_destroy_r(t.h, vor);
	if (sites_g)
		GEOSGeom_destroy_r(t.h, sites_g);
	if (env)
		GEOSGeom_destroy_r(t.h, env);
	if (outline)
		GEOSGeom_destroy_r(t.h, outline);
	GEOS_finish_r(t.h);
	if (rc)
		fl_territory_release(out);
	return rc;
}

void fl_territory_release(fl_territory *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->nareas; i++)
		free(t->areas[i].wkb);
	for (size_t i = 0; i < t->nlines; i++)
		free(t->lines[i].wkb);
	free(t->areas);
	free(t->lines);
	memset(t, 0, sizeof(*t));
}
