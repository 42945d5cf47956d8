/* SPDX-License-Identifier: MIT
 *
 * export.c - the state of the front as OGR layers for QGIS and reports: GeoJSON
 * (RFC 7946), GeoPackage, CSV and KML, with QGIS styles whose temporal properties are
 * switched on.
 *
 * The last module of the pipeline: it gets states, territories and claims from the
 * caller and only writes. Days come in order; for every place, area and frontline an
 * open "run" remembers the first day of the current value, and a feature is written
 * when the value changes or the export ends, with valid_from/valid_to (inclusive). A
 * 365-day range of 25,000 places is therefore one pass, with one run per place in memory.
 *
 * Every file is written under a temporary name (fl_tmp_path) and renamed into place by
 * fl_export_finish; a failed or abandoned export leaves the final names untouched.
 * GDAL's error handler is silenced while we run: its messages come back in fl_error.
 *
 * Not here: the timeline (timeline.c), geometry (territory.c), reading the store.
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <jansson.h>
#include "export.h"

/* ==== layer definitions ================================================== */

typedef struct field_def {
	const char *name;	/* field name */
	OGRFieldType type;	/* OGR type */
} field_def;

enum { MAX_FIELDS = 24 };

typedef struct layer_def {
	fl_export_layer id;		/* FL_EXPORT_* bit */
	const char *name;		/* layer and file name */
	OGRwkbGeometryType gtype;	/* geometry type of the layer */
	const char *kml_name;		/* field KML shows as the placemark's name */
	const field_def fields[MAX_FIELDS];	/* ends with a NULL name */
} layer_def;

#define F_STR(n) { n, OFTString }
#define F_INT(n) { n, OFTInteger }
#define F_I64(n) { n, OFTInteger64 }
#define F_REAL(n) { n, OFTReal }
#define F_DATE(n) { n, OFTDate }

static const layer_def LAYERS[] = {
	{ FL_EXPORT_PLACES, "places", wkbPoint, "place",
	  { F_I64("place_id"), F_STR("place"), F_STR("kind"), F_I64("population"),
	    F_REAL("lon"), F_REAL("lat"), F_STR("side"), F_DATE("since"), F_STR("status"),
	    F_STR("level"), F_INT("nsources"), F_STR("sources"), F_DATE("valid_from"),
	    F_DATE("valid_to"), { NULL, 0 } } },
	{ FL_EXPORT_CLAIMS, "claims", wkbPoint, "place",
	  { F_I64("claim_id"), F_STR("article"), F_I64("place_id"), F_STR("place"),
	    F_REAL("lon"), F_REAL("lat"), F_DATE("date"), F_DATE("date_end"),
	    F_STR("date_precision"), F_STR("side"), F_STR("event"), F_STR("status"),
	    F_STR("attributed_to"), F_REAL("confidence"), F_STR("actor"), F_STR("sentence"),
	    F_I64("sentence_start"), F_I64("sentence_end"), F_STR("author"), F_STR("created"),
	    F_I64("rejects"), F_DATE("valid_from"), F_DATE("valid_to"), { NULL, 0 } } },
	{ FL_EXPORT_AREAS, "areas", wkbMultiPolygon, "side",
	  { F_STR("side"), F_STR("level"), F_DATE("valid_from"), F_DATE("valid_to"),
	    { NULL, 0 } } },
	{ FL_EXPORT_FRONTLINES, "frontlines", wkbMultiLineString, "name",
	  { F_STR("name"), F_STR("side_a"), F_STR("side_b"), F_DATE("valid_from"),
	    F_DATE("valid_to"), { NULL, 0 } } },
	{ FL_EXPORT_CHANGES, "changes", wkbPoint, "place",
	  { F_I64("place_id"), F_STR("place"), F_REAL("lon"), F_REAL("lat"), F_DATE("date"),
	    F_STR("side_before"), F_STR("side_after"), F_STR("status"), F_STR("level"),
	    F_INT("nsources"), F_STR("sources"), F_DATE("valid_from"), F_DATE("valid_to"),
	    { NULL, 0 } } },
};
enum { NLAYERS = sizeof LAYERS / sizeof LAYERS[0] };

/* ==== the handle ========================================================== */

typedef struct out_layer {
	const layer_def *def;	/* what it holds */
	GDALDatasetH ds;	/* its own datasource (GeoJSON, CSV) or NULL: the shared one */
	OGRLayerH lyr;		/* the layer */
	char *final_path;	/* own datasource: file name after finish */
	char *tmp_path;		/* own datasource: file written now */
	size_t count;		/* features written */
} out_layer;

typedef struct place_run {
	fl_place_state st;	/* the value (place and sources owned) */
	int nsources;		/* claims behind it */
	fl_date from;		/* first day of the run */
} place_run;

typedef struct geo_run {
	char key[96];		/* side/level or side_a|side_b#n */
	char a[24], b[24];	/* side and level, or the two sides */
	unsigned char *wkb;	/* geometry, owned */
	size_t wkb_len;
	fl_date from;		/* first day of the run */
	bool seen;		/* present on the day being added */
} geo_run;

typedef struct side_style {
	char *name;		/* side value ("government") */
	char *label;		/* legend label */
	unsigned char rgb[3];	/* fill colour */
	bool hatch;		/* drawn hatched (contested) */
} side_style;

struct fl_export {
	fl_export_format format;	/* by extension */
	unsigned layers;		/* FL_EXPORT_* asked for */
	fl_date from, to;		/* range covered */
	bool range;			/* from < to: run start is part of the ids */
	char *path;			/* as given */
	char *dir;			/* GeoJSON/CSV with several layers: the folder */
	char *crs;			/* GeoPackage CRS or NULL */
	char *style_path;		/* the style file asked for (may be NULL) */
	char *templates;		/* QML template folder */
	char *attribution;		/* may be NULL */
	char *title;			/* project title, may be NULL */
	double bbox[4];			/* lon/lat envelope of what was written */
	bool no_styles;
	size_t kml_libkml_max;		/* see fl_export_opts */
	side_style *sides;		/* side colours (loaded at open) */
	size_t nsides;
	GDALDatasetH ds;		/* shared datasource (GeoPackage, KML) */
	char *tmp_path;			/* shared datasource: file written now */
	out_layer out[NLAYERS];		/* by LAYERS index; lyr NULL if not asked */
	OGRSpatialReferenceH wgs84;	/* lon/lat, traditional order */
	OGRSpatialReferenceH target;	/* the GeoPackage's CRS (may be wgs84) */
	OGRCoordinateTransformationH ct;	/* wgs84 -> target, NULL if same */
	place_run *runs;		/* open place runs, sorted by place_id */
	size_t nruns, capruns;
	place_run *spare;		/* the next day's runs are built here */
	size_t capspare;
	geo_run *areas, *lines;		/* open area and frontline runs */
	size_t nareas, capareas, nlines, caplines;
	int64_t *claim_ids;		/* claims written, sorted */
	size_t nclaim_ids, capclaim_ids;
	int64_t claim_seq;		/* ids for claims the store has not numbered */
	fl_date last;			/* last day added, FL_DATE_NONE before */
	char **outputs;			/* files renamed into place */
	size_t noutputs, capoutputs;
	bool finished;
};

/* ==== small helpers ======================================================= */

static pthread_once_t gdal_once = PTHREAD_ONCE_INIT;
static void gdal_init(void)
{
	GDALAllRegister();
}

/* " (no space left on the device)" when the filesystem of path is full, else "": GDAL
 * does not keep errno, and a full disk is what an analyst must be told. */
static const char *disk_full_note(const char *path)
{
	char dir[1024];
	snprintf(dir, sizeof dir, "%s", path ? path : ".");
	char *slash = strrchr(dir, '/');
	if (slash)
		*(slash == dir ? slash + 1 : slash) = '\0';
	else
		snprintf(dir, sizeof dir, ".");
	struct statvfs vs;
	if (statvfs(dir, &vs) == 0 && (unsigned long long)vs.f_bavail * vs.f_frsize < 256 * 1024)
		return " (no space left on the device)";
	return "";
}

/* An OGR error as ours: the operation, the file it is about, GDAL's message (long ones,
 * such as SQL statements, shortened to their ends, where the reason is). */
static fl_status gdal_fail(fl_error *err, const char *source, const char *what)
{
	const char *msg = CPLGetLastErrorMsg();
	if (!msg || !*msg)
		msg = "unknown GDAL error";
	size_t n = strlen(msg);
	const char *cut = n > 300 ? msg + n - 240 : NULL;
	if (source)
		return fl_error_set(err, FL_EGDAL, source, 0, "%s '%s': %.40s%s%s%s", what, source,
				    msg, cut ? " ... " : "", cut ? cut : msg + (n > 40 ? 40 : n),
				    disk_full_note(source));
	return fl_error_set(err, FL_EGDAL, NULL, 0, "%s: %s", what, msg);
}

static const layer_def *layer_def_of(fl_export_layer l, size_t *index)
{
	for (size_t i = 0; i < NLAYERS; i++)
		if (LAYERS[i].id == l) {
			if (index)
				*index = i;
			return &LAYERS[i];
		}
	return NULL;
}

const char *fl_export_layer_name(fl_export_layer l)
{
	const layer_def *d = layer_def_of(l, NULL);
	return d ? d->name : NULL;
}

fl_status fl_export_layers_parse(const char *list, unsigned *mask, fl_error *err)
{
	*mask = 0;
	unsigned m = 0;
	const char *p = list;
	while (p && *p) {
		const char *e = strchr(p, ',');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		while (n && (*p == ' ')) {
			p++;
			n--;
		}
		while (n && p[n - 1] == ' ')
			n--;
		bool found = false;
		if (n == 3 && strncmp(p, "all", 3) == 0) {
			m |= FL_EXPORT_ALL;
			found = true;
		}
		for (size_t i = 0; i < NLAYERS && !found; i++)
			if (strlen(LAYERS[i].name) == n && strncmp(p, LAYERS[i].name, n) == 0) {
				m |= LAYERS[i].id;
				found = true;
			}
		if (!found)
			return fl_error_set(err, FL_EINVAL, NULL, 0,
					    "unknown layer '%.*s' (layers: places, claims, areas, "
					    "frontlines, changes)", (int)n, p);
		p = e ? e + 1 : NULL;
	}
	if (!m)
		return fl_error_set(err, FL_EINVAL, NULL, 0, "no layer named in '%s'",
				    list ? list : "");
	*mask = m;
	return FL_OK;
}

static const char *ext_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *dot = strrchr(slash ? slash : path, '.');
	return dot && dot[1] ? dot + 1 : NULL;
}

fl_status fl_export_format_of(const char *path, fl_export_format *out, fl_error *err)
{
	static const struct { const char *ext; fl_export_format f; } map[] = {
		{ "geojson", FL_EXPORT_GEOJSON }, { "json", FL_EXPORT_GEOJSON },
		{ "gpkg", FL_EXPORT_GPKG }, { "csv", FL_EXPORT_CSV }, { "kml", FL_EXPORT_KML },
	};
	const char *ext = ext_of(path);
	for (size_t i = 0; ext && i < sizeof map / sizeof map[0]; i++)
		if (strcasecmp(ext, map[i].ext) == 0) {
			*out = map[i].f;
			return FL_OK;
		}
	*out = FL_EXPORT_GEOJSON;
	return fl_error_set(err, FL_EINVAL, path, 0,
			    "cannot tell the format of '%s' by its extension (use .geojson, "
			    ".gpkg, .csv or .kml)", path);
}

static char *str_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *str_printf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = NULL;
	if (vasprintf(&s, fmt, ap) < 0)
		s = NULL;
	va_end(ap);
	return s;
}

/* A stable 31-bit hash of a string (FNV-1a), for ids that must not change between
 * runs or machines. */
static int64_t hash31(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	}
	return (int64_t)(h & 0x7fffffffu);
}

/* A feature id from a key and, in a range export, the run's first day. Dates from
 * 1900 to 2199 map to 0..109572 < 10^6, keys below 2^31 keep ids below 2^53 (exact in
 * JSON readers that use doubles). */
