// SPDX-License-Identifier: GPL-3.0-or-later
// `clusterbelt-cli sde`: standard deviational ellipses of a points table, one per group.
#include <cpl_json.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <ostream>
#include <sstream>

#include "app/cli/arguments.h"
#include "app/cli/command.h"
#include "core/crs/crs.h"
#include "core/io/ellipse_writer.h"
#include "core/io/gdal_environment.h"
#include "core/io/gdal_handles.h"
#include "core/stats/sde_analysis.h"

namespace cb::cli {
namespace {

constexpr const char* kUsage =
    "usage: clusterbelt-cli sde --points FILE [--layer NAME] [--x COL --y COL | --city COL]\n"
    "         [--crs EPSG:4326|PROJ-STRING] [--weight COL] [--group COL]\n"
    "         [--method arcgis|yuill|crimestat|aspace|confidence] [--sd 1|2|3] [--p 0.95]\n"
    "         [--compute-crs CRS] [--allow-degrees] [--vertices N]\n"
    "         [--format json|csv] [--out FILE.gpkg|FILE.shp]\n\n"
    "Standard deviational ellipses of the points in FILE (CSV, XLSX, GeoPackage, GeoJSON, or\n"
    "anything GDAL reads), one per value of --group, in ascending order of the value.\n\n"
    "  --x, --y      coordinate columns; without them the layer's point geometry is used, or\n"
    "                columns named lon/lng/longitude/x and lat/latitude/y\n"
    "  --crs         CRS of the coordinates (default: the layer's, else EPSG:4326 lon/lat)\n"
    "  --city        place records at their prefecture's representative point (not yet supported)\n"
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

constexpr std::size_t kMaxRowErrors = 20;

struct Table {
  SdeRequest request;
  bool csv = false;
  std::vector<std::string> errors;  // "file:line: error: …", already formatted
  std::size_t errorCount = 0;
};

std::string rowLabel(const std::string& file, bool csv, long long fid) {
  // The OGR CSV driver numbers data rows from 1 and the header is line 1.
  return csv ? file + ":" + std::to_string(fid + 1) : file + ": feature " + std::to_string(fid);
}

// A number from a field of any type; nullopt with `text` set when it is not one.
std::optional<double> numberField(OGRFeature& feature, int index, std::string& text) {
  if (!feature.IsFieldSetAndNotNull(index)) {
    text = "";
    return std::nullopt;
  }
  const OGRFieldType type = feature.GetFieldDefnRef(index)->GetType();
  if (type == OFTReal || type == OFTInteger || type == OFTInteger64) {
    return feature.GetFieldAsDouble(index);
  }
  text = feature.GetFieldAsString(index);
  std::string_view s = text;
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  double value = 0.0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

int findColumn(OGRFeatureDefn* defn, const std::string& name, const std::string& option) {
  const int index = defn->GetFieldIndex(name.c_str());
  if (index < 0) throw ArgumentError("--" + option + ": no column named '" + name + "'");
  return index;
}

// The first column whose name is one of `names` (case-insensitive), or −1.
int guessColumn(OGRFeatureDefn* defn, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
      if (EQUAL(defn->GetFieldDefn(i)->GetNameRef(), name)) return i;
    }
  }
  return -1;
}

std::string layerCrs(OGRLayer* layer) {
  const OGRSpatialReference* srs = layer->GetSpatialRef();
  if (srs == nullptr) return {};
  const char* authority = srs->GetAuthorityName(nullptr);
  const char* code = srs->GetAuthorityCode(nullptr);
  if (authority != nullptr && code != nullptr) return std::string(authority) + ":" + code;
  char* wkt = nullptr;
  const char* options[] = {"FORMAT=WKT2_2019", nullptr};
  srs->exportToWkt(&wkt, options);
  std::string text = wkt != nullptr ? wkt : "";
  CPLFree(wkt);
  return text;
}

Table readTable(const Arguments& args, const std::string& file) {
  gdal::ensureInitialised();
  gdal::DatasetPtr dataset(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!dataset) throw ArgumentError("cannot open " + file + " as a table: " + CPLGetLastErrorMsg());
  const std::optional<std::string> layerName = args.value("layer");
  OGRLayer* layer = layerName ? dataset->GetLayerByName(layerName->c_str()) : dataset->GetLayer(0);
  if (layer == nullptr) throw ArgumentError(file + ": no layer " + layerName.value_or("0"));
  OGRFeatureDefn* defn = layer->GetLayerDefn();
  Table table;
  table.csv = EQUAL(dataset->GetDriver()->GetDescription(), "CSV");
  int xColumn = -1, yColumn = -1;
  if (args.has("x") || args.has("y")) {
    if (!args.has("x") || !args.has("y")) throw ArgumentError("give both --x and --y");
    xColumn = findColumn(defn, *args.value("x"), "x");
    yColumn = findColumn(defn, *args.value("y"), "y");
  }
  const bool useGeometry = xColumn < 0 && defn->GetGeomFieldCount() > 0 &&
                           wkbFlatten(layer->GetGeomType()) == wkbPoint;
  if (xColumn < 0 && !useGeometry) {
    xColumn = guessColumn(defn, {"lon", "lng", "long", "longitude", "x", "经度"});
    yColumn = guessColumn(defn, {"lat", "latitude", "y", "纬度"});
    if (xColumn < 0 || yColumn < 0) {
      throw ArgumentError(file + " has no point geometry and no lon/lat columns: give --x and --y");
    }
  }
  SdeRequest& r = table.request;
  r.inputCrs = args.value("crs", useGeometry && layer->GetSpatialRef() ? layerCrs(layer)
                                                                        : std::string(crs::kWgs84));
  const int weightColumn = args.has("weight") ? findColumn(defn, *args.value("weight"), "weight") : -1;
  const int groupColumn = args.has("group") ? findColumn(defn, *args.value("group"), "group") : -1;
  auto fail = [&](long long fid, const std::string& what) {
    if (++table.errorCount <= kMaxRowErrors) {
      table.errors.push_back(rowLabel(file, table.csv, fid) + ": error: " + what);
    }
  };
  layer->ResetReading();
  for (gdal::FeaturePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
    const long long fid = f->GetFID();
    double x = NAN, y = NAN;
    if (useGeometry) {
      const OGRGeometry* g = f->GetGeometryRef();
      if (g == nullptr || g->IsEmpty() || wkbFlatten(g->getGeometryType()) != wkbPoint) {
        fail(fid, "no point geometry");
      } else {
        x = g->toPoint()->getX();
        y = g->toPoint()->getY();
      }
    } else {
      std::string text;
      const std::optional<double> vx = numberField(*f, xColumn, text);
      if (!vx) fail(fid, "x coordinate '" + text + "' is not a number");
      const std::optional<double> vy = numberField(*f, yColumn, text);
      if (!vy) fail(fid, "y coordinate '" + text + "' is not a number");
      x = vx.value_or(NAN);
      y = vy.value_or(NAN);
    }
    if (weightColumn >= 0) {
      std::string text;
      const std::optional<double> w = numberField(*f, weightColumn, text);
      if (!w) {
        fail(fid, "weight '" + text + "' is not a number");
      } else if (!(*w > 0.0) || !std::isfinite(*w)) {
        fail(fid, "weight " + std::string(CPLSPrintf("%.17g", *w)) +
                      " is not positive and finite (weights must be > 0)");
      }
      r.weights.push_back(w.value_or(NAN));
    }
    if (groupColumn >= 0) {
      r.groups.push_back(f->IsFieldSetAndNotNull(groupColumn) ? f->GetFieldAsString(groupColumn)
                                                              : "");
    }
    r.x.push_back(x);
    r.y.push_back(y);
    r.rows.push_back(fid);
  }
  if (table.errorCount > kMaxRowErrors) {
    table.errors.push_back(file + ": error: " + std::to_string(table.errorCount - kMaxRowErrors) +
                           " more bad rows");
  }
  return table;
}

void addNumber(CPLJSONObject& json, const std::string& key, double value) {
  if (std::isfinite(value)) {
    json.Add(key, value);
  } else {
    json.AddNull(key);
  }
}

CPLJSONObject messageJson(const SdeMessage& m, const std::string& file, bool csv, bool grouped) {
  CPLJSONObject json;
  json.Add("severity", sdeSeverityName(m.severity));
  if (grouped) json.Add("group", m.group); else json.AddNull("group");
  if (m.row >= 0) json.Add("row", rowLabel(file, csv, m.row)); else json.AddNull("row");
  json.Add("message", m.text);
  return json;
}

CPLJSONObject ellipseJson(const SdeEllipse& e, bool grouped, const std::string& file, bool csv) {
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
  for (const SdeMessage& m : e.messages) messages.Add(messageJson(m, file, csv, grouped));
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
                       {"points", "layer", "x", "y", "city", "crs", "weight", "group", "method",
                        "sd", "p", "compute-crs", "vertices", "format", "out"});
  const std::optional<std::string> file = args.value("points");
  if (!file) throw ArgumentError("--points FILE is required");
  if (args.has("city")) {
    err << "sde: --city is not yet supported (the prefecture gazetteer is not available in this "
           "build); give the coordinate columns with --x and --y\n";
    return kExitBadInput;
  }
  const std::string format = args.value("format", "json");
  if (format != "json" && format != "csv") throw ArgumentError("--format must be json or csv");
  const SdeOptions options = parseOptions(args);

