// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scene/view_transform.h"

#include <algorithm>

namespace cb {

ViewTransform::ViewTransform(Point2 center, double metresPerPixel, double widthPx, double heightPx)
    : mCenter(center), mMetresPerPixel(metresPerPixel), mWidth(widthPx), mHeight(heightPx) {}

ViewTransform ViewTransform::fitting(const Box2& extent, double widthPx, double heightPx,
                                     double marginPx) {
  const double usableW = std::max(1.0, widthPx - 2.0 * marginPx);
  const double usableH = std::max(1.0, heightPx - 2.0 * marginPx);
  const double scale = extent.isEmpty()
                           ? 1.0
                           : std::max({extent.width() / usableW, extent.height() / usableH, 1e-9});
  return {extent.isEmpty() ? Point2{} : extent.center(), scale, widthPx, heightPx};
}

Point2 ViewTransform::toDevice(const Point2& world) const {
  return {(world.x - mCenter.x) / mMetresPerPixel + mWidth / 2.0,
          mHeight / 2.0 - (world.y - mCenter.y) / mMetresPerPixel};
}

Point2 ViewTransform::toWorld(const Point2& device) const {
  return {mCenter.x + (device.x - mWidth / 2.0) * mMetresPerPixel,
          mCenter.y - (device.y - mHeight / 2.0) * mMetresPerPixel};
}

Box2 ViewTransform::visibleExtent() const {
  Box2 box;
  box.expand(toWorld({0.0, 0.0}));
  box.expand(toWorld({mWidth, mHeight}));
  return box;
}

ViewTransform ViewTransform::zoomedAt(const Point2& devicePoint, double factor) const {
  const Point2 anchor = toWorld(devicePoint);
  ViewTransform zoomed = *this;
  zoomed.mMetresPerPixel = mMetresPerPixel / factor;
  // Keep `anchor` under `devicePoint`: solve toWorld(devicePoint) == anchor for the centre.
  zoomed.mCenter = {anchor.x - (devicePoint.x - mWidth / 2.0) * zoomed.mMetresPerPixel,
                    anchor.y + (devicePoint.y - mHeight / 2.0) * zoomed.mMetresPerPixel};
  return zoomed;
}

ViewTransform ViewTransform::pannedBy(double dxPx, double dyPx) const {
  ViewTransform panned = *this;
  panned.mCenter = {mCenter.x - dxPx * mMetresPerPixel, mCenter.y + dyPx * mMetresPerPixel};
  return panned;
}

ViewTransform ViewTransform::resized(double widthPx, double heightPx) const {
  ViewTransform result = *this;
  result.mWidth = widthPx;
  result.mHeight = heightPx;
  return result;
}

}  // namespace cb
