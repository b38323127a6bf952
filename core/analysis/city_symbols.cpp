// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/city_symbols.h"

#include <algorithm>
#include <optional>

#include "core/analysis/analysis.h"
#include "core/model/admin_names.h"

namespace cb {

std::vector<CitySymbol> citySymbols(const Analysis& analysis) {
  std::vector<CitySymbol> symbols;
  symbols.reserve(analysis.match.cities.size());
  for (const CityMatch& city : analysis.match.cities) {
    const std::optional<Point2> point = analysis.cityPoint(city.code);
    if (!point) continue;
    CitySymbol symbol;
    symbol.code = city.code;
    symbol.name = city.name;
    symbol.label = shortAdminName(city.name);
    symbol.world = *point;
    symbol.clusters = static_cast<int>(city.clusters.size());
    symbol.belts = static_cast<int>(city.belts.size());
    for (std::size_t index : city.clusters) {
      const std::string& programme = analysis.match.clusters[index].program;
      const auto it = std::find_if(symbol.programmes.begin(), symbol.programmes.end(),
                                   [&](const auto& entry) { return entry.first == programme; });
      if (it == symbol.programmes.end()) {
        symbol.programmes.emplace_back(programme, 1);
      } else {
        ++it->second;
      }
    }
    symbols.push_back(std::move(symbol));
  }
  return symbols;
}

}  // namespace cb
