// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a Monte Carlo test reports about one statistic: the observed value beside the values
// the null model gave, summarised the way a paper quotes them.

#include <cstddef>
#include <span>
#include <vector>

namespace cb {

struct NullDistribution {
  double observed = 0.0;
  std::size_t replicates = 0;   ///< N, the number of null replicates
  double mean = 0.0;            ///< mean of the null values
  double low = 0.0, high = 0.0; ///< the central 95 % of the null values (2.5th and 97.5th percentiles)
  std::size_t atLeastObserved = 0;  ///< r: null values ≥ the observed one
  /// The upper-tail pseudo p-value (r + 1) / (N + 1) (Davison & Hinkley 1997, §4.2): the
  /// observed value counts as one of the N + 1 equally likely arrangements under the null.
  double pValue = 1.0;
  /// Counts of the null values in `bins` equal-width bins from histogramMin to histogramMax (for
  /// whole-number statistics, one bin per integer when the range allows).
  double histogramMin = 0.0, histogramMax = 0.0;
  std::vector<std::size_t> histogram;
};

/// Summarises `nullValues` (sorted in place) against `observed`. Percentiles are nearest-rank on
/// the sorted null values: the 2.5th is the ⌈0.025·N⌉-th smallest, the 97.5th the ⌈0.975·N⌉-th.
/// Whole-number values get one bin per integer up to `maxBins`, otherwise `maxBins` bins. A null
/// value within `tolerance` below the observed one counts as reaching it (sums of the same terms
/// in another order differ in the last bits).
NullDistribution summariseNull(double observed, std::span<double> nullValues, double tolerance = 0.0,
                               std::size_t maxBins = 60);

/// The nearest-rank percentile q ∈ [0, 1] of sorted values (the ⌈q·N⌉-th smallest, the smallest for q = 0).
double nearestRankPercentile(std::span<const double> sorted, double q);

}  // namespace cb
