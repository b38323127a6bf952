// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <unordered_map>

#include "core/gazetteer/gazetteer.h"
#include "core/model/point_table.h"

namespace cb {

/// Resolves the place of cluster and belt records with a gazetteer, in one order shared by the
/// match engine, the ellipses and the map: the code column; else the city (with its province),
/// falling back to the counties when the city is not found; else the counties ('|'-separated),
/// which must all lie in one prefecture. Answers are cached, because real lists repeat their city
/// names. Not thread-safe; holds a reference to the gazetteer.
class RecordResolver {
 public:
  explicit RecordResolver(const Gazetteer& gazetteer) : mGazetteer(gazetteer) {}

  struct Outcome {
    Resolution resolution;
    std::string value;  ///< what was resolved: the code, city or counties as given
    std::string via;    ///< "code", "city" or "county": the column that decided
    std::string note;   ///< e.g. a county that lies in another prefecture than the city
  };

  /// The place of one record.
  Outcome resolveRecord(const PointRecord& record);
  /// One name or code, with an optional province (cached).
  const Resolution& resolve(const std::string& place, const std::string& province);

 private:
  Outcome resolveCounties(const PointRecord& record);

  const Gazetteer& mGazetteer;
  std::unordered_map<std::string, Resolution> mCache;
};

}  // namespace cb
