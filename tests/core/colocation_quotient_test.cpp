// SPDX-License-Identifier: GPL-3.0-or-later
// The colocation quotients of point sets worked out by hand (formulas in colocation_quotient.h).
#include "core/inference/colocation_quotient.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace cb {
namespace {

ColocationOptions nearest(std::size_t k, std::size_t permutations = 99) {
  ColocationOptions options;
  options.k = k;
  options.permutations = permutations;
  return options;
}

TEST(ColocationQuotient, TwoClusterBeltPairsGiveOnePointFive) {
  // A(0,0) B(1,0) and A(10,0) B(11,0), k = 1: each cluster's nearest neighbour is a belt, so
  // C = 2 and CLQ = (2 / 2) / (2 / 3) = 1.5. Locally the one neighbour has all the kernel
  // weight: LCLQ = 1 / (2 / 3) = 1.5 for both.
  const ColocationResult r = colocationQuotient({{0, 0}, {10, 0}}, {{1, 0}, {11, 0}}, nearest(1));
  EXPECT_DOUBLE_EQ(r.cAB, 2.0);
  EXPECT_DOUBLE_EQ(r.clq, 1.5);
  ASSERT_EQ(r.local.size(), 2U);
  EXPECT_DOUBLE_EQ(r.local[0].value, 1.5);
  EXPECT_DOUBLE_EQ(r.local[1].value, 1.5);
  EXPECT_EQ(r.local[0].neighbours, 1U);
}

TEST(ColocationQuotient, NeighboursTiedAtTheNearestDistanceShareItsWeight) {
  // A(0,0) has a belt (1,0) and a cluster (−1,0) both at distance 1: each weighs ½, so A(0,0)
  // adds ½. A(−1,0)'s nearest is A(0,0): it adds 0. C = ½, CLQ = (½ / 2) / (2 / 3) = 0.375.
  // Locally the two tied neighbours have equal kernel weights: LCLQ = ½ / (2 / 3) = 0.75 and 0.
  const ColocationResult r = colocationQuotient({{0, 0}, {-1, 0}}, {{1, 0}, {100, 0}}, nearest(1));
  EXPECT_DOUBLE_EQ(r.cAB, 0.5);
  EXPECT_DOUBLE_EQ(r.clq, 0.375);
  EXPECT_DOUBLE_EQ(r.local[0].value, 0.75);
  EXPECT_EQ(r.local[0].neighbours, 2U);
  EXPECT_DOUBLE_EQ(r.local[1].value, 0.0);
}

TEST(ColocationQuotient, TheGaussianKernelWeighsNearNeighboursMore) {
  // k = 2 about A(0,0): a belt at 1 and a cluster at 2 (the bandwidth). Kernel weights are
  // exp(−½·1/4) and exp(−½), so N_{A→B} = e^{−1/8} / (e^{−1/8} + e^{−1/2}); N'_B/(N − 1) = 2/4.
  const ColocationResult r =
      colocationQuotient({{0, 0}, {0, 2}, {50, 50}}, {{1, 0}, {-60, -60}}, nearest(2));
  const double share = std::exp(-0.125) / (std::exp(-0.125) + std::exp(-0.5));
  EXPECT_NEAR(r.local[0].value, share / 0.5, 1e-12);
}

TEST(ColocationQuotient, ADistanceBandCountsEveryPointWithinIt) {
  // Band 2: A(0,0) sees only B(1,0) → 1; A(100,0) sees nothing → 0. C = 1, CLQ = (1/2)/(2/3).
  ColocationOptions options;
  options.neighbourhood = Neighbourhood::DistanceBand;
  options.bandMetres = 2.0;
  options.permutations = 99;
  const ColocationResult r = colocationQuotient({{0, 0}, {100, 0}}, {{1, 0}, {5, 0}}, options);
  EXPECT_DOUBLE_EQ(r.cAB, 1.0);
  EXPECT_DOUBLE_EQ(r.clq, 0.75);
  EXPECT_EQ(r.local[1].neighbours, 0U);
}

TEST(ColocationQuotient, TwentyPairsFarApartAreSignificant) {
  // Each cluster's nearest neighbour is its own belt: CLQ = 1 / (20 / 39) = 1.95. Relabelled at
  // random, a cluster's nearest neighbour is a belt about half the time: no replicate reaches it.
  std::vector<Point2> clusters, belts;
  for (int i = 0; i < 20; ++i) {
    clusters.push_back({1000.0 * i, 0});
    belts.push_back({1000.0 * i + 1, 0});
  }
  const ColocationResult r = colocationQuotient(clusters, belts, nearest(1, 999));
  EXPECT_DOUBLE_EQ(r.clq, 39.0 / 20.0);
  EXPECT_EQ(r.null.atLeastObserved, 0U);
  EXPECT_DOUBLE_EQ(r.null.pValue, 0.001);
  EXPECT_NEAR(r.null.mean, 1.0, 0.05);
  // Locally: a cluster's one neighbour is a belt with probability 20/39 under the null.
  EXPECT_NEAR(r.local[0].pValue, 20.0 / 39.0, 0.06);
}

TEST(ColocationQuotient, PointsAllAtOnePlaceAreNotSignificant) {
  // Every point is every other's neighbour: every labelling gives CLQ = 1, so p = 1.
  const std::vector<Point2> clusters(5, Point2{3, 4});
  const std::vector<Point2> belts(7, Point2{3, 4});
  const ColocationResult r = colocationQuotient(clusters, belts, nearest(3, 199));
  EXPECT_NEAR(r.clq, 1.0, 1e-12);
  EXPECT_EQ(r.null.atLeastObserved, 199U);
  EXPECT_EQ(r.null.pValue, 1.0);
  EXPECT_EQ(r.local[0].neighbours, 11U);
  EXPECT_EQ(r.local[0].pValue, 1.0);
}

TEST(ColocationQuotient, RefusesWhatItCannotCompute) {
  EXPECT_THROW(colocationQuotient({{0, 0}}, {}, nearest(1)), std::invalid_argument);
  EXPECT_THROW(colocationQuotient({{0, 0}}, {{1, 1}}, nearest(2)), std::invalid_argument);
  EXPECT_THROW(colocationQuotient({{0, 0}}, {{1, 1}}, nearest(1, 50)), std::invalid_argument);
}

TEST(ColocationQuotient, TheSameSeedGivesTheSameResultOnAnyNumberOfThreads) {
  std::vector<Point2> clusters, belts;
  for (int i = 0; i < 60; ++i) {
    clusters.push_back({std::fmod(i * 37.0, 101.0), std::fmod(i * 53.0, 97.0)});
    belts.push_back({std::fmod(i * 41.0, 103.0), std::fmod(i * 29.0, 89.0)});
  }
  ColocationOptions options = nearest(4, 499);
  options.threads = 1;
  const ColocationResult one = colocationQuotient(clusters, belts, options);
  options.threads = 3;
  const ColocationResult three = colocationQuotient(clusters, belts, options);
  EXPECT_EQ(one.null.pValue, three.null.pValue);
  EXPECT_EQ(one.null.histogram, three.null.histogram);
  for (std::size_t i = 0; i < one.local.size(); ++i) EXPECT_EQ(one.local[i].pValue, three.local[i].pValue);
}

}  // namespace
}  // namespace cb
