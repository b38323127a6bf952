// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace cb {

/// The folder of the bundled data (boundaries, code tables, clusters, belts, taxonomy), searched in
/// this order: $CLUSTERBELT_DATA_DIR; <executable>/../data (a build tree); <executable>/../share/
/// clusterbelt/data (an installation); the build tree this binary was configured for.
/// Returns an empty path when none exists.
std::filesystem::path bundledDataDir();

/// bundledDataDir() / relative, or an empty path when the data folder is not found.
std::filesystem::path bundledDataFile(const std::string& relative);

/// The bundled prefecture GeoPackage (china_prefectures.gpkg).
std::filesystem::path bundledBoundaries();

}  // namespace cb
