/* SPDX-License-Identifier: MIT
 *
 * cli.h - what the subcommands share: the global options, the command table entry and
 * the helpers that print errors in the contract's form (data on stdout, messages on
 * stderr; exit 0 ok, 1 runtime error, 2 usage error).
 */
#ifndef FL_CLI_H
#define FL_CLI_H

#include <stdio.h>
#include "fl.h"

#define FL_EXIT_OK 0
#define FL_EXIT_RUNTIME 1
#define FL_EXIT_USAGE 2

typedef struct fl_cli {
	const char *store;	/* --store, $FRONTLINE_STORE, or "frontline.gpkg" */
	const char *map;	/* --map, $FRONTLINE_MAP, or the data dir's maps/syria.json */
	int verbosity;		/* -1 quiet, 0 normal, 1 verbose */
	char *map_default;	/* owned storage behind map when it is the default */
} fl_cli;

typedef int (*fl_cmd_fn)(fl_cli *cli, int argc, char **argv);

typedef struct fl_command {
	const char *name;	/* "ingest" */
	fl_cmd_fn fn;		/* argv[0] is the command name */
	const char *args;	/* synopsis after the name, for the overview */
	const char *summary;	/* one line */
} fl_command;

/* "frontline: error: <fmt>" on stderr; returns FL_EXIT_RUNTIME. */
int cli_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print err ("frontline: error: FILE:LINE: text"); returns FL_EXIT_RUNTIME. */
int cli_fail_err(const fl_error *err);
/* "frontline CMD: <fmt>" + "try 'frontline CMD --help'" on stderr; returns FL_EXIT_USAGE. */
int cli_usage(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Message on stderr unless quiet. */
void cli_info(const fl_cli *cli, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Parse an ISO date option value; on error prints a usage message and returns false. */
bool cli_date(const char *cmd, const char *opt, const char *value, fl_date *out);
/* Run the subcommand argv[0] as if typed; returns its exit code, or -1 if there is
 * no such command. */
int cli_run(fl_cli *cli, int argc, char **argv);
/* True if s is "--help" or "-h". */
bool cli_is_help(const char *s);

#endif
