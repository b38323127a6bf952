// SPDX-License-Identifier: GPL-3.0-or-later
// The study's ellipses on tests/data/study_clusters.csv and study_belts.csv, with the test code
// table and hand-made label points (China Albers metres), so the expected groups are known:
//   NDRC-SEI: 深圳 广州 佛山 苏州 杭州 (n = 5; 火星市 on line 7 cannot be placed)
//   MIIT-AMC: 深圳 深圳 无锡 苏州 金华 (n = 5; 深圳 twice)
//   MOST-IIC: 杭州 温州 (n = 2: no ellipse)
//   PROV-X:   广州 深圳 佛山 (n = 3, another programme, reported after the study's three)
//   clusters: all 16 placed rows (温州 on line 12 has no programme and counts here only)
//   belts:    金华 (义乌市) 温州 (乐清市, county only) 深圳 广州 金华 (city 火星市 unresolved,
//             placed by its county 永康市) (n = 5; 通州区 on line 5 is ambiguous)
// Each ellipse is checked against a plain weighted-covariance computation written here.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <numbers>
#include <unordered_map>
#include <vector>

#include "core/analysis/pipeline.h"
#include "core/io/point_table_reader.h"
#include "core/stats/prefecture_placer.h"
#include "core/stats/study_ellipses.h"

namespace {

const std::filesystem::path kData(CB_TEST_DATA_DIR);
const std::filesystem::path kSource(CB_SOURCE_DIR);

// Hand-made representative points, China Albers metres (roughly where the cities are).
const std::unordered_map<std::string, cb::Point2> kLabels = {
    {"440300", {1010000, 2480000}},  // 深圳
    {"440100", {930000, 2560000}},   // 广州
    {"440600", {900000, 2540000}},   // 佛山
    {"320500", {1720000, 3470000}},  // 苏州
    {"320200", {1680000, 3520000}},  // 无锡
    {"330100", {1580000, 3260000}},  // 杭州
    {"330300", {1620000, 2990000}},  // 温州
    {"330700", {1520000, 3130000}},  // 金华
};


cb::Gazetteer testGazetteer() {
  cb::LoadReport report;
  auto g = cb::Gazetteer::load(kData / "match_code_table",
                               kSource / "data/gazetteer/prefecture_changes_2011_2021.csv", report);
  EXPECT_TRUE(g.has_value()) << report.toText();
  return std::move(*g);
}

// The pipeline's placement stage, then the ellipses at the hand-made label points.
cb::StudyEllipses studyOf(const cb::PointTable& clusters, const cb::PointTable& belts,
                          const cb::SdeOptions& options = {}) {
  const cb::Gazetteer gazetteer = testGazetteer();
  const cb::RowPlacements places = cb::placeRows(clusters, belts, gazetteer);
  return cb::computeStudyEllipses(clusters, places.clusters, belts, places.belts, kLabels, options);
}

cb::PrefecturePlacer makePlacer() { return cb::PrefecturePlacer(testGazetteer(), kLabels); }

cb::PointTable readTable(const char* name, cb::PointKind kind) {
  cb::LoadReport report;
  auto table = cb::readPointTable(kData / name, kind, {}, report);
  EXPECT_TRUE(table.has_value()) << report.toText();
  return *table;
}

// The ArcGIS 1 SD ellipse of equally weighted points, straight from the definition.
struct Reference {
  double cx, cy, major, minor, azimuth;
};
Reference reference(const std::vector<std::string>& codes, double k = 1.0) {
  double sx = 0, sy = 0;
  for (const auto& c : codes) {
    sx += kLabels.at(c).x;
    sy += kLabels.at(c).y;
  }
  const double n = static_cast<double>(codes.size());
  const double cx = sx / n, cy = sy / n;
  double xx = 0, yy = 0, xy = 0;
  for (const auto& c : codes) {
    const double dx = kLabels.at(c).x - cx, dy = kLabels.at(c).y - cy;
    xx += dx * dx / n;
    yy += dy * dy / n;
    xy += dx * dy / n;
  }
  const double mean = (xx + yy) / 2, spread = std::sqrt((xx - yy) * (xx - yy) / 4 + xy * xy);
  const double theta = 0.5 * std::atan2(2 * xy, xx - yy) * 180 / std::numbers::pi;
  double azimuth = std::fmod(90.0 - theta + 360.0, 180.0);
  return {cx, cy, k * std::sqrt(2 * (mean + spread)), k * std::sqrt(2 * (mean - spread)), azimuth};
}

void expectMatches(const cb::SdeEllipse& e, const std::vector<std::string>& codes, double k = 1) {
  const Reference r = reference(codes, k);
  ASSERT_TRUE(e.hasEllipse) << e.group;
  EXPECT_EQ(e.sde.n, codes.size()) << e.group;
  EXPECT_NEAR(e.sde.center.x, r.cx, 1e-6) << e.group;
  EXPECT_NEAR(e.sde.center.y, r.cy, 1e-6) << e.group;
  EXPECT_NEAR(e.sde.sigmaMajor, r.major, 1e-6) << e.group;
  EXPECT_NEAR(e.sde.sigmaMinor, r.minor, 1e-6) << e.group;
  EXPECT_NEAR(e.azimuthGridDeg, r.azimuth, 1e-9) << e.group;
  EXPECT_NEAR(e.areaKm2, std::numbers::pi * r.major * r.minor / 1e6, 1e-6) << e.group;
  EXPECT_GE(e.polygon.size(), 361u) << e.group;
  EXPECT_GT(e.centerLonLat.x, 100.0) << e.group;  // inverse-projected into China
  EXPECT_LT(e.centerLonLat.x, 125.0) << e.group;
}

const std::vector<std::string> kNdrc = {"440300", "440100", "440600", "320500", "330100"};
const std::vector<std::string> kMiit = {"440300", "440300", "320200", "320500", "330700"};
const std::vector<std::string> kOther = {"440100", "440300", "440600"};
const std::vector<std::string> kBelts = {"330700", "330300", "440300", "440100", "330700"};

std::vector<std::string> allClusters() {
  // In file order: every placed row of study_clusters.csv.
  return {"440100", "440300", "440300", "440100", "330100", "320200", "440600", "440300",
          "320500", "330300", "320500", "330300", "330700", "440600", "330100", "440300"};
}

}  // namespace

