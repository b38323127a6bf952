// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>
#include <memory>

#include "core/analysis/analysis.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace cb::ui {

class SignificanceSection;

/// Dock content with the study's statistics computed from the loaded data (Analysis::match), shown
/// beside the figures the 2022 study published (赵作权 et al., Bulletin of the CAS 37(12)) and
/// labelled as such; the statistics by programme; how complete the loaded data are against the
/// study's 159 clusters; and the number of rows that could not be placed, with a button that asks
/// for the review list. Beside the figures, the Significance section tests them against chance.
class SummaryPanel : public QWidget {
  Q_OBJECT

 public:
  /// The rows of the figures table, in the order shown.
  enum class Figure {
    Clusters,            ///< resolved cluster rows (one per cluster and city)
    DistinctClusters,    ///< distinct clusters by programme and name
    CitiesWithClusters,
    CitiesWithBelts,
    CitiesWithBoth,      ///< cities with clusters that also have a belt
    CitiesWithBothShare, ///< … as a share of the cities with clusters
    IdenticalOrSimilar,  ///< clusters with an identical or similar belt in their city
    Identical,
    Similar,
    Unrelated,
    NoBelt,
    Count
  };

  explicit SummaryPanel(QWidget* parent = nullptr);
  ~SummaryPanel() override;

  /// The loaded data's value of a figure as shown ("—" without data).
  [[nodiscard]] QString loadedText(Figure figure) const;
  /// The published value as shown ("—" where the study reports none).
  [[nodiscard]] QString publishedText(Figure figure) const;
  [[nodiscard]] QTableWidget* figuresTable() const { return mFigures; }
  [[nodiscard]] QTableWidget* programTable() const { return mPrograms; }
  /// How much of each published list the bundled data hold (hidden for a user's own lists).
  [[nodiscard]] QTableWidget* listsTable() const { return mLists; }
  /// The completeness notes as plain text.
  [[nodiscard]] QString completenessText() const;
  [[nodiscard]] QString unresolvedText() const;
  [[nodiscard]] QPushButton* reviewButton() const { return mReview; }
  [[nodiscard]] SignificanceSection* significance() const { return mSignificance; }

 public Q_SLOTS:
  void setAnalysis(std::shared_ptr<const cb::Analysis> analysis);

 Q_SIGNALS:
  /// The user asks to see the rows that could not be placed.
  void reviewUnresolvedRequested();

 private:
  void changeEvent(QEvent* event) override;
  void refresh();
  void fillFigures();
  void fillPrograms();
  void fillNotes();
  void fillLists();
  [[nodiscard]] QString percent(double share) const;

  std::shared_ptr<const Analysis> mAnalysis;
  QLabel* mTitle;
  QTableWidget* mFigures;
  QLabel* mSource;
  SignificanceSection* mSignificance;
  QLabel* mProgramsTitle;
  QTableWidget* mPrograms;
  QLabel* mCompleteness;
  QLabel* mListsTitle;
  QTableWidget* mLists;
  QLabel* mUnresolved;
  QPushButton* mReview;
};

}  // namespace cb::ui
