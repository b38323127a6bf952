// SPDX-License-Identifier: GPL-3.0-or-later
// The engine on hand-made lists whose answers were worked out by hand (tests/data/match_*):
//   深圳 (three clusters, two belts): 新一代信息通信 × 手机 share electronic_devices → identical;
//     先进电池材料 (new_materials, electrical_equipment) × 小家电 (home_appliances, both C38) → similar;
//     生物医药 has nothing in common or related with either → unrelated.
//   乐清市 (a county-level city) → 温州, where 电线电缆 is electrical_equipment like 电气 → identical.
//   莱芜市 (merged into 济南 in 2019) 汽车零部件 × 济南 汽配 → identical.
//   襄樊市 (襄阳 since 2010) has no belt → no_belt; 北京 旅游 has no belt and no group → no_belt, unplaced.
//   火星市 cannot be resolved; the belt in 通州区 (北京 or 南通) is ambiguous: both listed apart.
//   Belts by old name (毕节地区) and by county only (义乌市 → 金华) are placed.
// Resolved: 7 clusters in 5 cities, 3 with belts; identical 3, similar 1, unrelated 1, no belt 2.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "core/io/point_table_reader.h"
#include "core/match/match_engine.h"
#include "core/match/report_writers.h"

namespace {

const std::filesystem::path kData(CB_TEST_DATA_DIR);
const std::filesystem::path kSource(CB_SOURCE_DIR);

struct Fixture {
  cb::Gazetteer gazetteer;
  cb::Taxonomy taxonomy;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    cb::LoadReport report;
    auto g = cb::Gazetteer::load(kData / "match_code_table",
                                 kSource / "data/gazetteer/prefecture_changes_2011_2021.csv", report);
    auto t = cb::Taxonomy::load(kSource / "data/taxonomy", report);
    EXPECT_FALSE(report.hasErrors()) << report.toText();
    return Fixture{std::move(*g), std::move(*t)};
  }();
  return f;
}

cb::MatchReport run(const std::string& clusters, const std::string& belts, cb::MatchOptions options = {}) {
  cb::LoadReport report;
  const auto c = cb::readPointTable(kData / clusters, cb::PointKind::Cluster, {}, report);
  const auto b = cb::readPointTable(kData / belts, cb::PointKind::Belt, {}, report);
  EXPECT_TRUE(c && b) << report.toText();
  return cb::matchClustersAndBelts(*c, *b, fixture().gazetteer, fixture().taxonomy, options);
}

const cb::CityMatch& city(const cb::MatchReport& r, const std::string& code) {
  for (const cb::CityMatch& c : r.cities) {
    if (c.code == code) return c;
  }
  throw std::runtime_error("no city " + code);
}

TEST(MatchEngine, SummaryWorkedOutByHand) {
  const cb::MatchReport r = run("match_clusters.csv", "match_belts.csv");
  EXPECT_EQ(r.summary.clusters, 7u);
  EXPECT_EQ(r.summary.citiesWithClusters, 5u);
  EXPECT_EQ(r.summary.citiesWithBoth, 3u);
  EXPECT_EQ(r.summary.identical, 3u);
  EXPECT_EQ(r.summary.similar, 1u);
  EXPECT_EQ(r.summary.unrelated, 1u);
  EXPECT_EQ(r.summary.noBelt, 2u);
  EXPECT_EQ(r.belts.size(), 6u);
  EXPECT_EQ(r.citiesWithBelts, 5u);
  EXPECT_EQ(r.distinctClusters, 7u);
  EXPECT_EQ(cb::percent(r.summary.citiesWithBoth, r.summary.citiesWithClusters), "60.0%");
  EXPECT_EQ(cb::percent(r.summary.identicalOrSimilar(), r.summary.clusters), "57.1%");
}

