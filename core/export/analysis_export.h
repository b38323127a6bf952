// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

#include "core/analysis/analysis.h"

namespace cb {

/// What of an analysis can be written out. OverTime: the ellipses per year and the steps of
/// their centres (Analysis::trajectories).
enum class ExportWhat { Outcomes, Ellipses, Clusters, Belts, Cities, OverTime };

/// "outcomes", "ellipses", "clusters", "belts", "cities", "over-time" → the value; nothing for
/// other text.
std::optional<ExportWhat> parseExportWhat(const std::string& name);
const char* exportWhatName(ExportWhat what);

/// True when `what` can be written to a file with this extension: outcomes and ellipses as
/// layers (.gpkg, .shp) or tables (.csv, .xlsx); clusters, belts and cities as tables.
bool canExport(ExportWhat what, const std::filesystem::path& path);

/// Writes `what` to `path`, the format chosen by the extension (GeoPackage; Shapefile in UTF-8
/// with a .cpg; CSV in UTF-8 with a BOM for Excel; XLSX — all through GDAL). Returns the number
/// of features or rows written. Throws std::invalid_argument for an extension that does not fit
/// (canExport) and std::runtime_error naming the file when it cannot be written.
std::size_t exportAnalysis(const Analysis& analysis, ExportWhat what, const std::filesystem::path& path);

}  // namespace cb
