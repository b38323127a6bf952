// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/boundary_map.h"

#include <algorithm>
#include <utility>


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

}  // namespace cb
