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
#include <stdint.h>
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
	int *idx;		/* their indexes in it */
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

/* ==== the cache ============================================================ */

/* What a day left for the next, on the same tessellation: each (side, level) group's
 * cells, its dissolved area and clipped WKB; the sides; each pair's frontline. */
typedef struct memo_group {
	char side[24], level[12];
	int *idx;		/* cell indexes, in tessellation order */
	size_t ncells;
	GEOSGeometry *u;	/* dissolved, unclipped */
	unsigned char *wkb;	/* clipped area, NULL: empty */
	size_t wkb_len;
} memo_group;

typedef struct memo_side {
	char side[24];
} memo_side;

typedef struct memo_line {
	char a[24], b[24];
	unsigned char *wkb;	/* NULL: no shared edge */
	size_t wkb_len;
} memo_line;

typedef struct memo_day {
	memo_group *groups;
	size_t ngroups;
	memo_side *sides;
	size_t nsides;
	memo_line *lines;
	size_t nlines;
} memo_day;

struct near_memo {
	double x, y;		/* a place in the local plane */
	int within;		/* 1: within NEAR_DEG of the outline; 0: not; -1: empty slot */
};

/* What one build leaves for the next (see territory.h): the outline in the plane, the
 * tessellation of the last set of sites, and the last result with what it was made of.
 * A build without a cache uses one on the stack for the call. */
struct fl_territory_cache {
	tctx t;				/* GEOS handle, message, x scale */
	unsigned char *outline_wkb;	/* the outline the fields below are of */
	size_t outline_len;
	GEOSGeometry *outline;		/* in the local plane, valid */
	const GEOSPreparedGeometry *near;	/* outline, prepared */
	double *vxy;			/* sites of the tessellation (x, y pairs, in order) */
	size_t nv;
	GEOSGeometry *vor;		/* their Voronoi cells (or the outline: one site) */
	int *cell_site;			/* site of each cell, -1 none */
	size_t ncells;
	struct near_memo *near_memo;	/* places tested against the outline: (x, y, within) */
	size_t near_n, near_cap;	/* entries used, table size (a power of two) */
	memo_day day;			/* the last day's groups, on this tessellation */
	unsigned char *key;		/* sites with their (side, level) of the last result */
	size_t keylen;
	fl_territory last;		/* the last result */
	bool have_last;
	bool memo;			/* keep the last result (a cache of the caller's) */
};

static void memo_day_clear(tctx *t, memo_day *m)
{
	for (size_t i = 0; i < m->ngroups; i++) {
		free(m->groups[i].idx);
		free(m->groups[i].wkb);
		if (m->groups[i].u)
			GEOSGeom_destroy_r(t->h, m->groups[i].u);
	}
	for (size_t i = 0; i < m->nlines; i++)
		free(m->lines[i].wkb);
	free(m->groups);
	free(m->sides);
	free(m->lines);
	memset(m, 0, sizeof(*m));
}

static const memo_group *memo_group_of(const memo_day *m, const char *side, const char *level)
{
	for (size_t i = 0; i < m->ngroups; i++)
		if (strcmp(m->groups[i].side, side) == 0 && strcmp(m->groups[i].level, level) == 0)
			return &m->groups[i];
	return NULL;
}

static const memo_side *memo_side_of(const memo_day *m, const char *side)
{
	for (size_t i = 0; i < m->nsides; i++)
		if (strcmp(m->sides[i].side, side) == 0)
			return &m->sides[i];
	return NULL;
}

static const memo_line *memo_line_of(const memo_day *m, const char *a, const char *b)
{
	for (size_t i = 0; i < m->nlines; i++)
		if (strcmp(m->lines[i].a, a) == 0 && strcmp(m->lines[i].b, b) == 0)
			return &m->lines[i];
	return NULL;
}

static void cache_tess_clear(fl_territory_cache *c)
{
	memo_day_clear(&c->t, &c->day);
	if (c->vor)
		GEOSGeom_destroy_r(c->t.h, c->vor);
	c->vor = NULL;
	free(c->vxy);
	c->vxy = NULL;
	c->nv = 0;
	free(c->cell_site);
	c->cell_site = NULL;
	c->ncells = 0;
}

static void cache_last_clear(fl_territory_cache *c)
{
	free(c->key);
	c->key = NULL;
	c->keylen = 0;
	fl_territory_release(&c->last);
	c->have_last = false;
}

