// SPDX-License-Identifier: GPL-3.0-or-later
// The ECharts importer on a tarball whose map files are the input: province/guangdong.json and
// china.json, cut at the first byte 0x00. It answers with a summary or an ImportError; it never
// hangs, crashes or leaves its temporary output.
#include <cstring>

#include "core/io/echarts_importer.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

/// A ustar member (GDAL's /vsitar/ reads plain tar).
void addMember(std::string& tar, const std::string& name, std::string_view bytes) {
  char header[512] = {};
  std::memcpy(header, name.data(), name.size());
  std::snprintf(header + 100, 8, "%07o", 0644);
  std::snprintf(header + 108, 8, "%07o", 0);
  std::snprintf(header + 116, 8, "%07o", 0);
  std::snprintf(header + 124, 12, "%011lo", static_cast<unsigned long>(bytes.size()));
  std::snprintf(header + 136, 12, "%011o", 0);
  header[156] = '0';
  std::memcpy(header + 257, "ustar", 6);
  std::memcpy(header + 263, "00", 2);
  std::memset(header + 148, ' ', 8);
  unsigned sum = 0;
  for (const char c : header) sum += static_cast<unsigned char>(c);
  std::snprintf(header + 148, 8, "%06o", sum);
  tar.append(header, 512);
  tar.append(bytes);
  tar.append((512 - bytes.size() % 512) % 512, '\0');
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::vector<std::string_view> parts = cb::fuzz::split(cb::fuzz::asText(data, size), '\0', 2);
  std::string tar;
  addMember(tar, "package/map/json/province/guangdong.json", parts[0]);
  addMember(tar, "package/map/json/china.json", parts[1].empty() ? parts[0] : parts[1]);
  tar.append(1024, '\0');
  const auto tarball = cb::fuzz::writeFile("maps.tar", tar);
  const auto output = cb::fuzz::scratch() / "out.gpkg";
  try {
    static_cast<void>(cb::echarts::importTarball(tarball.string(), output.string()));
  } catch (const std::runtime_error&) {
  }
  if (std::filesystem::exists(output.string() + ".importing")) __builtin_trap();  // a half-written output
  return 0;
}
