// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace cb {

/// A 2021 prefecture-level unit and a weight of it (population, GDP, … in the user's unit), for
/// null models that place belts in proportion to it.
struct UnitWeight {
  std::string code;
  double weight = 1.0;
  friend bool operator==(const UnitWeight&, const UnitWeight&) = default;
};

}  // namespace cb
