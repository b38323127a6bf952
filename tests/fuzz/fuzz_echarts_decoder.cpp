// SPDX-License-Identifier: GPL-3.0-or-later
// decodeRing on any bytes, offsets and scale: it returns or throws DecodeError, in time linear in
// the input. Input: 8 bytes offset x, 8 bytes offset y, 8 bytes scale (double), then the ring.
#include <cstring>

#include "core/io/echarts_decoder.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 24) return 0;
  long offsetX = 0, offsetY = 0;
  double scale = 0;
  std::memcpy(&offsetX, data, 8);
  std::memcpy(&offsetY, data + 8, 8);
  std::memcpy(&scale, data + 16, 8);
  try {
    const auto ring = cb::echarts::decodeRing(cb::fuzz::asText(data + 24, size - 24), offsetX, offsetY, scale);
    long ox = 0, oy = 0;
    if (!ring.empty()) static_cast<void>(cb::echarts::encodeRing(ring, ox, oy, scale));
  } catch (const cb::echarts::DecodeError&) {
  }
  return 0;
}
