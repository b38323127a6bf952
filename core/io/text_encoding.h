// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace cb::text {

/// True when the bytes are well-formed UTF-8.
bool isValidUtf8(std::string_view bytes);

/// Recodes GBK (Windows code page 936, a superset of GB2312) to UTF-8 through GDAL's CPLRecode
/// (iconv). Bytes that are not GBK come back as replacement characters.
std::string gbkToUtf8(std::string_view bytes);

/// Removes a leading UTF-8 byte-order mark.
std::string_view stripBom(std::string_view text);

/// Trims ASCII and ideographic (U+3000) spaces at both ends.
std::string trim(std::string_view text);

}  // namespace cb::text
