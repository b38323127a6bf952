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
    // Shapefiles: let GDAL recode to UTF-8 from the .cpg or the .dbf code page when it knows one.
    CPLSetConfigOption("SHAPE_RESTORE_SHX", "YES");
  });
}

}  // namespace cb::gdal
