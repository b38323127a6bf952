// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis' ellipses over time: per year of the clusters' batch_year or cumulative, in the
// project file, and in Export Data.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/analysis/analysis.h"
#include "core/analysis/significance.h"
#include "core/export/analysis_export.h"
#include "core/export/significance_report.h"
#include "core/project/project_io.h"
#include "core/scene/layer_stack.h"
#include "tests/analysis_fixture.h"

namespace cb {
namespace {

std::size_t rowsOfYear(const PointTable& table, int year) {
  std::size_t n = 0;
  for (const PointRecord& r : table.records) n += r.year && *r.year == year ? 1 : 0;
  return n;
}

TEST(AnalysisOverTime, EachYearOfTheClustersIsAPeriodWithItsRows) {
  const auto analysis = test::matchFixture();
  const CentreTrajectory* clusters = analysis->trajectory("clusters");
  ASSERT_NE(clusters, nullptr);
  EXPECT_FALSE(clusters->cumulative);
  ASSERT_GE(clusters->periods.size(), 2U);
  for (const PeriodEllipse& period : clusters->periods) {
    // The placed rows of the year: at most the table's rows of that year.
    EXPECT_LE(period.points, rowsOfYear(analysis->clusters, period.year)) << period.year;
    EXPECT_GT(period.points, 0U);
    // Two rows make no ellipse, and say so.
    if (period.points < 3) {
      EXPECT_FALSE(period.ellipse.hasEllipse);
    }
  }
  EXPECT_EQ(analysis->trajectory("no such group"), nullptr);
}

TEST(AnalysisOverTime, CumulativeYearsHoldEveryRowUpToTheYear) {
  AnalysisInputs inputs = test::matchFixtureInputs();
  inputs.cumulativeYears = true;
  const auto analysis = runAnalysis(inputs);
  const CentreTrajectory* clusters = analysis->trajectory("clusters");
  ASSERT_NE(clusters, nullptr);
  EXPECT_TRUE(clusters->cumulative);
  std::size_t previous = 0;
  for (const PeriodEllipse& period : clusters->periods) {
    EXPECT_GE(period.points, previous);
    previous = period.points;
  }
  const CentreTrajectory* perYear = test::matchFixture()->trajectory("clusters");
  EXPECT_GT(clusters->periods.back().points, perYear->periods.back().points);
}

TEST(AnalysisOverTime, AProjectKeepsTheCumulativeChoiceAndTheTrajectoryLayer) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "cb_over_time_project";
  std::filesystem::create_directories(dir);
  Project project;
  project.inputs = test::matchFixtureInputs();
  project.inputs.cumulativeYears = true;
  LayerStack layers = LayerStack::studyDefaults();
  layers.find("trajectory")->groups = {"belts", "clusters"};
  project.layers = layers.toJsonText();
  const std::filesystem::path file = dir / "t.cbproj";
  saveProject(project, file);
  const LoadedProject loaded = loadProject(file);
  EXPECT_TRUE(loaded.project.inputs.cumulativeYears);
  const auto back = LayerStack::fromJsonText(loaded.project.layers);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->find("trajectory")->groups, (std::vector<std::string>{"belts", "clusters"}));
  EXPECT_EQ(back->find("trajectory")->kind, LayerKind::Trajectory);
}

TEST(AnalysisOverTime, ExportDataWritesOneRowPerGroupAndYear) {
  const auto analysis = test::matchFixture();
  const std::filesystem::path file = std::filesystem::temp_directory_path() / "cb_over_time.csv";
  std::size_t expected = 0;
  for (const CentreTrajectory& t : analysis->trajectories) expected += t.periods.size();
  EXPECT_EQ(exportAnalysis(*analysis, ExportWhat::OverTime, file), expected);
  std::ifstream in(file, std::ios::binary);
  std::string header;
  std::getline(in, header);
  EXPECT_NE(header.find("group,cumulative,year,points"), std::string::npos) << header;
  EXPECT_NE(header.find("distance_km,bearing_deg,speed_km_per_year"), std::string::npos);
  EXPECT_EQ(parseExportWhat("over-time"), ExportWhat::OverTime);
}

TEST(SignificanceTables, EveryPartGoesToItsOwnCsvWithItsColumns) {
  const auto analysis = test::matchFixture();
  SignificanceOptions options;
  options.permutation->permutations = 99;
  options.colocation->permutations = 99;
  options.colocation->k = 3;
  options.bootstrap->replicates = 99;
  const auto significance = computeSignificance(*analysis, options);
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "cb_significance_tables";
  std::filesystem::remove_all(dir);
  const auto files = writeSignificanceTables(dir, *significance, analysis->match);
  std::vector<std::string> names;
  for (const auto& f : files) names.push_back(f.filename().string());
  EXPECT_EQ(names, (std::vector<std::string>{"permutation_test.csv", "colocation.csv", "colocation_local.csv",
                                              "bootstrap.csv", "over_time.csv"}));
  std::ifstream local(dir / "colocation_local.csv", std::ios::binary);
  std::string header;
  std::getline(local, header);
  EXPECT_NE(header.find("cluster_row,name,program,code,clq,neighbours,p_value"), std::string::npos) << header;
  std::size_t rows = 0;
  for (std::string line; std::getline(local, line);) rows += line.empty() ? 0 : 1;
  EXPECT_EQ(rows, significance->colocation->result.local.size());
}

}  // namespace
}  // namespace cb
