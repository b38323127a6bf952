// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place where a command's arguments become the analysis inputs. Every command that reads
// boundaries, clusters, belts or a taxonomy (match, sde --study, render, figure, export) builds
// its AnalysisInputs here and runs the stages of core/analysis/pipeline.h it needs.

#include <iosfwd>
#include <memory>
#include <set>
#include <string>

#include "app/cli/arguments.h"
#include "core/analysis/analysis.h"
#include "core/model/load_report.h"

namespace cb::cli {

/// The options analysisInputsFromArguments reads, for a command's set of known options.
inline const std::set<std::string> kAnalysisOptions = {"boundaries", "clusters", "belts", "clusters-where",
                                                        "belts-where"};
/// The options that change how the tables and industries are read (match only, so far).
inline const std::set<std::string> kTableOptions = {"taxonomy", "map", "clusters-map", "belts-map"};

/// The usage lines of the row filters, shared by every command that reads clusters and belts.
constexpr const char* kRowFilterUsage =
    "  --clusters-where COLUMN=V1|V2   keep only the cluster rows whose COLUMN holds one of the\n"
    "                    values; a value LO..HI is a numeric range (either end may be left out).\n"
    "                    Repeatable; the rows left out are counted on standard error\n"
    "  --belts-where COLUMN=V1|V2      the same for belts, e.g. strength=explicit|implied or\n"
    "                    year=..2021 (a sensitivity analysis on the evidence or the year)\n";

/// The options of the ellipse convention (AnalysisInputs::sde), for the commands that draw or
/// write ellipses.
inline const std::set<std::string> kSdeOptions = {"method", "sd", "p"};

/// The usage lines of the ellipse convention.
constexpr const char* kSdeUsage =
    "  --method arcgis|yuill|crimestat|aspace|confidence   the ellipse convention (default arcgis)\n"
    "  --sd 1|2|3        ArcGIS size in standard deviations (default 1); --p 0.95 for confidence\n";

/// --method, --sd, --p as SdeOptions (ArcGIS 1 SD when none is given); throws ArgumentError.
SdeOptions sdeOptionsFromArguments(const Arguments& arguments);

/// The row filters of --clusters-where or --belts-where; throws ArgumentError for a bad one.
RowFilters rowFiltersFromArguments(const Arguments& arguments, const std::string& option);

/// --boundaries, --clusters, --belts (each the bundled data when not given), --clusters-where,
/// --belts-where, --method/--sd/--p, --taxonomy and the column mappings --map, --clusters-map, --belts-map (the
/// table's own wins). Options a command does not accept are simply absent. Throws ArgumentError.
AnalysisInputs analysisInputsFromArguments(const Arguments& arguments);

/// Prints a report as "file:row: severity: message" lines, as a compiler does.
void printLoadReport(const LoadReport& report, std::ostream& err);

/// printLoadReport of the warnings and errors only: what the readers warned about (a skipped
/// feature, a bad value) is never dropped, while their notes stay out of a command's output.
void printWarnings(const LoadReport& report, std::ostream& err);

/// Says how many rows the row filters kept: filtered rows are never left out silently.
void printFilteredCounts(const AnalysisInputs& inputs, std::size_t clusterRows, std::size_t beltRows,
                         const char* command, std::ostream& err);

/// Every stage (runAnalysis) on the inputs of the arguments, reusing `boundaries` when they come
/// from the same file. Returns nullptr after printing "COMMAND: reason" to `err` when the inputs
/// cannot be used (the caller exits with kExitBadInput). The readers' warnings go to `err`.
std::shared_ptr<const Analysis> analysisFromArguments(const Arguments& arguments, const char* command,
                                                      std::ostream& err,
                                                      std::shared_ptr<const BoundaryMap> boundaries = nullptr);

}  // namespace cb::cli
