// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/point_table.h"

#include "core/util/text.h"

namespace cb {

std::string_view pointKindName(PointKind kind) { return kind == PointKind::Cluster ? "cluster" : "belt"; }

const std::vector<std::string>& pointRoles() {
  static const std::vector<std::string> roles = {"name",   "program", "province", "city",   "code", "county",
                                                 "industry", "lon",   "lat",      "weight", "year", "source"};
  return roles;
}

std::optional<RowFilter> parseRowFilter(const std::string& textValue) {
  const auto eq = textValue.find('=');
  if (eq == std::string::npos) return std::nullopt;
  RowFilter filter;
  filter.column = text::trim(textValue.substr(0, eq));
  filter.values = text::split(textValue.substr(eq + 1), '|');
  if (filter.column.empty() || filter.values.empty()) return std::nullopt;
  return filter;
}

std::string rowFilterText(const RowFilter& filter) {
  std::string out = filter.column + "=";
  for (std::size_t i = 0; i < filter.values.size(); ++i) out += (i ? "|" : "") + filter.values[i];
  return out;
}

}  // namespace cb
