// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QMap>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <string>

#include "core/analysis/analysis.h"

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QTableWidget;

namespace cb::ui {

/// Lets the user say which column of a table plays which role (name, programme, province, city,
/// code, county, industry, lon, lat, weight, year, source; see cb::pointRoles()). The file is read
/// in a worker thread; then the dialog shows its columns, a preview of the first rows and one combo
/// box per role, preselected with the column the point-table reader would use by default (or the
/// mapping given). OK stays disabled, with the reason shown, while industry or every place role
/// (city, code, county) is unset, or while the file cannot be read.
class ColumnMappingDialog : public QDialog {
  Q_OBJECT

 public:
  /// `source.path` is the table (UTF-8); `source.mapping` a mapping chosen before, if any.
  ColumnMappingDialog(const cb::DataSource& source, cb::PointKind kind, QWidget* parent = nullptr);
  ~ColumnMappingDialog() override;

  /// Asks for a table (CSV, XLSX, ODS, GeoPackage, GeoJSON, Shapefile …) and then its columns.
  /// `current` is the source now open (its folder and mapping are offered). Nothing when cancelled.
  static std::optional<cb::DataSource> choose(cb::PointKind kind, const cb::DataSource& current,
                                              QWidget* parent = nullptr);

  /// The file and the roles whose column differs from the reader's default (roles left at their
  /// default are not listed, so the reader keeps choosing them).
  [[nodiscard]] cb::DataSource dataSource() const;
  /// True once the file was read (successfully or not).
  [[nodiscard]] bool isLoaded() const { return mLoaded; }
  /// The table's column names, in file order (empty until loaded).
  [[nodiscard]] const QStringList& columns() const { return mColumns; }
  /// The column chosen for a role ("industry", …), empty when none.
  [[nodiscard]] QString columnFor(const QString& role) const;
  /// The column the reader would use for a role on its own, empty when none.
  [[nodiscard]] QString defaultColumnFor(const QString& role) const;
  /// Chooses a column for a role; an empty or unknown column unsets a role that has no default.
  void setColumnFor(const QString& role, const QString& column);
  /// True when OK is allowed; otherwise problem() says why.
  [[nodiscard]] bool isAcceptable() const;
  /// Why OK is disabled, as shown to the user; empty when it is enabled.
  [[nodiscard]] QString problem() const;
  [[nodiscard]] QComboBox* roleBox(const QString& role) const { return mBoxes.value(role); }
  [[nodiscard]] QTableWidget* preview() const { return mPreview; }

 Q_SIGNALS:
  /// The file was read (`ok`) or could not be (problem() says why).
  void loadFinished(bool ok);

 private:
  struct Probe;
  static Probe probe(const std::string& path, cb::PointKind kind);
  void onProbed();
  void buildRoleBoxes();
  void fillPreview(const Probe& probe);
  void updateState();
  QString roleLabel(const QString& role) const;

  cb::DataSource mSource;
  cb::PointKind mKind;
  bool mLoaded = false;
  QString mLoadError;
  QStringList mColumns;
  std::map<std::string, std::string> mDefaults;  ///< role → the reader's default column
  QMap<QString, QComboBox*> mBoxes;
  QFutureWatcher<Probe>* mWatcher;

  QLabel* mFileLabel;
  QLabel* mInfoLabel;
  QFormLayout* mRoles;
  QTableWidget* mPreview;
  QLabel* mProblemLabel;
  QDialogButtonBox* mButtons;
};

}  // namespace cb::ui
