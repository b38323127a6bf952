// SPDX-License-Identifier: GPL-3.0-or-later
// `clusterbelt-cli sde`: standard deviational ellipses of a points table, one per group.
#include <cpl_json.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <cstdlib>
#include <ostream>
#include <sstream>

#include "app/cli/analysis_arguments.h"
#include "app/cli/arguments.h"
#include "app/cli/command.h"
#include "app/cli/sde_input.h"
#include "app/cli/sde_output.h"
#include "app/cli/significance_arguments.h"
#include "core/crs/coordinate_transform.h"
#include "core/crs/crs.h"
#include "core/export/ellipse_writer.h"
#include "core/stats/sde_analysis.h"

namespace cb::cli {
namespace {

const std::string kUsage = std::string(
    "usage: clusterbelt-cli sde --points FILE [--x COL --y COL | --city COL [--province COL]]\n"
    "         [--crs EPSG:4326|PROJ-STRING] [--weight COL] [--group COL]\n"
    "         [--method arcgis|yuill|crimestat|aspace|confidence] [--sd 1|2|3] [--p 0.95]\n"
    "         [--compute-crs CRS] [--allow-degrees] [--vertices N]\n"
    "         [--format json|csv] [--out FILE.gpkg|FILE.shp] [--bootstrap B [--level 0.95] [--seed S]]\n"
    "       clusterbelt-cli sde --study [--boundaries FILE] [--clusters FILE] [--belts FILE]\n"
    "         [--method …] [--sd …]\n"
    "         [--clusters-where COLUMN=V1|V2] [--belts-where COLUMN=V1|V2]\n"
    "         [--p …] [--vertices N] [--format json|csv] [--out FILE.gpkg|FILE.shp]\n"
    "         [--bootstrap B [--level 0.95] [--seed S]] [--by-year COLUMN [--cumulative]]\n"
    "         [--significance-out DIR]\n\n"
    "Standard deviational ellipses of the points in FILE (CSV, XLSX, GeoPackage, GeoJSON, or\n"
    "anything GDAL reads; the first layer), one per value of --group, in ascending order of the\n"
    "value. Without --weight every record weighs 1 (a count).\n\n"
    "  --x, --y      coordinate columns; without them the layer's point geometry is used, or\n"
    "                columns named lon/lng/longitude/x and lat/latitude/y\n"
    "  --crs         CRS of the coordinates (default: the layer's, else EPSG:4326 lon/lat)\n"
    "  --city        place each record at the representative point (inside the polygon) of the\n"
    "                prefecture its city name or code resolves to; --province (default: a column\n"
    "                named province) settles names found in several provinces; --boundaries\n"
    "                (default: the bundled prefectures) gives the polygons\n"
    "  --weight      positive weights (e.g. employment); zero, negative or empty is an error\n"
    "  --method      arcgis (default: k·√2·√λ, as ArcGIS Directional Distribution), yuill (√λ),\n"
    "                crimestat (√2·√(λn/(n−2)); with weights as PySAL pointpats), aspace (R aspace\n"
    "                weighted, Σw−2), confidence (bivariate-normal p ellipse, √(−2ln(1−p))·√λ)\n"
    "  --sd          ArcGIS ellipse size k (default 1); --p: probability for confidence (0.95)\n"
    "  --compute-crs CRS to compute in (default China Albers equal-area, metres); a geographic\n"
    "                CRS computes on degrees and is refused unless --allow-degrees is given\n"
    "  --out         also write the ellipses as polygons (China Albers; UTF-8, .cpg for .shp)\n\n"
    "--study computes the study's ellipses of the clusters (--clusters, default: the bundled\n"
    "national clusters) and belts (--belts, default: the bundled online belts): one per programme\n"
    "(NDRC-SEI, MIIT-AMC, MOST-IIC, then any other), one for all clusters (group 'clusters'),\n"
    "one for the belts (group 'belts'). Every row is placed at the representative point of its\n"
    "prefecture (code, else city and province, else county) and weighs 1; rows that cannot be\n"
    "placed are listed under 'unplaced' (and on stderr) and are in no ellipse; --boundaries gives\n"
    "the polygons (default: the bundled prefectures). --clusters-where\n"
    "and --belts-where keep only the rows whose COLUMN holds one of the values (LO..HI: a range).\n"
    "Inference (--bootstrap also without --study, weighted by --weight; --by-year with --study):\n") +
    kSdeInferenceUsage + "\n"
    "Semi-axes sigma_major/sigma_minor are in metres, azimuth_deg is the bearing of the major\n"
    "axis clockwise from grid north in [0,180), azimuth_true_deg from true north at the centre.\n"
    "ArcGIS fields: YStdDist = major (along Rotation), XStdDist = minor. A bad row (non-numeric\n"
    "coordinate, bad weight) is an error naming the file and row; exit status 2.\n";

int run(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
  std::set<std::string> flags = {"allow-degrees", "study"};
  flags.insert(kSdeInferenceFlags.begin(), kSdeInferenceFlags.end());
  std::set<std::string> known = {"points", "x", "y", "city", "province", "crs", "weight", "group", "method",
                                 "sd", "p", "compute-crs", "vertices", "format", "out", "boundaries", "clusters",
                                 "belts", "clusters-where", "belts-where"};
  known.insert(kSdeInferenceOptions.begin(), kSdeInferenceOptions.end());
  const Arguments args(argv, flags, known);
  if (args.has("study")) return runSdeStudy(args, out, err);
  for (const char* option : {"by-year", "cumulative"}) {
    if (args.has(option)) throw ArgumentError(std::string("--") + option + " goes with --study");
  }
  const SignificanceOptions tests = sdeSignificanceOptions(args);
  const std::optional<std::string> tablesDirectory = args.value("significance-out");
  if (args.has("clusters") || args.has("belts") || args.has("clusters-where") || args.has("belts-where")) {
    throw ArgumentError("--clusters, --belts and their --…-where filters go with --study");
  }
  const std::optional<std::string> file = args.value("points");
  if (!file) throw ArgumentError("--points FILE is required");
  const std::string format = args.value("format", "json");
  if (format != "json" && format != "csv") throw ArgumentError("--format must be json or csv");
  const SdeOptions options = sdeOptionsFromArguments(args);
  const int vertices = static_cast<int>(args.number("vertices").value_or(360.0));
  if (vertices < 3) throw ArgumentError("--vertices must be at least 3");

  SdeInput input = readSdeInput(args, *file);
  for (const std::string& line : input.notes) err << line << '\n';
  for (const std::string& line : input.errors) err << line << '\n';
  if (!input.errors.empty()) return kExitBadInput;
  SdeRequest& request = input.request;
  request.options = options;
  request.computationCrs = args.value("compute-crs", std::string(crs::kChinaAlbers));
  request.allowDegrees = args.has("allow-degrees");
  request.polygonVertices = vertices;

  SdeReport report;
  try {
    report = computeSde(request);
  } catch (const std::invalid_argument& e) {
    err << "sde: " << e.what() << '\n';
    return kExitBadInput;
  }
  const bool grouped = !request.groups.empty();
  for (const SdeMessage& m : report.messages) {
    err << (m.row >= 0 ? sdeRowLabel(*file, m.row) : *file) << ": " << severityName(m.severity)
        << ": " << (grouped && m.row < 0 ? "group '" + m.group + "': " : "") << m.text << '\n';
  }
  if (report.hasErrors()) {
    if (std::any_of(report.messages.begin(), report.messages.end(), [](const SdeMessage& m) {
          return m.text.find("cannot be transformed") != std::string::npos;
        })) {
      err << "sde: are the coordinates projected? Say so with --crs\n";
    }
    return kExitBadInput;
  }
  // Bootstrap intervals of each group's ellipse, on the points as computeSde used them (in the
  // computation CRS), each point keeping its weight.
  Significance significance;
  if (tests.bootstrap) {
    if (format == "csv" && !tablesDirectory) {
      throw ArgumentError("--format csv with --bootstrap needs --significance-out DIR for its table");
    }
    std::vector<double> x = request.x, y = request.y;
    if (request.inputCrs != request.computationCrs) {
      const CoordinateTransform toComputation(request.inputCrs, request.computationCrs);
      for (std::size_t i = 0; i < x.size(); ++i) {
        const Point2 p = toComputation.forward({x[i], y[i]});
        x[i] = p.x;
        y[i] = p.y;
      }
    }
    std::map<std::string, std::vector<std::size_t>> members;  // byte order, as the ellipses
    for (std::size_t i = 0; i < x.size(); ++i) members[grouped ? request.groups[i] : std::string()].push_back(i);
    BootstrapOptions b = *tests.bootstrap;
    b.sde = options;
    try {
      for (const auto& [group, indexes] : members) {
        std::vector<double> gx, gy, gw;
        for (const std::size_t i : indexes) {
          gx.push_back(x[i]);
          gy.push_back(y[i]);
          if (!request.weights.empty()) gw.push_back(request.weights[i]);
        }
        significance.bootstraps.push_back({group, bootstrapEllipse(gx, gy, gw, b)});
      }
    } catch (const std::invalid_argument& e) {
      err << "sde: " << e.what() << '\n';
      return kExitBadInput;
    }
    if (tablesDirectory) writeSignificanceTables(*tablesDirectory, significance, MatchReport{});
  }
  if (const std::optional<std::string> path = args.value("out")) {
    writeEllipses(*path, report.ellipses);
  }
  if (format == "csv") {
    printSdeCsv(report.ellipses, out);
  } else {
    CPLJSONObject root;
    root.Add("points", *file);
    root.Add("input_crs", request.inputCrs);
    root.Add("computation_crs", request.computationCrs);
    root.Add("method", std::string(sdeMethodName(options.method)));
    CPLJSONArray ellipses;
    for (const SdeEllipse& e : report.ellipses) ellipses.Add(sdeEllipseJson(e, grouped, *file));
    root.Add("ellipses", ellipses);
    CPLJSONArray messages, warnings;
    for (const SdeMessage& m : report.messages) {
      messages.Add(sdeMessageJson(m, *file, grouped));
      if (m.severity == SdeMessage::Severity::Warning) {
        warnings.Add((grouped ? m.group + ": " : std::string()) + m.text);
      }
    }
    root.Add("messages", messages);
    root.Add("warnings", warnings);
    if (tests.bootstrap) root.Add("bootstrap", significanceJson(significance, MatchReport{}).GetObj("bootstrap"));
    out << root.Format(CPLJSONObject::PrettyFormat::Pretty) << '\n';
  }
  const bool any = std::any_of(report.ellipses.begin(), report.ellipses.end(),
                               [](const SdeEllipse& e) { return e.hasEllipse; });
  return any ? kExitOk : kExitBadInput;
}

const bool kRegistered = registerCommand(
    {"sde", "standard deviational ellipses of a points table (ArcGIS, CrimeStat, … conventions)",
     kUsage.c_str(), &run});

}  // namespace
}  // namespace cb::cli
