// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>
#include <utility>

#include "core/analysis/analysis_inputs.h"
#include "core/scene/layer_stack.h"

namespace cb::ui {

/// An edit held as the value before and after it: the layers and the inputs are plain values
/// with equality, so undo is exact whatever the edit was. The edit has happened already when
/// the command is made (it is recorded, not made): the first redo() does nothing.
template <class Value>
class SnapshotEdit : public QUndoCommand {
 public:
  using Apply = std::function<void(const Value&)>;

  void undo() override {
    // An obsolete edit was never in effect (an analysis that failed): it is undone only to
    // leave the stack, which deletes it.
    if (!isObsolete()) mApply(mBefore);
    mDone = false;
  }
  void redo() override {
    if (!mDone) mApply(mAfter);
    mDone = false;
  }
  [[nodiscard]] const Value& before() const { return mBefore; }
  [[nodiscard]] const Value& after() const { return mAfter; }

 protected:
  SnapshotEdit(Value before, Value after, Apply apply)
      : mBefore(std::move(before)), mAfter(std::move(after)), mApply(std::move(apply)) {}

  Value mBefore, mAfter;

 private:
  Apply mApply;
  bool mDone = true;
};

/// An edit of the map's layers (style, visibility, order). Consecutive edits of one layer's
/// style (a slider being dragged) merge into one step.
class LayersEdit : public SnapshotEdit<LayerStack> {
  Q_DECLARE_TR_FUNCTIONS(cb::ui::LayersEdit)

 public:
  LayersEdit(LayerStack before, LayerStack after, Apply apply);

  [[nodiscard]] int id() const override { return 1; }
  bool mergeWith(const QUndoCommand* other) override;

  /// The text of the undo entry for a change from `before` to `after` ("Hide Clusters", …).
  static QString describe(const LayerStack& before, const LayerStack& after);

 private:
  /// The id of the one layer whose style changed (same order, same visibility), else empty.
  [[nodiscard]] std::string styledLayer() const;
};

/// An edit of the analysis inputs (row filters, manual placements, the ellipse convention, the
/// files); undo and redo recompute the analysis.
class InputsEdit : public SnapshotEdit<AnalysisInputs> {
  Q_DECLARE_TR_FUNCTIONS(cb::ui::InputsEdit)

 public:
  InputsEdit(AnalysisInputs before, AnalysisInputs after, Apply apply);

  static QString describe(const AnalysisInputs& before, const AnalysisInputs& after);
};

}  // namespace cb::ui
