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

/// The scales decodeRing accepts: from whole degrees to 1e-7 degree (about a centimetre). Outside
/// them a file is not an ECharts map; a tiny or negative scale once sent coordinates of 1e300
/// degrees to GEOS, which then never returned.
inline constexpr double kMinScale = 1.0;
inline constexpr double kMaxScale = 1e7;

/// Whether `scale` is a finite number within [kMinScale, kMaxScale].
bool isUsableScale(double scale);

/// Decoded points must lie within these bounds (degrees); a point outside them is a DecodeError,
/// so that no absurd coordinate reaches the geometry engine. Longitude is allowed one turn either
/// way because some maps cross the antimeridian.
inline constexpr double kMaxAbsLongitude = 360.0;
inline constexpr double kMaxAbsLatitude = 90.0;

/// Decodes one ring of ECharts' quantised "UTF8Encoding" map format (echarts 4, map/json/*.json).
///
/// The string holds pairs of UTF-16 code units (JSON text, here UTF-8). Each unit minus 64 is a
/// zig-zag encoded delta; the running sum starts at `offsetX`, `offsetY` (the feature's
/// encodeOffsets) and, divided by `scale`, gives longitude and latitude in degrees (x = lon).
/// The returned ring is not closed: ECharts does not repeat the first point.
/// Throws DecodeError for invalid UTF-8, an odd number of code units, an unusable scale, offsets
/// or points outside the bounds above; the work is linear in the length of the string.
std::vector<Point2> decodeRing(std::string_view utf8, long offsetX, long offsetY,
                               double scale = kDefaultScale);

/// The inverse, for tests and fixtures: encodes lon/lat degrees (quantised to 1/scale) as ECharts
/// does, returning the UTF-8 string and the offsets in the two out-parameters.
std::string encodeRing(const std::vector<Point2>& lonLat, long& offsetX, long& offsetY,
                       double scale = kDefaultScale);

}  // namespace cb::echarts
