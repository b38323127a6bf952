// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <utility>
#include <vector>

#include "core/match/match_engine.h"

namespace cb {

/// The whole report as JSON: summary, by_program, by_province, cities (with clusters, belts
/// and pairs), unresolved and unplaced_industries. Keys and order are fixed; shares are
/// fractions rounded to four decimals. `extraMembers` are appended to the top-level object, each a
/// key and a JSON text (e.g. the significance of the figures, which core/match does not know).
void writeJsonReport(const MatchReport& report, std::ostream& out,
                     const std::vector<std::pair<std::string, std::string>>& extraMembers = {});

/// One CSV row per cluster and per belt, resolved or not: where it was placed, its groups and,
/// for clusters, the outcome and the belts that give it. UTF-8 with a header line.
void writeCsvReport(const MatchReport& report, std::ostream& out);

/// A Markdown report: the summary in the study's terms, tables by programme and province,
/// the cities with both, and every unresolved row.
void writeMarkdownReport(const MatchReport& report, std::ostream& out);

/// The summary as a few lines of plain text, with every unresolved row listed.
std::string summaryText(const MatchReport& report);

/// "84.3%" for 0.8428; "-" when the whole is zero.
std::string percent(std::size_t part, std::size_t whole);

}  // namespace cb
