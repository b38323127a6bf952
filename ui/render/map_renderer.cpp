// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_renderer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <vector>

#include "ui/render/label_placer.h"

namespace cb::render {
namespace {

bool cancelled(const std::atomic<bool>* cancel) {
  return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}

QPen cosmeticPen(const QColor& color, double width) {
  QPen pen(color, width);
  pen.setCosmetic(true);  // width in device pixels whatever the world transform
  pen.setJoinStyle(Qt::RoundJoin);
  return pen;
}

/// The visible world box with a margin of a few pixels, so that outlines crossing the edge of
/// the image are painted.
Box2 cullBox(const ViewTransform& view) {
  Box2 box = view.visibleExtent();
  const double margin = 4.0 * view.metresPerPixel();
  box.minX -= margin;
  box.minY -= margin;
  box.maxX += margin;
  box.maxY += margin;
  return box;
}

void paintLabels(QPainter& painter, const PathCache& paths, const std::vector<std::size_t>& visible,
                 const ViewTransform& view, const MapStyle& style) {
  QFont font(style.labelFontFamily);
  font.setPointSizeF(style.labelPointSize);
  painter.setFont(font);
  const QFontMetricsF metrics(font, painter.device());
  const auto& regions = paths.boundaries().prefectures().regions();

  // Larger units first, so that when labels collide the bigger unit keeps its name.
  std::vector<std::size_t> order = visible;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return regions[a].bounds.width() * regions[a].bounds.height() >
           regions[b].bounds.width() * regions[b].bounds.height();
  });
  LabelPlacer placer(QRectF(0, 0, view.width(), view.height()));
  QPainterPath halo;
  std::vector<std::pair<QPointF, QString>> placed;
  for (std::size_t index : order) {
    const Region& region = regions[index];
    const QString text = QString::fromStdString(region.shortName.empty() ? region.name : region.shortName);
    if (text.isEmpty()) continue;
    const Point2 anchor = view.toDevice(region.labelPoint);
    const QSizeF size = metrics.size(Qt::TextSingleLine, text);
    const QRectF rect(anchor.x - size.width() / 2.0, anchor.y - size.height() / 2.0, size.width(), size.height());
    if (!placer.tryPlace(rect)) continue;
    const QPointF baseline(rect.left(), rect.top() + metrics.ascent());
    halo.addText(baseline, font, text);
    placed.emplace_back(baseline, text);
  }
  painter.setBrush(Qt::NoBrush);
  painter.strokePath(halo, QPen(style.labelHalo, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
  painter.setPen(style.labelColor);
  for (const auto& [baseline, text] : placed) painter.drawText(baseline, text);
}

}  // namespace

QTransform toQTransform(const ViewTransform& view) {
  const double s = 1.0 / view.metresPerPixel();
  // x' = (x − cx)·s + w/2 ;  y' = h/2 − (y − cy)·s
  return QTransform(s, 0.0, 0.0, -s, view.width() / 2.0 - view.center().x * s,
                    view.height() / 2.0 + view.center().y * s);
}

bool paintMap(QPainter& painter, const PathCache& paths, const ViewTransform& view,
              const MapStyle& style, const std::atomic<bool>* cancel) {
  const BoundaryMap& boundaries = paths.boundaries();
  const std::size_t lod = PathCache::lodFor(view.metresPerPixel());
  const Box2 box = cullBox(view);
  const std::vector<std::size_t> prefectures = boundaries.prefectureIndex().query(box);
  const std::vector<std::size_t> provinces = boundaries.provinceIndex().query(box);

  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, style.antialiasing);
  painter.fillRect(QRectF(0, 0, view.width(), view.height()), style.background);
  painter.setWorldTransform(toQTransform(view), true);

  painter.setPen(cosmeticPen(style.prefectureOutline, style.prefectureOutlineWidth));
  painter.setBrush(style.prefectureFill);
  for (std::size_t index : prefectures) {
    if (cancelled(cancel)) {
      painter.restore();
      return false;
    }
    painter.drawPath(paths.prefecture(index, lod));
  }
  painter.setPen(cosmeticPen(style.provinceOutline, style.provinceOutlineWidth));
  painter.setBrush(Qt::NoBrush);
  for (std::size_t index : provinces) {
    if (cancelled(cancel)) {
      painter.restore();
      return false;
    }
    painter.drawPath(paths.province(index, lod));
  }
  painter.restore();

  if (style.showLabels && view.metresPerPixel() <= style.labelMaxMetresPerPixel) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, style.antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing, style.antialiasing);
    paintLabels(painter, paths, prefectures, view, style);
    painter.restore();
  }
  return !cancelled(cancel);
}

QImage renderMapImage(const PathCache& paths, const ViewTransform& view, const MapStyle& style,
                      double devicePixelRatio, const std::atomic<bool>* cancel) {
  QImage image(static_cast<int>(std::ceil(view.width() * devicePixelRatio)),
               static_cast<int>(std::ceil(view.height() * devicePixelRatio)),
               QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(devicePixelRatio);
  QPainter painter(&image);
  const bool done = paintMap(painter, paths, view, style, cancel);
  painter.end();
  return done ? image : QImage();
}

}  // namespace cb::render
