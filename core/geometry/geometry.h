// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <limits>
#include <vector>

namespace cb {

/// A 2-D coordinate. Its unit and CRS are those of the container that holds it: lon/lat degrees
/// (EPSG:4326, traditional GIS order x = lon, y = lat) before projection, China Albers metres after.
struct Point2 {
  double x = 0.0;
  double y = 0.0;
  friend bool operator==(const Point2&, const Point2&) = default;
};

/// An axis-aligned box in the same units as the points it bounds. Empty until a point is added.
struct Box2 {
  double minX = std::numeric_limits<double>::infinity();
  double minY = std::numeric_limits<double>::infinity();
  double maxX = -std::numeric_limits<double>::infinity();
  double maxY = -std::numeric_limits<double>::infinity();

  [[nodiscard]] bool isEmpty() const { return minX > maxX || minY > maxY; }
  [[nodiscard]] double width() const { return isEmpty() ? 0.0 : maxX - minX; }
  [[nodiscard]] double height() const { return isEmpty() ? 0.0 : maxY - minY; }
  [[nodiscard]] Point2 center() const { return {(minX + maxX) / 2.0, (minY + maxY) / 2.0}; }

  void expand(const Point2& p) {
    minX = std::min(minX, p.x);
    minY = std::min(minY, p.y);
    maxX = std::max(maxX, p.x);
    maxY = std::max(maxY, p.y);
  }
  void unite(const Box2& b) {
    if (b.isEmpty()) return;
    expand(Point2{b.minX, b.minY});
    expand(Point2{b.maxX, b.maxY});
  }
  [[nodiscard]] bool intersects(const Box2& b) const {
    return !isEmpty() && !b.isEmpty() && minX <= b.maxX && b.minX <= maxX && minY <= b.maxY &&
           b.minY <= maxY;
  }
  [[nodiscard]] bool contains(const Point2& p) const {
    return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY;
  }
};

/// A closed ring: the first point is repeated as the last.
using Ring = std::vector<Point2>;

/// A polygon: one outer ring and any number of holes.
struct Polygon {
  Ring outer;
  std::vector<Ring> holes;
};

using MultiPolygon = std::vector<Polygon>;

/// Bounding box of every ring of a multipolygon.
Box2 boundingBox(const MultiPolygon& geometry);

/// Even–odd point-in-polygon test over the outer rings and holes.
bool contains(const MultiPolygon& geometry, const Point2& p);

/// Signed-area-free absolute area (outer minus holes), in squared units of the coordinates.
double area(const MultiPolygon& geometry);

/// Number of vertices over all rings.
std::size_t vertexCount(const MultiPolygon& geometry);

}  // namespace cb
