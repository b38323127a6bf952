// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's argument parsers: the input, cut at 0x00 bytes, is an argument list for Arguments and
// for the analysis options (--clusters-where, --map, --method …); they parse it or throw
// ArgumentError.
#include "app/cli/analysis_arguments.h"
#include "app/cli/arguments.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> args;
  for (std::string_view part : cb::fuzz::split(cb::fuzz::asText(data, size), '\0', 64)) args.emplace_back(part);
  std::set<std::string> known = cb::cli::kAnalysisOptions;
  known.insert(cb::cli::kTableOptions.begin(), cb::cli::kTableOptions.end());
  known.insert(cb::cli::kSdeOptions.begin(), cb::cli::kSdeOptions.end());
  known.insert({"out", "width", "format"});
  try {
    const cb::cli::Arguments arguments(args, {"json", "no-pairs"}, known);
    static_cast<void>(arguments.number("width"));
    static_cast<void>(cb::cli::analysisInputsFromArguments(arguments));
  } catch (const cb::cli::ArgumentError&) {
  }
  try {
    const cb::cli::Arguments anything(args, {});
    static_cast<void>(anything.values("map"));
  } catch (const cb::cli::ArgumentError&) {
  }
  return 0;
}
