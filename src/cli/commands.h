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
FL_CMD(version, "", "print the versions of frontline and its libraries")
#endif
