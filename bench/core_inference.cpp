// SPDX-License-Identifier: GPL-3.0-or-later
// The inference on the bundled data and at scale: permutation tests of the study's figures
// (9,999 on the bundled analysis on one thread; 999 on 100,000 clusters × 100,000 belts on two),
// the colocation quotient, and the streaming bootstrap of an ellipse of 10 million weighted points.
#include <benchmark/benchmark.h>

#include <cmath>
#include <filesystem>
#include <iostream>
#include <memory>

#include "core/analysis/analysis.h"
#include "core/analysis/significance.h"
#include "core/inference/colocation_quotient.h"
#include "core/inference/ellipse_bootstrap.h"
#include "core/inference/permutation_test.h"
#include "core/inference/random.h"

namespace {

std::shared_ptr<const cb::Analysis> bundled() {
  static const std::shared_ptr<const cb::Analysis> analysis = [] {
    std::shared_ptr<const cb::Analysis> a;
    try {
      a = cb::runAnalysis(cb::AnalysisInputs{});
    } catch (const std::exception& e) {
      std::cerr << e.what() << '\n';
    }
    return a;
  }();
  return analysis;
}

std::vector<cb::UnitWeight> bundledUnits(const cb::Analysis& a) { return cb::candidateUnits(a.unitList, {}); }

// 9,999 permutations of the bundled match, one thread (the target: under 1 s).
void PermutationsBundled(benchmark::State& state) {
  const auto analysis = bundled();
  if (!analysis) {
    state.SkipWithError("bundled data missing");
    return;
  }
  cb::PermutationOptions options;
  options.model = static_cast<cb::BeltNullModel>(state.range(0));
  options.permutations = 9999;
  options.threads = 1;
  const std::vector<cb::UnitWeight> units = bundledUnits(*analysis);
  for (auto _ : state) benchmark::DoNotOptimize(cb::runPermutationTest(analysis->match, units, options));
  state.SetLabel(std::string(cb::beltNullModelName(options.model)));
}
BENCHMARK(PermutationsBundled)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

// A match of n clusters and n belts over the bundled units, each with one of 40 industry groups
// (a related one as its similar group), built directly: the test's cost, not the engine's.
cb::MatchReport syntheticMatch(std::size_t n, const std::vector<cb::UnitWeight>& units) {
  cb::MatchReport m;
  cb::Xoshiro256 rng(7);
  for (const char* p : {"MIIT-AMC", "MOST-IIC", "NDRC-SEI"}) m.byProgram[p];
  const char* programmes[] = {"MIIT-AMC", "MOST-IIC", "NDRC-SEI"};
  for (std::size_t i = 0; i < n; ++i) {
    cb::MatchEntry c;
    c.code = units[rng.below(units.size())].code;
    c.program = programmes[i % 3];
    const std::size_t g = rng.below(40);
    c.groups.set(g);
    c.related = c.groups;
    c.related.set((g + 1) % 40);
    m.clusters.push_back(std::move(c));
    cb::MatchEntry b;
    b.code = units[rng.below(units.size())].code;
    b.groups.set(rng.below(40));
    m.belts.push_back(std::move(b));
  }
  return m;
}

// 999 permutations of 100,000 × 100,000 on two threads (target: under 30 s).
void PermutationsLarge(benchmark::State& state) {
  const auto analysis = bundled();
  if (!analysis) {
    state.SkipWithError("bundled data missing");
    return;
  }
  const std::vector<cb::UnitWeight> units = bundledUnits(*analysis);
  const cb::MatchReport match = syntheticMatch(static_cast<std::size_t>(state.range(0)), units);
  cb::PermutationOptions options;
  options.model = cb::BeltNullModel::MovePrefectures;
  options.permutations = 999;
  options.threads = 2;
  for (auto _ : state) benchmark::DoNotOptimize(cb::runPermutationTest(match, units, options));
}
BENCHMARK(PermutationsLarge)->Arg(100'000)->Unit(benchmark::kSecond)->Iterations(1);

// The colocation quotient of the bundled clusters and belts at their prefectures' points.
void ColocationBundled(benchmark::State& state) {
  const auto analysis = bundled();
  if (!analysis) {
    state.SkipWithError("bundled data missing");
    return;
  }
  cb::ColocationOptions options;
  options.permutations = 999;
  options.threads = 1;
  for (auto _ : state) {
    benchmark::DoNotOptimize(cb::studyColocation(*analysis, options, cb::ColocationPoints::PrefecturePoints));
  }
}
BENCHMARK(ColocationBundled)->Unit(benchmark::kMillisecond);

// Bootstrap of one weighted ellipse: n points spread over China Albers, 999 replicates, two
// threads. The replicates draw from the points in place: memory stays that of the points.
void BootstrapWeighted(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  std::vector<double> x(n), y(n), w(n);
  cb::Xoshiro256 rng(11);
  for (std::size_t i = 0; i < n; ++i) {
    x[i] = -2.0e6 + 4.0e6 * rng.uniform();
    y[i] = 2.0e6 + 3.0e6 * rng.uniform() + 0.3 * x[i];
    w[i] = 0.5 + 10.0 * rng.uniform();
  }
  cb::BootstrapOptions options;
  options.replicates = 999;
  options.threads = 2;
  for (auto _ : state) benchmark::DoNotOptimize(cb::bootstrapEllipse(x, y, w, options));
  state.counters["draws/s"] =
      benchmark::Counter(static_cast<double>(n) * 999.0, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BootstrapWeighted)->Arg(100'000)->Arg(10'000'000)->Unit(benchmark::kSecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
