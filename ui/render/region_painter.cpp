// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/region_painter.h"

#include <QPainter>
#include <array>

#include "core/analysis/analysis.h"
#include "ui/render/map_renderer.h"

namespace cb::render {
namespace {

/// Sets up the painter for world-coordinate paths of a layer; restores it when done.
class WorldPainting {
 public:
  WorldPainting(LayerContext& context, const MapLayer& layer) : mPainter(context.painter) {
    mPainter.save();
    mPainter.setOpacity(layer.opacity);
    mPainter.setWorldTransform(toQTransform(context.view), true);
  }
  ~WorldPainting() { mPainter.restore(); }
  WorldPainting(const WorldPainting&) = delete;
  WorldPainting& operator=(const WorldPainting&) = delete;

 private:
  QPainter& mPainter;
};

}  // namespace

QColor outcomeColor(const MapLayer& layer, CityOutcome outcome) {
  return toQColor(layer.categoryColor(cityOutcomeName(outcome), palette::outcomeColor(outcome)));
}

bool paintPrefectures(LayerContext& context, const MapLayer& layer) {
  const WorldPainting scope(context, layer);
  QPainter& painter = context.painter;
  painter.setPen(cosmeticPen(toQColor(layer.stroke), context.toPx(layer.strokeWidth, layer.sizeUnit)));
  painter.setBrush(toQColor(layer.fill));
  for (std::size_t index : context.prefectures) {
    if (context.cancelled()) return false;
    if (context.prefecturesCovered && !context.analysis->units.unitOfRegion(index).empty()) continue;
    painter.drawPath(context.paths.prefecture(index, context.lod));
  }
  return true;
}

bool paintProvinces(LayerContext& context, const MapLayer& layer) {
  const WorldPainting scope(context, layer);
  QPainter& painter = context.painter;
  painter.setPen(cosmeticPen(toQColor(layer.stroke), context.toPx(layer.strokeWidth, layer.sizeUnit)));
  painter.setBrush(Qt::NoBrush);
  for (std::size_t index : context.provinces) {
    if (context.cancelled()) return false;
    painter.drawPath(context.paths.province(index, context.lod));
  }
  return true;
}

bool paintOutcomes(LayerContext& context, const MapLayer& layer) {
  if (context.analysis == nullptr || !context.sameBoundaries) return true;
  std::array<QColor, kCityOutcomeCount> colors;
  for (std::size_t c = 0; c < kCityOutcomeCount; ++c) colors[c] = outcomeColor(layer, static_cast<CityOutcome>(c));
  const WorldPainting scope(context, layer);
  QPainter& painter = context.painter;
  painter.setPen(cosmeticPen(toQColor(layer.stroke), context.toPx(layer.strokeWidth, layer.sizeUnit)));
  const BoundaryUnits& units = context.analysis->units;
  for (std::size_t index : context.prefectures) {
    if (context.cancelled()) return false;
    const std::string& unit = units.unitOfRegion(index);
    if (unit.empty()) continue;  // a region of no 2021 unit keeps the base fill
    painter.setBrush(colors[static_cast<std::size_t>(context.outcomes.of(unit))]);
    painter.drawPath(context.paths.prefecture(index, context.lod));
  }
  return true;
}

}  // namespace cb::render
