// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/study_ellipses.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <utility>

#include "core/crs/crs.h"

namespace cb {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The placed rows of one table, in China Albers metres.
struct PlacedRows {
  std::vector<double> x, y;
  std::vector<long long> rows;
  std::vector<std::string> programmes;
  std::vector<std::optional<int>> years;
};

// The rows of a table at their unit's point; the rows without one join `unplaced`, in file order.
PlacedRows pointsOf(const PointTable& table, const TablePlacement& places, PointKind kind,
                    const UnitPoints& points, std::vector<UnplacedRow>& unplaced) {
  PlacedRows placed;
  std::vector<UnplacedRow> missing = places.unplaced;
  for (const PlacedRecord& p : places.placed) {
    const PointRecord& record = table.records.at(p.record);
    const auto it = points.find(p.code);
    if (it == points.end()) {
      missing.push_back({kind, table.file, record.row, record.name, p.value,
                         "'" + p.value + "' resolves to " + p.code + " " + p.unitName +
                             ", which has no polygon in the boundaries",
                         {}});
      continue;
    }
    placed.x.push_back(it->second.x);
    placed.y.push_back(it->second.y);
    placed.rows.push_back(record.row);
    placed.programmes.push_back(record.program);
    placed.years.push_back(record.year);
  }
  std::stable_sort(missing.begin(), missing.end(),
                   [](const UnplacedRow& a, const UnplacedRow& b) { return a.row < b.row; });
  unplaced.insert(unplaced.end(), missing.begin(), missing.end());
  return placed;
}

SdeRequest albersRequest(const SdeOptions& options, int polygonVertices) {
  SdeRequest request;
  // The label points are already in the computation CRS: no transformation happens.
  request.inputCrs = std::string(crs::kChinaAlbers);
  request.computationCrs = std::string(crs::kChinaAlbers);
  request.options = options;
  request.polygonVertices = polygonVertices;
  return request;
}

// A group that has rows in the table but none placed: listed, without an ellipse, so that a
// programme never disappears from the output unnoticed.
SdeEllipse emptyEllipse(const std::string& group, const SdeOptions& options) {
  SdeEllipse e;
  e.group = group;
  e.computationCrs = std::string(crs::kChinaAlbers);
  e.methodLabel = sdeMethodLabel(options, false);
  e.sde.options = options;
  e.sde.center = {kNaN, kNaN};
  e.centerLonLat = {kNaN, kNaN};
  e.sde.standardDistance = kNaN;
  e.sde.scaleFactor = kNaN;
  e.gridConvergenceDeg = kNaN;
  e.arcgis = {kNaN, kNaN, kNaN, kNaN, kNaN};
  e.messages.push_back({SdeMessage::Severity::Warning, group, -1, "no ellipse: no placed rows"});
  return e;
}

// Renames the group of an ungrouped report's single ellipse and of its messages.
SdeEllipse renamed(SdeReport report, const std::string& group) {
  SdeEllipse e = std::move(report.ellipses.front());
  e.group = group;
  for (SdeMessage& m : e.messages) m.group = group;
  return e;
}

// Programme order: the study's three first, then any other value present in byte order.
std::vector<std::string> programmesOf(const PointTable& clusters) {
  std::set<std::string> present;
  for (const PointRecord& record : clusters.records) {
    if (!record.program.empty()) present.insert(record.program);
  }
  std::vector<std::string> programmes;
  for (const std::string& known : studyProgrammes()) {
    if (present.erase(known) > 0) programmes.push_back(known);
  }
  programmes.insert(programmes.end(), present.begin(), present.end());
  return programmes;
}

}  // namespace

