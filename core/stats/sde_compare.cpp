// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/sde_compare.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numbers>
#include <stdexcept>

namespace cb {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kDegPerRad = 180.0 / std::numbers::pi;

double ratio(double numerator, double denominator) {
  return denominator > 0.0 ? numerator / denominator : kNaN;
}

double eccentricity(const EllipseShape& e) {
  if (!(e.major > 0.0)) return kNaN;
  const double r = e.minor / e.major;
  return std::sqrt((1.0 - r) * (1.0 + r));
}

// A polygon with the ellipse's exact area: the vertices of the inscribed N-gon pushed out by
// √((2π/N) / sin(2π/N)). An affine image of a regular polygon keeps the area ratio, so this holds
// for ellipses as well as circles, and the errors of the chords alternate instead of adding up.
OGRPolygon toPolygon(const EllipseShape& e, int vertices) {
  const double step = 2.0 * std::numbers::pi / vertices;
  const double scale = std::sqrt(step / std::sin(step));
  const Ring ring = ellipseRing(e.center, e.major, e.minor, 90.0 - e.azimuthDeg, vertices, scale);
  OGRLinearRing outer;
  outer.setNumPoints(static_cast<int>(ring.size()), FALSE);
  for (std::size_t i = 0; i < ring.size(); ++i) {
    outer.setPoint(static_cast<int>(i), ring[i].x, ring[i].y);
  }
  OGRPolygon polygon;
  polygon.addRing(&outer);
  return polygon;
}

double intersectionArea(const EllipseShape& a, const EllipseShape& b, int vertices) {
  if (!(a.minor > 0.0) || !(b.minor > 0.0)) return 0.0;
  // Disjoint bounding circles: no need to ask GEOS.
  if (std::hypot(a.center.x - b.center.x, a.center.y - b.center.y) >= a.major + b.major) {
    return 0.0;
  }
  if (!OGRGeometryFactory::haveGEOS()) {
    throw std::runtime_error("ellipse overlap needs GDAL built with GEOS");
  }
  const OGRPolygon pa = toPolygon(a, vertices);
  const OGRPolygon pb = toPolygon(b, vertices);
  const std::unique_ptr<OGRGeometry> overlap(pa.Intersection(&pb));
  if (!overlap) throw std::runtime_error("GEOS could not intersect the ellipses");
  if (overlap->IsEmpty()) return 0.0;
  const OGRwkbGeometryType type = wkbFlatten(overlap->getGeometryType());
  if (type == wkbPolygon) return overlap->toPolygon()->get_Area();
  if (type == wkbMultiPolygon) return overlap->toMultiPolygon()->get_Area();
  if (type == wkbGeometryCollection) return overlap->toGeometryCollection()->get_Area();
  return 0.0;  // a touching point or line
}

}  // namespace

EllipseComparison compareEllipses(const EllipseShape& first, const EllipseShape& second,
                                  int vertices) {
  EllipseComparison c;
  const double dx = second.center.x - first.center.x;
  const double dy = second.center.y - first.center.y;
  c.centerShift = std::hypot(dx, dy);
  double bearing = std::atan2(dx, dy) * kDegPerRad;
  if (bearing < 0.0) bearing += 360.0;
  c.centerShiftBearingDeg = c.centerShift > 0.0 ? bearing : 0.0;
  double rotation = std::fmod(second.azimuthDeg - first.azimuthDeg, 180.0);
  if (rotation > 90.0) rotation -= 180.0;
  if (rotation <= -90.0) rotation += 180.0;
  c.rotationDeg = rotation;
  c.areaFirst = std::numbers::pi * first.major * first.minor;
  c.areaSecond = std::numbers::pi * second.major * second.minor;
  c.areaRatio = ratio(c.areaSecond, c.areaFirst);
  c.majorChange = second.major - first.major;
  c.minorChange = second.minor - first.minor;
  c.axisRatioChange = ratio(second.minor, second.major) - ratio(first.minor, first.major);
  c.eccentricityChange = eccentricity(second) - eccentricity(first);
  c.intersectionArea = intersectionArea(first, second, std::max(vertices, 16));
  c.unionArea = c.areaFirst + c.areaSecond - c.intersectionArea;
  c.intersectionOverUnion = ratio(c.intersectionArea, c.unionArea);
  c.shareOfFirst = ratio(c.intersectionArea, c.areaFirst);
  c.shareOfSecond = ratio(c.intersectionArea, c.areaSecond);
  c.shareOfSmaller = ratio(c.intersectionArea, std::min(c.areaFirst, c.areaSecond));
  return c;
}

}  // namespace cb
