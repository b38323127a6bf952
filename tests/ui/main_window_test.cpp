// SPDX-License-Identifier: GPL-3.0-or-later
// The interactive application end to end, through the main window as a user drives it.
#include "ui/app/main_window.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QMessageBox>
#include <QAbstractButton>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "ui/panels/qcustomplot_include.h"

#include "core/export/analysis_export.h"
#include "core/project/project_io.h"
#include "ui/controllers/document_controller.h"
#include "ui/controllers/document_history.h"
#include "ui/controllers/project_controller.h"
#include "ui/controllers/selection_model.h"
#include "ui/dialogs/row_filter_dialog.h"
#include "ui/map/map_canvas.h"
#include "ui/models/layer_tree_model.h"
#include "ui/models/match_labels.h"
#include "ui/models/pair_table_model.h"
#include "ui/panels/chart_panel.h"
#include "ui/panels/city_inspector.h"
#include "ui/panels/layer_panel.h"
#include "ui/panels/significance_section.h"
#include "ui/panels/summary_panel.h"
#include "ui/panels/table_panel.h"
#include "ui/controllers/significance_controller.h"
#include "ui/panels/trajectory_chart.h"
#include "ui/render/legend_painter.h"
#include "tests/analysis_fixture.h"

namespace cb::ui {
namespace {

AnalysisInputs fixtureInputs() { return test::matchFixtureInputs(); }

/// Waits for the analysis and then for a frame rendered with it.
void waitUntilShown(MainWindow& window) {
  QSignalSpy analysed(window.document(), &DocumentController::analysisChanged);
  if (!window.document()->analysis() || window.document()->isBusy()) {
    ASSERT_TRUE(analysed.wait(30000));
  }
  QSignalSpy rendered(window.canvas(), &MapCanvas::frameRendered);
  ASSERT_TRUE(rendered.wait(10000));
}

struct OpenWindow {
  MainWindow window;
  explicit OpenWindow(const AnalysisInputs& inputs) {
    window.resize(1200, 800);
    window.show();
    window.start(inputs);
    waitUntilShown(window);
  }
};

TEST(MainWindow, ClickOnACityShowsItsPairsInTheInspector) {
  OpenWindow open(fixtureInputs());
  MapCanvas* canvas = open.window.canvas();
  const auto analysis = open.window.document()->analysis();
  const Point2 shenzhen = canvas->view().toDevice(*analysis->cityPoint("440300"));
  QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier,
                    QPoint(static_cast<int>(shenzhen.x), static_cast<int>(shenzhen.y)));
  EXPECT_EQ(open.window.selection()->currentCity(), QStringLiteral("440300"));
  // 深圳 of the fixtures: 3 clusters × 2 belts, worked out by hand in match_engine_test.cpp.
  const PairTableModel* pairs = open.window.inspector()->pairModel();
  ASSERT_EQ(pairs->rowCount(), 6);
  QStringList kinds;
  for (int row = 0; row < pairs->rowCount(); ++row) {
    kinds << pairs->data(pairs->index(row, PairTableModel::Match)).toString();
  }
  // Cluster-major: the ICT cluster is identical to the phone belt and similar to the appliance belt …
  EXPECT_EQ(kinds, (QStringList{QStringLiteral("identical"), QStringLiteral("similar"), QStringLiteral("unrelated"),
                                QStringLiteral("similar"), QStringLiteral("unrelated"), QStringLiteral("unrelated")}))
      << kinds.join(QStringLiteral(", ")).toStdString();
  EXPECT_TRUE(open.window.inspector()->toTabSeparatedText().contains(QStringLiteral("深圳市")));
}

TEST(MainWindow, SelectingATableRowSelectsAndCentresTheCity) {
  OpenWindow open(fixtureInputs());
  TablePanel* tables = open.window.tables();
  QTableView* cities = tables->view(TablePanel::Tab::Cities);
  const QAbstractItemModel* model = cities->model();
  int wenzhouRow = -1;
  for (int row = 0; row < model->rowCount(); ++row) {
    if (model->index(row, 0).data(CityCodeRole).toString() == QStringLiteral("330300")) wenzhouRow = row;
  }
  ASSERT_GE(wenzhouRow, 0) << "温州 is a city of the fixtures";
  cities->selectionModel()->select(model->index(wenzhouRow, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  cities->selectionModel()->setCurrentIndex(model->index(wenzhouRow, 0), QItemSelectionModel::NoUpdate);
  EXPECT_EQ(open.window.selection()->currentCity(), QStringLiteral("330300"));
  const Point2 wenzhou = *open.window.document()->analysis()->cityPoint("330300");
  EXPECT_NEAR(open.window.canvas()->view().center().x, wenzhou.x, 1.0);
  EXPECT_NEAR(open.window.canvas()->view().center().y, wenzhou.y, 1.0);
}

TEST(MainWindow, TogglingALayerChangesTheRenderedMap) {
  OpenWindow open(fixtureInputs());
  const QImage before = open.window.canvas()->frame();
  QSignalSpy rendered(open.window.canvas(), &MapCanvas::frameRendered);
  open.window.layers()->setLayerVisible(QStringLiteral("clusters"), false);
  ASSERT_TRUE(rendered.wait(10000));
  EXPECT_NE(open.window.canvas()->frame(), before);
  EXPECT_FALSE(open.window.canvas()->layerStack().find("clusters")->visible);
}

/// The action of the window's menus whose text (accelerators removed) is `text`, or nullptr.
QAction* menuAction(MainWindow& window, const QString& text) {
  for (QAction* action : window.findChildren<QAction*>()) {
    if (QString(action->text()).remove(QLatin1Char('&')) == text) return action;
  }
  return nullptr;
}

TEST(MainWindow, FilteringTheClustersFromTheAnalysisMenuReruns) {
  OpenWindow w(fixtureInputs());
  const std::size_t before = w.window.document()->analysis()->clusters.records.size();
  QAction* filter = menuAction(w.window, QStringLiteral("Filter Clusters…"));
  ASSERT_NE(filter, nullptr);
  // The dialog is modal: drive it from the event loop once it is up, as a user would.
  bool driven = false;
  QTimer::singleShot(0, [&] {
    auto* dialog = qobject_cast<RowFilterDialog*>(QApplication::activeModalWidget());
    if (dialog == nullptr) FAIL() << "no filter dialog";
    QDeadlineTimer deadline(10000);
    while (!dialog->isLoaded() && !deadline.hasExpired()) QTest::qWait(20);
    if (!dialog->isLoaded()) {
      dialog->reject();
      FAIL() << "the table was not read";
    }
    dialog->columnBox()->setCurrentText(QStringLiteral("program"));
    for (int i = 0; i < dialog->valueList()->count(); ++i) {
      QListWidgetItem* item = dialog->valueList()->item(i);
      item->setCheckState(item->data(Qt::UserRole).toString() == QLatin1String("NDRC-SEI") ? Qt::Checked
                                                                                          : Qt::Unchecked);
    }
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    driven = true;
    dialog->accept();
  });
  QSignalSpy analysed(w.window.document(), &DocumentController::analysisChanged);
  filter->trigger();
  ASSERT_TRUE(driven);
  ASSERT_TRUE(analysed.wait(30000));
  const auto analysis = w.window.document()->analysis();
  EXPECT_EQ(analysis->inputs.clusters.filters, (RowFilters{{"program", {"NDRC-SEI"}}}));
  ASSERT_LT(analysis->clusters.records.size(), before);
  for (const PointRecord& r : analysis->clusters.records) EXPECT_EQ(r.program, "NDRC-SEI");
}

TEST(MainWindow, SavedProjectReopensWithNothingLost) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString file = dir.filePath(QStringLiteral("研究.cbproj"));
  AnalysisInputs inputs = fixtureInputs();
  inputs.sde.k = 2;
  Project saved;
  {
    OpenWindow open(inputs);
    open.window.layers()->setLayerVisible(QStringLiteral("clusters"), false);
    open.window.canvas()->zoomIn();
    const auto unresolved = open.window.document()->analysis()->match.unresolved;
    ASSERT_FALSE(unresolved.empty());
    QSignalSpy analysed(open.window.document(), &DocumentController::analysisChanged);
    open.window.document()->placeManually(PointKind::Cluster, unresolved.front().row, QStringLiteral("330300"));
    ASSERT_TRUE(analysed.wait(30000));
    ASSERT_TRUE(open.window.project()->saveTo(file));
    saved = open.window.project()->snapshot();
  }
  MainWindow reopened;
  reopened.resize(1200, 800);
  reopened.show();
  QSignalSpy analysed(reopened.document(), &DocumentController::analysisChanged);
  ASSERT_TRUE(reopened.project()->open(file));
  ASSERT_TRUE(analysed.wait(30000));
  QTest::qWait(100);  // the saved view is applied after the first analysis
  const Project again = reopened.project()->snapshot();
  EXPECT_EQ(again.inputs, saved.inputs);
  EXPECT_EQ(again.inputs.manual.size(), 1u);
  EXPECT_EQ(again.inputs.sde.k, 2);
  EXPECT_FALSE(reopened.canvas()->layerStack().find("clusters")->visible);
  EXPECT_NEAR(again.view.metresPerPixel, saved.view.metresPerPixel, 1e-6);
  EXPECT_NEAR(again.view.centre.x, saved.view.centre.x, 1e-3);
  EXPECT_EQ(reopened.project()->currentFile(), file);
}

/// The semi-major axes (metres) of the ellipse table File → Export Data writes, by group.
std::map<std::string, double> exportedSigmaMajor(const Analysis& analysis, const std::filesystem::path& csv) {
  exportAnalysis(analysis, ExportWhat::Ellipses, csv);
  std::ifstream in(csv);
  std::string line;
  std::getline(in, line);
  if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // the BOM spreadsheet programs need
  const auto split = [](const std::string& text) {
    std::vector<std::string> cells;
    std::stringstream stream(text);
    for (std::string cell; std::getline(stream, cell, ',');) {
      if (cell.size() >= 2 && cell.front() == '"') cell = cell.substr(1, cell.size() - 2);
      cells.push_back(cell);
    }
    return cells;
  };
  const auto header = split(line);
  const auto column = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  std::map<std::string, double> sigma;
  while (std::getline(in, line)) {
    const auto cells = split(line);
    if (cells.size() == header.size() && !cells[column("sigma_major")].empty()) {
      sigma[cells[column("group")]] = std::stod(cells[column("sigma_major")]);
    }
  }
  return sigma;
}

TEST(MainWindow, TheEllipseConventionSetInTheLayerPanelReachesLegendChartsExportAndProject) {
  OpenWindow open(fixtureInputs());
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const auto oneSd = open.window.document()->analysis();
  ASSERT_EQ(oneSd->inputs.sde.k, 1);
  const auto oneSdTable = exportedSigmaMajor(*oneSd, dir.filePath(QStringLiteral("1sd.csv")).toStdString());
  ASSERT_FALSE(oneSdTable.empty());
  const QCPBars* bars = open.window.charts()->ellipseBars(ChartPanel::EllipseParameter::SigmaMajor);
  ASSERT_NE(bars, nullptr);
  const double oneSdBar = bars->data()->at(0)->value;
  ASSERT_GT(oneSdBar, 0.0);

  // As a user does it: select the ellipse layer and set its SD spin box to 2.
  open.window.layerPanel()->selectLayer(QStringLiteral("ellipses-study"));
  auto* k = open.window.layerPanel()->findChild<QSpinBox*>(QStringLiteral("sdeK"));
  ASSERT_NE(k, nullptr) << "the ellipse layer's editor shows the SD multiple";
  QSignalSpy analysed(open.window.document(), &DocumentController::analysisChanged);
  k->setValue(2);
  ASSERT_TRUE(analysed.wait(30000));
  const auto twoSd = open.window.document()->analysis();
  EXPECT_EQ(twoSd->inputs.sde.k, 2);

  // The legend of the map and of figures names the new convention …
  bool named = false;
  for (const render::LegendEntry& e : render::LegendPainter::entries(twoSd.get(), open.window.canvas()->layerStack())) {
    if (e.swatch == render::LegendEntry::Swatch::Heading && e.label.contains(QStringLiteral("ArcGIS 2 SD"))) named = true;
  }
  EXPECT_TRUE(named) << "the legend heading names ArcGIS 2 SD";
  // … the chart shows axes twice as long (ArcGIS k SD scales both axes by k) …
  bars = open.window.charts()->ellipseBars(ChartPanel::EllipseParameter::SigmaMajor);
  ASSERT_NE(bars, nullptr);
  EXPECT_NEAR(bars->data()->at(0)->value, 2.0 * oneSdBar, 1e-6 * oneSdBar);
  // … and so do the exported table and the project a user saves.
  const auto twoSdTable = exportedSigmaMajor(*twoSd, dir.filePath(QStringLiteral("2sd.csv")).toStdString());
  ASSERT_EQ(twoSdTable.size(), oneSdTable.size());
  for (const auto& [group, sigma] : oneSdTable) {
    ASSERT_TRUE(twoSdTable.contains(group)) << group;
    EXPECT_NEAR(twoSdTable.at(group), 2.0 * sigma, 1e-6 * sigma) << group;
  }
  // The chart and the table show the same ellipse: the first bar is the first group, in km.
  const SdeEllipse& first = twoSd->ellipses.ellipses.front();
  ASSERT_TRUE(twoSdTable.contains(first.group));
  EXPECT_NEAR(bars->data()->at(0)->value, twoSdTable.at(first.group) * first.metresPerUnit / 1000.0, 1e-3);
  EXPECT_EQ(open.window.project()->snapshot().inputs.sde.k, 2);
}

/// Presses a key sequence in the window, as the user does, and waits for the event loop.
void press(MainWindow& window, const QKeySequence& keys) {
  QTest::keySequence(&window, keys);
  QTest::qWait(0);
}

/// Answers the next unsaved-changes question with `button`, from the event loop once it is up.
/// `asked` tells afterwards whether it was asked.
void answerUnsavedChanges(QMessageBox::StandardButton button, bool* asked) {
  *asked = false;
  QTimer::singleShot(0, [button, asked] {
    // The box is up as soon as its event loop runs this; a short grace covers a slow start.
    QDeadlineTimer deadline(300);
    QMessageBox* box = nullptr;
    while (box == nullptr && !deadline.hasExpired()) {
      box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
      if (box == nullptr) QTest::qWait(10);
    }
    if (box == nullptr || box->objectName() != QLatin1String("unsavedChangesBox")) return;
    *asked = true;
    box->button(button)->click();
  });
}

TEST(MainWindow, UndoAndRedoStepThroughStylingVisibilityOrderFiltersAndPlacements) {
  OpenWindow open(fixtureInputs());
  MainWindow& window = open.window;
  window.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
  LayerTreeModel* layers = window.layers();
  DocumentController* document = window.document();
  const LayerStack startLayers = layers->layerStack();
  const AnalysisInputs startInputs = document->inputs();
  EXPECT_FALSE(window.isWindowModified()) << "a project just opened has no unsaved changes";
  EXPECT_FALSE(window.history()->undoStack()->canUndo());

  // 1. Visibility, then a style edit made of several steps (a slider dragged), then the order.
  layers->setLayerVisible(QStringLiteral("clusters"), false);
  EXPECT_TRUE(window.isWindowModified());
  EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("[*]")));
  MapLayer prefectures = *layers->layerStack().find("prefectures");
  for (const double opacity : {0.9, 0.7, 0.5}) {
    prefectures.opacity = opacity;
    layers->updateLayer(prefectures);
  }
  const LayerStack styled = layers->layerStack();
  ASSERT_TRUE(layers->moveRows(QModelIndex(), 0, 1, QModelIndex(), 3));
  const LayerStack reordered = layers->layerStack();
  ASSERT_NE(reordered, styled);
  EXPECT_EQ(window.history()->undoStack()->count(), 3) << "the dragged opacity is one step";

