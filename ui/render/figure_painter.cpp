// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/figure_painter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <algorithm>
#include <cmath>

#include "core/crs/coordinate_transform.h"
#include "core/scene/figure_geometry.h"
#include "core/stats/sde_analysis.h"
#include "ui/render/figure_context.h"
#include "ui/render/layer_context.h"
#include "ui/render/map_renderer.h"

namespace cb::render {
namespace {

/// The frame shows the extent with this much room on each side, so outlines never touch it.
constexpr double kExtentPaddingFraction = 0.015;
/// Gap between the map frame and the inset's land, and of furniture from the frame, mm.
constexpr double kGapMm = 2.0;
/// The inset's scale, as a multiple of the main map's metres per mm: half the main scale when
/// there is room, 1/2.4 at the least (then the main map grows southwards instead).
constexpr double kInsetLargestScale = 2.0;
constexpr double kInsetSmallestScale = 2.4;
/// An inset narrower than this is illegible whatever the scale: small figures get a larger one.
constexpr double kInsetMinWidthMm = 26.0;

Box2 padded(const Box2& box, double fraction) {
  const double dx = box.width() * fraction, dy = box.height() * fraction;
  return {box.minX - dx, box.minY - dy, box.maxX + dx, box.maxY + dy};
}

/// A box of `widthMm` × `heightMm` at `mpm` metres per mm, centred on `center`.
Box2 boxAround(const Point2& center, double widthMm, double heightMm, double mpm) {
  const double hw = widthMm * mpm / 2.0, hh = heightMm * mpm / 2.0;
  return {center.x - hw, center.y - hh, center.x + hw, center.y + hh};
}

/// The lowest land (Albers y) east of `minX`, over the parts of the main map.
double lowestLandEastOf(const BoundaryMap& boundaries, double minX, double southLimitY) {
  double lowest = std::numeric_limits<double>::infinity();
  for (const Region& region : boundaries.prefectures().regions()) {
    if (region.bounds.maxX < minX) continue;
    const MultiPolygon& outline = region.lods.empty() ? region.geometry : region.lods.back();
    for (const Polygon& part : outline) {
      double partLowest = std::numeric_limits<double>::infinity(), partHighest = -partLowest;
      for (const Point2& p : part.outer) {
        partHighest = std::max(partHighest, p.y);
        if (p.x >= minX) partLowest = std::min(partLowest, p.y);
      }
      if (partHighest < southLimitY) continue;  // an island the inset shows
      lowest = std::min(lowest, partLowest);
    }
  }
  return lowest;
}

}  // namespace

QString figureLayerId(FigureLayer layer) {
  switch (layer) {
    case FigureLayer::Background: return QStringLiteral("background");
    case FigureLayer::Map: return QStringLiteral("map");
    case FigureLayer::Highlight: return QStringLiteral("highlight");
    case FigureLayer::MaritimeLine: return QStringLiteral("maritime-line");
    case FigureLayer::Graticule: return QStringLiteral("graticule");
    case FigureLayer::Frame: return QStringLiteral("frame");
    case FigureLayer::GraticuleLabels: return QStringLiteral("graticule-labels");
    case FigureLayer::InsetMap: return QStringLiteral("inset-map");
    case FigureLayer::Inset: return QStringLiteral("inset");
    case FigureLayer::ScaleBar: return QStringLiteral("scale-bar");
    case FigureLayer::NorthArrow: return QStringLiteral("north-arrow");
    case FigureLayer::Legend: return QStringLiteral("legend");
    case FigureLayer::Title: return QStringLiteral("title");
    case FigureLayer::Note: return QStringLiteral("note");
  }
  return {};
}

FigurePainter::FigurePainter(FigureSpec spec, FigureData data, FigureOptions options)
    : mSpec(std::move(spec)), mData(std::move(data)), mOptions(options) {
  if (!mData.paths && mData.analysis && mData.analysis->boundaries) {
    mData.paths = std::make_shared<const PathCache>(mData.analysis->boundaries);
  }
  if (!mData.paths) throw std::invalid_argument("a figure needs boundaries");
  mLayers = figureLayerStack(mSpec, &mWarnings);
  buildLegend();
  computeLayout(0.0);
  // The legend goes inside the frame, in the empty lower left of a map of all China, when it
  // fits beside the inset; otherwise (and on maps of a region, where it would hide data) in
  // columns under the frame.
  const bool hasLegend = mSpec.legend && !mLegend.empty();
  QSizeF legend = legendSizeMm(1);
  const double room = (mLayout.inset.isEmpty() ? mLayout.map.right() - mLayout.map.width() * 0.4 : mLayout.inset.left()) -
                      mLayout.map.left() - 2 * kGapMm;
  const QRectF insideRect(mLayout.map.left() + kGapMm, mLayout.map.bottom() - kGapMm - legend.height(), legend.width(),
                          legend.height());
  const bool inside = mSpec.allChina && legend.width() <= room && legend.height() <= mLayout.map.height() * 0.6 &&
                      !coversLand(insideRect.adjusted(0, -kGapMm, 0, 0));
  if (hasLegend && !inside) {
    const double column = legendSizeMm(1).width() - 2 * kLegendPaddingMm;
    mLegendColumns = std::clamp(static_cast<int>((mLayout.map.width() - 2 * kLegendPaddingMm + kLegendColumnGapMm) /
                                                 (column + kLegendColumnGapMm)), 1,
                                static_cast<int>(mLegend.size()));
    legend = legendSizeMm(mLegendColumns);
    computeLayout(legend.height() + kGapMm);
  }
  const QRectF& map = mLayout.map;
  if (!hasLegend) {
    mLegendRect = QRectF(map.left() + kGapMm, map.bottom() - kGapMm, 0, 0);
  } else if (inside) {
    mLegendRect = QRectF(map.left() + kGapMm, map.bottom() - kGapMm - legend.height(), legend.width(), legend.height());
  } else {
    mLegendRect = QRectF(map.left(), map.bottom() + mBottomBand + kGapMm, legend.width(), legend.height());
  }
  const double barBottom = inside ? mLegendRect.top() - kGapMm : map.bottom() - kGapMm;
  mScaleBarKm = scaleBarKm(mLayout.metresPerMm, mScaleFactor, std::min(35.0, map.width() * 0.25));
  const QSizeF bar = scaleBarSizeMm(mLayout.metresPerMm, mScaleFactor, mScaleBarKm);
  mScaleBarRect = QRectF(map.left() + kGapMm + 1.0, barBottom - bar.height(), bar.width(), bar.height());
  const double arrowHeight = mSpec.labelSize.toMm() * 4.2;
  mNorthArrowRect = QRectF(map.left() + kGapMm + 1.0, map.top() + kGapMm, arrowHeight * 0.5, arrowHeight);

  if (mSpec.allChina && mSpec.southChinaSeaInset && !mData.southChinaSeaLine) {
    mWarnings << tr("The base map has no South China Sea line layer (九段线/十段线): the inset shows the "
                    "islands only. Use a standard base map that includes it before submitting the figure.");
  }
  if (!mSpec.highlightCity.empty() &&
      (!mData.analysis || mData.analysis->units.regionsOfUnit(mSpec.highlightCity).empty())) {
    mWarnings << tr("The city %1 has no polygon in the boundaries and is not highlighted.")
                     .arg(QString::fromStdString(mSpec.highlightCity));
  }
}

bool FigurePainter::coversLand(const QRectF& rectMm) const {
  const FigureLayout& l = mLayout;
  const auto world = [&](const QPointF& mm) {
    return Point2{l.extent.minX + (mm.x() - l.map.left()) * l.metresPerMm, l.extent.maxY - (mm.y() - l.map.top()) * l.metresPerMm};
  };
  Box2 box;
  box.expand(world(rectMm.topLeft()));
  box.expand(world(rectMm.bottomRight()));
  const BoundaryMap& boundaries = mData.paths->boundaries();
  for (std::size_t index : boundaries.prefectureIndex().query(box)) {
    const Region& region = boundaries.prefectures().regions()[index];
    const MultiPolygon& outline = region.lods.empty() ? region.geometry : region.lods.back();
    for (const Polygon& part : outline) {
      for (const Point2& p : part.outer) {
        if (box.contains(p)) return true;
      }
    }
    if (contains(outline, box.center())) return true;
  }
  return false;
}

void FigurePainter::computeLayout(double legendBand) {
  const BoundaryMap& boundaries = mData.paths->boundaries();
  const CoordinateTransform toLonLat = CoordinateTransform::chinaAlbersToWgs84();
  const CoordinateTransform toAlbers = CoordinateTransform::wgs84ToChinaAlbers();
  const bool inset = mSpec.allChina && mSpec.southChinaSeaInset;

  // Room for text around the frame, measured at the figure's resolution.
  const QImage device = measuringDevice(mSpec.dpi);
  const auto mmOf = [&](double px) { return px * 25.4 / mSpec.dpi; };
  QFont labelFont(QString::fromStdString(mSpec.fontFamily));
  labelFont.setPointSizeF(mSpec.labelSize.toPt());
  const QFontMetricsF label(labelFont, &device);
  const bool gridLabels = mSpec.graticule && mSpec.graticuleLabels;
  const double leftBand = gridLabels ? mmOf(label.horizontalAdvance(QStringLiteral("50°N"))) + 1.2 : 0.0;
  const double bottomBand = gridLabels ? mmOf(label.height()) + 1.0 : 0.0;
  const double titleBand = mSpec.title.empty() ? 0.0 : mSpec.titleSize.toMm() * 1.45 + 1.5;

  const PageMargins& m = mSpec.margins;
  const double frameLeft = m.left + leftBand;
  const double frameWidth = mSpec.widthMm - frameLeft - m.right - (gridLabels ? leftBand * 0.35 : 0.0);
  // The note is wrapped to the frame's width.
  double noteBand = 0.0;
  if (!mSpec.note.empty()) {
    QFont noteFont(QString::fromStdString(mSpec.fontFamily));
    noteFont.setPointSizeF(mSpec.noteSize.toPt());
    const QFontMetricsF note(noteFont, &device);
    const qsizetype lines =
        wrapText(QString::fromStdString(mSpec.note), note, frameWidth * mSpec.dpi / 25.4).size();
    noteBand = mmOf(note.lineSpacing()) * static_cast<double>(lines) + 1.5;
  }

  Box2 base = mSpec.allChina || mSpec.extent.isEmpty() ? allChinaExtent(boundaries, inset, toLonLat) : mSpec.extent;
  base = padded(base, kExtentPaddingFraction);
  const Box2 scs = albersBoxOf(kSouthChinaSeaRange, toAlbers);
  const double fixedFrameHeight =
      mSpec.heightMm > 0.0 ? mSpec.heightMm - m.top - m.bottom - titleBand - bottomBand - legendBand - noteBand : 0.0;

  double mpm = 0.0, frameHeight = 0.0, insetMpm = 0.0;
  QSizeF insetSize;
  Box2 extent;
  // The inset takes the frame's lower-right corner, at half the main scale when it fits under the
  // land above it (Taiwan), a little smaller when that fits, and otherwise the extent
  // grows southwards until it clears. A few rounds settle the scale when the page height is fixed.
  const double southLimit = toAlbers.forward({110.0, kMainMapSouthLimitDeg}).y;
  for (int round = 0; round < 4; ++round) {
    if (fixedFrameHeight > 0.0) {
      // A page taller than the map needs keeps the frame tight round the map (the rest of the
      // page stays free under it) rather than filling it with empty sea.
      frameHeight = std::max(10.0, fixedFrameHeight);
      mpm = std::max(base.width() / frameWidth, base.height() / frameHeight);
      frameHeight = std::min(frameHeight, base.height() / mpm);
    } else {
      mpm = base.width() / frameWidth;
      frameHeight = base.height() / mpm;
    }
    extent = boxAround(base.center(), frameWidth, frameHeight, mpm);
    if (!inset) break;
    double land = std::numeric_limits<double>::infinity();
    bool fits = false;
    const double largest = std::min(std::max({kInsetLargestScale * mpm, scs.width() / (0.3 * frameWidth),
                                              scs.height() / (0.45 * frameHeight)}),
                                    scs.width() / std::min(kInsetMinWidthMm, 0.45 * frameWidth));
    const double smallest = std::min(std::max(largest, kInsetSmallestScale * mpm), scs.width() / kInsetMinWidthMm);
    for (insetMpm = largest; insetMpm <= std::max(largest, smallest) * 1.0001; insetMpm *= 1.04) {
      insetSize = QSizeF(scs.width() / insetMpm, scs.height() / insetMpm);
      land = lowestLandEastOf(boundaries, extent.maxX - insetSize.width() * mpm, southLimit);
      fits = !std::isfinite(land) || land - (insetSize.height() + kGapMm) * mpm >= extent.minY;
      if (fits) break;
    }
    if (fits) break;
    insetMpm /= 1.04;
    base.minY = std::min(base.minY, land - (insetSize.height() + kGapMm) * mpm);
  }

  FigureLayout& l = mLayout;
  l = FigureLayout();
  mBottomBand = bottomBand;
  l.extent = extent;
  l.metresPerMm = mpm;
  const double top = m.top + titleBand;
  l.map = QRectF(frameLeft, top, frameWidth, frameHeight);
  l.title = mSpec.title.empty() ? QRectF() : QRectF(frameLeft, m.top, frameWidth, titleBand - 1.5);
  l.note = mSpec.note.empty() ? QRectF()
                              : QRectF(frameLeft, l.map.bottom() + bottomBand + legendBand + 1.0, frameWidth, noteBand - 1.0);
  const double pageHeight = mSpec.heightMm > 0.0 ? mSpec.heightMm
                                                  : l.map.bottom() + bottomBand + legendBand + noteBand + m.bottom;
  l.page = QSizeF(mSpec.widthMm, pageHeight);
  if (inset) {
    l.inset = QRectF(l.map.right() - insetSize.width(), l.map.bottom() - insetSize.height(), insetSize.width(),
                     insetSize.height());
    l.insetMetresPerMm = insetMpm;
    l.insetExtent = boxAround(scs.center(), insetSize.width(), insetSize.height(), insetMpm);
  }
  const Point2 centerLonLat = toLonLat.forward(extent.center());
  mConvergenceDeg = gridAzimuthOfTrueNorthDeg(toAlbers, centerLonLat);
  mScaleFactor = parallelScaleFactor(toAlbers, centerLonLat);
  if (inset) mInsetScaleFactor = parallelScaleFactor(toAlbers, toLonLat.forward(l.insetExtent.center()));
}

std::vector<FigureLayer> FigurePainter::layers() const {
  std::vector<FigureLayer> out = {FigureLayer::Background, FigureLayer::Map};
  if (!mSpec.highlightCity.empty() && mData.analysis &&
      !mData.analysis->units.regionsOfUnit(mSpec.highlightCity).empty()) {
    out.push_back(FigureLayer::Highlight);
  }
  if (mData.southChinaSeaLine) out.push_back(FigureLayer::MaritimeLine);
  if (mSpec.graticule) out.push_back(FigureLayer::Graticule);
  out.push_back(FigureLayer::Frame);
  if (mSpec.graticule && mSpec.graticuleLabels && mOptions.text) out.push_back(FigureLayer::GraticuleLabels);
  if (!mLayout.inset.isEmpty()) {
    out.push_back(FigureLayer::InsetMap);
    out.push_back(FigureLayer::Inset);
  }
  if (mSpec.scaleBar) out.push_back(FigureLayer::ScaleBar);
  if (mSpec.northArrow) out.push_back(FigureLayer::NorthArrow);
  if (mSpec.legend && !mLegend.empty()) out.push_back(FigureLayer::Legend);
  if (!mSpec.title.empty() && mOptions.text) out.push_back(FigureLayer::Title);
  if (!mSpec.note.empty() && mOptions.text) out.push_back(FigureLayer::Note);
  return out;
}

void FigurePainter::paint(QPainter& painter, double dpi) const {
  for (FigureLayer layer : layers()) paintLayer(painter, dpi, layer);
}

void FigurePainter::paintLayer(QPainter& painter, double dpi, FigureLayer layer) const {
  const Context c{painter, dpi / 25.4, mSpec, mOptions};
  painter.save();
  const QPainterPath clip = layerClip(layer, dpi);
  if (!clip.isEmpty()) painter.setClipPath(clip, Qt::IntersectClip);
  painter.setRenderHint(QPainter::Antialiasing, mOptions.antialiasing);
  painter.setRenderHint(QPainter::TextAntialiasing, mOptions.antialiasing);
  switch (layer) {
    case FigureLayer::Background:
      painter.fillRect(c.px(QRectF(QPointF(0, 0), mLayout.page)), Qt::white);
      break;
    case FigureLayer::Map: paintMapLayer(c); break;
    case FigureLayer::Highlight: paintHighlight(c); break;
    case FigureLayer::MaritimeLine:
      paintMaritimeLine(c, mLayout.map, mLayout.extent, mLayout.metresPerMm);
      break;
    case FigureLayer::Graticule: paintGraticule(c, false); break;
    case FigureLayer::Frame: paintFrame(c); break;
    case FigureLayer::GraticuleLabels: paintGraticule(c, true); break;
    case FigureLayer::InsetMap: paintInsetMap(c); break;
    case FigureLayer::Inset: paintInset(c); break;
    case FigureLayer::ScaleBar:
      paintScaleBar(c, mScaleBarRect, mLayout.metresPerMm, mScaleFactor, mScaleBarKm, false);
      break;
    case FigureLayer::NorthArrow: paintNorthArrow(c); break;
    case FigureLayer::Legend: paintLegend(c); break;
    case FigureLayer::Title: paintTitle(c); break;
    case FigureLayer::Note: paintNote(c); break;
  }
  painter.restore();
}

namespace {

/// The map style of a figure: print widths (converted to device units) and no screen labels.
MapStyle figureMapStyle(const FigureSpec& spec, double pxPerMm, bool antialiasing) {
  MapStyle style;
  style.prefectureOutlineWidth = spec.prefectureLineWidth.toMm() * pxPerMm;
  style.provinceOutlineWidth = spec.provinceLineWidth.toMm() * pxPerMm;
  style.showLabels = spec.prefectureLabels;
  style.labelMaxMetresPerPixel = std::numeric_limits<double>::infinity();
  style.labelFontFamily = QString::fromStdString(spec.fontFamily);
  style.labelPointSize = spec.labelSize.toPt();
  style.antialiasing = antialiasing;
  return style;
}

/// Paints the layers into `frameMm` showing `extent`, without the map's own legend.
void paintMapLayers(const FigurePainter::Context& c, const PathCache& paths, const Analysis* analysis,
                    const LayerStack& layers, const QRectF& frameMm, const Box2& extent, double mpm,
                    const Significance* significance = nullptr) {
  const QRectF frame = c.px(frameMm);
  const MapStyle style = figureMapStyle(c.spec, c.pxPerMm, c.options.antialiasing);
  const ViewTransform view(extent.center(), mpm / c.pxPerMm, frame.width(), frame.height());
  c.painter.save();
  c.painter.setClipRect(frame, Qt::IntersectClip);
  c.painter.translate(frame.topLeft());
  paintLayers(c.painter, paths, analysis, layers, view, style, nullptr, false, significance);
  c.painter.restore();
}

}  // namespace

void FigurePainter::paintMapLayer(const Context& c) const {
  LayerStack layers = mLayers;
  if (!mOptions.text) {
    for (MapLayer& layer : layers.layers()) {
      if (layer.kind == LayerKind::CityLabels) layer.visible = false;
      layer.labels = false;
    }
  }
  paintMapLayers(c, *mData.paths, mData.analysis.get(), layers, mLayout.map, mLayout.extent, mLayout.metresPerMm,
                 mData.significance.get());
}

QPainterPath FigurePainter::layerClip(FigureLayer layer, double dpi) const {
  const double pxPerMm = dpi / 25.4;
  const auto rect = [&](const QRectF& mm) {
    QPainterPath path;
    path.addRect(QRectF(mm.topLeft() * pxPerMm, mm.size() * pxPerMm));
    return path;
  };
  switch (layer) {
    case FigureLayer::Map:
      if (!mLayout.inset.isEmpty()) {
        // The islands south of kMainMapSouthLimitDeg are shown by the inset: the main map shows
        // the land north of that parallel only, so no island is cut by the inset's frame.
        const CoordinateTransform toAlbers = CoordinateTransform::wgs84ToChinaAlbers();
        const QRectF frame(mLayout.map.topLeft() * pxPerMm, mLayout.map.size() * pxPerMm);
        const double pxPerMetre = pxPerMm / mLayout.metresPerMm;
        QPolygonF area;
        for (double lon = 60.0; lon <= 150.0; lon += 0.5) {
          const Point2 p = toAlbers.forward({lon, kMainMapSouthLimitDeg});
          area << QPointF(frame.left() + (p.x - mLayout.extent.minX) * pxPerMetre,
                          frame.top() + (mLayout.extent.maxY - p.y) * pxPerMetre);
        }
        area << QPointF(area.back().x(), frame.top() - frame.height())
             << QPointF(area.front().x(), frame.top() - frame.height());
        QPainterPath north;
        north.addPolygon(area);
        north.closeSubpath();
        return north.intersected(rect(mLayout.map));
      }
      return rect(mLayout.map);
    case FigureLayer::Highlight:
    case FigureLayer::MaritimeLine:
    case FigureLayer::Graticule:
      return rect(mLayout.map);
    case FigureLayer::InsetMap:
      return rect(mLayout.inset);
    default:
      return {};
  }
}

void FigurePainter::paintInsetMap(const Context& c) const {
  c.painter.fillRect(c.px(mLayout.inset), Qt::white);
  // The inset shows the areas only: no symbols, ellipses or names at its small scale.
  LayerStack areas = mLayers;
  for (MapLayer& layer : areas.layers()) {
    const bool area = layer.kind == LayerKind::Prefectures || layer.kind == LayerKind::Provinces ||
                      layer.kind == LayerKind::Outcomes;
    layer.visible = layer.visible && area;
    layer.labels = false;
  }
  paintMapLayers(c, *mData.paths, mData.analysis.get(), areas, mLayout.inset, mLayout.insetExtent,
                 mLayout.insetMetresPerMm);
  paintIslands(c);
  if (mData.southChinaSeaLine) paintMaritimeLine(c, mLayout.inset, mLayout.insetExtent, mLayout.insetMetresPerMm);
}

void FigurePainter::paintInset(const Context& c) const {
  const QRectF frame = c.px(mLayout.inset);
  c.painter.setPen(c.pen(Qt::black, mSpec.frameWidth.toMm()));
  c.painter.setBrush(Qt::NoBrush);
  c.painter.drawRect(frame);
  // Its own scale bar, lower left, and its name, lower right.
  const double km = scaleBarKm(mLayout.insetMetresPerMm, mInsetScaleFactor, mLayout.inset.width() * 0.35);
  const QSizeF bar = scaleBarSizeMm(mLayout.insetMetresPerMm, mInsetScaleFactor, km);
  // The name at the bottom right (open sea east of 南沙), right-aligned, its scale bar above it,
  // in type a little smaller than the main map's.
  const QFont font = c.font(PrintLength::pt(std::max(4.5, mSpec.labelSize.toPt() * 0.85)));
  const QString name = tr("South China Sea Islands");
  const QFontMetricsF fm = c.metrics(font);
  const QStringList lines = wrapText(name, fm, frame.width() - c.px(3.0));
  double baseline = frame.bottom() - c.px(1.0) - fm.descent() - fm.lineSpacing() * static_cast<double>(lines.size() - 1);
  for (const QString& line : lines) {
    c.text(QPointF(frame.right() - c.px(1.5) - fm.horizontalAdvance(line), baseline), line, font, Qt::black);
    baseline += fm.lineSpacing();
  }
  const double nameHeight =
      mOptions.text ? (fm.height() + fm.lineSpacing() * static_cast<double>(lines.size() - 1)) / c.pxPerMm + 0.8 : 0.0;
  const double barMm = km * 1000.0 * mInsetScaleFactor / mLayout.insetMetresPerMm;
  const double labelMm = fm.horizontalAdvance(QString::number(km, 'g', 6) + QStringLiteral(" km")) / c.pxPerMm;
  const QRectF barRect(mLayout.inset.right() - 1.5 - barMm - 0.8 - labelMm,
                       mLayout.inset.bottom() - 1.0 - nameHeight - bar.height(), barMm + 0.8 + labelMm, bar.height());
  paintScaleBar(c, barRect, mLayout.insetMetresPerMm, mInsetScaleFactor, km, true);
}

void FigurePainter::paintIslands(const Context& c) const {
  // Islands of a few hundred metres vanish under the light outlines of the base map at the
  // inset's scale: outline them as the province boundaries are.
  const CoordinateTransform toAlbers = CoordinateTransform::wgs84ToChinaAlbers();
  const double southLimit = toAlbers.forward({110.0, kMainMapSouthLimitDeg}).y;
  const QRectF frame = c.px(mLayout.inset);
  const double pxPerMetre = c.pxPerMm / mLayout.insetMetresPerMm;
  const Box2& extent = mLayout.insetExtent;
  QPainterPath islands;
  islands.setFillRule(Qt::WindingFill);
  for (const Region& region : mData.paths->boundaries().prefectures().regions()) {
    if (region.bounds.minY > southLimit) continue;
    for (const Polygon& part : region.geometry) {
      QPolygonF ring;
      bool south = true;
      for (const Point2& p : part.outer) {
        south = south && p.y < southLimit;
        ring << QPointF(frame.left() + (p.x - extent.minX) * pxPerMetre, frame.top() + (extent.maxY - p.y) * pxPerMetre);
      }
      if (south) islands.addPolygon(ring);
    }
  }
  c.painter.save();
  c.painter.setClipRect(frame);
  // In the colours of the map's layers (a user may have recoloured them).
  c.painter.setPen(c.pen(toQColor(mLayers.styleOf(LayerKind::Provinces).stroke), mSpec.prefectureLineWidth.toMm() * 1.5));
  c.painter.setBrush(toQColor(mLayers.styleOf(LayerKind::Prefectures).fill));
  c.painter.drawPath(islands);
  c.painter.restore();
}

void FigurePainter::paintFrame(const Context& c) const {
  c.painter.setPen(c.pen(Qt::black, mSpec.frameWidth.toMm()));
  c.painter.setBrush(Qt::NoBrush);
  c.painter.drawRect(c.px(mLayout.map));
}

void FigurePainter::paintMaritimeLine(const Context& c, const QRectF& frameMm, const Box2& extent, double mpm) const {
  const QRectF frame = c.px(frameMm);
  const double pxPerMetre = c.pxPerMm / mpm;
  c.painter.save();
  c.painter.setClipRect(frame);
  c.painter.setPen(c.pen(QColor(0x30, 0x30, 0x30), mSpec.provinceLineWidth.toMm() * 1.4));
  c.painter.setBrush(Qt::NoBrush);
  for (const auto& line : mData.southChinaSeaLine->lines) {
    QPolygonF polyline;
    polyline.reserve(static_cast<qsizetype>(line.size()));
    for (const Point2& p : line) {
      polyline << QPointF(frame.left() + (p.x - extent.minX) * pxPerMetre, frame.top() + (extent.maxY - p.y) * pxPerMetre);
    }
    c.painter.drawPolyline(polyline);
  }
  c.painter.restore();
}

}  // namespace cb::render
