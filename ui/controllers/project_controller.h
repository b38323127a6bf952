// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <optional>

#include "core/project/project.h"

class QWidget;

namespace cb::ui {

class DocumentController;
class DocumentHistory;
class LayerTreeModel;
class MapCanvas;

/// Saves and opens projects: gathers the analysis inputs (DocumentController), the layers
/// (LayerTreeModel) and the view (MapCanvas) into a cb::Project and back. Files a project names
/// that are missing are listed and the user may locate them; nothing is silently dropped. Before
/// another project replaces one with unsaved changes (DocumentHistory), the user is asked to save,
/// discard or cancel.
class ProjectController : public QObject {
  Q_OBJECT

 public:
  ProjectController(DocumentController* document, LayerTreeModel* layers, MapCanvas* canvas,
                    DocumentHistory* history, QWidget* dialogParent);

  [[nodiscard]] const QString& currentFile() const { return mFile; }
  /// The project as it stands now.
  [[nodiscard]] Project snapshot() const;
  /// When there are unsaved changes, asks whether to save them (and saves), discard them or
  /// cancel. Returns false when the user cancelled or the save failed: the caller then stops.
  bool confirmDiscardOrSave();

 public Q_SLOTS:
  /// Opens a project file, first offering to save unsaved changes; errors are shown to the user.
  /// Returns false when nothing was opened.
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
  DocumentHistory* mHistory;
  QWidget* mDialogParent;
  QString mFile;
  std::optional<MapViewState> mPendingView;
};

}  // namespace cb::ui
