// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inference/centre_trajectory.h"

#include <algorithm>
#include <cmath>
#include <geodesic.h>
#include <map>

#include "core/crs/crs.h"

namespace cb {
namespace {

TrajectoryStep step(const PeriodEllipse& from, const PeriodEllipse& to) {
  // WGS 84 (a = 6378137 m, f = 1/298.257223563), the datum of the centres' lon/lat.
  geod_geodesic geod{};
  geod_init(&geod, 6378137.0, 1.0 / 298.257223563);
  double metres = 0.0, azi1 = 0.0, azi2 = 0.0;
  const SdeEllipse& a = from.ellipse;
  const SdeEllipse& b = to.ellipse;
  geod_inverse(&geod, a.centerLonLat.y, a.centerLonLat.x, b.centerLonLat.y, b.centerLonLat.x, &metres, &azi1, &azi2);
  TrajectoryStep s;
  s.fromYear = from.year;
  s.toYear = to.year;
  s.distanceKm = metres / 1000.0;
  s.bearingDeg = azi1 < 0.0 ? azi1 + 360.0 : azi1;
  s.speedKmPerYear = s.distanceKm / static_cast<double>(to.year - from.year);
  s.areaChangeKm2 = b.areaKm2 - a.areaKm2;
  s.areaChangePercent = a.areaKm2 > 0.0 ? 100.0 * s.areaChangeKm2 / a.areaKm2 : std::nan("");
  s.majorChangeKm = (b.sde.sigmaMajor - a.sde.sigmaMajor) * b.metresPerUnit / 1000.0;
  s.minorChangeKm = (b.sde.sigmaMinor - a.sde.sigmaMinor) * b.metresPerUnit / 1000.0;
  s.flatteningChange = b.sde.flattening - a.sde.flattening;
  s.azimuthChangeDeg = axisBearingDifference(b.azimuthTrueDeg, a.azimuthTrueDeg);
  return s;
}

}  // namespace

CentreTrajectory centreTrajectory(const std::string& group, std::span<const double> x, std::span<const double> y,
                                  std::span<const long long> rows, std::span<const std::optional<int>> years,
                                  bool cumulative, const SdeOptions& options, int polygonVertices) {
  CentreTrajectory out;
  out.group = group;
  out.cumulative = cumulative;
  std::map<int, std::vector<std::size_t>> byYear;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (years[i]) {
      byYear[*years[i]].push_back(i);
    } else {
      out.messages.push_back({SdeMessage::Severity::Warning, group, i < rows.size() ? rows[i] : -1,
                              "no year: left out of the ellipses over time"});
    }
  }
  std::vector<std::size_t> upToNow;
  for (const auto& [year, members] : byYear) {
    SdeRequest request;
    request.inputCrs = std::string(crs::kChinaAlbers);
    request.computationCrs = std::string(crs::kChinaAlbers);
    request.options = options;
    request.polygonVertices = polygonVertices;
    upToNow.insert(upToNow.end(), members.begin(), members.end());
    for (const std::size_t i : cumulative ? upToNow : members) {
      request.x.push_back(x[i]);
      request.y.push_back(y[i]);
      if (i < rows.size()) request.rows.push_back(rows[i]);
    }
    if (request.rows.size() != request.x.size()) request.rows.clear();
    SdeReport report = computeSde(request);
    PeriodEllipse period{year, request.x.size(), std::move(report.ellipses.front())};
    period.ellipse.group = group + " " + std::to_string(year);
    for (SdeMessage& m : period.ellipse.messages) {
      m.group = period.ellipse.group;
      out.messages.push_back(m);
    }
    out.periods.push_back(std::move(period));
  }
  const PeriodEllipse* previous = nullptr;
  for (const PeriodEllipse& period : out.periods) {
    if (!period.ellipse.hasEllipse) continue;
    if (previous != nullptr) out.steps.push_back(step(*previous, period));
    previous = &period;
  }
  return out;
}

std::vector<CentreTrajectory> studyTrajectories(const std::vector<StudyGroupPoints>& groups, bool cumulative,
                                                const SdeOptions& options) {
  std::vector<CentreTrajectory> out;
  for (const StudyGroupPoints& group : groups) {
    const bool anyYear = std::any_of(group.years.begin(), group.years.end(),
                                     [](const std::optional<int>& year) { return year.has_value(); });
    if (!anyYear) continue;
    // 180 vertices: the period ellipses are drawn small beside the study ones.
    out.push_back(centreTrajectory(group.group, group.x, group.y, group.rows, group.years, cumulative, options, 180));
  }
  return out;
}

}  // namespace cb
