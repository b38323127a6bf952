// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ogr_geometry.h>

#include <optional>
#include <string>

#include "core/geometry/geometry.h"

namespace cb::ogr {

/// What a repair did, for the load report.
struct Repair {
  std::string description;  ///< e.g. "invalid geometry made valid (GEOS MakeValid); area −0.01 %"
};

/// Coordinates beyond this magnitude are no place on Earth in any CRS (the equator is 4e7 m long).
inline constexpr double kMaxAbsCoordinate = 1e9;

/// Vertices of one feature beyond which it is not drawn (README.md, "Resource limits"): a polygon
/// of 10,000,000 vertices loads in about 1.3 GiB; twice that is the most a feature may have.
inline constexpr long long kMaxFeatureVertices = 20'000'000;

/// The number of vertices of a geometry (every ring, part and member).
long long vertexCount(const OGRGeometry& geometry);

/// Whether every coordinate of the geometry is finite and within ±kMaxAbsCoordinate. Checked before
/// any GEOS call: GEOS may take unbounded time on coordinates of 1e300 or NaN.
bool hasUsableCoordinates(const OGRGeometry& geometry);

/// Makes a polygonal geometry valid with GEOS (through OGR's MakeValid) and returns its polygons.
/// `repair` is set when anything had to change. An empty result means nothing polygonal was left.
MultiPolygon validPolygons(const OGRGeometry& geometry, std::optional<Repair>& repair);

}  // namespace cb::ogr
