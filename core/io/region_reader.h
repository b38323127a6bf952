// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "core/model/load_report.h"
#include "core/model/region_layer.h"

namespace cb {

/// Which fields and encoding to use; empty means "detect".
struct RegionReadOptions {
  std::string layer;      ///< layer name; empty: the first polygon layer
  std::string codeField;  ///< field with the GB/T 2260 code; empty: detected (adcode, code, 代码 …)
  std::string nameField;  ///< field with the name; empty: detected (name, NAME, 名称 …)
  std::string encoding;   ///< "UTF-8" or "GBK" for Shapefiles; empty: .cpg, .dbf code page, or detected
};

/// A polygon layer read into China Albers, with what the reader had to say about it.
struct RegionReadResult {
  RegionLayer layer;
  LoadReport report;
  std::string sourceCrs;   ///< the layer's CRS as WKT, or EPSG:4326 when assumed
  bool crsAssumed = false; ///< no .prj / no CRS: WGS 84 lon/lat assumed
  std::string encoding;    ///< text encoding used ("UTF-8", "GBK", or GDAL's recoding from …)
  std::size_t repairs = 0; ///< invalid geometries made valid
};

/// Summary of one layer of a vector source, for `info` and the open dialog.
struct LayerSummary {
  std::string name;
  long long featureCount = 0;
  std::string geometryType;
  std::string crs;  ///< short description: "EPSG:4326", the CRS name, or "none"
};

/// The layers of any OGR vector source (Shapefile, GeoPackage, GeoJSON …). Throws
/// std::runtime_error naming the file when GDAL cannot open it as vector data.
std::vector<LayerSummary> listLayers(const std::string& path);

/// Reads a polygon layer of any OGR source into China Albers metres (projected once, here), with
/// codes, names, a label point inside each polygon and levels of detail. Never throws for bad
/// data: missing .prj (WGS 84 assumed), encodings, empty or invalid geometries, duplicate codes and
/// unprojectable points are reported with the file and feature number. Throws std::runtime_error
/// only when the file or layer cannot be opened at all.
RegionReadResult readRegions(const std::string& path, const RegionReadOptions& options = {});

}  // namespace cb
