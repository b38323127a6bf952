// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ogr_core.h>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/gdal_handles.h"

namespace cb {

/// One output file of one layer, written through GDAL: the steps every writer of an analysis
/// shares (driver by extension, replacing the file, the layer and its fields, one transaction,
/// closing and checking) in one place.
///
/// The driver follows the extension: ".gpkg" GeoPackage; ".shp" ESRI Shapefile with UTF-8
/// attributes and a .cpg saying so; ".csv" UTF-8 with a byte-order mark and CRLF line ends (so
/// Excel reads the Chinese text right), quoted only where needed; ".xlsx" one sheet. An existing
/// file is replaced. A writer destroyed before commit() (an exception while writing) closes and
/// deletes the partial file: no half-written output is left behind. Errors are
/// std::runtime_error naming the file.
class VectorFileWriter {
 public:
  struct Field {
    std::string name;
    OGRFieldType type = OFTString;
    /// The name in a Shapefile, whose dBase fields hold at most 10 characters; empty: `name`.
    std::string shapefileName = {};
  };

  /// `geometry` wkbNone writes a table (CSV, XLSX, or a GeoPackage attribute table); otherwise
  /// `crs` (anything OGRSpatialReference::SetFromUserInput reads, e.g. crs::kChinaAlbers) is the
  /// layer's CRS, with the traditional x = easting / longitude axis order.
  VectorFileWriter(std::filesystem::path path, const std::string& layerName, const std::vector<Field>& fields,
                   OGRwkbGeometryType geometry = wkbNone, std::string_view crs = {});
  ~VectorFileWriter();
  VectorFileWriter(const VectorFileWriter&) = delete;
  VectorFileWriter& operator=(const VectorFileWriter&) = delete;

  /// The extensions the writer knows, lower-case with their dot.
  static bool knowsExtension(const std::filesystem::path& path);

  [[nodiscard]] bool isShapefile() const { return mShapefile; }
  /// A new feature of the layer with every field unset.
  [[nodiscard]] gdal::FeaturePtr newFeature() const;
  /// Adds a feature; `what` names it in an error ("the ellipse of group 'belts'").
  void write(OGRFeature& feature, std::string_view what);
  /// Commits the transaction and closes the file. Returns the number of features written.
  std::size_t commit();

 private:
  void discard() noexcept;

  std::filesystem::path mPath;
  std::string mFile;  // mPath as text, for messages
  bool mShapefile = false;
  gdal::DatasetPtr mDataset;
  OGRLayer* mLayer = nullptr;
  bool mTransaction = false;
  std::size_t mWritten = 0;
};

}  // namespace cb
