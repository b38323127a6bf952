// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/recent_files.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace cb::ui {

RecentFiles::RecentFiles(QString settingsKey, QMenu* menu, QObject* parent)
    : QObject(parent), mKey(std::move(settingsKey)), mMenu(menu) {
  rebuildMenu();
}

QStringList RecentFiles::files() const { return QSettings().value(mKey).toStringList(); }

void RecentFiles::add(const QString& path) {
  const QString absolute = QFileInfo(path).absoluteFilePath();
  QStringList list = files();
  list.removeAll(absolute);
  list.prepend(absolute);
  while (list.size() > kMaxFiles) list.removeLast();
  QSettings().setValue(mKey, list);
  rebuildMenu();
}

void RecentFiles::rebuildMenu() {
  mMenu->clear();
  const QStringList list = files();
  for (int i = 0; i < list.size(); ++i) {
    const QString& path = list[i];
    // &1 … &8 give keyboard access; the full path is in the tooltip.
    QAction* action = mMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
    action->setToolTip(QDir::toNativeSeparators(path));
    action->setEnabled(QFileInfo::exists(path));
    connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
  }
  mMenu->setEnabled(!list.isEmpty());
}

}  // namespace cb::ui
