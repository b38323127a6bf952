// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_renderer.h"

#include <gtest/gtest.h>

#include <QPainter>

#include "core/io/boundary_map_reader.h"
#include "core/model/boundary_map.h"
#include "image_compare.h"

namespace cb::render {
namespace {

std::shared_ptr<const BoundaryMap> fixture() {
  return loadBoundaryMap(std::string(CB_TEST_DATA_DIR) + "/regions/regions.geojson");
}

/// Deterministic settings for golden images: no antialiasing, no text (fonts differ by machine).
MapStyle goldenStyle() {
  MapStyle style;
  style.antialiasing = false;
  style.showLabels = false;
  return style;
}

TEST(MapRenderer, MatchesTheGoldenImage) {
  const PathCache paths(fixture());
  const ViewTransform view = ViewTransform::fitting(paths.boundaries().extent(), 320, 400, 10);
  const QImage image = renderMapImage(paths, view, goldenStyle());
  const QString problem = test::checkAgainstGolden(image, QStringLiteral("regions_320x400.png"), 8, 40);
  EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
}

TEST(MapRenderer, FillsInsideAndLeavesHolesAndSeaEmpty) {
  const auto map = fixture();
  const PathCache paths(map);
  const MapStyle style = goldenStyle();
  const ViewTransform view = ViewTransform::fitting(map->extent(), 320, 400, 10);
  const QImage image = renderMapImage(paths, view, style);
  const auto pixelAt = [&](const Point2& world) {
    const Point2 device = view.toDevice(world);
    return image.pixelColor(static_cast<int>(device.x), static_cast<int>(device.y));
  };
  const Region& guangzhou = map->prefectures().regions()[*map->prefectures().indexOfCode("440100")];
  EXPECT_EQ(pixelAt(guangzhou.labelPoint), style.prefectureFill);
  EXPECT_EQ(pixelAt(guangzhou.bounds.center()), style.background);  // the hole
  EXPECT_EQ(image.pixelColor(2, 2), style.background);
}

TEST(MapRenderer, CancelledRenderReturnsNothing) {
  const PathCache paths(fixture());
  const ViewTransform view = ViewTransform::fitting(paths.boundaries().extent(), 100, 100);
  const std::atomic<bool> cancel{true};
  EXPECT_TRUE(renderMapImage(paths, view, goldenStyle(), 1.0, &cancel).isNull());
}

TEST(MapRenderer, ChoosesCoarserDetailWhenZoomedOut) {
  EXPECT_EQ(PathCache::lodFor(1.0), 0u);
  EXPECT_EQ(PathCache::lodFor(600.0), 1u);
  EXPECT_EQ(PathCache::lodFor(2500.0), 2u);
  EXPECT_EQ(PathCache::lodFor(10000.0), 3u);
}

}  // namespace
}  // namespace cb::render
