// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/scene/figure_spec.h"
#include "ui/render/figure_exporter.h"

namespace cb::ui {

/// The figure-export choices a user expects to find again next time (format, page, DPI,
/// furniture switches, note, folder), kept in QSettings under "figureExport/". Only values that
/// differ from the defaults are written, so a later change of a default reaches users who never
/// touched that setting. The title, the extent box and the layers belong to one figure and are
/// not remembered.
struct FigureSettings {
  render::FigureFormat format = render::FigureFormat::Png;
  /// A preset name of pagePresets(), or "custom" for widthMm × heightMm.
  QString preset = QStringLiteral("double-column");
  double widthMm = 170.0;  ///< page width, mm
  double heightMm = 0.0;   ///< page height, mm; 0: from the map's aspect ratio
  double dpi = 300.0;      ///< PNG resolution, dots per inch
  bool legend = true;
  bool scaleBar = true;
  bool northArrow = true;
  bool graticule = true;
  bool southChinaSeaInset = true;
  bool ellipses = true;
  bool textAsPaths = false;   ///< SVG/PDF only
  bool currentView = false;   ///< the map's current view instead of all of China
  bool highlightCity = true;  ///< outline the current city of the selection, when there is one
  QString note;
  /// The approval number the standard-map note was last written with, e.g. "GS(2019)1822".
  QString approvalNumber;
  /// The folder of the last export or spec file; empty: none yet.
  QString folder;

  /// The remembered settings (defaults for whatever was never written).
  static FigureSettings load();
  /// Writes the settings that differ from the defaults and removes the others.
  void save() const;

  /// Copies the page and furniture choices into a spec (not the extent, title, city or layers).
  void applyTo(FigureSpec& spec) const;
  /// Takes the page and furniture choices from a spec; the preset is the one whose size the spec
  /// has, else "custom".
  void takeFrom(const FigureSpec& spec);

  /// The file suffix of the format: "png", "svg" or "pdf".
  [[nodiscard]] static QString suffix(render::FigureFormat format);

  friend bool operator==(const FigureSettings&, const FigureSettings&) = default;
};

/// The preset name of pagePresets() whose size is widthMm × heightMm (mm), or "custom".
QString presetOfSize(double widthMm, double heightMm);

}  // namespace cb::ui
