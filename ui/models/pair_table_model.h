// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <memory>

#include "core/analysis/analysis.h"

namespace cb::ui {

/// The (cluster, belt) pairs of one city (CityMatch::pairs, cluster-major in row order): both
/// names and industries, the match kind and the groups that made the pair identical (shared
/// groups) or similar ("cluster group ~ belt group"). Empty for a city without pairs.
class PairTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { Cluster, Programme, ClusterIndustry, Belt, BeltIndustry, Match, Groups, ColumnCount };

  explicit PairTableModel(QObject* parent = nullptr);

  void setAnalysis(std::shared_ptr<const Analysis> analysis);
  /// Shows the pairs of the city with this 2021 code (none when it is not in the match).
  void setCity(const QString& code);
  [[nodiscard]] const QString& cityCode() const { return mCode; }
  /// The pair of a row, or nullptr.
  [[nodiscard]] const MatchPair* pair(int row) const;

  [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                    int role = Qt::DisplayRole) const override;

 private:
  void reset(std::shared_ptr<const Analysis> analysis, const QString& code);

  std::shared_ptr<const Analysis> mAnalysis;
  QString mCode;
  const CityMatch* mCity = nullptr;
};

}  // namespace cb::ui
