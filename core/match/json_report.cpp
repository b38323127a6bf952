// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <ostream>

#include "core/match/report_writers.h"

namespace cb {

namespace {

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buffer;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string fraction(std::size_t part, std::size_t whole) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", MatchTally::share(part, whole));
  return buffer;
}

std::string list(const std::vector<std::string>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + quoted(values[i]);
  return out + "]";
}

void writeTally(const MatchTally& t, std::ostream& out, const std::string& indent) {
  out << indent << "\"clusters\": " << t.clusters << ",\n"
      << indent << "\"cities_with_clusters\": " << t.citiesWithClusters << ",\n"
      << indent << "\"cities_with_both\": " << t.citiesWithBoth << ",\n"
      << indent << "\"share_cities_with_both\": " << fraction(t.citiesWithBoth, t.citiesWithClusters) << ",\n"
      << indent << "\"clusters_identical\": " << t.identical << ",\n"
      << indent << "\"clusters_similar\": " << t.similar << ",\n"
      << indent << "\"clusters_identical_or_similar\": " << t.identicalOrSimilar() << ",\n"
      << indent << "\"share_identical_or_similar\": " << fraction(t.identicalOrSimilar(), t.clusters) << ",\n"
      << indent << "\"share_identical\": " << fraction(t.identical, t.clusters) << ",\n"
      << indent << "\"share_similar\": " << fraction(t.similar, t.clusters) << ",\n"
      << indent << "\"clusters_unrelated\": " << t.unrelated << ",\n"
      << indent << "\"clusters_no_belt\": " << t.noBelt;
}

void writeTallies(const std::map<std::string, MatchTally>& tallies, std::ostream& out) {
  out << "{";
  bool first = true;
  for (const auto& [key, tally] : tallies) {
    out << (first ? "\n" : ",\n") << "    " << quoted(key) << ": {\n";
    writeTally(tally, out, "      ");
    out << "\n    }";
    first = false;
  }
  out << (first ? "}" : "\n  }");
}

void writeEntry(const MatchEntry& e, bool cluster, std::ostream& out) {
  out << "{\"row\": " << e.row << ", \"name\": " << quoted(e.name) << ", \"program\": " << quoted(e.program)
      << ", \"industry\": " << quoted(e.industry) << ", \"groups\": " << list(e.groupIds)
      << ", \"place\": " << quoted(e.place) << ", \"resolved_by\": " << quoted(ruleName(e.rule));
  if (cluster) out << ", \"outcome\": " << quoted(outcomeName(e.outcome));
  if (!e.note.empty()) out << ", \"note\": " << quoted(e.note);
  out << "}";
}

void writeRows(const std::vector<UnplacedRow>& rows, std::ostream& out) {
  out << "[";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const UnplacedRow& r = rows[i];
    out << (i ? ",\n" : "\n") << "    {\"kind\": " << quoted(std::string(pointKindName(r.kind))) << ", \"file\": " << quoted(r.file)
        << ", \"row\": " << r.row << ", \"value\": " << quoted(r.value) << ", \"reason\": " << quoted(r.reason);
    if (!r.candidates.empty()) out << ", \"candidates\": " << list(r.candidates);
    out << "}";
  }
  out << (rows.empty() ? "]" : "\n  ]");
}

}  // namespace

void writeJsonReport(const MatchReport& report, std::ostream& out,
                     const std::vector<std::pair<std::string, std::string>>& extraMembers) {
  const MatchTally& s = report.summary;
  out << "{\n  \"clusters_file\": " << quoted(report.clustersFile) << ",\n  \"belts_file\": "
      << quoted(report.beltsFile) << ",\n  \"summary\": {\n";
  writeTally(s, out, "    ");
  out << ",\n    \"belts\": " << report.belts.size() << ",\n    \"cities_with_belts\": " << report.citiesWithBelts
      << ",\n    \"distinct_clusters\": " << report.distinctClusters
      << ",\n    \"distinct_clusters_identical_or_similar\": " << report.distinctClustersIdenticalOrSimilar
      << ",\n    \"unresolved_clusters\": " << report.unresolvedClusters
      << ",\n    \"unresolved_belts\": " << report.unresolvedBelts
      << ",\n    \"unplaced_industries\": " << report.unplacedIndustries.size() << "\n  },\n  \"completeness\": [";
  for (std::size_t i = 0; i < report.completeness.size(); ++i) {
    const ListCompleteness& c = report.completeness[i];
    out << (i ? ",\n" : "\n") << "    {\"id\": " << quoted(c.list.id) << ", \"description\": " << quoted(c.list.description)
        << ", \"held\": " << c.held << ", \"announced\": "
        << (c.list.announced ? std::to_string(*c.list.announced) : std::string("null"))
        << ", \"source\": " << quoted(c.list.source) << ", \"note\": " << quoted(c.list.note) << "}";
  }
  out << (report.completeness.empty() ? "]" : "\n  ]") << ",\n  \"by_program\": ";
  writeTallies(report.byProgram, out);
  out << ",\n  \"by_province\": ";
  writeTallies(report.byProvince, out);
  out << ",\n  \"cities\": [";
  for (std::size_t i = 0; i < report.cities.size(); ++i) {
    const CityMatch& c = report.cities[i];
    out << (i ? ",\n" : "\n") << "    {\"code\": " << quoted(c.code) << ", \"name\": " << quoted(c.name)
        << ", \"province\": " << quoted(c.province) << ",\n     \"clusters\": [";
    for (std::size_t k = 0; k < c.clusters.size(); ++k) {
      out << (k ? ",\n       " : "") ;
      writeEntry(report.clusters[c.clusters[k]], true, out);
    }
    out << "],\n     \"belts\": [";
    for (std::size_t k = 0; k < c.belts.size(); ++k) {
      out << (k ? ",\n       " : "");
      writeEntry(report.belts[c.belts[k]], false, out);
    }
    out << "],\n     \"pairs\": [";
    for (std::size_t k = 0; k < c.pairs.size(); ++k) {
      const MatchPair& p = c.pairs[k];
      const MatchEntry& cluster = report.clusters[p.cluster];
      const MatchEntry& belt = report.belts[p.belt];
      out << (k ? ",\n       " : "") << "{\"cluster\": " << quoted(cluster.name) << ", \"cluster_row\": " << cluster.row
          << ", \"belt\": " << quoted(belt.name) << ", \"belt_row\": " << belt.row
          << ", \"match\": " << quoted(matchKindName(p.kind)) << ", \"groups\": " << list(p.groups) << "}";
    }
    out << "]}";
  }
  out << (report.cities.empty() ? "]" : "\n  ]") << ",\n  \"unresolved\": ";
  writeRows(report.unresolved, out);
  out << ",\n  \"unplaced_industries\": ";
  writeRows(report.unplacedIndustries, out);
  for (const auto& [key, json] : extraMembers) out << ",\n  " << quoted(key) << ": " << json;
  out << "\n}\n";
}

}  // namespace cb
