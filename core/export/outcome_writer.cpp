// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/outcome_writer.h"

#include <array>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/analysis/analysis.h"
#include "core/crs/crs.h"
#include "core/export/vector_file_writer.h"
#include "core/io/ogr_convert.h"
#include "core/match/city_outcome.h"
#include "core/util/text.h"

namespace cb {

std::size_t writeOutcomes(const std::filesystem::path& path, const Analysis& analysis) {
  const std::string file = path.string();
  const std::string ext = text::lowerExtension(path);
  const bool shapefile = ext == ".shp";
  if (!shapefile && ext != ".gpkg") throw std::runtime_error(file + ": write outcomes to a .gpkg or a .shp file");
  if (!analysis.boundaries) throw std::runtime_error(file + ": the analysis has no boundaries");

  const std::vector<VectorFileWriter::Field> fields = {
      {"code", OFTString},      {"name", OFTString},    {"province", OFTString}, {"outcome", OFTString},
      {"clusters", OFTInteger}, {"belts", OFTInteger},  {"identical", OFTInteger}, {"similar", OFTInteger},
      {"unrelated", OFTInteger}, {"no_belt", OFTInteger}, {"regions", OFTInteger}};

  // Units in code order, with their regions; names from the gazetteer's unit list.
  const RegionLayer& regions = analysis.boundaries->prefectures();
  std::map<std::string, std::vector<std::size_t>> units;
  for (std::size_t i = 0; i < regions.size(); ++i) {
    const std::string& unit = analysis.units.unitOfRegion(i);
    if (!unit.empty()) units[unit].push_back(i);
  }
  std::map<std::string, const PrefectureUnit*> unitInfo;
  for (const PrefectureUnit& unit : analysis.unitList) unitInfo[unit.code] = &unit;
  const CityOutcomes& classes = analysis.outcomes;

  VectorFileWriter writer(path, path.stem().string(), fields, wkbMultiPolygon, crs::kChinaAlbers);
  for (const auto& [code, members] : units) {
    gdal::FeaturePtr feature = writer.newFeature();
    const CityMatch* city = analysis.city(code);
    const auto info = unitInfo.find(code);
    const Region& first = regions.regions()[members.front()];
    feature->SetField("code", code.c_str());
    feature->SetField("name", info != unitInfo.end() ? info->second->name.c_str() : first.name.c_str());
    feature->SetField("province", info != unitInfo.end() ? info->second->province.c_str() : first.province.c_str());
    feature->SetField("outcome", std::string(cityOutcomeName(classes.of(code))).c_str());
    std::array<int, 4> counts{};
    if (city != nullptr) {
      for (std::size_t index : city->clusters) ++counts[static_cast<std::size_t>(analysis.match.clusters[index].outcome)];
    }
    feature->SetField("clusters", city != nullptr ? static_cast<int>(city->clusters.size()) : 0);
    feature->SetField("belts", city != nullptr ? static_cast<int>(city->belts.size()) : 0);
    feature->SetField("identical", counts[0]);
    feature->SetField("similar", counts[1]);
    feature->SetField("unrelated", counts[2]);
    feature->SetField("no_belt", counts[3]);
    feature->SetField("regions", static_cast<int>(members.size()));
    MultiPolygon geometry;
    for (std::size_t index : members) {
      const MultiPolygon& part = regions.regions()[index].geometry;
      geometry.insert(geometry.end(), part.begin(), part.end());
    }
    std::unique_ptr<OGRGeometry> shape(ogr::toOgr(geometry).release());
    if (members.size() > 1) {
      // Merged units (莱芜 into 济南) share edges: dissolve them into one valid outline.
      if (OGRGeometry* merged = shape->UnionCascaded()) {
        shape.reset(OGRGeometryFactory::forceToMultiPolygon(merged));
      }
    }
    feature->SetGeometryDirectly(shape.release());
    writer.write(*feature, "unit " + code);
  }
  return writer.commit();
}

}  // namespace cb
