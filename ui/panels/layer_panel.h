// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include "core/scene/layer_stack.h"
#include "core/stats/sde.h"

class QFormLayout;
class QTreeView;

namespace cb::ui {

class LayerTreeModel;

/// The layer panel: the layers as a list with check boxes (top layer first, drag to reorder)
/// and, below it, the style of the selected layer: opacity, colours, line width, symbol sizes
/// and their unit, labels on or off, the colour of each class, and for an ellipse layer the SDE
/// convention (method, k, p) and centre marks. Every style edit goes to the model at once, and
/// the map re-renders from the model's layerStackChanged. The convention is not a style but an
/// input of the analysis, shared by every ellipse layer, chart and export: the panel shows the
/// document's (setSdeOptions) and asks for a change with sdeOptionsEdited, which the main window
/// hands to DocumentController::setSdeOptions.
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
  [[nodiscard]] const SdeOptions& sdeOptions() const { return mSde; }

 public Q_SLOTS:
  /// The convention of the document's analysis inputs; updates the editor shown.
  void setSdeOptions(const cb::SdeOptions& options);
  /// Whether the document's ellipses over time are cumulative; updates the editor shown.
  void setCumulativeYears(bool cumulative);

 Q_SIGNALS:
  /// The user chose another ellipse convention in the editor.
  void sdeOptionsEdited(const cb::SdeOptions& options);
  /// The user chose per-year or cumulative ellipses over time in the trajectory layer's editor.
  void cumulativeYearsEdited(bool cumulative);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void showEditor(const QString& id);
  void apply(const MapLayer& layer);
  QWidget* colorButton(const MapLayer& layer, Rgba MapLayer::*member);
  QWidget* categoryButton(const MapLayer& layer, const std::string& key);
  void addSizeRows(QFormLayout* form, const MapLayer& layer);
  void addEllipseRows(QFormLayout* form, const MapLayer& layer);
  void addTrajectoryRows(QFormLayout* form, const MapLayer& layer);
  void showSdeOptions();
  void editSdeOptions(const SdeOptions& options);

  LayerTreeModel* mModel = nullptr;
  bool mCumulativeYears = false;
  QTreeView* mView = nullptr;
  QPointer<QWidget> mEditor;
  QString mCurrentId;
  SdeOptions mSde;
};

}  // namespace cb::ui
