// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace cb::test {

/// Result of a fuzzy image comparison.
struct ImageDifference {
  bool sameSize = false;
  long long differingPixels = 0;  ///< pixels where a channel differs by more than the tolerance
  int maxChannelDelta = 0;
};

/// Compares two images channel by channel; a pixel differs when any channel differs by more
/// than `channelTolerance` (0–255). Control images as QGIS and Mapper use them.
ImageDifference compareImages(const QImage& actual, const QImage& expected, int channelTolerance);

/// Compares `actual` with the golden PNG `name` in tests/golden. When the golden file is missing
/// or differs, writes `name` (actual) and `name`.diff.png to the test output folder for review.
/// Returns an empty string on success, otherwise a message.
QString checkAgainstGolden(const QImage& actual, const QString& name, int channelTolerance,
                           long long allowedPixels);

}  // namespace cb::test
