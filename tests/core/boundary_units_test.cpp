// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gazetteer/boundary_units.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "core/io/region_reader.h"

namespace cb {
namespace {

// The bundled boundaries are of about 2015: 莱芜 is separate and 那曲 is still a 地区 with its old
// code. Both must land in their 2021 units.
class BundledBoundaryUnits : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string gpkg = std::string(CB_BUNDLED_DATA_DIR) + "/china_prefectures.gpkg";
    ASSERT_TRUE(std::filesystem::exists(gpkg)) << gpkg << " is missing: run packaging/test.sh";
    RegionReadOptions options;
    options.layer = "prefectures";
    mLayer = readRegions(gpkg, options).layer;
    LoadReport report;
    auto gazetteer = Gazetteer::loadBundled(report);
    ASSERT_TRUE(gazetteer) << report.toText();
    mUnits = BoundaryUnits(mLayer, *gazetteer, mReport);
  }
  RegionLayer mLayer;
  BoundaryUnits mUnits;
  LoadReport mReport;
};

TEST_F(BundledBoundaryUnits, MergedUnitCountsAsItsSuccessor) {
  const std::size_t laiwu = *mLayer.indexOfCode("371200");
  const std::size_t jinan = *mLayer.indexOfCode("370100");
  EXPECT_EQ(mUnits.unitOfRegion(laiwu), "370100");
  EXPECT_EQ(mUnits.unitOfRegion(jinan), "370100");
  const auto& regions = mUnits.regionsOfUnit("370100");
  EXPECT_EQ(regions.size(), 2u);
  // The unit is drawn at 济南's own label point, not 莱芜's.
  EXPECT_EQ(mUnits.labelPoint("370100")->x, mLayer.regions()[jinan].labelPoint.x);
}

TEST_F(BundledBoundaryUnits, RecodedUnitStandsForItsNewCode) {
  ASSERT_TRUE(mLayer.indexOfCode("542400").has_value());
  EXPECT_EQ(mUnits.unitOfRegion(*mLayer.indexOfCode("542400")), "540600");
  EXPECT_TRUE(mUnits.labelPoint("540600").has_value());
}

TEST_F(BundledBoundaryUnits, OrdinaryUnitsMapToThemselves) {
  EXPECT_EQ(mUnits.unitOfRegion(*mLayer.indexOfCode("440300")), "440300");
  EXPECT_EQ(mUnits.unitOfRegion(*mLayer.indexOfCode("110000")), "110000");
  EXPECT_EQ(mUnits.regionsOfUnit("440300").size(), 1u);
  EXPECT_TRUE(mUnits.regionsOfUnit("999999").empty());
}

}  // namespace
}  // namespace cb
