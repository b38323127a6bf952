// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/model/load_report.h"
#include "core/model/point_table.h"

namespace cb {

/// The largest tables read (README.md, "Resource limits"): rows beyond the first kMaxTableRows,
/// or a CSV larger than kMaxTableBytes, make the table refused with an Error, as memory grows
/// with them (about 1.1 GiB for a CSV of 1,000,000 rows of eight short values).
inline constexpr long long kMaxTableRows = 2'000'000;
inline constexpr std::uintmax_t kMaxTableBytes = 256u << 20;

/// A table read through GDAL with every value as UTF-8 text: a CSV (any of GDAL's CSV dialects),
/// a spreadsheet (XLSX, ODS) or any vector layer (GeoPackage, GeoJSON, Shapefile …).
struct TextTable {
  struct Row {
    long long row = 0;  ///< CSV: line in the file (header = 1); spreadsheet: sheet row; else the FID
    std::vector<std::string> values;
    std::optional<double> x, y;  ///< the feature's point geometry, when it has one
  };
  std::vector<std::string> columns;
  std::vector<Row> rows;
  std::string encoding = "UTF-8";  ///< "UTF-8" or "GBK" (then every value was recoded)

  /// Index of a column by exact name, or -1.
  [[nodiscard]] int column(const std::string& name) const;
};

/// Reads the first layer of `path`. CSV files are read as UTF-8 with or without a BOM; a CSV that
/// is not valid UTF-8 is taken as GBK (code page 936), recoded to UTF-8 and reported (Info).
/// Values of other formats that are not valid UTF-8 are recoded the same way, row by row.
/// Returns nothing when the file cannot be opened or has no layer (an Error says why).
std::optional<TextTable> readTextTable(const std::filesystem::path& path, LoadReport& report);

/// readTextTable, refusing (with an Error naming the file and the column) a table that lacks one
/// of `columns`: for the project's own data tables, whose columns are fixed.
std::optional<TextTable> readTextTableWithColumns(const std::filesystem::path& path,
                                                  const std::vector<std::string>& columns, LoadReport& report);

/// Reads clusters or belts. Default columns follow data/clusters/national_clusters.csv and
/// data/belts/online_belts.csv (with common alternatives such as lon/lat, longitude/latitude,
/// city_code); `mapping` overrides them. A table without an industry column, or without any
/// of city, code and county, is unusable: an Error names the file and what is missing and no
/// table is returned. Bad values in a row (an unreadable year or coordinate) are reported as
/// warnings with file and row and left empty; no row is ever dropped silently. Rows that `filters`
/// leave out are counted in an Info message per filter; a filter on a column the table does not
/// have is an Error (no table).
std::optional<PointTable> readPointTable(const std::filesystem::path& path, PointKind kind,
                                         const ColumnMapping& mapping, LoadReport& report,
                                         const RowFilters& filters = {});

}  // namespace cb
