// SPDX-License-Identifier: GPL-3.0-or-later
// Writes ellipses to a GeoPackage and a Shapefile and reads them back through GDAL.
#include <gtest/gtest.h>
#include <ogr_spatialref.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/crs/crs.h"
#include "core/export/ellipse_writer.h"
#include "core/io/gdal_environment.h"
#include "core/io/gdal_handles.h"
#include "core/stats/sde_analysis.h"

namespace cb {
namespace {

namespace fs = std::filesystem;

class SdeWriter : public ::testing::Test {
 protected:
  void SetUp() override {
    gdal::ensureInitialised();
    mDir = fs::temp_directory_path() /
           ("cb_sde_writer_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(mDir);
    fs::create_directories(mDir);
    // Two groups, one with a Chinese name (UTF-8 must survive), one with too few points.
    SdeRequest r;
    const double lon[] = {116.4, 121.5, 113.3, 104.1, 114.3, 108.9, 120.2, 118.8};
    const double lat[] = {39.9, 31.2, 23.1, 30.6, 30.6, 34.3, 30.3, 32.1};
    for (int i = 0; i < 8; ++i) {
      r.x.push_back(lon[i]);
      r.y.push_back(lat[i]);
      r.weights.push_back(1.0 + i);
      r.groups.push_back(i < 6 ? "长三角 cluster" : "belt");
    }
    mReport = computeSde(r);
  }
  void TearDown() override { fs::remove_all(mDir); }

  fs::path mDir;
  SdeReport mReport;
};

void checkLayer(const fs::path& path, const SdeReport& report, bool shapefile) {
  gdal::DatasetPtr dataset(GDALDataset::Open(path.string().c_str(), GDAL_OF_VECTOR));
  ASSERT_TRUE(dataset) << path;
  ASSERT_EQ(dataset->GetLayerCount(), 1);
  OGRLayer* layer = dataset->GetLayer(0);
  EXPECT_EQ(wkbFlatten(layer->GetGeomType()), wkbPolygon);
  ASSERT_EQ(layer->GetFeatureCount(), 2);
  // The layer is in China Albers.
  const OGRSpatialReference* srs = layer->GetSpatialRef();
  ASSERT_NE(srs, nullptr);
  OGRSpatialReference albers;
  albers.SetFromUserInput(std::string(crs::kChinaAlbers).c_str());
  // Compared by parameters: a Shapefile's .prj renames the unnamed datum.
  char* written = nullptr;
  char* wanted = nullptr;
  srs->exportToProj4(&written);
  albers.exportToProj4(&wanted);
  EXPECT_STREQ(written, wanted) << path;
  CPLFree(written);
  CPLFree(wanted);

  const char* major = shapefile ? "sigma_maj" : "sigma_major";
  const char* azimuth = shapefile ? "azimuth" : "azimuth_deg";
  layer->ResetReading();
  for (const SdeEllipse& e : report.ellipses) {
    gdal::FeaturePtr f(layer->GetNextFeature());
    ASSERT_TRUE(f);
    EXPECT_STREQ(f->GetFieldAsString("group"), e.group.c_str());
    EXPECT_EQ(f->GetFieldAsInteger64("n"), static_cast<GIntBig>(e.sde.n));
    EXPECT_EQ(f->GetFieldAsInteger(shapefile ? "has_ell" : "has_ellipse"), e.hasEllipse ? 1 : 0);
    EXPECT_STREQ(f->GetFieldAsString("method"), "arcgis");
    if (!e.hasEllipse) {
      EXPECT_TRUE(f->GetGeometryRef() == nullptr || f->GetGeometryRef()->IsEmpty());
      continue;
    }
    EXPECT_NEAR(f->GetFieldAsDouble(major), e.sde.sigmaMajor, 1e-6);
    EXPECT_NEAR(f->GetFieldAsDouble(azimuth), e.azimuthGridDeg, 1e-9);
    EXPECT_NEAR(f->GetFieldAsDouble("center_x"), e.sde.center.x, 1e-6);
    EXPECT_NEAR(f->GetFieldAsDouble("center_lat"), e.centerLonLat.y, 1e-9);
    EXPECT_NEAR(f->GetFieldAsDouble("area_km2"), e.areaKm2, 1e-6);
    EXPECT_NEAR(f->GetFieldAsDouble("YStdDist"), e.sde.sigmaMajor, 1e-6);
    EXPECT_NEAR(f->GetFieldAsDouble("XStdDist"), e.sde.sigmaMinor, 1e-6);
    EXPECT_NEAR(f->GetFieldAsDouble("Rotation"), e.azimuthGridDeg, 1e-9);
    EXPECT_EQ(f->GetFieldAsInteger("k"), 1);
    EXPECT_FALSE(f->IsFieldSetAndNotNull(f->GetFieldIndex("p")));
    const OGRGeometry* g = f->GetGeometryRef();
    ASSERT_NE(g, nullptr);
    ASSERT_EQ(wkbFlatten(g->getGeometryType()), wkbPolygon);
    const OGRPolygon* polygon = g->toPolygon();
    EXPECT_EQ(polygon->getExteriorRing()->getNumPoints(), 361);
    EXPECT_NEAR(polygon->get_Area() / 1e6, e.areaKm2, 1e-4 * e.areaKm2);
  }
}

TEST_F(SdeWriter, GeoPackageRoundTrip) {
  ASSERT_EQ(mReport.ellipses.size(), 2u);
  ASSERT_TRUE(mReport.ellipses[1].hasEllipse);    // "长三角 cluster" sorts after "belt"
  ASSERT_FALSE(mReport.ellipses[0].hasEllipse);   // "belt" has 2 points
  const fs::path path = mDir / "ellipses.gpkg";
  writeEllipses(path, mReport.ellipses);
  checkLayer(path, mReport, false);
  writeEllipses(path, mReport.ellipses);  // replacing an existing file works
  checkLayer(path, mReport, false);
}

TEST_F(SdeWriter, ShapefileWithCodePage) {
  const fs::path path = mDir / "ellipses.shp";
  writeEllipses(path, mReport.ellipses);
  checkLayer(path, mReport, true);
  const fs::path cpg = mDir / "ellipses.cpg";
  ASSERT_TRUE(fs::exists(cpg));
  std::ifstream in(cpg);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_NE(text.str().find("UTF-8"), std::string::npos) << text.str();
  EXPECT_TRUE(fs::exists(mDir / "ellipses.prj"));
}

TEST_F(SdeWriter, RefusesOtherFormats) {
  EXPECT_THROW(writeEllipses(mDir / "ellipses.csv", mReport.ellipses), std::runtime_error);
}

}  // namespace
}  // namespace cb
