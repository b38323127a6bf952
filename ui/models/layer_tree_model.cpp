// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/layer_tree_model.h"

#include <algorithm>

#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace cb::ui {
namespace {

const QString kMimeType = QStringLiteral("application/x-clusterbelt-layer-row");

QColor toQColor(const Rgba& c) { return QColor(c.r, c.g, c.b, c.a); }

/// A small swatch of the layer's main colours, so the list reads like a legend.
QIcon swatch(const MapLayer& layer) {
  QPixmap pixmap(16, 16);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  std::vector<QColor> colors;
  for (const CategoryColor& category : layer.categories) colors.push_back(toQColor(category.color));
  if (colors.empty()) colors.push_back(toQColor(layer.kind == LayerKind::Provinces ? layer.stroke : layer.fill));
  const double step = 14.0 / static_cast<double>(colors.size());
  for (std::size_t i = 0; i < colors.size(); ++i) {
    painter.fillRect(QRectF(1.0 + step * static_cast<double>(i), 1.0, step, 14.0), colors[i]);
  }
  painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 1.0));
  painter.drawRect(QRectF(0.5, 0.5, 15.0, 15.0));
  return QIcon(pixmap);
}

}  // namespace

LayerTreeModel::LayerTreeModel(QObject* parent) : LayerTreeModel(LayerStack::studyDefaults(), parent) {}

LayerTreeModel::LayerTreeModel(LayerStack layers, QObject* parent)
    : QAbstractItemModel(parent), mLayers(std::move(layers)) {}

const MapLayer* LayerTreeModel::layerAt(const QModelIndex& index) const {
  if (!index.isValid() || index.parent().isValid() || index.row() < 0 ||
      index.row() >= static_cast<int>(mLayers.size())) {
    return nullptr;
  }
  return &mLayers.layers()[static_cast<std::size_t>(index.row())];
}

QModelIndex LayerTreeModel::indexOfLayer(const QString& id) const {
  const std::string key = id.toStdString();
  for (std::size_t row = 0; row < mLayers.size(); ++row) {
    if (mLayers.layers()[row].id == key) return index(static_cast<int>(row), 0);
  }
  return {};
}

QString LayerTreeModel::displayName(const MapLayer& layer) {
  if (!layer.title.empty()) return QString::fromStdString(layer.title);
  if (layer.id == "ellipses-study") return tr("Ellipses: all clusters, belts");
  if (layer.id == "ellipses-programmes") return tr("Ellipses: programmes");
  switch (layer.kind) {
    case LayerKind::Prefectures: return tr("Prefectures");
    case LayerKind::Provinces: return tr("Provinces");
    case LayerKind::Outcomes: return tr("Match outcome (choropleth)");
    case LayerKind::Clusters: return tr("Clusters");
    case LayerKind::Belts: return tr("Online industrial belts");
    case LayerKind::Ellipses: return tr("Ellipses");
    case LayerKind::Trajectory: return tr("Mean centre by year");
    case LayerKind::LocalColocation: return tr("Local colocation quotient");
    case LayerKind::CityLabels: return tr("City names");
    case LayerKind::Legend: return tr("Legend");
  }
  return QString::fromStdString(layer.id);
}

QModelIndex LayerTreeModel::index(int row, int column, const QModelIndex& parent) const {
  if (parent.isValid() || column != 0 || row < 0 || row >= static_cast<int>(mLayers.size())) return {};
  return createIndex(row, column);
}

QModelIndex LayerTreeModel::parent(const QModelIndex&) const { return {}; }

int LayerTreeModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(mLayers.size());
}

int LayerTreeModel::columnCount(const QModelIndex&) const { return 1; }

QVariant LayerTreeModel::data(const QModelIndex& index, int role) const {
  const MapLayer* layer = layerAt(index);
  if (layer == nullptr) return {};
  switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return displayName(*layer);
    case Qt::CheckStateRole: return layer->visible ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole: return swatch(*layer);
    case Qt::ToolTipRole: return tr("Drag to change the drawing order; the top layer is drawn last.");
    case LayerIdRole: return QString::fromStdString(layer->id);
    default: return {};
  }
}

