// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest main for the Qt suites: a Qt application object on the offscreen platform, so the
// tests run without a display (in CI and under ctest alike).
#include <gtest/gtest.h>

#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef CB_WIDGETS_TEST
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  // Settings and caches go to test locations, never to the user's; and each test process gets
  // its own settings folder, because CTest runs test processes in parallel.
  QStandardPaths::setTestModeEnabled(true);
  TestApplication app(argc, argv);
  // The tests read English words and numbers, whatever the machine's locale (LANG=zh_CN …).
  QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  const QTemporaryDir settingsDir;
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
