// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/unresolved_dialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cb::ui {
namespace {

enum Column { StatusColumn, KindColumn, FileColumn, RowColumn, ValueColumn, ReasonColumn, CandidatesColumn, ColumnCount };

constexpr int kCodeRole = Qt::UserRole;
constexpr int kSearchRole = Qt::UserRole + 1;

QString fromUtf8(const std::string& text) { return QString::fromStdString(text); }

/// The code of a gazetteer candidate, written "330300 温州市 (浙江省)"; empty if it has none.
QString candidateCode(const std::string& candidate) {
  const QString text = fromUtf8(candidate).trimmed();
  const QString first = text.section(QLatin1Char(' '), 0, 0);
  const bool digits = first.size() == 6 && std::all_of(first.cbegin(), first.cend(), [](QChar c) { return c.isDigit(); });
  return digits ? first : QString();
}

}  // namespace

UnresolvedDialog::UnresolvedDialog(QWidget* parent) : QDialog(parent) {
  mSummary = new QLabel(this);
  mSummary->setWordWrap(true);

  mTable = new QTableWidget(0, ColumnCount, this);
  mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
  mTable->setSelectionMode(QAbstractItemView::SingleSelection);
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->verticalHeader()->hide();
  mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  mTable->horizontalHeader()->setStretchLastSection(true);

  mPrompt = new QLabel(this);
  mPrompt->setWordWrap(true);
  mFilter = new QLineEdit(this);
  mFilter->setClearButtonEnabled(true);
  mPicker = new QListWidget(this);
  mPlace = new QPushButton(this);
  mUndo = new QPushButton(this);

  auto* pickerBox = new QWidget(this);
  auto* pickerLayout = new QVBoxLayout(pickerBox);
  pickerLayout->setContentsMargins(0, 0, 0, 0);
  pickerLayout->addWidget(mPrompt);
  pickerLayout->addWidget(mFilter);
  pickerLayout->addWidget(mPicker, 1);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(mUndo);
  buttons->addStretch(1);
  buttons->addWidget(mPlace);
  pickerLayout->addLayout(buttons);

  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(mTable);
  splitter->addWidget(pickerBox);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);
  auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(mSummary);
  layout->addWidget(splitter, 1);
  layout->addWidget(close);
  resize(860, 640);

  connect(mTable, &QTableWidget::currentCellChanged, this, [this] { rebuildPicker(); });
  connect(mFilter, &QLineEdit::textChanged, this, &UnresolvedDialog::applyFilter);
  connect(mPicker, &QListWidget::currentItemChanged, this, &UnresolvedDialog::updateButtons);
  connect(mPicker, &QListWidget::itemActivated, this, &UnresolvedDialog::placeSelected);
  connect(mPlace, &QPushButton::clicked, this, &UnresolvedDialog::placeSelected);
  connect(mUndo, &QPushButton::clicked, this, &UnresolvedDialog::undoSelected);
  retranslate();
}

void UnresolvedDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDialog::changeEvent(event);
}

void UnresolvedDialog::retranslate() {
  setWindowTitle(tr("Rows Not Placed in a City"));
  mTable->setHorizontalHeaderLabels({tr("Status"), tr("Kind"), tr("File"), tr("Row"), tr("Value"), tr("Reason"),
                                     tr("Candidates")});
  mFilter->setPlaceholderText(tr("Search a city by name, province or code"));
  mPlace->setText(tr("&Place in This City"));
  mUndo->setText(tr("&Undo Placement"));
  mUndo->setToolTip(tr("Let the gazetteer place this row again (it will be unresolved)"));
  // The rows: status and kind are worded as a row is filled; the reason of a row placed by hand is kept.
  for (Entry& e : mEntries) {
    if (!e.unresolved) e.reason = tr("placed by hand");
  }
  rebuildTable();
}

UnresolvedDialog::~UnresolvedDialog() = default;

