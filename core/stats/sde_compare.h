// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Comparing two standard deviational ellipses (two years, clusters vs belts, GDP vs population):
// the centre shift, rotation, range and shape indices of the Zhao Zuoquan school and their
// overlap. Both ellipses must be in the same planar CRS (China Albers metres in ClusterBelt).

#include "core/geometry/geometry.h"
#include "core/stats/sde.h"

namespace cb {

/// An ellipse as geometry only: centre and semi-axes in planar CRS units, bearing of the major
/// axis in degrees clockwise from grid north.
struct EllipseShape {
  Point2 center;
  double major = 0.0;
  double minor = 0.0;
  double azimuthDeg = 0.0;

  static EllipseShape from(const SdeParameters& sde) {
    return {sde.center, sde.sigmaMajor, sde.sigmaMinor, sde.azimuthDeg};
  }
};

/// How the second ellipse differs from the first. Lengths in CRS units, areas in squared units.
struct EllipseComparison {
  double centerShift = 0.0;         ///< distance between the centres
  double centerShiftBearingDeg = 0.0;  ///< direction first → second, clockwise from grid north, [0, 360)
  /// Rotation of the major axis, second minus first, wrapped to (−90°, 90°]; positive is clockwise.
  /// Only meaningful when both axis ratios are well below 1.
  double rotationDeg = 0.0;
  double areaFirst = 0.0;           ///< π·a·b of the first
  double areaSecond = 0.0;
  double areaRatio = 0.0;           ///< second / first
  double majorChange = 0.0;         ///< a₂ − a₁ (expansion or contraction along the main direction)
  double minorChange = 0.0;         ///< b₂ − b₁
  double axisRatioChange = 0.0;     ///< b₂/a₂ − b₁/a₁
  double eccentricityChange = 0.0;  ///< e₂ − e₁
  double intersectionArea = 0.0;    ///< area of first ∩ second (GEOS, through OGR)
  double unionArea = 0.0;           ///< areaFirst + areaSecond − intersectionArea
  double intersectionOverUnion = 0.0;  ///< Jaccard index
  double shareOfFirst = 0.0;        ///< intersection / areaFirst
  double shareOfSecond = 0.0;       ///< intersection / areaSecond
  double shareOfSmaller = 0.0;      ///< intersection / min(areaFirst, areaSecond)
};

/// Compares two ellipses. The overlap is computed by OGR/GEOS on densified polygons whose vertices
/// lie slightly outside the ellipse (by the factor that gives each polygon exactly the area π·a·b),
/// so the intersection comes out to about 1e-7 relative with the default 2048 vertices rather
/// than 1e-5 low as with inscribed polygons. A degenerate ellipse (b = 0) has no overlap; ratios
/// with a zero denominator are NaN. Throws std::runtime_error if GDAL was built without GEOS.
EllipseComparison compareEllipses(const EllipseShape& first, const EllipseShape& second,
                                  int vertices = 2048);

}  // namespace cb
