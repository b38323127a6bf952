// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry/geometry.h"

namespace cb {

/// The map's world ↔ device affine: world coordinates are China Albers metres (y up), device
/// coordinates are pixels of the target (y down, origin at the top-left corner).
///
/// A value type with no Qt: the render library turns it into a QTransform.
class ViewTransform {
 public:
  ViewTransform() = default;
  /// `center` in world metres, `metresPerPixel` > 0, size in device pixels.
  ViewTransform(Point2 center, double metresPerPixel, double widthPx, double heightPx);

  /// The view that shows `extent` (world metres) whole, centred, in a device of this size, with a
  /// margin in pixels on every side.
  static ViewTransform fitting(const Box2& extent, double widthPx, double heightPx,
                               double marginPx = 10.0);

  [[nodiscard]] Point2 toDevice(const Point2& world) const;
  [[nodiscard]] Point2 toWorld(const Point2& device) const;
  /// The world box the device shows.
  [[nodiscard]] Box2 visibleExtent() const;

  /// Zooms by `factor` (> 1 zooms in) keeping the world point under `devicePoint` fixed.
  [[nodiscard]] ViewTransform zoomedAt(const Point2& devicePoint, double factor) const;
  /// Moves the content by (dx, dy) device pixels, as a mouse drag does.
  [[nodiscard]] ViewTransform pannedBy(double dxPx, double dyPx) const;
  /// Same view on a device of another size (the centre and scale stay).
  [[nodiscard]] ViewTransform resized(double widthPx, double heightPx) const;

  [[nodiscard]] Point2 center() const { return mCenter; }
  [[nodiscard]] double metresPerPixel() const { return mMetresPerPixel; }
  [[nodiscard]] double width() const { return mWidth; }
  [[nodiscard]] double height() const { return mHeight; }
  [[nodiscard]] bool isValid() const { return mMetresPerPixel > 0.0 && mWidth > 0.0 && mHeight > 0.0; }

  friend bool operator==(const ViewTransform&, const ViewTransform&) = default;

 private:
  Point2 mCenter;
  double mMetresPerPixel = 0.0;
  double mWidth = 0.0;
  double mHeight = 0.0;
};

}  // namespace cb
