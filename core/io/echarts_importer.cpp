// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/echarts_importer.h"

#include <cpl_json.h>
#include <cpl_vsi.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

#include "core/io/echarts_decoder.h"
#include "core/io/gdal_environment.h"
#include "core/io/gdal_handles.h"
#include "core/io/geometry_repair.h"
#include "core/io/ogr_convert.h"
#include "core/model/admin_names.h"
#include "core/util/text.h"

namespace cb::echarts {
namespace {

constexpr const char* kProvinceDir = "package/map/json/province";
constexpr const char* kChinaFile = "package/map/json/china.json";

/// One feature of an ECharts map file, decoded to lon/lat degrees.
struct SourceFeature {
  std::string id;
  std::string name;
  MultiPolygon lonLat;
};

/// A map file larger than this is refused before it is parsed: the largest of echarts 4.9.0
/// (china-cities.json) has 1.2 MB, and parsing holds the whole document in memory.
constexpr vsi_l_offset kMaxMapFileBytes = 32u << 20;
/// Features of one map file: a province file of echarts 4.9.0 has at most a few hundred.
constexpr int kMaxFeatures = 10000;

/// An encodeOffsets value: JSON integers only (ToLong() would read "a" as 0 without a word).
long integerOffset(const CPLJSONObject& value) {
  if (value.GetType() != CPLJSONObject::Type::Integer && value.GetType() != CPLJSONObject::Type::Long) {
    throw DecodeError("encodeOffsets holds '" + value.ToString() + "', not an integer");
  }
  return static_cast<long>(value.ToLong());
}

Ring decodeJsonRing(const CPLJSONObject& ring, const CPLJSONArray* offsets, bool encoded,
                    double scale) {
  Ring result;
  if (encoded) {
    if (offsets == nullptr || offsets->Size() < 2) throw DecodeError("missing encodeOffsets");
    if (ring.GetType() != CPLJSONObject::Type::String) throw DecodeError("an encoded ring is not a string");
    result = decodeRing(ring.ToString(), integerOffset((*offsets)[0]), integerOffset((*offsets)[1]), scale);
  } else {
    if (ring.GetType() != CPLJSONObject::Type::Array) throw DecodeError("a ring is not an array of points");
    const CPLJSONArray points = ring.ToArray();
    for (int i = 0; i < points.Size(); ++i) {
      const CPLJSONArray xy = points[i].ToArray();
      if (xy.Size() < 2) continue;
      const Point2 point{xy[0].ToDouble(), xy[1].ToDouble()};
      if (!(std::abs(point.x) <= kMaxAbsLongitude && std::abs(point.y) <= kMaxAbsLatitude)) {
        throw DecodeError("point " + std::to_string(i + 1) + " lies outside longitude/latitude");
      }
      result.push_back(point);
    }
  }
  ogr::closeRing(result);  // ECharts does not repeat the first point
  return result;
}

Polygon decodeJsonPolygon(const CPLJSONArray& rings, const CPLJSONArray* offsets, bool encoded,
                          double scale) {
  Polygon polygon;
  for (int r = 0; r < rings.Size(); ++r) {
    std::optional<CPLJSONArray> ringOffsets;
    if (offsets != nullptr && r < offsets->Size()) ringOffsets = (*offsets)[r].ToArray();
    Ring ring = decodeJsonRing(rings[r], ringOffsets ? &*ringOffsets : nullptr, encoded, scale);
    if (r == 0) {
      polygon.outer = std::move(ring);
    } else {
      polygon.holes.push_back(std::move(ring));
    }
  }
  return polygon;
}

std::vector<SourceFeature> readMapFile(const std::string& path, const std::string& label,
                                       LoadReport& report) {
  VSIStatBufL stat;
  if (VSIStatL(path.c_str(), &stat) != 0) throw ImportError(label + ": not in the tarball");
  if (static_cast<vsi_l_offset>(stat.st_size) > kMaxMapFileBytes) {
    throw ImportError(label + ": " + std::to_string(stat.st_size) + " bytes; a map file over " +
                      std::to_string(kMaxMapFileBytes >> 20) + " MiB is refused");
  }
  CPLJSONDocument document;
  CPLPushErrorHandler(CPLQuietErrorHandler);  // the reason goes into the message, not to stderr
  CPLErrorReset();
  const bool loaded = document.Load(path);
  const std::string why = CPLGetLastErrorMsg();
  CPLPopErrorHandler();
  if (!loaded) throw ImportError(label + ": not a readable JSON file (" + (why.empty() ? "unreadable" : why) + ")");
  const CPLJSONObject root = document.GetRoot();
  if (root.GetType() != CPLJSONObject::Type::Object) throw ImportError(label + ": not a JSON object");
  const bool encoded = root.GetBool("UTF8Encoding", false);
  double scale = kDefaultScale;
  if (const CPLJSONObject field = root.GetObj("UTF8Scale"); field.IsValid()) {
    const auto type = field.GetType();
    const bool isNumber = type == CPLJSONObject::Type::Integer || type == CPLJSONObject::Type::Long ||
                          type == CPLJSONObject::Type::Double;
    if (!isNumber || !isUsableScale(field.ToDouble())) {
      throw ImportError(label + ": UTF8Scale is " + field.Format(CPLJSONObject::PrettyFormat::Plain) +
                        "; it must be a number from 1 to 10000000 (ECharts writes 1024)");
    }
    scale = field.ToDouble();
  }
  const CPLJSONObject featuresField = root.GetObj("features");
  if (!featuresField.IsValid() || featuresField.GetType() != CPLJSONObject::Type::Array) {
    throw ImportError(label + ": \"features\" is missing or not an array");
  }
  const CPLJSONArray features = root.GetArray("features");
  if (features.Size() > kMaxFeatures) {
    throw ImportError(label + ": " + std::to_string(features.Size()) + " features; more than " +
                      std::to_string(kMaxFeatures) + " in one map file are refused");
  }
  std::vector<SourceFeature> result;
  for (int i = 0; i < features.Size(); ++i) {
    const CPLJSONObject feature = features[i];
    SourceFeature out;
    out.id = feature.GetString("id");
    out.name = feature.GetObj("properties").GetString("name");
    if (!text::isValidUtf8(out.id) || !text::isValidUtf8(out.name)) {
      report.error(label, i + 1, "the id or name of the feature is not valid UTF-8");
      continue;
    }
    const CPLJSONObject geometry = feature.GetObj("geometry");
    const std::string type = geometry.GetString("type");
    const CPLJSONArray coordinates = geometry.GetArray("coordinates");
    const CPLJSONArray offsets = geometry.GetArray("encodeOffsets");
    try {
      if (type == "Polygon") {
        out.lonLat.push_back(decodeJsonPolygon(coordinates, offsets.IsValid() ? &offsets : nullptr,
                                               encoded, scale));
      } else if (type == "MultiPolygon") {
        for (int p = 0; p < coordinates.Size(); ++p) {
          std::optional<CPLJSONArray> polygonOffsets;
          if (offsets.IsValid() && p < offsets.Size()) polygonOffsets = offsets[p].ToArray();
          out.lonLat.push_back(decodeJsonPolygon(coordinates[p].ToArray(),
                                                 polygonOffsets ? &*polygonOffsets : nullptr,
                                                 encoded, scale));
        }
      } else {
        report.warning(label, i + 1, "feature '" + out.name + "': geometry type '" + type +
                                         "' is not polygonal; skipped");
        continue;
      }
    } catch (const DecodeError& e) {
      report.error(label, i + 1, "feature '" + out.name + "': cannot decode coordinates: " + e.what());
      continue;
    }
    result.push_back(std::move(out));
  }
  return result;
}

/// A unit of the output layer, gathered from one or more source features.
struct Unit {
  std::string code;
  std::string name;
  std::string level;
  std::vector<MultiPolygon> parts;
};

/// Map files whose features are all parts of one prefecture-level unit (districts of a
/// municipality or SAR, counties of Taiwan), by file name.
std::optional<std::string> wholeFileUnit(const std::string& fileStem) {
  static const std::map<std::string, std::string> kWholeFiles = {
      {"beijing", "110000"}, {"tianjin", "120000"},   {"shanghai", "310000"}, {"chongqing", "500000"},
      {"taiwan", "710000"},  {"xianggang", "810000"}, {"aomen", "820000"}};
  const auto it = kWholeFiles.find(fileStem);
  if (it == kWholeFiles.end()) return std::nullopt;
  return it->second;
}

MultiPolygon dissolve(const Unit& unit, LoadReport& report, const std::string& label) {
  if (unit.parts.size() == 1) return unit.parts.front();
  OGRMultiPolygon all;
  for (const MultiPolygon& part : unit.parts) {
    const auto ogrPart = ogr::toOgr(part);
    for (int i = 0; i < ogrPart->getNumGeometries(); ++i) all.addGeometry(ogrPart->getGeometryRef(i));
  }
  const std::unique_ptr<OGRGeometry> merged(all.UnionCascaded());
  if (!merged) {
    report.warning(label, 0, unit.name + ": dissolving " + std::to_string(unit.parts.size()) +
                                 " parts failed; parts kept side by side");
    return ogr::toMultiPolygon(all);
  }
  report.info(label, 0, unit.name + " (" + unit.code + "): dissolved " +
                            std::to_string(unit.parts.size()) + " districts/counties into one unit");
  return ogr::toMultiPolygon(*merged);
}

OGRSpatialReference wgs84() {
  OGRSpatialReference srs;
  srs.importFromEPSG(4326);
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return srs;
}

OGRLayer* createLayer(GDALDataset& dataset, const char* name, OGRSpatialReference& srs,
                      const std::vector<const char*>& fields) {
  OGRLayer* layer = dataset.CreateLayer(name, &srs, wkbMultiPolygon, nullptr);
  if (layer == nullptr) throw std::runtime_error(std::string("cannot create layer ") + name);
  for (const char* field : fields) {
    OGRFieldDefn definition(field, OFTString);
    layer->CreateField(&definition);
  }
  return layer;
}

void writeFeature(OGRLayer& layer, const std::map<std::string, std::string>& values,
                  const MultiPolygon& geometry) {
  gdal::FeaturePtr feature(OGRFeature::CreateFeature(layer.GetLayerDefn()));
  for (const auto& [field, value] : values) feature->SetField(field.c_str(), value.c_str());
  feature->SetGeometryDirectly(ogr::toOgr(geometry).release());
  if (layer.CreateFeature(feature.get()) != OGRERR_NONE) {
    throw std::runtime_error("cannot write feature " + values.begin()->second);
  }
}

/// The output under a temporary name in the same folder (so the rename is atomic), removed unless
/// commit() renamed it to its final name.
struct TemporaryOutput {
  std::string path;
  std::string target;
  mutable bool committed = false;
  explicit TemporaryOutput(const std::string& finalPath) : path(finalPath + ".importing"), target(finalPath) {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
  }
  TemporaryOutput(const TemporaryOutput&) = delete;
  TemporaryOutput& operator=(const TemporaryOutput&) = delete;
  ~TemporaryOutput() {
    if (committed) return;
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
  }
  void commit() const {
    std::error_code error;
    std::filesystem::rename(path, target, error);
    if (error) throw std::runtime_error("cannot rename " + path + " to " + target + ": " + error.message());
    committed = true;
  }
};

}  // namespace

ImportSummary importTarball(const std::string& tarballPath, const std::string& geopackagePath) {
  gdal::ensureInitialised();
  ImportSummary summary;
  const std::string root = "/vsitar/" + tarballPath + "/";
  const std::string tarName = std::filesystem::path(tarballPath).filename().string();

  char** listing = VSIReadDir((root + kProvinceDir).c_str());
  std::vector<std::string> files;
  for (char** entry = listing; entry != nullptr && *entry != nullptr; ++entry) {
    const std::string file = *entry;
    if (file.size() > 5 && file.ends_with(".json")) files.push_back(file);
  }
  CSLDestroy(listing);
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    throw ImportError(tarballPath + ": no " + kProvinceDir +
                      "/*.json inside; is this the echarts 4 npm tarball?");
  }

