// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "core/export/analysis_export.h"

class QWidget;

namespace cb::ui {

/// File → Export Data: asks for a file (the formats that fit `what`) and writes that part of the
/// analysis through core's exporters. Errors are shown in a message naming the file.
/// Returns true when a file was written.
bool exportDataInteractively(QWidget* parent, const std::shared_ptr<const Analysis>& analysis, ExportWhat what);

}  // namespace cb::ui
