// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/match/city_outcome.h"

#include <unordered_set>

#include "core/gazetteer/boundary_units.h"
#include "core/match/match_engine.h"

namespace cb {

std::string_view cityOutcomeName(CityOutcome outcome) {
  switch (outcome) {
    case CityOutcome::Identical: return "identical";
    case CityOutcome::Similar: return "similar";
    case CityOutcome::Unrelated: return "unrelated";
    case CityOutcome::ClusterWithoutBelt: return "cluster-without-belt";
    case CityOutcome::BeltOnly: return "belt-only";
    case CityOutcome::None: break;
  }
  return "none";
}

CityOutcome cityOutcome(const CityMatch& city, const MatchReport& report) {
  if (city.clusters.empty()) return city.belts.empty() ? CityOutcome::None : CityOutcome::BeltOnly;
  if (city.belts.empty()) return CityOutcome::ClusterWithoutBelt;
  // The outcomes are those of the clusters over the belts of their city, so the best of them is
  // the city's class; they stay exact even when the pairs are not listed.
  bool similar = false;
  for (std::size_t index : city.clusters) {
    const ClusterOutcome outcome = report.clusters[index].outcome;
    if (outcome == ClusterOutcome::Identical) return CityOutcome::Identical;
    similar = similar || outcome == ClusterOutcome::Similar;
  }
  return similar ? CityOutcome::Similar : CityOutcome::Unrelated;
}

CityOutcome CityOutcomes::of(const std::string& unitCode) const {
  const auto it = byCity.find(unitCode);
  return it == byCity.end() ? CityOutcome::None : it->second;
}

CityOutcomes classifyCities(const MatchReport& match, const BoundaryUnits& units) {
  CityOutcomes outcomes;
  for (const CityMatch& city : match.cities) {
    const CityOutcome outcome = cityOutcome(city, match);
    outcomes.byCity.emplace(city.code, outcome);
    ++outcomes.counts[static_cast<std::size_t>(outcome)];
  }
  std::unordered_set<std::string> unlisted;
  for (std::size_t i = 0; i < units.regionCount(); ++i) {
    const std::string& unit = units.unitOfRegion(i);
    if (!unit.empty() && !outcomes.byCity.contains(unit)) unlisted.insert(unit);
  }
  outcomes.counts[static_cast<std::size_t>(CityOutcome::None)] += unlisted.size();
  return outcomes;
}

}  // namespace cb
