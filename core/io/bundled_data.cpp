// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/bundled_data.h"

#include <cstdlib>
#include <system_error>

namespace cb {
namespace {

std::filesystem::path executableDir() {
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : self.parent_path();
}

bool isDir(const std::filesystem::path& p) {
  std::error_code ec;
  return !p.empty() && std::filesystem::is_directory(p, ec);
}

}  // namespace

std::filesystem::path bundledDataDir() {
  if (const char* env = std::getenv("CLUSTERBELT_DATA_DIR"); env != nullptr && isDir(env)) {
    return env;
  }
  const std::filesystem::path exe = executableDir();
  for (const std::filesystem::path& candidate :
       {exe / ".." / "data", exe / ".." / "share" / "clusterbelt" / "data"}) {
    if (isDir(candidate)) return std::filesystem::weakly_canonical(candidate);
  }
#ifdef CLUSTERBELT_BUILD_DATA_DIR
  if (isDir(CLUSTERBELT_BUILD_DATA_DIR)) return CLUSTERBELT_BUILD_DATA_DIR;
#endif
  return {};
}

std::filesystem::path bundledDataFile(const std::string& relative) {
  const std::filesystem::path dir = bundledDataDir();
  return dir.empty() ? dir : dir / relative;
}

std::filesystem::path bundledBoundaries() { return bundledDataFile(bundled::kBoundaries); }

}  // namespace cb
