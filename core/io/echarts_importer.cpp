// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/echarts_importer.h"

#include <cpl_json.h>
#include <cpl_vsi.h>
#include <ogr_spatialref.h>

#include <algorithm>
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

Ring decodeJsonRing(const CPLJSONObject& ring, const CPLJSONArray* offsets, bool encoded,
                    double scale) {
  Ring result;
  if (encoded) {
    if (offsets == nullptr || offsets->Size() < 2) throw DecodeError("missing encodeOffsets");
    result = decodeRing(ring.ToString(), (*offsets)[0].ToLong(), (*offsets)[1].ToLong(), scale);
  } else {
    const CPLJSONArray points = ring.ToArray();
    for (int i = 0; i < points.Size(); ++i) {
      const CPLJSONArray xy = points[i].ToArray();
      if (xy.Size() >= 2) result.push_back({xy[0].ToDouble(), xy[1].ToDouble()});
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
  CPLJSONDocument document;
  if (!document.Load(path)) throw std::runtime_error("cannot read " + label);
  const CPLJSONObject root = document.GetRoot();
  const bool encoded = root.GetBool("UTF8Encoding", false);
  const double scale = root.GetDouble("UTF8Scale", kDefaultScale);
  const CPLJSONArray features = root.GetArray("features");
  std::vector<SourceFeature> result;
  for (int i = 0; i < features.Size(); ++i) {
    const CPLJSONObject feature = features[i];
    SourceFeature out;
    out.id = feature.GetString("id");
    out.name = feature.GetObj("properties").GetString("name");
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
    throw std::runtime_error(tarballPath + ": no " + kProvinceDir +
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

  if (std::filesystem::exists(geopackagePath)) std::filesystem::remove(geopackagePath);
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (driver == nullptr) throw std::runtime_error("GDAL has no GeoPackage driver");
  gdal::DatasetPtr output(driver->Create(geopackagePath.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!output) throw std::runtime_error("cannot create " + geopackagePath);
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
  const std::string chinaLabel = tarName + ":" + kChinaFile;
  output->StartTransaction();
  for (const SourceFeature& f : readMapFile(root + kChinaFile, chinaLabel, summary.report)) {
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
  return summary;
}

}  // namespace cb::echarts
