// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The stages of the analysis, each a plain function: load the inputs → place every row once →
// match → ellipses. runAnalysis() runs them all for the map; a command that needs less (the
// CLI's `match` needs no boundaries, `sde --study` no taxonomy) runs only its stages, so every
// caller reads the same files with the same options and resolves rows the same way.

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "core/analysis/analysis_inputs.h"
#include "core/gazetteer/boundary_units.h"
#include "core/gazetteer/gazetteer.h"
#include "core/gazetteer/row_placement.h"
#include "core/match/match_engine.h"
#include "core/model/boundary_map.h"
#include "core/model/load_report.h"
#include "core/model/point_table.h"
#include "core/stats/study_ellipses.h"
#include "core/taxonomy/taxonomy.h"

namespace cb {

/// An input the analysis cannot use at all (a missing file, a table without an industry column,
/// a missing code table). The message names the file, or the bundled item, and the problem; bad
/// rows never throw, they go to the LoadReport.
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// The path of an input, or of its bundled default when `path` is empty. Throws InputError when
/// the bundled file is not there.
std::string inputOrBundled(const std::string& path, const char* bundledItem);

/// Stage 1a: the GB/T 2260 code table with the boundary changes since 2011.
Gazetteer loadGazetteer(LoadReport& report);
/// Stage 1b: the industry taxonomy of `path` (a folder or a keywords CSV), the bundled one when empty.
Taxonomy loadTaxonomy(const std::string& path, LoadReport& report);
/// Stage 1c: a cluster or belt table with its mapping and row filters, the user's manual
/// placements applied (a chosen code goes into the code column, which resolves first).
PointTable loadTable(const DataSource& source, PointKind kind, const std::vector<ManualPlacement>& manual,
                     LoadReport& report);
/// Stage 1d: the boundaries in China Albers; `reuse` is returned when it was loaded from the same
/// path (loading and projecting is the slowest step).
std::shared_ptr<const BoundaryMap> loadBoundaries(const std::string& path,
                                                  std::shared_ptr<const BoundaryMap> reuse = nullptr);

/// What stage 1 gives every later stage.
struct LoadedInputs {
  Gazetteer gazetteer;
  std::optional<Taxonomy> taxonomy;  ///< loaded when asked for (matching needs it, ellipses do not)
  PointTable clusters, belts;
};
/// Stage 1 without the boundaries: the gazetteer, the taxonomy when `withTaxonomy`, the tables.
LoadedInputs loadInputs(const AnalysisInputs& inputs, LoadReport& report, bool withTaxonomy = true);

/// Stage 2: every row of both tables resolved to its 2021 unit, once.
struct RowPlacements {
  TablePlacement clusters, belts;
};
RowPlacements placeRows(const PointTable& clusters, const PointTable& belts, const Gazetteer& gazetteer);

/// Stage 3: the cluster–belt match of the placed rows, with the completeness of the bundled
/// lists when the inputs use them.
MatchReport matchRows(const AnalysisInputs& inputs, const LoadedInputs& loaded, const RowPlacements& placements,
                      LoadReport& report, const MatchOptions& options = {});

/// Stage 4: the study ellipses of the placed rows at their units' points (China Albers metres)
/// with the convention of inputs.sde.
StudyEllipses ellipsesOfRows(const AnalysisInputs& inputs, const LoadedInputs& loaded,
                             const RowPlacements& placements, const UnitPoints& points,
                             int polygonVertices = 360);

}  // namespace cb
