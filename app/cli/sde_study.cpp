// SPDX-License-Identifier: GPL-3.0-or-later
// `clusterbelt-cli sde --study`: the study's ellipses of the bundled (or given) clusters and belts.
#include <algorithm>
#include <filesystem>
#include <optional>
#include <ostream>

#include "app/cli/analysis_arguments.h"
#include "app/cli/command.h"
#include "app/cli/sde_input.h"
#include "app/cli/sde_output.h"
#include "app/cli/significance_arguments.h"
#include "core/analysis/pipeline.h"
#include "core/export/ellipse_writer.h"

namespace cb::cli {
namespace {

// The table whose rows the messages of a group refer to.
const std::string& fileOfGroup(const StudyEllipses& study, const std::string& group) {
  return group == kStudyGroupBelts ? study.beltsFile : study.clustersFile;
}

CPLJSONObject unplacedJson(const UnplacedRow& u) {
  CPLJSONObject json;
  json.Add("kind", std::string(pointKindName(u.kind)));
  json.Add("file", u.file);
  json.Add("row", static_cast<GInt64>(u.row));
  json.Add("location", sdeRowLabel(u.file, u.row));
  json.Add("name", u.name);
  json.Add("value", u.value);
  json.Add("reason", u.reason);
  return json;
}

void printJson(const StudyEllipses& study, const SdeOptions& options, const Significance* significance,
               std::ostream& out) {
  CPLJSONObject root;
  root.Add("study", true);
  root.Add("clusters", study.clustersFile);
  root.Add("belts", study.beltsFile);
  root.Add("cluster_rows", static_cast<GInt64>(study.clusterRows));
  root.Add("belt_rows", static_cast<GInt64>(study.beltRows));
  root.Add("computation_crs", study.computationCrs);
  root.Add("method", std::string(sdeMethodName(options.method)));
  CPLJSONArray ellipses;
  for (const SdeEllipse& e : study.ellipses) {
    ellipses.Add(sdeEllipseJson(e, true, fileOfGroup(study, e.group)));
  }
  root.Add("ellipses", ellipses);
  CPLJSONArray unplaced;
  for (const UnplacedRow& u : study.unplaced) unplaced.Add(unplacedJson(u));
  root.Add("unplaced", unplaced);
  CPLJSONArray messages, warnings;
  for (const SdeMessage& m : study.messages) {
    messages.Add(sdeMessageJson(m, fileOfGroup(study, m.group), true));
    if (m.severity == SdeMessage::Severity::Warning) warnings.Add(m.group + ": " + m.text);
  }
  root.Add("messages", messages);
  root.Add("warnings", warnings);
  if (significance != nullptr) {
    const CPLJSONObject parts = significanceJson(*significance, MatchReport{});
    for (const char* key : {"bootstrap", "over_time", "notes"}) {
      if (parts.GetObj(key).IsValid()) root.Add(key, parts.GetObj(key));
    }
  }
  out << root.Format(CPLJSONObject::PrettyFormat::Pretty) << '\n';
}

}  // namespace

int runSdeStudy(const Arguments& args, std::ostream& out, std::ostream& err) {
  for (const char* option : {"points", "x", "y", "city", "province", "crs", "weight", "group",
                             "compute-crs", "allow-degrees"}) {
    if (args.has(option)) {
      throw ArgumentError(std::string("--") + option + " does not go with --study");
    }
  }
  const std::string format = args.value("format", "json");
  if (format != "json" && format != "csv") throw ArgumentError("--format must be json or csv");
  const int vertices = static_cast<int>(args.number("vertices").value_or(360.0));
  if (vertices < 3) throw ArgumentError("--vertices must be at least 3");

  AnalysisInputs inputs = analysisInputsFromArguments(args);
  const SdeOptions& options = inputs.sde;
  const SignificanceOptions tests = sdeSignificanceOptions(args);
  if (const auto column = args.value("by-year")) inputs.clusters.mapping["year"] = *column;
  const std::optional<std::string> tablesDirectory = args.value("significance-out");
  if (format == "csv" && asksForAny(tests) && !tablesDirectory) {
    throw ArgumentError("--format csv with --bootstrap or --by-year needs --significance-out DIR for their tables");
  }

  // The stages the ellipses need: the tables, the boundaries for the points, no taxonomy.
  LoadReport report;
  StudyEllipses study;
  std::vector<StudyGroupPoints> groups;
  try {
    const LoadedInputs loaded = loadInputs(inputs, report, false);
    const std::shared_ptr<const BoundaryMap> boundaries = loadBoundaries(inputs.boundaries);
    const BoundaryUnits units(boundaries->prefectures(), loaded.gazetteer, report);
    const RowPlacements placements = placeRows(loaded.clusters, loaded.belts, loaded.gazetteer);
    printLoadReport(report, err);
    printFilteredCounts(inputs, loaded.clusters.records.size(), loaded.belts.records.size(), "sde --study", err);
    study = ellipsesOfRows(inputs, loaded, placements, units.labelPoints(), vertices);
    if (asksForAny(tests)) {
      groups = studyGroupPoints(loaded.clusters, placements.clusters, loaded.belts, placements.belts,
                                units.labelPoints());
    }
  } catch (const std::runtime_error& e) {
    printLoadReport(report, err);
    err << "sde --study: " << e.what() << '\n';
    return kExitBadInput;
  }
  for (const UnplacedRow& u : study.unplaced) {
    err << sdeRowLabel(u.file, u.row) << ": warning: " << pointKindName(u.kind) << " '" << u.name
        << "' not placed, in no ellipse: " << u.reason << '\n';
  }
  for (const SdeMessage& m : study.messages) {
    const std::string& file = fileOfGroup(study, m.group);
    err << (m.row >= 0 ? sdeRowLabel(file, m.row) : file) << ": " << severityName(m.severity)
        << ": group '" << m.group << "': " << m.text << '\n';
  }
  // Bootstrap intervals and change over time, when asked for.
  Significance significance;
  if (tests.bootstrap) {
    BootstrapOptions b = *tests.bootstrap;
    b.sde = options;
    try {
      significance.bootstraps = studyBootstraps(groups, b);
    } catch (const std::invalid_argument& e) {
      err << "sde --study: " << e.what() << '\n';
      return kExitBadInput;
    }
    for (const GroupBootstrap& g : significance.bootstraps) {
      if (!g.bootstrap.computed) err << "sde --study: group '" << g.group << "': no bootstrap: " << g.bootstrap.reason << '\n';
    }
  }
  if (tests.overTime) {
    significance.trajectories = studyTrajectories(groups, tests.cumulative, options);
    if (significance.trajectories.empty()) {
      err << "sde --study: warning: no row has a year in column '" << *args.value("by-year") << "'\n";
    }
    for (const CentreTrajectory& t : significance.trajectories) {
      for (const SdeMessage& m : t.messages) {
        const std::string& file = fileOfGroup(study, t.group);
        err << (m.row >= 0 ? sdeRowLabel(file, m.row) : file) << ": " << severityName(m.severity) << ": group '"
            << m.group << "': " << m.text << '\n';
      }
    }
  }
  if (const std::optional<std::string> path = args.value("out")) {
    writeEllipses(*path, study.ellipses);
  }
  if (tablesDirectory && asksForAny(tests)) writeSignificanceTables(*tablesDirectory, significance, MatchReport{});
  if (format == "csv") {
    printSdeCsv(study.ellipses, out);
  } else {
    printJson(study, options, asksForAny(tests) ? &significance : nullptr, out);
  }
  const bool any = std::any_of(study.ellipses.begin(), study.ellipses.end(),
                               [](const SdeEllipse& e) { return e.hasEllipse; });
  return any ? kExitOk : kExitBadInput;
}

}  // namespace cb::cli
