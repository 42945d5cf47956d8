/* SPDX-License-Identifier: MIT
 *
 * main.c - the frontline command: global options, the command table, the one exit.
 *
 * Each subcommand lives in cmd_<name>.c as int cmd_<name>(fl_cli *, argc, argv) and
 * returns the exit code. Only commands that are built appear in the table.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gdal.h>
#include <proj.h>

#include "cli.h"
#include "commands.h"

static const fl_command commands[] = {
#define FL_CMD(name, args, summary) { #name, cmd_##name, args, summary },
#include "commands.h"
#undef FL_CMD
};
static const size_t ncommands = sizeof(commands) / sizeof(commands[0]);

/* ---- helpers shared by the subcommands ----------------------------------- */

int cli_fail(const char *fmt, ...)
{
	va_list ap;
	fputs("frontline: error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return FL_EXIT_RUNTIME;
}

int cli_fail_err(const fl_error *err)
{
	fputs("frontline: error: ", stderr);
	/* The text already quotes the file when it has to; prefix the place if known. */
	if (err->source[0] && err->line > 0)
		fprintf(stderr, "%s:%ld: ", err->source, err->line);
	else if (err->source[0] && err->offset >= 0)
		fprintf(stderr, "%s: byte %lld: ", err->source, err->offset);
	fprintf(stderr, "%s\n", err->text[0] ? err->text : fl_status_str(err->code));
	return FL_EXIT_RUNTIME;
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "frontline%s%s: ", cmd ? " " : "", cmd ? cmd : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\ntry 'frontline%s%s --help'\n", cmd ? " " : "", cmd ? cmd : "");
	return FL_EXIT_USAGE;
}

void cli_info(const fl_cli *cli, const char *fmt, ...)
{
	if (cli && cli->verbosity < 0)
		return;
	va_list ap;
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

bool cli_date(const char *cmd, const char *opt, const char *value, fl_date *out)
{
	if (!value || fl_date_parse(value, out) != FL_OK) {
		/* A real day in a year the tool does not cover (0000-01-01, 9999-12-31)
		 * gets the range, not "not a real day". */
		int y, m, d, n = -1;
		if (value && strlen(value) == 10 && sscanf(value, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 && n == 10 &&
		    value[0] >= '0' && value[0] <= '9' && value[5] >= '0' && value[8] >= '0' && fl_date_valid(y, m, d))
			cli_usage(cmd, "%s '%s' is outside the days frontline covers, 1900-01-01 to 2199-12-31", opt,
				  value);
		else
			cli_usage(cmd, "%s wants a real day as YYYY-MM-DD, not '%s'", opt, value ? value : "");
		return false;
	}
	return true;
}

bool cli_is_help(const char *s)
{
	return s && (strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0);
}

int cli_run(fl_cli *cli, int argc, char **argv)
{
	for (size_t c = 0; c < ncommands; c++)
		if (strcmp(commands[c].name, argv[0]) == 0)
			return commands[c].fn(cli, argc, argv);
	return -1;
}

/* ---- the command ---------------------------------------------------------- */

static void print_help(FILE *f)
{
	fprintf(f, "usage: frontline [--store DS] [--map FILE] [-q|-v] COMMAND [ARGS]\n"
		   "\n"
		   "Turns news reporting about a war into dated maps of who controls what.\n"
		   "\n"
		   "global options:\n"
		   "  --store DS   OGR datasource of the claim store: a .gpkg path or PG:\"...\"\n"
		   "               (default $FRONTLINE_STORE, else ./frontline.gpkg)\n"
		   "  --map FILE   map definition (default $FRONTLINE_MAP, else maps/syria.json)\n"
		   "  -q, --quiet  no progress or information messages\n"
		   "  -v, --verbose  more messages\n"
		   "  --version    versions of frontline and the libraries it runs with\n"
		   "  -h, --help   this help\n"
		   "\n"
		   "commands:\n");
	for (size_t i = 0; i < ncommands; i++)
		fprintf(f, "  %-10s %s\n               %s %s\n", commands[i].name, commands[i].summary,
			commands[i].name, commands[i].args);
	fprintf(f, "\n'frontline COMMAND --help' tells more about each command.\n");
}


/* The value of a global option given as "--opt VALUE" or "--opt=VALUE". */
static const char *opt_value(int argc, char **argv, int *i, const char *name)
{
	size_t n = strlen(name);
	if (strncmp(argv[*i], name, n) == 0 && argv[*i][n] == '=')
		return argv[*i] + n + 1;
	if (strcmp(argv[*i], name) == 0) {
		if (*i + 1 >= argc)
			return NULL;
		return argv[++*i];
	}
	return NULL;
}

/* A store is a database file: a named pipe, a device or a socket given as the store
 * would make GDAL block for ever (a FIFO without a writer) or fail obscurely. Checked
 * for the commands that open the store, before they do. */
static int check_store_path(const fl_cli *cli, int argc, char **argv)
{
	static const char *const users[] = { "events", "ingest", "baseline", "state", "changes",
					     "explain", "render", "series", "export" };
	bool uses = false;
	for (size_t k = 0; k < sizeof(users) / sizeof(users[0]); k++)
		uses = uses || strcmp(argv[0], users[k]) == 0;
	for (int k = 1; k < argc; k++)
		if (cli_is_help(argv[k]))
			uses = false;
	struct stat st;
	if (!uses || !cli->store || strncmp(cli->store, "PG:", 3) == 0 || stat(cli->store, &st) != 0 ||
	    S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))
		return FL_EXIT_OK;
	return cli_fail("store '%s' is %s, not a GeoPackage file: give a .gpkg file or PG:\"...\"", cli->store,
			S_ISFIFO(st.st_mode) ? "a named pipe (FIFO)"
			: S_ISSOCK(st.st_mode) ? "a socket"
			: S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device" : "not a regular file");
}

int main(int argc, char **argv)
{
	fl_cli cli = { 0 };
	cli.store = getenv("FRONTLINE_STORE");
	if (!cli.store || !*cli.store)
		cli.store = "frontline.gpkg";
	cli.map = getenv("FRONTLINE_MAP");

	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *a = argv[i];
		if (cli_is_help(a)) {
			print_help(stdout);
			return FL_EXIT_OK;
		} else if (strcmp(a, "--version") == 0) {
			char *vargv[] = { "version", NULL };
			return cmd_version(&cli, 1, vargv);
		} else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
			cli.verbosity = -1;
		} else if (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0) {
			cli.verbosity = 1;
		} else if (strncmp(a, "--store", 7) == 0 && (a[7] == '\0' || a[7] == '=')) {
			if (!(cli.store = opt_value(argc, argv, &i, "--store")) || !*cli.store)
				return cli_usage(NULL, "--store wants a datasource");
		} else if (strncmp(a, "--map", 5) == 0 && (a[5] == '\0' || a[5] == '=')) {
			if (!(cli.map = opt_value(argc, argv, &i, "--map")) || !*cli.map)
				return cli_usage(NULL, "--map wants a file");
		} else {
			return cli_usage(NULL, "unknown option '%s'", a);
		}
	}
	if (i >= argc) {
		print_help(stderr);
		return FL_EXIT_USAGE;
	}
	if (!cli.map || !*cli.map) {
		cli.map_default = fl_data_path("maps/syria.json");
		if (!cli.map_default)
			return cli_fail("out of memory");
		cli.map = cli.map_default;
	}
	const char *name = argv[i];
	int rc = check_store_path(&cli, argc - i, argv + i);
	if (rc == FL_EXIT_OK)
		rc = cli_run(&cli, argc - i, argv + i);
	if (rc < 0)
		rc = cli_usage(NULL, "unknown command '%s'", name);
	fflush(stdout);
	if (ferror(stdout) && rc == FL_EXIT_OK)
		rc = cli_fail("cannot write to standard output: %s", strerror(errno));
	free(cli.map_default);
	GDALDestroy();
	proj_cleanup();
	return rc;
}
