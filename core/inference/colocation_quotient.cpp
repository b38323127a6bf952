// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inference/colocation_quotient.h"

#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

#include "core/inference/random.h"
#include "core/inference/replicate_runner.h"
#include "core/spatial/point_neighbours.h"

namespace cb {

std::string_view neighbourhoodName(Neighbourhood neighbourhood) {
  return neighbourhood == Neighbourhood::DistanceBand ? "band" : "knn";
}

std::optional<Neighbourhood> parseNeighbourhood(std::string_view name) {
  if (name == "knn") return Neighbourhood::NearestNeighbours;
  if (name == "band") return Neighbourhood::DistanceBand;
  return std::nullopt;
}

namespace {

// Neighbours of every point as flat arrays, with both weightings: `share` sums to 1 per point
// (the global CLQ), `kernel` is the Gaussian weight over the sum of the point's kernel weights.
struct NeighbourWeights {
  std::vector<std::size_t> offset;  // neighbours of point i: [offset[i], offset[i + 1])
  std::vector<std::uint32_t> index;
  std::vector<double> share, kernel;
};

NeighbourWeights weigh(const std::vector<NeighbourList>& lists, const ColocationOptions& options) {
  NeighbourWeights w;
  w.offset.push_back(0);
  for (const NeighbourList& list : lists) {
    const std::size_t count = list.neighbours.size();
    const std::size_t tied = count - list.nearer;
    double kernelSum = 0.0;
    const std::size_t first = w.index.size();
    for (const Neighbour& n : list.neighbours) {
      w.index.push_back(static_cast<std::uint32_t>(n.index));
      double share = 0.0;
      if (options.neighbourhood == Neighbourhood::DistanceBand) {
        share = 1.0 / static_cast<double>(count);
      } else if (n.distance < list.reach) {
        share = 1.0 / static_cast<double>(options.k);
      } else {  // tied at the k-th distance: they share the weight the nearer ones left
        share = static_cast<double>(options.k - list.nearer) / static_cast<double>(options.k * tied);
      }
      w.share.push_back(share);
      const double kernel = list.reach > 0.0 ? std::exp(-0.5 * (n.distance * n.distance) / (list.reach * list.reach))
                                             : 1.0;
      w.kernel.push_back(kernel);
      kernelSum += kernel;
    }
    for (std::size_t j = first; j < w.index.size(); ++j) w.kernel[j] /= kernelSum;
    w.offset.push_back(w.index.size());
  }
  return w;
}

// C_{A→B} for labels `isBelt` (points 0..N_A−1 are the clusters as given; labels may be shuffled).
double cab(const NeighbourWeights& w, const std::vector<std::uint8_t>& isBelt) {
  double sum = 0.0;
  for (std::size_t i = 0; i + 1 < w.offset.size(); ++i) {
    if (isBelt[i] != 0U) continue;
    for (std::size_t j = w.offset[i]; j < w.offset[i + 1]; ++j) sum += isBelt[w.index[j]] != 0U ? w.share[j] : 0.0;
  }
  return sum;
}

}  // namespace

ColocationResult colocationQuotient(const std::vector<Point2>& clusters, const std::vector<Point2>& belts,
                                    const ColocationOptions& options) {
  const std::size_t nA = clusters.size();
  const std::size_t nB = belts.size();
  const std::size_t n = nA + nB;
  if (nA == 0 || nB == 0) {
    throw std::invalid_argument("a colocation quotient needs clusters and belts (" + std::to_string(nA) +
                                " clusters, " + std::to_string(nB) + " belts have a point)");
  }
  if (options.neighbourhood == Neighbourhood::NearestNeighbours && (options.k == 0 || options.k >= n)) {
    throw std::invalid_argument("k = " + std::to_string(options.k) + " nearest neighbours needs 1 <= k < " +
                                std::to_string(n) + " (the number of points)");
  }
  if (options.neighbourhood == Neighbourhood::DistanceBand && !(options.bandMetres > 0.0)) {
    throw std::invalid_argument("the distance band must be positive");
  }
  if (options.permutations < 99) {
    throw std::invalid_argument("a permutation test needs at least 99 permutations (asked for " +
                                std::to_string(options.permutations) + ")");
  }

  std::vector<Point2> points = clusters;
  points.insert(points.end(), belts.begin(), belts.end());
  const std::vector<NeighbourList> lists = options.neighbourhood == Neighbourhood::DistanceBand
                                               ? neighboursWithin(points, options.bandMetres)
                                               : nearestNeighbours(points, options.k);
  const NeighbourWeights w = weigh(lists, options);
  std::vector<std::uint8_t> isBelt(n, 0);
  std::fill(isBelt.begin() + static_cast<std::ptrdiff_t>(nA), isBelt.end(), 1);

  const double expectedShare = static_cast<double>(nB) / static_cast<double>(n - 1);
  ColocationResult result;
  result.options = options;
  result.options.cancel = nullptr;
  result.options.progress = {};
  result.clusters = nA;
  result.belts = nB;
  result.cAB = cab(w, isBelt);
  result.clq = (result.cAB / static_cast<double>(nA)) / expectedShare;

  // Local values and the bookkeeping of their conditional tests.
  std::vector<double> neighbourhoodShare(nA);  // N_{A_i→B}
  for (std::size_t i = 0; i < nA; ++i) {
    double share = 0.0;
    for (std::size_t j = w.offset[i]; j < w.offset[i + 1]; ++j) share += isBelt[w.index[j]] != 0U ? w.kernel[j] : 0.0;
    neighbourhoodShare[i] = share;
    result.local.push_back({i, share / expectedShare, w.offset[i + 1] - w.offset[i], 0, 1.0});
  }

  const std::size_t replicates = options.permutations;
  std::vector<double> nullClq(replicates);
  std::vector<std::vector<std::uint32_t>> localCounts(replicateThreads(replicates, options.threads),
                                                      std::vector<std::uint32_t>(nA, 0));
  std::vector<std::vector<std::uint8_t>> labels(localCounts.size(), isBelt);
  ReplicateRun run{replicates, options.threads, options.cancel, options.progress, "colocation quotient"};
  runReplicates(run, [&](std::size_t r, unsigned worker) {
    Xoshiro256 rng(options.seed, r + 1);
    std::vector<std::uint8_t>& shuffled = labels[worker];
    std::copy(isBelt.begin(), isBelt.end(), shuffled.begin());
    shuffleWith(std::span(shuffled), rng);
    nullClq[r] = (cab(w, shuffled) / static_cast<double>(nA)) / expectedShare;
    // Conditional randomisation for each cluster: its neighbours' labels drawn without
    // replacement from the other N − 1 labels (N_A − 1 clusters, N_B belts).
    for (std::size_t i = 0; i < nA; ++i) {
      std::size_t beltsLeft = nB;
      std::size_t left = n - 1;
      double share = 0.0;
      for (std::size_t j = w.offset[i]; j < w.offset[i + 1]; ++j) {
        if (rng.below(left) < beltsLeft) {
          share += w.kernel[j];
          --beltsLeft;
        }
        --left;
      }
      localCounts[worker][i] += share >= neighbourhoodShare[i] - 1e-12 ? 1U : 0U;
    }
  });
  result.null = summariseNull(result.clq, nullClq, 1e-12 * result.clq);
  for (std::size_t i = 0; i < nA; ++i) {
    std::size_t r = 0;
    for (const std::vector<std::uint32_t>& counts : localCounts) r += counts[i];
    result.local[i].atLeastObserved = r;
    result.local[i].pValue = static_cast<double>(r + 1) / static_cast<double>(replicates + 1);
  }
  return result;
}

}  // namespace cb
