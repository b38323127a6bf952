// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/analysis_arguments.h"

#include <algorithm>
#include <exception>
#include <optional>
#include <ostream>

#include "core/util/text.h"

namespace cb::cli {
namespace {

ColumnMapping parseMapping(const std::vector<std::string>& values, const std::string& option,
                           ColumnMapping mapping = {}) {
  for (const std::string& value : values) {
    for (const std::string& item : text::split(value, ',')) {
      const auto eq = item.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == item.size()) {
        throw ArgumentError("--" + option + " takes role=COLUMN pairs, got '" + item + "'");
      }
      const std::string role = text::trim(item.substr(0, eq));
      if (std::find(pointRoles().begin(), pointRoles().end(), role) == pointRoles().end()) {
        throw ArgumentError("unknown role '" + role + "' in --" + option);
      }
      mapping[role] = text::trim(item.substr(eq + 1));
    }
  }
  return mapping;
}

}  // namespace

RowFilters rowFiltersFromArguments(const Arguments& arguments, const std::string& option) {
  RowFilters filters;
  for (const std::string& value : arguments.values(option)) {
    std::optional<RowFilter> filter = parseRowFilter(value);
    if (!filter) throw ArgumentError("--" + option + " takes COLUMN=V1|V2|…, got '" + value + "'");
    filters.push_back(std::move(*filter));
  }
  return filters;
}

SdeOptions sdeOptionsFromArguments(const Arguments& args) {
  SdeOptions options;
  const std::string method = args.value("method", "arcgis");
  const std::optional<SdeMethod> parsed = parseSdeMethod(method);
  if (!parsed) throw ArgumentError("unknown --method '" + method + "'");
  options.method = *parsed;
  if (const std::optional<double> sd = args.number("sd")) {
    if (options.method != SdeMethod::ArcGis) throw ArgumentError("--sd applies to --method arcgis");
    if (*sd != 1.0 && *sd != 2.0 && *sd != 3.0) throw ArgumentError("--sd must be 1, 2 or 3");
    options.k = static_cast<int>(*sd);
  }
  if (const std::optional<double> p = args.number("p")) {
    if (options.method != SdeMethod::Confidence) {
      throw ArgumentError("--p applies to --method confidence");
    }
    if (!(*p > 0.0 && *p < 1.0)) throw ArgumentError("--p must be between 0 and 1");
    options.p = *p;
  }
  return options;
}

AnalysisInputs analysisInputsFromArguments(const Arguments& arguments) {
  AnalysisInputs inputs;
  inputs.sde = sdeOptionsFromArguments(arguments);
  inputs.boundaries = arguments.value("boundaries", "");
  inputs.taxonomy = arguments.value("taxonomy", "");
  inputs.clusters.path = arguments.value("clusters", "");
  inputs.belts.path = arguments.value("belts", "");
  inputs.clusters.filters = rowFiltersFromArguments(arguments, "clusters-where");
  inputs.belts.filters = rowFiltersFromArguments(arguments, "belts-where");
  const ColumnMapping shared = parseMapping(arguments.values("map"), "map");
  inputs.clusters.mapping = parseMapping(arguments.values("clusters-map"), "clusters-map", shared);
  inputs.belts.mapping = parseMapping(arguments.values("belts-map"), "belts-map", shared);
  return inputs;
}

void printLoadReport(const LoadReport& report, std::ostream& err) {
  for (const LoadMessage& m : report.messages()) {
    err << m.file << (m.row > 0 ? ":" + std::to_string(m.row) : std::string()) << ": " << severityName(m.severity)
        << ": " << m.message << '\n';
  }
}

void printWarnings(const LoadReport& report, std::ostream& err) {
  LoadReport warnings;
  for (const LoadMessage& m : report.messages()) {
    if (m.severity == LoadMessage::Severity::Warning) warnings.warning(m.file, m.row, m.message);
    if (m.severity == LoadMessage::Severity::Error) warnings.error(m.file, m.row, m.message);
  }
  printLoadReport(warnings, err);
}

void printFilteredCounts(const AnalysisInputs& inputs, std::size_t clusterRows, std::size_t beltRows,
                         const char* command, std::ostream& err) {
  if (!inputs.clusters.filters.empty()) {
    err << command << ": " << clusterRows << " cluster rows kept by --clusters-where\n";
  }
  if (!inputs.belts.filters.empty()) {
    err << command << ": " << beltRows << " belt rows kept by --belts-where\n";
  }
}

std::shared_ptr<const Analysis> analysisFromArguments(const Arguments& arguments, const char* command,
                                                      std::ostream& err,
                                                      std::shared_ptr<const BoundaryMap> boundaries) {
  const AnalysisInputs inputs = analysisInputsFromArguments(arguments);
  try {
    std::shared_ptr<const Analysis> analysis = runAnalysis(inputs, std::move(boundaries));
    printWarnings(analysis->report, err);
    printFilteredCounts(inputs, analysis->clusters.records.size(), analysis->belts.records.size(), command, err);
    return analysis;
  } catch (const std::exception& e) {
    err << command << ": " << e.what() << '\n';
    return nullptr;
  }
}

}  // namespace cb::cli
