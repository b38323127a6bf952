// SPDX-License-Identifier: GPL-3.0-or-later
// The SDE kernel on 10 million weighted points in China Albers metres: two passes over contiguous
// arrays (weighted mean, then centred moments) and the closed-form ellipse. Target: ≥ 10⁸ points/s
// on one core. Run: build/bin/bench_core_sde --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <random>
#include <vector>

#include "core/stats/sde.h"

namespace {

constexpr std::size_t kPoints = 10'000'000;

struct Points {
  std::vector<double> x, y, w;
};

// A correlated cloud around eastern China (Albers metres, ~10⁶ m offsets as in real data) with
// employment-like lognormal weights; fixed seed so every run measures the same data.
const Points& points() {
  static const Points data = [] {
    Points p;
    p.x.resize(kPoints);
    p.y.resize(kPoints);
    p.w.resize(kPoints);
    std::mt19937_64 random(20240501);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::lognormal_distribution<double> weight(3.0, 1.0);
    for (std::size_t i = 0; i < kPoints; ++i) {
      const double u = normal(random) * 600e3;
      const double v = normal(random) * 250e3;
      p.x[i] = 1.1e6 + 0.8 * u - 0.6 * v;
      p.y[i] = 3.6e6 + 0.6 * u + 0.8 * v;
      p.w[i] = weight(random);
    }
    return p;
  }();
  return data;
}

void BM_SdeWeighted(benchmark::State& state) {
  const Points& p = points();
  for (auto _ : state) {
    const cb::WeightedMoments m = cb::computeMoments(p.x, p.y, p.w);
    cb::SdeParameters sde = cb::sdeFromMoments(m, cb::SdeOptions{});
    benchmark::DoNotOptimize(sde);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(kPoints));
}
BENCHMARK(BM_SdeWeighted)->Unit(benchmark::kMillisecond);

void BM_SdeUnweighted(benchmark::State& state) {
  const Points& p = points();
  for (auto _ : state) {
    const cb::WeightedMoments m = cb::computeMoments(p.x, p.y);
    cb::SdeParameters sde = cb::sdeFromMoments(m, cb::SdeOptions{});
    benchmark::DoNotOptimize(sde);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(kPoints));
}
BENCHMARK(BM_SdeUnweighted)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
