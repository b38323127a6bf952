// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inference on one analysis, beside its published figures: the permutation test of the
// figures, the colocation quotient of clusters → belts, bootstrap intervals of the study
// ellipses, and the ellipses and centre path over time. One function per part, so that a
// command runs only what it is asked for, and computeSignificance() for the app, which runs
// them all in a worker thread with progress and cancel.

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/analysis.h"
#include "core/inference/centre_trajectory.h"
#include "core/inference/colocation_quotient.h"
#include "core/inference/ellipse_bootstrap.h"
#include "core/inference/permutation_test.h"
#include "core/model/unit_weight.h"
#include "core/util/cancellation.h"

namespace cb {

/// Where the points of the colocation quotient stand.
enum class ColocationPoints {
  PrefecturePoints,  ///< every row at its prefecture's point inside the polygon (the study's level)
  OwnCoordinates,    ///< at the row's own lon/lat (WGS 84), projected to China Albers
};

/// A table of prefectures with a weight column (population, GDP, …; any table GDAL reads, the
/// user's boundaries included), for BeltNullModel::PlaceByWeight.
struct UnitWeightTable {
  std::string path;
  std::string placeColumn = "code";  ///< a 6-digit code or a prefecture name per row
  std::string weightColumn;
};

struct SignificanceOptions {
  std::optional<PermutationOptions> permutation = PermutationOptions{};
  std::vector<UnitWeight> unitWeights;  ///< for BeltNullModel::PlaceByWeight; empty: uniform
  /// Read into unitWeights by computeSignificance (with the gazetteer, so old names resolve);
  /// a row it cannot use stops the permutation test with a note naming the file and the row.
  std::optional<UnitWeightTable> weightTable;
  std::optional<ColocationOptions> colocation = ColocationOptions{};
  ColocationPoints colocationPoints = ColocationPoints::PrefecturePoints;
  std::optional<BootstrapOptions> bootstrap = BootstrapOptions{};
  bool overTime = true;     ///< ellipses per year of the rows' `year` and the centre's path
  bool cumulative = false;  ///< … of every row up to each year
};

struct GroupBootstrap {
  std::string group;  ///< a study group: a programme, "clusters" or "belts"
  EllipseBootstrap bootstrap;
};

/// The colocation quotient of the analysis, with the match's clusters its local values belong to.
struct StudyColocation {
  ColocationResult result;
  ColocationPoints points = ColocationPoints::PrefecturePoints;
  std::vector<std::size_t> clusters;  ///< local[i] is about MatchReport::clusters[clusters[i]]
  std::vector<std::string> notes;     ///< rows left out (no coordinates), and why
};

struct Significance {
  SignificanceOptions options;  ///< as run (no cancel or progress)
  std::optional<PermutationTest> permutation;
  std::optional<StudyColocation> colocation;
  std::vector<GroupBootstrap> bootstraps;         ///< in the order of the study ellipses
  std::vector<CentreTrajectory> trajectories;     ///< groups with years, in the same order
  std::vector<std::string> notes;                 ///< parts that could not run, and why
};

/// The prefectures belts may move to: every 2021 unit of the analysis, with the user's weights
/// (units the weights do not name weigh 0) or all 1.
std::vector<UnitWeight> candidateUnits(const std::vector<PrefectureUnit>& units, const std::vector<UnitWeight>& weights);

/// The colocation quotient of the analysis' placed clusters and belts. Throws
/// std::invalid_argument for options it cannot run with (see colocationQuotient).
StudyColocation studyColocation(const Analysis& analysis, const ColocationOptions& options, ColocationPoints points);

/// Bootstraps of every study ellipse's points (groups with fewer than 3 points get a reason).
std::vector<GroupBootstrap> studyBootstraps(const std::vector<StudyGroupPoints>& groups, const BootstrapOptions& options);

/// Every part the options ask for. A part that cannot run (too few points, a bad option) gets a
/// note and the others still run; throws Cancelled when `cancel` is set.
std::shared_ptr<const Significance> computeSignificance(const Analysis& analysis, const SignificanceOptions& options,
                                                        const std::atomic<bool>* cancel = nullptr,
                                                        const ProgressFunction& progress = {});

}  // namespace cb
