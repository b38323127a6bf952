// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string_view>
#include <vector>

#include "core/geometry/geometry.h"

namespace cb::echarts {

/// Thrown for a coordinate string that is not valid ECharts "UTF8Encoding".
struct DecodeError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// ECharts' default quantisation: coordinates are stored in 1/1024 degree.
inline constexpr double kDefaultScale = 1024.0;

/// Decodes one ring of ECharts' quantised "UTF8Encoding" map format (echarts 4, map/json/*.json).
///
/// The string holds pairs of UTF-16 code units (JSON text, here UTF-8). Each unit minus 64 is a
/// zig-zag encoded delta; the running sum starts at `offsetX`, `offsetY` (the feature's
/// encodeOffsets) and, divided by `scale`, gives longitude and latitude in degrees (x = lon).
/// The returned ring is not closed: ECharts does not repeat the first point.
std::vector<Point2> decodeRing(std::string_view utf8, long offsetX, long offsetY,
                               double scale = kDefaultScale);

/// The inverse, for tests and fixtures: encodes lon/lat degrees (quantised to 1/scale) as ECharts
/// does, returning the UTF-8 string and the offsets in the two out-parameters.
std::string encodeRing(const std::vector<Point2>& lonLat, long& offsetX, long& offsetY,
                       double scale = kDefaultScale);

}  // namespace cb::echarts
