// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <optional>

#include "core/project/project.h"

class QWidget;

namespace cb::ui {

class DocumentController;
class LayerTreeModel;
class MapCanvas;

/// Saves and opens projects: gathers the analysis inputs (DocumentController), the layers
/// (LayerTreeModel) and the view (MapCanvas) into a cb::Project and back. Files a project names
/// that are missing are listed and the user may locate them; nothing is silently dropped.
class ProjectController : public QObject {
  Q_OBJECT

 public:
  ProjectController(DocumentController* document, LayerTreeModel* layers, MapCanvas* canvas,
                    QWidget* dialogParent);

  [[nodiscard]] const QString& currentFile() const { return mFile; }
  /// The project as it stands now.
  [[nodiscard]] Project snapshot() const;

 public Q_SLOTS:
  /// Opens a project file; errors are shown to the user. Returns false when nothing was opened.
  bool open(const QString& path);
  /// Saves to the current file, or asks for one.
  bool save();
  bool saveAs();
  /// Writes to `path` without asking; errors are shown. Used by save/saveAs and by tests.
  bool saveTo(const QString& path);
  void chooseAndOpen();

 Q_SIGNALS:
  void currentFileChanged(const QString& path);
  /// A project was opened or saved (for the recent-files list).
  void projectUsed(const QString& path);

 private:
  void applyViewWhenReady(const MapViewState& view);

  DocumentController* mDocument;
  LayerTreeModel* mLayers;
  MapCanvas* mCanvas;
  QWidget* mDialogParent;
  QString mFile;
  std::optional<MapViewState> mPendingView;
};

}  // namespace cb::ui
