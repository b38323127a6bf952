// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ogr_geometry.h>

#include <memory>

#include "core/geometry/geometry.h"

namespace cb::ogr {

/// The polygons of an OGR geometry (Polygon, MultiPolygon, or the polygonal parts of a
/// GeometryCollection such as MakeValid returns); lines and points are ignored. Coordinates are
/// copied as they are (same CRS and unit); rings are closed.
MultiPolygon toMultiPolygon(const OGRGeometry& geometry);

/// An OGRMultiPolygon with the same coordinates.
std::unique_ptr<OGRMultiPolygon> toOgr(const MultiPolygon& geometry);

/// Closes a ring in place by repeating its first point when needed.
void closeRing(Ring& ring);

}  // namespace cb::ogr
