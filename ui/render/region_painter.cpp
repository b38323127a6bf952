// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/region_painter.h"

#include <QPainter>
#include <algorithm>
#include <array>
#include <cmath>

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

/// Strokes outlines for the screen. Qt strokes a cosmetic pen of at most one pixel on a fast path
/// and anything wider through its general stroker, about 25× slower on the provinces of China.
/// A wider screen line is therefore drawn as one-pixel lines shifted by fractions of a pixel
/// along the diagonal, which reads the same at screen resolution. Figures keep exact pens.
void strokeOutlines(LayerContext& context, const std::vector<std::size_t>& indices, bool provinces, const QPen& pen) {
  QPainter& painter = context.painter;
  const double width = pen.widthF();
  const auto drawAll = [&] {
    for (std::size_t index : indices) {
      if (context.cancelled()) return;
      painter.drawPath(provinces ? context.paths.province(index, context.lod) : context.paths.prefecture(index, context.lod));
    }
  };
  if (!context.style.screenLines || width <= 1.0) {
    painter.setPen(pen);
    drawAll();
    return;
  }
  QPen hairline = pen;
  hairline.setWidthF(1.0);
  painter.setPen(hairline);
  const QTransform world = painter.worldTransform();
  const int passes = static_cast<int>(std::ceil(width / 0.7));
  for (int k = 0; k < passes; ++k) {
    const double offset = (k - (passes - 1) / 2.0) * (width - 1.0) / std::max(1, passes - 1) / std::sqrt(2.0);
    painter.setWorldTransform(world * QTransform::fromTranslate(offset, offset));
    drawAll();
  }
  painter.setWorldTransform(world);
}

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
  painter.setBrush(Qt::NoBrush);
  strokeOutlines(context, context.provinces, true,
                 cosmeticPen(toQColor(layer.stroke), context.toPx(layer.strokeWidth, layer.sizeUnit)));
  return !context.cancelled();
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
    painter.setBrush(colors[static_cast<std::size_t>(context.analysis->outcomes.of(unit))]);
    painter.drawPath(context.paths.prefecture(index, context.lod));
  }
  return true;
}

}  // namespace cb::render
