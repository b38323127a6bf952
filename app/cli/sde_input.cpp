// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/sde_input.h"
#include "core/util/text.h"

#include <ogr_spatialref.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>

#include "core/crs/crs.h"
#include "core/io/gdal_environment.h"
#include "core/io/gdal_handles.h"
#include "core/io/point_table_reader.h"
#include "core/analysis/pipeline.h"
#include "core/stats/prefecture_placer.h"

namespace cb::cli {
namespace {

constexpr std::size_t kMaxRowErrors = 20;  // a file full of bad rows should not flood the terminal

// A number written as text (readTextTable gives every value as text); nullopt when it is not one.
int columnIndex(const TextTable& table, const std::string& name) {
  if (const int exact = table.column(name); exact >= 0) return exact;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    if (EQUAL(table.columns[i].c_str(), name.c_str())) return static_cast<int>(i);
  }
  return -1;
}

int requireColumn(const TextTable& table, const Arguments& args, const std::string& option,
                  const std::string& file) {
  const std::string name = *args.value(option);
  const int index = columnIndex(table, name);
  if (index < 0) throw ArgumentError("--" + option + ": " + file + " has no column '" + name + "'");
  return index;
}

int guessColumn(const TextTable& table, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    if (const int index = columnIndex(table, name); index >= 0) return index;
  }
  return -1;
}

// The CRS of the first layer's geometry, as "EPSG:n" or WKT2; empty when it has none.
std::string layerCrs(const std::string& file) {
  gdal::ensureInitialised();
  gdal::DatasetPtr dataset(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  OGRLayer* layer = dataset ? dataset->GetLayer(0) : nullptr;
  const OGRSpatialReference* srs = layer ? layer->GetSpatialRef() : nullptr;
  if (srs == nullptr) return {};
  const char* authority = srs->GetAuthorityName(nullptr);
  const char* code = srs->GetAuthorityCode(nullptr);
  if (authority != nullptr && code != nullptr) return std::string(authority) + ":" + code;
  char* wkt = nullptr;
  const char* options[] = {"FORMAT=WKT2_2019", nullptr};
  srs->exportToWkt(&wkt, options);
  std::string text = wkt != nullptr ? wkt : "";
  CPLFree(wkt);
  return text;
}

// Places every row at the representative point (inside the polygon) of the prefecture its city
// resolves to, in China Albers metres; the placer is the one the study ellipses and the map use.
void placeAtCities(const TextTable& table, int cityColumn, int provinceColumn,
                   const std::string& file, const std::string& boundariesPath, SdeInput& input,
                   const std::function<void(long long, const std::string&)>& fail) {
  // The gazetteer and boundaries of the analysis pipeline, so that a city stands where the
  // study ellipses and the map put it.
  std::optional<PrefecturePlacer> placer;
  try {
    LoadReport ignored;  // the vintage notes of the boundaries are `info`'s to report
    Gazetteer gazetteer = loadGazetteer(ignored);
    const std::shared_ptr<const BoundaryMap> boundaries = loadBoundaries(boundariesPath);
    const BoundaryUnits units(boundaries->prefectures(), gazetteer, ignored);
    placer.emplace(std::move(gazetteer), units.labelPoints());
  } catch (const std::runtime_error& e) {
    input.errors.push_back(file + ": error: --city needs the gazetteer and the prefecture boundaries: " +
                           e.what());
    return;
  }
  std::set<std::string> placedCodes;
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    const TextTable::Row& row = table.rows[i];
    const std::string& city = row.values[static_cast<std::size_t>(cityColumn)];
    const std::string province =
        provinceColumn >= 0 ? row.values[static_cast<std::size_t>(provinceColumn)] : std::string();
    const Placement place = placer->placeName(city, province);
    if (place.placed()) {
      placedCodes.insert(place.code);
    } else {
      fail(row.row, place.problem);
    }
    input.request.x[i] = place.point ? place.point->x : NAN;
    input.request.y[i] = place.point ? place.point->y : NAN;
  }
  input.request.inputCrs = std::string(crs::kChinaAlbers);
  input.notes.push_back(file + ": rows placed at the representative point of " +
                        std::to_string(placedCodes.size()) + " distinct prefectures");
}

}  // namespace

std::string sdeRowLabel(const std::string& file, long long row) {
  const std::string ext = text::lowerExtension(file);
  const bool sheetLike = ext == ".csv" || ext == ".tsv" || ext == ".txt" || ext == ".xlsx" ||
                         ext == ".ods";
  return sheetLike ? file + ":" + std::to_string(row) : file + ": feature " + std::to_string(row);
}

