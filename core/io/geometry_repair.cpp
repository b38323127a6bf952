// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/geometry_repair.h"

#include <cmath>
#include <cstdio>
#include <memory>

#include "core/io/ogr_convert.h"

namespace cb::ogr {
namespace {

bool usable(double value) { return std::isfinite(value) && std::abs(value) <= kMaxAbsCoordinate; }

}  // namespace

long long vertexCount(const OGRGeometry& geometry) {
  switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPoint:
      return geometry.IsEmpty() ? 0 : 1;
    case wkbLineString:
    case wkbLinearRing:
      return geometry.toSimpleCurve()->getNumPoints();
    case wkbPolygon: {
      long long n = 0;
      for (const OGRLinearRing* ring : *geometry.toPolygon()) n += ring->getNumPoints();
      return n;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
      long long n = 0;
      const OGRGeometryCollection& collection = *geometry.toGeometryCollection();
      for (int i = 0; i < collection.getNumGeometries(); ++i) n += vertexCount(*collection.getGeometryRef(i));
      return n;
    }
    default:
      return 0;
  }
}

bool hasUsableCoordinates(const OGRGeometry& geometry) {
  switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPoint: {
      const OGRPoint& p = *geometry.toPoint();
      return p.IsEmpty() || (usable(p.getX()) && usable(p.getY()));
    }
    case wkbLineString:
    case wkbLinearRing: {
      const OGRSimpleCurve& line = *geometry.toSimpleCurve();
      for (int i = 0; i < line.getNumPoints(); ++i) {
        if (!usable(line.getX(i)) || !usable(line.getY(i))) return false;
      }
      return true;
    }
    case wkbPolygon: {
      const OGRPolygon& polygon = *geometry.toPolygon();
      for (const OGRLinearRing* ring : polygon) {
        if (!hasUsableCoordinates(*ring)) return false;
      }
      return true;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
      const OGRGeometryCollection& collection = *geometry.toGeometryCollection();
      for (int i = 0; i < collection.getNumGeometries(); ++i) {
        if (!hasUsableCoordinates(*collection.getGeometryRef(i))) return false;
      }
      return true;
    }
    default: {  // curves and surfaces: judged by their extent
      OGREnvelope envelope;
      geometry.getEnvelope(&envelope);
      return usable(envelope.MinX) && usable(envelope.MaxX) && usable(envelope.MinY) && usable(envelope.MaxY);
    }
  }
}

MultiPolygon validPolygons(const OGRGeometry& geometry, std::optional<Repair>& repair) {
  repair.reset();
  if (geometry.IsValid()) return toMultiPolygon(geometry);

  const std::unique_ptr<OGRGeometry> fixed(geometry.MakeValid());
  if (!fixed) {
    repair = Repair{"invalid geometry that GEOS could not make valid: dropped"};
    return {};
  }
  MultiPolygon result = toMultiPolygon(*fixed);
  // Area in the geometry's own units: the relative change is what a reader wants to judge.
  const double before = area(toMultiPolygon(geometry));
  const double after = area(result);
  char text[160];
  std::snprintf(text, sizeof text,
                "invalid geometry made valid (GEOS MakeValid): %zu polygon part(s), area %+.4f %%",
                result.size(), before > 0.0 ? (after - before) / before * 100.0 : 0.0);
  repair = Repair{text};
  return result;
}

}  // namespace cb::ogr
