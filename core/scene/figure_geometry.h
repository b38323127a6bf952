// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Cartographic computations behind the furniture of a figure (graticule, scale bar, north arrow,
// extents of the main map and of the South China Sea inset), in China Albers metres. Qt-free.

#include <vector>

#include "core/geometry/geometry.h"

namespace cb {

class BoundaryMap;
class CoordinateTransform;

/// A lon/lat range, WGS 84 degrees.
struct LonLatRange {
  double lonMin = 0.0, lonMax = 0.0, latMin = 0.0, latMax = 0.0;
};

/// The region of the South China Sea islands inset: 105.5–124.5°E, 2.5–24°N (Hainan and Taiwan's
/// south, 东沙 to 曾母暗沙 and 黄岩岛, and the sea east of them where the dashed line runs and the
/// inset's name and scale bar go).
inline constexpr LonLatRange kSouthChinaSeaRange{105.5, 124.5, 2.5, 24.0};

/// Parts south of this latitude belong to the South China Sea islands: the main map leaves them
/// to the inset (Hainan's southern tip, 18.2°N, stays on the main map as the rules require).
inline constexpr double kMainMapSouthLimitDeg = 17.5;

/// A polyline, China Albers metres.
using Polyline = std::vector<Point2>;

/// A meridian (value = longitude) or parallel (value = latitude), projected.
struct GraticuleLine {
  bool meridian = true;
  double valueDeg = 0.0;
  Polyline points;  ///< China Albers metres, dense enough to show the curvature of parallels
};

/// The lon/lat range an Albers box covers, found by inverse-projecting points along its edges
/// and inside it (parallels bulge, so the corners alone are not enough).
LonLatRange lonLatRangeOf(const Box2& albers, const CoordinateTransform& albersToLonLat);

/// The Albers box that contains the whole lon/lat range (edges sampled every 0.5°).
Box2 albersBoxOf(const LonLatRange& range, const CoordinateTransform& lonLatToAlbers);

/// A round graticule step for a range: 1, 2, 5, 10, 15 or 20 degrees, giving about 4–8 lines.
double graticuleStepDeg(const LonLatRange& range);

/// Meridians and parallels at multiples of `stepDeg` over the range, each sampled every
/// stepDeg/40 and projected to China Albers.
std::vector<GraticuleLine> graticuleLines(const LonLatRange& range, double stepDeg,
                                          const CoordinateTransform& lonLatToAlbers);

/// The scale factor of China Albers along the parallel through `lonLat` (map length ÷ ground
/// length; 1 on the standard parallels 25°N and 47°N, below 1 between them). The scale bar of a
/// figure is true along the parallel at the map's centre.
double parallelScaleFactor(const CoordinateTransform& lonLatToAlbers, Point2 lonLat);

/// The largest round length (1, 2 or 5 × 10ⁿ) that does not exceed `maxLength` (> 0).
double roundLengthBelow(double maxLength);

/// The extent of a figure of all China, China Albers metres: every prefecture part, without the
/// parts wholly south of kMainMapSouthLimitDeg when `withoutSouthChinaSeaIslands`.
Box2 allChinaExtent(const BoundaryMap& boundaries, bool withoutSouthChinaSeaIslands,
                    const CoordinateTransform& albersToLonLat);

}  // namespace cb
