// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spatial/spatial_index.h"

#include <algorithm>
#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <utility>

namespace cb {
namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

using BoostPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using BoostBox = bg::model::box<BoostPoint>;
using Entry = std::pair<BoostBox, std::size_t>;

struct SpatialIndex::Tree {
  bgi::rtree<Entry, bgi::rstar<16>> rtree;
};

namespace {
BoostBox toBoost(const Box2& b) { return {{b.minX, b.minY}, {b.maxX, b.maxY}}; }

std::vector<std::size_t> sortedIds(const std::vector<Entry>& hits) {
  std::vector<std::size_t> ids;
  ids.reserve(hits.size());
  for (const Entry& hit : hits) ids.push_back(hit.second);
  std::sort(ids.begin(), ids.end());  // paint order and hit order stay the feature order
  return ids;
}
}  // namespace

SpatialIndex::SpatialIndex() : mTree(std::make_unique<Tree>()) {}

SpatialIndex::SpatialIndex(const std::vector<Box2>& boxes) : mTree(std::make_unique<Tree>()) {
  std::vector<Entry> entries;
  entries.reserve(boxes.size());
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    if (!boxes[i].isEmpty()) entries.emplace_back(toBoost(boxes[i]), i);
  }
  // The range constructor bulk-loads (packs) the tree.
  mTree->rtree = bgi::rtree<Entry, bgi::rstar<16>>(entries.begin(), entries.end());
}

SpatialIndex::~SpatialIndex() = default;
SpatialIndex::SpatialIndex(SpatialIndex&&) noexcept = default;
SpatialIndex& SpatialIndex::operator=(SpatialIndex&&) noexcept = default;

std::vector<std::size_t> SpatialIndex::query(const Box2& box) const {
  std::vector<Entry> hits;
  if (!box.isEmpty()) mTree->rtree.query(bgi::intersects(toBoost(box)), std::back_inserter(hits));
  return sortedIds(hits);
}

std::vector<std::size_t> SpatialIndex::query(const Point2& point) const {
  std::vector<Entry> hits;
  mTree->rtree.query(bgi::intersects(BoostPoint(point.x, point.y)), std::back_inserter(hits));
  return sortedIds(hits);
}

std::size_t SpatialIndex::size() const { return mTree->rtree.size(); }

}  // namespace cb
