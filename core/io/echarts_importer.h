// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

#include "core/model/load_report.h"

namespace cb::echarts {

/// The tarball cannot be used: not a tarball, no maps, a map file that is not JSON or holds absurd
/// values. what() names the file (tarball:member) and the field.
struct ImportError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// What an import produced.
struct ImportSummary {
  std::size_t prefectures = 0;
  std::size_t provinces = 0;
  std::size_t repairs = 0;
  LoadReport report;  ///< every repair, dissolve and oddity, by source file and feature
};

/// Converts the China maps of an echarts 4 npm tarball (package/map/json/province/*.json for
/// prefectures, package/map/json/china.json for provinces) into a GeoPackage with two layers in
/// lon/lat (EPSG:4326):
///  - `prefectures`: fields adcode, name, short_name, province, province_adcode, level. The
///    districts of 北京, 天津, 上海 and 重庆, of Hong Kong and Macau, and the counties of Taiwan are
///    dissolved into one unit each; rings are closed; invalid geometries are made valid and
///    reported.
///  - `provinces`: the 34 provincial units with fields adcode, name, short_name.
/// The tarball is read in place through GDAL's /vsitar/. Throws ImportError when the tarball
/// cannot be used and std::runtime_error when the output cannot be written. A feature that cannot
/// be decoded is an Error in the report; then nothing is written, because the bundled boundaries
/// must be whole. The GeoPackage is written under a temporary name beside `geopackagePath` and
/// renamed at the end: a failed import leaves no file, and an earlier output stays as it was.
ImportSummary importTarball(const std::string& tarballPath, const std::string& geopackagePath);

}  // namespace cb::echarts
