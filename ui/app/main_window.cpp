// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <vector>

#include "ui/app/language.h"
#include "ui/app/recent_files.h"
#include "ui/controllers/data_export.h"
#include "ui/controllers/document_controller.h"
#include "ui/controllers/document_history.h"
#include "ui/controllers/progress_presenter.h"
#include "ui/controllers/significance_controller.h"
#include "ui/controllers/project_controller.h"
#include "ui/controllers/selection_model.h"
#include "ui/dialogs/column_mapping_dialog.h"
#include "ui/dialogs/row_filter_dialog.h"
#include "ui/dialogs/export_dialog.h"
#include "ui/dialogs/unresolved_dialog.h"
#include "ui/map/map_canvas.h"
#include "ui/models/layer_tree_model.h"
#include "ui/panels/chart_panel.h"
#include "ui/panels/city_inspector.h"
#include "ui/panels/layer_panel.h"
#include "ui/panels/significance_section.h"
#include "ui/panels/summary_panel.h"
#include "ui/panels/table_panel.h"

namespace cb::ui {

/// The docks, menus and actions whose texts retranslate() sets: they are made without text and
/// named here, so that a change of language reaches every one.
struct MainWindow::Texts {
  QDockWidget *layers, *inspector, *summary, *tables, *charts;
  QMenu *file, *edit, *recent, *data, *analysis, *help;
  QAction *undo, *redo, *openProject, *save, *saveAs, *boundaries, *clusters, *belts, *figure, *quick, *quit;
  std::vector<QAction*> exports;  // in the order of retranslate()'s texts
  QAction *all, *in, *out, *unresolved, *filterClusters, *filterBelts, *clear, *about;
  QToolBar* toolbar;
};

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      mDocument(new DocumentController(this)),
      mSelection(new SelectionModel(this)),
      mLayers(new LayerTreeModel(this)),
      mCanvas(new MapCanvas(this)),
      mHistory(new DocumentHistory(mDocument, mLayers, this)),
      mProject(new ProjectController(mDocument, mLayers, mCanvas, mHistory, this)),
      mSignificance(new SignificanceController(this)),
      mTexts(std::make_unique<Texts>()) {
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
  retranslate();
  connectDocument();

  QSettings settings;
  resize(1400, 900);  // first start; a saved geometry replaces it
  restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
  restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

MainWindow::~MainWindow() {
  // The undo stack is cleared when it is destroyed with the other children, after mTexts is gone:
  // its indexChanged must no longer reach retranslateUndo (closing with steps to undo crashed).
  disconnect(mHistory->undoStack(), nullptr, this, nullptr);
}

void MainWindow::start(const AnalysisInputs& inputs) {
  mDocument->setInputs(inputs);
  mHistory->reset();
}

QDockWidget* MainWindow::addDock(QWidget* content, const QString& objectName, Qt::DockWidgetArea area) {
  auto* dock = new QDockWidget(this);
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
  mLayerPanel = new LayerPanel(mLayers, this);
  QDockWidget* layers = mTexts->layers = addDock(mLayerPanel, QStringLiteral("layersDock"), Qt::LeftDockWidgetArea);
  QDockWidget* inspector = mTexts->inspector =
      addDock(mInspector, QStringLiteral("inspectorDock"), Qt::RightDockWidgetArea);
  QDockWidget* summary = mTexts->summary =
      addDock(mSummary, QStringLiteral("summaryDock"), Qt::RightDockWidgetArea);
  QDockWidget* tables = mTexts->tables =
      addDock(mTables, QStringLiteral("tablesDock"), Qt::BottomDockWidgetArea);
  QDockWidget* charts = mTexts->charts =
      addDock(mCharts, QStringLiteral("chartsDock"), Qt::BottomDockWidgetArea);
  tabifyDockWidget(inspector, summary);
  inspector->raise();
  splitDockWidget(tables, charts, Qt::Horizontal);
  resizeDocks({layers, inspector}, {240, 380}, Qt::Horizontal);
  resizeDocks({tables}, {240}, Qt::Vertical);

  mViewMenu = new QMenu(this);
  for (QDockWidget* dock : {layers, inspector, summary, tables, charts}) mViewMenu->addAction(dock->toggleViewAction());
  connect(mSummary, &SummaryPanel::reviewUnresolvedRequested, this, &MainWindow::showUnresolved);
}

void MainWindow::createMenus() {
  Texts& t = *mTexts;
  QMenu* file = t.file = menuBar()->addMenu(QString());
  t.openProject = file->addAction(QString(), mProject, &ProjectController::chooseAndOpen);
  t.openProject->setShortcut(QKeySequence::Open);
  t.recent = file->addMenu(QString());
  mRecent = new RecentFiles(QStringLiteral("recentProjects"), t.recent, this);
  connect(mRecent, &RecentFiles::fileChosen, mProject, &ProjectController::open);
  connect(mProject, &ProjectController::projectUsed, mRecent, &RecentFiles::add);
  connect(mProject, &ProjectController::currentFileChanged, this, &MainWindow::updateTitle);
  t.save = file->addAction(QString(), mProject, &ProjectController::save);
  t.save->setShortcut(QKeySequence::Save);
  t.saveAs = file->addAction(QString(), mProject, &ProjectController::saveAs);
  t.saveAs->setShortcut(QKeySequence::SaveAs);
  file->addSeparator();
  t.boundaries = file->addAction(QString(), this, &MainWindow::chooseBoundaries);
  t.boundaries->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
  t.clusters = file->addAction(QString(), this, [this] { chooseTable(true); });
  t.clusters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
  t.belts = file->addAction(QString(), this, [this] { chooseTable(false); });
  t.belts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
  file->addSeparator();
  t.figure = file->addAction(QString(), this, &MainWindow::exportFigure);
  t.figure->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  t.quick = file->addAction(QString(), this, &MainWindow::exportCurrentView);
  t.quick->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
  t.data = file->addMenu(QString());
  for (const ExportWhat what :
       {ExportWhat::Outcomes, ExportWhat::Ellipses, ExportWhat::Clusters, ExportWhat::Belts, ExportWhat::Cities,
        ExportWhat::OverTime}) {
    t.exports.push_back(t.data->addAction(
        QString(), this, [this, what] { exportDataInteractively(this, mDocument->analysis(), what); }));
  }
  file->addSeparator();
  t.quit = file->addAction(QString(), this, &QWidget::close);
  t.quit->setShortcut(QKeySequence::Quit);

  // Undo and redo name the step they take ("Undo Hide Clusters"); retranslate() sets the texts.
  QUndoStack* undo = mHistory->undoStack();
  QMenu* edit = t.edit = menuBar()->addMenu(QString());
  t.undo = edit->addAction(QString(), undo, &QUndoStack::undo);
  t.undo->setShortcut(QKeySequence::Undo);
  t.undo->setEnabled(false);
  t.redo = edit->addAction(QString(), undo, &QUndoStack::redo);
  t.redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
  t.redo->setEnabled(false);
  connect(undo, &QUndoStack::canUndoChanged, t.undo, &QAction::setEnabled);
  connect(undo, &QUndoStack::canRedoChanged, t.redo, &QAction::setEnabled);
  connect(undo, &QUndoStack::indexChanged, this, &MainWindow::retranslateUndo);
  connect(mHistory, &DocumentHistory::modifiedChanged, this, &QWidget::setWindowModified);

  menuBar()->addMenu(mViewMenu);
  mViewMenu->addSeparator();
  t.all = mViewMenu->addAction(QString(), mCanvas, &MapCanvas::zoomToAll);
  t.all->setShortcut(Qt::Key_Home);
  t.in = mViewMenu->addAction(QString(), mCanvas, &MapCanvas::zoomIn);
  t.in->setShortcut(QKeySequence::ZoomIn);
  t.out = mViewMenu->addAction(QString(), mCanvas, &MapCanvas::zoomOut);
  t.out->setShortcut(QKeySequence::ZoomOut);
  mViewMenu->addSeparator();
  mViewMenu->addMenu(new LanguageMenu(mViewMenu));

  t.analysis = menuBar()->addMenu(QString());
  t.unresolved = t.analysis->addAction(QString(), this, &MainWindow::showUnresolved);
  t.unresolved->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
  t.filterClusters = t.analysis->addAction(QString(), this, [this] { chooseFilters(true); });
  t.filterBelts = t.analysis->addAction(QString(), this, [this] { chooseFilters(false); });
  t.clear = t.analysis->addAction(QString(), mSelection, &SelectionModel::clear);
  t.clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

  t.help = menuBar()->addMenu(QString());
  t.about = t.help->addAction(QString(), this, &MainWindow::showAbout);

  QToolBar* toolbar = t.toolbar = addToolBar(QString());
  toolbar->setObjectName(QStringLiteral("mainToolBar"));
  toolbar->addAction(t.openProject);
  toolbar->addAction(t.save);
  toolbar->addSeparator();
  toolbar->addAction(t.boundaries);
  toolbar->addAction(t.clusters);
  toolbar->addAction(t.belts);
  toolbar->addAction(t.figure);
  toolbar->addSeparator();
  toolbar->addAction(t.all);
  toolbar->addAction(t.in);
  toolbar->addAction(t.out);
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
  Texts& t = *mTexts;
  t.layers->setWindowTitle(tr("Layers"));  // the docks' View menu entries follow their titles
  t.inspector->setWindowTitle(tr("City Inspector"));
  t.summary->setWindowTitle(tr("Summary"));
  t.tables->setWindowTitle(tr("Tables"));
  t.charts->setWindowTitle(tr("Charts"));

  t.file->setTitle(tr("&File"));
  t.edit->setTitle(tr("&Edit"));
  retranslateUndo();
  t.openProject->setText(tr("&Open Project…"));
  t.recent->setTitle(tr("Open &Recent"));
  t.save->setText(tr("&Save Project"));
  t.saveAs->setText(tr("Save Project &As…"));
  t.boundaries->setText(tr("Open &Boundaries…"));
  t.clusters->setText(tr("Open &Clusters…"));
  t.belts->setText(tr("Open B&elts…"));
  t.figure->setText(tr("Export &Figure…"));
  t.quick->setText(tr("Export Current &View…"));
  t.data->setTitle(tr("Export &Data"));
  const QString exports[] = {tr("Match &Outcomes by City…"), tr("&Ellipses…"), tr("&Clusters Table…"),
                             tr("&Belts Table…"), tr("C&ities Table…"), tr("Ellipses over &Time…")};
  for (std::size_t i = 0; i < t.exports.size(); ++i) t.exports[i]->setText(exports[i]);
  t.quit->setText(tr("&Quit"));

  mViewMenu->setTitle(tr("&View"));
  t.all->setText(tr("Zoom to &All"));
  t.in->setText(tr("Zoom &In"));
  t.out->setText(tr("Zoom &Out"));

  t.analysis->setTitle(tr("&Analysis"));
  t.unresolved->setText(tr("Review &Unresolved Rows…"));
  t.filterClusters->setText(tr("&Filter Clusters…"));
  t.filterBelts->setText(tr("Filter &Belts…"));
  t.clear->setText(tr("Clear &Selection"));
  t.help->setTitle(tr("&Help"));
  t.about->setText(tr("&About ClusterBelt"));
  t.toolbar->setWindowTitle(tr("Main"));
  // Toolbar buttons name their action without its accelerator: Qt drops the "&" of "&Open" but
  // not the "(&O)" that Chinese texts add.
  static const QRegularExpression accelerator(QStringLiteral("\\(&[^)]\\)|&(?=[^&])"));
  for (QAction* action : t.toolbar->actions()) {
    if (action->isSeparator()) continue;
    const QString plain = QString(action->text()).remove(accelerator);
    action->setIconText(plain);
    action->setToolTip(plain);
  }
  updateTitle();
}

void MainWindow::connectDocument() {
  // The ellipse convention is an input of the analysis: the panel shows and edits the document's.
  mLayerPanel->setSdeOptions(mDocument->inputs().sde);
  mLayerPanel->setCumulativeYears(mDocument->inputs().cumulativeYears);
  connect(mLayerPanel, &LayerPanel::sdeOptionsEdited, mDocument, &DocumentController::setSdeOptions);
  connect(mLayerPanel, &LayerPanel::cumulativeYearsEdited, mDocument, &DocumentController::setCumulativeYears);
  connect(mDocument, &DocumentController::inputsChanged, mLayerPanel, [this](const AnalysisInputs& inputs) {
    mLayerPanel->setSdeOptions(inputs.sde);
    mLayerPanel->setCumulativeYears(inputs.cumulativeYears);
  });
  connect(mDocument, &DocumentController::pathsChanged, mCanvas, &MapCanvas::setPaths);
  connect(mDocument, &DocumentController::analysisChanged, mCanvas, &MapCanvas::setAnalysis);
  connect(mDocument, &DocumentController::analysisChanged, mInspector, &CityInspector::setAnalysis);
  connect(mDocument, &DocumentController::analysisChanged, mTables, &TablePanel::setAnalysis);
  connect(mDocument, &DocumentController::analysisChanged, mCharts, &ChartPanel::setAnalysis);
  connect(mDocument, &DocumentController::analysisChanged, mSummary, &SummaryPanel::setAnalysis);
  connect(mDocument, &DocumentController::analysisChanged, mSignificance, &SignificanceController::setAnalysis);
  SignificanceSection* tests = mSummary->significance();
  connect(tests, &SignificanceSection::runRequested, mSignificance, &SignificanceController::run);
  connect(tests, &SignificanceSection::cancelRequested, mSignificance, &SignificanceController::cancel);
  connect(mSignificance, &SignificanceController::busyChanged, tests, &SignificanceSection::setBusy);
  connect(mSignificance, &SignificanceController::progress, tests, &SignificanceSection::setProgress);
  connect(mSignificance, &SignificanceController::resultChanged, tests, &SignificanceSection::setResult);
  connect(mSignificance, &SignificanceController::resultChanged, mCanvas, &MapCanvas::setSignificance);
  connect(tests, &SignificanceSection::exportRequested, this, [this] {
    if (mDocument->analysis() && mSignificance->result()) {
      exportSignificanceInteractively(this, *mDocument->analysis(), *mSignificance->result());
    }
  });
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

void MainWindow::chooseFilters(bool clusters) {
  const PointKind kind = clusters ? PointKind::Cluster : PointKind::Belt;
  const DataSource& current = clusters ? mDocument->inputs().clusters : mDocument->inputs().belts;
  const std::optional<DataSource> source = RowFilterDialog::choose(kind, current, this);
  if (!source || *source == current) return;
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
  dialog.setSignificance(mCanvas->significance());
  connect(&dialog, &ExportDialog::exported, this, [this](const QString& path) {
    statusBar()->showMessage(tr("Wrote %1").arg(path), 8000);
  });
  dialog.exec();
}

void MainWindow::exportCurrentView() {
  if (!mDocument->analysis()) return;
  const render::FigureExportResult result = ExportDialog::exportCurrentView(
      this, mDocument->analysis(), mDocument->paths(), mCanvas->layerStack(), mCanvas->view(), mSelection->currentCity(),
      mCanvas->significance());
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

void MainWindow::retranslateUndo() {
  const QUndoStack* undo = mHistory->undoStack();
  mTexts->undo->setText(undo->canUndo() ? tr("&Undo %1").arg(undo->undoText()) : tr("&Undo"));
  mTexts->redo->setText(undo->canRedo() ? tr("&Redo %1").arg(undo->redoText()) : tr("&Redo"));
}

void MainWindow::updateTitle() {
  // "[*]" shows as "*" while the project has unsaved changes (setWindowModified).
  const QString file = mProject->currentFile();
  setWindowTitle(file.isEmpty() ? tr("ClusterBelt[*]") : tr("%1[*] — ClusterBelt").arg(QFileInfo(file).fileName()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!mProject->confirmDiscardOrSave()) {
    event->ignore();
    return;
  }
  QSettings settings;
  settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("mainWindow/state"), saveState());
  event->accept();
}

}  // namespace cb::ui
