/* SPDX-License-Identifier: MIT
 * check_render.c - the map as a person checks it: the PNG's size, each side's colour
 * where its places are, no two labels overlapping each other or symbols or furniture,
 * the PDF's text (title, date, place names) through pdftotext, an SVG that parses, the
 * projection (Aleppo in UTM 37N), styles that reject bad values. Outputs are kept in
 * the build folder (render-out/) for a look. */
#include <cairo.h>
#include <cpl_minixml.h>
#include <math.h>
#include <sys/stat.h>
#include "render.h"
#include "render_fixture.h"

static fl_map *map;
static fl_renderer *rdr;
static fl_state s26, s30;

static char *out_path(const char *name)
{
	char dir[1024], *p = malloc(1200);
	snprintf(dir, sizeof(dir), "%s/render-out", FL_BUILD_DIR);
	mkdir(dir, 0755);
	snprintf(p, 1200, "%s/%s", dir, name);
	return p;
}

static void setup(void)
{
	char *p = tu_src_path("maps/syria.json");
	fl_error e = { 0 };
	ck_assert_msg(fl_map_load(p, &map, &e) == FL_OK, "%s", e.text);
	free(p);
	ck_assert_msg(fl_renderer_new(map, NULL, &rdr, &e) == FL_OK, "%s", e.text);
	ck_assert_uint_gt(fixture_state(&s26, 0, fl_date_from_ymd(2024, 11, 26)), 40);
	fixture_state(&s30, 1, fl_date_from_ymd(2024, 11, 30));
}

static void teardown(void)
{
	fixture_release(&s26);
	fixture_release(&s30);
	fl_renderer_free(rdr);
	fl_map_free(map);
}

START_TEST(aleppo_projects_in_utm37n)
{
	/* maps/syria.json is EPSG:32637; axis order must be east, north. */
	double x, y;
	ck_assert(fl_renderer_project(rdr, 37.16117, 36.20124, &x, &y));
	ck_assert_double_eq_tol(x, 334687, 50);
	ck_assert_double_eq_tol(y, 4007832, 50);
}
END_TEST

static bool overlap(const fl_render_box *a, const fl_render_box *b)
{
	return a->x0 < b->x1 && a->x1 > b->x0 && a->y0 < b->y1 && a->y1 > b->y0;
}

/* No label overlaps another label, a symbol or the furniture. */
static void check_no_overlap(const fl_render_report *rep)
{
	size_t labels = 0;
	for (size_t i = 0; i < rep->nboxes; i++) {
		const fl_render_box *a = &rep->boxes[i];
		if (a->kind != FL_BOX_PLACE_LABEL && a->kind != FL_BOX_COUNTRY_LABEL)
			continue;
		labels++;
		ck_assert(a->x0 >= 0 && a->y0 >= 0 && a->x1 <= rep->width && a->y1 <= rep->height);
		for (size_t k = 0; k < rep->nboxes; k++) {
			const fl_render_box *b = &rep->boxes[k];
			if (k == i || (b->kind == FL_BOX_FURNITURE && strchr(b->text, '\xe2')))
				continue;	/* the title band is outside the map frame */
			ck_assert_msg(!overlap(a, b), "label '%s' overlaps '%s'", a->text, b->text);
		}
	}
	ck_assert_uint_gt(labels, 20);
}

static int png_px(cairo_surface_t *img, double x, double y, int *r, int *g, int *b)
{
	int w = cairo_image_surface_get_width(img), h = cairo_image_surface_get_height(img);
	int ix = (int)floor(x), iy = (int)floor(y);
	if (ix < 0 || iy < 0 || ix >= w || iy >= h)
		return 0;
	const unsigned char *d = cairo_image_surface_get_data(img);
	uint32_t v = *(const uint32_t *)(d + (size_t)iy * (size_t)cairo_image_surface_get_stride(img) + (size_t)ix * 4);
	*r = (v >> 16) & 255;
	*g = (v >> 8) & 255;
	*b = v & 255;
	return 1;
}

/* Reference side colours of the default style (assets/styles/default.json). */
static const struct { const char *side; int r, g, b; } side_rgb[] = {
	{ "government", 0xd7, 0x26, 0x1e }, { "opposition", 0x2b, 0x93, 0x48 },
	{ "sna", 0x9c, 0xcc, 0x65 }, { "sdf", 0xf2, 0xc5, 0x00 },
};

