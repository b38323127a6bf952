// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QSizeF>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include "core/scene/figure_spec.h"
#include "ui/render/figure_painter.h"

namespace cb::ui {

/// The live preview of a figure: the page drawn by the same FigurePainter as the export, at a
/// resolution that fits the widget, in a worker thread. Changes are collected for a short pause
/// before a render starts, and a render is never started while one is running (the latest
/// figure is drawn when it ends), so typing in a field costs one render, not one per key.
/// The layout is the export's own: only the painting resolution differs.
class FigurePreview : public QWidget {
  Q_OBJECT

 public:
  /// The pause after the last change before a render starts, ms.
  static constexpr int kDebounceMs = 150;

  explicit FigurePreview(QWidget* parent = nullptr);
  ~FigurePreview() override;

  /// Asks for a preview of this figure (after the pause). `figureData.paths` may be null when
  /// `figureData.analysis` has boundaries; with neither the preview says there is nothing to draw.
  void setFigure(const FigureSpec& spec, const render::FigureData& figureData);

  /// The last preview drawn (null before the first; device pixels of this widget's screen).
  [[nodiscard]] const QImage& image() const { return mImage; }
  /// The warnings of the figure last drawn (FigurePainter::warnings()).
  [[nodiscard]] const QStringList& warnings() const { return mWarnings; }
  /// The page of the figure last drawn, mm; empty before the first or after an error.
  [[nodiscard]] QSizeF pageSizeMm() const { return mPageMm; }
  /// Why the last figure could not be drawn; empty when it was.
  [[nodiscard]] const QString& error() const { return mError; }
  /// True while a render is running or waiting for the pause to end.
  [[nodiscard]] bool isBusy() const;

  QSize sizeHint() const override { return {560, 460}; }
  QSize minimumSizeHint() const override { return {240, 200}; }

 Q_SIGNALS:
  /// A render ended: image(), warnings(), pageSizeMm() and error() are new.
  void rendered();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  struct Result {
    QImage image;
    QStringList warnings;
    QSizeF pageMm;
    QString error;
  };
  static Result renderFigure(FigureSpec spec, render::FigureData data, QSize available);
  void start();
  void onFinished();
  [[nodiscard]] QSize availablePixels() const;

  FigureSpec mSpec;
  render::FigureData mData;
  bool mHasFigure = false;
  bool mStale = false;  // the figure changed while a render was running
  // Until finished() is handled: the watcher stops "running" before its signal arrives.
  bool mRunning = false;
  QTimer mTimer;
  QFutureWatcher<Result> mWatcher;
  QImage mImage;
  QStringList mWarnings;
  QSizeF mPageMm;
  QString mError;
};

}  // namespace cb::ui
