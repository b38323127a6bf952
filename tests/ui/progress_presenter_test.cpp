// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/controllers/progress_presenter.h"

#include <gtest/gtest.h>

#include <QMainWindow>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

#include "ui/controllers/document_controller.h"
#include "tests/analysis_fixture.h"

namespace cb::ui {
namespace {

AnalysisInputs fixtureInputs() { return test::matchFixtureInputs(); }

struct Window {
  QMainWindow window;
  DocumentController document;
  ProgressPresenter presenter{&document, window.statusBar()};
  Window() { window.show(); }
};

TEST(ProgressPresenter, ShowsTheStepAndTheProgressWhileBusy) {
  Window w;
  w.presenter.setShowDelay(0);
  EXPECT_FALSE(w.presenter.isShowing());
  Q_EMIT w.document.busyChanged(true);
  EXPECT_TRUE(w.presenter.isShowing());
  Q_EMIT w.document.progress(65, QStringLiteral("matching"));
  EXPECT_EQ(w.presenter.progressBar()->value(), 65);
  EXPECT_EQ(w.presenter.stepText(), QStringLiteral("Matching clusters and belts"));
  Q_EMIT w.document.busyChanged(false);
  EXPECT_FALSE(w.presenter.isShowing());
}

TEST(ProgressPresenter, AQuickComputationNeverShowsAndASlowOneDoes) {
  Window w;
  w.presenter.setShowDelay(200);
  Q_EMIT w.document.busyChanged(true);
  Q_EMIT w.document.busyChanged(false);
  QTest::qWait(400);
  EXPECT_FALSE(w.presenter.isShowing());

  Q_EMIT w.document.busyChanged(true);
  EXPECT_FALSE(w.presenter.isShowing());
  QTRY_VERIFY_WITH_TIMEOUT(w.presenter.isShowing(), 2000);
  Q_EMIT w.document.busyChanged(false);
}

TEST(ProgressPresenter, CancelStopsTheComputationAndKeepsThePreviousData) {
  Window w;
  w.presenter.setShowDelay(0);
  QSignalSpy busy(&w.document, &DocumentController::busyChanged);
  QSignalSpy changed(&w.document, &DocumentController::analysisChanged);
  w.document.setInputs(fixtureInputs());
  ASSERT_TRUE(w.presenter.isShowing());
  QTest::mouseClick(w.presenter.cancelButton(), Qt::LeftButton);
  EXPECT_FALSE(w.presenter.cancelButton()->isEnabled());

  QTRY_VERIFY_WITH_TIMEOUT(!w.document.isBusy() && busy.count() == 2, 60000);
  EXPECT_FALSE(busy.at(1).at(0).toBool());
  EXPECT_FALSE(w.presenter.isShowing());
  EXPECT_EQ(changed.count(), 0);
  EXPECT_EQ(w.document.analysis(), nullptr);
}

TEST(ProgressPresenter, AFailureIsShownAsAMessageAndTheWindowLivesOn) {
  Window w;
  w.presenter.setShowsErrorDialogs(true);
  QSignalSpy failed(&w.document, &DocumentController::analysisFailed);
  AnalysisInputs inputs = fixtureInputs();
  inputs.clusters.path = CB_TEST_DATA_DIR "/no_such_clusters.csv";
  w.document.setInputs(inputs);
  ASSERT_TRUE(failed.wait(60000));
  EXPECT_TRUE(w.presenter.lastError().contains(QStringLiteral("no_such_clusters.csv")));
  ASSERT_NE(w.presenter.errorBox(), nullptr);
  EXPECT_TRUE(w.presenter.errorBox()->isVisible());
  EXPECT_TRUE(w.presenter.errorBox()->informativeText().contains(QStringLiteral("no_such_clusters.csv")));
  EXPECT_TRUE(w.window.statusBar()->currentMessage().contains(QStringLiteral("no_such_clusters.csv")));
  EXPECT_FALSE(w.presenter.isShowing());
  w.presenter.errorBox()->close();
}

}  // namespace
}  // namespace cb::ui