  // 2. Row filters and a manual placement recompute the analysis; undo recomputes it back.
  QSignalSpy analysed(document, &DocumentController::analysisChanged);
  DataSource filtered = document->inputs().clusters;
  filtered.filters = {{"program", {"NDRC-SEI"}}};
  document->openClusters(filtered);
  ASSERT_TRUE(analysed.wait(30000));
  const auto unresolved = document->analysis()->match.unresolved;
  ASSERT_FALSE(unresolved.empty());
  document->placeManually(PointKind::Cluster, unresolved.front().row, QStringLiteral("330300"));
  ASSERT_TRUE(analysed.wait(30000));
  ASSERT_EQ(document->inputs().manual.size(), 1u);
  EXPECT_EQ(window.history()->undoStack()->undoText(), QStringLiteral("Place Row by Hand"));

  // Ctrl+Z, one step at a time, back to the project as opened.
  press(window, QKeySequence::Undo);
  EXPECT_TRUE(document->inputs().manual.empty());
  ASSERT_TRUE(analysed.wait(30000));
  EXPECT_TRUE(document->analysis()->inputs.manual.empty()) << "the analysis shown is recomputed";
  press(window, QKeySequence::Undo);
  EXPECT_TRUE(document->inputs().clusters.filters.empty());
  ASSERT_TRUE(analysed.wait(30000));
  EXPECT_EQ(document->analysis()->inputs, startInputs);
  press(window, QKeySequence::Undo);
  EXPECT_EQ(layers->layerStack(), styled);
  EXPECT_EQ(window.canvas()->layerStack(), styled) << "the map draws what the panel shows";
  press(window, QKeySequence::Undo);
  EXPECT_EQ(layers->layerStack().find("prefectures")->opacity, startLayers.find("prefectures")->opacity);
  press(window, QKeySequence::Undo);
  EXPECT_EQ(layers->layerStack(), startLayers);
  EXPECT_FALSE(window.isWindowModified()) << "every change undone: nothing to save";

