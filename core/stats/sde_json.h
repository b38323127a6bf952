// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cpl_json.h>

#include "core/stats/sde.h"

namespace cb {

/// An SDE convention as the JSON object projects and layer stacks store: {"method", "k", "p"},
/// the method by its sdeMethodName(). Readers parse it with their own strictness.
CPLJSONObject sdeOptionsToJson(const SdeOptions& options);

}  // namespace cb
