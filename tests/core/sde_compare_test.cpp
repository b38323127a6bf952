// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/sde_compare.h"

#include <cpl_json.h>
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <string>

namespace cb {
namespace {

EllipseShape shapeFrom(const CPLJSONObject& o) {
  const CPLJSONArray center = o.GetArray("center");
  return {{center[0].ToDouble(), center[1].ToDouble()}, o.GetDouble("a"), o.GetDouble("b"),
          o.GetDouble("azimuth_deg")};
}

// The overlap tests of sde_vectors.json, to their stated 1e-6 relative tolerance.
TEST(SdeCompare, OverlapVectors) {
  CPLJSONDocument document;
  ASSERT_TRUE(document.Load(std::string(CB_TEST_DATA_DIR) + "/sde_vectors.json"));
  const CPLJSONArray tests = document.GetRoot().GetArray("overlap_tests");
  ASSERT_GE(tests.Size(), 1);
  for (const CPLJSONObject& test : tests) {
    const std::string id = test.GetString("id");
    const EllipseComparison c =
        compareEllipses(shapeFrom(test.GetObj("ellipse_1")), shapeFrom(test.GetObj("ellipse_2")));
    const CPLJSONObject expected = test.GetObj("indices");
    const auto close = [&](double actual, const char* key) {
      const double e = expected.GetDouble(key);
      EXPECT_NEAR(actual, e, 1e-6 * std::abs(e)) << id << ' ' << key;
    };
    close(c.intersectionArea, "intersection_area");
    close(c.unionArea, "union_area");
    close(c.intersectionOverUnion, "jaccard_intersection_over_union");
    close(c.shareOfFirst, "intersection_over_area_1");
    close(c.shareOfSecond, "intersection_over_area_2");
    close(c.shareOfSmaller, "intersection_over_min_area");
    close(c.areaRatio, "area_ratio_2_over_1");
    EXPECT_NEAR(c.intersectionArea, test.GetDouble("intersection_area_exact"),
                1e-6 * test.GetDouble("intersection_area_exact"));
  }
}

TEST(SdeCompare, CentreShiftRotationAndShape) {
  const EllipseShape first{{1000.0, 2000.0}, 300.0, 100.0, 170.0};
  const EllipseShape second{{1030.0, 2040.0}, 600.0, 100.0, 10.0};
  const EllipseComparison c = compareEllipses(first, second);
  EXPECT_DOUBLE_EQ(c.centerShift, 50.0);
  EXPECT_NEAR(c.centerShiftBearingDeg, std::atan2(3.0, 4.0) * 180.0 / std::numbers::pi, 1e-12);
  EXPECT_NEAR(c.rotationDeg, 20.0, 1e-12);  // 170° → 10° is a turn of 20° clockwise, not −160°
  EXPECT_NEAR(c.areaRatio, 2.0, 1e-12);
  EXPECT_DOUBLE_EQ(c.majorChange, 300.0);
  EXPECT_DOUBLE_EQ(c.minorChange, 0.0);
  EXPECT_NEAR(c.axisRatioChange, 1.0 / 6.0 - 1.0 / 3.0, 1e-12);
  EXPECT_GT(c.eccentricityChange, 0.0);
  // Most of the smaller ellipse lies inside the larger one, which it turns against by 20°.
  EXPECT_GT(c.shareOfFirst, 0.5);
  EXPECT_LT(c.shareOfFirst, 1.0);
  EXPECT_NEAR(c.shareOfFirst / c.shareOfSecond, 2.0, 1e-12);
  EXPECT_NEAR(c.shareOfSecond, c.intersectionArea / (std::numbers::pi * 600.0 * 100.0), 1e-12);

  const EllipseComparison west = compareEllipses(first, {{900.0, 2000.0}, 300.0, 100.0, 170.0});
  EXPECT_NEAR(west.centerShiftBearingDeg, 270.0, 1e-12);
}

TEST(SdeCompare, IdenticalDisjointAndDegenerate) {
  const EllipseShape e{{5e5, 3e6}, 4e5, 1.5e5, 62.5};
  const EllipseComparison same = compareEllipses(e, e);
  EXPECT_NEAR(same.intersectionOverUnion, 1.0, 1e-7);
  EXPECT_NEAR(same.shareOfFirst, 1.0, 1e-7);
  EXPECT_DOUBLE_EQ(same.centerShift, 0.0);
  EXPECT_DOUBLE_EQ(same.rotationDeg, 0.0);

  const EllipseShape far{{5e5 + 2e6, 3e6}, 4e5, 1.5e5, 62.5};
  const EllipseComparison apart = compareEllipses(e, far);
  EXPECT_EQ(apart.intersectionArea, 0.0);
  EXPECT_EQ(apart.intersectionOverUnion, 0.0);

  // Rotated by 90° about the same centre: the lens of two crossed ellipses, symmetric shares.
  const EllipseShape crossed{{5e5, 3e6}, 4e5, 1.5e5, 152.5};
  const EllipseComparison cross = compareEllipses(e, crossed);
  EXPECT_NEAR(cross.rotationDeg, 90.0, 1e-12);
  EXPECT_NEAR(cross.shareOfFirst, cross.shareOfSecond, 1e-12);
  // Exact: 4ab·atan(b/a) for two congruent ellipses crossed at right angles.
  const double exact = 4.0 * 4e5 * 1.5e5 * std::atan(1.5e5 / 4e5);
  EXPECT_NEAR(cross.intersectionArea, exact, 1e-6 * exact);

  const EllipseShape line{{5e5, 3e6}, 4e5, 0.0, 62.5};
  const EllipseComparison degenerate = compareEllipses(e, line);
  EXPECT_EQ(degenerate.intersectionArea, 0.0);
  EXPECT_TRUE(std::isnan(degenerate.areaRatio) || degenerate.areaRatio == 0.0);
}

}  // namespace
}  // namespace cb