TEST(MatchEngine, CityWithSeveralClustersAndBelts) {
  const cb::MatchReport r = run("match_clusters.csv", "match_belts.csv");
  const cb::CityMatch& shenzhen = city(r, "440300");
  ASSERT_EQ(shenzhen.clusters.size(), 3u);
  ASSERT_EQ(shenzhen.belts.size(), 2u);
  EXPECT_EQ(r.clusters[shenzhen.clusters[0]].outcome, cb::ClusterOutcome::Identical);
  EXPECT_EQ(r.clusters[shenzhen.clusters[1]].outcome, cb::ClusterOutcome::Similar);
  EXPECT_EQ(r.clusters[shenzhen.clusters[2]].outcome, cb::ClusterOutcome::Unrelated);
  ASSERT_EQ(shenzhen.pairs.size(), 6u);  // cluster-major, belts in row order
  const std::vector<cb::MatchKind> kinds = {cb::MatchKind::Identical, cb::MatchKind::Similar,
                                            cb::MatchKind::Unrelated, cb::MatchKind::Similar,
                                            cb::MatchKind::Unrelated, cb::MatchKind::Unrelated};
  for (std::size_t i = 0; i < kinds.size(); ++i) EXPECT_EQ(shenzhen.pairs[i].kind, kinds[i]) << "pair " << i;
  EXPECT_EQ(shenzhen.pairs[0].groups, (std::vector<std::string>{"electronic_devices"}));
  EXPECT_EQ(shenzhen.pairs[1].groups, (std::vector<std::string>{"electronic_devices~home_appliances"}));
  EXPECT_EQ(shenzhen.pairs[3].groups, (std::vector<std::string>{"electrical_equipment~home_appliances"}));
}

TEST(MatchEngine, CountyLevelCityMergedCityAndOldName) {
  const cb::MatchReport r = run("match_clusters.csv", "match_belts.csv");
  const cb::CityMatch& wenzhou = city(r, "330300");
  ASSERT_EQ(wenzhou.clusters.size(), 1u);
  EXPECT_EQ(r.clusters[wenzhou.clusters[0]].rule, cb::ResolveRule::County);
  EXPECT_EQ(r.clusters[wenzhou.clusters[0]].outcome, cb::ClusterOutcome::Identical);
  const cb::CityMatch& jinan = city(r, "370100");
  EXPECT_EQ(r.clusters[jinan.clusters[0]].rule, cb::ResolveRule::Crosswalk);
  EXPECT_EQ(r.clusters[jinan.clusters[0]].outcome, cb::ClusterOutcome::Identical);
  const cb::CityMatch& xiangyang = city(r, "420600");
  EXPECT_EQ(xiangyang.name, "襄阳市");
  EXPECT_EQ(r.clusters[xiangyang.clusters[0]].outcome, cb::ClusterOutcome::NoBelt);
  EXPECT_EQ(city(r, "520500").belts.size(), 1u);  // 毕节地区
  EXPECT_EQ(city(r, "330700").belts.size(), 1u);  // county only: 义乌市 → 金华
}

TEST(MatchEngine, UnresolvedRowsAreListedApart) {
  const cb::MatchReport r = run("match_clusters.csv", "match_belts.csv");
  ASSERT_EQ(r.unresolved.size(), 2u);
  EXPECT_EQ(r.unresolved[0].kind, cb::PointKind::Cluster);
  EXPECT_EQ(r.unresolved[0].row, 8);
  EXPECT_EQ(r.unresolved[0].value, "火星市");
  EXPECT_NE(r.unresolved[0].reason.find("unresolved"), std::string::npos);
  EXPECT_EQ(r.unresolved[1].kind, cb::PointKind::Belt);
  EXPECT_EQ(r.unresolved[1].row, 7);
  EXPECT_EQ(r.unresolved[1].value, "通州区");
  EXPECT_NE(r.unresolved[1].reason.find("ambiguous"), std::string::npos);
  EXPECT_EQ(r.unresolved[1].candidates.size(), 2u);
  ASSERT_EQ(r.unplacedIndustries.size(), 1u);
  EXPECT_EQ(r.unplacedIndustries[0].value, "旅游");
}

