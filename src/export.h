/* SPDX-License-Identifier: MIT
 *
 * export.h - layers for QGIS and reports through OGR drivers: GeoJSON (RFC 7946),
 * GeoPackage, CSV, KML, by the output's extension. Written to a temporary name and
 * renamed.
 */
#ifndef FL_EXPORT_H
#define FL_EXPORT_H

#include "territory.h"

/* Export the places of state s to path. */
fl_status fl_export_places(const fl_state *s, const char *path, fl_error *err);

#endif
