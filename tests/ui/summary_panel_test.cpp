// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/summary_panel.h"

#include <gtest/gtest.h>

#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

namespace cb::ui {
namespace {

using Figure = SummaryPanel::Figure;

/// The hand-made match fixtures for the clusters, and the bundled belts or the fixture's.
std::shared_ptr<const Analysis> analysisOf(bool bundledBelts) {
  AnalysisInputs inputs;
  inputs.clusters.path = CB_TEST_DATA_DIR "/match_clusters.csv";
  if (!bundledBelts) inputs.belts.path = CB_TEST_DATA_DIR "/match_belts.csv";
  return runAnalysis(inputs);
}

std::shared_ptr<const Analysis> fixture() {
  static const auto analysis = analysisOf(false);
  return analysis;
}

QString percentOf(std::size_t part, std::size_t whole) {
  return QLocale().toString(100.0 * MatchTally::share(part, whole), 'f', 1) + QStringLiteral(" %");
}

TEST(SummaryPanel, ShowsTheNumbersOfTheMatchReport) {
  const auto analysis = fixture();
  const MatchReport& m = analysis->match;
  const MatchTally& t = m.summary;
  ASSERT_GT(t.clusters, 0u);
  ASSERT_GT(t.citiesWithBoth, 0u);
  SummaryPanel panel;
  panel.setAnalysis(analysis);

  EXPECT_EQ(panel.loadedText(Figure::Clusters), QString::number(t.clusters));
  EXPECT_EQ(panel.loadedText(Figure::DistinctClusters), QString::number(m.distinctClusters));
  EXPECT_EQ(panel.loadedText(Figure::CitiesWithClusters), QString::number(t.citiesWithClusters));
  EXPECT_EQ(panel.loadedText(Figure::CitiesWithBelts), QString::number(m.citiesWithBelts));
  EXPECT_EQ(panel.loadedText(Figure::CitiesWithBoth), QString::number(t.citiesWithBoth));
  EXPECT_EQ(panel.loadedText(Figure::CitiesWithBothShare), percentOf(t.citiesWithBoth, t.citiesWithClusters));
  EXPECT_EQ(panel.loadedText(Figure::IdenticalOrSimilar),
            QStringLiteral("%1 of %2 (%3)")
                .arg(t.identicalOrSimilar())
                .arg(t.clusters)
                .arg(percentOf(t.identicalOrSimilar(), t.clusters)));
  EXPECT_EQ(panel.loadedText(Figure::Identical),
            QStringLiteral("%1 (%2)").arg(t.identical).arg(percentOf(t.identical, t.clusters)));
  EXPECT_EQ(panel.loadedText(Figure::Similar),
            QStringLiteral("%1 (%2)").arg(t.similar).arg(percentOf(t.similar, t.clusters)));
  EXPECT_EQ(panel.loadedText(Figure::NoBelt), QStringLiteral("%1 (%2)").arg(t.noBelt).arg(percentOf(t.noBelt, t.clusters)));

  // One row per programme, with the programme's tally.
  QTableWidget* programs = panel.programTable();
  ASSERT_EQ(programs->rowCount(), static_cast<int>(m.byProgram.size()));
  int r = 0;
  for (const auto& [program, tally] : m.byProgram) {
    EXPECT_EQ(programs->item(r, 0)->text(), QString::fromStdString(program));
    EXPECT_EQ(programs->item(r, 1)->text(), QString::number(tally.clusters));
    EXPECT_EQ(programs->item(r, 4)->text(), QString::number(tally.identical));
    EXPECT_EQ(programs->item(r, 5)->text(), QString::number(tally.similar));
    ++r;
  }
}

TEST(SummaryPanel, ShowsThePublishedFiguresLabelledAsSuch) {
  SummaryPanel panel;
  panel.setAnalysis(fixture());
  EXPECT_TRUE(panel.figuresTable()->horizontalHeaderItem(2)->text().contains(QStringLiteral("Published")));
  EXPECT_EQ(panel.publishedText(Figure::Clusters), QStringLiteral("159"));
  EXPECT_EQ(panel.publishedText(Figure::CitiesWithBoth), QStringLiteral("72"));
  EXPECT_EQ(panel.publishedText(Figure::CitiesWithBothShare), QStringLiteral("91.1 %"));
  EXPECT_EQ(panel.publishedText(Figure::IdenticalOrSimilar), QStringLiteral("134 of 159 (84.3 %)"));
  EXPECT_EQ(panel.publishedText(Figure::Identical), QStringLiteral("44.7 %"));
  EXPECT_EQ(panel.publishedText(Figure::Similar), QStringLiteral("39.6 %"));
  // Nothing is made up where the study reports nothing.
  EXPECT_EQ(panel.publishedText(Figure::CitiesWithClusters), QStringLiteral("—"));
  EXPECT_EQ(panel.publishedText(Figure::NoBelt), QStringLiteral("—"));
  EXPECT_EQ(panel.figuresTable()->item(static_cast<int>(Figure::Identical), 2)->toolTip(),
            QStringLiteral("Published by the 2022 study"));
}

TEST(SummaryPanel, StatesCompletenessAndOffersTheReviewOfUnresolvedRows) {
  const auto analysis = fixture();
  ASSERT_FALSE(analysis->match.unresolved.empty());
  SummaryPanel panel;
  panel.setAnalysis(analysis);
  const QString completeness = panel.completenessText();
  EXPECT_TRUE(completeness.contains(QStringLiteral("%1 cluster rows").arg(analysis->clusters.records.size())))
      << completeness.toStdString();
  EXPECT_TRUE(completeness.contains(QStringLiteral("%1 belt rows").arg(analysis->belts.records.size())));
  EXPECT_TRUE(completeness.contains(QStringLiteral("match_clusters.csv")));
  EXPECT_TRUE(completeness.contains(QStringLiteral("159")));
  EXPECT_FALSE(completeness.contains(QStringLiteral("small public sample")));  // the belts are the user's

  EXPECT_TRUE(panel.unresolvedText().contains(
      QStringLiteral("%1 row").arg(analysis->match.unresolved.size())))
      << panel.unresolvedText().toStdString();
  ASSERT_TRUE(panel.reviewButton()->isEnabled());
  QSignalSpy review(&panel, &SummaryPanel::reviewUnresolvedRequested);
  QTest::mouseClick(panel.reviewButton(), Qt::LeftButton);
  EXPECT_EQ(review.count(), 1);
}

TEST(SummaryPanel, SaysTheBundledBeltsAreASmallSample) {
  SummaryPanel panel;
  panel.setAnalysis(analysisOf(true));
  EXPECT_TRUE(panel.completenessText().contains(QStringLiteral("bundled belts are a small public sample")))
      << panel.completenessText().toStdString();
  EXPECT_TRUE(panel.completenessText().contains(QStringLiteral("from the bundled list")));
}

TEST(SummaryPanel, ListsHowCompleteTheBundledListsAre) {
  const auto analysis = analysisOf(true);  // the user's clusters, the bundled belts
  const std::vector<ListCompleteness>& lists = analysis->match.completeness;
  ASSERT_FALSE(lists.empty());
  SummaryPanel panel;
  panel.setAnalysis(analysis);
  QTableWidget* table = panel.listsTable();
  EXPECT_FALSE(table->isHidden());
  ASSERT_EQ(table->rowCount(), static_cast<int>(lists.size()));
  for (int row = 0; row < table->rowCount(); ++row) {
    const ListCompleteness& c = lists[static_cast<std::size_t>(row)];
    EXPECT_EQ(c.list.kind, PointKind::Belt) << "the clusters are the user's: their lists do not apply";
    EXPECT_EQ(table->item(row, 0)->text(), QString::fromStdString(c.list.description));
    EXPECT_EQ(table->item(row, 1)->text(), QLocale().toString(static_cast<qulonglong>(c.held)));
  }
  // The user's own lists are measured against nothing.
  panel.setAnalysis(fixture());
  EXPECT_TRUE(panel.listsTable()->isHidden());
  EXPECT_EQ(panel.listsTable()->rowCount(), 0);
}

TEST(SummaryPanel, SaysWhichRowsTheFiltersKept) {
  AnalysisInputs inputs;
  inputs.clusters.path = CB_TEST_DATA_DIR "/match_clusters.csv";
  inputs.clusters.filters = {{"program", {"NDRC-SEI"}}};
  inputs.belts.path = CB_TEST_DATA_DIR "/match_belts.csv";
  const auto analysis = runAnalysis(inputs);
  SummaryPanel panel;
  panel.setAnalysis(analysis);
  EXPECT_TRUE(panel.completenessText().contains(
      QStringLiteral("only the cluster rows with program=NDRC-SEI take part (%1 rows)").arg(analysis->clusters.records.size())))
      << panel.completenessText().toStdString();
  EXPECT_FALSE(panel.completenessText().contains(QStringLiteral("belt rows with")));
}

TEST(SummaryPanel, WithoutDataShowsNoNumbers) {
  SummaryPanel panel;
  EXPECT_EQ(panel.loadedText(Figure::Clusters), QStringLiteral("—"));
  EXPECT_EQ(panel.publishedText(Figure::Clusters), QStringLiteral("159"));
  EXPECT_EQ(panel.programTable()->rowCount(), 0);
  EXPECT_FALSE(panel.reviewButton()->isEnabled());
}

}  // namespace
}  // namespace cb::ui
