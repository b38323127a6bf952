// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/controllers/edit_commands.h"

#include <algorithm>
#include <utility>

#include "ui/models/layer_tree_model.h"

namespace cb::ui {
namespace {

bool sameOrder(const LayerStack& a, const LayerStack& b) {
  return std::equal(a.layers().begin(), a.layers().end(), b.layers().begin(), b.layers().end(),
                    [](const MapLayer& x, const MapLayer& y) { return x.id == y.id; });
}

/// The layers that differ between two stacks of the same order.
std::vector<const MapLayer*> changedLayers(const LayerStack& before, const LayerStack& after) {
  std::vector<const MapLayer*> changed;
  for (std::size_t i = 0; i < after.size(); ++i) {
    if (!(before.layers()[i] == after.layers()[i])) changed.push_back(&after.layers()[i]);
  }
  return changed;
}

}  // namespace

LayersEdit::LayersEdit(LayerStack before, LayerStack after, Apply apply)
    : SnapshotEdit(std::move(before), std::move(after), std::move(apply)) {
  setText(describe(mBefore, mAfter));
}

std::string LayersEdit::styledLayer() const {
  if (!sameOrder(mBefore, mAfter)) return {};
  const auto changed = changedLayers(mBefore, mAfter);
  if (changed.size() != 1 || mBefore.find(changed.front()->id)->visible != changed.front()->visible) return {};
  return changed.front()->id;
}

bool LayersEdit::mergeWith(const QUndoCommand* other) {
  const auto* next = static_cast<const LayersEdit*>(other);
  const std::string layer = styledLayer();
  if (layer.empty() || !(next->mBefore == mAfter) || next->styledLayer() != layer) return false;
  mAfter = next->mAfter;
  setObsolete(mBefore == mAfter);  // dragged back to where it started: nothing to undo
  return true;
}

QString LayersEdit::describe(const LayerStack& before, const LayerStack& after) {
  if (!sameOrder(before, after)) {
    return before.size() == after.size() ? tr("Reorder Layers") : tr("Change Layers");
  }
  const auto changed = changedLayers(before, after);
  if (changed.size() != 1) return tr("Change Layers");
  const MapLayer& layer = *changed.front();
  const QString name = LayerTreeModel::displayName(layer);
  if (before.find(layer.id)->visible != layer.visible) {
    return layer.visible ? tr("Show %1").arg(name) : tr("Hide %1").arg(name);
  }
  return tr("Style %1").arg(name);
}

InputsEdit::InputsEdit(AnalysisInputs before, AnalysisInputs after, Apply apply)
    : SnapshotEdit(std::move(before), std::move(after), std::move(apply)) {
  setText(describe(mBefore, mAfter));
}

QString InputsEdit::describe(const AnalysisInputs& before, const AnalysisInputs& after) {
  if (before.boundaries != after.boundaries) return tr("Open Boundaries");
  if (before.clusters.path != after.clusters.path || before.clusters.mapping != after.clusters.mapping) {
    return tr("Open Clusters");
  }
  if (before.belts.path != after.belts.path || before.belts.mapping != after.belts.mapping) return tr("Open Belts");
  if (before.clusters.filters != after.clusters.filters) return tr("Filter Clusters");
  if (before.belts.filters != after.belts.filters) return tr("Filter Belts");
  if (before.manual != after.manual) {
    return after.manual.size() >= before.manual.size() ? tr("Place Row by Hand") : tr("Remove Placement by Hand");
  }
  if (!(before.sde == after.sde)) return tr("Change Ellipse Convention");
  if (before.taxonomy != after.taxonomy) return tr("Open Taxonomy");
  if (before.cumulativeYears != after.cumulativeYears) {
    return after.cumulativeYears ? tr("Ellipses over Time Cumulative") : tr("Ellipses over Time per Year");
  }
  return tr("Change Inputs");
}

}  // namespace cb::ui
