// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/geometry_repair.h"

#include <cmath>
#include <cstdio>
#include <memory>

#include "core/io/ogr_convert.h"

namespace cb::ogr {

MultiPolygon validPolygons(const OGRGeometry& geometry, std::optional<Repair>& repair) {
  repair.reset();
  if (geometry.IsValid()) return toMultiPolygon(geometry);

  const std::unique_ptr<OGRGeometry> fixed(geometry.MakeValid());
  if (!fixed) {
    repair = Repair{"invalid geometry that GEOS could not make valid: dropped"};
    return {};
  }
  MultiPolygon result = toMultiPolygon(*fixed);
  // Area in the geometry's own units: the relative change is what a reader wants to judge.
  const double before = area(toMultiPolygon(geometry));
  const double after = area(result);
  char text[160];
  std::snprintf(text, sizeof text,
                "invalid geometry made valid (GEOS MakeValid): %zu polygon part(s), area %+.4f %%",
                result.size(), before > 0.0 ? (after - before) / before * 100.0 : 0.0);
  repair = Repair{text};
  return result;
}

}  // namespace cb::ogr
