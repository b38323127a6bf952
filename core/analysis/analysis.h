// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/analysis/analysis_inputs.h"
#include "core/analysis/city_symbols.h"
#include "core/analysis/pipeline.h"
#include "core/gazetteer/boundary_units.h"
#include "core/inference/centre_trajectory.h"
#include "core/match/city_outcome.h"
#include "core/match/match_engine.h"
#include "core/model/boundary_map.h"
#include "core/model/load_report.h"
#include "core/model/point_table.h"
#include "core/stats/study_ellipses.h"
#include "core/util/cancellation.h"

namespace cb {

/// One immutable result of the whole analysis: boundaries in China Albers, the clusters and belts
/// as read, where each row was placed, their match, the class of each city, and the study
/// ellipses — every derived fact computed once, here, and only read by its users. Published as
/// shared_ptr<const Analysis> to the map, the panels and the exporters; a new input makes a new
/// Analysis.
struct Analysis {
  AnalysisInputs inputs;
  std::shared_ptr<const BoundaryMap> boundaries;
  BoundaryUnits units;  ///< boundary regions ↔ 2021 units (refers to *boundaries)
  std::vector<PrefectureUnit> unitList;  ///< every 2021 unit of the gazetteer, by code (for pickers)
  PointTable clusters;
  PointTable belts;
  RowPlacements placements;  ///< every row's 2021 unit, or why it has none (resolved once)
  MatchReport match;
  CityOutcomes outcomes;  ///< the class of every city of the match (derived once from `match`)
  std::vector<CitySymbol> symbols;  ///< what the clusters and belts layers draw, per city with a point
  StudyEllipses ellipses;
  /// The study groups' ellipses per year (or cumulative year, inputs.cumulativeYears) of the
  /// rows' year column and the path of their mean centre; groups without years are absent.
  std::vector<CentreTrajectory> trajectories;
  LoadReport report;  ///< everything the readers, the gazetteer and the taxonomy said

  /// The city of the match with this unit code, or nullptr.
  [[nodiscard]] const CityMatch* city(const std::string& code) const;
  /// The trajectory of a study group, or nullptr.
  [[nodiscard]] const CentreTrajectory* trajectory(std::string_view group) const;
  /// The unit's label point (China Albers metres), if the boundaries have a polygon for it.
  [[nodiscard]] std::optional<Point2> cityPoint(const std::string& code) const;
};

/// Runs every stage of the pipeline (see pipeline.h). `boundaries`, when given and loaded from the
/// same path, is reused (loading and projecting is the slow step). Throws InputError (a
/// std::runtime_error) with a message naming the file for inputs that cannot be used at all
/// (missing file, no industry column, missing code table); bad rows go to the report. Safe to run in a worker thread: it
/// creates its own GDAL and PROJ objects.
std::shared_ptr<const Analysis> runAnalysis(const AnalysisInputs& inputs,
                                            std::shared_ptr<const BoundaryMap> boundaries = nullptr,
                                            const std::atomic<bool>* cancel = nullptr,
                                            const ProgressFunction& progress = {});

}  // namespace cb
