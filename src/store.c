/* SPDX-License-Identifier: MIT
 *
 * store.c - the claim store over OGR: one code path for a GeoPackage file and a
 * PostgreSQL/PostGIS database.
 *
 * Every write is one dataset transaction (SQLite's or PostgreSQL's), so a killed
 * process leaves the store as it was. The article's SHA-256 carries a unique index:
 * two processes racing to ingest the same article both try to insert it, the database
 * makes one of them fail, and that one rolls back and reports "already there". Claims
 * are never edited; analyst corrections are new rows in their own layer. The schema
 * version lives in fl_meta and open() migrates older stores forward.
 *
 * Not here: what the claims mean (timeline.c), where the places are (gazetteer.c).
 */
#include "store.h"

/* Baselines and correction files are read whole by OGR: keep them bounded. */
#define FL_IMPORT_MAX_BYTES ((size_t)256 << 20)

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <utf8proc.h>

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "gazetteer.h"

/* ---- schema ---------------------------------------------------------------- */

typedef struct field_def {
	const char *name;	/* column name (lowercase: PostgreSQL launders) */
	OGRFieldType type;	/* OGR type */
	int width;		/* 0: unlimited */
} field_def;

/* Claims and overrides share one row layout. */
enum {
	C_ARTICLE, C_PLACE_ID, C_PLACE, C_LAT, C_LON, C_DATE, C_DATE_END, C_PRECISION,
	C_SIDE, C_EVENT, C_STATUS, C_ATTRIBUTED, C_SOURCE_SIDE, C_CONFIDENCE, C_ACTOR,
	C_SENTENCE, C_START, C_END, C_AUTHOR, C_CREATED, C_REJECTS, C_EFF, C_KEY, C_NFIELDS
};

static const field_def claim_fields[C_NFIELDS] = {
	{ "article", OFTString, 64 },
	{ "place_id", OFTInteger64, 0 },
	{ "place", OFTString, 0 },
	{ "lat", OFTReal, 0 },
	{ "lon", OFTReal, 0 },
	{ "claim_date", OFTDate, 0 },
	{ "claim_date_end", OFTDate, 0 },
	{ "date_precision", OFTString, 8 },
	{ "side", OFTString, 24 },
	{ "event", OFTString, 16 },
	{ "status", OFTString, 12 },
	{ "attributed_to", OFTString, 0 },
	{ "source_side", OFTString, 24 },
	{ "confidence", OFTReal, 0 },
	{ "actor", OFTString, 0 },
	{ "sentence", OFTString, 0 },
	{ "sent_start", OFTInteger64, 0 },
	{ "sent_end", OFTInteger64, 0 },
	{ "author", OFTString, 0 },
	{ "created", OFTString, 0 },
	{ "rejects", OFTInteger64, 0 },
	{ "eff_day", OFTInteger, 0 },	/* fl_claim_effective_day, days since 1970 */
	{ "tl_key", OFTString, 0 },	/* side|event|status|source_side|article|attributed_to */
};

enum { A_SHA, A_SOURCE, A_SOURCE_KEY, A_TITLE, A_PUBLISHED, A_PUBLISHED_HOW, A_BYTES,
       A_NCLAIMS, A_INGESTED, A_NFIELDS };

static const field_def article_fields[A_NFIELDS] = {
	{ "sha256", OFTString, 64 },
	{ "source", OFTString, 0 },
	{ "source_key", OFTString, 0 },
	{ "title", OFTString, 0 },
	{ "published", OFTDate, 0 },
	{ "published_how", OFTString, 32 },
	{ "bytes", OFTInteger64, 0 },
	{ "nclaims", OFTInteger, 0 },
	{ "ingested", OFTString, 0 },
};

enum { B_DATE, B_PLACE_ID, B_PLACE, B_LAT, B_LON, B_SIDE, B_KIND, B_POPULATION, B_SOURCE,
       B_AUTHOR, B_IMPORTED, B_ORIGIN, B_NFIELDS };

static const field_def baseline_fields[B_NFIELDS] = {
	{ "baseline_date", OFTDate, 0 },
	{ "place_id", OFTInteger64, 0 },
	{ "place", OFTString, 0 },
	{ "lat", OFTReal, 0 },
	{ "lon", OFTReal, 0 },
	{ "side", OFTString, 24 },
	{ "kind", OFTString, 12 },
	{ "population", OFTInteger64, 0 },
	{ "source", OFTString, 0 },
	{ "author", OFTString, 0 },
	{ "imported", OFTString, 0 },
	{ "origin", OFTString, 0 },
};

/* claim_packs: one row per article, its claims as the timeline reads them (fl_claim_lean)
 * in one binary value (pack_put/pack_scan): the state reads a few thousand rows instead
 * of every claim. Written in the ingest's transaction, deleted with the article. */
enum { P_ARTICLE, P_EFF_MIN, P_EFF_MAX, P_NCLAIMS, P_DATA, P_NFIELDS };

static const field_def pack_fields[P_NFIELDS] = {
	{ "article", OFTString, 64 },
	{ "eff_min", OFTInteger, 0 },	/* effective days of its claims */
	{ "eff_max", OFTInteger, 0 },
	{ "nclaims", OFTInteger, 0 },
	{ "data", OFTBinary, 0 },
};

/* baseline_packs: one row per baseline date, its point rows in one binary value
 * (bpack_*), written with the baseline and replaced with it; polygons stay rows. */
enum { Q_DATE, Q_NROWS, Q_DATA, Q_NFIELDS };

static const field_def bpack_fields[Q_NFIELDS] = {
	{ "baseline_date", OFTDate, 0 },
	{ "nrows", OFTInteger, 0 },
	{ "data", OFTBinary, 0 },
};

static const field_def meta_fields[2] = {
	{ "key", OFTString, 64 },
	{ "value", OFTString, 0 },
};

/* Indexes the queries need; the same SQL works in SQLite and PostgreSQL. */
static const char *const index_sql[] = {
	"CREATE UNIQUE INDEX IF NOT EXISTS articles_sha256_uq ON articles (sha256)",
	"CREATE INDEX IF NOT EXISTS articles_source_key_idx ON articles (source_key)",
	"CREATE INDEX IF NOT EXISTS claims_article_idx ON claims (article)",
	"CREATE INDEX IF NOT EXISTS claims_date_idx ON claims (claim_date)",
	"CREATE INDEX IF NOT EXISTS claims_place_idx ON claims (place_id)",
	"CREATE INDEX IF NOT EXISTS claim_packs_article_idx ON claim_packs (article)",
	"CREATE INDEX IF NOT EXISTS overrides_date_idx ON overrides (claim_date)",
	"CREATE INDEX IF NOT EXISTS baseline_date_idx ON baseline (baseline_date)",
	"CREATE UNIQUE INDEX IF NOT EXISTS fl_meta_key_uq ON fl_meta (key)",
};

struct fl_store {
	GDALDatasetH ds;	/* the open datasource */
	char *name;		/* datasource string, for messages */
	bool pg;		/* PostgreSQL */
	bool readonly;		/* opened for reading only */
	OGRLayerH articles, claims, overrides, baseline, meta;	/* borrowed from ds */
	OGRLayerH packs;	/* claim_packs; NULL in a read-only store of schema 1 */
	int pf[P_NFIELDS];	/* field indexes in claim_packs */
	OGRLayerH bpacks;	/* baseline_packs; likewise */
	int qf[Q_NFIELDS];	/* field indexes in baseline_packs */
	int version;		/* schema version of the open store */
	int cf[C_NFIELDS];	/* field indexes in claims */
	int of[C_NFIELDS];	/* field indexes in overrides */
	int af[A_NFIELDS];	/* field indexes in articles */
	int bf[B_NFIELDS];	/* field indexes in baseline */
	OGRSpatialReferenceH srs;	/* WGS 84, lon/lat order */
	const fl_gazetteer *gz;	/* borrowed, may be NULL: road geometry */
	char readonly_why[128];	/* why a store asked for writing was opened read-only */
};

/* True if the GeoPackage at ds has a non-empty rollback journal beside it. */
static bool hot_journal(const char *ds)
{
	char j[PATH_MAX];
	struct stat sb;
	return (size_t)snprintf(j, sizeof(j), "%s-journal", ds) < sizeof(j) && stat(j, &sb) == 0 &&
	       sb.st_size > 0;
}

/* Writing into a store opened read-only fails before anything starts. */
static fl_status check_writable(const fl_store *st, fl_error *err)
{
	if (!st->readonly)
		return FL_OK;
	return fl_error_set(err, FL_EIO, st->name, 0, "store '%s' is read-only (%s): nothing was written",
			    st->name, st->readonly_why[0] ? st->readonly_why : "opened for reading");
}

/* ---- small helpers --------------------------------------------------------- */

/* Record a GDAL failure: our text, then GDAL's last message. */
static fl_status gdal_fail(fl_error *err, const char *source, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static fl_status gdal_fail(fl_error *err, const char *source, const char *fmt, ...)
{
	char what[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	const char *msg = CPLGetLastErrorMsg();
	if (msg && *msg)
		return fl_error_set(err, FL_EGDAL, source, 0, "%s: %s", what, msg);
	return fl_error_set(err, FL_EGDAL, source, 0, "%s", what);
}

/* True if the last GDAL error is a unique-constraint violation (both drivers). */
static bool last_error_is_duplicate(void)
{
	const char *m = CPLGetLastErrorMsg();
	return m && (strstr(m, "duplicate key") || strstr(m, "UNIQUE constraint") ||
		     strstr(m, "unique constraint") || strstr(m, "23505"));
}

static void now_iso(char *buf, size_t n)
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* A string literal for OGR SQL / attribute filters: quotes doubled. Caller frees. */
static char *sql_quote(const char *s)
{
	size_t n = 3;
	for (const char *p = s; *p; p++)
		n += (*p == '\'') ? 2 : 1;
	char *q = malloc(n), *o = q;
	if (!q)
		return NULL;
	*o++ = '\'';
	for (const char *p = s; *p; p++) {
		if (*p == '\'')
			*o++ = '\'';
		*o++ = *p;
	}
	*o++ = '\'';
	*o = '\0';
	return q;
}

static void set_date(OGRFeatureH f, int i, fl_date d)
{
	if (d == FL_DATE_NONE) {
		OGR_F_SetFieldNull(f, i);
		return;
	}
	int y, m, dd;
	fl_date_to_ymd(d, &y, &m, &dd);
	OGR_F_SetFieldDateTime(f, i, y, m, dd, 0, 0, 0, 0);
}

static fl_date get_date(OGRFeatureH f, int i)
{
	int y, m, d, hh, mm, ss, tz;
	if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i) ||
	    !OGR_F_GetFieldAsDateTime(f, i, &y, &m, &d, &hh, &mm, &ss, &tz) ||
	    !fl_date_valid(y, m, d))
		return FL_DATE_NONE;
	return fl_date_from_ymd(y, m, d);
}

static void set_str(OGRFeatureH f, int i, const char *s)
{
	if (s)
		OGR_F_SetFieldString(f, i, s);
	else
		OGR_F_SetFieldNull(f, i);
}

/* An owned copy of a string field, NULL when null/unset. *oom set on ENOMEM. */
static char *get_str(OGRFeatureH f, int i, bool *oom)
{
	if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i))
		return NULL;
	char *s = strdup(OGR_F_GetFieldAsString(f, i));
	if (!s)
		*oom = true;
	return s;
}

static void get_buf(OGRFeatureH f, int i, char *buf, size_t n)
{
	buf[0] = '\0';
	if (i >= 0 && OGR_F_IsFieldSetAndNotNull(f, i)) {
		const char *s = OGR_F_GetFieldAsString(f, i);
		size_t k = strnlen(s, n - 1);
		memcpy(buf, s, k);
		buf[k] = '\0';
	}
}

/* A day from a date field (GeoPackage, PG) or from text (an SQL result may give one;
 * OGR writes dates with slashes). */
static fl_date field_day(OGRFeatureH f, int i)
{
	fl_date d = get_date(f, i);
	if (d != FL_DATE_NONE || i < 0)
		return d;
	char day[16];
	get_buf(f, i, day, sizeof(day));
	day[10] = '\0';
	for (char *p = day; *p; p++)
		if (*p == '/')
			*p = '-';
	return fl_date_parse(day, &d) == FL_OK ? d : FL_DATE_NONE;
}

fl_date fl_claim_effective_day(const fl_claim *c)
{
	if (c->date == FL_DATE_NONE)
		return FL_DATE_NONE;
	if (c->date_precision[0] && strcmp(c->date_precision, "day") != 0 &&
	    c->date_end != FL_DATE_NONE && c->date_end >= c->date)
		return c->date_end;
	return c->date;
}

/* ---- claims in memory (deep copies) ---------------------------------------- */

/* The store's names for extract.c's claim destructors (one implementation). */
void fli_claim_release(fl_claim *c)
{
	fl_claim_release(c);
}

void fli_claims_release(fl_claims *cs)
{
	fl_claims_release(cs);
}

/* Deep copy of src into *dst (dst's old strings are not freed). */
fl_status fli_claim_copy(fl_claim *dst, const fl_claim *src)
{
	*dst = *src;
	dst->place = fl_strdup(src->place);
	dst->attributed_to = fl_strdup(src->attributed_to);
	dst->actor = fl_strdup(src->actor);
	dst->sentence = fl_strdup(src->sentence);
	dst->author = fl_strdup(src->author);
	dst->created = fl_strdup(src->created);
	if ((src->place && !dst->place) || (src->attributed_to && !dst->attributed_to) ||
	    (src->actor && !dst->actor) || (src->sentence && !dst->sentence) ||
	    (src->author && !dst->author) || (src->created && !dst->created)) {
		fli_claim_release(dst);
		return FL_ENOMEM;
	}
	return FL_OK;
}

/* ---- claim packs ------------------------------------------------------------- */

/* The binary form of one article's claims as the timeline reads them, compact because
 * reading it is what the state of a day costs:
 *   "FLP2", varint count, varint nstr, nstr strings (varint length, bytes, NUL),
 *   then per claim: zigzag varint id (delta from the claim before), zigzag place_id,
 *   zigzag effective day (delta), f64 confidence, varint sentence start, f64 lat,
 *   f64 lon, and varint string numbers (0: none, k: the k-th string) of place, side,
 *   event, status, source_side, attributed_to.
 * Varints are LEB128; f64 is the IEEE bit pattern, little-endian, on any machine. */
#define PACK_MAGIC "FLP2"
#define PACK_STR_SEARCH 256	/* a new string is matched against this many before it */

