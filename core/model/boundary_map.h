// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

#include "core/model/load_report.h"
#include "core/model/region_layer.h"
#include "core/spatial/spatial_index.h"

namespace cb {

/// The boundaries shown on the map, in China Albers metres: prefecture-level units (the layer
/// that clusters and belts are joined to) and, when the source has them, provinces. Immutable
/// once built: share it as std::shared_ptr<const BoundaryMap> between the GUI and render threads.
class BoundaryMap {
 public:
  BoundaryMap(std::string sourcePath, RegionLayer prefectures, RegionLayer provinces, LoadReport report);

  [[nodiscard]] const std::string& sourcePath() const { return mSourcePath; }
  [[nodiscard]] const RegionLayer& prefectures() const { return mPrefectures; }
  [[nodiscard]] const RegionLayer& provinces() const { return mProvinces; }
  [[nodiscard]] const SpatialIndex& prefectureIndex() const { return mPrefectureIndex; }
  [[nodiscard]] const SpatialIndex& provinceIndex() const { return mProvinceIndex; }
  [[nodiscard]] const LoadReport& report() const { return mReport; }
  /// Extent of everything, China Albers metres.
  [[nodiscard]] Box2 extent() const;

  /// The prefecture whose polygon contains `world` (China Albers metres), if any.
  [[nodiscard]] std::optional<std::size_t> prefectureAt(const Point2& world) const;

 private:
  std::string mSourcePath;
  RegionLayer mPrefectures;
  RegionLayer mProvinces;
  SpatialIndex mPrefectureIndex;
  SpatialIndex mProvinceIndex;
  LoadReport mReport;
};

}  // namespace cb
