// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crs/coordinate_transform.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace cb {
namespace {

struct KnownPlace {
  const char* name;
  Point2 lonLat;
};

// Round trips to under a millimetre at the corners of China's mainland.
TEST(CoordinateTransform, RoundTripsKnownPlacesUnderOneMillimetre) {
  const CoordinateTransform toAlbers = CoordinateTransform::wgs84ToChinaAlbers();
  for (const KnownPlace& place : {KnownPlace{"Beijing", {116.4074, 39.9042}},
                                  KnownPlace{"Urumqi", {87.6168, 43.8256}},
                                  KnownPlace{"Sanya", {109.5120, 18.2528}}}) {
    const Point2 metres = toAlbers.forward(place.lonLat);
    const Point2 back = toAlbers.inverse(metres);
    // 1 mm is about 9e-9 degrees of latitude.
    EXPECT_NEAR(back.x, place.lonLat.x, 1e-8) << place.name;
    EXPECT_NEAR(back.y, place.lonLat.y, 1e-8) << place.name;
  }
}

TEST(CoordinateTransform, UsesLongitudeFirstAndTheCentralMeridian) {
  const CoordinateTransform toAlbers = CoordinateTransform::wgs84ToChinaAlbers();
  // On the central meridian (105°E) easting is zero; east of it positive; north of the equator
  // northing grows with latitude.
  const Point2 onMeridian = toAlbers.forward({105.0, 35.0});
  EXPECT_NEAR(onMeridian.x, 0.0, 1e-6);
  EXPECT_GT(onMeridian.y, 3.5e6);
  const Point2 beijing = toAlbers.forward({116.4074, 39.9042});
  EXPECT_GT(beijing.x, 900e3);
  EXPECT_LT(beijing.x, 1100e3);
  const Point2 urumqi = toAlbers.forward({87.6168, 43.8256});
  EXPECT_LT(urumqi.x, -1.3e6);
}

TEST(CoordinateTransform, BatchMatchesSinglePoints) {
  const CoordinateTransform toAlbers = CoordinateTransform::wgs84ToChinaAlbers();
  std::vector<Point2> points = {{116.4074, 39.9042}, {87.6168, 43.8256}, {109.5120, 18.2528}};
  const std::vector<Point2> original = points;
  EXPECT_EQ(toAlbers.forwardInPlace(points), 0u);
  for (std::size_t i = 0; i < points.size(); ++i) {
    const Point2 single = toAlbers.forward(original[i]);
    EXPECT_DOUBLE_EQ(points[i].x, single.x);
    EXPECT_DOUBLE_EQ(points[i].y, single.y);
  }
}

TEST(CoordinateTransform, MovesOwnership) {
  CoordinateTransform a = CoordinateTransform::wgs84ToChinaAlbers();
  CoordinateTransform b = std::move(a);
  EXPECT_TRUE(std::isfinite(b.forward({110.0, 30.0}).x));
}

TEST(CoordinateTransform, RejectsUnknownCrs) {
  EXPECT_THROW(CoordinateTransform("EPSG:999999", "EPSG:4326"), std::runtime_error);
}

}  // namespace
}  // namespace cb
