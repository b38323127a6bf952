// SPDX-License-Identifier: GPL-3.0-or-later
// `clusterbelt-cli export --what outcomes|ellipses|clusters|belts|cities --out FILE`: the analysis
// of the bundled (or given) data as GIS layers and spreadsheet tables.
#include <filesystem>
#include <memory>
#include <ostream>

#include "app/cli/analysis_arguments.h"
#include "app/cli/arguments.h"
#include "app/cli/command.h"
#include "core/analysis/analysis.h"
#include "core/export/analysis_export.h"

namespace cb::cli {
namespace {

const std::string kUsage = std::string(
    "usage: clusterbelt-cli export --what outcomes|ellipses|clusters|belts|cities|over-time\n"
    "                           --out FILE\n"
    "         [--boundaries PATH] [--clusters PATH] [--belts PATH]\n"
    "         [--clusters-where COLUMN=V1|V2] [--belts-where COLUMN=V1|V2]\n\n"
    "Writes part of the analysis of the bundled (or given) clusters, belts and boundaries:\n"
    "  outcomes  prefecture polygons with their 2021 unit, outcome class and counts: .gpkg, .shp\n"
    "            (.csv, .xlsx: the table of the cities with clusters or belts)\n"
    "  ellipses  the study's standard deviational ellipses: .gpkg, .shp (or parameters: .csv, .xlsx)\n"
    "  clusters, belts, cities  tables: .csv (UTF-8 with BOM, for Excel) or .xlsx\n"
    "  over-time  the ellipses per year of the rows' year column and the steps of their mean\n"
    "             centre (distance, bearing, speed, change of area and shape): .csv or .xlsx\n"
    "Layers are in China Albers metres; Shapefiles are UTF-8 with a .cpg file.\n\n") +
    kSdeUsage + kRowFilterUsage;

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::set<std::string> known = kAnalysisOptions;
  known.insert({"what", "out"});
  known.insert(kSdeOptions.begin(), kSdeOptions.end());
  const Arguments arguments(args, {}, known);
  const std::optional<std::string> what = arguments.value("what");
  const std::optional<std::string> output = arguments.value("out");
  if (!what || !output) throw ArgumentError("--what and --out are required");
  const std::optional<ExportWhat> kind = parseExportWhat(*what);
  if (!kind) throw ArgumentError("--what must be outcomes, ellipses, clusters, belts, cities or over-time, not '" + *what + "'");
  if (!canExport(*kind, *output)) {
    const bool geometric = *kind == ExportWhat::Outcomes || *kind == ExportWhat::Ellipses;
    throw ArgumentError("--out: write " + *what + " as " + (geometric ? ".gpkg, .shp, .csv or .xlsx" : ".csv or .xlsx") +
                        ", not '" + *output + "'");
  }
  const bool layer = !canExport(ExportWhat::Cities, *output);  // not a table file

  const std::shared_ptr<const Analysis> analysis = analysisFromArguments(arguments, "export", err);
  if (!analysis) return kExitBadInput;
  try {
    const std::size_t count = exportAnalysis(*analysis, *kind, *output);
    out << "wrote " << *output << " (" << count << ' ' << (layer ? "features" : "rows") << ")\n";
  } catch (const std::exception& e) {
    err << "export: " << e.what() << '\n';
    return kExitFailure;
  }
  return kExitOk;
}

const bool kRegistered = registerCommand(
    {"export", "write outcomes, ellipses, clusters, belts or cities as GeoPackage, Shapefile, CSV or XLSX", kUsage.c_str(),
     &run});

}  // namespace
}  // namespace cb::cli
