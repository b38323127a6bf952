// SPDX-License-Identifier: GPL-3.0-or-later
// The gazetteer loader on a code table (provinces.csv, cities.csv, areas.csv) and a crosswalk of
// boundary changes made of the input, cut at 0x00 bytes; then a few resolutions.
#include "core/gazetteer/gazetteer.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto parts = cb::fuzz::split(cb::fuzz::asText(data, size), '\0', 4);
  cb::fuzz::writeFile("codes/provinces.csv", parts[0]);
  cb::fuzz::writeFile("codes/cities.csv", parts[1]);
  cb::fuzz::writeFile("codes/areas.csv", parts[2]);
  const auto crosswalk = cb::fuzz::writeFile("changes.csv", parts[3]);
  cb::LoadReport report;
  const std::optional<cb::Gazetteer> gazetteer = cb::Gazetteer::load(cb::fuzz::scratch() / "codes", crosswalk, report);
  if (!gazetteer) return 0;
  for (const char* place : {"深圳市", "深圳", "440300", "广东省深圳市", "乐清", "44", ""}) {
    static_cast<void>(gazetteer->resolve(place, "广东省"));
  }
  return 0;
}
