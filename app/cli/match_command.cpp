// SPDX-License-Identifier: GPL-3.0-or-later
// `clusterbelt-cli match`: the study's cluster–belt matching on the bundled lists or the user's.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>

#include "app/cli/analysis_arguments.h"
#include "app/cli/arguments.h"
#include "app/cli/command.h"
#include "app/cli/significance_arguments.h"
#include "core/analysis/pipeline.h"
#include "core/gazetteer/unit_weight_reader.h"
#include "core/match/report_writers.h"

namespace cb::cli {
namespace {

const std::string kUsage = std::string(
    "usage: clusterbelt-cli match [--clusters FILE] [--belts FILE] [--taxonomy DIR_OR_FILE]\n"
    "                             [--map role=COLUMN,...] [--clusters-map ...] [--belts-map ...]\n"
    "                             [--clusters-where COLUMN=V1|V2] [--belts-where COLUMN=V1|V2]\n"
    "                             [--format md|json|csv] [--out FILE] [--no-pairs]\n"
    "                             [--permutations N [--seed S] [--null MODEL] ...]\n"
    "                             [--colocation knn|band [--k K | --band-km D] ...]\n\n"
    "Places every cluster and online belt in its 2021 prefecture-level city, classifies their\n"
    "industries and reports, for each cluster, whether a belt of its city has an identical or a\n"
    "similar industry: the figures of the study (cities with both, identical and similar shares),\n"
    "by programme and by province, and every row that could not be placed.\n\n"
    "  --clusters FILE   CSV, XLSX, GeoPackage or GeoJSON (default: the bundled national clusters)\n"
    "  --belts FILE      the same for belts (default: the bundled online belts)\n"
    "  --taxonomy PATH   a folder with industry_groups.csv, industry_keywords.csv and\n"
    "                    similar_groups.csv, or a keywords CSV next to the other two\n"
    "                    (default: the bundled taxonomy)\n"
    "  --map R=C,...     column names for both tables; roles: name, program, province, city,\n"
    "                    code, county, industry, lon, lat, weight, year, source\n"
    "  --clusters-map, --belts-map   the same for one table only (they win over --map)\n"
    "  --format F        md (default), json or csv\n"
    "  --out FILE        write the report there and print the summary\n"
    "  --no-pairs        leave out the list of every (cluster, belt) pair (large inputs)\n") +
    kRowFilterUsage + kMatchInferenceUsage + "\n"
    "Exit status: 0 when the report was made (also with unresolved rows, which it lists),\n"
    "2 for unusable input (the message names the file and the problem), 1 when writing fails.\n";

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::set<std::string> known = {"clusters", "belts", "format", "out", "clusters-where", "belts-where"};
  known.insert(kTableOptions.begin(), kTableOptions.end());
  known.insert(kMatchInferenceOptions.begin(), kMatchInferenceOptions.end());
  known.insert("boundaries");
  const Arguments arguments(args, {"no-pairs"}, known);
  if (!arguments.positionals().empty()) throw ArgumentError("unexpected argument '" + arguments.positionals()[0] + "'");
  const std::string format = arguments.value("format", "md");
  if (format != "md" && format != "json" && format != "csv") {
    throw ArgumentError("--format must be md, json or csv, not '" + format + "'");
  }
  const AnalysisInputs inputs = analysisInputsFromArguments(arguments);
  MatchOptions options;
  options.listPairs = !arguments.has("no-pairs");
  SignificanceOptions tests = matchSignificanceOptions(arguments);
  if (arguments.has("boundaries") && !tests.colocation) {
    throw ArgumentError("--boundaries is read only with --colocation (matching needs no boundaries)");
  }
  const std::optional<std::string> tablesDirectory = arguments.value("significance-out");
  if (format == "csv" && asksForAny(tests) && !tablesDirectory) {
    throw ArgumentError("--format csv with a test needs --significance-out DIR for the test's tables");
  }