START_TEST(png_size_colours_labels)
{
	char *path = out_path("syria-2024-11-30.png");
	fl_render_report rep = { 0 };
	fl_render_opts o = { .width = 2400, .height = 1600, .report = &rep };
	fl_error e = { 0 };
	ck_assert_msg(fl_renderer_draw(rdr, &s30, &s26, &o, path, &e) == FL_OK, "%s", e.text);
	cairo_surface_t *img = cairo_image_surface_create_from_png(path);
	ck_assert_int_eq(cairo_surface_status(img), CAIRO_STATUS_SUCCESS);
	ck_assert_int_eq(cairo_image_surface_get_width(img), 2400);
	ck_assert_int_eq(cairo_image_surface_get_height(img), 1600);
	ck_assert_int_eq(rep.width, 2400);
	check_no_overlap(&rep);
	/* Each place's symbol centre shows its side's colour. */
	size_t checked = 0;
	for (size_t i = 0; i < rep.nboxes; i++) {
		const fl_render_box *b = &rep.boxes[i];
		if (b->kind != FL_BOX_SYMBOL)
			continue;
		fl_place_state *p = fixture_find(&s30, b->text);
		ck_assert_ptr_nonnull(p);
		fl_place_state *q = fixture_find(&s26, b->text);
		if (strcmp(p->side, q->side) != 0)
			continue;	/* changed: split symbol, checked below */
		for (size_t k = 0; k < sizeof(side_rgb) / sizeof(side_rgb[0]); k++) {
			if (strcmp(side_rgb[k].side, p->side))
				continue;
			int r, g, bl;
			ck_assert(png_px(img, (b->x0 + b->x1) / 2, (b->y0 + b->y1) / 2, &r, &g, &bl));
			ck_assert_msg(abs(r - side_rgb[k].r) + abs(g - side_rgb[k].g) + abs(bl - side_rgb[k].b) < 30,
				      "%s (%s) drawn as %d,%d,%d", p->place, p->side, r, g, bl);
			checked++;
		}
	}
	ck_assert_uint_gt(checked, 30);
	/* Aleppo changed hands: right half in the new side's colour, left half the old. */
	for (size_t i = 0; i < rep.nboxes; i++) {
		const fl_render_box *b = &rep.boxes[i];
		if (b->kind != FL_BOX_SYMBOL || strcmp(b->text, "Aleppo"))
			continue;
		double cx = (b->x0 + b->x1) / 2, cy = (b->y0 + b->y1) / 2, q = (b->x1 - b->x0) / 4;
		int r, g, bl;
		png_px(img, cx + q, cy, &r, &g, &bl);
		ck_assert_msg(g > r + 40, "Aleppo's right half is not opposition green (%d,%d,%d)", r, g, bl);
		png_px(img, cx - q, cy, &r, &g, &bl);
		ck_assert_msg(r > g + 80, "Aleppo's left half is not government red (%d,%d,%d)", r, g, bl);
		checked = 9999;
	}
	ck_assert_uint_eq(checked, 9999);
	cairo_surface_destroy(img);
	fl_render_report_release(&rep);
	free(path);
}
END_TEST

static char *run_capture(const char *cmd)
{
	FILE *p = popen(cmd, "r");
	ck_assert_ptr_nonnull(p);
	size_t cap = 1 << 20, n = 0;
	char *buf = malloc(cap);
	size_t got;
	while ((got = fread(buf + n, 1, cap - n - 1, p)) > 0)
		n += got;
	buf[n] = 0;
	pclose(p);
	return buf;
}

