// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/region_reader.h"

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>

#include "core/crs/coordinate_transform.h"
#include "core/crs/crs.h"
#include "core/io/gdal_environment.h"
#include "core/io/gdal_handles.h"
#include "core/io/geometry_repair.h"
#include "core/io/ogr_convert.h"
#include "core/io/region_lod.h"
#include "core/util/text.h"
#include "core/model/admin_names.h"

namespace cb {
namespace {

namespace fs = std::filesystem;

// Field names seen in Chinese boundary files, most specific first, compared case-insensitively.
const std::vector<std::string> kCodeFields = {"adcode", "dt_adcode", "citycode", "city_code", "市代码",
                                              "行政区划代码", "行政代码", "代码", "pac", "gb", "code", "id"};
const std::vector<std::string> kNameFields = {"name", "cityname", "city_name", "name_chn", "市", "地市",
                                              "地名", "名称", "city", "name_1", "name_2"};

int findField(const OGRFeatureDefn& definition, const std::string& requested,
              const std::vector<std::string>& candidates) {
  if (!requested.empty()) return definition.GetFieldIndex(requested.c_str());
  for (const std::string& candidate : candidates) {
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
      if (text::asciiLower(definition.GetFieldDefn(i)->GetNameRef()) == text::asciiLower(candidate)) return i;
    }
  }
  return -1;
}

fs::path sibling(const fs::path& shp, const std::string& extension) {
  for (const std::string& ext : {extension, text::asciiLower(extension)}) {
    fs::path candidate = shp;
    candidate.replace_extension(ext);
    if (fs::exists(candidate)) return candidate;
  }
  fs::path upper = shp;
  std::string ext = extension;
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  upper.replace_extension(ext);
  return fs::exists(upper) ? upper : fs::path();
}

/// The .dbf language driver id (byte 29): non-zero means the file states its code page.
int dbfLanguageDriver(const fs::path& shp) {
  const fs::path dbf = sibling(shp, ".dbf");
  if (dbf.empty()) return 0;
  std::ifstream in(dbf, std::ios::binary);
  char header[32] = {};
  if (!in.read(header, sizeof header)) return 0;
  return static_cast<unsigned char>(header[29]);
}

/// How strings of this source must be decoded.
enum class Decoding { AsGdalGives, Gbk };

struct OpenedSource {
  gdal::DatasetPtr dataset;
  Decoding decoding = Decoding::AsGdalGives;
  std::string encoding = "UTF-8";
};

bool isShapefilePath(const std::string& path) { return text::lowerExtension(fs::path(path)) == ".shp"; }

/// A Shapefile that lacks its .shx index: GDAL can rebuild the index (SHAPE_RESTORE_SHX), but it
/// writes the rebuilt .shx beside the .shp even when the file is opened read-only. So the parts
/// are copied into GDAL's memory file system and opened there; the user's folder is not touched.
gdal::DatasetPtr openWithoutIndex(const std::string& path, const char* const* openOptions) {
  static std::atomic<unsigned> copies{0};
  const std::string dir = "/vsimem/clusterbelt_shx_" + std::to_string(copies++) + "/";
  const std::string stem = fs::path(path).stem().string();
  for (const char* part : {".shp", ".dbf", ".prj", ".cpg"}) {
    const fs::path source = sibling(path, part);
    if (!source.empty()) CPLCopyFile((dir + stem + part).c_str(), source.string().c_str());
  }
  gdal::DatasetPtr dataset;
  {
    CPLConfigOptionSetter restore("SHAPE_RESTORE_SHX", "YES", false);  // this thread, this open only
    dataset.reset(GDALDataset::Open((dir + stem + ".shp").c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                    openOptions, nullptr));
  }
  // The open dataset holds its memory files; removing their names here frees them when it closes.
  VSIRmdirRecursive(dir.c_str());
  return dataset;
}

bool lacksIndex(const std::string& path) {
  std::error_code ignored;
  return isShapefilePath(path) && fs::exists(fs::path(path), ignored) && sibling(path, ".shx").empty();
}

gdal::DatasetPtr openVector(const std::string& path, const char* const* openOptions) {
  gdal::ensureInitialised();
  if (lacksIndex(path)) return openWithoutIndex(path, openOptions);
  return gdal::DatasetPtr(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                            openOptions, nullptr));
}

bool layerTextIsUtf8(OGRLayer& layer) {
  layer.ResetReading();
  for (auto& feature : layer) {
    for (int i = 0; i < feature->GetFieldCount(); ++i) {
      if (feature->GetFieldDefnRef(i)->GetType() != OFTString || !feature->IsFieldSetAndNotNull(i)) continue;
      if (!text::isValidUtf8(feature->GetFieldAsString(i))) {
        layer.ResetReading();
        return false;
      }
    }
  }
  layer.ResetReading();
  return true;
}

