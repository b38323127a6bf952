// SPDX-License-Identifier: GPL-3.0-or-later
// `clusterbelt-cli sde`: standard deviational ellipses of a points table, one per group.
#include <cpl_json.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <ostream>
#include <sstream>

#include "app/cli/arguments.h"
#include "app/cli/command.h"
#include "app/cli/sde_input.h"
#include "core/crs/crs.h"
#include "core/io/ellipse_writer.h"
#include "core/stats/sde_analysis.h"

namespace cb::cli {
namespace {

constexpr const char* kUsage =
    "usage: clusterbelt-cli sde --points FILE [--x COL --y COL | --city COL [--province COL]]\n"
    "         [--crs EPSG:4326|PROJ-STRING] [--weight COL] [--group COL]\n"
    "         [--method arcgis|yuill|crimestat|aspace|confidence] [--sd 1|2|3] [--p 0.95]\n"
    "         [--compute-crs CRS] [--allow-degrees] [--vertices N]\n"
    "         [--format json|csv] [--out FILE.gpkg|FILE.shp]\n\n"
    "Standard deviational ellipses of the points in FILE (CSV, XLSX, GeoPackage, GeoJSON, or\n"
    "anything GDAL reads; the first layer), one per value of --group, in ascending order of the\n"
    "value. Without --weight every record weighs 1 (a count).\n\n"
    "  --x, --y      coordinate columns; without them the layer's point geometry is used, or\n"
    "                columns named lon/lng/longitude/x and lat/latitude/y\n"
    "  --crs         CRS of the coordinates (default: the layer's, else EPSG:4326 lon/lat)\n"
    "  --city        place each record at the representative point (inside the polygon) of the\n"
    "                prefecture its city name or code resolves to; --province (default: a column\n"
    "                named province) settles names found in several provinces\n"
    "  --weight      positive weights (e.g. employment); zero, negative or empty is an error\n"
    "  --method      arcgis (default: k·√2·√λ, as ArcGIS Directional Distribution), yuill (√λ),\n"
    "                crimestat (√2·√(λn/(n−2)); with weights as PySAL pointpats), aspace (R aspace\n"
    "                weighted, Σw−2), confidence (bivariate-normal p ellipse, √(−2ln(1−p))·√λ)\n"
    "  --sd          ArcGIS ellipse size k (default 1); --p: probability for confidence (0.95)\n"
    "  --compute-crs CRS to compute in (default China Albers equal-area, metres); a geographic\n"
    "                CRS computes on degrees and is refused unless --allow-degrees is given\n"
    "  --out         also write the ellipses as polygons (China Albers; UTF-8, .cpg for .shp)\n\n"
    "Semi-axes sigma_major/sigma_minor are in metres, azimuth_deg is the bearing of the major\n"
    "axis clockwise from grid north in [0,180), azimuth_true_deg from true north at the centre.\n"
    "ArcGIS fields: YStdDist = major (along Rotation), XStdDist = minor. A bad row (non-numeric\n"
    "coordinate, bad weight) is an error naming the file and row; exit status 2.\n";

void addNumber(CPLJSONObject& json, const std::string& key, double value) {
  if (std::isfinite(value)) {
    json.Add(key, value);
  } else {
    json.AddNull(key);
  }
}

CPLJSONObject messageJson(const SdeMessage& m, const std::string& file, bool grouped) {
  CPLJSONObject json;
  json.Add("severity", sdeSeverityName(m.severity));
  if (grouped) json.Add("group", m.group); else json.AddNull("group");
  if (m.row >= 0) json.Add("row", sdeRowLabel(file, m.row)); else json.AddNull("row");
  json.Add("message", m.text);
  return json;
}

CPLJSONObject ellipseJson(const SdeEllipse& e, bool grouped, const std::string& file) {
  const SdeParameters& s = e.sde;
  CPLJSONObject json;
  if (grouped) json.Add("group", e.group); else json.AddNull("group");
  json.Add("has_ellipse", e.hasEllipse);
  json.Add("n", static_cast<GInt64>(s.n));
  addNumber(json, "weight_sum", s.weightSum);
  addNumber(json, "center_x", s.center.x);
  addNumber(json, "center_y", s.center.y);
  addNumber(json, "center_lon", e.centerLonLat.x);
  addNumber(json, "center_lat", e.centerLonLat.y);
  addNumber(json, "sigma_major", e.hasEllipse ? s.sigmaMajor : NAN);
  addNumber(json, "sigma_minor", e.hasEllipse ? s.sigmaMinor : NAN);
  addNumber(json, "azimuth_deg", e.hasEllipse ? e.azimuthGridDeg : NAN);
  addNumber(json, "azimuth_true_deg", e.hasEllipse ? e.azimuthTrueDeg : NAN);
  addNumber(json, "grid_convergence_deg", e.gridConvergenceDeg);
  addNumber(json, "angle_ccw_from_x_deg", e.hasEllipse ? s.angleCcwFromXDeg : NAN);
  addNumber(json, "area_km2", e.hasEllipse ? e.areaKm2 : NAN);
  addNumber(json, "axis_ratio", e.hasEllipse ? s.axisRatio : NAN);
  addNumber(json, "flattening", e.hasEllipse ? s.flattening : NAN);
  addNumber(json, "eccentricity", e.hasEllipse ? s.eccentricity : NAN);
  addNumber(json, "standard_distance", s.standardDistance);
  json.Add("method", std::string(sdeMethodName(s.options.method)));
  json.Add("method_label", e.methodLabel);
  if (s.options.method == SdeMethod::ArcGis) json.Add("k", s.options.k); else json.AddNull("k");
  if (s.options.method == SdeMethod::Confidence) json.Add("p", s.options.p); else json.AddNull("p");
  addNumber(json, "scale_factor", s.scaleFactor);
  json.Add("collinear", s.collinear);
  json.Add("circular", s.circular);
  json.Add("on_degrees", e.onDegrees);
  CPLJSONObject arcgis;
  addNumber(arcgis, "CenterX", e.arcgis.centerX);
  addNumber(arcgis, "CenterY", e.arcgis.centerY);
  addNumber(arcgis, "XStdDist", e.hasEllipse ? e.arcgis.xStdDist : NAN);
  addNumber(arcgis, "YStdDist", e.hasEllipse ? e.arcgis.yStdDist : NAN);
  addNumber(arcgis, "Rotation", e.hasEllipse ? e.arcgis.rotation : NAN);
  json.Add("arcgis", arcgis);
  CPLJSONArray messages;
  for (const SdeMessage& m : e.messages) messages.Add(messageJson(m, file, grouped));
  json.Add("messages", messages);
  return json;
}

std::string csvNumber(double value) {
  if (!std::isfinite(value)) return {};
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::string csvText(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

void printCsv(const SdeReport& report, std::ostream& out) {
  out << "group,has_ellipse,n,weight_sum,center_x,center_y,center_lon,center_lat,sigma_major,"
         "sigma_minor,azimuth_deg,azimuth_true_deg,area_km2,axis_ratio,flattening,eccentricity,"
         "method,k,p,scale_factor,collinear,circular,CenterX,CenterY,XStdDist,YStdDist,Rotation\n";
  for (const SdeEllipse& e : report.ellipses) {
    const SdeParameters& s = e.sde;
    const double no = NAN;
    const bool h = e.hasEllipse;
    out << csvText(e.group) << ',' << (h ? 1 : 0) << ',' << s.n << ',' << csvNumber(s.weightSum)
        << ',' << csvNumber(s.center.x) << ',' << csvNumber(s.center.y) << ','
        << csvNumber(e.centerLonLat.x) << ',' << csvNumber(e.centerLonLat.y) << ','
        << csvNumber(h ? s.sigmaMajor : no) << ',' << csvNumber(h ? s.sigmaMinor : no) << ','
        << csvNumber(h ? e.azimuthGridDeg : no) << ',' << csvNumber(h ? e.azimuthTrueDeg : no)
        << ',' << csvNumber(h ? e.areaKm2 : no) << ',' << csvNumber(h ? s.axisRatio : no) << ','
        << csvNumber(h ? s.flattening : no) << ',' << csvNumber(h ? s.eccentricity : no) << ','
        << sdeMethodName(s.options.method) << ','
        << (s.options.method == SdeMethod::ArcGis ? std::to_string(s.options.k) : "") << ','
        << (s.options.method == SdeMethod::Confidence ? csvNumber(s.options.p) : "") << ','
        << csvNumber(s.scaleFactor) << ',' << (s.collinear ? 1 : 0) << ','
        << (s.circular ? 1 : 0) << ',' << csvNumber(e.arcgis.centerX) << ','
        << csvNumber(e.arcgis.centerY) << ',' << csvNumber(h ? e.arcgis.xStdDist : no) << ','
        << csvNumber(h ? e.arcgis.yStdDist : no) << ',' << csvNumber(h ? e.arcgis.rotation : no)
        << '\n';
  }
}

SdeOptions parseOptions(const Arguments& args) {
  SdeOptions options;
  const std::string method = args.value("method", "arcgis");
  const std::optional<SdeMethod> parsed = parseSdeMethod(method);
  if (!parsed) throw ArgumentError("unknown --method '" + method + "'");
  options.method = *parsed;
  if (const std::optional<double> sd = args.number("sd")) {
    if (options.method != SdeMethod::ArcGis) throw ArgumentError("--sd applies to --method arcgis");
    if (*sd != 1.0 && *sd != 2.0 && *sd != 3.0) throw ArgumentError("--sd must be 1, 2 or 3");
    options.k = static_cast<int>(*sd);
  }
  if (const std::optional<double> p = args.number("p")) {
    if (options.method != SdeMethod::Confidence) {
      throw ArgumentError("--p applies to --method confidence");
    }
    if (!(*p > 0.0 && *p < 1.0)) throw ArgumentError("--p must be between 0 and 1");
    options.p = *p;
  }
  return options;
}

int run(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
  const Arguments args(argv, {"allow-degrees"},
                       {"points", "x", "y", "city", "province", "crs", "weight", "group", "method",
                        "sd", "p", "compute-crs", "vertices", "format", "out"});
  const std::optional<std::string> file = args.value("points");
  if (!file) throw ArgumentError("--points FILE is required");
  const std::string format = args.value("format", "json");
  if (format != "json" && format != "csv") throw ArgumentError("--format must be json or csv");
  const SdeOptions options = parseOptions(args);
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
    err << (m.row >= 0 ? sdeRowLabel(*file, m.row) : *file) << ": " << sdeSeverityName(m.severity)
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
  if (const std::optional<std::string> path = args.value("out")) {
    writeEllipses(*path, report.ellipses);
  }
  if (format == "csv") {
    printCsv(report, out);
  } else {
    CPLJSONObject root;
    root.Add("points", *file);
    root.Add("input_crs", request.inputCrs);
    root.Add("computation_crs", request.computationCrs);
    root.Add("method", std::string(sdeMethodName(options.method)));
    CPLJSONArray ellipses;
    for (const SdeEllipse& e : report.ellipses) ellipses.Add(ellipseJson(e, grouped, *file));
    root.Add("ellipses", ellipses);
    CPLJSONArray messages, warnings;
    for (const SdeMessage& m : report.messages) {
      messages.Add(messageJson(m, *file, grouped));
      if (m.severity == SdeMessage::Severity::Warning) {
        warnings.Add((grouped ? m.group + ": " : std::string()) + m.text);
      }
    }
    root.Add("messages", messages);
    root.Add("warnings", warnings);
    out << root.Format(CPLJSONObject::PrettyFormat::Pretty) << '\n';
  }
  const bool any = std::any_of(report.ellipses.begin(), report.ellipses.end(),
                               [](const SdeEllipse& e) { return e.hasEllipse; });
  return any ? kExitOk : kExitBadInput;
}

const bool kRegistered = registerCommand(
    {"sde", "standard deviational ellipses of a points table (ArcGIS, CrimeStat, … conventions)",
     kUsage, &run});

}  // namespace
}  // namespace cb::cli
