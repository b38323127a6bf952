// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/region_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

#include "core/crs/coordinate_transform.h"
#include "core/io/region_lod.h"

namespace cb {
namespace {

const std::string kDir = std::string(CB_TEST_DATA_DIR) + "/regions/";

const Region* findByName(const RegionLayer& layer, const std::string& name) {
  const auto& regions = layer.regions();
  const auto it = std::find_if(regions.begin(), regions.end(),
                               [&](const Region& r) { return r.name == name; });
  return it == regions.end() ? nullptr : &*it;
}

bool reportMentions(const LoadReport& report, const std::string& text) {
  return std::any_of(report.messages().begin(), report.messages().end(),
                     [&](const LoadMessage& m) { return m.message.find(text) != std::string::npos; });
}

/// The same six features, whatever the container: five with geometry survive.
void expectFixtureContent(const RegionReadResult& result) {
  const RegionLayer& layer = result.layer;
  ASSERT_EQ(layer.size(), 5u) << result.report.toText();
  const Region* guangzhou = findByName(layer, "广州市");
  ASSERT_NE(guangzhou, nullptr);
  EXPECT_EQ(guangzhou->code, "440100");
  EXPECT_EQ(guangzhou->province, "广东省");
  EXPECT_EQ(guangzhou->shortName, "广州");
  ASSERT_EQ(guangzhou->geometry.size(), 1u);
  EXPECT_EQ(guangzhou->geometry[0].holes.size(), 1u);
  // The label point lies inside the polygon and outside its hole.
  EXPECT_TRUE(contains(guangzhou->geometry, guangzhou->labelPoint));

  const Region* sansha = findByName(layer, "三沙市");
  ASSERT_NE(sansha, nullptr);
  EXPECT_EQ(sansha->geometry.size(), 2u);

  // Projected once to China Albers: 深圳's box centre sits where PROJ puts (114.15°E, 22.65°N).
  const Region* shenzhen = findByName(layer, "深圳市");
  ASSERT_NE(shenzhen, nullptr);
  const Point2 expected = CoordinateTransform::wgs84ToChinaAlbers().forward({114.15, 22.65});
  EXPECT_NEAR(shenzhen->bounds.center().x, expected.x, 2000.0);
  EXPECT_NEAR(shenzhen->bounds.center().y, expected.y, 2000.0);
  EXPECT_EQ(shenzhen->lods.size(), kLodToleranceMetres.size());

  // The bow tie was repaired, the duplicate code and the empty geometry reported.
  EXPECT_EQ(result.repairs, 1u);
  EXPECT_EQ(countInvalidGeometries(layer), 0u);
  const Region* dongguan = findByName(layer, "东莞市");
  ASSERT_NE(dongguan, nullptr);
  EXPECT_EQ(dongguan->geometry.size(), 2u);  // the two triangles of the bow tie
  EXPECT_TRUE(reportMentions(result.report, "made valid"));
  EXPECT_TRUE(reportMentions(result.report, "duplicate code 440300"));
  EXPECT_TRUE(reportMentions(result.report, "empty geometry"));
  EXPECT_EQ(layer.indexOfCode("440300"), 0u);  // the first of the duplicates
}

TEST(RegionReader, ReadsGeoJsonWithHoleAndMultipolygon) {
  const RegionReadResult result = readRegions(kDir + "regions.geojson");
  expectFixtureContent(result);
  EXPECT_FALSE(result.crsAssumed);
}

TEST(RegionReader, ReadsShapefileWithCpg) {
  const RegionReadResult result = readRegions(kDir + "utf8_with_cpg.shp");
  expectFixtureContent(result);
  EXPECT_EQ(result.encoding, "UTF-8");
  EXPECT_TRUE(reportMentions(result.report, "utf8_with_cpg.cpg"));
}

TEST(RegionReader, AShapefileWithoutItsIndexLoadsAndItsFolderIsLeftUnchanged) {
  // A user's folder, copied from the fixture without the .shx (as shared by e-mail, say).
  namespace fs = std::filesystem;
  const fs::path folder = fs::temp_directory_path() / "cb_no_shx" / "用户数据";
  fs::remove_all(folder.parent_path());
  fs::create_directories(folder);
  for (const char* part : {".shp", ".dbf", ".prj", ".cpg"}) {
    fs::copy_file(kDir + "utf8_with_cpg" + part, folder / (std::string("地级市") + part));
  }
  const auto listing = [&] {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
      names.insert(entry.path().filename().string() + ":" + std::to_string(entry.file_size()));
    }
    return names;
  };
  const std::set<std::string> before = listing();
  const std::string shp = (folder / "地级市.shp").string();

  const RegionReadResult result = readRegions(shp);
  expectFixtureContent(result);
  EXPECT_TRUE(reportMentions(result.report, "no .shx"));
  EXPECT_EQ(listLayers(shp).size(), 1u);
  EXPECT_EQ(listing(), before) << "no .shx (or anything else) was written beside the user's file";
  fs::remove_all(folder.parent_path());
}

TEST(RegionReader, DetectsGbkDbfWithoutCpg) {
  const RegionReadResult result = readRegions(kDir + "gbk_no_cpg.shp");
  expectFixtureContent(result);  // names compare equal to UTF-8 literals only if decoded as GBK
  EXPECT_EQ(result.encoding, "GBK");
  EXPECT_TRUE(reportMentions(result.report, "read as GBK"));
}

TEST(RegionReader, AssumesWgs84WithoutPrjAndSaysSo) {
  const RegionReadResult result = readRegions(kDir + "no_prj.shp");
  expectFixtureContent(result);
  EXPECT_TRUE(result.crsAssumed);
  EXPECT_TRUE(reportMentions(result.report, "WGS 84 longitude/latitude assumed"));
}

TEST(RegionReader, UsesRequestedFields) {
  RegionReadOptions options;
  options.codeField = "name";
  options.nameField = "adcode";
  const RegionReadResult result = readRegions(kDir + "regions.geojson", options);
  ASSERT_FALSE(result.layer.empty());
  EXPECT_EQ(result.layer.regions()[0].code, "深圳市");
  EXPECT_EQ(result.layer.regions()[0].name, "440300");
}

TEST(RegionReader, FailsClearlyOnMissingFileAndField) {
  try {
    readRegions(kDir + "does_not_exist.gpkg");
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("does_not_exist.gpkg"), std::string::npos);
  }
  RegionReadOptions options;
  options.codeField = "no_such_field";
  EXPECT_THROW(readRegions(kDir + "regions.geojson", options), std::runtime_error);
}

TEST(RegionReader, ListsLayers) {
  const std::vector<LayerSummary> layers = listLayers(kDir + "regions.geojson");
  ASSERT_EQ(layers.size(), 1u);
  EXPECT_EQ(layers[0].featureCount, 6);
}

}  // namespace
}  // namespace cb
