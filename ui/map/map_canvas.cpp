// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/map_canvas.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

#include "core/analysis/analysis.h"
#include "ui/controllers/selection_model.h"
#include "ui/render/map_renderer.h"

namespace cb::ui {
namespace {
constexpr double kWheelStepFactor = 1.25;     // one wheel notch
constexpr double kMinMetresPerPixel = 2.0;    // about a street block
constexpr double kMaxMetresPerPixel = 50000;  // all of Asia in a small window
constexpr int kRenderDelayMs = 60;            // debounce between the last input and a re-render
constexpr double kClickSlopPx = 4.0;          // a press that moves less than this is a click
constexpr double kSymbolTolerancePx = 2.0;    // symbols are small: a near miss still hits
}  // namespace

MapCanvas::MapCanvas(QWidget* parent)
    : QWidget(parent), mLayers(LayerStack::studyDefaults()), mToLonLat(CoordinateTransform::chinaAlbersToWgs84()) {
  mStyle.screenLines = true;  // fast outlines: the canvas re-renders after every pan and zoom
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

void MapCanvas::setAnalysis(std::shared_ptr<const Analysis> analysis) {
  mAnalysis = std::move(analysis);
  mSignificance.reset();  // computed on the previous analysis
  refreshLegend();
  if (mAnalysis && mAnalysis->boundaries && (!mPaths || mPaths->boundariesPtr() != mAnalysis->boundaries)) {
    setPaths(std::make_shared<const render::PathCache>(mAnalysis->boundaries));
    return;
  }
  update();
  scheduleRender(0);
}

void MapCanvas::setSignificance(std::shared_ptr<const Significance> significance) {
  if (significance == mSignificance) return;
  mSignificance = std::move(significance);
  refreshLegend();
  update();
  scheduleRender(0);
}

void MapCanvas::setLayerStack(const LayerStack& layers) {
  if (layers == mLayers) return;
  mLayers = layers;
  refreshLegend();
  update();
  scheduleRender(0);
}

void MapCanvas::setSelectionModel(SelectionModel* selection) {
  if (mSelection) disconnect(mSelection, nullptr, this, nullptr);
  mSelection = selection;
  if (mSelection) {
    connect(mSelection, &SelectionModel::currentCityChanged, this, &MapCanvas::onCurrentCityChanged);
    connect(mSelection, &SelectionModel::selectionChanged, this, [this] { update(); });
  }
  update();
}

void MapCanvas::refreshLegend() {
  mLegend = mLayers.firstVisible(LayerKind::Legend) != nullptr
                ? render::LegendPainter::entries(mAnalysis.get(), mLayers, mSignificance.get())
                : std::vector<render::LegendEntry>();
}

void MapCanvas::setView(const ViewTransform& view) {
  mView = view;
  update();
  scheduleRender(kRenderDelayMs);
}

bool MapCanvas::isRendering() const { return mWatcher.isRunning() || mRenderTimer.isActive(); }

bool MapCanvas::analysisMatchesPaths() const {
  return mAnalysis && mPaths && mAnalysis->boundaries == mPaths->boundariesPtr();
}

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

void MapCanvas::centreOnCity(const QString& code) {
  if (!mAnalysis || !mView.isValid() || code.isEmpty()) return;
  const std::optional<Point2> point = mAnalysis->cityPoint(code.toStdString());
  if (!point) return;
  setView(ViewTransform(*point, mView.metresPerPixel(), mView.width(), mView.height()));
}

void MapCanvas::onCurrentCityChanged(const QString& code) {
  if (!mSelecting) centreOnCity(code);
  update();
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
  // The worker owns shared copies of everything it reads: no locks, no widget access. The legend
  // is an overlay (it must not move while the frame is dragged), so the frame has none.
  mWatcher.setFuture(QtConcurrent::run([paths = mPaths, analysis = analysisMatchesPaths() ? mAnalysis : nullptr,
                                        significance = mSignificance, layers = mLayers, view = mView,
                                        style = mStyle, dpr = devicePixelRatioF(), cancel = mCancel] {
    return render::renderLayersImage(*paths, analysis.get(), layers, view, style, dpr, cancel.get(), false,
                                     significance.get());
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
  if (!mPaths || !mView.isValid()) return;
  painter.setRenderHint(QPainter::Antialiasing);
  if (mHovered) {
    painter.save();
    painter.setWorldTransform(render::toQTransform(mView));
    painter.setPen(render::cosmeticPen(QColor(0x00, 0x72, 0xB2), 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(mPaths->prefecture(*mHovered, render::PathCache::lodFor(mView.metresPerPixel())));
    painter.restore();
  }
  paintSelection(painter);
  if (const MapLayer* legend = mLayers.firstVisible(LayerKind::Legend)) {
    render::LegendPainter::paint(painter, mLegend, *legend, QRectF(rect()), mStyle);
  }
}

void MapCanvas::paintCityOutline(QPainter& painter, const QString& code, double width) const {
  const std::size_t lod = render::PathCache::lodFor(mView.metresPerPixel());
  painter.save();
  painter.setWorldTransform(render::toQTransform(mView));
  painter.setBrush(Qt::NoBrush);
  const std::vector<std::size_t>& regions = mAnalysis->units.regionsOfUnit(code.toStdString());
  // A white casing under a black line stays visible on every fill, in colour and in greyscale.
  for (const auto& [color, extra] : {std::pair{QColor(255, 255, 255, 230), 3.0}, std::pair{QColor(0, 0, 0), 0.0}}) {
    painter.setPen(render::cosmeticPen(color, width + extra));
    for (std::size_t index : regions) painter.drawPath(mPaths->prefecture(index, lod));
  }
  painter.restore();
}

void MapCanvas::paintSelection(QPainter& painter) const {
  if (!mSelection || !analysisMatchesPaths()) return;
  for (const QString& code : mSelection->selectedCities()) {
    if (code != mSelection->currentCity()) paintCityOutline(painter, code, 1.8);
  }
  const QString current = mSelection->currentCity();
  if (current.isEmpty()) return;
  paintCityOutline(painter, current, 3.0);
  if (const std::optional<Point2> point = mAnalysis->cityPoint(current.toStdString())) {
    const Point2 device = mView.toDevice(*point);
    const QPointF centre(device.x, device.y);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(255, 255, 255, 230), 5.0));
    painter.drawEllipse(centre, 5.0, 5.0);
    painter.setPen(QPen(QColor(0, 0, 0), 2.0));
    painter.drawEllipse(centre, 5.0, 5.0);
  }
}

QString MapCanvas::cityAt(QPointF devicePoint) const {
  if (!mView.isValid()) return {};
  if (mAnalysis) {
    const std::vector<render::PlacedSymbol> placed =
        render::layoutSymbols(mAnalysis->symbols, mLayers, mView, render::imagePxPerMm());
    // Backwards: the symbols painted last (the smallest) are on top.
    for (auto it = placed.rbegin(); it != placed.rend(); ++it) {
      const QPointF d = devicePoint - it->centre;
      if (std::hypot(d.x(), d.y()) <= it->radius + kSymbolTolerancePx) {
        return QString::fromStdString(mAnalysis->symbols[it->city].code);
      }
    }
  }
  if (!mPaths) return {};
  const Point2 world = mView.toWorld({devicePoint.x(), devicePoint.y()});
  const std::optional<std::size_t> region = mPaths->boundaries().prefectureAt(world);
  if (!region) return {};
  if (analysisMatchesPaths()) return QString::fromStdString(mAnalysis->units.unitOfRegion(*region));
  return QString::fromStdString(mPaths->boundaries().prefectures().regions()[*region].code);
}

QString MapCanvas::cityToolTip(const QString& code) const {
  if (code.isEmpty()) return {};
  QString name;
  int clusters = 0, belts = 0;
  if (mAnalysis) {
    if (const CityMatch* city = mAnalysis->city(code.toStdString())) {
      name = QString::fromStdString(city->name);
      clusters = static_cast<int>(city->clusters.size());
      belts = static_cast<int>(city->belts.size());
    } else {
      const auto& units = mAnalysis->unitList;
      const auto it = std::find_if(units.begin(), units.end(), [&](const PrefectureUnit& u) {
        return u.code == code.toStdString();
      });
      if (it != units.end()) name = QString::fromStdString(it->name);
    }
  }
  if (name.isEmpty() && mPaths) {
    const auto& layer = mPaths->boundaries().prefectures();
    if (const auto index = layer.indexOfCode(code.toStdString())) {
      name = QString::fromStdString(layer.regions()[*index].name);
    }
  }
  const QString header = tr("%1 (%2)").arg(name.isEmpty() ? code : name, code);
  if (!mAnalysis) return header;
  return header + QLatin1Char('\n') + tr("%n cluster(s)", nullptr, clusters) + QStringLiteral(", ") +
         tr("%n belt(s)", nullptr, belts);
}

bool MapCanvas::event(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    refreshLegend();  // its rows keep their texts; the frame below holds none
    update();
  }
  if (event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    const QString text = cityToolTip(cityAt(help->pos()));
    if (text.isEmpty()) {
      QToolTip::hideText();
    } else {
      QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
  }
  return QWidget::event(event);
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
    mMoved = false;
    mPressPos = event->position();
    mDragLast = event->position();
    setCursor(Qt::ClosedHandCursor);
  }
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
  if (mDragging && mView.isValid()) {
    const QPointF fromPress = event->position() - mPressPos;
    mMoved = mMoved || std::hypot(fromPress.x(), fromPress.y()) >= kClickSlopPx;
    if (mMoved) {
      const QPointF delta = event->position() - mDragLast;
      mDragLast = event->position();
      mView = mView.pannedBy(delta.x(), delta.y());
      update();
      scheduleRender(kRenderDelayMs * 3);  // wait for the drag to pause
    }
  }
  updateHover(event->position());
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton && mDragging) {
    mDragging = false;
    setCursor(Qt::OpenHandCursor);
    if (mMoved) {
      scheduleRender(0);
    } else {
      click(event->position(), event->modifiers());
    }
  }
}

void MapCanvas::click(QPointF devicePoint, Qt::KeyboardModifiers modifiers) {
  const QString code = cityAt(devicePoint);
  if (mSelection) {
    mSelecting = true;
    if (modifiers.testFlag(Qt::ControlModifier) && !code.isEmpty()) {
      QStringList selected = mSelection->selectedCities();
      if (selected.contains(code)) {
        selected.removeAll(code);
        mSelection->setSelectedCities(selected, mSelection->currentCity() == code ? QString() : mSelection->currentCity());
      } else {
        selected.push_back(code);
        mSelection->setSelectedCities(selected, code);
      }
    } else {
      mSelection->setCurrentCity(code);
    }
    mSelecting = false;
  }
  update();
  Q_EMIT cityClicked(code);
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
    case Qt::Key_Escape:
      if (mSelection) mSelection->clear();
      break;
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
