// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/analysis.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace cb::ui {

/// Chooses which rows of the clusters or the belts take part in the analysis (cb::RowFilter):
/// "keep the rows whose COLUMN is one of the checked values", for a sensitivity analysis such as
/// the belts of explicit evidence only, or one programme's clusters. The table is read in a
/// worker thread; each column's distinct values are listed with their number of rows. Filters in
/// use are listed and can be removed; a row must pass every filter.
class RowFilterDialog : public QDialog {
  Q_OBJECT

 public:
  /// `source` is the table in use (an empty path: the bundled list of `kind`) with its filters.
  RowFilterDialog(const cb::DataSource& source, cb::PointKind kind, QWidget* parent = nullptr);
  ~RowFilterDialog() override;

  /// Asks for the filters of `current`; nothing when cancelled.
  static std::optional<cb::DataSource> choose(cb::PointKind kind, const cb::DataSource& current,
                                              QWidget* parent = nullptr);

  /// The source with the filters as they stand in the dialog.
  [[nodiscard]] cb::DataSource dataSource() const;
  /// True once the table was read (successfully or not).
  [[nodiscard]] bool isLoaded() const { return mLoaded; }
  /// The distinct values of a column with their number of rows, in the order listed.
  [[nodiscard]] std::vector<std::pair<QString, int>> valuesOf(const QString& column) const;

  [[nodiscard]] QComboBox* columnBox() const { return mColumn; }
  [[nodiscard]] QListWidget* valueList() const { return mValues; }
  [[nodiscard]] QListWidget* filterList() const { return mFilters; }
  [[nodiscard]] QPushButton* addButton() const { return mAdd; }
  [[nodiscard]] QPushButton* removeButton() const { return mRemove; }

 Q_SIGNALS:
  void loadFinished(bool ok);

 private:
  struct Probe;
  static Probe probe(const std::string& path);
  void onProbed();
  void showValues();
  void addFilter();
  void removeFilter();
  void refreshFilters();

  cb::DataSource mSource;
  QStringList mColumns;
  /// column → (value → rows), from the worker.
  std::map<QString, std::map<QString, int>> mCounts;
  bool mLoaded = false;
  QLabel* mStatus;
  QComboBox* mColumn;
  QListWidget* mValues;
  QPushButton* mAdd;
  QListWidget* mFilters;
  QPushButton* mRemove;
  QPushButton* mOk;
  QFutureWatcher<Probe>* mWatcher;
};

}  // namespace cb::ui
