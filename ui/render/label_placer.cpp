// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/label_placer.h"

#include <algorithm>

namespace cb::render {

bool LabelPlacer::tryPlace(const QRectF& box) {
  if (!mPage.contains(box)) return false;
  const QRectF padded = box.adjusted(-mGap, -mGap, mGap, mGap);
  const bool overlaps = std::any_of(mPlaced.begin(), mPlaced.end(),
                                    [&](const QRectF& placed) { return placed.intersects(padded); });
  if (overlaps) return false;
  mPlaced.push_back(box);
  return true;
}

}  // namespace cb::render