TEST(MatchEngine, ByProgram) {
  const cb::MatchReport r = run("match_clusters.csv", "match_belts.csv");
  const cb::MatchTally& ndrc = r.byProgram.at("NDRC-SEI");
  EXPECT_EQ(ndrc.clusters, 3u);
  EXPECT_EQ(ndrc.citiesWithClusters, 2u);
  EXPECT_EQ(ndrc.citiesWithBoth, 1u);
  EXPECT_EQ(ndrc.identical, 1u);
  EXPECT_EQ(ndrc.unrelated, 1u);
  EXPECT_EQ(ndrc.noBelt, 1u);
  const cb::MatchTally& miit = r.byProgram.at("MIIT-AMC");
  EXPECT_EQ(miit.clusters, 2u);
  EXPECT_EQ(miit.citiesWithBoth, 2u);
  const cb::MatchTally& most = r.byProgram.at("MOST-IIC");
  EXPECT_EQ(most.citiesWithClusters, 2u);
  EXPECT_EQ(most.citiesWithBoth, 1u);
  EXPECT_EQ(r.byProvince.at("广东省").clusters, 3u);
}

TEST(MatchEngine, GbkAndXlsxInputsGiveTheSameAnswers) {
  std::ostringstream a, b;
  cb::writeJsonReport(run("match_clusters.csv", "match_belts.csv"), a);
  cb::writeJsonReport(run("match_clusters_gbk.csv", "match_belts.xlsx"), b);
  // Same answers, same rows; only the file names in the lists of unresolved rows differ.
  auto withoutFiles = [](std::string s) {
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"match_clusters_gbk.csv", "match_clusters.csv"},
                                   {"match_belts.xlsx", "match_belts.csv"}}) {
      for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at)) s.replace(at, from.size(), to);
    }
    return s.substr(s.find("\"summary\""));
  };
  EXPECT_EQ(withoutFiles(a.str()), withoutFiles(b.str()));
}

TEST(MatchEngine, WithoutPairsTheOutcomesAreTheSame) {
  cb::MatchOptions options;
  options.listPairs = false;
  const cb::MatchReport r = run("match_clusters.csv", "match_belts.csv", options);
  EXPECT_EQ(r.summary.identical, 3u);
  EXPECT_EQ(r.summary.similar, 1u);
  for (const cb::CityMatch& c : r.cities) EXPECT_TRUE(c.pairs.empty());
}

TEST(MatchEngine, WritersAreDeterministicAndComplete) {
  const cb::MatchReport r = run("match_clusters.csv", "match_belts.csv");
  std::ostringstream json1, json2, csv, md;
  cb::writeJsonReport(r, json1);
  cb::writeJsonReport(run("match_clusters.csv", "match_belts.csv"), json2);
  EXPECT_EQ(json1.str(), json2.str());
  EXPECT_NE(json1.str().find("\"clusters_identical\": 3"), std::string::npos);
  EXPECT_NE(json1.str().find("\"code\": \"440300\""), std::string::npos);
  EXPECT_NE(json1.str().find("\"match\": \"similar\""), std::string::npos);
  cb::writeCsvReport(r, csv);
  EXPECT_NE(csv.str().find("cluster,"), std::string::npos);
  EXPECT_NE(csv.str().find(",unresolved,"), std::string::npos);
  const std::string csvText = csv.str();
  EXPECT_EQ(std::count(csvText.begin(), csvText.end(), '\n'), 1 + 7 + 6 + 2);  // header, clusters, belts, unresolved
  cb::writeMarkdownReport(r, md);
  EXPECT_NE(md.str().find("| cities with both clusters and belts | 3 (60.0%) |"), std::string::npos) << md.str();
  EXPECT_NE(md.str().find("火星市"), std::string::npos);
}

}  // namespace
