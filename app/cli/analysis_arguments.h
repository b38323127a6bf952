// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <memory>

#include "app/cli/arguments.h"
#include "core/analysis/analysis.h"

namespace cb::cli {

/// The analysis of the commands that draw or write it: --boundaries, --clusters and --belts, each
/// the bundled data when not given. Returns nullptr after printing "COMMAND: reason" to `err`
/// when the inputs cannot be used (the caller exits with kExitBadInput).
std::shared_ptr<const Analysis> analysisFromArguments(const Arguments& arguments, const char* command,
                                                      std::ostream& err);

}  // namespace cb::cli
