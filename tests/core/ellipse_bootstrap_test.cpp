// SPDX-License-Identifier: GPL-3.0-or-later
// Bootstrap intervals of ellipses against what sampling theory gives for the mean centre.
#include "core/inference/ellipse_bootstrap.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

namespace cb {
namespace {

struct Points {
  std::vector<double> x, y;
};

// A 20 × 20 grid, 1000 m apart in x and 3000 m in y, about (500 km, 4000 km) of China Albers.
Points grid() {
  Points p;
  for (int i = 0; i < 20; ++i) {
    for (int j = 0; j < 20; ++j) {
      p.x.push_back(500'000.0 + 1000.0 * i);
      p.y.push_back(4'000'000.0 + 3000.0 * j);
    }
  }
  return p;
}

double populationSd(const std::vector<double>& v) {
  double mean = 0.0;
  for (const double x : v) mean += x;
  mean /= static_cast<double>(v.size());
  double ss = 0.0;
  for (const double x : v) ss += (x - mean) * (x - mean);
  return std::sqrt(ss / static_cast<double>(v.size()));
}

TEST(EllipseBootstrap, TheCentresIntervalIsWhatTheStandardErrorOfTheMeanGives) {
  // For n = 400 points the mean's standard error is σ/√n; a 95 % percentile interval spans
  // about 2 × 1.96 of it.
  const Points p = grid();
  BootstrapOptions options;
  options.replicates = 999;
  const EllipseBootstrap b = bootstrapEllipse(p.x, p.y, {}, options);
  ASSERT_TRUE(b.computed) << b.reason;
  EXPECT_EQ(b.replicates, 999U);
  const double seX = populationSd(p.x) / 20.0;
  const double seY = populationSd(p.y) / 20.0;
  EXPECT_NEAR(b.centreX.high - b.centreX.low, 2 * 1.96 * seX, 0.12 * 2 * 1.96 * seX);
  EXPECT_NEAR(b.centreY.high - b.centreY.low, 2 * 1.96 * seY, 0.12 * 2 * 1.96 * seY);
  EXPECT_LT(b.centreX.low, b.centreX.estimate);
  EXPECT_GT(b.centreX.high, b.centreX.estimate);
  EXPECT_LT(b.major.low, b.major.estimate);
  EXPECT_GT(b.area.high, b.area.estimate);
  // The centre's region: about the estimate, its half-axes √(−2 ln 0.05) ≈ 2.45 standard errors.
  ASSERT_FALSE(b.centreRegion.empty());
  double maxDy = 0.0;
  for (const Point2& v : b.centreRegion) maxDy = std::max(maxDy, std::abs(v.y - b.centreY.estimate));
  EXPECT_NEAR(maxDy, 2.4477 * seY, 0.12 * 2.4477 * seY);
}

TEST(EllipseBootstrap, ThePoissonBootstrapOfLargeInputsGivesTheSameStandardError) {
  // Forced onto the path of inputs above a million points: each point enters a replicate
  // Poisson(1) times. The interval of the centre still spans about 2 × 1.96 standard errors.
  const Points p = grid();
  BootstrapOptions options;
  options.replicates = 999;
  options.caseResamplingLimit = 0;
  const EllipseBootstrap b = bootstrapEllipse(p.x, p.y, {}, options);
  ASSERT_TRUE(b.computed) << b.reason;
  EXPECT_EQ(b.method, "Poisson bootstrap");
  const double seY = populationSd(p.y) / 20.0;
  EXPECT_NEAR(b.centreY.high - b.centreY.low, 2 * 1.96 * seY, 0.12 * 2 * 1.96 * seY);
  EXPECT_LT(b.major.low, b.major.estimate);
  EXPECT_GT(b.major.high, b.major.estimate);
  options.threads = 1;
  const EllipseBootstrap one = bootstrapEllipse(p.x, p.y, {}, options);
  EXPECT_EQ(one.centreY.low, b.centreY.low) << "the seed, not the threads, fixes the result";
  options.caseResamplingLimit = kCaseResamplingLimit;
  EXPECT_EQ(bootstrapEllipse(p.x, p.y, {}, options).method, "case resampling");
}

TEST(EllipseBootstrap, TheAzimuthIntervalOfANorthSouthEllipseWrapsThroughNorth) {
  // Points spread along north–south with a slight tilt either way: the azimuth is near 0/180.
  // A naive percentile of values near 0 and near 180 would span most of the circle.
  Points p;
  for (int i = 0; i < 60; ++i) {
    p.y.push_back(1000.0 * i);
    p.x.push_back((i % 2 == 0 ? 1.0 : -1.0) * 100.0 + (i % 5) * 10.0);
  }
  BootstrapOptions options;
  options.replicates = 499;
  const EllipseBootstrap b = bootstrapEllipse(p.x, p.y, {}, options);
  ASSERT_TRUE(b.computed);
  const auto distance = [](double a, double c) { return std::min(std::fmod(std::abs(a - c), 180.0), 180.0 - std::fmod(std::abs(a - c), 180.0)); };
  EXPECT_LT(distance(b.azimuth.estimate, 0.0), 2.0);
  EXPECT_LT(distance(b.azimuth.low, b.azimuth.estimate), 5.0);
  EXPECT_LT(distance(b.azimuth.high, b.azimuth.estimate), 5.0);
}

TEST(EllipseBootstrap, EqualWeightsGiveTheUnweightedIntervalsAndTheSeedFixesThem) {
  const Points p = grid();
  const std::vector<double> twos(p.x.size(), 2.0);
  BootstrapOptions options;
  options.replicates = 199;
  options.threads = 1;
  const EllipseBootstrap plain = bootstrapEllipse(p.x, p.y, {}, options);
  options.threads = 2;
  const EllipseBootstrap weighted = bootstrapEllipse(p.x, p.y, twos, options);
  EXPECT_NEAR(plain.centreX.low, weighted.centreX.low, 1e-6);
  EXPECT_NEAR(plain.major.high, weighted.major.high, 1e-6);
  EXPECT_NEAR(plain.azimuth.low, weighted.azimuth.low, 1e-9);
  options.seed = 99;
  const EllipseBootstrap other = bootstrapEllipse(p.x, p.y, {}, options);
  EXPECT_NE(other.centreX.low, plain.centreX.low);
}

TEST(EllipseBootstrap, SaysWhyItHasNoIntervals) {
  BootstrapOptions options;
  const std::vector<double> two = {1.0, 2.0};
  EXPECT_FALSE(bootstrapEllipse(two, two, {}, options).computed);
  EXPECT_NE(bootstrapEllipse(two, two, {}, options).reason.find("fewer than 3"), std::string::npos);
  const std::vector<double> same(5, 7.0);
  EXPECT_EQ(bootstrapEllipse(same, same, {}, options).reason, "all points coincide");
  const std::vector<double> xs = {0, 1, 2, 3}, ys = {0, 2, 1, 3}, bad = {1, 1, -1, 1};
  EXPECT_NE(bootstrapEllipse(xs, ys, bad, options).reason.find("point 2"), std::string::npos);
  options.replicates = 50;
  EXPECT_THROW(bootstrapEllipse(xs, ys, {}, options), std::invalid_argument);
}

}  // namespace
}  // namespace cb
