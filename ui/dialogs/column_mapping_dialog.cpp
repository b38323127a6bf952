// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/column_mapping_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <utility>

#include "core/io/point_table_reader.h"
#include "core/project/project.h"

namespace cb::ui {
namespace {

constexpr int kPreviewRows = 50;

QString fromUtf8(const std::string& text) { return QString::fromStdString(text); }

bool isPlaceRole(const QString& role) {
  return role == QLatin1String("city") || role == QLatin1String("code") || role == QLatin1String("county");
}

}  // namespace

/// What the worker learnt about the file.
struct ColumnMappingDialog::Probe {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;  ///< the first kPreviewRows rows
  std::vector<long long> rowNumbers;
  std::size_t rowCount = 0;
  std::string encoding;
  std::map<std::string, std::string> defaults;
  std::string error;
};

ColumnMappingDialog::Probe ColumnMappingDialog::probe(const std::string& path, PointKind kind) {
  Probe out;
  LoadReport report;
  std::optional<TextTable> table = readTextTable(pathFromUtf8(path), report);
  if (!table) {
    for (const LoadMessage& m : report.messages()) {
      if (m.severity == LoadMessage::Severity::Error) out.error += (out.error.empty() ? "" : "; ") + m.message;
    }
    if (out.error.empty()) out.error = "the file cannot be read";
    return out;
  }
  out.columns = table->columns;
  out.rowCount = table->rows.size();
  out.encoding = table->encoding;
  for (std::size_t i = 0; i < table->rows.size() && i < kPreviewRows; ++i) {
    out.rows.push_back(table->rows[i].values);
    out.rowNumbers.push_back(table->rows[i].row);
  }
  if (out.columns.empty()) return out;

  // The reader's own choice of defaults, asked of the reader itself so that the dialog can never
  // disagree with it. It refuses a table without industry or place column, so for such a table
  // the missing roles are stood in for by the first column, one question per unknown.
  const auto used = [&](const ColumnMapping& mapping) -> std::optional<std::map<std::string, std::string>> {
    LoadReport ignored;
    std::optional<PointTable> read = readPointTable(pathFromUtf8(path), kind, mapping, ignored);
    if (!read) return std::nullopt;
    return read->columnsUsed;
  };
  if (auto all = used({})) {
    out.defaults = std::move(*all);
    return out;
  }
  const std::string any = out.columns.front();
  if (auto others = used({{"industry", any}, {"city", any}})) {
    out.defaults = std::move(*others);
    out.defaults.erase("industry");
    out.defaults.erase("city");
  }
  if (auto withPlace = used({{"city", any}})) out.defaults["industry"] = withPlace->at("industry");
  if (auto withIndustry = used({{"industry", any}}); withIndustry && withIndustry->count("city") != 0) {
    out.defaults["city"] = withIndustry->at("city");
  }
  return out;
}

ColumnMappingDialog::ColumnMappingDialog(const DataSource& source, PointKind kind, QWidget* parent)
    : QDialog(parent), mSource(source), mKind(kind), mWatcher(new QFutureWatcher<Probe>(this)) {
  setWindowTitle(kind == PointKind::Cluster ? tr("Columns of the clusters table") : tr("Columns of the belts table"));
  const QString path = fromUtf8(source.path);
  mFileLabel = new QLabel(tr("<b>%1</b>").arg(QFileInfo(path).fileName().toHtmlEscaped()), this);
  mFileLabel->setToolTip(path);
  mInfoLabel = new QLabel(tr("Reading the file…"), this);
  mInfoLabel->setWordWrap(true);

  auto* roleBox = new QWidget(this);
  mRoles = new QFormLayout(roleBox);
  mRoles->setContentsMargins(0, 0, 0, 0);
  mPreview = new QTableWidget(this);
  mPreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mPreview->setSelectionMode(QAbstractItemView::NoSelection);
  mPreview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  mPreview->setMinimumWidth(420);

  mProblemLabel = new QLabel(this);
  mProblemLabel->setWordWrap(true);
  mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  mButtons->button(QDialogButtonBox::Ok)->setEnabled(false);
  connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* body = new QHBoxLayout;
  body->addWidget(roleBox, 0);
  body->addWidget(mPreview, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(mFileLabel);
  layout->addWidget(mInfoLabel);
  layout->addLayout(body, 1);
  layout->addWidget(mProblemLabel);
  layout->addWidget(mButtons);
  resize(900, 520);

  connect(mWatcher, &QFutureWatcher<Probe>::finished, this, &ColumnMappingDialog::onProbed);
  // Large tables take a while; the dialog stays responsive and can be cancelled meanwhile.
  mWatcher->setFuture(QtConcurrent::run([file = source.path, kind] { return probe(file, kind); }));
}

ColumnMappingDialog::~ColumnMappingDialog() = default;

std::optional<DataSource> ColumnMappingDialog::choose(PointKind kind, const DataSource& current, QWidget* parent) {
  const QString title = kind == PointKind::Cluster ? tr("Open Clusters") : tr("Open Belts");
  const QString file = QFileDialog::getOpenFileName(
      parent, title, current.path.empty() ? QString() : QFileInfo(fromUtf8(current.path)).absolutePath(),
      tr("Tables (*.csv *.txt *.xlsx *.xls *.ods *.gpkg *.geojson *.json *.shp *.dbf);;All files (*)"));
  if (file.isEmpty()) return std::nullopt;
  DataSource start{file.toStdString(), {}};
  if (start.path == current.path) start.mapping = current.mapping;
  ColumnMappingDialog dialog(start, kind, parent);
  if (dialog.exec() != QDialog::Accepted) return std::nullopt;
  return dialog.dataSource();
}

void ColumnMappingDialog::onProbed() {
  const Probe result = mWatcher->result();
  mLoaded = true;
  if (!result.error.empty()) {
    mLoadError = tr("The file cannot be read: %1").arg(fromUtf8(result.error));
    mInfoLabel->setText(mLoadError);
    updateState();
    Q_EMIT loadFinished(false);
    return;
  }
  for (const std::string& c : result.columns) mColumns << fromUtf8(c);
  mDefaults = result.defaults;
  QString info = tr("%n row(s), %1 column(s).", nullptr, static_cast<int>(result.rowCount)).arg(mColumns.size());
  if (result.encoding != "UTF-8") {
    info += QLatin1Char(' ') + tr("The text was not UTF-8 and was read as %1.").arg(fromUtf8(result.encoding));
  }
  if (result.rowCount > static_cast<std::size_t>(kPreviewRows)) {
    info += QLatin1Char(' ') + tr("The preview shows the first %1 rows.").arg(kPreviewRows);
  }
  mInfoLabel->setText(info);
  buildRoleBoxes();
  fillPreview(result);
  updateState();
  Q_EMIT loadFinished(true);
}

QString ColumnMappingDialog::roleLabel(const QString& role) const {
  const bool cluster = mKind == PointKind::Cluster;
  if (role == QLatin1String("name")) return cluster ? tr("Cluster name") : tr("Belt name");
  if (role == QLatin1String("program")) return cluster ? tr("Programme") : tr("Platform");
  if (role == QLatin1String("province")) return tr("Province");
  if (role == QLatin1String("city")) return tr("City (prefecture) *");
  if (role == QLatin1String("code")) return tr("City code (6 digits) *");
  if (role == QLatin1String("county")) return tr("County *");
  if (role == QLatin1String("industry")) return tr("Industry (required)");
  if (role == QLatin1String("lon")) return tr("Longitude (°E, WGS 84)");
  if (role == QLatin1String("lat")) return tr("Latitude (°N, WGS 84)");
  if (role == QLatin1String("weight")) return tr("Weight");
  if (role == QLatin1String("year")) return tr("Year");
  if (role == QLatin1String("source")) return tr("Source");
  return role;
}

void ColumnMappingDialog::buildRoleBoxes() {
  for (const std::string& roleName : pointRoles()) {
    const QString role = fromUtf8(roleName);
    const auto preset = mDefaults.find(roleName);
    auto* box = new QComboBox(this);
    // A role the reader fills by default cannot be switched off through a mapping (the reader
    // would choose the default again), so only roles without a default offer "not used".
    if (preset == mDefaults.end()) box->addItem(tr("(not used)"), QString());
    for (const QString& column : std::as_const(mColumns)) box->addItem(column, column);
    QString chosen = preset == mDefaults.end() ? QString() : fromUtf8(preset->second);
    if (const auto given = mSource.mapping.find(roleName); given != mSource.mapping.end()) {
      if (mColumns.contains(fromUtf8(given->second))) chosen = fromUtf8(given->second);
    }
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
    if (preset != mDefaults.end()) {
      box->setToolTip(tr("Read from \"%1\" by default; choose another column to use it instead.")
                          .arg(fromUtf8(preset->second)));
    }
    connect(box, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updateState);
    mBoxes.insert(role, box);
    mRoles->addRow(roleLabel(role), box);
  }
  auto* note = new QLabel(tr("* at least one place column"), this);
  note->setEnabled(false);
  mRoles->addRow(note);
}

void ColumnMappingDialog::fillPreview(const Probe& result) {
  mPreview->setColumnCount(static_cast<int>(result.columns.size()));
  mPreview->setRowCount(static_cast<int>(result.rows.size()));
  mPreview->setHorizontalHeaderLabels(mColumns);
  QStringList rowLabels;
  for (long long number : result.rowNumbers) rowLabels << QString::number(number);
  mPreview->setVerticalHeaderLabels(rowLabels);
  for (int r = 0; r < mPreview->rowCount(); ++r) {
    const auto& values = result.rows[static_cast<std::size_t>(r)];
    for (int c = 0; c < mPreview->columnCount() && c < static_cast<int>(values.size()); ++c) {
      mPreview->setItem(r, c, new QTableWidgetItem(fromUtf8(values[static_cast<std::size_t>(c)])));
    }
  }
}

QString ColumnMappingDialog::columnFor(const QString& role) const {
  const QComboBox* box = mBoxes.value(role);
  return box ? box->currentData().toString() : QString();
}

QString ColumnMappingDialog::defaultColumnFor(const QString& role) const {
  const auto it = mDefaults.find(role.toStdString());
  return it == mDefaults.end() ? QString() : fromUtf8(it->second);
}

void ColumnMappingDialog::setColumnFor(const QString& role, const QString& column) {
  QComboBox* box = mBoxes.value(role);
  if (!box) return;
  const int index = box->findData(column);
  if (index >= 0) {
    box->setCurrentIndex(index);
  } else if (const int none = box->findData(QString()); none >= 0) {
    box->setCurrentIndex(none);
  }
}

QString ColumnMappingDialog::problem() const {
  if (!mLoaded) return tr("Reading the file…");
  if (!mLoadError.isEmpty()) return mLoadError;
  if (columnFor(QStringLiteral("industry")).isEmpty()) {
    return tr("Choose the industry column: matching compares the industries of clusters and belts.");
  }
  const bool hasPlace = std::any_of(mBoxes.keyBegin(), mBoxes.keyEnd(), [this](const QString& role) {
    return isPlaceRole(role) && !columnFor(role).isEmpty();
  });
  if (!hasPlace) {
    return tr("Choose a city, city code or county column: without one no row can be placed in a city.");
  }
  return {};
}

bool ColumnMappingDialog::isAcceptable() const { return problem().isEmpty(); }

void ColumnMappingDialog::updateState() {
  const QString why = problem();
  mButtons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
  mProblemLabel->setText(why.isEmpty() ? QString() : tr("<b>Cannot continue yet.</b> %1").arg(why.toHtmlEscaped()));
  mProblemLabel->setVisible(!why.isEmpty());
}

DataSource ColumnMappingDialog::dataSource() const {
  DataSource out{mSource.path, {}};
  for (auto it = mBoxes.cbegin(); it != mBoxes.cend(); ++it) {
    const QString column = it.value()->currentData().toString();
    if (column.isEmpty() || column == defaultColumnFor(it.key())) continue;
    out.mapping[it.key().toStdString()] = column.toStdString();
  }
  return out;
}

}  // namespace cb::ui