static int64_t run_fid(const fl_export *ex, int64_t key, fl_date from)
{
	if (!ex->range)
		return key;
	return key * 1000000 + (int64_t)(from + 25567);
}

/* Count of comma-separated ids in a sources list. */
static int count_sources(const char *s)
{
	if (!s || !*s)
		return 0;
	int n = 1;
	for (; *s; s++)
		n += *s == ',';
	return n;
}

/* ==== writing features ==================================================== */

static int fidx(const out_layer *o, const char *name)
{
	return OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(o->lyr), name);
}

static void set_str(OGRFeatureH f, const out_layer *o, const char *name, const char *v)
{
	int i = fidx(o, name);
	if (i >= 0 && v)
		OGR_F_SetFieldString(f, i, v);
}

static void set_i64(OGRFeatureH f, const out_layer *o, const char *name, int64_t v)
{
	int i = fidx(o, name);
	if (i >= 0)
		OGR_F_SetFieldInteger64(f, i, v);
}

static void set_real(OGRFeatureH f, const out_layer *o, const char *name, double v)
{
	int i = fidx(o, name);
	if (i >= 0)
		OGR_F_SetFieldDouble(f, i, v);
}

/* Degrees as the geometry has them: 6 decimals (~0.1 m). */
static void set_deg(OGRFeatureH f, const out_layer *o, const char *name, double v)
{
	set_real(f, o, name, round(v * 1e6) / 1e6);
}

static void set_date(OGRFeatureH f, const out_layer *o, const char *name, fl_date d)
{
	int i = fidx(o, name);
	if (i < 0 || d == FL_DATE_NONE)
		return;
	if (OGR_Fld_GetType(OGR_F_GetFieldDefnRef(f, i)) == OFTString) {
		char buf[11];
		OGR_F_SetFieldString(f, i, fl_date_format(d, buf));
		return;
	}
	int y, m, day;
	fl_date_to_ymd(d, &y, &m, &day);
	OGR_F_SetFieldDateTime(f, i, y, m, day, 0, 0, 0, 0);
}

static const side_style *side_style_find(const side_style *ss, size_t n, const char *side);
static fl_status load_sides(fl_export *ex, side_style **out, size_t *n, fl_error *err);
static void sides_free(side_style *ss, size_t n);

/* The OGR style string KML gets for a feature of side (LIBKML turns it into a KML
 * Style). */
static void kml_style(const fl_export *ex, const out_layer *o, OGRFeatureH f,
		      const char *side)
{
	const side_style *s = side_style_find(ex->sides, ex->nsides, side);
	unsigned r = s ? s->rgb[0] : 128, g = s ? s->rgb[1] : 128, b = s ? s->rgb[2] : 128;
	char buf[192];
	switch (wkbFlatten(o->def->gtype)) {
	case wkbMultiPolygon:
		snprintf(buf, sizeof buf, "BRUSH(fc:#%02x%02x%02x80);PEN(c:#%02x%02x%02x,w:1px)",
			 r, g, b, r, g, b);
		break;
	case wkbMultiLineString:
		snprintf(buf, sizeof buf, "PEN(c:#%02x%02x%02x,w:3px)", r, g, b);
		break;
	default:
		/* Google Earth's own circle icon, tinted with the side's colour. */
		snprintf(buf, sizeof buf, "SYMBOL(c:#%02x%02x%02x,id:\"http://maps.google.com/"
			 "mapfiles/kml/shapes/placemark_circle.png\")", r, g, b);
		break;
	}
	OGR_F_SetStyleString(f, buf);
}

/* Geometry in lon/lat (taken) onto feature f, in the layer's CRS. */
static fl_status put_geometry(fl_export *ex, out_layer *o, OGRFeatureH f, OGRGeometryH g,
			      fl_error *err)
{
	OGR_G_AssignSpatialReference(g, ex->wgs84);
	OGREnvelope env;
	OGR_G_GetEnvelope(g, &env);
	if (env.MinX < ex->bbox[0])
		ex->bbox[0] = env.MinX;
	if (env.MinY < ex->bbox[1])
		ex->bbox[1] = env.MinY;
	if (env.MaxX > ex->bbox[2])
		ex->bbox[2] = env.MaxX;
	if (env.MaxY > ex->bbox[3])
		ex->bbox[3] = env.MaxY;
	if (ex->ct && OGR_G_Transform(g, ex->ct) != OGRERR_NONE) {
		OGR_G_DestroyGeometry(g);
		return gdal_fail(err, ex->path, "cannot transform a geometry to the layer's CRS");
	}
	OGR_F_SetGeometryDirectly(f, g);
	return FL_OK;
}

static fl_status write_feature(fl_export *ex, out_layer *o, OGRFeatureH f, fl_error *err)
{
	OGRErr e = OGR_L_CreateFeature(o->lyr, f);
	OGR_F_Destroy(f);
	if (e != OGRERR_NONE) {
		char what[96];
		snprintf(what, sizeof what, "cannot write a feature to layer '%s'", o->def->name);
		return gdal_fail(err, ex->path, what);
	}
	o->count++;
	return FL_OK;
}

static OGRGeometryH point(double lon, double lat)
{
	OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
	OGR_G_SetPoint_2D(g, 0, lon, lat);
	return g;
}

static fl_status write_place(fl_export *ex, const place_run *r, fl_date to, fl_error *err)
{
	out_layer *o = &ex->out[0];
	OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(o->lyr));
	const fl_place_state *p = &r->st;
	OGR_F_SetFID(f, run_fid(ex, p->place_id, r->from));
	set_i64(f, o, "place_id", p->place_id);
	set_str(f, o, "place", p->place);
	set_str(f, o, "kind", p->kind);
	set_i64(f, o, "population", p->population);
	set_deg(f, o, "lon", p->lon);
	set_deg(f, o, "lat", p->lat);
	set_str(f, o, "side", p->side);
	set_date(f, o, "since", p->since);
	set_str(f, o, "status", p->status);
	set_str(f, o, "level", p->level);
	set_i64(f, o, "nsources", r->nsources);
	set_str(f, o, "sources", p->sources ? p->sources : "");
	set_date(f, o, "valid_from", r->from);
	set_date(f, o, "valid_to", to);
	if (ex->format == FL_EXPORT_KML) {
		kml_style(ex, o, f, p->side);
	}
	fl_status rc = put_geometry(ex, o, f, point(p->lon, p->lat), err);
	if (rc != FL_OK) {
		OGR_F_Destroy(f);
		return rc;
	}
	return write_feature(ex, o, f, err);
}

static fl_status write_geo(fl_export *ex, size_t li, const geo_run *r, fl_date to,
			   fl_error *err)
{
	out_layer *o = &ex->out[li];
	OGRGeometryH g = NULL;
	if (OGR_G_CreateFromWkb(r->wkb, NULL, &g, (int)r->wkb_len) != OGRERR_NONE || !g)
		return fl_error_set(err, FL_EINVAL, ex->path, 0,
				    "%s: the geometry of '%s' is not valid WKB", o->def->name, r->key);
	if (wkbFlatten(o->def->gtype) == wkbMultiPolygon)
		g = OGR_G_ForceToMultiPolygon(g);
	else
		g = OGR_G_ForceToMultiLineString(g);
	OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(o->lyr));
	OGR_F_SetFID(f, run_fid(ex, hash31(r->key), r->from));
	const char *colour_side;
	if (o->def->id == FL_EXPORT_AREAS) {
		set_str(f, o, "side", r->a);
		set_str(f, o, "level", r->b);
		colour_side = r->a;
	} else {
		char name[64];
		snprintf(name, sizeof name, "%s / %s", r->a, r->b);
		set_str(f, o, "name", name);
		set_str(f, o, "side_a", r->a);
		set_str(f, o, "side_b", r->b);
		colour_side = "frontline";
	}
	set_date(f, o, "valid_from", r->from);
	set_date(f, o, "valid_to", to);
	if (ex->format == FL_EXPORT_KML) {
		kml_style(ex, o, f, colour_side);
	}
	fl_status rc = put_geometry(ex, o, f, g, err);
	if (rc != FL_OK) {
		OGR_F_Destroy(f);
		return rc;
	}
	return write_feature(ex, o, f, err);
}

/* ==== opening ============================================================= */

static bool is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int popcount(unsigned m)
{
	int n = 0;
	for (; m; m &= m - 1)
		n++;
	return n;
}

static fl_status push_output(fl_export *ex, const char *path)
{
	if (fl_grow((void **)&ex->outputs, &ex->capoutputs, ex->noutputs, 1,
		    sizeof *ex->outputs) != FL_OK)
		return FL_ENOMEM;
	char *s = fl_strdup(path);
	if (!s)
		return FL_ENOMEM;
	ex->outputs[ex->noutputs++] = s;
	return FL_OK;
}

static const char *driver_name(fl_export_format f)
{
	switch (f) {
	case FL_EXPORT_GEOJSON: return "GeoJSON";
	case FL_EXPORT_GPKG: return "GPKG";
	case FL_EXPORT_CSV: return "CSV";
	case FL_EXPORT_KML: return "Memory";	/* copied to KML at the end */
	}
	return "GeoJSON";
}

static GDALDatasetH create_ds(const char *drv_name, const char *path, char **dco,
			      const char *name, fl_error *err)
{
	GDALDriverH drv = GDALGetDriverByName(drv_name);
	if (!drv) {
		fl_error_set(err, FL_EGDAL, path, 0, "GDAL has no %s driver", drv_name);
		return NULL;
	}
	if (*path)
		unlink(path);	/* a temporary left by a crashed run of the same pid */
	GDALDatasetH ds = GDALCreate(drv, path, 0, 0, 0, GDT_Unknown, dco);
	if (!ds)
		gdal_fail(err, name, "cannot create");
	return ds;
}

static fl_status create_layer(fl_export *ex, size_t li, fl_error *err)
{
	out_layer *o = &ex->out[li];
	const layer_def *d = o->def;
	GDALDatasetH ds = o->ds ? o->ds : ex->ds;
	char **lco = NULL;
	OGRSpatialReferenceH srs = ex->wgs84;
	switch (ex->format) {
	case FL_EXPORT_GEOJSON:
		lco = CSLSetNameValue(lco, "RFC7946", "YES");
		lco = CSLSetNameValue(lco, "COORDINATE_PRECISION", "6");
		lco = CSLSetNameValue(lco, "WRITE_NAME", "YES");
		if (ex->attribution)
			lco = CSLSetNameValue(lco, "DESCRIPTION", ex->attribution);
		break;
	case FL_EXPORT_GPKG:
		srs = ex->target;
		lco = CSLSetNameValue(lco, "GEOMETRY_NAME", "geom");
		lco = CSLSetNameValue(lco, "IDENTIFIER", d->name);
		if (ex->attribution)
			lco = CSLSetNameValue(lco, "DESCRIPTION", ex->attribution);
		break;
	case FL_EXPORT_CSV:
		lco = CSLSetNameValue(lco, "GEOMETRY", "AS_WKT");
		lco = CSLSetNameValue(lco, "CREATE_CSVT", "YES");
		lco = CSLSetNameValue(lco, "LINEFORMAT", "LF");
		break;
	case FL_EXPORT_KML:
		break;
	}
	o->lyr = GDALDatasetCreateLayer(ds, d->name, srs, d->gtype, lco);
	CSLDestroy(lco);
	if (!o->lyr)
		return gdal_fail(err, ex->path, "cannot create a layer");
	for (const field_def *f = d->fields; f->name; f++) {
		/* KML's ExtendedData is text: ISO dates rather than OGR's 2024/11/27; the
		 * validity dates become the TimeSpan and stay dates. */
		OGRFieldType type = f->type;
		if (ex->format == FL_EXPORT_KML && type == OFTDate &&
		    strcmp(f->name, "valid_from") != 0 && strcmp(f->name, "valid_to") != 0)
			type = OFTString;
		OGRFieldDefnH fd = OGR_Fld_Create(f->name, type);
		OGRErr e = OGR_L_CreateField(o->lyr, fd, TRUE);
		OGR_Fld_Destroy(fd);
		if (e != OGRERR_NONE)
			return gdal_fail(err, ex->path, "cannot create a field");
	}
	return FL_OK;
}

