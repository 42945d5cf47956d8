/* SPDX-License-Identifier: MIT
 *
 * render_style.c - read a map style (assets/styles/NAME.json) with jansson.
 *
 * A style holds colours (per side and for the base map), fonts, sizes in points and
 * switches for each layer. Every key is optional: a missing one keeps the default
 * look, so a style can be a handful of overrides. Wrong types are errors that name the
 * file and the key.
 */
#include "render_int.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *show_names[FLI_SHOW_COUNT] = {
	"sea", "land", "neighbours", "country_names", "areas", "claimed_hatch", "frontlines",
	"roads", "places", "labels", "changes", "contested", "title", "legend", "scalebar",
	"north_arrow", "inset", "attribution",
};

static fli_rgba hex(unsigned v, double a)
{
	return (fli_rgba){ ((v >> 16) & 255) / 255.0, ((v >> 8) & 255) / 255.0, (v & 255) / 255.0, a };
}

static void add_side(fli_style *st, const char *name, const char *label, unsigned rgb,
		     const char *shape)
{
	fli_side_style *s = &st->sides[st->nsides++];
	snprintf(s->name, sizeof(s->name), "%s", name);
	snprintf(s->label, sizeof(s->label), "%s", label);
	s->color = hex(rgb, 1);
	snprintf(s->shape, sizeof(s->shape), "%s", shape);
}

void fli_style_defaults(fli_style *st)
{
	memset(st, 0, sizeof(*st));
	snprintf(st->name, sizeof(st->name), "default");
	snprintf(st->font, sizeof(st->font), "Noto Sans, Noto Sans Arabic");
	st->title_size = 15;
	st->subtitle_size = 8.5;
	st->label_size = 6.2;
	st->label_size_large = 7.4;
	st->label_size_capital = 8.6;
	st->country_size = 8.5;
	st->legend_size = 6.8;
	st->attribution_size = 5.2;
	st->road_label_size = 5.5;
	st->sea = hex(0xc9dde8, 1);
	st->land = hex(0xf1efe9, 1);
	st->neighbour = hex(0xe9e6df, 1);
	st->neighbour_border = hex(0xb3aea3, 1);
	st->main_fill = hex(0xfbfaf7, 1);
	st->main_border = hex(0x4d4a45, 1);
	st->country_label = hex(0x9a958b, 1);
	st->text = hex(0x1f1f1f, 1);
	st->text_muted = hex(0x5c5c5c, 1);
	st->halo = hex(0xffffff, 0.9);
	st->road = hex(0x8c7f6e, 0.85);
	st->frontline = hex(0x141414, 1);
	st->frontline_casing = hex(0xffffff, 0.8);
	st->panel = hex(0xffffff, 0.92);
	st->panel_border = hex(0x8a8a8a, 1);
	st->inset_highlight = hex(0xc0392b, 1);
	st->area_opacity = 0.38;
	st->claimed_opacity = 0.16;
	st->frontline_width = 1.3;
	st->border_width = 0.5;
	st->main_border_width = 0.9;
	st->road_width = 0.7;
	st->symbol_min = 1.7;
	st->symbol_max = 5.0;
	st->population_max = 1600000;
	st->label_halo = 1.6;
	st->hatch_spacing = 3.2;
	st->min_label_population = 0;
	add_side(st, "government", "Syrian government and allies", 0xd7261e, "circle");
	add_side(st, "opposition", "Opposition (HTS-led)", 0x2b9348, "circle");
	add_side(st, "sna", "Turkish-backed SNA", 0x9ccc65, "circle");
	add_side(st, "sdf", "SDF (Kurdish-led)", 0xf2c500, "circle");
	add_side(st, "other", "Other forces", 0x7b68ae, "circle");
	add_side(st, "contested", "Contested", 0x8a8a8a, "circle");
	add_side(st, "unknown", "Unknown", 0xc4c4c4, "circle");
	for (int i = 0; i < FLI_SHOW_COUNT; i++)
		st->show[i] = true;
}

const fli_side_style *fli_style_side(const fli_style *st, const char *side)
{
	static const fli_side_style grey = { "unknown", "Unknown", { 0.6, 0.6, 0.6, 1 }, "circle" };
	for (int i = 0; i < st->nsides; i++)
		if (strcmp(st->sides[i].name, side) == 0)
			return &st->sides[i];
	for (int i = 0; i < st->nsides; i++)
		if (strcmp(st->sides[i].name, "other") == 0)
			return &st->sides[i];
	return &grey;
}

