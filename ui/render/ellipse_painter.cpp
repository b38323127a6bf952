// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/ellipse_painter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

#include "core/analysis/analysis.h"
#include "core/analysis/significance.h"
#include "ui/render/legend_painter.h"
#include "ui/render/map_renderer.h"

namespace cb::render {
namespace {

QPainterPath toPath(const Ring& ring) {
  QPainterPath path;
  if (ring.empty()) return path;
  path.moveTo(ring.front().x, ring.front().y);
  for (std::size_t i = 1; i < ring.size(); ++i) path.lineTo(ring[i].x, ring[i].y);
  path.closeSubpath();
  return path;
}

}  // namespace

const EllipseBootstrap* bootstrapOf(const LayerContext& context, const std::string& group) {
  if (context.significance == nullptr) return nullptr;
  for (const GroupBootstrap& g : context.significance->bootstraps) {
    if (g.group == group && g.bootstrap.computed) return &g.bootstrap;
  }
  return nullptr;
}

std::vector<std::string> ellipseGroups(const MapLayer& layer, const StudyEllipses& ellipses) {
  if (!layer.groups.empty()) return layer.groups;
  std::vector<std::string> groups;
  for (const SdeEllipse& ellipse : ellipses.ellipses) groups.push_back(ellipse.group);
  return groups;
}

QPen ellipsePen(const MapLayer& layer, const std::string& group, std::size_t position, double widthPx) {
  static const Qt::PenStyle kStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DashDotLine, Qt::DotLine,
                                         Qt::DashDotDotLine};
  QPen pen = cosmeticPen(toQColor(layer.categoryColor(group, palette::groupColor(group))), widthPx,
                         kStyles[position % std::size(kStyles)]);
  pen.setCapStyle(Qt::FlatCap);
  return pen;
}

bool paintEllipses(LayerContext& context, const MapLayer& layer) {
  if (context.analysis == nullptr) return true;
  const StudyEllipses& ellipses = context.analysis->ellipses;
  const std::vector<std::string> groups = ellipseGroups(layer, ellipses);
  const double width = std::max(0.5, context.toPx(layer.strokeWidth, layer.sizeUnit));
  QPainter& painter = context.painter;
  const QTransform world = toQTransform(context.view);
  painter.save();
  painter.setOpacity(layer.opacity);
  QFont font(context.style.labelFontFamily);
  font.setPointSizeF(context.style.labelPointSize);
  // The labels are paths, and QPainterPath::addText sizes glyphs for the screen's resolution,
  // not the device's: scale by their ratio, so that a figure at 300 dpi (or its preview at a few
  // dozen) gets labels of the size asked for, as drawText gives the city labels.
  const double deviceScale = QFontMetricsF(font, painter.device()).height() / QFontMetricsF(font).height();
  font.setPointSizeF(font.pointSizeF() * deviceScale);
  const QFontMetricsF metrics(font);
  for (std::size_t position = 0; position < groups.size(); ++position) {
    if (context.cancelled()) {
      painter.restore();
      return false;
    }
    const SdeEllipse* ellipse = ellipses.find(groups[position]);
    if (ellipse == nullptr || !ellipse->hasEllipse) continue;
    const QPen pen = ellipsePen(layer, groups[position], position, width);
    // The outline the analysis computed, in its one convention (AnalysisInputs::sde), so that
    // the map, the legend, the charts and every export show the same ellipse.
    const Ring& ring = ellipse->polygon;
    if (!ring.empty()) {
      const QPainterPath device = world.map(toPath(ring));
      painter.setBrush(Qt::NoBrush);
      painter.setPen(QPen(QColor(255, 255, 255, 190), width + 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
      painter.drawPath(device);
      painter.setPen(pen);
      painter.drawPath(device);
    }
    const QPointF centre = world.map(QPointF(ellipse->sde.center.x, ellipse->sde.center.y));
    // With the tests run: the region holding 95 % of the bootstrap centres, a faint filled outline.
    if (const EllipseBootstrap* bootstrap = bootstrapOf(context, groups[position]);
        bootstrap != nullptr && !bootstrap->centreRegion.empty()) {
      QColor fill = pen.color();
      fill.setAlpha(60);
      painter.setBrush(fill);
      QPen outline = pen;
      outline.setStyle(Qt::DotLine);
      outline.setWidthF(std::max(0.75, width / 2.0));
      painter.setPen(outline);
      painter.drawPath(world.map(toPath(bootstrap->centreRegion)));
      painter.setBrush(Qt::NoBrush);
    }
    if (layer.centreMarks) {
      const double arm = 3.0 + width;
      QPen mark = pen;
      mark.setStyle(Qt::SolidLine);
      mark.setWidthF(width + 2.0);
      mark.setColor(QColor(255, 255, 255, 200));
      for (int pass = 0; pass < 2; ++pass) {
        painter.setPen(mark);
        painter.drawLine(centre - QPointF(arm, arm), centre + QPointF(arm, arm));
        painter.drawLine(centre - QPointF(arm, -arm), centre + QPointF(arm, -arm));
        mark = pen;
        mark.setStyle(Qt::SolidLine);
      }
    }
    if (layer.labels && !ring.empty()) {
      // At the easternmost point of the outline, where the name reads outward.
      Point2 tip = ring.front();
      for (const Point2& p : ring) tip = p.x > tip.x ? p : tip;
      const QPointF anchor = world.map(QPointF(tip.x, tip.y)) + QPointF(4.0, 0.0);
      const QString text = LegendPainter::groupLabel(groups[position]);
      QPainterPath label;
      label.addText(anchor + QPointF(0.0, metrics.ascent() / 2.0 - 1.0), font, text);
      painter.setPen(Qt::NoPen);
      painter.strokePath(label, QPen(QColor(255, 255, 255, 220), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
      painter.fillPath(label, pen.color().darker(115));
    }
  }
  painter.restore();
  return true;
}

}  // namespace cb::render
