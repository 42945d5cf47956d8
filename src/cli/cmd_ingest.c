/* SPDX-License-Identifier: MIT
 * cmd_ingest.c - frontline ingest FILE...: read articles, find their places, extract
 * their claims and store each article with its claims in one transaction. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli_article.h"
#include "cli_store.h"
#include "extract.h"
#include "geoparse.h"

static void help(void)
{
	printf("usage: frontline ingest FILE... [--date D]\n"
	       "\n"
	       "Reads each article (text, Markdown, HTML; '-' for standard input), finds the\n"
	       "places it names, extracts its control claims and stores the article and its\n"
	       "claims in the store as one transaction: all of it or nothing. The same file\n"
	       "twice (same SHA-256) changes nothing; an edited file replaces its own claims.\n"
	       "Several ingests may write into one PostGIS database at once.\n"
	       "A bad file is reported and skipped; the exit status is then 1.\n"
	       "\n"
	       "  --date D      publication date of the articles (else found in each)\n"
	       "\n"
	       "Writes one line per article on stdout: sha256, claims, added|present, file.\n");
}

int cmd_ingest(fl_cli *cli, int argc, char **argv)
{
	fl_date day = FL_DATE_NONE;
	const cli_opt opts[] = { { .name = "date", .kind = OPT_DATE, .out = &day } };
	int first_arg, done = CLI_OPTIONS("ingest", argc, argv, opts, true, help, &first_arg);
	if (done >= 0)
		return done;
	if (first_arg >= argc)
		return cli_usage("ingest", "which files? (articles, '-' for standard input)");
	fl_map *map = NULL;
	fl_lexicon *lx = NULL;
	fl_store *st = NULL;
	fl_error err;
	fl_error_clear(&err);
	int rc = cli_map_load(cli, &map);
	if (rc)
		return rc;
	const fl_gazetteer *gz = cli_gazetteer(cli, map);
	if (!gz) {
		fl_gazetteer *tmp = NULL;
		fl_error_clear(&err);
		if (fl_gazetteer_open(map->gazetteer, &tmp, &err) != FL_OK) {
			rc = cli_fail_err(&err);
			goto out;
		}
		fl_gazetteer_free(tmp);
	}
	if (fl_lexicon_load(NULL, &lx, &err)) {
		rc = cli_fail_err(&err);
		goto out;
	}
	/* Yearless dates in articles whose year cannot be known: the theatre's year, as
	 * extract does. */
	if (map->baseline_date != FL_DATE_NONE) {
		int y, mo, d;
		fl_date_to_ymd(map->baseline_date, &y, &mo, &d);
		fl_lexicon_set_default_year(lx, y);
	}
	if ((rc = cli_store_open(cli, true, false, &st)))
		goto out;
	fl_store_set_gazetteer(st, gz);
	int nfiles = argc - first_arg;
	bool tty = isatty(STDERR_FILENO) && cli->verbosity >= 0;
	size_t added = 0, present = 0, failed = 0, nclaims = 0;
	for (int i = first_arg; i < argc; i++) {
		const char *path = argv[i];
		if (tty)
			fprintf(stderr, "\r[%d/%d] %.60s\033[K", i - first_arg + 1, nfiles, path);
		fl_article *a = NULL;
		fl_mentions m = { 0 };
		fl_claims cs = { 0 };
		fl_error_clear(&err);
		fl_status s = cli_article_read(cli, path, day, &a, &err);
		if (!s)
			s = fl_geoparse(gz, a, &m, &err);
		if (!s)
			s = fl_extract(lx, gz, a, &m, &cs, &err);
		if (s) {
			if (tty)
				fputc('\n', stderr);
			cli_fail_err(&err);
			failed++;
			fl_claims_release(&cs);
			fl_mentions_release(&m);
			fl_article_free(a);
			continue;
		}
		bool add = false;
		s = fl_store_ingest(st, a, &cs, &add, &err);
		if (!s) {
			printf("%s\t%zu\t%s\t%s\n", a->id, cs.count, add ? "added" : "present", path);
			if (add) {
				added++;
				nclaims += cs.count;
			} else {
				present++;
			}
		}
		fl_claims_release(&cs);
		fl_mentions_release(&m);
		fl_article_free(a);
		if (s) {
			/* The store failed (full disk, lost connection): stop, nothing half done. */
			if (tty)
				fputc('\n', stderr);
			rc = cli_fail_err(&err);
			failed++;
			break;
		}
	}
	if (tty)
		fputc('\n', stderr);
	cli_info(cli, "ingest: %zu articles added (%zu claims), %zu already there, %zu failed", added,
		 nclaims, present, failed);
	if (failed)
		rc = FL_EXIT_RUNTIME;
out:
	fl_store_close(st);
	fl_lexicon_free(lx);
	fl_map_free(map);
	cli_gazetteer_free();
	return rc;
}
