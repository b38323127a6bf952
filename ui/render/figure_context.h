// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the figure painter: page millimetres → device units, fonts in points, and text
// drawn as text or as outlines.

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>
#include <cmath>

#include "ui/render/figure_painter.h"

namespace cb::render {

/// Inner margin of the legend's box and the gap between its columns, mm.
inline constexpr double kLegendPaddingMm = 1.6;
inline constexpr double kLegendColumnGapMm = 3.0;

/// Fonts are shaped at this pixel size when text becomes outlines, then scaled: exact at any
/// resolution, where a point size would be resolved with the screen's DPI instead of the target's.
inline constexpr int kOutlineReferencePixels = 1000;

struct FigurePainter::Context {
  QPainter& painter;
  double pxPerMm = 1.0;
  const FigureSpec& spec;
  const FigureOptions& options;

  [[nodiscard]] double px(double mm) const { return mm * pxPerMm; }
  [[nodiscard]] double px(const PrintLength& length) const { return length.toMm() * pxPerMm; }
  [[nodiscard]] QPointF px(const QPointF& mm) const { return mm * pxPerMm; }
  [[nodiscard]] QRectF px(const QRectF& mm) const {
    return {mm.x() * pxPerMm, mm.y() * pxPerMm, mm.width() * pxPerMm, mm.height() * pxPerMm};
  }

  /// A pen whose width is a printed length (mm), in device units.
  [[nodiscard]] QPen pen(const QColor& color, double widthMm, Qt::PenStyle style = Qt::SolidLine) const {
    return {color, px(widthMm), style, Qt::FlatCap, Qt::MiterJoin};
  }

  [[nodiscard]] QFont font(const PrintLength& size, bool bold = false) const {
    QFont f(QString::fromStdString(spec.fontFamily));
    f.setPointSizeF(size.toPt());
    f.setBold(bold);
    if (!options.antialiasing) f.setStyleStrategy(QFont::NoAntialias);
    return f;
  }
  [[nodiscard]] QFontMetricsF metrics(const QFont& f) const { return QFontMetricsF(f, painter.device()); }

  /// Draws `text` with its baseline starting at `baseline` (device units).
  void text(const QPointF& baseline, const QString& text, const QFont& f, const QColor& color) const {
    if (!options.text || text.isEmpty()) return;
    if (spec.textAsPaths) {
      QFont reference = f;
      reference.setPixelSize(kOutlineReferencePixels);
      QPainterPath path;
      path.addText(QPointF(0, 0), reference, text);
      const double scale = metrics(f).height() / QFontMetricsF(reference).height();
      painter.save();
      painter.translate(baseline);
      painter.scale(scale, scale);
      painter.fillPath(path, color);
      painter.restore();
      return;
    }
    painter.save();
    painter.setFont(f);
    painter.setPen(color);
    painter.drawText(baseline, text);
    painter.restore();
  }
};

/// Breaks `text` into lines no wider than `widthPx`: between any two CJK characters, and at a space
/// or next to a CJK character within Latin words and numbers (a word longer than a line is cut).
inline QStringList wrapText(const QString& text, const QFontMetricsF& metrics, double widthPx) {
  QStringList lines;
  QString line;
  for (const QChar ch : text) {
    if (ch == QLatin1Char('\n')) {
      lines << line;
      line.clear();
      continue;
    }
    if (!line.isEmpty() && metrics.horizontalAdvance(line + ch) > widthPx) {
      // Inside a run of Latin letters and digits ("GS(2019)1822"), break after the last space
      // or CJK character of the line instead.
      qsizetype cut = line.size();
      if (ch.unicode() < 0x2E80 && ch != QLatin1Char(' ')) {
        for (qsizetype i = line.size() - 1; i > 0; --i) {
          if (line[i] == QLatin1Char(' ') || line[i].unicode() >= 0x2E80) {
            cut = i + 1;
            break;
          }
        }
      }
      lines << line.left(cut).trimmed();
      line = line.mid(cut);
      if (ch == QLatin1Char(' ') && line.isEmpty()) continue;
    }
    line += ch;
  }
  if (!line.isEmpty()) lines << line;
  return lines;
}

/// A reference image of the figure's resolution, to measure text while laying out the page.
inline QImage measuringDevice(double dpi) {
  QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
  const int dotsPerMetre = static_cast<int>(std::lround(dpi / 0.0254));
  image.setDotsPerMeterX(dotsPerMetre);
  image.setDotsPerMeterY(dotsPerMetre);
  return image;
}

}  // namespace cb::render
