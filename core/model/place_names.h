// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

/// How Chinese administrative names shorten. GB/T 2260 names end in a type suffix (市, 地区,
/// 自治州, 盟, 县, 区, 旗 …); autonomous units also carry the names of their peoples before the
/// suffix (德宏傣族景颇族自治州). Everyday usage drops both: 深圳, 德宏, 锡林郭勒, 乐清.
namespace cb::place_names {

/// The name without its type suffix and, for autonomous units, without the peoples' names:
/// 深圳市 → 深圳, 德宏傣族景颇族自治州 → 德宏, 大兴安岭地区 → 大兴安岭, 白沙黎族自治县 → 白沙,
/// 内蒙古自治区 → 内蒙古, 广西壮族自治区 → 广西. Returns an empty string when less than two
/// characters would remain (和县, 寿县), because one-character keys would match too much.
std::string shortName(std::string_view fullName);

/// True when the name ends in 自治州 (so "德宏州" is a usual variant of its short name).
bool isAutonomousPrefecture(std::string_view fullName);

}  // namespace cb::place_names
