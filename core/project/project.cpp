// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project.h"

#include <cmath>
#include <filesystem>
#include <system_error>

namespace cb {

bool MapViewState::isValid() const {
  return std::isfinite(centre.x) && std::isfinite(centre.y) && std::isfinite(metresPerPixel) &&
         metresPerPixel > 0.0;
}

CPLJSONObject Project::layersJson() const {
  if (layers.empty()) {
    CPLJSONObject none;
    none.Deinit();
    return none;
  }
  CPLJSONDocument document;
  if (!document.LoadMemory(layers)) {
    CPLJSONObject none;
    none.Deinit();
    return none;
  }
  return document.GetRoot();
}

void Project::setLayersJson(const CPLJSONObject& value) {
  layers = value.IsValid() && value.GetType() == CPLJSONObject::Type::Object
               ? value.Format(CPLJSONObject::PrettyFormat::Plain)
               : std::string();
}

std::vector<MissingFile> Project::missingFiles() const {
  std::vector<MissingFile> missing;
  const auto check = [&](const char* role, const std::string& path) {
    if (path.empty()) return;  // the bundled data
    std::error_code error;
    if (!std::filesystem::exists(pathFromUtf8(path), error)) missing.push_back({role, path});
  };
  check("boundaries", inputs.boundaries);
  check("clusters", inputs.clusters.path);
  check("belts", inputs.belts.path);
  check("taxonomy", inputs.taxonomy);
  return missing;
}

bool operator==(const Project& a, const Project& b) {
  return a.inputs == b.inputs && a.view == b.view && a.layers == b.layers;
}

std::filesystem::path pathFromUtf8(const std::string& utf8) {
  return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

std::string pathToUtf8(const std::filesystem::path& path) {
  const std::u8string text = path.u8string();
  return std::string(text.begin(), text.end());
}

}  // namespace cb
