// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inference/ellipse_bootstrap.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "core/inference/null_distribution.h"
#include "core/inference/random.h"
#include "core/inference/replicate_runner.h"

namespace cb {
namespace {

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
  // The moments of one replicate about the observed centre (small numbers, no cancellation),
  // accumulated point by point (West 1979).
  struct Accumulator {
    WeightedMoments m;
    double mx = 0.0, my = 0.0;
    std::size_t count = 0;
    void add(double dx, double dy, double wi, std::size_t times) {
      m.weightSum += wi;
      count += times;
      const double ex = dx - mx;
      const double ey = dy - my;
      mx += ex * (wi / m.weightSum);
      my += ey * (wi / m.weightSum);
      m.sxx += wi * ex * (dx - mx);
      m.syy += wi * ey * (dy - my);
      m.sxy += wi * ex * (dy - my);
    }
  };
  const auto finish = [&](std::size_t r, Accumulator& a) {
    a.m.n = a.count;
    a.m.minWeight = 1.0;
    a.m.meanX = cx + a.mx;
    a.m.meanY = cy + a.my;
    if (a.count < 3 || a.m.sxx + a.m.syy <= 0.0) return;  // the draws all at one point: no ellipse
    const SdeParameters p = sdeFromMoments(a.m, options.sde);
    rx[r] = p.center.x;
    ry[r] = p.center.y;
    ra[r] = p.sigmaMajor;
    rb[r] = p.sigmaMinor;
    raz[r] = axisBearingDifference(p.azimuthDeg, estimate.azimuthDeg);
    rarea[r] = p.area;
    defined[r] = 1;
  };
  const auto weightOf = [&](std::size_t i) { return w.empty() ? 1.0 : w[i]; };
  if (n <= options.caseResamplingLimit) {
    out.method = "case resampling";
    ReplicateRun run{b, options.threads, options.cancel, options.progress, "ellipse bootstrap"};
    runReplicates(run, [&](std::size_t r, unsigned) {
      Xoshiro256 rng(options.seed, r + 1);
      Accumulator a;
      for (std::size_t draw = 0; draw < n; ++draw) {
        const std::size_t i = rng.below(n);
        a.add(x[i] - cx, y[i] - cy, weightOf(i), 1);
      }
      finish(r, a);
    });
  } else {
    // Poisson bootstrap (Hanley & MacGibbon 2006): each point enters each replicate k ~ Poisson(1)
    // times. The points are read in order, once per block of replicates, so memory is streamed
    // rather than hit at random: 10 million points would otherwise cost a cache miss per draw.
    out.method = "Poisson bootstrap";
    constexpr std::size_t kBlock = 16;
    // P(k ≤ j) for Poisson(1), j = 0..7, as 64-bit thresholds; beyond 8 has probability 1e-6.
    static const std::array<std::uint64_t, 8> kThresholds = [] {
      std::array<std::uint64_t, 8> t{};
      double cumulative = 0.0, term = std::exp(-1.0);
      for (std::size_t j = 0; j < t.size(); ++j) {
        cumulative += term;
        term /= static_cast<double>(j + 1);
        t[j] = cumulative >= 1.0 ? UINT64_MAX : static_cast<std::uint64_t>(std::ldexp(cumulative, 64));
      }
      return t;
    }();
    const std::size_t blocks = (b + kBlock - 1) / kBlock;
    ReplicateRun run{blocks, options.threads, options.cancel, options.progress, "ellipse bootstrap"};
    runReplicates(run, [&](std::size_t block, unsigned) {
      const std::size_t first = block * kBlock;
      const std::size_t count = std::min(kBlock, b - first);
      std::vector<Xoshiro256> rngs;
      for (std::size_t r = 0; r < count; ++r) rngs.emplace_back(options.seed, first + r + 1);
      std::array<Accumulator, kBlock> acc{};
      for (std::size_t i = 0; i < n; ++i) {
        const double dx = x[i] - cx;
        const double dy = y[i] - cy;
        const double wi = weightOf(i);
        for (std::size_t r = 0; r < count; ++r) {
          const std::uint64_t u = rngs[r].next();
          std::size_t k = 0;
          while (k < kThresholds.size() && u >= kThresholds[k]) ++k;
          if (k > 0) acc[r].add(dx, dy, wi * static_cast<double>(k), k);
        }
      }
      for (std::size_t r = 0; r < count; ++r) finish(first + r, acc[r]);
    });
  }

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
  out.azimuth = {estimate.azimuthDeg, normalizedAxisBearing(estimate.azimuthDeg + turn.low),
                 normalizedAxisBearing(estimate.azimuthDeg + turn.high)};
  return out;
}

}  // namespace cb
