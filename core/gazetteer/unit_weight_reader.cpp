// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gazetteer/unit_weight_reader.h"

#include <cmath>
#include <map>

#include "core/gazetteer/record_resolver.h"
#include "core/io/point_table_reader.h"
#include "core/util/text.h"

namespace cb {

std::optional<std::vector<UnitWeight>> readUnitWeights(const std::string& path, const std::string& placeColumn,
                                                       const std::string& weightColumn, const Gazetteer& gazetteer,
                                                       LoadReport& report) {
  const std::optional<TextTable> table = readTextTableWithColumns(path, {placeColumn, weightColumn}, report);
  if (!table) return std::nullopt;
  const auto place = static_cast<std::size_t>(table->column(placeColumn));
  const auto weight = static_cast<std::size_t>(table->column(weightColumn));
  RecordResolver resolver(gazetteer);
  std::map<std::string, double> byUnit;
  std::map<std::string, long long> firstRow;
  bool usable = true;
  for (const TextTable::Row& row : table->rows) {
    const std::string& where = row.values[place];
    const std::string& value = row.values[weight];
    const std::optional<double> w = text::parseNumber(value);
    if (!w || !std::isfinite(*w) || *w < 0.0) {
      report.error(path, row.row,
                   value.empty() ? "no " + weightColumn + " given"
                                 : weightColumn + " '" + value + "' is not a number of zero or more");
      usable = false;
    }
    const Resolution& resolved = resolver.resolve(where, "");
    if (!resolved.resolved()) {
      report.error(path, row.row, "'" + where + "' is not a prefecture-level unit the code table knows" +
                                      (resolved.detail.empty() ? std::string() : " (" + resolved.detail + ")"));
      usable = false;
      continue;
    }
    if (!w) continue;
    const auto [it, added] = firstRow.emplace(resolved.code, row.row);
    if (!added) {
      report.info(path, row.row, "'" + where + "' lies in " + resolved.code + " " + resolved.name +
                                     " like row " + std::to_string(it->second) + ": their weights are added");
    }
    byUnit[resolved.code] += *w;
  }
  if (!usable) return std::nullopt;
  std::vector<UnitWeight> weights;
  weights.reserve(byUnit.size());
  for (const auto& [code, w] : byUnit) weights.push_back({code, w});
  return weights;
}

}  // namespace cb
