// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPainterPath>
#include <memory>
#include <vector>

#include "core/model/boundary_map.h"

namespace cb::render {

/// QPainterPaths of every region at every level of detail, in world coordinates (China Albers
/// metres), built once per BoundaryMap. Painting sets a world transform instead of rebuilding
/// paths, so pan and zoom never touch geometry. Immutable after construction: thread-safe to read.
class PathCache {
 public:
  explicit PathCache(std::shared_ptr<const BoundaryMap> boundaries);

  [[nodiscard]] const BoundaryMap& boundaries() const { return *mBoundaries; }
  [[nodiscard]] const std::shared_ptr<const BoundaryMap>& boundariesPtr() const { return mBoundaries; }
  [[nodiscard]] const QPainterPath& prefecture(std::size_t index, std::size_t lod) const {
    return mPrefectures[index][lod];
  }
  [[nodiscard]] const QPainterPath& province(std::size_t index, std::size_t lod) const {
    return mProvinces[index][lod];
  }

  /// The coarsest level of detail whose tolerance stays under about half a pixel.
  [[nodiscard]] static std::size_t lodFor(double metresPerPixel);

 private:
  std::shared_ptr<const BoundaryMap> mBoundaries;
  std::vector<std::vector<QPainterPath>> mPrefectures;  // [region][lod]
  std::vector<std::vector<QPainterPath>> mProvinces;
};

}  // namespace cb::render