  // Gather the source features into prefecture-level units, keeping the file order.
  std::vector<Unit> units;
  std::map<std::string, std::size_t> unitIndex;
  for (const std::string& file : files) {
    const std::string label = tarName + ":" + kProvinceDir + "/" + file;
    const std::string stem = file.substr(0, file.size() - 5);
    const std::vector<SourceFeature> features = readMapFile(root + kProvinceDir + "/" + file, label,
                                                            summary.report);
    // Some features come without a code (山南市 in xizang.json has its outline in a feature
    // without id, and an empty one with the id): join them by name within the same file.
    std::map<std::string, std::string> codeByName;
    for (const SourceFeature& f : features) {
      if (f.id.size() == 6) codeByName.try_emplace(f.name, f.id);
    }
    const std::optional<std::string> fileUnit = wholeFileUnit(stem);
    for (std::size_t i = 0; i < features.size(); ++i) {
      const SourceFeature& f = features[i];
      const auto row = static_cast<long long>(i + 1);
      std::string code = fileUnit ? *fileUnit : f.id;
      std::string name = fileUnit ? provinceFullName(*fileUnit) : f.name;
      if (!fileUnit && code.size() != 6) {
        const auto byName = codeByName.find(f.name);
        if (byName == codeByName.end()) {
          summary.report.warning(label, row, "feature '" + f.name + "' has no 6-digit code (id '" +
                                                 f.id + "') and no coded namesake; skipped");
          continue;
        }
        code = byName->second;
        summary.report.info(label, row, "feature '" + f.name + "' has no code; joined to " + code +
                                            " by name");
      }
      if (f.lonLat.empty()) {
        summary.report.info(label, row, "feature '" + f.name + "' (" + f.id + ") has no geometry");
        continue;
      }
      auto [it, inserted] = unitIndex.try_emplace(code, units.size());
      if (inserted) units.push_back({code, name, prefectureLevel(code), {}});
      Unit& unit = units[it->second];
      std::optional<ogr::Repair> repair;
      MultiPolygon valid = ogr::validPolygons(*ogr::toOgr(f.lonLat), repair);
      if (repair) {
        summary.report.info(label, row, f.name + " (" + code + "): " + repair->description);
        ++summary.repairs;
      }
      if (valid.empty()) continue;
      unit.parts.push_back(std::move(valid));
    }
  }

