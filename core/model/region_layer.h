// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/geometry/geometry.h"

namespace cb {

/// Level of detail of a region's outline. Tolerances are in China Albers metres and spaced about
/// 4× apart, so that the renderer can pick the coarsest one still under a pixel.
inline constexpr std::array<double, 4> kLodToleranceMetres = {0.0, 250.0, 1000.0, 4000.0};

/// A polygon feature of a boundary file: a prefecture, a province or anything a user loads.
struct Region {
  std::string code;        ///< GB/T 2260 code, 6 digits when known; may be empty for foreign files.
  std::string name;        ///< full name, UTF-8 (深圳市)
  std::string shortName;   ///< short name, UTF-8 (深圳); equals name when unknown
  std::string province;    ///< full province name when known
  std::string provinceCode;
  std::string level;       ///< prefecture, municipality, SAR, county-level, Taiwan, province …
  MultiPolygon geometry;   ///< China Albers metres
  Box2 bounds;             ///< of geometry, China Albers metres
  Point2 labelPoint;       ///< a point inside the polygon (GEOS PointOnSurface), Albers metres
  /// Simplified outlines, index i at tolerance kLodToleranceMetres[i]; lods[0] is the geometry.
  std::vector<MultiPolygon> lods;
};

/// A layer of regions in China Albers metres, with lookup by code.
class RegionLayer {
 public:
  RegionLayer() = default;
  RegionLayer(std::string name, std::vector<Region> regions);

  [[nodiscard]] const std::string& name() const { return mName; }
  [[nodiscard]] const std::vector<Region>& regions() const { return mRegions; }
  [[nodiscard]] std::size_t size() const { return mRegions.size(); }
  [[nodiscard]] bool empty() const { return mRegions.empty(); }
  [[nodiscard]] const Box2& extent() const { return mExtent; }
  /// Index of the region with this code; the first one when codes repeat.
  [[nodiscard]] std::optional<std::size_t> indexOfCode(const std::string& code) const;

 private:
  std::string mName;
  std::vector<Region> mRegions;
  Box2 mExtent;
  std::unordered_map<std::string, std::size_t> mIndexByCode;
};

}  // namespace cb
