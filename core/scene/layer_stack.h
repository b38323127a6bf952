// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the thematic map shows and how: an ordered list of layers with their style. Qt-free, so
// the canvas, the figure export and the project file share one description.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/scene/palette.h"

class CPLJSONObject;

namespace cb {

/// What a layer draws.
enum class LayerKind {
  Prefectures,  ///< prefecture fills and outlines; labels: every prefecture's name when zoomed in
  Provinces,    ///< province outlines
  Outcomes,     ///< prefectures coloured by their city's match outcome (categorical choropleth)
  Clusters,     ///< one pie per city at its representative point, sized by count, split by programme
  Belts,        ///< one diamond per city at its representative point, sized by count
  Ellipses,     ///< the study ellipses of some groups, with centre marks
  Trajectory,   ///< the path of some groups' mean centre from year to year, arrows and year labels
  LocalColocation,  ///< each cluster city's local colocation quotient → belts, once the tests ran
  CityLabels,   ///< names of the cities with clusters or belts, placed without overlap
  Legend,       ///< the legend with counts per class
};

/// "prefectures", "provinces", "outcomes", "clusters", "belts", "ellipses", "trajectory",
/// "local-clq", "city-labels", "legend".
std::string_view layerKindName(LayerKind kind);
std::optional<LayerKind> parseLayerKind(std::string_view name);

/// Unit of a layer's line widths and symbol sizes: device-independent pixels on screen, or
/// millimetres (converted with the target's resolution, so a figure keeps its printed size).
enum class SizeUnit { Px, Mm };

/// A colour for one class of a layer: an outcome name (cityOutcomeName()), a programme, or an
/// ellipse group.
struct CategoryColor {
  std::string key;
  Rgba color;
  friend bool operator==(const CategoryColor&, const CategoryColor&) = default;
};

/// One layer and its style. Which fields matter depends on the kind (see the comments).
struct MapLayer {
  std::string id;     ///< unique within the stack, stable across saves
  LayerKind kind = LayerKind::Prefectures;
  std::string title;  ///< the user's name for it; empty: the kind's default name
  bool visible = true;
  double opacity = 1.0;  ///< 0 (invisible) – 1 (opaque), applied to the whole layer
  Rgba fill;             ///< prefectures: fill; belts: symbol fill; legend: background
  Rgba stroke;           ///< outlines, ellipse lines without a category colour, label text
  double strokeWidth = 0.6;   ///< in sizeUnit
  double symbolSize = 6.0;    ///< clusters/belts: diameter of a city with one record; labels: text size, pt
  double symbolMaxSize = 24.0;  ///< clusters/belts: the largest diameter (area grows with the count)
  SizeUnit sizeUnit = SizeUnit::Px;
  /// clusters/belts: counts in the symbols; ellipses: group names; prefectures: names; trajectory: years
  bool labels = false;
  /// outcomes: per outcome name; clusters: per programme; ellipses: per group.
  std::vector<CategoryColor> categories;
  std::vector<std::string> groups;  ///< ellipses, trajectory: the groups drawn, in order; empty: every group
  bool centreMarks = true;          ///< ellipses: a cross at each mean centre

  /// The colour of a category, or `fallback` when the layer has none for it.
  [[nodiscard]] Rgba categoryColor(std::string_view key, Rgba fallback) const;
  /// Sets (or adds) the colour of a category.
  void setCategoryColor(std::string_view key, Rgba color);

  /// A layer of this kind with the default style.
  static MapLayer defaults(LayerKind kind, std::string id);

  friend bool operator==(const MapLayer&, const MapLayer&) = default;
};

/// The layers, top first: the first layer is painted last, over the others (the order of a
/// layer panel).
class LayerStack {
 public:
  LayerStack() = default;
  explicit LayerStack(std::vector<MapLayer> layers) : mLayers(std::move(layers)) {}

  /// The study map: legend, city names, the local colocation quotients (hidden), belts, clusters,
  /// the mean centre of all clusters by year (hidden), the ellipses of all clusters and of the belts, the programme ellipses (hidden),
  /// provinces, the outcome choropleth, prefectures.
  static LayerStack studyDefaults();

  [[nodiscard]] const std::vector<MapLayer>& layers() const { return mLayers; }
  [[nodiscard]] std::vector<MapLayer>& layers() { return mLayers; }
  [[nodiscard]] std::size_t size() const { return mLayers.size(); }
  [[nodiscard]] const MapLayer* find(std::string_view id) const;
  [[nodiscard]] MapLayer* find(std::string_view id);
  /// The first visible layer of a kind, top first, or nullptr.
  [[nodiscard]] const MapLayer* firstVisible(LayerKind kind) const;
  /// The style of a kind as the map draws it: the first visible layer of the kind, else the first
  /// of the kind, else the kind's defaults. Legends and insets read their colours here, so that
  /// they agree with the map after a user recolours a layer.
  [[nodiscard]] MapLayer styleOf(LayerKind kind) const;
  /// Moves the layer at `from` to position `to` (indexes into layers(), top first).
  void move(std::size_t from, std::size_t to);

  /// {"layers": [{"id", "kind", "title", "visible", "opacity", "fill", "stroke", "strokeWidth",
  /// "symbolSize", "symbolMaxSize", "sizeUnit", "labels", "categories": {key: "#RRGGBB"},
  /// "groups", "centreMarks"}]}. Colours as "#RRGGBB[AA]".
  [[nodiscard]] CPLJSONObject toJson() const;
  /// Reads toJson() back. Fields that are missing take the kind's defaults and layers of an
  /// unknown kind are skipped (with a note in `warnings`); std::nullopt when there is no
  /// "layers" array. The ellipse convention is an analysis input (AnalysisInputs::sde), not a
  /// style: an "sde" object in a layer (older files) is ignored with a note in `warnings`.
  static std::optional<LayerStack> fromJson(const CPLJSONObject& json, std::vector<std::string>* warnings = nullptr);
  /// The same as text (UTF-8 JSON), and back.
  [[nodiscard]] std::string toJsonText() const;
  static std::optional<LayerStack> fromJsonText(const std::string& text, std::vector<std::string>* warnings = nullptr);

  friend bool operator==(const LayerStack&, const LayerStack&) = default;

 private:
  std::vector<MapLayer> mLayers;
};

}  // namespace cb
