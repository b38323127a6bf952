// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/table_writer.h"

#include <cmath>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "core/analysis/analysis.h"
#include "core/export/vector_file_writer.h"
#include "core/match/city_outcome.h"
#include "core/util/text.h"

namespace cb {
namespace {

std::string number(double value) { return text::formatNumber(value); }

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "|") + item;
  return out;
}

DataTable entriesTable(const Analysis& analysis, const std::vector<MatchEntry>& entries, bool clusters) {
  std::map<std::string, const CityMatch*> cities;
  for (const CityMatch& city : analysis.match.cities) cities[city.code] = &city;
  DataTable table;
  table.name = clusters ? "clusters" : "belts";
  table.columns = {"row", "name", clusters ? "program" : "platform", "industry", "place", "code", "city",
                   "province", "resolved_by", "groups"};
  if (clusters) table.columns.insert(table.columns.end(), {"outcome", "note"});
  table.numeric.assign(table.columns.size(), false);
  table.numeric[0] = true;
  for (const MatchEntry& e : entries) {
    const auto city = cities.find(e.code);
    std::vector<std::string> row = {std::to_string(e.row), e.name, e.program, e.industry, e.place, e.code,
                                    city == cities.end() ? "" : city->second->name,
                                    city == cities.end() ? "" : city->second->province,
                                    ruleName(e.rule), joined(e.groupIds)};
    if (clusters) {
      row.emplace_back(outcomeName(e.outcome));
      row.push_back(e.note);
    }
    table.rows.push_back(std::move(row));
  }
  // Rows that could not be placed are listed too, never dropped: with their reason, in file order.
  const PointTable& source = clusters ? analysis.clusters : analysis.belts;
  const PointKind kind = clusters ? PointKind::Cluster : PointKind::Belt;
  for (const UnplacedRow& unresolved : analysis.match.unresolved) {
    if (unresolved.kind != kind) continue;
    const auto record = std::find_if(source.records.begin(), source.records.end(),
                                     [&](const PointRecord& r) { return r.row == unresolved.row; });
    const PointRecord empty;
    const PointRecord& r = record == source.records.end() ? empty : *record;
    std::vector<std::string> row = {std::to_string(unresolved.row), r.name, r.program, r.industry, unresolved.value, "",
                                    "", r.province, "unresolved", ""};
    if (clusters) {
      row.emplace_back("unresolved");
      row.push_back(unresolved.reason);
    }
    table.rows.push_back(std::move(row));
  }
  std::stable_sort(table.rows.begin(), table.rows.end(), [](const auto& a, const auto& b) {
    return std::stoll(a[0]) < std::stoll(b[0]);
  });
  return table;
}

}  // namespace

void writeTable(const std::filesystem::path& path, const DataTable& table) {
  const std::string ext = text::lowerExtension(path);
  if (ext != ".csv" && ext != ".xlsx") throw std::runtime_error(path.string() + ": write a table as .csv or .xlsx");
  // XLSX cells hold numbers as numbers; CSV cells keep the text as formatted here (GDAL would
  // reformat a real field with its own precision).
  const bool typed = ext == ".xlsx";
  std::vector<VectorFileWriter::Field> fields;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    const bool numeric = typed && i < table.numeric.size() && table.numeric[i];
    fields.push_back({table.columns[i], numeric ? OFTReal : OFTString});
  }
  VectorFileWriter writer(path, table.name, fields);
  std::size_t line = 1;  // the header
  for (const auto& row : table.rows) {
    ++line;
    gdal::FeaturePtr feature = writer.newFeature();
    for (std::size_t i = 0; i < table.columns.size() && i < row.size(); ++i) {
      if (row[i].empty()) continue;
      const int index = static_cast<int>(i);
      if (fields[i].type == OFTReal) {
        const std::optional<double> value = text::parseNumber(row[i]);
        if (!value) throw std::logic_error(path.string() + ": column " + table.columns[i] + " holds '" + row[i] + "', not a number");
        feature->SetField(index, *value);
      } else {
        feature->SetField(index, row[i].c_str());
      }
    }
    writer.write(*feature, "row " + std::to_string(line));
  }
  writer.commit();
}

DataTable clustersTable(const Analysis& analysis) { return entriesTable(analysis, analysis.match.clusters, true); }

DataTable beltsTable(const Analysis& analysis) { return entriesTable(analysis, analysis.match.belts, false); }

DataTable citiesTable(const Analysis& analysis) {
  const CityOutcomes& classes = analysis.outcomes;
  DataTable table;
  table.name = "cities";
  table.columns = {"code", "name", "province", "outcome", "clusters", "belts", "identical", "similar", "unrelated",
                   "no_belt"};
  table.numeric = {false, false, false, false, true, true, true, true, true, true};
  for (const CityMatch& city : analysis.match.cities) {
    std::array<std::size_t, 4> counts{};  // per ClusterOutcome
    for (std::size_t index : city.clusters) ++counts[static_cast<std::size_t>(analysis.match.clusters[index].outcome)];
    table.rows.push_back({city.code, city.name, city.province, std::string(cityOutcomeName(classes.of(city.code))),
                          std::to_string(city.clusters.size()), std::to_string(city.belts.size()),
                          std::to_string(counts[0]), std::to_string(counts[1]), std::to_string(counts[2]),
                          std::to_string(counts[3])});
  }
  return table;
}

DataTable ellipsesTable(const Analysis& analysis) {
  DataTable table;
  table.name = "ellipses";
  table.columns = {"group", "n", "has_ellipse", "center_x", "center_y", "center_lon", "center_lat", "sigma_major",
                   "sigma_minor", "azimuth_deg", "azimuth_true_deg", "area_km2", "method"};
  table.numeric = {false, true, true, true, true, true, true, true, true, true, true, true, false};
  for (const SdeEllipse& e : analysis.ellipses.ellipses) {
    table.rows.push_back({e.group, std::to_string(e.sde.n), e.hasEllipse ? "1" : "0",
                          e.hasEllipse ? number(e.sde.center.x) : "", e.hasEllipse ? number(e.sde.center.y) : "",
                          e.hasEllipse ? number(e.centerLonLat.x) : "", e.hasEllipse ? number(e.centerLonLat.y) : "",
                          e.hasEllipse ? number(e.sde.sigmaMajor) : "", e.hasEllipse ? number(e.sde.sigmaMinor) : "",
                          e.hasEllipse ? number(e.azimuthGridDeg) : "", e.hasEllipse ? number(e.azimuthTrueDeg) : "",
                          e.hasEllipse ? number(e.areaKm2) : "", e.methodLabel});
  }
  return table;
}

}  // namespace cb
