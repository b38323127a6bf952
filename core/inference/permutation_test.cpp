// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inference/permutation_test.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <unordered_map>

#include "core/inference/random.h"
#include "core/inference/replicate_runner.h"

namespace cb {

std::string_view beltNullModelName(BeltNullModel model) {
  switch (model) {
    case BeltNullModel::ShuffleIndustries: return "industries";
    case BeltNullModel::MovePrefectures: return "prefectures";
    case BeltNullModel::PlaceByWeight: return "weights";
  }
  return "industries";
}

std::optional<BeltNullModel> parseBeltNullModel(std::string_view name) {
  for (const BeltNullModel model :
       {BeltNullModel::ShuffleIndustries, BeltNullModel::MovePrefectures, BeltNullModel::PlaceByWeight}) {
    if (beltNullModelName(model) == name) return model;
  }
  return std::nullopt;
}

namespace {

// The figures of one block (all clusters, or one programme), in this order.
constexpr std::size_t kFiguresPerBlock = 3;
constexpr const char* kFigureNames[kFiguresPerBlock] = {"cities_with_both", "clusters_identical",
                                                       "clusters_identical_or_similar"};

// The match as integers: each replicate is then one pass over the belts and one over the clusters.
struct EncodedMatch {
  std::vector<std::string> unitCodes;
  std::vector<std::string> added;  // cities of the match the caller's units did not name
  std::vector<double> cumulativeWeight;  // PlaceByWeight: running sum over unitCodes
  std::vector<std::uint32_t> clusterUnit, clusterBlock;  // block 1 + programme index
  std::vector<GroupSet> clusterGroups, clusterRelated;
  std::vector<std::uint32_t> beltUnit;
  std::vector<GroupSet> beltGroups;
  std::vector<std::vector<std::uint32_t>> blockCities;  // distinct units with clusters, per block
  std::vector<std::size_t> blockClusters;
  std::vector<std::string> programmes;
};

EncodedMatch encode(const MatchReport& match, const std::vector<UnitWeight>& units, const PermutationOptions& options) {
  EncodedMatch e;
  std::unordered_map<std::string, std::uint32_t> unitIndex;
  std::vector<double> weights;
  const auto addUnit = [&](const std::string& code, double weight) {
    const auto [it, added] = unitIndex.emplace(code, static_cast<std::uint32_t>(e.unitCodes.size()));
    if (added) {
      e.unitCodes.push_back(code);
      weights.push_back(weight);
    }
    return it->second;
  };
  // A city the weights leave out receives no belt in the null (weight 0), and is named.
  const double missingWeight = options.model == BeltNullModel::PlaceByWeight ? 0.0 : 1.0;
  const auto addCity = [&](const std::string& code) {
    const std::size_t before = e.unitCodes.size();
    const std::uint32_t index = addUnit(code, missingWeight);
    if (e.unitCodes.size() > before) e.added.push_back(code);
    return index;
  };
  for (const UnitWeight& unit : units) {
    if (options.model == BeltNullModel::PlaceByWeight && !(std::isfinite(unit.weight) && unit.weight >= 0.0)) {
      throw std::invalid_argument("the weight of prefecture " + unit.code + " is " + std::to_string(unit.weight) +
                                  ": weights must be zero or positive");
    }
    addUnit(unit.code, unit.weight);
  }
  for (const MatchEntry& belt : match.belts) {
    e.beltUnit.push_back(addCity(belt.code));
    e.beltGroups.push_back(belt.groups);
  }
  for (const auto& [programme, tally] : match.byProgram) e.programmes.push_back(programme);
  const std::size_t blocks = 1 + e.programmes.size();
  e.blockCities.resize(blocks);
  e.blockClusters.assign(blocks, 0);
  for (const MatchEntry& cluster : match.clusters) {
    const std::uint32_t unit = addCity(cluster.code);
    const auto programme = std::lower_bound(e.programmes.begin(), e.programmes.end(), cluster.program);
    const auto block = static_cast<std::uint32_t>(1 + (programme - e.programmes.begin()));
    e.clusterUnit.push_back(unit);
    e.clusterBlock.push_back(block);
    e.clusterGroups.push_back(cluster.groups);
    e.clusterRelated.push_back(cluster.related);
    for (const std::uint32_t b : {0U, block}) {
      e.blockCities[b].push_back(unit);
      ++e.blockClusters[b];
    }
  }
  for (std::vector<std::uint32_t>& cities : e.blockCities) {
    std::sort(cities.begin(), cities.end());
    cities.erase(std::unique(cities.begin(), cities.end()), cities.end());
  }
  if (options.model == BeltNullModel::PlaceByWeight) {
    e.cumulativeWeight.resize(weights.size());
    std::partial_sum(weights.begin(), weights.end(), e.cumulativeWeight.begin());
    if (e.cumulativeWeight.empty() || !(e.cumulativeWeight.back() > 0.0)) {
      throw std::invalid_argument("every prefecture weighs 0: belts cannot be placed by weight");
    }
  }
  return e;
}

// A worker's scratch: the union of belt groups and the belt count of each unit, and a permutation.
struct Scratch {
  std::vector<GroupSet> beltGroupsOfUnit;
  std::vector<std::uint32_t> beltsOfUnit;
  std::vector<std::uint32_t> order;
};

// Counts the figures of every block from the belts' arrangement in `s`.
void countFigures(const EncodedMatch& e, const Scratch& s, std::span<double> out) {
  std::fill(out.begin(), out.end(), 0.0);
  for (std::size_t block = 0; block < e.blockCities.size(); ++block) {
    std::size_t both = 0;
    for (const std::uint32_t unit : e.blockCities[block]) both += s.beltsOfUnit[unit] > 0 ? 1 : 0;
    out[block * kFiguresPerBlock] = static_cast<double>(both);
  }
  for (std::size_t k = 0; k < e.clusterUnit.size(); ++k) {
    const GroupSet& present = s.beltGroupsOfUnit[e.clusterUnit[k]];
    const bool identical = (e.clusterGroups[k] & present).any();
    const bool matched = identical || (e.clusterRelated[k] & present).any();
    const std::size_t block = e.clusterBlock[k] * kFiguresPerBlock;
    out[1] += identical ? 1 : 0;
    out[2] += matched ? 1 : 0;
    out[block + 1] += identical ? 1 : 0;
    out[block + 2] += matched ? 1 : 0;
  }
}

// Arranges the belts as replicate `rng` draws them (nullptr: as observed).
void arrangeBelts(const EncodedMatch& e, BeltNullModel model, Xoshiro256* rng, Scratch& s) {
  const std::size_t units = e.unitCodes.size();
  s.beltGroupsOfUnit.assign(units, GroupSet());
  s.beltsOfUnit.assign(units, 0);
  const auto put = [&](std::uint32_t unit, const GroupSet& groups) {
    s.beltGroupsOfUnit[unit] |= groups;
    ++s.beltsOfUnit[unit];
  };
  if (rng == nullptr) {
    for (std::size_t b = 0; b < e.beltUnit.size(); ++b) put(e.beltUnit[b], e.beltGroups[b]);
    return;
  }
  switch (model) {
    case BeltNullModel::ShuffleIndustries:
      s.order.resize(e.beltUnit.size());
      std::iota(s.order.begin(), s.order.end(), 0U);
      shuffleWith(std::span(s.order), *rng);
      for (std::size_t b = 0; b < e.beltUnit.size(); ++b) put(e.beltUnit[b], e.beltGroups[s.order[b]]);
      break;
    case BeltNullModel::MovePrefectures:
      s.order.resize(units);
      std::iota(s.order.begin(), s.order.end(), 0U);
      shuffleWith(std::span(s.order), *rng);
      for (std::size_t b = 0; b < e.beltUnit.size(); ++b) put(s.order[e.beltUnit[b]], e.beltGroups[b]);
      break;
    case BeltNullModel::PlaceByWeight: {
      const double total = e.cumulativeWeight.back();
      for (std::size_t b = 0; b < e.beltUnit.size(); ++b) {
        const double u = rng->uniform() * total;
        const auto it = std::upper_bound(e.cumulativeWeight.begin(), e.cumulativeWeight.end(), u);
        put(static_cast<std::uint32_t>(std::min<std::size_t>(it - e.cumulativeWeight.begin(), units - 1)),
            e.beltGroups[b]);
      }
      break;
    }
  }
}

}  // namespace

PermutationTest runPermutationTest(const MatchReport& match, const std::vector<UnitWeight>& units,
                                   const PermutationOptions& options) {
  if (options.permutations < kMinPermutations) {
    throw std::invalid_argument("a permutation test needs at least " + std::to_string(kMinPermutations) +
                                " permutations (asked for " + std::to_string(options.permutations) +
                                "): with fewer, no p-value can be below 0.01");
  }
  const EncodedMatch e = encode(match, units, options);
  const std::size_t figures = e.blockCities.size() * kFiguresPerBlock;

  Scratch observedScratch;
  arrangeBelts(e, options.model, nullptr, observedScratch);
  std::vector<double> observed(figures);
  countFigures(e, observedScratch, observed);

  // values[f * N + i]: figure f in replicate i.
  const std::size_t n = options.permutations;
  std::vector<double> values(figures * n);
  const unsigned threads = replicateThreads(n, options.threads);
  std::vector<Scratch> scratch(threads);
  std::vector<std::vector<double>> rowOf(threads, std::vector<double>(figures));
  ReplicateRun run{n, options.threads, options.cancel, options.progress, "permutation test"};
  runReplicates(run, [&](std::size_t i, unsigned worker) {
    Xoshiro256 rng(options.seed, i + 1);
    arrangeBelts(e, options.model, &rng, scratch[worker]);
    countFigures(e, scratch[worker], rowOf[worker]);
    for (std::size_t f = 0; f < figures; ++f) values[f * n + i] = rowOf[worker][f];
  });

  PermutationTest test;
  test.options = options;
  test.options.cancel = nullptr;
  test.options.progress = {};
  test.generator = "xoshiro256** 1.0, replicate i seeded by SplitMix64 from (seed, i); Fisher-Yates shuffles, "
                   "Lemire's unbiased bounded integers";
  test.candidateUnits = e.unitCodes.size();
  test.unitsAdded = e.added;
  for (std::size_t block = 0; block < e.blockCities.size(); ++block) {
    for (std::size_t k = 0; k < kFiguresPerBlock; ++k) {
      const std::size_t f = block * kFiguresPerBlock + k;
      PermutationFigure figure;
      figure.figure = kFigureNames[k];
      figure.programme = block == 0 ? std::string() : e.programmes[block - 1];
      figure.whole = k == 0 ? e.blockCities[block].size() : e.blockClusters[block];
      figure.null = summariseNull(observed[f], std::span(values).subspan(f * n, n));
      figure.fixedByModel = k == 0 && options.model == BeltNullModel::ShuffleIndustries;
      test.figures.push_back(std::move(figure));
    }
  }
  return test;
}

}  // namespace cb
