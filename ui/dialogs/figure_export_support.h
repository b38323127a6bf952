// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the export dialog and the quick export of the current view share: file names and
// filters, the figure's data, and writing with errors that name the file.

#include <QString>
#include <memory>
#include <string>

#include "core/analysis/analysis.h"
#include "core/scene/figure_spec.h"
#include "core/scene/layer_stack.h"
#include "ui/render/figure_exporter.h"
#include "ui/render/figure_painter.h"
#include "ui/render/path_cache.h"

class QWidget;

namespace cb::ui {

/// "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)", in FigureFormat order.
QString figureFileFilters();
/// The filter of figureFileFilters() for a format.
QString figureFileFilter(render::FigureFormat format);
/// `path` with the format's suffix: replaces a figure suffix (.png/.svg/.pdf), appends one otherwise.
QString withFigureSuffix(const QString& path, render::FigureFormat format);
/// The folder a file dialog opens in: the remembered one while it exists, else Pictures, else home.
QString figureFolder(const QString& remembered);

/// The figure's data, with paths built here when the caller had none (null analysis and paths:
/// nothing to draw) and the South China Sea line of the base map looked up next to the
/// boundaries (findSouthChinaSeaLine()).
render::FigureData figureDataOf(std::shared_ptr<const Analysis> analysis,
                                std::shared_ptr<const render::PathCache> paths,
                                std::shared_ptr<const Significance> significance = nullptr);
/// Draws and writes a figure by the file's suffix; never throws (errors name the file).
render::FigureExportResult writeFigure(const FigureSpec& spec, const render::FigureData& data, const QString& path);
/// The layers as a figure spec keeps them once read back (compact JSON), so that a spec saved
/// from the dialog reads back equal.
std::string figureLayersJson(const LayerStack& layers);
/// A message box saying the figure could not be written to `path`, and why.
void reportFigureFailure(QWidget* parent, const QString& path, const QString& error);

}  // namespace cb::ui
