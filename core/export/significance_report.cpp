// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/significance_report.h"

#include <cstdio>
#include <stdexcept>
#include <ostream>
#include <string>

#include "core/util/text.h"

namespace cb {
namespace {

std::string number(double value) { return text::formatNumber(value); }
std::string count(std::size_t value) { return std::to_string(value); }

// "0.0001", "0.5000": p-values and shares with four decimals, as the match reports print them.
std::string fixed4(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", value);
  return buffer;
}

std::string figureLabel(const PermutationFigure& f) {
  std::string label = f.figure == "cities_with_both"                ? "cities with both"
                      : f.figure == "clusters_identical"            ? "clusters with an identical belt"
                                                                    : "clusters with an identical or similar belt";
  return f.programme.empty() ? label : label + " (" + f.programme + ")";
}

DataTable table(std::string name, std::vector<std::string> columns, std::vector<bool> numeric) {
  DataTable t;
  t.name = std::move(name);
  t.columns = std::move(columns);
  t.numeric = std::move(numeric);
  return t;
}

}  // namespace

DataTable permutationTable(const PermutationTest& test) {
  DataTable t = table("permutation_test",
                      {"figure", "programme", "whole", "observed", "observed_share", "null_model", "permutations",
                       "seed", "null_mean", "null_low", "null_high", "at_least_observed", "p_value", "fixed_by_model"},
                      {false, false, true, true, true, false, true, true, true, true, true, true, true, true});
  for (const PermutationFigure& f : test.figures) {
    t.rows.push_back({f.figure, f.programme, count(f.whole), number(f.null.observed),
                      number(f.whole == 0 ? NAN : f.null.observed / static_cast<double>(f.whole)),
                      std::string(beltNullModelName(test.options.model)), count(f.null.replicates),
                      std::to_string(test.options.seed), number(f.null.mean), number(f.null.low),
                      number(f.null.high), count(f.null.atLeastObserved), number(f.null.pValue),
                      f.fixedByModel ? "1" : "0"});
  }
  return t;
}

DataTable colocationTable(const StudyColocation& colocation, const MatchReport& match) {
  DataTable t = table("colocation_local", {"cluster_row", "name", "program", "code", "clq", "neighbours", "p_value"},
                      {true, false, false, false, true, true, true});
  const ColocationResult& r = colocation.result;
  for (std::size_t i = 0; i < r.local.size(); ++i) {
    const MatchEntry& cluster = match.clusters.at(colocation.clusters.at(i));
    t.rows.push_back({std::to_string(cluster.row), cluster.name, cluster.program, cluster.code,
                      number(r.local[i].value), count(r.local[i].neighbours), number(r.local[i].pValue)});
  }
  return t;
}

DataTable colocationSummaryTable(const StudyColocation& colocation) {
  DataTable t = table("colocation",
                      {"points", "neighbourhood", "k", "band_m", "clusters", "belts", "c_ab", "clq", "permutations",
                       "seed", "null_mean", "null_low", "null_high", "at_least_observed", "p_value"},
                      {false, false, true, true, true, true, true, true, true, true, true, true, true, true, true});
  const ColocationResult& r = colocation.result;
  const bool band = r.options.neighbourhood == Neighbourhood::DistanceBand;
  t.rows.push_back({colocation.points == ColocationPoints::PrefecturePoints ? "prefecture" : "coordinates",
                    std::string(neighbourhoodName(r.options.neighbourhood)), band ? "" : count(r.options.k),
                    band ? number(r.options.bandMetres) : "", count(r.clusters), count(r.belts), number(r.cAB),
                    number(r.clq), count(r.null.replicates), std::to_string(r.options.seed), number(r.null.mean),
                    number(r.null.low), number(r.null.high), count(r.null.atLeastObserved), number(r.null.pValue)});
  return t;
}

DataTable bootstrapTable(const std::vector<GroupBootstrap>& bootstraps) {
  std::vector<std::string> columns = {"group", "replicates", "undefined_replicates", "level"};
  for (const char* value : {"center_x", "center_y", "sigma_major", "sigma_minor", "azimuth_deg", "area_km2"}) {
    for (const char* part : {"", "_low", "_high"}) columns.push_back(std::string(value) + part);
  }
  columns.push_back("reason");
  std::vector<bool> numeric(columns.size(), true);
  numeric.front() = false;
  numeric.back() = false;
  DataTable t = table("bootstrap", columns, numeric);
  for (const GroupBootstrap& g : bootstraps) {
    const EllipseBootstrap& b = g.bootstrap;
    std::vector<std::string> row = {g.group, count(b.replicates), count(b.undefinedReplicates), number(b.level)};
    const auto add = [&](const BootstrapInterval& i, double scale) {
      for (const double v : {i.estimate, i.low, i.high}) row.push_back(b.computed ? number(v * scale) : "");
    };
    add(b.centreX, 1.0);
    add(b.centreY, 1.0);
    add(b.major, 1.0);
    add(b.minor, 1.0);
    add(b.azimuth, 1.0);
    add(b.area, 1e-6);  // m² → km²
    row.push_back(b.reason);
    t.rows.push_back(std::move(row));
  }
  return t;
}

DataTable trajectoryTable(const std::vector<CentreTrajectory>& trajectories) {
  DataTable t = table("over_time",
                      {"group", "cumulative", "year", "points", "has_ellipse", "center_x", "center_y", "center_lon",
                       "center_lat", "sigma_major", "sigma_minor", "azimuth_true_deg", "area_km2", "flattening",
                       "step_from_year", "distance_km", "bearing_deg", "speed_km_per_year", "area_change_km2",
                       "area_change_percent", "major_change_km", "minor_change_km", "flattening_change",
                       "azimuth_change_deg"},
                      {});
  t.numeric.assign(t.columns.size(), true);
  t.numeric[0] = false;
  for (const CentreTrajectory& trajectory : trajectories) {
    for (const PeriodEllipse& p : trajectory.periods) {
      const SdeEllipse& e = p.ellipse;
      const auto value = [&](double v) { return e.hasEllipse ? number(v) : std::string(); };
      std::vector<std::string> row = {trajectory.group, trajectory.cumulative ? "1" : "0", std::to_string(p.year),
                                      count(p.points), e.hasEllipse ? "1" : "0", value(e.sde.center.x),
                                      value(e.sde.center.y), value(e.centerLonLat.x), value(e.centerLonLat.y),
                                      value(e.sde.sigmaMajor), value(e.sde.sigmaMinor), value(e.azimuthTrueDeg),
                                      value(e.areaKm2), value(e.sde.flattening)};
      const TrajectoryStep* step = nullptr;
      for (const TrajectoryStep& s : trajectory.steps) {
        if (s.toYear == p.year) step = &s;
      }
      if (step != nullptr) {
        for (const std::string& v :
             {std::to_string(step->fromYear), number(step->distanceKm), number(step->bearingDeg),
              number(step->speedKmPerYear), number(step->areaChangeKm2), number(step->areaChangePercent),
              number(step->majorChangeKm), number(step->minorChangeKm), number(step->flatteningChange),
              number(step->azimuthChangeDeg)}) {
          row.push_back(v);
        }
      } else {
        row.resize(t.columns.size());
      }
      t.rows.push_back(std::move(row));
    }
  }
  return t;
}

std::vector<DataTable> significanceTables(const Significance& significance, const MatchReport& match) {
  std::vector<DataTable> tables;
  if (significance.permutation) tables.push_back(permutationTable(*significance.permutation));
  if (significance.colocation) {
    tables.push_back(colocationSummaryTable(*significance.colocation));
    tables.push_back(colocationTable(*significance.colocation, match));
  }
  if (!significance.bootstraps.empty()) tables.push_back(bootstrapTable(significance.bootstraps));
  if (!significance.trajectories.empty()) tables.push_back(trajectoryTable(significance.trajectories));
  return tables;
}

std::vector<std::filesystem::path> writeSignificanceTables(const std::filesystem::path& directory,
                                                           const Significance& significance, const MatchReport& match) {
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) throw std::runtime_error(directory.string() + ": cannot create the folder: " + error.message());
  std::vector<std::filesystem::path> written;
  for (const DataTable& table : significanceTables(significance, match)) {
    const std::filesystem::path file = directory / (table.name + ".csv");
    writeTable(file, table);
    written.push_back(file);
  }
  return written;
}

