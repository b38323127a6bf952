// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/colocation_painter.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <map>

#include "core/analysis/significance.h"
#include "ui/render/map_renderer.h"

namespace cb::render {

std::vector<CityColocation> cityColocations(const LayerContext& context) {
  std::vector<CityColocation> cities;
  if (context.analysis == nullptr || context.significance == nullptr || !context.significance->colocation) {
    return cities;
  }
  const StudyColocation& colocation = *context.significance->colocation;
  if (colocation.points != ColocationPoints::PrefecturePoints) return cities;
  std::map<std::string, std::size_t> index;
  const MatchReport& match = context.analysis->match;
  for (std::size_t i = 0; i < colocation.result.local.size(); ++i) {
    const LocalColocation& local = colocation.result.local[i];
    const std::string& code = match.clusters.at(colocation.clusters.at(i)).code;
    const auto point = context.analysis->cityPoint(code);
    if (!point) continue;
    const auto [it, added] = index.emplace(code, cities.size());
    if (added) cities.push_back({code, *point, local.value, local.pValue, 0});
    CityColocation& city = cities[it->second];
    city.value = std::max(city.value, local.value);
    city.pValue = std::min(city.pValue, local.pValue);
    ++city.clusters;
  }
  return cities;
}

double colocationDiameter(const LayerContext& context, const MapLayer& layer, double value) {
  const double one = context.toPx(layer.symbolSize, layer.sizeUnit);
  const double most = context.toPx(layer.symbolMaxSize, layer.sizeUnit);
  // Area proportional to the quotient: the eye reads areas, not diameters.
  return std::clamp(one * std::sqrt(std::max(value, 0.0)), one / 3.0, std::max(most, one / 3.0));
}

void paintLocalColocation(LayerContext& context, const MapLayer& layer) {
  const std::vector<CityColocation> cities = cityColocations(context);
  if (cities.empty()) return;
  QPainter& painter = context.painter;
  const QTransform world = toQTransform(context.view);
  painter.save();
  painter.setOpacity(layer.opacity);
  const QColor significant = toQColor(layer.fill);
  const QColor plain(0xD0, 0xD0, 0xD0);
  painter.setPen(cosmeticPen(toQColor(layer.stroke), std::max(0.5, context.toPx(layer.strokeWidth, layer.sizeUnit))));
  // Largest first, so that a small circle is never hidden under a large one.
  std::vector<const CityColocation*> order;
  for (const CityColocation& c : cities) order.push_back(&c);
  std::stable_sort(order.begin(), order.end(),
                   [](const CityColocation* a, const CityColocation* b) { return a->value > b->value; });
  QFont font(context.style.labelFontFamily);
  font.setPointSizeF(context.style.labelPointSize * 0.8);
  for (const CityColocation* c : order) {
    const QPointF centre = world.map(QPointF(c->point.x, c->point.y));
    const double radius = colocationDiameter(context, layer, c->value) / 2.0;
    painter.setBrush(c->pValue < 0.05 ? significant : plain);
    painter.drawEllipse(centre, radius, radius);
    if (!layer.labels) continue;
    QPainterPath label;
    label.addText(centre + QPointF(radius + 2.0, 3.0), font, QString::number(c->value, 'f', 2));
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.strokePath(label, QPen(QColor(255, 255, 255, 220), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.fillPath(label, QColor(0x20, 0x20, 0x20));
    painter.restore();
  }
  painter.restore();
}

}  // namespace cb::render
