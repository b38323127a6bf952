// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/maritime_line_reader.h"
#include "core/util/text.h"

#include <ogr_spatialref.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>

#include "core/crs/crs.h"
#include "core/io/gdal_environment.h"
#include "core/io/gdal_handles.h"

namespace cb {
namespace {

bool isLineType(OGRwkbGeometryType type) {
  const OGRwkbGeometryType flat = wkbFlatten(type);
  return flat == wkbLineString || flat == wkbMultiLineString;
}

void addLines(const OGRGeometry& geometry, std::vector<std::vector<Point2>>& out) {
  const OGRwkbGeometryType flat = wkbFlatten(geometry.getGeometryType());
  if (flat == wkbLineString) {
    const auto& line = *geometry.toLineString();
    std::vector<Point2> points;
    points.reserve(static_cast<std::size_t>(line.getNumPoints()));
    for (int i = 0; i < line.getNumPoints(); ++i) points.push_back({line.getX(i), line.getY(i)});
    if (points.size() >= 2) out.push_back(std::move(points));
  } else if (flat == wkbMultiLineString || flat == wkbGeometryCollection) {
    for (const OGRGeometry* part : *geometry.toGeometryCollection()) addLines(*part, out);
  }
}

std::optional<MaritimeLines> searchDataset(const std::string& path) {
  gdal::DatasetPtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!dataset) return std::nullopt;
  OGRSpatialReference albers;
  albers.SetFromUserInput(std::string(crs::kChinaAlbers).c_str());
  albers.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  for (OGRLayer* layer : dataset->GetLayers()) {
    if (!isSouthChinaSeaLineName(layer->GetName())) continue;
    if (layer->GetGeomType() != wkbUnknown && !isLineType(layer->GetGeomType())) continue;
    OGRSpatialReference source;
    if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
      source = *srs;
    } else {
      source.SetWellKnownGeogCS("WGS84");
    }
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform(OGRCreateCoordinateTransformation(&source, &albers));
    if (!transform) continue;
    MaritimeLines result{path, layer->GetName(), {}};
    layer->ResetReading();
    for (auto& feature : *layer) {
      OGRGeometry* geometry = feature->GetGeometryRef();
      if (geometry == nullptr || geometry->transform(transform.get()) != OGRERR_NONE) continue;
      addLines(*geometry, result.lines);
    }
    if (!result.lines.empty()) return result;
  }
  return std::nullopt;
}

}  // namespace

bool isSouthChinaSeaLineName(const std::string& layerName) {
  const std::string name = text::asciiLower(layerName);
  for (const char* hint : {"九段线", "十段线", "南海", "nine_line", "nine-line", "nineline", "nine_dash",
                           "nine-dash", "ninedash", "ten_dash", "ten-dash", "tenline", "ten_line", "scs_line"}) {
    if (name.find(hint) != std::string::npos) return true;
  }
  return false;
}

std::optional<MaritimeLines> findSouthChinaSeaLine(const std::string& boundarySource) {
  if (boundarySource.empty()) return std::nullopt;
  gdal::ensureInitialised();
  if (auto found = searchDataset(boundarySource)) return found;
  // A Shapefile or GeoJSON holds one layer; its companion line usually sits next to it.
  std::error_code error;
  const std::filesystem::path path(boundarySource);
  if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
  const std::filesystem::path folder = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (!entry.is_regular_file(error) || entry.path() == path) continue;
    const std::string ext = text::asciiLower(entry.path().extension().string());
    if (ext != ".shp" && ext != ".geojson" && ext != ".json" && ext != ".gpkg") continue;
    if (!isSouthChinaSeaLineName(entry.path().stem().string()) && ext != ".gpkg") continue;
    if (auto found = searchDataset(entry.path().string())) return found;
  }
  return std::nullopt;
}

}  // namespace cb
