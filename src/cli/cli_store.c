/* SPDX-License-Identifier: MIT
 *
 * cli_store.c - helpers of the store and timeline commands: see cli_store.h.
 */
#include "cli_store.h"

#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include "gazetteer.h"


bool cli_format_parse(const char *cmd, const char *value, unsigned allowed, enum cli_format *out)
{
	static const char *names[] = { "tsv", "json", "geojson" };
	for (int i = 0; i < 3; i++)
		if ((allowed & (1u << i)) && strcmp(value, names[i]) == 0) {
			*out = (enum cli_format)i;
			return true;
		}
	cli_usage(cmd, "--format wants %s, not '%s'",
		  (allowed & (1u << FMT_GEOJSON)) ? "tsv, json or geojson" : "tsv or json", value);
	return false;
}

int cli_options(const char *cmd, int argc, char **argv, const cli_opt *opts, size_t nopts,
		bool permute, void (*help)(void), int *first)
{
	enum { MAXOPT = 24 };
	struct option lo[MAXOPT + 2];
	char shorts[2 * MAXOPT + 4];
	size_t n = nopts < MAXOPT ? nopts : MAXOPT, ns = 0;
	shorts[ns++] = permute ? '-' : '+';	/* '-' is replaced below */
	shorts[ns++] = 'h';
	for (size_t i = 0; i < n; i++) {
		lo[i] = (struct option){ opts[i].name,
					 opts[i].kind == OPT_FLAG ? no_argument : required_argument, NULL,
					 256 + (int)i };
		if (opts[i].letter) {
			shorts[ns++] = opts[i].letter;
			if (opts[i].kind != OPT_FLAG)
				shorts[ns++] = ':';
		}
	}
	shorts[ns] = '\0';
	lo[n] = (struct option){ "help", no_argument, NULL, 'h' };
	lo[n + 1] = (struct option){ NULL, 0, NULL, 0 };
	optind = 1;
	opterr = 0;
	int c;
	while ((c = getopt_long(argc, argv, permute ? shorts + 1 : shorts, lo, NULL)) != -1) {
		if (c == 'h') {
			help();
			return FL_EXIT_OK;
		}
		size_t k = n;
		if (c >= 256 && c < 256 + (int)n)
			k = (size_t)(c - 256);
		for (size_t i = 0; k == n && i < n && c < 256; i++)
			if (opts[i].letter && opts[i].letter == c)
				k = i;
		if (k == n) {
			if (optopt)
				return cli_usage(cmd, "option '%s' wants a value", argv[optind - 1]);
			return cli_usage(cmd, "unknown option '%s'", argv[optind - 1]);
		}
		const cli_opt *o = &opts[k];
		char flag[64];
		snprintf(flag, sizeof flag, "--%s", o->name);
		char *end;
		double v;
		long iv;
		switch (o->kind) {
		case OPT_DATE:
			if (!cli_date(cmd, flag, optarg, o->out))
				return FL_EXIT_USAGE;
			break;
		case OPT_FORMAT:
			if (!cli_format_parse(cmd, optarg, o->formats, o->out))
				return FL_EXIT_USAGE;
			break;
		case OPT_TEXT:
			*(const char **)o->out = optarg;
			break;
		case OPT_INT:
			iv = strtol(optarg, &end, 10);
			if (!*optarg || *end || iv < o->lo || iv > o->hi)
				return cli_usage(cmd, "%s wants a whole number from %d to %d, not '%s'", flag,
						 o->lo, o->hi, optarg);
			*(int *)o->out = (int)iv;
			break;
		case OPT_FLAG:
			*(bool *)o->out = true;
			break;
		case OPT_LAT:
		case OPT_LON:
			v = strtod(optarg, &end);
			if (end == optarg || *end || !(fabs(v) <= (o->kind == OPT_LAT ? 90 : 180)))
				return cli_usage(cmd, "%s wants degrees %s, not '%s'", flag,
						 o->kind == OPT_LAT ? "north" : "east", optarg);
			*(double *)o->out = v;
			break;
		}
	}
	*first = optind;
	return -1;
}

bool cli_page_opts(const char *cmd, int dpi, const char *paper, double *ro_dpi,
		   const char **ro_paper)
{
	if (paper && strcasecmp(paper, "a4") && strcasecmp(paper, "letter") && strcasecmp(paper, "a3")) {
		cli_usage(cmd, "--paper wants a4, letter or a3, not '%s'", paper);
		return false;
	}
	*ro_paper = paper;
	*ro_dpi = dpi;
	return true;
}

int cli_store_open(const fl_cli *cli, bool create, bool may_be_missing, fl_store **st)
{
	fl_error err;
	fl_error_clear(&err);
	unsigned flags = create ? FL_STORE_CREATE : may_be_missing ? FL_STORE_READONLY : 0;
	fl_status rc = fl_store_open_ex(cli->store, flags, st, &err);
	if (rc == FL_ENOTFOUND && may_be_missing) {
		/* No store yet is an empty one, but only where one could be made. */
		char *dir = strdup(cli->store);
		char *slash = dir ? strrchr(dir, '/') : NULL;
		struct stat sb;
		bool folder_ok = !slash || slash == dir || (*slash = '\0', stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode));
		free(dir);
		if (folder_ok) {
			*st = NULL;
			return FL_EXIT_OK;
		}
		return cli_fail("cannot open store '%s': its folder does not exist", cli->store);
	}
	if (rc)
		return cli_fail_err(&err);
	return FL_EXIT_OK;
}

