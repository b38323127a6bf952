// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/place_names.h"

#include <array>

#include "core/util/text.h"

namespace cb::place_names {

namespace {

// Type suffixes, longest first so that 自治州 is removed before 州 could be considered (州 alone is
// never removed: 广州, 杭州 end in it).
constexpr std::array<std::string_view, 16> kSuffixes = {
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区",
    "新区",       "矿区",   "省",     "市",     "盟",     "县",   "区",   "旗"};

// The 55 minority peoples as they appear in the names of autonomous units. One-character names
// are only removed together with 族 (大理白族自治州 → 大理); longer ones also without it
// (博尔塔拉蒙古自治州 → 博尔塔拉, 伊犁哈萨克自治州 → 伊犁).
constexpr std::array<std::string_view, 55> kPeoples = {
    "蒙古", "回",   "藏",   "维吾尔", "苗",     "彝",     "壮",   "布依", "朝鲜", "满",   "侗",
    "瑶",   "白",   "土家", "哈尼",   "哈萨克", "傣",     "黎",   "傈僳", "佤",   "畲",   "高山",
    "拉祜", "水",   "东乡", "纳西",   "景颇",   "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗",
    "撒拉", "毛南", "仡佬", "锡伯",   "阿昌",   "普米",   "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克",
    "德昂", "保安", "裕固", "京",     "塔塔尔", "独龙",   "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"};

// Removes one trailing people's name (with or without 族); false when none was found.
bool stripPeople(std::string& name) {
  for (const std::string_view people : kPeoples) {
    const std::string withZu = std::string(people) + "族";
    if (text::endsWith(name, withZu) && name.size() > withZu.size()) {
      name.resize(name.size() - withZu.size());
      return true;
    }
    if (text::codepointCount(people) >= 2 && text::endsWith(name, people) && name.size() > people.size()) {
      name.resize(name.size() - people.size());
      return true;
    }
  }
  return false;
}

}  // namespace

std::string shortName(std::string_view fullName) {
  std::string name = text::trim(fullName);
  for (const std::string_view suffix : kSuffixes) {
    if (text::endsWith(name, suffix) && name.size() > suffix.size()) {
      name.resize(name.size() - suffix.size());
      // Autonomous units and the two autonomous regions named after a people (广西壮族, 宁夏回族,
      // 新疆维吾尔) lose the peoples' names too, as long as something is left.
      if (suffix.substr(0, 6) == "自治") {
        std::string stripped = name;
        while (stripPeople(stripped)) {
          if (text::codepointCount(stripped) >= 2) name = stripped;
        }
      }
      break;
    }
  }
  return text::codepointCount(name) >= 2 ? name : std::string();
}

bool isAutonomousPrefecture(std::string_view fullName) { return text::endsWith(fullName, "自治州"); }

}  // namespace cb::place_names
