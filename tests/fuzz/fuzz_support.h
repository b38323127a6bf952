// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the fuzz targets share: a scratch folder of their own, input written to files there (the
// readers take paths), and an input cut into parts at a separator byte.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/gdal_environment.h"

namespace cb::fuzz {

/// A folder for this process only (several fuzzers may run side by side).
inline const std::filesystem::path& scratch() {
  static const std::filesystem::path folder = [] {
    std::filesystem::path p = std::filesystem::temp_directory_path() / ("clusterbelt-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(p);
    gdal::ensureInitialised();
    return p;
  }();
  return folder;
}

inline std::filesystem::path writeFile(const std::string& name, std::string_view bytes) {
  const std::filesystem::path path = scratch() / name;
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// The input cut at every `separator`, in at most `parts` parts (the last keeps the rest).
inline std::vector<std::string_view> split(std::string_view input, char separator, std::size_t parts) {
  std::vector<std::string_view> out;
  while (out.size() + 1 < parts) {
    const std::size_t at = input.find(separator);
    if (at == std::string_view::npos) break;
    out.push_back(input.substr(0, at));
    input.remove_prefix(at + 1);
  }
  out.push_back(input);
  while (out.size() < parts) out.emplace_back();
  return out;
}

}  // namespace cb::fuzz
