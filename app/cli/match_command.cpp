// SPDX-License-Identifier: GPL-3.0-or-later
// `clusterbelt-cli match`: the study's cluster–belt matching on the bundled lists or the user's.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>

#include "app/cli/analysis_arguments.h"
#include "app/cli/arguments.h"
#include "app/cli/command.h"
#include "core/gazetteer/gazetteer.h"
#include "core/util/text.h"
#include "core/io/bundled_data.h"
#include "core/io/point_table_reader.h"
#include "core/match/match_engine.h"
#include "core/match/report_writers.h"
#include "core/taxonomy/taxonomy.h"

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

ColumnMapping parseMapping(const std::vector<std::string>& values, ColumnMapping mapping = {}) {
  for (const std::string& value : values) {
    for (const std::string& item : text::split(value, ',')) {
      const auto eq = item.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == item.size()) {
        throw ArgumentError("--map takes role=COLUMN pairs, got '" + item + "'");
      }
      const std::string role = text::trim(item.substr(0, eq));
      if (std::find(pointRoles().begin(), pointRoles().end(), role) == pointRoles().end()) {
        throw ArgumentError("unknown role '" + role + "' in --map");
      }
      mapping[role] = text::trim(item.substr(eq + 1));
    }
  }
  return mapping;
}

std::filesystem::path inputPath(const Arguments& arguments, const char* option, const char* bundled) {
  if (const auto given = arguments.value(option)) return *given;
  return bundledDataFile(bundled);
}

void printMessages(const LoadReport& report, std::ostream& err) {
  for (const LoadMessage& m : report.messages()) {
    err << m.file << (m.row > 0 ? ":" + std::to_string(m.row) : std::string()) << ": " << severityName(m.severity)
        << ": " << m.message << '\n';
  }
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const std::set<std::string> known = {"clusters", "belts", "taxonomy", "map", "clusters-map", "belts-map",
                                       "format", "out", "clusters-where", "belts-where"};
  const Arguments arguments(args, {"no-pairs"}, known);
  if (!arguments.positionals().empty()) throw ArgumentError("unexpected argument '" + arguments.positionals()[0] + "'");
  const std::string format = arguments.value("format", "md");
  if (format != "md" && format != "json" && format != "csv") {
    throw ArgumentError("--format must be md, json or csv, not '" + format + "'");
  }
  const ColumnMapping shared = parseMapping(arguments.values("map"));
  const ColumnMapping clusterMapping = parseMapping(arguments.values("clusters-map"), shared);
  const ColumnMapping beltMapping = parseMapping(arguments.values("belts-map"), shared);

  LoadReport report;
  const std::filesystem::path clustersPath = inputPath(arguments, "clusters", "clusters/national_clusters.csv");
  const std::filesystem::path beltsPath = inputPath(arguments, "belts", "belts/online_belts.csv");
  const auto clusters = readPointTable(clustersPath, PointKind::Cluster, clusterMapping, report,
                                       rowFiltersFromArguments(arguments, "clusters-where"));
  const auto belts =
      readPointTable(beltsPath, PointKind::Belt, beltMapping, report, rowFiltersFromArguments(arguments, "belts-where"));
  std::optional<Taxonomy> taxonomy;
  if (const auto given = arguments.value("taxonomy")) {
    taxonomy = Taxonomy::load(*given, report);
  } else {
    taxonomy = Taxonomy::loadBundled(report);
  }
  const auto gazetteer = Gazetteer::loadBundled(report);
  printMessages(report, err);
  if (!clusters || !belts || !taxonomy || !gazetteer) {
    err << "match: unusable input (see the errors above)\n";
    return kExitBadInput;
  }

  MatchOptions options;
  options.listPairs = !arguments.has("no-pairs");
  MatchReport result = matchClustersAndBelts(*clusters, *belts, *gazetteer, *taxonomy, options);
  LoadReport completenessReport;
  result.completeness = bundledCompleteness(!arguments.has("clusters"), *clusters, !arguments.has("belts"), *belts,
                                            completenessReport);
  printMessages(completenessReport, err);

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
