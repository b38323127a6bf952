// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <bitset>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model/load_report.h"

namespace cb {

/// Enough for any reasonable taxonomy; a larger one is refused with an Error when it is loaded.
inline constexpr std::size_t kMaxIndustryGroups = 256;
/// A set of industry groups, by their index in Taxonomy::groups().
using GroupSet = std::bitset<kMaxIndustryGroups>;

/// One industry group of data/taxonomy/industry_groups.csv.
struct IndustryGroup {
  std::string id;       ///< ic_components, apparel …
  std::string nameZh;   ///< 集成电路、电子元器件与光电子
  std::string nameEn;
  std::string sei2018;  ///< the 战略性新兴产业分类(2018) category it draws on, if any
  std::string gbt4754;  ///< the GB/T 4754-2017 divisions or groups it draws on
};

/// What a free-text industry was classified as.
struct Classification {
  GroupSet groups;
  std::vector<std::string> keywords;  ///< the keywords that matched, in the order of the text
  [[nodiscard]] bool placed() const { return groups.any(); }
};

/// An industry taxonomy read from data: groups, keyword rules and a similarity relation.
///
/// Keywords are matched leftmost-longest on the folded text (white space removed, full-width
/// ASCII folded, ASCII lower-cased): at each position the longest keyword that starts there wins
/// and matching resumes after it, so 新能源汽车 counts as itself and not also as 新能源. The text
/// gets the union of the groups of every keyword found.
class Taxonomy {
 public:
  /// `path` is a folder holding industry_groups.csv, industry_keywords.csv and similar_groups.csv,
  /// or a keywords file whose folder holds the other two. Returns nothing (with Errors) when a
  /// file is missing or unreadable; bad rows are reported as warnings and skipped.
  static std::optional<Taxonomy> load(const std::filesystem::path& path, LoadReport& report);
  /// load() of the bundled data/taxonomy folder.
  static std::optional<Taxonomy> loadBundled(LoadReport& report);

  [[nodiscard]] Classification classify(std::string_view text) const;

  [[nodiscard]] const std::vector<IndustryGroup>& groups() const { return mGroups; }
  /// Index of a group id, or -1.
  [[nodiscard]] int groupIndex(const std::string& id) const;
  /// Groups declared similar to `group` (never including itself).
  [[nodiscard]] const GroupSet& similarTo(std::size_t group) const { return mSimilar[group]; }
  /// The union of similarTo() over every group in `groups`.
  [[nodiscard]] GroupSet similarClosure(const GroupSet& groups) const;
  /// The ids of the groups in the set, in taxonomy order.
  [[nodiscard]] std::vector<std::string> ids(const GroupSet& groups) const;
  [[nodiscard]] std::size_t keywordCount() const { return mKeywords.size(); }

 private:
  std::vector<IndustryGroup> mGroups;
  std::unordered_map<std::string, int> mGroupIndex;
  std::unordered_map<std::string, GroupSet> mKeywords;  ///< folded keyword -> groups
  std::size_t mLongestKeyword = 0;                      ///< in bytes
  std::vector<GroupSet> mSimilar;
};

}  // namespace cb