SdeInput readSdeInput(const Arguments& args, const std::string& file) {
  SdeInput input;
  LoadReport report;
  const std::optional<TextTable> table = readTextTable(file, report);
  for (const LoadMessage& m : report.messages()) {
    const std::string line = (m.row > 0 ? sdeRowLabel(m.file, m.row) : m.file) + ": " +
                             severityName(m.severity) + ": " + m.message;
    (m.severity == LoadMessage::Severity::Error ? input.errors : input.notes).push_back(line);
  }
  if (!table) {
    if (input.errors.empty()) input.errors.push_back(file + ": error: cannot read the table");
    return input;
  }
  std::size_t errorCount = 0;
  const auto fail = [&](long long row, const std::string& what) {
    if (++errorCount <= kMaxRowErrors) {
      input.errors.push_back(sdeRowLabel(file, row) + ": error: " + what);
    }
  };

  int xColumn = -1, yColumn = -1, cityColumn = -1, provinceColumn = -1;
  bool useGeometry = false;
  if (args.has("city")) {
    if (args.has("x") || args.has("y")) throw ArgumentError("give either --city or --x/--y");
    cityColumn = requireColumn(*table, args, "city", file);
    provinceColumn = args.has("province") ? requireColumn(*table, args, "province", file)
                                          : guessColumn(*table, {"province", "省份", "省"});
  } else if (args.has("x") || args.has("y")) {
    if (!args.has("x") || !args.has("y")) throw ArgumentError("give both --x and --y");
    xColumn = requireColumn(*table, args, "x", file);
    yColumn = requireColumn(*table, args, "y", file);
  } else if (!table->rows.empty() && table->rows.front().x.has_value()) {
    useGeometry = true;
  } else {
    xColumn = guessColumn(*table, {"lon", "lng", "long", "longitude", "x", "经度"});
    yColumn = guessColumn(*table, {"lat", "latitude", "y", "纬度"});
    if (xColumn < 0 || yColumn < 0) {
      throw ArgumentError(file + " has no point geometry and no lon/lat columns: give --x and "
                                 "--y, or --city");
    }
    input.notes.push_back(file + ": coordinates from the columns '" +
                          table->columns[static_cast<std::size_t>(xColumn)] + "' and '" +
                          table->columns[static_cast<std::size_t>(yColumn)] + "'");
  }
  const int weightColumn = args.has("weight") ? requireColumn(*table, args, "weight", file) : -1;
  const int groupColumn = args.has("group") ? requireColumn(*table, args, "group", file) : -1;

  SdeRequest& r = input.request;
  std::string defaultCrs = std::string(crs::kWgs84);
  if (useGeometry) {
    if (std::string layer = layerCrs(file); !layer.empty()) defaultCrs = layer;
  }
  r.inputCrs = args.value("crs", defaultCrs);
  const auto value = [](const TextTable::Row& row, int column) -> const std::string& {
    return row.values[static_cast<std::size_t>(column)];
  };
  for (const TextTable::Row& row : table->rows) {
    double x = NAN, y = NAN;
    if (useGeometry) {
      if (!row.x || !row.y) {
        fail(row.row, "no point geometry");
      } else {
        x = *row.x;
        y = *row.y;
      }
    } else if (xColumn >= 0) {
      const std::optional<double> vx = text::parseNumber(value(row, xColumn));
      const std::optional<double> vy = text::parseNumber(value(row, yColumn));
      if (!vx) fail(row.row, "x coordinate '" + value(row, xColumn) + "' is not a number");
      if (!vy) fail(row.row, "y coordinate '" + value(row, yColumn) + "' is not a number");
      x = vx.value_or(NAN);
      y = vy.value_or(NAN);
    }
    if (weightColumn >= 0) {
      const std::optional<double> w = text::parseNumber(value(row, weightColumn));
      if (!w) {
        fail(row.row, "weight '" + value(row, weightColumn) + "' is not a number");
      } else if (!(*w > 0.0) || !std::isfinite(*w)) {
        fail(row.row, "weight " + value(row, weightColumn) +
                          " is not positive and finite (weights must be > 0)");
      }
      r.weights.push_back(w.value_or(NAN));
    }
    if (groupColumn >= 0) r.groups.push_back(value(row, groupColumn));
    r.x.push_back(x);
    r.y.push_back(y);
    r.rows.push_back(row.row);
  }
  if (cityColumn >= 0) placeAtCities(*table, cityColumn, provinceColumn, file, args.value("boundaries", ""), input, fail);
  if (errorCount > kMaxRowErrors) {
    input.errors.push_back(file + ": error: " + std::to_string(errorCount - kMaxRowErrors) +
                           " more bad rows");
  }
  return input;
}

}  // namespace cb::cli
