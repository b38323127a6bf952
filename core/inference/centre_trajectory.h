// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Change over time: one ellipse per year (or per cumulative year) of a group's rows, and the
// path of the mean centre between them — the measures papers on 重心迁移 and 标准差椭圆 report:
// the distance, bearing and speed of each step of the centre, and the change of area, axes,
// flattening and azimuth.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/stats/sde_analysis.h"
#include "core/stats/study_ellipses.h"

namespace cb {

struct PeriodEllipse {
  int year = 0;
  std::size_t points = 0;  ///< rows in the period (of the year, or up to it when cumulative)
  SdeEllipse ellipse;      ///< China Albers metres; hasEllipse false (with a message) under 3 points
};

/// One step of the centre from one period with an ellipse to the next.
struct TrajectoryStep {
  int fromYear = 0, toYear = 0;
  double distanceKm = 0.0;      ///< geodesic on WGS 84 between the centres (PROJ's geodesic)
  double bearingDeg = 0.0;      ///< initial true bearing of the step, clockwise from north, [0, 360)
  double speedKmPerYear = 0.0;  ///< distanceKm / (toYear − fromYear)
  double areaChangeKm2 = 0.0, areaChangePercent = 0.0;
  double majorChangeKm = 0.0, minorChangeKm = 0.0;  ///< of the semi-axes
  double flatteningChange = 0.0;                    ///< of 1 − b/a
  double azimuthChangeDeg = 0.0;                    ///< of the major axis (true), in (−90, 90]
};

struct CentreTrajectory {
  std::string group;
  bool cumulative = false;
  std::vector<PeriodEllipse> periods;  ///< ascending years
  std::vector<TrajectoryStep> steps;   ///< between consecutive periods that have an ellipse
  std::vector<SdeMessage> messages;    ///< rows without a year (named, left out), small periods
};

/// The ellipses of points (x, y in China Albers metres) per year of `years`, or, when
/// `cumulative`, of every row up to each year, and the centre's steps between them. Rows
/// without a year are listed in the messages by their row number and left out of every period.
CentreTrajectory centreTrajectory(const std::string& group, std::span<const double> x, std::span<const double> y,
                                  std::span<const long long> rows, std::span<const std::optional<int>> years,
                                  bool cumulative, const SdeOptions& options, int polygonVertices = 360);

/// The ellipses over time of every study group whose rows have a year, in the groups' order.
std::vector<CentreTrajectory> studyTrajectories(const std::vector<StudyGroupPoints>& groups, bool cumulative,
                                                const SdeOptions& options);

}  // namespace cb
