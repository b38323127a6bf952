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
    // No process-wide configuration options beyond this: SHAPE_RESTORE_SHX in particular is set
    // only for one open of a copy in memory (region_reader.cpp), as GDAL writes the restored .shx
    // beside the user's .shp.
  });
}

}  // namespace cb::gdal
