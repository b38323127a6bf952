// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/entry_table_model.h"

#include "ui/models/match_labels.h"

namespace cb::ui {

EntryTableModel::EntryTableModel(PointKind kind, QObject* parent) : QAbstractTableModel(parent), mKind(kind) {
  // In the order of ClusterTableModel::Column and BeltTableModel::Column.
  mColumns = {Field::Name, Field::Programme, Field::Year, Field::Industry, Field::Groups};
  if (kind == PointKind::Cluster) mColumns.push_back(Field::Outcome);
  mColumns.insert(mColumns.end(), {Field::City, Field::Province, Field::Code, Field::Row});
}

const std::vector<MatchEntry>* EntryTableModel::entries() const {
  if (!mAnalysis) return nullptr;
  return mKind == PointKind::Cluster ? &mAnalysis->match.clusters : &mAnalysis->match.belts;
}

void EntryTableModel::setAnalysis(std::shared_ptr<const Analysis> analysis) {
  beginResetModel();
  mAnalysis = std::move(analysis);
  mCities.clear();
  mYearByRow.clear();
  if (mAnalysis) {
    const PointTable& table = mKind == PointKind::Cluster ? mAnalysis->clusters : mAnalysis->belts;
    for (const PointRecord& record : table.records) {
      if (record.year) mYearByRow.emplace(record.row, *record.year);
    }
    mCities.reserve(entries()->size());
    for (const MatchEntry& e : *entries()) mCities.push_back(mAnalysis->city(e.code));
  }
  endResetModel();
}

const MatchEntry* EntryTableModel::entry(int row) const {
  const std::vector<MatchEntry>* list = entries();
  if (list == nullptr || row < 0 || row >= static_cast<int>(list->size())) return nullptr;
  return &(*list)[static_cast<std::size_t>(row)];
}

int EntryTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || entries() == nullptr ? 0 : static_cast<int>(entries()->size());
}

int EntryTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(mColumns.size());
}

QVariant EntryTableModel::data(const QModelIndex& index, int role) const {
  const MatchEntry* e = entry(index.row());
  if (e == nullptr || index.column() < 0 || index.column() >= columnCount()) return {};
  if (role == CityCodeRole) return fromUtf8(e->code);
  if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole) return {};
  const bool sort = role == SortRole;
  const CityMatch* city = mCities[static_cast<std::size_t>(index.row())];
  switch (mColumns[static_cast<std::size_t>(index.column())]) {
    case Field::Name: return fromUtf8(e->name);
    case Field::Programme: return fromUtf8(e->program);
    case Field::Year: {
      const auto it = mYearByRow.find(e->row);
      if (it == mYearByRow.end()) return sort ? QVariant(0) : QVariant();
      return it->second;
    }
    case Field::Industry: return fromUtf8(e->industry);
    case Field::Groups: return groupsText(e->groupIds, mAnalysis->match);
    case Field::Outcome: return sort ? QVariant(static_cast<int>(e->outcome)) : QVariant(outcomeLabel(e->outcome));
    case Field::City: return city != nullptr ? fromUtf8(city->name) : QString();
    case Field::Province: return city != nullptr ? fromUtf8(city->province) : QString();
    case Field::Code: return fromUtf8(e->code);
    case Field::Row: return e->row;
  }
  return {};
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount()) {
    return QAbstractTableModel::headerData(section, orientation, role);
  }
  const bool clusters = mKind == PointKind::Cluster;
  switch (mColumns[static_cast<std::size_t>(section)]) {
    case Field::Name: return clusters ? tr("Cluster") : tr("Belt");
    case Field::Programme: return clusters ? tr("Programme") : tr("Platform");
    case Field::Year: return tr("Year");
    case Field::Industry: return tr("Industry");
    case Field::Groups: return tr("Groups");
    case Field::Outcome: return tr("Outcome");
    case Field::City: return tr("City");
    case Field::Province: return tr("Province");
    case Field::Code: return tr("Code");
    case Field::Row: return tr("Row");
  }
  return {};
}

}  // namespace cb::ui
