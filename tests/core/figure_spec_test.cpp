// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scene/figure_spec.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <filesystem>

#include "core/crs/coordinate_transform.h"
#include "core/io/boundary_map_reader.h"
#include "core/io/maritime_line_reader.h"
#include "core/model/boundary_map.h"
#include "core/scene/figure_geometry.h"

namespace cb {
namespace {

std::filesystem::path scratch(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / "cb_figure_spec_test";
  std::filesystem::create_directories(dir);
  return dir / name;
}

std::string errorOf(const std::string& json) {
  try {
    FigureSpec::fromJson(json, "spec.json");
  } catch (const FigureSpecError& e) {
    return e.what();
  }
  return {};
}

TEST(FigureSpec, RoundTripsEveryFieldThroughJson) {
  FigureSpec spec;
  spec.applyPreset("single-column");
  spec.heightMm = 95.5;
  spec.dpi = 600;
  spec.margins = {1, 2, 3, 4};
  spec.allChina = false;
  spec.extent = Box2{-100000.5, 2000000, 900000, 3500000.25};
  spec.highlightCity = "440300";
  spec.ellipses = false;
  spec.ellipseGroups = {"MIIT-AMC", "belts"};
  spec.prefectureLabels = true;
  spec.title = "图 1 国家级产业集群";
  spec.legend = false;
  spec.scaleBar = false;
  spec.northArrow = false;
  spec.graticule = false;
  spec.graticuleStepDeg = 5;
  spec.graticuleLabels = false;
  spec.southChinaSeaInset = false;
  spec.note = standardMapNote("GS(2019)1822");
  spec.fontFamily = "Noto Serif CJK SC";
  spec.textAsPaths = true;
  spec.titleSize = PrintLength::mm(4.2);
  spec.labelSize = PrintLength::pt(6.5);
  spec.noteSize = PrintLength::pt(5);
  spec.frameWidth = PrintLength::mm(0.25);
  spec.prefectureLineWidth = PrintLength::pt(0.1);
  spec.provinceLineWidth = PrintLength::pt(0.75);
  spec.graticuleLineWidth = PrintLength::mm(0.05);
  spec.ellipseLineWidth = PrintLength::pt(1.5);
  spec.layersJson = R"({"layers":[{"id":"outcomes","kind":"outcomes","visible":true}]})";

  const FigureSpec back = FigureSpec::fromJson(spec.toJson(), "spec.json");
  EXPECT_EQ(back.layersJson, spec.layersJson);
  EXPECT_EQ(back, spec);
  EXPECT_EQ(back.widthMm, 83.0);
  EXPECT_EQ(back.note, "注：该图基于自然资源部标准地图服务网站下载的审图号为GS(2019)1822号的标准地图制作，底图无修改。");

  // And through a file.
  spec.save(scratch("spec.json"));
  EXPECT_EQ(FigureSpec::load(scratch("spec.json")), spec);
}

TEST(FigureSpec, DefaultsGiveAFigureOfAllChinaWithEveryPieceOfFurniture) {
  const FigureSpec spec = FigureSpec::fromJson("{}");
  EXPECT_EQ(spec, FigureSpec());
  EXPECT_TRUE(spec.allChina && spec.legend && spec.scaleBar && spec.northArrow && spec.southChinaSeaInset);
  EXPECT_EQ(spec.widthMm, 170.0);
  EXPECT_EQ(FigureSpec::fromJson(FigureSpec().toJson()), FigureSpec());
}

TEST(FigureSpec, PresetsAreOverriddenByExplicitSizes) {
  const FigureSpec a4 = FigureSpec::fromJson(R"({"page": {"preset": "a4-landscape"}})");
  EXPECT_EQ(a4.widthMm, 297.0);
  EXPECT_EQ(a4.heightMm, 210.0);
  const FigureSpec wide = FigureSpec::fromJson(R"({"page": {"width_mm": 120, "preset": "a4-portrait"}})");
  EXPECT_EQ(wide.widthMm, 120.0);
  EXPECT_EQ(wide.heightMm, 297.0);
}

TEST(FigureSpec, BadValuesNameTheFileAndTheKey) {
  EXPECT_EQ(errorOf(R"({"page": {"dpi": 300, "colour": "red"}})"), "spec.json: key 'page.colour': unknown key");
  EXPECT_EQ(errorOf(R"({"pages": {}})"), "spec.json: key 'pages': unknown key");
  EXPECT_EQ(errorOf(R"({"page": {"dpi": 10}})"), "spec.json: key 'page.dpi': expected a number from 50 to 2400, got 10");
  EXPECT_EQ(errorOf(R"({"page": {"dpi": "300"}})"), "spec.json: key 'page.dpi': expected a number, got \"300\"");
  EXPECT_EQ(errorOf(R"({"lines": {"frame": "0.5"}})"),
            "spec.json: key 'lines.frame': expected a length such as \"0.5pt\" or \"0.3mm\" (at most 5 mm), got \"0.5\"");
  EXPECT_EQ(errorOf(R"({"furniture": {"legend": "yes"}})"), "spec.json: key 'furniture.legend': expected true or false, got \"yes\"");
  EXPECT_EQ(errorOf(R"({"map": {"extent": [1, 2, 0, 4]}})"), "spec.json: key 'map.extent': the extent's maximum must exceed its minimum");
  EXPECT_NE(errorOf(R"({"page": {"preset": "letter"}})").find("unknown preset \"letter\""), std::string::npos);
  EXPECT_EQ(errorOf("{not json"), "spec.json: not valid JSON");
  EXPECT_EQ(errorOf(R"({"version": 7})"), "spec.json: key 'version': written by a newer version (7)");
  try {
    FigureSpec::load(scratch("missing.json"));
    FAIL() << "no error for a missing file";
  } catch (const FigureSpecError& e) {
    EXPECT_NE(std::string(e.what()).find("missing.json"), std::string::npos);
  }
}

TEST(PrintLength, ParsesPointsAndMillimetres) {
  PrintLength l;
  ASSERT_TRUE(PrintLength::parse("0.5pt", l));
  EXPECT_NEAR(l.toMm(), 0.5 * 25.4 / 72.0, 1e-12);
  ASSERT_TRUE(PrintLength::parse(" 0.3 mm", l));
  EXPECT_NEAR(l.toPt(), 0.3 * 72.0 / 25.4, 1e-12);
  EXPECT_EQ(l.text(), "0.3mm");
  EXPECT_FALSE(PrintLength::parse("-1pt", l));
  EXPECT_FALSE(PrintLength::parse("1px", l));
  EXPECT_FALSE(PrintLength::parse("pt", l));
}

TEST(FigureGeometry, RoundLengthsGraticuleAndTheMainExtent) {
  EXPECT_DOUBLE_EQ(roundLengthBelow(870.0), 500.0);
  EXPECT_DOUBLE_EQ(roundLengthBelow(1999.0), 1000.0);
  EXPECT_DOUBLE_EQ(roundLengthBelow(2.0), 2.0);
  EXPECT_DOUBLE_EQ(graticuleStepDeg({73, 135, 15, 54}), 10.0);
  EXPECT_DOUBLE_EQ(graticuleStepDeg({113, 115, 22, 23.5}), 1.0);

  const CoordinateTransform toAlbers = CoordinateTransform::wgs84ToChinaAlbers();
  const CoordinateTransform toLonLat = CoordinateTransform::chinaAlbersToWgs84();
  const auto lines = graticuleLines({100, 110, 20, 30}, 10, toAlbers);
  // Meridians 100, 110 and parallels 20, 30; the parallels are curved (their middle is lower).
  ASSERT_EQ(lines.size(), 4u);
  const GraticuleLine& parallel = lines[2];
  EXPECT_FALSE(parallel.meridian);
  EXPECT_LT(parallel.points[parallel.points.size() / 2].y, parallel.points.front().y);

  // The fixture's 三沙 islands lie south of 17.5°N: the main map's extent leaves them out.
  const auto map = loadBoundaryMap(std::string(CB_TEST_DATA_DIR) + "/regions/regions.geojson");
  const Box2 all = allChinaExtent(*map, false, toLonLat);
  const Box2 mainland = allChinaExtent(*map, true, toLonLat);
  EXPECT_LT(all.minY, mainland.minY);
  EXPECT_GT(toLonLat.forward({mainland.center().x, mainland.minY}).y, 17.5);
}

TEST(MaritimeLines, FindsALineLayerNamedForTheSouthChinaSeaOnly) {
  EXPECT_TRUE(isSouthChinaSeaLineName("九段线"));
  EXPECT_TRUE(isSouthChinaSeaLineName("China_Nine_Line"));
  EXPECT_TRUE(isSouthChinaSeaLineName("南海诸岛十段线"));
  EXPECT_FALSE(isSouthChinaSeaLineName("provinces"));
  // The bundled boundaries have none.
  EXPECT_FALSE(findSouthChinaSeaLine(std::string(CB_TEST_DATA_DIR) + "/regions/regions.geojson"));

  // A base map with polygons and a 九段线 line layer.
  GDALAllRegister();
  const std::string path = scratch("basemap.gpkg").string();
  std::filesystem::remove(path);
  {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    std::unique_ptr<GDALDataset> dataset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    ASSERT_TRUE(dataset);
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    dataset->CreateLayer("省界", &wgs84, wkbPolygon, nullptr);
    OGRLayer* line = dataset->CreateLayer("九段线", &wgs84, wkbLineString, nullptr);
    ASSERT_NE(line, nullptr);
    OGRFeature feature(line->GetLayerDefn());
    OGRLineString dash;
    dash.addPoint(109.0, 17.0);
    dash.addPoint(109.5, 15.0);
    feature.SetGeometry(&dash);
    ASSERT_EQ(line->CreateFeature(&feature), OGRERR_NONE);
  }
  const auto found = findSouthChinaSeaLine(path);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->layerName, "九段线");
  ASSERT_EQ(found->lines.size(), 1u);
  const Point2 start = CoordinateTransform::wgs84ToChinaAlbers().forward({109.0, 17.0});
  EXPECT_NEAR(found->lines[0][0].x, start.x, 1e-3);
  EXPECT_NEAR(found->lines[0][0].y, start.y, 1e-3);
}

}  // namespace
}  // namespace cb