  // Ctrl+Shift+Z redoes them in order.
  for (int i = 0; i < 3; ++i) press(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
  EXPECT_EQ(layers->layerStack(), reordered);
  press(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
  EXPECT_EQ(document->inputs().clusters.filters, filtered.filters);
  ASSERT_TRUE(analysed.wait(30000));
  press(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
  EXPECT_EQ(document->inputs().manual.size(), 1u);
  EXPECT_FALSE(window.history()->undoStack()->canRedo());
  EXPECT_TRUE(window.isWindowModified());
}

TEST(MainWindow, AFailedEditLeavesNoStepToUndo) {
  OpenWindow open(fixtureInputs());
  QSignalSpy failed(open.window.document(), &DocumentController::analysisFailed);
  // The failure is shown in a message box: close it as the user would.
  QTimer closer;
  QObject::connect(&closer, &QTimer::timeout, [] {
    if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) box->accept();
  });
  closer.start(20);
  open.window.document()->openBoundaries(QStringLiteral(CB_TEST_DATA_DIR "/no-such-boundaries.gpkg"));
  ASSERT_TRUE(failed.wait(30000));
  EXPECT_EQ(open.window.document()->inputs(), fixtureInputs());
  EXPECT_FALSE(open.window.history()->undoStack()->canUndo());
  EXPECT_FALSE(open.window.isWindowModified());
}

TEST(MainWindow, ClosingWithUnsavedChangesAsksToSaveDiscardOrCancel) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString file = dir.filePath(QStringLiteral("closing.cbproj"));
  OpenWindow open(fixtureInputs());
  MainWindow& window = open.window;
  bool asked = false;
  answerUnsavedChanges(QMessageBox::Cancel, &asked);
  EXPECT_TRUE(window.close()) << "nothing changed: it closes without asking";
  QTest::qWait(400);  // let the answering timer look for a box, and find none
  EXPECT_FALSE(asked);
  window.show();

  ASSERT_TRUE(window.project()->saveTo(file));
  window.layers()->setLayerVisible(QStringLiteral("belts"), false);
  ASSERT_TRUE(window.isWindowModified());
  answerUnsavedChanges(QMessageBox::Cancel, &asked);
  EXPECT_FALSE(window.close()) << "Cancel keeps the window open";
  EXPECT_TRUE(asked);
  EXPECT_TRUE(window.isVisible());
  EXPECT_FALSE(window.layers()->layerStack().find("belts")->visible) << "and the change";

  answerUnsavedChanges(QMessageBox::Save, &asked);
  EXPECT_TRUE(window.close());
  EXPECT_TRUE(asked);
  const LoadedProject saved = loadProject(file.toStdString());
  const auto layers = LayerStack::fromJson(saved.project.layersJson());
  ASSERT_TRUE(layers.has_value());
  EXPECT_FALSE(layers->find("belts")->visible) << "Save wrote the change before closing";

  window.show();
  window.layers()->setLayerVisible(QStringLiteral("belts"), true);
  answerUnsavedChanges(QMessageBox::Discard, &asked);
  EXPECT_TRUE(window.close());
  EXPECT_TRUE(asked);
  EXPECT_FALSE(LayerStack::fromJson(loadProject(file.toStdString()).project.layersJson())->find("belts")->visible)
      << "Discard leaves the file as it was";
}

TEST(MainWindow, OpeningAnotherProjectWithUnsavedChangesAsksFirst) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString file = dir.filePath(QStringLiteral("other.cbproj"));
  OpenWindow open(fixtureInputs());
  MainWindow& window = open.window;
  ASSERT_TRUE(window.project()->saveTo(file));
  window.layers()->setLayerVisible(QStringLiteral("clusters"), false);

