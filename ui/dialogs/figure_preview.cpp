// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/figure_preview.h"

#include <QPainter>
#include <QResizeEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <exception>

#include "ui/render/figure_exporter.h"

namespace cb::ui {
namespace {

constexpr int kPaddingPx = 12;  // room round the page, logical pixels
// A preview never needs more than a screen's detail, and below this the page is a smudge anyway.
constexpr double kMinDpi = 8.0;
constexpr double kMaxDpi = 200.0;

}  // namespace

FigurePreview::FigurePreview(QWidget* parent) : QWidget(parent) {
  setAttribute(Qt::WA_OpaquePaintEvent);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  mTimer.setSingleShot(true);
  mTimer.setInterval(kDebounceMs);
  connect(&mTimer, &QTimer::timeout, this, &FigurePreview::start);
  connect(&mWatcher, &QFutureWatcher<Result>::finished, this, &FigurePreview::onFinished);
}

FigurePreview::~FigurePreview() {
  mTimer.stop();
  mWatcher.waitForFinished();
}

void FigurePreview::setFigure(const FigureSpec& spec, const render::FigureData& figureData) {
  mSpec = spec;
  mData = figureData;
  mHasFigure = true;
  mTimer.start();
  update();  // shows that an update is on its way
}

bool FigurePreview::isBusy() const { return mTimer.isActive() || mRunning; }

QSize FigurePreview::availablePixels() const {
  const double ratio = devicePixelRatioF();
  return {std::max(1, static_cast<int>((width() - 2 * kPaddingPx) * ratio)),
          std::max(1, static_cast<int>((height() - 2 * kPaddingPx) * ratio))};
}

FigurePreview::Result FigurePreview::renderFigure(FigureSpec spec, render::FigureData data, QSize available) {
  Result out;
  try {
    if (!data.paths && !(data.analysis && data.analysis->boundaries)) {
      out.error = tr("No boundaries are loaded: open a project or data first.");
      return out;
    }
    // The spec keeps its own DPI so the layout (note wrapping) is the export's; only the
    // painting resolution is chosen to fit the widget.
    const render::FigurePainter figure(std::move(spec), std::move(data));
    const QSizeF page = figure.pageSizeMm();
    const double dpi = std::clamp(std::min(available.width() / page.width(), available.height() / page.height()) * 25.4,
                                  kMinDpi, kMaxDpi);
    out.image = render::FigureExporter::renderImage(figure, dpi);
    out.warnings = figure.warnings();
    out.pageMm = page;
  } catch (const std::exception& e) {
    out.error = tr("The figure cannot be drawn: %1").arg(QString::fromStdString(e.what()));
  }
  return out;
}

void FigurePreview::start() {
  if (!mHasFigure) return;
  if (mRunning) {
    mStale = true;
    return;
  }
  mStale = false;
  mRunning = true;
  mWatcher.setFuture(QtConcurrent::run(&FigurePreview::renderFigure, mSpec, mData, availablePixels()));
}

void FigurePreview::onFinished() {
  mRunning = false;
  Result result = mWatcher.result();
  mImage = std::move(result.image);
  mImage.setDevicePixelRatio(devicePixelRatioF());
  mWarnings = std::move(result.warnings);
  mPageMm = result.pageMm;
  mError = std::move(result.error);
  update();
  if (mStale && !mTimer.isActive()) start();
  Q_EMIT rendered();
}

void FigurePreview::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  if (mHasFigure) mTimer.start();
}

void FigurePreview::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  // A neutral desk round a white page, so the page's edge is visible whatever the theme.
  painter.fillRect(rect(), QColor(0x80, 0x80, 0x80));
  if (!mError.isEmpty()) {
    painter.setPen(Qt::white);
    painter.drawText(rect().adjusted(kPaddingPx, kPaddingPx, -kPaddingPx, -kPaddingPx),
                     Qt::AlignCenter | Qt::TextWordWrap, mError);
  } else if (!mImage.isNull()) {
    const QSizeF size = mImage.deviceIndependentSize();
    const QSizeF room(width() - 2.0 * kPaddingPx, height() - 2.0 * kPaddingPx);
    const double scale = std::min({1.0, room.width() / size.width(), room.height() / size.height()});
    const QSizeF shown = size * scale;
    const QRectF target(QPointF((width() - shown.width()) / 2.0, (height() - shown.height()) / 2.0), shown);
    painter.fillRect(target.translated(3, 3), QColor(0x50, 0x50, 0x50));
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, mImage);
  }
  if (isBusy()) {
    const QString text = tr("Updating…");
    const QRect box = painter.fontMetrics().boundingRect(text).adjusted(-6, -3, 6, 3);
    const QRect at(QPoint(width() - box.width() - 6, 6), box.size());
    painter.fillRect(at, QColor(0, 0, 0, 150));
    painter.setPen(Qt::white);
    painter.drawText(at, Qt::AlignCenter, text);
  }
}

}  // namespace cb::ui