static void cache_outline_clear(fl_territory_cache *c)
{
	cache_tess_clear(c);
	cache_last_clear(c);
	free(c->near_memo);
	c->near_memo = NULL;
	c->near_n = c->near_cap = 0;
	if (c->near)
		GEOSPreparedGeom_destroy_r(c->t.h, c->near);
	c->near = NULL;
	if (c->outline)
		GEOSGeom_destroy_r(c->t.h, c->outline);
	c->outline = NULL;
	free(c->outline_wkb);
	c->outline_wkb = NULL;
	c->outline_len = 0;
}

static bool cache_init(fl_territory_cache *c)
{
	memset(c, 0, sizeof(*c));
	c->t.h = GEOS_init_r();
	if (!c->t.h)
		return false;
	GEOSContext_setErrorMessageHandler_r(c->t.h, on_error, &c->t);
	GEOSContext_setNoticeMessageHandler_r(c->t.h, on_notice, &c->t);
	return true;
}

static void cache_fini(fl_territory_cache *c)
{
	if (!c->t.h)
		return;
	cache_outline_clear(c);
	GEOS_finish_r(c->t.h);
	c->t.h = NULL;
}

fl_territory_cache *fl_territory_cache_new(void)
{
	fl_territory_cache *c = malloc(sizeof(*c));
	if (c && !cache_init(c)) {
		free(c);
		c = NULL;
	}
	if (c)
		c->memo = true;
	return c;
}

void fl_territory_cache_free(fl_territory_cache *c)
{
	if (!c)
		return;
	cache_fini(c);
	free(c);
}

/* The outline in the local plane, valid and prepared, for outline_wkb (kept if it is the
 * one the cache holds). */
static fl_status cache_outline(fl_territory_cache *c, const unsigned char *outline_wkb,
			       size_t outline_len, fl_error *err)
{
	tctx *t = &c->t;
	if (c->outline && c->outline_len == outline_len &&
	    memcmp(c->outline_wkb, outline_wkb, outline_len) == 0)
		return FL_OK;
	cache_outline_clear(c);
	GEOSWKBReader *rd = GEOSWKBReader_create_r(t->h);
	GEOSGeometry *raw = rd ? GEOSWKBReader_read_r(t->h, rd, outline_wkb, outline_len) : NULL;
	if (rd)
		GEOSWKBReader_destroy_r(t->h, rd);
	if (!raw)
		return geos_fail(t, err, "cannot read the country outline");
	double xmin, ymin, xmax, ymax;
	if (!GEOSGeom_getXMin_r(t->h, raw, &xmin) || !GEOSGeom_getYMin_r(t->h, raw, &ymin) ||
	    !GEOSGeom_getXMax_r(t->h, raw, &xmax) || !GEOSGeom_getYMax_r(t->h, raw, &ymax)) {
		GEOSGeom_destroy_r(t->h, raw);
		return geos_fail(t, err, "the country outline is empty");
	}
	t->kx = cos((ymin + ymax) / 2 * M_PI / 180.0);
	if (t->kx < 0.05)
		t->kx = 0.05;
	GEOSGeometry *scaled = GEOSGeom_transformXY_r(t->h, raw, to_plane, &t->kx);
	GEOSGeom_destroy_r(t->h, raw);
	c->outline = scaled ? GEOSMakeValid_r(t->h, scaled) : NULL;
	if (scaled)
		GEOSGeom_destroy_r(t->h, scaled);
	if (!c->outline)
		return geos_fail(t, err, "cannot make the country outline valid");
	c->near = GEOSPrepare_r(t->h, c->outline);
	c->outline_wkb = malloc(outline_len ? outline_len : 1);
	if (!c->near || !c->outline_wkb) {
		fl_status rc = c->near ? fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory")
				       : geos_fail(t, err, "cannot index the country outline");
		cache_outline_clear(c);
		return rc;
	}
	memcpy(c->outline_wkb, outline_wkb, outline_len);
	c->outline_len = outline_len;
	return FL_OK;
}

/* Sites already taken, by coordinates: an open-addressing table of site indexes. */
typedef struct siteset {
	size_t *slot;		/* site index + 1, 0 empty */
	size_t mask;
} siteset;

static size_t xy_hash(double x, double y)
{
	uint64_t a, b;
	x += 0.0;		/* -0 and +0 are the same place */
	y += 0.0;
	memcpy(&a, &x, sizeof a);
	memcpy(&b, &y, sizeof b);
	uint64_t h = a * 0x9e3779b97f4a7c15ull ^ (b + 0x632be59bd9b4e019ull) * 0xbf58476d1ce4e5b9ull;
	return (size_t)(h ^ h >> 31);
}

