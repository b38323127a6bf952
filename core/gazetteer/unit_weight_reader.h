// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A table of prefectures and a weight each (population, GDP, …), read through GDAL like every
// other table (CSV, XLSX, GeoPackage, a boundary file's attributes) and resolved to the 2021
// units with the gazetteer, so that old names and codes (莱芜 → 济南) land where they belong.

#include <optional>
#include <string>
#include <vector>

#include "core/gazetteer/gazetteer.h"
#include "core/model/load_report.h"
#include "core/model/unit_weight.h"

namespace cb {

/// Reads `path`: each row's place from `placeColumn` (a 6-digit code or a prefecture name) and its
/// weight from `weightColumn`. Every row that cannot be used — a place the gazetteer cannot
/// resolve, a weight that is missing, not a number, negative or not finite — is an Error naming
/// the file, the row and the value, and then nothing is returned: a null model on part of the
/// prefectures would be silently wrong. Rows of one 2021 unit (a city and a county merged into
/// it since) are summed, with an Info message. Nothing too when the file or a column is missing.
std::optional<std::vector<UnitWeight>> readUnitWeights(const std::string& path, const std::string& placeColumn,
                                                       const std::string& weightColumn, const Gazetteer& gazetteer,
                                                       LoadReport& report);

}  // namespace cb
