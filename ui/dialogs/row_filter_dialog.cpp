// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/row_filter_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <utility>

#include "core/io/bundled_data.h"
#include "core/io/point_table_reader.h"
#include "core/project/project.h"
#include "core/util/text.h"

namespace cb::ui {
namespace {

/// Columns with more distinct values than this (names, sources) are not offered: a filter on them
/// would be a list of rows, not a part of the list.
constexpr int kMaxDistinctValues = 60;

QString fromUtf8(const std::string& text) { return QString::fromStdString(text); }

std::string tablePath(const DataSource& source, PointKind kind) {
  if (!source.path.empty()) return source.path;
  return pathToUtf8(bundledDataFile(kind == PointKind::Cluster ? bundled::kClusters : bundled::kBelts));
}

}  // namespace

/// What the worker read: every column's distinct values (trimmed) and their counts.
struct RowFilterDialog::Probe {
  std::vector<std::string> columns;
  std::map<std::string, std::map<std::string, int>> counts;
  std::string error;
};

RowFilterDialog::Probe RowFilterDialog::probe(const std::string& path) {
  Probe out;
  LoadReport report;
  const std::optional<TextTable> table = readTextTable(pathFromUtf8(path), report);
  if (!table) {
    for (const LoadMessage& m : report.messages()) out.error += (out.error.empty() ? "" : "; ") + m.message;
    if (out.error.empty()) out.error = "the file cannot be read";
    return out;
  }
  out.columns = table->columns;
  for (const TextTable::Row& row : table->rows) {
    for (std::size_t c = 0; c < table->columns.size() && c < row.values.size(); ++c) {
      ++out.counts[table->columns[c]][text::trim(row.values[c])];
    }
  }
  return out;
}

RowFilterDialog::RowFilterDialog(const DataSource& source, PointKind kind, QWidget* parent)
    : QDialog(parent),
      mSource(source),
      mStatus(new QLabel(this)),
      mColumn(new QComboBox(this)),
      mValues(new QListWidget(this)),
      mAdd(new QPushButton(this)),
      mFilters(new QListWidget(this)),
      mRemove(new QPushButton(this)),
      mWatcher(new QFutureWatcher<Probe>(this)) {
  const std::string path = tablePath(source, kind);
  setWindowTitle(kind == PointKind::Cluster ? tr("Filter Clusters") : tr("Filter Belts"));
  mStatus->setWordWrap(true);
  mStatus->setText(tr("Reading %1 …").arg(QFileInfo(fromUtf8(path)).fileName()));
  mAdd->setText(tr("&Add Filter"));
  mAdd->setToolTip(tr("Keep only the rows whose column holds one of the checked values"));
  mRemove->setText(tr("&Remove"));
  mColumn->setEnabled(false);
  mAdd->setEnabled(false);

  auto* chooser = new QHBoxLayout;
  chooser->addWidget(new QLabel(tr("Keep the rows whose"), this));
  chooser->addWidget(mColumn, 1);
  chooser->addWidget(new QLabel(tr("is one of:"), this));
  auto* inUse = new QHBoxLayout;
  inUse->addWidget(mFilters, 1);
  inUse->addWidget(mRemove, 0, Qt::AlignTop);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  mOk = buttons->button(QDialogButtonBox::Ok);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(mStatus);
  layout->addLayout(chooser);
  layout->addWidget(mValues, 2);
  layout->addWidget(mAdd, 0, Qt::AlignRight);
  layout->addWidget(new QLabel(tr("Filters in use (a row must pass every one):"), this));
  layout->addLayout(inUse, 1);
  layout->addWidget(buttons);
  resize(520, 560);

  connect(mColumn, &QComboBox::currentIndexChanged, this, &RowFilterDialog::showValues);
  connect(mAdd, &QPushButton::clicked, this, &RowFilterDialog::addFilter);
  connect(mRemove, &QPushButton::clicked, this, &RowFilterDialog::removeFilter);
  connect(mFilters, &QListWidget::itemSelectionChanged, this,
          [this] { mRemove->setEnabled(!mFilters->selectedItems().isEmpty()); });
  connect(mWatcher, &QFutureWatcher<Probe>::finished, this, &RowFilterDialog::onProbed);
  refreshFilters();
  mWatcher->setFuture(QtConcurrent::run(&RowFilterDialog::probe, path));
}

RowFilterDialog::~RowFilterDialog() { mWatcher->waitForFinished(); }

std::optional<DataSource> RowFilterDialog::choose(PointKind kind, const DataSource& current, QWidget* parent) {
  RowFilterDialog dialog(current, kind, parent);
  if (dialog.exec() != QDialog::Accepted) return std::nullopt;
  return dialog.dataSource();
}

DataSource RowFilterDialog::dataSource() const { return mSource; }

std::vector<std::pair<QString, int>> RowFilterDialog::valuesOf(const QString& column) const {
  std::vector<std::pair<QString, int>> out;
  const auto it = mCounts.find(column);
  if (it == mCounts.end()) return out;
  for (const auto& [value, rows] : it->second) out.emplace_back(value, rows);
  // Most rows first, so the values that matter are on top; ties in text order.
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

void RowFilterDialog::onProbed() {
  Probe result = mWatcher->result();
  mLoaded = true;
  if (!result.error.empty()) {
    mStatus->setText(tr("The table cannot be read: %1").arg(fromUtf8(result.error)));
    Q_EMIT loadFinished(false);
    return;
  }
  for (const std::string& column : result.columns) {
    const auto& counts = result.counts[column];
    if (static_cast<int>(counts.size()) > kMaxDistinctValues) continue;
    auto& target = mCounts[fromUtf8(column)];
    for (const auto& [value, rows] : counts) target[fromUtf8(value)] = rows;
    mColumns << fromUtf8(column);
  }
  mStatus->setText(tr("Columns with at most %1 different values can be filtered on.").arg(kMaxDistinctValues));
  mColumn->addItems(mColumns);
  mColumn->setEnabled(!mColumns.isEmpty());
  // Offer the evidence column of the belt lists first, where there is one: the usual question.
  if (const auto at = mColumns.indexOf(QStringLiteral("strength")); at >= 0) mColumn->setCurrentIndex(static_cast<int>(at));
  showValues();
  Q_EMIT loadFinished(true);
}

void RowFilterDialog::showValues() {
  mValues->clear();
  const QString column = mColumn->currentText();
  for (const auto& [value, rows] : valuesOf(column)) {
    auto* item = new QListWidgetItem(tr("%1 (%n row(s))", nullptr, rows)
                                         .arg(value.isEmpty() ? tr("(empty)") : value),
                                     mValues);
    item->setData(Qt::UserRole, value);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
  }
  mAdd->setEnabled(!column.isEmpty());
}

void RowFilterDialog::addFilter() {
  RowFilter filter;
  filter.column = mColumn->currentText().toStdString();
  for (int i = 0; i < mValues->count(); ++i) {
    const QListWidgetItem* item = mValues->item(i);
    if (item->checkState() == Qt::Checked) filter.values.push_back(item->data(Qt::UserRole).toString().toStdString());
  }
  if (filter.column.empty() || filter.values.empty()) {
    mStatus->setText(tr("Check the values to keep first."));
    return;
  }
  // One filter per column: a new choice replaces the old one.
  auto& filters = mSource.filters;
  filters.erase(std::remove_if(filters.begin(), filters.end(),
                               [&](const RowFilter& f) { return f.column == filter.column; }),
                filters.end());
  filters.push_back(std::move(filter));
  refreshFilters();
}

void RowFilterDialog::removeFilter() {
  const int row = mFilters->currentRow();
  if (row < 0 || row >= static_cast<int>(mSource.filters.size())) return;
  mSource.filters.erase(mSource.filters.begin() + row);
  refreshFilters();
}

void RowFilterDialog::refreshFilters() {
  mFilters->clear();
  for (const RowFilter& filter : mSource.filters) mFilters->addItem(fromUtf8(rowFilterText(filter)));
  if (mSource.filters.empty()) {
    auto* none = new QListWidgetItem(tr("None: every row takes part."), mFilters);
    none->setFlags(Qt::NoItemFlags);
  }
  mRemove->setEnabled(false);
}

}  // namespace cb::ui
