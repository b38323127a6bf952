// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gazetteer/boundary_units.h"

namespace cb {
namespace {
const std::vector<std::size_t> kNoRegions;
const std::string kNoUnit;
}  // namespace

BoundaryUnits::BoundaryUnits(const RegionLayer& regions, const Gazetteer& gazetteer, LoadReport& report)
    : mRegions(&regions), mUnitOfRegion(regions.size()) {
  const auto& list = regions.regions();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Region& region = list[i];
    Resolution resolution;
    if (region.code.size() == 6) resolution = gazetteer.resolveCode(region.code);
    if (!resolution.resolved() && !region.name.empty()) resolution = gazetteer.resolve(region.name, region.province);
    if (!resolution.resolved()) {
      report.info(regions.name(), static_cast<long long>(i + 1),
                  region.name + " (" + region.code + ") is not a 2021 analysis unit: " +
                      (resolution.detail.empty() ? std::string("not in the code table") : resolution.detail));
      continue;
    }
    if (resolution.code != region.code) {
      report.info(regions.name(), static_cast<long long>(i + 1),
                  region.name + " (" + region.code + ") counts as " + resolution.name + " (" + resolution.code +
                      "), its 2021 unit");
    }
    mUnitOfRegion[i] = resolution.code;
    mRegionsOfUnit[resolution.code].push_back(i);
  }
}

const std::string& BoundaryUnits::unitOfRegion(std::size_t regionIndex) const {
  return regionIndex < mUnitOfRegion.size() ? mUnitOfRegion[regionIndex] : kNoUnit;
}

const std::vector<std::size_t>& BoundaryUnits::regionsOfUnit(const std::string& unitCode) const {
  const auto it = mRegionsOfUnit.find(unitCode);
  return it == mRegionsOfUnit.end() ? kNoRegions : it->second;
}

std::optional<Point2> BoundaryUnits::labelPoint(const std::string& unitCode) const {
  const std::vector<std::size_t>& indices = regionsOfUnit(unitCode);
  if (indices.empty() || mRegions == nullptr) return std::nullopt;
  for (std::size_t index : indices) {
    if (mRegions->regions()[index].code == unitCode) return mRegions->regions()[index].labelPoint;
  }
  return mRegions->regions()[indices.front()].labelPoint;
}

std::unordered_map<std::string, Point2> BoundaryUnits::labelPoints() const {
  std::unordered_map<std::string, Point2> points;
  for (const auto& [code, indices] : mRegionsOfUnit) {
    if (const std::optional<Point2> point = labelPoint(code)) points.emplace(code, *point);
  }
  return points;
}

}  // namespace cb