START_TEST(pdf_has_real_text)
{
	static const struct { const char *paper; bool portrait; double w, h; } pages[] = {
		{ "a4", false, 842, 595 }, { "a4", true, 595, 842 }, { "letter", false, 792, 612 }, { "letter", true, 612, 792 },
	};
	char name[64];
	snprintf(name, sizeof(name), "syria-%s-%s.pdf", pages[_i].paper, pages[_i].portrait ? "portrait" : "landscape");
	char *path = out_path(name);
	fl_render_report rep = { 0 };
	fl_render_opts o = { .paper = pages[_i].paper, .portrait = pages[_i].portrait, .report = &rep };
	fl_error e = { 0 };
	ck_assert_msg(fl_renderer_draw(rdr, &s30, &s26, &o, path, &e) == FL_OK, "%s", e.text);
	ck_assert_int_eq(rep.width, (int)pages[_i].w);
	ck_assert_int_eq(rep.height, (int)pages[_i].h);
	check_no_overlap(&rep);
	char cmd[1400];
	snprintf(cmd, sizeof(cmd), "pdfinfo '%s' && pdftotext -raw '%s' -", path, path);
	char *text = run_capture(cmd);
	char size[64];
	snprintf(size, sizeof(size), "%g x %g pts", pages[_i].w, pages[_i].h);
	ck_assert_msg(strstr(text, size), "page is not %s", size);
	ck_assert_msg(strstr(text, "Syria: control of terrain"), "no title in PDF text");
	ck_assert_msg(strstr(text, "30 November 2024"), "no date in PDF text");
	/* The sources line: evidence counts and every credit of the map definition. */
	ck_assert_msg(strstr(text, "12 articles, 34 claims"), "no article and claim counts in PDF text");
	ck_assert_msg(strstr(text, "GeoNames (CC BY 4.0)"), "no GeoNames credit in PDF text");
	ck_assert_msg(strstr(text, "Natural Earth"), "no Natural Earth credit in PDF text");
	size_t names = 0;
	for (size_t i = 0; i < rep.nboxes; i++)
		if (rep.boxes[i].kind == FL_BOX_PLACE_LABEL) {
			ck_assert_msg(strstr(text, rep.boxes[i].text), "label '%s' not in PDF text", rep.boxes[i].text);
			names++;
		}
	ck_assert_uint_gt(names, 20);
	ck_assert(strstr(text, "Aleppo") && strstr(text, "Damascus"));
	free(text);
	fl_render_report_release(&rep);
	free(path);
}
END_TEST

START_TEST(svg_parses)
{
	char *path = out_path("syria-2024-11-30.svg");
	fl_error e = { 0 };
	ck_assert_msg(fl_renderer_draw(rdr, &s30, &s26, NULL, path, &e) == FL_OK, "%s", e.text);
	char *buf;
	size_t len;
	ck_assert_int_eq(fl_read_file(path, 64 << 20, &buf, &len, NULL), FL_OK);
	CPLXMLNode *root = CPLParseXMLString(buf);
	ck_assert_msg(root != NULL, "SVG does not parse as XML");
	const CPLXMLNode *svg = CPLSearchXMLNode(root, "=svg");
	ck_assert_ptr_nonnull(svg);
	ck_assert_str_eq(CPLGetXMLValue(svg, "width", ""), "842pt");
	ck_assert_ptr_nonnull(CPLSearchXMLNode(root, "=path"));
	CPLDestroyXMLNode(root);
	free(buf);
	free(path);
}
END_TEST

START_TEST(zoomed_map_and_colorblind_style)
{
	/* Nothing is tied to one extent: the Idlib-Hama definition, default conformal CRS. */
	char *mp = tu_src_path("maps/idlib-hama.json");
	fl_map *m2;
	fl_error e = { 0 };
	ck_assert_msg(fl_map_load(mp, &m2, &e) == FL_OK, "%s", e.text);
	char *style = tu_src_path("assets/styles/colorblind.json");
	char *path = out_path("idlib-hama-2024-11-30.png");
	fl_render_report rep = { 0 };
	fl_render_opts o = { .width = 1600, .height = 1200, .report = &rep };
	ck_assert_msg(fl_render(m2, &s30, &s26, &o, path, &e) == FL_OK, "%s", e.text);
	check_no_overlap(&rep);
	fl_render_report_release(&rep);
	char *path2 = out_path("syria-colorblind-2024-11-30.png");
	fl_render_opts o2 = { .width = 1600, .height = 1100, .style = style, .report = &rep };
	ck_assert_msg(fl_render(map, &s30, &s26, &o2, path2, &e) == FL_OK, "%s", e.text);
	/* Government is vermillion (#d55e00) in the colour-blind style. */
	cairo_surface_t *img = cairo_image_surface_create_from_png(path2);
	bool seen = false;
	for (size_t i = 0; i < rep.nboxes; i++) {
		const fl_render_box *b = &rep.boxes[i];
		if (b->kind == FL_BOX_SYMBOL && !strcmp(b->text, "Damascus")) {
			int r, g, bl;
			png_px(img, (b->x0 + b->x1) / 2, (b->y0 + b->y1) / 2, &r, &g, &bl);
			ck_assert_msg(abs(r - 0xd5) + abs(g - 0x5e) + abs(bl) < 30, "Damascus is %d,%d,%d", r, g, bl);
			seen = true;
		}
	}
	ck_assert(seen);
	cairo_surface_destroy(img);
	fl_render_report_release(&rep);
	fl_map_free(m2);
	free(mp);
	free(style);
	free(path);
	free(path2);
}
END_TEST

