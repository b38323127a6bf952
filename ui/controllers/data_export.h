// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "core/analysis/significance.h"
#include "core/export/analysis_export.h"

class QWidget;

namespace cb::ui {

/// File → Export Data: asks for a file (the formats that fit `what`) and writes that part of the
/// analysis through core's exporters. Errors are shown in a message naming the file.
/// Returns true when a file was written.
bool exportDataInteractively(QWidget* parent, const std::shared_ptr<const Analysis>& analysis, ExportWhat what);

/// The Significance section's Export Tables: asks for a folder and writes the tests' tables
/// there (writeSignificanceTables). Returns true when they were written.
bool exportSignificanceInteractively(QWidget* parent, const Analysis& analysis, const Significance& significance);

}  // namespace cb::ui
