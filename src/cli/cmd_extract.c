/* SPDX-License-Identifier: MIT
 *
 * cmd_extract.c - frontline extract FILE... [--date D] [--format tsv|json]: the control
 * claims of each article, without storing them. Data on stdout (TSV with a header, or
 * JSON Lines with the contract's fields); a file that cannot be read is reported with
 * its name and byte offset and the others are still processed (exit 1).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "cli.h"
#include "cli_article.h"
#include "extract.h"
#include "mapdef.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: frontline extract FILE... [--date D] [--format tsv|json]\n\n"
		   "Reads each article (text, Markdown, HTML or a saved page; '-' for standard\n"
		   "input), finds the places it names and the claims that a side took, lost,\n"
		   "held or did not take them, and prints one claim per line.\n\n"
		   "  --date D         publication date (YYYY-MM-DD) of every FILE; wins over\n"
		   "                   the date found in the text\n"
		   "  --format F       tsv (default, with a header line) or json (JSON Lines:\n"
		   "                   article place_id place lat lon date date_precision side\n"
		   "                   event status attributed_to confidence actor sentence\n"
		   "                   start end)\n");
}

static void tsv_field(FILE *f, const char *s)
{
	for (; s && *s; s++)
		fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, f);
}

static int print_claim(const fl_claim *c, bool json)
{
	char d[11];
	fl_date_format(c->date, d);
	if (json) {
		json_t *o = json_object();
		if (!o)
			return -1;
		json_object_set_new(o, "article", json_string(c->article));
		json_object_set_new(o, "place_id", json_integer(c->place_id));
		json_object_set_new(o, "place", json_string(c->place ? c->place : ""));
		json_object_set_new(o, "lat", json_real(c->lat));
		json_object_set_new(o, "lon", json_real(c->lon));
		json_object_set_new(o, "date", json_string(d));
		json_object_set_new(o, "date_precision", json_string(c->date_precision));
		json_object_set_new(o, "side", json_string(c->side));
		json_object_set_new(o, "event", json_string(c->event));
		json_object_set_new(o, "status", json_string(c->status));
		json_object_set_new(o, "attributed_to",
				    c->attributed_to ? json_string(c->attributed_to) : json_null());
		json_object_set_new(o, "confidence", json_real((double)(int)(c->confidence * 1000 + 0.5) / 1000));
		json_object_set_new(o, "actor", c->actor ? json_string(c->actor) : json_null());
		json_object_set_new(o, "sentence", json_string(c->sentence ? c->sentence : ""));
		json_object_set_new(o, "start", json_integer((json_int_t)c->start));
		json_object_set_new(o, "end", json_integer((json_int_t)c->end));
		char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(9));
		json_decref(o);
		if (!s)
			return -1;
		puts(s);
		free(s);
		return 0;
	}
	printf("%s\t%lld\t", c->article, (long long)c->place_id);
	tsv_field(stdout, c->place);
	printf("\t%.5f\t%.5f\t%s\t%s\t%s\t%s\t%s\t", c->lat, c->lon, d, c->date_precision, c->side,
	       c->event, c->status);
	tsv_field(stdout, c->attributed_to);
	printf("\t%.3f\t", c->confidence);
	tsv_field(stdout, c->actor);
	putchar('\t');
	tsv_field(stdout, c->sentence);
	printf("\t%zu\t%zu\n", c->start, c->end);
	return 0;
}

int cmd_extract(fl_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = { { "date", required_argument, NULL, 'd' },
					      { "format", required_argument, NULL, 'f' },
					      { "help", no_argument, NULL, 'h' },
					      { NULL, 0, NULL, 0 } };
	fl_date user = FL_DATE_NONE;
	bool json = false;
	optind = 1;
	opterr = 0;
	int ch;
	while ((ch = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			if (!cli_date("extract", "--date", optarg, &user))
				return FL_EXIT_USAGE;
			break;
		case 'f':
			if (strcmp(optarg, "json") == 0)
				json = true;
			else if (strcmp(optarg, "tsv") == 0)
				json = false;
			else
				return cli_usage("extract", "--format wants tsv or json, not '%s'", optarg);
			break;
		case 'h':
			usage(stdout);
			return FL_EXIT_OK;
		case ':':
			return cli_usage("extract", "%s wants a value", argv[optind - 1]);
		default:
			return cli_usage("extract", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage("extract", "no article given");
	fl_error err;
	fl_error_clear(&err);
	fl_map *map = NULL;
	fl_lexicon *lx = NULL;
	fl_gazetteer *gz = NULL;
	int rc = FL_EXIT_OK;
	if (fl_map_load(cli->map, &map, &err) != FL_OK) {
		rc = cli_fail_err(&err);
		goto out;
	}
	if (fl_lexicon_load(NULL, &lx, &err) != FL_OK) {
		rc = cli_fail_err(&err);
		goto out;
	}
	if (map->baseline_date != FL_DATE_NONE) {
		int y, m, d;
		fl_date_to_ymd(map->baseline_date, &y, &m, &d);
		fl_lexicon_set_default_year(lx, y);
	}
	if (fl_gazetteer_open(map->gazetteer, &gz, &err) != FL_OK) {
		rc = cli_fail_err(&err);
		goto out;
	}
	bool header = json;
	for (int i = optind; i < argc; i++) {
		fl_article *a = NULL;
		fl_mentions m = { 0 };
		fl_claims cl = { 0 };
		fl_error_clear(&err);
		if (cli_article_read(cli, argv[i], user, &a, &err) != FL_OK ||
		    fl_geoparse(gz, a, &m, &err) != FL_OK ||
		    fl_extract(lx, gz, a, &m, &cl, &err) != FL_OK) {
			rc = cli_fail_err(&err);
			goto next;
		}
		if (!header) {
			header = true;
			printf("article\tplace_id\tplace\tlat\tlon\tdate\tdate_precision\tside\tevent\tstatus\t"
		       "attributed_to\tconfidence\tactor\tsentence\tstart\tend\n");
		}
		{
			size_t undated = 0;
			for (size_t k = 0; k < cl.count; k++) {
				if (print_claim(&cl.items[k], json) != 0) {
					rc = cli_fail("out of memory");
					break;
				}
				undated += cl.items[k].date == FL_DATE_NONE;
			}
			if (undated && a->published == FL_DATE_NONE)
				cli_info(cli, "frontline: %s: publication date unknown: %zu claim%s "
					      "left undated (give --date)", argv[i], undated,
					 undated == 1 ? "" : "s");
			else if (undated)	/* the text gives their day nowhere */
				cli_info(cli, "frontline: %s: %zu claim%s with no day in the text",
					 argv[i], undated, undated == 1 ? "" : "s");
		}
next:
		fl_claims_release(&cl);
		fl_mentions_release(&m);
		fl_article_free(a);
	}
out:
	fl_gazetteer_free(gz);
	fl_lexicon_free(lx);
	fl_map_free(map);
	return rc;
}
