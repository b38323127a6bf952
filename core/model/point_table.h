// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The records of cluster and belt tables, as the readers make them and every later stage (row
// placement, matching, ellipses, views, writers) reads them. Plain values: no reader here.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cb {

/// What a point table describes.
enum class PointKind { Cluster, Belt };

/// "cluster" or "belt", as reports and exported tables name the kind of a row.
std::string_view pointKindName(PointKind kind);

/// One cluster or belt as read, before any resolution. Text fields are trimmed UTF-8. lon/lat
/// are WGS 84 degrees when the table gives them (the study works at the prefecture level and
/// does not use them).
struct PointRecord {
  long long row = 0;  ///< CSV: line in the file (header = 1); spreadsheet: sheet row; else the FID
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

/// A cluster or belt row that a stage could not use: not placed in a 2021 unit (then in no
/// city, no match and no ellipse), placed in a unit the boundaries have no polygon for (in no
/// ellipse), or with an industry the taxonomy cannot place. Always listed, never dropped.
struct UnplacedRow {
  PointKind kind = PointKind::Cluster;
  std::string file;    ///< the table's file, as given
  long long row = 0;   ///< as PointRecord::row
  std::string name;    ///< the record's name
  std::string value;   ///< what could not be used: the code, city or counties as given, or the industry
  std::string reason;  ///< why, in words
  std::vector<std::string> candidates;  ///< codes of the units an ambiguous place could be
};

}  // namespace cb