static fl_status setup_srs(fl_export *ex, fl_error *err)
{
	ex->wgs84 = OSRNewSpatialReference(NULL);
	if (!ex->wgs84 || OSRImportFromEPSG(ex->wgs84, 4326) != OGRERR_NONE)
		return gdal_fail(err, NULL, "cannot set up WGS 84");
	OSRSetAxisMappingStrategy(ex->wgs84, OAMS_TRADITIONAL_GIS_ORDER);
	if (ex->format != FL_EXPORT_GPKG || !ex->crs) {
		ex->target = OSRClone(ex->wgs84);
		OSRSetAxisMappingStrategy(ex->target, OAMS_TRADITIONAL_GIS_ORDER);
		return FL_OK;
	}
	ex->target = OSRNewSpatialReference(NULL);
	if (OSRSetFromUserInput(ex->target, ex->crs) != OGRERR_NONE)
		return fl_error_set(err, FL_EPROJ, ex->path, 0, "unknown CRS '%s'", ex->crs);
	OSRSetAxisMappingStrategy(ex->target, OAMS_TRADITIONAL_GIS_ORDER);
	if (!OSRIsSame(ex->wgs84, ex->target)) {
		ex->ct = OCTNewCoordinateTransformation(ex->wgs84, ex->target);
		if (!ex->ct)
			return gdal_fail(err, ex->path, "cannot transform to the CRS");
	}
	return FL_OK;
}

/* path less its extension: the folder of a multi-file export. */
static char *strip_ext(const char *path)
{
	char *s = fl_strdup(path);
	const char *e = s ? ext_of(s) : NULL;
	if (e)
		s[e - s - 1] = '\0';
	return s;
}

static fl_status open_outputs(fl_export *ex, fl_error *err)
{
	bool one_file_per_layer = ex->format == FL_EXPORT_GEOJSON || ex->format == FL_EXPORT_CSV;
	if (one_file_per_layer && popcount(ex->layers) > 1) {
		ex->dir = strip_ext(ex->path);
		if (!ex->dir)
			return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		if (!*ex->dir)
			return fl_error_set(err, FL_EINVAL, ex->path, 0,
					    "cannot name a folder after '%s'", ex->path);
		if (!is_dir(ex->dir) && mkdir(ex->dir, 0777) != 0)
			return fl_error_set(err, FL_EIO, ex->dir, 0, "cannot create folder '%s': %s",
					    ex->dir, strerror(errno));
	}
	if (!one_file_per_layer) {
		ex->tmp_path = fl_tmp_path(ex->path);
		if (!ex->tmp_path)
			return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		/* KML is gathered in memory and written at the end by the driver its size
		 * calls for. */
		ex->ds = create_ds(driver_name(ex->format),
				   ex->format == FL_EXPORT_KML ? "" : ex->tmp_path, NULL, ex->path, err);
		if (!ex->ds)
			return err ? err->code : FL_EGDAL;
	}
	const char *ext = ext_of(ex->path);
	for (size_t i = 0; i < NLAYERS; i++) {
		out_layer *o = &ex->out[i];
		o->def = &LAYERS[i];
		if (!(ex->layers & LAYERS[i].id))
			continue;
		if (one_file_per_layer) {
			o->final_path = ex->dir ? str_printf("%s/%s.%s", ex->dir, o->def->name, ext)
						: fl_strdup(ex->path);
			o->tmp_path = o->final_path ? fl_tmp_path(o->final_path) : NULL;
			if (!o->tmp_path)
				return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			o->ds = create_ds(driver_name(ex->format), o->tmp_path, NULL, o->final_path, err);
			if (!o->ds)
				return err ? err->code : FL_EGDAL;
		}
		fl_status rc = create_layer(ex, i, err);
		if (rc != FL_OK)
			return rc;
	}
	/* One transaction for the whole GeoPackage: SQLite is slow without. */
	if (ex->format == FL_EXPORT_GPKG && GDALDatasetStartTransaction(ex->ds, FALSE) != OGRERR_NONE)
		return gdal_fail(err, ex->path, "cannot start a transaction");
	return FL_OK;
}

fl_status fl_export_open(const char *path, const fl_export_opts *opts, fl_export **out,
			 fl_error *err)
{
	*out = NULL;
	if (!path || !*path || !opts)
		return fl_error_set(err, FL_EUSAGE, NULL, 0, "export: no output path");
	if (opts->from == FL_DATE_NONE || opts->to == FL_DATE_NONE || opts->to < opts->from)
		return fl_error_set(err, FL_EUSAGE, path, 0, "export: the range of days is empty");
	fl_export_format fmt;
	fl_status rc = fl_export_format_of(path, &fmt, err);
	if (rc != FL_OK)
		return rc;
	pthread_once(&gdal_once, gdal_init);
	fl_export *ex = calloc(1, sizeof *ex);
	if (!ex)
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	ex->format = fmt;
	ex->layers = opts->layers ? opts->layers & FL_EXPORT_ALL : FL_EXPORT_ALL;
	ex->from = opts->from;
	ex->to = opts->to;
	ex->range = opts->from < opts->to;
	ex->last = FL_DATE_NONE;
	ex->no_styles = opts->no_styles;
	ex->kml_libkml_max = opts->kml_libkml_max ? opts->kml_libkml_max : 2000;
	ex->path = fl_strdup(path);
	ex->crs = fl_strdup(opts->crs);
	ex->style_path = fl_strdup(opts->style);
	ex->templates = opts->templates ? fl_strdup(opts->templates) : fl_data_path("assets/qgis");
	ex->attribution = fl_strdup(opts->attribution);
	ex->title = fl_strdup(opts->title);
	ex->bbox[0] = ex->bbox[1] = 1e300;
	ex->bbox[2] = ex->bbox[3] = -1e300;
	for (size_t i = 0; i < NLAYERS; i++)
		ex->out[i].def = &LAYERS[i];
	if (!ex->path || !ex->templates || (opts->crs && !ex->crs) ||
	    (opts->style && !ex->style_path) || (opts->attribution && !ex->attribution) ||
	    (opts->title && !ex->title)) {
		fl_export_free(ex);
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	}
	CPLPushErrorHandler(CPLQuietErrorHandler);
	CPLErrorReset();
	rc = FL_OK;
	if (!ex->no_styles || fmt == FL_EXPORT_KML)
		rc = load_sides(ex, &ex->sides, &ex->nsides, err);
	if (rc == FL_OK)
		rc = setup_srs(ex, err);
	if (rc == FL_OK)
		rc = open_outputs(ex, err);
	CPLPopErrorHandler();
	if (rc != FL_OK) {
		fl_export_free(ex);
		return rc;
	}
	*out = ex;
	return FL_OK;
}

/* ==== claims ============================================================== */

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

fl_status fl_export_add_claims(fl_export *ex, const fl_claims *claims, fl_error *err)
{
	if (!ex || ex->finished)
		return fl_error_set(err, FL_EUSAGE, NULL, 0, "export: handle already finished");
	out_layer *o = &ex->out[1];
	if (!o->lyr || !claims || !claims->count)
		return FL_OK;
	fl_status rc = FL_OK;
	size_t sorted = ex->nclaim_ids;	/* ids before this call are sorted */
	CPLPushErrorHandler(CPLQuietErrorHandler);
	for (size_t i = 0; i < claims->count && rc == FL_OK; i++) {
		const fl_claim *c = &claims->items[i];
		int64_t id = c->id > 0 ? c->id : 0;
		if (id && sorted && bsearch(&id, ex->claim_ids, sorted, sizeof id, cmp_i64))
			continue;
		bool dup = false;
		for (size_t k = sorted; id && k < ex->nclaim_ids; k++)
			dup |= ex->claim_ids[k] == id;
		if (dup)
			continue;
		if (!id) {
			/* Not numbered by the store: ids above any real one, in input order. */
			id = ((int64_t)1 << 40) + ++ex->claim_seq;
		}
		if (fl_grow((void **)&ex->claim_ids, &ex->capclaim_ids, ex->nclaim_ids, 1,
			    sizeof id) != FL_OK) {
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			break;
		}
		ex->claim_ids[ex->nclaim_ids++] = id;
		OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(o->lyr));
		OGR_F_SetFID(f, id);
		set_i64(f, o, "claim_id", c->id);
		set_str(f, o, "article", c->article);
		set_i64(f, o, "place_id", c->place_id);
		set_str(f, o, "place", c->place);
		set_deg(f, o, "lon", c->lon);
		set_deg(f, o, "lat", c->lat);
		set_date(f, o, "date", c->date);
		set_date(f, o, "date_end", c->date_end != FL_DATE_NONE ? c->date_end : c->date);
		set_str(f, o, "date_precision", c->date_precision);
		set_str(f, o, "side", c->side);
		set_str(f, o, "event", c->event);
		set_str(f, o, "status", c->status);
		set_str(f, o, "attributed_to", c->attributed_to);
		set_real(f, o, "confidence", c->confidence);
		set_str(f, o, "actor", c->actor);
		set_str(f, o, "sentence", c->sentence);
		set_i64(f, o, "sentence_start", (int64_t)c->start);
		set_i64(f, o, "sentence_end", (int64_t)c->end);
		set_str(f, o, "author", c->author);
		set_str(f, o, "created", c->created);
		if (c->rejects)
			set_i64(f, o, "rejects", c->rejects);
		fl_date vt = c->date_end != FL_DATE_NONE && c->date_end >= c->date ? c->date_end
										    : c->date;
		set_date(f, o, "valid_from", c->date);
		set_date(f, o, "valid_to", vt);
		if (ex->format == FL_EXPORT_KML) {
			kml_style(ex, o, f, c->side);
		}
		rc = put_geometry(ex, o, f, point(c->lon, c->lat), err);
		if (rc != FL_OK)
			OGR_F_Destroy(f);
		else
			rc = write_feature(ex, o, f, err);
	}
	CPLPopErrorHandler();
	qsort(ex->claim_ids, ex->nclaim_ids, sizeof *ex->claim_ids, cmp_i64);
	return rc;
}

/* ==== days: runs of unchanged values ====================================== */

static void place_run_release(place_run *r)
{
	free(r->st.place);
	free(r->st.sources);
	r->st.place = r->st.sources = NULL;
}

static bool place_same(const place_run *r, const fl_place_state *p)
{
	return strcmp(r->st.side, p->side) == 0 && strcmp(r->st.status, p->status) == 0 &&
	       strcmp(r->st.level, p->level) == 0 && r->st.since == p->since &&
	       strcmp(r->st.sources ? r->st.sources : "", p->sources ? p->sources : "") == 0 &&
	       r->st.lat == p->lat && r->st.lon == p->lon;
}

static fl_status place_run_init(place_run *r, const fl_place_state *p, fl_date from)
{
	r->st = *p;
	r->st.place = fl_strdup(p->place ? p->place : "");
	r->st.sources = fl_strdup(p->sources ? p->sources : "");
	r->nsources = count_sources(p->sources);
	r->from = from;
	if (!r->st.place || !r->st.sources) {
		place_run_release(r);
		return FL_ENOMEM;
	}
	return FL_OK;
}

static int cmp_place_ptr(const void *a, const void *b)
{
	const fl_place_state *x = *(const fl_place_state *const *)a;
	const fl_place_state *y = *(const fl_place_state *const *)b;
	return (x->place_id > y->place_id) - (x->place_id < y->place_id);
}

/* s's places in place_id order: s itself when it is sorted (the contract), a sorted
 * index otherwise. *index is NULL when s is sorted. */
static fl_status places_sorted(const fl_state *s, const fl_place_state ***index)
{
	*index = NULL;
	bool sorted = true;
	for (size_t i = 1; i < s->count && sorted; i++)
		sorted = s->items[i - 1].place_id <= s->items[i].place_id;
	if (sorted)
		return FL_OK;
	const fl_place_state **ix = malloc(s->count * sizeof *ix);
	if (!ix)
		return FL_ENOMEM;
	for (size_t i = 0; i < s->count; i++)
		ix[i] = &s->items[i];
	qsort(ix, s->count, sizeof *ix, cmp_place_ptr);
	*index = ix;
	return FL_OK;
}