typedef struct pbuf {
	unsigned char *b;	/* body: the claims */
	size_t len, cap;
	const char **str;	/* string table (borrowed from the claims until pack_write) */
	size_t nstr, capstr;
	char **own;		/* copies of the strings (the claims do not outlive pack_add) */
	uint32_t n;		/* claims in it */
	int64_t last_id;
	fl_date last_eff, eff_min, eff_max;
	bool oom;
} pbuf;

static void pb_put(pbuf *p, const void *src, size_t n)
{
	if (p->oom || n == 0)	/* nothing (a row without a name or source): no memcpy of NULL */
		return;
	if (p->len + n > p->cap && fl_grow((void **)&p->b, &p->cap, p->len, n + p->cap / 2 + 64, 1)) {
		p->oom = true;
		return;
	}
	memcpy(p->b + p->len, src, n);
	p->len += n;
}

static void pb_uv(pbuf *p, uint64_t v)
{
	unsigned char b[10];
	int n = 0;
	do {
		b[n] = (unsigned char)(v & 0x7f);
		v >>= 7;
		if (v)
			b[n] |= 0x80;
		n++;
	} while (v);
	pb_put(p, b, (size_t)n);
}

static void pb_sv(pbuf *p, int64_t v)
{
	pb_uv(p, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

static void pb_f64(pbuf *p, double d)
{
	uint64_t v;
	memcpy(&v, &d, 8);
	unsigned char b[8];
	for (int i = 0; i < 8; i++)
		b[i] = (unsigned char)(v >> (8 * i));
	pb_put(p, b, 8);
}

/* The number of string s in the table (0 for none), adding a copy if new. */
static uint64_t pb_str(pbuf *p, const char *s)
{
	if (!s || p->oom)
		return 0;
	size_t lo = p->nstr > PACK_STR_SEARCH ? p->nstr - PACK_STR_SEARCH : 0;
	for (size_t i = p->nstr; i > lo; i--)
		if (strcmp(p->str[i - 1], s) == 0)
			return i;
	char *d = strdup(s);
	if (d && p->nstr == p->capstr) {
		size_t cap = p->capstr ? 2 * p->capstr : 16;
		const char **ns = realloc(p->str, cap * sizeof(char *));
		if (ns)
			p->str = ns;
		char **no = ns ? realloc(p->own, cap * sizeof(char *)) : NULL;
		if (no) {
			p->own = no;
			p->capstr = cap;
		}
	}
	if (!d || p->nstr == p->capstr) {
		free(d);
		p->oom = true;
		return 0;
	}
	p->str[p->nstr] = d;
	p->own[p->nstr] = d;
	return ++p->nstr;
}

static void pack_reset(pbuf *p)
{
	for (size_t i = 0; i < p->nstr; i++)
		free(p->own[i]);
	p->len = 0;
	p->nstr = 0;
	p->n = 0;
	p->last_id = 0;
	p->last_eff = 0;
	p->eff_min = p->eff_max = FL_DATE_NONE;
}

static void pack_free(pbuf *p)
{
	pack_reset(p);
	free(p->b);
	free(p->str);
	free(p->own);
	memset(p, 0, sizeof(*p));
}

/* Claims without an effective day never count: they stay out of packs. */
static void pack_add(pbuf *p, const fl_claim_lean *c)
{
	if (c->eff == FL_DATE_NONE)
		return;
	pb_sv(p, (int64_t)((uint64_t)c->id - (uint64_t)p->last_id));
	pb_sv(p, c->place_id);
	pb_sv(p, (int64_t)c->eff - (int64_t)p->last_eff);
	pb_f64(p, c->confidence);
	pb_uv(p, (uint64_t)c->start);
	pb_f64(p, c->lat);
	pb_f64(p, c->lon);
	pb_uv(p, pb_str(p, c->place));
	pb_uv(p, pb_str(p, c->side));
	pb_uv(p, pb_str(p, c->event));
	pb_uv(p, pb_str(p, c->status));
	pb_uv(p, pb_str(p, c->source_side));
	pb_uv(p, pb_str(p, c->attributed_to));
	p->last_id = c->id;
	p->last_eff = c->eff;
	p->n++;
	if (p->eff_min == FL_DATE_NONE || c->eff < p->eff_min)
		p->eff_min = c->eff;
	if (p->eff_max == FL_DATE_NONE || c->eff > p->eff_max)
		p->eff_max = c->eff;
}

/* The value of a pack: magic, count, the string table, then the body. */
static void pack_blob(const pbuf *p, const char *magic, pbuf *h)
{
	pb_put(h, magic, 4);
	pb_uv(h, p->n);
	pb_uv(h, p->nstr);
	for (size_t i = 0; i < p->nstr; i++) {
		size_t n = strlen(p->str[i]);
		pb_uv(h, n);
		pb_put(h, p->str[i], n + 1);
	}
	pb_put(h, p->b, p->len);
}

/* Store the pack of article (in the caller's transaction). An empty pack writes nothing. */
static fl_status pack_write(fl_store *st, const char *article, const pbuf *p, fl_error *err)
{
	if (p->oom)
		return fl_error_set(err, FL_ENOMEM, st->name, 0, "out of memory");
	if (p->n == 0)
		return FL_OK;
	pbuf h = { 0 };
	pack_blob(p, PACK_MAGIC, &h);
	fl_status rc = FL_OK;
	OGRFeatureH f = h.oom ? NULL : OGR_F_Create(OGR_L_GetLayerDefn(st->packs));
	if (!f)
		rc = fl_error_set(err, FL_ENOMEM, st->name, 0, "out of memory");
	else if (h.len > INT_MAX)
		rc = fl_error_set(err, FL_EINVAL, st->name, 0, "article %.12s has too many claims", article);
	if (!rc) {
		OGR_F_SetFieldString(f, st->pf[P_ARTICLE], article);
		OGR_F_SetFieldInteger(f, st->pf[P_EFF_MIN], p->eff_min);
		OGR_F_SetFieldInteger(f, st->pf[P_EFF_MAX], p->eff_max);
		OGR_F_SetFieldInteger(f, st->pf[P_NCLAIMS], (int)p->n);
		OGR_F_SetFieldBinary(f, st->pf[P_DATA], (int)h.len, (const void *)h.b);
		CPLErrorReset();
		if (OGR_L_CreateFeature(st->packs, f) != OGRERR_NONE)
			rc = gdal_fail(err, st->name, "cannot store the claim pack of article %.12s in '%s'",
				       article, st->name);
	}
	if (f)
		OGR_F_Destroy(f);
	free(h.b);
	return rc;
}

typedef struct prd {
	const unsigned char *b;
	size_t len, at;
	bool bad;
} prd;

static uint64_t rd_uv(prd *r)
{
	uint64_t v = 0;
	for (int shift = 0; shift < 64; shift += 7) {
		if (r->at >= r->len) {
			r->bad = true;
			return 0;
		}
		unsigned char c = r->b[r->at++];
		v |= (uint64_t)(c & 0x7f) << shift;
		if (!(c & 0x80))
			return v;
	}
	r->bad = true;
	return 0;
}

static int64_t rd_sv(prd *r)
{
	uint64_t v = rd_uv(r);
	return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

static double rd_f64(prd *r)
{
	if (r->bad || r->len - r->at < 8) {
		r->bad = true;
		return 0;
	}
	uint64_t v = 0;
	for (int i = 7; i >= 0; i--)
		v = v << 8 | r->b[r->at + (size_t)i];
	r->at += 8;
	double d;
	memcpy(&d, &v, 8);
	return d;
}

/* String number k of the table: NULL for 0; bad past its end. */
static const char *rd_str(prd *r, const char *const *tab, size_t n)
{
	uint64_t k = rd_uv(r);
	if (k == 0)
		return NULL;
	if (k > n) {
		r->bad = true;
		return NULL;
	}
	return tab[k - 1];
}

/* The head of a pack: magic, count, the string table (pointers into r's bytes in
 * *tab, grown as needed). Marks r bad if damaged; FL_ENOMEM. */
static fl_status rd_head(prd *r, const char *magic, uint64_t *count, const char ***tab, size_t *captab,
			 uint64_t *nstr)
{
	*count = *nstr = 0;
	if (r->len < 4 || memcmp(r->b, magic, 4) != 0) {
		r->bad = true;
		return FL_OK;
	}
	r->at = 4;
	*count = rd_uv(r);
	*nstr = rd_uv(r);
	if (r->bad || *nstr > r->len || *count > r->len) {
		r->bad = true;
		return FL_OK;
	}
	if (*nstr > *captab && fl_grow((void **)tab, captab, 0, (size_t)*nstr, sizeof(char *)))
		return FL_ENOMEM;
	for (uint64_t i = 0; i < *nstr && !r->bad; i++) {
		uint64_t k = rd_uv(r);
		if (r->bad || k >= r->len - r->at || r->b[r->at + k] != '\0' || memchr(r->b + r->at, '\0', k)) {
			r->bad = true;
			break;
		}
		(*tab)[i] = (const char *)r->b + r->at;
		r->at += k + 1;
	}
	return FL_OK;
}

/* The timeline's scan over claim packs. */
static fl_status scan_packs(fl_store *st, const fl_store_query_def *q, fl_claim_visit visit, void *ctx,
			    fl_error *err)
{
	char flt[96] = "", part[48];
	if (q->from != FL_DATE_NONE) {
		snprintf(part, sizeof(part), "eff_max >= %d", (int)q->from);
		strcat(flt, part);
	}
	if (q->to != FL_DATE_NONE) {
		snprintf(part, sizeof(part), "%seff_min <= %d", flt[0] ? " AND " : "", (int)q->to);
		strcat(flt, part);
	}
	const char *ignored[] = { "eff_min", "eff_max", "nclaims", NULL };
	CPLErrorReset();
	OGR_L_SetIgnoredFields(st->packs, ignored);
	if (OGR_L_SetAttributeFilter(st->packs, flt[0] ? flt : NULL) != OGRERR_NONE) {
		OGR_L_SetIgnoredFields(st->packs, NULL);
		return gdal_fail(err, st->name, "cannot query claim packs in store '%s'", st->name);
	}
	OGR_L_ResetReading(st->packs);
	fl_status rc = FL_OK;
	const char **tab = NULL;
	size_t captab = 0;
	OGRFeatureH f;
	while (!rc && (f = OGR_L_GetNextFeature(st->packs))) {
		char article[65];
		get_buf(f, st->pf[P_ARTICLE], article, sizeof(article));
		int n = 0;
		const GByte *data = OGR_F_GetFieldAsBinary(f, st->pf[P_DATA], &n);
		prd r = { data, n > 0 ? (size_t)n : 0, 0, false };
		uint64_t count, nstr;
		if (rd_head(&r, PACK_MAGIC, &count, &tab, &captab, &nstr) == FL_ENOMEM) {
			OGR_F_Destroy(f);
			rc = fl_error_set(err, FL_ENOMEM, st->name, 0, "out of memory");
			break;
		}
		int64_t id = 0, eff = 0;
		for (uint64_t i = 0; i < count && !r.bad && !rc; i++) {
			fl_claim_lean c;
			id = (int64_t)((uint64_t)id + (uint64_t)rd_sv(&r));
			c.id = id;
			c.place_id = rd_sv(&r);
			eff += rd_sv(&r);
			c.eff = (fl_date)eff;
			c.confidence = rd_f64(&r);
			c.start = (size_t)rd_uv(&r);
			c.lat = rd_f64(&r);
			c.lon = rd_f64(&r);
			c.place = rd_str(&r, tab, (size_t)nstr);
			c.side = rd_str(&r, tab, (size_t)nstr);
			c.event = rd_str(&r, tab, (size_t)nstr);
			c.status = rd_str(&r, tab, (size_t)nstr);
			c.source_side = rd_str(&r, tab, (size_t)nstr);
			c.attributed_to = rd_str(&r, tab, (size_t)nstr);
			c.article = article;
			if (r.bad || !c.side || !c.event || !c.status || !c.source_side || eff < INT32_MIN + 1 ||
			    eff > INT32_MAX) {
				r.bad = true;
				break;
			}
			if ((q->from != FL_DATE_NONE && c.eff < q->from) || (q->to != FL_DATE_NONE && c.eff > q->to) ||
			    (q->min_confidence > 0 && !(c.confidence >= q->min_confidence)) ||
			    (q->place_id && c.place_id != q->place_id))
				continue;
			if ((rc = visit(ctx, &c)))
				fl_error_set(err, rc, st->name, 0, rc == FL_ENOMEM ? "out of memory" :
					     "reading claims from store '%s' stopped", st->name);
		}
		if (!rc && (r.bad || r.at != r.len))
			rc = fl_error_set(err, FL_EINVAL, st->name, 0,
					  "store '%s': the claim pack of article %.12s is damaged (row %lld)",
					  st->name, article, (long long)OGR_F_GetFID(f));
		OGR_F_Destroy(f);
	}
	if (!rc && CPLGetLastErrorType() >= CE_Failure)
		rc = gdal_fail(err, st->name, "cannot read claim packs from store '%s'", st->name);
	free(tab);
	OGR_L_SetAttributeFilter(st->packs, NULL);
	OGR_L_SetIgnoredFields(st->packs, NULL);
	return rc;
}

static fl_status scan_sql(fl_store *st, const char *table, int64_t id_base, const fl_store_query_def *q,
			  const char *order, fl_claim_visit visit, void *ctx, fl_error *err);

/* ---- opening, schema, migration --------------------------------------------- */

bool fl_store_is_pg(const char *ds)
{
	return ds && (strncmp(ds, "PG:", 3) == 0 || strncmp(ds, "pg:", 3) == 0 ||
		      strncmp(ds, "postgresql://", 13) == 0);
}

static fl_status exec_sql(fl_store *st, const char *sql, fl_error *err)
{
	CPLErrorReset();
	OGRLayerH r = GDALDatasetExecuteSQL(st->ds, sql, NULL, NULL);
	if (r)
		GDALDatasetReleaseResultSet(st->ds, r);
	if (CPLGetLastErrorType() >= CE_Failure)
		return gdal_fail(err, st->name, "store query failed (%s)", sql);
	return FL_OK;
}

static fl_status make_layer(fl_store *st, const char *name, OGRwkbGeometryType gt,
			    const field_def *fields, size_t n, OGRLayerH *out, fl_error *err)
{
	*out = GDALDatasetGetLayerByName(st->ds, name);
	if (*out) {
		/* A layer made by a process killed half way: add the fields it lacks. */
		OGRFeatureDefnH fdef = OGR_L_GetLayerDefn(*out);
		for (size_t i = 0; i < n; i++) {
			if (OGR_FD_GetFieldIndex(fdef, fields[i].name) >= 0 || st->readonly)
				continue;
			OGRFieldDefnH fd = OGR_Fld_Create(fields[i].name, fields[i].type);
			if (fields[i].width)
				OGR_Fld_SetWidth(fd, fields[i].width);
			CPLErrorReset();
			OGRErr e = OGR_L_CreateField(*out, fd, TRUE);
			OGR_Fld_Destroy(fd);
			if (e != OGRERR_NONE)
				return gdal_fail(err, st->name, "cannot add field '%s.%s' to store '%s'", name,
						 fields[i].name, st->name);
		}
		return FL_OK;
	}
	if (st->readonly)
		return fl_error_set(err, FL_EINVAL, st->name, 0,
				    "'%s' is not a frontline store (no layer '%s')", st->name, name);
	const char *opts_gpkg[] = { "FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES", NULL };
	const char *opts_pg[] = { "FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=GIST",
				  "LAUNDER=YES", "PRECISION=NO", NULL };
	const char *opts_none[] = { "FID=fid", NULL };
	CPLErrorReset();
	OGRLayerH l = GDALDatasetCreateLayer(st->ds, name, gt == wkbNone ? NULL : st->srs, gt,
					     (char **)(gt == wkbNone ? opts_none : st->pg ? opts_pg : opts_gpkg));
	if (!l)
		return gdal_fail(err, st->name, "cannot create layer '%s' in store '%s'", name, st->name);
	for (size_t i = 0; i < n; i++) {
		OGRFieldDefnH fd = OGR_Fld_Create(fields[i].name, fields[i].type);
		if (fields[i].width)
			OGR_Fld_SetWidth(fd, fields[i].width);
		OGRErr e = OGR_L_CreateField(l, fd, TRUE);
		OGR_Fld_Destroy(fd);
		if (e != OGRERR_NONE)
			return gdal_fail(err, st->name, "cannot create field '%s.%s' in store '%s'",
					 name, fields[i].name, st->name);
	}
	*out = l;
	return FL_OK;
}

static fl_status map_fields(fl_store *st, OGRLayerH l, const char *lname, const field_def *fields,
			    size_t n, int *idx, fl_error *err)
{
	OGRFeatureDefnH fd = OGR_L_GetLayerDefn(l);
	for (size_t i = 0; i < n; i++) {
		idx[i] = OGR_FD_GetFieldIndex(fd, fields[i].name);
		if (idx[i] < 0)
			return fl_error_set(err, FL_EINVAL, st->name, 0,
					    "store '%s' is not a frontline store: layer '%s' lacks field '%s'",
					    st->name, lname, fields[i].name);
	}
	return FL_OK;
}

static fl_status meta_get(fl_store *st, const char *key, char *buf, size_t n, bool *found)
{
	*found = false;
	char *q = sql_quote(key), *flt = NULL;
	if (!q || asprintf(&flt, "key = %s", q) < 0) {
		free(q);
		return FL_ENOMEM;
	}
	free(q);
	OGR_L_SetAttributeFilter(st->meta, flt);
	free(flt);
	OGR_L_ResetReading(st->meta);
	OGRFeatureH f = OGR_L_GetNextFeature(st->meta);
	if (f) {
		get_buf(f, OGR_F_GetFieldIndex(f, "value"), buf, n);
		*found = true;
		OGR_F_Destroy(f);
	}
	OGR_L_SetAttributeFilter(st->meta, NULL);
	return FL_OK;
}

static fl_status meta_put(fl_store *st, const char *key, const char *value, fl_error *err)
{
	OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(st->meta));
	OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "key"), key);
	OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "value"), value);
	CPLErrorReset();
	OGRErr e = OGR_L_CreateFeature(st->meta, f);
	OGR_F_Destroy(f);
	if (e != OGRERR_NONE && !last_error_is_duplicate())
		return gdal_fail(err, st->name, "cannot write schema version to store '%s'", st->name);
	return FL_OK;
}