std::vector<StudyGroupPoints> studyGroupPoints(const PointTable& clusters, const TablePlacement& clusterPlaces,
                                               const PointTable& belts, const TablePlacement& beltPlaces,
                                               const UnitPoints& points) {
  std::vector<UnplacedRow> ignored;  // computeStudyEllipses lists them
  const PlacedRows c = pointsOf(clusters, clusterPlaces, PointKind::Cluster, points, ignored);
  const PlacedRows b = pointsOf(belts, beltPlaces, PointKind::Belt, points, ignored);
  std::vector<StudyGroupPoints> groups;
  const auto add = [&](const std::string& group, PointKind kind, const std::string& file, const PlacedRows& rows,
                       const std::string* programme) {
    StudyGroupPoints g{group, kind, file, {}, {}, {}, {}};
    for (std::size_t i = 0; i < rows.x.size(); ++i) {
      if (programme != nullptr && rows.programmes[i] != *programme) continue;
      g.x.push_back(rows.x[i]);
      g.y.push_back(rows.y[i]);
      g.rows.push_back(rows.rows[i]);
      g.years.push_back(rows.years[i]);
    }
    groups.push_back(std::move(g));
  };
  for (const std::string& programme : programmesOf(clusters)) {
    add(programme, PointKind::Cluster, clusters.file, c, &programme);
  }
  add(std::string(kStudyGroupClusters), PointKind::Cluster, clusters.file, c, nullptr);
  add(std::string(kStudyGroupBelts), PointKind::Belt, belts.file, b, nullptr);
  return groups;
}

const std::vector<std::string>& studyProgrammes() {
  static const std::vector<std::string> programmes = {"NDRC-SEI", "MIIT-AMC", "MOST-IIC"};
  return programmes;
}

const SdeEllipse* StudyEllipses::find(std::string_view group) const {
  const auto it = std::find_if(ellipses.begin(), ellipses.end(),
                               [&](const SdeEllipse& e) { return e.group == group; });
  return it == ellipses.end() ? nullptr : &*it;
}

StudyEllipses computeStudyEllipses(const PointTable& clusters, const TablePlacement& clusterPlaces,
                                   const PointTable& belts, const TablePlacement& beltPlaces,
                                   const UnitPoints& points, const SdeOptions& options,
                                   int polygonVertices) {
  StudyEllipses study;
  study.clustersFile = clusters.file;
  study.beltsFile = belts.file;
  study.clusterRows = clusters.records.size();
  study.beltRows = belts.records.size();
  study.computationCrs = std::string(crs::kChinaAlbers);
  const PlacedRows c = pointsOf(clusters, clusterPlaces, PointKind::Cluster, points, study.unplaced);
  const PlacedRows b = pointsOf(belts, beltPlaces, PointKind::Belt, points, study.unplaced);

  const std::vector<std::string> programmes = programmesOf(clusters);

  // One ellipse per programme: the placed clusters that name one.
  SdeRequest byProgramme = albersRequest(options, polygonVertices);
  for (std::size_t i = 0; i < c.x.size(); ++i) {
    if (c.programmes[i].empty()) {
      study.messages.push_back({SdeMessage::Severity::Warning, std::string(kStudyGroupClusters),
                                c.rows[i], "no programme: counted in 'clusters' only"});
      continue;
    }
    byProgramme.x.push_back(c.x[i]);
    byProgramme.y.push_back(c.y[i]);
    byProgramme.groups.push_back(c.programmes[i]);
    byProgramme.rows.push_back(c.rows[i]);
  }
  SdeReport programmeReport;
  if (!byProgramme.x.empty()) programmeReport = computeSde(byProgramme);
  for (const std::string& programme : programmes) {
    const auto it = std::find_if(programmeReport.ellipses.begin(), programmeReport.ellipses.end(),
                                 [&](const SdeEllipse& e) { return e.group == programme; });
    study.ellipses.push_back(it != programmeReport.ellipses.end()
                                 ? std::move(*it)
                                 : emptyEllipse(programme, options));
  }

  // One for all clusters and one for the belts.
  const auto whole = [&](const PlacedRows& rows, std::string_view group) {
    if (rows.x.empty()) return emptyEllipse(std::string(group), options);
    SdeRequest request = albersRequest(options, polygonVertices);
    request.x = rows.x;
    request.y = rows.y;
    request.rows = rows.rows;
    return renamed(computeSde(request), std::string(group));
  };
  study.ellipses.push_back(whole(c, kStudyGroupClusters));
  study.ellipses.push_back(whole(b, kStudyGroupBelts));

  // The report's messages in ellipse order (the row warnings above stay first).
  for (const SdeEllipse& e : study.ellipses) {
    study.messages.insert(study.messages.end(), e.messages.begin(), e.messages.end());
  }
  return study;
}

}  // namespace cb