/* Merge the day's places into the open runs: a place whose value changed ends its run
 * the day before and starts a new one. */
static fl_status add_places(fl_export *ex, const fl_state *s, fl_error *err)
{
	const fl_place_state **ix;
	if (places_sorted(s, &ix) != FL_OK)
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	/* Two buffers swapped day by day: no allocation once they are big enough. */
	if (ex->capspare < s->count) {
		place_run *p = realloc(ex->spare, s->count * sizeof *p);
		if (!p) {
			free(ix);
			return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		}
		ex->spare = p;
		ex->capspare = s->count;
	}
	place_run *next = ex->spare;
	size_t nn = 0, i = 0, j = 0;
	fl_status rc = FL_OK;
	fl_date d = s->date;
	while (rc == FL_OK && (i < ex->nruns || j < s->count)) {
		const fl_place_state *p = j < s->count ? (ix ? ix[j] : &s->items[j]) : NULL;
		place_run *r = i < ex->nruns ? &ex->runs[i] : NULL;
		if (p && nn && next[nn - 1].st.place_id == p->place_id) {
			j++;	/* a place twice in one state: the first wins */
			continue;
		}
		if (r && (!p || r->st.place_id < p->place_id)) {
			rc = write_place(ex, r, d - 1, err);	/* gone from the state */
			place_run_release(r);
			i++;
		} else if (r && r->st.place_id == p->place_id) {
			if (place_same(r, p)) {
				next[nn++] = *r;
			} else {
				rc = write_place(ex, r, d - 1, err);
				place_run_release(r);
				if (rc == FL_OK && place_run_init(&next[nn], p, d) != FL_OK)
					rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
				if (rc == FL_OK)
					nn++;
			}
			i++;
			j++;
		} else {
			if (place_run_init(&next[nn], p, d) != FL_OK)
				rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			else
				nn++;
			j++;
		}
	}
	/* On failure: release what was not moved. */
	for (; i < ex->nruns; i++)
		place_run_release(&ex->runs[i]);
	ex->spare = ex->runs;
	ex->capspare = ex->capruns;
	ex->runs = next;
	ex->nruns = nn;
	ex->capruns = s->count;
	free(ix);
	return rc;
}

static void geo_run_release(geo_run *r)
{
	free(r->wkb);
	r->wkb = NULL;
}

/* Merge one day's geometries (areas or frontlines) into runs keyed by key. */
static fl_status geo_day(fl_export *ex, size_t li, geo_run **runs, size_t *n, size_t *cap,
			 const char *key, const char *a, const char *b,
			 const unsigned char *wkb, size_t len, fl_date d, fl_error *err)
{
	geo_run *r = NULL;
	for (size_t k = 0; k < *n && !r; k++)
		if (strcmp((*runs)[k].key, key) == 0)
			r = &(*runs)[k];
	if (r && r->wkb_len == len && memcmp(r->wkb, wkb, len) == 0) {
		r->seen = true;
		return FL_OK;
	}
	if (r) {
		fl_status rc = write_geo(ex, li, r, d - 1, err);
		if (rc != FL_OK)
			return rc;
		geo_run_release(r);
	} else {
		if (fl_grow((void **)runs, cap, *n, 1, sizeof **runs) != FL_OK)
			return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		r = &(*runs)[(*n)++];
		memset(r, 0, sizeof *r);
		snprintf(r->key, sizeof r->key, "%s", key);
		snprintf(r->a, sizeof r->a, "%s", a);
		snprintf(r->b, sizeof r->b, "%s", b);
	}
	r->wkb = malloc(len ? len : 1);
	if (!r->wkb) {
		/* Drop the run: nothing open to write. */
		*r = (*runs)[--(*n)];
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	}
	memcpy(r->wkb, wkb, len);
	r->wkb_len = len;
	r->from = d;
	r->seen = true;
	return FL_OK;
}

/* Write and drop the runs not seen on day d (valid_to = d - 1). */
static fl_status geo_end_unseen(fl_export *ex, size_t li, geo_run *runs, size_t *n,
				fl_date d, fl_error *err)
{
	fl_status rc = FL_OK;
	size_t k = 0;
	for (size_t i = 0; i < *n; i++) {
		if (runs[i].seen) {
			runs[k++] = runs[i];
			continue;
		}
		if (rc == FL_OK)
			rc = write_geo(ex, li, &runs[i], d - 1, err);
		geo_run_release(&runs[i]);
	}
	*n = k;
	return rc;
}

static fl_status add_territory(fl_export *ex, const fl_territory *t, fl_date d, fl_error *err)
{
	fl_status rc = FL_OK;
	for (size_t i = 0; i < ex->nareas; i++)
		ex->areas[i].seen = false;
	for (size_t i = 0; i < ex->nlines; i++)
		ex->lines[i].seen = false;
	if (ex->out[2].lyr && t)
		for (size_t i = 0; i < t->nareas && rc == FL_OK; i++) {
			const fl_area *a = &t->areas[i];
			char key[96];
			snprintf(key, sizeof key, "%s/%s", a->side, a->level);
			/* Two areas with the same side and level: keep them apart by position. */
			for (size_t k = 0; k < i; k++)
				if (strcmp(t->areas[k].side, a->side) == 0 &&
				    strcmp(t->areas[k].level, a->level) == 0)
					snprintf(key, sizeof key, "%s/%s#%zu", a->side, a->level, i);
			rc = geo_day(ex, 2, &ex->areas, &ex->nareas, &ex->capareas, key, a->side,
				     a->level, a->wkb, a->wkb_len, d, err);
		}
	if (ex->out[3].lyr && t)
		for (size_t i = 0; i < t->nlines && rc == FL_OK; i++) {
			const fl_frontline *l = &t->lines[i];
			char key[96];
			snprintf(key, sizeof key, "%s|%s", l->side_a, l->side_b);
			for (size_t k = 0; k < i; k++)
				if (strcmp(t->lines[k].side_a, l->side_a) == 0 &&
				    strcmp(t->lines[k].side_b, l->side_b) == 0)
					snprintf(key, sizeof key, "%s|%s#%zu", l->side_a, l->side_b, i);
			rc = geo_day(ex, 3, &ex->lines, &ex->nlines, &ex->caplines, key, l->side_a,
				     l->side_b, l->wkb, l->wkb_len, d, err);
		}
	fl_status r2 = geo_end_unseen(ex, 2, ex->areas, &ex->nareas, d, err);
	fl_status r3 = geo_end_unseen(ex, 3, ex->lines, &ex->nlines, d, err);
	return rc != FL_OK ? rc : r2 != FL_OK ? r2 : r3;
}

/* One feature of the changes layer. */
static fl_status write_change(fl_export *ex, fl_date date, int64_t place_id, const char *place,
			      double lon, double lat, const char *before, const char *after,
			      const char *status, const char *level, const char *sources,
			      fl_error *err)
{
	out_layer *o = &ex->out[4];
	OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(o->lyr));
	OGR_F_SetFID(f, place_id * 1000000 + (int64_t)(date + 25567));
	set_i64(f, o, "place_id", place_id);
	set_str(f, o, "place", place);
	set_deg(f, o, "lon", lon);
	set_deg(f, o, "lat", lat);
	set_date(f, o, "date", date);
	set_str(f, o, "side_before", before);
	set_str(f, o, "side_after", after);
	set_str(f, o, "status", status);
	set_str(f, o, "level", level);
	set_i64(f, o, "nsources", count_sources(sources));
	set_str(f, o, "sources", sources ? sources : "");
	set_date(f, o, "valid_from", date);
	set_date(f, o, "valid_to", date);
	if (ex->format == FL_EXPORT_KML)
		kml_style(ex, o, f, after);
	fl_status rc = put_geometry(ex, o, f, point(lon, lat), err);
	if (rc != FL_OK) {
		OGR_F_Destroy(f);
		return rc;
	}
	return write_feature(ex, o, f, err);
}

fl_status fl_export_add_changes(fl_export *ex, const fl_changes *c, fl_error *err)
{
	if (!ex || ex->finished)
		return fl_error_set(err, FL_EUSAGE, NULL, 0, "export: handle already finished");
	if (!ex->out[4].lyr || !c)
		return FL_OK;
	fl_status rc = FL_OK;
	CPLPushErrorHandler(CPLQuietErrorHandler);
	for (size_t i = 0; i < c->count && rc == FL_OK; i++) {
		const fl_change *k = &c->items[i];
		if (k->date < ex->from || k->date > ex->to)
			continue;
		rc = write_change(ex, k->date, k->place_id, k->place, k->lon, k->lat, k->from, k->to,
				  k->status, k->level, k->sources, err);
	}
	CPLPopErrorHandler();
	return rc;
}

/* Places whose side differs between prev and s. */
static fl_status add_changes(fl_export *ex, const fl_state *prev, const fl_state *s,
			     fl_error *err)
{
	const fl_place_state **pi = NULL, **si = NULL;
	if (places_sorted(prev, &pi) != FL_OK || places_sorted(s, &si) != FL_OK) {
		free(pi);
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	}
	fl_status rc = FL_OK;
	size_t i = 0, j = 0;
	while (rc == FL_OK && i < prev->count && j < s->count) {
		const fl_place_state *a = pi ? pi[i] : &prev->items[i];
		const fl_place_state *b = si ? si[j] : &s->items[j];
		if (a->place_id < b->place_id) {
			i++;
			continue;
		}
		if (b->place_id < a->place_id) {
			j++;
			continue;
		}
		i++;
		j++;
		if (strcmp(a->side, b->side) == 0)
			continue;
		rc = write_change(ex, s->date, b->place_id, b->place, b->lon, b->lat, a->side,
				  b->side, b->status, b->level, b->sources, err);
	}
	free(pi);
	free(si);
	return rc;
}

/* End every open run on day `to`. */
static fl_status end_runs(fl_export *ex, fl_date to, fl_error *err)
{
	fl_status rc = FL_OK;
	for (size_t i = 0; i < ex->nruns; i++) {
		if (rc == FL_OK)
			rc = write_place(ex, &ex->runs[i], to, err);
		place_run_release(&ex->runs[i]);
	}
	ex->nruns = 0;
	for (size_t i = 0; i < ex->nareas; i++) {
		if (rc == FL_OK)
			rc = write_geo(ex, 2, &ex->areas[i], to, err);
		geo_run_release(&ex->areas[i]);
	}
	ex->nareas = 0;
	for (size_t i = 0; i < ex->nlines; i++) {
		if (rc == FL_OK)
			rc = write_geo(ex, 3, &ex->lines[i], to, err);
		geo_run_release(&ex->lines[i]);
	}
	ex->nlines = 0;
	return rc;
}

fl_status fl_export_add_day(fl_export *ex, const fl_state *prev, const fl_state *s,
			    const fl_territory *t, fl_error *err)
{
	if (!ex || !s || ex->finished)
		return fl_error_set(err, FL_EUSAGE, NULL, 0, "export: no state or handle finished");
	fl_date d = s->date;
	char b1[11], b2[11], b3[11];
	if (d < ex->from || d > ex->to)
		return fl_error_set(err, FL_EUSAGE, ex->path, 0,
				    "export: day %s is outside %s..%s", fl_date_format(d, b1),
				    fl_date_format(ex->from, b2), fl_date_format(ex->to, b3));
	if (ex->last != FL_DATE_NONE && d <= ex->last)
		return fl_error_set(err, FL_EUSAGE, ex->path, 0,
				    "export: day %s added after %s", fl_date_format(d, b1),
				    fl_date_format(ex->last, b2));
	CPLPushErrorHandler(CPLQuietErrorHandler);
	CPLErrorReset();
	fl_status rc = FL_OK;
	if (ex->last != FL_DATE_NONE && d != ex->last + 1)
		rc = end_runs(ex, ex->last, err);	/* a gap ends every run */
	if (rc == FL_OK && ex->out[0].lyr)
		rc = add_places(ex, s, err);
	if (rc == FL_OK && (ex->out[2].lyr || ex->out[3].lyr))
		rc = add_territory(ex, t, d, err);
	if (rc == FL_OK && ex->out[4].lyr && prev)
		rc = add_changes(ex, prev, s, err);
	CPLPopErrorHandler();
	ex->last = d;
	return rc;
}

