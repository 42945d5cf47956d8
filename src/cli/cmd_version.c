/* SPDX-License-Identifier: MIT
 * cmd_version.c - frontline version: the same as --version. */
#include <stdio.h>
#include <cairo.h>
#include <gdal.h>
#include <geos_c.h>
#include <proj.h>
#include "cli.h"

int cmd_version(fl_cli *cli, int argc, char **argv)
{
	(void)cli;
	if (argc > 1 && cli_is_help(argv[1])) {
		printf("usage: frontline version\n\nPrints the versions of frontline, GDAL, PROJ, GEOS and cairo.\n");
		return FL_EXIT_OK;
	}
	if (argc > 1)
		return cli_usage("version", "unexpected argument '%s'", argv[1]);
	PJ_INFO pi = proj_info();
	printf("frontline %s\nGDAL %s\nPROJ %s\nGEOS %s\ncairo %s\n", FL_VERSION,
	       GDALVersionInfo("RELEASE_NAME"), pi.version, GEOSversion(), cairo_version_string());
	return FL_EXIT_OK;
}
