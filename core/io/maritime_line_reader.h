// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/geometry/geometry.h"

namespace cb {

/// The dashed maritime boundary line of the South China Sea (九段线 / 十段线) as a base map ships
/// it: a line layer of its own. It is drawn only from the user's data, never made up.
struct MaritimeLines {
  std::string source;     ///< the file or folder the layer was found in
  std::string layerName;  ///< as the source names it (九段线, nine_line, …)
  std::vector<std::vector<Point2>> lines;  ///< China Albers metres
};

/// Whether a layer name suggests the South China Sea line: 九段线, 十段线, 南海, nine_line,
/// nine-dash, ninedash, ten_dash, tenline, scs_line (case-insensitive for Latin letters).
bool isSouthChinaSeaLineName(const std::string& layerName);

/// Looks for a line layer with such a name in `boundarySource` (a GeoPackage or any multi-layer
/// source) and, for a single-file source such as a Shapefile, in the other files of its folder.
/// The lines are reprojected to China Albers (a layer without a CRS is taken as WGS 84).
/// std::nullopt when there is none; never throws for an unreadable source.
std::optional<MaritimeLines> findSouthChinaSeaLine(const std::string& boundarySource);

}  // namespace cb
