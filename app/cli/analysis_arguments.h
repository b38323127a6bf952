// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <memory>
#include <set>
#include <string>

#include "app/cli/arguments.h"
#include "core/analysis/analysis.h"

namespace cb::cli {

/// The options analysisFromArguments reads, for a command's set of known options.
inline const std::set<std::string> kAnalysisOptions = {"boundaries", "clusters", "belts", "clusters-where",
                                                        "belts-where"};

/// The usage lines of the row filters, shared by every command that reads clusters and belts.
constexpr const char* kRowFilterUsage =
    "  --clusters-where COLUMN=V1|V2   keep only the cluster rows whose COLUMN holds one of the\n"
    "                    values; a value LO..HI is a numeric range (either end may be left out).\n"
    "                    Repeatable; the rows left out are counted on standard error\n"
    "  --belts-where COLUMN=V1|V2      the same for belts, e.g. strength=explicit|implied or\n"
    "                    year=..2021 (a sensitivity analysis on the evidence or the year)\n";

/// The row filters of --clusters-where or --belts-where; throws ArgumentError for a bad one.
RowFilters rowFiltersFromArguments(const Arguments& arguments, const std::string& option);

/// The analysis of the commands that draw or write it: --boundaries, --clusters and --belts, each
/// the bundled data when not given, with the rows --clusters-where and --belts-where keep. Returns
/// nullptr after printing "COMMAND: reason" to `err` when the inputs cannot be used (the caller
/// exits with kExitBadInput).
std::shared_ptr<const Analysis> analysisFromArguments(const Arguments& arguments, const char* command,
                                                      std::ostream& err);

}  // namespace cb::cli
