// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/legend_painter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

#include "core/analysis/analysis.h"
#include "core/analysis/significance.h"
#include "ui/render/ellipse_painter.h"
#include "ui/render/trajectory_painter.h"
#include "ui/render/layer_context.h"
#include "ui/render/region_painter.h"
#include "ui/render/symbol_painter.h"

namespace cb::render {
namespace {

LegendEntry heading(const QString& label) {
  LegendEntry entry;
  entry.label = label;
  return entry;
}

LegendEntry row(LegendEntry::Swatch swatch, std::string key, const QString& label, const QColor& color,
                std::size_t count) {
  LegendEntry entry;
  entry.swatch = swatch;
  entry.key = std::move(key);
  entry.label = label;
  entry.color = color;
  entry.hasCount = true;
  entry.count = count;
  return entry;
}

}  // namespace

QString LegendEntry::text() const {
  return hasCount ? LegendPainter::tr("%1 (%2)", "legend row: label (count)").arg(label).arg(count) : label;
}

QString LegendPainter::groupLabel(const std::string& group) {
  if (group == kStudyGroupClusters) return tr("clusters", "ellipse group: every cluster");
  if (group == kStudyGroupBelts) return tr("belts", "ellipse group: every online belt");
  return QString::fromStdString(group);
}

QString LegendPainter::outcomeLabel(CityOutcome outcome) {
  switch (outcome) {
    case CityOutcome::Identical: return tr("identical");
    case CityOutcome::Similar: return tr("similar");
    case CityOutcome::Unrelated: return tr("unrelated");
    case CityOutcome::ClusterWithoutBelt: return tr("cluster without belt");
    case CityOutcome::BeltOnly: return tr("belt only");
    case CityOutcome::None: break;
  }
  return tr("none");
}

std::vector<LegendEntry> LegendPainter::entries(const Analysis* analysis, const LayerStack& layers,
                                                const Significance* significance) {
  std::vector<LegendEntry> rows;
  if (analysis == nullptr) return rows;
  bool outcomesShown = false, clustersShown = false, beltsShown = false;
  for (const MapLayer& layer : layers.layers()) {
    if (!layer.visible) continue;
    switch (layer.kind) {
      case LayerKind::Outcomes:
        if (outcomesShown) break;
        outcomesShown = true;
        rows.push_back(heading(tr("Match outcome (cities)")));
        for (std::size_t c = 0; c < kCityOutcomeCount; ++c) {
          const auto outcome = static_cast<CityOutcome>(c);
          rows.push_back(row(LegendEntry::Swatch::Box, std::string(cityOutcomeName(outcome)), outcomeLabel(outcome),
                             outcomeColor(layer, outcome), analysis->outcomes.count(outcome)));
        }
        break;
      case LayerKind::Clusters: {
        if (clustersShown) break;
        clustersShown = true;
        rows.push_back(heading(tr("Clusters by programme")));
        std::vector<std::string> programmes;
        for (const CategoryColor& category : layer.categories) {
          if (analysis->match.byProgram.contains(category.key)) programmes.push_back(category.key);
        }
        for (const auto& [programme, tally] : analysis->match.byProgram) {
          if (std::find(programmes.begin(), programmes.end(), programme) == programmes.end()) {
            programmes.push_back(programme);
          }
        }
        for (const std::string& programme : programmes) {
          rows.push_back(row(LegendEntry::Swatch::Circle, programme,
                             programme.empty() ? tr("no programme") : QString::fromStdString(programme),
                             toQColor(layer.categoryColor(programme, palette::programmeColor(programme))),
                             analysis->match.byProgram.at(programme).clusters));
        }
        break;
      }
      case LayerKind::Belts:
        if (beltsShown) break;
        beltsShown = true;
        rows.push_back(row(LegendEntry::Swatch::Diamond, "belts", tr("Online industrial belts"),
                           toQColor(layer.fill), analysis->match.belts.size()));
        break;
      case LayerKind::Ellipses: {
        const std::vector<std::string> groups = ellipseGroups(layer, analysis->ellipses);
        std::vector<LegendEntry> lines;
        for (std::size_t position = 0; position < groups.size(); ++position) {
          const SdeEllipse* ellipse = analysis->ellipses.find(groups[position]);
          if (ellipse == nullptr || !ellipse->hasEllipse) continue;
          const QPen pen = ellipsePen(layer, groups[position], position, 1.0);
          LegendEntry line = row(LegendEntry::Swatch::Line, groups[position],
                                 tr("%1 ellipse").arg(groupLabel(groups[position])), pen.color(),
                                 ellipse->sde.n);
          line.lineStyle = pen.style();
          lines.push_back(line);
        }
        if (lines.empty()) break;
        rows.push_back(heading(tr("Ellipses, %1").arg(QString::fromStdString(sdeMethodLabel(analysis->inputs.sde, false)))));
        rows.insert(rows.end(), lines.begin(), lines.end());
        break;
      }
      case LayerKind::LocalColocation: {
        if (significance == nullptr || !significance->colocation) break;
        const ColocationResult& r = significance->colocation->result;
        std::size_t significantCount = 0;
        for (const LocalColocation& l : r.local) significantCount += l.pValue < 0.05 ? 1 : 0;
        rows.push_back(heading(tr("Local colocation quotient, clusters → belts")));
        rows.push_back(row(LegendEntry::Swatch::Circle, "local-clq:significant", tr("p < 0.05 (clusters)"),
                           toQColor(layer.fill), significantCount));
        rows.push_back(row(LegendEntry::Swatch::Circle, "local-clq:other", tr("not significant (clusters)"),
                           QColor(0xD0, 0xD0, 0xD0), r.local.size() - significantCount));
        break;
      }
      case LayerKind::Trajectory: {
        std::vector<LegendEntry> lines;
        for (const std::string& group : trajectoryGroups(layer, *analysis)) {
          const CentreTrajectory* t = analysis->trajectory(group);
          if (t == nullptr || t->periods.empty()) continue;
          LegendEntry line = row(LegendEntry::Swatch::Line, "trajectory:" + group,
                                 tr("%1, %2–%3").arg(groupLabel(group)).arg(t->periods.front().year).arg(t->periods.back().year),
                                 toQColor(layer.categoryColor(group, palette::groupColor(group))), 0);
          line.hasCount = false;  // the years are in the label
          lines.push_back(line);
        }
        if (lines.empty()) break;
        rows.push_back(heading(analysis->inputs.cumulativeYears ? tr("Mean centre, cumulative by year")
                                                                : tr("Mean centre by year")));
        rows.insert(rows.end(), lines.begin(), lines.end());
        break;
      }
      default: break;
    }
  }
  return rows;
}

QRectF LegendPainter::paint(QPainter& painter, const std::vector<LegendEntry>& entries, const MapLayer& legend,
                            const QRectF& viewport, const MapStyle& style) {
  if (entries.empty()) return {};
  QFont font(style.labelFontFamily);
  font.setPointSizeF(legend.symbolSize);
  QFont bold = font;
  bold.setBold(true);
  const QFontMetricsF metrics(font, painter.device());
  const QFontMetricsF boldMetrics(bold, painter.device());
  const double line = std::max(metrics.height(), 12.0) + 3.0;
  const double swatch = std::max(10.0, metrics.height() * 0.9);
  const double padding = 8.0;
  double width = 0.0;
  for (const LegendEntry& entry : entries) {
    const bool head = entry.swatch == LegendEntry::Swatch::Heading;
    width = std::max(width, head ? boldMetrics.horizontalAdvance(entry.text())
                                 : swatch + 6.0 + metrics.horizontalAdvance(entry.text()));
  }
  const double height = line * static_cast<double>(entries.size());
  const QRectF box(viewport.left() + 10.0, viewport.bottom() - 10.0 - height - 2 * padding, width + 2 * padding,
                   height + 2 * padding);

  painter.save();
  painter.setOpacity(legend.opacity);
  painter.setRenderHint(QPainter::Antialiasing, style.antialiasing);
  painter.setRenderHint(QPainter::TextAntialiasing, style.antialiasing);
  painter.setPen(QPen(toQColor(legend.stroke), legend.strokeWidth));
  painter.setBrush(toQColor(legend.fill));
  painter.drawRect(box);
  const QPen outline(QColor(0x20, 0x20, 0x20), 0.8);
  double y = box.top() + padding;
  for (const LegendEntry& entry : entries) {
    const QRectF cell(box.left() + padding, y, swatch, line);
    const QPointF centre(cell.center().x(), y + line / 2.0);
    const double r = swatch / 2.0;
    switch (entry.swatch) {
      case LegendEntry::Swatch::Heading: break;
      case LegendEntry::Swatch::Box:
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.6));
        painter.setBrush(entry.color);
        painter.drawRect(QRectF(centre.x() - r, centre.y() - r * 0.75, swatch, swatch * 0.75));
        break;
      case LegendEntry::Swatch::Circle: paintCircleSymbol(painter, centre, r * 0.85, entry.color, outline); break;
      case LegendEntry::Swatch::Diamond: paintDiamondSymbol(painter, centre, r, entry.color, outline); break;
      case LegendEntry::Swatch::Line: {
        QPen pen(entry.color, 2.0, entry.lineStyle, Qt::FlatCap);
        painter.setPen(pen);
        painter.drawLine(QPointF(centre.x() - r - 2.0, centre.y()), QPointF(centre.x() + r + 2.0, centre.y()));
        break;
      }
    }
    const bool head = entry.swatch == LegendEntry::Swatch::Heading;
    painter.setFont(head ? bold : font);
    painter.setPen(toQColor(Rgba{0x20, 0x20, 0x20}));
    const double textX = head ? box.left() + padding : cell.right() + 6.0;
    painter.drawText(QPointF(textX, y + line / 2.0 + metrics.ascent() / 2.0 - 1.0), entry.text());
    y += line;
  }
  painter.restore();
  return box;
}

}  // namespace cb::render
