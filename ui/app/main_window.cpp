// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

#include "ui/app/recent_files.h"
#include "ui/controllers/data_export.h"
#include "ui/controllers/document_controller.h"
#include "ui/controllers/progress_presenter.h"
#include "ui/controllers/project_controller.h"
#include "ui/controllers/selection_model.h"
#include "ui/dialogs/column_mapping_dialog.h"
#include "ui/dialogs/export_dialog.h"
#include "ui/dialogs/unresolved_dialog.h"
#include "ui/map/map_canvas.h"
#include "ui/models/layer_tree_model.h"
#include "ui/panels/chart_panel.h"
#include "ui/panels/city_inspector.h"
#include "ui/panels/layer_panel.h"
#include "ui/panels/summary_panel.h"
#include "ui/panels/table_panel.h"

namespace cb::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      mDocument(new DocumentController(this)),
      mSelection(new SelectionModel(this)),
      mLayers(new LayerTreeModel(this)),
      mCanvas(new MapCanvas(this)),
      mProject(new ProjectController(mDocument, mLayers, mCanvas, this)) {
  setObjectName(QStringLiteral("mainWindow"));
  setCentralWidget(mCanvas);
  mCanvas->setSelectionModel(mSelection);
  mCanvas->setLayerStack(mLayers->layerStack());
  connect(mLayers, &LayerTreeModel::layerStackChanged, mCanvas, &MapCanvas::setLayerStack);

  mCoordinates = new QLabel(this);
  mCoordinates->setMinimumWidth(220);
  mHovered = new QLabel(this);
  statusBar()->addWidget(mHovered, 1);
  statusBar()->addPermanentWidget(mCoordinates);
  new ProgressPresenter(mDocument, statusBar(), this);

  createDocks();
  createMenus();
  connectDocument();
  updateTitle();

  QSettings settings;
  resize(1400, 900);  // first start; a saved geometry replaces it
  restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
  restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addDock(QWidget* content, const QString& title, const QString& objectName,
                                 Qt::DockWidgetArea area) {
  auto* dock = new QDockWidget(title, this);
  dock->setObjectName(objectName);  // saveState() needs a stable name
  dock->setWidget(content);
  addDockWidget(area, dock);
  return dock;
}

void MainWindow::createDocks() {
  mInspector = new CityInspector(mSelection, this);
  mSummary = new SummaryPanel(this);
  mTables = new TablePanel(mSelection, this);
  mCharts = new ChartPanel(mSelection, this);
  QDockWidget* layers = addDock(new LayerPanel(mLayers, this), tr("Layers"), QStringLiteral("layersDock"),
                                Qt::LeftDockWidgetArea);
  QDockWidget* inspector = addDock(mInspector, tr("City Inspector"), QStringLiteral("inspectorDock"),
                                   Qt::RightDockWidgetArea);
  QDockWidget* summary = addDock(mSummary, tr("Summary"), QStringLiteral("summaryDock"), Qt::RightDockWidgetArea);
  QDockWidget* tables = addDock(mTables, tr("Tables"), QStringLiteral("tablesDock"), Qt::BottomDockWidgetArea);
  QDockWidget* charts = addDock(mCharts, tr("Charts"), QStringLiteral("chartsDock"), Qt::BottomDockWidgetArea);
  tabifyDockWidget(inspector, summary);
  inspector->raise();
  splitDockWidget(tables, charts, Qt::Horizontal);
  resizeDocks({layers, inspector}, {240, 380}, Qt::Horizontal);
  resizeDocks({tables}, {240}, Qt::Vertical);

  mViewMenu = new QMenu(tr("&View"), this);
  for (QDockWidget* dock : {layers, inspector, summary, tables, charts}) mViewMenu->addAction(dock->toggleViewAction());
  connect(mSummary, &SummaryPanel::reviewUnresolvedRequested, this, &MainWindow::showUnresolved);
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* openProject = file->addAction(tr("&Open Project…"), mProject, &ProjectController::chooseAndOpen);
  openProject->setShortcut(QKeySequence::Open);
  QMenu* recent = file->addMenu(tr("Open &Recent"));
  mRecent = new RecentFiles(QStringLiteral("recentProjects"), recent, this);
  connect(mRecent, &RecentFiles::fileChosen, mProject, &ProjectController::open);
  connect(mProject, &ProjectController::projectUsed, mRecent, &RecentFiles::add);
  connect(mProject, &ProjectController::currentFileChanged, this, &MainWindow::updateTitle);
  QAction* save = file->addAction(tr("&Save Project"), mProject, &ProjectController::save);
  save->setShortcut(QKeySequence::Save);
  QAction* saveAs = file->addAction(tr("Save Project &As…"), mProject, &ProjectController::saveAs);
  saveAs->setShortcut(QKeySequence::SaveAs);
  file->addSeparator();
  QAction* boundaries = file->addAction(tr("Open &Boundaries…"), this, &MainWindow::chooseBoundaries);
  boundaries->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
  QAction* clusters = file->addAction(tr("Open &Clusters…"), this, [this] { chooseTable(true); });
  clusters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
  QAction* belts = file->addAction(tr("Open B&elts…"), this, [this] { chooseTable(false); });
  belts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
  file->addSeparator();
  QAction* figure = file->addAction(tr("Export &Figure…"), this, &MainWindow::exportFigure);
  figure->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  QAction* quick = file->addAction(tr("Export Current &View…"), this, &MainWindow::exportCurrentView);
  quick->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
  QMenu* dataMenu = file->addMenu(tr("Export &Data"));
  const std::pair<ExportWhat, QString> exports[] = {
      {ExportWhat::Outcomes, tr("Match &Outcomes by City…")}, {ExportWhat::Ellipses, tr("&Ellipses…")},
      {ExportWhat::Clusters, tr("&Clusters Table…")},         {ExportWhat::Belts, tr("&Belts Table…")},
      {ExportWhat::Cities, tr("C&ities Table…")}};
  for (const auto& [what, text] : exports) {
    dataMenu->addAction(text, this, [this, what = what] { exportDataInteractively(this, mDocument->analysis(), what); });
  }
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  menuBar()->addMenu(mViewMenu);
  mViewMenu->addSeparator();
  QAction* all = mViewMenu->addAction(tr("Zoom to &All"), mCanvas, &MapCanvas::zoomToAll);
  all->setShortcut(Qt::Key_Home);
  QAction* in = mViewMenu->addAction(tr("Zoom &In"), mCanvas, &MapCanvas::zoomIn);
  in->setShortcut(QKeySequence::ZoomIn);
  QAction* out = mViewMenu->addAction(tr("Zoom &Out"), mCanvas, &MapCanvas::zoomOut);
  out->setShortcut(QKeySequence::ZoomOut);

  QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
  QAction* unresolved = analysis->addAction(tr("Review &Unresolved Rows…"), this, &MainWindow::showUnresolved);
  unresolved->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
  QAction* clear = analysis->addAction(tr("Clear &Selection"), mSelection, &SelectionModel::clear);
  clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About ClusterBelt"), this, &MainWindow::showAbout);

  QToolBar* toolbar = addToolBar(tr("Main"));
  toolbar->setObjectName(QStringLiteral("mainToolBar"));
  toolbar->addAction(openProject);
  toolbar->addAction(save);
  toolbar->addSeparator();
  toolbar->addAction(boundaries);
  toolbar->addAction(clusters);
  toolbar->addAction(belts);
  toolbar->addAction(figure);
  toolbar->addSeparator();
  toolbar->addAction(all);
  toolbar->addAction(in);
  toolbar->addAction(out);
}

void MainWindow::connectDocument() {
  connect(mDocument, &DocumentController::pathsChanged, mCanvas, &MapCanvas::setPaths);
  connect(mDocument, &DocumentController::analysisChanged, mCanvas, &MapCanvas::setAnalysis);
  connect(mDocument, &DocumentController::analysisChanged, mInspector, &CityInspector::setAnalysis);
  connect(mDocument, &DocumentController::analysisChanged, mTables, &TablePanel::setAnalysis);
  connect(mDocument, &DocumentController::analysisChanged, mCharts, &ChartPanel::setAnalysis);
  connect(mDocument, &DocumentController::analysisChanged, mSummary, &SummaryPanel::setAnalysis);
  connect(mDocument, &DocumentController::analysisChanged, this, [this](const auto& analysis) {
    if (mUnresolved) mUnresolved->setAnalysis(analysis);
    // A city that is gone from the new data is no longer selectable.
    if (!mSelection->currentCity().isEmpty() && !analysis->city(mSelection->currentCity().toStdString())) {
      mSelection->clear();
    }
  });
  connect(mDocument, &DocumentController::analysisFailed, this, [this](const QString& message) {
    QMessageBox::warning(this, tr("Cannot use these data"), message);
  });
  connect(mSelection, &SelectionModel::currentCityChanged, mCanvas, &MapCanvas::centreOnCity);
  connect(mCanvas, &MapCanvas::cursorMoved, this, [this](double lon, double lat) {
    mCoordinates->setText(tr("%1°E  %2°N").arg(lon, 0, 'f', 4).arg(lat, 0, 'f', 4));
  });
  connect(mCanvas, &MapCanvas::prefectureHovered, this, [this](const QString& name, const QString& code) {
    mHovered->setText(name.isEmpty() ? QString() : tr("%1 (%2)").arg(name, code));
  });
}

void MainWindow::chooseBoundaries() {
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Open Boundaries"), QString(), tr("Vector data (*.gpkg *.shp *.geojson *.json);;All files (*)"));
  if (!path.isEmpty()) mDocument->openBoundaries(path);
}

void MainWindow::chooseTable(bool clusters) {
  const PointKind kind = clusters ? PointKind::Cluster : PointKind::Belt;
  const DataSource& current = clusters ? mDocument->inputs().clusters : mDocument->inputs().belts;
  const std::optional<DataSource> source = ColumnMappingDialog::choose(kind, current, this);
  if (!source) return;
  if (clusters) {
    mDocument->openClusters(*source);
  } else {
    mDocument->openBelts(*source);
  }
}

void MainWindow::showUnresolved() {
  if (!mUnresolved) {
    mUnresolved = new UnresolvedDialog(this);
    connect(mUnresolved, &UnresolvedDialog::placeRequested, mDocument, &DocumentController::placeManually);
  }
  mUnresolved->setAnalysis(mDocument->analysis());
  mUnresolved->show();
  mUnresolved->raise();
}

void MainWindow::exportFigure() {
  if (!mDocument->analysis()) return;
  ExportDialog dialog(mDocument->analysis(), mDocument->paths(), mCanvas->layerStack(), mCanvas->view(),
                      mSelection->currentCity(), this);
  connect(&dialog, &ExportDialog::exported, this, [this](const QString& path) {
    statusBar()->showMessage(tr("Wrote %1").arg(path), 8000);
  });
  dialog.exec();
}

void MainWindow::exportCurrentView() {
  if (!mDocument->analysis()) return;
  const render::FigureExportResult result = ExportDialog::exportCurrentView(
      this, mDocument->analysis(), mDocument->paths(), mCanvas->layerStack(), mCanvas->view(), mSelection->currentCity());
  if (result.ok) statusBar()->showMessage(tr("Figure written"), 8000);
}

void MainWindow::showAbout() {
  QMessageBox::about(this, tr("About ClusterBelt"),
                     tr("<p><b>ClusterBelt %1</b></p>"
                        "<p>Maps and matches China's national industrial clusters and online industrial belts.</p>"
                        "<p>Licensed under the GNU General Public License, version 3 or later. "
                        "Uses Qt, GDAL, PROJ, GEOS and QCustomPlot (GPL-3.0).</p>")
                         .arg(QStringLiteral(CLUSTERBELT_VERSION)));
}

void MainWindow::updateTitle() {
  const QString file = mProject->currentFile();
  setWindowTitle(file.isEmpty() ? tr("ClusterBelt") : tr("%1 — ClusterBelt").arg(QFileInfo(file).fileName()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
  QSettings settings;
  settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("mainWindow/state"), saveState());
  event->accept();
}

}  // namespace cb::ui
