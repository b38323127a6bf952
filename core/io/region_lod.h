// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/region_layer.h"

namespace cb {

/// Fills region.lods (one outline per kLodToleranceMetres; each level is simplified from the
/// previous one with Douglas–Peucker, Boost.Geometry) and region.labelPoint (GEOS PointOnSurface:
/// inside the polygon, unlike a centroid). The geometry must be in China Albers metres.
/// Simplified outlines are for drawing only: rings that collapse are dropped, and neighbours may
/// part by up to the tolerance, which stays under a pixel at the scale each level is drawn at.
void buildLevelsOfDetail(Region& region);

/// Number of regions whose geometry GEOS finds invalid.
std::size_t countInvalidGeometries(const RegionLayer& layer);

}  // namespace cb
