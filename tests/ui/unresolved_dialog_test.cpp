// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/unresolved_dialog.h"

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <algorithm>

#include "ui/controllers/document_controller.h"
#include "tests/analysis_fixture.h"

namespace cb::ui {
namespace {

AnalysisInputs fixtureInputs() { return test::matchFixtureInputs(); }

/// The analysis of the hand-made match fixtures, computed once for this file.
std::shared_ptr<const Analysis> fixture() {
  static const std::shared_ptr<const Analysis> analysis = runAnalysis(fixtureInputs());
  return analysis;
}

/// Index in the dialog of the listed row whose value is `value`, or -1.
int indexOfValue(const UnresolvedDialog& dialog, const QString& value) {
  for (int i = 0; i < dialog.rowCount(); ++i) {
    if (dialog.rowTable()->item(i, 4)->text() == value) return i;
  }
  return -1;
}

TEST(UnresolvedDialog, ListsEveryUnresolvedRowWithItsFileAndRow) {
  const auto analysis = fixture();
  const auto& unresolved = analysis->match.unresolved;
  ASSERT_FALSE(unresolved.empty());
  UnresolvedDialog dialog;
  dialog.setAnalysis(analysis);
  ASSERT_EQ(dialog.rowCount(), static_cast<int>(unresolved.size()));
  for (int i = 0; i < dialog.rowCount(); ++i) {
    const UnplacedRow& r = unresolved[static_cast<std::size_t>(i)];
    EXPECT_EQ(dialog.rowTable()->item(i, 1)->text(), r.kind == PointKind::Cluster ? QStringLiteral("cluster") : QStringLiteral("belt"));
    EXPECT_EQ(dialog.rowTable()->item(i, 2)->toolTip(), QString::fromStdString(r.file));
    EXPECT_EQ(dialog.rowTable()->item(i, 3)->text(), QString::number(r.row));
    EXPECT_EQ(dialog.rowTable()->item(i, 4)->text(), QString::fromStdString(r.value));
    EXPECT_EQ(dialog.rowTable()->item(i, 5)->text(), QString::fromStdString(r.reason));
  }
  EXPECT_GE(indexOfValue(dialog, QStringLiteral("火星市")), 0);
}

TEST(UnresolvedDialog, PickingACityEmitsThePlacementOfThatRow) {
  const auto analysis = fixture();
  UnresolvedDialog dialog;
  dialog.setAnalysis(analysis);
  const int mars = indexOfValue(dialog, QStringLiteral("火星市"));
  ASSERT_GE(mars, 0);
  const UnplacedRow& reported = analysis->match.unresolved[static_cast<std::size_t>(mars)];
  EXPECT_EQ(reported.row, 8);  // line 8 of match_clusters.csv

  dialog.selectRow(mars);
  EXPECT_FALSE(dialog.placeButton()->isEnabled());  // no city chosen yet
  dialog.filterEdit()->insert(QStringLiteral("温州"));  // QTest::keyClicks types ASCII only
  EXPECT_EQ(dialog.offeredCodes(), QStringList{QStringLiteral("330300")});
  ASSERT_TRUE(dialog.selectUnit(QStringLiteral("330300")));
  ASSERT_TRUE(dialog.placeButton()->isEnabled());

  QSignalSpy spy(&dialog, &UnresolvedDialog::placeRequested);
  QTest::mouseClick(dialog.placeButton(), Qt::LeftButton);
  ASSERT_EQ(spy.count(), 1);
  EXPECT_EQ(spy.at(0).at(0).value<PointKind>(), PointKind::Cluster);
  EXPECT_EQ(spy.at(0).at(1).toLongLong(), reported.row);
  EXPECT_EQ(spy.at(0).at(2).toString(), QStringLiteral("330300"));
  // The row stays listed, waiting for the new analysis.
  EXPECT_EQ(dialog.rowCount(), static_cast<int>(analysis->match.unresolved.size()));
  EXPECT_TRUE(dialog.rowTable()->item(mars, 0)->text().contains(QStringLiteral("温州市")));
}

TEST(UnresolvedDialog, TheCandidatesOfAnAmbiguousRowComeFirst) {
  const auto analysis = fixture();
  const auto& unresolved = analysis->match.unresolved;
  const auto ambiguous = std::find_if(unresolved.begin(), unresolved.end(),
                                      [](const UnplacedRow& r) { return r.candidates.size() >= 2; });
  ASSERT_NE(ambiguous, unresolved.end()) << "the fixture has an ambiguous row (通州区 without a province)";
  UnresolvedDialog dialog;
  dialog.setAnalysis(analysis);
  dialog.selectRow(static_cast<int>(ambiguous - unresolved.begin()));
  const QStringList offered = dialog.offeredCodes();
  ASSERT_GT(offered.size(), static_cast<int>(ambiguous->candidates.size()));
  for (std::size_t i = 0; i < ambiguous->candidates.size(); ++i) {
    EXPECT_TRUE(QString::fromStdString(ambiguous->candidates[i]).startsWith(offered[static_cast<int>(i)]))
        << ambiguous->candidates[i];
  }
  EXPECT_EQ(offered.size(), static_cast<int>(analysis->unitList.size()));  // every unit, none twice
}

TEST(UnresolvedDialog, APlacementReachesTheAnalysisAndStaysListedUntilUndone) {
  DocumentController document;
  UnresolvedDialog dialog;
  QObject::connect(&document, &DocumentController::analysisChanged, &dialog, &UnresolvedDialog::setAnalysis);
  QObject::connect(&dialog, &UnresolvedDialog::placeRequested, &document, &DocumentController::placeManually);
  QSignalSpy changed(&document, &DocumentController::analysisChanged);
  document.setInputs(fixtureInputs());
  ASSERT_TRUE(changed.wait(60000));
  const int listed = dialog.rowCount();
  const int mars = indexOfValue(dialog, QStringLiteral("火星市"));
  ASSERT_GE(mars, 0);

  dialog.selectRow(mars);
  ASSERT_TRUE(dialog.selectUnit(QStringLiteral("330300")));
  dialog.placeSelected();
  ASSERT_TRUE(changed.wait(60000));
  const auto placed = document.analysis();
  EXPECT_EQ(placed->match.unresolved.size(), static_cast<std::size_t>(listed - 1));
  const auto entry = std::find_if(placed->match.clusters.begin(), placed->match.clusters.end(),
                                  [](const MatchEntry& e) { return e.row == 8; });
  ASSERT_NE(entry, placed->match.clusters.end());
  EXPECT_EQ(entry->code, "330300");
  // Still listed, now as placed by hand, and selected.
  ASSERT_EQ(dialog.rowCount(), listed);
  const int row = dialog.rowTable()->currentRow();
  EXPECT_EQ(dialog.rowTable()->item(row, 4)->text(), QStringLiteral("火星市"));
  EXPECT_TRUE(dialog.rowTable()->item(row, 0)->text().contains(QStringLiteral("placed by hand")));
  ASSERT_TRUE(dialog.undoButton()->isEnabled());

  QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
  ASSERT_TRUE(changed.wait(60000));
  EXPECT_EQ(document.analysis()->match.unresolved.size(), static_cast<std::size_t>(listed));
  EXPECT_TRUE(document.inputs().manual.empty());
}

}  // namespace
}  // namespace cb::ui
