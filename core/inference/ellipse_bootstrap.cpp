// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inference/ellipse_bootstrap.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "core/inference/null_distribution.h"
#include "core/inference/random.h"
#include "core/inference/replicate_runner.h"

namespace cb {
namespace {

// Difference of two axis bearings (period 180°), in (−90, 90].
double axisDifference(double a, double b) {
  double d = std::fmod(a - b, 180.0);
  if (d > 90.0) d -= 180.0;
  if (d <= -90.0) d += 180.0;
  return d;
}

double axisBearing(double degrees) {
  const double b = std::fmod(degrees, 180.0);
  return b < 0.0 ? b + 180.0 : b;
}

BootstrapInterval interval(double estimate, std::vector<double>& values, double level) {
  std::sort(values.begin(), values.end());
  const double tail = (1.0 - level) / 2.0;
  return {estimate, nearestRankPercentile(values, tail), nearestRankPercentile(values, 1.0 - tail)};
}

}  // namespace

EllipseBootstrap bootstrapEllipse(std::span<const double> x, std::span<const double> y,
                                  std::span<const double> w, const BootstrapOptions& options) {
  if (options.replicates < kMinBootstrapReplicates) {
    throw std::invalid_argument("a bootstrap needs at least " + std::to_string(kMinBootstrapReplicates) +
                                " replicates (asked for " + std::to_string(options.replicates) + ")");
  }
  if (!(options.level > 0.0 && options.level < 1.0)) {
    throw std::invalid_argument("the interval level must lie between 0 and 1");
  }
  EllipseBootstrap out;
  out.level = options.level;
  const std::size_t n = x.size();
  if (n < 3) {
    out.reason = "fewer than 3 points (" + std::to_string(n) + ")";
    return out;
  }
  const WeightedMoments observed = computeMoments(x, y, w);
  if (!observed.isValid()) {
    const auto bad = findBadPoint(x, y, w);
    out.reason = "point " + std::to_string(bad.value_or(0)) + " has a weight that is not positive or a coordinate "
                 "that is not finite";
    return out;
  }
  if (observed.sxx + observed.syy <= 0.0) {
    out.reason = "all points coincide";
    return out;
  }
  const SdeParameters estimate = sdeFromMoments(observed, options.sde);

  // Replicates accumulate about the observed centre: small numbers, no cancellation.
  const double cx = observed.meanX;
  const double cy = observed.meanY;
  const std::size_t b = options.replicates;
  std::vector<double> rx(b), ry(b), ra(b), rb(b), raz(b), rarea(b);
  std::vector<std::uint8_t> defined(b, 0);
  ReplicateRun run{b, options.threads, options.cancel, options.progress, "ellipse bootstrap"};
  runReplicates(run, [&](std::size_t r, unsigned) {
    Xoshiro256 rng(options.seed, r + 1);
    WeightedMoments m;
    m.n = n;
    m.minWeight = 1.0;
    double mx = 0.0, my = 0.0;
    for (std::size_t draw = 0; draw < n; ++draw) {
      const std::size_t i = rng.below(n);
      const double wi = w.empty() ? 1.0 : w[i];
      const double dx = x[i] - cx;
      const double dy = y[i] - cy;
      m.weightSum += wi;
      const double ex = dx - mx;
      const double ey = dy - my;
      mx += ex * (wi / m.weightSum);
      my += ey * (wi / m.weightSum);
      m.sxx += wi * ex * (dx - mx);
      m.syy += wi * ey * (dy - my);
      m.sxy += wi * ex * (dy - my);
      m.minWeight = std::min(m.minWeight, wi);
    }
    m.meanX = cx + mx;
    m.meanY = cy + my;
    if (m.sxx + m.syy <= 0.0) return;  // every draw the same point: no ellipse
    const SdeParameters p = sdeFromMoments(m, options.sde);
    rx[r] = p.center.x;
    ry[r] = p.center.y;
    ra[r] = p.sigmaMajor;
    rb[r] = p.sigmaMinor;
    raz[r] = axisDifference(p.azimuthDeg, estimate.azimuthDeg);
    rarea[r] = p.area;
    defined[r] = 1;
  });

  // Keep the defined replicates only, in replicate order.
  std::size_t kept = 0;
  for (std::size_t r = 0; r < b; ++r) {
    if (defined[r] == 0U) continue;
    rx[kept] = rx[r];
    ry[kept] = ry[r];
    ra[kept] = ra[r];
    rb[kept] = rb[r];
    raz[kept] = raz[r];
    rarea[kept] = rarea[r];
    ++kept;
  }
  for (std::vector<double>* v : {&rx, &ry, &ra, &rb, &raz, &rarea}) v->resize(kept);
  out.computed = kept > 0;
  out.replicates = kept;
  out.undefinedReplicates = b - kept;
  if (!out.computed) {
    out.reason = "every replicate drew coinciding points";
    return out;
  }

  // The centre's region from the replicate centres' covariance (before the sorts below).
  const WeightedMoments centres = computeMoments(rx, ry);
  const SdeParameters region = sdeFromMoments(centres, {SdeMethod::Confidence, 1, options.level});
  if (std::isfinite(region.sigmaMajor) && region.sigmaMajor > 0.0) {
    out.centreRegion = ellipseRing(estimate.center, region.sigmaMajor, region.sigmaMinor, region.angleCcwFromXDeg,
                                   options.regionVertices);
  }

  out.centreX = interval(estimate.center.x, rx, options.level);
  out.centreY = interval(estimate.center.y, ry, options.level);
  out.major = interval(estimate.sigmaMajor, ra, options.level);
  out.minor = interval(estimate.sigmaMinor, rb, options.level);
  out.area = interval(estimate.area, rarea, options.level);
  const BootstrapInterval turn = interval(0.0, raz, options.level);
  out.azimuth = {estimate.azimuthDeg, axisBearing(estimate.azimuthDeg + turn.low),
                 axisBearing(estimate.azimuthDeg + turn.high)};
  return out;
}

}  // namespace cb
