// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scene/layer_stack.h"
#include "ui/render/layer_context.h"

namespace cb::render {

/// Prefecture fills and outlines in the layer's colours.
bool paintPrefectures(LayerContext& context, const MapLayer& layer);
/// Province outlines.
bool paintProvinces(LayerContext& context, const MapLayer& layer);
/// The outcome choropleth: every region takes the class of its 2021 unit (莱芜 that of 济南), in
/// the layer's colour for that class. Paints nothing without an analysis of these boundaries.
bool paintOutcomes(LayerContext& context, const MapLayer& layer);

/// The colour of an outcome class in a layer (its category colour, else the palette's).
QColor outcomeColor(const MapLayer& layer, CityOutcome outcome);

}  // namespace cb::render