/* Migration 1 -> 2: a pack per article from the claims there (grouped by article). */
typedef struct pack_build {
	fl_store *st;
	pbuf p;
	char article[65];	/* the article of the pack being built, "" before the first */
	fl_error *err;
} pack_build;

static fl_status pack_build_visit(void *ctx, const fl_claim_lean *c)
{
	pack_build *pb = ctx;
	if (strcmp(pb->article, c->article) != 0) {
		fl_status rc = pb->article[0] ? pack_write(pb->st, pb->article, &pb->p, pb->err) : FL_OK;
		if (rc)
			return rc;
		pack_reset(&pb->p);
		snprintf(pb->article, sizeof(pb->article), "%s", c->article);
	}
	pack_add(&pb->p, c);
	return pb->p.oom ? FL_ENOMEM : FL_OK;
}

static fl_status bpacks_build(fl_store *st, fl_error *err);

static fl_status migrate_1_2(fl_store *st, fl_error *err)
{
	CPLErrorReset();
	if (GDALDatasetStartTransaction(st->ds, FALSE) != OGRERR_NONE)
		return gdal_fail(err, st->name, "cannot start a transaction in store '%s'", st->name);
	pack_build pb = { .st = st, .err = err };
	fl_store_query_def q = { FL_DATE_NONE, FL_DATE_NONE, FL_QUERY_MACHINE, 0, 0 };
	fl_status rc = exec_sql(st, "DELETE FROM claim_packs", err);
	if (!rc)
		rc = scan_sql(st, "claims", 0, &q, "article, fid", pack_build_visit, &pb, err);
	if (!rc && pb.article[0])
		rc = pack_write(st, pb.article, &pb.p, err);
	pack_free(&pb.p);
	if (!rc)
		rc = bpacks_build(st, err);
	if (!rc)
		rc = exec_sql(st, "UPDATE fl_meta SET value = '2' WHERE key = 'schema_version'", err);
	CPLErrorReset();
	if (!rc && GDALDatasetCommitTransaction(st->ds) != OGRERR_NONE)
		rc = gdal_fail(err, st->name, "cannot commit the migration of store '%s'", st->name);
	if (rc) {
		GDALDatasetRollbackTransaction(st->ds);
		return fl_error_set(err, rc, st->name, 0, "store '%s': migration to schema 2 failed", st->name);
	}
	st->version = 2;
	return FL_OK;
}

/* Bring an older schema forward, one version at a time, each step in its own
 * transaction recording the new version last. 1 -> 2: claim packs. */
static fl_status migrate(fl_store *st, int from, fl_error *err)
{
	fl_status rc = FL_OK;
	if (from < 1 || from > FL_STORE_SCHEMA_VERSION)
		return fl_error_set(err, FL_EINVAL, st->name, 0,
				    "store '%s' has schema version %d, which this frontline cannot migrate",
				    st->name, from);
	if (from == 1)
		rc = migrate_1_2(st, err);
	return rc;
}

static fl_status ensure_schema(fl_store *st, fl_error *err)
{
	fl_status rc;
	if ((rc = make_layer(st, "fl_meta", wkbNone, meta_fields, 2, &st->meta, err)) ||
	    (rc = make_layer(st, "articles", wkbNone, article_fields, A_NFIELDS, &st->articles, err)) ||
	    (rc = make_layer(st, "claims", wkbUnknown, claim_fields, C_NFIELDS, &st->claims, err)) ||
	    (rc = make_layer(st, "overrides", wkbUnknown, claim_fields, C_NFIELDS, &st->overrides, err)) ||
	    (rc = make_layer(st, "baseline", wkbUnknown, baseline_fields, B_NFIELDS, &st->baseline, err)))
		return rc;
	/* Packs came with schema 2: a read-only store of schema 1 reads claims without. */
	if (st->readonly) {
		st->packs = GDALDatasetGetLayerByName(st->ds, "claim_packs");
		st->bpacks = GDALDatasetGetLayerByName(st->ds, "baseline_packs");
	} else if ((rc = make_layer(st, "claim_packs", wkbNone, pack_fields, P_NFIELDS, &st->packs, err)) ||
		   (rc = make_layer(st, "baseline_packs", wkbNone, bpack_fields, Q_NFIELDS, &st->bpacks, err))) {
		return rc;
	}
	if (st->packs && (rc = map_fields(st, st->packs, "claim_packs", pack_fields, P_NFIELDS, st->pf, err)))
		return rc;
	if (st->bpacks &&
	    (rc = map_fields(st, st->bpacks, "baseline_packs", bpack_fields, Q_NFIELDS, st->qf, err)))
		return rc;
	for (size_t i = 0; !st->readonly && i < sizeof(index_sql) / sizeof(index_sql[0]); i++)
		if ((rc = exec_sql(st, index_sql[i], err)))
			return rc;
	char v[32];
	bool found;
	if ((rc = meta_get(st, "schema_version", v, sizeof(v), &found)))
		return fl_error_set(err, rc, st->name, 0, "out of memory");
	if (!found && st->readonly)
		return FL_OK;	/* no version, no claims: nothing for packs to miss */
	if (!found) {
		/* A new store. (One whose creator died before writing its version holds no
		 * claims: they come after.) */
		snprintf(v, sizeof(v), "%d", FL_STORE_SCHEMA_VERSION);
		if ((rc = meta_put(st, "schema_version", v, err)))
			return rc;
		st->version = FL_STORE_SCHEMA_VERSION;
		return FL_OK;
	}
	int ver = atoi(v);
	st->version = ver;
	if (ver > FL_STORE_SCHEMA_VERSION)
		return fl_error_set(err, FL_EINVAL, st->name, 0,
				    "store '%s' has schema version %d, newer than this frontline's %d: upgrade frontline",
				    st->name, ver, FL_STORE_SCHEMA_VERSION);
	if (st->readonly)
		return FL_OK;	/* an older schema reads as it is */
	return migrate(st, ver, err);
}

static fl_status open_impl(const char *ds, unsigned oflags, fl_store **out, fl_error *err)
{
	bool create = (oflags & FL_STORE_CREATE) != 0;
	GDALAllRegister();
	fl_store *st = calloc(1, sizeof(*st));
	if (!st)
		return fl_error_set(err, FL_ENOMEM, ds, 0, "out of memory");
	st->pg = fl_store_is_pg(ds);
	st->readonly = (oflags & FL_STORE_READONLY) != 0;
	if (st->readonly)
		create = false;
	st->name = strdup(ds);
	st->srs = OSRNewSpatialReference(NULL);
	fl_status rc = FL_OK;
	if (!st->name || !st->srs) {
		rc = fl_error_set(err, FL_ENOMEM, ds, 0, "out of memory");
		goto fail;
	}
	OSRImportFromEPSG(st->srs, 4326);
	OSRSetAxisMappingStrategy(st->srs, OAMS_TRADITIONAL_GIS_ORDER);
	/* INSERTs, not COPY: a unique violation must show on the article's own insert. */
	CPLSetThreadLocalConfigOption("PG_USE_COPY", "NO");
	/* Wait for another writer rather than fail at once (SQLite locking). A writer gets
	 * a large page cache and memory-mapped reads (ingest touches indexes all over the
	 * file); a reader reads the packs it needs, which an ingest left spread between
	 * claim pages: plain reads through a small cache cost less there than faulting in
	 * mapped pages one by one. */
	CPLSetThreadLocalConfigOption("OGR_SQLITE_PRAGMA",
				      st->readonly ? "busy_timeout=30000" :
						     "busy_timeout=30000,mmap_size=1073741824,cache_size=-65536");
	const char *drivers_pg[] = { "PostgreSQL", NULL };
	const char *drivers_gpkg[] = { "GPKG", NULL };
	unsigned flags = GDAL_OF_VECTOR | (st->readonly ? GDAL_OF_READONLY : GDAL_OF_UPDATE);
	if (!st->pg) {
		struct stat sb;
		if (stat(ds, &sb) == 0 && S_ISDIR(sb.st_mode)) {
			rc = fl_error_set(err, FL_EIO, ds, 0, "store '%s' is a directory, not a GeoPackage", ds);
			goto fail;
		}
		if (stat(ds, &sb) != 0) {
			if (!create) {
				rc = fl_error_set(err, FL_ENOTFOUND, ds, 0,
						  "no store at '%s' (ingest articles or import a baseline first)", ds);
				goto fail;
			}
			GDALDriverH drv = GDALGetDriverByName("GPKG");
			CPLErrorReset();
			st->ds = drv ? GDALCreate(drv, ds, 0, 0, 0, GDT_Unknown, NULL) : NULL;
			if (!st->ds) {
				rc = gdal_fail(err, ds, "cannot create store '%s'", ds);
				goto fail;
			}
		}
	}
	if (!st->ds) {
		CPLErrorReset();
		st->ds = GDALOpenEx(ds, flags, st->pg ? drivers_pg : drivers_gpkg, NULL, NULL);
		/* A process killed in the middle of a write leaves a hot journal that only a
		 * writer can roll back ("attempt to write a readonly database" for a reader):
		 * open it once for writing, which rolls the half transaction back, then read. */
		if (!st->ds && !st->pg && st->readonly && hot_journal(ds) && access(ds, W_OK) == 0) {
			CPLErrorReset();
			GDALDatasetH w = GDALOpenEx(ds, GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers_gpkg, NULL, NULL);
			if (w)
				GDALClose(w);
			CPLErrorReset();
			st->ds = GDALOpenEx(ds, flags, drivers_gpkg, NULL, NULL);
		}
		/* A GeoPackage on a read-only filesystem or without write permission can
		 * still be read; writes then fail with that reason (check_writable). */
		if (!st->ds && !st->pg && access(ds, W_OK) != 0 && (errno == EROFS || errno == EACCES)) {
			snprintf(st->readonly_why, sizeof(st->readonly_why), "%s", strerror(errno));
			st->readonly = true;
			CPLErrorReset();
			st->ds = GDALOpenEx(ds, GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers_gpkg, NULL, NULL);
		}
		if (!st->ds) {
			rc = gdal_fail(err, ds, "cannot open store '%s' (a GeoPackage or PG:\"...\" datasource)", ds);
			goto fail;
		}
	}
	/* PostgreSQL: one process at a time creates the schema. */
	bool lock = st->pg && !st->readonly;
	if (lock && (rc = exec_sql(st, "SELECT pg_advisory_lock(727274)", err)))
		goto fail;
	rc = ensure_schema(st, err);
	if (lock) {
		fl_status rc2 = exec_sql(st, "SELECT pg_advisory_unlock(727274)", err);
		if (!rc)
			rc = rc2;
	}
	if (rc)
		goto fail;
	if ((rc = map_fields(st, st->claims, "claims", claim_fields, C_NFIELDS, st->cf, err)) ||
	    (rc = map_fields(st, st->overrides, "overrides", claim_fields, C_NFIELDS, st->of, err)) ||
	    (rc = map_fields(st, st->articles, "articles", article_fields, A_NFIELDS, st->af, err)) ||
	    (rc = map_fields(st, st->baseline, "baseline", baseline_fields, B_NFIELDS, st->bf, err)))
		goto fail;
	*out = st;
	return FL_OK;
fail:
	fl_store_close(st);
	return rc;
}

