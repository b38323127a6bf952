// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <atomic>
#include <memory>

#include "core/scene/view_transform.h"
#include "ui/render/map_style.h"
#include "ui/render/path_cache.h"

class QPainter;

namespace cb::render {

/// Converts the core view (world metres → device pixels, y down) to a QTransform.
QTransform toQTransform(const ViewTransform& view);

/// Paints the base map (prefecture fills and outlines, province outlines, prefecture labels) on
/// any QPainter: a widget's cached image, a PNG, an SVG or a PDF. Only features whose boxes meet
/// the view are painted (R-tree culling), at the level of detail fitting the scale. `cancel`, when
/// given, is checked between features so a stale background render stops early.
/// Returns false when cancelled.
bool paintMap(QPainter& painter, const PathCache& paths, const ViewTransform& view,
              const MapStyle& style, const std::atomic<bool>* cancel = nullptr);

/// Renders the map into a new ARGB32 premultiplied image of the view's size × devicePixelRatio.
/// A null image when cancelled.
QImage renderMapImage(const PathCache& paths, const ViewTransform& view, const MapStyle& style,
                      double devicePixelRatio = 1.0, const std::atomic<bool>* cancel = nullptr);

}  // namespace cb::render