/// Opens the source, settling the text encoding of Shapefiles: a .cpg or a .dbf code page is
/// honoured by GDAL; without either GDAL would assume ISO-8859-1, so the raw bytes are read and
/// checked: valid UTF-8 stays, anything else is read as GBK (the usual encoding of such files).
OpenedSource openSource(const std::string& path, const RegionReadOptions& options, LoadReport& report) {
  OpenedSource source;
  const bool isShapefile = isShapefilePath(path);
  if (lacksIndex(path)) {
    report.info(path, 0, "no .shx: its index was rebuilt in memory (nothing is written beside the file)");
  }
  if (!isShapefile) {
    source.dataset = openVector(path, nullptr);
  } else if (!options.encoding.empty()) {
    const std::string option = "ENCODING=" + std::string(options.encoding == "GBK" ? "CP936" : options.encoding);
    const char* openOptions[] = {option.c_str(), nullptr};
    source.dataset = openVector(path, openOptions);
    source.encoding = options.encoding;
    report.info(path, 0, "text read as " + options.encoding + ", as requested");
  } else if (const fs::path cpg = sibling(path, ".cpg"); !cpg.empty()) {
    source.dataset = openVector(path, nullptr);
    std::ifstream in(cpg);
    std::string declared;
    std::getline(in, declared);
    source.encoding = text::trim(declared);
    report.info(path, 0, "text encoding from " + cpg.filename().string() + ": " + source.encoding);
  } else if (const int ldid = dbfLanguageDriver(path); ldid != 0) {
    source.dataset = openVector(path, nullptr);
    source.encoding = "code page of .dbf language driver " + std::to_string(ldid);
    report.info(path, 0, "no .cpg; text encoding from the .dbf language driver id " + std::to_string(ldid));
  } else {
    const char* raw[] = {"ENCODING=", nullptr};
    source.dataset = openVector(path, raw);
    if (source.dataset && source.dataset->GetLayerCount() > 0 && !layerTextIsUtf8(*source.dataset->GetLayer(0))) {
      source.decoding = Decoding::Gbk;
      source.encoding = "GBK";
      report.warning(path, 0, "no .cpg and no code page in the .dbf; the text is not UTF-8 and was read as GBK");
    } else {
      report.info(path, 0, "no .cpg and no code page in the .dbf; the text is valid UTF-8 and was read as such");
    }
  }
  if (!source.dataset) {
    throw std::runtime_error(path + ": GDAL cannot open this as vector data (" +
                             std::string(CPLGetLastErrorMsg()) + ")");
  }
  return source;
}

std::string fieldText(const OGRFeature& feature, int index, Decoding decoding) {
  if (index < 0 || !feature.IsFieldSetAndNotNull(index)) return {};
  const OGRFieldType type = feature.GetFieldDefnRef(index)->GetType();
  if (type == OFTInteger || type == OFTInteger64) {
    return std::to_string(feature.GetFieldAsInteger64(index));
  }
  if (type == OFTReal) {  // codes stored as doubles in some .dbf files
    const double value = feature.GetFieldAsDouble(index);
    if (std::floor(value) == value) return std::to_string(static_cast<long long>(value));
  }
  const std::string raw = feature.GetFieldAsString(index);
  return text::trim(decoding == Decoding::Gbk ? text::gbkToUtf8(raw) : raw);
}

OGRLayer* pickLayer(GDALDataset& dataset, const std::string& requested, const std::string& path) {
  if (!requested.empty()) {
    OGRLayer* layer = dataset.GetLayerByName(requested.c_str());
    if (layer == nullptr) throw std::runtime_error(path + ": no layer named '" + requested + "'");
    return layer;
  }
  for (int i = 0; i < dataset.GetLayerCount(); ++i) {
    OGRLayer* layer = dataset.GetLayer(i);
    const OGRwkbGeometryType type = wkbFlatten(layer->GetGeomType());
    if (type == wkbPolygon || type == wkbMultiPolygon || type == wkbUnknown) return layer;
  }
  throw std::runtime_error(path + ": no polygon layer");
}

std::string describeCrs(const OGRSpatialReference* srs) {
  if (srs == nullptr) return "none";
  const char* authority = srs->GetAuthorityName(nullptr);
  const char* code = srs->GetAuthorityCode(nullptr);
  if (authority != nullptr && code != nullptr) return std::string(authority) + ":" + code;
  const char* name = srs->GetName();
  return name != nullptr ? name : "unnamed CRS";
}

}  // namespace

std::vector<LayerSummary> listLayers(const std::string& path) {
  const gdal::DatasetPtr dataset = openVector(path, nullptr);
  if (!dataset) throw std::runtime_error(path + ": GDAL cannot open this as vector data");
  std::vector<LayerSummary> layers;
  for (int i = 0; i < dataset->GetLayerCount(); ++i) {
    OGRLayer* layer = dataset->GetLayer(i);
    layers.push_back({layer->GetName(), layer->GetFeatureCount(),
                      OGRGeometryTypeToName(layer->GetGeomType()), describeCrs(layer->GetSpatialRef())});
  }
  return layers;
}