/* ==== styles ============================================================== */

static const side_style *side_style_find(const side_style *ss, size_t n, const char *side)
{
	for (size_t i = 0; i < n && side; i++)
		if (strcmp(ss[i].name, side) == 0)
			return &ss[i];
	return NULL;
}

static void sides_free(side_style *ss, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(ss[i].name);
		free(ss[i].label);
	}
	free(ss);
}

static bool parse_colour(const char *s, unsigned char rgb[3])
{
	unsigned r, g, b;
	if (!s || s[0] != '#' || (strlen(s) != 7 && strlen(s) != 9) ||
	    sscanf(s + 1, "%2x%2x%2x", &r, &g, &b) != 3)
		return false;
	rgb[0] = (unsigned char)r;
	rgb[1] = (unsigned char)g;
	rgb[2] = (unsigned char)b;
	return true;
}

/* Merge one "sides" object into ss: a side is "#rrggbb" or an object with "color"
 * (or "colour", "fill"), "label" and "hatch". Later files override colours. */
static fl_status merge_sides(json_t *sides, const char *file, side_style **ss, size_t *n,
			     size_t *cap, fl_error *err)
{
	const char *name;
	json_t *v;
	json_object_foreach(sides, name, v) {
		const char *colour = NULL, *label = NULL;
		int hatch = -1;
		if (json_is_string(v)) {
			colour = json_string_value(v);
		} else if (json_is_object(v)) {
			colour = json_string_value(json_object_get(v, "color"));
			if (!colour)
				colour = json_string_value(json_object_get(v, "colour"));
			if (!colour)
				colour = json_string_value(json_object_get(v, "fill"));
			label = json_string_value(json_object_get(v, "label"));
			json_t *h = json_object_get(v, "hatch");
			if (json_is_boolean(h))
				hatch = json_is_true(h);
		} else {
			continue;
		}
		unsigned char rgb[3];
		if (!parse_colour(colour, rgb))
			return fl_error_set(err, FL_EPARSE, file, 0,
					    "side '%s': colour '%s' is not #rrggbb", name,
					    colour ? colour : "(none)");
		side_style *s = (side_style *)side_style_find(*ss, *n, name);
		if (!s) {
			if (fl_grow((void **)ss, cap, *n, 1, sizeof **ss) != FL_OK)
				return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			s = &(*ss)[*n];
			memset(s, 0, sizeof *s);
			s->name = fl_strdup(name);
			if (!s->name)
				return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			(*n)++;
		}
		memcpy(s->rgb, rgb, 3);
		if (label) {
			free(s->label);
			s->label = fl_strdup(label);
		}
		if (!s->label)
			s->label = fl_strdup(name);
		if (!s->label)
			return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		if (hatch >= 0)
			s->hatch = hatch;
	}
	return FL_OK;
}

static fl_status load_json(const char *path, json_t **out, fl_error *err)
{
	json_error_t je;
	*out = json_load_file(path, 0, &je);
	if (!*out)
		return fl_error_set(err, FL_EPARSE, path, je.line, "%s (column %d)", je.text,
				    je.column);
	return FL_OK;
}

/* Side colours: assets/styles/qgis-sides.json first (labels, hatching, the frontline
 * colour), then the map's style file's "sides" (and "colors"."frontline") over it, so
 * QGIS shows the colours of our rendered maps. */
