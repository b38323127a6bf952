// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/significance.h"

#include <cmath>
#include <stdexcept>
#include <unordered_map>

#include "core/analysis/pipeline.h"
#include "core/crs/coordinate_transform.h"
#include "core/gazetteer/unit_weight_reader.h"

namespace cb {

std::vector<UnitWeight> candidateUnits(const std::vector<PrefectureUnit>& units, const std::vector<UnitWeight>& weights) {
  std::unordered_map<std::string, double> given;
  for (const UnitWeight& w : weights) given[w.code] += w.weight;
  std::vector<UnitWeight> out;
  out.reserve(units.size());
  for (const PrefectureUnit& unit : units) {
    const auto it = given.find(unit.code);
    out.push_back({unit.code, weights.empty() ? 1.0 : (it == given.end() ? 0.0 : it->second)});
  }
  return out;
}

StudyColocation studyColocation(const Analysis& analysis, const ColocationOptions& options, ColocationPoints points) {
  StudyColocation out;
  out.points = points;
  std::vector<Point2> clusters, belts;
  const MatchReport& match = analysis.match;
  if (points == ColocationPoints::PrefecturePoints) {
    for (std::size_t k = 0; k < match.clusters.size(); ++k) {
      if (const auto p = analysis.cityPoint(match.clusters[k].code)) {
        clusters.push_back(*p);
        out.clusters.push_back(k);
      } else {
        out.notes.push_back("cluster row " + std::to_string(match.clusters[k].row) + ": " + match.clusters[k].code +
                            " has no polygon in the boundaries, left out");
      }
    }
    for (const MatchEntry& belt : match.belts) {
      if (const auto p = analysis.cityPoint(belt.code)) {
        belts.push_back(*p);
      } else {
        out.notes.push_back("belt row " + std::to_string(belt.row) + ": " + belt.code +
                            " has no polygon in the boundaries, left out");
      }
    }
  } else {
    const CoordinateTransform toAlbers = CoordinateTransform::wgs84ToChinaAlbers();
    // MatchReport::clusters follows the placed rows of the table, one for one.
    const auto own = [&](const PointTable& table, const TablePlacement& places, PointKind kind,
                         std::vector<Point2>& into, std::vector<std::size_t>* indexes) {
      for (std::size_t k = 0; k < places.placed.size(); ++k) {
        const PointRecord& record = table.records[places.placed[k].record];
        const Point2 p = record.lon && record.lat ? toAlbers.forward({*record.lon, *record.lat})
                                                  : Point2{INFINITY, INFINITY};
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
          out.notes.push_back(std::string(pointKindName(kind)) + " row " + std::to_string(record.row) +
                              ": no usable lon/lat, left out");
          continue;
        }
        into.push_back(p);
        if (indexes != nullptr) indexes->push_back(k);
      }
    };
    own(analysis.clusters, analysis.placements.clusters, PointKind::Cluster, clusters, &out.clusters);
    own(analysis.belts, analysis.placements.belts, PointKind::Belt, belts, nullptr);
  }
  out.result = colocationQuotient(clusters, belts, options);
  return out;
}

std::vector<GroupBootstrap> studyBootstraps(const std::vector<StudyGroupPoints>& groups, const BootstrapOptions& options) {
  std::vector<GroupBootstrap> out;
  for (const StudyGroupPoints& group : groups) {
    BootstrapOptions own = options;
    const auto progress = options.progress;
    const std::size_t index = out.size();
    if (progress) {
      own.progress = [&, index](int percent, const std::string& step) {
        progress(static_cast<int>((100 * index + static_cast<std::size_t>(percent)) / groups.size()), step);
      };
    }
    out.push_back({group.group, bootstrapEllipse(group.x, group.y, {}, own)});
  }
  return out;
}

std::shared_ptr<const Significance> computeSignificance(const Analysis& analysis, const SignificanceOptions& options,
                                                        const std::atomic<bool>* cancel,
                                                        const ProgressFunction& progress) {
  auto out = std::make_shared<Significance>();
  out->options = options;
  // Each part reports within its share of the bar: permutations, colocation, bootstrap, time.
  const auto part = [&](int from, int to) -> ProgressFunction {
    if (!progress) return {};
    return [=](int percent, const std::string& step) { progress(from + (to - from) * percent / 100, step); };
  };
  const auto note = [&](const char* what, const std::exception& e) {
    out->notes.push_back(std::string(what) + ": " + e.what());
  };
  std::vector<UnitWeight> weights = options.unitWeights;
  bool weightsUsable = true;
  if (options.permutation && options.weightTable && options.permutation->model == BeltNullModel::PlaceByWeight) {
    LoadReport report;
    try {
      const Gazetteer gazetteer = loadGazetteer(report);
      const UnitWeightTable& table = *options.weightTable;
      if (auto read = readUnitWeights(table.path, table.placeColumn, table.weightColumn, gazetteer, report)) {
        weights = std::move(*read);
      } else {
        weightsUsable = false;
      }
    } catch (const std::exception& e) {
      report.error(options.weightTable->path, 0, e.what());
      weightsUsable = false;
    }
    for (const LoadMessage& m : report.messages()) {
      if (m.severity != LoadMessage::Severity::Error) continue;
      std::string where = m.file;
      if (m.row > 0) where.append(":").append(std::to_string(m.row));
      out->notes.push_back(std::string("permutation test: ").append(where).append(": ").append(m.message));
    }
  }
  if (options.permutation && weightsUsable) {
    PermutationOptions p = *options.permutation;
    p.cancel = cancel;
    p.progress = part(0, 40);
    try {
      out->permutation = runPermutationTest(analysis.match, candidateUnits(analysis.unitList, weights), p);
    } catch (const std::invalid_argument& e) {
      note("permutation test", e);
    }
  }
  throwIfCancelled(cancel);
  if (options.colocation) {
    ColocationOptions c = *options.colocation;
    c.cancel = cancel;
    c.progress = part(40, 70);
    try {
      out->colocation = studyColocation(analysis, c, options.colocationPoints);
    } catch (const std::invalid_argument& e) {
      note("colocation quotient", e);
    }
  }
  throwIfCancelled(cancel);
  const std::vector<StudyGroupPoints> groups =
      studyGroupPoints(analysis.clusters, analysis.placements.clusters, analysis.belts, analysis.placements.belts,
                       analysis.units.labelPoints());
  if (options.bootstrap) {
    BootstrapOptions b = *options.bootstrap;
    b.sde = analysis.inputs.sde;
    b.cancel = cancel;
    b.progress = part(70, 95);
    try {
      out->bootstraps = studyBootstraps(groups, b);
    } catch (const std::invalid_argument& e) {
      note("ellipse bootstrap", e);
    }
  }
  throwIfCancelled(cancel);
  if (options.overTime) out->trajectories = studyTrajectories(groups, options.cumulative, analysis.inputs.sde);
  if (progress) progress(100, "done");
  return out;
}

}  // namespace cb
