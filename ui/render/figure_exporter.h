// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

#include "ui/render/figure_painter.h"

namespace cb::render {

enum class FigureFormat { Png, Svg, Pdf };

/// The format a file name asks for (.png, .svg, .pdf, any case), or nothing.
std::optional<FigureFormat> figureFormatOf(const QString& path);

/// What an export did.
struct FigureExportResult {
  bool ok = false;
  QString error;        ///< why it failed, naming the file
  QStringList warnings; ///< the figure's warnings (FigurePainter::warnings())
  QSize pixelSize;      ///< PNG: pixels; SVG: viewBox units; PDF: page in points (rounded)
  qint64 bytes = 0;     ///< size of the file written
};

/// Writes figures for papers:
///  - PNG of round(mm × dpi / 25.4) pixels with the resolution in the file (pHYs);
///  - SVG whose width and height are in mm, with a viewBox in units of 1/dpi inch and one
///    <g id="…"> per figure layer (figureLayerId()); text stays text unless the spec asks for
///    outlines;
///  - vector PDF of the page size in mm with the fonts embedded as subsets (named with the
///    subset tag PDF requires, ISO 32000-1 §9.6.4).
class FigureExporter {
  Q_DECLARE_TR_FUNCTIONS(FigureExporter)

 public:
  /// Pixel size of a page at a resolution: round(mm × dpi / 25.4).
  static QSize pixelSize(const QSizeF& pageMm, double dpi);
  /// The figure as an image at the spec's DPI (white background, resolution set).
  static QImage renderImage(const FigurePainter& figure);
  /// The same at another resolution (a preview); the layout stays that of the spec's DPI.
  static QImage renderImage(const FigurePainter& figure, double dpi);
  /// The figure as an SVG document (see the class comment).
  static QByteArray svgDocument(const FigurePainter& figure);

  static FigureExportResult writePng(const FigurePainter& figure, const QString& path);
  static FigureExportResult writeSvg(const FigurePainter& figure, const QString& path);
  static FigureExportResult writePdf(const FigurePainter& figure, const QString& path);
  /// Writes by the file's extension; an error for any other extension.
  static FigureExportResult write(const FigurePainter& figure, const QString& path);
};

/// Gives embedded subset fonts their subset tag in /BaseFont as well as in /FontName (Qt writes
/// it in the descriptor only) and moves the cross-reference offsets accordingly. Returns the
/// input unchanged when there is nothing to do or the file is not laid out as expected.
QByteArray tagPdfSubsetFonts(const QByteArray& pdf);

}  // namespace cb::render
