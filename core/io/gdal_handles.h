// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace cb::gdal {

/// Owning handles for GDAL objects, so that no early return leaks a dataset or a feature.
struct DatasetCloser {
  void operator()(GDALDataset* dataset) const { GDALClose(GDALDataset::ToHandle(dataset)); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;
using FeaturePtr = OGRFeatureUniquePtr;
using GeometryPtr = OGRGeometryUniquePtr;

}  // namespace cb::gdal
