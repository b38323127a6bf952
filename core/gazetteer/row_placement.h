// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The placement stage of the analysis: every row of a cluster or belt table is resolved to its
// 2021 prefecture-level unit once, and the match, the ellipses, the map and the writers all read
// the same answer.

#include <string>
#include <vector>

#include "core/gazetteer/gazetteer.h"
#include "core/gazetteer/record_resolver.h"
#include "core/model/point_table.h"

namespace cb {

/// A row that was placed in a 2021 unit.
struct PlacedRecord {
  std::size_t record = 0;  ///< index into PointTable::records
  std::string code;        ///< the 2021 unit's 6-digit code
  std::string unitName;    ///< the 2021 unit's name
  std::string value;       ///< what was resolved: the code, city or counties as given
  ResolveRule rule = ResolveRule::None;
  std::string note;        ///< e.g. a county that lies in another prefecture than the city
};

/// Where the rows of one table went: each row is in exactly one of the two lists.
struct TablePlacement {
  std::vector<PlacedRecord> placed;   ///< in file order
  std::vector<UnplacedRow> unplaced;  ///< in file order; reason "city '火星市' is unresolved: …"
};

/// Resolves every record of `table` (see RecordResolver for the order of the columns).
TablePlacement placeRecords(const PointTable& table, PointKind kind, RecordResolver& resolver);

}  // namespace cb
