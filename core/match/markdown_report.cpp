// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <ostream>
#include <sstream>

#include "core/match/report_writers.h"

namespace cb {

std::string percent(std::size_t part, std::size_t whole) {
  if (whole == 0) return "-";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", 100.0 * MatchTally::share(part, whole));
  return buffer;
}

namespace {

std::string cell(std::string s) {
  for (std::size_t i = s.find('|'); i != std::string::npos; i = s.find('|', i + 2)) s.replace(i, 1, "\\|");
  return s;
}

void tallyTable(const char* title, const char* keyName, const std::map<std::string, MatchTally>& tallies,
                std::ostream& out) {
  out << "\n## " << title << "\n\n| " << keyName
      << " | clusters | cities with clusters | cities with both | identical | similar | identical or similar | "
         "unrelated | no belt |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const auto& [key, t] : tallies) {
    out << "| " << cell(key.empty() ? "(none)" : key) << " | " << t.clusters << " | " << t.citiesWithClusters << " | "
        << t.citiesWithBoth << " (" << percent(t.citiesWithBoth, t.citiesWithClusters) << ") | " << t.identical << " | "
        << t.similar << " | " << t.identicalOrSimilar() << " (" << percent(t.identicalOrSimilar(), t.clusters)
        << ") | " << t.unrelated << " | " << t.noBelt << " |\n";
  }
}

void rowList(const std::vector<UnplacedRow>& rows, std::ostream& out) {
  if (rows.empty()) {
    out << "None.\n";
    return;
  }
  for (const UnplacedRow& r : rows) {
    out << "- " << pointKindName(r.kind) << " " << r.file << ":" << r.row << ": '" << r.value << "': " << r.reason;
    for (std::size_t i = 0; i < r.candidates.size(); ++i) out << (i ? "; " : " (candidates: ") << r.candidates[i];
    out << (r.candidates.empty() ? "" : ")") << "\n";
  }
}

}  // namespace

std::string summaryText(const MatchReport& report) {
  const MatchTally& s = report.summary;
  std::ostringstream out;
  out << "clusters: " << s.clusters << " (" << report.distinctClusters << " distinct by programme and name)\n"
      << "cities with clusters: " << s.citiesWithClusters << "\n"
      << "cities with both clusters and belts: " << s.citiesWithBoth << " ("
      << percent(s.citiesWithBoth, s.citiesWithClusters) << " of the cities with clusters)\n"
      << "clusters with an identical or similar belt in their city: " << s.identicalOrSimilar() << " ("
      << percent(s.identicalOrSimilar(), s.clusters) << "): identical " << s.identical << " ("
      << percent(s.identical, s.clusters) << "), similar " << s.similar << " (" << percent(s.similar, s.clusters)
      << ")\n"
      << "clusters with only unrelated belts: " << s.unrelated << "; with no belt in their city: " << s.noBelt << "\n"
      << "belts: " << report.belts.size() << " in " << report.citiesWithBelts << " cities\n"
      << "unresolved rows: " << report.unresolved.size() << " (" << report.unresolvedClusters << " clusters, "
      << report.unresolvedBelts << " belts)\n";
  for (const UnplacedRow& r : report.unresolved) {
    out << "  " << r.file << ":" << r.row << ": " << pointKindName(r.kind) << " '" << r.value << "': " << r.reason << "\n";
  }
  if (!report.completeness.empty()) out << "completeness of the bundled lists:\n";
  for (const ListCompleteness& c : report.completeness) out << "  " << completenessText(c) << "\n";
  out << "industries the taxonomy cannot place: " << report.unplacedIndustries.size() << "\n";
  for (const UnplacedRow& r : report.unplacedIndustries) {
    out << "  " << r.file << ":" << r.row << ": " << pointKindName(r.kind) << " '" << r.value << "': " << r.reason << "\n";
  }
  return out.str();
}

void writeMarkdownReport(const MatchReport& report, std::ostream& out) {
  const MatchTally& s = report.summary;
  out << "# Clusters and online industrial belts\n\nClusters: `" << report.clustersFile << "`; belts: `"
      << report.beltsFile << "`. Only resolved rows are counted; unresolved rows are listed at the end.\n\n"
      << "## Summary\n\n| figure | value |\n|---|---:|\n"
      << "| clusters (one per cluster and city) | " << s.clusters << " |\n"
      << "| distinct clusters (programme and name) | " << report.distinctClusters << " |\n"
      << "| cities with clusters | " << s.citiesWithClusters << " |\n"
      << "| cities with both clusters and belts | " << s.citiesWithBoth << " ("
      << percent(s.citiesWithBoth, s.citiesWithClusters) << ") |\n"
      << "| clusters with an identical or similar belt in their city | " << s.identicalOrSimilar() << " ("
      << percent(s.identicalOrSimilar(), s.clusters) << ") |\n"
      << "| … identical | " << s.identical << " (" << percent(s.identical, s.clusters) << ") |\n"
      << "| … similar | " << s.similar << " (" << percent(s.similar, s.clusters) << ") |\n"
      << "| clusters with only unrelated belts | " << s.unrelated << " |\n"
      << "| clusters with no belt in their city | " << s.noBelt << " |\n"
      << "| belts | " << report.belts.size() << " in " << report.citiesWithBelts << " cities |\n"
      << "| unresolved rows | " << report.unresolved.size() << " |\n";
  if (!report.completeness.empty()) {
    out << "\n## Completeness of the bundled lists\n\n| list | held | announced | share | missing or doubtful |\n"
           "|---|---:|---:|---:|---|\n";
    for (const ListCompleteness& c : report.completeness) {
      const auto share = c.share();
      out << "| " << cell(c.list.description) << " | " << c.held << " | "
          << (c.list.announced ? std::to_string(*c.list.announced) : "-") << " | "
          << (share ? percent(c.held, static_cast<std::size_t>(*c.list.announced)) : "-") << " | "
          << cell(c.list.note) << " |\n";
    }
  }
  tallyTable("By programme", "programme", report.byProgram, out);
  tallyTable("By province", "province", report.byProvince, out);

  out << "\n## Cities with both clusters and belts\n\n| code | city | cluster | industry | outcome | belts |\n"
         "|---|---|---|---|---|---|\n";
  for (const CityMatch& c : report.cities) {
    if (c.clusters.empty() || c.belts.empty()) continue;
    std::string belts;
    for (const std::size_t b : c.belts) belts += (belts.empty() ? "" : "; ") + report.belts[b].name;
    for (const std::size_t k : c.clusters) {
      const MatchEntry& e = report.clusters[k];
      out << "| " << c.code << " | " << c.name << " | " << cell(e.name) << " | " << cell(e.industry) << " | "
          << outcomeName(e.outcome) << " | " << cell(belts) << " |\n";
    }
  }
  out << "\n## Unresolved rows\n\n";
  rowList(report.unresolved, out);
  out << "\n## Industries the taxonomy cannot place\n\n";
  rowList(report.unplacedIndustries, out);
}

}  // namespace cb