static fl_status load_sides(fl_export *ex, side_style **out, size_t *n, fl_error *err)
{
	*out = NULL;
	*n = 0;
	size_t cap = 0;
	char *base = fl_data_path("assets/styles/qgis-sides.json");
	if (!base)
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	json_t *j = NULL;
	fl_status rc = load_json(base, &j, err);
	if (rc == FL_OK) {
		json_t *sides = json_object_get(j, "sides");
		if (!json_is_object(sides))
			rc = fl_error_set(err, FL_EPARSE, base, 0, "no \"sides\" object");
		else
			rc = merge_sides(sides, base, out, n, &cap, err);
		json_decref(j);
	}
	if (rc == FL_OK && ex->style_path && access(ex->style_path, R_OK) == 0) {
		rc = load_json(ex->style_path, &j, err);
		if (rc == FL_OK) {
			json_t *sides = json_object_get(j, "sides");
			if (json_is_object(sides))
				rc = merge_sides(sides, ex->style_path, out, n, &cap, err);
			/* The renderer's frontline colour lives in "colors". */
			json_t *fc = json_object_get(json_object_get(j, "colors"), "frontline");
			if (rc == FL_OK && json_is_string(fc)) {
				json_t *one = json_pack("{s:O}", "frontline", fc);
				rc = one ? merge_sides(one, ex->style_path, out, n, &cap, err)
					 : fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
				json_decref(one);
			}
			json_decref(j);
		}
	}
	free(base);
	if (rc != FL_OK) {
		sides_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

/* A growable string. */
typedef struct sbuf {
	char *s;
	size_t len, cap;
	bool oom;
} sbuf;

static void sb_addn(sbuf *b, const char *s, size_t n)
{
	if (b->oom)
		return;
	if (fl_grow((void **)&b->s, &b->cap, b->len, n + 1, 1) != FL_OK) {
		b->oom = true;
		return;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void sb_add(sbuf *b, const char *s)
{
	sb_addn(b, s, strlen(s));
}

/* XML-escape s into b. */
static void sb_add_xml(sbuf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': sb_add(b, "&amp;"); break;
		case '<': sb_add(b, "&lt;"); break;
		case '>': sb_add(b, "&gt;"); break;
		case '"': sb_add(b, "&quot;"); break;
		case '\'': sb_add(b, "&apos;"); break;
		default: sb_addn(b, s, 1);
		}
	}
}

/* Append text with every @NAME@ from the (name, value) pairs replaced. Values are
 * XML-escaped, except for names written "!NAME" in kv, whose values are XML already. */
static void sb_subst(sbuf *b, const char *text, size_t len, const char *const *kv, size_t nkv)
{
	const char *p = text, *end = text + len;
	while (p < end) {
		const char *at = memchr(p, '@', (size_t)(end - p));
		if (!at) {
			sb_addn(b, p, (size_t)(end - p));
			break;
		}
		sb_addn(b, p, (size_t)(at - p));
		bool done = false;
		for (size_t k = 0; k + 1 < nkv && !done; k += 2) {
			bool raw = kv[k][0] == '!';
			const char *key = kv[k] + raw;
			size_t n = strlen(key);
			if ((size_t)(end - at) >= n + 2 && strncmp(at + 1, key, n) == 0 &&
			    at[n + 1] == '@') {
				if (raw)
					sb_add(b, kv[k + 1] ? kv[k + 1] : "");
				else
					sb_add_xml(b, kv[k + 1] ? kv[k + 1] : "");
				p = at + n + 2;
				done = true;
			}
		}
		if (!done) {
			sb_addn(b, "@", 1);
			p = at + 1;
		}
	}
}

/* text less its pattern blocks (<!--@NAME ... @NAME-->), into b. */
static void sb_strip_blocks(sbuf *b, const char *text)
{
	const char *p = text;
	for (;;) {
		const char *a = strstr(p, "<!--@");
		if (!a) {
			sb_add(b, p);
			break;
		}
		sb_addn(b, p, (size_t)(a - p));
		const char *e = strstr(a, "-->");
		if (!e)
			break;
		p = e + 3;
		if (*p == '\n')
			p++;
	}
}

/* The body of the block <!--@NAME ... @NAME--> in a template, or NULL. */
static const char *tpl_block(const char *tpl, const char *name, size_t *len)
{
	char open[48], close[48];
	snprintf(open, sizeof open, "<!--@%s\n", name);
	snprintf(close, sizeof close, "@%s-->", name);
	const char *a = strstr(tpl, open);
	if (!a)
		return NULL;
	a += strlen(open);
	const char *e = strstr(a, close);
	if (!e)
		return NULL;
	*len = (size_t)(e - a);
	return a;
}

/* A QML document for layer d from its template: @CATEGORIES@ and @SYMBOLS@ become one
 * category and one symbol per side (block SYMBOL, or SYMBOL_HATCH for hatched sides),
 * plus a catch-all for values not in the style; @COLOR@ elsewhere is the frontline
 * colour. The template's own blocks are removed. */
static fl_status build_qml(const fl_export *ex, const layer_def *d, const side_style *ss,
			   size_t nss, char **out, fl_error *err)
{
	*out = NULL;
	char *tpath = str_printf("%s/%s.qml", ex->templates, d->name);
	if (!tpath)
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	char *tpl = NULL;
	size_t tlen;
	fl_status rc = fl_read_file(tpath, 1 << 20, &tpl, &tlen, err);
	if (rc != FL_OK) {
		free(tpath);
		return rc;
	}
	size_t nsym = 0, nhatch = 0, ncat = 0;
	const char *sym = tpl_block(tpl, "SYMBOL", &nsym);
	const char *hatch = tpl_block(tpl, "SYMBOL_HATCH", &nhatch);
	const char *cat = tpl_block(tpl, "CATEGORY", &ncat);
	if (!hatch) {
		hatch = sym;
		nhatch = nsym;
	}
	sbuf cats = { 0 }, syms = { 0 }, doc = { 0 };
	const side_style *front = side_style_find(ss, nss, "frontline");
	size_t k = 0;
	for (size_t i = 0; i < nss && sym && cat; i++) {
		if (strcmp(ss[i].name, "frontline") == 0)
			continue;
		char idx[24], colour[32], fill[32];
		snprintf(idx, sizeof idx, "%zu", k++);
		snprintf(colour, sizeof colour, "%u,%u,%u,255", ss[i].rgb[0], ss[i].rgb[1],
			 ss[i].rgb[2]);
		snprintf(fill, sizeof fill, "%u,%u,%u,%d", ss[i].rgb[0], ss[i].rgb[1],
			 ss[i].rgb[2], ss[i].hatch ? 60 : 140);
		const char *kv[] = { "INDEX", idx, "VALUE", ss[i].name, "LABEL", ss[i].label,
				     "COLOR", colour, "FILL", fill };
		size_t nkv = sizeof kv / sizeof kv[0];
		sb_subst(&cats, cat, ncat, kv, nkv);
		if (ss[i].hatch)
			sb_subst(&syms, hatch, nhatch, kv, nkv);
		else
			sb_subst(&syms, sym, nsym, kv, nkv);
	}
	if (sym && cat) {
		/* Values the style does not name: grey, so nothing disappears. */
		char idx[24];
		snprintf(idx, sizeof idx, "%zu", k);
		const char *kv[] = { "INDEX", idx, "VALUE", "", "LABEL", "other values",
				     "COLOR", "128,128,128,255", "FILL", "128,128,128,140" };
		sb_subst(&cats, cat, ncat, kv, sizeof kv / sizeof kv[0]);
		sb_subst(&syms, sym, nsym, kv, sizeof kv / sizeof kv[0]);
	}
	/* The document: template less its blocks, placeholders filled. */
	sbuf stripped = { 0 };
	sb_strip_blocks(&stripped, tpl);
	char fcolour[32] = "0,0,0,255";
	if (front)
		snprintf(fcolour, sizeof fcolour, "%u,%u,%u,255", front->rgb[0], front->rgb[1],
			 front->rgb[2]);
	if (!stripped.oom && stripped.s) {
		const char *kv[] = { "COLOR", fcolour, "LAYER", d->name,
				     "!CATEGORIES", cats.s ? cats.s : "", "!SYMBOLS", syms.s ? syms.s : "" };
		sb_subst(&doc, stripped.s, stripped.len, kv, sizeof kv / sizeof kv[0]);
	}
	bool oom = cats.oom || syms.oom || stripped.oom || doc.oom || !doc.s;
	free(cats.s);
	free(syms.s);
	free(stripped.s);
	free(tpl);
	if (oom) {
		free(doc.s);
		free(tpath);
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	}
	if (strstr(doc.s, "<qgis") == NULL) {
		free(doc.s);
		rc = fl_error_set(err, FL_EPARSE, tpath, 0, "not a QGIS style template");
		free(tpath);
		return rc;
	}
	free(tpath);
	*out = doc.s;
	return FL_OK;
}

static fl_status write_text_file(const char *path, const char *text, fl_error *err)
{
	char *tmp = fl_tmp_path(path);
	if (!tmp)
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	FILE *f = fopen(tmp, "w");
	if (!f) {
		fl_status rc = fl_error_set(err, FL_EIO, path, 0, "cannot write '%s': %s", tmp,
					    strerror(errno));
		free(tmp);
		return rc;
	}
	bool ok = fputs(text, f) >= 0;
	ok = (fclose(f) == 0) && ok;
	fl_status rc;
	if (!ok) {
		rc = fl_error_set(err, FL_EIO, path, 0, "cannot write '%s': %s", tmp,
				  strerror(errno));
		unlink(tmp);
	} else {
		rc = fl_commit_file(tmp, path, err);
	}
	free(tmp);
	return rc;
}

/* The GeoPackage's layer_styles table as QGIS makes it, one default style per layer. */
static fl_status gpkg_styles(fl_export *ex, const side_style *ss, size_t nss, fl_error *err)
{
	char **lco = CSLSetNameValue(NULL, "DESCRIPTION", "QGIS styles of the layers");
	OGRLayerH st = GDALDatasetCreateLayer(ex->ds, "layer_styles", NULL, wkbNone, lco);
	CSLDestroy(lco);
	if (!st)
		return gdal_fail(err, ex->path, "cannot create the layer_styles table");
	static const struct { const char *name; OGRFieldType t; int width; } fields[] = {
		{ "f_table_catalog", OFTString, 256 }, { "f_table_schema", OFTString, 256 },
		{ "f_table_name", OFTString, 256 }, { "f_geometry_column", OFTString, 256 },
		{ "styleName", OFTString, 30 }, { "styleQML", OFTString, 0 },
		{ "styleSLD", OFTString, 0 }, { "useAsDefault", OFTInteger, 0 },
		{ "description", OFTString, 0 }, { "owner", OFTString, 30 },
		{ "ui", OFTString, 30 }, { "update_time", OFTDateTime, 0 },
	};
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		OGRFieldDefnH fd = OGR_Fld_Create(fields[i].name, fields[i].t);
		if (fields[i].width)
			OGR_Fld_SetWidth(fd, fields[i].width);
		if (strcmp(fields[i].name, "useAsDefault") == 0)
			OGR_Fld_SetSubType(fd, OFSTBoolean);
		OGRErr e = OGR_L_CreateField(st, fd, TRUE);
		OGR_Fld_Destroy(fd);
		if (e != OGRERR_NONE)
			return gdal_fail(err, ex->path, "cannot create the layer_styles table");
	}
	OGRFeatureDefnH defn = OGR_L_GetLayerDefn(st);
	fl_status rc = FL_OK;
	for (size_t i = 0; i < NLAYERS && rc == FL_OK; i++) {
		out_layer *o = &ex->out[i];
		if (!o->lyr)
			continue;
		char *qml = NULL;
		rc = build_qml(ex, o->def, ss, nss, &qml, err);
		if (rc != FL_OK)
			break;
		OGRFeatureH f = OGR_F_Create(defn);
		OGR_F_SetFieldString(f, OGR_FD_GetFieldIndex(defn, "f_table_catalog"), "");
		OGR_F_SetFieldString(f, OGR_FD_GetFieldIndex(defn, "f_table_schema"), "");
		OGR_F_SetFieldString(f, OGR_FD_GetFieldIndex(defn, "f_table_name"), o->def->name);
		OGR_F_SetFieldString(f, OGR_FD_GetFieldIndex(defn, "f_geometry_column"),
				     OGR_L_GetGeometryColumn(o->lyr));
		OGR_F_SetFieldString(f, OGR_FD_GetFieldIndex(defn, "styleName"), o->def->name);
		OGR_F_SetFieldString(f, OGR_FD_GetFieldIndex(defn, "styleQML"), qml);
		OGR_F_SetFieldString(f, OGR_FD_GetFieldIndex(defn, "styleSLD"), "");
		OGR_F_SetFieldInteger(f, OGR_FD_GetFieldIndex(defn, "useAsDefault"), 1);
		OGR_F_SetFieldString(f, OGR_FD_GetFieldIndex(defn, "description"),
				     "frontline: side colours, temporal properties on");
		OGR_F_SetFieldString(f, OGR_FD_GetFieldIndex(defn, "owner"), "");
		OGR_F_SetFieldString(f, OGR_FD_GetFieldIndex(defn, "ui"), "");
		/* A fixed time: the same inputs give the same file. */
		OGR_F_SetFieldDateTime(f, OGR_FD_GetFieldIndex(defn, "update_time"), 2000, 1, 1,
				       0, 0, 0, 100);
		if (OGR_L_CreateFeature(st, f) != OGRERR_NONE)
			rc = gdal_fail(err, ex->path, "cannot write a style");
		OGR_F_Destroy(f);
		free(qml);
	}
	return rc;
}

/* ==== the QGIS project ==================================================== */

/* WKT2 and "AUTH:CODE" of srs (caller frees both; authid may be ""). */
static fl_status srs_strings(OGRSpatialReferenceH srs, char **wkt, char **authid)
{
	*wkt = *authid = NULL;
	const char *opts[] = { "FORMAT=WKT2_2019", NULL };
	char *w = NULL;
	if (OSRExportToWktEx(srs, &w, opts) != OGRERR_NONE)
		return FL_EGDAL;
	*wkt = fl_strdup(w);
	CPLFree(w);
	const char *an = OSRGetAuthorityName(srs, NULL), *ac = OSRGetAuthorityCode(srs, NULL);
	*authid = an && ac ? str_printf("%s:%s", an, ac) : fl_strdup("");
	if (!*wkt || !*authid) {
		free(*wkt);
		free(*authid);
		*wkt = *authid = NULL;
		return FL_ENOMEM;
	}
	return FL_OK;
}

/* The inside of a QML document: what goes into a project's maplayer element. */
static char *qml_body(const char *qml)
{
	const char *a = strstr(qml, "<qgis");
	a = a ? strchr(a, '>') : NULL;
	const char *e = strstr(qml, "</qgis>");
	if (!a || !e || e < a)
		return NULL;
	a++;
	return strndup(a, (size_t)(e - a));
}

static const char *geometry_word(OGRwkbGeometryType t)
{
	switch (wkbFlatten(t)) {
	case wkbMultiPolygon: case wkbPolygon: return "Polygon";
	case wkbMultiLineString: case wkbLineString: return "Line";
	default: return "Point";
	}
}

static fl_status write_project(fl_export *ex, const side_style *ss, size_t nss, fl_error *err)
{
	/* Where: OUT/OUT.qgs for a folder, OUT.qgs beside a single file. */
	char *base = ex->dir ? fl_strdup(ex->dir) : strip_ext(ex->path);
	const char *slash = base ? strrchr(base, '/') : NULL;
	const char *bname = slash ? slash + 1 : base;
	char *qgs = !base ? NULL : ex->dir ? str_printf("%s/%s.qgs", base, bname)
					   : str_printf("%s.qgs", base);
	const char *pslash = strrchr(ex->path, '/');
	const char *file = pslash ? pslash + 1 : ex->path;
	char *tpath = str_printf("%s/project.qgs", ex->templates);
	char *tpl = NULL, *crs_wkt = NULL, *crs_id = NULL, *lwkt = NULL, *lid = NULL;
	size_t tlen;
	sbuf tree = { 0 }, layers = { 0 }, doc = { 0 }, stripped = { 0 };
	fl_status rc = FL_OK;
	if (!qgs || !tpath) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	rc = fl_read_file(tpath, 1 << 20, &tpl, &tlen, err);
	if (rc != FL_OK)
		goto out;
	size_t ntree = 0, nmap = 0;
	const char *btree = tpl_block(tpl, "TREE_LAYER", &ntree);
	const char *bmap = tpl_block(tpl, "MAPLAYER", &nmap);
	if (!btree || !bmap) {
		rc = fl_error_set(err, FL_EPARSE, tpath, 0, "not a frontline project template");
		goto out;
	}
	/* The project shows the map's CRS; layers say their own. */
	OGRSpatialReferenceH display = ex->wgs84;
	OGRSpatialReferenceH mine = NULL;
	if (ex->crs) {
		mine = OSRNewSpatialReference(NULL);
		if (OSRSetFromUserInput(mine, ex->crs) == OGRERR_NONE) {
			OSRSetAxisMappingStrategy(mine, OAMS_TRADITIONAL_GIS_ORDER);
			display = mine;
		}
	}
	if (srs_strings(display, &crs_wkt, &crs_id) != FL_OK ||
	    srs_strings(ex->format == FL_EXPORT_GPKG ? ex->target : ex->wgs84, &lwkt, &lid) != FL_OK) {
		if (mine)
			OSRDestroySpatialReference(mine);
		rc = gdal_fail(err, ex->path, "cannot describe the CRS");
		goto out;
	}
	/* The extent of what was written, in the display CRS. */
	double b[4] = { ex->bbox[0], ex->bbox[1], ex->bbox[2], ex->bbox[3] };
	if (b[0] > b[2]) {
		b[0] = -180;
		b[1] = -90;
		b[2] = 180;
		b[3] = 90;
	}
	if (display != ex->wgs84) {
		OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(ex->wgs84, display);
		double o[4];
		if (ct && OCTTransformBounds(ct, b[0], b[1], b[2], b[3], &o[0], &o[1], &o[2], &o[3], 21))
			memcpy(b, o, sizeof b);
		if (ct)
			OCTDestroyCoordinateTransformation(ct);
	}
	bool geographic = OSRIsGeographic(display);
	if (mine)
		OSRDestroySpatialReference(mine);
	/* Layers top to bottom: points over lines over areas. */
	static const fl_export_layer order[] = { FL_EXPORT_PLACES, FL_EXPORT_CHANGES,
						 FL_EXPORT_CLAIMS, FL_EXPORT_FRONTLINES,
						 FL_EXPORT_AREAS };
	for (size_t k = 0; k < sizeof order / sizeof order[0] && rc == FL_OK; k++) {
		size_t li = 0;
		layer_def_of(order[k], &li);
		out_layer *o = &ex->out[li];
		if (!o->lyr)
			continue;
		char *src;
		if (ex->dir) {
			const char *fs = strrchr(o->final_path, '/');
			src = str_printf("./%s", fs ? fs + 1 : o->final_path);
		} else if (ex->format == FL_EXPORT_GPKG) {
			src = str_printf("./%s|layername=%s", file, o->def->name);
		} else {
			src = str_printf("./%s", file);
		}
		char *qml = NULL, *body = NULL;
		if (!src) {
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			break;
		}
		rc = build_qml(ex, o->def, ss, nss, &qml, err);
		if (rc == FL_OK && !(body = qml_body(qml)))
			rc = fl_error_set(err, FL_EPARSE, ex->templates, 0,
					  "the style of '%s' has no qgis element", o->def->name);
		/* QGIS keeps a layer id from a project only if it is over 10 characters. */
		char id[64];
		snprintf(id, sizeof id, "frontline_%s", o->def->name);
		if (rc == FL_OK) {
			const char *kv[] = { "ID", id, "NAME", o->def->name, "SOURCE", src,
					     "GEOMETRY", geometry_word(o->def->gtype),
					     "LAYER_WKT", lwkt, "LAYER_AUTHID", lid, "!STYLE", body };
			sb_subst(&tree, btree, ntree, kv, sizeof kv / sizeof kv[0]);
			sb_subst(&layers, bmap, nmap, kv, sizeof kv / sizeof kv[0]);
		}
		free(body);
		free(qml);
		free(src);
	}
	if (rc != FL_OK)
		goto out;
	char d1[11], d2[11], x[4][32];
	for (int i = 0; i < 4; i++)
		snprintf(x[i], sizeof x[i], geographic ? "%.6f" : "%.1f", b[i]);
	char *title = ex->title ? fl_strdup(ex->title) : fl_strdup("frontline");
	char *abstract = str_printf("frontline export, %s to %s", fl_date_format(ex->from, d1),
				    fl_date_format(ex->to, d2));
	fl_date_format(ex->to + 1, d2);	/* the range ends at the end of the last day */
	const char *kv[] = { "TITLE", title, "ABSTRACT", abstract,
			     "ATTRIBUTION", ex->attribution ? ex->attribution : "",
			     "CRS_WKT", crs_wkt, "CRS_AUTHID", crs_id,
			     "UNITS", geographic ? "degrees" : "meters", "XMIN", x[0], "YMIN", x[1],
			     "XMAX", x[2], "YMAX", x[3], "START", d1, "END", d2,
			     "!TREE", tree.s ? tree.s : "", "!LAYERS", layers.s ? layers.s : "" };
	sb_strip_blocks(&stripped, tpl);
	if (stripped.s && title && abstract)
		sb_subst(&doc, stripped.s, stripped.len, kv, sizeof kv / sizeof kv[0]);
	free(title);
	free(abstract);
	if (tree.oom || layers.oom || stripped.oom || doc.oom || !doc.s) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	rc = write_text_file(qgs, doc.s, err);
	if (rc == FL_OK)
		rc = push_output(ex, qgs);
out:
	free(tree.s);
	free(layers.s);
	free(doc.s);
	free(stripped.s);
	free(tpl);
	free(tpath);
	free(crs_wkt);
	free(crs_id);
	free(lwkt);
	free(lid);
	free(qgs);
	free(base);
	return rc;
}

/* ==== KML ================================================================ */

/* Copy the layers gathered in memory to the KML file: LIBKML (styles, TimeSpans from
 * valid_from/valid_to, the place as the placemark's name) when there are few features,
 * the plain KML driver (linear time) otherwise, with dates as ISO text. */
/* ---- KML: a large export ------------------------------------------------- */

/* GDAL 3.6's LIBKML writer takes quadratic time in the number of placemarks (fixed in
 * GDAL 3.9.1, OSGeo/gdal#10142: 4,000 points take minutes), and its plain KML driver
 * writes no fills, no point styles and no TimeSpans (only a LineStyle from the PEN). So
 * above kml_libkml_max features the KML is written here, in one pass, in the form LIBKML
 * writes: a Schema per layer, a Document per layer, Placemarks with their name,
 * TimeSpan, Style (from the feature's OGR style string, read with OGR's style manager)
 * and ExtendedData, and the geometry as OGR_G_ExportToKML gives it. Readers see the
 * same layers, fields and styles as from a small export. */

typedef struct kml_out {
	FILE *f;
	bool bad;		/* a write failed */
} kml_out;

static void kml_printf(kml_out *k, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void kml_printf(kml_out *k, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (vfprintf(k->f, fmt, ap) < 0)
		k->bad = true;
	va_end(ap);
}

static void kml_text(kml_out *k, const char *s)
{
	char *e = CPLEscapeString(s, -1, CPLES_XML);
	kml_printf(k, "%s", e ? e : "");
	CPLFree(e);
}

/* An OGR colour "#rrggbb[aa]" as KML's aabbggrr; alpha if the colour has none. */
static bool kml_colour(OGRStyleToolH st, const char *c, int alpha, char out[9])
{
	int r, g, b, a = alpha;
	if (!c || !OGR_ST_GetRGBFromString(st, c, &r, &g, &b, &a))
		return false;
	if (strlen(c) < 9)
		a = alpha;
	snprintf(out, 9, "%02x%02x%02x%02x", a & 255, b & 255, g & 255, r & 255);
	return true;
}

/* The feature's OGR style string as an inline KML Style (nothing without one). */
static void kml_feature_style(kml_out *k, OGRFeatureH f)
{
	OGRStyleMgrH sm = OGR_SM_Create(NULL);
	if (!sm)
		return;
	const char *str = OGR_SM_InitFromFeature(sm, f);
	int n = str ? OGR_SM_GetPartCount(sm, NULL) : 0;
	char icon[9] = "", line[9] = "", poly[9] = "";
	char href[300] = "";
	double width = -1;
	for (int i = 0; i < n; i++) {
		OGRStyleToolH st = OGR_SM_GetPart(sm, i, NULL);
		if (!st)
			continue;
		int isnull = 1;
		OGR_ST_SetUnit(st, OGRSTUPixel, 1.0);
		switch (OGR_ST_GetType(st)) {
		case OGRSTCPen: {
			kml_colour(st, OGR_ST_GetParamStr(st, OGRSTPenColor, &isnull), 255, line);
			double w = OGR_ST_GetParamDbl(st, OGRSTPenWidth, &isnull);
			if (!isnull)
				width = w;
			break;
		}
		case OGRSTCBrush:
			kml_colour(st, OGR_ST_GetParamStr(st, OGRSTBrushFColor, &isnull), 255, poly);
			break;
		case OGRSTCSymbol: {
			kml_colour(st, OGR_ST_GetParamStr(st, OGRSTSymbolColor, &isnull), 255, icon);
			const char *id = OGR_ST_GetParamStr(st, OGRSTSymbolId, &isnull);
			if (!isnull && id)
				snprintf(href, sizeof href, "%s", id);
			break;
		}
		default:
			break;
		}
		OGR_ST_Destroy(st);
	}
	OGR_SM_Destroy(sm);
	if (!icon[0] && !line[0] && !poly[0])
		return;
	kml_printf(k, "        <Style>\n");
	if (icon[0]) {
		kml_printf(k, "          <IconStyle>\n            <color>%s</color>\n", icon);
		if (href[0]) {
			kml_printf(k, "            <Icon>\n              <href>");
			kml_text(k, href);
			kml_printf(k, "</href>\n            </Icon>\n");
		}
		kml_printf(k, "          </IconStyle>\n");
	}
	if (line[0]) {
		kml_printf(k, "          <LineStyle>\n            <color>%s</color>\n", line);
		if (width >= 0)
			kml_printf(k, "            <width>%g</width>\n", width);
		kml_printf(k, "          </LineStyle>\n");
	}
	if (poly[0])
		kml_printf(k, "          <PolyStyle>\n            <color>%s</color>\n          </PolyStyle>\n", poly);
	kml_printf(k, "        </Style>\n");
}

/* A date field as KML's dateTime, LIBKML's way (the day at 00:00). */
static bool kml_date(OGRFeatureH f, int i, char out[24])
{
	int y, m, d, h, mi, tz;
	float sec;
	if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i) ||
	    !OGR_F_GetFieldAsDateTimeEx(f, i, &y, &m, &d, &h, &mi, &sec, &tz))
		return false;
	snprintf(out, 24, "%04d-%02d-%02dT00:00:00", y, m, d);
	return true;
}

