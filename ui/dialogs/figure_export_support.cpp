// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/figure_export_support.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <exception>

#include "core/io/maritime_line_reader.h"
#include "ui/controllers/figure_settings.h"
#include "ui/dialogs/export_dialog.h"

namespace cb::ui {

QString figureFileFilters() {
  return ExportDialog::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
}

QString figureFileFilter(render::FigureFormat format) {
  return figureFileFilters().split(QStringLiteral(";;")).value(static_cast<int>(format));
}

QString withFigureSuffix(const QString& path, render::FigureFormat format) {
  const QString suffix = FigureSettings::suffix(format);
  if (render::figureFormatOf(path)) return path.left(path.size() - 3) + suffix;
  return path + QLatin1Char('.') + suffix;
}

QString figureFolder(const QString& remembered) {
  if (!remembered.isEmpty() && QFileInfo(remembered).isDir()) return remembered;
  const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
  return QFileInfo(pictures).isDir() ? pictures : QDir::homePath();
}

render::FigureData figureDataOf(std::shared_ptr<const Analysis> analysis,
                                std::shared_ptr<const render::PathCache> paths,
                                std::shared_ptr<const Significance> significance) {
  render::FigureData data;
  data.significance = std::move(significance);
  if (!paths && analysis && analysis->boundaries) paths = std::make_shared<const render::PathCache>(analysis->boundaries);
  if (paths) data.southChinaSeaLine = findSouthChinaSeaLine(paths->boundaries().sourcePath());
  data.analysis = std::move(analysis);
  data.paths = std::move(paths);
  return data;
}

render::FigureExportResult writeFigure(const FigureSpec& spec, const render::FigureData& data, const QString& path) {
  try {
    const render::FigurePainter figure(spec, data);
    return render::FigureExporter::write(figure, path);
  } catch (const std::exception& e) {
    render::FigureExportResult result;
    // Qualified in full: the render:: types of this function hide the class from lupdate.
    result.error = cb::ui::ExportDialog::tr("%1: the figure cannot be drawn: %2").arg(path, QString::fromStdString(e.what()));
    return result;
  }
}

std::string figureLayersJson(const LayerStack& layers) {
  FigureSpec probe;
  probe.layersJson = layers.toJsonText();
  return FigureSpec::fromJson(probe.toJson()).layersJson;
}

void reportFigureFailure(QWidget* parent, const QString& path, const QString& error) {
  QMessageBox::critical(parent, ExportDialog::tr("Export Figure"),
                        ExportDialog::tr("The figure could not be written to %1.\n\n%2")
                            .arg(QDir::toNativeSeparators(path), error));
}

}  // namespace cb::ui
