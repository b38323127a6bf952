// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/geometry/geometry.h"

typedef struct pj_ctx PJ_CONTEXT;
typedef struct PJconsts PJ;

namespace cb {

/// A PROJ transformation between two CRSs, with the traditional GIS axis order on both sides
/// (longitude before latitude, easting before northing), whatever the CRS definitions say.
///
/// Move-only: it owns its PJ and its own PJ_CONTEXT, so one object may be used by one thread at a
/// time and different objects by different threads. Transform at load time, keep plain doubles after.
class CoordinateTransform {
 public:
  /// Builds source → target. Either side is anything PROJ accepts: "EPSG:4326", a PROJ string, WKT.
  /// Throws std::runtime_error naming both CRSs when PROJ cannot build the transformation.
  CoordinateTransform(std::string_view sourceCrs, std::string_view targetCrs);
  ~CoordinateTransform();
  CoordinateTransform(CoordinateTransform&& other) noexcept;
  CoordinateTransform& operator=(CoordinateTransform&& other) noexcept;
  CoordinateTransform(const CoordinateTransform&) = delete;
  CoordinateTransform& operator=(const CoordinateTransform&) = delete;

  /// lon/lat degrees (WGS 84) → China Albers metres.
  static CoordinateTransform wgs84ToChinaAlbers();
  /// China Albers metres → lon/lat degrees (WGS 84).
  static CoordinateTransform chinaAlbersToWgs84();

  /// One point forward. Returns {inf, inf} where PROJ cannot transform it.
  [[nodiscard]] Point2 forward(const Point2& p) const;
  /// One point backward (target → source).
  [[nodiscard]] Point2 inverse(const Point2& p) const;
  /// Transforms the points in place, forward. Returns the number of points PROJ failed on
  /// (they are set to infinity).
  std::size_t forwardInPlace(std::span<Point2> points) const;

  [[nodiscard]] const std::string& source() const { return mSource; }
  [[nodiscard]] const std::string& target() const { return mTarget; }

 private:
  void reset() noexcept;

  PJ_CONTEXT* mContext = nullptr;
  PJ* mTransform = nullptr;
  std::string mSource;
  std::string mTarget;
};

}  // namespace cb
