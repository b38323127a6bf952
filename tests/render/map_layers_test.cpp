// SPDX-License-Identifier: GPL-3.0-or-later
// The thematic layers on the bundled boundaries with the hand-made match fixture: 深圳 (2 NDRC-SEI
// and 1 MIIT-AMC clusters, 2 belts, identical), 济南 (莱芜's cluster and a belt, identical), 温州
// (identical), 北京 and 襄阳 (clusters without belt), 毕节 and 金华 (belts only).
#include <gtest/gtest.h>

#include <QPainter>
#include <cmath>

#include "core/analysis/analysis.h"
#include "core/match/city_outcome.h"
#include "core/scene/layer_stack.h"
#include "image_compare.h"
#include "ui/render/ellipse_painter.h"
#include "ui/render/legend_painter.h"
#include "ui/render/map_renderer.h"
#include "ui/render/symbol_painter.h"
#include "core/analysis/significance.h"
#include "tests/analysis_fixture.h"

namespace cb::render {
namespace {

std::shared_ptr<const Analysis> fixtureAnalysis() { return test::matchFixture(); }

const PathCache& fixturePaths() {
  static const PathCache paths(fixtureAnalysis()->boundaries);
  return paths;
}

/// Only the given layers visible, fully opaque: pixels then carry the layers' exact colours.
LayerStack only(std::initializer_list<const char*> ids) {
  LayerStack stack = LayerStack::studyDefaults();
  for (MapLayer& layer : stack.layers()) {
    layer.visible = std::any_of(ids.begin(), ids.end(), [&](const char* id) { return layer.id == id; });
    layer.opacity = 1.0;
  }
  return stack;
}

MapStyle crisp() {
  MapStyle style;
  style.antialiasing = false;
  return style;
}

QColor pixelAt(const QImage& image, const ViewTransform& view, const Point2& world) {
  const Point2 device = view.toDevice(world);
  return image.pixelColor(static_cast<int>(device.x), static_cast<int>(device.y));
}

QColor qcolor(const Rgba& c) { return QColor(c.r, c.g, c.b, c.a); }

TEST(MapLayers, ChoroplethGivesLaiwuTheClassOfJinan) {
  const auto analysis = fixtureAnalysis();
  const RegionLayer& regions = analysis->boundaries->prefectures();
  const std::optional<std::size_t> laiwu = regions.indexOfCode("371200");
  const std::optional<std::size_t> taian = regions.indexOfCode("370900");
  ASSERT_TRUE(laiwu.has_value()) << "the bundled boundaries have no 莱芜 polygon";
  ASSERT_TRUE(taian.has_value());
  ASSERT_EQ(analysis->units.unitOfRegion(*laiwu), "370100");
  const CityOutcomes& outcomes = analysis->outcomes;
  EXPECT_EQ(outcomes, classifyCities(analysis->match, analysis->units));  // derived once, by runAnalysis
  ASSERT_EQ(outcomes.of("370100"), CityOutcome::Identical);

  const ViewTransform view(regions.regions()[*laiwu].labelPoint, 600.0, 500, 500);
  const QImage image = renderLayersImage(fixturePaths(), analysis.get(), only({"outcomes"}), view, crisp());
  const QColor identical = qcolor(palette::outcomeColor(CityOutcome::Identical));
  EXPECT_EQ(pixelAt(image, view, regions.regions()[*laiwu].labelPoint), identical);
  EXPECT_EQ(pixelAt(image, view, *analysis->cityPoint("370100")), identical);
  EXPECT_EQ(pixelAt(image, view, regions.regions()[*taian].labelPoint),
            qcolor(palette::outcomeColor(CityOutcome::None)));
}

TEST(MapLayers, LegendCountsAgreeWithTheMatchReport) {
  const auto analysis = fixtureAnalysis();
  const MatchReport& match = analysis->match;
  const std::vector<LegendEntry> entries =
      LegendPainter::entries(analysis.get(), LayerStack::studyDefaults());
  const auto count = [&](const std::string& key) -> std::size_t {
    const auto it = std::find_if(entries.begin(), entries.end(), [&](const LegendEntry& e) { return e.key == key; });
    EXPECT_NE(it, entries.end()) << key;
    return it == entries.end() ? 0 : it->count;
  };
  EXPECT_EQ(count("identical"), 3u);
  EXPECT_EQ(count("similar"), 0u);
  EXPECT_EQ(count("unrelated"), 0u);
  EXPECT_EQ(count("identical") + count("similar") + count("unrelated"), match.summary.citiesWithBoth);
  EXPECT_EQ(count("cluster-without-belt"), match.summary.citiesWithClusters - match.summary.citiesWithBoth);
  EXPECT_EQ(count("belt-only"), match.citiesWithBelts - match.summary.citiesWithBoth);
  EXPECT_EQ(count("cluster-without-belt"), 2u);
  EXPECT_EQ(count("belt-only"), 2u);
  // Every 2021 unit of the map is in exactly one class (about 330 of them).
  std::size_t total = 0;
  for (const std::string key : {"identical", "similar", "unrelated", "cluster-without-belt", "belt-only", "none"}) {
    total += count(key);
  }
  EXPECT_GT(total, 300u);
  EXPECT_LT(total, 400u);
  EXPECT_EQ(count("NDRC-SEI"), match.byProgram.at("NDRC-SEI").clusters);
  EXPECT_EQ(count("MIIT-AMC"), 2u);
  EXPECT_EQ(count("belts"), match.belts.size());
  const auto identical = std::find_if(entries.begin(), entries.end(), [](const LegendEntry& e) { return e.key == "identical"; });
  EXPECT_EQ(identical->text(), QStringLiteral("identical (3)"));
}

TEST(MapLayers, HiddenLayersLeaveTheLegend) {
  const auto analysis = fixtureAnalysis();
  LayerStack stack = LayerStack::studyDefaults();
  stack.find("outcomes")->visible = false;
  const std::vector<LegendEntry> entries = LegendPainter::entries(analysis.get(), stack);
  EXPECT_TRUE(std::none_of(entries.begin(), entries.end(), [](const LegendEntry& e) { return e.key == "identical"; }));
  EXPECT_TRUE(std::any_of(entries.begin(), entries.end(), [](const LegendEntry& e) { return e.key == "belts"; }));
}

TEST(MapLayers, ClusterPieOfShenzhenIsSplitByProgramme) {
  const auto analysis = fixtureAnalysis();
  const Point2 shenzhen = *analysis->cityPoint("440300");
  const ViewTransform view(shenzhen, 2000.0, 300, 300);
  LayerStack stack = only({"clusters"});
  stack.find("clusters")->symbolSize = 20.0;
  stack.find("clusters")->symbolMaxSize = 60.0;
  const QImage image = renderLayersImage(fixturePaths(), analysis.get(), stack, view, crisp());
  const MapLayer& layer = *stack.find("clusters");
  const double radius = symbolDiameter(layer, 3, imagePxPerMm()) / 2.0;
  ASSERT_GT(radius, 8.0);
  const Point2 centre = view.toDevice(shenzhen);
  // Slices run clockwise from twelve o'clock: NDRC-SEI (2 of 3) from 0° to 240°, MIIT-AMC after.
  const auto sample = [&](double clockwiseDeg) {
    const double a = clockwiseDeg * M_PI / 180.0;
    return image.pixelColor(static_cast<int>(std::lround(centre.x + 0.55 * radius * std::sin(a))),
                            static_cast<int>(std::lround(centre.y - 0.55 * radius * std::cos(a))));
  };
  EXPECT_EQ(sample(120.0), qcolor(palette::programmeColor("NDRC-SEI")));
  EXPECT_EQ(sample(300.0), qcolor(palette::programmeColor("MIIT-AMC")));
  EXPECT_EQ(image.pixelColor(2, 2), crisp().background);
}

TEST(MapLayers, CitiesWithClustersAndBeltsShowBothSymbols) {
  const auto analysis = fixtureAnalysis();
  const std::vector<CitySymbol>& cities = analysis->symbols;
  const ViewTransform view = ViewTransform::fitting(analysis->boundaries->extent(), 1000, 800);
  const std::vector<PlacedSymbol> placed = layoutSymbols(cities, LayerStack::studyDefaults(), view, imagePxPerMm());
  const auto of = [&](const std::string& code) {
    std::vector<PlacedSymbol> symbols;
    for (const PlacedSymbol& s : placed) {
      if (cities[s.city].code == code) symbols.push_back(s);
    }
    return symbols;
  };
  const std::vector<PlacedSymbol> shenzhen = of("440300");
  ASSERT_EQ(shenzhen.size(), 2u);
  const PlacedSymbol& pie = shenzhen[0].belt ? shenzhen[1] : shenzhen[0];
  const PlacedSymbol& diamond = shenzhen[0].belt ? shenzhen[0] : shenzhen[1];
  const Point2 point = view.toDevice(*analysis->cityPoint("440300"));
  EXPECT_LT(pie.centre.x(), point.x);
  EXPECT_GT(diamond.centre.x(), point.x);
  const std::vector<PlacedSymbol> bijie = of("520500");
  ASSERT_EQ(bijie.size(), 1u);
  EXPECT_TRUE(bijie[0].belt);
  EXPECT_NEAR(bijie[0].centre.x(), view.toDevice(*analysis->cityPoint("520500")).x, 1e-9);
  // Larger counts give larger symbols: 深圳's three clusters against 北京's one.
  EXPECT_GT(pie.radius, of("110000").at(0).radius);
}

TEST(MapLayers, EllipseLayerDrawsTheOutlineOfTheAnalysisConvention) {
  // The painter draws what the analysis computed, nothing rescaled: the ArcGIS 2 SD analysis
  // paints the belts' ellipse twice as far from its centre as the 1 SD one.
  AnalysisInputs twoSd = test::matchFixtureInputs();
  twoSd.sde.k = 2;
  const auto one = fixtureAnalysis();
  const auto two = runAnalysis(twoSd, one->boundaries);
  const SdeEllipse* ellipseOne = one->ellipses.find("belts");
  const SdeEllipse* ellipseTwo = two->ellipses.find("belts");
  ASSERT_TRUE(ellipseOne != nullptr && ellipseOne->hasEllipse);
  ASSERT_TRUE(ellipseTwo != nullptr && ellipseTwo->hasEllipse);
  ASSERT_EQ(ellipseTwo->sde.options.k, 2);
  LayerStack stack = only({"ellipses-study"});
  stack.find("ellipses-study")->groups = {"belts"};
  stack.find("ellipses-study")->centreMarks = false;
  const Point2 centre = ellipseOne->sde.center;
  // 4 km a pixel: the 2 SD ellipse (a few hundred km) fits in 800 × 800 pixels.
  const ViewTransform view(centre, 4000.0, 800, 800);
  const auto reachPx = [&](const Analysis& analysis) {
    const QImage image = renderLayersImage(fixturePaths(), &analysis, stack, view, crisp());
    const Point2 c = view.toDevice(centre);
    double far = 0.0;
    for (int y = 0; y < image.height(); ++y) {
      for (int x = 0; x < image.width(); ++x) {
        const QColor pixel = image.pixelColor(x, y);
        if (pixel.alpha() > 0 && pixel != QColor(Qt::white)) far = std::max(far, std::hypot(x - c.x, y - c.y));
      }
    }
    return far;
  };
  const double farOne = reachPx(*one);
  const double farTwo = reachPx(*two);
  EXPECT_NEAR(farOne, ellipseOne->sde.sigmaMajor / view.metresPerPixel(), 4.0);
  EXPECT_NEAR(farTwo / farOne, 2.0, 0.05);
}

TEST(MapLayers, EveryLayerAddsToTheImage) {
  const auto analysis = fixtureAnalysis();
  const ViewTransform view = ViewTransform::fitting(analysis->boundaries->extent(), 480, 360);
  const LayerStack all = LayerStack::studyDefaults();
  const QImage full = renderLayersImage(fixturePaths(), analysis.get(), all, view, crisp());
  for (const char* id : {"outcomes", "clusters", "belts", "ellipses-study", "provinces", "legend", "city-labels"}) {
    LayerStack without = all;
    without.find(id)->visible = false;
    const QImage image = renderLayersImage(fixturePaths(), analysis.get(), without, view, crisp());
    EXPECT_GT(test::compareImages(image, full, 0).differingPixels, 20) << id;
  }
}

TEST(MapLayers, ThematicMapMatchesTheGoldenImage) {
  const auto analysis = fixtureAnalysis();
  const ViewTransform view = ViewTransform::fitting(analysis->boundaries->extent(), 480, 360, 8);
  LayerStack stack = LayerStack::studyDefaults();
  stack.find("legend")->visible = false;       // text depends on the machine's fonts
  stack.find("city-labels")->visible = false;
  stack.find("prefectures")->labels = false;
  stack.find("ellipses-study")->labels = false;
  const QImage image = renderLayersImage(fixturePaths(), analysis.get(), stack, view, crisp());
  const QString problem = test::checkAgainstGolden(image, QStringLiteral("layers_china_480x360.png"), 8, 60);
  EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
}

TEST(MapLayers, WithoutAnalysisOnlyBoundariesArePainted) {
  const ViewTransform view = ViewTransform::fitting(fixturePaths().boundaries().extent(), 200, 150);
  const QImage withNothing = renderLayersImage(fixturePaths(), nullptr, LayerStack::studyDefaults(), view, crisp());
  const QImage base = renderLayersImage(fixturePaths(), nullptr, only({"prefectures", "provinces"}), view, crisp());
  MapStyle style = crisp();
  EXPECT_FALSE(withNothing.isNull());
  // Prefecture names are off at this scale, so the two are the same picture.
  EXPECT_EQ(test::compareImages(withNothing, base, 0).differingPixels, 0);
  const std::atomic<bool> cancel{true};
  EXPECT_TRUE(renderLayersImage(fixturePaths(), fixtureAnalysis().get(), LayerStack::studyDefaults(), view, style,
                                1.0, &cancel)
                  .isNull());
}

TEST(MapLayers, TheTrajectoryJoinsTheYearsCentresWithAnArrowAndALegendRow) {
  // The bundled lists: several clusters in most batch years, so most years have an ellipse.
  static const auto analysis = runAnalysis(AnalysisInputs{});
  static const PathCache paths(analysis->boundaries);
  const CentreTrajectory* clusters = analysis->trajectory("clusters");
  ASSERT_NE(clusters, nullptr) << "the bundled clusters have a batch_year";
  std::vector<Point2> centres;
  for (const PeriodEllipse& period : clusters->periods) {
    if (period.ellipse.hasEllipse) centres.push_back(period.ellipse.sde.center);
  }
  ASSERT_GE(centres.size(), 2U);
  LayerStack stack = only({"trajectory"});
  MapLayer* layer = stack.find("trajectory");
  ASSERT_NE(layer, nullptr);
  layer->labels = false;
  layer->setCategoryColor("clusters", {0xFF, 0x00, 0x00});
  const ViewTransform view = ViewTransform::fitting(analysis->boundaries->extent(), 800, 700, 10);
  const QImage image = renderLayersImage(paths, analysis.get(), stack, view, crisp(), 1.0, nullptr, false);
  const QColor red(0xFF, 0x00, 0x00);
  EXPECT_EQ(pixelAt(image, view, centres[0]), red);  // the dot of the first year
  // Along the first step, away from the dots: the line (the arrowhead sits at the middle).
  const Point2 quarter{centres[0].x + 0.3 * (centres[1].x - centres[0].x),
                       centres[0].y + 0.3 * (centres[1].y - centres[0].y)};
  EXPECT_EQ(pixelAt(image, view, quarter), red);
  // Hidden, it paints nothing of its colour.
  layer->visible = false;
  const QImage none = renderLayersImage(paths, analysis.get(), stack, view, crisp(), 1.0, nullptr, false);
  EXPECT_NE(pixelAt(none, view, centres[0]), red);
  // The legend names the group and its years.
  layer->visible = true;
  const std::vector<LegendEntry> entries = LegendPainter::entries(analysis.get(), stack);
  const auto row = std::find_if(entries.begin(), entries.end(),
                                [](const LegendEntry& e) { return e.key == "trajectory:clusters"; });
  ASSERT_NE(row, entries.end());
  EXPECT_TRUE(row->label.contains(QString::number(clusters->periods.front().year))) << row->label.toStdString();
  EXPECT_EQ(row->color, red);
}

TEST(MapLayers, TheTestsAddEachCentresBootstrapRegionAndTheLocalColocationQuotients) {
  static const auto analysis = runAnalysis(AnalysisInputs{});
  static const PathCache paths(analysis->boundaries);
  SignificanceOptions options;
  options.permutation.reset();
  options.colocation->permutations = 199;
  options.bootstrap->replicates = 199;
  options.overTime = false;
  const auto significance = computeSignificance(*analysis, options);
  ASSERT_TRUE(significance->colocation);
  const EllipseBootstrap* clusters = nullptr;
  for (const GroupBootstrap& g : significance->bootstraps) {
    if (g.group == "clusters") clusters = &g.bootstrap;
  }
  ASSERT_TRUE(clusters != nullptr && clusters->computed && !clusters->centreRegion.empty());

  // Zoomed on the clusters' centre: its region, a few tens of km across, is many pixels wide.
  const Point2 centre = analysis->ellipses.find("clusters")->sde.center;
  double reach = 0.0;
  for (const Point2& v : clusters->centreRegion) reach = std::max(reach, std::hypot(v.x - centre.x, v.y - centre.y));
  ASSERT_GT(reach, 0.0);
  const ViewTransform view(centre, reach / 100.0, 400, 400);  // the region's half-axis ≈ 100 px
  LayerStack stack = only({"ellipses-study"});
  stack.find("ellipses-study")->centreMarks = false;
  const QImage plain = renderLayersImage(paths, analysis.get(), stack, view, crisp(), 1.0, nullptr, false);
  const QImage tested =
      renderLayersImage(paths, analysis.get(), stack, view, crisp(), 1.0, nullptr, false, significance.get());
  // At the centre: the region's tint over the background, absent without the tests.
  EXPECT_EQ(pixelAt(plain, view, centre), QColor(crisp().background));
  EXPECT_NE(pixelAt(tested, view, centre), QColor(crisp().background));

  // The local colocation layer: a circle at every cluster city, red where p < 0.05.
  LayerStack local = only({"local-clq"});
  const ViewTransform all = ViewTransform::fitting(analysis->boundaries->extent(), 900, 800, 10);
  const QImage none = renderLayersImage(paths, analysis.get(), local, all, crisp(), 1.0, nullptr, false);
  const QImage image =
      renderLayersImage(paths, analysis.get(), local, all, crisp(), 1.0, nullptr, false, significance.get());
  const QColor significant = qcolor(local.find("local-clq")->fill);
  const QColor grey(0xD0, 0xD0, 0xD0);
  std::size_t cities = 0;
  for (const LocalColocation& l : significance->colocation->result.local) {
    const std::string& code = analysis->match.clusters[significance->colocation->clusters[l.cluster]].code;
    const QColor at = pixelAt(image, all, *analysis->cityPoint(code));
    // A quotient near 0 gets a dot too small for a fill: its outline is what shows.
    if (l.value >= 0.25) {
      EXPECT_TRUE(at == significant || at == grey) << code << " " << at.name().toStdString();
    }
    EXPECT_NE(pixelAt(none, all, *analysis->cityPoint(code)), at) << "nothing is drawn without the tests";
    ++cities;
  }
  EXPECT_GT(cities, 0U);
  const std::vector<LegendEntry> entries = LegendPainter::entries(analysis.get(), local, significance.get());
  std::size_t counted = 0;
  for (const LegendEntry& e : entries) counted += e.key.rfind("local-clq:", 0) == 0 ? e.count : 0;
  EXPECT_EQ(counted, significance->colocation->result.local.size());
}

}  // namespace
}  // namespace cb::render
