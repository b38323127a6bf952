// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace cb::ui {

/// A most-recently-used list of files kept in QSettings under `key`, shown in a menu. Files that
/// no longer exist stay listed (a drive may be offline) but are shown disabled.
class RecentFiles : public QObject {
  Q_OBJECT

 public:
  RecentFiles(QString settingsKey, QMenu* menu, QObject* parent = nullptr);

  void add(const QString& path);
  [[nodiscard]] QStringList files() const;

 Q_SIGNALS:
  void fileChosen(const QString& path);

 private:
  void rebuildMenu();

  QString mKey;
  QMenu* mMenu;
  static constexpr int kMaxFiles = 8;
};

}  // namespace cb::ui
