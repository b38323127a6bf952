// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/trajectory_painter.h"

#include <QFont>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <cmath>

#include "core/analysis/analysis.h"
#include "core/scene/palette.h"
#include "ui/render/map_renderer.h"

namespace cb::render {

std::vector<std::string> trajectoryGroups(const MapLayer& layer, const Analysis& analysis) {
  if (!layer.groups.empty()) return layer.groups;
  std::vector<std::string> groups;
  for (const CentreTrajectory& t : analysis.trajectories) groups.push_back(t.group);
  return groups;
}

bool paintTrajectory(LayerContext& context, const MapLayer& layer) {
  if (context.analysis == nullptr) return true;
  QPainter& painter = context.painter;
  const QTransform world = toQTransform(context.view);
  const double width = std::max(0.5, context.toPx(layer.strokeWidth, layer.sizeUnit));
  const double dot = std::max(2.0, context.toPx(layer.symbolSize, layer.sizeUnit));
  const double arrow = 4.0 * width + 4.0;  // arrowhead length, device pixels
  QFont font(context.style.labelFontFamily);
  font.setPointSizeF(context.style.labelPointSize * 0.9);
  painter.save();
  painter.setOpacity(layer.opacity);
  painter.setFont(font);
  for (const std::string& group : trajectoryGroups(layer, *context.analysis)) {
    if (context.cancelled()) {
      painter.restore();
      return false;
    }
    const CentreTrajectory* trajectory = context.analysis->trajectory(group);
    if (trajectory == nullptr) continue;
    const QColor color = toQColor(layer.categoryColor(group, palette::groupColor(group)));
    // Centres of the years that have an ellipse, in device pixels, with their years.
    QPolygonF centres;
    std::vector<int> years;
    for (const PeriodEllipse& period : trajectory->periods) {
      if (!period.ellipse.hasEllipse) continue;
      centres << world.map(QPointF(period.ellipse.sde.center.x, period.ellipse.sde.center.y));
      years.push_back(period.year);
    }
    if (centres.isEmpty()) continue;
    const QPen halo(QColor(255, 255, 255, 200), width + 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QPen line(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (const QPen& pen : {halo, line}) {
      painter.setPen(pen);
      painter.setBrush(Qt::NoBrush);
      painter.drawPolyline(centres);
    }
    // An arrowhead at the middle of each step, pointing to the later year.
    painter.setPen(QPen(QColor(255, 255, 255, 200), 1.0));
    painter.setBrush(color);
    for (qsizetype i = 0; i + 1 < centres.size(); ++i) {
      const QLineF step(centres[i], centres[i + 1]);
      if (step.length() < arrow * 1.5) continue;  // too short to carry a head
      const QPointF tip = step.pointAt(0.5) + (step.p2() - step.p1()) / step.length() * (arrow / 2.0);
      const QLineF back = QLineF(tip, step.p1()).unitVector();
      const QPointF along = (back.p2() - back.p1()) * arrow;
      const QPointF across(-along.y() * 0.45, along.x() * 0.45);
      painter.drawPolygon(QPolygonF({tip, tip + along + across, tip + along - across}));
    }
    // Dots at the centres and the years beside them.
    painter.setPen(QPen(Qt::white, 1.0));
    painter.setBrush(color);
    for (const QPointF& c : centres) painter.drawEllipse(c, dot / 2.0, dot / 2.0);
    if (!layer.labels) continue;
    for (qsizetype i = 0; i < centres.size(); ++i) {
      const QString text = QString::number(years[static_cast<std::size_t>(i)]);
      const QPointF anchor = centres[i] + QPointF(dot / 2.0 + 2.0, -dot / 2.0 - 2.0);
      QPainterPath label;
      label.addText(anchor, font, text);
      painter.setPen(Qt::NoPen);
      painter.strokePath(label, QPen(QColor(255, 255, 255, 220), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
      painter.fillPath(label, color.darker(130));
    }
  }
  painter.restore();
  return true;
}

}  // namespace cb::render
