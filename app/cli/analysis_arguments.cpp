// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/analysis_arguments.h"

#include <exception>
#include <ostream>

namespace cb::cli {

std::shared_ptr<const Analysis> analysisFromArguments(const Arguments& arguments, const char* command,
                                                      std::ostream& err) {
  AnalysisInputs inputs;
  inputs.boundaries = arguments.value("boundaries", "");
  inputs.clusters.path = arguments.value("clusters", "");
  inputs.belts.path = arguments.value("belts", "");
  try {
    return runAnalysis(inputs);
  } catch (const std::exception& e) {
    err << command << ": " << e.what() << '\n';
    return nullptr;
  }
}

}  // namespace cb::cli
