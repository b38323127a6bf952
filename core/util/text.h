// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Small UTF-8 helpers shared by the readers, the gazetteer and the taxonomy. Chinese
/// place and industry names are compared as UTF-8 byte strings, so these only need to find
/// character boundaries, never to decode to code points for comparison.
namespace cb::text {

/// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view bytes);

/// Number of code points in a valid UTF-8 string.
std::size_t codepointCount(std::string_view utf8);

/// `utf8` without a leading byte-order mark.
std::string_view stripBom(std::string_view utf8);

/// Removes ASCII white space, the ideographic space U+3000 and NO-BREAK SPACE at both ends.
std::string trim(std::string_view utf8);

/// A key for matching free text: trimmed, every inner white space removed, full-width ASCII forms
/// (Ａ-Ｚ, ０-９, （）) folded to ASCII and ASCII letters lower-cased.
std::string foldKey(std::string_view utf8);

/// Splits on a single-byte separator, trimming each part and dropping empty parts.
std::vector<std::string> split(std::string_view text, char separator);

/// True when `text` ends with `suffix` (bytes).
bool endsWith(std::string_view text, std::string_view suffix);
bool startsWith(std::string_view text, std::string_view prefix);

/// True when every byte is an ASCII digit and there is at least one.
bool isDigits(std::string_view text);

/// ASCII letters lower-cased, every other byte kept (file extensions, column and driver names).
std::string asciiLower(std::string_view text);

/// The lower-cased extension of a path with its dot (".csv"), or empty.
std::string lowerExtension(const std::filesystem::path& path);

/// The number a table cell holds: decimal or scientific notation after trimming (as trim()), with
/// an optional leading '+'; nothing for an empty cell, NaN, infinity or any other text (no partial parse, no
/// locale). The one parser of numbers read as text in core and the CLI.
std::optional<double> parseNumber(std::string_view text);

/// parseNumber() for whole numbers: nothing when the number has a fraction or does not fit an int.
std::optional<int> parseInteger(std::string_view text);

/// A number for a table or report, locale-independent, with up to `precision` significant
/// digits; empty for NaN and infinities (an empty cell, never "nan").
std::string formatNumber(double value, int precision = 10);

/// Converts GBK (code page 936) bytes to UTF-8 through GDAL's CPLRecode.
std::string gbkToUtf8(std::string_view bytes);

}  // namespace cb::text
