// SPDX-License-Identifier: GPL-3.0-or-later
// Loading the code table and the crosswalk, and building the name indexes the resolver walks.
#include <algorithm>
#include <set>

#include "core/gazetteer/gazetteer.h"
#include "core/model/place_names.h"
#include "core/util/text.h"
#include "core/io/bundled_data.h"
#include "core/io/point_table_reader.h"

namespace cb {

namespace {

const std::set<std::string> kMunicipalities = {"11", "12", "31", "50"};

// The columns a code-table file must have, or an Error naming the file.
bool hasColumns(const TextTable& table, const std::vector<std::string>& names, const std::string& file,
                LoadReport& report) {
  for (const std::string& name : names) {
    if (table.column(name) < 0) {
      report.error(file, 0, "missing column '" + name + "'");
      return false;
    }
  }
  return true;
}

std::string value(const TextTable& table, const TextTable::Row& row, const std::string& column) {
  const int index = table.column(column);
  return index < 0 ? std::string() : text::trim(row.values[static_cast<std::size_t>(index)]);
}

}  // namespace

void Gazetteer::addUnit(PrefectureUnit unit) { mUnits.emplace(unit.code, std::move(unit)); }

void Gazetteer::addCounty(County county) { mCounties.emplace(county.code, std::move(county)); }

void Gazetteer::addChange(CodeChange change) {
  if (!change.oldCode.empty()) mChangeByOldCode[change.oldCode] = mChanges.size();
  mChanges.push_back(std::move(change));
}

std::optional<Gazetteer> Gazetteer::load(const std::filesystem::path& codeTableDir,
                                         const std::filesystem::path& crosswalkFile, LoadReport& report) {
  Gazetteer g;
  const auto provinces = readTextTable(codeTableDir / "provinces.csv", report);
  const auto cities = readTextTable(codeTableDir / "cities.csv", report);
  const auto areas = readTextTable(codeTableDir / "areas.csv", report);
  if (!provinces || !cities || !areas) return std::nullopt;
  const std::string provincesFile = (codeTableDir / "provinces.csv").string();
  const std::string citiesFile = (codeTableDir / "cities.csv").string();
  const std::string areasFile = (codeTableDir / "areas.csv").string();
  if (!hasColumns(*provinces, {"code", "name"}, provincesFile, report) ||
      !hasColumns(*cities, {"code", "name", "provinceCode"}, citiesFile, report) ||
      !hasColumns(*areas, {"code", "name", "cityCode"}, areasFile, report)) {
    return std::nullopt;
  }

  for (const auto& row : provinces->rows) {
    const std::string code = value(*provinces, row, "code");
    const std::string name = value(*provinces, row, "name");
    if (code.size() != 2 || !text::isDigits(code) || name.empty()) {
      report.warning(provincesFile, row.row, "not a province row: '" + code + "', '" + name + "' (skipped)");
      continue;
    }
    g.mProvinces[code + "0000"] = name;
    g.mProvinceKeys[name] = code + "0000";
    if (const std::string shortKey = place_names::shortName(name); !shortKey.empty()) {
      g.mProvinceKeys.emplace(shortKey, code + "0000");
    }
    if (kMunicipalities.count(code) != 0) {
      g.addUnit({code + "0000", name, code + "0000", name, PrefectureUnit::Kind::Municipality});
    }
  }

  std::set<std::string> directCities;  // 4-digit codes of the 省直辖县级行政区划 pseudo-prefectures
  for (const auto& row : cities->rows) {
    const std::string code = value(*cities, row, "code");
    const std::string name = value(*cities, row, "name");
    const std::string province = value(*cities, row, "provinceCode");
    if (code.size() != 4 || !text::isDigits(code) || code.substr(0, 2) != province) {
      report.warning(citiesFile, row.row, "not a prefecture row: '" + code + "', '" + name + "' (skipped)");
      continue;
    }
    const auto provinceName = g.mProvinces.find(province + "0000");
    if (provinceName == g.mProvinces.end()) {
      report.warning(citiesFile, row.row, "unknown province " + province + " (skipped)");
      continue;
    }
    if (kMunicipalities.count(province) != 0) continue;  // the municipality is one unit
    if (text::endsWith(name, "直辖县级行政区划")) {
      directCities.insert(code);
      continue;
    }
    g.addUnit({code + "00", name, province + "0000", provinceName->second, PrefectureUnit::Kind::Prefecture});
  }

  for (const auto& row : areas->rows) {
    const std::string code = value(*areas, row, "code");
    const std::string name = value(*areas, row, "name");
    const std::string city = value(*areas, row, "cityCode");
    if (code.size() != 6 || !text::isDigits(code) || city.size() != 4 || code.substr(0, 4) != city) {
      report.warning(areasFile, row.row, "not a county row: '" + code + "', '" + name + "' (skipped)");
      continue;
    }
    const std::string province = city.substr(0, 2);
    std::string unitCode;
    if (kMunicipalities.count(province) != 0) {
      unitCode = province + "0000";
    } else if (directCities.count(city) != 0) {
      const auto provinceName = g.mProvinces.find(province + "0000");
      g.addUnit({code, name, province + "0000", provinceName == g.mProvinces.end() ? "" : provinceName->second,
                 PrefectureUnit::Kind::DirectCounty});
      unitCode = code;
    } else {
      unitCode = city + "00";
    }
    if (g.mUnits.count(unitCode) == 0) {
      report.warning(areasFile, row.row, "county " + code + " " + name + " has no prefecture in cities.csv (skipped)");
      continue;
    }
    // 东莞市 441900 and 儋州市 460400 list themselves as their only county: nothing to add.
    if (code != unitCode) g.addCounty({code, name, unitCode});
  }

  if (!crosswalkFile.empty()) {
    const std::string file = crosswalkFile.string();
    if (const auto table = readTextTable(crosswalkFile, report);
        table && hasColumns(*table, {"old_code", "old_name", "new_code", "new_name", "change"}, file, report)) {
      for (const auto& row : table->rows) {
        CodeChange change{value(*table, row, "old_code"), value(*table, row, "old_name"),
                          text::split(value(*table, row, "new_code"), '|'), value(*table, row, "new_name"),
                          value(*table, row, "level"),     value(*table, row, "change"),
                          value(*table, row, "year"),      value(*table, row, "approval"),
                          value(*table, row, "source")};
        bool known = !change.newCodes.empty();
        for (const std::string& code : change.newCodes) {
          known = known && (g.mUnits.count(code) != 0 || g.mCounties.count(code) != 0);
        }
        if (!known) {
          report.warning(file, row.row, "new code '" + value(*table, row, "new_code") +
                                            "' is not in the code table (row skipped)");
          continue;
        }
        g.addChange(std::move(change));
      }
    }
  }
  g.buildNameIndexes();
  return g;
}

std::optional<Gazetteer> Gazetteer::loadBundled(LoadReport& report) {
  const std::filesystem::path table = bundledDataFile(bundled::kCodeTable);
  if (table.empty()) {
    report.error(bundled::kCodeTable, 0, "the bundled data folder was not found (set CLUSTERBELT_DATA_DIR)");
    return std::nullopt;
  }
  return load(table, bundledDataFile(bundled::kBoundaryChanges), report);
}

void Gazetteer::buildNameIndexes() {
  mTiers.assign(7, {});
  auto unitRule = [](const PrefectureUnit& unit, ResolveRule fallback) {
    if (unit.kind == PrefectureUnit::Kind::Municipality) return ResolveRule::Municipality;
    if (unit.kind == PrefectureUnit::Kind::DirectCounty) return ResolveRule::DirectCounty;
    return fallback;
  };
  for (const auto& [code, unit] : mUnits) {
    mTiers[0][unit.name].push_back({code, unitRule(unit, ResolveRule::Name), {}});
    const std::string shortKey = place_names::shortName(unit.name);
    if (shortKey.empty()) continue;
    mTiers[2][shortKey].push_back({code, unitRule(unit, ResolveRule::ShortName), {}});
    mTiers[4][shortKey].push_back({code, unitRule(unit, ResolveRule::SuffixVariant), {}});
    if (place_names::isAutonomousPrefecture(unit.name)) {
      mTiers[4][shortKey + "州"].push_back({code, ResolveRule::SuffixVariant, {}});
    }
  }
  for (const auto& [code, county] : mCounties) {
    const PrefectureUnit& unit = mUnits.at(county.unitCode);
    const bool municipal = unit.kind == PrefectureUnit::Kind::Municipality;
    const ResolveRule rule = municipal ? ResolveRule::Municipality
                             : text::endsWith(county.name, "区") ? ResolveRule::District
                                                                 : ResolveRule::County;
    const std::string detail = county.name + " (" + code + ") is " +
                               (rule == ResolveRule::County ? "a county-level unit of " : "a district of ") + unit.name;
    mTiers[3][county.name].push_back({county.unitCode, rule, detail});
    if (const std::string shortKey = place_names::shortName(county.name); !shortKey.empty()) {
      mTiers[6][shortKey].push_back({county.unitCode, rule, detail});
    }
  }
  for (const CodeChange& change : mChanges) {
    // A split (巢湖 2011) has no single successor: its old code is reported as ambiguous, and its
    // name falls through to the county of the same name when there is one (county-level 巢湖市).
    if (change.oldName.empty() || change.newCodes.size() != 1) continue;
    // A county moved with its name (公主岭市, 寿县) is found under that name today; only old
    // names (莱芜市, 襄樊市, 毕节地区, 莱城区) need the crosswalk.
    if (mTiers[0].count(change.oldName) != 0 || mTiers[3].count(change.oldName) != 0) continue;
    const std::string& target = change.newCodes.front();
    const std::string unitCode = mUnits.count(target) != 0 ? target : mCounties.at(target).unitCode;
    const std::string detail = change.oldName + (change.oldCode.empty() ? "" : " (" + change.oldCode + ")") + ": " +
                               change.change + ", now " + change.newName + " (" + target + "), " + change.year +
                               (change.approval.empty() ? "" : ", " + change.approval);
    mTiers[1][change.oldName].push_back({unitCode, ResolveRule::Crosswalk, detail});
    if (const std::string shortKey = place_names::shortName(change.oldName); !shortKey.empty()) {
      mTiers[5][shortKey].push_back({unitCode, ResolveRule::Crosswalk, detail});
    }
  }
  for (const auto& [code, unit] : mUnits) mUnitNamesByLength.push_back(unit.name);
  std::stable_sort(mUnitNamesByLength.begin(), mUnitNamesByLength.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

}  // namespace cb
