// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <memory>

#include "core/analysis/analysis_inputs.h"

class QDockWidget;
class QLabel;

namespace cb::ui {

class ChartPanel;
class CityInspector;
class DocumentController;
class DocumentHistory;
class LayerPanel;
class LayerTreeModel;
class MapCanvas;
class ProjectController;
class RecentFiles;
class SelectionModel;
class SignificanceController;
class SummaryPanel;
class TablePanel;
class UnresolvedDialog;

/// The main window: wiring of the canvas, the docks, the controllers, menus and the status bar.
/// It holds no logic of its own: every action calls a controller or a panel.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  /// Opens on these inputs, as a new project: nothing to undo, nothing unsaved.
  void start(const AnalysisInputs& inputs);

  [[nodiscard]] MapCanvas* canvas() const { return mCanvas; }
  [[nodiscard]] DocumentController* document() const { return mDocument; }
  [[nodiscard]] SelectionModel* selection() const { return mSelection; }
  [[nodiscard]] ProjectController* project() const { return mProject; }
  [[nodiscard]] LayerTreeModel* layers() const { return mLayers; }
  [[nodiscard]] CityInspector* inspector() const { return mInspector; }
  [[nodiscard]] TablePanel* tables() const { return mTables; }
  [[nodiscard]] LayerPanel* layerPanel() const { return mLayerPanel; }
  [[nodiscard]] ChartPanel* charts() const { return mCharts; }
  [[nodiscard]] DocumentHistory* history() const { return mHistory; }
  [[nodiscard]] SummaryPanel* summary() const { return mSummary; }
  [[nodiscard]] SignificanceController* significance() const { return mSignificance; }

 protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  struct Texts;
  void createDocks();
  void createMenus();
  /// Sets the texts of the docks, menus, actions and title in the current language.
  void retranslate();
  void connectDocument();
  QDockWidget* addDock(QWidget* content, const QString& objectName, Qt::DockWidgetArea area);
  void chooseBoundaries();
  void chooseTable(bool clusters);
  void chooseFilters(bool clusters);
  void showUnresolved();
  void exportFigure();
  void exportCurrentView();
  void showAbout();
  void updateTitle();
  /// The texts of Undo and Redo, which name the step they take.
  void retranslateUndo();

  DocumentController* mDocument;
  SelectionModel* mSelection;
  LayerTreeModel* mLayers;
  MapCanvas* mCanvas;
  DocumentHistory* mHistory;
  ProjectController* mProject;
  SignificanceController* mSignificance;
  CityInspector* mInspector = nullptr;
  TablePanel* mTables = nullptr;
  ChartPanel* mCharts = nullptr;
  LayerPanel* mLayerPanel = nullptr;
  SummaryPanel* mSummary = nullptr;
  UnresolvedDialog* mUnresolved = nullptr;
  RecentFiles* mRecent = nullptr;
  QMenu* mViewMenu = nullptr;
  QLabel* mCoordinates = nullptr;
  QLabel* mHovered = nullptr;
  std::unique_ptr<Texts> mTexts;
};

}  // namespace cb::ui