START_TEST(bad_inputs)
{
	fl_error e = { 0 };
	char *dir = tu_tmpdir();
	char p[1024];
	snprintf(p, sizeof(p), "%s/out.bmp", dir);
	ck_assert_int_eq(fl_renderer_draw(rdr, &s30, NULL, NULL, p, &e), FL_EUSAGE);
	ck_assert(strstr(e.text, ".png") != NULL);
	/* A style with a bad colour is refused, naming the file and the key. */
	snprintf(p, sizeof(p), "%s/bad.json", dir);
	const char *bad = "{ \"colors\": { \"sea\": \"blue\" } }";
	ck_assert_int_eq(tu_write_file(p, bad, strlen(bad)), 0);
	fl_renderer *r2;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_renderer_new(map, p, &r2, &e), FL_EPARSE);
	ck_assert_ptr_null(r2);
	ck_assert(strstr(e.text, "bad.json") && strstr(e.text, "sea"));
	/* An output folder that does not exist: an I/O error, nothing left behind. */
	snprintf(p, sizeof(p), "%s/no/such/dir/x.pdf", dir);
	fl_error_clear(&e);
	ck_assert_int_eq(fl_renderer_draw(rdr, &s30, NULL, NULL, p, &e), FL_EIO);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(gif_animation)
{
	uint32_t *frames[2];
	fl_error e = { 0 };
	ck_assert_int_eq(fl_renderer_draw_argb(rdr, &s26, NULL, 420, 300, &frames[0], &e), FL_OK);
	ck_assert_int_eq(fl_renderer_draw_argb(rdr, &s30, &s26, 420, 300, &frames[1], &e), FL_OK);
	char *path = out_path("series.gif");
	ck_assert_msg(fl_gif_write(path, frames, 2, 420, 300, 80, &e) == FL_OK, "%s", e.text);
	char *buf;
	size_t len;
	ck_assert_int_eq(fl_read_file(path, 64 << 20, &buf, &len, NULL), FL_OK);
	ck_assert(len > 1000 && memcmp(buf, "GIF89a", 6) == 0);
	ck_assert(buf[6] == (char)(420 & 255) && buf[7] == (char)(420 >> 8));
	ck_assert(memmem(buf, len, "NETSCAPE2.0", 11) != NULL);
	free(buf);
	free(frames[0]);
	free(frames[1]);
	free(path);
}
END_TEST

static bool has_box(const fl_render_report *rep, const char *text)
{
	for (size_t i = 0; i < rep->nboxes; i++)
		if (!strcmp(rep->boxes[i].text, text))
			return true;
	return false;
}

START_TEST(north_arrow_only_when_rotated)
{
	/* UTM 37N is centred on 39 E, the map's centre: north is up, no arrow. */
	char *path = out_path("north-up.png");
	fl_render_report rep = { 0 };
	fl_render_opts o = { .width = 800, .height = 560, .report = &rep };
	ck_assert_int_eq(fl_renderer_draw(rdr, &s30, NULL, &o, path, NULL), FL_OK);
	ck_assert(has_box(&rep, "scale bar") && has_box(&rep, "legend") && has_box(&rep, "locator"));
	ck_assert(!has_box(&rep, "north arrow"));
	fl_render_report_release(&rep);
	/* The same map in UTM 35N (centred on 27 E): north leans by several degrees. */
	char *dir = tu_tmpdir(), mp[1024];
	snprintf(mp, sizeof(mp), "%s/utm35.json", dir);
	char *src = tu_src_path("maps/syria.json"), *buf;
	size_t len;
	ck_assert_int_eq(fl_read_file(src, 1 << 20, &buf, &len, NULL), FL_OK);
	char *crs = strstr(buf, "EPSG:32637");
	ck_assert_ptr_nonnull(crs);
	crs[9] = '5';
	ck_assert_int_eq(tu_write_file(mp, buf, len), 0);
	fl_map *m2;
	ck_assert_int_eq(fl_map_load(mp, &m2, NULL), FL_OK);
	char *path2 = out_path("north-rotated.png");
	fl_error e = { 0 };
	ck_assert_msg(fl_render(m2, &s30, NULL, &o, path2, &e) == FL_OK, "%s", e.text);
	ck_assert(has_box(&rep, "north arrow"));
	check_no_overlap(&rep);
	fl_render_report_release(&rep);
	fl_map_free(m2);
	tu_rmtree(dir);
	free(dir);
	free(src);
	free(buf);
	free(path);
	free(path2);
}
END_TEST

