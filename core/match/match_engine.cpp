// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/match/match_engine.h"

#include <algorithm>
#include <unordered_map>

#include "core/gazetteer/record_resolver.h"
#include "core/util/text.h"

namespace cb {

const char* matchKindName(MatchKind kind) {
  switch (kind) {
    case MatchKind::Identical: return "identical";
    case MatchKind::Similar: return "similar";
    case MatchKind::Unrelated: return "unrelated";
  }
  return "unrelated";
}

const char* outcomeName(ClusterOutcome outcome) {
  switch (outcome) {
    case ClusterOutcome::Identical: return "identical";
    case ClusterOutcome::Similar: return "similar";
    case ClusterOutcome::Unrelated: return "unrelated";
    case ClusterOutcome::NoBelt: return "no_belt";
  }
  return "no_belt";
}

namespace {

// Classifies the placed rows of one table; rows the taxonomy cannot place are listed too.
std::vector<MatchEntry> classifyAll(const PointTable& table, PointKind kind, const TablePlacement& places,
                                    const Taxonomy& taxonomy, MatchReport& report) {
  std::vector<MatchEntry> entries;
  entries.reserve(places.placed.size());
  std::unordered_map<std::string, std::pair<GroupSet, std::vector<std::string>>> classified;
  for (const PlacedRecord& placed : places.placed) {
    const PointRecord& record = table.records[placed.record];
    MatchEntry entry;
    entry.row = record.row;
    entry.name = record.name.empty() ? "row " + std::to_string(record.row) : record.name;
    entry.program = record.program;
    entry.industry = record.industry;
    entry.place = placed.value;
    entry.code = placed.code;
    entry.rule = placed.rule;
    entry.note = placed.note;
    auto it = classified.find(record.industry);
    if (it == classified.end()) {
      const GroupSet groups = taxonomy.classify(record.industry).groups;
      it = classified.emplace(record.industry, std::make_pair(groups, taxonomy.ids(groups))).first;
    }
    entry.groups = it->second.first;
    entry.groupIds = it->second.second;
    if (entry.groups.none()) {
      report.unplacedIndustries.push_back({kind, table.file, record.row, entry.name, record.industry,
                                           record.industry.empty() ? "no industry given"
                                                                   : "the taxonomy has no keyword for this industry",
                                           {}});
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

// "cluster_group~belt_group" for every related pair of groups, in taxonomy order.
std::vector<std::string> similarGroups(const GroupSet& cluster, const GroupSet& belt, const Taxonomy& taxonomy) {
  std::vector<std::string> out;
  for (std::size_t a = 0; a < taxonomy.groups().size(); ++a) {
    if (!cluster.test(a)) continue;
    const GroupSet related = taxonomy.similarTo(a) & belt;
    for (std::size_t b = 0; b < taxonomy.groups().size(); ++b) {
      if (related.test(b)) out.push_back(taxonomy.groups()[a].id + "~" + taxonomy.groups()[b].id);
    }
  }
  return out;
}

void count(MatchTally& tally, ClusterOutcome outcome) {
  ++tally.clusters;
  switch (outcome) {
    case ClusterOutcome::Identical: ++tally.identical; break;
    case ClusterOutcome::Similar: ++tally.similar; break;
    case ClusterOutcome::Unrelated: ++tally.unrelated; break;
    case ClusterOutcome::NoBelt: ++tally.noBelt; break;
  }
}

}  // namespace

MatchReport matchClustersAndBelts(const PointTable& clusters, const PointTable& belts, const Gazetteer& gazetteer,
                                  const Taxonomy& taxonomy, const MatchOptions& options) {
  RecordResolver resolver(gazetteer);
  const TablePlacement clusterPlaces = placeRecords(clusters, PointKind::Cluster, resolver);
  const TablePlacement beltPlaces = placeRecords(belts, PointKind::Belt, resolver);
  return matchPlacedRecords(clusters, clusterPlaces, belts, beltPlaces, gazetteer, taxonomy, options);
}

MatchReport matchPlacedRecords(const PointTable& clusters, const TablePlacement& clusterPlaces,
                               const PointTable& belts, const TablePlacement& beltPlaces,
                               const Gazetteer& gazetteer, const Taxonomy& taxonomy, const MatchOptions& options) {
  MatchReport report;
  report.clustersFile = clusters.file;
  report.groups = taxonomy.groups();
  report.beltsFile = belts.file;
  report.unresolved = clusterPlaces.unplaced;
  report.unresolved.insert(report.unresolved.end(), beltPlaces.unplaced.begin(), beltPlaces.unplaced.end());
  report.unresolvedClusters = clusterPlaces.unplaced.size();
  report.unresolvedBelts = beltPlaces.unplaced.size();
  report.clusters = classifyAll(clusters, PointKind::Cluster, clusterPlaces, taxonomy, report);
  report.belts = classifyAll(belts, PointKind::Belt, beltPlaces, taxonomy, report);

  std::unordered_map<std::string, std::size_t> cityIndex;
  auto city = [&](const std::string& code) -> CityMatch& {
    auto [it, added] = cityIndex.emplace(code, report.cities.size());
    if (added) {
      const PrefectureUnit* unit = gazetteer.unit(code);
      report.cities.push_back({code, unit->name, unit->province, {}, {}, {}});
    }
    return report.cities[it->second];
  };
  for (std::size_t i = 0; i < report.clusters.size(); ++i) city(report.clusters[i].code).clusters.push_back(i);
  for (std::size_t i = 0; i < report.belts.size(); ++i) city(report.belts[i].code).belts.push_back(i);
  std::sort(report.cities.begin(), report.cities.end(),
            [](const CityMatch& a, const CityMatch& b) { return a.code < b.code; });

  // Per programme and province: the cities that have such clusters, and of those the ones with belts.
  std::map<std::string, std::vector<std::string>> programCities, provinceCities;
  for (CityMatch& c : report.cities) {
    GroupSet beltGroups;
    for (const std::size_t b : c.belts) beltGroups |= report.belts[b].groups;
    report.citiesWithBelts += c.belts.empty() ? 0 : 1;
    if (!c.clusters.empty()) {
      ++report.summary.citiesWithClusters;
      report.summary.citiesWithBoth += c.belts.empty() ? 0 : 1;
    }
    for (const std::size_t k : c.clusters) {
      MatchEntry& cluster = report.clusters[k];
      cluster.related = taxonomy.similarClosure(cluster.groups);
      const GroupSet& related = cluster.related;
      if (c.belts.empty()) {
        cluster.outcome = ClusterOutcome::NoBelt;
      } else if ((cluster.groups & beltGroups).any()) {
        cluster.outcome = ClusterOutcome::Identical;
      } else if ((related & beltGroups).any()) {
        cluster.outcome = ClusterOutcome::Similar;
      } else {
        cluster.outcome = ClusterOutcome::Unrelated;
      }
      count(report.summary, cluster.outcome);
      count(report.byProgram[cluster.program], cluster.outcome);
      count(report.byProvince[c.province], cluster.outcome);
      programCities[cluster.program].push_back(c.code);
      provinceCities[c.province].push_back(c.code);
      if (!options.listPairs) continue;
      for (const std::size_t b : c.belts) {
        const MatchEntry& belt = report.belts[b];
        MatchPair pair{k, b, MatchKind::Unrelated, {}};
        if (const GroupSet shared = cluster.groups & belt.groups; shared.any()) {
          pair.kind = MatchKind::Identical;
          pair.groups = taxonomy.ids(shared);
        } else if ((related & belt.groups).any()) {
          pair.kind = MatchKind::Similar;
          pair.groups = similarGroups(cluster.groups, belt.groups, taxonomy);
        }
        c.pairs.push_back(std::move(pair));
      }
    }
  }
  auto cityFigures = [&](std::map<std::string, MatchTally>& tallies,
                         std::map<std::string, std::vector<std::string>>& codes) {
    for (auto& [key, list] : codes) {
      std::sort(list.begin(), list.end());
      list.erase(std::unique(list.begin(), list.end()), list.end());
      MatchTally& tally = tallies[key];
      tally.citiesWithClusters = list.size();
      for (const std::string& code : list) {
        const auto it = std::lower_bound(report.cities.begin(), report.cities.end(), code,
                                         [](const CityMatch& c, const std::string& v) { return c.code < v; });
        tally.citiesWithBoth += it->belts.empty() ? 0 : 1;
      }
    }
  };
  cityFigures(report.byProgram, programCities);
  cityFigures(report.byProvince, provinceCities);

  // A cluster that spans several cities (广佛惠, 武襄十随) counts once here, with its best city.
  std::map<std::pair<std::string, std::string>, bool> distinct;
  for (const MatchEntry& cluster : report.clusters) {
    bool& best = distinct[{cluster.program, cluster.name}];
    best = best || cluster.outcome == ClusterOutcome::Identical || cluster.outcome == ClusterOutcome::Similar;
  }
  report.distinctClusters = distinct.size();
  for (const auto& [key, matched] : distinct) report.distinctClustersIdenticalOrSimilar += matched ? 1 : 0;
  return report;
}

const IndustryGroup* MatchReport::group(const std::string& id) const {
  for (const IndustryGroup& g : groups) {
    if (g.id == id) return &g;
  }
  return nullptr;
}

}  // namespace cb