fl_status fl_store_open_ex(const char *ds, unsigned flags, fl_store **out, fl_error *err)
{
	*out = NULL;
	if (!ds || !*ds)
		return fl_error_set(err, FL_EUSAGE, NULL, 0, "no store datasource given");
	CPLPushErrorHandler(CPLQuietErrorHandler);
	fl_status rc = open_impl(ds, flags, out, err);
	CPLPopErrorHandler();
	return rc;
}

fl_status fl_store_open(const char *ds, bool create, fl_store **out, fl_error *err)
{
	return fl_store_open_ex(ds, create ? FL_STORE_CREATE : 0, out, err);
}

void fl_store_close(fl_store *st)
{
	if (!st)
		return;
	CPLPushErrorHandler(CPLQuietErrorHandler);
	if (st->ds)
		GDALClose(st->ds);
	CPLPopErrorHandler();
	if (st->srs)
		OSRDestroySpatialReference(st->srs);
	free(st->name);
	free(st);
}

void fl_store_set_gazetteer(fl_store *st, const fl_gazetteer *gz)
{
	if (st)
		st->gz = gz;
}

/* ---- writing claims -------------------------------------------------------- */

/* The claim's geometry: its point, or for a road with a known chain, the road's line. */
static OGRGeometryH claim_geometry(const fl_store *st, const fl_claim *c)
{
	const fl_place *p = st->gz ? fl_gazetteer_get(st->gz, c->place_id) : NULL;
	if (p && p->chain && p->chain_len >= 2) {
		OGRGeometryH g = OGR_G_CreateGeometry(wkbLineString);
		int n = 0;
		for (size_t i = 0; i < p->chain_len; i++) {
			const fl_place *q = fl_gazetteer_get(st->gz, p->chain[i]);
			if (q)
				OGR_G_SetPoint_2D(g, n++, q->lon, q->lat);
		}
		if (n >= 2) {
			OGR_G_AssignSpatialReference(g, st->srs);
			return g;
		}
		OGR_G_DestroyGeometry(g);
	}
	OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
	OGR_G_SetPoint_2D(g, 0, c->lon, c->lat);
	OGR_G_AssignSpatialReference(g, st->srs);
	return g;
}

/* undated: the effective day of a claim without a date of its own (the article's
 * publication day: it happened by then), FL_DATE_NONE if none. */
static OGRFeatureH claim_feature(const fl_store *st, OGRLayerH l, const int *ix, const fl_claim *c,
				 fl_date undated)
{
	OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(l));
	if (!f)
		return NULL;
	set_str(f, ix[C_ARTICLE], c->article);
	OGR_F_SetFieldInteger64(f, ix[C_PLACE_ID], c->place_id);
	set_str(f, ix[C_PLACE], c->place);
	OGR_F_SetFieldDouble(f, ix[C_LAT], c->lat);
	OGR_F_SetFieldDouble(f, ix[C_LON], c->lon);
	set_date(f, ix[C_DATE], c->date);
	set_date(f, ix[C_DATE_END], c->date_end == FL_DATE_NONE ? c->date : c->date_end);
	set_str(f, ix[C_PRECISION], c->date_precision);
	set_str(f, ix[C_SIDE], c->side);
	set_str(f, ix[C_EVENT], c->event);
	set_str(f, ix[C_STATUS], c->status);
	set_str(f, ix[C_ATTRIBUTED], c->attributed_to);
	set_str(f, ix[C_SOURCE_SIDE], c->source_side);
	OGR_F_SetFieldDouble(f, ix[C_CONFIDENCE], c->confidence);
	set_str(f, ix[C_ACTOR], c->actor);
	set_str(f, ix[C_SENTENCE], c->sentence);
	OGR_F_SetFieldInteger64(f, ix[C_START], (GIntBig)c->start);
	OGR_F_SetFieldInteger64(f, ix[C_END], (GIntBig)c->end);
	set_str(f, ix[C_AUTHOR], c->author);
	set_str(f, ix[C_CREATED], c->created);
	OGR_F_SetFieldInteger64(f, ix[C_REJECTS], c->rejects);
	fl_date eff = fl_claim_effective_day(c);
	if (eff == FL_DATE_NONE)
		eff = undated;
	if (eff != FL_DATE_NONE)
		OGR_F_SetFieldInteger(f, ix[C_EFF], eff);
	/* What the timeline reads, in one column: one text field per row costs a
	 * fraction of six (see read_lean_sql). */
	char *key = NULL;
	if (asprintf(&key, "%s|%s|%s|%s|%s|%s", c->side, c->event, c->status, c->source_side, c->article,
		     c->attributed_to ? c->attributed_to : "") >= 0) {
		OGR_F_SetFieldString(f, ix[C_KEY], key);
		free(key);
	}
	if (isfinite(c->lat) && isfinite(c->lon) && (c->lat != 0 || c->lon != 0))
		OGR_F_SetGeometryDirectly(f, claim_geometry(st, c));
	return f;
}

/* The article with this sha256: *fid or -1. */
static fl_status find_article(fl_store *st, const char *sha, GIntBig *fid, fl_error *err)
{
	*fid = -1;
	char flt[128];
	snprintf(flt, sizeof(flt), "sha256 = '%s'", sha);
	CPLErrorReset();
	if (OGR_L_SetAttributeFilter(st->articles, flt) != OGRERR_NONE)
		return gdal_fail(err, st->name, "cannot query articles in store '%s'", st->name);
	OGR_L_ResetReading(st->articles);
	OGRFeatureH f = OGR_L_GetNextFeature(st->articles);
	if (f) {
		*fid = OGR_F_GetFID(f);
		OGR_F_Destroy(f);
	}
	OGR_L_SetAttributeFilter(st->articles, NULL);
	if (CPLGetLastErrorType() >= CE_Failure)
		return gdal_fail(err, st->name, "cannot query articles in store '%s'", st->name);
	return FL_OK;
}

/* sha256 values of other articles read from the same file (source_key). */
static fl_status find_same_source(fl_store *st, const char *key, const char *sha, char ***out,
				  size_t *n, fl_error *err)
{
	*out = NULL;
	*n = 0;
	char *q = sql_quote(key), *flt = NULL;
	if (!q || asprintf(&flt, "source_key = %s", q) < 0) {
		free(q);
		return fl_error_set(err, FL_ENOMEM, st->name, 0, "out of memory");
	}
	free(q);
	CPLErrorReset();
	OGR_L_SetAttributeFilter(st->articles, flt);
	free(flt);
	OGR_L_ResetReading(st->articles);
	OGRFeatureH f;
	size_t cap = 0;
	fl_status rc = FL_OK;
	while ((f = OGR_L_GetNextFeature(st->articles))) {
		const char *s = OGR_F_GetFieldAsString(f, st->af[A_SHA]);
		if (strcmp(s, sha) != 0 && strlen(s) == 64) {
			char *d = strdup(s);
			if (!d || fl_grow((void **)out, &cap, *n, 1, sizeof(char *))) {
				free(d);
				rc = fl_error_set(err, FL_ENOMEM, st->name, 0, "out of memory");
				OGR_F_Destroy(f);
				break;
			}
			(*out)[(*n)++] = d;
		}
		OGR_F_Destroy(f);
	}
	OGR_L_SetAttributeFilter(st->articles, NULL);
	return rc;
}

static bool is_hex64(const char *s)
{
	size_t i = 0;
	for (; s[i]; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return false;
	return i == 64;
}

static fl_status ingest_impl(fl_store *st, const fl_article *a, const fl_claims *claims,
			     bool *added, fl_error *err)
{
	if (st->readonly)
		return check_writable(st, err);
	if (!is_hex64(a->id))
		return fl_error_set(err, FL_EINVAL, a->source, 0, "article id is not a SHA-256 in hex: '%s'",
				    a->id);
	GIntBig fid;
	fl_status rc = find_article(st, a->id, &fid, err);
	if (rc)
		return rc;
	if (fid >= 0)
		return FL_OK;	/* same bytes: nothing to do */

	/* The file's identity: its real path, so a changed file replaces its own claims. */
	char key[PATH_MAX + 1] = "";
	if (a->source && strcmp(a->source, "-") != 0) {
		if (!realpath(a->source, key))
			snprintf(key, sizeof(key), "%s", a->source);
	}
	char **old = NULL;
	size_t nold = 0;
	if (key[0] && (rc = find_same_source(st, key, a->id, &old, &nold, err)))
		return rc;

	if ((rc = check_writable(st, err)))
		goto out;
	CPLErrorReset();
	if (GDALDatasetStartTransaction(st->ds, FALSE) != OGRERR_NONE) {
		rc = gdal_fail(err, st->name, "cannot start a transaction in store '%s'", st->name);
		goto out;
	}
	/* The article row first: a concurrent ingest of the same article fails here. */
	OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(st->articles));
	OGR_F_SetFieldString(f, st->af[A_SHA], a->id);
	set_str(f, st->af[A_SOURCE], a->source);
	set_str(f, st->af[A_SOURCE_KEY], key[0] ? key : NULL);
	set_str(f, st->af[A_TITLE], a->title);
	set_date(f, st->af[A_PUBLISHED], a->published);
	set_str(f, st->af[A_PUBLISHED_HOW], a->published_how[0] ? a->published_how : NULL);
	OGR_F_SetFieldInteger64(f, st->af[A_BYTES], (GIntBig)a->len);
	OGR_F_SetFieldInteger(f, st->af[A_NCLAIMS], (int)claims->count);
	char now[32];
	now_iso(now, sizeof(now));
	OGR_F_SetFieldString(f, st->af[A_INGESTED], now);
	CPLErrorReset();
	OGRErr e = OGR_L_CreateFeature(st->articles, f);
	OGR_F_Destroy(f);
	if (e != OGRERR_NONE) {
		bool dup = last_error_is_duplicate();
		if (!dup)
			rc = gdal_fail(err, a->source, "cannot store article '%s' in '%s'", a->source, st->name);
		GDALDatasetRollbackTransaction(st->ds);
		goto out;
	}
	for (size_t i = 0; i < nold && !rc; i++) {
		char sql[160];
		snprintf(sql, sizeof(sql), "DELETE FROM claims WHERE article = '%s'", old[i]);
		if (!(rc = exec_sql(st, sql, err))) {
			snprintf(sql, sizeof(sql), "DELETE FROM claim_packs WHERE article = '%s'", old[i]);
			rc = exec_sql(st, sql, err);
		}
		if (!rc) {
			snprintf(sql, sizeof(sql), "DELETE FROM articles WHERE sha256 = '%s'", old[i]);
			rc = exec_sql(st, sql, err);
		}
	}
	pbuf pack = { 0 };
	pack_reset(&pack);
	for (size_t i = 0; i < claims->count && !rc; i++) {
		fl_claim c = claims->items[i];
		snprintf(c.article, sizeof(c.article), "%s", a->id);
		OGRFeatureH cf = claim_feature(st, st->claims, st->cf, &c, a->published);
		CPLErrorReset();
		if (!cf || OGR_L_CreateFeature(st->claims, cf) != OGRERR_NONE) {
			rc = gdal_fail(err, a->source, "cannot store claim %zu of '%s' in '%s'", i + 1,
				       a->source, st->name);
		} else {
			/* What the timeline reads of it, as scan_sql would give it back. */
			fl_date eff = fl_claim_effective_day(&c);
			fl_claim_lean l = { OGR_F_GetFID(cf), c.place_id, eff == FL_DATE_NONE ? a->published : eff,
					    c.confidence, c.start, c.lat, c.lon, c.place, c.article, c.side,
					    c.event, c.status, c.source_side,
					    c.attributed_to && c.attributed_to[0] ? c.attributed_to : NULL };
			if (l.id < 0)
				rc = fl_error_set(err, FL_EGDAL, st->name, 0,
						  "store '%s' gave claim %zu of '%s' no id", st->name, i + 1, a->source);
			pack_add(&pack, &l);
		}
		OGR_F_Destroy(cf);
	}
	if (!rc)
		rc = pack_write(st, a->id, &pack, err);
	pack_free(&pack);
	if (rc) {
		GDALDatasetRollbackTransaction(st->ds);
		goto out;
	}
	CPLErrorReset();
	if (GDALDatasetCommitTransaction(st->ds) != OGRERR_NONE) {
		if (!last_error_is_duplicate())
			rc = gdal_fail(err, a->source, "cannot commit article '%s' to '%s'", a->source, st->name);
		GDALDatasetRollbackTransaction(st->ds);
		goto out;
	}
	*added = true;
out:
	for (size_t i = 0; i < nold; i++)
		free(old[i]);
	free(old);
	return rc;
}

fl_status fl_store_ingest(fl_store *st, const fl_article *a, const fl_claims *claims,
			  bool *added, fl_error *err)
{
	*added = false;
	static const fl_claims none = { 0 };
	CPLPushErrorHandler(CPLQuietErrorHandler);
	fl_status rc = ingest_impl(st, a, claims ? claims : &none, added, err);
	CPLPopErrorHandler();
	return rc;
}

/* ---- reading claims --------------------------------------------------------- */

static fl_status read_claim(const fl_store *st, OGRFeatureH f, const int *ix, int64_t id_base,
			    bool lean, fl_claim *c)
{
	bool oom = false;
	memset(c, 0, sizeof(*c));
	c->id = id_base + OGR_F_GetFID(f);
	get_buf(f, ix[C_ARTICLE], c->article, sizeof(c->article));
	c->place_id = OGR_F_GetFieldAsInteger64(f, ix[C_PLACE_ID]);
	c->place = get_str(f, ix[C_PLACE], &oom);
	c->lat = OGR_F_GetFieldAsDouble(f, ix[C_LAT]);
	c->lon = OGR_F_GetFieldAsDouble(f, ix[C_LON]);
	c->date = get_date(f, ix[C_DATE]);
	c->date_end = get_date(f, ix[C_DATE_END]);
	if (c->date_end == FL_DATE_NONE)
		c->date_end = c->date;
	/* A claim without a date of its own counts from its article's publication day
	 * (eff_day, set at ingest): say so by that date with no precision. */
	if (c->date == FL_DATE_NONE && ix[C_EFF] >= 0 && OGR_F_IsFieldSetAndNotNull(f, ix[C_EFF]))
		c->date = c->date_end = (fl_date)OGR_F_GetFieldAsInteger(f, ix[C_EFF]);
	get_buf(f, ix[C_PRECISION], c->date_precision, sizeof(c->date_precision));
	get_buf(f, ix[C_SIDE], c->side, sizeof(c->side));
	get_buf(f, ix[C_EVENT], c->event, sizeof(c->event));
	get_buf(f, ix[C_STATUS], c->status, sizeof(c->status));
	c->attributed_to = get_str(f, ix[C_ATTRIBUTED], &oom);
	get_buf(f, ix[C_SOURCE_SIDE], c->source_side, sizeof(c->source_side));
	c->confidence = OGR_F_GetFieldAsDouble(f, ix[C_CONFIDENCE]);
	c->start = (size_t)OGR_F_GetFieldAsInteger64(f, ix[C_START]);
	c->end = (size_t)OGR_F_GetFieldAsInteger64(f, ix[C_END]);
	c->rejects = OGR_F_GetFieldAsInteger64(f, ix[C_REJECTS]);
	if (!lean) {
		c->actor = get_str(f, ix[C_ACTOR], &oom);
		c->sentence = get_str(f, ix[C_SENTENCE], &oom);
		c->author = get_str(f, ix[C_AUTHOR], &oom);
		c->created = get_str(f, ix[C_CREATED], &oom);
	}
	(void)st;
	if (oom) {
		fli_claim_release(c);
		return FL_ENOMEM;
	}
	return FL_OK;
}

