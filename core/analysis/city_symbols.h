// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the clusters and belts layers draw for each city: derived once from the match into
// Analysis::symbols, then laid out and painted per frame by ui/render/symbol_painter.

#include <string>
#include <utility>
#include <vector>

#include "core/geometry/geometry.h"

namespace cb {

struct Analysis;

/// The clusters and belts of one city, drawn at its representative point.
struct CitySymbol {
  std::string code;
  std::string name;   ///< full name (深圳市), UTF-8
  std::string label;  ///< short name for map labels (深圳, 德宏), see shortAdminName()
  Point2 world;       ///< the unit's label point (Analysis::cityPoint), China Albers metres
  /// Clusters per programme, in the order of first appearance.
  std::vector<std::pair<std::string, int>> programmes;
  int clusters = 0;
  int belts = 0;
};

/// Every city of the match that has a point on the map, in the order of the match (by code).
/// A stage of runAnalysis; read Analysis::symbols.
std::vector<CitySymbol> citySymbols(const Analysis& analysis);

}  // namespace cb
