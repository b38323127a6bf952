// SPDX-License-Identifier: GPL-3.0-or-later
#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "core/analysis/analysis.h"
#include "core/export/outcome_writer.h"
#include "core/export/table_writer.h"
#include "core/match/city_outcome.h"
#include "tests/analysis_fixture.h"

namespace cb {
namespace {

std::filesystem::path scratch(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / "cb_data_export_test";
  std::filesystem::create_directories(dir);
  return dir / name;
}

/// The bundled boundaries with the hand-made clusters and belts of the match tests.
std::shared_ptr<const Analysis> analysis() { return test::matchFixture(); }

std::unique_ptr<GDALDataset> open(const std::filesystem::path& path) {
  return std::unique_ptr<GDALDataset>(GDALDataset::Open(path.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

void checkOutcomes(const std::filesystem::path& path) {
  const std::size_t written = writeOutcomes(path, *analysis());
  const auto dataset = open(path);
  ASSERT_TRUE(dataset) << path;
  OGRLayer* layer = dataset->GetLayer(0);
  ASSERT_NE(layer, nullptr);
  EXPECT_EQ(static_cast<std::size_t>(layer->GetFeatureCount()), written);
  EXPECT_GT(written, 330u);  // every 2021 unit of the bundled map; 莱芜 is part of 济南
  const CityOutcomes& classes = analysis()->outcomes;
  int shenzhen = 0, laiwu = 0;
  for (auto& feature : *layer) {
    const std::string code = feature->GetFieldAsString("code");
    EXPECT_EQ(feature->GetFieldAsString("outcome"), std::string(cityOutcomeName(classes.of(code)))) << code;
    if (code == "440300") {
      ++shenzhen;
      EXPECT_STREQ(feature->GetFieldAsString("name"), "深圳市");  // UTF-8 read back
      EXPECT_EQ(feature->GetFieldAsInteger("clusters"), 3);
      const OGRGeometry* geometry = feature->GetGeometryRef();
      ASSERT_NE(geometry, nullptr);
      EXPECT_EQ(wkbFlatten(geometry->getGeometryType()), wkbMultiPolygon);
      // China Albers metres: 深圳 lies about 1.0e6 m east of 105°E and 2.5e6 m north.
      OGREnvelope box;
      geometry->getEnvelope(&box);
      EXPECT_NEAR((box.MinX + box.MaxX) / 2, 0.93e6, 0.15e6);
      EXPECT_NEAR((box.MinY + box.MaxY) / 2, 2.52e6, 0.15e6);
    }
    if (code == "371200") ++laiwu;
  }
  EXPECT_EQ(shenzhen, 1);
  EXPECT_EQ(laiwu, 0);
  EXPECT_TRUE(layer->GetSpatialRef() != nullptr);
}

TEST(DataExport, OutcomesAsGeoPackage) { checkOutcomes(scratch("outcomes.gpkg")); }

TEST(DataExport, OutcomesAsUtf8ShapefileWithCpg) {
  checkOutcomes(scratch("outcomes.shp"));
  std::ifstream cpg(scratch("outcomes.cpg"));
  std::string encoding;
  std::getline(cpg, encoding);
  EXPECT_EQ(encoding.substr(0, 5), "UTF-8");
}

TEST(DataExport, CsvHasABomAndQuotesAndReadsBackWithGdal) {
  DataTable table = citiesTable(*analysis());
  ASSERT_FALSE(table.rows.empty());
  table.rows.push_back({"999999", "名字, 带 \"引号\"", "", "none", "0", "0", "0", "0", "0", "0"});
  const auto path = scratch("cities.csv");
  writeTable(path, table);
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const std::string bytes = text.str();
  ASSERT_GE(bytes.size(), 3u);
  EXPECT_EQ(bytes.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(bytes.substr(3, 14), "code,name,prov");
  EXPECT_NE(bytes.find("\"名字, 带 \"\"引号\"\"\""), std::string::npos);

  const auto dataset = open(path);
  ASSERT_TRUE(dataset);
  OGRLayer* layer = dataset->GetLayer(0);
  EXPECT_EQ(layer->GetFeatureCount(), static_cast<GIntBig>(table.rows.size()));
  EXPECT_EQ(layer->GetLayerDefn()->GetFieldIndex("code"), 0);  // the BOM is not part of the name
  bool found = false;
  for (auto& feature : *layer) {
    if (std::string(feature->GetFieldAsString("code")) == "999999") {
      found = true;
      EXPECT_STREQ(feature->GetFieldAsString("name"), "名字, 带 \"引号\"");
    }
  }
  EXPECT_TRUE(found);
}

TEST(DataExport, XlsxSheetsReadBackWithNumbers) {
  const DataTable clusters = clustersTable(*analysis());
  ASSERT_FALSE(clusters.rows.empty());
  const auto path = scratch("clusters.xlsx");
  writeTable(path, clusters);
  const auto dataset = open(path);
  ASSERT_TRUE(dataset);
  OGRLayer* layer = dataset->GetLayerByName("clusters");
  ASSERT_NE(layer, nullptr);
  EXPECT_EQ(layer->GetFeatureCount(), static_cast<GIntBig>(clusters.rows.size()));
  const OGRFeatureDefn* definition = layer->GetLayerDefn();
  const int row = definition->GetFieldIndex("row");
  ASSERT_GE(row, 0);
  EXPECT_NE(definition->GetFieldDefn(row)->GetType(), OFTString);
  auto first = std::unique_ptr<OGRFeature>(layer->GetNextFeature());
  ASSERT_TRUE(first);
  EXPECT_EQ(first->GetFieldAsString("name"), clusters.rows[0][1]);
  EXPECT_EQ(std::to_string(first->GetFieldAsInteger(row)), clusters.rows[0][0]);

  EXPECT_THROW(writeTable(scratch("x.ods"), clusters), std::runtime_error);
}

TEST(DataExport, EllipseParametersAndBelts) {
  const DataTable ellipses = ellipsesTable(*analysis());
  EXPECT_EQ(ellipses.rows.size(), analysis()->ellipses.ellipses.size());
  const DataTable belts = beltsTable(*analysis());
  // Every row of the file: the placed ones and, with their reason, those that could not be placed.
  EXPECT_EQ(belts.rows.size(), analysis()->match.belts.size() + analysis()->match.unresolvedBelts);
  ASSERT_GT(analysis()->match.unresolvedBelts, 0u) << "the fixture has an ambiguous belt";
  const auto unresolved = std::count_if(belts.rows.begin(), belts.rows.end(),
                                        [](const std::vector<std::string>& row) { return row[8] == "unresolved"; });
  EXPECT_EQ(static_cast<std::size_t>(unresolved), analysis()->match.unresolvedBelts);
  EXPECT_EQ(belts.columns[2], "platform");
}

}  // namespace
}  // namespace cb
