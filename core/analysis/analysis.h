// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/gazetteer/boundary_units.h"
#include "core/io/point_table_reader.h"
#include "core/match/match_engine.h"
#include "core/model/boundary_map.h"
#include "core/model/load_report.h"
#include "core/stats/sde.h"
#include "core/stats/study_ellipses.h"

namespace cb {

/// A table of clusters or belts and how its columns map to roles.
struct DataSource {
  std::string path;       ///< empty: the bundled list
  ColumnMapping mapping;  ///< role → column; roles not given use the defaults
  RowFilters filters;     ///< rows kept (all when empty), e.g. belts with strength=explicit
  friend bool operator==(const DataSource&, const DataSource&) = default;
};

/// A user's decision for a row the gazetteer could not place (picked from a list of units).
struct ManualPlacement {
  PointKind kind = PointKind::Cluster;
  long long row = 0;  ///< PointRecord::row of the table
  std::string code;   ///< the 2021 unit chosen
  friend bool operator==(const ManualPlacement&, const ManualPlacement&) = default;
};

/// Everything the analysis is computed from. Empty paths mean the bundled data.
struct AnalysisInputs {
  std::string boundaries;
  DataSource clusters;
  DataSource belts;
  std::string taxonomy;  ///< a taxonomy folder or keywords file
  SdeOptions sde;        ///< convention of the study ellipses (ArcGIS 1 SD by default)
  std::vector<ManualPlacement> manual;
  friend bool operator==(const AnalysisInputs&, const AnalysisInputs&) = default;
};

/// One immutable result of the whole analysis: boundaries in China Albers, the clusters and belts
/// as read, their match, and the study ellipses. Published as shared_ptr<const Analysis> to the
/// map, the panels and the exporters; a new input makes a new Analysis.
struct Analysis {
  AnalysisInputs inputs;
  std::shared_ptr<const BoundaryMap> boundaries;
  BoundaryUnits units;  ///< boundary regions ↔ 2021 units (refers to *boundaries)
  std::vector<PrefectureUnit> unitList;  ///< every 2021 unit of the gazetteer, by code (for pickers)
  PointTable clusters;
  PointTable belts;
  MatchReport match;
  StudyEllipses ellipses;
  LoadReport report;  ///< everything the readers, the gazetteer and the taxonomy said

  /// The city of the match with this unit code, or nullptr.
  [[nodiscard]] const CityMatch* city(const std::string& code) const;
  /// The unit's label point (China Albers metres), if the boundaries have a polygon for it.
  [[nodiscard]] std::optional<Point2> cityPoint(const std::string& code) const;
};

/// Reports progress (0–100) and the step being done; called from the computing thread.
using ProgressFunction = std::function<void(int percent, const std::string& step)>;

/// Thrown when the analysis was cancelled.
struct AnalysisCancelled : std::runtime_error {
  AnalysisCancelled() : std::runtime_error("cancelled") {}
};

/// Reads everything and computes the analysis. `boundaries`, when given and loaded from the same
/// path, is reused (loading and projecting is the slow step). Throws std::runtime_error with a
/// message naming the file for inputs that cannot be used at all (missing file, no industry
/// column, missing code table); bad rows go to the report. Safe to run in a worker thread: it
/// creates its own GDAL and PROJ objects.
std::shared_ptr<const Analysis> runAnalysis(const AnalysisInputs& inputs,
                                            std::shared_ptr<const BoundaryMap> boundaries = nullptr,
                                            const std::atomic<bool>* cancel = nullptr,
                                            const ProgressFunction& progress = {});

}  // namespace cb
