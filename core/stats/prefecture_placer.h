// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// City-level records as points: every record is placed at the representative point (inside the
// polygon) of the 2021 prefecture-level unit it resolves to. Used by `clusterbelt-cli sde --city`,
// the study ellipses and the map, so that the three agree on where a city is.

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/gazetteer/gazetteer.h"
#include "core/gazetteer/record_resolver.h"
#include "core/geometry/geometry.h"
#include "core/model/point_table.h"
#include "core/model/region_layer.h"

namespace cb {

/// Where a place or a record went, or why it could not be placed.
struct Placement {
  std::optional<Point2> point;  ///< the unit's representative point, China Albers metres
  std::string code;             ///< the unit's 6-digit code (empty when unresolved)
  std::string name;             ///< the unit's name
  std::string value;            ///< what was resolved: the code, city or county as given
  std::string problem;          ///< why there is no point; empty when placed

  [[nodiscard]] bool placed() const { return point.has_value(); }
};

/// Resolves names and codes with a gazetteer and places them at the label points of a boundary
/// layer. Answers are cached: real lists repeat their city names. Not thread-safe.
class PrefecturePlacer {
 public:
  /// `labelPoints`: unit code → a point inside its polygon, China Albers metres.
  PrefecturePlacer(Gazetteer gazetteer, std::unordered_map<std::string, Point2> labelPoints);
  /// Takes the label points (Region::labelPoint, China Albers metres) of `prefectures`, by the
  /// 2021 unit each region stands for (see BoundaryUnits).
  PrefecturePlacer(Gazetteer gazetteer, const RegionLayer& prefectures);

  /// A city name or code; `province` settles names found in several provinces.
  Placement placeName(const std::string& place, const std::string& province = {});

  /// A cluster or belt record, resolved as the match engine resolves it (see RecordResolver).
  /// Coordinates in the record are not used: the study works at the prefecture level.
  Placement placeRecord(const PointRecord& record);

  [[nodiscard]] const Gazetteer& gazetteer() const { return *mGazetteer; }

 private:
  Placement fromResolution(const Resolution& resolution, const std::string& value) const;

  // The gazetteer lives on the heap so that the resolver's reference to it survives moves.
  std::unique_ptr<Gazetteer> mGazetteer;
  RecordResolver mResolver;
  std::unordered_map<std::string, Point2> mLabelPoints;
};

}  // namespace cb
