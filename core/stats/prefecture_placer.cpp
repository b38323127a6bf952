// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/prefecture_placer.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "core/gazetteer/boundary_units.h"

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
