// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <string>
#include <vector>

#include "core/match/city_outcome.h"
#include "core/scene/layer_stack.h"
#include "ui/render/map_style.h"

class QPainter;

namespace cb {
struct Analysis;
struct Significance;
}

namespace cb::render {

/// One row of the legend.
struct LegendEntry {
  enum class Swatch { Heading, Box, Circle, Diamond, Line };
  Swatch swatch = Swatch::Heading;
  std::string key;  ///< outcome name, programme, "belts" or ellipse group; empty for headings
  QString label;    ///< translated text without the count
  QColor color;
  Qt::PenStyle lineStyle = Qt::SolidLine;
  bool hasCount = false;
  std::size_t count = 0;  ///< cities (outcomes), clusters (programmes), belts, points (ellipses)

  /// "identical (12)", or the label alone.
  [[nodiscard]] QString text() const;
};

/// The legend of the visible layers, with counts per class, and its painting. Drawn in device
/// pixels at the lower left of the view: the canvas paints it as an overlay (it stays put while
/// the map pans); an exported figure paints it with the layers.
class LegendPainter {
  Q_DECLARE_TR_FUNCTIONS(cb::render::LegendPainter)

 public:
  /// Rows for the visible outcomes, clusters, belts, ellipse, trajectory and (with a significance
  /// computed on the analysis) local colocation layers, in stack order.
  static std::vector<LegendEntry> entries(const Analysis* analysis, const LayerStack& layers,
                                          const Significance* significance = nullptr);
  /// The translated name of an outcome class ("identical", "cluster without belt", …).
  static QString outcomeLabel(CityOutcome outcome);
  /// The name of an ellipse group: a programme as it is, the study's pooled groups ("clusters",
  /// "belts") translated.
  static QString groupLabel(const std::string& group);
  /// Paints the rows in a framed box in the lower-left corner of `viewport` (device pixels) and
  /// returns the box; an empty rect when there is nothing to show.
  static QRectF paint(QPainter& painter, const std::vector<LegendEntry>& entries, const MapLayer& legend,
                      const QRectF& viewport, const MapStyle& style);
};

}  // namespace cb::render
