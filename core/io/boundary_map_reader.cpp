// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/boundary_map_reader.h"

#include <algorithm>
#include <stdexcept>
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
  if (prefectures.size() == 0) {
    // Nothing to draw or to place rows in: the file is unusable, whatever its layers claim.
    std::string why;
    for (const LoadMessage& m : report.messages()) {
      if (m.severity == LoadMessage::Severity::Info) continue;
      why = m.message;
      break;
    }
    throw std::runtime_error(path + ": no usable boundary polygon" + (why.empty() ? std::string() : " (" + why + ")"));
  }
  return std::make_shared<const BoundaryMap>(path, std::move(prefectures), std::move(provinces),
                                             std::move(report));
}

}  // namespace cb