/* Is (x, y) a site already? If not, remember it as site i. */
static bool siteset_seen(siteset *ss, const site *sites, size_t i, double x, double y)
{
	for (size_t k = xy_hash(x, y) & ss->mask;; k = (k + 1) & ss->mask) {
		if (!ss->slot[k]) {
			ss->slot[k] = i + 1;
			return false;
		}
		const site *o = &sites[ss->slot[k] - 1];
		if (o->x == x && o->y == y)
			return true;
	}
}

/* Is (x, y) within NEAR_DEG of the outline? Inside means within distance 0: the indexed
 * point-in-polygon test settles most places before the (unindexed) distance, and every
 * answer is kept, as places do not move from one day to the next. 1 yes, 0 no, -1 out of
 * memory. */
static int near_outline(fl_territory_cache *c, double x, double y)
{
	tctx *t = &c->t;
	if (c->near_n + 1 > c->near_cap / 2) {
		size_t ncap = c->near_cap ? 2 * c->near_cap : 1024;
		struct near_memo *nt = malloc(ncap * sizeof(*nt));
		if (!nt)
			return -1;
		for (size_t k = 0; k < ncap; k++)
			nt[k].within = -1;
		for (size_t i = 0; i < c->near_cap; i++) {
			if (c->near_memo[i].within < 0)
				continue;
			size_t k = xy_hash(c->near_memo[i].x, c->near_memo[i].y) & (ncap - 1);
			while (nt[k].within >= 0)
				k = (k + 1) & (ncap - 1);
			nt[k] = c->near_memo[i];
		}
		free(c->near_memo);
		c->near_memo = nt;
		c->near_cap = ncap;
	}
	size_t k = xy_hash(x, y) & (c->near_cap - 1);
	for (; c->near_memo[k].within >= 0; k = (k + 1) & (c->near_cap - 1))
		if (c->near_memo[k].x == x && c->near_memo[k].y == y)
			return c->near_memo[k].within;
	GEOSGeometry *pt = GEOSGeom_createPointFromXY_r(t->h, x, y);
	if (!pt)
		return 0;	/* as a failed test: the place does not count */
	int within = GEOSPreparedIntersects_r(t->h, c->near, pt);
	if (within != 1)
		within = GEOSPreparedDistanceWithin_r(t->h, c->near, pt, NEAR_DEG);
	GEOSGeom_destroy_r(t->h, pt);
	c->near_memo[k] = (struct near_memo){ x, y, within == 1 };
	c->near_n++;
	return within == 1;
}

static fl_status copy_territory(const fl_territory *from, fl_territory *to)
{
	memset(to, 0, sizeof(*to));
	to->areas = calloc(from->nareas ? from->nareas : 1, sizeof(fl_area));
	to->lines = calloc(from->nlines ? from->nlines : 1, sizeof(fl_frontline));
	if (!to->areas || !to->lines)
		goto fail;
	for (size_t i = 0; i < from->nareas; i++) {
		fl_area *a = &to->areas[to->nareas];
		*a = from->areas[i];
		a->wkb = malloc(a->wkb_len ? a->wkb_len : 1);
		if (!a->wkb)
			goto fail;
		memcpy(a->wkb, from->areas[i].wkb, a->wkb_len);
		to->nareas++;
	}
	for (size_t i = 0; i < from->nlines; i++) {
		fl_frontline *l = &to->lines[to->nlines];
		*l = from->lines[i];
		l->wkb = malloc(l->wkb_len ? l->wkb_len : 1);
		if (!l->wkb)
			goto fail;
		memcpy(l->wkb, from->lines[i].wkb, l->wkb_len);
		to->nlines++;
	}
	return FL_OK;
fail:
	fl_territory_release(to);
	return FL_ENOMEM;
}

/* The Voronoi cells of sites and the site of each cell, into the cache (kept if the
 * cache holds the tessellation of the same sites in the same order). */
