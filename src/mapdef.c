/* SPDX-License-Identifier: MIT
 *
 * mapdef.c - read a map definition (JSON) into an fl_map. Relative paths resolve
 * against fl_data_dir(), so a definition works from the source tree and when installed.
 * Unknown keys are ignored so that newer definitions still load; wrong types are errors.
 */
#include "mapdef.h"

#include <jansson.h>
#include <proj.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A map definition is a few kilobytes; anything this large is not one. */
#define MAPDEF_MAX_BYTES (16u << 20)

static char *resolve(const char *p)
{
	if (!p)
		return NULL;
	if (p[0] == '/' || strncmp(p, "PG:", 3) == 0)
		return strdup(p);
	return fl_data_path(p);
}

/* A string member or NULL; FL_EPARSE if present but not a string. */
static fl_status get_str(json_t *o, const char *key, const char *src, char **out,
			 bool path, fl_error *err)
{
	*out = NULL;
	json_t *v = json_object_get(o, key);
	if (!v || json_is_null(v))
		return FL_OK;
	if (!json_is_string(v))
		return fl_error_set(err, FL_EPARSE, src, 0, "'%s' in map definition '%s' must be a string",
				    key, src);
	*out = path ? resolve(json_string_value(v)) : strdup(json_string_value(v));
	if (!*out)
		return fl_error_set(err, FL_ENOMEM, src, 0, "out of memory");
	return FL_OK;
}

/* The 1-based line of the first `"key":` in the file at path, 0 if not found (jansson
 * gives no positions for values; a map definition is small). */
static long key_line(const char *path, const char *key)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return 0;
	size_t want_len = strlen(key) + 2;	/* "key" with its quotes */
	long line = 1, kline = 0, found = 0;
	int c;
	size_t m = 0;	/* characters of "key" matched */
	while (!found && (c = getc(f)) != EOF) {
		if (c == '\n')
			line++;
		if (m == want_len) {	/* after "key": white space, then ':' */
			if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
				continue;
			if (c == ':') {
				found = kline;
				break;
			}
			m = 0;
		}
		char want = m == 0 || m == want_len - 1 ? '"' : key[m - 1];
		if (c == want) {
			if (++m == want_len)
				kline = line;
			continue;
		}
		m = c == '"' ? 1 : 0;
	}
	fclose(f);
	return found;
}

/* PROJ's messages for our context: the last one kept instead of printed. */
static void proj_log_keep(void *data, int level, const char *msg)
{
	(void)level;
	if (!msg)
		return;
	/* Without the function name PROJ puts first ("proj_create: crs not found"). */
	const char *p = strstr(msg, ": ");
	if (p && (size_t)(p - msg) < 40 && !memchr(msg, ' ', (size_t)(p - msg)))
		msg = p + 2;
	if (strncmp(msg, "Error ", 6) == 0 && (p = strstr(msg, "): ")))
		msg = p + 3;	/* "Error 1027 (Invalid value for an argument): Unknown projection" */
	snprintf(data, 256, "%s", msg);
}

/* "crs" must be a coordinate reference system PROJ knows ("EPSG:n", a bare EPSG code,
 * a PROJ string, WKT): a clear message at load rather than PROJ's own at drawing. */
static fl_status check_crs(const char *path, const char *crs, fl_error *err)
{
	char def[512];
	size_t i = 0;
	while (crs[i] >= '0' && crs[i] <= '9')
		i++;
	if (i && !crs[i])
		snprintf(def, sizeof(def), "EPSG:%s", crs);
	else if (!*crs)
		return FL_OK;	/* as if left out: conformal, fitted to the extent */
	else if (strlen(crs) >= sizeof(def))
		return fl_error_set(err, FL_EPARSE, path, key_line(path, "crs"),
				    "map definition '%s', field \"crs\": the value is too long (%zu bytes); use \"EPSG:<code>\" or a PROJ string",
				    path, strlen(crs));
	else
		snprintf(def, sizeof(def), "%s", crs);
	PJ_CONTEXT *ctx = proj_context_create();
	if (!ctx)
		return fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
	char why[256] = "";
	proj_log_func(ctx, why, proj_log_keep);
	PJ *pj = proj_create(ctx, def);
	fl_status rc = FL_OK;
	if (!pj || !proj_is_crs(pj)) {
		if (!why[0]) {
			int e = proj_context_errno(ctx);
			snprintf(why, sizeof(why), "%s", pj ? "a coordinate operation, not a coordinate reference system"
						 : e ? proj_context_errno_string(ctx, e) : "not understood");
		}
		rc = fl_error_set(err, FL_EPARSE, path, key_line(path, "crs"),
				  "map definition '%s', field \"crs\": unknown CRS '%s' (PROJ: %s); "
				  "use \"EPSG:<code>\" or a PROJ string (\"+proj=utm +zone=37 +datum=WGS84\"), or leave \"crs\" out",
				  path, crs, why);
	}
	proj_destroy(pj);
	proj_context_destroy(ctx);
	return rc;
}

