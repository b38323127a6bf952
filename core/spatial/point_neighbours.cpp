// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spatial/point_neighbours.h"

#include <algorithm>
#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <cmath>
#include <iterator>
#include <utility>

namespace cb {
namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace {

using BoostPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using BoostBox = bg::model::box<BoostPoint>;
using Entry = std::pair<BoostPoint, std::size_t>;
using Tree = bgi::rtree<Entry, bgi::rstar<16>>;

Tree buildTree(const std::vector<Point2>& points) {
  std::vector<Entry> entries;
  entries.reserve(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) entries.emplace_back(BoostPoint(points[i].x, points[i].y), i);
  return Tree(entries.begin(), entries.end());  // packing: faster queries than inserting one by one
}

double distance(const Point2& a, const Point2& b) { return std::hypot(a.x - b.x, a.y - b.y); }

// Every other point within `radius` of point i, nearest first, ties in index order.
std::vector<Neighbour> within(const Tree& tree, const std::vector<Point2>& points, std::size_t i, double radius) {
  const Point2& p = points[i];
  // A box query, then the exact circle: a point on the circle (a tie at the k-th distance) is kept.
  const BoostBox box(BoostPoint(p.x - radius, p.y - radius), BoostPoint(p.x + radius, p.y + radius));
  std::vector<Entry> hits;
  tree.query(bgi::intersects(box), std::back_inserter(hits));
  std::vector<Neighbour> out;
  out.reserve(hits.size());
  for (const Entry& hit : hits) {
    if (hit.second == i) continue;
    const double d = distance(p, points[hit.second]);
    if (d <= radius) out.push_back({hit.second, d});
  }
  std::sort(out.begin(), out.end(), [](const Neighbour& a, const Neighbour& b) {
    return a.distance != b.distance ? a.distance < b.distance : a.index < b.index;
  });
  return out;
}

}  // namespace

std::vector<NeighbourList> nearestNeighbours(const std::vector<Point2>& points, std::size_t k) {
  const Tree tree = buildTree(points);
  std::vector<NeighbourList> lists(points.size());
  std::vector<Entry> nearest;
  for (std::size_t i = 0; i < points.size(); ++i) {
    // k + 1 nearest include the point itself (or a point at the same place in its stead).
    nearest.clear();
    tree.query(bgi::nearest(BoostPoint(points[i].x, points[i].y), static_cast<unsigned>(k + 1)),
               std::back_inserter(nearest));
    std::vector<double> distances;
    for (const Entry& e : nearest) {
      if (e.second != i) distances.push_back(distance(points[i], points[e.second]));
    }
    std::sort(distances.begin(), distances.end());
    NeighbourList& list = lists[i];
    list.reach = distances[std::min(k, distances.size()) - 1];
    list.neighbours = within(tree, points, i, list.reach);
    list.nearer = static_cast<std::size_t>(std::count_if(list.neighbours.begin(), list.neighbours.end(),
                                                         [&](const Neighbour& n) { return n.distance < list.reach; }));
  }
  return lists;
}

std::vector<NeighbourList> neighboursWithin(const std::vector<Point2>& points, double band) {
  const Tree tree = buildTree(points);
  std::vector<NeighbourList> lists(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) {
    lists[i].reach = band;
    lists[i].neighbours = within(tree, points, i, band);
    lists[i].nearer = lists[i].neighbours.size();
  }
  return lists;
}

}  // namespace cb
