// SPDX-License-Identifier: GPL-3.0-or-later
// The row-filter expression parser (--clusters-where COLUMN=V1|V2|LO..HI), its text form, and the
// filter applied to a small table.
#include "core/io/point_table_reader.h"
#include "core/model/point_table.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string expression(cb::fuzz::asText(data, size));
  const std::optional<cb::RowFilter> filter = cb::parseRowFilter(expression);
  if (!filter) return 0;
  const std::optional<cb::RowFilter> again = cb::parseRowFilter(cb::rowFilterText(*filter));
  if (!again || again->column != filter->column) __builtin_trap();  // the text form reads back
  static const auto table = cb::fuzz::writeFile(
      "filtered.csv", "city,industry_zh,year,strength\n深圳市,生物医药,2019,explicit\n广州市,汽车,2021,implied\n");
  cb::LoadReport report;
  static_cast<void>(cb::readPointTable(table, cb::PointKind::Belt, {}, report, {*filter}));
  return 0;
}
