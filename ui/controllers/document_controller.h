// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

#include "core/analysis/analysis.h"
#include "ui/render/path_cache.h"

namespace cb::ui {

/// Owns what is loaded and computes it off the GUI thread: files → core model (runAnalysis) →
/// paths for painting. Publishes immutable snapshots; readers keep an old one alive as long as
/// they need it. Every change of the inputs (a file, a column mapping, a manual placement, the
/// ellipse convention) recomputes the analysis; a change made while computing cancels the
/// running computation and starts again.
class DocumentController : public QObject {
  Q_OBJECT

 public:
  explicit DocumentController(QObject* parent = nullptr);
  ~DocumentController() override;

  [[nodiscard]] const AnalysisInputs& inputs() const { return mInputs; }
  [[nodiscard]] std::shared_ptr<const Analysis> analysis() const { return mAnalysis; }
  [[nodiscard]] std::shared_ptr<const render::PathCache> paths() const { return mPaths; }
  [[nodiscard]] bool isBusy() const { return mWatcher.isRunning(); }

 public Q_SLOTS:
  /// Replaces every input and recomputes (opening a project does this).
  void setInputs(const cb::AnalysisInputs& inputs);
  void openBoundaries(const QString& path);
  void openClusters(const cb::DataSource& source);
  void openBelts(const cb::DataSource& source);
  void setSdeOptions(const cb::SdeOptions& options);
  /// The ellipses over time: per year (false) or cumulative (true).
  void setCumulativeYears(bool cumulative);
  /// Places an unresolved row by hand in the 2021 unit `code`; replaces an earlier pick.
  void placeManually(cb::PointKind kind, long long row, const QString& code);
  /// Stops the running computation; the last analysis stays.
  void cancel();

 Q_SIGNALS:
  void busyChanged(bool busy);
  void progress(int percent, const QString& step);
  /// New boundaries were loaded (only when the boundary file changed).
  void pathsChanged(std::shared_ptr<const cb::render::PathCache> paths);
  void analysisChanged(std::shared_ptr<const cb::Analysis> analysis);
  /// The inputs could not be used; the previous analysis stays. `inputs` are those that failed.
  void analysisFailed(const QString& message);
  void inputsChanged(const cb::AnalysisInputs& inputs);
  /// The new inputs could not be used and the last usable ones are back (emitted just before
  /// inputsChanged with them): the edit that failed did not happen.
  void inputsRestored(const cb::AnalysisInputs& inputs);

 private:
  struct Outcome {
    std::shared_ptr<const Analysis> analysis;
    std::shared_ptr<const render::PathCache> paths;  // set when the boundaries are new
    QString error;
    bool cancelled = false;
  };
  void recompute();
  void onFinished();

  AnalysisInputs mInputs;
  AnalysisInputs mLastGood;
  std::shared_ptr<const Analysis> mAnalysis;
  std::shared_ptr<const render::PathCache> mPaths;
  QFutureWatcher<Outcome> mWatcher;
  std::shared_ptr<std::atomic<bool>> mCancel;
  bool mRestart = false;
};

}  // namespace cb::ui
