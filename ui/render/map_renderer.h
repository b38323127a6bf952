// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <atomic>
#include <memory>

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

/// Converts the core view (world metres → device pixels, y down) to a QTransform.
QTransform toQTransform(const ViewTransform& view);

/// Paints the layers of `layers` bottom to top on any QPainter (a canvas's cached image, a PNG,
/// an SVG or a PDF), then the label pass (see paintLabels()) and, when `withLegend`, the legend.
/// Boundaries come from `paths` (China Albers metres); clusters, belts, outcomes and ellipses
/// from `analysis`, which may be null (only the boundary layers are painted then). Only features
/// whose boxes meet the view are painted, at the level of detail fitting the scale. From `style`
/// only the background, antialiasing, label font and label scale limit are used: colours and
/// sizes come from the layers. `cancel`, when given, is checked between features so a stale
/// background render stops early. Returns false when cancelled. Reads no widget. `significance`,
/// when given (computed on `analysis`), adds the bootstrap regions of the ellipse centres and the
/// local colocation quotients.
bool paintLayers(QPainter& painter, const PathCache& paths, const Analysis* analysis, const LayerStack& layers,
                 const ViewTransform& view, const MapStyle& style, const std::atomic<bool>* cancel = nullptr,
                 bool withLegend = true, const Significance* significance = nullptr);

/// Renders paintLayers() into a new ARGB32 premultiplied image of the view's size ×
/// devicePixelRatio. A null image when cancelled.
QImage renderLayersImage(const PathCache& paths, const Analysis* analysis, const LayerStack& layers,
                         const ViewTransform& view, const MapStyle& style, double devicePixelRatio = 1.0,
                         const std::atomic<bool>* cancel = nullptr, bool withLegend = true,
                         const Significance* significance = nullptr);

/// The base map of a MapStyle as layers: prefectures (fill, outline, names when style.showLabels)
/// and provinces.
LayerStack baseLayers(const MapStyle& style);

/// Paints the base map (prefecture fills and outlines, province outlines, prefecture labels):
/// paintLayers() with baseLayers(style) and no analysis.
bool paintMap(QPainter& painter, const PathCache& paths, const ViewTransform& view,
              const MapStyle& style, const std::atomic<bool>* cancel = nullptr);

/// Renders the base map into a new ARGB32 premultiplied image of the view's size ×
/// devicePixelRatio. A null image when cancelled.
QImage renderMapImage(const PathCache& paths, const ViewTransform& view, const MapStyle& style,
                      double devicePixelRatio = 1.0, const std::atomic<bool>* cancel = nullptr);

}  // namespace cb::render
