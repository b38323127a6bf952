// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "core/scene/layer_stack.h"
#include "ui/render/layer_context.h"
#include "ui/render/symbol_painter.h"

namespace cb::render {

/// The label pass, after every layer: names of the cities with clusters or belts (the city-labels
/// layer) beside their symbols, then, zoomed in, the names of the other prefectures (the
/// prefectures layer with labels on). One LabelPlacer for both, and no label covers a symbol.
/// City names go by importance (most clusters and belts first); prefecture names by area.
void paintLabels(LayerContext& context, const LayerStack& layers, const std::vector<CitySymbol>& cities,
                 const std::vector<PlacedSymbol>& placed);

}  // namespace cb::render
