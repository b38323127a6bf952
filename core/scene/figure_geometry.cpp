// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scene/figure_geometry.h"

#include <algorithm>
#include <cmath>

#include "core/crs/coordinate_transform.h"
#include "core/model/boundary_map.h"

namespace cb {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kWgs84A = 6378137.0;
constexpr double kWgs84E2 = 0.00669437999014;  // first eccentricity squared

bool finite(const Point2& p) { return std::isfinite(p.x) && std::isfinite(p.y); }

}  // namespace

LonLatRange lonLatRangeOf(const Box2& albers, const CoordinateTransform& albersToLonLat) {
  LonLatRange range{180.0, -180.0, 90.0, -90.0};
  constexpr int kSteps = 24;
  for (int i = 0; i <= kSteps; ++i) {
    for (int j = 0; j <= kSteps; ++j) {
      const Point2 p{albers.minX + albers.width() * i / kSteps, albers.minY + albers.height() * j / kSteps};
      const Point2 ll = albersToLonLat.forward(p);
      if (!finite(ll)) continue;
      range.lonMin = std::min(range.lonMin, ll.x);
      range.lonMax = std::max(range.lonMax, ll.x);
      range.latMin = std::min(range.latMin, ll.y);
      range.latMax = std::max(range.latMax, ll.y);
    }
  }
  return range;
}

Box2 albersBoxOf(const LonLatRange& range, const CoordinateTransform& lonLatToAlbers) {
  Box2 box;
  for (double lon = range.lonMin; lon <= range.lonMax + 1e-9; lon += 0.5) {
    for (double lat : {range.latMin, range.latMax}) {
      const Point2 p = lonLatToAlbers.forward({std::min(lon, range.lonMax), lat});
      if (finite(p)) box.expand(p);
    }
  }
  for (double lat = range.latMin; lat <= range.latMax + 1e-9; lat += 0.5) {
    for (double lon : {range.lonMin, range.lonMax}) {
      const Point2 p = lonLatToAlbers.forward({lon, std::min(lat, range.latMax)});
      if (finite(p)) box.expand(p);
    }
  }
  return box;
}

double graticuleStepDeg(const LonLatRange& range) {
  const double span = std::max(range.lonMax - range.lonMin, range.latMax - range.latMin);
  for (double step : {1.0, 2.0, 5.0, 10.0, 15.0}) {
    if (span / step <= 8.0) return step;
  }
  return 20.0;
}

std::vector<GraticuleLine> graticuleLines(const LonLatRange& range, double stepDeg,
                                          const CoordinateTransform& lonLatToAlbers) {
  std::vector<GraticuleLine> lines;
  if (!(stepDeg > 0.0)) return lines;
  const double sample = stepDeg / 40.0;
  const auto trace = [&](bool meridian, double value, double from, double to) {
    GraticuleLine line{meridian, value, {}};
    for (double t = from; t <= to + 1e-9; t += sample) {
      const double s = std::min(t, to);
      const Point2 p = lonLatToAlbers.forward(meridian ? Point2{value, s} : Point2{s, value});
      if (finite(p)) line.points.push_back(p);
    }
    if (line.points.size() >= 2) lines.push_back(std::move(line));
  };
  // One step beyond the range on every side, so that lines reach the frame's corners.
  const double lon0 = std::floor(range.lonMin / stepDeg) * stepDeg;
  const double lat0 = std::floor(range.latMin / stepDeg) * stepDeg;
  const double lonEnd = std::ceil(range.lonMax / stepDeg) * stepDeg;
  const double latEnd = std::min(89.0, std::ceil(range.latMax / stepDeg) * stepDeg);
  for (double lon = lon0; lon <= lonEnd + 1e-9; lon += stepDeg) trace(true, lon, std::max(-89.0, lat0), latEnd);
  for (double lat = lat0; lat <= latEnd + 1e-9; lat += stepDeg) trace(false, lat, lon0, lonEnd);
  return lines;
}

double parallelScaleFactor(const CoordinateTransform& lonLatToAlbers, Point2 lonLat) {
  constexpr double dLon = 0.01;  // degrees: the parallel's arc is exact, the chord error ~1e-9
  const Point2 a = lonLatToAlbers.forward({lonLat.x - dLon / 2.0, lonLat.y});
  const Point2 b = lonLatToAlbers.forward({lonLat.x + dLon / 2.0, lonLat.y});
  const double phi = lonLat.y * kPi / 180.0;
  const double sinPhi = std::sin(phi);
  const double n = kWgs84A / std::sqrt(1.0 - kWgs84E2 * sinPhi * sinPhi);  // prime vertical radius
  const double ground = n * std::cos(phi) * dLon * kPi / 180.0;
  return std::hypot(b.x - a.x, b.y - a.y) / ground;
}

double roundLengthBelow(double maxLength) {
  if (!(maxLength > 0.0) || !std::isfinite(maxLength)) return 0.0;
  const double power = std::pow(10.0, std::floor(std::log10(maxLength)));
  for (double m : {5.0, 2.0, 1.0}) {
    if (m * power <= maxLength * (1.0 + 1e-12)) return m * power;
  }
  return power;
}

Box2 allChinaExtent(const BoundaryMap& boundaries, bool withoutSouthChinaSeaIslands,
                    const CoordinateTransform& albersToLonLat) {
  if (!withoutSouthChinaSeaIslands) return boundaries.extent();
  Box2 extent;
  for (const Region& region : boundaries.prefectures().regions()) {
    for (const Polygon& part : region.geometry) {
      Box2 box;
      for (const Point2& p : part.outer) box.expand(p);
      // The part's northern edge in latitude: the top-centre of its box is close enough at the
      // size of islands, and a mainland part reaches far north of the limit anyway.
      const Point2 north = albersToLonLat.forward({box.center().x, box.maxY});
      if (finite(north) && north.y < kMainMapSouthLimitDeg) continue;
      extent.unite(box);
    }
  }
  return extent.isEmpty() ? boundaries.extent() : extent;
}

}  // namespace cb
