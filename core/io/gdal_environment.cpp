// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/gdal_environment.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

namespace cb::gdal {

void ensureInitialised() {
  static std::once_flag once;
  std::call_once(once, [] {
    GDALAllRegister();
    // Errors are read back with CPLGetLastErrorMsg() and reported with the file and row.
    CPLSetErrorHandler(CPLQuietErrorHandler);
    // /vsigzip/ (the ECharts tarball is read through it) would otherwise write a
    // NAME.tgz.properties cache beside the user's file: a reader must write nothing beside its input.
    CPLSetConfigOption("CPL_VSIL_GZIP_WRITE_PROPERTIES", "NO");
    // No process-wide configuration options beyond these: SHAPE_RESTORE_SHX in particular is set
    // only for one open of a copy in memory (region_reader.cpp), as GDAL writes the restored .shx
    // beside the user's .shp.
  });
}

}  // namespace cb::gdal