fl_status fl_map_load(const char *path, fl_map **out, fl_error *err)
{
	*out = NULL;
	/* jansson reads a directory as an empty file and a huge file whole: refuse both. */
	struct stat st;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return fl_error_set(err, FL_EIO, path, 0, "cannot read map definition '%s': is a directory",
				    path);
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && (unsigned long long)st.st_size > MAPDEF_MAX_BYTES)
		return fl_error_set(err, FL_ELIMIT, path, 0,
				    "map definition '%s' is %lld bytes, more than the limit of %u",
				    path, (long long)st.st_size, MAPDEF_MAX_BYTES);
	json_error_t jerr;
	json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
	if (!root) {
		if (jerr.line <= 0)
			return fl_error_set(err, FL_ENOTFOUND, path, 0, "cannot read map definition '%s': %s",
					    path, jerr.text);
		fl_error_set(err, FL_EPARSE, path, jerr.line, "malformed map definition '%s' (line %d, column %d): %s",
			     path, jerr.line, jerr.column, jerr.text);
		if (err)
			err->column = jerr.column;
		return FL_EPARSE;
	}
	fl_status rc = FL_OK;
	fl_map *m = calloc(1, sizeof(*m));
	if (!m) {
		rc = fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
		goto out;
	}
	if (!json_is_object(root)) {
		rc = fl_error_set(err, FL_EPARSE, path, 1, "map definition '%s' is not a JSON object", path);
		goto out;
	}
	m->path = strdup(path);
	char *date = NULL;
	if ((rc = get_str(root, "name", path, &m->name, false, err)) ||
	    (rc = get_str(root, "title", path, &m->title, false, err)) ||
	    (rc = get_str(root, "crs", path, &m->crs, false, err)) ||
	    (rc = get_str(root, "country_name", path, &m->main_country_name, false, err)) ||
	    (rc = get_str(root, "baseline", path, &m->baseline, true, err)) ||
	    (rc = get_str(root, "style", path, &m->style, true, err)) ||
	    (rc = get_str(root, "gazetteer", path, &m->gazetteer, true, err)) ||
	    (rc = get_str(root, "attribution", path, &m->attribution, false, err)) ||
	    (rc = get_str(root, "baseline_date", path, &date, false, err)))
		goto out;
	if (m->crs && (rc = check_crs(path, m->crs, err))) {
		free(date);
		goto out;
	}
	m->baseline_date = FL_DATE_NONE;
	if (date) {
		if (fl_date_parse(date, &m->baseline_date) != FL_OK)
			rc = fl_error_set(err, FL_EPARSE, path, 0,
					  "'baseline_date' in map definition '%s' is not a real YYYY-MM-DD day: '%s'",
					  path, date);
		free(date);
		if (rc)
			goto out;
	}
	json_t *ext = json_object_get(root, "extent");
	if (!json_is_array(ext) || json_array_size(ext) != 4) {
		rc = fl_error_set(err, FL_EPARSE, path, 0,
				  "map definition '%s' needs \"extent\": [lon_min, lat_min, lon_max, lat_max]", path);
		goto out;
	}
	for (int k = 0; k < 4; k++) {
		json_t *v = json_array_get(ext, (size_t)k);
		if (!json_is_number(v)) {
			rc = fl_error_set(err, FL_EPARSE, path, 0, "\"extent\" in '%s' must hold 4 numbers", path);
			goto out;
		}
		m->extent[k] = json_number_value(v);
	}
	if (!(m->extent[0] < m->extent[2] && m->extent[1] < m->extent[3] && m->extent[0] >= -180 &&
	      m->extent[2] <= 180 && m->extent[1] >= -90 && m->extent[3] <= 90)) {
		rc = fl_error_set(err, FL_EPARSE, path, 0, "\"extent\" in '%s' is not a lon/lat box", path);
		goto out;
	}
	json_t *cs = json_object_get(root, "countries");
	if (!json_is_array(cs) || json_array_size(cs) == 0) {
		rc = fl_error_set(err, FL_EPARSE, path, 0, "map definition '%s' needs \"countries\": [\"SY\", ...]", path);
		goto out;
	}
	m->countries = calloc(json_array_size(cs), sizeof(char *));
	if (!m->countries) {
		rc = fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
		goto out;
	}
	for (size_t k = 0; k < json_array_size(cs); k++) {
		json_t *v = json_array_get(cs, k);
		if (!json_is_string(v)) {
			rc = fl_error_set(err, FL_EPARSE, path, 0, "\"countries\" in '%s' must hold strings", path);
			goto out;
		}
		m->countries[m->ncountries++] = strdup(json_string_value(v));
	}
	json_t *layers = json_object_get(root, "layers");
	if (layers && !json_is_array(layers)) {
		rc = fl_error_set(err, FL_EPARSE, path, 0, "\"layers\" in '%s' must be an array", path);
		goto out;
	}
	if (layers && json_array_size(layers)) {
		m->layers = calloc(json_array_size(layers), sizeof(fl_layer_def));
		if (!m->layers) {
			rc = fl_error_set(err, FL_ENOMEM, path, 0, "out of memory");
			goto out;
		}
		for (size_t k = 0; k < json_array_size(layers); k++) {
			json_t *l = json_array_get(layers, k);
			fl_layer_def *ld = &m->layers[m->nlayers++];
			if (!json_is_object(l)) {
				rc = fl_error_set(err, FL_EPARSE, path, 0, "layer %zu in '%s' is not an object", k + 1, path);
				goto out;
			}
			if ((rc = get_str(l, "name", path, &ld->name, false, err)) ||
			    (rc = get_str(l, "datasource", path, &ld->datasource, true, err)) ||
			    (rc = get_str(l, "layer", path, &ld->layer, false, err)) ||
			    (rc = get_str(l, "kind", path, &ld->kind, false, err)) ||
			    (rc = get_str(l, "attribution", path, &ld->attribution, false, err)) ||
			    (rc = get_str(l, "color", path, &ld->color, false, err)))
				goto out;
			if (!ld->name || !ld->datasource) {
				rc = fl_error_set(err, FL_EPARSE, path, 0, "layer %zu in '%s' needs \"name\" and \"datasource\"",
						  k + 1, path);
				goto out;
			}
			json_t *lw = json_object_get(l, "width");
			if (lw && (!json_is_number(lw) || json_number_value(lw) < 0 || json_number_value(lw) > 50)) {
				rc = fl_error_set(err, FL_EPARSE, path, 0, "\"width\" of layer %zu in '%s' must be a number from 0 to 50",
						  k + 1, path);
				goto out;
			}
			ld->width = lw ? json_number_value(lw) : 0;
			json_t *vis = json_object_get(l, "visible");
			ld->visible = vis ? json_is_true(vis) : true;
		}
	}
	m->policy.contest_days = 3;
	m->policy.min_confidence = 0.5;
	m->policy.partisan_own_gain_claimed = true;
	snprintf(m->policy.regime_side, sizeof m->policy.regime_side, "%s", "government");
	json_t *pol = json_object_get(root, "policy");
	if (pol && !json_is_object(pol)) {
		rc = fl_error_set(err, FL_EPARSE, path, key_line(path, "policy"),
				  "map definition '%s', field \"policy\": must be an object", path);
		goto out;
	}
	if (pol) {
		/* Checked, not just taken: a day count or a confidence out of range would
		 * overflow date arithmetic or silently apply no claim at all. */
		json_t *v;
		if ((v = json_object_get(pol, "contest_days"))) {
			if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > 3660) {
				rc = fl_error_set(err, FL_EPARSE, path, key_line(path, "contest_days"),
						  "map definition '%s', field \"policy.contest_days\": must be a whole number of days from 0 to 3660",
						  path);
				goto out;
			}
			m->policy.contest_days = (int)json_integer_value(v);
		}
		if ((v = json_object_get(pol, "min_confidence"))) {
			if (!json_is_number(v) || !(json_number_value(v) >= 0 && json_number_value(v) <= 1)) {
				rc = fl_error_set(err, FL_EPARSE, path, key_line(path, "min_confidence"),
						  "map definition '%s', field \"policy.min_confidence\": must be a number from 0 to 1",
						  path);
				goto out;
			}
			m->policy.min_confidence = json_number_value(v);
		}
		if ((v = json_object_get(pol, "partisan_own_gain_claimed"))) {
			if (!json_is_boolean(v)) {
				rc = fl_error_set(err, FL_EPARSE, path, key_line(path, "partisan_own_gain_claimed"),
						  "map definition '%s', field \"policy.partisan_own_gain_claimed\": must be true or false",
						  path);
				goto out;
			}
			m->policy.partisan_own_gain_claimed = json_is_true(v);
		}
		/* whose places a claim that the regime fell hands over; "" for none */
		if ((v = json_object_get(pol, "regime_side"))) {
			if (!json_is_string(v) || strlen(json_string_value(v)) >= sizeof m->policy.regime_side) {
				rc = fl_error_set(err, FL_EPARSE, path, key_line(path, "regime_side"),
						  "map definition '%s', field \"policy.regime_side\": must be a side's id (at most %zu characters), or \"\" for none",
						  path, sizeof m->policy.regime_side - 1);
				goto out;
			}
			snprintf(m->policy.regime_side, sizeof m->policy.regime_side, "%s",
				 json_string_value(v));
		}
	}
out:
	json_decref(root);
	if (rc) {
		fl_map_free(m);
		return rc;
	}
	*out = m;
	return FL_OK;
}

void fl_map_free(fl_map *m)
{
	if (!m)
		return;
	free(m->path);
	free(m->name);
	free(m->title);
	free(m->crs);
	free(m->main_country_name);
	free(m->baseline);
	free(m->style);
	free(m->gazetteer);
	free(m->attribution);
	for (size_t i = 0; i < m->ncountries; i++)
		free(m->countries[i]);
	free(m->countries);
	for (size_t i = 0; i < m->nlayers; i++) {
		free(m->layers[i].name);
		free(m->layers[i].datasource);
		free(m->layers[i].layer);
		free(m->layers[i].kind);
		free(m->layers[i].attribution);
		free(m->layers[i].color);
	}
	free(m->layers);
	free(m);
}
