// SPDX-License-Identifier: GPL-3.0-or-later
// The application started on each file of the bad-input corpus (tests/data/bad/manifest.tsv), as
// `clusterbelt --boundaries F`, `--clusters F`, `--belts F` or File → Open Project would: a file
// that cannot be used shows a message naming it, and the window then still takes usable data.
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <memory>
#include <regex>

#include "tests/analysis_fixture.h"
#include "tests/bad_corpus.h"
#include "ui/app/main_window.h"
#include "ui/controllers/document_controller.h"
#include "ui/controllers/document_history.h"
#include "ui/controllers/project_controller.h"

namespace cb::ui {
namespace {

/// Answers every message box that opens while it lives (No where a question offers it, else OK)
/// and keeps their texts: the boxes are modal, so a test can only see them from a timer.
class MessageBoxAnswerer {
 public:
  MessageBoxAnswerer() {
    QObject::connect(&mTimer, &QTimer::timeout, [this] {
      for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* box = qobject_cast<QMessageBox*>(widget);
        if (box == nullptr || !box->isVisible()) continue;
        mTexts << box->text();
        if (QAbstractButton* no = box->button(QMessageBox::No)) {
          no->click();
        } else {
          box->accept();
        }
      }
    });
    mTimer.start(20);
  }
  [[nodiscard]] QString texts() const { return mTexts.join(QLatin1Char('\n')); }

 private:
  QTimer mTimer;
  QStringList mTexts;
};

/// Waits for the analysis of the inputs in the document to succeed or fail; true when it failed.
bool waitForOutcome(MainWindow& window, QSignalSpy& changed, QSignalSpy& failed) {
  for (int i = 0; i < 600 && changed.isEmpty() && failed.isEmpty(); ++i) changed.wait(100);
  EXPECT_TRUE(!changed.isEmpty() || !failed.isEmpty()) << "no analysis and no failure within 60 s";
  static_cast<void>(window);
  return !failed.isEmpty();
}

/// After the bad file, the window must still take the fixtures and show their analysis.
void expectStillUsable(MainWindow& window) {
  QSignalSpy changed(window.document(), &DocumentController::analysisChanged);
  window.document()->setInputs(test::matchFixtureInputs());
  ASSERT_TRUE(changed.wait(60000)) << "the window took no usable data after the bad file";
  EXPECT_TRUE(window.isVisible());
  EXPECT_NE(window.document()->analysis(), nullptr);
}

void startWith(const test::BadFile& bad, const std::string& role) {
  SCOPED_TRACE("--" + role + " " + bad.path.filename().string() + " [" + bad.problem + "]");
  AnalysisInputs inputs = test::matchFixtureInputs();
  if (role == "boundaries") inputs.boundaries = bad.path.string();
  if (role == "clusters") inputs.clusters.path = bad.path.string();
  if (role == "belts") inputs.belts.path = bad.path.string();
  MainWindow window;
  window.resize(800, 600);
  window.show();
  const MessageBoxAnswerer answerer;
  QSignalSpy changed(window.document(), &DocumentController::analysisChanged);
  QSignalSpy failed(window.document(), &DocumentController::analysisFailed);
  window.start(inputs);
  const bool refused = waitForOutcome(window, changed, failed);
  if (bad.expect == "error") {
    EXPECT_TRUE(refused) << "the file was used";
    const QString shown = answerer.texts();
    EXPECT_TRUE(shown.contains(QString::fromStdString(bad.path.filename().string())))
        << "the message does not name the file: " << shown.toStdString();
  } else {
    EXPECT_FALSE(refused) << answerer.texts().toStdString();
  }
  expectStillUsable(window);
}

TEST(BadInputGui, EachBadBoundaryFileIsShownAndTheWindowStaysUsable) {
  for (const test::BadFile& bad : test::badFiles("boundaries")) startWith(bad, "boundaries");
}

TEST(BadInputGui, EachBadTableIsShownAsClustersAndTheWindowStaysUsable) {
  for (const test::BadFile& bad : test::badFiles("table")) startWith(bad, "clusters");
}

TEST(BadInputGui, EachBadTableIsShownAsBeltsAndTheWindowStaysUsable) {
  for (const test::BadFile& bad : test::badFiles("table")) startWith(bad, "belts");
}

// Found by the tests above: a window closed with steps to undo crashed, as the undo stack, cleared
// when destroyed, still updated the texts of the Undo and Redo actions after they were gone.
TEST(BadInputGui, ClosingTheWindowWithStepsToUndoDoesNotCrash) {
  auto window = std::make_unique<MainWindow>();
  window->show();
  window->history()->undoStack()->push(new QUndoCommand(QStringLiteral("a step")));
  window.reset();
}

}  // namespace
}  // namespace cb::ui
