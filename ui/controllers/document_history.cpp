// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/controllers/document_history.h"

#include <QScopedValueRollback>
#include <QUndoStack>
#include <utility>

#include "ui/controllers/document_controller.h"
#include "ui/controllers/edit_commands.h"
#include "ui/models/layer_tree_model.h"

namespace cb::ui {

DocumentHistory::DocumentHistory(DocumentController* document, LayerTreeModel* layers, QObject* parent)
    : QObject(parent),
      mDocument(document),
      mLayers(layers),
      mStack(new QUndoStack(this)),
      mLayersNow(layers->layerStack()),
      mInputsNow(document->inputs()) {
  connect(mLayers, &LayerTreeModel::layerStackChanged, this, &DocumentHistory::recordLayers);
  connect(mDocument, &DocumentController::inputsChanged, this, &DocumentHistory::recordInputs);
  connect(mDocument, &DocumentController::inputsRestored, this, &DocumentHistory::forgetFailedEdit);
  connect(mStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

bool DocumentHistory::isModified() const { return !mStack->isClean(); }

void DocumentHistory::reset() {
  mLayersNow = mLayers->layerStack();
  mInputsNow = mDocument->inputs();
  const bool wasModified = isModified();
  mStack->clear();  // clear() makes the stack clean
  if (wasModified) Q_EMIT modifiedChanged(false);
}

void DocumentHistory::markSaved() { mStack->setClean(); }

void DocumentHistory::recordLayers(const LayerStack& layers) {
  if (layers == mLayersNow) return;
  LayerStack before = std::exchange(mLayersNow, layers);
  if (mApplying) return;
  mStack->push(new LayersEdit(std::move(before), layers, [this](const LayerStack& value) {
    const QScopedValueRollback<bool> applying(mApplying, true);
    mLayers->setLayerStack(value);
  }));
}

void DocumentHistory::recordInputs(const AnalysisInputs& inputs) {
  if (inputs == mInputsNow) return;
  AnalysisInputs before = std::exchange(mInputsNow, inputs);
  if (mApplying) return;
  mStack->push(new InputsEdit(std::move(before), inputs, [this](const AnalysisInputs& value) {
    const QScopedValueRollback<bool> applying(mApplying, true);
    mDocument->setInputs(value);
  }));
}

void DocumentHistory::forgetFailedEdit(const AnalysisInputs& restored) {
  // The inputs of the newest edit could not be used: that edit leaves the history (an obsolete
  // command is deleted when undone) and the restored inputs are the state to edit from.
  const int top = mStack->index() - 1;
  const auto* edit = top >= 0 ? dynamic_cast<const InputsEdit*>(mStack->command(top)) : nullptr;
  if (edit != nullptr && edit->after() == mInputsNow) {
    const_cast<InputsEdit*>(edit)->setObsolete(true);
    const QScopedValueRollback<bool> applying(mApplying, true);
    mStack->undo();
  }
  mInputsNow = restored;
}

}  // namespace cb::ui