TEST(StudyEllipses, GroupsInStudyOrderWithIndependentParameters) {
  const cb::PointTable clusters = readTable("study_clusters.csv", cb::PointKind::Cluster);
  const cb::PointTable belts = readTable("study_belts.csv", cb::PointKind::Belt);
  const cb::StudyEllipses study = studyOf(clusters, belts);

  std::vector<std::string> groups;
  for (const auto& e : study.ellipses) groups.push_back(e.group);
  EXPECT_EQ(groups, (std::vector<std::string>{"NDRC-SEI", "MIIT-AMC", "MOST-IIC", "PROV-X",
                                              "clusters", "belts"}));
  EXPECT_EQ(study.clusterRows, 17u);
  EXPECT_EQ(study.beltRows, 6u);

  expectMatches(*study.find("NDRC-SEI"), kNdrc);
  expectMatches(*study.find("MIIT-AMC"), kMiit);
  expectMatches(*study.find("PROV-X"), kOther);
  expectMatches(*study.find("clusters"), allClusters());
  expectMatches(*study.find("belts"), kBelts);

  const cb::SdeEllipse& most = *study.find("MOST-IIC");
  EXPECT_FALSE(most.hasEllipse);
  EXPECT_EQ(most.sde.n, 2u);
  ASSERT_FALSE(most.messages.empty());
  EXPECT_NE(most.messages.front().text.find("at least 3"), std::string::npos);

  // The same points grouped by hand through the SDE engine give the same numbers.
  cb::SdeRequest byHand;
  byHand.inputCrs = byHand.computationCrs = std::string(cb::crs::kChinaAlbers);
  for (const auto& c : kMiit) {
    byHand.x.push_back(kLabels.at(c).x);
    byHand.y.push_back(kLabels.at(c).y);
  }
  const cb::SdeEllipse engine = cb::computeSde(byHand).ellipses.front();
  const cb::SdeEllipse& miit = *study.find("MIIT-AMC");
  EXPECT_EQ(miit.sde.sigmaMajor, engine.sde.sigmaMajor);
  EXPECT_EQ(miit.sde.sigmaMinor, engine.sde.sigmaMinor);
  EXPECT_EQ(miit.azimuthTrueDeg, engine.azimuthTrueDeg);
  EXPECT_EQ(miit.centerLonLat.y, engine.centerLonLat.y);
}

TEST(StudyEllipses, UnplacedRowsAndRowsWithoutProgrammeAreReported) {
  const cb::PointTable clusters = readTable("study_clusters.csv", cb::PointKind::Cluster);
  const cb::PointTable belts = readTable("study_belts.csv", cb::PointKind::Belt);
  const cb::StudyEllipses study = studyOf(clusters, belts);

  ASSERT_EQ(study.unplaced.size(), 2u);
  EXPECT_EQ(study.unplaced[0].kind, cb::PointKind::Cluster);
  EXPECT_EQ(study.unplaced[0].row, 7);
  EXPECT_EQ(study.unplaced[0].value, "火星市");
  EXPECT_EQ(study.unplaced[0].name, "火星集群");
  EXPECT_NE(study.unplaced[0].reason.find("unresolved"), std::string::npos)
      << study.unplaced[0].reason;
  EXPECT_EQ(study.unplaced[1].kind, cb::PointKind::Belt);
  EXPECT_EQ(study.unplaced[1].row, 5);
  EXPECT_EQ(study.unplaced[1].value, "通州区");
  EXPECT_NE(study.unplaced[1].reason.find("ambiguous"), std::string::npos)
      << study.unplaced[1].reason;

  // Rows in = placed + unplaced, for each table.
  EXPECT_EQ(study.find("clusters")->sde.n + 1, study.clusterRows);
  EXPECT_EQ(study.find("belts")->sde.n + 1, study.beltRows);

  bool noProgramme = false;
  for (const cb::SdeMessage& m : study.messages) {
    if (m.row == 12 && m.group == "clusters" && m.text.find("no programme") != std::string::npos) {
      noProgramme = true;
    }
  }
  EXPECT_TRUE(noProgramme);
}

