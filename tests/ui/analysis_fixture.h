// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The analysis of the hand-made match fixtures (tests/data/match_*.csv) with the bundled
// boundaries, code table and taxonomy; the answers are worked out in tests/core/match_engine_test.cpp.
// Computed once per test run: loading the boundaries is the slow step.

#include <memory>

#include "core/analysis/analysis.h"

namespace cb::ui::test {

inline std::shared_ptr<const Analysis> matchFixture() {
  static const std::shared_ptr<const Analysis> analysis = [] {
    AnalysisInputs inputs;
    inputs.clusters.path = CB_TEST_DATA_DIR "/match_clusters.csv";
    inputs.belts.path = CB_TEST_DATA_DIR "/match_belts.csv";
    return runAnalysis(inputs);
  }();
  return analysis;
}

}  // namespace cb::ui::test
