// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/analysis.h"

#include <algorithm>
#include <utility>

namespace cb {

const CityMatch* Analysis::city(const std::string& code) const {
  const auto it = std::lower_bound(match.cities.begin(), match.cities.end(), code,
                                   [](const CityMatch& c, const std::string& key) { return c.code < key; });
  return it != match.cities.end() && it->code == code ? &*it : nullptr;
}

const CentreTrajectory* Analysis::trajectory(std::string_view group) const {
  const auto it = std::find_if(trajectories.begin(), trajectories.end(),
                               [&](const CentreTrajectory& t) { return t.group == group; });
  return it == trajectories.end() ? nullptr : &*it;
}

std::optional<Point2> Analysis::cityPoint(const std::string& code) const { return units.labelPoint(code); }

std::shared_ptr<const Analysis> runAnalysis(const AnalysisInputs& inputs,
                                            std::shared_ptr<const BoundaryMap> boundaries,
                                            const std::atomic<bool>* cancel,
                                            const ProgressFunction& progress) {
  const auto step = [&](int percent, const char* what) {
    throwIfCancelled(cancel);
    if (progress) progress(percent, what);
  };
  auto analysis = std::make_shared<Analysis>();
  analysis->inputs = inputs;
  LoadReport& report = analysis->report;

  step(0, "boundaries");
  analysis->boundaries = loadBoundaries(inputs.boundaries, std::move(boundaries));
  report.append(analysis->boundaries->report());

  step(40, "gazetteer");
  Gazetteer gazetteer = loadGazetteer(report);
  analysis->units = BoundaryUnits(analysis->boundaries->prefectures(), gazetteer, report);
  for (const PrefectureUnit* unit : gazetteer.units()) analysis->unitList.push_back(*unit);

  step(50, "taxonomy");
  LoadedInputs loaded{std::move(gazetteer), loadTaxonomy(inputs.taxonomy, report), {}, {}};

  step(55, "clusters and belts");
  loaded.clusters = loadTable(inputs.clusters, PointKind::Cluster, inputs.manual, report);
  loaded.belts = loadTable(inputs.belts, PointKind::Belt, inputs.manual, report);

  step(65, "matching");
  analysis->placements = placeRows(loaded.clusters, loaded.belts, loaded.gazetteer);
  analysis->match = matchRows(inputs, loaded, analysis->placements, report);
  analysis->outcomes = classifyCities(analysis->match, analysis->units);
  analysis->symbols = citySymbols(*analysis);

  step(85, "ellipses");
  const UnitPoints points = analysis->units.labelPoints();
  analysis->ellipses = ellipsesOfRows(inputs, loaded, analysis->placements, points);
  analysis->trajectories = studyTrajectories(
      studyGroupPoints(loaded.clusters, analysis->placements.clusters, loaded.belts, analysis->placements.belts, points),
      inputs.cumulativeYears, inputs.sde);
  analysis->clusters = std::move(loaded.clusters);
  analysis->belts = std::move(loaded.belts);
  step(100, "done");
  return analysis;
}

}  // namespace cb