static fl_status kml_write_stream(fl_export *ex, fl_error *err)
{
	kml_out k = { fopen(ex->tmp_path, "wb"), false };
	if (!k.f)
		return fl_error_set(err, FL_EIO, ex->path, 0, "cannot write '%s': %s%s", ex->path,
				    strerror(errno), disk_full_note(ex->path));
	kml_printf(&k, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		   "<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n"
		   "  <Document id=\"root_doc\">\n");
	for (size_t i = 0; i < NLAYERS; i++) {
		const out_layer *o = &ex->out[i];
		if (!o->lyr)
			continue;
		kml_printf(&k, "    <Schema id=\"%s.schema\">\n", o->def->name);
		/* As LIBKML: the name field is in the schema, its value only in <name>. */
		for (const field_def *fd = o->def->fields; fd->name; fd++) {
			if (strcmp(fd->name, "valid_from") == 0 || strcmp(fd->name, "valid_to") == 0)
				continue;
			kml_printf(&k, "      <SimpleField name=\"%s\" type=\"%s\"/>\n", fd->name,
				   fd->type == OFTInteger ? "int" : fd->type == OFTReal ? "float" : "string");
		}
		kml_printf(&k, "    </Schema>\n");
	}
	fl_status rc = FL_OK;
	for (size_t i = 0; i < NLAYERS && rc == FL_OK && !k.bad; i++) {
		out_layer *o = &ex->out[i];
		if (!o->lyr)
			continue;
		const char *ln = o->def->name;
		kml_printf(&k, "    <Document id=\"%s\">\n      <name>%s</name>\n", ln, ln);
		OGRFeatureDefnH fdefn = OGR_L_GetLayerDefn(o->lyr);
		int nf = OGR_FD_GetFieldCount(fdefn);
		int iname = OGR_FD_GetFieldIndex(fdefn, o->def->kml_name);
		int ifrom = OGR_FD_GetFieldIndex(fdefn, "valid_from");
		int ito = OGR_FD_GetFieldIndex(fdefn, "valid_to");
		OGR_L_ResetReading(o->lyr);
		OGRFeatureH f;
		size_t n = 0;
		while (!k.bad && (f = OGR_L_GetNextFeature(o->lyr))) {
			kml_printf(&k, "      <Placemark id=\"%s.%zu\">\n", ln, ++n);
			if (iname >= 0 && OGR_F_IsFieldSetAndNotNull(f, iname)) {
				kml_printf(&k, "        <name>");
				kml_text(&k, OGR_F_GetFieldAsString(f, iname));
				kml_printf(&k, "</name>\n");
			}
			char b[24], e[24];
			bool hb = kml_date(f, ifrom, b), he = kml_date(f, ito, e);
			if (hb || he) {
				kml_printf(&k, "        <TimeSpan>\n");
				if (hb)
					kml_printf(&k, "          <begin>%s</begin>\n", b);
				if (he)
					kml_printf(&k, "          <end>%s</end>\n", e);
				kml_printf(&k, "        </TimeSpan>\n");
			}
			kml_feature_style(&k, f);
			kml_printf(&k, "        <ExtendedData>\n          <SchemaData schemaUrl=\"#%s.schema\">\n", ln);
			for (int fi = 0; fi < nf; fi++) {
				if (fi == iname || fi == ifrom || fi == ito || !OGR_F_IsFieldSetAndNotNull(f, fi))
					continue;
				OGRFieldDefnH fd = OGR_FD_GetFieldDefn(fdefn, fi);
				kml_printf(&k, "            <SimpleData name=\"%s\">", OGR_Fld_GetNameRef(fd));
				kml_text(&k, OGR_F_GetFieldAsString(f, fi));
				kml_printf(&k, "</SimpleData>\n");
			}
			kml_printf(&k, "          </SchemaData>\n        </ExtendedData>\n");
			OGRGeometryH g = OGR_F_GetGeometryRef(f);
			char *gk = g ? OGR_G_ExportToKML(g, NULL) : NULL;
			if (g && !gk)
				rc = gdal_fail(err, ex->path, "cannot write a KML geometry");
			else if (gk)
				kml_printf(&k, "        %s\n", gk);
			CPLFree(gk);
			kml_printf(&k, "      </Placemark>\n");
			OGR_F_Destroy(f);
			if (rc != FL_OK)
				break;
		}
		kml_printf(&k, "    </Document>\n");
	}
	kml_printf(&k, "  </Document>\n</kml>\n");
	if (fclose(k.f) != 0)
		k.bad = true;
	if (rc == FL_OK && k.bad)
		rc = fl_error_set(err, FL_EIO, ex->path, 0, "cannot write '%s': %s%s", ex->path,
				  strerror(errno), disk_full_note(ex->path));
	if (rc != FL_OK)
		unlink(ex->tmp_path);
	return rc;
}

/* Copy the layers built in memory into the KML file: through LIBKML up to
 * kml_libkml_max features, in one pass of our own above (see kml_write_stream). */
