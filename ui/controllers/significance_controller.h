// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

#include "core/analysis/significance.h"

namespace cb::ui {

/// Runs the inference on the current analysis (computeSignificance) off the GUI thread, with
/// progress and cancel. The result belongs to the analysis it was computed on: a new analysis
/// cancels a running test and clears the result, so that a p-value is never shown beside figures
/// it was not computed from.
class SignificanceController : public QObject {
  Q_OBJECT

 public:
  explicit SignificanceController(QObject* parent = nullptr);
  ~SignificanceController() override;

  [[nodiscard]] std::shared_ptr<const Significance> result() const { return mResult; }
  [[nodiscard]] bool isBusy() const { return mWatcher.isRunning(); }

 public Q_SLOTS:
  /// The analysis the tests run on; clears the result and cancels a running test.
  void setAnalysis(std::shared_ptr<const cb::Analysis> analysis);
  /// Starts the tests on the current analysis (nothing without one); a running test is cancelled
  /// first and this one starts when it has stopped.
  void run(const cb::SignificanceOptions& options);
  void cancel();

 Q_SIGNALS:
  void busyChanged(bool busy);
  void progress(int percent, const QString& step);
  /// A new result, or nullptr when the result was cleared.
  void resultChanged(std::shared_ptr<const cb::Significance> result);

 private:
  struct Outcome {
    std::shared_ptr<const Significance> result;
    std::shared_ptr<const Analysis> analysis;  // the one it was computed on
    bool cancelled = false;
  };
  void start();
  void onFinished();

  std::shared_ptr<const Analysis> mAnalysis;
  std::shared_ptr<const Significance> mResult;
  SignificanceOptions mOptions;
  bool mPending = false;  // run() while a test was still stopping
  QFutureWatcher<Outcome> mWatcher;
  std::shared_ptr<std::atomic<bool>> mCancel;
};

}  // namespace cb::ui
