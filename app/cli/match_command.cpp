// SPDX-License-Identifier: GPL-3.0-or-later
// `clusterbelt-cli match`: the study's cluster–belt matching on the bundled lists or the user's.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>

#include "app/cli/analysis_arguments.h"
#include "app/cli/arguments.h"
#include "app/cli/command.h"
#include "core/analysis/pipeline.h"
#include "core/match/report_writers.h"

namespace cb::cli {
namespace {

const std::string kUsage = std::string(
    "usage: clusterbelt-cli match [--clusters FILE] [--belts FILE] [--taxonomy DIR_OR_FILE]\n"
    "                             [--map role=COLUMN,...] [--clusters-map ...] [--belts-map ...]\n"
    "                             [--clusters-where COLUMN=V1|V2] [--belts-where COLUMN=V1|V2]\n"
    "                             [--format md|json|csv] [--out FILE] [--no-pairs]\n\n"
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
    kRowFilterUsage + "\n"
    "Exit status: 0 when the report was made (also with unresolved rows, which it lists),\n"
    "2 for unusable input (the message names the file and the problem), 1 when writing fails.\n";

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::set<std::string> known = {"clusters", "belts", "format", "out", "clusters-where", "belts-where"};
  known.insert(kTableOptions.begin(), kTableOptions.end());
  const Arguments arguments(args, {"no-pairs"}, known);
  if (!arguments.positionals().empty()) throw ArgumentError("unexpected argument '" + arguments.positionals()[0] + "'");
  const std::string format = arguments.value("format", "md");
  if (format != "md" && format != "json" && format != "csv") {
    throw ArgumentError("--format must be md, json or csv, not '" + format + "'");
  }
  const AnalysisInputs inputs = analysisInputsFromArguments(arguments);
  MatchOptions options;
  options.listPairs = !arguments.has("no-pairs");

  // The stages of the pipeline that matching needs: no boundaries (they are the slow part).
  LoadReport report;
  MatchReport result;
  try {
    const LoadedInputs loaded = loadInputs(inputs, report);
    const RowPlacements placements = placeRows(loaded.clusters, loaded.belts, loaded.gazetteer);
    result = matchRows(inputs, loaded, placements, report, options);
  } catch (const InputError& e) {
    printLoadReport(report, err);
    err << "match: " << e.what() << '\n';
    return kExitBadInput;
  }
  printLoadReport(report, err);

  auto write = [&](std::ostream& stream) {
    if (format == "json") {
      writeJsonReport(result, stream);
    } else if (format == "csv") {
      writeCsvReport(result, stream);
    } else {
      writeMarkdownReport(result, stream);
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
