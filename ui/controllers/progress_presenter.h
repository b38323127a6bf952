// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>

class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;
class QToolButton;
class QWidget;

namespace cb::ui {

class DocumentController;

/// Shows the DocumentController's work in a status bar: the step, a progress bar and a Cancel
/// button, which appear only when a computation lasts longer than a moment (showDelay) and go
/// when it ends. Nothing here waits: the GUI thread stays free while the worker computes. A
/// failure is reported in the status bar and, if asked for, in a window-modal message box opened
/// without a nested event loop.
class ProgressPresenter : public QObject {
  Q_OBJECT

 public:
  /// Adds its widgets to `statusBar` (as permanent widgets) and follows `document`.
  ProgressPresenter(DocumentController* document, QStatusBar* statusBar, QObject* parent = nullptr);
  ~ProgressPresenter() override;

  /// Milliseconds of work before the progress shows (default 400), so quick recomputations do not
  /// flicker.
  void setShowDelay(int milliseconds);
  /// Also shows each failure in a message box (off by default: the main window may show its own).
  void setShowsErrorDialogs(bool show) { mShowsErrorDialogs = show; }

  /// True while the progress widgets are shown.
  [[nodiscard]] bool isShowing() const;
  [[nodiscard]] QWidget* widget() const { return mBox; }
  [[nodiscard]] QProgressBar* progressBar() const { return mBar; }
  [[nodiscard]] QToolButton* cancelButton() const { return mCancel; }
  /// The step shown, translated ("Matching clusters and belts").
  [[nodiscard]] QString stepText() const;
  /// The last failure's message, empty when the last computation succeeded.
  [[nodiscard]] const QString& lastError() const { return mLastError; }
  /// The message box of the last failure, while it is open (setShowsErrorDialogs(true)).
  [[nodiscard]] QMessageBox* errorBox() const { return mErrorBox; }

  /// The user-visible name of a step that runAnalysis reports ("boundaries", "matching" …).
  static QString stepLabel(const QString& step);

 protected:
  bool event(QEvent* event) override;

 private:
  void retranslate();
  void onBusyChanged(bool busy);
  void onProgress(int percent, const QString& step);
  void onFailed(const QString& message);
  void cancel();

  DocumentController* mDocument;
  QStatusBar* mStatusBar;
  QWidget* mBox;
  QLabel* mStep;
  QProgressBar* mBar;
  QToolButton* mCancel;
  QTimer* mShowTimer;
  QPointer<QMessageBox> mErrorBox;
  QString mLastError;
  bool mBusy = false;
  bool mShowsErrorDialogs = false;
};

}  // namespace cb::ui
