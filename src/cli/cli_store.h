/* SPDX-License-Identifier: MIT
 *
 * cli_store.h - what the store and timeline commands (ingest, baseline, events, state,
 * changes, explain) share: opening the store and the map definition, the sides the
 * actor lexicon knows, and writing TSV / JSON Lines / GeoJSON on stdout.
 */
#ifndef FL_CLI_STORE_H
#define FL_CLI_STORE_H

#include <jansson.h>
#include "cli.h"
#include "mapdef.h"
#include "store.h"

enum cli_format { FMT_TSV, FMT_JSON, FMT_GEOJSON };
#define FMTS_TSV_JSON (1u << FMT_TSV | 1u << FMT_JSON)
#define FMTS_ALL (FMTS_TSV_JSON | 1u << FMT_GEOJSON)

/* Parse --format's value; allowed is a mask of 1 << FMT_*. On error prints usage and
 * returns false. */
bool cli_format_parse(const char *cmd, const char *value, unsigned allowed, enum cli_format *out);

/* One option of a command, for cli_options. */
typedef struct cli_opt {
	const char *name;	/* the long option, without "--" */
	enum { OPT_DATE, OPT_FORMAT, OPT_TEXT, OPT_INT, OPT_FLAG, OPT_LAT, OPT_LON } kind;
	void *out;		/* fl_date *, enum cli_format *, const char **, int *, bool * or
				 * double * */
	unsigned formats;	/* OPT_FORMAT: the formats allowed, 1 << FMT_* */
	int lo, hi;		/* OPT_INT: the range allowed */
	char letter;		/* a one-letter form ("-o"), 0 none */
} cli_opt;

/* Read the options of command cmd from argv: the nopts of opts and --help (help()).
 * permute: options may follow the operands (else they stop at the first operand, for
 * commands with verbs). Returns -1 with the index of the first operand in *first when
 * the command goes on; else the exit code to return (after --help, FL_EXIT_OK; after a
 * usage error, which it has printed, FL_EXIT_USAGE). */
int cli_options(const char *cmd, int argc, char **argv, const cli_opt *opts, size_t nopts,
		bool permute, void (*help)(void), int *first);
/* cli_options with an array of cli_opt, counted. */
#define CLI_OPTIONS(cmd, argc, argv, opts, permute, help, first)                              \
	cli_options((cmd), (argc), (argv), (opts), sizeof(opts) / sizeof((opts)[0]), (permute), \
		    (help), (first))

/* The page options render and series share, for a cli_opt table: --width, --height,
 * --portrait and --style into ro (an fl_render_opts), --dpi into the int dpi, --paper
 * into the string paper; then cli_page_opts checks and moves the last two into ro. */
#define CLI_PAGE_OPTIONS(ro, dpi, paper)                                                        \
	{ .name = "width", .kind = OPT_INT, .out = &(ro).width, .lo = 1, .hi = 20000 },         \
	{ .name = "height", .kind = OPT_INT, .out = &(ro).height, .lo = 1, .hi = 20000 },       \
	{ .name = "dpi", .kind = OPT_INT, .out = &(dpi), .lo = 10, .hi = 2400 },                \
	{ .name = "paper", .kind = OPT_TEXT, .out = &(paper) },                                  \
	{ .name = "portrait", .kind = OPT_FLAG, .out = &(ro).portrait },                         \
	{ .name = "style", .kind = OPT_TEXT, .out = &(ro).style }

/* After cli_options: paper must be a page size the renderer knows (a4, letter, a3;
 * else a usage message and false); dpi and paper go into ro's. */
bool cli_page_opts(const char *cmd, int dpi, const char *paper, double *ro_dpi,
		   const char **ro_paper);

/* Open the store named by the global options. create: make it if missing (for
 * writing). may_be_missing (and not create): open it read-only; when it does not exist
 * (in a folder that does), *st is NULL and the call succeeds. Else open it for writing.
 * Returns an exit code. */
int cli_store_open(const fl_cli *cli, bool create, bool may_be_missing, fl_store **st);

/* Load the map definition named by the global options. Returns an exit code. */
int cli_map_load(const fl_cli *cli, fl_map **map);

/* The gazetteer, if one is built (else NULL). Never fails: it is optional here. */
const fl_gazetteer *cli_gazetteer(const fl_cli *cli, const fl_map *map);
void cli_gazetteer_free(void);

/* The sides assets/actors.json names, NULL-terminated, or NULL when the lexicon
 * cannot be read (then any side is taken). Borrowed, lives to exit. */
const char *const *cli_sides(void);
/* True if side is allowed (see cli_sides). */
bool cli_side_ok(const char *side);

/* Who makes a correction: --author, else $USER, else "unknown". */
const char *cli_author(const char *opt);
/* The current UTC time as ISO 8601 into buf (>= 21 bytes). */
void cli_now(char *buf, size_t n);

/* TSV: a field with tabs and newlines made spaces ("" for NULL). */
void tsv_put(FILE *f, const char *s);
/* One JSON object on one line (consumes o). */
void json_line(json_t *o);
/* A JSON string or null. */
json_t *json_str_or_null(const char *s);
/* A date as "YYYY-MM-DD" or null. */
json_t *json_date(fl_date d);
/* Start and end a GeoJSON FeatureCollection written feature by feature. */
void geojson_begin(void);
void geojson_feature(double lon, double lat, json_t *props, bool *first);
void geojson_end(void);

#endif
