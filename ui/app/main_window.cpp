// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

#include "ui/controllers/document_controller.h"
#include "ui/map/map_canvas.h"

namespace cb::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), mDocument(new DocumentController(this)), mCanvas(new MapCanvas(this)) {
  setWindowTitle(tr("ClusterBelt"));
  setCentralWidget(mCanvas);
  mCoordinates = new QLabel(this);
  mHovered = new QLabel(this);
  mCoordinates->setMinimumWidth(220);
  statusBar()->addWidget(mHovered, 1);
  statusBar()->addPermanentWidget(mCoordinates);
  createActions();

  connect(mCanvas, &MapCanvas::cursorMoved, this, [this](double lon, double lat) {
    mCoordinates->setText(tr("%1°E  %2°N").arg(lon, 0, 'f', 4).arg(lat, 0, 'f', 4));
  });
  connect(mCanvas, &MapCanvas::prefectureHovered, this, [this](const QString& name, const QString& code) {
    mHovered->setText(name.isEmpty() ? QString() : tr("%1 (%2)").arg(name, code));
  });
  connect(mDocument, &DocumentController::progress, this, [this](int percent, const QString& step) {
    statusBar()->showMessage(tr("Computing: %1 (%2 %)").arg(step).arg(percent));
  });
  connect(mDocument, &DocumentController::pathsChanged, mCanvas, &MapCanvas::setPaths);
  connect(mDocument, &DocumentController::analysisChanged, this, [this](const auto& analysis) {
    const auto& b = *analysis->boundaries;
    statusBar()->showMessage(tr("%1: %2 prefecture-level units, %3 provinces")
                                 .arg(QFileInfo(QString::fromStdString(b.sourcePath())).fileName())
                                 .arg(b.prefectures().size())
                                 .arg(b.provinces().size()),
                             8000);
  });
  connect(mDocument, &DocumentController::analysisFailed, this, [this](const QString& message) {
    statusBar()->clearMessage();
    QMessageBox::warning(this, tr("Cannot use these data"), message);
  });

  QSettings settings;
  resize(1280, 860);  // first start; a saved geometry replaces it
  restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
  restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* open = file->addAction(tr("Open &Boundaries…"), this, &MainWindow::chooseBoundaries);
  open->setShortcut(QKeySequence::Open);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  QAction* all = view->addAction(tr("Zoom to &All"), mCanvas, &MapCanvas::zoomToAll);
  all->setShortcut(Qt::Key_Home);
  QAction* in = view->addAction(tr("Zoom &In"), mCanvas, &MapCanvas::zoomIn);
  in->setShortcut(QKeySequence::ZoomIn);
  QAction* out = view->addAction(tr("Zoom &Out"), mCanvas, &MapCanvas::zoomOut);
  out->setShortcut(QKeySequence::ZoomOut);

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About ClusterBelt"), this, &MainWindow::showAbout);

  QToolBar* toolbar = addToolBar(tr("Map"));
  toolbar->setObjectName(QStringLiteral("mapToolBar"));
  toolbar->addAction(open);
  toolbar->addSeparator();
  toolbar->addAction(all);
  toolbar->addAction(in);
  toolbar->addAction(out);
}

void MainWindow::openBoundaries(const QString& path) { mDocument->openBoundaries(path); }

void MainWindow::chooseBoundaries() {
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Open Boundaries"), QString(),
      tr("Vector data (*.gpkg *.shp *.geojson *.json);;All files (*)"));
  if (!path.isEmpty()) openBoundaries(path);
}

void MainWindow::showAbout() {
  QMessageBox::about(this, tr("About ClusterBelt"),
                     tr("<p><b>ClusterBelt %1</b></p>"
                        "<p>Maps and matches China's national industrial clusters and online industrial belts.</p>"
                        "<p>Licensed under the GNU General Public License, version 3 or later. "
                        "Uses Qt, GDAL, PROJ, GEOS and QCustomPlot (GPL-3.0).</p>")
                         .arg(QStringLiteral(CLUSTERBELT_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event) {
  QSettings settings;
  settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("mainWindow/state"), saveState());
  event->accept();
}

}  // namespace cb::ui
