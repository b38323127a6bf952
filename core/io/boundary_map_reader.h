// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>

#include "core/model/boundary_map.h"

namespace cb {

/// Loads a boundary source: the layers `prefectures` and `provinces` when present (the bundled
/// GeoPackage), otherwise its first polygon layer as the prefectures. Throws std::runtime_error
/// when the source cannot be opened; data problems go to the report.
std::shared_ptr<const BoundaryMap> loadBoundaryMap(const std::string& path);

}  // namespace cb
