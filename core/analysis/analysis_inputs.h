// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an analysis is computed from: the one description of the inputs that the GUI edits, a
// project saves and the CLI builds from its arguments.

#include <string>
#include <vector>

#include "core/model/point_table.h"
#include "core/stats/sde.h"

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
  /// The convention of the study ellipses (ArcGIS 1 SD by default): the only one. The map, the
  /// legend, the charts, the exported tables, figures and projects all show these ellipses.
  SdeOptions sde;
  /// The ellipses over time (Analysis::trajectories): false, one per year of the rows' year
  /// column; true, of every row up to each year.
  bool cumulativeYears = false;
  std::vector<ManualPlacement> manual;
  friend bool operator==(const AnalysisInputs&, const AnalysisInputs&) = default;
};

}  // namespace cb
