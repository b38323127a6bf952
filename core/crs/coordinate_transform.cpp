// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crs/coordinate_transform.h"

#include <proj.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

#include "core/crs/crs.h"

namespace cb {

CoordinateTransform::CoordinateTransform(std::string_view sourceCrs, std::string_view targetCrs)
    : mSource(sourceCrs), mTarget(targetCrs) {
  mContext = proj_context_create();
  PJ* raw = proj_create_crs_to_crs(mContext, mSource.c_str(), mTarget.c_str(), nullptr);
  if (raw == nullptr) {
    const std::string reason = proj_context_errno_string(mContext, proj_context_errno(mContext));
    proj_context_destroy(mContext);
    mContext = nullptr;
    throw std::runtime_error("cannot transform from '" + mSource + "' to '" + mTarget +
                             "': " + reason);
  }
  // EPSG:4326 is latitude-first by definition; normalise so x is always longitude.
  mTransform = proj_normalize_for_visualization(mContext, raw);
  proj_destroy(raw);
  if (mTransform == nullptr) {
    proj_context_destroy(mContext);
    mContext = nullptr;
    throw std::runtime_error("cannot normalise the axis order of '" + mSource + "' → '" + mTarget +
                             "'");
  }
}

CoordinateTransform::~CoordinateTransform() { reset(); }

CoordinateTransform::CoordinateTransform(CoordinateTransform&& other) noexcept
    : mContext(std::exchange(other.mContext, nullptr)),
      mTransform(std::exchange(other.mTransform, nullptr)),
      mSource(std::move(other.mSource)),
      mTarget(std::move(other.mTarget)) {}

CoordinateTransform& CoordinateTransform::operator=(CoordinateTransform&& other) noexcept {
  if (this != &other) {
    reset();
    mContext = std::exchange(other.mContext, nullptr);
    mTransform = std::exchange(other.mTransform, nullptr);
    mSource = std::move(other.mSource);
    mTarget = std::move(other.mTarget);
  }
  return *this;
}

void CoordinateTransform::reset() noexcept {
  if (mTransform != nullptr) proj_destroy(mTransform);
  if (mContext != nullptr) proj_context_destroy(mContext);
  mTransform = nullptr;
  mContext = nullptr;
}

CoordinateTransform CoordinateTransform::wgs84ToChinaAlbers() {
  return CoordinateTransform(crs::kWgs84, crs::kChinaAlbers);
}

CoordinateTransform CoordinateTransform::chinaAlbersToWgs84() {
  return CoordinateTransform(crs::kChinaAlbers, crs::kWgs84);
}

namespace {
Point2 transformOne(PJ* transform, const Point2& p, PJ_DIRECTION direction) {
  PJ_COORD in = proj_coord(p.x, p.y, 0.0, 0.0);
  PJ_COORD out = proj_trans(transform, direction, in);
  if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y) || out.xy.x == HUGE_VAL) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    return {inf, inf};
  }
  return {out.xy.x, out.xy.y};
}
}  // namespace

Point2 CoordinateTransform::forward(const Point2& p) const {
  return transformOne(mTransform, p, PJ_FWD);
}

Point2 CoordinateTransform::inverse(const Point2& p) const {
  return transformOne(mTransform, p, PJ_INV);
}

std::size_t CoordinateTransform::forwardInPlace(std::span<Point2> points) const {
  if (points.empty()) return 0;
  // Point2 is two packed doubles: hand PROJ the x and y arrays with a stride of sizeof(Point2).
  proj_trans_generic(mTransform, PJ_FWD, &points[0].x, sizeof(Point2), points.size(),
                     &points[0].y, sizeof(Point2), points.size(), nullptr, 0, 0, nullptr, 0, 0);
  std::size_t failed = 0;
  for (Point2& p : points) {
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
      p = {std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
      ++failed;
    }
  }
  return failed;
}

}  // namespace cb
