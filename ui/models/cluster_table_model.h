// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <memory>
#include <unordered_map>
#include <vector>

#include "core/analysis/analysis.h"

namespace cb::ui {

/// Every resolved cluster of an Analysis (MatchReport::clusters, file order), one per row, with the
/// city it resolved to and its outcome. Sort through a QSortFilterProxyModel on SortRole; every
/// row answers CityCodeRole with its city's 2021 code.
class ClusterTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { Name, Programme, Year, Industry, Groups, Outcome, City, Province, Code, Row, ColumnCount };

  explicit ClusterTableModel(QObject* parent = nullptr);

  void setAnalysis(std::shared_ptr<const Analysis> analysis);
  [[nodiscard]] const std::shared_ptr<const Analysis>& analysis() const { return mAnalysis; }
  /// The match entry of a row, or nullptr.
  [[nodiscard]] const MatchEntry* entry(int row) const;

  [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                    int role = Qt::DisplayRole) const override;

 private:
  std::shared_ptr<const Analysis> mAnalysis;
  std::vector<const CityMatch*> mCities;          ///< per row: the city it resolved to
  std::unordered_map<long long, int> mYearByRow;  ///< source row → batch year, when read
};

}  // namespace cb::ui