namespace {

// A table as a JSON array of objects, numbers where the column is numeric and the cell not empty.
CPLJSONArray tableJson(const DataTable& t) {
  CPLJSONArray rows;
  for (const std::vector<std::string>& cells : t.rows) {
    CPLJSONObject row;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      const std::string& cell = c < cells.size() ? cells[c] : std::string();
      if (cell.empty()) {
        row.AddNull(t.columns[c]);
      } else if (t.numeric[c] && cell.find_first_not_of("-0123456789") == std::string::npos) {
        row.Add(t.columns[c], static_cast<GInt64>(std::stoll(cell)));
      } else if (t.numeric[c]) {
        row.Add(t.columns[c], std::stod(cell));
      } else {
        row.Add(t.columns[c], cell);
      }
    }
    rows.Add(row);
  }
  return rows;
}

}  // namespace

CPLJSONObject significanceJson(const Significance& significance, const MatchReport& match) {
  CPLJSONObject root;
  if (const auto& test = significance.permutation) {
    CPLJSONObject json;
    json.Add("null_model", std::string(beltNullModelName(test->options.model)));
    json.Add("permutations", static_cast<GInt64>(test->options.permutations));
    json.Add("seed", static_cast<GInt64>(test->options.seed));
    json.Add("generator", test->generator);
    json.Add("candidate_units", static_cast<GInt64>(test->candidateUnits));
    json.Add("figures", tableJson(permutationTable(*test)));
    CPLJSONArray histograms;
    for (const PermutationFigure& f : test->figures) {
      CPLJSONObject h;
      h.Add("figure", f.figure);
      h.Add("programme", f.programme);
      h.Add("min", f.null.histogramMin);
      h.Add("max", f.null.histogramMax);
      CPLJSONArray counts;
      for (const std::size_t c : f.null.histogram) counts.Add(static_cast<GInt64>(c));
      h.Add("counts", counts);
      histograms.Add(h);
    }
    json.Add("histograms", histograms);
    root.Add("permutation_test", json);
  }
  if (const auto& colocation = significance.colocation) {
    CPLJSONObject json = tableJson(colocationSummaryTable(*colocation))[0];
    json.Add("local", tableJson(colocationTable(*colocation, match)));
    CPLJSONArray notes;
    for (const std::string& n : colocation->notes) notes.Add(n);
    json.Add("notes", notes);
    root.Add("colocation", json);
  }
  if (!significance.bootstraps.empty()) root.Add("bootstrap", tableJson(bootstrapTable(significance.bootstraps)));
  if (!significance.trajectories.empty()) {
    root.Add("over_time", tableJson(trajectoryTable(significance.trajectories)));
  }
  CPLJSONArray notes;
  for (const std::string& n : significance.notes) notes.Add(n);
  root.Add("notes", notes);
  return root;
}

