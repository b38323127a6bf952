// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gazetteer/record_resolver.h"

#include "core/util/text.h"

namespace cb {

const Resolution& RecordResolver::resolve(const std::string& place, const std::string& province) {
  const std::string key = place + '\x1f' + province;
  auto it = mCache.find(key);
  if (it == mCache.end()) it = mCache.emplace(key, mGazetteer.resolve(place, province)).first;
  return it->second;
}

RecordResolver::Outcome RecordResolver::resolveRecord(const PointRecord& record) {
  Outcome out;
  if (!record.code.empty()) {
    out.value = record.code;
    out.via = "code";
    out.resolution = resolve(record.code, {});
  } else if (!record.city.empty()) {
    out.value = record.city;
    out.via = "city";
    out.resolution = resolve(record.city, record.province);
    if (!out.resolution.resolved() && !record.county.empty()) {
      // Only an unresolved city falls back to its counties: a resolved city decides.
      Outcome byCounty = resolveCounties(record);
      if (byCounty.resolution.resolved()) {
        byCounty.note = "city '" + record.city + "' not found; placed by its county";
        return byCounty;
      }
    }
  } else if (!record.county.empty()) {
    return resolveCounties(record);
  } else {
    out.resolution.detail = "no city, code or county given";
    return out;
  }
  // A county that lies elsewhere is worth a note, but the city or code column decides.
  if (out.resolution.resolved() && !record.county.empty()) {
    for (const std::string& county : text::split(record.county, '|')) {
      const Resolution& r = resolve(county, record.province);
      if (r.resolved() && r.code != out.resolution.code) {
        out.note += (out.note.empty() ? "" : "; ") +
                    ("county '" + county + "' is in " + r.name + ", not in " + out.resolution.name);
      }
    }
  }
  return out;
}

RecordResolver::Outcome RecordResolver::resolveCounties(const PointRecord& record) {
  Outcome out;
  out.value = record.county;
  out.via = "county";
  for (const std::string& county : text::split(record.county, '|')) {
    const Resolution& r = resolve(county, record.province);
    if (!r.resolved()) {
      out.resolution = r;
      out.value = county;
      return out;
    }
    if (!out.resolution.resolved()) {
      out.resolution = r;
    } else if (out.resolution.code != r.code) {
      out.resolution = Resolution();
      out.resolution.status = ResolveStatus::Ambiguous;
      out.resolution.detail = "the counties lie in different prefectures";
      return out;
    }
  }
  return out;
}

}  // namespace cb
