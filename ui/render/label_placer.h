// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <vector>

namespace cb::render {

/// Greedy label placement: a label is placed when its box (device pixels, with a small gap)
/// overlaps no label placed before it and lies inside the page. Callers offer labels in priority
/// order. Linear in the number of placed labels per call, which is fine for a few hundred.
class LabelPlacer {
 public:
  explicit LabelPlacer(QRectF page, double gapPx = 2.0) : mPage(page), mGap(gapPx) {}

  /// Places the label and returns true when it fits.
  bool tryPlace(const QRectF& box);

 private:
  QRectF mPage;
  double mGap;
  std::vector<QRectF> mPlaced;
};

}  // namespace cb::render
