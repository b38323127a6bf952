// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cb::gdal {

/// Registers GDAL's drivers once per process and makes GDAL errors quiet (readers report problems
/// through LoadReport instead of printing them). Safe to call from several places.
void ensureInitialised();

}  // namespace cb::gdal
