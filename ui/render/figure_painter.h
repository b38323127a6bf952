// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPainterPath>
#include <QRectF>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

#include "core/analysis/analysis.h"
#include "core/analysis/significance.h"
#include "core/io/maritime_line_reader.h"
#include "core/scene/figure_spec.h"
#include "core/scene/layer_stack.h"
#include "core/scene/view_transform.h"
#include "ui/render/path_cache.h"

class QPainter;

namespace cb::render {

/// What a figure is drawn from. `paths` must be built from the boundaries of `analysis` (when
/// there is an analysis); without an analysis the figure shows the base map only.
struct FigureData {
  std::shared_ptr<const Analysis> analysis;
  std::shared_ptr<const PathCache> paths;
  /// The South China Sea line of the user's base map (findSouthChinaSeaLine()); none: a warning.
  std::optional<MaritimeLines> southChinaSeaLine;
  /// The tests run on `analysis` (bootstrap regions, local CLQ), or none.
  std::shared_ptr<const Significance> significance = nullptr;
};

/// The parts of a figure in painting order. The SVG export writes each as a group whose id is
/// figureLayerId().
enum class FigureLayer {
  Background, Map, Highlight, MaritimeLine, Graticule, Frame, GraticuleLabels,
  InsetMap, Inset, ScaleBar, NorthArrow, Legend, Title, Note
};
/// "background", "map", "highlight", "maritime-line", "graticule", "frame",
/// "graticule-labels", "inset-map", "inset", "scale-bar", "north-arrow", "legend", "title", "note".
QString figureLayerId(FigureLayer layer);

/// Where everything goes, page millimetres (origin at the top-left corner of the page, y down).
struct FigureLayout {
  QSizeF page;          ///< the page, mm (the spec's height, or the one the map's aspect gives)
  QRectF map;           ///< the main map frame
  QRectF title, note;   ///< empty when there is no title / note
  QRectF inset;         ///< the South China Sea inset frame; empty when off
  Box2 extent;          ///< China Albers metres shown in `map`
  double metresPerMm = 0.0;       ///< main map scale: Albers metres per page mm
  Box2 insetExtent;               ///< China Albers metres shown in `inset`
  double insetMetresPerMm = 0.0;  ///< inset scale: Albers metres per page mm
};

/// One entry of the legend.
struct FigureLegendItem {
  enum class Symbol { Heading, Fill, Line, Ellipse, Circle, Diamond };
  Symbol symbol = Symbol::Fill;
  QColor color;        ///< fill, or line colour
  QColor outline;      ///< Fill: its outline
  Qt::PenStyle style = Qt::SolidLine;
  double lineWidthMm = 0.3;
  QString label;
};

/// Switches for deterministic output in tests.
struct FigureOptions {
  bool antialiasing = true;
  bool text = true;  ///< false: no text at all (golden images do not depend on fonts)
};

/// Composes a figure for a paper on any QPainter: the map in its frame, graticule with degree
/// labels, the South China Sea islands inset with its own frame and scale bar, a scale bar in
/// round kilometres true at the map centre, a north arrow to true north at the map centre, the
/// legend, title and note. Every size comes from the spec in pt or mm and is converted with the
/// target's resolution, so a 300 dpi PNG and a PDF look alike.
/// The thematic layers of a figure: the spec's layer stack (its layersJson; the study's defaults
/// when empty), with sizes in mm (screen pixels taken at 96 dpi), the spec's line widths for
/// prefectures, provinces and ellipses, its ellipse switch and groups, and no legend of the map's
/// own (the figure draws one beside the map). Problems reading layersJson go to `warnings`.
LayerStack figureLayerStack(const FigureSpec& spec, QStringList* warnings = nullptr);

/// The colour of a highlighted city's outline (darkened) in the figure and its legend.
QColor figureHighlightColor();

/// The round length in km (1, 2 or 5 × 10ⁿ) of a scale bar at most `maxBarMm` long on paper, for
/// a map of `mpm` Albers metres per mm whose scale factor along the parallel is `scaleFactor`.
double scaleBarKm(double mpm, double scaleFactor, double maxBarMm);

class FigurePainter {
  Q_DECLARE_TR_FUNCTIONS(FigurePainter)

