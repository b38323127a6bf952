// SPDX-License-Identifier: GPL-3.0-or-later
// The taxonomy loader on groups, keywords and similar pairs made of the input (cut at 0x00), then
// the classification of a few industries.
#include "core/taxonomy/taxonomy.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto parts = cb::fuzz::split(cb::fuzz::asText(data, size), '\0', 4);
  cb::fuzz::writeFile("taxonomy/industry_groups.csv", parts[0]);
  cb::fuzz::writeFile("taxonomy/industry_keywords.csv", parts[1]);
  cb::fuzz::writeFile("taxonomy/similar_groups.csv", parts[2]);
  cb::LoadReport report;
  const std::optional<cb::Taxonomy> taxonomy = cb::Taxonomy::load(cb::fuzz::scratch() / "taxonomy", report);
  if (!taxonomy) return 0;
  static_cast<void>(taxonomy->classify(std::string(parts[3])));
  static_cast<void>(taxonomy->classify("新能源汽车及零部件"));
  return 0;
}
