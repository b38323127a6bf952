// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The class of a city (a 2021 prefecture-level unit) in the match-outcome choropleth.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cb {

class BoundaryUnits;
struct CityMatch;
struct MatchReport;

/// One class per city, in legend order:
///  - Identical: one of its clusters has an identical belt in the city;
///  - Similar: no identical pair, but one cluster has a similar belt;
///  - Unrelated: clusters and belts, none related;
///  - ClusterWithoutBelt: clusters and no belt; BeltOnly: belts and no cluster;
///  - None: neither (every unit on the map that the match does not list).
enum class CityOutcome { Identical, Similar, Unrelated, ClusterWithoutBelt, BeltOnly, None };
inline constexpr std::size_t kCityOutcomeCount = 6;

/// "identical", "similar", "unrelated", "cluster-without-belt", "belt-only", "none".
std::string_view cityOutcomeName(CityOutcome outcome);

/// The class of a city of the match (its clusters' outcomes are in `report.clusters`).
CityOutcome cityOutcome(const CityMatch& city, const MatchReport& report);

/// The class of every city of an analysis and how many cities each class has.
struct CityOutcomes {
  friend bool operator==(const CityOutcomes&, const CityOutcomes&) = default;
  std::unordered_map<std::string, CityOutcome> byCity;  ///< unit code → class; absent: None
  /// Cities per class. Every city of the match counts; None counts the units of the boundary
  /// layer (after merging older regions into their 2021 unit) that the match does not list.
  std::array<std::size_t, kCityOutcomeCount> counts{};

  [[nodiscard]] CityOutcome of(const std::string& unitCode) const;
  [[nodiscard]] std::size_t count(CityOutcome outcome) const { return counts[static_cast<std::size_t>(outcome)]; }
};

/// Classifies every city of a match; the units of the boundary regions that the match does not
/// list count as None. A stage of runAnalysis, which stores the result in Analysis::outcomes
/// once: the map, the legend, figures and writers read that.
CityOutcomes classifyCities(const MatchReport& match, const BoundaryUnits& units);

}  // namespace cb
