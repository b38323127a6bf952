// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ellipse_writer.h"

#include <cmath>
#include <memory>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "core/crs/crs.h"
#include "core/export/vector_file_writer.h"
#include "core/util/text.h"

namespace cb {
namespace {

struct FieldSpec {
  const char* gpkgName;
  const char* shpName;  // dBase field names hold at most 10 characters
  OGRFieldType type;
};

// The order here is the order of fieldValues() below.
constexpr FieldSpec kFields[] = {
    {"group", "group", OFTString},
    {"n", "n", OFTInteger64},
    {"weight_sum", "weight_sum", OFTReal},
    {"center_x", "center_x", OFTReal},
    {"center_y", "center_y", OFTReal},
    {"center_lon", "center_lon", OFTReal},
    {"center_lat", "center_lat", OFTReal},
    {"sigma_major", "sigma_maj", OFTReal},
    {"sigma_minor", "sigma_min", OFTReal},
    {"azimuth_deg", "azimuth", OFTReal},
    {"azimuth_true_deg", "azim_true", OFTReal},
    {"grid_convergence_deg", "grid_conv", OFTReal},
    {"area_km2", "area_km2", OFTReal},
    {"axis_ratio", "axis_ratio", OFTReal},
    {"flattening", "flattening", OFTReal},
    {"eccentricity", "eccentric", OFTReal},
    {"method", "method", OFTString},
    {"method_label", "method_lbl", OFTString},
    {"k", "k", OFTInteger},
    {"p", "p", OFTReal},
    {"scale_factor", "scale", OFTReal},
    {"has_ellipse", "has_ell", OFTInteger},
    {"collinear", "collinear", OFTInteger},
    {"circular", "circular", OFTInteger},
    {"CenterX", "CenterX", OFTReal},
    {"CenterY", "CenterY", OFTReal},
    {"XStdDist", "XStdDist", OFTReal},
    {"YStdDist", "YStdDist", OFTReal},
    {"Rotation", "Rotation", OFTReal},
};

// std::monostate is a null field (not applicable, or not a number).
using FieldValue = std::variant<std::monostate, long long, double, std::string>;

FieldValue number(double value) {
  return std::isfinite(value) ? FieldValue(value) : FieldValue(std::monostate{});
}

std::vector<FieldValue> fieldValues(const SdeEllipse& e) {
  const SdeParameters& s = e.sde;
  const bool arcgis = s.options.method == SdeMethod::ArcGis;
  const bool confidence = s.options.method == SdeMethod::Confidence;
  return {e.group,
          static_cast<long long>(s.n),
          number(s.weightSum),
          number(s.center.x),
          number(s.center.y),
          number(e.centerLonLat.x),
          number(e.centerLonLat.y),
          number(s.sigmaMajor),
          number(s.sigmaMinor),
          number(e.azimuthGridDeg),
          number(e.azimuthTrueDeg),
          number(e.gridConvergenceDeg),
          number(e.areaKm2),
          number(s.axisRatio),
          number(s.flattening),
          number(s.eccentricity),
          std::string(sdeMethodName(s.options.method)),
          e.methodLabel,
          arcgis ? FieldValue(static_cast<long long>(s.options.k)) : FieldValue(),
          confidence ? number(s.options.p) : FieldValue(),
          number(s.scaleFactor),
          static_cast<long long>(e.hasEllipse),
          static_cast<long long>(s.collinear),
          static_cast<long long>(s.circular),
          number(e.arcgis.centerX),
          number(e.arcgis.centerY),
          number(e.arcgis.xStdDist),
          number(e.arcgis.yStdDist),
          number(e.arcgis.rotation)};
}

}  // namespace

void writeEllipses(const std::filesystem::path& path, std::span<const SdeEllipse> ellipses) {
  const std::string file = path.string();
  const std::string ext = text::lowerExtension(path);
  if (ext != ".shp" && ext != ".gpkg") {
    throw std::runtime_error(file + ": write ellipses to a .gpkg or a .shp file");
  }
  const std::string crsText =
      ellipses.empty() ? std::string(crs::kChinaAlbers) : ellipses.front().computationCrs;
  for (const SdeEllipse& e : ellipses) {
    if (e.computationCrs != crsText) {
      throw std::runtime_error(file + ": the ellipses are in different CRSs");
    }
  }
  std::vector<VectorFileWriter::Field> fields;
  for (const FieldSpec& spec : kFields) fields.push_back({spec.gpkgName, spec.type, spec.shpName});
  VectorFileWriter writer(path, path.stem().string(), fields, wkbPolygon, crsText);
  for (const SdeEllipse& e : ellipses) {
    gdal::FeaturePtr feature = writer.newFeature();
    const std::vector<FieldValue> values = fieldValues(e);
    for (std::size_t i = 0; i < values.size(); ++i) {
      const int index = static_cast<int>(i);
      if (const auto* text = std::get_if<std::string>(&values[i])) {
        feature->SetField(index, text->c_str());
      } else if (const auto* integer = std::get_if<long long>(&values[i])) {
        feature->SetField(index, static_cast<GIntBig>(*integer));
      } else if (const auto* real = std::get_if<double>(&values[i])) {
        feature->SetField(index, *real);
      } else {
        feature->SetFieldNull(index);
      }
    }
    auto polygon = std::make_unique<OGRPolygon>();
    if (!e.polygon.empty()) {
      auto ring = std::make_unique<OGRLinearRing>();
      ring->setNumPoints(static_cast<int>(e.polygon.size()), FALSE);
      for (std::size_t i = 0; i < e.polygon.size(); ++i) {
        ring->setPoint(static_cast<int>(i), e.polygon[i].x, e.polygon[i].y);
      }
      polygon->addRingDirectly(ring.release());
    }
    feature->SetGeometryDirectly(polygon.release());
    writer.write(*feature, "the ellipse of group '" + e.group + "'");
  }
  writer.commit();
}

}  // namespace cb
