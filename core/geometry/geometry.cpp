// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/geometry.h"

#include <cmath>

namespace cb {
namespace {

bool ringContains(const Ring& ring, const Point2& p) {
  bool inside = false;
  const std::size_t n = ring.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    const Point2& a = ring[i];
    const Point2& b = ring[j];
    if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) {
      inside = !inside;
    }
  }
  return inside;
}

double ringArea(const Ring& ring) {
  double twice = 0.0;
  for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
    twice += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
  }
  return std::abs(twice) / 2.0;
}

}  // namespace

Box2 boundingBox(const MultiPolygon& geometry) {
  Box2 box;
  for (const Polygon& polygon : geometry) {
    for (const Point2& p : polygon.outer) box.expand(p);
  }
  return box;
}

bool contains(const MultiPolygon& geometry, const Point2& p) {
  for (const Polygon& polygon : geometry) {
    if (!ringContains(polygon.outer, p)) continue;
    bool inHole = false;
    for (const Ring& hole : polygon.holes) {
      if (ringContains(hole, p)) {
        inHole = true;
        break;
      }
    }
    if (!inHole) return true;
  }
  return false;
}

double area(const MultiPolygon& geometry) {
  double total = 0.0;
  for (const Polygon& polygon : geometry) {
    total += ringArea(polygon.outer);
    for (const Ring& hole : polygon.holes) total -= ringArea(hole);
  }
  return total;
}

std::size_t vertexCount(const MultiPolygon& geometry) {
  std::size_t n = 0;
  for (const Polygon& polygon : geometry) {
    n += polygon.outer.size();
    for (const Ring& hole : polygon.holes) n += hole.size();
  }
  return n;
}

}  // namespace cb
