// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The options of the inference (permutation test, colocation quotient, bootstrap, change over
// time) for `match` and `sde --study`, read in one place.

#include <set>
#include <string>

#include "app/cli/arguments.h"
#include "core/analysis/significance.h"
#include "core/export/significance_report.h"

namespace cb::cli {

/// The options of match's tests.
inline const std::set<std::string> kMatchInferenceOptions = {
    "permutations", "seed", "null", "unit-weights", "weight-place", "weight-column", "threads",
    "colocation", "k", "band-km", "colocation-points", "significance-out"};
/// The options of sde --study's bootstrap and change over time.
inline const std::set<std::string> kSdeInferenceOptions = {"bootstrap", "seed", "level", "by-year", "threads",
                                                           "significance-out"};
inline const std::set<std::string> kSdeInferenceFlags = {"cumulative"};

constexpr const char* kMatchInferenceUsage =
    "  --permutations N  test each figure against N arrangements of the belts (at least 99;\n"
    "                    9999 is usual); --seed S fixes them (default 20211231); --threads T\n"
    "  --null MODEL      industries (default: shuffle the belts' industries, cities kept),\n"
    "                    prefectures (move each city's belts to a random prefecture), or\n"
    "                    weights (each belt to a prefecture drawn in proportion to a weight)\n"
    "  --unit-weights FILE  the weights: a table with --weight-place COL (a code or name column,\n"
    "                    default 'code') and --weight-column COL (e.g. population)\n"
    "  --colocation knn|band   the colocation quotient clusters -> belts with its permutation\n"
    "                    test and local values (loads --boundaries); --k K nearest neighbours\n"
    "                    (default 8) or --band-km D; --colocation-points prefecture (default:\n"
    "                    the prefecture's point) or coordinates (the rows' lon/lat)\n"
    "  --significance-out DIR  also write the tables of the tests there as CSV (needed with\n"
    "                    --format csv, whose report has one row per cluster and belt)\n";

constexpr const char* kSdeInferenceUsage =
    "  --bootstrap B     percentile intervals of each ellipse from B resamples (at least 99;\n"
    "                    999 is usual), --level 0.95, --seed S (default 20211231), --threads T\n"
    "  --by-year COLUMN  ellipses per year of COLUMN (default column: batch_year / year) and the\n"
    "                    mean centre's path: distance, bearing, speed, change of area, axes,\n"
    "                    flattening, azimuth; --cumulative: of every row up to each year\n"
    "  --significance-out DIR  also write the bootstrap and over-time tables there as CSV\n";

/// The permutation and colocation parts of match's arguments (bootstrap and time off); nothing
/// asked for leaves both empty. Throws ArgumentError for a bad value.
SignificanceOptions matchSignificanceOptions(const Arguments& arguments);

/// The bootstrap and time parts of sde's arguments (permutation and colocation off).
SignificanceOptions sdeSignificanceOptions(const Arguments& arguments);

/// True when the options ask for any part.
bool asksForAny(const SignificanceOptions& options);

}  // namespace cb::cli