bool LayerTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  const MapLayer* layer = layerAt(index);
  if (layer == nullptr) return false;
  MapLayer changed = *layer;
  if (role == Qt::CheckStateRole) {
    changed.visible = value.toInt() == Qt::Checked;
  } else if (role == Qt::EditRole) {
    const QString title = value.toString().trimmed();
    changed.title = title.isEmpty() ? std::string() : title.toStdString();
  } else {
    return false;
  }
  updateLayer(changed);
  return true;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex& index) const {
  if (!index.isValid()) return Qt::ItemIsDropEnabled;  // drops land between rows
  return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable |
         Qt::ItemIsDragEnabled;
}

Qt::DropActions LayerTreeModel::supportedDropActions() const { return Qt::MoveAction; }

QStringList LayerTreeModel::mimeTypes() const { return {kMimeType}; }

QMimeData* LayerTreeModel::mimeData(const QModelIndexList& indexes) const {
  if (indexes.isEmpty() || layerAt(indexes.first()) == nullptr) return nullptr;
  auto* data = new QMimeData;
  data->setData(kMimeType, QByteArray::number(indexes.first().row()));
  return data;
}

bool LayerTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int, const QModelIndex& parent) {
  if (action != Qt::MoveAction || data == nullptr || !data->hasFormat(kMimeType)) return false;
  bool ok = false;
  const int source = data->data(kMimeType).toInt(&ok);
  if (!ok) return false;
  // A drop on a row puts the layer above it; a drop past the end puts it at the bottom.
  int destination = row >= 0 ? row : (parent.isValid() ? parent.row() : static_cast<int>(mLayers.size()));
  moveRows(QModelIndex(), source, 1, QModelIndex(), destination);
  // The move is done here; returning false stops the view from removing the source row again.
  return false;
}

bool LayerTreeModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                              const QModelIndex& destinationParent, int destinationChild) {
  const int size = static_cast<int>(mLayers.size());
  if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 || sourceRow >= size ||
      destinationChild < 0 || destinationChild > size || destinationChild == sourceRow ||
      destinationChild == sourceRow + 1) {
    return false;
  }
  if (!beginMoveRows(QModelIndex(), sourceRow, sourceRow, QModelIndex(), destinationChild)) return false;
  // destinationChild counts positions before the move; after removing the source it shifts by one.
  const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
  mLayers.move(static_cast<std::size_t>(sourceRow), static_cast<std::size_t>(to));
  endMoveRows();
  Q_EMIT layerStackChanged(mLayers);
  return true;
}

void LayerTreeModel::setLayerStack(const LayerStack& layers) {
  if (layers == mLayers) return;
  const auto sameRows = std::equal(layers.layers().begin(), layers.layers().end(), mLayers.layers().begin(),
                                   mLayers.layers().end(),
                                   [](const MapLayer& a, const MapLayer& b) { return a.id == b.id; });
  if (sameRows && !mLayers.layers().empty()) {
    // The same layers in the same order (undo of a style edit): views keep their selection.
    mLayers = layers;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
  } else {
    beginResetModel();
    mLayers = layers;
    endResetModel();
  }
  Q_EMIT layerStackChanged(mLayers);
}

void LayerTreeModel::updateLayer(const MapLayer& layer) {
  MapLayer* target = mLayers.find(layer.id);
  if (target == nullptr || *target == layer) return;
  *target = layer;
  const QModelIndex changed = indexOfLayer(QString::fromStdString(layer.id));
  Q_EMIT dataChanged(changed, changed);
  Q_EMIT layerStackChanged(mLayers);
}

void LayerTreeModel::setLayerVisible(const QString& id, bool visible) {
  const MapLayer* layer = mLayers.find(id.toStdString());
  if (layer == nullptr) return;
  MapLayer changed = *layer;
  changed.visible = visible;
  updateLayer(changed);
}

}  // namespace cb::ui