static int cmp_id(const void *a, const void *b)
{
	int64_t x = ((const fl_claim *)a)->id, y = ((const fl_claim *)b)->id;
	return (x > y) - (x < y);
}

static fl_status read_layer(fl_store *st, OGRLayerH l, const int *ix, int64_t id_base,
			    const fl_store_query_def *q, fl_claims *out, fl_error *err)
{
	char flt[256] = "", part[96], a[11], b[11];
	if (q->from != FL_DATE_NONE) {
		snprintf(part, sizeof(part), "claim_date >= '%s'", fl_date_format(q->from, a));
		strcat(flt, part);
	}
	if (q->to != FL_DATE_NONE) {
		snprintf(part, sizeof(part), "%sclaim_date <= '%s'", flt[0] ? " AND " : "",
			 fl_date_format(q->to, b));
		strcat(flt, part);
	}
	if (q->place_id) {
		snprintf(part, sizeof(part), "%splace_id = %lld", flt[0] ? " AND " : "",
			 (long long)q->place_id);
		strcat(flt, part);
	}
	bool lean = (q->what & FL_QUERY_LEAN) != 0;
	const char *ignored[] = { "sentence", "actor", "author", "created", "OGR_GEOMETRY", NULL };
	CPLErrorReset();
	OGR_L_SetIgnoredFields(l, lean ? ignored : NULL);
	if (OGR_L_SetAttributeFilter(l, flt[0] ? flt : NULL) != OGRERR_NONE)
		return gdal_fail(err, st->name, "cannot query claims in store '%s'", st->name);
	OGR_L_ResetReading(l);
	fl_status rc = FL_OK;
	OGRFeatureH f;
	while ((f = OGR_L_GetNextFeature(l))) {
		if (out->count == out->cap &&
		    fl_grow((void **)&out->items, &out->cap, out->count, 1, sizeof(fl_claim))) {
			OGR_F_Destroy(f);
			rc = fl_error_set(err, FL_ENOMEM, st->name, 0, "out of memory");
			break;
		}
		rc = read_claim(st, f, ix, id_base, lean, &out->items[out->count]);
		OGR_F_Destroy(f);
		if (rc) {
			fl_error_set(err, rc, st->name, 0, "out of memory");
			break;
		}
		out->count++;
	}
	if (!rc && CPLGetLastErrorType() >= CE_Failure)
		rc = gdal_fail(err, st->name, "cannot read claims from store '%s'", st->name);
	OGR_L_SetAttributeFilter(l, NULL);
	OGR_L_SetIgnoredFields(l, NULL);
	return rc;
}

/* The fields of tl_key ("side|event|status|source_side|article|attributed_to"), split in
 * place in buf (a copy of the key); false if it is damaged. */
static bool split_key(char *buf, fl_claim_lean *c)
{
	const char **dst[5] = { &c->side, &c->event, &c->status, &c->source_side, &c->article };
	char *k = buf;
	for (int i = 0; i < 5; i++) {
		*dst[i] = k;
		char *bar = strchr(k, '|');
		if (!bar)
			return false;
		*bar = '\0';
		k = bar + 1;
	}
	c->attributed_to = *k ? k : NULL;
	return true;
}

/* The lean scan: one SELECT of the columns the timeline needs, the vocabulary packed in
 * tl_key. OGR's cost is per text field and row, so this reads 200,000 claims several
 * times faster than the same columns one by one. The same SQL runs in SQLite and PG;
 * the integer day keeps the filter off the date index (a table scan is what the
 * timeline wants: it reads nearly every claim). */
static fl_status scan_sql(fl_store *st, const char *table, int64_t id_base, const fl_store_query_def *q,
			  const char *order, fl_claim_visit visit, void *ctx, fl_error *err)
{
	char sql[512], where[160] = "", part[64];
	if (q->from != FL_DATE_NONE) {
		snprintf(part, sizeof(part), " AND eff_day >= %d", (int)q->from);
		strcat(where, part);
	}
	if (q->to != FL_DATE_NONE) {
		snprintf(part, sizeof(part), " AND eff_day <= %d", (int)q->to);
		strcat(where, part);
	}
	if (q->place_id) {
		snprintf(part, sizeof(part), " AND place_id = %lld", (long long)q->place_id);
		strcat(where, part);
	}
	if (q->min_confidence > 0) {
		snprintf(part, sizeof(part), " AND confidence >= %.6f", q->min_confidence);
		strcat(where, part);
	}
	snprintf(sql, sizeof(sql),
		 "SELECT fid AS claim_id, place_id, place, lat, lon, eff_day, confidence, sent_start, "
		 "tl_key FROM %s WHERE eff_day IS NOT NULL%s%s%s", table, where, order ? " ORDER BY " : "",
		 order ? order : "");
	CPLErrorReset();
	OGRLayerH r = GDALDatasetExecuteSQL(st->ds, sql, NULL, NULL);
	if (!r)
		return gdal_fail(err, st->name, "cannot query %s in store '%s'", table, st->name);
	enum { Q_ID, Q_PID, Q_PLACE, Q_LAT, Q_LON, Q_EFF, Q_CONF, Q_START, Q_KEY, Q_N };
	static const char *names[Q_N] = { "claim_id", "place_id", "place", "lat", "lon", "eff_day",
					   "confidence", "sent_start", "tl_key" };
	int ix[Q_N];
	OGRFeatureDefnH fd = OGR_L_GetLayerDefn(r);
	fl_status rc = FL_OK;
	/* The id may come back as the result's FID rather than a column. */
	ix[Q_ID] = OGR_FD_GetFieldIndex(fd, names[Q_ID]);
	for (int i = 1; i < Q_N; i++)
		if ((ix[i] = OGR_FD_GetFieldIndex(fd, names[i])) < 0)
			rc = fl_error_set(err, FL_EGDAL, st->name, 0, "store '%s': query lacks column '%s'",
					  st->name, names[i]);
	OGRFeatureH f;
	char *key = NULL;
	size_t capkey = 0;
	while (!rc && (f = OGR_L_GetNextFeature(r))) {
		fl_claim_lean c;
		c.id = id_base + (ix[Q_ID] >= 0 ? OGR_F_GetFieldAsInteger64(f, ix[Q_ID]) : OGR_F_GetFID(f));
		c.place_id = OGR_F_GetFieldAsInteger64(f, ix[Q_PID]);
		c.place = OGR_F_IsFieldSetAndNotNull(f, ix[Q_PLACE]) ? OGR_F_GetFieldAsString(f, ix[Q_PLACE]) : NULL;
		c.lat = OGR_F_GetFieldAsDouble(f, ix[Q_LAT]);
		c.lon = OGR_F_GetFieldAsDouble(f, ix[Q_LON]);
		c.eff = (fl_date)OGR_F_GetFieldAsInteger(f, ix[Q_EFF]);
		c.confidence = OGR_F_GetFieldAsDouble(f, ix[Q_CONF]);
		c.start = (size_t)OGR_F_GetFieldAsInteger64(f, ix[Q_START]);
		bool ok = OGR_F_IsFieldSetAndNotNull(f, ix[Q_KEY]);
		if (ok) {
			const char *k = OGR_F_GetFieldAsString(f, ix[Q_KEY]);
			size_t n = strlen(k);
			if (n + 1 > capkey && fl_grow((void **)&key, &capkey, 0, n + 1, 1)) {
				OGR_F_Destroy(f);
				rc = fl_error_set(err, FL_ENOMEM, st->name, 0, "out of memory");
				break;
			}
			memcpy(key, k, n + 1);
			ok = split_key(key, &c);
		}
		if (!ok)
			rc = fl_error_set(err, FL_EINVAL, st->name, 0, "store '%s': claim %lld in %s is damaged (tl_key)",
					  st->name, (long long)c.id, table);
		else if ((rc = visit(ctx, &c)))
			fl_error_set(err, rc, st->name, 0, rc == FL_ENOMEM ? "out of memory" :
				     "reading claims from store '%s' stopped", st->name);
		OGR_F_Destroy(f);
	}
	free(key);
	if (!rc && CPLGetLastErrorType() >= CE_Failure)
		rc = gdal_fail(err, st->name, "cannot read %s from store '%s'", table, st->name);
	GDALDatasetReleaseResultSet(st->ds, r);
	return rc;
}

fl_status fl_store_scan(fl_store *st, const fl_store_query_def *q, fl_claim_visit visit, void *ctx,
			fl_error *err)
{
	CPLPushErrorHandler(CPLQuietErrorHandler);
	fl_status rc = st->packs && st->version >= 2 ? scan_packs(st, q, visit, ctx, err) :
		       scan_sql(st, "claims", 0, q, NULL, visit, ctx, err);
	CPLPopErrorHandler();
	return rc;
}

/* fl_store_query's lean read: the scan, copied into claims. Lean claims carry their
 * effective day as date and date_end, precision "day". */
static fl_status lean_to_claim(void *ctx, const fl_claim_lean *l)
{
	fl_claims *out = ctx;
	if (out->count == out->cap &&
	    fl_grow((void **)&out->items, &out->cap, out->count, out->count / 2 + 64, sizeof(fl_claim)))
		return FL_ENOMEM;
	fl_claim *c = &out->items[out->count];
	memset(c, 0, sizeof(*c));
	c->id = l->id;
	c->place_id = l->place_id;
	c->lat = l->lat;
	c->lon = l->lon;
	c->date = c->date_end = l->eff;
	memcpy(c->date_precision, "day", 4);
	c->confidence = l->confidence;
	c->start = l->start;
	snprintf(c->article, sizeof(c->article), "%s", l->article);
	snprintf(c->side, sizeof(c->side), "%s", l->side);
	snprintf(c->event, sizeof(c->event), "%s", l->event);
	snprintf(c->status, sizeof(c->status), "%s", l->status);
	snprintf(c->source_side, sizeof(c->source_side), "%s", l->source_side);
	c->place = fl_strdup(l->place);
	c->attributed_to = fl_strdup(l->attributed_to);
	if ((l->place && !c->place) || (l->attributed_to && !c->attributed_to)) {
		fli_claim_release(c);
		return FL_ENOMEM;
	}
	out->count++;
	return FL_OK;
}

static fl_status read_lean(fl_store *st, const fl_store_query_def *q, fl_claims *out, fl_error *err)
{
	return st->packs && st->version >= 2 ? scan_packs(st, q, lean_to_claim, out, err) :
	       scan_sql(st, "claims", 0, q, NULL, lean_to_claim, out, err);
}

fl_status fl_store_query(fl_store *st, const fl_store_query_def *q, fl_claims *out,
			 fl_error *err)
{
	size_t before = out->count;
	CPLPushErrorHandler(CPLQuietErrorHandler);
	fl_status rc = FL_OK;
	bool lean = (q->what & FL_QUERY_LEAN) != 0;
	if (q->what & FL_QUERY_MACHINE)
		rc = lean ? read_lean(st, q, out, err) :
			    read_layer(st, st->claims, st->cf, 0, q, out, err);
	if (!rc && (q->what & FL_QUERY_CORRECTIONS))
		rc = read_layer(st, st->overrides, st->of, FL_OVERRIDE_ID_BASE, q, out, err);	/* few */
	CPLPopErrorHandler();
	if (rc) {
		for (size_t i = before; i < out->count; i++)
			fli_claim_release(&out->items[i]);
		out->count = before;
		return rc;
	}
	if (out->count > before)
		qsort(out->items + before, out->count - before, sizeof(fl_claim), cmp_id);
	return FL_OK;
}

fl_status fl_store_claims(fl_store *st, fl_date from, fl_date to, fl_claims *out,
			  fl_error *err)
{
	fl_store_query_def q = { from, to, FL_QUERY_MACHINE | FL_QUERY_CORRECTIONS, 0, 0 };
	return fl_store_query(st, &q, out, err);
}

fl_status fl_store_get(fl_store *st, int64_t id, fl_claim *out, fl_error *err)
{
	memset(out, 0, sizeof(*out));
	bool corr = id >= FL_OVERRIDE_ID_BASE;
	OGRLayerH l = corr ? st->overrides : st->claims;
	CPLPushErrorHandler(CPLQuietErrorHandler);
	CPLErrorReset();
	OGRFeatureH f = id > 0 ? OGR_L_GetFeature(l, corr ? id - FL_OVERRIDE_ID_BASE : id) : NULL;
	CPLPopErrorHandler();
	if (!f)
		return fl_error_set(err, FL_ENOTFOUND, st->name, 0, "no claim %lld in store '%s'",
				    (long long)id, st->name);
	fl_status rc = read_claim(st, f, corr ? st->of : st->cf, corr ? FL_OVERRIDE_ID_BASE : 0, false, out);
	OGR_F_Destroy(f);
	if (rc)
		return fl_error_set(err, rc, st->name, 0, "out of memory");
	return FL_OK;
}

/* ---- corrections ---------------------------------------------------------- */

