// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_renderer.h"

#include <QPaintDevice>
#include <QPainter>
#include <cmath>
#include <vector>

#include "core/analysis/analysis.h"
#include "ui/render/ellipse_painter.h"
#include "ui/render/colocation_painter.h"
#include "ui/render/label_painter.h"
#include "ui/render/layer_context.h"
#include "ui/render/legend_painter.h"
#include "ui/render/region_painter.h"
#include "ui/render/symbol_painter.h"
#include "ui/render/trajectory_painter.h"

namespace cb::render {
namespace {

/// The visible world box with a margin of a few pixels, so that outlines crossing the edge of
/// the image are painted.
Box2 cullBox(const ViewTransform& view) {
  Box2 box = view.visibleExtent();
  const double margin = 4.0 * view.metresPerPixel();
  box.minX -= margin;
  box.minY -= margin;
  box.maxX += margin;
  box.maxY += margin;
  return box;
}

Rgba toRgba(const QColor& color) {
  return {static_cast<std::uint8_t>(color.red()), static_cast<std::uint8_t>(color.green()),
          static_cast<std::uint8_t>(color.blue()), static_cast<std::uint8_t>(color.alpha())};
}

}  // namespace

QPen cosmeticPen(const QColor& color, double widthPx, Qt::PenStyle style) {
  QPen pen(color, widthPx, style);
  pen.setCosmetic(true);  // width in device pixels whatever the world transform
  pen.setJoinStyle(Qt::RoundJoin);
  return pen;
}

QTransform toQTransform(const ViewTransform& view) {
  const double s = 1.0 / view.metresPerPixel();
  // x' = (x − cx)·s + w/2 ;  y' = h/2 − (y − cy)·s
  return QTransform(s, 0.0, 0.0, -s, view.width() / 2.0 - view.center().x * s,
                    view.height() / 2.0 + view.center().y * s);
}

bool paintLayers(QPainter& painter, const PathCache& paths, const Analysis* analysis, const LayerStack& layers,
                 const ViewTransform& view, const MapStyle& style, const std::atomic<bool>* cancel,
                 bool withLegend, const Significance* significance) {
  const BoundaryMap& boundaries = paths.boundaries();
  const Box2 box = cullBox(view);
  LayerContext context{.painter = painter, .paths = paths, .analysis = analysis, .view = view, .style = style};
  context.sameBoundaries = analysis != nullptr && analysis->boundaries == paths.boundariesPtr();
  context.lod = PathCache::lodFor(view.metresPerPixel());
  context.prefectures = boundaries.prefectureIndex().query(box);
  context.provinces = boundaries.provinceIndex().query(box);
  if (painter.device() != nullptr && painter.device()->logicalDpiX() > 0) {
    context.pxPerMm = painter.device()->logicalDpiX() / 25.4;
  }
  for (const MapLayer& layer : layers.layers()) {  // top first
    if (layer.kind == LayerKind::Prefectures) break;
    if (layer.kind == LayerKind::Outcomes && layer.visible && layer.opacity >= 1.0 && context.sameBoundaries) {
      context.prefecturesCovered = true;
      break;
    }
  }
  context.cancel = cancel;
  context.significance = analysis != nullptr ? significance : nullptr;

  static const std::vector<CitySymbol> kNoCities;
  const std::vector<CitySymbol>& cities = analysis != nullptr ? analysis->symbols : kNoCities;
  const std::vector<PlacedSymbol> placed = layoutSymbols(cities, layers, view, context.pxPerMm);

  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, style.antialiasing);
  painter.fillRect(QRectF(0, 0, view.width(), view.height()), style.background);
  bool done = true;
  for (auto it = layers.layers().rbegin(); it != layers.layers().rend() && done; ++it) {
    const MapLayer& layer = *it;
    if (!layer.visible || layer.opacity <= 0.0) continue;
    switch (layer.kind) {
      case LayerKind::Prefectures: done = paintPrefectures(context, layer); break;
      case LayerKind::Provinces: done = paintProvinces(context, layer); break;
      case LayerKind::Outcomes: done = paintOutcomes(context, layer); break;
      case LayerKind::Clusters:
      case LayerKind::Belts: paintSymbols(context, layer, cities, placed); break;
      case LayerKind::Ellipses: done = paintEllipses(context, layer); break;
      case LayerKind::Trajectory: done = paintTrajectory(context, layer); break;
      case LayerKind::LocalColocation: paintLocalColocation(context, layer); break;
      case LayerKind::CityLabels:
      case LayerKind::Legend: break;  // after every layer, below
    }
  }
  if (done && !context.cancelled()) paintLabels(context, layers, cities, placed);
  if (done && withLegend) {
    if (const MapLayer* legend = layers.firstVisible(LayerKind::Legend)) {
      LegendPainter::paint(painter, LegendPainter::entries(analysis, layers, context.significance), *legend,
                           QRectF(0, 0, view.width(), view.height()), style);
    }
  }
  painter.restore();
  return done && !context.cancelled();
}

QImage renderLayersImage(const PathCache& paths, const Analysis* analysis, const LayerStack& layers,
                         const ViewTransform& view, const MapStyle& style, double devicePixelRatio,
                         const std::atomic<bool>* cancel, bool withLegend, const Significance* significance) {
  QImage image(static_cast<int>(std::ceil(view.width() * devicePixelRatio)),
               static_cast<int>(std::ceil(view.height() * devicePixelRatio)),
               QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(devicePixelRatio);
  QPainter painter(&image);
  const bool done = paintLayers(painter, paths, analysis, layers, view, style, cancel, withLegend, significance);
  painter.end();
  return done ? image : QImage();
}

LayerStack baseLayers(const MapStyle& style) {
  MapLayer prefectures = MapLayer::defaults(LayerKind::Prefectures, "prefectures");
  prefectures.fill = toRgba(style.prefectureFill);
  prefectures.stroke = toRgba(style.prefectureOutline);
  prefectures.strokeWidth = style.prefectureOutlineWidth;
  prefectures.labels = style.showLabels;
  MapLayer provinces = MapLayer::defaults(LayerKind::Provinces, "provinces");
  provinces.stroke = toRgba(style.provinceOutline);
  provinces.strokeWidth = style.provinceOutlineWidth;
  return LayerStack({provinces, prefectures});
}

bool paintMap(QPainter& painter, const PathCache& paths, const ViewTransform& view, const MapStyle& style,
              const std::atomic<bool>* cancel) {
  return paintLayers(painter, paths, nullptr, baseLayers(style), view, style, cancel, false);
}

QImage renderMapImage(const PathCache& paths, const ViewTransform& view, const MapStyle& style,
                      double devicePixelRatio, const std::atomic<bool>* cancel) {
  return renderLayersImage(paths, nullptr, baseLayers(style), view, style, devicePixelRatio, cancel, false);
}

}  // namespace cb::render
