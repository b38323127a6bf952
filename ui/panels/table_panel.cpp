// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/table_panel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelection>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/controllers/selection_model.h"
#include "ui/models/entry_table_model.h"
#include "ui/models/city_table_model.h"
#include "ui/models/match_labels.h"

namespace cb::ui {
namespace {

constexpr std::size_t kNoPage = 3;

}  // namespace

TablePanel::TablePanel(SelectionModel* selection, QWidget* parent)
    : QWidget(parent),
      mSelection(selection),
      mClusters(new ClusterTableModel(this)),
      mBelts(new BeltTableModel(this)),
      mCities(new CityTableModel(this)),
      mTabs(new QTabWidget(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mTabs);
  addPage(Tab::Clusters, mClusters);
  addPage(Tab::Belts, mBelts);
  addPage(Tab::Cities, mCities);
  if (mSelection != nullptr) {
    connect(mSelection, &SelectionModel::selectionChanged, this, &TablePanel::syncFromSelection);
    connect(mSelection, &SelectionModel::currentCityChanged, this, &TablePanel::syncFromSelection);
  }
  retranslate();
}

TablePanel::~TablePanel() = default;

void TablePanel::addPage(Tab tab, QAbstractItemModel* model) {
  const auto index = static_cast<std::size_t>(tab);
  Page& p = mPages[index];
  auto* widget = new QWidget(mTabs);
  p.filter = new QLineEdit(widget);
  p.filter->setClearButtonEnabled(true);
  p.proxy = new QSortFilterProxyModel(this);
  p.proxy->setSourceModel(model);
  p.proxy->setSortRole(SortRole);
  p.proxy->setSortLocaleAware(true);
  p.proxy->setFilterKeyColumn(-1);  // any column
  p.proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
  p.view = new QTableView(widget);
  p.view->setModel(p.proxy);
  p.view->setSelectionBehavior(QAbstractItemView::SelectRows);
  p.view->setSelectionMode(QAbstractItemView::ExtendedSelection);
  p.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  p.view->setWordWrap(false);
  p.view->verticalHeader()->hide();
  p.view->horizontalHeader()->setStretchLastSection(true);
  // File order first; a click on a header sorts.
  p.view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
  p.view->setSortingEnabled(true);
  auto* layout = new QVBoxLayout(widget);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(p.filter);
  layout->addWidget(p.view);
  mTabs->addTab(widget, QString());

  // The view's own Ctrl+C copies one cell; researchers want the rows.
  p.copy = new QAction(p.view);
  p.copy->setShortcut(QKeySequence::Copy);
  p.copy->setShortcutContext(Qt::WidgetShortcut);
  p.view->addAction(p.copy);
  p.view->setContextMenuPolicy(Qt::ActionsContextMenu);
  connect(p.copy, &QAction::triggered, this,
          [this, tab] { QApplication::clipboard()->setText(selectedRowsAsText(tab)); });

  connect(p.filter, &QLineEdit::textChanged, this, [this, index](const QString& text) {
    // Hiding rows drops them from the view's selection; that must not deselect their cities.
    mSyncing = true;
    mPages[index].proxy->setFilterFixedString(text);
    mSyncing = false;
    syncPage(index);  // rows that come back show the selection again
    updateTabTitles();
  });
  connect(p.view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          [this, index] { pushSelection(index); });
}

void TablePanel::setCurrentTab(Tab tab) { mTabs->setCurrentIndex(static_cast<int>(tab)); }

QString TablePanel::selectedRowsAsText(Tab tab) const {
  const Page& p = page(tab);
  QModelIndexList rows = p.view->selectionModel()->selectedRows();
  if (rows.isEmpty()) return {};
  std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
  const auto clean = [](QString text) {
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
  };
  QStringList lines, header;
  const int columns = p.proxy->columnCount();
  for (int c = 0; c < columns; ++c) {
    if (!p.view->isColumnHidden(c)) header << clean(p.proxy->headerData(c, Qt::Horizontal).toString());
  }
  lines << header.join(QLatin1Char('\t'));
  for (const QModelIndex& row : rows) {
    QStringList values;
    for (int c = 0; c < columns; ++c) {
      if (!p.view->isColumnHidden(c)) values << clean(p.proxy->index(row.row(), c).data().toString());
    }
    lines << values.join(QLatin1Char('\t'));
  }
  return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TablePanel::setAnalysis(std::shared_ptr<const cb::Analysis> analysis) {
  mSyncing = true;
  mClusters->setAnalysis(analysis);
  mBelts->setAnalysis(analysis);
  mCities->setAnalysis(std::move(analysis));
  mSyncing = false;
  for (const Page& p : mPages) p.view->resizeColumnsToContents();
  updateTabTitles();
  syncFromSelection();
}

void TablePanel::pushSelection(std::size_t page) {
  if (mSyncing || mSelection == nullptr) return;
  const QTableView* view = mPages[page].view;
  QStringList codes;
  for (const QModelIndex& row : view->selectionModel()->selectedRows()) {
    const QString code = row.data(CityCodeRole).toString();
    if (!code.isEmpty() && !codes.contains(code)) codes << code;
  }
  // The row clicked last is the one the user looks at: its city becomes current.
  QString current = view->currentIndex().data(CityCodeRole).toString();
  if (!codes.contains(current)) current = codes.isEmpty() ? QString() : codes.front();
  mPushingFrom = page;
  mSelection->setSelectedCities(codes, current);
  mPushingFrom = kNoPage;
}

void TablePanel::syncFromSelection() {
  for (std::size_t i = 0; i < mPages.size(); ++i) {
    if (i != mPushingFrom) syncPage(i);
  }
}

void TablePanel::syncPage(std::size_t page) {
  if (mSelection == nullptr) return;
  const Page& p = mPages[page];
  const QStringList& selected = mSelection->selectedCities();
  const QSet<QString> codes(selected.begin(), selected.end());
  const QString& current = mSelection->currentCity();
  const int columns = p.proxy->columnCount();
  QItemSelection selection;
  int firstRow = -1, currentRow = -1, runStart = -1;
  const auto closeRun = [&](int end) {
    if (runStart >= 0) selection.select(p.proxy->index(runStart, 0), p.proxy->index(end, columns - 1));
    runStart = -1;
  };
  const int rows = p.proxy->rowCount();
  for (int r = 0; r < rows; ++r) {
    const QString code = p.proxy->index(r, 0).data(CityCodeRole).toString();
    if (!codes.contains(code)) {
      closeRun(r - 1);
      continue;
    }
    if (runStart < 0) runStart = r;
    if (firstRow < 0) firstRow = r;
    if (currentRow < 0 && code == current) currentRow = r;
  }
  closeRun(rows - 1);

  mSyncing = true;
  QItemSelectionModel* model = p.view->selectionModel();
  model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  const int focus = currentRow >= 0 ? currentRow : firstRow;
  if (focus >= 0) {
    const QModelIndex index = p.proxy->index(focus, 0);
    model->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    p.view->scrollTo(index, QAbstractItemView::PositionAtCenter);
  }
  mSyncing = false;
}

void TablePanel::updateTabTitles() {
  const auto title = [this](Tab tab, const QString& name) {
    const Page& p = page(tab);
    const int shown = p.proxy->rowCount(), all = p.proxy->sourceModel()->rowCount();
    mTabs->setTabText(static_cast<int>(tab), shown == all ? tr("%1 (%2)").arg(name).arg(all)
                                                          : tr("%1 (%2 of %3)").arg(name).arg(shown).arg(all));
  };
  title(Tab::Clusters, tr("Clusters"));
  title(Tab::Belts, tr("Belts"));
  title(Tab::Cities, tr("Cities"));
}

void TablePanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void TablePanel::retranslate() {
  mPages[0].filter->setPlaceholderText(tr("Filter clusters by name, programme, industry, group, city or code"));
  mPages[1].filter->setPlaceholderText(tr("Filter belts by name, platform, industry, group, city or code"));
  mPages[2].filter->setPlaceholderText(tr("Filter cities by name, code, province or outcome"));
  for (const Page& p : mPages) p.copy->setText(tr("Copy selected rows"));
  updateTabTitles();
}

}  // namespace cb::ui