static fl_status kml_write(fl_export *ex, fl_error *err)
{
	size_t total = 0;
	for (size_t i = 0; i < NLAYERS; i++)
		total += ex->out[i].count;
	if (total > ex->kml_libkml_max)
		return kml_write_stream(ex, err);
	GDALDatasetH ds = create_ds("LIBKML", ex->tmp_path, NULL, ex->path, err);
	if (!ds)
		return err ? err->code : FL_EGDAL;
	fl_status rc = FL_OK;
	for (size_t i = 0; i < NLAYERS && rc == FL_OK; i++) {
		out_layer *o = &ex->out[i];
		if (!o->lyr)
			continue;
		OGRFeatureDefnH src = OGR_L_GetLayerDefn(o->lyr);
		OGRLayerH dl = GDALDatasetCreateLayer(ds, o->def->name, ex->wgs84, o->def->gtype, NULL);
		if (!dl) {
			rc = gdal_fail(err, ex->path, "cannot create a KML folder");
			break;
		}
		int nf = OGR_FD_GetFieldCount(src);
		for (int k = 0; k < nf && rc == FL_OK; k++) {
			OGRFieldDefnH sf = OGR_FD_GetFieldDefn(src, k);
			OGRFieldDefnH df = OGR_Fld_Create(OGR_Fld_GetNameRef(sf), OGR_Fld_GetType(sf));
			if (OGR_L_CreateField(dl, df, TRUE) != OGRERR_NONE)
				rc = gdal_fail(err, ex->path, "cannot create a KML field");
			OGR_Fld_Destroy(df);
		}
		CPLSetThreadLocalConfigOption("LIBKML_NAME_FIELD", o->def->kml_name);
		CPLSetThreadLocalConfigOption("LIBKML_BEGIN_FIELD", "valid_from");
		CPLSetThreadLocalConfigOption("LIBKML_END_FIELD", "valid_to");
		OGRFeatureDefnH dd = OGR_L_GetLayerDefn(dl);
		OGR_L_ResetReading(o->lyr);
		OGRFeatureH f;
		while (rc == FL_OK && (f = OGR_L_GetNextFeature(o->lyr))) {
			OGRFeatureH g = OGR_F_Create(dd);
			OGR_F_SetFrom(g, f, TRUE);
			OGR_F_SetFID(g, OGR_F_GetFID(f));
			if (OGR_L_CreateFeature(dl, g) != OGRERR_NONE)
				rc = gdal_fail(err, ex->path, "cannot write a KML placemark");
			OGR_F_Destroy(g);
			OGR_F_Destroy(f);
		}
		CPLSetThreadLocalConfigOption("LIBKML_NAME_FIELD", NULL);
		CPLSetThreadLocalConfigOption("LIBKML_BEGIN_FIELD", NULL);
		CPLSetThreadLocalConfigOption("LIBKML_END_FIELD", NULL);
	}
	CPLErrorReset();
	GDALClose(ds);
	if (rc == FL_OK && CPLGetLastErrorType() >= CE_Failure)
		rc = gdal_fail(err, ex->path, "cannot finish");
	if (rc != FL_OK)
		unlink(ex->tmp_path);
	return rc;
}

/* ==== finishing =========================================================== */

/* GDAL's GeoJSON, CSV and KML writers do not report failed writes (a full disk gives a
 * truncated file and no error), so a text output is checked before it is renamed: it
 * must end as its format ends and hold a line per feature at least. */
static fl_status verify_text(const char *tmp, const char *final, fl_export_format fmt,
			     size_t count, fl_error *err)
{
	FILE *f = fopen(tmp, "rb");
	if (!f)
		return fl_error_set(err, FL_EIO, final, 0, "cannot write '%s': %s%s", final,
				    strerror(errno), disk_full_note(final));
	char buf[65536], tail[16] = "";
	size_t n, lines = 0, tlen = 0;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
		for (size_t i = 0; i < n; i++)
			lines += buf[i] == '\n';
		size_t k = n < sizeof tail - 1 ? n : sizeof tail - 1;
		if (tlen + k > sizeof tail - 1) {
			size_t keep = sizeof tail - 1 - k;
			memmove(tail, tail + tlen - keep, keep);
			tlen = keep;
		}
		memcpy(tail + tlen, buf + n - k, k);
		tlen += k;
		tail[tlen] = '\0';
	}
	bool bad_read = ferror(f);
	fclose(f);
	while (tlen && (tail[tlen - 1] == '\n' || tail[tlen - 1] == '\r' || tail[tlen - 1] == ' '))
		tail[--tlen] = '\0';
	bool whole;
	switch (fmt) {
	case FL_EXPORT_GEOJSON: whole = tlen && tail[tlen - 1] == '}' && lines >= count + 3; break;
	case FL_EXPORT_CSV: whole = lines >= count + 1; break;
	case FL_EXPORT_KML: whole = tlen >= 6 && strcmp(tail + tlen - 6, "</kml>") == 0; break;
	default: whole = true;
	}
	if (bad_read || !whole)
		return fl_error_set(err, FL_EIO, final, 0, "cannot write '%s': the file came out "
				    "incomplete%s", final, disk_full_note(final));
	return FL_OK;
}

/* The CSV driver's sidecar files (.csvt types, .prj CRS) beside a layer's temporary
 * file, renamed with it. */
static const char *const CSV_SIDECARS[] = { "csvt", "prj" };

static fl_status commit_sidecars(fl_export *ex, const out_layer *o, fl_error *err)
{
	fl_status rc = FL_OK;
	char *tt = strip_ext(o->tmp_path), *ft = strip_ext(o->final_path);
	for (size_t k = 0; k < 2 && rc == FL_OK; k++) {
		char *ts = tt ? str_printf("%s.%s", tt, CSV_SIDECARS[k]) : NULL;
		char *fs = ft ? str_printf("%s.%s", ft, CSV_SIDECARS[k]) : NULL;
		if (!ts || !fs)
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		else if (access(ts, F_OK) == 0 && (rc = fl_commit_file(ts, fs, err)) == FL_OK)
			rc = push_output(ex, fs);
		free(ts);
		free(fs);
	}
	free(tt);
	free(ft);
	return rc;
}

fl_status fl_export_finish(fl_export *ex, fl_error *err)
{
	if (!ex || ex->finished)
		return fl_error_set(err, FL_EUSAGE, NULL, 0, "export: finished twice");
	ex->finished = true;
	CPLPushErrorHandler(CPLQuietErrorHandler);
	CPLErrorReset();
	fl_status rc = FL_OK;
	if (ex->last != FL_DATE_NONE)
		rc = end_runs(ex, ex->last, err);
	const side_style *ss = ex->sides;
	size_t nss = ex->nsides;
	if (ex->format == FL_EXPORT_GPKG) {
		if (rc == FL_OK && GDALDatasetCommitTransaction(ex->ds) != OGRERR_NONE)
			rc = gdal_fail(err, ex->path, "cannot commit");
		if (rc == FL_OK && !ex->no_styles)
			rc = gpkg_styles(ex, ss, nss, err);
	}
	if (rc == FL_OK && ex->format == FL_EXPORT_KML)
		rc = kml_write(ex, err);
	/* Close the datasources: GeoJSON, KML and GeoPackage finish their files here. */
	for (size_t i = 0; i < NLAYERS; i++)
		if (ex->out[i].ds) {
			CPLErrorReset();
			GDALClose(ex->out[i].ds);
			ex->out[i].ds = NULL;
			if (rc == FL_OK && CPLGetLastErrorType() >= CE_Failure)
				rc = gdal_fail(err, ex->out[i].final_path, "cannot finish");
		}
	if (ex->ds) {
		CPLErrorReset();
		GDALClose(ex->ds);
		ex->ds = NULL;
		if (rc == FL_OK && CPLGetLastErrorType() >= CE_Failure)
			rc = gdal_fail(err, ex->path, "cannot finish");
	}
	/* Rename into place: each file whole. */
	for (size_t i = 0; i < NLAYERS && rc == FL_OK; i++) {
		out_layer *o = &ex->out[i];
		if (!o->lyr || !o->tmp_path)
			continue;
		rc = verify_text(o->tmp_path, o->final_path, ex->format, o->count, err);
		if (rc == FL_OK && ex->format == FL_EXPORT_CSV)
			rc = commit_sidecars(ex, o, err);
		if (rc != FL_OK)
			break;
		rc = fl_commit_file(o->tmp_path, o->final_path, err);
		if (rc == FL_OK) {
			free(o->tmp_path);
			o->tmp_path = NULL;
			rc = push_output(ex, o->final_path);
		}
		if (rc == FL_OK && !ex->no_styles) {
			char *base = strip_ext(o->final_path);
			char *qpath = base ? str_printf("%s.qml", base) : NULL;
			char *qml = NULL;
			if (!qpath)
				rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			if (rc == FL_OK)
				rc = build_qml(ex, o->def, ss, nss, &qml, err);
			if (rc == FL_OK)
				rc = write_text_file(qpath, qml, err);
			if (rc == FL_OK)
				rc = push_output(ex, qpath);
			free(qml);
			free(qpath);
			free(base);
		}
	}
	if (rc == FL_OK && ex->tmp_path && ex->format == FL_EXPORT_KML)
		rc = verify_text(ex->tmp_path, ex->path, ex->format, 0, err);
	if (rc == FL_OK && ex->tmp_path) {
		rc = fl_commit_file(ex->tmp_path, ex->path, err);
		if (rc == FL_OK) {
			free(ex->tmp_path);
			ex->tmp_path = NULL;
			rc = push_output(ex, ex->path);
		}
	}
	if (rc == FL_OK && !ex->no_styles && ex->format != FL_EXPORT_KML)
		rc = write_project(ex, ss, nss, err);
	CPLPopErrorHandler();
	return rc;
}

const char *fl_export_output(const fl_export *ex, size_t i)
{
	return ex && i < ex->noutputs ? ex->outputs[i] : NULL;
}

size_t fl_export_count(const fl_export *ex, fl_export_layer l)
{
	size_t i;
	if (!ex || !layer_def_of(l, &i))
		return 0;
	return ex->out[i].count;
}

static void remove_tmp(char *path)
{
	if (!path)
		return;
	unlink(path);
	if (strlen(path) > 4 && strcmp(path + strlen(path) - 4, ".csv") == 0) {
		char *t = strip_ext(path);
		for (size_t k = 0; t && k < 2; k++) {
			char *side = str_printf("%s.%s", t, CSV_SIDECARS[k]);
			if (side)
				unlink(side);
			free(side);
		}
		free(t);
	}
}

void fl_export_free(fl_export *ex)
{
	if (!ex)
		return;
	CPLPushErrorHandler(CPLQuietErrorHandler);
	for (size_t i = 0; i < NLAYERS; i++) {
		out_layer *o = &ex->out[i];
		if (o->ds)
			GDALClose(o->ds);
		remove_tmp(o->tmp_path);
		free(o->tmp_path);
		free(o->final_path);
	}
	if (ex->ds)
		GDALClose(ex->ds);
	remove_tmp(ex->tmp_path);
	CPLPopErrorHandler();
	free(ex->tmp_path);
	for (size_t i = 0; i < ex->nruns; i++)
		place_run_release(&ex->runs[i]);
	free(ex->runs);
	free(ex->spare);
	for (size_t i = 0; i < ex->nareas; i++)
		geo_run_release(&ex->areas[i]);
	for (size_t i = 0; i < ex->nlines; i++)
		geo_run_release(&ex->lines[i]);
	free(ex->areas);
	free(ex->lines);
	free(ex->claim_ids);
	for (size_t i = 0; i < ex->noutputs; i++)
		free(ex->outputs[i]);
	free(ex->outputs);
	if (ex->ct)
		OCTDestroyCoordinateTransformation(ex->ct);
	if (ex->wgs84)
		OSRDestroySpatialReference(ex->wgs84);
	if (ex->target)
		OSRDestroySpatialReference(ex->target);
	free(ex->path);
	free(ex->dir);
	free(ex->crs);
	free(ex->style_path);
	free(ex->templates);
	free(ex->attribution);
	free(ex->title);
	sides_free(ex->sides, ex->nsides);
	free(ex);
}

fl_status fl_export_places(const fl_state *s, const char *path, fl_error *err)
{
	fl_export_opts o = { .layers = FL_EXPORT_PLACES, .from = s->date, .to = s->date };
	fl_export *ex;
	fl_status rc = fl_export_open(path, &o, &ex, err);
	if (rc != FL_OK)
		return rc;
	rc = fl_export_add_day(ex, NULL, s, NULL, err);
	if (rc == FL_OK)
		rc = fl_export_finish(ex, err);
	fl_export_free(ex);
	return rc;
}
