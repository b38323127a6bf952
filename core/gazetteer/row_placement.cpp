// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gazetteer/row_placement.h"

namespace cb {

TablePlacement placeRecords(const PointTable& table, PointKind kind, RecordResolver& resolver) {
  TablePlacement out;
  out.placed.reserve(table.records.size());
  for (std::size_t i = 0; i < table.records.size(); ++i) {
    const PointRecord& record = table.records[i];
    RecordResolver::Outcome outcome = resolver.resolveRecord(record);
    if (outcome.resolution.resolved()) {
      out.placed.push_back({i, outcome.resolution.code, outcome.resolution.name, std::move(outcome.value),
                            outcome.resolution.rule, std::move(outcome.note)});
      continue;
    }
    const Resolution& r = outcome.resolution;
    std::string reason = outcome.via.empty() ? std::string(statusName(r.status))
                                             : outcome.via + " '" + outcome.value + "' is " + statusName(r.status);
    if (!r.detail.empty()) reason += ": " + r.detail;
    out.unplaced.push_back(
        {kind, table.file, record.row, record.name, outcome.value, std::move(reason), r.candidates});
  }
  return out;
}

}  // namespace cb
