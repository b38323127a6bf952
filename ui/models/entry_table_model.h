// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <memory>
#include <unordered_map>
#include <vector>

#include "core/analysis/analysis.h"

namespace cb::ui {

/// Every resolved cluster or belt of an Analysis (MatchReport::clusters or ::belts, file order),
/// one per row, with the city it resolved to. Sort through a QSortFilterProxyModel on SortRole;
/// every row answers CityCodeRole with its city's 2021 code. ClusterTableModel and BeltTableModel
/// name the columns of each kind.
class EntryTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  /// What a column shows; each kind has its own list of columns.
  enum class Field { Name, Programme, Year, Industry, Groups, Outcome, City, Province, Code, Row };

  EntryTableModel(PointKind kind, QObject* parent = nullptr);

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
  [[nodiscard]] const std::vector<MatchEntry>* entries() const;

  PointKind mKind;
  std::vector<Field> mColumns;
  std::shared_ptr<const Analysis> mAnalysis;
  std::vector<const CityMatch*> mCities;          ///< per row: the city it resolved to
  std::unordered_map<long long, int> mYearByRow;  ///< source row → year, when read
};

/// The clusters: their programme, batch year and best outcome.
class ClusterTableModel : public EntryTableModel {
  Q_OBJECT

 public:
  enum Column { Name, Programme, Year, Industry, Groups, Outcome, City, Province, Code, Row, ColumnCount };
  explicit ClusterTableModel(QObject* parent = nullptr) : EntryTableModel(PointKind::Cluster, parent) {}
};

/// The belts: their platform and year.
class BeltTableModel : public EntryTableModel {
  Q_OBJECT

 public:
  enum Column { Name, Platform, Year, Industry, Groups, City, Province, Code, Row, ColumnCount };
  explicit BeltTableModel(QObject* parent = nullptr) : EntryTableModel(PointKind::Belt, parent) {}
};

}  // namespace cb::ui
