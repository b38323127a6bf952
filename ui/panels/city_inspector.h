// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

#include "core/analysis/analysis.h"

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace cb::ui {

class BeltTableModel;
class ClusterTableModel;
class PairTableModel;
class SelectionModel;

/// Dock content that shows the current city of the SelectionModel: name, code and province; its
/// clusters (programme, year, industry, groups, outcome); its belts; and every (cluster, belt)
/// pair with its match kind and the groups that made it identical or similar. Copy (Ctrl+C or
/// the button) puts all of it on the clipboard as tab-separated text for a spreadsheet. Without a
/// current city it says how to pick one.
class CityInspector : public QWidget {
  Q_OBJECT

 public:
  explicit CityInspector(SelectionModel* selection, QWidget* parent = nullptr);
  ~CityInspector() override;

  /// The city shown (2021 code), empty in the empty state.
  [[nodiscard]] QString city() const { return mCity; }
  /// True while no city is shown and the hint is.
  [[nodiscard]] bool isShowingHint() const;
  /// The hint or the header line(s) as displayed, for a status line or a test.
  [[nodiscard]] QString headerText() const;
  /// Everything shown, as tab-separated lines: the city, then its clusters, belts and pairs, each
  /// under a title line and a header row. Empty in the empty state.
  [[nodiscard]] QString toTabSeparatedText() const;

  [[nodiscard]] QAction* copyAction() const { return mCopyAction; }
  [[nodiscard]] QTableView* clusterView() const { return mClusterView; }
  [[nodiscard]] QTableView* beltView() const { return mBeltView; }
  [[nodiscard]] QTableView* pairView() const { return mPairView; }
  [[nodiscard]] const PairTableModel* pairModel() const { return mPairs; }

 public Q_SLOTS:
  void setAnalysis(std::shared_ptr<const cb::Analysis> analysis);
  /// Puts toTabSeparatedText() on the clipboard (as plain text).
  void copyToClipboard();

 private:
  void showCity(const QString& code);
  void showHint();
  void changeEvent(QEvent* event) override;
  void retranslate();

  SelectionModel* mSelection;
  std::shared_ptr<const Analysis> mAnalysis;
  QString mCity;

  ClusterTableModel* mClusters;
  BeltTableModel* mBelts;
  PairTableModel* mPairs;
  QSortFilterProxyModel* mClusterProxy;
  QSortFilterProxyModel* mBeltProxy;

  QStackedWidget* mStack;
  QLabel* mHint;
  QLabel* mTitle;
  QLabel* mSubtitle;
  QLabel* mSummary;
  QLabel* mClustersTitle;
  QLabel* mBeltsTitle;
  QLabel* mPairsTitle;
  QTableView* mClusterView;
  QTableView* mBeltView;
  QTableView* mPairView;
  QAction* mCopyAction;
  QToolButton* mCopyButton;
};

}  // namespace cb::ui
