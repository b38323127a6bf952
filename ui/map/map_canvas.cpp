// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/map_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

#include "ui/render/map_renderer.h"

namespace cb::ui {
namespace {
constexpr double kWheelStepFactor = 1.25;     // one wheel notch
constexpr double kMinMetresPerPixel = 2.0;    // about a street block
constexpr double kMaxMetresPerPixel = 50000;  // all of Asia in a small window
constexpr int kRenderDelayMs = 60;            // debounce between the last input and a re-render
}  // namespace

MapCanvas::MapCanvas(QWidget* parent)
    : QWidget(parent), mToLonLat(CoordinateTransform::chinaAlbersToWgs84()) {
  setMouseTracking(true);
  setFocusPolicy(Qt::StrongFocus);
  setAttribute(Qt::WA_OpaquePaintEvent);
  setCursor(Qt::OpenHandCursor);
  mRenderTimer.setSingleShot(true);
  connect(&mRenderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
  connect(&mWatcher, &QFutureWatcher<QImage>::finished, this, &MapCanvas::onRenderFinished);
}

MapCanvas::~MapCanvas() {
  if (mCancel) mCancel->store(true);
  mWatcher.waitForFinished();
}

void MapCanvas::setPaths(std::shared_ptr<const render::PathCache> paths) {
  mPaths = std::move(paths);
  mFrame = QImage();
  mHovered.reset();
  zoomToAll();
}

void MapCanvas::setView(const ViewTransform& view) {
  mView = view;
  update();
  scheduleRender(kRenderDelayMs);
}

bool MapCanvas::isRendering() const { return mWatcher.isRunning() || mRenderTimer.isActive(); }

void MapCanvas::zoomToAll() {
  if (!mPaths) return;
  mView = ViewTransform::fitting(mPaths->boundaries().extent(), width(), height(), 12.0);
  update();
  scheduleRender(0);
}

void MapCanvas::zoomIn() { zoomBy(2.0, rect().center()); }
void MapCanvas::zoomOut() { zoomBy(0.5, rect().center()); }

void MapCanvas::zoomBy(double factor, QPointF devicePoint) {
  if (!mView.isValid()) return;
  const double target = std::clamp(mView.metresPerPixel() / factor, kMinMetresPerPixel, kMaxMetresPerPixel);
  mView = mView.zoomedAt({devicePoint.x(), devicePoint.y()}, mView.metresPerPixel() / target);
  update();  // the cached frame is drawn scaled at once
  scheduleRender(kRenderDelayMs);
}

void MapCanvas::scheduleRender(int delayMs) { mRenderTimer.start(delayMs); }

void MapCanvas::startRender() {
  if (!mPaths || !mView.isValid()) return;
  if (mWatcher.isRunning()) {
    // Stop the stale render; its finished() starts the next one.
    mCancel->store(true);
    return;
  }
  mCancel = std::make_shared<std::atomic<bool>>(false);
  mRenderingView = mView;
  // The worker owns shared copies of everything it reads: no locks, no widget access.
  mWatcher.setFuture(QtConcurrent::run(
      [paths = mPaths, view = mView, style = mStyle, dpr = devicePixelRatioF(), cancel = mCancel] {
        return render::renderMapImage(*paths, view, style, dpr, cancel.get());
      }));
}

void MapCanvas::onRenderFinished() {
  const QImage image = mWatcher.result();
  if (!image.isNull()) {
    mFrame = image;
    mFrameView = mRenderingView;
    update();
    Q_EMIT frameRendered();
  }
  if (!(mRenderingView == mView) && !mRenderTimer.isActive()) scheduleRender(0);
}

void MapCanvas::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), mStyle.background);
  if (!mFrame.isNull() && mFrameView.isValid() && mView.isValid()) {
    // Where the cached frame lands in the current view: shifted and scaled, never re-rendered here.
    const double scale = mFrameView.metresPerPixel() / mView.metresPerPixel();
    const Point2 topLeft = mView.toDevice(mFrameView.toWorld({0.0, 0.0}));
    const QRectF target(topLeft.x, topLeft.y, mFrameView.width() * scale, mFrameView.height() * scale);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, !mDragging);
    painter.drawImage(target, mFrame);
  }
  if (mHovered && mPaths && mView.isValid()) {
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setWorldTransform(render::toQTransform(mView));
    QPen pen(QColor(0x00, 0x72, 0xB2), 2.0);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(mPaths->prefecture(*mHovered, render::PathCache::lodFor(mView.metresPerPixel())));
  }
}

void MapCanvas::resizeEvent(QResizeEvent* event) {
  if (!mView.isValid()) {
    zoomToAll();
  } else {
    mView = mView.resized(event->size().width(), event->size().height());
    scheduleRender(kRenderDelayMs);
  }
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
  const double steps = event->angleDelta().y() / 120.0;
  if (steps != 0.0) zoomBy(std::pow(kWheelStepFactor, steps), event->position());
  event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) {
    mDragging = true;
    mDragLast = event->position();
    setCursor(Qt::ClosedHandCursor);
  }
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
  if (mDragging && mView.isValid()) {
    const QPointF delta = event->position() - mDragLast;
    mDragLast = event->position();
    mView = mView.pannedBy(delta.x(), delta.y());
    update();
    scheduleRender(kRenderDelayMs * 3);  // wait for the drag to pause
  }
  updateHover(event->position());
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton && mDragging) {
    mDragging = false;
    setCursor(Qt::OpenHandCursor);
    scheduleRender(0);
  }
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Home: zoomToAll(); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_Left: setView(mView.pannedBy(width() / 4.0, 0)); break;
    case Qt::Key_Right: setView(mView.pannedBy(-width() / 4.0, 0)); break;
    case Qt::Key_Up: setView(mView.pannedBy(0, height() / 4.0)); break;
    case Qt::Key_Down: setView(mView.pannedBy(0, -height() / 4.0)); break;
    default: QWidget::keyPressEvent(event);
  }
}

void MapCanvas::updateHover(QPointF devicePoint) {
  if (!mView.isValid()) return;
  const Point2 world = mView.toWorld({devicePoint.x(), devicePoint.y()});
  const Point2 lonLat = mToLonLat.forward(world);
  if (std::isfinite(lonLat.x)) Q_EMIT cursorMoved(lonLat.x, lonLat.y);
  if (!mPaths) return;
  const std::optional<std::size_t> hovered = mPaths->boundaries().prefectureAt(world);
  if (hovered == mHovered) return;
  mHovered = hovered;
  update();
  if (hovered) {
    const Region& region = mPaths->boundaries().prefectures().regions()[*hovered];
    Q_EMIT prefectureHovered(QString::fromStdString(region.name), QString::fromStdString(region.code));
  } else {
    Q_EMIT prefectureHovered(QString(), QString());
  }
}

}  // namespace cb::ui
