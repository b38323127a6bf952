// SPDX-License-Identifier: GPL-3.0-or-later
// Loading, projecting and rendering the bundled prefectures. Run by hand:
//   build/bin/bench_render_map --benchmark_min_time=2
#include <benchmark/benchmark.h>

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <memory>

#include "core/io/boundary_map_reader.h"
#include "core/analysis/analysis.h"
#include "core/io/bundled_data.h"
#include "core/io/region_reader.h"
#include "core/model/boundary_map.h"
#include "core/scene/layer_stack.h"
#include "ui/render/map_renderer.h"

namespace {

/// The style the map canvas renders with (see MapCanvas): screen lines on.
cb::render::MapStyle screenStyle() {
  cb::render::MapStyle style;
  style.screenLines = true;
  return style;
}

std::shared_ptr<const cb::BoundaryMap> bundled() {
  static const std::shared_ptr<const cb::BoundaryMap> map = cb::loadBoundaryMap(cb::bundledBoundaries().string());
  return map;
}

// Reading the GeoPackage, repairs check, projection to China Albers, label points and LODs.
void BM_LoadAndProjectPrefectures(benchmark::State& state) {
  cb::RegionReadOptions options;
  options.layer = "prefectures";
  for (auto _ : state) {
    const cb::RegionReadResult result = cb::readRegions(cb::bundledBoundaries().string(), options);
    benchmark::DoNotOptimize(result.layer.size());
  }
}
BENCHMARK(BM_LoadAndProjectPrefectures)->Unit(benchmark::kMillisecond);

// Building the painter paths of every region and level of detail, once per load.
void BM_BuildPathCache(benchmark::State& state) {
  const auto map = bundled();
  for (auto _ : state) {
    const cb::render::PathCache paths(map);
    benchmark::DoNotOptimize(&paths);
  }
}
BENCHMARK(BM_BuildPathCache)->Unit(benchmark::kMillisecond);

// One background frame of all of China at 1920 × 1080 (what the canvas renders after a change).
void BM_RenderFullExtent1920x1080(benchmark::State& state) {
  const cb::render::PathCache paths(bundled());
  const cb::ViewTransform view = cb::ViewTransform::fitting(bundled()->extent(), 1920, 1080);
  const cb::render::MapStyle style = screenStyle();
  for (auto _ : state) {
    const QImage image = cb::render::renderMapImage(paths, view, style);
    benchmark::DoNotOptimize(image.constBits());
  }
}
BENCHMARK(BM_RenderFullExtent1920x1080)->Unit(benchmark::kMillisecond);

// A zoomed-in frame with labels (Pearl River Delta at about 300 m per pixel).
void BM_RenderZoomedWithLabels1920x1080(benchmark::State& state) {
  const cb::render::PathCache paths(bundled());
  const auto& regions = bundled()->prefectures().regions();
  const std::size_t shenzhen = *bundled()->prefectures().indexOfCode("440300");
  const cb::ViewTransform view(regions[shenzhen].labelPoint, 300.0, 1920, 1080);
  const cb::render::MapStyle style = screenStyle();
  for (auto _ : state) {
    const QImage image = cb::render::renderMapImage(paths, view, style);
    benchmark::DoNotOptimize(image.constBits());
  }
}
BENCHMARK(BM_RenderZoomedWithLabels1920x1080)->Unit(benchmark::kMillisecond);

// The study analysis on the bundled data (clusters, belts, match, ellipses), computed once.
std::shared_ptr<const cb::Analysis> bundledAnalysis() {
  static const std::shared_ptr<const cb::Analysis> analysis = cb::runAnalysis(cb::AnalysisInputs{}, bundled());
  return analysis;
}

/// Every layer of the study map on, the programme ellipses too.
cb::LayerStack everyLayer() {
  cb::LayerStack layers = cb::LayerStack::studyDefaults();
  for (cb::MapLayer& layer : layers.layers()) layer.visible = true;
  return layers;
}

// A background frame of all of China with every layer on: choropleth, cluster pies, belt
// diamonds, five ellipses, city names and the legend.
void BM_RenderAllLayersFullExtent1920x1080(benchmark::State& state) {
  const cb::render::PathCache paths(bundled());
  const auto analysis = bundledAnalysis();
  const cb::ViewTransform view = cb::ViewTransform::fitting(bundled()->extent(), 1920, 1080);
  const cb::LayerStack layers = everyLayer();
  const cb::render::MapStyle style = screenStyle();
  for (auto _ : state) {
    const QImage image = cb::render::renderLayersImage(paths, analysis.get(), layers, view, style);
    benchmark::DoNotOptimize(image.constBits());
  }
}
BENCHMARK(BM_RenderAllLayersFullExtent1920x1080)->Unit(benchmark::kMillisecond);

// The same zoomed in on the Yangtze delta (about 700 m per pixel), with prefecture names.
void BM_RenderAllLayersZoomed1920x1080(benchmark::State& state) {
  const cb::render::PathCache paths(bundled());
  const auto analysis = bundledAnalysis();
  const cb::ViewTransform view(*analysis->cityPoint("320500"), 700.0, 1920, 1080);
  const cb::LayerStack layers = everyLayer();
  const cb::render::MapStyle style = screenStyle();
  for (auto _ : state) {
    const QImage image = cb::render::renderLayersImage(paths, analysis.get(), layers, view, style);
    benchmark::DoNotOptimize(image.constBits());
  }
}
BENCHMARK(BM_RenderAllLayersZoomed1920x1080)->Unit(benchmark::kMillisecond);

// One pan frame as the canvas paints it during a drag: the cached frame drawn shifted.
void BM_PanFrame1920x1080(benchmark::State& state) {
  const cb::render::PathCache paths(bundled());
  const cb::ViewTransform view = cb::ViewTransform::fitting(bundled()->extent(), 1920, 1080);
  const QImage cached = cb::render::renderMapImage(paths, view, cb::render::MapStyle());
  QImage screen(1920, 1080, QImage::Format_ARGB32_Premultiplied);
  int offset = 0;
  for (auto _ : state) {
    offset = (offset + 7) % 200;
    QPainter painter(&screen);
    painter.fillRect(screen.rect(), Qt::white);
    painter.drawImage(QPointF(offset, offset / 2), cached);
    painter.end();
    benchmark::DoNotOptimize(screen.constBits());
  }
}
BENCHMARK(BM_PanFrame1920x1080)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
