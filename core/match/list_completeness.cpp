// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/match/list_completeness.h"

#include <charconv>
#include <cstdio>
#include <set>
#include <utility>

#include "core/io/bundled_data.h"
#include "core/io/point_table_reader.h"
#include "core/util/text.h"

namespace cb {
namespace {

const std::vector<std::string> kColumns = {"id",        "kind",        "program", "year_from", "year_to",
                                           "announced", "description", "source",  "note"};

bool belongs(const PublishedList& list, const PointRecord& record) {
  if (!list.program.empty() && record.program != list.program) return false;
  if (!list.yearFrom && !list.yearTo) return true;
  if (!record.year) return false;
  return (!list.yearFrom || *record.year >= *list.yearFrom) && (!list.yearTo || *record.year <= *list.yearTo);
}

}  // namespace

std::optional<double> ListCompleteness::share() const {
  if (!list.announced || *list.announced == 0) return std::nullopt;
  return static_cast<double>(held) / *list.announced;
}

std::string completenessText(const ListCompleteness& c) {
  std::string text = c.list.description + ": " + std::to_string(c.held);
  if (const auto share = c.share()) {
    char percent[32];
    std::snprintf(percent, sizeof percent, "%.1f%%", 100.0 * *share);
    return text + " of " + std::to_string(*c.list.announced) + " (" + percent + ")";
  }
  return text + " (no total announced)";
}

std::optional<std::vector<PublishedList>> readPublishedLists(const std::filesystem::path& path, LoadReport& report) {
  const std::optional<TextTable> table = readTextTableWithColumns(path, kColumns, report);
  if (!table) return std::nullopt;
  const auto cell = [&](const TextTable::Row& row, const std::string& column) {
    return text::trim(row.values[static_cast<std::size_t>(table->column(column))]);
  };
  std::vector<PublishedList> lists;
  for (const TextTable::Row& row : table->rows) {
    PublishedList list;
    list.id = cell(row, "id");
    const std::string kind = cell(row, "kind");
    if (kind == "clusters") {
      list.kind = PointKind::Cluster;
    } else if (kind == "belts") {
      list.kind = PointKind::Belt;
    } else {
      report.warning(path.string(), row.row, "kind must be 'clusters' or 'belts', not '" + kind + "'; row skipped");
      continue;
    }
    // Empty cells mean "not stated"; anything else must be a whole number of 0 or more.
    const auto wholeOrEmpty = [&](const char* column, std::optional<int>& target) {
      const std::string value = cell(row, column);
      if (value.empty()) return true;
      target = text::parseInteger(value);
      return target.has_value() && *target >= 0;
    };
    const bool okFrom = wholeOrEmpty("year_from", list.yearFrom);
    const bool okTo = wholeOrEmpty("year_to", list.yearTo);
    const bool okAnnounced = wholeOrEmpty("announced", list.announced);
    if (!okFrom || !okTo || !okAnnounced) {
      report.warning(path.string(), row.row, "year_from, year_to and announced must be whole numbers; row skipped");
      continue;
    }
    list.program = cell(row, "program");
    list.description = cell(row, "description");
    list.source = cell(row, "source");
    list.note = cell(row, "note");
    lists.push_back(std::move(list));
  }
  return lists;
}

std::vector<ListCompleteness> measureCompleteness(const std::vector<PublishedList>& lists, PointKind kind,
                                                  const PointTable& table) {
  std::vector<ListCompleteness> result;
  for (const PublishedList& list : lists) {
    if (list.kind != kind) continue;
    ListCompleteness measured{list, 0};
    if (kind == PointKind::Cluster) {
      std::set<std::pair<std::string, std::string>> distinct;
      for (const PointRecord& r : table.records) {
        if (belongs(list, r)) distinct.emplace(r.program, r.name);
      }
      measured.held = distinct.size();
    } else {
      for (const PointRecord& r : table.records) measured.held += belongs(list, r) ? 1 : 0;
    }
    result.push_back(std::move(measured));
  }
  return result;
}

std::vector<ListCompleteness> bundledCompleteness(bool clustersBundled, const PointTable& clusters, bool beltsBundled,
                                                  const PointTable& belts, LoadReport& report) {
  if (!clustersBundled && !beltsBundled) return {};
  const std::filesystem::path path = bundledDataFile(bundled::kCompleteness);
  const auto lists = readPublishedLists(path, report);
  if (!lists) return {};
  std::vector<ListCompleteness> result;
  if (clustersBundled) result = measureCompleteness(*lists, PointKind::Cluster, clusters);
  if (beltsBundled) {
    std::vector<ListCompleteness> beltLists = measureCompleteness(*lists, PointKind::Belt, belts);
    result.insert(result.end(), beltLists.begin(), beltLists.end());
  }
  return result;
}

}  // namespace cb
