// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace cb {

/// Full name of a provincial unit from the first two digits of its GB/T 2260 code ("44" → 广东省);
/// empty when the code is not one of the 34.
std::string provinceFullName(std::string_view code);

/// Short form of an administrative name, as people write it: 深圳市 → 深圳, 阿克苏地区 → 阿克苏,
/// 锡林郭勒盟 → 锡林郭勒, 延边朝鲜族自治州 → 延边, 伊犁哈萨克自治州 → 伊犁, 神农架林区 → 神农架,
/// 香港特别行政区 → 香港, 广西壮族自治区 → 广西. A name that would become a single character is kept.
std::string shortAdminName(std::string_view fullName);

/// Level of a prefecture-level unit from its code: "municipality", "SAR", "Taiwan",
/// "county-level" (directly administered by the province: the code's digits 3–4 are 90),
/// or "prefecture".
std::string prefectureLevel(std::string_view code);

}  // namespace cb
