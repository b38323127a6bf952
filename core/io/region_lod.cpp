// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/region_lod.h"

#include <ogr_api.h>

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/register/point.hpp>
#include <memory>

#include "core/io/ogr_convert.h"

BOOST_GEOMETRY_REGISTER_POINT_2D(cb::Point2, double, cs::cartesian, x, y)

namespace cb {
namespace {

/// Douglas–Peucker on one closed ring; empty when fewer than 4 points (a triangle) remain.
Ring simplifyRing(const Ring& ring, double tolerance) {
  boost::geometry::model::linestring<Point2> in(ring.begin(), ring.end());
  boost::geometry::model::linestring<Point2> out;
  boost::geometry::simplify(in, out, tolerance);
  if (out.size() < 4) return {};
  return Ring(out.begin(), out.end());
}

MultiPolygon simplify(const MultiPolygon& geometry, double tolerance) {
  MultiPolygon result;
  for (const Polygon& polygon : geometry) {
    Polygon simplified;
    simplified.outer = simplifyRing(polygon.outer, tolerance);
    if (simplified.outer.empty()) continue;  // an island smaller than the tolerance
    for (const Ring& hole : polygon.holes) {
      Ring h = simplifyRing(hole, tolerance);
      if (!h.empty()) simplified.holes.push_back(std::move(h));
    }
    result.push_back(std::move(simplified));
  }
  return result;
}

}  // namespace

void buildLevelsOfDetail(Region& region) {
  // The C API reaches GEOS PointOnSurface for every geometry type; the C++ member of
  // OGRMultiPolygon falls back to a point that may lie in a hole or between islands.
  const std::unique_ptr<OGRMultiPolygon> full = ogr::toOgr(region.geometry);
  OGRGeometryH inside = OGR_G_PointOnSurface(OGRGeometry::ToHandle(full.get()));
  if (inside != nullptr && !OGR_G_IsEmpty(inside)) {
    region.labelPoint = {OGR_G_GetX(inside, 0), OGR_G_GetY(inside, 0)};
  } else {
    region.labelPoint = region.bounds.center();
  }
  OGR_G_DestroyGeometry(inside);

  region.lods.clear();
  region.lods.push_back(region.geometry);
  for (std::size_t i = 1; i < kLodToleranceMetres.size(); ++i) {
    MultiPolygon lod = simplify(region.lods.back(), kLodToleranceMetres[i]);
    // Everything smaller than the tolerance: keep the finer level rather than nothing, so that
    // small islands (三沙) stay visible as dots.
    region.lods.push_back(lod.empty() ? region.lods.back() : std::move(lod));
  }
}

std::size_t countInvalidGeometries(const RegionLayer& layer) {
  std::size_t invalid = 0;
  for (const Region& region : layer.regions()) {
    if (!ogr::toOgr(region.geometry)->IsValid()) ++invalid;
  }
  return invalid;
}

}  // namespace cb