void UnresolvedDialog::setAnalysis(std::shared_ptr<const Analysis> analysis) {
  int keepKind = -1;
  long long keepRow = 0;
  if (const int current = currentIndex(); current >= 0) {
    keepKind = static_cast<int>(mEntries[static_cast<std::size_t>(current)].kind);
    keepRow = mEntries[static_cast<std::size_t>(current)].row;
  }
  mAnalysis = std::move(analysis);
  mEntries.clear();
  if (mAnalysis) {
    for (const UnplacedRow& reported : mAnalysis->match.unresolved) {
      Entry entry;
      entry.kind = reported.kind;
      entry.file = fromUtf8(reported.file);
      entry.row = reported.row;
      entry.value = fromUtf8(reported.value);
      entry.reason = fromUtf8(reported.reason);
      QStringList texts;
      for (const std::string& candidate : reported.candidates) {
        texts << fromUtf8(candidate);
        if (const QString code = candidateCode(candidate); !code.isEmpty()) entry.candidateCodes << code;
      }
      entry.candidatesText = texts.join(QStringLiteral("; "));
      mEntries.push_back(std::move(entry));
    }
    // Rows placed by hand stay listed, so a wrong pick can be seen and undone.
    for (const ManualPlacement& placement : mAnalysis->inputs.manual) {
      const auto same = [&](const Entry& e) { return e.kind == placement.kind && e.row == placement.row; };
      if (const auto it = std::find_if(mEntries.begin(), mEntries.end(), same); it != mEntries.end()) {
        it->placedCode = fromUtf8(placement.code);  // picked, yet still unresolved
        continue;
      }
      const PointTable& table = placement.kind == PointKind::Cluster ? mAnalysis->clusters : mAnalysis->belts;
      Entry entry;
      entry.kind = placement.kind;
      entry.file = fromUtf8(table.file);
      entry.row = placement.row;
      entry.placedCode = fromUtf8(placement.code);
      const auto record = std::find_if(table.records.begin(), table.records.end(),
                                       [&](const PointRecord& r) { return r.row == placement.row; });
      if (record != table.records.end()) entry.value = fromUtf8(record->city.empty() ? record->county : record->city);
      entry.reason = tr("placed by hand");
      entry.unresolved = false;
      mEntries.push_back(std::move(entry));
    }
  }
  rebuildTable();
  int select = mEntries.empty() ? -1 : 0;
  for (std::size_t i = 0; i < mEntries.size(); ++i) {
    if (static_cast<int>(mEntries[i].kind) == keepKind && mEntries[i].row == keepRow) select = static_cast<int>(i);
  }
  if (select >= 0) selectRow(select);
}

void UnresolvedDialog::rebuildTable() {
  std::size_t unresolved = 0, byHand = 0;
  for (const Entry& e : mEntries) (e.unresolved ? unresolved : byHand)++;
  QString summary = unresolved == 0
                        ? tr("Every row was placed in a city.")
                        : tr("%n row(s) could not be placed in a city and count in no statistic until placed. "
                             "Choose a row, then the city it belongs to.",
                             nullptr, static_cast<int>(unresolved));
  if (byHand > 0) summary += QLatin1Char(' ') + tr("%n row(s) placed by hand.", nullptr, static_cast<int>(byHand));
  mSummary->setText(summary);

  const QSignalBlocker block(mTable);
  mTable->setRowCount(static_cast<int>(mEntries.size()));
  for (int i = 0; i < static_cast<int>(mEntries.size()); ++i) fillRow(i);
  rebuildPicker();
}

void UnresolvedDialog::fillRow(int index) {
  const Entry& e = mEntries[static_cast<std::size_t>(index)];
  QString status;
  if (!e.pendingCode.isEmpty()) {
    status = tr("placing in %1…").arg(unitText(e.pendingCode));
  } else if (e.undoPending) {
    status = tr("undoing the placement…");
  } else if (!e.placedCode.isEmpty()) {
    status = e.unresolved ? tr("placed by hand in %1, still unresolved").arg(unitText(e.placedCode))
                          : tr("placed by hand in %1").arg(unitText(e.placedCode));
  } else if (!e.candidateCodes.isEmpty()) {
    status = tr("ambiguous");
  } else {
    status = tr("unresolved");
  }
  const QString values[ColumnCount] = {status,
                                       e.kind == PointKind::Cluster ? tr("cluster") : tr("belt"),
                                       QFileInfo(e.file).fileName(),
                                       QString::number(e.row),
                                       e.value,
                                       e.reason,
                                       e.candidatesText};
  for (int c = 0; c < ColumnCount; ++c) {
    auto* item = new QTableWidgetItem(values[c]);
    if (c == FileColumn) item->setToolTip(e.file);
    if (c == ReasonColumn || c == CandidatesColumn) item->setToolTip(values[c]);
    mTable->setItem(index, c, item);
  }
}

int UnresolvedDialog::rowCount() const { return static_cast<int>(mEntries.size()); }

int UnresolvedDialog::currentIndex() const {
  const int row = mTable->currentRow();
  return row >= 0 && row < rowCount() ? row : -1;
}

void UnresolvedDialog::selectRow(int index) {
  if (index < 0 || index >= rowCount()) return;
  mTable->setCurrentCell(index, ValueColumn);
  mTable->selectRow(index);
}

QString UnresolvedDialog::unitText(const QString& code) const {
  if (mAnalysis) {
    const std::string key = code.toStdString();
    for (const PrefectureUnit& unit : mAnalysis->unitList) {
      if (unit.code == key) return tr("%1 (%2)").arg(fromUtf8(unit.name), code);
    }
  }
  return code;
}

