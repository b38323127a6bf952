// SPDX-License-Identifier: GPL-3.0-or-later
// clusterbelt: the desktop application. Opens the bundled boundaries, clusters and belts unless
// the command line names other files or a project (`clusterbelt study.cbproj`, as a file
// manager's double-click does).
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <cstdio>

#include "ui/app/command_line.h"
#include "ui/app/language.h"
#include "ui/app/main_window.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("ClusterBelt"));
  QApplication::setOrganizationName(QStringLiteral("ClusterBelt"));
  QApplication::setApplicationVersion(QStringLiteral(CLUSTERBELT_VERSION));
  // The installed desktop entry's name: Wayland compositors and docks match the window to the
  // entry (and so to its icon) by it.
  QGuiApplication::setDesktopFileName(QStringLiteral("org.clusterbelt.ClusterBelt"));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.clusterbelt.ClusterBelt.svg")));
  // The language of View → Language (the system's unless one was chosen), before any text is made.
  cb::ui::applyLanguage(cb::ui::savedLanguage());

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate(
      "main", "Map and match China's national industrial clusters and online industrial belts."));
  parser.addHelpOption();
  parser.addVersionOption();
  cb::ui::addStartOptions(parser);
  parser.process(app);
  const cb::ui::StartRequest request = cb::ui::startRequest(parser);
  if (!request.error.isEmpty()) {
    std::fprintf(stderr, "clusterbelt: %s\n", qPrintable(request.error));
    return 2;
  }

  cb::ui::MainWindow window;
  window.show();
  if (!cb::ui::startWindow(window, request)) {
    // The user was shown why; this line is for the terminal and the desktop's log.
    std::fprintf(stderr, "clusterbelt: the project %s was not opened\n",
                 qPrintable(request.project));
  }
  return QApplication::exec();
}
