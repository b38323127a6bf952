// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/command_line.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include "core/model/admin_names.h"
#include "ui/app/main_window.h"
#include "ui/controllers/document_controller.h"
#include "ui/controllers/project_controller.h"
#include "ui/controllers/selection_model.h"

namespace cb::ui {
namespace {

constexpr auto kBoundaries = "boundaries";
constexpr auto kClusters = "clusters";
constexpr auto kBelts = "belts";
constexpr auto kCity = "city";

/// Selects the city once, when the first analysis arrives.
void selectCityOnce(MainWindow& window, const QString& city) {
  auto* once = new QObject(&window);
  QObject::connect(
      window.document(), &DocumentController::analysisChanged, once,
      [&window, once, wanted = city.toStdString()](const auto& analysis) {
        for (const CityMatch& c : analysis->match.cities) {
          if (c.code == wanted || c.name == wanted || shortAdminName(c.name) == wanted) {
            window.selection()->setCurrentCity(QString::fromStdString(c.code));
            break;
          }
        }
        once->deleteLater();
      });
}

}  // namespace

void addStartOptions(QCommandLineParser& parser) {
  parser.addOptions({
      {QString::fromLatin1(kBoundaries),
       QCoreApplication::translate("main",
                                   "Boundary file to open instead of the bundled prefectures."),
       QStringLiteral("PATH")},
      {QString::fromLatin1(kClusters),
       QCoreApplication::translate(
           "main", "Cluster table to open instead of the bundled national clusters."),
       QStringLiteral("PATH")},
      {QString::fromLatin1(kBelts),
       QCoreApplication::translate("main",
                                   "Belt table to open instead of the bundled online belts."),
       QStringLiteral("PATH")},
      {QString::fromLatin1(kCity),
       QCoreApplication::translate(
           "main", "City to select once the data are loaded (6-digit code or name)."),
       QStringLiteral("CODE|NAME")},
  });
  parser.addPositionalArgument(
      QStringLiteral("project"),
      QCoreApplication::translate("main", "Project file (.cbproj) to open."),
      QStringLiteral("[project.cbproj]"));
}

StartRequest startRequest(const QCommandLineParser& parser) {
  StartRequest request;
  request.inputs.boundaries = parser.value(QString::fromLatin1(kBoundaries)).toStdString();
  request.inputs.clusters.path = parser.value(QString::fromLatin1(kClusters)).toStdString();
  request.inputs.belts.path = parser.value(QString::fromLatin1(kBelts)).toStdString();
  request.city = parser.value(QString::fromLatin1(kCity));
  const QStringList files = parser.positionalArguments();
  if (files.size() > 1) {
    request.error =
        QCoreApplication::translate("main", "Only one project file can be opened at a time.");
  } else if (!files.isEmpty()) {
    // Absolute, so that the title, the recent-files list and saving do not depend on the
    // folder the program was started from.
    request.project = QFileInfo(files.front()).absoluteFilePath();
    // A project names its own files; mixing them with these options would leave it unclear
    // which the analysis uses.
    if (parser.isSet(QString::fromLatin1(kBoundaries)) ||
        parser.isSet(QString::fromLatin1(kClusters)) || parser.isSet(QString::fromLatin1(kBelts))) {
      request.error = QCoreApplication::translate(
          "main",
          "A project file names its own data: leave out --boundaries, --clusters and --belts.");
    }
  }
  return request;
}

bool startWindow(MainWindow& window, const StartRequest& request) {
  if (!request.city.isEmpty()) selectCityOnce(window, request.city);
  if (!request.project.isEmpty() && window.project()->open(request.project)) return true;
  window.start(request.inputs);
  return request.project.isEmpty();
}

}  // namespace cb::ui
