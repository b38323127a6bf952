// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/controllers/document_controller.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <exception>

#include "ui/controllers/progress_relay.h"

namespace cb::ui {

DocumentController::DocumentController(QObject* parent) : QObject(parent) {
  connect(&mWatcher, &QFutureWatcher<Outcome>::finished, this, &DocumentController::onFinished);
}

DocumentController::~DocumentController() {
  if (mCancel) mCancel->store(true);
  mWatcher.waitForFinished();
}

void DocumentController::setInputs(const AnalysisInputs& inputs) {
  mInputs = inputs;
  Q_EMIT inputsChanged(mInputs);
  recompute();
}

void DocumentController::openBoundaries(const QString& path) {
  AnalysisInputs inputs = mInputs;
  inputs.boundaries = path.toStdString();
  setInputs(inputs);
}

void DocumentController::openClusters(const DataSource& source) {
  AnalysisInputs inputs = mInputs;
  if (inputs.clusters.path != source.path) {  // row numbers of another file mean other rows
    std::erase_if(inputs.manual, [](const ManualPlacement& m) { return m.kind == PointKind::Cluster; });
  }
  inputs.clusters = source;
  setInputs(inputs);
}

void DocumentController::openBelts(const DataSource& source) {
  AnalysisInputs inputs = mInputs;
  if (inputs.belts.path != source.path) {
    std::erase_if(inputs.manual, [](const ManualPlacement& m) { return m.kind == PointKind::Belt; });
  }
  inputs.belts = source;
  setInputs(inputs);
}

void DocumentController::setSdeOptions(const SdeOptions& options) {
  AnalysisInputs inputs = mInputs;
  inputs.sde = options;
  setInputs(inputs);
}

void DocumentController::setCumulativeYears(bool cumulative) {
  AnalysisInputs inputs = mInputs;
  inputs.cumulativeYears = cumulative;
  setInputs(inputs);
}

void DocumentController::placeManually(PointKind kind, long long row, const QString& code) {
  AnalysisInputs inputs = mInputs;
  std::erase_if(inputs.manual, [&](const ManualPlacement& m) { return m.kind == kind && m.row == row; });
  if (!code.isEmpty()) inputs.manual.push_back({kind, row, code.toStdString()});
  setInputs(inputs);
}

void DocumentController::cancel() {
  if (mCancel) mCancel->store(true);
  mRestart = false;
}

void DocumentController::recompute() {
  if (mWatcher.isRunning()) {
    // Let the running computation stop; onFinished starts again with the newest inputs.
    mCancel->store(true);
    mRestart = true;
    return;
  }
  mCancel = std::make_shared<std::atomic<bool>>(false);
  Q_EMIT busyChanged(true);
  const ProgressFunction report = progressRelay(this, &DocumentController::progress);
  const std::shared_ptr<const BoundaryMap> previous = mPaths ? mPaths->boundariesPtr() : nullptr;
  mWatcher.setFuture(QtConcurrent::run([inputs = mInputs, previous, cancel = mCancel, report]() -> Outcome {
    Outcome outcome;
    try {
      // GDAL and PROJ objects live and die inside this worker; only plain data comes back.
      outcome.analysis = runAnalysis(inputs, previous, cancel.get(), report);
      if (outcome.analysis->boundaries != previous) {
        outcome.paths = std::make_shared<const render::PathCache>(outcome.analysis->boundaries);
      }
    } catch (const Cancelled&) {
      outcome.cancelled = true;
    } catch (const std::exception& e) {
      outcome.error = QString::fromStdString(e.what());
    }
    return outcome;
  }));
}

void DocumentController::onFinished() {
  const Outcome outcome = mWatcher.result();
  if (mRestart) {
    mRestart = false;
    recompute();
    return;
  }
  Q_EMIT busyChanged(false);
  if (outcome.cancelled) return;
  if (!outcome.analysis) {
    // Keep the inputs that worked, so that the next change starts from a usable state.
    mInputs = mLastGood;
    Q_EMIT inputsRestored(mInputs);
    Q_EMIT inputsChanged(mInputs);
    Q_EMIT analysisFailed(outcome.error);
    return;
  }
  mLastGood = mInputs;
  if (outcome.paths) {
    mPaths = outcome.paths;
    Q_EMIT pathsChanged(mPaths);
  }
  mAnalysis = outcome.analysis;
  Q_EMIT analysisChanged(mAnalysis);
}

}  // namespace cb::ui
