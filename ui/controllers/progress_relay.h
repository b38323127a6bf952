// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QPointer>
#include <QString>
#include <string>

#include "core/util/cancellation.h"

namespace cb::ui {

/// A ProgressFunction for core code running in a worker thread: each report hops to the GUI
/// thread and is emitted there as `receiver`'s progress signal(percent, step), or dropped when the
/// receiver is gone by then.
template <typename Receiver>
ProgressFunction progressRelay(Receiver* receiver, void (Receiver::*signal)(int, const QString&)) {
  QPointer<Receiver> self(receiver);
  return [self, signal](int percent, const std::string& step) {
    QMetaObject::invokeMethod(
        self, [self, signal, percent, text = QString::fromStdString(step)] {
          if (self) Q_EMIT(self->*signal)(percent, text);
        },
        Qt::QueuedConnection);
  };
}

}  // namespace cb::ui
