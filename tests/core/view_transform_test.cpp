// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scene/view_transform.h"

#include <gtest/gtest.h>

namespace cb {
namespace {

TEST(ViewTransform, RoundTripsAndFlipsY) {
  const ViewTransform view({1000.0, 2000.0}, 50.0, 800.0, 600.0);
  const Point2 device = view.toDevice({1000.0, 2000.0});
  EXPECT_DOUBLE_EQ(device.x, 400.0);
  EXPECT_DOUBLE_EQ(device.y, 300.0);
  // North (larger y in metres) is up (smaller y in pixels).
  EXPECT_LT(view.toDevice({1000.0, 3000.0}).y, 300.0);
  const Point2 world = view.toWorld({123.0, 456.0});
  const Point2 back = view.toDevice(world);
  EXPECT_NEAR(back.x, 123.0, 1e-9);
  EXPECT_NEAR(back.y, 456.0, 1e-9);
}

TEST(ViewTransform, FitsAnExtentWithItsMargin) {
  Box2 extent;
  extent.expand({-2000.0, 0.0});
  extent.expand({2000.0, 1000.0});
  const ViewTransform view = ViewTransform::fitting(extent, 420.0, 420.0, 10.0);
  EXPECT_DOUBLE_EQ(view.metresPerPixel(), 10.0);  // 4000 m over 400 usable pixels
  const Box2 visible = view.visibleExtent();
  EXPECT_LE(visible.minX, extent.minX);
  EXPECT_GE(visible.maxY, extent.maxY);
}

TEST(ViewTransform, ZoomKeepsThePointUnderTheCursor) {
  const ViewTransform view({0.0, 0.0}, 100.0, 800.0, 600.0);
  const Point2 cursor{100.0, 500.0};
  const Point2 before = view.toWorld(cursor);
  const ViewTransform zoomed = view.zoomedAt(cursor, 2.0);
  EXPECT_DOUBLE_EQ(zoomed.metresPerPixel(), 50.0);
  const Point2 after = zoomed.toWorld(cursor);
  EXPECT_NEAR(after.x, before.x, 1e-9);
  EXPECT_NEAR(after.y, before.y, 1e-9);
}

TEST(ViewTransform, PanMovesContentWithTheMouse) {
  const ViewTransform view({0.0, 0.0}, 10.0, 800.0, 600.0);
  const Point2 world{500.0, 500.0};
  const Point2 before = view.toDevice(world);
  const Point2 after = view.pannedBy(30.0, -20.0).toDevice(world);
  EXPECT_NEAR(after.x - before.x, 30.0, 1e-9);
  EXPECT_NEAR(after.y - before.y, -20.0, 1e-9);
}

}  // namespace
}  // namespace cb
