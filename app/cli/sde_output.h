// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What `clusterbelt-cli sde` prints, shared by its --points and --study modes.

#include <cpl_json.h>

#include <ostream>
#include <span>
#include <string>

#include "app/cli/arguments.h"
#include "core/stats/sde_analysis.h"

namespace cb::cli {

/// --method, --sd and --p; ArgumentError for values that do not fit the method.

/// One message; `row` is labelled with `file` (see sdeRowLabel()). `grouped`: write the group.
CPLJSONObject sdeMessageJson(const SdeMessage& m, const std::string& file, bool grouped);

/// One ellipse with the field names of the issue (center_x … group) and its messages, whose rows
/// are labelled with `file`. Lengths in metres of the computation CRS, angles in degrees.
CPLJSONObject sdeEllipseJson(const SdeEllipse& e, bool grouped, const std::string& file);

/// The ellipses as CSV with a header line, one row per ellipse.
void printSdeCsv(std::span<const SdeEllipse> ellipses, std::ostream& out);

/// `clusterbelt-cli sde --study`: the study's ellipses of the clusters and belts (see
/// computeStudyEllipses()). Returns the exit status.
int runSdeStudy(const Arguments& args, std::ostream& out, std::ostream& err);

/// `text` quoted for CSV when it needs to be.
std::string csvText(const std::string& text);

}  // namespace cb::cli
