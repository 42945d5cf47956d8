/* SPDX-License-Identifier: MIT
 *
 * commands.h - the command table: one FL_CMD(name, synopsis, summary) per built
 * subcommand, in the order the overview lists them. Without FL_CMD defined it
 * declares the cmd_<name> functions.
 */
#ifndef FL_CMD
#ifndef FL_COMMANDS_H
#define FL_COMMANDS_H
#include "cli.h"
#define FL_CMD(name, args, summary) int cmd_##name(fl_cli *cli, int argc, char **argv);
#include "commands.h"
#undef FL_CMD
#endif
#else
FL_CMD(gazetteer, "lookup|import|stats|build ...", "look place names up, import GeoNames dumps")
FL_CMD(geoparse, "FILE... [--date D] [--format tsv|json]", "the places articles name")
FL_CMD(extract, "FILE... [--date D] [--format tsv|json]", "control claims in articles, without storing them")
FL_CMD(ingest, "FILE... [--date D]", "store articles and their claims")
FL_CMD(events, "[--from D] [--to D] [--format F] | add|reject|import ...", "list claims; analysts' corrections")
FL_CMD(baseline, "import FILE [--date D] | show", "store a dated baseline (CSV or GeoJSON)")
FL_CMD(state, "--date D [--format tsv|json|geojson]", "who holds every place at the end of day D")
FL_CMD(changes, "--from D --to D [--format tsv|json]", "changes of holder between two days")
FL_CMD(explain, "PLACE --date D", "why PLACE is shown as it is on day D")
FL_CMD(render, "--date D -o OUT.png|OUT.pdf|OUT.svg [--width PX --height PX --dpi N]", "draw the map of day D")
FL_CMD(series, "--from D --to D --outdir DIR [--format png,pdf]", "one map per day, and an animated GIF")
FL_CMD(export, "--date D -o OUT [--from D] [--layers L,...]", "layers for QGIS and reports: GeoJSON, GeoPackage, CSV, KML")
FL_CMD(demo, "[--outdir DIR] [--date D]", "the main job on the bundled sample articles")
FL_CMD(version, "", "print the versions of frontline and its libraries")
#endif
