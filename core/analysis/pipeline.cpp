// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/pipeline.h"

#include <algorithm>
#include <filesystem>

#include "core/io/bundled_data.h"
#include "core/io/boundary_map_reader.h"
#include "core/io/point_table_reader.h"

namespace cb {
namespace {

std::string errorsOf(const LoadReport& report) {
  std::string why;
  for (const LoadMessage& m : report.messages()) {
    if (m.severity == LoadMessage::Severity::Error) why += (why.empty() ? "" : "; ") + m.message;
  }
  return why;
}

void applyManual(PointTable& table, PointKind kind, const std::vector<ManualPlacement>& manual,
                 LoadReport& report) {
  for (const ManualPlacement& pick : manual) {
    if (pick.kind != kind) continue;
    const auto it = std::find_if(table.records.begin(), table.records.end(),
                                 [&](const PointRecord& r) { return r.row == pick.row; });
    if (it == table.records.end()) {
      report.warning(table.file, pick.row, "a manual placement names a row that is not in the file; ignored");
      continue;
    }
    it->code = pick.code;
    report.info(table.file, pick.row,
                "'" + (it->city.empty() ? it->county : it->city) + "' placed by hand in " + pick.code);
  }
}

}  // namespace

std::string inputOrBundled(const std::string& path, const char* bundledItem) {
  if (!path.empty()) return path;
  const std::filesystem::path file = bundledDataFile(bundledItem);
  std::error_code ec;
  if (file.empty() || !std::filesystem::exists(file, ec)) {
    throw InputError(std::string("the bundled ") + bundledItem +
                     " was not found (set CLUSTERBELT_DATA_DIR, or run packaging/run.sh to set up the bundled data)");
  }
  return file.string();
}

Gazetteer loadGazetteer(LoadReport& report) {
  LoadReport own;
  std::optional<Gazetteer> gazetteer = Gazetteer::load(inputOrBundled({}, bundled::kCodeTable),
                                                       inputOrBundled({}, bundled::kBoundaryChanges), own);
  report.append(own);
  if (!gazetteer) throw InputError("the GB/T 2260 code table could not be loaded: " + own.toText());
  return std::move(*gazetteer);
}

Taxonomy loadTaxonomy(const std::string& path, LoadReport& report) {
  LoadReport own;
  std::optional<Taxonomy> taxonomy = Taxonomy::load(inputOrBundled(path, bundled::kTaxonomy), own);
  report.append(own);
  if (!taxonomy) throw InputError("the industry taxonomy could not be loaded: " + own.toText());
  return std::move(*taxonomy);
}

PointTable loadTable(const DataSource& source, PointKind kind, const std::vector<ManualPlacement>& manual,
                     LoadReport& report) {
  const std::string path =
      inputOrBundled(source.path, kind == PointKind::Cluster ? bundled::kClusters : bundled::kBelts);
  LoadReport own;
  std::optional<PointTable> table = readPointTable(path, kind, source.mapping, own, source.filters);
  report.append(own);
  if (!table) {
    std::string why = errorsOf(own);
    // A GDAL warning (columns dropped beyond its limit) often is the reason: it goes with the error.
    for (const LoadMessage& m : own.messages()) {
      if (m.severity == LoadMessage::Severity::Warning && m.row == 0) why += " (" + m.message + ")";
    }
    throw InputError(path + ": " + (why.empty() ? std::string("cannot be read") : why));
  }
  applyManual(*table, kind, manual, report);
  return std::move(*table);
}

std::shared_ptr<const BoundaryMap> loadBoundaries(const std::string& path,
                                                  std::shared_ptr<const BoundaryMap> reuse) {
  const std::string file = inputOrBundled(path, bundled::kBoundaries);
  if (reuse && reuse->sourcePath() == file) return reuse;
  return loadBoundaryMap(file);
}

LoadedInputs loadInputs(const AnalysisInputs& inputs, LoadReport& report, bool withTaxonomy) {
  LoadedInputs loaded{loadGazetteer(report), std::nullopt, {}, {}};
  if (withTaxonomy) loaded.taxonomy = loadTaxonomy(inputs.taxonomy, report);
  loaded.clusters = loadTable(inputs.clusters, PointKind::Cluster, inputs.manual, report);
  loaded.belts = loadTable(inputs.belts, PointKind::Belt, inputs.manual, report);
  return loaded;
}

RowPlacements placeRows(const PointTable& clusters, const PointTable& belts, const Gazetteer& gazetteer) {
  // One resolver for both tables: its cache of answers serves both, as real lists share cities.
  RecordResolver resolver(gazetteer);
  RowPlacements placements;
  placements.clusters = placeRecords(clusters, PointKind::Cluster, resolver);
  placements.belts = placeRecords(belts, PointKind::Belt, resolver);
  return placements;
}

MatchReport matchRows(const AnalysisInputs& inputs, const LoadedInputs& loaded, const RowPlacements& placements,
                      LoadReport& report, const MatchOptions& options) {
  if (!loaded.taxonomy) throw std::logic_error("matchRows needs the inputs loaded with their taxonomy");
  MatchReport match = matchPlacedRecords(loaded.clusters, placements.clusters, loaded.belts, placements.belts,
                                         loaded.gazetteer, *loaded.taxonomy, options);
  match.completeness = bundledCompleteness(inputs.clusters.path.empty(), loaded.clusters,
                                           inputs.belts.path.empty(), loaded.belts, report);
  return match;
}

StudyEllipses ellipsesOfRows(const AnalysisInputs& inputs, const LoadedInputs& loaded,
                             const RowPlacements& placements, const UnitPoints& points, int polygonVertices) {
  return computeStudyEllipses(loaded.clusters, placements.clusters, loaded.belts, placements.belts, points,
                              inputs.sde, polygonVertices);
}

}  // namespace cb
