// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/boundary_map.h"

#include <algorithm>

#include "core/io/region_reader.h"

namespace cb {
namespace {
std::vector<Box2> boundsOf(const RegionLayer& layer) {
  std::vector<Box2> boxes;
  boxes.reserve(layer.size());
  for (const Region& region : layer.regions()) boxes.push_back(region.bounds);
  return boxes;
}
}  // namespace

BoundaryMap::BoundaryMap(std::string sourcePath, RegionLayer prefectures, RegionLayer provinces,
                         LoadReport report)
    : mSourcePath(std::move(sourcePath)),
      mPrefectures(std::move(prefectures)),
      mProvinces(std::move(provinces)),
      mPrefectureIndex(boundsOf(mPrefectures)),
      mProvinceIndex(boundsOf(mProvinces)),
      mReport(std::move(report)) {}

Box2 BoundaryMap::extent() const {
  Box2 box = mPrefectures.extent();
  box.unite(mProvinces.extent());
  return box;
}

std::optional<std::size_t> BoundaryMap::prefectureAt(const Point2& world) const {
  for (std::size_t index : mPrefectureIndex.query(world)) {
    if (contains(mPrefectures.regions()[index].geometry, world)) return index;
  }
  return std::nullopt;
}

static RegionReadOptions layerNamed(const char* name) {
  RegionReadOptions options;
  options.layer = name;
  return options;
}

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
