// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "core/model/load_report.h"

namespace cb::echarts {

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
/// The tarball is read in place through GDAL's /vsitar/. Throws std::runtime_error when the
/// tarball or the output cannot be used; bad features are reported, not fatal.
ImportSummary importTarball(const std::string& tarballPath, const std::string& geopackagePath);

}  // namespace cb::echarts
