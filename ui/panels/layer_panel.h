// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include "core/scene/layer_stack.h"

class QFormLayout;
class QTreeView;

namespace cb::ui {

class LayerTreeModel;

/// The layer panel: the layers as a list with check boxes (top layer first, drag to reorder)
/// and, below it, the style of the selected layer: opacity, colours, line width, symbol sizes
/// and their unit, labels on or off, the colour of each class, and for an ellipse layer its SDE
/// convention (method, k, p) and centre marks. Every edit goes to the model at once, and the
/// map re-renders from the model's layerStackChanged.
class LayerPanel : public QWidget {
  Q_OBJECT

 public:
  /// `model` is not owned; it must outlive the panel.
  explicit LayerPanel(LayerTreeModel* model, QWidget* parent = nullptr);

  [[nodiscard]] QTreeView* view() const { return mView; }
  /// Selects a layer and shows its style editor.
  void selectLayer(const QString& id);
  /// The id of the layer whose style is shown, or empty.
  [[nodiscard]] QString currentLayerId() const { return mCurrentId; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void showEditor(const QString& id);
  void apply(const MapLayer& layer);
  QWidget* colorButton(const MapLayer& layer, Rgba MapLayer::*member);
  QWidget* categoryButton(const MapLayer& layer, const std::string& key);
  void addSizeRows(QFormLayout* form, const MapLayer& layer);
  void addEllipseRows(QFormLayout* form, const MapLayer& layer);

  LayerTreeModel* mModel = nullptr;
  QTreeView* mView = nullptr;
  QPointer<QWidget> mEditor;
  QString mCurrentId;
};

}  // namespace cb::ui
