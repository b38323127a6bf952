// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The study's standard set of ellipses for the national industrial clusters and the online
// industrial belts: one per programme, one for all clusters, one for the belts. Every record is
// a point at the representative point of its prefecture (BoundaryUnits::labelPoint) and weighs 1,
// so a city with three clusters pulls the ellipse three times as hard as a city with one.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/gazetteer/row_placement.h"
#include "core/geometry/geometry.h"
#include "core/model/point_table.h"
#include "core/stats/sde_analysis.h"

namespace cb {

/// Group names of the ellipses of all clusters and of all belts.
inline constexpr std::string_view kStudyGroupClusters = "clusters";
inline constexpr std::string_view kStudyGroupBelts = "belts";

/// The programmes of the national cluster lists, in the order the study reports them:
/// NDRC-SEI (strategic emerging industry clusters), MIIT-AMC (advanced manufacturing clusters),
/// MOST-IIC (innovative industrial clusters).
const std::vector<std::string>& studyProgrammes();

/// What computeStudyEllipses() produced.
struct StudyEllipses {
  /// In this order: the programmes of studyProgrammes() present in the clusters, then any other
  /// programme value in ascending byte order, then "clusters", then "belts". SdeEllipse::group
  /// is the programme or "clusters" / "belts"; sde.n counts the placed rows of the group. A
  /// group with fewer than 3 placed rows is listed without an ellipse (hasEllipse false) and
  /// with a message saying why. Centres, axes and polygons are in China Albers metres.
  std::vector<SdeEllipse> ellipses;
  /// Everything the computation wants the user to know, with the group it concerns; row is the
  /// source row of the clusters table, or of the belts table for group "belts".
  std::vector<SdeMessage> messages;
  /// Rows that could not be placed: clusters first, then belts, each in file order.
  std::vector<UnplacedRow> unplaced;
  std::string clustersFile, beltsFile;
  std::size_t clusterRows = 0, beltRows = 0;  ///< rows read, placed or not
  std::string computationCrs;                 ///< China Albers (PROJ string)

  /// The ellipse of a group, or nullptr.
  [[nodiscard]] const SdeEllipse* find(std::string_view group) const;
};

/// unit code → the point where the unit's records stand (inside its polygon, China Albers metres);
/// see BoundaryUnits::labelPoints.
using UnitPoints = std::unordered_map<std::string, Point2>;

/// The points of one study group (a programme, "clusters" or "belts"): where its placed rows
/// stand (their unit's point, China Albers metres), with each row's number and year.
struct StudyGroupPoints {
  std::string group;
  PointKind kind = PointKind::Cluster;
  std::string file;  ///< the table the rows come from
  std::vector<double> x, y;
  std::vector<long long> rows;
  std::vector<std::optional<int>> years;
};

/// The points of every study group, in the order of StudyEllipses::ellipses (a programme's
/// rows, the clusters', the belts'); rows without a point are left out here (computeStudyEllipses
/// lists them).
std::vector<StudyGroupPoints> studyGroupPoints(const PointTable& clusters, const TablePlacement& clusterPlaces,
                                               const PointTable& belts, const TablePlacement& beltPlaces,
                                               const UnitPoints& points);

/// Computes the study's ellipses with the given convention (ArcGIS 1 SD by default) in China
/// Albers, on rows placed already (placeRecords of each table). A row is at the point of its
/// unit; rows that were not placed, and rows of a unit without a polygon in `points`, are listed
/// in `unplaced` and left out of every ellipse, and a cluster row without a programme counts in
/// "clusters" only (with a Warning naming its row). Throws std::invalid_argument for undefined
/// options (k outside 1..3, p outside (0, 1)).
StudyEllipses computeStudyEllipses(const PointTable& clusters, const TablePlacement& clusterPlaces,
                                   const PointTable& belts, const TablePlacement& beltPlaces,
                                   const UnitPoints& points, const SdeOptions& options = {},
                                   int polygonVertices = 360);

}  // namespace cb
