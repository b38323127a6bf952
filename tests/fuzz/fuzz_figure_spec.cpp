// SPDX-License-Identifier: GPL-3.0-or-later
// The figure-spec reader and the layer-stack reader on any text: a spec, or an error naming the
// source and the key.
#include "core/scene/figure_spec.h"
#include "core/scene/layer_stack.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(cb::fuzz::asText(data, size));
  try {
    const cb::FigureSpec spec = cb::FigureSpec::fromJson(text, "fuzz.json");
    static_cast<void>(cb::FigureSpec::fromJson(spec.toJson(), "again"));  // what it writes, it reads
  } catch (const cb::FigureSpecError& e) {
    if (std::string_view(e.what()).find("fuzz.json") == std::string_view::npos) __builtin_trap();
  }
  std::vector<std::string> warnings;
  static_cast<void>(cb::LayerStack::fromJsonText(text, &warnings));
  return 0;
}
