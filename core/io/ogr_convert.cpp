// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ogr_convert.h"

namespace cb::ogr {
namespace {

Ring toRing(const OGRLinearRing& ogrRing) {
  Ring ring;
  ring.reserve(static_cast<std::size_t>(ogrRing.getNumPoints()) + 1);
  for (int i = 0; i < ogrRing.getNumPoints(); ++i) ring.push_back({ogrRing.getX(i), ogrRing.getY(i)});
  closeRing(ring);
  return ring;
}

void appendPolygons(const OGRGeometry& geometry, MultiPolygon& out) {
  switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon: {
      const auto& polygon = *geometry.toPolygon();
      if (polygon.IsEmpty() || polygon.getExteriorRing() == nullptr) return;
      Polygon result;
      result.outer = toRing(*polygon.getExteriorRing());
      for (int i = 0; i < polygon.getNumInteriorRings(); ++i) {
        result.holes.push_back(toRing(*polygon.getInteriorRing(i)));
      }
      if (result.outer.size() >= 4) out.push_back(std::move(result));
      return;
    }
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
      const auto& collection = *geometry.toGeometryCollection();
      for (int i = 0; i < collection.getNumGeometries(); ++i) {
        appendPolygons(*collection.getGeometryRef(i), out);
      }
      return;
    }
    default:
      return;  // lines and points left over by a repair carry no area
  }
}

std::unique_ptr<OGRLinearRing> toOgrRing(const Ring& ring) {
  auto result = std::make_unique<OGRLinearRing>();
  result->setNumPoints(static_cast<int>(ring.size()), FALSE);
  for (std::size_t i = 0; i < ring.size(); ++i) {
    result->setPoint(static_cast<int>(i), ring[i].x, ring[i].y);
  }
  result->closeRings();
  return result;
}

}  // namespace

void closeRing(Ring& ring) {
  if (!ring.empty() && !(ring.front() == ring.back())) ring.push_back(ring.front());
}

MultiPolygon toMultiPolygon(const OGRGeometry& geometry) {
  MultiPolygon out;
  appendPolygons(geometry, out);
  return out;
}

std::unique_ptr<OGRMultiPolygon> toOgr(const MultiPolygon& geometry) {
  auto result = std::make_unique<OGRMultiPolygon>();
  for (const Polygon& polygon : geometry) {
    auto ogrPolygon = std::make_unique<OGRPolygon>();
    ogrPolygon->addRingDirectly(toOgrRing(polygon.outer).release());
    for (const Ring& hole : polygon.holes) ogrPolygon->addRingDirectly(toOgrRing(hole).release());
    result->addGeometryDirectly(ogrPolygon.release());
  }
  return result;
}

}  // namespace cb::ogr
