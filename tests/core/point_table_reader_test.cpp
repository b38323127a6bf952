// SPDX-License-Identifier: GPL-3.0-or-later
// Reading clusters and belts: UTF-8 with BOM, GBK, XLSX, GeoJSON with a column mapping, and the
// reports of unusable files and bad values.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/io/point_table_reader.h"

namespace {

const std::filesystem::path kData(CB_TEST_DATA_DIR);

std::filesystem::path scratch(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() / ("cb_reader_test_" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(PointTableReader, Utf8WithBomAndDefaultColumns) {
  cb::LoadReport report;
  const auto table = cb::readPointTable(kData / "match_clusters.csv", cb::PointKind::Cluster, {}, report);
  ASSERT_TRUE(table.has_value()) << report.toText();
  EXPECT_EQ(table->encoding, "UTF-8");
  ASSERT_EQ(table->records.size(), 8u);
  const cb::PointRecord& first = table->records[0];
  EXPECT_EQ(first.row, 2);  // line 2: the header is line 1
  EXPECT_EQ(first.program, "NDRC-SEI");
  EXPECT_EQ(first.name, "深圳信息通信集群");
  EXPECT_EQ(first.city, "深圳市");
  EXPECT_EQ(first.industry, "新一代信息通信");
  EXPECT_EQ(first.year, 2019);
  EXPECT_EQ(table->columnsUsed.at("program"), "program");  // the BOM is not part of the name
  // Row 9 has the year 二〇一九: reported with its row, left empty, the row kept.
  EXPECT_FALSE(table->records[7].year.has_value());
  ASSERT_EQ(report.count(cb::LoadMessage::Severity::Warning), 1u) << report.toText();
  EXPECT_EQ(report.messages()[0].row, 9);
}

TEST(PointTableReader, GbkIsDetectedAndRecoded) {
  cb::LoadReport utf8Report, gbkReport;
  const auto utf8 = cb::readPointTable(kData / "match_clusters.csv", cb::PointKind::Cluster, {}, utf8Report);
  const auto gbk = cb::readPointTable(kData / "match_clusters_gbk.csv", cb::PointKind::Cluster, {}, gbkReport);
  ASSERT_TRUE(gbk.has_value()) << gbkReport.toText();
  EXPECT_EQ(gbk->encoding, "GBK");
  ASSERT_EQ(gbk->records.size(), utf8->records.size());
  for (std::size_t i = 0; i < gbk->records.size(); ++i) {
    EXPECT_EQ(gbk->records[i].name, utf8->records[i].name);
    EXPECT_EQ(gbk->records[i].city, utf8->records[i].city);
    EXPECT_EQ(gbk->records[i].industry, utf8->records[i].industry);
  }
  EXPECT_EQ(gbkReport.count(cb::LoadMessage::Severity::Info), 1u) << gbkReport.toText();
  EXPECT_NE(gbkReport.toText().find("GBK"), std::string::npos);
}

TEST(PointTableReader, Xlsx) {
  cb::LoadReport report;
  const auto table = cb::readPointTable(kData / "match_belts.xlsx", cb::PointKind::Belt, {}, report);
  ASSERT_TRUE(table.has_value()) << report.toText();
  ASSERT_EQ(table->records.size(), 7u);
  EXPECT_EQ(table->records[0].row, 2);  // the sheet row
  EXPECT_EQ(table->records[0].name, "深圳手机产业带");
  EXPECT_EQ(table->records[0].program, "1688");  // belts: the platform
  EXPECT_EQ(table->records[2].county, "乐清市");
  EXPECT_EQ(table->records[6].city, "");
  EXPECT_EQ(table->records[6].year, 2021);
}

TEST(PointTableReader, GeoJsonWithMappingAndPointGeometry) {
  const auto path = scratch("points.geojson", R"({"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"集群": "无锡物联网", "地市代码": "320200", "主导产业": "物联网", "w": "2.5"},
     "geometry": {"type": "Point", "coordinates": [120.3, 31.5]}},
    {"type": "Feature", "properties": {"集群": "坏坐标", "地市代码": "320200", "主导产业": "物联网", "w": "heavy"},
     "geometry": null}]})");
  cb::LoadReport report;
  const auto table = cb::readPointTable(path, cb::PointKind::Cluster,
                                        {{"name", "集群"}, {"code", "地市代码"}, {"industry", "主导产业"}, {"weight", "w"}},
                                        report);
  ASSERT_TRUE(table.has_value()) << report.toText();
  ASSERT_EQ(table->records.size(), 2u);
  EXPECT_EQ(table->records[0].code, "320200");
  EXPECT_DOUBLE_EQ(*table->records[0].lon, 120.3);
  EXPECT_DOUBLE_EQ(*table->records[0].lat, 31.5);
  EXPECT_DOUBLE_EQ(*table->records[0].weight, 2.5);
  EXPECT_FALSE(table->records[1].weight.has_value());
  EXPECT_FALSE(table->records[1].lon.has_value());
  EXPECT_EQ(report.count(cb::LoadMessage::Severity::Warning), 1u) << report.toText();
  std::filesystem::remove(path);
}

