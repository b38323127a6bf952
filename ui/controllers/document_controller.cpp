// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/controllers/document_controller.h"

#include <QtConcurrent/QtConcurrentRun>
#include <exception>

#include "core/model/boundary_map.h"

namespace cb::ui {

DocumentController::DocumentController(QObject* parent) : QObject(parent) {
  connect(&mWatcher, &QFutureWatcher<Outcome>::finished, this, &DocumentController::onLoaded);
}

DocumentController::~DocumentController() { mWatcher.waitForFinished(); }

void DocumentController::openBoundaries(const QString& path) {
  if (mWatcher.isRunning()) return;  // one load at a time; the UI disables Open meanwhile
  mLoadingPath = path;
  Q_EMIT loadStarted(path);
  mWatcher.setFuture(QtConcurrent::run([file = path.toStdString()]() -> Outcome {
    try {
      // GDAL and PROJ objects live and die inside this worker; only plain data comes back.
      return {std::make_shared<const render::PathCache>(loadBoundaryMap(file)), QString()};
    } catch (const std::exception& e) {
      return {nullptr, QString::fromStdString(e.what())};
    }
  }));
}

void DocumentController::onLoaded() {
  const Outcome outcome = mWatcher.result();
  if (!outcome.paths) {
    Q_EMIT loadFailed(mLoadingPath, outcome.error);
    return;
  }
  mPaths = outcome.paths;
  Q_EMIT boundariesLoaded(mPaths);
  Q_EMIT loadReport(mLoadingPath, QString::fromStdString(mPaths->boundaries().report().toText()));
}

}  // namespace cb::ui
