// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one description of a figure for a paper: page, map extent, furniture and text. Qt-free, so
// the export dialog, the CLI and the project file share it; saved as JSON (figure-spec files).

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry/geometry.h"

namespace cb {

/// A printed length: a value and its unit, points (1/72 inch) or millimetres. Written in JSON as
/// "0.5pt" or "0.3mm".
struct PrintLength {
  enum class Unit { Pt, Mm };
  double value = 0.0;
  Unit unit = Unit::Pt;

  static PrintLength pt(double v) { return {v, Unit::Pt}; }
  static PrintLength mm(double v) { return {v, Unit::Mm}; }
  [[nodiscard]] double toMm() const { return unit == Unit::Mm ? value : value * 25.4 / 72.0; }
  [[nodiscard]] double toPt() const { return unit == Unit::Pt ? value : value * 72.0 / 25.4; }
  /// "0.5pt", "0.3mm".
  [[nodiscard]] std::string text() const;
  /// Parses "0.5pt" or "0.3 mm" (a positive number and a unit); false for anything else.
  static bool parse(std::string_view text, PrintLength& out);

  friend bool operator==(const PrintLength&, const PrintLength&) = default;
};

/// Margins of the page around the figure, millimetres.
struct PageMargins {
  double top = 3.0, right = 3.0, bottom = 3.0, left = 3.0;
  friend bool operator==(const PageMargins&, const PageMargins&) = default;
};

/// A page size preset: the usual journal column widths and A4.
struct PagePreset {
  std::string_view name;  ///< "single-column", "double-column", "a4-portrait", "a4-landscape"
  double widthMm;
  double heightMm;        ///< 0: the height follows the map's aspect ratio
};
/// Every preset: 83 mm and 170 mm columns (height from the map), A4 portrait and landscape.
const std::vector<PagePreset>& pagePresets();

/// Everything a figure shows and how. Lengths on paper are millimetres or PrintLength; map
/// coordinates are China Albers metres.
struct FigureSpec {
  // Page.
  double widthMm = 170.0;
  double heightMm = 0.0;  ///< 0: the map's aspect ratio decides (see the figure painter)
  double dpi = 300.0;     ///< raster resolution; also written into PNG files
  PageMargins margins;

  // Map.
  bool allChina = true;  ///< the whole country (without the South China Sea islands when the inset is on)
  Box2 extent;           ///< China Albers metres; used when allChina is false
  std::string highlightCity;  ///< a 2021 unit code, drawn outlined; empty: none
  bool ellipses = true;
  std::vector<std::string> ellipseGroups;  ///< empty: the study's default groups
  bool prefectureLabels = false;

  // Furniture.
  std::string title;  ///< empty: no title
  bool legend = true;
  bool scaleBar = true;
  bool northArrow = true;  ///< points to true north at the map centre
  bool graticule = true;
  double graticuleStepDeg = 0.0;  ///< 0: chosen from the extent (5° or 10° for China)
  bool graticuleLabels = true;
  bool southChinaSeaInset = true;
  /// The note under the map, e.g. the base map's approval number a journal requires.
  std::string note;

  // Type and lines.
  std::string fontFamily = "Noto Sans CJK SC";
  bool textAsPaths = false;  ///< SVG/PDF: text drawn as outlines instead of text
  PrintLength titleSize = PrintLength::pt(10.0);
  PrintLength labelSize = PrintLength::pt(7.0);   ///< legend, scale bar, graticule labels
  PrintLength noteSize = PrintLength::pt(6.5);
  PrintLength frameWidth = PrintLength::pt(0.6);
  PrintLength prefectureLineWidth = PrintLength::pt(0.2);
  PrintLength provinceLineWidth = PrintLength::pt(0.5);
  PrintLength graticuleLineWidth = PrintLength::pt(0.25);
  PrintLength ellipseLineWidth = PrintLength::pt(1.0);

  /// The thematic layers and their styles (a LayerStack as JSON text), kept as it is; empty: the
  /// study's default layers.
  std::string layersJson;

  /// Applies a preset by name; false when there is none of that name.
  bool applyPreset(std::string_view preset);

  /// Pretty-printed UTF-8 JSON (see docs in the .cpp for the keys).
  [[nodiscard]] std::string toJson() const;
  /// Reads toJson() back. Keys that are missing keep their defaults. Throws FigureSpecError naming
  /// `source` and the key for unknown keys, values of the wrong type and values out of range.
  static FigureSpec fromJson(std::string_view json, const std::string& source = "figure spec");

  /// File helpers over toJson()/fromJson(); errors name the file.
  void save(const std::filesystem::path& path) const;
  static FigureSpec load(const std::filesystem::path& path);

};

bool operator==(const FigureSpec& a, const FigureSpec& b);

/// A figure spec that cannot be used; the message names the file and the key.
struct FigureSpecError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// The approval-note sentence journals require for a standard base map, with the number to fill
/// in: "注：该图基于自然资源部标准地图服务网站下载的审图号为GS(20xx)xxxx号的标准地图制作，底图无修改。"
std::string standardMapNote(std::string_view approvalNumber = "GS(20xx)xxxx");

}  // namespace cb
