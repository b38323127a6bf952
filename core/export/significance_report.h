// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inference of an analysis as tables (CSV/XLSX through writeTable), JSON (for the CLI's
// reports) and Markdown (the "Significance" section of a report), each from the one
// Significance value, so that every output says the same.

#include <cpl_json.h>

#include <filesystem>
#include <iosfwd>
#include <vector>

#include "core/analysis/significance.h"
#include "core/export/table_writer.h"

namespace cb {

/// One row per figure: figure, programme, whole, observed, observed_share, null_model,
/// permutations, seed, null_mean, null_low, null_high (the central 95 %), at_least_observed,
/// p_value, fixed_by_model.
DataTable permutationTable(const PermutationTest& test);
/// The global CLQ in one row: points, neighbourhood, k, band_m, clusters, belts, c_ab, clq,
/// permutations, seed, null_mean, null_low, null_high, at_least_observed, p_value.
DataTable colocationSummaryTable(const StudyColocation& colocation);
/// One row per cluster's local CLQ: cluster_row, name, program, code, clq, neighbours, p_value.
DataTable colocationTable(const StudyColocation& colocation, const MatchReport& match);
/// One row per study group: the replicates used and those left out (their draws all at one
/// point: no ellipse), the estimate and the interval of centre x/y (China Albers metres),
/// semi-axes (metres), azimuth (degrees from grid north) and area (km²).
DataTable bootstrapTable(const std::vector<GroupBootstrap>& bootstraps);
/// One row per group and year: the period's ellipse (centre, axes in metres, true azimuth, area
/// km², flattening) and the step from the previous period with an ellipse (distance km,
/// bearing, speed km/year, changes of area, axes, flattening, azimuth).
DataTable trajectoryTable(const std::vector<CentreTrajectory>& trajectories);

/// The tables of every part present, in the order above.
std::vector<DataTable> significanceTables(const Significance& significance, const MatchReport& match);

/// Writes every table of significanceTables() as DIRECTORY/<table name>.csv (UTF-8 with a BOM,
/// for Excel), creating the folder. Returns the files written; throws std::runtime_error naming a
/// file that cannot be written.
std::vector<std::filesystem::path> writeSignificanceTables(const std::filesystem::path& directory,
                                                           const Significance& significance, const MatchReport& match);

/// {"permutation_test": …, "colocation": …, "bootstrap": …, "over_time": …}, the parts present.
CPLJSONObject significanceJson(const Significance& significance, const MatchReport& match);

/// A "## Significance" section: the test of each figure beside its observed value, the global
/// CLQ, the bootstrap intervals and the centre's path.
void writeSignificanceMarkdown(const Significance& significance, std::ostream& out);

}  // namespace cb