/* "#rrggbb" or "#rrggbbaa". */
bool fli_parse_color(const char *s, fli_rgba *out)
{
	if (!s || s[0] != '#')
		return false;
	size_t n = strlen(s + 1);
	if (n != 6 && n != 8)
		return false;
	for (size_t i = 1; i <= n; i++)
		if (!strchr("0123456789abcdefABCDEF", s[i]))
			return false;
	unsigned long v = strtoul(s + 1, NULL, 16);
	if (n == 6)
		*out = hex((unsigned)v, 1);
	else
		*out = hex((unsigned)(v >> 8), (v & 255) / 255.0);
	return true;
}

typedef struct ctx {
	const char *path;
	fl_error *err;
	fl_status rc;
} ctx;

static void get_color(ctx *c, json_t *o, const char *key, fli_rgba *dst)
{
	json_t *v = json_object_get(o, key);
	if (!v || c->rc)
		return;
	if (!json_is_string(v) || !fli_parse_color(json_string_value(v), dst))
		c->rc = fl_error_set(c->err, FL_EPARSE, c->path, 0,
				     "style '%s': colour '%s' must be \"#rrggbb\" or \"#rrggbbaa\"", c->path, key);
}

static void get_num(ctx *c, json_t *o, const char *key, double *dst, double lo, double hi)
{
	json_t *v = json_object_get(o, key);
	if (!v || c->rc)
		return;
	if (!json_is_number(v) || json_number_value(v) < lo || json_number_value(v) > hi)
		c->rc = fl_error_set(c->err, FL_EPARSE, c->path, 0,
				     "style '%s': '%s' must be a number from %g to %g", c->path, key, lo, hi);
	else
		*dst = json_number_value(v);
}

static void get_text(ctx *c, json_t *o, const char *key, char *dst, size_t cap)
{
	json_t *v = json_object_get(o, key);
	if (!v || c->rc)
		return;
	if (!json_is_string(v))
		c->rc = fl_error_set(c->err, FL_EPARSE, c->path, 0, "style '%s': '%s' must be a string",
				     c->path, key);
	else
		snprintf(dst, cap, "%s", json_string_value(v));
}

