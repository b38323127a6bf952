// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <array>
#include <memory>

#include "core/analysis/analysis.h"

class QAbstractItemModel;
class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace cb::ui {

class BeltTableModel;
class CityTableModel;
class ClusterTableModel;
class SelectionModel;

/// Dock content with three sortable, filterable tables: every cluster, every belt and every city
/// with its outcome. It is linked both ways with the SelectionModel: selecting rows selects their
/// cities (a cluster or belt row selects the city it resolved to; the clicked row's city becomes
/// current), and a selection made elsewhere selects every row of the selected cities in each table
/// and scrolls to the current city's first row.
class TablePanel : public QWidget {
  Q_OBJECT

 public:
  enum class Tab { Clusters = 0, Belts = 1, Cities = 2 };

  explicit TablePanel(SelectionModel* selection, QWidget* parent = nullptr);
  ~TablePanel() override;

  [[nodiscard]] QTabWidget* tabs() const { return mTabs; }
  [[nodiscard]] QTableView* view(Tab tab) const { return page(tab).view; }
  [[nodiscard]] QLineEdit* filterEdit(Tab tab) const { return page(tab).filter; }
  /// The sort/filter proxy the view shows (its source is the tab's table model).
  [[nodiscard]] QSortFilterProxyModel* proxy(Tab tab) const { return page(tab).proxy; }
  [[nodiscard]] ClusterTableModel* clusterModel() const { return mClusters; }
  [[nodiscard]] BeltTableModel* beltModel() const { return mBelts; }
  [[nodiscard]] CityTableModel* cityModel() const { return mCities; }
  void setCurrentTab(Tab tab);
  /// The selected rows of a table (in the order shown, visible columns) under a header row, as
  /// tab-separated lines for a spreadsheet. Ctrl+C in a table puts this on the clipboard.
  [[nodiscard]] QString selectedRowsAsText(Tab tab) const;

 public Q_SLOTS:
  void setAnalysis(std::shared_ptr<const cb::Analysis> analysis);

 private:
  struct Page {
    QLineEdit* filter = nullptr;
    QTableView* view = nullptr;
    QSortFilterProxyModel* proxy = nullptr;
    QAction* copy = nullptr;
  };
  [[nodiscard]] const Page& page(Tab tab) const { return mPages[static_cast<std::size_t>(tab)]; }
  void addPage(Tab tab, QAbstractItemModel* model);
  void pushSelection(std::size_t page);
  void syncFromSelection();
  void syncPage(std::size_t page);
  void updateTabTitles();
  void changeEvent(QEvent* event) override;
  void retranslate();

  SelectionModel* mSelection;
  ClusterTableModel* mClusters;
  BeltTableModel* mBelts;
  CityTableModel* mCities;
  QTabWidget* mTabs;
  std::array<Page, 3> mPages;
  bool mSyncing = false;         ///< true while this panel selects rows itself
  std::size_t mPushingFrom = 3;  ///< the page whose selection is being sent (3: none)
};

}  // namespace cb::ui