static fl_status correct_impl(fl_store *st, const fl_claims *cs, int64_t *ids, fl_error *err)
{
	if (st->readonly)
		return check_writable(st, err);
	for (size_t i = 0; i < cs->count; i++) {
		const fl_claim *c = &cs->items[i];
		if (!c->author || !*c->author || !c->created || !*c->created)
			return fl_error_set(err, FL_EINVAL, st->name, 0,
					    "correction %zu has no author or time", i + 1);
		if (c->rejects) {
			fl_claim old;
			fl_status rc = fl_store_get(st, c->rejects, &old, err);
			if (rc)
				return rc;
			fli_claim_release(&old);
		}
	}
	if (check_writable(st, err))
		return FL_EIO;
	CPLErrorReset();
	if (GDALDatasetStartTransaction(st->ds, FALSE) != OGRERR_NONE)
		return gdal_fail(err, st->name, "cannot start a transaction in store '%s'", st->name);
	fl_status rc = FL_OK;
	for (size_t i = 0; i < cs->count && !rc; i++) {
		OGRFeatureH f = claim_feature(st, st->overrides, st->of, &cs->items[i], FL_DATE_NONE);
		CPLErrorReset();
		if (!f || OGR_L_CreateFeature(st->overrides, f) != OGRERR_NONE)
			rc = gdal_fail(err, st->name, "cannot store correction %zu in '%s'", i + 1, st->name);
		else if (ids)
			ids[i] = FL_OVERRIDE_ID_BASE + OGR_F_GetFID(f);
		OGR_F_Destroy(f);
	}
	CPLErrorReset();
	if (rc || GDALDatasetCommitTransaction(st->ds) != OGRERR_NONE) {
		if (!rc)
			rc = gdal_fail(err, st->name, "cannot commit corrections to '%s'", st->name);
		GDALDatasetRollbackTransaction(st->ds);
	}
	return rc;
}

fl_status fl_store_correct(fl_store *st, const fl_claims *cs, int64_t *ids, fl_error *err)
{
	CPLPushErrorHandler(CPLQuietErrorHandler);
	fl_status rc = correct_impl(st, cs, ids, err);
	CPLPopErrorHandler();
	return rc;
}

static fl_status count_layer(fl_store *st, OGRLayerH l, size_t *n, fl_error *err)
{
	CPLErrorReset();
	OGR_L_SetAttributeFilter(l, NULL);
	GIntBig c = OGR_L_GetFeatureCount(l, TRUE);
	if (c < 0)
		return gdal_fail(err, st->name, "cannot count features in store '%s'", st->name);
	*n = (size_t)c;
	return FL_OK;
}

fl_status fl_store_counts(fl_store *st, size_t *articles, size_t *claims, fl_error *err)
{
	CPLPushErrorHandler(CPLQuietErrorHandler);
	size_t a = 0, c = 0;
	fl_status rc = count_layer(st, st->articles, &a, err);
	if (!rc)
		rc = count_layer(st, st->claims, &c, err);
	CPLPopErrorHandler();
	if (articles)
		*articles = a;
	if (claims)
		*claims = c;
	return rc;
}

fl_status fl_store_count_corrections(fl_store *st, size_t *n, fl_error *err)
{
	CPLPushErrorHandler(CPLQuietErrorHandler);
	fl_status rc = count_layer(st, st->overrides, n, err);
	CPLPopErrorHandler();
	return rc;
}


/* ---- reading CSV / GeoJSON tables ---------------------------------------------------- */

#define FL_TABLE_MAX_BYTES (64u << 20)	/* baselines and correction files */

typedef struct table {
	GDALDatasetH ds;	/* open on the in-memory copy */
	char mem[96];		/* /vsimem/ name */
	bool csv;		/* CSV (else GeoJSON) */
} table;

/* Read path ("-" for stdin), check it is non-empty UTF-8 text without NUL bytes, and
 * open it with OGR's CSV or GeoJSON driver (by extension, else by its first byte).
 * what names the kind of file in messages. */
static fl_status table_open(const char *path, const char *what, table *t, fl_error *err)
{
	memset(t, 0, sizeof(*t));
	char *buf;
	size_t len;
	fl_status rc = fl_read_file(path, FL_TABLE_MAX_BYTES, &buf, &len, err);
	if (rc)
		return rc;
	if (len == 0) {
		free(buf);
		return fl_error_set(err, FL_EPARSE, path, 0, "%s '%s' is empty", what, path);
	}
	bool bom;
	const char *wide = fl_wide_encoding(buf, len, &bom);
	if (wide) {	/* a spreadsheet's "Unicode text": say so, not "binary" */
		free(buf);
		return fl_error_set(err, FL_EPARSE, path, 0,
				    "%s '%s' is %s, not UTF-8: convert it to UTF-8 (e.g. iconv -f %.6s -t UTF-8)",
				    what, path, wide, wide);
	}
	const char *nul = memchr(buf, '\0', len);
	if (nul) {
		size_t off = (size_t)(nul - buf);
		free(buf);
		return fl_error_set_offset(err, FL_EPARSE, path, (long long)off,
					   "%s '%s' holds a NUL byte at byte %zu: binary, not text", what, path, off);
	}
	for (size_t i = 0; i < len;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)buf + i, (utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0) {
			free(buf);
			return fl_error_set_offset(err, FL_EPARSE, path, (long long)i,
						   "%s '%s' is not valid UTF-8 at byte %zu", what, path, i);
		}
		i += (size_t)n;
	}
	const char *ext = strrchr(path, '.');
	if (ext && strcasecmp(ext, ".csv") == 0)
		t->csv = true;
	else if (ext && (strcasecmp(ext, ".geojson") == 0 || strcasecmp(ext, ".json") == 0))
		t->csv = false;
	else {
		size_t i = 0;
		while (i < len && (buf[i] == ' ' || buf[i] == '\n' || buf[i] == '\r' || buf[i] == '\t'))
			i++;
		t->csv = !(i < len && buf[i] == '{');
	}
	static unsigned serial;
	snprintf(t->mem, sizeof(t->mem), "/vsimem/frontline-%ld-%u.%s", (long)getpid(), ++serial,
		 t->csv ? "csv" : "geojson");
	VSILFILE *f = VSIFileFromMemBuffer(t->mem, (GByte *)buf, (vsi_l_offset)len, TRUE);
	if (!f) {
		free(buf);
		return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
	}
	VSIFCloseL(f);
	const char *drv_csv[] = { "CSV", NULL };
	const char *drv_json[] = { "GeoJSON", NULL };
	const char *oo_csv[] = { "AUTODETECT_TYPE=NO", "KEEP_GEOM_COLUMNS=YES", "HEADERS=YES", NULL };
	GDALAllRegister();
	CPLErrorReset();
	t->ds = GDALOpenEx(t->mem, GDAL_OF_VECTOR | GDAL_OF_READONLY, t->csv ? drv_csv : drv_json,
			   t->csv ? oo_csv : NULL, NULL);
	if (!t->ds) {
		rc = gdal_fail(err, path, "cannot read %s '%s' as %s", what, path,
			       t->csv ? "CSV" : "GeoJSON");
		VSIUnlink(t->mem);
		return rc;
	}
	return FL_OK;
}

static void table_close(table *t)
{
	if (t->ds)
		GDALClose(t->ds);
	if (t->mem[0])
		VSIUnlink(t->mem);
	memset(t, 0, sizeof(*t));
}

/* ---- baselines -------------------------------------------------------------- */

void fl_baseline_release(fl_baseline *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->count; i++) {
		free(b->items[i].place);
		free(b->items[i].source);
		free(b->items[i].ring_xy);
		free(b->items[i].ring_len);
	}
	free(b->items);
	free(b->origin);
	memset(b, 0, sizeof(*b));
	b->date = FL_DATE_NONE;
}

bool fl_baseline_row_contains(const fl_baseline_row *r, double lon, double lat)
{
	bool in = false;
	const double *p = r->ring_xy;
	for (size_t k = 0; k < r->nrings; k++) {
		size_t n = r->ring_len[k];
		for (size_t i = 0, j = n - 1; i < n; j = i++) {
			double xi = p[2 * i], yi = p[2 * i + 1], xj = p[2 * j], yj = p[2 * j + 1];
			if (((yi > lat) != (yj > lat)) && (lon < (xj - xi) * (lat - yi) / (yj - yi) + xi))
				in = !in;
		}
		p += 2 * n;
	}
	return in;
}

/* Copy the rings of a (multi)polygon into r. */
static fl_status take_rings(OGRGeometryH g, fl_baseline_row *r)
{
	OGRwkbGeometryType t = wkbFlatten(OGR_G_GetGeometryType(g));
	if (t == wkbMultiPolygon || t == wkbGeometryCollection) {
		for (int i = 0; i < OGR_G_GetGeometryCount(g); i++) {
			fl_status rc = take_rings(OGR_G_GetGeometryRef(g, i), r);
			if (rc)
				return rc;
		}
		return FL_OK;
	}
	if (t != wkbPolygon)
		return FL_EINVAL;
	for (int k = 0; k < OGR_G_GetGeometryCount(g); k++) {
		OGRGeometryH ring = OGR_G_GetGeometryRef(g, k);
		int n = OGR_G_GetPointCount(ring);
		if (n < 3)
			continue;
		size_t tot = 0;
		for (size_t i = 0; i < r->nrings; i++)
			tot += r->ring_len[i];
		double *xy = realloc(r->ring_xy, (tot + (size_t)n) * 2 * sizeof(double));
		if (!xy)
			return FL_ENOMEM;
		r->ring_xy = xy;
		size_t *rl = realloc(r->ring_len, (r->nrings + 1) * sizeof(size_t));
		if (!rl)
			return FL_ENOMEM;
		r->ring_len = rl;
		for (int i = 0; i < n; i++) {
			xy[2 * (tot + (size_t)i)] = OGR_G_GetX(ring, i);
			xy[2 * (tot + (size_t)i) + 1] = OGR_G_GetY(ring, i);
		}
		r->ring_len[r->nrings++] = (size_t)n;
	}
	return FL_OK;
}

/* Build a polygon geometry from a row's rings (each ring its own polygon part;
 * holes are kept as rings of the first polygon they fall in is not needed for
 * even-odd, so store them as a multipolygon of simple rings). */
static OGRGeometryH rings_geometry(const fl_baseline_row *r)
{
	OGRGeometryH poly = OGR_G_CreateGeometry(wkbPolygon);
	const double *p = r->ring_xy;
	for (size_t k = 0; k < r->nrings; k++) {
		OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
		for (size_t i = 0; i < r->ring_len[k]; i++)
			OGR_G_SetPoint_2D(ring, (int)i, p[2 * i], p[2 * i + 1]);
		OGR_G_AddGeometryDirectly(poly, ring);
		p += 2 * r->ring_len[k];
	}
	return poly;
}

static int field_of(OGRFeatureDefnH fd, const char *const *names)
{
	for (; *names; names++) {
		int i = OGR_FD_GetFieldIndex(fd, *names);
		if (i >= 0)
			return i;
	}
	return -1;
}

static bool side_allowed(const char *side, const char *const *sides)
{
	if (!sides)
		return side[0] != '\0';
	for (; *sides; sides++)
		if (strcmp(*sides, side) == 0)
			return true;
	return false;
}

