// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>

#include "ui/render/path_cache.h"

namespace cb::ui {

/// Owns what is loaded and loads it off the GUI thread: files → core model → paths for painting.
/// Publishes immutable snapshots; readers keep the old one alive as long as they need it.
class DocumentController : public QObject {
  Q_OBJECT

 public:
  explicit DocumentController(QObject* parent = nullptr);
  ~DocumentController() override;

  /// Starts loading a boundary file; boundariesLoaded or loadFailed follows.
  void openBoundaries(const QString& path);
  [[nodiscard]] std::shared_ptr<const render::PathCache> paths() const { return mPaths; }
  [[nodiscard]] bool isLoading() const { return mWatcher.isRunning(); }

 Q_SIGNALS:
  void loadStarted(const QString& path);
  void boundariesLoaded(std::shared_ptr<const cb::render::PathCache> paths);
  /// `report` lists what the reader had to say (assumed CRS, repairs …), possibly empty.
  void loadReport(const QString& path, const QString& report);
  void loadFailed(const QString& path, const QString& message);

 private:
  struct Outcome {
    std::shared_ptr<const render::PathCache> paths;
    QString error;
  };
  void onLoaded();

  QString mLoadingPath;
  QFutureWatcher<Outcome> mWatcher;
  std::shared_ptr<const render::PathCache> mPaths;
};

}  // namespace cb::ui
