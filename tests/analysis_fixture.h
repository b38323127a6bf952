// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis of the hand-made match fixtures (tests/data/match_clusters.csv and match_belts.csv,
// answers worked out in tests/core/match_engine_test.cpp) with the bundled boundaries, code table
// and taxonomy. Shared by the core, render and ui suites.
#pragma once

#include <memory>

#include "core/analysis/analysis.h"

namespace cb::test {

/// The inputs: the fixtures' clusters and belts, everything else bundled.
inline AnalysisInputs matchFixtureInputs() {
  AnalysisInputs inputs;
  inputs.clusters.path = CB_TEST_DATA_DIR "/match_clusters.csv";
  inputs.belts.path = CB_TEST_DATA_DIR "/match_belts.csv";
  return inputs;
}

/// Computed once per test process.
inline std::shared_ptr<const Analysis> matchFixture() {
  static const std::shared_ptr<const Analysis> analysis = runAnalysis(matchFixtureInputs());
  return analysis;
}

}  // namespace cb::test
