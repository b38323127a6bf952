// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/controllers/progress_presenter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

#include "ui/controllers/document_controller.h"

namespace cb::ui {

ProgressPresenter::ProgressPresenter(DocumentController* document, QStatusBar* statusBar, QObject* parent)
    : QObject(parent), mDocument(document), mStatusBar(statusBar), mShowTimer(new QTimer(this)) {
  mBox = new QWidget(statusBar);
  mStep = new QLabel(mBox);
  mBar = new QProgressBar(mBox);
  mBar->setRange(0, 100);
  mBar->setMaximumWidth(160);
  mBar->setTextVisible(true);
  mCancel = new QToolButton(mBox);
  retranslate();
  auto* layout = new QHBoxLayout(mBox);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mStep);
  layout->addWidget(mBar);
  layout->addWidget(mCancel);
  statusBar->addPermanentWidget(mBox);
  mBox->hide();

  mShowTimer->setSingleShot(true);
  mShowTimer->setInterval(400);
  connect(mShowTimer, &QTimer::timeout, this, [this] {
    if (mBusy) mBox->show();
  });
  connect(mCancel, &QToolButton::clicked, this, &ProgressPresenter::cancel);
  connect(document, &DocumentController::busyChanged, this, &ProgressPresenter::onBusyChanged);
  connect(document, &DocumentController::progress, this, &ProgressPresenter::onProgress);
  connect(document, &DocumentController::analysisFailed, this, &ProgressPresenter::onFailed);
  connect(document, &DocumentController::analysisChanged, this, [this] { mLastError.clear(); });
}

ProgressPresenter::~ProgressPresenter() = default;

bool ProgressPresenter::event(QEvent* event) {
  // The window passes QEvent::LanguageChange on to its children, this presenter among them.
  if (event->type() == QEvent::LanguageChange) retranslate();
  return QObject::event(event);
}

void ProgressPresenter::retranslate() {
  mCancel->setText(tr("Cancel"));
  mCancel->setToolTip(tr("Stop this computation; the data shown before stay"));
}

void ProgressPresenter::setShowDelay(int milliseconds) { mShowTimer->setInterval(std::max(0, milliseconds)); }

bool ProgressPresenter::isShowing() const { return !mBox->isHidden(); }

QString ProgressPresenter::stepText() const { return mStep->text(); }

QString ProgressPresenter::stepLabel(const QString& step) {
  // The steps of runAnalysis (core/analysis/analysis.cpp); an unknown one is shown as it came.
  if (step == QLatin1String("boundaries")) return tr("Loading the boundaries");
  if (step == QLatin1String("gazetteer")) return tr("Loading the code table");
  if (step == QLatin1String("taxonomy")) return tr("Loading the industry taxonomy");
  if (step == QLatin1String("clusters and belts")) return tr("Reading clusters and belts");
  if (step == QLatin1String("matching")) return tr("Matching clusters and belts");
  if (step == QLatin1String("ellipses")) return tr("Computing the ellipses");
  if (step == QLatin1String("done")) return tr("Done");
  return step;
}

void ProgressPresenter::onBusyChanged(bool busy) {
  mBusy = busy;
  if (busy) {
    mBar->setValue(0);
    mStep->setText(tr("Computing…"));
    mCancel->setEnabled(true);
    if (mShowTimer->interval() == 0) {
      mBox->show();
    } else if (!mShowTimer->isActive() && mBox->isHidden()) {
      mShowTimer->start();
    }
    return;
  }
  mShowTimer->stop();
  mBox->hide();
}

void ProgressPresenter::onProgress(int percent, const QString& step) {
  mBar->setValue(std::clamp(percent, 0, 100));
  if (mCancel->isEnabled()) mStep->setText(stepLabel(step));
}

void ProgressPresenter::cancel() {
  mStep->setText(tr("Cancelling…"));
  mCancel->setEnabled(false);  // the worker stops at its next step; one request is enough
  mDocument->cancel();
  mStatusBar->showMessage(tr("Computation cancelled; the data shown before stay."), 5000);
}

void ProgressPresenter::onFailed(const QString& message) {
  mLastError = message;
  mStatusBar->showMessage(tr("Cannot use these data: %1").arg(message), 15000);
  if (!mShowsErrorDialogs) return;
  if (mErrorBox) {  // one box at a time: a second failure replaces the text
    mErrorBox->setInformativeText(message);
    return;
  }
  mErrorBox = new QMessageBox(QMessageBox::Warning, tr("Cannot use these data"),
                              tr("The data could not be used; what was shown before stays."), QMessageBox::Ok,
                              mStatusBar->window());
  mErrorBox->setInformativeText(message);
  mErrorBox->setAttribute(Qt::WA_DeleteOnClose);
  mErrorBox->open();  // window-modal without a nested event loop
}

}  // namespace cb::ui
