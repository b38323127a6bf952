// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/region_layer.h"

namespace cb {

/// Fills region.lods (one outline per kLodToleranceMetres, simplified with GEOS's topology-
/// preserving Douglas–Peucker) and region.labelPoint (GEOS PointOnSurface: inside the polygon, unlike
/// a centroid). The geometry must be in China Albers metres. Returns false when the projected
/// geometry is not valid (the caller reports it); the outputs are filled either way.
bool buildLevelsOfDetail(Region& region);

}  // namespace cb