  LoadReport report;
  MatchReport result;
  std::shared_ptr<const Analysis> analysis;  // with --colocation only: the points need boundaries
  std::vector<PrefectureUnit> units;
  try {
    const auto readWeights = [&](const Gazetteer& gazetteer) {
      const auto weights = arguments.value("unit-weights");
      if (!weights) return;
      const auto read = readUnitWeights(*weights, arguments.value("weight-place", "code"),
                                        *arguments.value("weight-column"), gazetteer, report);
      if (!read) throw InputError(*weights + ": the weights cannot be used (see the messages above)");
      tests.unitWeights = *read;
    };
    if (tests.colocation) {
      analysis = analysisFromArguments(arguments, "match", err);
      if (!analysis) return kExitBadInput;
      result = analysis->match;
      units = analysis->unitList;
      if (arguments.has("unit-weights")) readWeights(loadGazetteer(report));
    } else {
      // The stages of the pipeline that matching needs: no boundaries (they are the slow part).
      const LoadedInputs loaded = loadInputs(inputs, report);
      const RowPlacements placements = placeRows(loaded.clusters, loaded.belts, loaded.gazetteer);
      result = matchRows(inputs, loaded, placements, report, options);
      for (const PrefectureUnit* unit : loaded.gazetteer.units()) units.push_back(*unit);
      readWeights(loaded.gazetteer);
    }
  } catch (const InputError& e) {
    printLoadReport(report, err);
    err << "match: " << e.what() << '\n';
    return kExitBadInput;
  }
  printLoadReport(report, err);

  // The tests of the figures, when asked for.
  Significance significance;
  if (tests.permutation) {
    try {
      significance.permutation = runPermutationTest(result, candidateUnits(units, tests.unitWeights), *tests.permutation);
    } catch (const std::invalid_argument& e) {
      err << "match: " << e.what() << '\n';
      return kExitBadInput;
    }
    for (const std::string& code : significance.permutation->unitsAdded) {
      err << "match: warning: city " << code << " has no weight: in the null it receives no belt\n";
    }
  }
  if (tests.colocation) {
    try {
      significance.colocation = studyColocation(*analysis, *tests.colocation, tests.colocationPoints);
    } catch (const std::invalid_argument& e) {
      err << "match: colocation: " << e.what() << '\n';
      return kExitBadInput;
    }
    for (const std::string& note : significance.colocation->notes) err << "match: colocation: " << note << '\n';
  }
  const bool tested = significance.permutation || significance.colocation;
  if (tested && tablesDirectory) {
    try {
      writeSignificanceTables(*tablesDirectory, significance, result);
    } catch (const std::exception& e) {
      err << "match: " << e.what() << '\n';
      return kExitFailure;
    }
  }

  auto write = [&](std::ostream& stream) {
    if (format == "json") {
      std::vector<std::pair<std::string, std::string>> extra;
      if (tested) {
        extra.emplace_back("significance",
                           significanceJson(significance, result).Format(CPLJSONObject::PrettyFormat::Pretty));
      }
      writeJsonReport(result, stream, extra);
    } else if (format == "csv") {
      writeCsvReport(result, stream);
    } else {
      writeMarkdownReport(result, stream);
      if (tested) writeSignificanceMarkdown(significance, stream);
    }
  };
  if (const auto outPath = arguments.value("out")) {
    std::ofstream file(*outPath, std::ios::binary);
    if (file) write(file);
    if (!file) {
      err << "match: cannot write " << *outPath << '\n';
      return kExitFailure;
    }
    out << summaryText(result) << "report: " << *outPath << '\n';
  } else {
    write(out);
    if (format != "md") err << summaryText(result);
  }
  return kExitOk;
}

}  // namespace

const bool kRegistered = registerCommand(
    {"match", "match national clusters with online industrial belts, city by city", kUsage.c_str(), &run});

}  // namespace cb::cli
