// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cb {

struct Analysis;

/// A table to hand to a spreadsheet: named columns, rows of UTF-8 text. Numeric columns are
/// written as numbers where the format knows them (XLSX); empty cells stay empty.
struct DataTable {
  std::string name;  ///< sheet / layer name
  std::vector<std::string> columns;
  std::vector<bool> numeric;  ///< one per column
  std::vector<std::vector<std::string>> rows;
};

/// Writes a table by the file's extension: ".csv" as UTF-8 with a byte-order mark (so Excel reads
/// the Chinese text right), comma-separated, RFC 4180 quoting, CRLF line ends; ".xlsx" through
/// GDAL's XLSX driver, one sheet named after the table. The file is replaced. Throws
/// std::runtime_error naming the file on failure or for another extension.
void writeTable(const std::filesystem::path& path, const DataTable& table);

/// The resolved clusters: row, name, programme, industry, place as given, 2021 unit code, city,
/// province, how the place was resolved, industry groups, the cluster's outcome, note.
DataTable clustersTable(const Analysis& analysis);
/// The resolved belts: row, name, platform, industry, place, code, city, province, rule, groups.
DataTable beltsTable(const Analysis& analysis);
/// Every city with clusters or belts: code, name, province, outcome class (as the choropleth),
/// number of clusters and belts, clusters per outcome (identical, similar, unrelated, no belt).
DataTable citiesTable(const Analysis& analysis);
/// The study ellipses' parameters: group, n, centre (Albers metres and lon/lat), semi-axes,
/// azimuths (grid and true), area, convention.
DataTable ellipsesTable(const Analysis& analysis);

}  // namespace cb
