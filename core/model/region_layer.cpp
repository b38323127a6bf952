// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/region_layer.h"

namespace cb {

RegionLayer::RegionLayer(std::string name, std::vector<Region> regions)
    : mName(std::move(name)), mRegions(std::move(regions)) {
  for (std::size_t i = 0; i < mRegions.size(); ++i) {
    mExtent.unite(mRegions[i].bounds);
    if (!mRegions[i].code.empty()) mIndexByCode.try_emplace(mRegions[i].code, i);
  }
}

std::optional<std::size_t> RegionLayer::indexOfCode(const std::string& code) const {
  const auto it = mIndexByCode.find(code);
  if (it == mIndexByCode.end()) return std::nullopt;
  return it->second;
}

}  // namespace cb