static fl_status read_baseline_impl(const char *path, fl_date date, const char *const *sides,
				    fl_baseline *out, fl_error *err)
{
	table t;
	fl_status rc = table_open(path, "baseline", &t, err);
	if (rc)
		return rc;
	GDALDatasetH ds = t.ds;
	bool csv = t.csv;
	OGRLayerH l = GDALDatasetGetLayerCount(ds) > 0 ? GDALDatasetGetLayer(ds, 0) : NULL;
	if (!l) {
		rc = fl_error_set(err, FL_EPARSE, path, 0, "baseline '%s' holds no layer", path);
		goto out;
	}
	OGRFeatureDefnH fd = OGR_L_GetLayerDefn(l);
	static const char *n_id[] = { "geonames_id", "place_id", "id", NULL };
	static const char *n_name[] = { "name", "place", NULL };
	static const char *n_lat[] = { "lat", "latitude", "y", NULL };
	static const char *n_lon[] = { "lon", "lng", "longitude", "x", NULL };
	static const char *n_side[] = { "side", NULL };
	static const char *n_source[] = { "source", "sources", NULL };
	static const char *n_kind[] = { "kind", "feature_code", NULL };
	static const char *n_pop[] = { "population", NULL };
	int fi = field_of(fd, n_id), fn = field_of(fd, n_name), fla = field_of(fd, n_lat),
	    flo = field_of(fd, n_lon), fs = field_of(fd, n_side), fso = field_of(fd, n_source),
	    fk = field_of(fd, n_kind), fp = field_of(fd, n_pop);
	if (fs < 0) {
		rc = fl_error_set(err, FL_EPARSE, path, 1, "baseline '%s' has no 'side' column", path);
		goto out;
	}
	if (csv && (fla < 0 || flo < 0)) {
		rc = fl_error_set(err, FL_EPARSE, path, 1, "baseline '%s' needs 'lat' and 'lon' columns", path);
		goto out;
	}
	out->date = date;
	out->origin = strdup(path);
	OGR_L_ResetReading(l);
	OGRFeatureH f;
	long n = 0;
	while (!rc && (f = OGR_L_GetNextFeature(l))) {
		n++;
		long line = csv ? n + 1 : n;	/* CSV: the header is line 1 */
		fl_baseline_row r = { 0 };
		r.line = line;
		bool oom = false;
		char side[64];
		get_buf(f, fs, side, sizeof(side));
		for (char *p = side; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p = (char)(*p - 'A' + 'a');
		if (!side_allowed(side, sides) || strlen(side) >= sizeof(r.side)) {
			rc = fl_error_set(err, FL_EPARSE, path, line, "%s '%s': unknown side '%s'",
					  csv ? "line" : "feature", path, side);
			if (!csv && err)
				err->line = 0;
			if (!csv && err)
				snprintf(err->text, sizeof(err->text),
					 "baseline '%s', feature %ld: unknown side '%s'", path, n, side);
			OGR_F_Destroy(f);
			break;
		}
		snprintf(r.side, sizeof(r.side), "%s", side);
		r.place_id = fi >= 0 ? OGR_F_GetFieldAsInteger64(f, fi) : 0;
		r.place = get_str(f, fn, &oom);
		r.source = get_str(f, fso, &oom);
		get_buf(f, fk, r.kind, sizeof(r.kind));
		r.population = fp >= 0 ? OGR_F_GetFieldAsInteger64(f, fp) : 0;
		OGRGeometryH g = OGR_F_GetGeometryRef(f);
		OGRwkbGeometryType gt = g ? wkbFlatten(OGR_G_GetGeometryType(g)) : wkbNone;
		bool ok = true;
		if (!csv && g && gt == wkbPoint) {
			r.lon = OGR_G_GetX(g, 0);
			r.lat = OGR_G_GetY(g, 0);
		} else if (!csv && g && (gt == wkbPolygon || gt == wkbMultiPolygon)) {
			if (take_rings(g, &r) == FL_ENOMEM)
				oom = true;
			OGREnvelope env;
			OGR_G_GetEnvelope(g, &env);
			r.lon = (env.MinX + env.MaxX) / 2;
			r.lat = (env.MinY + env.MaxY) / 2;
			r.place_id = 0;
		} else if (fla >= 0 && flo >= 0 && OGR_F_IsFieldSetAndNotNull(f, fla) &&
			   OGR_F_IsFieldSetAndNotNull(f, flo)) {
			char *e1, *e2;
			const char *sla = OGR_F_GetFieldAsString(f, fla);
			r.lat = strtod(sla, &e1);
			bool bad = (*e1 != '\0' || e1 == sla);
			const char *slo = OGR_F_GetFieldAsString(f, flo);
			r.lon = strtod(slo, &e2);
			bad = bad || *e2 != '\0' || e2 == slo;
			ok = !bad;
		} else {
			ok = false;
		}
		if (ok && r.nrings == 0 && !(r.lat >= -90 && r.lat <= 90 && r.lon >= -180 && r.lon <= 180))
			ok = false;
		if (ok && r.nrings == 0 && r.place_id <= 0)
			ok = false;
		OGR_F_Destroy(f);
		if (!ok || oom) {
			free(r.place);
			free(r.source);
			free(r.ring_xy);
			free(r.ring_len);
			if (oom)
				rc = fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
			else if (csv)
				rc = fl_error_set(err, FL_EPARSE, path, line,
						  "baseline '%s' line %ld: needs a place id and a real lat/lon", path, line);
			else
				rc = fl_error_set(err, FL_EPARSE, path, 0,
						  "baseline '%s' feature %ld: needs a point with an id, or a polygon",
						  path, n);
			break;
		}
		if (fl_grow((void **)&out->items, &out->cap, out->count, 1, sizeof(r))) {
			free(r.place);
			free(r.source);
			free(r.ring_xy);
			free(r.ring_len);
			rc = fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
			break;
		}
		out->items[out->count++] = r;
	}
	if (!rc && CPLGetLastErrorType() >= CE_Failure)
		rc = gdal_fail(err, path, "cannot read baseline '%s' after feature %ld", path, n);
	if (!rc && out->count == 0)
		rc = fl_error_set(err, FL_EPARSE, path, 0, "baseline '%s' holds no rows", path);
out:
	table_close(&t);
	if (rc)
		fl_baseline_release(out);
	return rc;
}

fl_status fl_baseline_read(const char *path, fl_date date, const char *const *sides,
			   fl_baseline *out, fl_error *err)
{
	memset(out, 0, sizeof(*out));
	out->date = FL_DATE_NONE;
	CPLPushErrorHandler(CPLQuietErrorHandler);
	fl_status rc = read_baseline_impl(path, date, sides, out, err);
	CPLPopErrorHandler();
	return rc;
}

/* A baseline pack: "FLB1", varint count, the string table as in claim packs, then per
 * point row: zigzag row id (delta), zigzag place_id, f64 lat, f64 lon, zigzag
 * population, and string numbers of place, side, kind, source. */
#define BPACK_MAGIC "FLB1"

static void bpack_add(pbuf *p, int64_t fid, const fl_baseline_row *r)
{
	pb_sv(p, (int64_t)((uint64_t)fid - (uint64_t)p->last_id));
	pb_sv(p, r->place_id);
	pb_f64(p, r->lat);
	pb_f64(p, r->lon);
	pb_sv(p, r->population);
	pb_uv(p, pb_str(p, r->place));
	pb_uv(p, pb_str(p, r->side));
	pb_uv(p, pb_str(p, r->kind));
	pb_uv(p, pb_str(p, r->source));
	p->last_id = fid;
	p->n++;
}

static fl_status bpack_write(fl_store *st, fl_date date, const pbuf *p, fl_error *err)
{
	if (p->oom)
		return fl_error_set(err, FL_ENOMEM, st->name, 0, "out of memory");
	pbuf h = { 0 };
	pack_blob(p, BPACK_MAGIC, &h);
	fl_status rc = FL_OK;
	OGRFeatureH f = h.oom ? NULL : OGR_F_Create(OGR_L_GetLayerDefn(st->bpacks));
	if (!f)
		rc = fl_error_set(err, FL_ENOMEM, st->name, 0, "out of memory");
	else if (h.len > INT_MAX)
		rc = fl_error_set(err, FL_EINVAL, st->name, 0, "the baseline has too many rows");
	if (!rc) {
		set_date(f, st->qf[Q_DATE], date);
		OGR_F_SetFieldInteger(f, st->qf[Q_NROWS], (int)p->n);
		OGR_F_SetFieldBinary(f, st->qf[Q_DATA], (int)h.len, (const void *)h.b);
		CPLErrorReset();
		if (OGR_L_CreateFeature(st->bpacks, f) != OGRERR_NONE)
			rc = gdal_fail(err, st->name, "cannot store the baseline pack in '%s'", st->name);
	}
	if (f)
		OGR_F_Destroy(f);
	free(h.b);
	return rc;
}

/* The point rows of day (YYYY-MM-DD) from its pack into out. *found false when there is
 * no pack (a store of schema 1 opened read-only). */
static fl_status bpack_read(fl_store *st, const char *day, fl_baseline *out, bool *found, fl_error *err)
{
	*found = false;
	if (!st->bpacks || st->version < 2)
		return FL_OK;
	char flt[64];
	snprintf(flt, sizeof(flt), "baseline_date = '%s'", day);
	CPLErrorReset();
	OGR_L_SetAttributeFilter(st->bpacks, flt);
	OGR_L_ResetReading(st->bpacks);
	OGRFeatureH f = OGR_L_GetNextFeature(st->bpacks);
	OGR_L_SetAttributeFilter(st->bpacks, NULL);
	if (!f)
		return CPLGetLastErrorType() >= CE_Failure ?
		       gdal_fail(err, st->name, "cannot read the baseline from store '%s'", st->name) : FL_OK;
	*found = true;
	int n = 0;
	const GByte *data = OGR_F_GetFieldAsBinary(f, st->qf[Q_DATA], &n);
	prd r = { data, n > 0 ? (size_t)n : 0, 0, false };
	const char **tab = NULL;
	size_t captab = 0;
	uint64_t count, nstr;
	fl_status rc = rd_head(&r, BPACK_MAGIC, &count, &tab, &captab, &nstr);
	if (!rc && !r.bad && count && fl_grow((void **)&out->items, &out->cap, out->count, (size_t)count,
					      sizeof(fl_baseline_row)))
		rc = FL_ENOMEM;
	int64_t fid = 0;
	for (uint64_t i = 0; i < count && !rc && !r.bad; i++) {
		fl_baseline_row row = { 0 };
		fid = (int64_t)((uint64_t)fid + (uint64_t)rd_sv(&r));
		row.line = (long)fid;
		row.place_id = rd_sv(&r);
		row.lat = rd_f64(&r);
		row.lon = rd_f64(&r);
		row.population = rd_sv(&r);
		const char *place = rd_str(&r, tab, (size_t)nstr), *side = rd_str(&r, tab, (size_t)nstr),
			   *kind = rd_str(&r, tab, (size_t)nstr), *source = rd_str(&r, tab, (size_t)nstr);
		if (r.bad || !side)
			break;
		snprintf(row.side, sizeof(row.side), "%s", side);
		snprintf(row.kind, sizeof(row.kind), "%s", kind ? kind : "");
		row.place = fl_strdup(place);
		row.source = fl_strdup(source);
		if ((place && !row.place) || (source && !row.source)) {
			free(row.place);
			free(row.source);
			rc = FL_ENOMEM;
			break;
		}
		out->items[out->count++] = row;
	}
	free(tab);
	if (rc == FL_ENOMEM)
		rc = fl_error_set(err, FL_ENOMEM, st->name, 0, "out of memory");
	else if (!rc && (r.bad || r.at != r.len))
		rc = fl_error_set(err, FL_EINVAL, st->name, 0, "store '%s': the baseline pack of %s is damaged",
				  st->name, day);
	OGR_F_Destroy(f);
	return rc;
}

static fl_status baseline_put_impl(fl_store *st, const fl_baseline *b, const char *author,
				   fl_error *err)
{
	if (st->readonly)
		return check_writable(st, err);
	if (b->date == FL_DATE_NONE)
		return fl_error_set(err, FL_EINVAL, st->name, 0, "a baseline needs a date");
	char day[11], sql[128], now[32];
	now_iso(now, sizeof(now));
	if (check_writable(st, err))
		return FL_EIO;
	CPLErrorReset();
	if (GDALDatasetStartTransaction(st->ds, FALSE) != OGRERR_NONE)
		return gdal_fail(err, st->name, "cannot start a transaction in store '%s'", st->name);
	snprintf(sql, sizeof(sql), "DELETE FROM baseline WHERE baseline_date = '%s'",
		 fl_date_format(b->date, day));
	fl_status rc = exec_sql(st, sql, err);
	if (!rc) {
		snprintf(sql, sizeof(sql), "DELETE FROM baseline_packs WHERE baseline_date = '%s'", day);
		rc = exec_sql(st, sql, err);
	}
	pbuf pack = { 0 };
	pack_reset(&pack);
	for (size_t i = 0; i < b->count && !rc; i++) {
		const fl_baseline_row *r = &b->items[i];
		OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(st->baseline));
		set_date(f, st->bf[B_DATE], b->date);
		OGR_F_SetFieldInteger64(f, st->bf[B_PLACE_ID], r->place_id);
		set_str(f, st->bf[B_PLACE], r->place);
		OGR_F_SetFieldDouble(f, st->bf[B_LAT], r->lat);
		OGR_F_SetFieldDouble(f, st->bf[B_LON], r->lon);
		set_str(f, st->bf[B_SIDE], r->side);
		set_str(f, st->bf[B_KIND], r->kind[0] ? r->kind : NULL);
		OGR_F_SetFieldInteger64(f, st->bf[B_POPULATION], r->population);
		set_str(f, st->bf[B_SOURCE], r->source);
		set_str(f, st->bf[B_AUTHOR], author);
		set_str(f, st->bf[B_IMPORTED], now);
		set_str(f, st->bf[B_ORIGIN], b->origin);
		OGRGeometryH g;
		if (r->nrings) {
			g = rings_geometry(r);
		} else {
			g = OGR_G_CreateGeometry(wkbPoint);
			OGR_G_SetPoint_2D(g, 0, r->lon, r->lat);
		}
		OGR_G_AssignSpatialReference(g, st->srs);
		OGR_F_SetGeometryDirectly(f, g);
		CPLErrorReset();
		if (OGR_L_CreateFeature(st->baseline, f) != OGRERR_NONE)
			rc = gdal_fail(err, st->name, "cannot store baseline row %zu in '%s'", i + 1, st->name);
		else if (!r->nrings && r->place_id != 0)
			bpack_add(&pack, OGR_F_GetFID(f), r);
		OGR_F_Destroy(f);
	}
	if (!rc)
		rc = bpack_write(st, b->date, &pack, err);
	pack_free(&pack);
	CPLErrorReset();
	if (rc || GDALDatasetCommitTransaction(st->ds) != OGRERR_NONE) {
		if (!rc)
			rc = gdal_fail(err, st->name, "cannot commit the baseline to '%s'", st->name);
		GDALDatasetRollbackTransaction(st->ds);
	}
	return rc;
}

fl_status fl_store_baseline_put(fl_store *st, const fl_baseline *b, const char *author,
				fl_error *err)
{
	CPLPushErrorHandler(CPLQuietErrorHandler);
	fl_status rc = baseline_put_impl(st, b, author, err);
	CPLPopErrorHandler();
	return rc;
}

/* The baseline date to use on day d: latest <= d, else the earliest. The dates are those
 * of the baseline packs (one row each), else the distinct dates of the date index. */
static fl_status pick_baseline_date(fl_store *st, fl_date d, fl_date *out, fl_error *err)
{
	*out = FL_DATE_NONE;
	fl_date best_le = FL_DATE_NONE, earliest = FL_DATE_NONE;
	bool packed = st->bpacks && st->version >= 2;
	CPLErrorReset();
	OGRLayerH r = GDALDatasetExecuteSQL(st->ds, packed ? "SELECT baseline_date FROM baseline_packs" :
					    "SELECT DISTINCT baseline_date FROM baseline", NULL, NULL);
	if (!r)
		return gdal_fail(err, st->name, "cannot read the baseline from store '%s'", st->name);
	OGRFeatureH f;
	while ((f = OGR_L_GetNextFeature(r))) {
		fl_date bd = field_day(f, 0);
		if (bd != FL_DATE_NONE) {
			if (earliest == FL_DATE_NONE || bd < earliest)
				earliest = bd;
			if (bd <= d && (best_le == FL_DATE_NONE || bd > best_le))
				best_le = bd;
		}
		OGR_F_Destroy(f);
	}
	GDALDatasetReleaseResultSet(st->ds, r);
	if (CPLGetLastErrorType() >= CE_Failure)
		return gdal_fail(err, st->name, "cannot read the baseline from store '%s'", st->name);
	*out = best_le != FL_DATE_NONE ? best_le : earliest;
	return FL_OK;
}

static fl_status baseline_push(fl_store *st, fl_baseline *out, fl_baseline_row *r, bool oom,
			       fl_error *err)
{
	if (oom || fl_grow((void **)&out->items, &out->cap, out->count, out->count / 2 + 64, sizeof(*r))) {
		free(r->place);
		free(r->source);
		free(r->ring_xy);
		free(r->ring_len);
		return fl_error_set(err, FL_ENOMEM, st->name, 0, "out of memory");
	}
	out->items[out->count++] = *r;
	return FL_OK;
}

static int cmp_baseline_line(const void *a, const void *b)
{
	long x = ((const fl_baseline_row *)a)->line, y = ((const fl_baseline_row *)b)->line;
	return (x > y) - (x < y);
}

/* The rows of day bd: points through one SELECT without geometry (their position is in
 * lat/lon), polygons (place_id 0) through the layer with theirs; in row order. */
