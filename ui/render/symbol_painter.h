// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <string>
#include <utility>
#include <vector>

#include "core/analysis/city_symbols.h"
#include "core/geometry/geometry.h"
#include "core/scene/layer_stack.h"
#include "core/scene/view_transform.h"
#include "ui/render/layer_context.h"

namespace cb {
struct Analysis;
}

namespace cb::render {

/// A symbol as drawn: where and how large, in device pixels.
struct PlacedSymbol {
  std::size_t city = 0;  ///< index into Analysis::symbols
  bool belt = false;     ///< a belt diamond; otherwise a cluster pie
  QPointF centre;        ///< device pixels
  double radius = 0.0;   ///< device pixels (circle radius; half the diamond's diagonal)
  [[nodiscard]] QRectF box() const { return {centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius}; }
};

/// Where the visible clusters and belts layers put their symbols in this view. A city with both
/// gets its pie and its diamond side by side, straddling its point. Larger symbols come first,
/// so painting in order leaves small symbols on top; hit tests walk the list backwards.
std::vector<PlacedSymbol> layoutSymbols(const std::vector<CitySymbol>& cities, const LayerStack& layers,
                                        const ViewTransform& view, double pxPerMm);

/// Pixels per millimetre of a new QImage (what the canvas's frames are painted at), for laying
/// out symbols sized in mm the same way outside the renderer (hit tests).
double imagePxPerMm();

/// Diameter in device pixels of a symbol for `count` records: its area grows with the count,
/// from the layer's symbolSize (1 record) up to symbolMaxSize.
double symbolDiameter(const MapLayer& layer, int count, double pxPerMm);

/// Paints the pies of a clusters layer or the diamonds of a belts layer.
void paintSymbols(LayerContext& context, const MapLayer& layer, const std::vector<CitySymbol>& cities,
                  const std::vector<PlacedSymbol>& placed);

/// Paints a legend swatch: a pie in one colour or a diamond, centred at `centre` (device px).
void paintCircleSymbol(QPainter& painter, QPointF centre, double radius, const QColor& fill, const QPen& pen);
void paintDiamondSymbol(QPainter& painter, QPointF centre, double radius, const QColor& fill, const QPen& pen);

}  // namespace cb::render
