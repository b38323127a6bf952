// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <atomic>
#include <memory>

#include "core/crs/coordinate_transform.h"
#include "core/match/city_outcome.h"
#include "core/scene/layer_stack.h"
#include "core/scene/view_transform.h"
#include "ui/controllers/selection_model.h"
#include "ui/render/legend_painter.h"
#include "ui/render/map_style.h"
#include "ui/render/path_cache.h"
#include "ui/render/symbol_painter.h"

namespace cb {
struct Analysis;
}

namespace cb::ui {

/// The map widget. The static layers (see LayerStack) are rendered in a worker thread into a
/// cached image tagged with the view it was drawn for; during a drag or a wheel zoom the cached
/// image is only shifted and scaled, and a fresh render is requested after a short pause. The
/// selection, the hovered city and the legend are painted over it in paintEvent, so selecting
/// never re-renders the frame. The view is in China Albers metres (see ViewTransform).
///
/// A click selects the city under the cursor through the SelectionModel: a cluster or belt
/// symbol first, else the prefecture polygon (an older region such as 莱芜 selects its 2021
/// unit, 济南). Ctrl+click adds or removes a city; a click on no city clears the selection.
/// When the current city is set elsewhere (a table, a chart), the map centres on it.
class MapCanvas : public QWidget {
  Q_OBJECT

 public:
  explicit MapCanvas(QWidget* parent = nullptr);
  ~MapCanvas() override;

  [[nodiscard]] const ViewTransform& view() const { return mView; }
  void setView(const ViewTransform& view);
  [[nodiscard]] const render::MapStyle& style() const { return mStyle; }
  [[nodiscard]] const std::shared_ptr<const Analysis>& analysis() const { return mAnalysis; }
  [[nodiscard]] const std::shared_ptr<const Significance>& significance() const { return mSignificance; }
  [[nodiscard]] const LayerStack& layerStack() const { return mLayers; }
  /// The shared selection this map shows and changes (not owned); nullptr: none.
  void setSelectionModel(SelectionModel* selection);
  [[nodiscard]] SelectionModel* selectionModel() const { return mSelection; }
  /// The last completed background frame (for tests and screenshots).
  [[nodiscard]] const QImage& frame() const { return mFrame; }
  /// True while a background render is running or scheduled.
  [[nodiscard]] bool isRendering() const;

  /// The 2021 unit code of the city under a widget pixel: a symbol first, then a prefecture;
  /// empty when there is none.
  [[nodiscard]] QString cityAt(QPointF devicePoint) const;
  /// The tooltip of a city: its name, code and counts of clusters and belts.
  [[nodiscard]] QString cityToolTip(const QString& code) const;
  /// The legend rows shown over the map (empty when the legend layer is hidden).
  [[nodiscard]] const std::vector<render::LegendEntry>& legendEntries() const { return mLegend; }

  QSize sizeHint() const override { return {900, 650}; }

 public Q_SLOTS:
  /// Shows new boundaries (paths already built, see PathCache) and zooms to them.
  void setPaths(std::shared_ptr<const cb::render::PathCache> paths);
  /// Shows a new analysis. When its boundaries are not those of the current paths, paths are
  /// built for them (and the view zooms to all).
  void setAnalysis(std::shared_ptr<const cb::Analysis> analysis);
  /// The tests run on the current analysis (nullptr: none), drawn by the ellipse and local
  /// colocation layers; ignored when computed on another analysis.
  void setSignificance(std::shared_ptr<const cb::Significance> significance);
  /// Replaces the layers and re-renders.
  void setLayerStack(const cb::LayerStack& layers);
  /// Centres the view on a city's representative point, keeping the scale.
  void centreOnCity(const QString& code);
  void zoomToAll();
  void zoomIn();
  void zoomOut();

 Q_SIGNALS:
  /// Longitude and latitude (WGS 84 degrees) under the mouse pointer.
  void cursorMoved(double lon, double lat);
  /// The prefecture under the pointer, or an empty name when there is none.
  void prefectureHovered(const QString& name, const QString& code);
  /// A click selected a city (its 2021 unit code), or nothing (an empty code).
  void cityClicked(const QString& code);
  /// A background frame was completed and shown.
  void frameRendered();

 protected:
  bool event(QEvent* event) override;
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
  void click(QPointF devicePoint, Qt::KeyboardModifiers modifiers);
  void onCurrentCityChanged(const QString& code);
  void refreshLegend();
  [[nodiscard]] bool analysisMatchesPaths() const;
  void paintSelection(QPainter& painter) const;
  void paintCityOutline(QPainter& painter, const QString& code, double width) const;

  std::shared_ptr<const render::PathCache> mPaths;
  std::shared_ptr<const Analysis> mAnalysis;
  std::shared_ptr<const Significance> mSignificance;
  LayerStack mLayers;
  std::vector<render::LegendEntry> mLegend;
  QPointer<SelectionModel> mSelection;
  bool mSelecting = false;  // the selection change comes from this map's click
  render::MapStyle mStyle;
  ViewTransform mView;
  QImage mFrame;
  ViewTransform mFrameView;  // the view mFrame was rendered for
  QFutureWatcher<QImage> mWatcher;
  ViewTransform mRenderingView;
  std::shared_ptr<std::atomic<bool>> mCancel;
  QTimer mRenderTimer;
  bool mDragging = false;
  bool mMoved = false;  // the press became a drag (not a click)
  QPointF mPressPos;
  QPointF mDragLast;
  std::optional<std::size_t> mHovered;
  CoordinateTransform mToLonLat;
};

}  // namespace cb::ui