TEST(StudyEllipses, OptionsAndEmptyGroups) {
  const cb::PointTable clusters = readTable("study_clusters.csv", cb::PointKind::Cluster);
  const cb::PointTable belts = readTable("study_belts.csv", cb::PointKind::Belt);
  cb::SdeOptions twoSd;
  twoSd.k = 2;
  const cb::StudyEllipses two = studyOf(clusters, belts, twoSd);
  expectMatches(*two.find("NDRC-SEI"), kNdrc, 2.0);
  EXPECT_EQ(two.find("belts")->sde.options.k, 2);

  cb::SdeOptions badK;
  badK.k = 4;
  EXPECT_THROW(studyOf(clusters, belts, badK), std::invalid_argument);

  // A known programme whose rows cannot be placed is listed without an ellipse; no belts at all
  // still gives a "belts" entry.
  cb::PointTable lost;
  lost.file = "lost.csv";
  for (long long row = 2; row <= 4; ++row) {
    cb::PointRecord r;
    r.row = row;
    r.program = "MOST-IIC";
    r.city = "火星市";
    lost.records.push_back(r);
  }
  cb::PointTable none;
  none.file = "none.csv";
  const cb::StudyEllipses empty = studyOf(lost, none);
  ASSERT_EQ(empty.ellipses.size(), 3u);
  EXPECT_EQ(empty.ellipses[0].group, "MOST-IIC");
  EXPECT_EQ(empty.ellipses[1].group, "clusters");
  EXPECT_EQ(empty.ellipses[2].group, "belts");
  for (const auto& e : empty.ellipses) {
    EXPECT_FALSE(e.hasEllipse);
    EXPECT_EQ(e.sde.n, 0u);
    EXPECT_TRUE(std::isnan(e.centerLonLat.x));
  }
  EXPECT_EQ(empty.unplaced.size(), 3u);
}

TEST(PrefecturePlacer, RecordsFollowCodeCityCountyOrder) {
  cb::PrefecturePlacer placer = makePlacer();
  cb::PointRecord r;
  r.city = "深圳";
  EXPECT_EQ(placer.placeRecord(r).code, "440300");
  r.code = "330100";  // a code column decides over the city
  EXPECT_EQ(placer.placeRecord(r).code, "330100");
  cb::PointRecord county;
  county.province = "浙江省";
  county.county = "义乌市|永康市";
  const cb::Placement p = placer.placeRecord(county);
  ASSERT_TRUE(p.placed()) << p.problem;
  EXPECT_EQ(p.code, "330700");
  EXPECT_EQ(p.point->x, 1520000);
  county.county = "义乌市|乐清市";  // 金华 and 温州
  EXPECT_FALSE(placer.placeRecord(county).placed());
  cb::PointRecord noPolygon;
  noPolygon.city = "石家庄市";  // in the code table, not among the label points
  const cb::Placement q = placer.placeRecord(noPolygon);
  EXPECT_FALSE(q.placed());
  EXPECT_EQ(q.code, "130100");
  EXPECT_NE(q.problem.find("no polygon"), std::string::npos);
  EXPECT_FALSE(placer.placeRecord(cb::PointRecord{}).placed());
}

TEST(StudyEllipses, RowsOfAUnitWithoutAPolygonAreListedNotDropped) {
  cb::PointTable clusters;
  clusters.file = "hebei.csv";
  for (const char* city : {"深圳市", "石家庄市", "广州市", "佛山市"}) {
    cb::PointRecord r;
    r.row = static_cast<long long>(clusters.records.size()) + 2;
    r.name = std::string(city) + "集群";
    r.city = city;
    clusters.records.push_back(r);
  }
  const cb::StudyEllipses study = studyOf(clusters, cb::PointTable{});
  ASSERT_EQ(study.unplaced.size(), 1u);
  EXPECT_EQ(study.unplaced[0].row, 3);
  EXPECT_EQ(study.unplaced[0].kind, cb::PointKind::Cluster);
  EXPECT_NE(study.unplaced[0].reason.find("130100"), std::string::npos) << study.unplaced[0].reason;
  EXPECT_NE(study.unplaced[0].reason.find("no polygon"), std::string::npos) << study.unplaced[0].reason;
  expectMatches(*study.find("clusters"), {"440300", "440100", "440600"});
}
