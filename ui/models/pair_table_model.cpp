// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/pair_table_model.h"

#include "ui/models/match_labels.h"

namespace cb::ui {

PairTableModel::PairTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PairTableModel::setAnalysis(std::shared_ptr<const Analysis> analysis) { reset(std::move(analysis), mCode); }

void PairTableModel::setCity(const QString& code) {
  if (code != mCode) reset(mAnalysis, code);
}

void PairTableModel::reset(std::shared_ptr<const Analysis> analysis, const QString& code) {
  beginResetModel();
  mAnalysis = std::move(analysis);
  mCode = code;
  mCity = mAnalysis && !code.isEmpty() ? mAnalysis->city(code.toStdString()) : nullptr;
  endResetModel();
}

const MatchPair* PairTableModel::pair(int row) const {
  if (mCity == nullptr || row < 0 || row >= static_cast<int>(mCity->pairs.size())) return nullptr;
  return &mCity->pairs[static_cast<std::size_t>(row)];
}

int PairTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || mCity == nullptr ? 0 : static_cast<int>(mCity->pairs.size());
}

int PairTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PairTableModel::data(const QModelIndex& index, int role) const {
  const MatchPair* p = pair(index.row());
  if (p == nullptr) return {};
  if (role == CityCodeRole) return mCode;
  if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole) return {};
  const MatchReport& match = mAnalysis->match;
  // Indexes come from the same report; guard anyway so a bad index shows blank, not a crash.
  const MatchEntry* cluster = p->cluster < match.clusters.size() ? &match.clusters[p->cluster] : nullptr;
  const MatchEntry* belt = p->belt < match.belts.size() ? &match.belts[p->belt] : nullptr;
  switch (index.column()) {
    case Cluster: return cluster != nullptr ? fromUtf8(cluster->name) : QString();
    case Programme: return cluster != nullptr ? fromUtf8(cluster->program) : QString();
    case ClusterIndustry: return cluster != nullptr ? fromUtf8(cluster->industry) : QString();
    case Belt: return belt != nullptr ? fromUtf8(belt->name) : QString();
    case BeltIndustry: return belt != nullptr ? fromUtf8(belt->industry) : QString();
    case Match: return role == SortRole ? QVariant(static_cast<int>(p->kind)) : QVariant(matchKindLabel(p->kind));
    case Groups: return groupsText(p->groups, match);
    default: return {};
  }
}

QVariant PairTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case Cluster: return tr("Cluster");
    case Programme: return tr("Programme");
    case ClusterIndustry: return tr("Cluster industry");
    case Belt: return tr("Belt");
    case BeltIndustry: return tr("Belt industry");
    case Match: return tr("Match");
    case Groups: return tr("Groups (why)");
    default: return {};
  }
}

}  // namespace cb::ui