int cli_map_load(const fl_cli *cli, fl_map **map)
{
	fl_error err;
	fl_error_clear(&err);
	if (fl_map_load(cli->map, map, &err))
		return cli_fail_err(&err);
	return FL_EXIT_OK;
}

static fl_gazetteer *the_gz;
static bool gz_tried;

const fl_gazetteer *cli_gazetteer(const fl_cli *cli, const fl_map *map)
{
	(void)cli;
	if (gz_tried)
		return the_gz;
	gz_tried = true;
	fl_error err;
	fl_error_clear(&err);
	if (fl_gazetteer_open(map ? map->gazetteer : NULL, &the_gz, &err))
		the_gz = NULL;
	return the_gz;
}

void cli_gazetteer_free(void)
{
	if (the_gz)
		fl_gazetteer_free(the_gz);
	the_gz = NULL;
	gz_tried = false;
}

static char **sides;
static bool sides_tried;

static void free_sides(void)
{
	for (size_t i = 0; sides && sides[i]; i++)
		free(sides[i]);
	free(sides);
	sides = NULL;
}

static bool add_side(size_t *n, const char *s)
{
	char **p = realloc(sides, (*n + 2) * sizeof(char *));
	if (!p)
		return false;
	sides = p;
	if (!(sides[*n] = strdup(s)))
		return false;
	sides[++*n] = NULL;
	return true;
}

const char *const *cli_sides(void)
{
	if (sides_tried)
		return (const char *const *)sides;
	sides_tried = true;
	char *path = fl_data_path("assets/actors.json");
	json_t *root = path ? json_load_file(path, 0, NULL) : NULL;
	free(path);
	if (!root)
		return NULL;
	json_t *s = json_object_get(root, "sides");
	size_t n = 0;
	bool ok = true;
	if (json_is_array(s)) {
		size_t i;
		json_t *v;
		json_array_foreach(s, i, v) {
			const char *name = json_is_string(v) ? json_string_value(v) :
					   json_string_value(json_object_get(v, "id")) ?
					   json_string_value(json_object_get(v, "id")) :
					   json_string_value(json_object_get(v, "name"));
			if (name && !add_side(&n, name))
				ok = false;
		}
	} else if (json_is_object(s)) {
		const char *k;
		json_t *v;
		json_object_foreach(s, k, v)
			if (!add_side(&n, k))
				ok = false;
	}
	json_decref(root);
	if (!ok || n == 0) {
		free_sides();
		return NULL;
	}
	/* The two states every lexicon has. */
	if (!cli_side_ok("contested"))
		add_side(&n, "contested");
	if (!cli_side_ok("unknown"))
		add_side(&n, "unknown");
	atexit(free_sides);
	return (const char *const *)sides;
}

bool cli_side_ok(const char *side)
{
	if (!side || !*side)
		return false;
	const char *const *s = sides_tried ? (const char *const *)sides : cli_sides();
	if (!s) {
		for (const char *p = side; *p; p++)
			if (!((*p >= 'a' && *p <= 'z') || *p == '_' || *p == '-'))
				return false;
		return strlen(side) < 24;
	}
	for (; *s; s++)
		if (strcmp(*s, side) == 0)
			return true;
	return false;
}

const char *cli_author(const char *opt)
{
	if (opt && *opt)
		return opt;
	const char *u = getenv("USER");
	if (u && *u)
		return u;
	u = getenv("LOGNAME");
	return u && *u ? u : "unknown";
}

void cli_now(char *buf, size_t n)
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void tsv_put(FILE *f, const char *s)
{
	if (!s)
		return;
	for (; *s; s++)
		fputc((*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s, f);
}

void json_line(json_t *o)
{
	char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
	if (s) {
		fputs(s, stdout);
		fputc('\n', stdout);
		free(s);
	}
	json_decref(o);
}

json_t *json_str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

json_t *json_date(fl_date d)
{
	char buf[11];
	return d == FL_DATE_NONE ? json_null() : json_string(fl_date_format(d, buf));
}

void geojson_begin(void)
{
	fputs("{\"type\":\"FeatureCollection\",\"features\":[\n", stdout);
}

void geojson_feature(double lon, double lat, json_t *props, bool *first)
{
	json_t *f = json_pack("{s:s, s:{s:s, s:[f,f]}, s:o}", "type", "Feature", "geometry", "type",
			      "Point", "coordinates", lon, lat, "properties", props);
	char *s = f ? json_dumps(f, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10)) : NULL;
	if (s) {
		fputs(*first ? "" : ",\n", stdout);
		fputs(s, stdout);
		*first = false;
		free(s);
	}
	json_decref(f);
}

void geojson_end(void)
{
	fputs("\n]}\n", stdout);
}
