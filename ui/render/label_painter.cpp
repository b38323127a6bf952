// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/label_painter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <numeric>
#include <unordered_set>

#include "core/analysis/analysis.h"
#include "ui/render/label_placer.h"

namespace cb::render {
namespace {

struct Label {
  QPointF baseline;
  QString text;
};

/// Labels collected for one style, painted together: halos first, then text over all halos.
/// On screen the halo is the text drawn in the halo colour at eight one-pixel offsets (glyphs
/// come from Qt's cache: about 20× faster than stroking the glyph outlines); figures stroke the
/// outlines, which gives a smooth halo and a single text object per label in SVG and PDF.
void paintBatch(QPainter& painter, const QFont& font, const std::vector<Label>& labels, const QColor& text,
                const QColor& halo, bool screen) {
  if (labels.empty()) return;
  painter.setFont(font);
  if (screen) {
    painter.setPen(halo);
    for (const Label& label : labels) {
      for (const QPointF offset : {QPointF(-1, -1), QPointF(0, -1), QPointF(1, -1), QPointF(-1, 0), QPointF(1, 0),
                                   QPointF(-1, 1), QPointF(0, 1), QPointF(1, 1)}) {
        painter.drawText(label.baseline + offset, label.text);
      }
    }
    painter.setPen(text);
    for (const Label& label : labels) painter.drawText(label.baseline, label.text);
    return;
  }
  QPainterPath haloPath;
  for (const Label& label : labels) haloPath.addText(label.baseline, font, label.text);
  painter.setFont(font);
  painter.setBrush(Qt::NoBrush);
  painter.strokePath(haloPath, QPen(halo, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
  painter.setPen(text);
  for (const Label& label : labels) painter.drawText(label.baseline, label.text);
}

bool coversSymbol(const QRectF& box, const std::vector<PlacedSymbol>& placed) {
  return std::any_of(placed.begin(), placed.end(), [&](const PlacedSymbol& s) { return s.box().intersects(box); });
}

}  // namespace

void paintLabels(LayerContext& context, const LayerStack& layers, const std::vector<CitySymbol>& cities,
                 const std::vector<PlacedSymbol>& placed) {
  QPainter& painter = context.painter;
  const ViewTransform& view = context.view;
  LabelPlacer placer(QRectF(0, 0, view.width(), view.height()));
  std::unordered_set<std::string> labelled;
  painter.save();
  painter.setRenderHint(QPainter::TextAntialiasing, context.style.antialiasing);

  if (const MapLayer* layer = layers.firstVisible(LayerKind::CityLabels)) {
    QFont font(context.style.labelFontFamily);
    font.setPointSizeF(layer->symbolSize);
    const QFontMetricsF metrics(font, painter.device());
    std::vector<std::size_t> order(cities.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return cities[a].clusters + cities[a].belts > cities[b].clusters + cities[b].belts;
    });
    std::vector<Label> labels;
    for (std::size_t index : order) {
      const CitySymbol& city = cities[index];
      const Point2 device = view.toDevice(city.world);
      QRectF anchor(device.x - 2.0, device.y - 2.0, 4.0, 4.0);
      for (const PlacedSymbol& symbol : placed) {
        if (symbol.city == index) anchor = anchor.united(symbol.box());
      }
      const QString text = QString::fromStdString(city.label);
      const QSizeF size = metrics.size(Qt::TextSingleLine, text);
      const double gap = 2.0;
      const QRectF candidates[] = {
          {anchor.right() + gap, anchor.center().y() - size.height() / 2.0, size.width(), size.height()},
          {anchor.left() - gap - size.width(), anchor.center().y() - size.height() / 2.0, size.width(), size.height()},
          {anchor.center().x() - size.width() / 2.0, anchor.top() - gap - size.height(), size.width(), size.height()},
          {anchor.center().x() - size.width() / 2.0, anchor.bottom() + gap, size.width(), size.height()},
      };
      for (const QRectF& box : candidates) {
        if (coversSymbol(box, placed) || !placer.tryPlace(box)) continue;
        labels.push_back({QPointF(box.left(), box.top() + metrics.ascent()), text});
        labelled.insert(city.code);
        break;
      }
    }
    painter.setOpacity(layer->opacity);
    paintBatch(painter, font, labels, toQColor(layer->stroke), toQColor(layer->fill), context.style.screenLines);
  }

  const MapLayer* prefectures = layers.firstVisible(LayerKind::Prefectures);
  if (prefectures != nullptr && prefectures->labels && view.metresPerPixel() <= context.style.labelMaxMetresPerPixel) {
    QFont font(context.style.labelFontFamily);
    font.setPointSizeF(context.style.labelPointSize);
    const QFontMetricsF metrics(font, painter.device());
    const auto& regions = context.paths.boundaries().prefectures().regions();
    // Larger units first, so that when labels collide the bigger unit keeps its name.
    std::vector<std::size_t> order = context.prefectures;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return regions[a].bounds.width() * regions[a].bounds.height() >
             regions[b].bounds.width() * regions[b].bounds.height();
    });
    std::vector<Label> labels;
    for (std::size_t index : order) {
      const Region& region = regions[index];
      const std::string& unit = context.sameBoundaries ? context.analysis->units.unitOfRegion(index) : region.code;
      if (labelled.contains(unit) && unit == region.code) continue;  // already named beside its symbols
      const QString text = QString::fromStdString(region.shortName.empty() ? region.name : region.shortName);
      if (text.isEmpty()) continue;
      const Point2 anchor = view.toDevice(region.labelPoint);
      const QSizeF size = metrics.size(Qt::TextSingleLine, text);
      const QRectF box(anchor.x - size.width() / 2.0, anchor.y - size.height() / 2.0, size.width(), size.height());
      if (coversSymbol(box, placed) || !placer.tryPlace(box)) continue;
      labels.push_back({QPointF(box.left(), box.top() + metrics.ascent()), text});
    }
    painter.setOpacity(prefectures->opacity);
    paintBatch(painter, font, labels, context.style.labelColor, context.style.labelHalo, context.style.screenLines);
  }
  painter.restore();
}

}  // namespace cb::render