static fl_status cache_tessellation(fl_territory_cache *c, const site *sites, size_t nsites,
				    fl_error *err)
{
	tctx *t = &c->t;
	if (c->vor && c->nv == nsites) {
		size_t i = 0;
		while (i < nsites && c->vxy[2 * i] == sites[i].x && c->vxy[2 * i + 1] == sites[i].y)
			i++;
		if (i == nsites)
			return FL_OK;
	}
	cache_tess_clear(c);
	fl_status rc = FL_OK;
	GEOSGeometry **site_pts = calloc(nsites, sizeof(*site_pts));
	GEOSGeometry *sites_g = NULL, *env = NULL;
	const GEOSPreparedGeometry **prep = NULL;
	c->vxy = malloc(2 * nsites * sizeof(double));
	if (!site_pts || !c->vxy) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	for (size_t i = 0; i < nsites; i++) {
		site_pts[i] = GEOSGeom_createPointFromXY_r(t->h, sites[i].x, sites[i].y);
		c->vxy[2 * i] = sites[i].x;
		c->vxy[2 * i + 1] = sites[i].y;
	}
	c->nv = nsites;
	if (nsites == 1) {
		/* One site: the whole country. */
		GEOSGeometry *poly = GEOSGeom_clone_r(t->h, c->outline);
		c->vor = GEOSGeom_createCollection_r(t->h, GEOS_GEOMETRYCOLLECTION, &poly, 1);
	} else {
		GEOSGeometry **clones = malloc(nsites * sizeof(*clones));
		if (!clones) {
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			goto out;
		}
		for (size_t i = 0; i < nsites; i++)
			clones[i] = GEOSGeom_clone_r(t->h, site_pts[i]);
		sites_g = GEOSGeom_createCollection_r(t->h, GEOS_MULTIPOINT, clones, (unsigned)nsites);
		free(clones);
		/* An envelope well beyond the country, so every cell that touches it is closed. */
		double xmin, ymin, xmax, ymax, sxmin, symin, sxmax, symax;
		GEOSGeom_getXMin_r(t->h, c->outline, &xmin);
		GEOSGeom_getYMin_r(t->h, c->outline, &ymin);
		GEOSGeom_getXMax_r(t->h, c->outline, &xmax);
		GEOSGeom_getYMax_r(t->h, c->outline, &ymax);
		GEOSGeom_getXMin_r(t->h, sites_g, &sxmin);
		GEOSGeom_getYMin_r(t->h, sites_g, &symin);
		GEOSGeom_getXMax_r(t->h, sites_g, &sxmax);
		GEOSGeom_getYMax_r(t->h, sites_g, &symax);
		xmin = fmin(xmin, sxmin) - 5;
		ymin = fmin(ymin, symin) - 5;
		xmax = fmax(xmax, sxmax) + 5;
		ymax = fmax(ymax, symax) + 5;
		GEOSCoordSequence *cs = GEOSCoordSeq_create_r(t->h, 5, 2);
		double xs[5] = { xmin, xmax, xmax, xmin, xmin }, ys[5] = { ymin, ymin, ymax, ymax, ymin };
		for (unsigned k = 0; k < 5; k++)
			GEOSCoordSeq_setXY_r(t->h, cs, k, xs[k], ys[k]);
		GEOSGeometry *ring = GEOSGeom_createLinearRing_r(t->h, cs);
		env = GEOSGeom_createPolygon_r(t->h, ring, NULL, 0);
		c->vor = GEOSVoronoiDiagram_r(t->h, sites_g, env, 0.0, 0);
	}
	if (!c->vor) {
		rc = geos_fail(t, err, "Voronoi tessellation failed");
		goto out;
	}
	c->ncells = (size_t)GEOSGetNumGeometries_r(t->h, c->vor);
	c->cell_site = malloc((c->ncells ? c->ncells : 1) * sizeof(int));
	if (!c->cell_site) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	if (nsites == 1) {
		c->cell_site[0] = 0;
		goto out;
	}
	/* Sites in an R-tree: each cell tests only the sites in its envelope. */
	prep = calloc(c->ncells ? c->ncells : 1, sizeof(*prep));
	GEOSSTRtree *tree = GEOSSTRtree_create_r(t->h, 10);
	size_t *ids = malloc(nsites * sizeof(size_t));
	if (!prep || !tree || !ids) {
		if (tree)
			GEOSSTRtree_destroy_r(t->h, tree);
		free(ids);
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	for (size_t i = 0; i < nsites; i++) {
		ids[i] = i;
		GEOSSTRtree_insert_r(t->h, tree, site_pts[i], &ids[i]);
	}
	for (size_t k = 0; k < c->ncells; k++) {
		c->cell_site[k] = -1;
		const GEOSGeometry *cell = GEOSGetGeometryN_r(t->h, c->vor, (int)k);
		prep[k] = GEOSPrepare_r(t->h, cell);
		if (!prep[k])
			continue;
		/* A site lies inside (or on the boundary of) its own cell only. */
		match m = { t, prep[k], site_pts, -1 };
		GEOSSTRtree_query_r(t->h, tree, cell, match_site, &m);
		c->cell_site[k] = m.found;
	}
	GEOSSTRtree_destroy_r(t->h, tree);
	free(ids);
out:
	if (prep) {
		for (size_t k = 0; k < c->ncells; k++)
			if (prep[k])
				GEOSPreparedGeom_destroy_r(t->h, prep[k]);
		free(prep);
	}
	if (site_pts) {
		for (size_t i = 0; i < nsites; i++)
			if (site_pts[i])
				GEOSGeom_destroy_r(t->h, site_pts[i]);
		free(site_pts);
	}
	if (sites_g)
		GEOSGeom_destroy_r(t->h, sites_g);
	if (env)
		GEOSGeom_destroy_r(t->h, env);
	if (rc != FL_OK)
		cache_tess_clear(c);
	return rc;
}

/* The key of a result: every site with its group, and the groups' names. */
static unsigned char *result_key(const site *sites, size_t nsites, const group *groups,
				 size_t ngroups, size_t *len)
{
	size_t per = 2 * sizeof(double) + sizeof(int);
	size_t gper = sizeof(groups[0].side) + sizeof(groups[0].level);
	*len = 2 * sizeof(size_t) + nsites * per + ngroups * gper;
	unsigned char *k = calloc(1, *len), *p = k;
	if (!k)
		return NULL;
	memcpy(p, &nsites, sizeof nsites);
	p += sizeof nsites;
	memcpy(p, &ngroups, sizeof ngroups);
	p += sizeof ngroups;
	for (size_t i = 0; i < nsites; i++) {
		memcpy(p, &sites[i].x, sizeof(double));
		memcpy(p + sizeof(double), &sites[i].y, sizeof(double));
		memcpy(p + 2 * sizeof(double), &sites[i].level, sizeof(int));
		p += per;
	}
	for (size_t g = 0; g < ngroups; g++) {
		/* strncpy-like: the names' tails are zero in the calloc'd key. */
		memcpy(p, groups[g].side, strnlen(groups[g].side, sizeof(groups[g].side)));
		p += sizeof(groups[g].side);
		memcpy(p, groups[g].level, strnlen(groups[g].level, sizeof(groups[g].level)));
		p += sizeof(groups[g].level);
	}
	return k;
}

static fl_status build(fl_territory_cache *c, const fl_state *s, const unsigned char *outline_wkb,
		       size_t outline_len, fl_territory *out, fl_error *err)
{
	memset(out, 0, sizeof(*out));
	tctx *t = &c->t;
	t->msg[0] = '\0';
	fl_status rc = cache_outline(c, outline_wkb, outline_len, err);
	if (rc != FL_OK)
		return rc;
	GEOSGeometry *outline = c->outline;
	GEOSGeometry **sidegeom = NULL;
	site *sites = NULL;
	group *groups = NULL;
	size_t nsites = 0, ngroups = 0;
	char (*sides)[24] = NULL;
	int nsides = 0;
	unsigned char *key = NULL;
	size_t keylen = 0;
	siteset taken = { NULL, 0 };

	/* ---- sites and groups ------------------------------------------------------ */
	sites = calloc(s->count ? s->count : 1, sizeof(*sites));
	groups = calloc(s->count ? s->count : 1, sizeof(*groups));
	sides = calloc(s->count ? s->count : 1, sizeof(*sides));
	size_t tsize = 16;
	while (tsize < 2 * s->count)
		tsize *= 2;
	taken.slot = calloc(tsize, sizeof(size_t));
	taken.mask = tsize - 1;
	if (!sites || !groups || !sides || !taken.slot) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	/* Places beyond the country do not claim its land; those just outside its
	 * (coarse) border still do, like Kobani at 1:10m. */
	for (size_t i = 0; i < s->count; i++) {
		const fl_place_state *p = &s->items[i];
		if (!p->side[0] || strcmp(p->side, "unknown") == 0)
			continue;
		if (!isfinite(p->lat) || !isfinite(p->lon) || fabs(p->lat) > 90 || fabs(p->lon) > 180)
			continue;
		double x = p->lon * t->kx, y = p->lat;
		int within = near_outline(c, x, y);
		if (within < 0) {
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			goto out;
		}
		if (!within)
			continue;
		if (siteset_seen(&taken, sites, nsites, x, y))
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

	/* The same sites held by the same groups as last time: the same result. */
	key = result_key(sites, nsites, groups, ngroups, &keylen);
	if (!key) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	if (c->have_last && c->keylen == keylen && memcmp(c->key, key, keylen) == 0) {
		if (copy_territory(&c->last, out) != FL_OK)
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	cache_last_clear(c);

	/* ---- Voronoi cells, matched to their sites -------------------------------- */
	if ((rc = cache_tessellation(c, sites, nsites, err)) != FL_OK)
		goto out;
	for (size_t k = 0; k < c->ncells; k++)
		if (c->cell_site[k] >= 0)
			groups[sites[c->cell_site[k]].level].ncells++;
	for (size_t g = 0; g < ngroups; g++) {
		groups[g].cells = malloc((groups[g].ncells ? groups[g].ncells : 1) * sizeof(GEOSGeometry *));
		groups[g].idx = malloc((groups[g].ncells ? groups[g].ncells : 1) * sizeof(int));
		if (!groups[g].cells || !groups[g].idx) {
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			goto out;
		}
		groups[g].ncells = 0;
	}
	for (size_t k = 0; k < c->ncells; k++) {
		if (c->cell_site[k] < 0)
			continue;
		group *g = &groups[sites[c->cell_site[k]].level];
		g->idx[g->ncells] = (int)k;
		g->cells[g->ncells++] = (GEOSGeometry *)GEOSGetGeometryN_r(t->h, c->vor, (int)k);
	}
	/* The day before's groups, sides and lines (same tessellation): a group with the
	 * same cells has the same area, a side whose groups are all the same has the same
	 * extent, two such sides the same frontline. Same inputs, same GEOS calls before. */
	size_t maxlines = (size_t)nsides * (size_t)(nsides > 1 ? nsides - 1 : 1) / 2 + 1;
	memo_day next = { 0 };
	next.groups = calloc(ngroups ? ngroups : 1, sizeof(*next.groups));
	next.sides = calloc((size_t)(nsides ? nsides : 1), sizeof(*next.sides));
	next.lines = calloc(maxlines, sizeof(*next.lines));
	bool *side_same = calloc((size_t)(nsides ? nsides : 1), sizeof(bool));
	if (!next.groups || !next.sides || !next.lines || !side_same) {
		free(side_same);
		memo_day_clear(t, &next);
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	for (int i = 0; i < nsides; i++) {
		/* Same until a group of the side is new, and the side had as many groups. */
		size_t had = 0, has = 0;
		for (size_t k = 0; k < c->day.ngroups; k++)
			had += strcmp(c->day.groups[k].side, sides[i]) == 0;
		for (size_t g = 0; g < ngroups; g++)
			has += strcmp(groups[g].side, sides[i]) == 0 && groups[g].ncells > 0;
		side_same[i] = had == has && memo_side_of(&c->day, sides[i]) != NULL;
	}

	/* ---- areas: dissolve per (side, level), clip once -------------------------- */
	out->areas = calloc(ngroups, sizeof(fl_area));
	sidegeom = calloc((size_t)nsides, sizeof(*sidegeom));
	if (!out->areas || !sidegeom) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto day_out;
	}
	for (size_t g = 0; g < ngroups; g++) {
		if (!groups[g].ncells)
			continue;
		int si = groups[g].side_idx;
		memo_group *mg = &next.groups[next.ngroups];
		snprintf(mg->side, sizeof(mg->side), "%s", groups[g].side);
		snprintf(mg->level, sizeof(mg->level), "%s", groups[g].level);
		const memo_group *old = memo_group_of(&c->day, groups[g].side, groups[g].level);
		GEOSGeometry *u = NULL;
		if (old && old->ncells == groups[g].ncells &&
		    memcmp(old->idx, groups[g].idx, groups[g].ncells * sizeof(int)) == 0) {
			/* The same cells as the day before: its area, its clipped WKB. */
			u = GEOSGeom_clone_r(t->h, old->u);
			mg->idx = malloc(old->ncells * sizeof(int));
			mg->wkb = old->wkb ? malloc(old->wkb_len) : NULL;
			if (!u || !mg->idx || (old->wkb && !mg->wkb)) {
				if (u)
					GEOSGeom_destroy_r(t->h, u);
				free(mg->idx);
				free(mg->wkb);
				memset(mg, 0, sizeof(*mg));
				rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
				goto day_out;
			}
			memcpy(mg->idx, old->idx, old->ncells * sizeof(int));
			mg->ncells = old->ncells;
			if (old->wkb)
				memcpy(mg->wkb, old->wkb, old->wkb_len);
			mg->wkb_len = old->wkb_len;
		} else {
			side_same[si] = false;
			GEOSGeometry **clones = malloc(groups[g].ncells * sizeof(*clones));
			mg->idx = malloc(groups[g].ncells * sizeof(int));
			if (!clones || !mg->idx) {
				free(clones);
				free(mg->idx);
				mg->idx = NULL;
				rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
				goto day_out;
			}
			memcpy(mg->idx, groups[g].idx, groups[g].ncells * sizeof(int));
			mg->ncells = groups[g].ncells;
			for (size_t k = 0; k < groups[g].ncells; k++)
				clones[k] = GEOSGeom_clone_r(t->h, groups[g].cells[k]);
			GEOSGeometry *coll = GEOSGeom_createCollection_r(t->h, GEOS_GEOMETRYCOLLECTION, clones,
									  (unsigned)groups[g].ncells);
			free(clones);
			u = coll ? GEOSCoverageUnion_r(t->h, coll) : NULL;
			if (!u && coll)
				u = GEOSUnaryUnion_r(t->h, coll);
			if (coll)
				GEOSGeom_destroy_r(t->h, coll);
			if (!u) {
				free(mg->idx);
				memset(mg, 0, sizeof(*mg));
				rc = geos_fail(t, err, "cannot dissolve control areas");
				goto day_out;
			}
			GEOSGeometry *clipped = GEOSIntersection_r(t->h, u, outline);
			if (clipped && !GEOSisEmpty_r(t->h, clipped))
				mg->wkb = to_wkb(t, clipped, &mg->wkb_len);
			if (!clipped || (!GEOSisEmpty_r(t->h, clipped) && !mg->wkb)) {
				rc = geos_fail(t, err, clipped ? "cannot write control areas"
							       : "cannot clip control areas to the country");
				if (clipped)
					GEOSGeom_destroy_r(t->h, clipped);
				GEOSGeom_destroy_r(t->h, u);
				free(mg->idx);
				memset(mg, 0, sizeof(*mg));
				goto day_out;
			}
			GEOSGeom_destroy_r(t->h, clipped);
		}
		/* The memo keeps its own copy; u goes into the side's extent. */
		mg->u = GEOSGeom_clone_r(t->h, u);
		next.ngroups++;
		if (!mg->u) {
			GEOSGeom_destroy_r(t->h, u);
			rc = geos_fail(t, err, "cannot dissolve control areas");
			goto day_out;
		}
		/* The side's whole (unclipped) extent, for frontlines across levels. */
		if (!sidegeom[si]) {
			sidegeom[si] = u;
		} else {
			GEOSGeometry *pair[2] = { sidegeom[si], u };
			GEOSGeometry *c2 = GEOSGeom_createCollection_r(t->h, GEOS_GEOMETRYCOLLECTION, pair, 2);
			GEOSGeometry *u2 = c2 ? GEOSCoverageUnion_r(t->h, c2) : NULL;
			if (!u2 && c2)
				u2 = GEOSUnaryUnion_r(t->h, c2);
			if (c2)
				GEOSGeom_destroy_r(t->h, c2);
			sidegeom[si] = u2;
			if (!u2) {
				rc = geos_fail(t, err, "cannot dissolve control areas");
				goto day_out;
			}
		}
		if (mg->wkb) {
			fl_area *a = &out->areas[out->nareas];
			snprintf(a->side, sizeof(a->side), "%s", groups[g].side);
			snprintf(a->level, sizeof(a->level), "%s", groups[g].level);
			a->wkb = malloc(mg->wkb_len);
			if (!a->wkb) {
				rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
				goto day_out;
			}
			memcpy(a->wkb, mg->wkb, mg->wkb_len);
			a->wkb_len = mg->wkb_len;
			out->nareas++;
		}
	}
	for (int i = 0; i < nsides; i++)
		snprintf(next.sides[next.nsides++].side, sizeof(next.sides[0].side), "%s", sides[i]);

	/* ---- frontlines: shared edges of two sides, inside the country ------------ */
	/* Sides in name order so that side_a < side_b and output order is stable. */
	int *order = malloc((size_t)(nsides > 0 ? nsides : 1) * sizeof(int));
	if (!order) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto day_out;
	}
	for (int i = 0; i < nsides; i++)
		order[i] = i;
	for (int i = 1; i < nsides; i++)
		for (int k = i; k > 0 && strcmp(sides[order[k - 1]], sides[order[k]]) > 0; k--) {
			int tmp = order[k];
			order[k] = order[k - 1];
			order[k - 1] = tmp;
		}
	out->lines = calloc(maxlines, sizeof(fl_frontline));
	if (!out->lines) {
		free(order);
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto day_out;
	}
	for (int i = 0; i < nsides && rc == FL_OK; i++) {
		for (int k = i + 1; k < nsides && rc == FL_OK; k++) {
			GEOSGeometry *a = sidegeom[order[i]], *b = sidegeom[order[k]];
			if (!a || !b)
				continue;
			const char *na = sides[order[i]], *nb = sides[order[k]];
			memo_line *ml = &next.lines[next.nlines++];
			snprintf(ml->a, sizeof(ml->a), "%s", na);
			snprintf(ml->b, sizeof(ml->b), "%s", nb);
			const memo_line *old = side_same[order[i]] && side_same[order[k]]
				? memo_line_of(&c->day, na, nb) : NULL;
			if (old) {
				ml->wkb = old->wkb ? malloc(old->wkb_len) : NULL;
				if (old->wkb && !ml->wkb) {
					rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
					break;
				}
				if (old->wkb)
					memcpy(ml->wkb, old->wkb, old->wkb_len);
				ml->wkb_len = old->wkb_len;
			} else {
				GEOSGeometry *ba = GEOSBoundary_r(t->h, a), *bb = GEOSBoundary_r(t->h, b);
				GEOSGeometry *shared = ba && bb ? GEOSIntersection_r(t->h, ba, bb) : NULL;
				GEOSGeometry *inside = shared ? GEOSIntersection_r(t->h, shared, outline) : NULL;
				GEOSGeometry *lines = inside ? linear_parts(t, inside) : NULL;
				if (ba)
					GEOSGeom_destroy_r(t->h, ba);
				if (bb)
					GEOSGeom_destroy_r(t->h, bb);
				if (shared)
					GEOSGeom_destroy_r(t->h, shared);
				if (inside)
					GEOSGeom_destroy_r(t->h, inside);
				if (!lines) {
					rc = geos_fail(t, err, "cannot trace frontlines");
					break;
				}
				if (!GEOSisEmpty_r(t->h, lines)) {
					ml->wkb = to_wkb(t, lines, &ml->wkb_len);
					if (!ml->wkb)
						rc = geos_fail(t, err, "cannot write frontlines");
				}
				GEOSGeom_destroy_r(t->h, lines);
			}
			if (rc == FL_OK && ml->wkb) {
				fl_frontline *fl = &out->lines[out->nlines];
				snprintf(fl->side_a, sizeof(fl->side_a), "%s", na);
				snprintf(fl->side_b, sizeof(fl->side_b), "%s", nb);
				fl->wkb = malloc(ml->wkb_len);
				if (!fl->wkb) {
					rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
					break;
				}
				memcpy(fl->wkb, ml->wkb, ml->wkb_len);
				fl->wkb_len = ml->wkb_len;
				out->nlines++;
			}
		}
	}
	free(order);
day_out:
	/* This day is the next one's day before (a complete one only). */
	memo_day_clear(t, &c->day);
	if (rc == FL_OK && c->memo)
		c->day = next;
	else
		memo_day_clear(t, &next);
	free(side_same);
	if (rc != FL_OK)
		goto out;
	/* Remember the result for the next day (a failed copy only costs the memo). */
	if (rc == FL_OK && c->memo && copy_territory(out, &c->last) == FL_OK) {
		c->key = key;
		c->keylen = keylen;
		c->have_last = true;
		key = NULL;
	}

out:
	free(key);
	free(taken.slot);
	if (sidegeom) {
		for (int i = 0; i < nsides; i++)
			if (sidegeom[i])
				GEOSGeom_destroy_r(t->h, sidegeom[i]);
		free(sidegeom);
	}
	if (groups) {
		for (size_t g = 0; g < ngroups; g++) {
			free(groups[g].cells);
			free(groups[g].idx);
		}
		free(groups);
	}
	free(sites);
	free(sides);
	if (rc)
		fl_territory_release(out);
	return rc;
}

fl_status fl_territory_build_cached(fl_territory_cache *cache, const fl_state *s,
				    const unsigned char *outline_wkb, size_t outline_len,
				    fl_territory *out, fl_error *err)
{
	if (!cache)
		return fl_territory_build(s, outline_wkb, outline_len, out, err);
	return build(cache, s, outline_wkb, outline_len, out, err);
}

fl_status fl_territory_build(const fl_state *s, const unsigned char *outline_wkb,
			     size_t outline_len, fl_territory *out, fl_error *err)
{
	fl_territory_cache c;
	memset(out, 0, sizeof(*out));
	if (!cache_init(&c))
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "cannot start GEOS");
	fl_status rc = build(&c, s, outline_wkb, outline_len, out, err);
	cache_fini(&c);
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
