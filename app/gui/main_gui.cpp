// SPDX-License-Identifier: GPL-3.0-or-later
// clusterbelt: the desktop application. Opens the bundled boundaries unless --boundaries PATH
// names another file.
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

#include "core/io/bundled_data.h"
#include "ui/app/main_window.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("ClusterBelt"));
  QApplication::setOrganizationName(QStringLiteral("ClusterBelt"));
  QApplication::setApplicationVersion(QStringLiteral(CLUSTERBELT_VERSION));

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QApplication::translate("main", "Map and match China's national industrial clusters and online industrial belts."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption boundaries(
      QStringList{QStringLiteral("boundaries")},
      QApplication::translate("main", "Boundary file to open instead of the bundled prefectures."),
      QStringLiteral("PATH"));
  parser.addOption(boundaries);
  parser.process(app);

  cb::ui::MainWindow window;
  window.show();
  QString path = parser.value(boundaries);
  if (path.isEmpty()) path = QString::fromStdString(cb::bundledBoundaries().string());
  if (path.isEmpty() || !QFileInfo::exists(path)) {
    QMessageBox::information(&window, QApplication::translate("main", "No boundaries"),
                             QApplication::translate("main", "The bundled boundaries were not found. "
                                                             "Run packaging/run.sh to set them up, or use File → Open Boundaries."));
  } else {
    window.openBoundaries(path);
  }
  return QApplication::exec();
}