void UnresolvedDialog::rebuildPicker() {
  mPicker->clear();
  const int current = currentIndex();
  if (current < 0 || !mAnalysis) {
    mPrompt->setText(mEntries.empty() ? QString() : tr("Choose a row above."));
    updateButtons();
    return;
  }
  const Entry& e = mEntries[static_cast<std::size_t>(current)];
  mPrompt->setText(tr("Place \"%1\" (%2, row %3 of %4) in:")
                       .arg(e.value.isEmpty() ? tr("(empty)") : e.value,
                            e.kind == PointKind::Cluster ? tr("cluster") : tr("belt"), QString::number(e.row),
                            QFileInfo(e.file).fileName()));
  const auto add = [&](const PrefectureUnit& unit, bool candidate) {
    const QString code = fromUtf8(unit.code);
    const QString line = tr("%1   %2   %3").arg(fromUtf8(unit.name), fromUtf8(unit.province), code);
    auto* item = new QListWidgetItem(candidate ? tr("%1   (candidate)").arg(line) : line, mPicker);
    item->setData(kCodeRole, code);
    item->setData(kSearchRole, line.toCaseFolded());
    if (candidate) {
      QFont bold = item->font();
      bold.setBold(true);
      item->setFont(bold);
    }
  };
  // The gazetteer's candidates of an ambiguous row first: the answer is most often one of them.
  for (const QString& code : e.candidateCodes) {
    const std::string key = code.toStdString();
    for (const PrefectureUnit& unit : mAnalysis->unitList) {
      if (unit.code == key) add(unit, true);
    }
  }
  for (const PrefectureUnit& unit : mAnalysis->unitList) {
    if (!e.candidateCodes.contains(fromUtf8(unit.code))) add(unit, false);
  }
  applyFilter();
}

void UnresolvedDialog::applyFilter() {
  const QStringList terms = mFilter->text().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
  QListWidgetItem* firstVisible = nullptr;
  for (int i = 0; i < mPicker->count(); ++i) {
    QListWidgetItem* item = mPicker->item(i);
    const QString key = item->data(kSearchRole).toString();
    const bool shown = std::all_of(terms.cbegin(), terms.cend(), [&](const QString& t) { return key.contains(t); });
    item->setHidden(!shown);
    if (shown && !firstVisible) firstVisible = item;
  }
  if (mPicker->currentItem() == nullptr || mPicker->currentItem()->isHidden()) {
    // With a filter typed, the first match is ready for Enter; without one nothing is preselected.
    mPicker->setCurrentItem(terms.isEmpty() ? nullptr : firstVisible);
  }
  updateButtons();
}

QStringList UnresolvedDialog::offeredCodes() const {
  QStringList codes;
  for (int i = 0; i < mPicker->count(); ++i) {
    if (!mPicker->item(i)->isHidden()) codes << mPicker->item(i)->data(kCodeRole).toString();
  }
  return codes;
}

bool UnresolvedDialog::selectUnit(const QString& code) {
  for (int i = 0; i < mPicker->count(); ++i) {
    QListWidgetItem* item = mPicker->item(i);
    if (!item->isHidden() && item->data(kCodeRole).toString() == code) {
      mPicker->setCurrentItem(item);
      return true;
    }
  }
  return false;
}

void UnresolvedDialog::updateButtons() {
  const int current = currentIndex();
  const QListWidgetItem* unit = mPicker->currentItem();
  mPlace->setEnabled(current >= 0 && unit != nullptr && !unit->isHidden());
  mUndo->setEnabled(current >= 0 && !mEntries[static_cast<std::size_t>(current)].placedCode.isEmpty());
}

void UnresolvedDialog::placeSelected() {
  const int current = currentIndex();
  const QListWidgetItem* unit = mPicker->currentItem();
  if (current < 0 || unit == nullptr || unit->isHidden()) return;
  Entry& e = mEntries[static_cast<std::size_t>(current)];
  e.pendingCode = unit->data(kCodeRole).toString();
  e.undoPending = false;
  fillRow(current);
  Q_EMIT placeRequested(e.kind, e.row, e.pendingCode);
}

void UnresolvedDialog::undoSelected() {
  const int current = currentIndex();
  if (current < 0 || mEntries[static_cast<std::size_t>(current)].placedCode.isEmpty()) return;
  Entry& e = mEntries[static_cast<std::size_t>(current)];
  e.pendingCode.clear();
  e.undoPending = true;
  fillRow(current);
  Q_EMIT placeRequested(e.kind, e.row, QString());
}

}  // namespace cb::ui
