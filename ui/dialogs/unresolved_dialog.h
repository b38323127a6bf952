// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

#include "core/analysis/analysis.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace cb::ui {

/// The review list of the rows the gazetteer could not place in a city (Analysis::match.unresolved)
/// and of the rows the user has placed by hand (Analysis::inputs.manual). Every such row is listed
/// with its kind, file, row, value and reason; none is ever hidden. The user resolves a row by
/// picking a city in a searchable list of every 2021 unit (name, province or code), with the
/// candidates of an ambiguous row first; a row placed by hand can be put back. The dialog only
/// asks: placeRequested goes to DocumentController::placeManually, and the next analysis shows
/// the outcome. Non-modal: it can stay open beside the map.
class UnresolvedDialog : public QDialog {
  Q_OBJECT

 public:
  explicit UnresolvedDialog(QWidget* parent = nullptr);
  ~UnresolvedDialog() override;

  /// Rows listed: the unresolved ones first (clusters, then belts, in file order), then those
  /// placed by hand.
  [[nodiscard]] int rowCount() const;
  [[nodiscard]] QTableWidget* rowTable() const { return mTable; }
  [[nodiscard]] QLineEdit* filterEdit() const { return mFilter; }
  [[nodiscard]] QListWidget* unitPicker() const { return mPicker; }
  [[nodiscard]] QPushButton* placeButton() const { return mPlace; }
  [[nodiscard]] QPushButton* undoButton() const { return mUndo; }
  /// Makes a listed row current (0-based, as listed).
  void selectRow(int index);
  /// The unit codes the picker offers for the current row, in the order shown (candidates of an
  /// ambiguous row first), after the filter.
  [[nodiscard]] QStringList offeredCodes() const;
  /// Selects the unit with this code in the picker; false when it is not offered.
  bool selectUnit(const QString& code);

 public Q_SLOTS:
  void setAnalysis(std::shared_ptr<const cb::Analysis> analysis);
  /// Places the current row in the selected unit (emits placeRequested).
  void placeSelected();
  /// Puts a row placed by hand back to the gazetteer's answer (emits placeRequested with no code).
  void undoSelected();

 Q_SIGNALS:
  /// Asks to place row `row` of the clusters or belts table in the 2021 unit `code`; an empty
  /// code removes a placement made by hand.
  void placeRequested(cb::PointKind kind, long long row, const QString& code);

 private:
  struct Entry {
    cb::PointKind kind = cb::PointKind::Cluster;
    QString file;
    long long row = 0;
    QString value;
    QString reason;
    QStringList candidateCodes;
    QString candidatesText;
    bool unresolved = true;  ///< false: placed by hand and resolved
    QString placedCode;      ///< placed by hand in this unit
    QString pendingCode;     ///< a placement asked for, not yet in an analysis
    bool undoPending = false;
  };
  void changeEvent(QEvent* event) override;
  void retranslate();
  void rebuildTable();
  void fillRow(int index);
  void rebuildPicker();
  void applyFilter();
  void updateButtons();
  [[nodiscard]] int currentIndex() const;
  [[nodiscard]] QString unitText(const QString& code) const;

  std::shared_ptr<const Analysis> mAnalysis;
  std::vector<Entry> mEntries;

  QLabel* mSummary;
  QTableWidget* mTable;
  QLabel* mPrompt;
  QLineEdit* mFilter;
  QListWidget* mPicker;
  QPushButton* mPlace;
  QPushButton* mUndo;
};

}  // namespace cb::ui
