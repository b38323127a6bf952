// SPDX-License-Identifier: GPL-3.0-or-later
// The layer description (LayerStack), its JSON form and the default palette.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "core/scene/layer_stack.h"
#include "core/scene/palette.h"
#include "core/stats/study_ellipses.h"

namespace cb {
namespace {

TEST(SceneLayers, StudyDefaultsListEveryKindTopFirst) {
  const LayerStack stack = LayerStack::studyDefaults();
  ASSERT_GE(stack.size(), 8u);
  EXPECT_EQ(stack.layers().front().kind, LayerKind::Legend);
  EXPECT_EQ(stack.layers().back().kind, LayerKind::Prefectures);
  for (LayerKind kind : {LayerKind::Provinces, LayerKind::Outcomes, LayerKind::Clusters, LayerKind::Belts,
                         LayerKind::Ellipses, LayerKind::CityLabels}) {
    EXPECT_TRUE(std::any_of(stack.layers().begin(), stack.layers().end(),
                            [&](const MapLayer& l) { return l.kind == kind; }))
        << layerKindName(kind);
  }
  const MapLayer* programmes = stack.find("ellipses-programmes");
  ASSERT_NE(programmes, nullptr);
  EXPECT_FALSE(programmes->visible);
  EXPECT_EQ(programmes->groups, studyProgrammes());
}

TEST(SceneLayers, JsonRoundTripKeepsEveryField) {
  LayerStack stack = LayerStack::studyDefaults();
  MapLayer* ellipses = stack.find("ellipses-study");
  ASSERT_NE(ellipses, nullptr);
  ellipses->groups = {"belts", "NDRC-SEI"};
  ellipses->centreMarks = false;
  ellipses->opacity = 0.35;
  ellipses->title = "两个椭圆";
  ellipses->setCategoryColor("belts", Rgba{0x12, 0x34, 0x56, 0x78});
  MapLayer* clusters = stack.find("clusters");
  clusters->sizeUnit = SizeUnit::Mm;
  clusters->symbolSize = 2.5;
  clusters->labels = true;
  stack.move(0, stack.size() - 1);  // the legend to the bottom

  const std::string text = stack.toJsonText();
  EXPECT_NE(text.find("\"NDRC-SEI\""), std::string::npos);
  std::vector<std::string> warnings;
  const std::optional<LayerStack> back = LayerStack::fromJsonText(text, &warnings);
  ASSERT_TRUE(back.has_value());
  EXPECT_TRUE(warnings.empty());
  EXPECT_TRUE(*back == stack);
  EXPECT_EQ(back->layers().back().kind, LayerKind::Legend);
  EXPECT_EQ(back->find("ellipses-study")->title, "两个椭圆");
  EXPECT_EQ(back->find("ellipses-study")->categoryColor("belts", {}), (Rgba{0x12, 0x34, 0x56, 0x78}));
}

TEST(SceneLayers, JsonSkipsUnknownKindsAndFillsMissingFields) {
  const std::string text = R"({"layers": [
      {"id": "a", "kind": "heatmap"},
      {"id": "c", "kind": "clusters", "visible": false, "opacity": 7},
      {"id": "e", "kind": "ellipses", "sde": {"method": "arcgis", "k": 9}}]})";
  std::vector<std::string> warnings;
  const std::optional<LayerStack> stack = LayerStack::fromJsonText(text, &warnings);
  ASSERT_TRUE(stack.has_value());
  ASSERT_EQ(stack->size(), 2u);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings.front().find("heatmap"), std::string::npos);
  // The convention of an older file's layer is not silently taken as a style: it is named.
  EXPECT_NE(warnings.back().find("layer 'e': \"sde\" is ignored"), std::string::npos) << warnings.back();
  const MapLayer* clusters = stack->find("c");
  EXPECT_FALSE(clusters->visible);
  EXPECT_DOUBLE_EQ(clusters->opacity, 1.0);  // clamped
  EXPECT_EQ(clusters->categories, MapLayer::defaults(LayerKind::Clusters, "c").categories);
  EXPECT_TRUE(stack->find("e")->groups.empty());
  EXPECT_FALSE(LayerStack::fromJsonText(R"({"nothing": 1})").has_value());
  EXPECT_FALSE(LayerStack::fromJsonText("not json").has_value());
}

TEST(SceneLayers, MoveReordersAndIgnoresBadIndexes) {
  LayerStack stack = LayerStack::studyDefaults();
  const std::string top = stack.layers()[0].id;
  const std::string second = stack.layers()[1].id;
  stack.move(0, 1);
  EXPECT_EQ(stack.layers()[0].id, second);
  EXPECT_EQ(stack.layers()[1].id, top);
  const LayerStack before = stack;
  stack.move(0, 99);
  EXPECT_TRUE(stack == before);
}

TEST(ScenePalette, HexRoundTrip) {
  EXPECT_EQ(Rgba::fromHex("#0072b2"), (Rgba{0x00, 0x72, 0xB2, 0xFF}));
  EXPECT_EQ(Rgba::fromHex("#0072B280"), (Rgba{0x00, 0x72, 0xB2, 0x80}));
  EXPECT_EQ((Rgba{0xE6, 0x9F, 0x00}).hex(), "#E69F00");
  EXPECT_FALSE(Rgba::fromHex("0072B2").has_value());
  EXPECT_FALSE(Rgba::fromHex("#00zzB2").has_value());
}

/// Every pair of classes of one legend differs in lightness, so a greyscale print keeps them apart.
void expectLightnessSpread(const std::vector<Rgba>& colors, double minimum) {
  for (std::size_t i = 0; i < colors.size(); ++i) {
    for (std::size_t j = i + 1; j < colors.size(); ++j) {
      EXPECT_GE(std::abs(colors[i].lightness() - colors[j].lightness()), minimum)
          << colors[i].hex() << " vs " << colors[j].hex();
    }
  }
}

TEST(ScenePalette, OutcomeClassesDifferInGreyscale) {
  std::vector<Rgba> colors;
  for (std::size_t c = 0; c < kCityOutcomeCount; ++c) colors.push_back(palette::outcomeColor(static_cast<CityOutcome>(c)));
  expectLightnessSpread(colors, 8.0);
  // Darkest for the strongest match, lightest for no data.
  EXPECT_LT(colors.front().lightness(), 40.0);
  EXPECT_GT(colors.back().lightness(), 95.0);
}

TEST(ScenePalette, ProgrammesDifferInGreyscale) {
  std::vector<Rgba> colors;
  for (const std::string& programme : studyProgrammes()) colors.push_back(palette::programmeColor(programme));
  colors.push_back(palette::programmeColor("another programme"));
  expectLightnessSpread(colors, 8.0);
  EXPECT_NEAR((Rgba{0xFF, 0xFF, 0xFF}).lightness(), 100.0, 0.01);
  EXPECT_NEAR((Rgba{0x00, 0x00, 0x00}).lightness(), 0.0, 0.01);
}

}  // namespace
}  // namespace cb
