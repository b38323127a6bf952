// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/sde_json.h"

#include <string>

namespace cb {

CPLJSONObject sdeOptionsToJson(const SdeOptions& options) {
  CPLJSONObject json;
  json.Add("method", std::string(sdeMethodName(options.method)));
  json.Add("k", options.k);
  json.Add("p", options.p);
  return json;
}

}  // namespace cb
