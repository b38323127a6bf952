// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/analysis/analysis_inputs.h"

class QCommandLineParser;

namespace cb::ui {

class MainWindow;

/// What the command line of `clusterbelt` asks for at start.
struct StartRequest {
  AnalysisInputs inputs;  ///< empty paths: the bundled data
  QString project;        ///< a .cbproj to open (absolute); empty: start on `inputs`
  QString city;           ///< a city to select once the data are loaded (code or name)
  QString error;          ///< why the command line cannot be followed; empty when it can
};

/// Adds the options --boundaries, --clusters, --belts, --city and the optional positional project
/// file (what a file manager passes on a double-click, the desktop entry's %f).
void addStartOptions(QCommandLineParser& parser);

/// Reads what addStartOptions() declared from a parser that has parsed the command line.
StartRequest startRequest(const QCommandLineParser& parser);

/// Opens the window on the request: the project file when one is named (falling back to the
/// bundled data when it cannot be opened, so the window is never empty), the inputs otherwise.
/// Returns false when the project was not opened.
bool startWindow(MainWindow& window, const StartRequest& request);

}  // namespace cb::ui
