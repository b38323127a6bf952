// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace cb::render {

/// How the base map looks on screen. Widths are device-independent pixels (cosmetic pens);
/// sizes of figures for print are given in pt/mm by the figure description instead.
struct MapStyle {
  QColor background{0xFF, 0xFF, 0xFF};
  QColor prefectureFill{0xF2, 0xEF, 0xE9};
  QColor prefectureOutline{0xA0, 0xA0, 0xA0};
  double prefectureOutlineWidth = 0.6;
  QColor provinceOutline{0x50, 0x50, 0x50};
  double provinceOutlineWidth = 1.3;
  bool showLabels = true;
  /// Labels appear when the view is finer than this many metres per pixel (about a province
  /// filling the screen), so that the whole-country view stays legible.
  double labelMaxMetresPerPixel = 1600.0;
  QString labelFontFamily = QStringLiteral("Noto Sans CJK SC");
  double labelPointSize = 8.0;
  QColor labelColor{0x30, 0x30, 0x30};
  QColor labelHalo{0xFF, 0xFF, 0xFF, 0xC0};
  bool antialiasing = true;
  /// Lines for the screen: outlines wider than a pixel are drawn as shifted hairlines, fast
  /// enough to re-render while browsing (see region_painter.cpp). Off for figures, which need
  /// exact line widths.
  bool screenLines = false;
};

}  // namespace cb::render
