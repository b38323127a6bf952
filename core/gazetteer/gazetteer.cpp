// SPDX-License-Identifier: GPL-3.0-or-later
// Resolving names and codes; loading lives in gazetteer_loader.cpp.
#include "core/gazetteer/gazetteer.h"

#include <set>

#include "core/model/place_names.h"
#include "core/util/text.h"

namespace cb {

const char* ruleName(ResolveRule rule) {
  switch (rule) {
    case ResolveRule::None: return "none";
    case ResolveRule::Code: return "code";
    case ResolveRule::Name: return "name";
    case ResolveRule::ShortName: return "short name";
    case ResolveRule::SuffixVariant: return "suffix variant";
    case ResolveRule::Municipality: return "municipality";
    case ResolveRule::DirectCounty: return "province-administered county";
    case ResolveRule::County: return "county";
    case ResolveRule::District: return "district";
    case ResolveRule::Crosswalk: return "crosswalk";
  }
  return "none";
}

const char* statusName(ResolveStatus status) {
  switch (status) {
    case ResolveStatus::Resolved: return "resolved";
    case ResolveStatus::Ambiguous: return "ambiguous";
    case ResolveStatus::Unresolved: return "unresolved";
  }
  return "unresolved";
}

const PrefectureUnit* Gazetteer::unit(const std::string& code) const {
  const auto it = mUnits.find(code);
  return it == mUnits.end() ? nullptr : &it->second;
}

std::vector<const PrefectureUnit*> Gazetteer::units() const {
  std::vector<const PrefectureUnit*> out;
  out.reserve(mUnits.size());
  for (const auto& [code, unit] : mUnits) out.push_back(&unit);
  return out;
}

std::string Gazetteer::provinceCode(const std::string& province) const {
  const std::string key = text::foldKey(province);
  if (key.empty()) return {};
  if (text::isDigits(key)) {
    const std::string code = key.size() == 2 ? key + "0000" : key.size() == 6 ? key.substr(0, 2) + "0000" : "";
    return mProvinces.count(code) != 0 ? code : std::string();
  }
  if (const auto it = mProvinceKeys.find(key); it != mProvinceKeys.end()) return it->second;
  if (const auto it = mProvinceKeys.find(place_names::shortName(key)); it != mProvinceKeys.end()) return it->second;
  return {};
}

Resolution Gazetteer::resolved(const std::string& unitCode, ResolveRule rule, std::string detail) const {
  Resolution r;
  const PrefectureUnit& u = mUnits.at(unitCode);
  r.status = ResolveStatus::Resolved;
  r.rule = rule;
  r.code = u.code;
  r.name = u.name;
  r.provinceCode = u.provinceCode;
  r.province = u.province;
  r.detail = std::move(detail);
  return r;
}

Resolution Gazetteer::fromCandidates(const std::vector<Candidate>& candidates, const std::string& place) const {
  std::set<std::string> codes;
  for (const Candidate& c : candidates) codes.insert(c.unitCode);
  if (codes.size() == 1) return resolved(candidates.front().unitCode, candidates.front().rule, candidates.front().detail);
  Resolution r;
  r.status = ResolveStatus::Ambiguous;
  r.detail = "'" + place + "' names places in " + std::to_string(codes.size()) +
             " prefecture-level units; give the province to choose";
  for (const std::string& code : codes) {
    const PrefectureUnit& u = mUnits.at(code);
    r.candidates.push_back(u.code + " " + u.name + " (" + u.province + ")");
  }
  return r;
}

std::optional<Resolution> Gazetteer::lookupName(const std::string& name, const std::string& provinceCode) const {
  const std::string shortKey = place_names::shortName(name);
  for (std::size_t tier = 0; tier < mTiers.size(); ++tier) {
    // Steps 4–6 also try the name without its suffix (德宏州 → 德宏, 乐清县 → 乐清, 莱芜市 → 莱芜).
    std::vector<std::string> keys = {name};
    if (tier >= 4 && !shortKey.empty() && shortKey != name) keys.push_back(shortKey);
    std::vector<Candidate> found;
    for (const std::string& key : keys) {
      const auto it = mTiers[tier].find(key);
      if (it == mTiers[tier].end()) continue;
      for (const Candidate& c : it->second) {
        if (provinceCode.empty() || mUnits.at(c.unitCode).provinceCode == provinceCode) found.push_back(c);
      }
      if (!found.empty()) break;
    }
    if (!found.empty()) return fromCandidates(found, name);
  }
  return std::nullopt;
}

Resolution Gazetteer::resolveCode(const std::string& input) const {
  const std::string code = text::foldKey(input);
  Resolution r;
  if (code.size() == 2) {
    if (mUnits.count(code + "0000") != 0) return resolved(code + "0000", ResolveRule::Municipality, {});
    r.detail = "'" + input + "' is a province code, not a prefecture";
    return r;
  }
  if (code.size() == 4) {
    if (mUnits.count(code + "00") != 0) return resolved(code + "00", ResolveRule::Code, {});
    if (mUnits.count(code.substr(0, 2) + "0000") != 0 && mUnits.at(code.substr(0, 2) + "0000").kind ==
                                                           PrefectureUnit::Kind::Municipality) {
      return resolved(code.substr(0, 2) + "0000", ResolveRule::Municipality, {});
    }
    r.detail = "'" + input + "' is not a prefecture code in the code table";
    return r;
  }
  if (code.size() != 6) {
    r.detail = "'" + input + "' is not a 6-digit code";
    return r;
  }
  if (const PrefectureUnit* u = unit(code)) {
    return resolved(code, u->kind == PrefectureUnit::Kind::Prefecture ? ResolveRule::Code
                          : u->kind == PrefectureUnit::Kind::Municipality ? ResolveRule::Municipality
                                                                          : ResolveRule::DirectCounty, {});
  }
  if (code.substr(2) == "0000") {
    r.detail = "'" + input + "' is a province code, not a prefecture";
    return r;
  }
  if (const auto county = mCounties.find(code); county != mCounties.end()) {
    const PrefectureUnit& u = mUnits.at(county->second.unitCode);
    const ResolveRule rule = u.kind == PrefectureUnit::Kind::Municipality ? ResolveRule::Municipality : ResolveRule::County;
    return resolved(u.code, rule, county->second.name + " (" + code + ") is in " + u.name);
  }
  // Old codes: the crosswalk row for this code, then the row for its old prefecture (522422 大方县
  // of 毕节地区 522400 → 520500).
  for (const std::string& old : {code, code.substr(0, 4) + "00"}) {
    const auto change = mChangeByOldCode.find(old);
    if (change == mChangeByOldCode.end()) continue;
    const CodeChange& c = mChanges[change->second];
    if (c.newCodes.size() == 1) {
      const std::string& target = c.newCodes.front();
      const std::string unitCode = mUnits.count(target) != 0 ? target : mCounties.at(target).unitCode;
      return resolved(unitCode, ResolveRule::Crosswalk,
                      c.oldName + " (" + c.oldCode + "): " + c.change + ", now " + c.newName + " (" + target + "), " +
                          c.year + (c.approval.empty() ? "" : ", " + c.approval));
    }
    r.status = ResolveStatus::Ambiguous;
    r.detail = c.oldName + " (" + c.oldCode + ") was " + c.change + " in " + c.year + " among several units";
    for (const std::string& target : c.newCodes) {
      const PrefectureUnit& u = mUnits.at(mUnits.count(target) != 0 ? target : mCounties.at(target).unitCode);
      r.candidates.push_back(u.code + " " + u.name + " (" + u.province + ")");
    }
    return r;
  }
  if (const std::string prefix = code.substr(0, 4) + "00"; mUnits.count(prefix) != 0) {
    return resolved(prefix, ResolveRule::Code,
                    "county code " + code + " is not in the code table; its first four digits name " +
                        mUnits.at(prefix).name);
  }
  r.detail = "'" + input + "' is not in the code table or the 2011–2021 crosswalk";
  return r;
}

Resolution Gazetteer::resolve(const std::string& place, const std::string& province) const {
  const std::string name = text::foldKey(place);
  if (name.empty()) {
    Resolution r;
    r.detail = "no place given";
    return r;
  }
  if (text::isDigits(name)) return resolveCode(name);

  std::string provinceHint = provinceCode(province);
  std::string note;
  if (!text::trim(province).empty() && provinceHint.empty()) note = "province '" + province + "' not recognised, ignored";

  std::optional<Resolution> found = lookupName(name, provinceHint);
  // 广东省深圳市, 浙江省温州市乐清市: peel a leading province, then a leading prefecture.
  if (!found) {
    for (const auto& [key, code] : mProvinceKeys) {
      if (text::codepointCount(key) >= 2 && text::startsWith(name, key) && name.size() > key.size() &&
          (provinceHint.empty() || provinceHint == code)) {
        const std::string rest = name.substr(key.size());
        found = lookupName(rest, code);
        if (!found) {
          for (const std::string& unitName : mUnitNamesByLength) {
            if (text::startsWith(rest, unitName)) {
              found = lookupName(unitName, code);
              break;
            }
          }
        }
        if (found) break;
      }
    }
  }
  if (!found) {
    for (const std::string& unitName : mUnitNamesByLength) {
      if (text::startsWith(name, unitName) && name.size() > unitName.size()) {
        found = lookupName(unitName, provinceHint);
        if (found) found->detail = "read from the leading " + unitName;
        break;
      }
    }
  }
  if (!found) {
    Resolution r;
    r.detail = "'" + place + "' is not a prefecture, county or district name" +
               (provinceHint.empty() ? std::string() : " in " + mProvinces.at(provinceHint));
    found = r;
  } else if (found->resolved() && found->detail.empty() && found->rule != ResolveRule::Name &&
             found->rule != ResolveRule::Code) {
    found->detail = "'" + place + "' → " + found->name;
  }
  if (!note.empty()) found->detail += (found->detail.empty() ? "" : "; ") + note;
  return *found;
}

}  // namespace cb