  // The provinces are read before anything is written, so that a broken china.json leaves no file.
  const std::string chinaLabel = tarName + ":" + kChinaFile;
  const std::vector<SourceFeature> provinceFeatures = readMapFile(root + kChinaFile, chinaLabel, summary.report);
  if (summary.report.hasErrors()) return summary;

  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (driver == nullptr) throw std::runtime_error("GDAL has no GeoPackage driver");
  const TemporaryOutput temporary(geopackagePath);
  gdal::DatasetPtr output(driver->Create(temporary.path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!output) throw std::runtime_error("cannot create " + temporary.path);
  OGRSpatialReference srs = wgs84();

  OGRLayer* prefectures = createLayer(*output, "prefectures", srs,
                                      {"adcode", "name", "short_name", "province", "province_adcode", "level"});
  output->StartTransaction();
  for (const Unit& unit : units) {
    if (unit.parts.empty()) {
      summary.report.error(tarName, 0, unit.name + " (" + unit.code + "): no usable geometry; not written");
      continue;
    }
    const MultiPolygon geometry = dissolve(unit, summary.report, tarName);
    const std::string provinceCode = unit.code.substr(0, 2) + "0000";
    writeFeature(*prefectures,
                 {{"adcode", unit.code}, {"name", unit.name}, {"short_name", shortAdminName(unit.name)},
                  {"province", provinceFullName(unit.code)}, {"province_adcode", provinceCode},
                  {"level", unit.level}},
                 geometry);
    ++summary.prefectures;
  }
  output->CommitTransaction();

  OGRLayer* provinces = createLayer(*output, "provinces", srs, {"adcode", "name", "short_name"});
  output->StartTransaction();
  for (const SourceFeature& f : provinceFeatures) {
    std::optional<ogr::Repair> repair;
    const MultiPolygon valid = ogr::validPolygons(*ogr::toOgr(f.lonLat), repair);
    if (repair) {
      summary.report.info(chinaLabel, 0, f.name + " (" + f.id + "): " + repair->description);
      ++summary.repairs;
    }
    const std::string fullName = provinceFullName(f.id);
    writeFeature(*provinces,
                 {{"adcode", f.id}, {"name", fullName.empty() ? f.name : fullName},
                  {"short_name", shortAdminName(fullName.empty() ? f.name : fullName)}},
                 valid);
    ++summary.provinces;
  }
  output->CommitTransaction();
  if (summary.report.hasErrors()) return summary;  // `temporary` removes the file
  CPLErrorReset();
  output.reset();  // closes the GeoPackage: SQLite writes what is left
  if (CPLGetLastErrorType() >= CE_Failure) throw std::runtime_error("cannot finish writing " + temporary.path);
  temporary.commit();
  return summary;
}

}  // namespace cb::echarts