 public:
  FigurePainter(FigureSpec spec, FigureData data, FigureOptions options = {});

  [[nodiscard]] const FigureSpec& spec() const { return mSpec; }
  [[nodiscard]] const FigureLayout& layout() const { return mLayout; }
  /// Page size in mm (the layout's page).
  [[nodiscard]] QSizeF pageSizeMm() const { return mLayout.page; }
  /// What the figure lacks or could not show (no South China Sea line in the base map, an
  /// unknown highlighted city or ellipse group), for the user to read before submitting.
  [[nodiscard]] const QStringList& warnings() const { return mWarnings; }
  /// The legend's entries, top to bottom.
  [[nodiscard]] const std::vector<FigureLegendItem>& legendItems() const { return mLegend; }
  /// The thematic layers drawn in the map frame, with print sizes (figureLayerStack()).
  [[nodiscard]] const LayerStack& layerStack() const { return mLayers; }
  /// The layers with something to draw, in painting order.
  [[nodiscard]] std::vector<FigureLayer> layers() const;

  /// Paints the whole page. The painter's coordinates must be device units of a device with
  /// `dpi` units per inch whose origin is the top-left corner of the page (a QImage, a
  /// QPdfWriter or a QSvgGenerator of that resolution): mm × dpi / 25.4.
  void paint(QPainter& painter, double dpi) const;
  /// Paints one layer only (the SVG export groups them this way).
  void paintLayer(QPainter& painter, double dpi, FigureLayer layer) const;
  /// The area a layer is clipped to, device units at `dpi` (the map frame for the map and its
  /// overlays, the inset frame for the inset's map); empty: not clipped. paintLayer() applies it;
  /// the SVG export writes it as a clipPath, which QSvgGenerator does not.
  [[nodiscard]] QPainterPath layerClip(FigureLayer layer, double dpi) const;

 /// Internal: device conversion and text drawing of one paint (figure_context.h).
  struct Context;

 private:
  void computeLayout(double legendBandMm);
  /// Whether a rectangle of the main frame (page mm) would hide land of the main map.
  [[nodiscard]] bool coversLand(const QRectF& rectMm) const;
  void paintMapLayer(const Context& c) const;
  void paintHighlight(const Context& c) const;
  void paintMaritimeLine(const Context& c, const QRectF& frame, const Box2& extent, double mpm) const;
  void paintGraticule(const Context& c, bool labels) const;
  void paintFrame(const Context& c) const;
  void paintInsetMap(const Context& c) const;
  void paintInset(const Context& c) const;
  void paintIslands(const Context& c) const;
  void paintScaleBar(const Context& c, const QRectF& rectMm, double mpm, double scaleFactor, double km,
                     bool compact) const;
  void paintNorthArrow(const Context& c) const;
  void paintLegend(const Context& c) const;
  void paintTitle(const Context& c) const;
  void paintNote(const Context& c) const;
  void buildLegend();
  [[nodiscard]] QSizeF legendSizeMm(int columns) const;
  [[nodiscard]] QSizeF scaleBarSizeMm(double mpm, double scaleFactor, double km) const;

  FigureSpec mSpec;
  FigureData mData;
  FigureOptions mOptions;
  FigureLayout mLayout;
  QStringList mWarnings;
  std::vector<FigureLegendItem> mLegend;
  LayerStack mLayers;
  QRectF mLegendRect;     // mm, inside the map frame or under it
  int mLegendColumns = 1;
  double mBottomBand = 0.0;  // mm under the frame for the graticule's labels
  QRectF mScaleBarRect;   // mm
  QRectF mNorthArrowRect; // mm
  double mConvergenceDeg = 0.0;   // grid bearing of true north at the map centre
  double mScaleFactor = 1.0;      // Albers scale along the parallel at the map centre
  double mInsetScaleFactor = 1.0;
  double mScaleBarKm = 0.0;       // length of the main scale bar
};

}  // namespace cb::render
