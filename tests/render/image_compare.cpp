// SPDX-License-Identifier: GPL-3.0-or-later
#include "image_compare.h"

#include <QDir>
#include <algorithm>
#include <cstdlib>

namespace cb::test {

ImageDifference compareImages(const QImage& actual, const QImage& expected, int channelTolerance) {
  ImageDifference result;
  const QImage a = actual.convertToFormat(QImage::Format_ARGB32);
  const QImage e = expected.convertToFormat(QImage::Format_ARGB32);
  result.sameSize = a.size() == e.size();
  if (!result.sameSize) return result;
  for (int y = 0; y < a.height(); ++y) {
    const auto* rowA = reinterpret_cast<const QRgb*>(a.constScanLine(y));
    const auto* rowE = reinterpret_cast<const QRgb*>(e.constScanLine(y));
    for (int x = 0; x < a.width(); ++x) {
      const int delta = std::max({std::abs(qRed(rowA[x]) - qRed(rowE[x])), std::abs(qGreen(rowA[x]) - qGreen(rowE[x])),
                                  std::abs(qBlue(rowA[x]) - qBlue(rowE[x])), std::abs(qAlpha(rowA[x]) - qAlpha(rowE[x]))});
      result.maxChannelDelta = std::max(result.maxChannelDelta, delta);
      if (delta > channelTolerance) ++result.differingPixels;
    }
  }
  return result;
}

QString checkAgainstGolden(const QImage& actual, const QString& name, int channelTolerance,
                           long long allowedPixels) {
  const QString goldenPath = QStringLiteral(CB_GOLDEN_DIR "/") + name;
  const QString outputDir = QStringLiteral(CB_TEST_OUTPUT_DIR);
  const QImage expected(goldenPath);
  if (expected.isNull()) {
    actual.save(outputDir + QLatin1Char('/') + name);
    return QStringLiteral("no golden image %1; the rendered image was written to %2/%3")
        .arg(goldenPath, outputDir, name);
  }
  const ImageDifference diff = compareImages(actual, expected, channelTolerance);
  if (diff.sameSize && diff.differingPixels <= allowedPixels) return {};
  actual.save(outputDir + QLatin1Char('/') + name);
  QImage marked = expected.convertToFormat(QImage::Format_ARGB32);
  if (diff.sameSize) {
    const QImage a = actual.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < a.height(); ++y) {
      for (int x = 0; x < a.width(); ++x) {
        if (compareImages(a.copy(x, y, 1, 1), marked.copy(x, y, 1, 1), channelTolerance).differingPixels > 0) {
          marked.setPixel(x, y, qRgb(255, 0, 0));
        }
      }
    }
  }
  marked.save(outputDir + QLatin1Char('/') + name + QStringLiteral(".diff.png"));
  return QStringLiteral("%1: %2 pixels differ (allowed %3), largest channel difference %4%5")
      .arg(name)
      .arg(diff.differingPixels)
      .arg(allowedPixels)
      .arg(diff.maxChannelDelta)
      .arg(diff.sameSize ? QString() : QStringLiteral(", sizes differ"));
}

}  // namespace cb::test
