// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace cb::crs {

/// Geographic WGS 84. With CoordinateTransform the axis order is always x = longitude, y = latitude.
inline constexpr std::string_view kWgs84 = "EPSG:4326";

/// China Albers equal-area conic, the computation and display CRS of ClusterBelt: standard parallels
/// 25°N and 47°N, central meridian 105°E, WGS 84 ellipsoid, metres. Areas, distances and ellipses are
/// computed here, never on degrees.
inline constexpr std::string_view kChinaAlbers =
    "+proj=aea +lat_0=0 +lon_0=105 +lat_1=25 +lat_2=47 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs";

}  // namespace cb::crs
