// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/city_table_model.h"

#include <algorithm>

namespace cb::ui {

CityTableModel::CityTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CityTableModel::setAnalysis(std::shared_ptr<const Analysis> analysis) {
  beginResetModel();
  mAnalysis = std::move(analysis);
  mCounts.clear();
  if (mAnalysis) {
    const MatchReport& match = mAnalysis->match;
    mCounts.reserve(match.cities.size());
    for (const CityMatch& c : match.cities) {
      Counts counts;
      for (const std::size_t i : c.clusters) {
        if (i < match.clusters.size()) ++counts.byOutcome[static_cast<std::size_t>(match.clusters[i].outcome)];
      }
      counts.outcome = cb::cityOutcome(c, match);
      mCounts.push_back(counts);
    }
  }
  endResetModel();
}

const CityMatch* CityTableModel::city(int row) const {
  if (!mAnalysis || row < 0 || row >= static_cast<int>(mAnalysis->match.cities.size())) return nullptr;
  return &mAnalysis->match.cities[static_cast<std::size_t>(row)];
}

int CityTableModel::rowOf(const QString& code) const {
  if (!mAnalysis) return -1;
  const CityMatch* c = mAnalysis->city(code.toStdString());
  return c == nullptr ? -1 : static_cast<int>(c - mAnalysis->match.cities.data());
}

int CityTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || !mAnalysis ? 0 : static_cast<int>(mAnalysis->match.cities.size());
}

int CityTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CityTableModel::data(const QModelIndex& index, int role) const {
  const CityMatch* c = city(index.row());
  if (c == nullptr) return {};
  if (role == CityCodeRole) return fromUtf8(c->code);
  if (role == Qt::TextAlignmentRole) {
    const bool number = index.column() >= Clusters && index.column() <= NoBelt;
    return QVariant::fromValue(Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
  }
  if (role != Qt::DisplayRole && role != SortRole) return {};
  const Counts& counts = mCounts[static_cast<std::size_t>(index.row())];
  const auto tally = [&](ClusterOutcome o) { return counts.byOutcome[static_cast<std::size_t>(o)]; };
  switch (index.column()) {
    case Name: return fromUtf8(c->name);
    case Code: return fromUtf8(c->code);
    case Province: return fromUtf8(c->province);
    case Clusters: return static_cast<int>(c->clusters.size());
    case Belts: return static_cast<int>(c->belts.size());
    case Identical: return tally(ClusterOutcome::Identical);
    case Similar: return tally(ClusterOutcome::Similar);
    case Unrelated: return tally(ClusterOutcome::Unrelated);
    case NoBelt: return tally(ClusterOutcome::NoBelt);
    case Outcome:
      return role == SortRole ? QVariant(static_cast<int>(counts.outcome)) : QVariant(cityOutcomeLabel(counts.outcome));
    default: return {};
  }
}

QVariant CityTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case Name: return tr("City");
    case Code: return tr("Code");
    case Province: return tr("Province");
    case Clusters: return tr("Clusters");
    case Belts: return tr("Belts");
    case Identical: return tr("Identical");
    case Similar: return tr("Similar");
    case Unrelated: return tr("Unrelated");
    case NoBelt: return tr("No belt");
    case Outcome: return tr("Outcome");
    default: return {};
  }
}

}  // namespace cb::ui