static fl_status read_points_sql(fl_store *st, const char *day, fl_baseline *out, fl_error *err)
{
	char sql[256];
	fl_status rc = FL_OK;
	snprintf(sql, sizeof(sql),
		 "SELECT fid AS row_id, place_id, place, lat, lon, side, kind, population, source "
		 "FROM baseline WHERE baseline_date = '%s' AND place_id <> 0", day);
	CPLErrorReset();
	OGRLayerH res = GDALDatasetExecuteSQL(st->ds, sql, NULL, NULL);
	if (!res) {
		return gdal_fail(err, st->name, "cannot read the baseline from store '%s'", st->name);
	}
	enum { R_ID, R_PID, R_PLACE, R_LAT, R_LON, R_SIDE, R_KIND, R_POP, R_SOURCE, R_N };
	static const char *names[R_N] = { "row_id", "place_id", "place", "lat", "lon", "side", "kind",
					   "population", "source" };
	int ix[R_N];
	OGRFeatureDefnH fd = OGR_L_GetLayerDefn(res);
	ix[R_ID] = OGR_FD_GetFieldIndex(fd, names[R_ID]);	/* else the result's FID */
	for (int i = 1; i < R_N && !rc; i++)
		if ((ix[i] = OGR_FD_GetFieldIndex(fd, names[i])) < 0)
			rc = fl_error_set(err, FL_EGDAL, st->name, 0, "store '%s': baseline query lacks '%s'",
					  st->name, names[i]);
	OGRFeatureH f;
	while (!rc && (f = OGR_L_GetNextFeature(res))) {
		fl_baseline_row r = { 0 };
		bool oom = false;
		r.place_id = OGR_F_GetFieldAsInteger64(f, ix[R_PID]);
		r.place = get_str(f, ix[R_PLACE], &oom);
		r.lat = OGR_F_GetFieldAsDouble(f, ix[R_LAT]);
		r.lon = OGR_F_GetFieldAsDouble(f, ix[R_LON]);
		get_buf(f, ix[R_SIDE], r.side, sizeof(r.side));
		get_buf(f, ix[R_KIND], r.kind, sizeof(r.kind));
		r.population = OGR_F_GetFieldAsInteger64(f, ix[R_POP]);
		r.source = get_str(f, ix[R_SOURCE], &oom);
		r.line = (long)(ix[R_ID] >= 0 ? OGR_F_GetFieldAsInteger64(f, ix[R_ID]) : OGR_F_GetFID(f));
		OGR_F_Destroy(f);
		rc = baseline_push(st, out, &r, oom, err);
	}
	GDALDatasetReleaseResultSet(st->ds, res);
	return rc;
}

static fl_status read_polygons(fl_store *st, const char *day, fl_baseline *out, fl_error *err)
{
	fl_status rc = FL_OK;
	OGRFeatureH f;
	char flt[96];
	snprintf(flt, sizeof(flt), "baseline_date = '%s' AND (place_id = 0 OR place_id IS NULL)", day);
	OGR_L_SetAttributeFilter(st->baseline, flt);
	OGR_L_ResetReading(st->baseline);
	while (!rc && (f = OGR_L_GetNextFeature(st->baseline))) {
		fl_baseline_row r = { 0 };
		bool oom = false;
		r.place = get_str(f, st->bf[B_PLACE], &oom);
		r.lat = OGR_F_GetFieldAsDouble(f, st->bf[B_LAT]);
		r.lon = OGR_F_GetFieldAsDouble(f, st->bf[B_LON]);
		get_buf(f, st->bf[B_SIDE], r.side, sizeof(r.side));
		get_buf(f, st->bf[B_KIND], r.kind, sizeof(r.kind));
		r.population = OGR_F_GetFieldAsInteger64(f, st->bf[B_POPULATION]);
		r.source = get_str(f, st->bf[B_SOURCE], &oom);
		r.line = (long)OGR_F_GetFID(f);
		OGRGeometryH g = OGR_F_GetGeometryRef(f);
		if (g && wkbFlatten(OGR_G_GetGeometryType(g)) != wkbPoint && take_rings(g, &r) == FL_ENOMEM)
			oom = true;
		OGR_F_Destroy(f);
		rc = baseline_push(st, out, &r, oom, err);
	}
	OGR_L_SetAttributeFilter(st->baseline, NULL);
	if (!rc && CPLGetLastErrorType() >= CE_Failure)
		rc = gdal_fail(err, st->name, "cannot read the baseline from store '%s'", st->name);
	return rc;
}

/* Migration 1 -> 2: a pack for the points of every baseline date. */
static fl_status bpacks_build(fl_store *st, fl_error *err)
{
	fl_status rc = exec_sql(st, "DELETE FROM baseline_packs", err);
	if (rc)
		return rc;
	CPLErrorReset();
	OGRLayerH r = GDALDatasetExecuteSQL(st->ds, "SELECT DISTINCT baseline_date FROM baseline", NULL, NULL);
	if (!r)
		return gdal_fail(err, st->name, "cannot read the baseline from store '%s'", st->name);
	fl_date *days = NULL;
	size_t n = 0, cap = 0;
	OGRFeatureH f;
	while ((f = OGR_L_GetNextFeature(r))) {
		fl_date bd = field_day(f, 0);
		OGR_F_Destroy(f);
		if (bd != FL_DATE_NONE && !rc && fl_grow((void **)&days, &cap, n, 1, sizeof(fl_date)))
			rc = fl_error_set(err, FL_ENOMEM, st->name, 0, "out of memory");
		else if (bd != FL_DATE_NONE)
			days[n++] = bd;
	}
	GDALDatasetReleaseResultSet(st->ds, r);
	for (size_t i = 0; i < n && !rc; i++) {
		char day[11];
		fl_date_format(days[i], day);
		fl_baseline b = { 0 };
		pbuf pack = { 0 };
		pack_reset(&pack);
		rc = read_points_sql(st, day, &b, err);
		for (size_t k = 0; k < b.count && !rc; k++)
			bpack_add(&pack, b.items[k].line, &b.items[k]);
		if (!rc)
			rc = bpack_write(st, days[i], &pack, err);
		pack_free(&pack);
		fl_baseline_release(&b);
	}
	free(days);
	return rc;
}

/* The rows of the baseline that applies on day d: the points from the date's pack (or,
 * in a read-only store of schema 1, one SELECT), polygons from their rows; in row order. */
static fl_status baseline_get_impl(fl_store *st, fl_date d, fl_baseline *out, bool *found,
				   fl_error *err)
{
	fl_date bd;
	fl_status rc = pick_baseline_date(st, d, &bd, err);
	if (rc || bd == FL_DATE_NONE)
		return rc;
	char day[11];
	fl_date_format(bd, day);
	out->date = bd;
	out->origin = strdup("store");
	if (!out->origin)
		return fl_error_set(err, FL_ENOMEM, st->name, 0, "out of memory");
	bool packed = false;
	rc = bpack_read(st, day, out, &packed, err);
	if (!rc && !packed)
		rc = read_points_sql(st, day, out, err);
	if (!rc)
		rc = read_polygons(st, day, out, err);
	bool sorted = true;
	for (size_t i = 1; i < out->count && sorted; i++)
		sorted = out->items[i - 1].line <= out->items[i].line;
	if (!rc && !sorted)
		qsort(out->items, out->count, sizeof(fl_baseline_row), cmp_baseline_line);
	if (rc) {
		fl_baseline_release(out);
		return rc;
	}
	*found = out->count > 0;
	return FL_OK;
}

fl_status fl_store_baseline_get(fl_store *st, fl_date d, fl_baseline *out, bool *found,
				fl_error *err)
{
	memset(out, 0, sizeof(*out));
	out->date = FL_DATE_NONE;
	*found = false;
	CPLPushErrorHandler(CPLQuietErrorHandler);
	fl_status rc = baseline_get_impl(st, d, out, found, err);
	CPLPopErrorHandler();
	return rc;
}

/* ---- correction files ----------------------------------------------------------- */

/* The day of an ISO timestamp ("2024-12-01T10:00:00Z"), FL_DATE_NONE if none. */
static fl_date day_of_iso(const char *ts)
{
	char day[11];
	fl_date d;
	if (!ts || strlen(ts) < 10)
		return FL_DATE_NONE;
	memcpy(day, ts, 10);
	day[10] = '\0';
	return fl_date_parse(day, &d) == FL_OK ? d : FL_DATE_NONE;
}

static fl_status corrections_impl(const char *path, const char *author, const char *created,
				  const char *const *sides, fl_claims *out, fl_error *err)
{
	table t;
	fl_status rc = table_open(path, "corrections", &t, err);
	if (rc)
		return rc;
	GDALDatasetH ds = t.ds;
	bool csv = t.csv;
	OGRLayerH l = GDALDatasetGetLayerCount(ds) > 0 ? GDALDatasetGetLayer(ds, 0) : NULL;
	size_t before = out->count;
	if (!l) {
		rc = fl_error_set(err, FL_EPARSE, path, 0, "corrections '%s' hold no layer", path);
		goto out;
	}
	OGRFeatureDefnH fd = OGR_L_GetLayerDefn(l);
	static const char *n_id[] = { "place_id", "geonames_id", "id", NULL };
	static const char *n_name[] = { "place", "name", NULL };
	static const char *n_lat[] = { "lat", "latitude", NULL };
	static const char *n_lon[] = { "lon", "lng", "longitude", NULL };
	static const char *n_date[] = { "date", NULL };
	static const char *n_end[] = { "date_end", NULL };
	static const char *n_side[] = { "side", NULL };
	static const char *n_event[] = { "event", NULL };
	static const char *n_note[] = { "note", "sentence", "reason", NULL };
	static const char *n_author[] = { "author", NULL };
	static const char *n_rej[] = { "rejects", "reject", NULL };
	int fi = field_of(fd, n_id), fn = field_of(fd, n_name), fla = field_of(fd, n_lat),
	    flo = field_of(fd, n_lon), fdt = field_of(fd, n_date), fde = field_of(fd, n_end),
	    fs = field_of(fd, n_side), fe = field_of(fd, n_event), fno = field_of(fd, n_note),
	    fa = field_of(fd, n_author), fr = field_of(fd, n_rej);
	OGR_L_ResetReading(l);
	OGRFeatureH f;
	long n = 0;
	while (!rc && (f = OGR_L_GetNextFeature(l))) {
		n++;
		long line = csv ? n + 1 : n;
		const char *what = csv ? "line" : "feature";
		fl_claim c;
		memset(&c, 0, sizeof(c));
		bool oom = false;
		char buf[64];
		c.confidence = 1.0;
		snprintf(c.date_precision, sizeof(c.date_precision), "day");
		c.author = get_str(f, fa, &oom);
		if (c.author && !*c.author) {
			free(c.author);
			c.author = NULL;
		}
		if (!c.author && !(c.author = strdup(author ? author : "unknown")))
			oom = true;
		if (!(c.created = strdup(created ? created : "")))
			oom = true;
		c.sentence = get_str(f, fno, &oom);
		char why[160] = "";
		if (fr >= 0 && OGR_F_IsFieldSetAndNotNull(f, fr) && OGR_F_GetFieldAsString(f, fr)[0]) {
			char *e;
			const char *s = OGR_F_GetFieldAsString(f, fr);
			long long id = strtoll(s, &e, 10);
			if (*e || id <= 0)
				snprintf(why, sizeof(why), "'rejects' is not a claim id: '%.40s'", s);
			c.rejects = id;
			snprintf(c.status, sizeof(c.status), FL_STATUS_REJECTED);
			c.date = day_of_iso(created);
			c.date_end = c.date;
		} else {
			snprintf(c.status, sizeof(c.status), FL_STATUS_ANALYST);
			get_buf(f, fs, buf, sizeof(buf));
			for (char *p = buf; *p; p++)
				if (*p >= 'A' && *p <= 'Z')
					*p = (char)(*p - 'A' + 'a');
			if (!side_allowed(buf, sides) || strlen(buf) >= sizeof(c.side))
				snprintf(why, sizeof(why), "unknown side '%.30s'", buf);
			snprintf(c.side, sizeof(c.side), "%s", buf);
			get_buf(f, fe, buf, sizeof(buf));
			snprintf(c.event, sizeof(c.event), "%s", buf[0] ? buf : FL_EVENT_HELD);
			get_buf(f, fdt, buf, sizeof(buf));
			if (!why[0] && fl_date_parse(buf, &c.date) != FL_OK)
				snprintf(why, sizeof(why), "'date' is not a real YYYY-MM-DD day: '%.20s'", buf);
			c.date_end = c.date;
			get_buf(f, fde, buf, sizeof(buf));
			if (!why[0] && buf[0]) {
				if (fl_date_parse(buf, &c.date_end) != FL_OK || c.date_end < c.date)
					snprintf(why, sizeof(why), "'date_end' is not a day on or after 'date': '%.20s'", buf);
				else if (c.date_end != c.date)
					snprintf(c.date_precision, sizeof(c.date_precision), "range");
			}
			c.place_id = fi >= 0 ? OGR_F_GetFieldAsInteger64(f, fi) : 0;
			c.place = get_str(f, fn, &oom);
			OGRGeometryH g = OGR_F_GetGeometryRef(f);
			if (!csv && g && wkbFlatten(OGR_G_GetGeometryType(g)) == wkbPoint) {
				c.lon = OGR_G_GetX(g, 0);
				c.lat = OGR_G_GetY(g, 0);
			} else if (fla >= 0 && flo >= 0) {
				char *e1, *e2;
				const char *sla = OGR_F_GetFieldAsString(f, fla), *slo = OGR_F_GetFieldAsString(f, flo);
				c.lat = strtod(sla, &e1);
				c.lon = strtod(slo, &e2);
				if (!why[0] && (*e1 || *e2 || e1 == sla || e2 == slo))
					snprintf(why, sizeof(why), "needs a real lat and lon");
			} else if (!why[0]) {
				snprintf(why, sizeof(why), "needs lat and lon (or a point)");
			}
			if (!why[0] && c.place_id <= 0)
				snprintf(why, sizeof(why), "needs a place_id");
			if (!why[0] && !(c.lat >= -90 && c.lat <= 90 && c.lon >= -180 && c.lon <= 180))
				snprintf(why, sizeof(why), "lat/lon out of range");
		}
		OGR_F_Destroy(f);
		if (oom || why[0] || fl_grow((void **)&out->items, &out->cap, out->count, 1, sizeof(c))) {
			fli_claim_release(&c);
			if (why[0])
				rc = fl_error_set(err, FL_EPARSE, path, csv ? line : 0, "corrections '%s' %s %ld: %s",
						  path, what, line, why);
			else
				rc = fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
			break;
		}
		out->items[out->count++] = c;
	}
	if (!rc && CPLGetLastErrorType() >= CE_Failure)
		rc = gdal_fail(err, path, "cannot read corrections '%s' after feature %ld", path, n);
out:
	table_close(&t);
	if (rc) {
		for (size_t i = before; i < out->count; i++)
			fli_claim_release(&out->items[i]);
		out->count = before;
	}
	return rc;
}

fl_status fl_corrections_read(const char *path, const char *author, const char *created,
			      const char *const *sides, fl_claims *out, fl_error *err)
{
	CPLPushErrorHandler(CPLQuietErrorHandler);
	fl_status rc = corrections_impl(path, author, created, sides, out, err);
	CPLPopErrorHandler();
	return rc;
}
