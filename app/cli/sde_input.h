// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "app/cli/arguments.h"
#include "core/stats/sde_analysis.h"

namespace cb::cli {

/// The points of `clusterbelt-cli sde --points FILE`, ready for computeSde().
struct SdeInput {
  SdeRequest request;               ///< coordinates, weights, groups, source rows and input CRS
  std::vector<std::string> errors;  ///< "file:row: error: …" lines; any error makes the input unusable
  std::vector<std::string> notes;   ///< what reading had to say (encoding, assumed columns, cities)
};

/// Reads FILE through GDAL (CSV in UTF-8 or GBK, XLSX, ODS, GeoPackage, GeoJSON …) with the options
/// --layer? --x --y --crs --city --province --weight --group. Coordinates come from --x/--y, the
/// layer's point geometry, columns named lon/lat, or (with --city) the representative point inside
/// the prefecture that the gazetteer resolves the city to (China Albers metres). Throws
/// ArgumentError for options that do not fit the file (a missing column).
SdeInput readSdeInput(const Arguments& args, const std::string& file);

/// "file:12" for rows of a CSV or a sheet (the line or sheet row), "file: feature 12" otherwise.
std::string sdeRowLabel(const std::string& file, long long row);

}  // namespace cb::cli
