// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Standard deviational ellipses of real data: projection to the computation CRS (China Albers by
// default), validation with row numbers, one ellipse per group, and the outputs users compare with
// ArcGIS, CrimeStat, R aspace and PySAL (centre in metres and lon/lat, grid and true bearing, area
// in km², shape indices, ArcGIS-compatible fields, polygons in both CRSs).

#include <string>
#include <vector>

#include "core/crs/crs.h"
#include "core/geometry/geometry.h"
#include "core/model/load_report.h"
#include "core/stats/sde.h"

namespace cb {

/// Points, weights and groups to summarise. x, y are in `inputCrs`: for a geographic CRS x is the
/// longitude and y the latitude in degrees (traditional GIS order, whatever the EPSG axis order).
struct SdeRequest {
  std::vector<double> x;
  std::vector<double> y;
  std::vector<double> weights;      ///< empty: every point weighs 1; else one positive weight each
  std::vector<std::string> groups;  ///< empty: one ellipse of all points; else one key per point
  std::vector<long long> rows;      ///< optional source row of each point, used in messages
  std::string inputCrs = std::string(crs::kWgs84);
  /// The CRS the ellipse is computed in; points are transformed to it unless it is the input CRS.
  /// Must be projected unless allowDegrees is set (computing on degrees distorts every result).
  std::string computationCrs = std::string(crs::kChinaAlbers);
  bool allowDegrees = false;
  SdeOptions options;
  int polygonVertices = 360;  ///< vertices of the output polygons (≥ 360 recommended)
};

/// Something the computation wants the user to know. `row` is the source row (from
/// SdeRequest::rows, else the 0-based point index), −1 when the message is not about one point.
/// A message about one ellipse group or row. Its severity is the load messages' (one diagnostics
/// scale across core), named by severityName().
struct SdeMessage {
  using Severity = LoadMessage::Severity;
  Severity severity = Severity::Info;
  std::string group;
  long long row = -1;
  std::string text;
};


/// The fields ArcGIS Directional Distribution writes, for export. ArcGIS does not fix which of
/// XStdDist/YStdDist is the long axis (it depends on the sign of the correlation in ArcMap 10.x and
/// on the eigen-solver's order in Pro); here YStdDist is always the semi-axis along Rotation (the
/// major axis) and XStdDist the one across it (the minor), the reading ArcMap gives for a positive
/// x–y correlation. Rotation is the bearing of the major axis clockwise from grid north, [0, 180).
struct ArcGisSdeFields {
  double centerX = 0.0;   ///< computation CRS units (China Albers metres)
  double centerY = 0.0;
  double xStdDist = 0.0;  ///< = sigmaMinor
  double yStdDist = 0.0;  ///< = sigmaMajor
  double rotation = 0.0;  ///< = azimuthGridDeg
};

/// One ellipse (or, when hasEllipse is false, the reason there is none) for one group.
struct SdeEllipse {
  std::string group;               ///< the group value; empty when the request had no groups
  bool hasEllipse = false;         ///< false when n < 3, the points coincide, or input was bad
  SdeParameters sde;               ///< planar results in the computation CRS (sigma in its units)
  std::string computationCrs;      ///< CRS of sde.center, sde.sigma* and polygon
  bool onDegrees = false;          ///< computed on lon/lat degrees (explicitly allowed)
  double metresPerUnit = 1.0;      ///< linear unit of the computation CRS, in metres (NaN: degrees)
  Point2 centerLonLat;             ///< the centre in WGS 84 lon/lat degrees (inverse-projected)
  double azimuthGridDeg = 0.0;     ///< = sde.azimuthDeg, clockwise from grid north, [0, 180)
  /// Grid bearing of true north at the centre, degrees clockwise (−6.6° at Beijing in China
  /// Albers); 0 when computing on degrees.
  double gridConvergenceDeg = 0.0;
  double azimuthTrueDeg = 0.0;     ///< major axis clockwise from true north at the centre, [0, 180)
  double areaKm2 = 0.0;            ///< π·a·b in km² (NaN on degrees)
  std::string methodLabel;         ///< the convention applied, in words (see sdeMethodLabel())
  ArcGisSdeFields arcgis;
  Ring polygon;                    ///< computation CRS; empty when collinear or no ellipse
  Ring polygonLonLat;              ///< the same vertices in WGS 84 lon/lat degrees
  std::vector<SdeMessage> messages;
};

/// Everything one call produced: the ellipses in ascending byte order of the group value, and the
/// messages (also copied into each ellipse that they concern).
struct SdeReport {
  std::vector<SdeEllipse> ellipses;
  std::vector<SdeMessage> messages;
  [[nodiscard]] bool hasErrors() const;
};

/// Runs the request. Never throws for bad data: a bad weight (zero, negative, NaN, infinite) or a
/// non-finite or unprojectable coordinate is an Error naming the row, and its group gets no
/// ellipse; n < 3 (or coincident points) gives no ellipse and a Warning saying why; n < 5 a Warning
/// that the ellipse is unstable; collinear points a degenerate ellipse (b = 0, collinear flag, no
/// polygon) and a Warning. Throws std::invalid_argument for an unusable request (sizes that
/// do not match, an unknown CRS, degrees without allowDegrees, an undefined method parameter).
SdeReport computeSde(const SdeRequest& request);

/// The grid bearing of true north at `lonLat` (WGS 84 degrees) in the target CRS of
/// `lonLatToProjected`, in degrees clockwise from grid north. Meridians are straight in a conic
/// projection, so a short central difference along the meridian gives it to rounding error.
double gridAzimuthOfTrueNorthDeg(const class CoordinateTransform& lonLatToProjected,
                                 Point2 lonLat);

}  // namespace cb
