// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace cb::ui {

/// The one selection shared by the map, the inspector, the tables and the charts: a current
/// city (a 2021 unit code) and a set of selected cities (e.g. the cities of a clicked bar).
/// Setting the same value again emits nothing, so views may echo without loops.
class SelectionModel : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;

  [[nodiscard]] const QString& currentCity() const { return mCurrent; }
  [[nodiscard]] const QStringList& selectedCities() const { return mSelected; }
  [[nodiscard]] bool isSelected(const QString& code) const { return mSelected.contains(code); }

 public Q_SLOTS:
  /// Makes `code` current and the only selected city; an empty code clears both.
  void setCurrentCity(const QString& code);
  /// Selects several cities; `current` (one of them, or empty) becomes the current city.
  void setSelectedCities(const QStringList& codes, const QString& current = QString());
  void clear();

 Q_SIGNALS:
  void currentCityChanged(const QString& code);
  void selectionChanged(const QStringList& codes);

 private:
  QString mCurrent;
  QStringList mSelected;
};

}  // namespace cb::ui
