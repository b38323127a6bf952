// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>

#include "core/analysis/analysis_inputs.h"
#include "core/scene/layer_stack.h"

namespace cb::ui {

/// An edit of the map's layers (style, visibility, order), held as the stacks before and after:
/// both are plain values with equality, so undo is exact whatever the edit was. Consecutive edits
/// of one layer's style (a slider being dragged) merge into one step.
class LayersEdit : public QUndoCommand {
  Q_DECLARE_TR_FUNCTIONS(cb::ui::LayersEdit)

 public:
  using Apply = std::function<void(const LayerStack&)>;
  /// The edit has happened already (it is recorded, not made): the first redo() does nothing.
  LayersEdit(LayerStack before, LayerStack after, Apply apply);

  void undo() override;
  void redo() override;
  [[nodiscard]] int id() const override { return 1; }
  bool mergeWith(const QUndoCommand* other) override;

  /// The text of the undo entry for a change from `before` to `after` ("Hide Clusters", …).
  static QString describe(const LayerStack& before, const LayerStack& after);

 private:
  /// The id of the one layer whose style changed (same order, same visibility), else empty.
  [[nodiscard]] std::string styledLayer() const;

  LayerStack mBefore, mAfter;
  Apply mApply;
  bool mDone = true;
};

/// An edit of the analysis inputs (row filters, manual placements, the ellipse convention, the
/// files), held as the inputs before and after; undo and redo recompute the analysis.
class InputsEdit : public QUndoCommand {
  Q_DECLARE_TR_FUNCTIONS(cb::ui::InputsEdit)

 public:
  using Apply = std::function<void(const AnalysisInputs&)>;
  /// The edit has happened already: the first redo() does nothing.
  InputsEdit(AnalysisInputs before, AnalysisInputs after, Apply apply);

  void undo() override;
  void redo() override;

  [[nodiscard]] const AnalysisInputs& after() const { return mAfter; }
  static QString describe(const AnalysisInputs& before, const AnalysisInputs& after);

 private:
  AnalysisInputs mBefore, mAfter;
  Apply mApply;
  bool mDone = true;
};

}  // namespace cb::ui
