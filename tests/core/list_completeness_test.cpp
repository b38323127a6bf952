// SPDX-License-Identifier: GPL-3.0-or-later
// How much of a published list a table holds (core/match/list_completeness): counting on made
// tables, the reader's handling of bad rows, and the bundled data/completeness.csv.
#include "core/match/list_completeness.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace {

cb::PointRecord record(std::string program, std::string name, std::string city, std::optional<int> year) {
  cb::PointRecord r;
  r.program = std::move(program);
  r.name = std::move(name);
  r.city = std::move(city);
  r.year = year;
  return r;
}

cb::PublishedList list(std::string id, cb::PointKind kind, std::string program, std::optional<int> from,
                       std::optional<int> to, std::optional<int> announced) {
  cb::PublishedList l;
  l.id = std::move(id);
  l.kind = kind;
  l.program = std::move(program);
  l.yearFrom = from;
  l.yearTo = to;
  l.announced = announced;
  l.description = l.id;
  return l;
}

std::filesystem::path writeFile(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(ListCompleteness, CountsDistinctClustersOfTheListsProgrammeAndYears) {
  cb::PointTable clusters;
  clusters.records = {
      record("NDRC-SEI", "武汉市集成电路产业集群", "武汉市", 2019),
      record("NDRC-SEI", "广佛惠超高清视频集群", "广州市", 2019),  // one cluster over two cities counts once
      record("NDRC-SEI", "广佛惠超高清视频集群", "佛山市", 2019),
      record("NDRC-SEI", "苏州市生物医药产业集群", "苏州市", std::nullopt),  // batch not confirmed
      record("MIIT-AMC", "武汉市集成电路产业集群", "武汉市", 2019),  // same name, other programme
      record("NDRC-SEI", "某市第二批集群", "某市", 2021),
  };
  const std::vector<cb::PublishedList> lists = {
      list("first_batch", cb::PointKind::Cluster, "NDRC-SEI", 2019, 2019, 66),
      list("any_ndrc", cb::PointKind::Cluster, "NDRC-SEI", std::nullopt, std::nullopt, std::nullopt),
      list("any_programme_from_2020", cb::PointKind::Cluster, "", 2020, std::nullopt, std::nullopt),
      list("belts", cb::PointKind::Belt, "", std::nullopt, std::nullopt, std::nullopt),
  };
  const auto measured = cb::measureCompleteness(lists, cb::PointKind::Cluster, clusters);
  ASSERT_EQ(measured.size(), 3u);  // the belt list is not measured on clusters
  EXPECT_EQ(measured[0].list.id, "first_batch");
  EXPECT_EQ(measured[0].held, 2u);
  ASSERT_TRUE(measured[0].share().has_value());
  EXPECT_DOUBLE_EQ(*measured[0].share(), 2.0 / 66.0);
  EXPECT_EQ(cb::completenessText(measured[0]), "first_batch: 2 of 66 (3.0%)");
  EXPECT_EQ(measured[1].held, 4u);  // with and without a year
  EXPECT_FALSE(measured[1].share().has_value());
  EXPECT_EQ(cb::completenessText(measured[1]), "any_ndrc: 4 (no total announced)");
  EXPECT_EQ(measured[2].held, 1u);  // a year range leaves out rows without a year
}

TEST(ListCompleteness, CountsBeltRowsByYear) {
  cb::PointTable belts;
  belts.records = {record("1688", "白沟箱包产业带", "保定市", 2021), record("1688", "白沟箱包产业带", "保定市", 2023),
                   record("淘宝", "曹县汉服产业带", "菏泽市", 2019), record("淘天", "温州女鞋产业带", "温州市", std::nullopt)};
  const std::vector<cb::PublishedList> lists = {
      list("to_2021", cb::PointKind::Belt, "", std::nullopt, 2021, std::nullopt),
      list("later", cb::PointKind::Belt, "", 2022, std::nullopt, std::nullopt),
      list("all", cb::PointKind::Belt, "", std::nullopt, std::nullopt, std::nullopt),
      list("on_1688", cb::PointKind::Belt, "1688", std::nullopt, std::nullopt, std::nullopt)};
  const auto measured = cb::measureCompleteness(lists, cb::PointKind::Belt, belts);
  ASSERT_EQ(measured.size(), 4u);
  EXPECT_EQ(measured[0].held, 2u);
  EXPECT_EQ(measured[1].held, 1u);
  EXPECT_EQ(measured[2].held, 4u);  // belts are rows: the same belt in two years counts twice
  EXPECT_EQ(measured[3].held, 2u);
}

TEST(ListCompleteness, ReaderSkipsBadRowsWithTheirRowNumber) {
  const auto path = writeFile("cb_completeness_bad.csv",
                              "id,kind,program,year_from,year_to,announced,description,source,note\n"
                              "a,clusters,NDRC-SEI,2019,2019,66,First batch,http://example.org/a,\n"
                              "b,firms,,,,,Unknown kind,,\n"
                              "c,belts,,20x1,,,Bad year,,\n"
                              "d,belts,,,2021,,Belts to 2021,,\n");
  cb::LoadReport report;
  const auto lists = cb::readPublishedLists(path, report);
  ASSERT_TRUE(lists.has_value()) << report.toText();
  ASSERT_EQ(lists->size(), 2u);
  EXPECT_EQ((*lists)[0].id, "a");
  EXPECT_EQ((*lists)[0].announced, 66);
  EXPECT_EQ((*lists)[1].id, "d");
  EXPECT_FALSE((*lists)[1].yearFrom.has_value());
  EXPECT_EQ((*lists)[1].yearTo, 2021);
  ASSERT_EQ(report.count(cb::LoadMessage::Severity::Warning), 2u);
  EXPECT_EQ(report.messages()[0].row, 3);
  EXPECT_NE(report.messages()[0].message.find("firms"), std::string::npos);
  EXPECT_EQ(report.messages()[1].row, 4);
}

TEST(ListCompleteness, ReaderRefusesATableWithoutItsColumns) {
  const auto path = writeFile("cb_completeness_columns.csv", "id,kind\na,clusters\n");
  cb::LoadReport report;
  EXPECT_FALSE(cb::readPublishedLists(path, report).has_value());
  ASSERT_TRUE(report.hasErrors());
  EXPECT_EQ(report.messages().back().file, path.string());
  EXPECT_NE(report.messages().back().message.find("missing column"), std::string::npos);
}

TEST(ListCompleteness, BundledTableIsCleanAndCitesEveryAnnouncedTotal) {
  const auto path = std::filesystem::path(CB_SOURCE_DIR) / "data/completeness.csv";
  cb::LoadReport report;
  const auto lists = cb::readPublishedLists(path, report);
  ASSERT_TRUE(lists.has_value()) << report.toText();
  EXPECT_TRUE(report.messages().empty()) << report.toText();
  bool clusters = false, belts = false;
  for (const cb::PublishedList& l : *lists) {
    EXPECT_FALSE(l.id.empty());
    EXPECT_FALSE(l.description.empty()) << l.id;
    if (l.announced) EXPECT_EQ(l.source.rfind("http", 0), 0u) << l.id << ": an announced total needs its source";
    clusters |= l.kind == cb::PointKind::Cluster;
    belts |= l.kind == cb::PointKind::Belt;
  }
  EXPECT_TRUE(clusters);
  EXPECT_TRUE(belts);
}

}  // namespace
