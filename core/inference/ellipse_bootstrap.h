// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Bootstrap percentile intervals of a standard deviational ellipse: how far the centre, the axes,
// the azimuth and the area would move with another sample of the same kind. Up to a million
// points, each replicate draws n points with replacement, uniformly, each keeping its own weight
// (case resampling of weighted data); above, each point enters each replicate Poisson(1) times
// (the Poisson bootstrap, Hanley & MacGibbon 2006, equivalent for large n), which reads the points
// in order instead of at random. Either way the weighted moments are accumulated while drawing
// (West 1979): no copy of the points is made, so 10 million points need no memory beyond their own.

#include <atomic>
#include <cstdint>
#include <span>
#include <string>

#include "core/geometry/geometry.h"
#include "core/stats/sde.h"
#include "core/util/cancellation.h"

namespace cb {

/// Up to this many points the bootstrap resamples cases; above, it is a Poisson bootstrap.
inline constexpr std::size_t kCaseResamplingLimit = 1'000'000;

struct BootstrapOptions {
  std::size_t replicates = 999;
  std::uint64_t seed = 20211231;
  double level = 0.95;  ///< of the intervals and of the centre's region
  SdeOptions sde;       ///< the convention of the ellipses (the study's)
  unsigned threads = 0;
  int regionVertices = 120;
  std::size_t caseResamplingLimit = kCaseResamplingLimit;  ///< more points: the Poisson bootstrap
  const std::atomic<bool>* cancel = nullptr;
  ProgressFunction progress;
};

/// A value of the ellipse and its percentile interval over the replicates.
struct BootstrapInterval {
  double estimate = 0.0;  ///< from the points as given
  double low = 0.0, high = 0.0;
};

struct EllipseBootstrap {
  bool computed = false;
  std::string reason;  ///< why not, when not computed
  std::string method;  ///< "case resampling" or "Poisson bootstrap"
  std::size_t replicates = 0;
  std::size_t undefinedReplicates = 0;  ///< replicates whose points all coincided (left out)
  double level = 0.95;
  BootstrapInterval centreX, centreY;   ///< the points' CRS units (China Albers metres)
  BootstrapInterval major, minor;       ///< semi-axes, CRS units
  /// Degrees clockwise from grid north, [0, 180). Circular: the replicates are taken as
  /// differences from the estimate in (−90, 90]; low > high means the interval passes north.
  BootstrapInterval azimuth;
  BootstrapInterval area;               ///< squared CRS units
  /// The region holding `level` of the replicate centres under a bivariate normal (their
  /// covariance, c = √(−2 ln(1 − level))), about the estimated centre; CRS units.
  Ring centreRegion;
};

/// The minimum number of replicates accepted.
inline constexpr std::size_t kMinBootstrapReplicates = 99;

/// Bootstraps the ellipse of (x, y) with weights `w` (empty: all 1). Fewer than 3 points, or points
/// that all coincide, give computed = false and a reason; a bad weight or coordinate, too (naming
/// the point's index). Throws std::invalid_argument for fewer than 99 replicates or a level
/// outside (0, 1), and Cancelled when options.cancel is set.
EllipseBootstrap bootstrapEllipse(std::span<const double> x, std::span<const double> y,
                                  std::span<const double> w, const BootstrapOptions& options);

}  // namespace cb
