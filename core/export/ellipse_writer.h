// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <span>

#include "core/stats/sde_analysis.h"

namespace cb {

/// Writes standard deviational ellipses as a polygon layer through GDAL, one feature per ellipse
/// in the given order: a GeoPackage for ".gpkg", an ESRI Shapefile for ".shp" (UTF-8 attributes
/// and a .cpg file saying so). The geometry is SdeEllipse::polygon in the ellipses' computation
/// CRS (China Albers metres by default), which becomes the layer's CRS; ellipses without a polygon
/// (no ellipse, or collinear points) are written with an empty geometry so that their parameters
/// still appear.
///
/// Fields (GeoPackage name / Shapefile name, at most 10 characters):
///   group/group, n/n, weight_sum/weight_sum, center_x/center_x, center_y/center_y (CRS units),
///   center_lon/center_lon, center_lat/center_lat (WGS 84 degrees), sigma_major/sigma_maj,
///   sigma_minor/sigma_min (semi-axes, CRS units), azimuth_deg/azimuth (major axis, clockwise
///   from grid north), azimuth_true_deg/azim_true, grid_convergence_deg/grid_conv, area_km2/area_km2,
///   axis_ratio/axis_ratio (b/a), flattening/flattening, eccentricity/eccentric, method/method,
///   method_label/method_lbl, k/k, p/p, scale_factor/scale, has_ellipse/has_ell, collinear/collinear,
///   circular/circular, and the ArcGIS Directional Distribution fields CenterX, CenterY, XStdDist
///   (= minor), YStdDist (= major, along Rotation), Rotation (see ArcGisSdeFields).
/// The file is replaced if it exists. Throws std::runtime_error naming the file on failure.
void writeEllipses(const std::filesystem::path& path, std::span<const SdeEllipse> ellipses);

}  // namespace cb
