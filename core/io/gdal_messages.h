// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cpl_error.h>

#include <string>
#include <vector>

namespace cb::gdal {

/// Collects GDAL's warnings on this thread while it lives (GDAL's error handlers are per thread),
/// so that a reader can pass them on in its LoadReport with the file: GDAL says, for example, when
/// it drops the columns of a CSV beyond its limit, and that must not be lost.
class WarningCollector {
 public:
  WarningCollector() { CPLPushErrorHandlerEx(&WarningCollector::handle, this); }
  ~WarningCollector() { CPLPopErrorHandler(); }
  WarningCollector(const WarningCollector&) = delete;
  WarningCollector& operator=(const WarningCollector&) = delete;

  [[nodiscard]] const std::vector<std::string>& warnings() const { return mWarnings; }

 private:
  static void CPL_STDCALL handle(CPLErr level, CPLErrorNum /*number*/, const char* message) {
    auto* self = static_cast<WarningCollector*>(CPLGetErrorHandlerUserData());
    if (self != nullptr && level == CE_Warning && message != nullptr) self->mWarnings.emplace_back(message);
  }
  std::vector<std::string> mWarnings;
};

}  // namespace cb::gdal
