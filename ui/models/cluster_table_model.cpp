// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/cluster_table_model.h"

#include "ui/models/match_labels.h"

namespace cb::ui {

ClusterTableModel::ClusterTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ClusterTableModel::setAnalysis(std::shared_ptr<const Analysis> analysis) {
  beginResetModel();
  mAnalysis = std::move(analysis);
  mCities.clear();
  mYearByRow.clear();
  if (mAnalysis) {
    for (const PointRecord& record : mAnalysis->clusters.records) {
      if (record.year) mYearByRow.emplace(record.row, *record.year);
    }
    mCities.reserve(mAnalysis->match.clusters.size());
    for (const MatchEntry& e : mAnalysis->match.clusters) mCities.push_back(mAnalysis->city(e.code));
  }
  endResetModel();
}

const MatchEntry* ClusterTableModel::entry(int row) const {
  if (!mAnalysis || row < 0 || row >= static_cast<int>(mAnalysis->match.clusters.size())) return nullptr;
  return &mAnalysis->match.clusters[static_cast<std::size_t>(row)];
}

int ClusterTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || !mAnalysis ? 0 : static_cast<int>(mAnalysis->match.clusters.size());
}

int ClusterTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ClusterTableModel::data(const QModelIndex& index, int role) const {
  const MatchEntry* e = entry(index.row());
  if (e == nullptr) return {};
  if (role == CityCodeRole) return fromUtf8(e->code);
  if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole) return {};
  const bool sort = role == SortRole;
  const CityMatch* city = mCities[static_cast<std::size_t>(index.row())];
  switch (index.column()) {
    case Name: return fromUtf8(e->name);
    case Programme: return fromUtf8(e->program);
    case Year: {
      const auto it = mYearByRow.find(e->row);
      if (it == mYearByRow.end()) return sort ? QVariant(0) : QVariant();
      return it->second;
    }
    case Industry: return fromUtf8(e->industry);
    case Groups: return groupsText(e->groupIds);
    case Outcome: return sort ? QVariant(static_cast<int>(e->outcome)) : QVariant(outcomeLabel(e->outcome));
    case City: return city != nullptr ? fromUtf8(city->name) : QString();
    case Province: return city != nullptr ? fromUtf8(city->province) : QString();
    case Code: return fromUtf8(e->code);
    case Row: return e->row;
    default: return {};
  }
}

QVariant ClusterTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case Name: return tr("Cluster");
    case Programme: return tr("Programme");
    case Year: return tr("Year");
    case Industry: return tr("Industry");
    case Groups: return tr("Groups");
    case Outcome: return tr("Outcome");
    case City: return tr("City");
    case Province: return tr("Province");
    case Code: return tr("Code");
    case Row: return tr("Row");
    default: return {};
  }
}

}  // namespace cb::ui