TEST(PointTableReader, UnusableTablesNameTheFileAndTheProblem) {
  cb::LoadReport noIndustry;
  EXPECT_FALSE(cb::readPointTable(kData / "match_no_industry.csv", cb::PointKind::Cluster, {}, noIndustry));
  ASSERT_TRUE(noIndustry.hasErrors());
  EXPECT_NE(noIndustry.messages().back().file.find("match_no_industry.csv"), std::string::npos);
  EXPECT_NE(noIndustry.messages().back().message.find("industry"), std::string::npos);

  cb::LoadReport badMapping;
  EXPECT_FALSE(cb::readPointTable(kData / "match_belts.csv", cb::PointKind::Belt, {{"city", "地市"}}, badMapping));
  EXPECT_NE(badMapping.toText().find("no column '地市'"), std::string::npos) << badMapping.toText();

  cb::LoadReport missing;
  EXPECT_FALSE(cb::readPointTable(kData / "nowhere.csv", cb::PointKind::Belt, {}, missing));
  EXPECT_TRUE(missing.hasErrors());

  cb::LoadReport empty;
  const auto emptyFile = scratch("empty.csv", "");
  EXPECT_FALSE(cb::readPointTable(emptyFile, cb::PointKind::Belt, {}, empty));
  EXPECT_TRUE(empty.hasErrors());
  std::filesystem::remove(emptyFile);

  cb::LoadReport binary;
  const auto binaryFile = scratch("binary.csv", std::string("\x80\xff\xfe\x00\x81", 5));
  EXPECT_FALSE(cb::readPointTable(binaryFile, cb::PointKind::Belt, {}, binary));
  EXPECT_TRUE(binary.hasErrors());
  std::filesystem::remove(binaryFile);
}

TEST(PointTableReader, RowFiltersKeepMatchingRowsAndSayHowManyWentOut) {
  const auto file = scratch("filters.csv",
                            "belt_name_zh,city,industry_zh,year,strength\n"
                            "A,深圳市,手机,2015,explicit\n"
                            "B,深圳市,小家电,2021,implied\n"
                            "C,温州市,女鞋,2024,example\n"
                            "D,温州市,女鞋,,explicit\n"
                            "E,温州市,女鞋,2019,Explicit\n");
  cb::LoadReport report;
  const auto table = cb::readPointTable(file, cb::PointKind::Belt, {}, report,
                                        {{"strength", {"explicit", "implied"}}, {"year", {"..2021"}}});
  ASSERT_TRUE(table.has_value()) << report.toText();
  ASSERT_EQ(table->records.size(), 2u);  // C is an example, D has no year, E's text differs in case
  EXPECT_EQ(table->records[0].name, "A");
  EXPECT_EQ(table->records[0].row, 2);  // rows keep their line numbers
  EXPECT_EQ(table->records[1].name, "B");
  ASSERT_EQ(report.count(cb::LoadMessage::Severity::Info), 2u) << report.toText();
  EXPECT_NE(report.messages()[0].message.find("2 row(s) left out by the filter strength=explicit|implied; 3 kept"),
            std::string::npos)
      << report.toText();
  EXPECT_NE(report.messages()[1].message.find("1 row(s) left out by the filter year=..2021"), std::string::npos);

  cb::LoadReport between;
  const auto years = cb::readPointTable(file, cb::PointKind::Belt, {}, between, {{"year", {"2016..2021", "2024"}}});
  ASSERT_TRUE(years.has_value());
  EXPECT_EQ(years->records.size(), 3u);  // B, C, E

  cb::LoadReport unknown;
  EXPECT_FALSE(cb::readPointTable(file, cb::PointKind::Belt, {}, unknown, {{"evidence", {"x"}}}));
  EXPECT_NE(unknown.toText().find("no column 'evidence' to filter on"), std::string::npos) << unknown.toText();
  std::filesystem::remove(file);
}

TEST(PointTableReader, RowFilterTextRoundTrips) {
  const auto filter = cb::parseRowFilter(" strength = explicit|implied ");
  ASSERT_TRUE(filter.has_value());
  EXPECT_EQ(filter->column, "strength");
  EXPECT_EQ(filter->values, (std::vector<std::string>{"explicit", "implied"}));
  EXPECT_EQ(cb::rowFilterText(*filter), "strength=explicit|implied");
  EXPECT_FALSE(cb::parseRowFilter("strength").has_value());
  EXPECT_FALSE(cb::parseRowFilter("=explicit").has_value());
  EXPECT_FALSE(cb::parseRowFilter("strength=").has_value());
}

}  // namespace
