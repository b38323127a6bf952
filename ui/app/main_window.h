// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;

namespace cb::ui {

class DocumentController;
class MapCanvas;

/// The main window: wiring of the canvas, the document controller, menus and the status bar.
/// It holds no logic of its own.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  /// Loads a boundary file (asynchronously).
  void openBoundaries(const QString& path);
  [[nodiscard]] MapCanvas* canvas() const { return mCanvas; }
  [[nodiscard]] DocumentController* document() const { return mDocument; }

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void createActions();
  void chooseBoundaries();
  void showAbout();

  DocumentController* mDocument = nullptr;
  MapCanvas* mCanvas = nullptr;
  QLabel* mCoordinates = nullptr;
  QLabel* mHovered = nullptr;
};

}  // namespace cb::ui
