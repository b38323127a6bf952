// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/sde_output.h"

#include <charconv>
#include <cmath>

#include "app/cli/sde_input.h"

namespace cb::cli {
namespace {

void addNumber(CPLJSONObject& json, const std::string& key, double value) {
  if (std::isfinite(value)) {
    json.Add(key, value);
  } else {
    json.AddNull(key);
  }
}

std::string csvNumber(double value) {
  if (!std::isfinite(value)) return {};
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

}  // namespace

CPLJSONObject sdeMessageJson(const SdeMessage& m, const std::string& file, bool grouped) {
  CPLJSONObject json;
  json.Add("severity", severityName(m.severity));
  if (grouped) json.Add("group", m.group); else json.AddNull("group");
  if (m.row >= 0) json.Add("row", sdeRowLabel(file, m.row)); else json.AddNull("row");
  json.Add("message", m.text);
  return json;
}

CPLJSONObject sdeEllipseJson(const SdeEllipse& e, bool grouped, const std::string& file) {
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
  for (const SdeMessage& m : e.messages) messages.Add(sdeMessageJson(m, file, grouped));
  json.Add("messages", messages);
  return json;
}

std::string csvText(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

void printSdeCsv(std::span<const SdeEllipse> ellipses, std::ostream& out) {
  out << "group,has_ellipse,n,weight_sum,center_x,center_y,center_lon,center_lat,sigma_major,"
         "sigma_minor,azimuth_deg,azimuth_true_deg,area_km2,axis_ratio,flattening,eccentricity,"
         "method,k,p,scale_factor,collinear,circular,CenterX,CenterY,XStdDist,YStdDist,Rotation\n";
  for (const SdeEllipse& e : ellipses) {
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

}  // namespace cb::cli
