// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/gazetteer/gazetteer.h"
#include "core/model/load_report.h"
#include "core/model/region_layer.h"

namespace cb {

/// Bridges the vintage of a boundary layer and the analysis units (2021 prefecture-level units):
/// every region is resolved through the gazetteer by its code, else by its name and province.
/// An older unit counts as its 2021 successor (莱芜市 371200 → 济南市 370100), a re-coded unit
/// stands for its new code (那曲地区 542400 → 那曲市 540600). Regions the gazetteer cannot place
/// (Taiwan when the code table has no prefectures for it) belong to no unit and are reported.
class BoundaryUnits {
 public:
  BoundaryUnits() = default;
  BoundaryUnits(const RegionLayer& regions, const Gazetteer& gazetteer, LoadReport& report);

  /// How many boundary regions there are (0 without boundaries).
  [[nodiscard]] std::size_t regionCount() const { return mUnitOfRegion.size(); }
  /// The 2021 unit code of a region, or empty.
  [[nodiscard]] const std::string& unitOfRegion(std::size_t regionIndex) const;
  /// The regions that make up a unit (several when older units were merged into it); empty
  /// when the boundary layer has no polygon for the unit.
  [[nodiscard]] const std::vector<std::size_t>& regionsOfUnit(const std::string& unitCode) const;
  /// The point where a unit's records are drawn and placed: the label point (inside the polygon,
  /// China Albers metres) of the region with the unit's own code, else of its first region.
  [[nodiscard]] std::optional<Point2> labelPoint(const std::string& unitCode) const;
  /// unit code → label point, for every unit with a polygon.
  [[nodiscard]] std::unordered_map<std::string, Point2> labelPoints() const;

 private:
  const RegionLayer* mRegions = nullptr;
  std::vector<std::string> mUnitOfRegion;
  std::unordered_map<std::string, std::vector<std::size_t>> mRegionsOfUnit;
};

}  // namespace cb
