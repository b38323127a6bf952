// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPen>
#include <atomic>
#include <vector>

#include "core/match/city_outcome.h"
#include "core/scene/layer_stack.h"
#include "core/scene/view_transform.h"
#include "ui/render/map_style.h"
#include "ui/render/path_cache.h"

class QPainter;

namespace cb {
struct Analysis;
struct Significance;
}

namespace cb::render {

/// QColor of a core colour.
inline QColor toQColor(const Rgba& c) { return QColor(c.r, c.g, c.b, c.a); }

/// A pen whose width stays in device pixels whatever the world transform.
QPen cosmeticPen(const QColor& color, double widthPx, Qt::PenStyle style = Qt::SolidLine);

/// Everything a layer painter reads for one frame. Built once per frame by paintLayers(); the
/// painters never read widgets or settings.
struct LayerContext {
  QPainter& painter;
  const PathCache& paths;
  /// The analysis, or nullptr when only boundaries are loaded (data layers then paint nothing).
  const Analysis* analysis = nullptr;
  /// The tests run on `analysis` (bootstrap regions, local CLQ), or nullptr when none were run.
  const Significance* significance = nullptr;
  /// True when the analysis was computed on the boundaries of `paths`, so that region indexes
  /// of the analysis (BoundaryUnits) address the painted regions.
  bool sameBoundaries = false;
  /// An opaque outcome choropleth lies over the prefectures layer: the prefecture fills under it
  /// would never be seen, so only regions of no unit (which the choropleth leaves out) are painted.
  bool prefecturesCovered = false;
  const ViewTransform& view;
  const MapStyle& style;
  std::size_t lod = 0;
  std::vector<std::size_t> prefectures{};  ///< visible regions (R-tree culled)
  std::vector<std::size_t> provinces{};
  double pxPerMm = 96.0 / 25.4;          ///< of the target device
  const std::atomic<bool>* cancel = nullptr;

  /// A layer size (line width, symbol size) in device pixels.
  [[nodiscard]] double toPx(double size, SizeUnit unit) const { return unit == SizeUnit::Mm ? size * pxPerMm : size; }
  [[nodiscard]] bool cancelled() const { return cancel != nullptr && cancel->load(std::memory_order_relaxed); }
};

}  // namespace cb::render