  bool asked = false;
  answerUnsavedChanges(QMessageBox::Cancel, &asked);
  EXPECT_FALSE(window.project()->open(file));
  EXPECT_TRUE(asked);
  EXPECT_FALSE(window.layers()->layerStack().find("clusters")->visible) << "Cancel keeps the unsaved change";
  EXPECT_TRUE(window.isWindowModified());

  QSignalSpy analysed(window.document(), &DocumentController::analysisChanged);
  answerUnsavedChanges(QMessageBox::Discard, &asked);
  ASSERT_TRUE(window.project()->open(file));
  EXPECT_TRUE(asked);
  EXPECT_TRUE(window.layers()->layerStack().find("clusters")->visible) << "the project as saved";
  EXPECT_FALSE(window.isWindowModified());
  EXPECT_FALSE(window.history()->undoStack()->canUndo()) << "a project just opened has nothing to undo";
  ASSERT_TRUE(analysed.wait(30000));
  EXPECT_FALSE(window.isWindowModified()) << "its analysis arriving changes nothing";
}

TEST(MainWindow, TheTrajectoryLayersCumulativeBoxRecomputesTheChartsAndCanBeUndone) {
  // The bundled lists: most batch years hold enough clusters for an ellipse.
  OpenWindow open{AnalysisInputs{}};
  MainWindow& window = open.window;
  DocumentController* document = window.document();
  LayerPanel* panel = window.layerPanel();
  panel->selectLayer(QStringLiteral("trajectory"));
  auto* cumulative = panel->findChild<QCheckBox*>(QStringLiteral("cumulativeYears"));
  ASSERT_NE(cumulative, nullptr);
  EXPECT_FALSE(cumulative->isChecked());
  const std::shared_ptr<const Analysis> before = document->analysis();  // kept alive for perYear
  const CentreTrajectory* perYear = before->trajectory("clusters");
  ASSERT_NE(perYear, nullptr);
  std::size_t rowsWithYear = 0;
  for (const PeriodEllipse& p : perYear->periods) rowsWithYear += p.points;
  QCPGraph* area = window.charts()->overTime()->areaGraph(QStringLiteral("clusters"));
  ASSERT_NE(area, nullptr);
  ASSERT_GT(area->data()->size(), 1);
  const double perYearLast = (area->data()->constEnd() - 1)->value;

  QSignalSpy analysed(document, &DocumentController::analysisChanged);
  cumulative->setChecked(true);
  ASSERT_TRUE(analysed.wait(30000));
  EXPECT_TRUE(document->inputs().cumulativeYears);
  const CentreTrajectory* all = document->analysis()->trajectory("clusters");
  ASSERT_NE(all, nullptr);
  EXPECT_TRUE(all->cumulative);
  EXPECT_EQ(all->periods.back().points, rowsWithYear) << "the last cumulative year holds every row with a year";
  area = window.charts()->overTime()->areaGraph(QStringLiteral("clusters"));
  ASSERT_NE(area, nullptr);
  const PeriodEllipse* lastWithEllipse = nullptr;
  for (const PeriodEllipse& p : all->periods) {
    if (p.ellipse.hasEllipse) lastWithEllipse = &p;
  }
  ASSERT_NE(lastWithEllipse, nullptr);
  EXPECT_DOUBLE_EQ((area->data()->constEnd() - 1)->value, lastWithEllipse->ellipse.areaKm2 / 1000.0);
  EXPECT_NE((area->data()->constEnd() - 1)->value, perYearLast);
  EXPECT_EQ(window.history()->undoStack()->undoText(), QStringLiteral("Ellipses over Time Cumulative"));
  if (const char* dir = std::getenv("CB_SCREENSHOT_DIR")) {
    window.charts()->tabs()->setCurrentIndex(3);
    QTest::qWait(50);
    window.grab().save(QString::fromUtf8(dir) + QStringLiteral("/over_time.png"));
  }

  press(window, QKeySequence::Undo);
  ASSERT_TRUE(analysed.wait(30000));
  EXPECT_FALSE(document->analysis()->inputs.cumulativeYears);
  EXPECT_FALSE(panel->findChild<QCheckBox*>(QStringLiteral("cumulativeYears"))->isChecked());
}

