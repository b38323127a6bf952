// SPDX-License-Identifier: GPL-3.0-or-later
// clusterbelt: the desktop application. Opens the bundled boundaries, clusters and belts unless
// the command line names other files.
#include <QApplication>
#include <QCommandLineParser>

#include "core/analysis/analysis.h"
#include "core/model/admin_names.h"
#include "ui/app/language.h"
#include "ui/app/main_window.h"
#include "ui/controllers/document_controller.h"
#include "ui/controllers/selection_model.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("ClusterBelt"));
  QApplication::setOrganizationName(QStringLiteral("ClusterBelt"));
  QApplication::setApplicationVersion(QStringLiteral(CLUSTERBELT_VERSION));
  // The language of View → Language (the system's unless one was chosen), before any text is made.
  cb::ui::applyLanguage(cb::ui::savedLanguage());

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate(
      "main", "Map and match China's national industrial clusters and online industrial belts."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption boundaries(
      QStringList{QStringLiteral("boundaries")},
      QApplication::translate("main", "Boundary file to open instead of the bundled prefectures."),
      QStringLiteral("PATH"));
  const QCommandLineOption clusters(
      QStringList{QStringLiteral("clusters")},
      QApplication::translate("main", "Cluster table to open instead of the bundled national clusters."),
      QStringLiteral("PATH"));
  const QCommandLineOption belts(
      QStringList{QStringLiteral("belts")},
      QApplication::translate("main", "Belt table to open instead of the bundled online belts."),
      QStringLiteral("PATH"));
  const QCommandLineOption city(
      QStringList{QStringLiteral("city")},
      QApplication::translate("main", "City to select once the data are loaded (6-digit code or name)."),
      QStringLiteral("CODE|NAME"));
  parser.addOptions({boundaries, clusters, belts, city});
  parser.process(app);

  cb::ui::MainWindow window;
  window.show();
  cb::AnalysisInputs inputs;  // empty paths: the bundled data
  inputs.boundaries = parser.value(boundaries).toStdString();
  inputs.clusters.path = parser.value(clusters).toStdString();
  inputs.belts.path = parser.value(belts).toStdString();
  if (parser.isSet(city)) {
    // Select the city once, when the first analysis arrives.
    auto* once = new QObject(&window);
    QObject::connect(window.document(), &cb::ui::DocumentController::analysisChanged, once,
                     [&window, once, wanted = parser.value(city).toStdString()](const auto& analysis) {
                       for (const cb::CityMatch& c : analysis->match.cities) {
                         if (c.code == wanted || c.name == wanted || cb::shortAdminName(c.name) == wanted) {
                           window.selection()->setCurrentCity(QString::fromStdString(c.code));
                           break;
                         }
                       }
                       once->deleteLater();
                     });
  }
  window.start(inputs);
  return QApplication::exec();
}
