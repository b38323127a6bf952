// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/controllers/data_export.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <exception>

#include "core/export/significance_report.h"
#include "core/project/project.h"

namespace cb::ui {
namespace {
/// The translation context of these messages (a free function has no class to lend it one, and
/// lupdate needs the class named at each call to file the message under it).
class DataExport {
  Q_DECLARE_TR_FUNCTIONS(cb::ui::DataExport)
};
}  // namespace

bool exportDataInteractively(QWidget* parent, const std::shared_ptr<const Analysis>& analysis, ExportWhat what) {
  if (!analysis) return false;
  const bool geometric = what == ExportWhat::Outcomes || what == ExportWhat::Ellipses;
  const QString filter =
      geometric ? DataExport::tr("GeoPackage (*.gpkg);;Shapefile (*.shp);;CSV for Excel (*.csv);;Excel (*.xlsx)")
                : DataExport::tr("CSV for Excel (*.csv);;Excel (*.xlsx)");
  QSettings settings;
  const QString folder = settings.value(QStringLiteral("dataExport/folder")).toString();
  const QString suggested = folder + QLatin1Char('/') + QString::fromLatin1(exportWhatName(what)) +
                            (geometric ? QStringLiteral(".gpkg") : QStringLiteral(".csv"));
  QString selectedFilter;
  QString path =
      QFileDialog::getSaveFileName(parent, DataExport::tr("Export Data"), suggested, filter, &selectedFilter);
  if (path.isEmpty()) return false;
  settings.setValue(QStringLiteral("dataExport/folder"), QFileInfo(path).absolutePath());
  try {
    const std::size_t count = exportAnalysis(*analysis, what, pathFromUtf8(path.toStdString()));
    QMessageBox::information(parent, DataExport::tr("Export Data"),
                             DataExport::tr("Wrote %1 (%2 records).").arg(path).arg(count));
    return true;
  } catch (const std::exception& e) {
    QMessageBox::warning(parent, DataExport::tr("Export Data"),
                         DataExport::tr("Cannot write %1:\n%2").arg(path, QString::fromStdString(e.what())));
    return false;
  }
}

bool exportSignificanceInteractively(QWidget* parent, const Analysis& analysis, const Significance& significance) {
  QSettings settings;
  const QString folder = QFileDialog::getExistingDirectory(
      parent, DataExport::tr("Export the Tests' Tables"), settings.value(QStringLiteral("dataExport/folder")).toString());
  if (folder.isEmpty()) return false;
  settings.setValue(QStringLiteral("dataExport/folder"), folder);
  try {
    const auto files = writeSignificanceTables(pathFromUtf8(folder.toStdString()), significance, analysis.match);
    QStringList names;
    for (const auto& file : files) names << QString::fromStdString(pathToUtf8(file.filename()));
    QMessageBox::information(parent, DataExport::tr("Export Data"),
                             DataExport::tr("Wrote %1 in %2.").arg(names.join(QStringLiteral(", ")), folder));
    return true;
  } catch (const std::exception& e) {
    QMessageBox::warning(parent, DataExport::tr("Export Data"),
                         DataExport::tr("Cannot write the tables in %1:\n%2").arg(folder, QString::fromStdString(e.what())));
    return false;
  }
}

}  // namespace cb::ui
