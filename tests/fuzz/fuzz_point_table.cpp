// SPDX-License-Identifier: GPL-3.0-or-later
// The text-table and point-table readers on CSV bytes (through GDAL's CSV driver): a table, or
// nothing with an Error; every row kept or reported.
#include "core/io/point_table_reader.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto path = cb::fuzz::writeFile("table.csv", cb::fuzz::asText(data, size));
  cb::LoadReport report;
  const std::optional<cb::PointTable> table = cb::readPointTable(path, cb::PointKind::Cluster, {}, report);
  if (!table && !report.hasErrors()) __builtin_trap();  // refused without saying why
  return 0;
}
