// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/symbol_painter.h"

#include "core/model/admin_names.h"

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/analysis/analysis.h"

namespace cb::render {
namespace {

/// A diamond of half-diagonal r has area 2r², a circle πr²: this factor gives both the same
/// area for the same count, so a belt diamond is not read as smaller than a cluster pie.
const double kDiamondScale = std::sqrt(std::numbers::pi / 2.0);

QPolygonF diamond(QPointF centre, double radius) {
  return QPolygonF({centre + QPointF(0, -radius), centre + QPointF(radius, 0), centre + QPointF(0, radius),
                    centre + QPointF(-radius, 0)});
}

void paintCount(QPainter& painter, QPointF centre, double radius, int count, const QString& family) {
  if (radius < 6.0) return;
  QFont font(family);
  font.setPixelSize(static_cast<int>(std::clamp(radius * 0.9, 7.0, 14.0)));
  font.setBold(true);
  const QString text = QString::number(count);
  QPainterPath path;
  const QFontMetricsF metrics(font);
  path.addText(centre.x() - metrics.horizontalAdvance(text) / 2.0, centre.y() + metrics.ascent() / 2.0 - 1.0, font,
               text);
  painter.strokePath(path, QPen(QColor(255, 255, 255, 220), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
  painter.fillPath(path, QColor(0x10, 0x10, 0x10));
}

}  // namespace

double imagePxPerMm() {
  static const double value = QImage(1, 1, QImage::Format_ARGB32_Premultiplied).logicalDpiX() / 25.4;
  return value;
}

double symbolDiameter(const MapLayer& layer, int count, double pxPerMm) {
  const double unit = layer.sizeUnit == SizeUnit::Mm ? pxPerMm : 1.0;
  const double smallest = layer.symbolSize * unit;
  const double largest = std::max(smallest, layer.symbolMaxSize * unit);
  return std::min(largest, smallest * std::sqrt(std::max(1, count)));
}

std::vector<PlacedSymbol> layoutSymbols(const std::vector<CitySymbol>& cities, const LayerStack& layers,
                                        const ViewTransform& view, double pxPerMm) {
  const MapLayer* clusters = layers.firstVisible(LayerKind::Clusters);
  const MapLayer* belts = layers.firstVisible(LayerKind::Belts);
  std::vector<PlacedSymbol> placed;
  if ((clusters == nullptr && belts == nullptr) || !view.isValid()) return placed;
  const QRectF page(-40.0, -40.0, view.width() + 80.0, view.height() + 80.0);
  for (std::size_t i = 0; i < cities.size(); ++i) {
    const CitySymbol& city = cities[i];
    const Point2 device = view.toDevice(city.world);
    const QPointF point(device.x, device.y);
    if (!page.contains(point)) continue;
    const bool pie = clusters != nullptr && city.clusters > 0;
    const bool gem = belts != nullptr && city.belts > 0;
    const double rc = pie ? symbolDiameter(*clusters, city.clusters, pxPerMm) / 2.0 : 0.0;
    const double rb = gem ? symbolDiameter(*belts, city.belts, pxPerMm) / 2.0 * kDiamondScale : 0.0;
    // Side by side when both are drawn; they overlap a little so that they read as one city.
    const double shift = pie && gem ? 0.7 : 0.0;
    if (pie) placed.push_back({i, false, point - QPointF(shift * rb, 0.0), rc});
    if (gem) placed.push_back({i, true, point + QPointF(shift * rc, 0.0), rb});
  }
  std::stable_sort(placed.begin(), placed.end(),
                   [](const PlacedSymbol& a, const PlacedSymbol& b) { return a.radius > b.radius; });
  return placed;
}

void paintCircleSymbol(QPainter& painter, QPointF centre, double radius, const QColor& fill, const QPen& pen) {
  painter.setPen(pen);
  painter.setBrush(fill);
  painter.drawEllipse(centre, radius, radius);
}

void paintDiamondSymbol(QPainter& painter, QPointF centre, double radius, const QColor& fill, const QPen& pen) {
  painter.setPen(pen);
  painter.setBrush(fill);
  painter.drawPolygon(diamond(centre, radius));
}

void paintSymbols(LayerContext& context, const MapLayer& layer, const std::vector<CitySymbol>& cities,
                  const std::vector<PlacedSymbol>& placed) {
  const bool belts = layer.kind == LayerKind::Belts;
  QPainter& painter = context.painter;
  painter.save();
  painter.setOpacity(layer.opacity);
  const QPen pen(toQColor(layer.stroke), std::max(0.3, context.toPx(layer.strokeWidth, layer.sizeUnit)),
                 Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
  // A thin white ring first keeps symbols readable over dark choropleth classes.
  const QPen halo(QColor(255, 255, 255, 200), pen.widthF() + 2.0);
  for (const PlacedSymbol& symbol : placed) {
    if (symbol.belt != belts) continue;
    const CitySymbol& city = cities[symbol.city];
    painter.setPen(halo);
    painter.setBrush(Qt::NoBrush);
    if (belts) {
      painter.drawPolygon(diamond(symbol.centre, symbol.radius));
      paintDiamondSymbol(painter, symbol.centre, symbol.radius, toQColor(layer.fill), pen);
    } else {
      painter.drawEllipse(symbol.centre, symbol.radius, symbol.radius);
      const QRectF box = symbol.box();
      if (city.programmes.size() == 1) {
        paintCircleSymbol(painter, symbol.centre, symbol.radius,
                          toQColor(layer.categoryColor(city.programmes.front().first,
                                                       palette::programmeColor(city.programmes.front().first))),
                          pen);
      } else {
        // Slices clockwise from twelve o'clock, in the layer's programme order.
        std::vector<std::pair<std::string, int>> slices = city.programmes;
        const auto rank = [&](const std::string& programme) {
          const auto it = std::find_if(layer.categories.begin(), layer.categories.end(),
                                       [&](const CategoryColor& c) { return c.key == programme; });
          return it - layer.categories.begin();
        };
        std::stable_sort(slices.begin(), slices.end(),
                         [&](const auto& a, const auto& b) { return rank(a.first) < rank(b.first); });
        double start = 90.0 * 16.0;
        for (const auto& [programme, count] : slices) {
          const double span = -360.0 * 16.0 * count / std::max(1, city.clusters);
          painter.setPen(pen);
          painter.setBrush(toQColor(layer.categoryColor(programme, palette::programmeColor(programme))));
          painter.drawPie(box, static_cast<int>(std::lround(start)), static_cast<int>(std::lround(span)));
          start += span;
        }
      }
    }
    if (layer.labels) {
      paintCount(painter, symbol.centre, symbol.radius, belts ? city.belts : city.clusters, context.style.labelFontFamily);
    }
  }
  painter.restore();
}

}  // namespace cb::render
