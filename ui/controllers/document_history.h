// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "core/analysis/analysis_inputs.h"
#include "core/scene/layer_stack.h"

class QUndoStack;

namespace cb::ui {

class DocumentController;
class LayerTreeModel;

/// The undo history of the open project and whether it has unsaved changes.
///
/// Every way of editing the project ends in one of two signals carrying the new value:
/// LayerTreeModel::layerStackChanged (the style editor, visibility check boxes, drag and drop)
/// and DocumentController::inputsChanged (row filters, manual placements, the ellipse convention,
/// opened files). The history records an edit command at those two places, so that no path of
/// editing (today's or one added later) escapes undo. Undoing applies the earlier value through
/// the same model and controller, and is not recorded again.
class DocumentHistory : public QObject {
  Q_OBJECT

 public:
  DocumentHistory(DocumentController* document, LayerTreeModel* layers, QObject* parent = nullptr);

  [[nodiscard]] QUndoStack* undoStack() const { return mStack; }
  /// Whether there are changes since the project was opened or saved.
  [[nodiscard]] bool isModified() const;

 public Q_SLOTS:
  /// Forgets the history: what is shown now is the project as opened (nothing to undo or save).
  void reset();
  /// What is shown now has been saved.
  void markSaved();

 Q_SIGNALS:
  void modifiedChanged(bool modified);

 private:
  void recordLayers(const LayerStack& layers);
  void recordInputs(const AnalysisInputs& inputs);
  void forgetFailedEdit(const AnalysisInputs& restored);

  DocumentController* mDocument;
  LayerTreeModel* mLayers;
  QUndoStack* mStack;
  /// The values as last recorded: the "before" of the next edit.
  LayerStack mLayersNow;
  AnalysisInputs mInputsNow;
  bool mApplying = false;  ///< an undo or redo is applying a value: not a new edit
};

}  // namespace cb::ui