RegionReadResult readRegions(const std::string& path, const RegionReadOptions& options) {
  RegionReadResult result;
  LoadReport& report = result.report;
  OpenedSource source = openSource(path, options, report);
  result.encoding = source.encoding;
  OGRLayer* layer = pickLayer(*source.dataset, options.layer, path);
  const std::string label = fs::path(path).filename().string() + (options.layer.empty() && source.dataset->GetLayerCount() == 1 ? "" : ":" + std::string(layer->GetName()));

  // One CRS for the layer, then one transformation to China Albers.
  const OGRSpatialReference* srs = layer->GetSpatialRef();
  if (srs == nullptr) {
    result.sourceCrs = std::string(crs::kWgs84);
    result.crsAssumed = true;
    report.warning(label, 0, "no CRS (.prj missing?): WGS 84 longitude/latitude assumed");
  } else {
    char* wkt = nullptr;
    srs->exportToWkt(&wkt);
    result.sourceCrs = wkt != nullptr ? wkt : "";
    CPLFree(wkt);
  }
  const CoordinateTransform toAlbers(result.sourceCrs, crs::kChinaAlbers);

  const OGRFeatureDefn& definition = *layer->GetLayerDefn();
  const int codeIndex = findField(definition, options.codeField, kCodeFields);
  const int nameIndex = findField(definition, options.nameField, kNameFields);
  if (!options.codeField.empty() && codeIndex < 0) throw std::runtime_error(path + ": no field '" + options.codeField + "'");
  if (!options.nameField.empty() && nameIndex < 0) throw std::runtime_error(path + ": no field '" + options.nameField + "'");
  if (codeIndex < 0) report.warning(label, 0, "no code field found (adcode, code, 代码 …): regions have no codes");
  if (nameIndex < 0) report.warning(label, 0, "no name field found (name, 名称 …): regions have no names");
  const int shortIndex = definition.GetFieldIndex("short_name");
  const int provinceIndex = definition.GetFieldIndex("province");
  const int provinceCodeIndex = definition.GetFieldIndex("province_adcode");
  const int levelIndex = definition.GetFieldIndex("level");

  std::vector<Region> regions;
  std::map<std::string, long long> firstRowOfCode;
  long long row = 0;
  layer->ResetReading();
  for (auto& feature : *layer) {
    ++row;
    Region region;
    region.code = fieldText(*feature, codeIndex, source.decoding);
    region.name = fieldText(*feature, nameIndex, source.decoding);
    const std::string what = region.name.empty() ? "feature " + std::to_string(row) : region.name;
    const OGRGeometry* geometry = feature->GetGeometryRef();
    if (geometry == nullptr || geometry->IsEmpty()) {
      report.warning(label, row, what + ": empty geometry; not drawn");
      continue;
    }
    if (const long long vertices = ogr::vertexCount(*geometry); vertices > ogr::kMaxFeatureVertices) {
      report.error(label, row, what + ": " + std::to_string(vertices) + " vertices, more than " +
                                   std::to_string(ogr::kMaxFeatureVertices) + "; not drawn");
      continue;
    }
    if (!ogr::hasUsableCoordinates(*geometry)) {
      report.error(label, row, what + ": a coordinate is not a number or beyond ±1e9; not drawn");
      continue;
    }
    std::optional<ogr::Repair> repair;
    MultiPolygon polygons = ogr::validPolygons(*geometry, repair);
    if (repair) {
      report.info(label, row, what + ": " + repair->description);
      ++result.repairs;
    }
    if (polygons.empty()) {
      report.warning(label, row, what + ": no polygonal geometry; not drawn");
      continue;
    }
    std::size_t failed = 0;
    for (Polygon& polygon : polygons) {
      failed += toAlbers.forwardInPlace(polygon.outer);
      for (Ring& hole : polygon.holes) failed += toAlbers.forwardInPlace(hole);
    }
    if (failed > 0) {
      report.error(label, row, what + ": " + std::to_string(failed) +
                                   " point(s) could not be projected to China Albers; not drawn");
      continue;
    }
    if (!region.code.empty()) {
      if (const auto [it, inserted] = firstRowOfCode.try_emplace(region.code, row); !inserted) {
        report.warning(label, row, what + ": duplicate code " + region.code + " (first at feature " +
                                       std::to_string(it->second) + ")");
      }
    }
    region.shortName = shortIndex >= 0 ? fieldText(*feature, shortIndex, source.decoding) : shortAdminName(region.name);
    region.provinceCode = provinceCodeIndex >= 0 ? fieldText(*feature, provinceCodeIndex, source.decoding)
                                                 : (region.code.size() == 6 ? region.code.substr(0, 2) + "0000" : "");
    region.province = provinceIndex >= 0 ? fieldText(*feature, provinceIndex, source.decoding)
                                         : provinceFullName(region.provinceCode);
    region.level = levelIndex >= 0 ? fieldText(*feature, levelIndex, source.decoding) : "";
    region.geometry = std::move(polygons);
    region.bounds = boundingBox(region.geometry);
    buildLevelsOfDetail(region);
    regions.push_back(std::move(region));
  }
  result.layer = RegionLayer(layer->GetName(), std::move(regions));
  return result;
}

}  // namespace cb
