// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <array>
#include <memory>
#include <vector>

#include "core/analysis/analysis.h"
#include "ui/models/match_labels.h"

namespace cb::ui {

/// Every city with a cluster or a belt (MatchReport::cities, by code), one per row: its counts of
/// clusters and belts, of clusters per outcome, and the city's outcome. Sort through a
/// QSortFilterProxyModel on SortRole; every row answers CityCodeRole with its 2021 code.
class CityTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    Name, Code, Province, Clusters, Belts, Identical, Similar, Unrelated, NoBelt, Outcome, ColumnCount
  };

  explicit CityTableModel(QObject* parent = nullptr);

  void setAnalysis(std::shared_ptr<const Analysis> analysis);
  /// The city of a row, or nullptr.
  [[nodiscard]] const CityMatch* city(int row) const;
  /// The row of a city code, or -1.
  [[nodiscard]] int rowOf(const QString& code) const;

  [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                    int role = Qt::DisplayRole) const override;

 private:
  struct Counts {
    std::array<int, 4> byOutcome{};  ///< indexed by ClusterOutcome
    cb::CityOutcome outcome = cb::CityOutcome::None;
  };
  std::shared_ptr<const Analysis> mAnalysis;
  std::vector<Counts> mCounts;  ///< per row
};

}  // namespace cb::ui
