// SPDX-License-Identifier: GPL-3.0-or-later
// The figure's overlays and furniture: ellipses, highlighted city, graticule, scale bar, north
// arrow, legend, title and note (FigurePainter members).
#include <QPainter>
#include <QPolygonF>
#include <algorithm>
#include <cmath>

#include "core/crs/coordinate_transform.h"
#include "core/scene/figure_geometry.h"
#include "ui/render/figure_context.h"
#include "ui/render/figure_painter.h"
#include "ui/render/map_renderer.h"
#include "ui/render/map_style.h"

namespace cb::render {
namespace {

constexpr double kLegendSymbolMm = 6.0;
constexpr double kScaleBarHeightMm = 1.1;
const QColor kGraticuleColor(0x9A, 0x9A, 0x9A);

/// Albers metres → device units of a frame.
struct Projector {
  QRectF frame;  // device
  Box2 extent;
  double pxPerMetre;
  [[nodiscard]] QPointF operator()(const Point2& p) const {
    return {frame.left() + (p.x - extent.minX) * pxPerMetre, frame.top() + (extent.maxY - p.y) * pxPerMetre};
  }
};

/// Number of segments of a scale bar of `length` (1, 2 or 5 × 10ⁿ): quarters or fifths.
int segmentsOf(double length) {
  const double lead = length / std::pow(10.0, std::floor(std::log10(length)));
  return lead > 4.5 ? 5 : 4;
}

QString kmText(double km) { return QString::number(km, 'g', 6); }

}  // namespace

QSizeF FigurePainter::legendSizeMm(int columns) const {
  const QImage device = measuringDevice(mSpec.dpi);
  QFont font(QString::fromStdString(mSpec.fontFamily));
  font.setPointSizeF(mSpec.labelSize.toPt());
  const QFontMetricsF fm(font, &device);
  const double toMm = 25.4 / mSpec.dpi;
  double textWidth = 0.0;
  for (const FigureLegendItem& item : mLegend) textWidth = std::max(textWidth, fm.horizontalAdvance(item.label) * toMm);
  const double column = kLegendSymbolMm + 1.5 + textWidth;
  const double row = fm.lineSpacing() * toMm * 1.35;
  const auto n = static_cast<double>(mLegend.size());
  const double rows = std::ceil(n / columns);
  const double width = std::max(columns * column + (columns - 1) * kLegendColumnGapMm,
                                fm.horizontalAdvance(tr("Legend")) * toMm);
  return {2 * kLegendPaddingMm + width, 2 * kLegendPaddingMm + row * (rows + 1)};
}

void FigurePainter::paintLegend(const Context& c) const {
  const QRectF box = c.px(mLegendRect);
  c.painter.setPen(c.pen(QColor(0x40, 0x40, 0x40), 0.15));
  c.painter.setBrush(Qt::white);
  c.painter.drawRect(box);
  const QFont font = c.font(mSpec.labelSize);
  const QFont heading = c.font(mSpec.labelSize, true);
  const QFontMetricsF fm = c.metrics(font);
  const double row = fm.lineSpacing() * 1.35;
  const double left = box.left() + c.px(kLegendPaddingMm);
  const double top = box.top() + c.px(kLegendPaddingMm);
  const auto baselineIn = [&](double rowTop) { return rowTop + (row - fm.height()) / 2.0 + fm.ascent(); };
  c.text(QPointF(left, baselineIn(top)), tr("Legend"), heading, Qt::black);
  const int rows = static_cast<int>(std::ceil(static_cast<double>(mLegend.size()) / mLegendColumns));
  const double column = (box.width() - c.px(2 * kLegendPaddingMm) + c.px(kLegendColumnGapMm)) / mLegendColumns;
  for (std::size_t i = 0; i < mLegend.size(); ++i) {
    const FigureLegendItem& item = mLegend[i];
    const double x = left + column * static_cast<double>(static_cast<int>(i) / rows);
    const double y = top + row * (1 + static_cast<int>(i) % rows);
    const QRectF symbol(x, y + row * 0.2, c.px(kLegendSymbolMm), row * 0.6);
    if (item.symbol == FigureLegendItem::Symbol::Heading) {
      c.text(QPointF(x, baselineIn(y)), item.label, heading, Qt::black);
      continue;
    }
    switch (item.symbol) {
      case FigureLegendItem::Symbol::Heading:
        break;
      case FigureLegendItem::Symbol::Circle: {
        const double d = symbol.height();
        c.painter.setPen(c.pen(item.outline, 0.15));
        c.painter.setBrush(item.color);
        c.painter.drawEllipse(QRectF(symbol.center().x() - d / 2, symbol.top(), d, d));
        break;
      }
      case FigureLegendItem::Symbol::Diamond: {
        const double r = symbol.height() / 2.0 * 1.15;
        const QPointF m = symbol.center();
        c.painter.setPen(c.pen(item.outline, 0.15));
        c.painter.setBrush(item.color);
        c.painter.drawPolygon(QPolygonF({m + QPointF(0, -r), m + QPointF(r, 0), m + QPointF(0, r), m + QPointF(-r, 0)}));
        break;
      }
      case FigureLegendItem::Symbol::Fill:
        c.painter.setPen(c.pen(item.outline, std::max(item.lineWidthMm, 0.1)));
        c.painter.setBrush(item.color);
        c.painter.drawRect(symbol);
        break;
      case FigureLegendItem::Symbol::Line:
        c.painter.setPen(c.pen(item.color, item.lineWidthMm, item.style));
        c.painter.drawLine(QPointF(symbol.left(), symbol.center().y()), QPointF(symbol.right(), symbol.center().y()));
        break;
      case FigureLegendItem::Symbol::Ellipse:
        c.painter.setPen(c.pen(item.color, item.lineWidthMm * 0.8, item.style));
        c.painter.setBrush(Qt::NoBrush);
        c.painter.drawEllipse(symbol.adjusted(0, -row * 0.08, 0, row * 0.08));
        break;
    }
    c.text(QPointF(symbol.right() + c.px(1.5), baselineIn(y)), item.label, font, Qt::black);
  }
}

void FigurePainter::paintHighlight(const Context& c) const {
  const QRectF frame = c.px(mLayout.map);
  const ViewTransform view(mLayout.extent.center(), mLayout.metresPerMm / c.pxPerMm, frame.width(), frame.height());
  QTransform toDevice = toQTransform(view);
  toDevice *= QTransform::fromTranslate(frame.left(), frame.top());
  const std::size_t lod = PathCache::lodFor(view.metresPerPixel());
  c.painter.setClipRect(frame);
  // An outline only, so the city's class in the choropleth stays readable.
  QPen pen = c.pen(figureHighlightColor().darker(130), mSpec.provinceLineWidth.toMm() * 2.5);
  pen.setJoinStyle(Qt::RoundJoin);
  c.painter.setPen(pen);
  c.painter.setBrush(Qt::NoBrush);
  for (std::size_t region : mData.analysis->units.regionsOfUnit(mSpec.highlightCity)) {
    c.painter.drawPath(toDevice.map(mData.paths->prefecture(region, lod)));
  }
}

void FigurePainter::paintGraticule(const Context& c, bool labels) const {
  const CoordinateTransform toLonLat = CoordinateTransform::chinaAlbersToWgs84();
  const CoordinateTransform toAlbers = CoordinateTransform::wgs84ToChinaAlbers();
  const LonLatRange range = lonLatRangeOf(mLayout.extent, toLonLat);
  const double step = mSpec.graticuleStepDeg > 0.0 ? mSpec.graticuleStepDeg : graticuleStepDeg(range);
  const QRectF frame = c.px(mLayout.map);
  const Projector project{frame, mLayout.extent, c.pxPerMm / mLayout.metresPerMm};
  const std::vector<GraticuleLine> lines = graticuleLines(range, step, toAlbers);
  if (!labels) {
    c.painter.setClipRect(frame);
    c.painter.setPen(c.pen(kGraticuleColor, mSpec.graticuleLineWidth.toMm()));
    c.painter.setBrush(Qt::NoBrush);
    for (const GraticuleLine& line : lines) {
      QPolygonF polyline;
      for (const Point2& p : line.points) polyline << project(p);
      c.painter.drawPolyline(polyline);
    }
    return;
  }
  const QFont font = c.font(mSpec.labelSize);
  const QFontMetricsF fm = c.metrics(font);
  double lastRight = -1e300, lastTop = 1e300;
  const auto degrees = [](double value, bool meridian) {
    const QString hemisphere = meridian ? (value < 0 ? QStringLiteral("W") : QStringLiteral("E"))
                                        : (value < 0 ? QStringLiteral("S") : QStringLiteral("N"));
    return QString::number(std::abs(value), 'g', 6) + QStringLiteral("°") + hemisphere;
  };
  for (const GraticuleLine& line : lines) {
    for (std::size_t i = 1; i < line.points.size(); ++i) {
      const QPointF a = project(line.points[i - 1]), b = project(line.points[i]);
      if (line.meridian && (a.y() - frame.bottom()) * (b.y() - frame.bottom()) <= 0 && a.y() != b.y()) {
        const double x = a.x() + (frame.bottom() - a.y()) / (b.y() - a.y()) * (b.x() - a.x());
        if (x < frame.left() || x > frame.right()) break;
        const QString text = degrees(line.valueDeg, true);
        const double w = fm.horizontalAdvance(text);
        const double left = std::clamp(x - w / 2.0, frame.left() - c.px(2.0), frame.right() - w);
        if (left < lastRight + c.px(1.0)) break;
        lastRight = left + w;
        c.text(QPointF(left, frame.bottom() + c.px(0.8) + fm.ascent()), text, font, Qt::black);
        break;
      }
      if (!line.meridian && (a.x() - frame.left()) * (b.x() - frame.left()) <= 0 && a.x() != b.x()) {
        const double y = a.y() + (frame.left() - a.x()) / (b.x() - a.x()) * (b.y() - a.y());
        if (y < frame.top() || y > frame.bottom()) break;
        const QString text = degrees(line.valueDeg, false);
        const double baseline = std::clamp(y + fm.ascent() / 2.0 - fm.descent() / 2.0, frame.top() + fm.ascent(), frame.bottom());
        if (baseline > lastTop - fm.height()) break;
        lastTop = baseline;
        c.text(QPointF(frame.left() - c.px(0.8) - fm.horizontalAdvance(text), baseline), text, font, Qt::black);
        break;
      }
    }
  }
}

double scaleBarKm(double mpm, double scaleFactor, double maxBarMm) {
  return roundLengthBelow(maxBarMm * mpm / scaleFactor / 1000.0);
}

QSizeF FigurePainter::scaleBarSizeMm(double mpm, double scaleFactor, double km) const {
  const QImage device = measuringDevice(mSpec.dpi);
  QFont font(QString::fromStdString(mSpec.fontFamily));
  font.setPointSizeF(mSpec.labelSize.toPt());
  const QFontMetricsF fm(font, &device);
  const double barMm = km * 1000.0 * scaleFactor / mpm;
  const double labelMm = fm.horizontalAdvance(kmText(km) + QStringLiteral(" km")) * 25.4 / mSpec.dpi;
  return {barMm + labelMm / 2.0 + 1.0, fm.height() * 25.4 / mSpec.dpi + 0.6 + kScaleBarHeightMm};
}

void FigurePainter::paintScaleBar(const Context& c, const QRectF& rectMm, double mpm, double scaleFactor,
                                  double length, bool compact) const {
  const QFont font = c.font(mSpec.labelSize);
  const QFontMetricsF fm = c.metrics(font);
  const double barMm = length * 1000.0 * scaleFactor / mpm;
  const int segments = compact ? 2 : segmentsOf(length);
  const double left = c.px(rectMm.left());
  const double barTop = c.px(rectMm.bottom() - kScaleBarHeightMm);
  const double segment = c.px(barMm) / segments;
  const double height = c.px(kScaleBarHeightMm);
  c.painter.setPen(c.pen(Qt::black, 0.15));
  for (int i = 0; i < segments; ++i) {
    c.painter.setBrush(i % 2 == 0 ? QColor(Qt::black) : QColor(Qt::white));
    c.painter.drawRect(QRectF(left + segment * i, barTop, segment, height));
  }
  if (compact) {
    // A short bar: its length to the right of it, in the inset's smaller type.
    const QFont small = c.font(PrintLength::pt(std::max(4.5, mSpec.labelSize.toPt() * 0.85)));
    const QFontMetricsF sm = c.metrics(small);
    const double baseline = barTop + height / 2.0 + (sm.ascent() - sm.descent()) / 2.0;
    c.text(QPointF(left + c.px(barMm + 0.8), baseline), kmText(length) + QStringLiteral(" km"), small, Qt::black);
    return;
  }
  const double baseline = barTop - c.px(0.6) - fm.descent();
  const auto label = [&](double km, double x, bool last) {
    const QString text = kmText(km) + (last ? QStringLiteral(" km") : QString());
    const double w = fm.horizontalAdvance(kmText(km));
    c.text(QPointF(x - w / 2.0, baseline), text, font, Qt::black);
  };
  label(0, left, false);
  if (segments == 4) label(length / 2.0, left + segment * 2, false);
  label(length, left + segment * segments, true);
}

void FigurePainter::paintNorthArrow(const Context& c) const {
  const QRectF r = c.px(mNorthArrowRect);
  const QFont font = c.font(mSpec.labelSize, true);
  const QFontMetricsF fm = c.metrics(font);
  const double letter = fm.height();
  const QPointF centre(r.center().x(), r.top() + letter + (r.height() - letter) / 2.0);
  const double half = (r.height() - letter) / 2.0;
  const double wing = r.width() / 2.0;
  c.painter.translate(centre);
  c.painter.rotate(mConvergenceDeg);  // grid bearing of true north, clockwise
  const QPointF tip(0, -half), tail(0, half * 0.55), left(-wing, half), right(wing, half);
  c.painter.setPen(c.pen(Qt::black, 0.15));
  c.painter.setBrush(Qt::black);
  c.painter.drawPolygon(QPolygonF({tip, left, tail}));
  c.painter.setBrush(Qt::white);
  c.painter.drawPolygon(QPolygonF({tip, tail, right}));
  const QString n = QStringLiteral("N");
  c.text(QPointF(-fm.horizontalAdvance(n) / 2.0, -half - c.px(0.5) - fm.descent()), n, font, Qt::black);
}

void FigurePainter::paintTitle(const Context& c) const {
  const QRectF r = c.px(mLayout.title);
  const QFont font = c.font(mSpec.titleSize, true);
  const QFontMetricsF fm = c.metrics(font);
  const QString title = QString::fromStdString(mSpec.title);
  c.text(QPointF(r.center().x() - fm.horizontalAdvance(title) / 2.0, r.bottom() - fm.descent()), title, font, Qt::black);
}

void FigurePainter::paintNote(const Context& c) const {
  const QRectF r = c.px(mLayout.note);
  const QFont font = c.font(mSpec.noteSize);
  const QFontMetricsF fm = c.metrics(font);
  double baseline = r.top() + fm.ascent();
  for (const QString& line : wrapText(QString::fromStdString(mSpec.note), fm, r.width())) {
    c.text(QPointF(r.left(), baseline), line, font, QColor(0x20, 0x20, 0x20));
    baseline += fm.lineSpacing();
  }
}

}  // namespace cb::render