START_TEST(arabic_names_are_shaped)
{
	/* Names in Arabic script go through pango: the PDF carries them as text that
	 * pdftotext gives back, not as isolated glyphs drawn by cairo's toy API. */
	fl_place_state *p = fixture_find(&s30, "Aleppo");
	free(p->place);
	p->place = strdup("\xd8\xad\xd9\x84\xd8\xa8");	/* Halab */
	char *path = out_path("arabic.pdf");
	fl_render_report rep = { 0 };
	fl_render_opts o = { .report = &rep };
	fl_error e = { 0 };
	ck_assert_msg(fl_renderer_draw(rdr, &s30, NULL, &o, path, &e) == FL_OK, "%s", e.text);
	ck_assert(has_box(&rep, "\xd8\xad\xd9\x84\xd8\xa8"));
	char cmd[1400];
	snprintf(cmd, sizeof(cmd), "pdftotext '%s' -", path);
	char *text = run_capture(cmd);
	ck_assert_msg(strstr(text, "\xd8\xad\xd9\x84\xd8\xa8") || strstr(text, "\xd8\xa8\xd9\x84\xd8\xad"),
		      "Arabic name not in the PDF's text");
	free(text);
	fl_render_report_release(&rep);
	free(path);
}
END_TEST

START_TEST(thousands_of_places)
{
	/* A full country dump: thousands of places. The label cache keeps up, nothing
	 * overlaps, and what has no room is left out. */
	fl_state s = { 0 };
	s.date = fl_date_from_ymd(2024, 12, 1);
	s.count = s.cap = 3000;
	s.items = calloc(s.count, sizeof(fl_place_state));
	static const char *sides[] = { "government", "opposition", "sna", "sdf" };
	unsigned seed = 11;
	for (size_t i = 0; i < s.count; i++) {
		seed = seed * 1103515245u + 12345u;
		double fx = (seed >> 8 & 0xffff) / 65535.0;
		seed = seed * 1103515245u + 12345u;
		double fy = (seed >> 8 & 0xffff) / 65535.0;
		fl_place_state *p = &s.items[i];
		p->place_id = (int64_t)i + 1;
		char name[32];
		snprintf(name, sizeof(name), "Place %zu", i + 1);
		p->place = strdup(name);
		p->sources = strdup("");
		p->lon = 35.8 + fx * 6.4;
		p->lat = 32.4 + fy * 4.8;
		p->population = (int64_t)(seed % 50000);
		snprintf(p->side, sizeof(p->side), "%s", sides[(int)(fx * 2) + (fy > 0.5 ? 2 : 0)]);
		snprintf(p->level, sizeof(p->level), "assessed");
	}
	char *path = out_path("thousands.png");
	fl_render_report rep = { 0 };
	fl_render_opts o = { .width = 1600, .height = 1100, .report = &rep };
	fl_error e = { 0 };
	ck_assert_msg(fl_renderer_draw(rdr, &s, NULL, &o, path, &e) == FL_OK, "%s", e.text);
	check_no_overlap(&rep);
	ck_assert_uint_gt(rep.labels_dropped, 0);
	fl_render_report_release(&rep);
	fixture_release(&s);
	free(path);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("render");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, aleppo_projects_in_utm37n);
	tcase_add_test(tc, png_size_colours_labels);
	tcase_add_loop_test(tc, pdf_has_real_text, 0, 4);
	tcase_add_test(tc, svg_parses);
	tcase_add_test(tc, zoomed_map_and_colorblind_style);
	tcase_add_test(tc, bad_inputs);
	tcase_add_test(tc, gif_animation);
	tcase_add_test(tc, north_arrow_only_when_rotated);
	tcase_add_test(tc, arabic_names_are_shaped);
	tcase_add_test(tc, thousands_of_places);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return tu_run(suite());
}
