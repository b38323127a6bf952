// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/load_report.h"

namespace cb {

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

/// What a point table describes.
enum class PointKind { Cluster, Belt };

/// One cluster or belt as read, before any resolution. Text fields are trimmed UTF-8.
struct PointRecord {
  long long row = 0;  ///< as TextTable::Row::row
  std::string name;
  std::string program;   ///< NDRC-SEI, MIIT-AMC, MOST-IIC or free text (belts: the platform)
  std::string province;
  std::string city;      ///< a prefecture name, or a 6-digit code
  std::string code;      ///< a 6-digit code from a code column
  std::string county;    ///< optional; several may be separated by '|'
  std::string industry;  ///< free text
  std::optional<double> lon, lat, weight;
  std::optional<int> year;
  std::string source;
};

/// The roles a column can play, in the order `--map` documents them.
const std::vector<std::string>& pointRoles();

/// role -> column name given by the user; roles not given use the defaults of the kind.
using ColumnMapping = std::map<std::string, std::string>;

/// Keeps the rows whose `column` holds one of `values`: a text compared exactly (both trimmed), or
/// a numeric range "LO..HI" (either end may be left out: "..2021", "2019.."). For a sensitivity
/// analysis on part of a list, such as the belts of explicit evidence or of 2021 and before.
struct RowFilter {
  std::string column;
  std::vector<std::string> values;
  friend bool operator==(const RowFilter&, const RowFilter&) = default;
};
using RowFilters = std::vector<RowFilter>;

/// Parses "COLUMN=V1|V2|…" (the CLI's --clusters-where and --belts-where); nothing when the text
/// has no '=' or no column or no value.
std::optional<RowFilter> parseRowFilter(const std::string& text);
/// "COLUMN=V1|V2", the inverse of parseRowFilter.
std::string rowFilterText(const RowFilter& filter);

struct PointTable {
  std::string file;  ///< the path as given, used in every report
  std::vector<PointRecord> records;
  std::map<std::string, std::string> columnsUsed;  ///< role -> column actually read
  std::string encoding;
};

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
