// SPDX-License-Identifier: GPL-3.0-or-later
// The Monte Carlo tests of the study's figures on matches small enough to work out by hand.
#include "core/inference/permutation_test.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "../analysis_fixture.h"

namespace cb {
namespace {

// A match of hand-made rows: cluster and belt cities, one industry group each.
struct HandMatch {
  MatchReport report;
  void cluster(const std::string& code, std::size_t group, const std::string& programme = "P") {
    MatchEntry e;
    e.code = code;
    e.program = programme;
    e.groups.set(group);
    e.related = e.groups;
    report.clusters.push_back(e);
    report.byProgram[programme];
  }
  void belt(const std::string& code, std::size_t group) {
    MatchEntry e;
    e.code = code;
    e.groups.set(group);
    report.belts.push_back(e);
  }
};

const PermutationFigure& figure(const PermutationTest& test, const std::string& name, const std::string& programme = "") {
  for (const PermutationFigure& f : test.figures) {
    if (f.figure == name && f.programme == programme) return f;
  }
  throw std::logic_error("no figure " + name);
}

TEST(PermutationTest, TwoCitiesWhoseBeltsSwapHalfTheTimeGiveAPValueOfAboutAHalf) {
  // X and Y each hold a cluster and a belt of the same industry. Shuffling the two belts'
  // industries keeps both matches (2) or loses both (0), each with probability 1/2.
  HandMatch m;
  m.cluster("110000", 0);
  m.cluster("120000", 1);
  m.belt("110000", 0);
  m.belt("120000", 1);
  PermutationOptions options;
  options.permutations = 9999;
  const PermutationTest test = runPermutationTest(m.report, {}, options);
  const PermutationFigure& identical = figure(test, "clusters_identical");
  EXPECT_EQ(identical.null.observed, 2.0);
  EXPECT_EQ(identical.whole, 2U);
  EXPECT_NEAR(identical.null.mean, 1.0, 0.05);
  EXPECT_NEAR(identical.null.pValue, 0.5, 0.02);
  EXPECT_EQ(identical.null.low, 0.0);
  EXPECT_EQ(identical.null.high, 2.0);
  // Null values 0 and 2 only: three integer bins (0, 1, 2), the middle one empty.
  ASSERT_EQ(identical.null.histogram.size(), 3U);
  EXPECT_EQ(identical.null.histogram[1], 0U);
  EXPECT_EQ(identical.null.histogram[0] + identical.null.histogram[2], 9999U);
  // The belts never leave their cities under this model.
  const PermutationFigure& both = figure(test, "cities_with_both");
  EXPECT_TRUE(both.fixedByModel);
  EXPECT_EQ(both.null.pValue, 1.0);
}

TEST(PermutationTest, ThirtyCitiesEachMatchingItsOwnIndustryIsSignificant) {
  // 30 cities, each with a cluster and a belt of its own industry: a random relabelling keeps a
  // Poisson(1) number of fixed points, so no replicate reaches 30 and p = 1 / (N + 1).
  HandMatch m;
  for (std::size_t i = 0; i < 30; ++i) {
    const std::string code = std::to_string(110000 + i * 100);
    m.cluster(code, i);
    m.belt(code, i);
  }
  PermutationOptions options;
  options.permutations = 999;
  const PermutationTest test = runPermutationTest(m.report, {}, options);
  const PermutationFigure& identical = figure(test, "clusters_identical");
  EXPECT_EQ(identical.null.observed, 30.0);
  EXPECT_EQ(identical.null.atLeastObserved, 0U);
  EXPECT_DOUBLE_EQ(identical.null.pValue, 1.0 / 1000.0);
  EXPECT_NEAR(identical.null.mean, 1.0, 0.15);
  EXPECT_EQ(figure(test, "clusters_identical_or_similar", "P").null.observed, 30.0);
}

TEST(PermutationTest, MovingBeltsAmongAHundredPrefecturesFindsTheTenSharedCitiesSignificant) {
  // Clusters and belts in the same 10 of 100 prefectures; moved at random, the belts' 10 cities
  // meet the clusters' in 10·10/100 = 1 city on average.
  HandMatch m;
  std::vector<UnitWeight> units;
  for (std::size_t i = 0; i < 100; ++i) units.push_back({std::to_string(110000 + i * 100), 1.0});
  for (std::size_t i = 0; i < 10; ++i) {
    m.cluster(units[i].code, 0);
    m.belt(units[i].code, 1);
  }
  PermutationOptions options;
  options.model = BeltNullModel::MovePrefectures;
  options.permutations = 9999;
  const PermutationTest test = runPermutationTest(m.report, units, options);
  const PermutationFigure& both = figure(test, "cities_with_both");
  EXPECT_FALSE(both.fixedByModel);
  EXPECT_EQ(both.null.observed, 10.0);
  EXPECT_EQ(both.whole, 10U);
  EXPECT_NEAR(both.null.mean, 1.0, 0.05);
  EXPECT_DOUBLE_EQ(both.null.pValue, 1.0 / 10000.0);
  EXPECT_EQ(test.candidateUnits, 100U);
  // Belts of another industry: no match in any arrangement.
  EXPECT_EQ(figure(test, "clusters_identical").null.high, 0.0);
}

TEST(PermutationTest, AllTheWeightOnTheClustersCityPutsEveryBeltThereSoNothingIsSignificant) {
  HandMatch m;
  m.cluster("110000", 0);
  m.belt("120000", 0);
  const std::vector<UnitWeight> units = {{"110000", 5.0}, {"120000", 0.0}, {"130000", 0.0}};
  PermutationOptions options;
  options.model = BeltNullModel::PlaceByWeight;
  options.permutations = 99;
  const PermutationTest test = runPermutationTest(m.report, units, options);
  const PermutationFigure& both = figure(test, "cities_with_both");
  EXPECT_EQ(both.null.observed, 0.0);
  EXPECT_EQ(both.null.mean, 1.0);
  EXPECT_EQ(both.null.atLeastObserved, 99U);
  EXPECT_EQ(both.null.pValue, 1.0);
}

TEST(PermutationTest, RefusesFewerThan99PermutationsAndNegativeWeights) {
  HandMatch m;
  m.cluster("110000", 0);
  m.belt("110000", 0);
  PermutationOptions options;
  options.permutations = 98;
  try {
    runPermutationTest(m.report, {}, options);
    FAIL() << "98 permutations were accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("at least 99"), std::string::npos) << e.what();
  }
  options.permutations = 99;
  options.model = BeltNullModel::PlaceByWeight;
  try {
    runPermutationTest(m.report, {{"130000", -1.0}}, options);
    FAIL() << "a negative weight was accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("130000"), std::string::npos) << e.what();
  }
}

TEST(PermutationTest, TheSameSeedGivesTheSameResultOnOneThreadAndOnFour) {
  const auto analysis = test::matchFixture();
  PermutationOptions options;
  options.model = BeltNullModel::MovePrefectures;
  options.permutations = 999;
  std::vector<UnitWeight> units;
  for (const PrefectureUnit& unit : analysis->unitList) units.push_back({unit.code, 1.0});
  options.threads = 1;
  const PermutationTest one = runPermutationTest(analysis->match, units, options);
  options.threads = 4;
  const PermutationTest four = runPermutationTest(analysis->match, units, options);
  ASSERT_EQ(one.figures.size(), four.figures.size());
  for (std::size_t f = 0; f < one.figures.size(); ++f) {
    EXPECT_EQ(one.figures[f].null.histogram, four.figures[f].null.histogram) << one.figures[f].figure;
    EXPECT_EQ(one.figures[f].null.pValue, four.figures[f].null.pValue);
  }
  options.seed = 7;
  const PermutationTest other = runPermutationTest(analysis->match, units, options);
  EXPECT_NE(other.figures[1].null.histogram, one.figures[1].null.histogram);
}

TEST(PermutationTest, TheObservedFiguresAreTheMatchsOwn) {
  const auto analysis = test::matchFixture();
  const MatchReport& match = analysis->match;
  PermutationOptions options;
  options.permutations = 99;
  const PermutationTest test = runPermutationTest(match, {}, options);
  EXPECT_EQ(figure(test, "cities_with_both").null.observed, static_cast<double>(match.summary.citiesWithBoth));
  EXPECT_EQ(figure(test, "cities_with_both").whole, match.summary.citiesWithClusters);
  EXPECT_EQ(figure(test, "clusters_identical").null.observed, static_cast<double>(match.summary.identical));
  EXPECT_EQ(figure(test, "clusters_identical_or_similar").null.observed,
            static_cast<double>(match.summary.identicalOrSimilar()));
  for (const auto& [programme, tally] : match.byProgram) {
    EXPECT_EQ(figure(test, "clusters_identical", programme).null.observed, static_cast<double>(tally.identical));
    EXPECT_EQ(figure(test, "cities_with_both", programme).null.observed, static_cast<double>(tally.citiesWithBoth));
    EXPECT_EQ(figure(test, "clusters_identical_or_similar", programme).whole, tally.clusters);
  }
}

}  // namespace
}  // namespace cb