TEST(MainWindow, TheTestsRunFromTheSummaryReachTheMapAndGoWithANewAnalysis) {
  OpenWindow open{AnalysisInputs{}};
  MainWindow& window = open.window;
  SignificanceSection* tests = window.summary()->significance();
  tests->permutationsBox()->setValue(999);
  QSignalSpy done(window.significance(), &SignificanceController::resultChanged);
  QTest::mouseClick(tests->runButton(), Qt::LeftButton);
  ASSERT_TRUE(done.wait(60000));
  ASSERT_TRUE(window.significance()->result());
  EXPECT_EQ(window.canvas()->significance(), window.significance()->result());
  // Show the local quotients: the legend gets their rows.
  LayerStack layers = window.layers()->layerStack();
  layers.find("local-clq")->visible = true;
  QSignalSpy rendered(window.canvas(), &MapCanvas::frameRendered);
  window.layers()->setLayerStack(layers);
  ASSERT_TRUE(rendered.wait(10000));
  const auto entries = render::LegendPainter::entries(window.document()->analysis().get(), window.canvas()->layerStack(),
                                                      window.canvas()->significance().get());
  EXPECT_TRUE(std::any_of(entries.begin(), entries.end(),
                          [](const render::LegendEntry& e) { return e.key == "local-clq:significant"; }));
  if (const char* dir = std::getenv("CB_SCREENSHOT_DIR")) {
    QTest::qWait(100);
    window.grab().save(QString::fromUtf8(dir) + QStringLiteral("/tests_on_map.png"));
  }
  // A new analysis (another ellipse convention) takes the tests off the map.
  QSignalSpy analysed(window.document(), &DocumentController::analysisChanged);
  window.document()->setSdeOptions({SdeMethod::ArcGis, 2, 0.95});
  ASSERT_TRUE(analysed.wait(30000));
  EXPECT_EQ(window.canvas()->significance(), nullptr);
  EXPECT_EQ(window.significance()->result(), nullptr);
}

}  // namespace
}  // namespace cb::ui
