// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/analysis.h"
#include "tests/analysis_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace cb {
namespace {

const std::string kData = CB_TEST_DATA_DIR;

AnalysisInputs fixtureInputs() { return test::matchFixtureInputs(); }

TEST(Analysis, RunsTheWholeChainOnFixtures) {
  const auto analysis = runAnalysis(fixtureInputs());
  ASSERT_TRUE(analysis->boundaries);
  EXPECT_GT(analysis->boundaries->prefectures().size(), 360u);
  EXPECT_EQ(analysis->clusters.records.size(), 8u);
  // The match is the match engine's on the same tables.
  EXPECT_EQ(analysis->match.clusters.size() + analysis->match.unresolvedClusters, 8u);
  const CityMatch* shenzhen = analysis->city("440300");
  ASSERT_NE(shenzhen, nullptr);
  EXPECT_EQ(shenzhen->name, "深圳市");
  EXPECT_EQ(shenzhen->clusters.size(), 3u);
  EXPECT_TRUE(analysis->cityPoint("440300").has_value());
  EXPECT_EQ(analysis->city("999999"), nullptr);
  // Ellipses: the five study groups are computed from the same tables.
  EXPECT_NE(analysis->ellipses.find("clusters"), nullptr);
  EXPECT_NE(analysis->ellipses.find("belts"), nullptr);
  EXPECT_FALSE(analysis->unitList.empty());
}

TEST(Analysis, RowsArePlacedOnceForTheMatchAndTheEllipses) {
  const auto analysis = runAnalysis(fixtureInputs());
  const RowPlacements& places = analysis->placements;
  ASSERT_EQ(places.clusters.placed.size(), analysis->match.clusters.size());
  ASSERT_EQ(places.belts.placed.size(), analysis->match.belts.size());
  EXPECT_EQ(places.clusters.unplaced.size() + places.belts.unplaced.size(), analysis->match.unresolved.size());
  for (std::size_t i = 0; i < places.clusters.placed.size(); ++i) {
    EXPECT_EQ(places.clusters.placed[i].code, analysis->match.clusters[i].code);
    EXPECT_EQ(analysis->clusters.records[places.clusters.placed[i].record].row, analysis->match.clusters[i].row);
  }
  // Every row is somewhere: placed, or listed with its reason.
  EXPECT_EQ(places.clusters.placed.size() + places.clusters.unplaced.size(), analysis->clusters.records.size());
  EXPECT_EQ(places.belts.placed.size() + places.belts.unplaced.size(), analysis->belts.records.size());
}

TEST(Analysis, ReusesLoadedBoundaries) {
  const auto first = runAnalysis(fixtureInputs());
  const auto second = runAnalysis(fixtureInputs(), first->boundaries);
  EXPECT_EQ(first->boundaries.get(), second->boundaries.get());
}

TEST(Analysis, ManualPlacementResolvesAnUnresolvedRow) {
  AnalysisInputs inputs = fixtureInputs();
  const auto before = runAnalysis(inputs);
  ASSERT_FALSE(before->match.unresolved.empty()) << "the fixture has an unresolvable row";
  const UnplacedRow unresolved = before->match.unresolved.front();
  ASSERT_EQ(unresolved.kind, PointKind::Cluster);
  inputs.manual.push_back({PointKind::Cluster, unresolved.row, "330300"});  // 温州市
  const auto after = runAnalysis(inputs);
  EXPECT_EQ(after->match.unresolved.size(), before->match.unresolved.size() - 1);
  EXPECT_EQ(after->match.summary.clusters, before->match.summary.clusters + 1);
  const auto placed = std::find_if(after->match.clusters.begin(), after->match.clusters.end(),
                                   [&](const MatchEntry& e) { return e.row == unresolved.row; });
  ASSERT_NE(placed, after->match.clusters.end());
  EXPECT_EQ(placed->code, "330300");
}

TEST(Analysis, NamesAMissingFile) {
  AnalysisInputs inputs = fixtureInputs();
  inputs.belts.path = kData + "/no_such_belts.csv";
  try {
    runAnalysis(inputs);
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("no_such_belts.csv"), std::string::npos) << e.what();
  }
}

TEST(Analysis, StopsWhenCancelled) {
  const std::atomic<bool> cancel{true};
  EXPECT_THROW(runAnalysis(fixtureInputs(), nullptr, &cancel), Cancelled);
}

}  // namespace
}  // namespace cb
