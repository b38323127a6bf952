// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QTimer>
#include <QWidget>
#include <atomic>
#include <memory>

#include "core/crs/coordinate_transform.h"
#include "core/scene/view_transform.h"
#include "ui/render/map_style.h"
#include "ui/render/path_cache.h"

namespace cb::ui {

/// The map widget. The base map is rendered in a worker thread into a cached image tagged with
/// the view it was drawn for; during a drag or a wheel zoom the cached image is only shifted and
/// scaled, and a fresh render is requested after a short pause. The view is in China Albers
/// metres (see ViewTransform).
class MapCanvas : public QWidget {
  Q_OBJECT

 public:
  explicit MapCanvas(QWidget* parent = nullptr);
  ~MapCanvas() override;

  /// Shows new boundaries (paths already built, see PathCache) and zooms to them.
  void setPaths(std::shared_ptr<const render::PathCache> paths);
  [[nodiscard]] const ViewTransform& view() const { return mView; }
  void setView(const ViewTransform& view);
  [[nodiscard]] const render::MapStyle& style() const { return mStyle; }
  /// The last completed background frame (for tests and screenshots).
  [[nodiscard]] const QImage& frame() const { return mFrame; }
  /// True while a background render is running or scheduled.
  [[nodiscard]] bool isRendering() const;

  QSize sizeHint() const override { return {900, 650}; }

 public Q_SLOTS:
  void zoomToAll();
  void zoomIn();
  void zoomOut();

 Q_SIGNALS:
  /// Longitude and latitude (WGS 84 degrees) under the mouse pointer.
  void cursorMoved(double lon, double lat);
  /// The prefecture under the pointer, or an empty name when there is none.
  void prefectureHovered(const QString& name, const QString& code);
  /// A background frame was completed and shown.
  void frameRendered();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

 private:
  void scheduleRender(int delayMs);
  void startRender();
  void onRenderFinished();
  void zoomBy(double factor, QPointF devicePoint);
  void updateHover(QPointF devicePoint);

  std::shared_ptr<const render::PathCache> mPaths;
  render::MapStyle mStyle;
  ViewTransform mView;
  QImage mFrame;
  ViewTransform mFrameView;  // the view mFrame was rendered for
  QFutureWatcher<QImage> mWatcher;
  ViewTransform mRenderingView;
  std::shared_ptr<std::atomic<bool>> mCancel;
  QTimer mRenderTimer;
  bool mDragging = false;
  QPointF mDragLast;
  std::optional<std::size_t> mHovered;
  CoordinateTransform mToLonLat;
};

}  // namespace cb::ui