  Table table = readTable(args, *file);
  SdeRequest& request = table.request;
  request.options = options;
  request.computationCrs = args.value("compute-crs", std::string(crs::kChinaAlbers));
  request.allowDegrees = args.has("allow-degrees");
  request.polygonVertices = static_cast<int>(args.number("vertices").value_or(360.0));
  if (request.polygonVertices < 3) throw ArgumentError("--vertices must be at least 3");
  for (const std::string& line : table.errors) err << line << '\n';
  if (table.errorCount > 0) return kExitBadInput;

  SdeReport report;
  try {
    report = computeSde(request);
  } catch (const std::invalid_argument& e) {
    err << "sde: " << e.what() << '\n';
    return kExitBadInput;
  }
  const bool grouped = !request.groups.empty();
  for (const SdeMessage& m : report.messages) {
    err << (m.row >= 0 ? rowLabel(*file, table.csv, m.row) : *file) << ": "
        << sdeSeverityName(m.severity) << ": " << (grouped && m.row < 0 ? "group '" + m.group + "': " : "")
        << m.text << '\n';
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
    for (const SdeEllipse& e : report.ellipses) ellipses.Add(ellipseJson(e, grouped, *file, table.csv));
    root.Add("ellipses", ellipses);
    CPLJSONArray messages, warnings;
    for (const SdeMessage& m : report.messages) {
      messages.Add(messageJson(m, *file, table.csv, grouped));
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
