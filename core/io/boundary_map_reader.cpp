// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/boundary_map_reader.h"

#include <algorithm>
#include <vector>

#include "core/io/region_reader.h"

namespace cb {
namespace {
RegionReadOptions layerNamed(const char* name) {
  RegionReadOptions options;
  options.layer = name;
  return options;
}
}  // namespace

std::shared_ptr<const BoundaryMap> loadBoundaryMap(const std::string& path) {
  const std::vector<LayerSummary> layers = listLayers(path);
  const auto has = [&](const char* name) {
    return std::any_of(layers.begin(), layers.end(), [&](const LayerSummary& l) { return l.name == name; });
  };
  LoadReport report;
  RegionLayer prefectures;
  RegionLayer provinces;
  if (has("prefectures")) {
    RegionReadResult read = readRegions(path, layerNamed("prefectures"));
    report.append(read.report);
    prefectures = std::move(read.layer);
    if (has("provinces")) {
      RegionReadResult readProvinces = readRegions(path, layerNamed("provinces"));
      report.append(readProvinces.report);
      provinces = std::move(readProvinces.layer);
    }
  } else {
    RegionReadResult read = readRegions(path);
    report.append(read.report);
    prefectures = std::move(read.layer);
  }
  return std::make_shared<const BoundaryMap>(path, std::move(prefectures), std::move(provinces),
                                             std::move(report));
}

}  // namespace cb
