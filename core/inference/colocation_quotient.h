// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The colocation quotient of clusters → belts: how much more often the neighbours of a cluster
// are belts than the belts' share of all other points would give.
//
// Global (Leslie & Kronenfeld 2011):
//     CLQ_{A→B} = (C_{A→B} / N_A) / (N'_B / (N − 1)),   C_{A→B} = Σ_{i∈A} Σ_j w_ij·[j ∈ B],
// with A the clusters, B the belts, N = N_A + N_B, N'_B = N_B (A ≠ B), and for each cluster i the
// weights w_ij of its neighbours summing to 1: the k nearest neighbours weigh 1/k each, and
// neighbours tied at the k-th distance share what is left equally (with k = 1 this is the
// paper's tie rule); in a distance band every point within it weighs 1/(their count). A cluster
// with no neighbour in its band has no belt neighbour. CLQ = 1 is what random labelling gives.
//
// Local (Wang, Hu, Wang & Kronenfeld 2017, adaptive Gaussian kernel):
//     LCLQ_{A_i→B} = N_{A_i→B} / (N'_B / (N − 1)),
//     N_{A_i→B} = Σ_{j≠i} w_ij·[j ∈ B] / Σ_{j≠i} w_ij,   w_ij = exp(−½·d_ij² / d_ib²),
// over the same neighbours, with bandwidth d_ib the distance to the k-th nearest neighbour (or the
// band); neighbours all at distance 0 (a city's points at its centroid) weigh 1 each.
//
// Significance: the global value against N_perm relabellings of all points (total
// randomisation: N_A clusters and N_B belts, locations fixed); each local value against
// relabellings of the other N − 1 points with cluster i fixed (conditional randomisation).

#include <atomic>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/geometry/geometry.h"
#include "core/inference/null_distribution.h"
#include "core/util/cancellation.h"

namespace cb {

enum class Neighbourhood { NearestNeighbours, DistanceBand };

std::string_view neighbourhoodName(Neighbourhood neighbourhood);  ///< "knn", "band"
std::optional<Neighbourhood> parseNeighbourhood(std::string_view name);

struct ColocationOptions {
  Neighbourhood neighbourhood = Neighbourhood::NearestNeighbours;
  std::size_t k = 8;              ///< nearest neighbours (ArcGIS Colocation Analysis' default)
  double bandMetres = 100'000.0;  ///< distance band, in the points' unit (China Albers metres)
  std::size_t permutations = 999;
  std::uint64_t seed = 20211231;
  unsigned threads = 0;
  const std::atomic<bool>* cancel = nullptr;
  ProgressFunction progress;
};

struct LocalColocation {
  std::size_t cluster = 0;      ///< index into the clusters given
  double value = 0.0;           ///< LCLQ_{A_i→B}
  std::size_t neighbours = 0;   ///< points in its neighbourhood
  std::size_t atLeastObserved = 0;
  double pValue = 1.0;          ///< (r + 1) / (N_perm + 1), conditional randomisation
};

struct ColocationResult {
  ColocationOptions options;  ///< as run (cancel and progress cleared)
  std::size_t clusters = 0, belts = 0;
  double cAB = 0.0;           ///< C_{A→B}
  double clq = 0.0;           ///< the global CLQ_{A→B}
  NullDistribution null;      ///< of the global CLQ under total randomisation
  std::vector<LocalColocation> local;  ///< one per cluster, in input order
};

/// The global and local CLQ of `clusters` → `belts` (planar points in one metric CRS, China
/// Albers metres in the app). Throws std::invalid_argument, saying why, when either set is
/// empty, k is 0 or not below N, the band is not positive, or fewer than 99 permutations are
/// asked for; throws Cancelled when options.cancel is set.
ColocationResult colocationQuotient(const std::vector<Point2>& clusters, const std::vector<Point2>& belts,
                                    const ColocationOptions& options);

}  // namespace cb
