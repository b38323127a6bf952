// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace cb {

struct Analysis;

/// Writes the match outcome of every 2021 prefecture-level unit of the boundaries as a polygon
/// layer through GDAL: a GeoPackage for ".gpkg", an ESRI Shapefile for ".shp" (UTF-8 attributes
/// and a .cpg file saying so). One feature per unit, its geometry the union of the unit's regions
/// (older units merged into it, 莱芜 into 济南) as a MultiPolygon in China Albers metres (the
/// layer's CRS); regions that belong to no unit are left out.
///
/// Fields (Shapefile names in brackets): code, name, province, outcome (the choropleth's class:
/// identical, similar, unrelated, cluster-without-belt, belt-only, none), clusters, belts,
/// identical, similar, unrelated, no_belt (clusters per outcome) [no_belt], regions (how many
/// boundary regions make the unit). The file is replaced. Throws std::runtime_error naming the file.
/// Returns the number of features written.
std::size_t writeOutcomes(const std::filesystem::path& path, const Analysis& analysis);

}  // namespace cb
