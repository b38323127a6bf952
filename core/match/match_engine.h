// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/gazetteer/gazetteer.h"
#include "core/match/list_completeness.h"
#include "core/gazetteer/row_placement.h"
#include "core/model/point_table.h"
#include "core/taxonomy/taxonomy.h"

namespace cb {

/// How one cluster relates to one belt of its city.
enum class MatchKind { Identical, Similar, Unrelated };
/// The best a cluster gets over the belts of its city.
enum class ClusterOutcome { Identical, Similar, Unrelated, NoBelt };

const char* matchKindName(MatchKind kind);
const char* outcomeName(ClusterOutcome outcome);

/// A resolved cluster or belt row.
struct MatchEntry {
  long long row = 0;
  std::string name, program, industry;
  std::string place;       ///< the value that was resolved (city, code or county as given)
  std::string code;        ///< the unit it was resolved to
  ResolveRule rule = ResolveRule::None;
  GroupSet groups;
  GroupSet related;        ///< clusters: the groups similar to `groups` (the taxonomy's closure)
  std::vector<std::string> groupIds;
  ClusterOutcome outcome = ClusterOutcome::NoBelt;  ///< clusters only
  std::string note;        ///< e.g. a county that lies in another city
};

/// One (cluster, belt) pair of a city; indexes point into MatchReport::clusters and ::belts.
struct MatchPair {
  std::size_t cluster = 0, belt = 0;
  MatchKind kind = MatchKind::Unrelated;
  /// identical: the shared groups; similar: "cluster_group~belt_group" pairs; unrelated: none.
  std::vector<std::string> groups;
};

struct CityMatch {
  std::string code, name, province;
  std::vector<std::size_t> clusters, belts;  ///< into MatchReport::clusters / ::belts, in row order
  std::vector<MatchPair> pairs;              ///< cluster-major, in row order (empty unless listed)
};

/// The study's figures for a set of resolved clusters.
struct MatchTally {
  std::size_t clusters = 0;
  std::size_t citiesWithClusters = 0;
  std::size_t citiesWithBoth = 0;  ///< cities with clusters that also have a belt
  std::size_t identical = 0, similar = 0, unrelated = 0, noBelt = 0;

  [[nodiscard]] std::size_t identicalOrSimilar() const { return identical + similar; }
  /// part / whole, 0 when whole is 0.
  [[nodiscard]] static double share(std::size_t part, std::size_t whole) {
    return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
  }
};

struct MatchReport {
  std::string clustersFile, beltsFile;
  MatchTally summary;
  std::size_t citiesWithBelts = 0;
  std::size_t distinctClusters = 0;                    ///< by (programme, name): a cluster over several cities counts once
  std::size_t distinctClustersIdenticalOrSimilar = 0;  ///< … with an identical or similar belt in any of its cities
  std::map<std::string, MatchTally> byProgram;
  std::map<std::string, MatchTally> byProvince;        ///< keyed by the province name
  std::vector<MatchEntry> clusters, belts;             ///< resolved rows, in file order
  std::vector<CityMatch> cities;                       ///< every city with a cluster or a belt, by code
  std::vector<UnplacedRow> unresolved;                 ///< clusters first, then belts, in file order
  std::vector<UnplacedRow> unplacedIndustries;         ///< resolved rows the taxonomy cannot place (value: the industry)
  std::size_t unresolvedClusters = 0, unresolvedBelts = 0;
  /// How much of each published list the input holds; filled by the caller for bundled inputs
  /// (bundledCompleteness), empty for a user's own lists.
  std::vector<ListCompleteness> completeness;
  /// The taxonomy's groups, so that views can name the ids of MatchEntry::groupIds.
  std::vector<IndustryGroup> groups;

  /// The group with this id, or nullptr.
  [[nodiscard]] const IndustryGroup* group(const std::string& id) const;
};

struct MatchOptions {
  /// List every (cluster, belt) pair of every city. Off, the outcomes are still exact but
  /// CityMatch::pairs stays empty: 100,000 × 100,000 rows make tens of millions of pairs.
  bool listPairs = true;
};

/// Places every cluster and belt in its 2021 prefecture-level unit, classifies their industries
/// and gives each cluster its best outcome over the belts of its city: identical (a shared
/// group) > similar (related groups) > unrelated > no belt. Only resolved rows count in the
/// statistics; unresolved and ambiguous rows are listed apart with file, row, value and reason.
MatchReport matchClustersAndBelts(const PointTable& clusters, const PointTable& belts, const Gazetteer& gazetteer,
                                  const Taxonomy& taxonomy, const MatchOptions& options = {});

/// The same on rows placed already (the analysis pipeline places them once, for the match and
/// the ellipses alike). `clusterPlaces` and `beltPlaces` are placeRecords() of the two tables with
/// the same gazetteer.
MatchReport matchPlacedRecords(const PointTable& clusters, const TablePlacement& clusterPlaces,
                               const PointTable& belts, const TablePlacement& beltPlaces,
                               const Gazetteer& gazetteer, const Taxonomy& taxonomy, const MatchOptions& options = {});

}  // namespace cb
