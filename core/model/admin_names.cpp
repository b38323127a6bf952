// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/admin_names.h"

#include <algorithm>
#include <array>
#include <utility>

namespace cb {
namespace {

// The 34 provincial units of GB/T 2260.
constexpr std::array<std::pair<std::string_view, std::string_view>, 34> kProvinces = {{
    {"11", "北京市"}, {"12", "天津市"}, {"13", "河北省"}, {"14", "山西省"},
    {"15", "内蒙古自治区"}, {"21", "辽宁省"}, {"22", "吉林省"}, {"23", "黑龙江省"},
    {"31", "上海市"}, {"32", "江苏省"}, {"33", "浙江省"}, {"34", "安徽省"},
    {"35", "福建省"}, {"36", "江西省"}, {"37", "山东省"}, {"41", "河南省"},
    {"42", "湖北省"}, {"43", "湖南省"}, {"44", "广东省"}, {"45", "广西壮族自治区"},
    {"46", "海南省"}, {"50", "重庆市"}, {"51", "四川省"}, {"52", "贵州省"},
    {"53", "云南省"}, {"54", "西藏自治区"}, {"61", "陕西省"}, {"62", "甘肃省"},
    {"63", "青海省"}, {"64", "宁夏回族自治区"}, {"65", "新疆维吾尔自治区"}, {"71", "台湾省"},
    {"81", "香港特别行政区"}, {"82", "澳门特别行政区"},
}};

// The 55 minority nationalities, as they appear inside the names of autonomous units.
constexpr std::array<std::string_view, 55> kNationalities = {
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
    "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
    "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
    "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
    "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"};

constexpr std::size_t kUtf8CjkBytes = 3;  // every CJK character of these names is 3 bytes in UTF-8

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Strips trailing nationality names (苗族侗族, 蒙古, 哈萨克) from an autonomous unit's stem.
std::string_view stripNationalities(std::string_view stem) {
  bool stripped = true;
  while (stripped) {
    stripped = false;
    std::string_view best;
    for (std::string_view nationality : kNationalities) {
      const std::string withZu = std::string(nationality) + "族";
      std::string_view candidate;
      if (endsWith(stem, withZu)) {
        candidate = stem.substr(stem.size() - withZu.size());
      } else if (nationality.size() >= 2 * kUtf8CjkBytes && endsWith(stem, nationality)) {
        candidate = stem.substr(stem.size() - nationality.size());  // 伊犁哈萨克, 博尔塔拉蒙古
      }
      if (candidate.size() > best.size()) best = candidate;
    }
    if (!best.empty() && stem.size() - best.size() >= 2 * kUtf8CjkBytes) {
      stem.remove_suffix(best.size());
      stripped = true;
    }
  }
  return stem;
}

}  // namespace

std::string provinceFullName(std::string_view code) {
  if (code.size() < 2) return {};
  const std::string_view prefix = code.substr(0, 2);
  const auto it = std::find_if(kProvinces.begin(), kProvinces.end(),
                               [prefix](const auto& p) { return p.first == prefix; });
  return it == kProvinces.end() ? std::string() : std::string(it->second);
}

std::string shortAdminName(std::string_view fullName) {
  // Longest suffixes first: 自治州 before 州, 特别行政区 before 区.
  static constexpr std::array<std::string_view, 11> kSuffixes = {
      "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "省", "市", "盟", "县"};
  std::string_view stem = fullName;
  for (std::string_view suffix : kSuffixes) {
    if (endsWith(stem, suffix) && stem.size() - suffix.size() >= 2 * kUtf8CjkBytes) {
      stem.remove_suffix(suffix.size());
      if (suffix.starts_with("自治")) stem = stripNationalities(stem);
      break;
    }
  }
  return std::string(stem);
}

std::string prefectureLevel(std::string_view code) {
  if (code.size() != 6) return "prefecture";
  const std::string_view province = code.substr(0, 2);
  if (province == "11" || province == "12" || province == "31" || province == "50") {
    return "municipality";
  }
  if (province == "81" || province == "82") return "SAR";
  if (province == "71") return "Taiwan";
  if (code.substr(2, 2) == "90") return "county-level";
  return "prefecture";
}

}  // namespace cb
