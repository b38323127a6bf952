// SPDX-License-Identifier: GPL-3.0-or-later
// Reproduces every data set and variant of tests/data/sde_vectors.json (independent numpy reference,
// cross-checked against PySAL pointpats, R aspace and the ArcGIS formulas) to its tolerance.
#include <cpl_json.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/crs/coordinate_transform.h"
#include "core/stats/sde.h"
#include "core/stats/sde_analysis.h"

namespace cb {
namespace {

constexpr double kPlanarTolerance = 1e-9;  // relative, as the vectors' conventions state
constexpr double kAlbersTolerance = 1e-6;  // relative: PROJ versions differ slightly

CPLJSONObject loadVectors() {
  CPLJSONDocument document;
  const std::string path = std::string(CB_TEST_DATA_DIR) + "/sde_vectors.json";
  EXPECT_TRUE(document.Load(path)) << "cannot read " << path;
  return document.GetRoot();
}

// Relative comparison; `floor` is the absolute tolerance used when the expected value is 0.
void expectClose(double actual, double expected, double relative, double floor,
                 const std::string& what) {
  const double tolerance = std::max(relative * std::abs(expected), floor);
  EXPECT_NEAR(actual, expected, tolerance) << what;
}

// "arcgis_2sd" → ArcGis k = 2; "wang_p0.95" → Confidence p = 0.95; … Unknown keys fail the test,
// so a variant added to the vectors cannot be skipped silently.
bool optionsFor(const std::string& variant, SdeOptions& options) {
  if (variant == "yuill") {
    options.method = SdeMethod::Yuill;
  } else if (variant.rfind("arcgis_", 0) == 0 && variant.size() == 10) {
    options.method = SdeMethod::ArcGis;
    options.k = variant[7] - '0';
  } else if (variant == "crimestat_n_minus_2") {
    options.method = SdeMethod::CrimeStat;
  } else if (variant == "aspace_weighted_W_minus_2") {
    options.method = SdeMethod::Aspace;
  } else if (variant.rfind("wang_p", 0) == 0) {
    options.method = SdeMethod::Confidence;
    options.p = std::stod(variant.substr(6));
  } else {
    return false;
  }
  return true;
}

struct DataSet {
  std::vector<double> x, y, w;
};

DataSet readPoints(const CPLJSONObject& set) {
  DataSet d;
  const CPLJSONArray points = set.GetArray("points");
  for (int i = 0; i < points.Size(); ++i) {
    const CPLJSONArray point = points[i].ToArray();
    d.x.push_back(point[0].ToDouble());
    d.y.push_back(point[1].ToDouble());
  }
  if (set.GetObj("weights").GetType() == CPLJSONObject::Type::Array) {
    for (const CPLJSONObject& w : set.GetArray("weights")) d.w.push_back(w.ToDouble());
  }
  return d;
}

TEST(SdeVectors, MomentsOfEveryDataSet) {
  const CPLJSONObject root = loadVectors();
  const CPLJSONArray sets = root.GetArray("datasets");
  ASSERT_GE(sets.Size(), 4);
  for (const CPLJSONObject& set : sets) {
    const std::string id = set.GetString("id");
    const DataSet d = readPoints(set);
    const WeightedMoments m = computeMoments(d.x, d.y, d.w);
    const CPLJSONObject e = set.GetObj("moments");
    ASSERT_TRUE(m.isValid()) << id;
    EXPECT_EQ(m.n, static_cast<std::size_t>(e.GetInteger("n"))) << id;
    const double scale = std::max(std::abs(e.GetDouble("Sxx")), std::abs(e.GetDouble("Syy")));
    expectClose(m.weightSum, e.GetDouble("W"), kPlanarTolerance, 0.0, id + " W");
    expectClose(m.meanX, e.GetDouble("mean_x"), kPlanarTolerance, 1e-12, id + " mean_x");
    expectClose(m.meanY, e.GetDouble("mean_y"), kPlanarTolerance, 1e-12, id + " mean_y");
    expectClose(m.sxx, e.GetDouble("Sxx"), kPlanarTolerance, 1e-12 * scale, id + " Sxx");
    expectClose(m.syy, e.GetDouble("Syy"), kPlanarTolerance, 1e-12 * scale, id + " Syy");
    expectClose(m.sxy, e.GetDouble("Sxy"), kPlanarTolerance, 1e-12 * scale, id + " Sxy");
  }
}

TEST(SdeVectors, EveryVariantOfEveryDataSet) {
  const CPLJSONObject root = loadVectors();
  int checked = 0;
  for (const CPLJSONObject& set : root.GetArray("datasets")) {
    const std::string id = set.GetString("id");
    const DataSet d = readPoints(set);
    const WeightedMoments m = computeMoments(d.x, d.y, d.w);
    for (const CPLJSONObject& expected : set.GetObj("expected").GetChildren()) {
      const std::string variant = expected.GetName();
      const std::string what = id + " / " + variant;
      SdeOptions options;
      ASSERT_TRUE(optionsFor(variant, options)) << "unknown variant " << what;
      const SdeParameters r = sdeFromMoments(m, options);
      const double a = expected.GetDouble("sigma_major");
      const double lengthFloor = 1e-12 * a;  // for the exact zeros of the collinear set
      expectClose(r.center.x, expected.GetDouble("center_x"), kPlanarTolerance, 1e-12, what);
      expectClose(r.center.y, expected.GetDouble("center_y"), kPlanarTolerance, 1e-12, what);
      expectClose(r.sigmaMajor, a, kPlanarTolerance, lengthFloor, what + " sigma_major");
      expectClose(r.sigmaMinor, expected.GetDouble("sigma_minor"), kPlanarTolerance, lengthFloor,
                  what + " sigma_minor");
      // aspace/CrimeStat naming: Sigma.y along the azimuth is the major semi-axis.
      expectClose(r.sigmaMajor, expected.GetDouble("sigma_y_along_azimuth"), kPlanarTolerance,
                  lengthFloor, what + " sigma_y");
      expectClose(r.sigmaMinor, expected.GetDouble("sigma_x_perpendicular"), kPlanarTolerance,
                  lengthFloor, what + " sigma_x");
      expectClose(r.angleCcwFromXDeg, expected.GetDouble("angle_ccw_from_x_deg"),
                  kPlanarTolerance, 1e-12, what + " angle");
      expectClose(r.azimuthDeg, expected.GetDouble("azimuth_cw_from_north_deg"),
                  kPlanarTolerance, 1e-12, what + " azimuth");
      expectClose(r.area, expected.GetDouble("area"), kPlanarTolerance, 1e-12 * a * a,
                  what + " area");
      expectClose(r.axisRatio, expected.GetDouble("axis_ratio_minor_over_major"),
                  kPlanarTolerance, 1e-12, what + " b/a");
      expectClose(r.flattening, expected.GetDouble("flattening_1_minus_b_over_a"),
                  kPlanarTolerance, 1e-12, what + " flattening");
      expectClose(r.eccentricity, expected.GetDouble("eccentricity"), kPlanarTolerance, 1e-12,
                  what + " eccentricity");
      const double scale = expected.GetDouble("scale_factor_on_sqrt_lambda", 1.0);
      expectClose(r.scaleFactor, scale, kPlanarTolerance, 0.0, what + " scale factor");
      if (options.method == SdeMethod::Confidence) {
        EXPECT_DOUBLE_EQ(options.p, expected.GetDouble("confidence_p")) << what;
      }
      EXPECT_EQ(r.collinear, expected.GetDouble("sigma_minor") == 0.0) << what;
      ++checked;
    }
  }
  EXPECT_GE(checked, 33);  // 4 data sets × 8 variants, plus aspace on the weighted one
}

TEST(SdeVectors, ConfidenceFactorsMatchTheChiSquareTable) {
  const CPLJSONObject coverage = loadVectors().GetObj("coverage_bivariate_normal");
  int checked = 0;
  for (const CPLJSONObject& entry : coverage.GetChildren()) {
    const std::string key = entry.GetName();
    if (key.rfind("c for p=", 0) != 0) continue;
    SdeOptions options;
    options.method = SdeMethod::Confidence;
    options.p = std::stod(key.substr(8));
    expectClose(sdeScaleFactor(options, 10, 10.0), entry.ToDouble(), kPlanarTolerance, 0.0, key);
    ++checked;
  }
  EXPECT_GE(checked, 7);
  // The ArcGIS factors k·√2 cover P = 1 − exp(−c²/2) of a bivariate normal.
  for (int k = 1; k <= 3; ++k) {
    const double c = sdeScaleFactor({SdeMethod::ArcGis, k, 0.0}, 10, 10.0);
    const std::string key = k == 1 ? "c=sqrt2 (arcgis_1sd)"
                                   : "c=" + std::to_string(k) + "*sqrt2 (arcgis_" +
                                         std::to_string(k) + "sd)";
    expectClose(1.0 - std::exp(-c * c / 2.0), coverage.GetDouble(key), kPlanarTolerance, 0.0, key);
  }
}

TEST(SdeVectors, AlbersCheckpoints) {
  const CPLJSONObject albers = loadVectors().GetObj("albers_checkpoints");
  const CoordinateTransform toAlbers = CoordinateTransform::wgs84ToChinaAlbers();
  const double cone = albers.GetDouble("cone_constant_n_WGS84");
  int checked = 0;
  for (const CPLJSONObject& point : albers.GetArray("points")) {
    const std::string name = point.GetString("name");
    const Point2 lonLat{point.GetDouble("lon"), point.GetDouble("lat")};
    const Point2 xy = toAlbers.forward(lonLat);
    expectClose(xy.x, point.GetDouble("x_proj"), kAlbersTolerance, 1e-6, name + " x");
    expectClose(xy.y, point.GetDouble("y_proj"), kAlbersTolerance, 1e-6, name + " y");
    const double gamma = gridAzimuthOfTrueNorthDeg(toAlbers, lonLat);
    expectClose(gamma, point.GetDouble("grid_azimuth_of_true_north_deg"), kAlbersTolerance, 1e-9,
                name + " grid azimuth of true north");
    // In a conic projection true north lies −n·(λ − λ₀) clockwise from grid north.
    expectClose(gamma, -cone * (lonLat.x - 105.0), kAlbersTolerance, 1e-9, name + " cone");
    ++checked;
  }
  EXPECT_EQ(checked, 10);
}

TEST(SdeVectors, AnalyticRotatedEllipse) {
  // Built here, not read from the file: 36 points equally spaced in t on the ellipse A = 10,
  // B = 4, major axis 30° counter-clockwise from east, centre (500, 300). The population
  // covariance is R·diag(A²/2, B²/2)·Rᵀ, so ArcGIS 1 SD returns A and B and bearing 60° exactly.
  constexpr double pi = 3.14159265358979323846;
  std::vector<double> x, y;
  for (int i = 0; i < 36; ++i) {
    const double t = 2.0 * pi * i / 36.0;
    const double u = 10.0 * std::cos(t);
    const double v = 4.0 * std::sin(t);
    x.push_back(500.0 + u * std::cos(pi / 6) - v * std::sin(pi / 6));
    y.push_back(300.0 + u * std::sin(pi / 6) + v * std::cos(pi / 6));
  }
  const SdeParameters r = sdeFromMoments(computeMoments(x, y), SdeOptions{});
  EXPECT_NEAR(r.center.x, 500.0, 1e-9);
  EXPECT_NEAR(r.center.y, 300.0, 1e-9);
  EXPECT_NEAR(r.sigmaMajor, 10.0, 1e-9);
  EXPECT_NEAR(r.sigmaMinor, 4.0, 1e-9);
  EXPECT_NEAR(r.azimuthDeg, 60.0, 1e-9);
  EXPECT_NEAR(r.angleCcwFromXDeg, 30.0, 1e-9);
  EXPECT_NEAR(r.area, 40.0 * pi, 1e-9);
  const SdeParameters yuill = sdeFromMoments(computeMoments(x, y), {SdeMethod::Yuill, 1, 0.0});
  EXPECT_NEAR(yuill.sigmaMajor, 10.0 / std::sqrt(2.0), 1e-9);
  const SdeParameters crime = sdeFromMoments(computeMoments(x, y), {SdeMethod::CrimeStat, 1, 0.0});
  EXPECT_NEAR(crime.sigmaMajor, 10.0 * std::sqrt(36.0 / 34.0), 1e-9);
}

}  // namespace
}  // namespace cb
