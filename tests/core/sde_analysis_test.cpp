// SPDX-License-Identifier: GPL-3.0-or-later
// The SDE on real input: projection first, degenerate and bad-weight cases, groups, outputs.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/crs/coordinate_transform.h"
#include "core/crs/crs.h"
#include "core/stats/sde.h"
#include "core/stats/sde_analysis.h"

namespace cb {
namespace {

// A few prefecture seats (lon/lat, WGS 84) with employment-like weights.
struct City {
  const char* name;
  double lon, lat, weight;
};
const std::vector<City> kCities = {
    {"Beijing", 116.4074, 39.9042, 30}, {"Shanghai", 121.4737, 31.2304, 45},
    {"Guangzhou", 113.2644, 23.1291, 25}, {"Chengdu", 104.0665, 30.5723, 12},
    {"Wuhan", 114.3054, 30.5931, 10},   {"Xi'an", 108.9398, 34.3416, 6},
    {"Shenyang", 123.4315, 41.8057, 5}, {"Hangzhou", 120.1551, 30.2741, 20},
};

SdeRequest cityRequest() {
  SdeRequest r;
  for (const City& c : kCities) {
    r.x.push_back(c.lon);
    r.y.push_back(c.lat);
    r.weights.push_back(c.weight);
  }
  return r;
}

bool hasMessage(const SdeReport& report, SdeMessage::Severity severity, const std::string& part,
                long long row = -2) {
  for (const SdeMessage& m : report.messages) {
    if (m.severity == severity && m.text.find(part) != std::string::npos &&
        (row == -2 || m.row == row)) {
      return true;
    }
  }
  return false;
}

double shoelace(const Ring& ring) {
  double twice = 0.0;
  for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
    twice += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
  }
  return twice / 2.0;
}

TEST(SdeAnalysis, ProjectsLonLatToAlbersBeforeComputing) {
  const SdeReport report = computeSde(cityRequest());
  ASSERT_EQ(report.ellipses.size(), 1u);
  const SdeEllipse& e = report.ellipses[0];
  ASSERT_TRUE(e.hasEllipse);
  EXPECT_FALSE(report.hasErrors());
  // The same numbers as projecting by hand and running the planar kernel.
  const CoordinateTransform toAlbers = CoordinateTransform::wgs84ToChinaAlbers();
  std::vector<double> x, y, w;
  for (const City& c : kCities) {
    const Point2 p = toAlbers.forward({c.lon, c.lat});
    x.push_back(p.x);
    y.push_back(p.y);
    w.push_back(c.weight);
  }
  const SdeParameters planar = sdeFromMoments(computeMoments(x, y, w), SdeOptions{});
  EXPECT_DOUBLE_EQ(e.sde.center.x, planar.center.x);
  EXPECT_DOUBLE_EQ(e.sde.center.y, planar.center.y);
  EXPECT_DOUBLE_EQ(e.sde.sigmaMajor, planar.sigmaMajor);
  EXPECT_DOUBLE_EQ(e.sde.azimuthDeg, planar.azimuthDeg);
  EXPECT_EQ(e.sde.n, kCities.size());
  EXPECT_DOUBLE_EQ(e.sde.weightSum, 153.0);
  // The lon/lat centre is the inverse-projected Albers centre, not the mean of the degrees.
  const Point2 back = toAlbers.forward(e.centerLonLat);
  EXPECT_NEAR(back.x, e.sde.center.x, 1e-6);
  EXPECT_NEAR(back.y, e.sde.center.y, 1e-6);
  // True bearing = grid bearing + n·(λ − 105°) in China Albers.
  constexpr double cone = 0.5771090015118564;
  EXPECT_NEAR(e.gridConvergenceDeg, -cone * (e.centerLonLat.x - 105.0), 1e-7);
  EXPECT_NEAR(std::fmod(e.azimuthTrueDeg - e.azimuthGridDeg + 360.0, 180.0),
              std::fmod(cone * (e.centerLonLat.x - 105.0) + 360.0, 180.0), 1e-7);
  EXPECT_NEAR(e.areaKm2, e.sde.area / 1e6, 1e-9 * e.areaKm2);
  // ArcGIS fields: YStdDist along Rotation is the major semi-axis.
  EXPECT_EQ(e.arcgis.yStdDist, e.sde.sigmaMajor);
  EXPECT_EQ(e.arcgis.xStdDist, e.sde.sigmaMinor);
  EXPECT_EQ(e.arcgis.rotation, e.azimuthGridDeg);
  EXPECT_EQ(e.arcgis.centerX, e.sde.center.x);
}

TEST(SdeAnalysis, PolygonsInAlbersAndLonLat) {
  const SdeEllipse e = computeSde(cityRequest()).ellipses.at(0);
  ASSERT_EQ(e.polygon.size(), 361u);
  EXPECT_EQ(e.polygon.front(), e.polygon.back());
  // Inscribed 360-gon: area short of π·a·b by (1 − sin(2π/N)/(2π/N)) ≈ 5e-5.
  EXPECT_GT(shoelace(e.polygon), 0.0);  // counter-clockwise
  EXPECT_NEAR(shoelace(e.polygon) / e.sde.area, 1.0, 1e-4);
  ASSERT_EQ(e.polygonLonLat.size(), e.polygon.size());
  const CoordinateTransform toAlbers = CoordinateTransform::wgs84ToChinaAlbers();
  for (std::size_t i = 0; i < e.polygon.size(); i += 45) {
    const Point2 p = toAlbers.forward(e.polygonLonLat[i]);
    EXPECT_NEAR(p.x, e.polygon[i].x, 1e-5);
    EXPECT_NEAR(p.y, e.polygon[i].y, 1e-5);
  }
  // The vertex at t = 0 is the end of the major axis.
  const double dx = e.polygon[0].x - e.sde.center.x;
  const double dy = e.polygon[0].y - e.sde.center.y;
  EXPECT_NEAR(std::hypot(dx, dy), e.sde.sigmaMajor, 1e-6);
  EXPECT_NEAR(std::fmod(std::atan2(dx, dy) * 180.0 / std::numbers::pi + 360.0, 180.0), e.azimuthGridDeg, 1e-9);
}

TEST(SdeAnalysis, NoTransformationWhenTheInputIsInTheComputationCrs) {
  const std::vector<double> x = {1.0e6, 1.2e6, 1.1e6, 0.9e6, 1.05e6, 1.3e6};
  const std::vector<double> y = {3.5e6, 3.7e6, 3.4e6, 3.6e6, 3.9e6, 3.55e6};
  SdeRequest r;
  r.x = x;
  r.y = y;
  // The same CRS written without +type=crs is recognised as the computation CRS.
  r.inputCrs = "+proj=aea +lat_0=0 +lon_0=105 +lat_1=25 +lat_2=47 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs";
  const SdeEllipse e = computeSde(r).ellipses.at(0);
  const SdeParameters planar = sdeFromMoments(computeMoments(x, y), SdeOptions{});
  EXPECT_EQ(e.sde.center.x, planar.center.x);
  EXPECT_EQ(e.sde.center.y, planar.center.y);
  EXPECT_EQ(e.sde.sigmaMajor, planar.sigmaMajor);
  EXPECT_EQ(e.sde.sigmaMinor, planar.sigmaMinor);
}

TEST(SdeAnalysis, RefusesDegreesUnlessAllowed) {
  SdeRequest r = cityRequest();
  r.computationCrs = "EPSG:4326";
  EXPECT_THROW(computeSde(r), std::invalid_argument);
  r.allowDegrees = true;
  const SdeReport report = computeSde(r);
  const SdeEllipse& e = report.ellipses.at(0);
  EXPECT_TRUE(e.onDegrees);
  EXPECT_TRUE(e.hasEllipse);
  EXPECT_TRUE(std::isnan(e.areaKm2));
  EXPECT_TRUE(hasMessage(report, SdeMessage::Severity::Warning, "degrees"));
  // On degrees the centre is the weighted mean of the degrees themselves.
  double sw = 0, sx = 0;
  for (const City& c : kCities) {
    sw += c.weight;
    sx += c.weight * c.lon;
  }
  EXPECT_NEAR(e.centerLonLat.x, sx / sw, 1e-12);
}

TEST(SdeAnalysis, TooFewPointsGiveNoEllipseAndFewGiveAWarning) {
  SdeRequest two;
  two.x = {116.4, 121.5};
  two.y = {39.9, 31.2};
  const SdeReport r2 = computeSde(two);
  EXPECT_FALSE(r2.ellipses.at(0).hasEllipse);
  EXPECT_TRUE(r2.ellipses.at(0).polygon.empty());
  EXPECT_TRUE(hasMessage(r2, SdeMessage::Severity::Warning, "at least 3"));

  SdeRequest four = two;
  four.x.insert(four.x.end(), {113.3, 104.1});
  four.y.insert(four.y.end(), {23.1, 30.6});
  const SdeReport r4 = computeSde(four);
  EXPECT_TRUE(r4.ellipses.at(0).hasEllipse);
  EXPECT_TRUE(hasMessage(r4, SdeMessage::Severity::Warning, "unstable"));

  four.x.push_back(114.3);
  four.y.push_back(30.6);
  EXPECT_FALSE(hasMessage(computeSde(four), SdeMessage::Severity::Warning, "unstable"));
}

TEST(SdeAnalysis, CollinearPointsGiveAFlaggedDegenerateEllipse) {
  SdeRequest r;
  r.inputCrs = r.computationCrs;
  for (int i = 0; i < 5; ++i) {  // a line at 30° from east, as in the vectors' collinear5
    r.x.push_back(1e6 + 1000.0 * i * std::cos(std::numbers::pi / 6));
    r.y.push_back(3e6 + 1000.0 * i * std::sin(std::numbers::pi / 6));
  }
  const SdeReport report = computeSde(r);
  const SdeEllipse& e = report.ellipses.at(0);
  EXPECT_TRUE(e.hasEllipse);
  EXPECT_TRUE(e.sde.collinear);
  EXPECT_EQ(e.sde.sigmaMinor, 0.0);
  EXPECT_EQ(e.sde.area, 0.0);
  EXPECT_NEAR(e.sde.azimuthDeg, 60.0, 1e-9);
  EXPECT_TRUE(e.polygon.empty());
  EXPECT_TRUE(hasMessage(report, SdeMessage::Severity::Warning, "collinear"));
}

TEST(SdeAnalysis, CircularAndCoincidentPoints) {
  SdeRequest square;
  square.inputCrs = square.computationCrs;
  square.x = {1e6, 1e6 + 500, 1e6, 1e6 - 500, 1e6 + 500, 1e6 - 500};
  square.y = {3e6 + 500, 3e6, 3e6 - 500, 3e6, 3e6 + 500, 3e6 - 500};
  square.x.push_back(1e6 - 500);
  square.y.push_back(3e6 + 500);
  square.x.push_back(1e6 + 500);
  square.y.push_back(3e6 - 500);
  const SdeEllipse c = computeSde(square).ellipses.at(0);
  EXPECT_TRUE(c.sde.circular);
  EXPECT_EQ(c.sde.azimuthDeg, 0.0);
  EXPECT_NEAR(c.sde.sigmaMajor, c.sde.sigmaMinor, 1e-9 * c.sde.sigmaMajor);

  SdeRequest same;
  same.x = {110.0, 110.0, 110.0, 110.0, 110.0};
  same.y = {30.0, 30.0, 30.0, 30.0, 30.0};
  const SdeReport report = computeSde(same);
  EXPECT_FALSE(report.ellipses.at(0).hasEllipse);
  EXPECT_TRUE(report.ellipses.at(0).sde.coincident);
  EXPECT_NEAR(report.ellipses.at(0).centerLonLat.x, 110.0, 1e-9);
  EXPECT_TRUE(hasMessage(report, SdeMessage::Severity::Warning, "same place"));
}

TEST(SdeAnalysis, BadWeightsAreErrorsNamingTheRow) {
  const struct {
    double weight;
    const char* says;
  } cases[] = {{0.0, "zero"}, {-3.0, "negative"}, {std::nan(""), "not a number"},
               {INFINITY, "infinite"}};
  for (const auto& c : cases) {
    SdeRequest r = cityRequest();
    r.rows = {2, 3, 4, 5, 6, 7, 8, 9};  // e.g. CSV lines
    r.weights[3] = c.weight;
    const SdeReport report = computeSde(r);
    EXPECT_TRUE(report.hasErrors()) << c.says;
    EXPECT_TRUE(hasMessage(report, SdeMessage::Severity::Error, c.says, 5)) << c.says;
    EXPECT_FALSE(report.ellipses.at(0).hasEllipse) << c.says;
  }
  SdeRequest r = cityRequest();
  r.y[6] = std::nan("");
  const SdeReport report = computeSde(r);
  EXPECT_TRUE(hasMessage(report, SdeMessage::Severity::Error, "coordinate", 6));
}

TEST(SdeAnalysis, OneEllipsePerGroupInAscendingOrder) {
  SdeRequest r = cityRequest();
  // Two groups of 3 and two singletons, given out of order.
  r.groups = {"north", "east", "south", "west", "east", "north", "north", "east"};
  const SdeReport report = computeSde(r);
  ASSERT_EQ(report.ellipses.size(), 4u);
  EXPECT_EQ(report.ellipses[0].group, "east");
  EXPECT_EQ(report.ellipses[1].group, "north");
  EXPECT_EQ(report.ellipses[2].group, "south");
  EXPECT_EQ(report.ellipses[3].group, "west");
  EXPECT_EQ(report.ellipses[0].sde.n, 3u);
  EXPECT_TRUE(report.ellipses[0].hasEllipse);
  EXPECT_FALSE(report.ellipses[2].hasEllipse);
  EXPECT_EQ(report.ellipses[2].sde.n, 1u);
  // A group's ellipse equals the ellipse of that group's points alone.
  SdeRequest east;
  for (std::size_t i = 0; i < r.x.size(); ++i) {
    if (r.groups[i] != "east") continue;
    east.x.push_back(r.x[i]);
    east.y.push_back(r.y[i]);
    east.weights.push_back(r.weights[i]);
  }
  const SdeEllipse alone = computeSde(east).ellipses.at(0);
  EXPECT_DOUBLE_EQ(alone.sde.sigmaMajor, report.ellipses[0].sde.sigmaMajor);
  EXPECT_DOUBLE_EQ(alone.sde.center.y, report.ellipses[0].sde.center.y);
}

TEST(SdeAnalysis, IntegerWeightsEqualRepeatedPoints) {
  SdeRequest weighted = cityRequest();
  SdeRequest repeated;
  for (std::size_t i = 0; i < weighted.x.size(); ++i) {
    weighted.weights[i] = static_cast<double>(1 + i % 3);
    for (std::size_t k = 0; k < 1 + i % 3; ++k) {
      repeated.x.push_back(weighted.x[i]);
      repeated.y.push_back(weighted.y[i]);
    }
  }
  const SdeParameters a = computeSde(weighted).ellipses.at(0).sde;
  const SdeParameters b = computeSde(repeated).ellipses.at(0).sde;
  EXPECT_NEAR(a.sigmaMajor, b.sigmaMajor, 1e-9 * b.sigmaMajor);
  EXPECT_NEAR(a.sigmaMinor, b.sigmaMinor, 1e-9 * b.sigmaMinor);
  EXPECT_NEAR(a.azimuthDeg, b.azimuthDeg, 1e-9);
}

TEST(SdeAnalysis, LargeOffsetsKeepTheDigits) {
  // Two-pass sums: moving the cloud by 10⁷ m must not change the axes.
  std::vector<double> x = {3, 7, 1, 9, 4, 6, 2, 8}, y = {5, 1, 7, 2, 9, 3, 6, 4};
  const SdeParameters near = sdeFromMoments(computeMoments(x, y), SdeOptions{});
  for (double& v : x) v += 1e7;
  for (double& v : y) v += 1e7;
  const SdeParameters far = sdeFromMoments(computeMoments(x, y), SdeOptions{});
  EXPECT_NEAR(far.sigmaMajor, near.sigmaMajor, 1e-9 * near.sigmaMajor);
  EXPECT_NEAR(far.sigmaMinor, near.sigmaMinor, 1e-9 * near.sigmaMinor);
  EXPECT_NEAR(far.azimuthDeg, near.azimuthDeg, 1e-7);
}

TEST(SdeAnalysis, AxisAlignedCloudsHaveExactBearings) {
  const std::vector<double> x = {-3, 3, 0, 0, 0}, y = {0, 0, -1, 1, 0};
  EXPECT_EQ(sdeFromMoments(computeMoments(x, y), SdeOptions{}).azimuthDeg, 90.0);
  EXPECT_EQ(sdeFromMoments(computeMoments(y, x), SdeOptions{}).azimuthDeg, 0.0);
}

TEST(SdeAnalysis, RejectsUnusableRequests) {
  SdeRequest r = cityRequest();
  r.weights.pop_back();
  EXPECT_THROW(computeSde(r), std::invalid_argument);
  r = cityRequest();
  r.options.k = 4;
  EXPECT_THROW(computeSde(r), std::invalid_argument);
  r = cityRequest();
  r.options = {SdeMethod::Confidence, 1, 1.0};
  EXPECT_THROW(computeSde(r), std::invalid_argument);
  r = cityRequest();
  r.inputCrs = "EPSG:999999";
  EXPECT_THROW(computeSde(r), std::invalid_argument);
}

TEST(SdeAnalysis, MethodNamesAndLabels) {
  for (SdeMethod m : {SdeMethod::ArcGis, SdeMethod::Yuill, SdeMethod::CrimeStat, SdeMethod::Aspace,
                      SdeMethod::Confidence}) {
    EXPECT_EQ(parseSdeMethod(sdeMethodName(m)), m);
  }
  EXPECT_FALSE(parseSdeMethod("esri").has_value());
  EXPECT_NE(sdeMethodLabel({SdeMethod::CrimeStat, 1, 0.0}, true).find("PySAL"), std::string::npos);
  EXPECT_EQ(sdeMethodLabel({SdeMethod::CrimeStat, 1, 0.0}, false).find("PySAL"), std::string::npos);
  EXPECT_NE(sdeMethodLabel({SdeMethod::ArcGis, 2, 0.0}, false).find("2 SD"), std::string::npos);
  EXPECT_NE(sdeMethodLabel({SdeMethod::Confidence, 1, 0.95}, false).find("0.95"), std::string::npos);
}

}  // namespace
}  // namespace cb
