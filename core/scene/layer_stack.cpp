// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scene/layer_stack.h"

#include <cpl_json.h>

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/stats/study_ellipses.h"

namespace cb {
namespace {

struct KindName {
  LayerKind kind;
  std::string_view name;
};
constexpr KindName kKindNames[] = {
    {LayerKind::Prefectures, "prefectures"}, {LayerKind::Provinces, "provinces"},
    {LayerKind::Outcomes, "outcomes"},       {LayerKind::Clusters, "clusters"},
    {LayerKind::Belts, "belts"},             {LayerKind::Ellipses, "ellipses"},
    {LayerKind::Trajectory, "trajectory"},   {LayerKind::LocalColocation, "local-clq"},
    {LayerKind::CityLabels, "city-labels"},  {LayerKind::Legend, "legend"},
};

constexpr CityOutcome kOutcomes[] = {CityOutcome::Identical, CityOutcome::Similar,
                                     CityOutcome::Unrelated, CityOutcome::ClusterWithoutBelt,
                                     CityOutcome::BeltOnly,  CityOutcome::None};

Rgba colorOr(const CPLJSONObject& json, const std::string& name, Rgba fallback) {
  return Rgba::fromHex(json.GetString(name, "")).value_or(fallback);
}

double clampOpacity(double value) { return std::isfinite(value) ? std::clamp(value, 0.0, 1.0) : 1.0; }

double positiveOr(double value, double fallback) { return std::isfinite(value) && value > 0.0 ? value : fallback; }

}  // namespace

std::string_view layerKindName(LayerKind kind) {
  for (const KindName& entry : kKindNames) {
    if (entry.kind == kind) return entry.name;
  }
  return "prefectures";
}

std::optional<LayerKind> parseLayerKind(std::string_view name) {
  for (const KindName& entry : kKindNames) {
    if (entry.name == name) return entry.kind;
  }
  return std::nullopt;
}

Rgba MapLayer::categoryColor(std::string_view key, Rgba fallback) const {
  const auto it = std::find_if(categories.begin(), categories.end(), [&](const CategoryColor& c) { return c.key == key; });
  return it == categories.end() ? fallback : it->color;
}

void MapLayer::setCategoryColor(std::string_view key, Rgba color) {
  const auto it = std::find_if(categories.begin(), categories.end(), [&](const CategoryColor& c) { return c.key == key; });
  if (it != categories.end()) {
    it->color = color;
  } else {
    categories.push_back({std::string(key), color});
  }
}

MapLayer MapLayer::defaults(LayerKind kind, std::string id) {
  MapLayer layer;
  layer.id = std::move(id);
  layer.kind = kind;
  switch (kind) {
    case LayerKind::Prefectures:
      layer.fill = {0xF2, 0xEF, 0xE9};
      layer.stroke = {0xA0, 0xA0, 0xA0};
      layer.strokeWidth = 0.6;
      layer.labels = true;
      break;
    case LayerKind::Provinces:
      layer.stroke = {0x50, 0x50, 0x50};
      layer.strokeWidth = 1.3;
      break;
    case LayerKind::Outcomes:
      layer.stroke = {0xA8, 0xA8, 0xA8};
      layer.strokeWidth = 0.5;
      for (CityOutcome outcome : kOutcomes) {
        layer.categories.push_back({std::string(cityOutcomeName(outcome)), palette::outcomeColor(outcome)});
      }
      break;
    case LayerKind::Clusters:
      layer.stroke = {0x20, 0x20, 0x20};
      layer.strokeWidth = 0.8;
      layer.symbolSize = 7.0;
      layer.symbolMaxSize = 26.0;
      for (const std::string& programme : studyProgrammes()) {
        layer.categories.push_back({programme, palette::programmeColor(programme)});
      }
      break;
    case LayerKind::Belts:
      layer.fill = palette::kBelts;
      layer.stroke = {0x20, 0x20, 0x20};
      layer.strokeWidth = 0.8;
      layer.symbolSize = 7.0;
      layer.symbolMaxSize = 24.0;
      break;
    case LayerKind::Ellipses:
      layer.stroke = {0x40, 0x40, 0x40};
      layer.strokeWidth = 2.0;
      layer.labels = true;
      break;
    case LayerKind::Trajectory:
      layer.stroke = {0x30, 0x30, 0x30};
      layer.strokeWidth = 1.5;
      layer.symbolSize = 5.0;  // the dot at each year's centre
      layer.labels = true;
      break;
    case LayerKind::LocalColocation:
      layer.fill = {0xC0, 0x39, 0x2B};    // significant (p < 0.05)
      layer.stroke = {0x40, 0x40, 0x40};
      layer.strokeWidth = 0.8;
      layer.symbolSize = 6.0;             // LCLQ = 1
      layer.symbolMaxSize = 22.0;
      break;
    case LayerKind::CityLabels:
      layer.stroke = {0x20, 0x20, 0x20};
      layer.fill = {0xFF, 0xFF, 0xFF, 0xD0};  // halo
      layer.symbolSize = 8.0;
      layer.labels = true;
      break;
    case LayerKind::Legend:
      layer.fill = {0xFF, 0xFF, 0xFF, 0xE6};
      layer.stroke = {0x80, 0x80, 0x80};
      layer.strokeWidth = 0.8;
      layer.symbolSize = 8.0;
      layer.labels = true;
      break;
  }
  return layer;
}

LayerStack LayerStack::studyDefaults() {
  std::vector<MapLayer> layers;
  layers.push_back(MapLayer::defaults(LayerKind::Legend, "legend"));
  layers.push_back(MapLayer::defaults(LayerKind::CityLabels, "city-labels"));
  // Above the symbols: shown, the quotients must not hide under the pies of their own cities.
  MapLayer colocation = MapLayer::defaults(LayerKind::LocalColocation, "local-clq");
  colocation.visible = false;
  layers.push_back(std::move(colocation));
  layers.push_back(MapLayer::defaults(LayerKind::Belts, "belts"));
  layers.push_back(MapLayer::defaults(LayerKind::Clusters, "clusters"));

  MapLayer trajectory = MapLayer::defaults(LayerKind::Trajectory, "trajectory");
  trajectory.visible = false;
  trajectory.groups = {std::string(kStudyGroupClusters)};
  trajectory.categories.push_back({trajectory.groups.front(), palette::groupColor(trajectory.groups.front())});
  layers.push_back(std::move(trajectory));

  MapLayer study = MapLayer::defaults(LayerKind::Ellipses, "ellipses-study");
  study.groups = {std::string(kStudyGroupClusters), std::string(kStudyGroupBelts)};
  for (const std::string& group : study.groups) study.categories.push_back({group, palette::groupColor(group)});
  layers.push_back(std::move(study));

  MapLayer programmes = MapLayer::defaults(LayerKind::Ellipses, "ellipses-programmes");
  programmes.visible = false;
  programmes.groups = studyProgrammes();
  for (const std::string& group : programmes.groups) programmes.categories.push_back({group, palette::groupColor(group)});
  layers.push_back(std::move(programmes));

  layers.push_back(MapLayer::defaults(LayerKind::Provinces, "provinces"));
  layers.push_back(MapLayer::defaults(LayerKind::Outcomes, "outcomes"));
  layers.push_back(MapLayer::defaults(LayerKind::Prefectures, "prefectures"));
  return LayerStack(std::move(layers));
}

const MapLayer* LayerStack::find(std::string_view id) const {
  const auto it = std::find_if(mLayers.begin(), mLayers.end(), [&](const MapLayer& l) { return l.id == id; });
  return it == mLayers.end() ? nullptr : &*it;
}

MapLayer* LayerStack::find(std::string_view id) {
  return const_cast<MapLayer*>(std::as_const(*this).find(id));
}

const MapLayer* LayerStack::firstVisible(LayerKind kind) const {
  const auto it = std::find_if(mLayers.begin(), mLayers.end(),
                               [&](const MapLayer& l) { return l.kind == kind && l.visible; });
  return it == mLayers.end() ? nullptr : &*it;
}

MapLayer LayerStack::styleOf(LayerKind kind) const {
  if (const MapLayer* visible = firstVisible(kind)) return *visible;
  const auto it = std::find_if(mLayers.begin(), mLayers.end(), [&](const MapLayer& l) { return l.kind == kind; });
  return it != mLayers.end() ? *it : MapLayer::defaults(kind, std::string(layerKindName(kind)));
}

void LayerStack::move(std::size_t from, std::size_t to) {
  if (from >= mLayers.size() || to >= mLayers.size() || from == to) return;
  MapLayer layer = std::move(mLayers[from]);
  mLayers.erase(mLayers.begin() + static_cast<std::ptrdiff_t>(from));
  mLayers.insert(mLayers.begin() + static_cast<std::ptrdiff_t>(to), std::move(layer));
}

CPLJSONObject LayerStack::toJson() const {
  CPLJSONArray array;
  for (const MapLayer& layer : mLayers) {
    CPLJSONObject json;
    json.Add("id", layer.id);
    json.Add("kind", std::string(layerKindName(layer.kind)));
    if (!layer.title.empty()) json.Add("title", layer.title);
    json.Add("visible", layer.visible);
    json.Add("opacity", layer.opacity);
    json.Add("fill", layer.fill.hex());
    json.Add("stroke", layer.stroke.hex());
    json.Add("strokeWidth", layer.strokeWidth);
    json.Add("symbolSize", layer.symbolSize);
    json.Add("symbolMaxSize", layer.symbolMaxSize);
    json.Add("sizeUnit", std::string(layer.sizeUnit == SizeUnit::Mm ? "mm" : "px"));
    json.Add("labels", layer.labels);
    CPLJSONArray categories;
    for (const CategoryColor& category : layer.categories) {
      CPLJSONObject entry;
      entry.Add("key", category.key);
      entry.Add("color", category.color.hex());
      categories.Add(entry);
    }
    json.Add("categories", categories);
    if (layer.kind == LayerKind::Ellipses || layer.kind == LayerKind::Trajectory) {
      CPLJSONArray groups;
      for (const std::string& group : layer.groups) groups.Add(group);
      json.Add("groups", groups);
    }
    if (layer.kind == LayerKind::Ellipses) json.Add("centreMarks", layer.centreMarks);
    array.Add(json);
  }
  CPLJSONObject root;
  root.Add("layers", array);
  return root;
}

std::optional<LayerStack> LayerStack::fromJson(const CPLJSONObject& root, std::vector<std::string>* warnings) {
  const CPLJSONArray array = root.GetArray("layers");
  if (!array.IsValid()) return std::nullopt;
  const auto warn = [&](const std::string& text) {
    if (warnings != nullptr) warnings->push_back(text);
  };
  std::vector<MapLayer> layers;
  for (int i = 0; i < array.Size(); ++i) {
    const CPLJSONObject json = array[i];
    const std::string kindName = json.GetString("kind", "");
    const std::optional<LayerKind> kind = parseLayerKind(kindName);
    if (!kind) {
      warn("layer " + std::to_string(i + 1) + ": unknown kind '" + kindName + "'; skipped");
      continue;
    }
    std::string id = json.GetString("id", "");
    if (id.empty()) id = std::string(kindName) + "-" + std::to_string(i + 1);
    MapLayer layer = MapLayer::defaults(*kind, id);
    layer.title = json.GetString("title", "");
    layer.visible = json.GetBool("visible", layer.visible);
    layer.opacity = clampOpacity(json.GetDouble("opacity", layer.opacity));
    layer.fill = colorOr(json, "fill", layer.fill);
    layer.stroke = colorOr(json, "stroke", layer.stroke);
    layer.strokeWidth = positiveOr(json.GetDouble("strokeWidth", layer.strokeWidth), layer.strokeWidth);
    layer.symbolSize = positiveOr(json.GetDouble("symbolSize", layer.symbolSize), layer.symbolSize);
    layer.symbolMaxSize = positiveOr(json.GetDouble("symbolMaxSize", layer.symbolMaxSize), layer.symbolMaxSize);
    layer.sizeUnit = json.GetString("sizeUnit", "px") == "mm" ? SizeUnit::Mm : SizeUnit::Px;
    layer.labels = json.GetBool("labels", layer.labels);
    const CPLJSONArray categories = json.GetArray("categories");
    if (categories.IsValid()) {
      for (int c = 0; c < categories.Size(); ++c) {
        const CPLJSONObject entry = categories[c];
        const std::optional<Rgba> color = Rgba::fromHex(entry.GetString("color", ""));
        const std::string key = entry.GetString("key", "");
        if (key.empty() || !color) {
          warn("layer '" + id + "': a category colour without key or valid colour; skipped");
          continue;
        }
        layer.setCategoryColor(key, *color);
      }
    }
    if (*kind == LayerKind::Ellipses) {
      if (json.GetObj("sde").IsValid()) {
        warn("layer '" + id + "': \"sde\" is ignored; the ellipse convention is set for the whole analysis"
             " (the project's inputs.sde, or --method/--sd/--p)");
      }
      layer.centreMarks = json.GetBool("centreMarks", layer.centreMarks);
    }
    if (*kind == LayerKind::Ellipses || *kind == LayerKind::Trajectory) {
      const CPLJSONArray groups = json.GetArray("groups");
      if (groups.IsValid()) {
        layer.groups.clear();
        for (int g = 0; g < groups.Size(); ++g) layer.groups.push_back(groups[g].ToString());
      }
    }
    if (std::any_of(layers.begin(), layers.end(), [&](const MapLayer& l) { return l.id == layer.id; })) {
      warn("layer id '" + layer.id + "' appears twice; the second is skipped");
      continue;
    }
    layers.push_back(std::move(layer));
  }
  return LayerStack(std::move(layers));
}

std::string LayerStack::toJsonText() const {
  CPLJSONDocument document;
  document.SetRoot(toJson());
  return document.SaveAsString();
}

std::optional<LayerStack> LayerStack::fromJsonText(const std::string& text, std::vector<std::string>* warnings) {
  CPLJSONDocument document;
  if (!document.LoadMemory(text)) return std::nullopt;
  return fromJson(document.GetRoot(), warnings);
}

}  // namespace cb