fl_status fli_style_load(const char *path, fli_style *st, fl_error *err)
{
	fli_style_defaults(st);
	json_error_t jerr;
	json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
	if (!root) {
		if (jerr.line <= 0)
			return fl_error_set(err, FL_ENOTFOUND, path, 0, "cannot read style '%s': %s", path, jerr.text);
		return fl_error_set(err, FL_EPARSE, path, jerr.line, "malformed style '%s' (line %d, column %d): %s",
				    path, jerr.line, jerr.column, jerr.text);
	}
	ctx c = { path, err, FL_OK };
	if (!json_is_object(root)) {
		c.rc = fl_error_set(err, FL_EPARSE, path, 1, "style '%s' is not a JSON object", path);
		goto out;
	}
	get_text(&c, root, "name", st->name, sizeof(st->name));

	json_t *fonts = json_object_get(root, "fonts");
	if (fonts) {
		get_text(&c, fonts, "family", st->font, sizeof(st->font));
		get_num(&c, fonts, "title", &st->title_size, 1, 200);
		get_num(&c, fonts, "subtitle", &st->subtitle_size, 1, 200);
		get_num(&c, fonts, "label", &st->label_size, 1, 200);
		get_num(&c, fonts, "label_large", &st->label_size_large, 1, 200);
		get_num(&c, fonts, "label_capital", &st->label_size_capital, 1, 200);
		get_num(&c, fonts, "country", &st->country_size, 1, 200);
		get_num(&c, fonts, "legend", &st->legend_size, 1, 200);
		get_num(&c, fonts, "attribution", &st->attribution_size, 1, 200);
		get_num(&c, fonts, "road", &st->road_label_size, 1, 200);
	}
	json_t *cols = json_object_get(root, "colors");
	if (cols) {
		get_color(&c, cols, "sea", &st->sea);
		get_color(&c, cols, "land", &st->land);
		get_color(&c, cols, "neighbour", &st->neighbour);
		get_color(&c, cols, "neighbour_border", &st->neighbour_border);
		get_color(&c, cols, "main_fill", &st->main_fill);
		get_color(&c, cols, "main_border", &st->main_border);
		get_color(&c, cols, "country_label", &st->country_label);
		get_color(&c, cols, "text", &st->text);
		get_color(&c, cols, "text_muted", &st->text_muted);
		get_color(&c, cols, "halo", &st->halo);
		get_color(&c, cols, "road", &st->road);
		get_color(&c, cols, "frontline", &st->frontline);
		get_color(&c, cols, "frontline_casing", &st->frontline_casing);
		get_color(&c, cols, "panel", &st->panel);
		get_color(&c, cols, "panel_border", &st->panel_border);
		get_color(&c, cols, "inset_highlight", &st->inset_highlight);
	}
	json_t *sizes = json_object_get(root, "sizes");
	if (sizes) {
		get_num(&c, sizes, "area_opacity", &st->area_opacity, 0, 1);
		get_num(&c, sizes, "claimed_opacity", &st->claimed_opacity, 0, 1);
		get_num(&c, sizes, "frontline_width", &st->frontline_width, 0, 50);
		get_num(&c, sizes, "border_width", &st->border_width, 0, 50);
		get_num(&c, sizes, "main_border_width", &st->main_border_width, 0, 50);
		get_num(&c, sizes, "road_width", &st->road_width, 0, 50);
		get_num(&c, sizes, "symbol_min", &st->symbol_min, 0.1, 50);
		get_num(&c, sizes, "symbol_max", &st->symbol_max, 0.1, 50);
		get_num(&c, sizes, "population_max", &st->population_max, 1, 1e9);
		get_num(&c, sizes, "label_halo", &st->label_halo, 0, 20);
		get_num(&c, sizes, "hatch_spacing", &st->hatch_spacing, 0.5, 100);
		double mlp = st->min_label_population;
		get_num(&c, sizes, "min_label_population", &mlp, 0, 1e9);
		st->min_label_population = (int)mlp;
	}
	json_t *sides = json_object_get(root, "sides");
	if (sides && !c.rc) {
		if (!json_is_object(sides)) {
			c.rc = fl_error_set(err, FL_EPARSE, path, 0, "style '%s': 'sides' must be an object", path);
			goto out;
		}
		const char *key;
		json_t *v;
		json_object_foreach(sides, key, v) {
			if (c.rc)	/* a bad colour or label in the side before */
				goto out;
			if (!json_is_object(v)) {
				c.rc = fl_error_set(err, FL_EPARSE, path, 0, "style '%s': side '%s' must be an object",
						    path, key);
				goto out;
			}
			fli_side_style *s = NULL;
			for (int i = 0; i < st->nsides; i++)
				if (strcmp(st->sides[i].name, key) == 0)
					s = &st->sides[i];
			if (!s) {
				if (st->nsides >= (int)(sizeof(st->sides) / sizeof(st->sides[0]))) {
					c.rc = fl_error_set(err, FL_ELIMIT, path, 0, "style '%s': too many sides", path);
					goto out;
				}
				s = &st->sides[st->nsides++];
				snprintf(s->name, sizeof(s->name), "%s", key);
				snprintf(s->label, sizeof(s->label), "%s", key);
				s->color = hex(0x999999, 1);
				snprintf(s->shape, sizeof(s->shape), "circle");
			}
			get_color(&c, v, "color", &s->color);
			get_text(&c, v, "label", s->label, sizeof(s->label));
			get_text(&c, v, "shape", s->shape, sizeof(s->shape));
			if (!c.rc && strcmp(s->shape, "circle") && strcmp(s->shape, "square") &&
			    strcmp(s->shape, "triangle") && strcmp(s->shape, "diamond"))
				c.rc = fl_error_set(err, FL_EPARSE, path, 0,
						    "style '%s': shape of side '%s' must be circle, square, triangle or diamond",
						    path, key);
		}
	}
	json_t *layers = json_object_get(root, "layers");
	if (layers && !c.rc) {
		if (!json_is_object(layers)) {
			c.rc = fl_error_set(err, FL_EPARSE, path, 0, "style '%s': 'layers' must be an object", path);
			goto out;
		}
		const char *key;
		json_t *v;
		json_object_foreach(layers, key, v) {
			int k = 0;
			while (k < FLI_SHOW_COUNT && strcmp(show_names[k], key) != 0)
				k++;
			if (k == FLI_SHOW_COUNT)
				continue;	/* a newer style's layer: ignored */
			if (!json_is_boolean(v)) {
				c.rc = fl_error_set(err, FL_EPARSE, path, 0, "style '%s': layer switch '%s' must be true or false",
						    path, key);
				goto out;
			}
			st->show[k] = json_is_true(v);
		}
	}
	if (!c.rc && st->symbol_min > st->symbol_max)
		c.rc = fl_error_set(err, FL_EPARSE, path, 0, "style '%s': symbol_min is larger than symbol_max", path);
out:
	json_decref(root);
	return c.rc;
}
