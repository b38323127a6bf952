// SPDX-License-Identifier: GPL-3.0-or-later
// The thematic layers of a figure and its legend rows (FigurePainter members and helpers).
#include <algorithm>

#include "core/match/city_outcome.h"
#include "core/scene/palette.h"
#include "core/stats/study_ellipses.h"
#include "ui/render/figure_painter.h"
#include "ui/render/layer_context.h"
#include "ui/render/legend_painter.h"
#include "ui/render/map_style.h"

namespace cb::render {
namespace {

/// Screen sizes of the layer panel are device-independent pixels of 1/96 inch.
constexpr double kMmPerScreenPixel = 25.4 / 96.0;

const QColor kHighlightFill(0xE6, 0x9F, 0x00);  // Okabe–Ito orange, apart from the land and outcome fills

FigureLegendItem::Symbol symbolOf(LegendEntry::Swatch swatch) {
  switch (swatch) {
    case LegendEntry::Swatch::Heading: return FigureLegendItem::Symbol::Heading;
    case LegendEntry::Swatch::Box: return FigureLegendItem::Symbol::Fill;
    case LegendEntry::Swatch::Circle: return FigureLegendItem::Symbol::Circle;
    case LegendEntry::Swatch::Diamond: return FigureLegendItem::Symbol::Diamond;
    case LegendEntry::Swatch::Line: return FigureLegendItem::Symbol::Ellipse;
  }
  return FigureLegendItem::Symbol::Fill;
}

}  // namespace

QColor figureHighlightColor() { return kHighlightFill; }

LayerStack figureLayerStack(const FigureSpec& spec, QStringList* warnings) {
  LayerStack stack = LayerStack::studyDefaults();
  if (!spec.layersJson.empty()) {
    std::vector<std::string> notes;
    if (auto read = LayerStack::fromJsonText(spec.layersJson, &notes)) {
      stack = std::move(*read);
    } else if (warnings != nullptr) {
      *warnings << FigurePainter::tr("The figure's layers could not be read; the study's default layers are shown.");
    }
    if (warnings != nullptr) {
      for (const std::string& note : notes) *warnings << QString::fromStdString(note);
    }
  }
  bool groupsSet = false;
  for (MapLayer& layer : stack.layers()) {
    if (layer.sizeUnit == SizeUnit::Px) {
      layer.strokeWidth *= kMmPerScreenPixel;
      if (layer.kind != LayerKind::CityLabels) {  // their symbolSize is a text size in pt
        layer.symbolSize *= kMmPerScreenPixel;
        layer.symbolMaxSize *= kMmPerScreenPixel;
      }
      layer.sizeUnit = SizeUnit::Mm;
    }
    switch (layer.kind) {
      case LayerKind::Prefectures:
        layer.strokeWidth = spec.prefectureLineWidth.toMm();
        layer.labels = spec.prefectureLabels;
        break;
      case LayerKind::Outcomes:
        layer.strokeWidth = spec.prefectureLineWidth.toMm();
        break;
      case LayerKind::Provinces:
        layer.strokeWidth = spec.provinceLineWidth.toMm();
        break;
      case LayerKind::Ellipses:
        layer.strokeWidth = spec.ellipseLineWidth.toMm();
        if (!spec.ellipses) {
          layer.visible = false;
        } else if (!spec.ellipseGroups.empty()) {
          // The spec's groups in the first ellipse layer, every other ellipse layer hidden.
          layer.visible = !groupsSet;
          if (!groupsSet) {
            layer.groups = spec.ellipseGroups;
            for (const std::string& group : layer.groups) {
              const bool styled = std::any_of(layer.categories.begin(), layer.categories.end(),
                                              [&](const CategoryColor& c) { return c.key == group; });
              if (!styled) layer.setCategoryColor(group, palette::groupColor(group));
            }
          }
          groupsSet = true;
        }
        break;
      case LayerKind::CityLabels:
        layer.symbolSize = std::min(layer.symbolSize, spec.labelSize.toPt());
        break;
      case LayerKind::Legend:
        layer.visible = false;  // drawn by the figure beside or under the map
        break;
      default:
        break;
    }
  }
  return stack;
}

void FigurePainter::buildLegend() {
  // The swatches take the colours of the layers the map is drawn with.
  const bool outcomes = mLayers.firstVisible(LayerKind::Outcomes) != nullptr && mData.analysis;
  if (const MapLayer* prefectures = mLayers.firstVisible(LayerKind::Prefectures); !outcomes && prefectures) {
    mLegend.push_back({FigureLegendItem::Symbol::Fill, toQColor(prefectures->fill), toQColor(prefectures->stroke),
                       Qt::SolidLine, mSpec.prefectureLineWidth.toMm(), tr("Prefecture-level unit")});
  }
  if (const MapLayer* provinces = mLayers.firstVisible(LayerKind::Provinces)) {
    mLegend.push_back({FigureLegendItem::Symbol::Line, toQColor(provinces->stroke), {}, Qt::SolidLine,
                       mSpec.provinceLineWidth.toMm(), tr("Provincial boundary")});
  }
  if (mData.analysis) {
    for (const LegendEntry& entry : LegendPainter::entries(mData.analysis.get(), mLayers, mData.significance.get())) {
      FigureLegendItem item;
      item.symbol = symbolOf(entry.swatch);
      item.color = entry.color;
      item.outline = QColor(0x40, 0x40, 0x40);
      item.style = entry.lineStyle;
      item.lineWidthMm = item.symbol == FigureLegendItem::Symbol::Ellipse ? mSpec.ellipseLineWidth.toMm() : 0.15;
      item.label = entry.text();
      mLegend.push_back(item);
    }
  }
  if (mData.analysis && !mSpec.highlightCity.empty() &&
      !mData.analysis->units.regionsOfUnit(mSpec.highlightCity).empty()) {
    QString name = QString::fromStdString(mSpec.highlightCity);
    for (const PrefectureUnit& unit : mData.analysis->unitList) {
      if (unit.code == mSpec.highlightCity) name = QString::fromStdString(unit.name);
    }
    if (const CityMatch* city = mData.analysis->city(mSpec.highlightCity)) {
      name = tr("%1 (%2 clusters, %3 belts)").arg(name).arg(city->clusters.size()).arg(city->belts.size());
    }
    mLegend.push_back({FigureLegendItem::Symbol::Line, kHighlightFill.darker(130), {}, Qt::SolidLine,
                       mSpec.provinceLineWidth.toMm() * 2.5, name});
  }
  if (mData.southChinaSeaLine) {
    mLegend.push_back({FigureLegendItem::Symbol::Line, QColor(0x30, 0x30, 0x30), {}, Qt::SolidLine,
                       mSpec.provinceLineWidth.toMm() * 1.4,
                       QString::fromStdString(mData.southChinaSeaLine->layerName)});
  }
}

}  // namespace cb::render
