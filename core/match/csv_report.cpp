// SPDX-License-Identifier: GPL-3.0-or-later
#include <ostream>

#include "core/match/report_writers.h"

namespace cb {

namespace {

std::string field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (const char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string joined(const std::vector<std::string>& values, const char* separator = "|") {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : separator) + v;
  return out;
}

}  // namespace

void writeCsvReport(const MatchReport& report, std::ostream& out) {
  out << "kind,file,row,name,program,industry,groups,place,code,city,province,resolved_by,outcome,"
         "matching_belts,reason\n";
  auto writeEntry = [&](const char* kind, const std::string& file, const MatchEntry& e, const CityMatch& city,
                        const std::string& outcome, const std::string& belts, const std::string& reason) {
    out << kind << ',' << field(file) << ',' << e.row << ',' << field(e.name) << ',' << field(e.program) << ','
        << field(e.industry) << ',' << field(joined(e.groupIds)) << ',' << field(e.place) << ',' << city.code << ','
        << field(city.name) << ',' << field(city.province) << ',' << field(ruleName(e.rule)) << ',' << outcome << ','
        << field(belts) << ',' << field(reason) << '\n';
  };
  for (const CityMatch& city : report.cities) {
    for (const std::size_t k : city.clusters) {
      const MatchEntry& cluster = report.clusters[k];
      // The belts that give the cluster its outcome, when pairs were listed.
      std::vector<std::string> belts;
      for (const MatchPair& p : city.pairs) {
        if (p.cluster != k) continue;
        const bool best = (cluster.outcome == ClusterOutcome::Identical && p.kind == MatchKind::Identical) ||
                          (cluster.outcome == ClusterOutcome::Similar && p.kind == MatchKind::Similar);
        if (best) belts.push_back(report.belts[p.belt].name);
      }
      writeEntry("cluster", report.clustersFile, cluster, city, outcomeName(cluster.outcome), joined(belts, " | "),
                 cluster.note);
    }
    for (const std::size_t b : city.belts) {
      writeEntry("belt", report.beltsFile, report.belts[b], city, "", "", report.belts[b].note);
    }
  }
  for (const UnplacedRow& r : report.unresolved) {
    out << pointKindName(r.kind) << ',' << field(r.file) << ',' << r.row << ",,,,," << field(r.value) << ",,,,,unresolved,,"
        << field(r.reason + (r.candidates.empty() ? "" : " (" + joined(r.candidates, "; ") + ")")) << '\n';
  }
}

}  // namespace cb
