// SPDX-License-Identifier: GPL-3.0-or-later
// The ellipses of each year and the steps of their centres, on points placed by hand.
#include "core/inference/centre_trajectory.h"

#include <gtest/gtest.h>

#include <cmath>

namespace cb {
namespace {

struct Rows {
  std::vector<double> x, y;
  std::vector<long long> rows;
  std::vector<std::optional<int>> years;
  void square(double cx, double cy, std::optional<int> year) {
    for (const auto& [dx, dy] : {std::pair{-10'000.0, -5'000.0}, {10'000.0, -5'000.0}, {10'000.0, 5'000.0},
                                 {-10'000.0, 5'000.0}}) {
      x.push_back(cx + dx);
      y.push_back(cy + dy);
      rows.push_back(static_cast<long long>(rows.size()) + 2);
      years.push_back(year);
    }
  }
};

// On the central meridian of China Albers (105° E) grid north is true north.
constexpr double kY = 3'500'000.0;

TEST(CentreTrajectory, AStepOfAHundredKilometresEastInTwoYears) {
  Rows r;
  r.square(0.0, kY, 2019);
  r.square(100'000.0, kY, 2021);
  const CentreTrajectory t = centreTrajectory("clusters", r.x, r.y, r.rows, r.years, false, {});
  ASSERT_EQ(t.periods.size(), 2U);
  EXPECT_EQ(t.periods[0].year, 2019);
  EXPECT_EQ(t.periods[1].points, 4U);
  ASSERT_EQ(t.steps.size(), 1U);
  const TrajectoryStep& s = t.steps[0];
  // Albers is not equidistant. The centres are at 105° E and 106.0866° E on 32.917° N
  // (gdaltransform); along that parallel N·cos φ·Δλ = 6 384 460 m · 0.83950 · 0.018965 rad
  // = 101.65 km, and the geodesic is shorter than the parallel's arc by metres only.
  EXPECT_NEAR(s.distanceKm, 101.65, 0.05);
  EXPECT_NEAR(s.bearingDeg, 90.0, 1.0);  // east, bent slightly by the parallel's curvature
  EXPECT_NEAR(s.speedKmPerYear, s.distanceKm / 2.0, 1e-9);
  EXPECT_NEAR(s.areaChangePercent, 0.0, 1.0);  // the same square: only the scale changes
  EXPECT_NEAR(s.majorChangeKm, 0.0, 1e-6);
  EXPECT_NEAR(s.flatteningChange, 0.0, 1e-9);
}

TEST(CentreTrajectory, CumulativePeriodsHoldEveryRowUpToTheirYear) {
  Rows r;
  r.square(0.0, kY, 2019);
  r.square(100'000.0, kY, 2021);
  const CentreTrajectory t = centreTrajectory("clusters", r.x, r.y, r.rows, r.years, true, {});
  ASSERT_EQ(t.periods.size(), 2U);
  EXPECT_EQ(t.periods[1].points, 8U);
  EXPECT_NEAR(t.periods[1].ellipse.sde.center.x, 50'000.0, 1e-6);
  EXPECT_NEAR(t.steps[0].distanceKm, 50.0, 1.0);
  EXPECT_GT(t.steps[0].areaChangeKm2, 0.0);  // spread over both squares: a larger ellipse
  EXPECT_GT(t.steps[0].majorChangeKm, 0.0);
}

TEST(CentreTrajectory, RowsWithoutAYearAreNamedAndAYearOfTwoPointsHasNoEllipse) {
  Rows r;
  r.square(0.0, kY, 2019);
  r.square(0.0, kY + 200'000.0, std::nullopt);
  r.x.push_back(1.0);
  r.y.push_back(kY);
  r.rows.push_back(40);
  r.years.push_back(2020);
  r.x.push_back(2.0);
  r.y.push_back(kY + 1.0);
  r.rows.push_back(41);
  r.years.push_back(2020);
  r.square(0.0, kY - 100'000.0, 2021);
  const CentreTrajectory t = centreTrajectory("belts", r.x, r.y, r.rows, r.years, false, {});
  ASSERT_EQ(t.periods.size(), 3U);
  EXPECT_FALSE(t.periods[1].ellipse.hasEllipse);
  ASSERT_EQ(t.steps.size(), 1U);  // 2019 → 2021, over the year without an ellipse
  EXPECT_EQ(t.steps[0].fromYear, 2019);
  EXPECT_EQ(t.steps[0].toYear, 2021);
  EXPECT_NEAR(t.steps[0].bearingDeg, 180.0, 0.5);
  std::size_t noYear = 0;
  for (const SdeMessage& m : t.messages) noYear += m.text.find("no year") != std::string::npos ? 1 : 0;
  EXPECT_EQ(noYear, 4U);
  EXPECT_EQ(t.messages.front().row, 6);
}

}  // namespace
}  // namespace cb
