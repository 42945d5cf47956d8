/* SPDX-License-Identifier: MIT
 * cmd_geoparse.c - frontline geoparse FILE...: the place mentions of articles, one line
 * each (article id, byte span, text, the place it resolves to and the score); names
 * that look like places but are not in the gazetteer come with a null place. */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli.h"
#include "cli_article.h"
#include "article.h"
#include "gazetteer.h"
#include "geoparse.h"
#include "mapdef.h"

static void help(void)
{
	printf("usage: frontline geoparse FILE... [--date D] [--format tsv|json]\n"
	       "\n"
	       "Finds the places each article names (any spelling the press uses) and resolves\n"
	       "them with the gazetteer, preferring the theatre, the kind words around them\n"
	       "(\"province\", \"city of\") and the other places of the article. One line per\n"
	       "mention: article id, start and end byte, text, place id, name, lat, lon, score\n"
	       "(json: article start end text id name lat lon score). Place-like names after\n"
	       "\"the village of\", \"in\" ... that the gazetteer does not know have no place.\n"
	       "'-' reads standard input. --date sets the publication date.\n");
}

static void put_tsv(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		putchar(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
	}
}

static void print_mention(const fl_article *a, const fl_mention *m, bool json)
{
	const fl_place *p = m->place;
	char *words = fl_article_words(a, m->start, m->end);	/* as a reader sees them */
	const char *w = words ? words : "";
	if (json) {
		json_t *o = json_object();
		json_object_set_new(o, "article", json_string(a->id));
		json_object_set_new(o, "start", json_integer((json_int_t)m->start));
		json_object_set_new(o, "end", json_integer((json_int_t)m->end));
		json_object_set_new(o, "text", json_string(w));
		json_object_set_new(o, "id", p ? json_integer(p->id) : json_null());
		json_object_set_new(o, "name", p ? json_string(p->name) : json_null());
		json_object_set_new(o, "lat", p ? json_real(round(p->lat * 1e6) / 1e6) : json_null());
		json_object_set_new(o, "lon", p ? json_real(round(p->lon * 1e6) / 1e6) : json_null());
		json_object_set_new(o, "score", json_real(round(m->score * 1000) / 1000));
		char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
		if (s) {
			puts(s);
			free(s);
		}
		json_decref(o);
		free(words);
		return;
	}
	printf("%s\t%zu\t%zu\t", a->id, m->start, m->end);
	put_tsv(w, strlen(w));
	free(words);
	if (p)
		printf("\t%lld\t%s\t%.6f\t%.6f\t%.3f\n", (long long)p->id, p->name, p->lat, p->lon,
		       m->score);
	else
		printf("\t\t\t\t\t%.3f\n", m->score);
}

int cmd_geoparse(fl_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	fl_date day = FL_DATE_NONE;
	bool json = false;
	optind = 1;
	opterr = 0;
	int c;
	while ((c = getopt_long(argc, argv, "hf:d:", opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			help();
			return FL_EXIT_OK;
		case 'd':
			if (!cli_date("geoparse", "--date", optarg, &day))
				return FL_EXIT_USAGE;
			break;
		case 'f':
			if (strcmp(optarg, "json") == 0)
				json = true;
			else if (strcmp(optarg, "tsv") == 0)
				json = false;
			else
				return cli_usage("geoparse", "--format wants tsv or json, not '%s'", optarg);
			break;
		default:
			return cli_usage("geoparse", "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage("geoparse", "which article? (FILE... or - for standard input)");
	fl_map *map = NULL;
	fl_error err;
	fl_error_clear(&err);
	char *path = NULL;
	if (cli->map && fl_map_load(cli->map, &map, &err) == FL_OK && map->gazetteer)
		path = fl_strdup(map->gazetteer);
	fl_map_free(map);
	fl_error_clear(&err);
	fl_gazetteer *gz;
	if (fl_gazetteer_open(path, &gz, &err) != FL_OK) {
		free(path);
		return cli_fail_err(&err);
	}
	free(path);
	int rc = FL_EXIT_OK;
	for (int i = optind; i < argc; i++) {
		fl_article *a;
		fl_error_clear(&err);
		if (cli_article_read(cli, argv[i], day, &a, &err) != FL_OK) {
			rc = cli_fail_err(&err);
			continue;
		}
		fl_mentions ms = { 0 };
		if (fl_geoparse(gz, a, &ms, &err) != FL_OK) {
			rc = cli_fail_err(&err);
		} else {
			for (size_t k = 0; k < ms.count; k++)
				print_mention(a, &ms.items[k], json);
		}
		fl_mentions_release(&ms);
		fl_article_free(a);
	}
	fl_gazetteer_free(gz);
	return rc;
}
