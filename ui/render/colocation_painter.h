// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "core/geometry/geometry.h"
#include "core/scene/layer_stack.h"
#include "ui/render/layer_context.h"

namespace cb::render {

/// One city's local colocation quotient: the largest of its clusters' (they share the city's
/// point), and whether any of them is significant at 5 %.
struct CityColocation {
  std::string code;
  Point2 point;        ///< China Albers metres
  double value = 0.0;  ///< max LCLQ of the city's clusters
  double pValue = 1.0; ///< the smallest p of them
  std::size_t clusters = 0;
};

/// The local CLQ of the tests' colocation per city, in the order of the match's clusters; empty
/// without a colocation result or when its points were the rows' own coordinates (no city point).
std::vector<CityColocation> cityColocations(const LayerContext& context);

/// The diameter (device pixels) of a city's circle: symbolSize at LCLQ = 1, area growing with
/// the quotient, at most symbolMaxSize; a quotient of 0 gets a third of symbolSize.
double colocationDiameter(const LayerContext& context, const MapLayer& layer, double value);

/// Paints a circle per cluster city at its point: the layer's fill where p < 0.05, light grey
/// otherwise, sized by the quotient; with labels on, the quotient beside it.
void paintLocalColocation(LayerContext& context, const MapLayer& layer);

}  // namespace cb::render
