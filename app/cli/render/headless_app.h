// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGuiApplication>
#include <memory>

namespace cb::cli {

/// A QGuiApplication on the offscreen platform (unless QT_QPA_PLATFORM says otherwise), created
/// only by the commands that draw, so that the data commands start without Qt.
class HeadlessApp {
 public:
  HeadlessApp() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "clusterbelt-cli";
    static char* argv[] = {name, nullptr};
    mApp = std::make_unique<QGuiApplication>(argc, argv);
  }

 private:
  std::unique_ptr<QGuiApplication> mApp;
};

}  // namespace cb::cli
