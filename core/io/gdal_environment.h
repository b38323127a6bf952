// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cb::gdal {

/// The one GDAL initialisation of the process: registers GDAL's drivers once and makes GDAL errors
/// quiet (readers report problems through LoadReport instead of printing them). Every reader and
/// writer calls it before its first GDAL call; it is safe to call from several threads.
void ensureInitialised();

}  // namespace cb::gdal
