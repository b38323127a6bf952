// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/controllers/significance_controller.h"

#include <QtConcurrent>

#include "ui/controllers/progress_relay.h"

namespace cb::ui {

SignificanceController::SignificanceController(QObject* parent) : QObject(parent) {
  connect(&mWatcher, &QFutureWatcher<Outcome>::finished, this, &SignificanceController::onFinished);
}

SignificanceController::~SignificanceController() {
  if (mCancel) mCancel->store(true);
  mWatcher.waitForFinished();  // the worker reads the analysis it holds a reference to
}

void SignificanceController::setAnalysis(std::shared_ptr<const Analysis> analysis) {
  if (analysis == mAnalysis) return;
  mAnalysis = std::move(analysis);
  mPending = false;
  if (mCancel) mCancel->store(true);
  if (mResult) {
    mResult.reset();
    Q_EMIT resultChanged(nullptr);
  }
}

void SignificanceController::run(const SignificanceOptions& options) {
  mOptions = options;
  if (!mAnalysis) return;
  if (mWatcher.isRunning()) {
    mCancel->store(true);
    mPending = true;
    return;
  }
  start();
}

void SignificanceController::cancel() {
  mPending = false;
  if (mCancel) mCancel->store(true);
}

void SignificanceController::start() {
  mCancel = std::make_shared<std::atomic<bool>>(false);
  Q_EMIT busyChanged(true);
  const ProgressFunction report = progressRelay(this, &SignificanceController::progress);
  mWatcher.setFuture(
      QtConcurrent::run([analysis = mAnalysis, options = mOptions, cancel = mCancel, report]() -> Outcome {
        Outcome outcome;
        outcome.analysis = analysis;
        try {
          outcome.result = computeSignificance(*analysis, options, cancel.get(), report);
        } catch (const Cancelled&) {
          outcome.cancelled = true;
        } catch (const std::exception& e) {
          auto failed = std::make_shared<Significance>();
          failed->options = options;
          failed->notes.push_back(e.what());
          outcome.result = failed;
        }
        return outcome;
      }));
}

void SignificanceController::onFinished() {
  const Outcome outcome = mWatcher.result();
  if (mPending) {
    mPending = false;
    start();
    return;
  }
  Q_EMIT busyChanged(false);
  if (outcome.cancelled || outcome.analysis != mAnalysis) return;
  mResult = outcome.result;
  Q_EMIT resultChanged(mResult);
}

}  // namespace cb::ui
