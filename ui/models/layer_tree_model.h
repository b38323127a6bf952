// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

#include "core/scene/layer_stack.h"

namespace cb::ui {

/// The layers of the map as an item model for a QTreeView: one row per layer, top first, with a
/// check box for visibility, a colour swatch and drag and drop to reorder. It owns the
/// LayerStack; every change (visibility, order, style) emits layerStackChanged with the new
/// stack, which the map canvas renders.
class LayerTreeModel : public QAbstractItemModel {
  Q_OBJECT

 public:
  /// The layer id of a row (QString).
  static constexpr int LayerIdRole = Qt::UserRole + 1;

  explicit LayerTreeModel(QObject* parent = nullptr);
  explicit LayerTreeModel(LayerStack layers, QObject* parent = nullptr);

  [[nodiscard]] const LayerStack& layerStack() const { return mLayers; }
  /// The layer of a row, or nullptr.
  [[nodiscard]] const MapLayer* layerAt(const QModelIndex& index) const;
  [[nodiscard]] QModelIndex indexOfLayer(const QString& id) const;
  /// The name shown for a layer: its title, else a translated name for its kind and id.
  [[nodiscard]] static QString displayName(const MapLayer& layer);

  QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role) override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  Qt::DropActions supportedDropActions() const override;
  QStringList mimeTypes() const override;
  QMimeData* mimeData(const QModelIndexList& indexes) const override;
  bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                    const QModelIndex& parent) override;
  bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
                int destinationChild) override;

 public Q_SLOTS:
  /// Replaces every layer (opening a project).
  void setLayerStack(const cb::LayerStack& layers);
  /// Replaces the layer with the same id (a style edit).
  void updateLayer(const cb::MapLayer& layer);
  void setLayerVisible(const QString& id, bool visible);

 Q_SIGNALS:
  void layerStackChanged(const cb::LayerStack& layers);

 private:
  LayerStack mLayers;
};

}  // namespace cb::ui
