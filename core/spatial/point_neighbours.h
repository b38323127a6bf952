// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The neighbours of every point of a set: its k nearest (with every point tied at the k-th
// distance), or every point within a distance band. Built on a Boost.Geometry R-tree, so that
// 100,000 points take seconds, not the hours a quadratic scan would.

#include <cstddef>
#include <vector>

#include "core/geometry/geometry.h"

namespace cb {

struct Neighbour {
  std::size_t index = 0;  ///< into the points
  double distance = 0.0;  ///< in the points' unit
};

/// Neighbours of one point, nearest first (ties in index order); never the point itself.
struct NeighbourList {
  std::vector<Neighbour> neighbours;
  /// The distance to the k-th nearest neighbour (k-NN), or the band; the kernel bandwidth.
  double reach = 0.0;
  /// k-NN: how many neighbours are strictly nearer than `reach` (the rest are tied at it).
  std::size_t nearer = 0;
};

/// For every point, its k nearest other points and every other point tied with the k-th.
/// Requires 1 ≤ k < points.size(). Distances are Euclidean, in the points' unit.
std::vector<NeighbourList> nearestNeighbours(const std::vector<Point2>& points, std::size_t k);

/// For every point, every other point within `band` (distance ≤ band), nearest first.
std::vector<NeighbourList> neighboursWithin(const std::vector<Point2>& points, double band);

}  // namespace cb
