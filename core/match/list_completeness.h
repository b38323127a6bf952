// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/model/point_table.h"
#include "core/model/load_report.h"

namespace cb {

/// A published list of national clusters or online belts (a programme's batch, a platform's
/// list), with how many entries its publisher announced. Read from data/completeness.csv, so
/// that a report can say how much of each list the bundled data hold.
struct PublishedList {
  std::string id;
  PointKind kind = PointKind::Cluster;
  std::string program;            ///< the `program` value its rows carry; empty: any
  std::optional<int> yearFrom;    ///< rows with a year in [yearFrom, yearTo] belong to the list;
  std::optional<int> yearTo;      ///< with neither, every row of the programme (with or without a year)
  std::optional<int> announced;   ///< entries the publisher announced; empty when none was published
  std::string description;        ///< one line, English
  std::string source;             ///< address(es) of the announcement
  std::string note;               ///< what is missing, what could not be found
};

/// How many entries of a published list a loaded table holds: distinct clusters by programme and
/// name (a cluster over several cities counts once), or belt rows.
struct ListCompleteness {
  PublishedList list;
  std::size_t held = 0;
  /// held / announced, or nothing when no total was announced.
  [[nodiscard]] std::optional<double> share() const;
};

/// "description: 52 of 66 (78.8%)", or "description: 104 (no total announced)"; for the plain-text
/// and Markdown reports.
std::string completenessText(const ListCompleteness& completeness);

/// Reads a completeness table (columns id, kind, program, year_from, year_to, announced,
/// description, source, note). A row with an unknown kind or an unreadable number is reported
/// with file and row and skipped; nothing is returned when the file or a column is missing.
std::optional<std::vector<PublishedList>> readPublishedLists(const std::filesystem::path& path, LoadReport& report);

/// Counts, for each list of the table's kind, the entries of `table` that belong to it.
std::vector<ListCompleteness> measureCompleteness(const std::vector<PublishedList>& lists, PointKind kind,
                                                  const PointTable& table);

/// The completeness of the bundled lists that are in use: the clusters' lists when
/// `clustersBundled`, the belts' when `beltsBundled`; empty when neither is bundled. Problems
/// with data/completeness.csv go to `report`.
std::vector<ListCompleteness> bundledCompleteness(bool clustersBundled, const PointTable& clusters, bool beltsBundled,
                                                  const PointTable& belts, LoadReport& report);

}  // namespace cb
