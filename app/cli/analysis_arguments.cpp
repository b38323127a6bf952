// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/analysis_arguments.h"

#include <exception>
#include <optional>
#include <ostream>

namespace cb::cli {

RowFilters rowFiltersFromArguments(const Arguments& arguments, const std::string& option) {
  RowFilters filters;
  for (const std::string& value : arguments.values(option)) {
    std::optional<RowFilter> filter = parseRowFilter(value);
    if (!filter) throw ArgumentError("--" + option + " takes COLUMN=V1|V2|…, got '" + value + "'");
    filters.push_back(std::move(*filter));
  }
  return filters;
}

std::shared_ptr<const Analysis> analysisFromArguments(const Arguments& arguments, const char* command,
                                                      std::ostream& err) {
  AnalysisInputs inputs;
  inputs.boundaries = arguments.value("boundaries", "");
  inputs.clusters.path = arguments.value("clusters", "");
  inputs.belts.path = arguments.value("belts", "");
  inputs.clusters.filters = rowFiltersFromArguments(arguments, "clusters-where");
  inputs.belts.filters = rowFiltersFromArguments(arguments, "belts-where");
  try {
    std::shared_ptr<const Analysis> analysis = runAnalysis(inputs);
    // Filtered rows are never left out silently: say how many remain.
    if (!inputs.clusters.filters.empty()) {
      err << command << ": " << analysis->clusters.records.size() << " cluster rows kept by --clusters-where\n";
    }
    if (!inputs.belts.filters.empty()) {
      err << command << ": " << analysis->belts.records.size() << " belt rows kept by --belts-where\n";
    }
    return analysis;
  } catch (const std::exception& e) {
    err << command << ": " << e.what() << '\n';
    return nullptr;
  }
}

}  // namespace cb::cli
