// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inference/null_distribution.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cb {

double nearestRankPercentile(std::span<const double> sorted, double q) {
  if (sorted.empty()) return std::nan("");
  const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(sorted.size())));
  return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

NullDistribution summariseNull(double observed, std::span<double> nullValues, double tolerance,
                               std::size_t maxBins) {
  NullDistribution out;
  out.observed = observed;
  out.replicates = nullValues.size();
  if (nullValues.empty()) return out;
  std::sort(nullValues.begin(), nullValues.end());
  out.mean = std::accumulate(nullValues.begin(), nullValues.end(), 0.0) / static_cast<double>(nullValues.size());
  out.low = nearestRankPercentile(nullValues, 0.025);
  out.high = nearestRankPercentile(nullValues, 0.975);
  out.atLeastObserved = static_cast<std::size_t>(
      nullValues.end() - std::lower_bound(nullValues.begin(), nullValues.end(), observed - tolerance));
  out.pValue = static_cast<double>(out.atLeastObserved + 1) / static_cast<double>(out.replicates + 1);

  const double lo = nullValues.front();
  const double hi = nullValues.back();
  const bool whole = std::all_of(nullValues.begin(), nullValues.end(),
                                 [](double v) { return v == std::floor(v); });
  std::size_t bins = maxBins;
  double width = 0.0;
  if (whole && hi - lo + 1 <= static_cast<double>(maxBins)) {
    bins = static_cast<std::size_t>(hi - lo + 1);
    out.histogramMin = lo - 0.5;
    out.histogramMax = hi + 0.5;
  } else {
    out.histogramMin = lo;
    out.histogramMax = hi > lo ? hi : lo + 1.0;
  }
  width = (out.histogramMax - out.histogramMin) / static_cast<double>(bins);
  out.histogram.assign(bins, 0);
  for (const double v : nullValues) {
    const auto bin = static_cast<std::size_t>((v - out.histogramMin) / width);
    ++out.histogram[std::min(bin, bins - 1)];
  }
  return out;
}

}  // namespace cb
