// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ellipse_writer.h"
#include "core/util/text.h"

#include <cpl_string.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "core/crs/crs.h"
#include "core/io/gdal_environment.h"
#include "core/io/gdal_handles.h"

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
  gdal::ensureInitialised();
  const std::string file = path.string();
  const std::string ext = text::lowerExtension(path);
  const bool shapefile = ext == ".shp";
  if (!shapefile && ext != ".gpkg") {
    throw std::runtime_error(file + ": write ellipses to a .gpkg or a .shp file");
  }
  const std::string crsText =
      ellipses.empty() ? std::string(crs::kChinaAlbers) : ellipses.front().computationCrs;
  for (const SdeEllipse& e : ellipses) {
    if (e.computationCrs != crsText) {
      throw std::runtime_error(file + ": the ellipses are in different CRSs");
    }
  }
  OGRSpatialReference srs;
  if (srs.SetFromUserInput(crsText.c_str()) != OGRERR_NONE) {
    throw std::runtime_error(file + ": GDAL does not understand the CRS '" + crsText + "'");
  }
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(shapefile ? "ESRI Shapefile" : "GPKG");
  if (driver == nullptr) throw std::runtime_error(file + ": this GDAL has no driver for it");
  std::error_code ignored;
  if (std::filesystem::exists(path, ignored)) {
    // Delete() removes a Shapefile's .shx, .dbf, .prj and .cpg as well.
    if (driver->Delete(file.c_str()) != CE_None) std::filesystem::remove(path, ignored);
  }
  gdal::DatasetPtr dataset(driver->Create(file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!dataset) {
    throw std::runtime_error(file + ": cannot create: " + CPLGetLastErrorMsg());
  }
  CPLStringList layerOptions;
  if (shapefile) layerOptions.SetNameValue("ENCODING", "UTF-8");  // also writes the .cpg
  const std::string layerName = path.stem().string();
  OGRLayer* layer =
      dataset->CreateLayer(layerName.c_str(), &srs, wkbPolygon, layerOptions.List());
  if (layer == nullptr) {
    throw std::runtime_error(file + ": cannot create the layer: " + CPLGetLastErrorMsg());
  }
  for (const FieldSpec& spec : kFields) {
    OGRFieldDefn field(shapefile ? spec.shpName : spec.gpkgName, spec.type);
    if (shapefile && spec.type == OFTString) field.SetWidth(254);
    if (shapefile && spec.type == OFTReal) {
      // Wide enough for 10¹² with ten decimals (0.1 nm, 1e-10°).
      field.SetWidth(24);
      field.SetPrecision(10);
    }
    if (layer->CreateField(&field) != OGRERR_NONE) {
      throw std::runtime_error(file + ": cannot create field " + field.GetNameRef());
    }
  }
  // One transaction: a GeoPackage otherwise commits every feature separately.
  const bool transaction = dataset->StartTransaction() == OGRERR_NONE;
  for (const SdeEllipse& e : ellipses) {
    gdal::FeaturePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
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
    if (layer->CreateFeature(feature.get()) != OGRERR_NONE) {
      throw std::runtime_error(file + ": cannot write the ellipse of group '" + e.group +
                               "': " + CPLGetLastErrorMsg());
    }
  }
  if (transaction && dataset->CommitTransaction() != OGRERR_NONE) {
    throw std::runtime_error(file + ": cannot commit: " + CPLGetLastErrorMsg());
  }
  dataset.reset();  // closing flushes the file; report a failure here rather than never
  if (!std::filesystem::exists(path, ignored)) {
    throw std::runtime_error(file + ": was not written");
  }
}

}  // namespace cb
