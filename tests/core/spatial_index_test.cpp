// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spatial/spatial_index.h"

#include <gtest/gtest.h>

#include "core/io/boundary_map_reader.h"
#include "core/model/boundary_map.h"

namespace cb {
namespace {

Box2 box(double x0, double y0, double x1, double y1) {
  Box2 b;
  b.expand({x0, y0});
  b.expand({x1, y1});
  return b;
}

TEST(SpatialIndex, FindsIntersectingBoxesInOrder) {
  const SpatialIndex index({box(0, 0, 10, 10), box(20, 20, 30, 30), box(5, 5, 25, 25), Box2{}});
  EXPECT_EQ(index.size(), 3u);  // the empty box is not indexed
  EXPECT_EQ(index.query(box(8, 8, 9, 9)), (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(index.query(Point2{28, 28}), (std::vector<std::size_t>{1}));
  EXPECT_TRUE(index.query(box(100, 100, 101, 101)).empty());
}

TEST(BoundaryMap, FindsThePrefectureUnderAPointButNotInAHole) {
  const auto map = loadBoundaryMap(std::string(CB_TEST_DATA_DIR) + "/regions/regions.geojson");
  const RegionLayer& layer = map->prefectures();
  const std::size_t guangzhou = *layer.indexOfCode("440100");
  // The label point is inside; the bounding-box centre of 广州 is in its hole.
  EXPECT_EQ(map->prefectureAt(layer.regions()[guangzhou].labelPoint), guangzhou);
  EXPECT_EQ(map->prefectureAt(layer.regions()[guangzhou].bounds.center()), std::nullopt);
  EXPECT_TRUE(map->provinces().empty());
}

}  // namespace
}  // namespace cb
