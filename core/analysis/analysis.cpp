// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/analysis.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "core/io/bundled_data.h"
#include "core/taxonomy/taxonomy.h"

namespace cb {
namespace {

void checkCancel(const std::atomic<bool>* cancel) {
  if (cancel != nullptr && cancel->load()) throw AnalysisCancelled();
}

std::string orBundled(const std::string& path, const char* relative) {
  if (!path.empty()) return path;
  const std::filesystem::path bundled = bundledDataFile(relative);
  if (bundled.empty() || !std::filesystem::exists(bundled)) {
    throw std::runtime_error(std::string("the bundled ") + relative +
                             " was not found (run packaging/run.sh to set up the bundled data)");
  }
  return bundled.string();
}

PointTable readTable(const DataSource& source, PointKind kind, const char* bundled, LoadReport& report) {
  const std::string path = orBundled(source.path, bundled);
  LoadReport tableReport;
  std::optional<PointTable> table = readPointTable(path, kind, source.mapping, tableReport, source.filters);
  report.append(tableReport);
  if (!table) {
    std::string why;
    for (const LoadMessage& m : tableReport.messages()) {
      if (m.severity == LoadMessage::Severity::Error) why += (why.empty() ? "" : "; ") + m.message;
    }
    throw std::runtime_error(path + ": " + (why.empty() ? std::string("cannot be read") : why));
  }
  return std::move(*table);
}

/// Applies the user's picks: the chosen code goes into the code column, which resolves first.
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
    report.info(table.file, pick.row, "'" + (it->city.empty() ? it->county : it->city) + "' placed by hand in " + pick.code);
  }
}

}  // namespace

const CityMatch* Analysis::city(const std::string& code) const {
  const auto it = std::lower_bound(match.cities.begin(), match.cities.end(), code,
                                   [](const CityMatch& c, const std::string& key) { return c.code < key; });
  return it != match.cities.end() && it->code == code ? &*it : nullptr;
}

std::optional<Point2> Analysis::cityPoint(const std::string& code) const { return units.labelPoint(code); }

std::shared_ptr<const Analysis> runAnalysis(const AnalysisInputs& inputs,
                                            std::shared_ptr<const BoundaryMap> boundaries,
                                            const std::atomic<bool>* cancel,
                                            const ProgressFunction& progress) {
  const auto step = [&](int percent, const char* what) {
    checkCancel(cancel);
    if (progress) progress(percent, what);
  };
  auto analysis = std::make_shared<Analysis>();
  analysis->inputs = inputs;
  LoadReport& report = analysis->report;

  step(0, "boundaries");
  const std::string boundaryPath = orBundled(inputs.boundaries, "china_prefectures.gpkg");
  if (!boundaries || boundaries->sourcePath() != boundaryPath) boundaries = loadBoundaryMap(boundaryPath);
  analysis->boundaries = boundaries;
  report.append(boundaries->report());

  step(40, "gazetteer");
  LoadReport gazetteerReport;
  std::optional<Gazetteer> gazetteer = Gazetteer::loadBundled(gazetteerReport);
  report.append(gazetteerReport);
  if (!gazetteer) throw std::runtime_error("the GB/T 2260 code table could not be loaded: " + gazetteerReport.toText());
  analysis->units = BoundaryUnits(boundaries->prefectures(), *gazetteer, report);
  for (const PrefectureUnit* unit : gazetteer->units()) analysis->unitList.push_back(*unit);

  step(50, "taxonomy");
  LoadReport taxonomyReport;
  std::optional<Taxonomy> taxonomy =
      inputs.taxonomy.empty() ? Taxonomy::loadBundled(taxonomyReport) : Taxonomy::load(inputs.taxonomy, taxonomyReport);
  report.append(taxonomyReport);
  if (!taxonomy) throw std::runtime_error("the industry taxonomy could not be loaded: " + taxonomyReport.toText());

  step(55, "clusters and belts");
  analysis->clusters = readTable(inputs.clusters, PointKind::Cluster, "clusters/national_clusters.csv", report);
  analysis->belts = readTable(inputs.belts, PointKind::Belt, "belts/online_belts.csv", report);
  applyManual(analysis->clusters, PointKind::Cluster, inputs.manual, report);
  applyManual(analysis->belts, PointKind::Belt, inputs.manual, report);

  step(65, "matching");
  analysis->match = matchClustersAndBelts(analysis->clusters, analysis->belts, *gazetteer, *taxonomy);
  analysis->match.completeness = bundledCompleteness(inputs.clusters.path.empty(), analysis->clusters,
                                                     inputs.belts.path.empty(), analysis->belts, report);

  step(85, "ellipses");
  PrefecturePlacer placer(std::move(*gazetteer), analysis->units.labelPoints());
  analysis->ellipses = computeStudyEllipses(analysis->clusters, analysis->belts, placer, inputs.sde);
  step(100, "done");
  return analysis;
}

}  // namespace cb