void writeSignificanceMarkdown(const Significance& significance, std::ostream& out) {
  out << "\n## Significance\n\n";
  if (const auto& test = significance.permutation) {
    out << "Permutation test: " << test->options.permutations << " permutations, null model '"
        << beltNullModelName(test->options.model) << "', seed " << test->options.seed << " (" << test->generator
        << "). p = (r + 1) / (N + 1), r = permutations reaching the observed count.\n\n";
    out << "| Figure | Observed | Null mean | Null 95 % | p |\n|---|---:|---:|---:|---:|\n";
    for (const PermutationFigure& f : test->figures) {
      out << "| " << figureLabel(f) << " | " << number(f.null.observed) << " of " << f.whole << " | "
          << text::formatNumber(f.null.mean, 4) << " | " << number(f.null.low) << "–" << number(f.null.high) << " | "
          << (f.fixedByModel ? std::string("fixed by the model") : fixed4(f.null.pValue)) << " |\n";
    }
  }
  if (const auto& colocation = significance.colocation) {
    const ColocationResult& r = colocation->result;
    out << "\nColocation quotient clusters → belts (Leslie & Kronenfeld 2011): CLQ = " << text::formatNumber(r.clq, 4)
        << ", null 95 % " << text::formatNumber(r.null.low, 4) << "–" << text::formatNumber(r.null.high, 4)
        << ", p = " << fixed4(r.null.pValue) << " (" << r.null.replicates << " relabellings; "
        << (r.options.neighbourhood == Neighbourhood::DistanceBand
                ? "band " + text::formatNumber(r.options.bandMetres / 1000.0, 6) + " km"
                : std::to_string(r.options.k) + " nearest neighbours")
        << ", " << r.clusters << " clusters, " << r.belts << " belts).\n";
  }
  if (!significance.bootstraps.empty()) {
    out << "\nBootstrap of the ellipses (percentile intervals):\n\n"
        << "| Group | Centre x (km) | Centre y (km) | Semi-major (km) | Semi-minor (km) | Azimuth (°) | Area (km²) |\n"
        << "|---|---|---|---|---|---|---|\n";
    for (const GroupBootstrap& g : significance.bootstraps) {
      const EllipseBootstrap& b = g.bootstrap;
      if (!b.computed) {
        out << "| " << g.group << " | " << b.reason << " | | | | | |\n";
        continue;
      }
      const auto cell = [](const BootstrapInterval& i, double scale) {
        return text::formatNumber(i.estimate * scale, 5) + " (" + text::formatNumber(i.low * scale, 5) + "–" +
               text::formatNumber(i.high * scale, 5) + ")";
      };
      out << "| " << g.group << " | " << cell(b.centreX, 1e-3) << " | " << cell(b.centreY, 1e-3) << " | "
          << cell(b.major, 1e-3) << " | " << cell(b.minor, 1e-3) << " | " << cell(b.azimuth, 1.0) << " | "
          << cell(b.area, 1e-6) << " |\n";
    }
  }
  for (const CentreTrajectory& t : significance.trajectories) {
    out << "\nMean centre over time, " << t.group << (t.cumulative ? " (cumulative)" : " (per year)") << ":\n\n"
        << "| Step | Distance (km) | Bearing (°) | Speed (km/yr) | Area change (%) | Azimuth change (°) |\n"
        << "|---|---:|---:|---:|---:|---:|\n";
    for (const TrajectoryStep& s : t.steps) {
      out << "| " << s.fromYear << "→" << s.toYear << " | " << text::formatNumber(s.distanceKm, 5) << " | "
          << text::formatNumber(s.bearingDeg, 4) << " | " << text::formatNumber(s.speedKmPerYear, 5) << " | "
          << text::formatNumber(s.areaChangePercent, 4) << " | " << text::formatNumber(s.azimuthChangeDeg, 4)
          << " |\n";
    }
  }
  for (const std::string& n : significance.notes) out << "\nNote: " << n << "\n";
}

}  // namespace cb
