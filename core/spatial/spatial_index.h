// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include "core/geometry/geometry.h"

namespace cb {

/// A packed R-tree (Boost.Geometry) over feature bounding boxes, for culling and hit candidates.
/// Built once, then read-only: safe to query from several threads.
class SpatialIndex {
 public:
  SpatialIndex();
  /// Boxes in any one unit (China Albers metres for regions); index i is feature i.
  explicit SpatialIndex(const std::vector<Box2>& boxes);
  ~SpatialIndex();
  SpatialIndex(SpatialIndex&&) noexcept;
  SpatialIndex& operator=(SpatialIndex&&) noexcept;

  /// Indices of the features whose boxes intersect `box`, in ascending order.
  [[nodiscard]] std::vector<std::size_t> query(const Box2& box) const;
  /// Indices of the features whose boxes contain `point`, in ascending order.
  [[nodiscard]] std::vector<std::size_t> query(const Point2& point) const;
  [[nodiscard]] std::size_t size() const;

 private:
  struct Tree;
  std::unique_ptr<Tree> mTree;
};

}  // namespace cb
