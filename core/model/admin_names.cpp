// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/admin_names.h"

#include "core/model/place_names.h"

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

}  // namespace

std::string provinceFullName(std::string_view code) {
  if (code.size() < 2) return {};
  const std::string_view prefix = code.substr(0, 2);
  const auto it = std::find_if(kProvinces.begin(), kProvinces.end(),
                               [prefix](const auto& p) { return p.first == prefix; });
  return it == kProvinces.end() ? std::string() : std::string(it->second);
}

std::string shortAdminName(std::string_view fullName) {
  std::string shortName = place_names::shortName(fullName);
  return shortName.empty() ? std::string(fullName) : shortName;
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
