// SPDX-License-Identifier: GPL-3.0-or-later
// The command line of `clusterbelt`: a project file given as its argument (what a file manager's
// double-click passes through the desktop entry's %f) is opened; options still choose the data.
#include "ui/app/command_line.h"

#include <gtest/gtest.h>

#include <QCommandLineParser>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "core/project/project_io.h"
#include "tests/analysis_fixture.h"
#include "ui/app/main_window.h"
#include "ui/controllers/document_controller.h"
#include "ui/controllers/project_controller.h"

namespace cb::ui {
namespace {

StartRequest parse(const QStringList& arguments) {
  QCommandLineParser parser;
  addStartOptions(parser);
  EXPECT_TRUE(parser.parse(QStringList{QStringLiteral("clusterbelt")} + arguments))
      << parser.errorText().toStdString();
  return startRequest(parser);
}

TEST(CommandLine, OptionsChooseTheDataAndNoProject) {
  const StartRequest request =
      parse({QStringLiteral("--clusters"), QStringLiteral("c.csv"), QStringLiteral("--belts"),
             QStringLiteral("b.csv"), QStringLiteral("--city"), QStringLiteral("深圳")});
  EXPECT_TRUE(request.error.isEmpty());
  EXPECT_TRUE(request.project.isEmpty());
  EXPECT_EQ(request.inputs.clusters.path, "c.csv");
  EXPECT_EQ(request.inputs.belts.path, "b.csv");
  EXPECT_TRUE(request.inputs.boundaries.empty()) << "the bundled boundaries";
  EXPECT_EQ(request.city, QStringLiteral("深圳"));
}

TEST(CommandLine, AProjectArgumentIsMadeAbsoluteAndExcludesTheDataOptions) {
  const StartRequest relative = parse({QStringLiteral("研究.cbproj")});
  EXPECT_TRUE(relative.error.isEmpty());
  EXPECT_EQ(relative.project, QDir::current().absoluteFilePath(QStringLiteral("研究.cbproj")));

  EXPECT_FALSE(
      parse({QStringLiteral("--boundaries"), QStringLiteral("b.shp"), QStringLiteral("a.cbproj")})
          .error.isEmpty());
  EXPECT_FALSE(parse({QStringLiteral("a.cbproj"), QStringLiteral("b.cbproj")}).error.isEmpty());
}

TEST(CommandLine, TheWindowOpensTheProjectGivenAsArgument) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString file = dir.filePath(QStringLiteral("双击.cbproj"));
  Project project;
  project.inputs = test::matchFixtureInputs();
  project.inputs.sde.k = 2;
  saveProject(project, pathFromUtf8(file.toStdString()));

  MainWindow window;
  window.resize(1200, 800);
  window.show();
  QSignalSpy analysed(window.document(), &DocumentController::analysisChanged);
  ASSERT_TRUE(startWindow(window, parse({file})));
  ASSERT_TRUE(analysed.wait(30000));
  EXPECT_EQ(window.project()->currentFile(), file);
  EXPECT_EQ(window.project()->snapshot().inputs, project.inputs);
  EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("双击.cbproj")));
}

}  // namespace
}  // namespace cb::ui
