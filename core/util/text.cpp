// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/text.h"

#include <cmath>
#include <locale>
#include <sstream>

#include <charconv>
#include <cmath>
#include <limits>

#include <cpl_conv.h>
#include <cpl_string.h>

namespace cb::text {

bool isValidUtf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (p < end) {
    const unsigned char c = *p;
    std::size_t length = 0;
    unsigned int minimum = 0;
    unsigned int value = 0;
    if (c < 0x80) {
      ++p;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      length = 2;
      minimum = 0x80;
      value = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
      length = 3;
      minimum = 0x800;
      value = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
      length = 4;
      minimum = 0x10000;
      value = c & 0x07u;
    } else {
      return false;
    }
    if (static_cast<std::size_t>(end - p) < length) return false;
    for (std::size_t i = 1; i < length; ++i) {
      if ((p[i] & 0xC0) != 0x80) return false;
      value = (value << 6) | (p[i] & 0x3Fu);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return false;
    p += length;
  }
  return true;
}

std::size_t codepointCount(std::string_view utf8) {
  std::size_t count = 0;
  for (const char c : utf8) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::string_view stripBom(std::string_view utf8) {
  if (utf8.size() >= 3 && utf8.substr(0, 3) == "\xEF\xBB\xBF") utf8.remove_prefix(3);
  return utf8;
}

namespace {

// Length of the white space at `text`'s start (0 when none): ASCII space, tab, CR, LF,
// U+3000 (E3 80 80) and U+00A0 (C2 A0).
std::size_t leadingSpace(std::string_view text) {
  if (text.empty()) return 0;
  const char c = text.front();
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') return 1;
  if (text.substr(0, 3) == "\xE3\x80\x80") return 3;
  if (text.substr(0, 2) == "\xC2\xA0") return 2;
  return 0;
}

std::size_t trailingSpace(std::string_view text) {
  if (text.empty()) return 0;
  const char c = text.back();
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') return 1;
  if (text.size() >= 3 && text.substr(text.size() - 3) == "\xE3\x80\x80") return 3;
  if (text.size() >= 2 && text.substr(text.size() - 2) == "\xC2\xA0") return 2;
  return 0;
}

}  // namespace

std::string trim(std::string_view utf8) {
  for (std::size_t n = leadingSpace(utf8); n != 0; n = leadingSpace(utf8)) utf8.remove_prefix(n);
  for (std::size_t n = trailingSpace(utf8); n != 0; n = trailingSpace(utf8)) utf8.remove_suffix(n);
  return std::string(utf8);
}

std::string foldKey(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  std::size_t i = 0;
  while (i < utf8.size()) {
    const std::string_view rest = utf8.substr(i);
    if (const std::size_t space = leadingSpace(rest); space != 0) {
      i += space;
      continue;
    }
    // Full-width forms U+FF01..U+FF5E are EF BC 81..EF BD 9E and map to ASCII 0x21..0x7E.
    if (rest.size() >= 3 && static_cast<unsigned char>(rest[0]) == 0xEF &&
        (static_cast<unsigned char>(rest[1]) == 0xBC || static_cast<unsigned char>(rest[1]) == 0xBD)) {
      const unsigned int codepoint = 0xF000u | ((static_cast<unsigned char>(rest[1]) & 0x3Fu) << 6) |
                                     (static_cast<unsigned char>(rest[2]) & 0x3Fu);
      if (codepoint >= 0xFF01 && codepoint <= 0xFF5E) {
        char ascii = static_cast<char>(codepoint - 0xFF01 + 0x21);
        if (ascii >= 'A' && ascii <= 'Z') ascii = static_cast<char>(ascii - 'A' + 'a');
        out.push_back(ascii);
        i += 3;
        continue;
      }
    }
    char c = rest[0];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out.push_back(c);
    ++i;
  }
  return out;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find(separator, start);
    const std::string part = trim(text.substr(start, end == std::string_view::npos ? text.npos : end - start));
    if (!part.empty()) parts.push_back(part);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool startsWith(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && text.substr(0, prefix.size()) == prefix;
}

bool isDigits(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string gbkToUtf8(std::string_view bytes) {
  const std::string input(bytes);
  char* recoded = CPLRecode(input.c_str(), "CP936", CPL_ENC_UTF8);
  std::string out = recoded != nullptr ? recoded : "";
  CPLFree(recoded);
  return out;
}

std::string asciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string lowerExtension(const std::filesystem::path& path) { return asciiLower(path.extension().string()); }

std::optional<double> parseNumber(std::string_view textValue) {
  const std::string t = trim(textValue);
  std::string_view s = t;
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty()) return std::nullopt;
  double value = 0.0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  if (!std::isfinite(value)) return std::nullopt;  // "nan" and "inf" are no coordinate, year or weight
  return value;
}

std::optional<int> parseInteger(std::string_view textValue) {
  const std::optional<double> value = parseNumber(textValue);
  if (!value || *value != std::floor(*value) || *value < std::numeric_limits<int>::min() ||
      *value > std::numeric_limits<int>::max()) {
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

std::string formatNumber(double value, int precision) {
  if (!std::isfinite(value)) return {};
  std::ostringstream out;
  out.imbue(std::locale::classic());
  out.precision(precision);
  out << value;
  return out.str();
}

}  // namespace cb::text
