// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Is the study's co-location of clusters and belts more than chance? A Monte Carlo test of each
// figure the study reports (cities with both; clusters with an identical belt in their city;
// with an identical or similar one; the same per programme) under a null model that keeps the
// clusters where they are and rearranges the belts.

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/inference/null_distribution.h"
#include "core/match/match_engine.h"
#include "core/model/unit_weight.h"
#include "core/util/cancellation.h"

namespace cb {

/// How the belts are rearranged in each replicate. The clusters never move.
enum class BeltNullModel {
  /// The belts keep their cities and their industries are shuffled among them: tests whether the
  /// industries match more often than the belts that are there would by chance. The number of
  /// cities with both is fixed under this model.
  ShuffleIndustries,
  /// Each city's belts move together to a random prefecture (a random permutation of all
  /// prefectures), so the number of belts per prefecture keeps its distribution: tests whether
  /// belts stand where clusters are more often than chance.
  MovePrefectures,
  /// Each belt moves to a prefecture drawn with probability proportional to a weight (population,
  /// GDP, …; uniform when no weight is given): tests co-location against a chosen exposure.
  PlaceByWeight,
};

std::string_view beltNullModelName(BeltNullModel model);  ///< "industries", "prefectures", "weights"
std::optional<BeltNullModel> parseBeltNullModel(std::string_view name);

struct PermutationOptions {
  BeltNullModel model = BeltNullModel::ShuffleIndustries;
  std::size_t permutations = 9999;  ///< N; fewer than kMinPermutations is refused
  std::uint64_t seed = 20211231;
  unsigned threads = 0;             ///< 0: one per hardware thread; the results do not depend on it
  const std::atomic<bool>* cancel = nullptr;
  ProgressFunction progress;
};

/// The fewest permutations a test accepts: with fewer, p cannot go below 0.01.
inline constexpr std::size_t kMinPermutations = 99;

/// One figure of the study and its null distribution.
struct PermutationFigure {
  std::string figure;     ///< "cities_with_both", "clusters_identical", "clusters_identical_or_similar"
  std::string programme;  ///< empty: all clusters; else the programme the figure counts
  std::size_t whole = 0;  ///< what the figure is a share of (cities with clusters, or clusters)
  NullDistribution null;  ///< observed and null values are counts
  bool fixedByModel = false;  ///< the null model cannot change this figure (p = 1 by construction)
};

struct PermutationTest {
  PermutationOptions options;  ///< as run (cancel and progress cleared)
  std::string generator;       ///< the random generator and how replicates are seeded, in words
  std::size_t candidateUnits = 0;  ///< prefectures the belts may move to
  std::vector<std::string> unitsAdded;  ///< cities of the match that `units` did not name
  /// All clusters first, then one block per programme in the order of MatchReport::byProgram.
  std::vector<PermutationFigure> figures;
};

/// Runs the test on a match. `units` are the prefectures belts may move to, with their weights for
/// PlaceByWeight (ignored otherwise); a city of the match that is not among them is added, with
/// weight 0 under PlaceByWeight (and listed in PermutationTest::unitsAdded). Throws
/// std::invalid_argument, with a message saying why, for fewer than kMinPermutations
/// permutations, and for PlaceByWeight with a weight that is negative, not finite, or all zero;
/// throws Cancelled when options.cancel is set.
PermutationTest runPermutationTest(const MatchReport& match, const std::vector<UnitWeight>& units,
                                   const PermutationOptions& options);

}  // namespace cb
