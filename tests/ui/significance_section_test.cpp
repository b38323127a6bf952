// SPDX-License-Identifier: GPL-3.0-or-later
// The Significance section as a user drives it: run, watch progress, cancel, read the results;
// a new analysis clears a result computed on the old one.
#include "ui/panels/significance_section.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QFile>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include "tests/analysis_fixture.h"
#include "ui/controllers/significance_controller.h"
#include "ui/panels/qcustomplot_include.h"

namespace cb::ui {
namespace {

struct Wired {
  SignificanceSection section;
  SignificanceController controller;
  Wired() {
    QObject::connect(&section, &SignificanceSection::runRequested, &controller, &SignificanceController::run);
    QObject::connect(&section, &SignificanceSection::cancelRequested, &controller, &SignificanceController::cancel);
    QObject::connect(&controller, &SignificanceController::busyChanged, &section, &SignificanceSection::setBusy);
    QObject::connect(&controller, &SignificanceController::progress, &section, &SignificanceSection::setProgress);
    QObject::connect(&controller, &SignificanceController::resultChanged, &section, &SignificanceSection::setResult);
    controller.setAnalysis(test::matchFixture());
    section.setAnalysisAvailable(true);
    section.resize(560, 1400);
    section.show();
  }
};

TEST(SignificanceSection, RunShowsEveryFigureWithItsPValueAndHistogram) {
  Wired w;
  w.section.permutationsBox()->setValue(999);
  QSignalSpy done(&w.controller, &SignificanceController::resultChanged);
  QTest::mouseClick(w.section.runButton(), Qt::LeftButton);
  ASSERT_TRUE(done.wait(30000));
  const auto result = w.controller.result();
  ASSERT_TRUE(result && result->permutation);
  const MatchReport& match = test::matchFixture()->match;
  QTableWidget* table = w.section.figuresTable();
  ASSERT_EQ(table->rowCount(), static_cast<int>(result->permutation->figures.size()));
  // The first row is the cities with both, observed as the match counts them.
  EXPECT_TRUE(table->item(0, 1)->text().startsWith(QString::number(match.summary.citiesWithBoth) + QStringLiteral(" ")))
      << table->item(0, 1)->text().toStdString();
  EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("fixed"));  // the default model keeps the belts' cities
  const PermutationFigure& identical = result->permutation->figures[1];
  EXPECT_EQ(table->item(1, 4)->text(), QLocale().toString(identical.null.pValue, 'f', 4));
  // The histogram of the selected figure: one bar series holding every permutation.
  QCustomPlot* plot = w.section.histogram();
  ASSERT_EQ(plot->plottableCount(), 1);
  auto* bars = qobject_cast<QCPBars*>(plot->plottable(0));
  double total = 0;
  for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) total += it->value;
  EXPECT_EQ(total, 999.0);
  EXPECT_FALSE(w.section.colocationText().isEmpty());
  EXPECT_NE(w.section.colocationText().indexOf(QStringLiteral("CLQ = ")), -1);
  EXPECT_GT(w.section.bootstrapTable()->rowCount(), 0);
  EXPECT_TRUE(w.section.runButton()->isEnabled());
  EXPECT_TRUE(w.section.exportButton()->isEnabled());
  QTest::qWait(50);  // let the layout take the tables' new heights
  if (const char* dir = std::getenv("CB_SCREENSHOT_DIR")) w.section.grab().save(QString::fromUtf8(dir) + QStringLiteral("/significance.png"));
}

TEST(SignificanceSection, CancelStopsTheRunAndLeavesNoResult) {
  Wired w;
  w.section.permutationsBox()->setValue(999'999);
  QSignalSpy busy(&w.controller, &SignificanceController::busyChanged);
  QTest::mouseClick(w.section.runButton(), Qt::LeftButton);
  ASSERT_GE(busy.count(), 1);
  EXPECT_TRUE(w.section.cancelButton()->isVisible());
  EXPECT_FALSE(w.section.runButton()->isEnabled());
  QTest::mouseClick(w.section.cancelButton(), Qt::LeftButton);
  QTRY_VERIFY_WITH_TIMEOUT(!w.controller.isBusy(), 20000);
  QTRY_VERIFY_WITH_TIMEOUT(busy.count() >= 2, 5000);
  EXPECT_FALSE(w.controller.result());
  EXPECT_TRUE(w.section.runButton()->isEnabled());
  EXPECT_FALSE(w.section.cancelButton()->isVisible());
}

TEST(SignificanceSection, ANewAnalysisClearsTheResultOfTheOldOne) {
  Wired w;
  w.section.permutationsBox()->setValue(199);
  QSignalSpy changed(&w.controller, &SignificanceController::resultChanged);
  QTest::mouseClick(w.section.runButton(), Qt::LeftButton);
  ASSERT_TRUE(changed.wait(30000));
  ASSERT_TRUE(w.controller.result());
  w.controller.setAnalysis(runAnalysis(test::matchFixtureInputs()));
  ASSERT_EQ(changed.count(), 2);
  EXPECT_EQ(changed.last().at(0).value<std::shared_ptr<const Significance>>(), nullptr);
  EXPECT_FALSE(w.section.figuresTable()->isVisible());
  EXPECT_FALSE(w.section.exportButton()->isEnabled()) << "no tables of another analysis";
}

TEST(SignificanceSection, TheWeightedModelReadsTheChosenTableAndNamesItsBadRows) {
  Wired w;
  w.section.permutationsBox()->setValue(199);
  QComboBox* model = w.section.nullModelBox();
  model->setCurrentIndex(model->findData(static_cast<int>(BeltNullModel::PlaceByWeight)));
  EXPECT_TRUE(w.section.weightColumnBox()->isVisible());
  QTemporaryDir dir;
  const QString good = dir.filePath(QStringLiteral("population.csv"));
  {
    QFile file(good);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("city,population\n深圳市,1756\n温州市,965\n济南市,934\n");
  }
  w.section.setWeightTable(good);
  ASSERT_EQ(w.section.weightPlaceBox()->count(), 2);
  w.section.weightPlaceBox()->setCurrentText(QStringLiteral("city"));
  w.section.weightColumnBox()->setCurrentText(QStringLiteral("population"));
  QSignalSpy done(&w.controller, &SignificanceController::resultChanged);
  QTest::mouseClick(w.section.runButton(), Qt::LeftButton);
  ASSERT_TRUE(done.wait(30000));
  ASSERT_TRUE(w.controller.result()->permutation);
  EXPECT_EQ(w.controller.result()->permutation->options.model, BeltNullModel::PlaceByWeight);

  const QString bad = dir.filePath(QStringLiteral("bad.csv"));
  {
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("code,population\n440300,-3\n");
  }
  w.section.setWeightTable(bad);
  w.section.weightColumnBox()->setCurrentText(QStringLiteral("population"));
  QTest::mouseClick(w.section.runButton(), Qt::LeftButton);
  ASSERT_TRUE(done.wait(30000));
  const auto result = w.controller.result();
  EXPECT_FALSE(result->permutation) << "no test on weights that cannot be used";
  ASSERT_FALSE(result->notes.empty());
  EXPECT_NE(result->notes.front().find("bad.csv:2"), std::string::npos) << result->notes.front();
}

}  // namespace
}  // namespace cb::ui
