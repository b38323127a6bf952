// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/region_lod.h"

#include <ogr_api.h>

#include <memory>

#include "core/io/ogr_convert.h"

namespace cb {

bool buildLevelsOfDetail(Region& region) {
  const std::unique_ptr<OGRMultiPolygon> full = ogr::toOgr(region.geometry);
  const bool valid = full->IsValid();

  // The C API reaches GEOS PointOnSurface for every geometry type; the C++ member of
  // OGRMultiPolygon falls back to a point that may lie in a hole or between islands.
  OGRGeometryH inside = OGR_G_PointOnSurface(OGRGeometry::ToHandle(full.get()));
  if (inside != nullptr && !OGR_G_IsEmpty(inside)) {
    region.labelPoint = {OGR_G_GetX(inside, 0), OGR_G_GetY(inside, 0)};
  } else {
    region.labelPoint = region.bounds.center();
  }
  OGR_G_DestroyGeometry(inside);

  region.lods.clear();
  region.lods.push_back(region.geometry);
  for (std::size_t i = 1; i < kLodToleranceMetres.size(); ++i) {
    const std::unique_ptr<OGRGeometry> simplified(full->SimplifyPreserveTopology(kLodToleranceMetres[i]));
    MultiPolygon lod = simplified ? ogr::toMultiPolygon(*simplified) : MultiPolygon{};
    // A part too small for this tolerance vanishes; keep the finer level rather than nothing.
    region.lods.push_back(lod.empty() ? region.lods.back() : std::move(lod));
  }
  return valid;
}

}  // namespace cb
