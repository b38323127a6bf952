// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/analysis_export.h"
#include "core/util/text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "core/export/ellipse_writer.h"
#include "core/export/outcome_writer.h"
#include "core/export/significance_report.h"
#include "core/export/table_writer.h"

namespace cb {
namespace {

constexpr std::array<std::pair<ExportWhat, const char*>, 6> kNames = {{{ExportWhat::Outcomes, "outcomes"},
                                                                       {ExportWhat::Ellipses, "ellipses"},
                                                                       {ExportWhat::Clusters, "clusters"},
                                                                       {ExportWhat::Belts, "belts"},
                                                                       {ExportWhat::Cities, "cities"},
                                                                       {ExportWhat::OverTime, "over-time"}}};

bool isLayerFile(const std::filesystem::path& path) {
  const std::string ext = text::lowerExtension(path);
  return ext == ".gpkg" || ext == ".shp";
}

bool isTableFile(const std::filesystem::path& path) {
  const std::string ext = text::lowerExtension(path);
  return ext == ".csv" || ext == ".xlsx";
}

}  // namespace

std::optional<ExportWhat> parseExportWhat(const std::string& name) {
  for (const auto& [what, text] : kNames) {
    if (name == text) return what;
  }
  return std::nullopt;
}

const char* exportWhatName(ExportWhat what) {
  for (const auto& [value, text] : kNames) {
    if (value == what) return text;
  }
  return "outcomes";
}

bool canExport(ExportWhat what, const std::filesystem::path& path) {
  const bool geometric = what == ExportWhat::Outcomes || what == ExportWhat::Ellipses;
  return isTableFile(path) || (geometric && isLayerFile(path));
}

std::size_t exportAnalysis(const Analysis& analysis, ExportWhat what, const std::filesystem::path& path) {
  if (!canExport(what, path)) {
    const bool geometric = what == ExportWhat::Outcomes || what == ExportWhat::Ellipses;
    throw std::invalid_argument(std::string("write ") + exportWhatName(what) + " as " +
                                (geometric ? ".gpkg, .shp, .csv or .xlsx" : ".csv or .xlsx") + ", not '" +
                                path.string() + "'");
  }
  if (isLayerFile(path)) {
    if (what == ExportWhat::Outcomes) return writeOutcomes(path, analysis);
    writeEllipses(path, analysis.ellipses.ellipses);
    return analysis.ellipses.ellipses.size();
  }
  DataTable data;
  switch (what) {
    case ExportWhat::Clusters: data = clustersTable(analysis); break;
    case ExportWhat::Belts: data = beltsTable(analysis); break;
    case ExportWhat::Ellipses: data = ellipsesTable(analysis); break;
    case ExportWhat::OverTime: data = trajectoryTable(analysis.trajectories); break;
    case ExportWhat::Outcomes:
    case ExportWhat::Cities: data = citiesTable(analysis); break;
  }
  writeTable(path, data);
  return data.rows.size();
}

}  // namespace cb
