// SPDX-License-Identifier: GPL-3.0-or-later
// The project reader on any text: a project, or a ProjectError that names the file.
#include "core/project/project_io.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const cb::LoadedProject loaded =
        cb::projectFromJson(std::string(cb::fuzz::asText(data, size)), cb::fuzz::scratch(), "fuzz.cbproj");
    static_cast<void>(cb::projectToJson(loaded.project, cb::fuzz::scratch()));
  } catch (const cb::ProjectError& e) {
    if (std::string_view(e.what()).find("fuzz.cbproj") == std::string_view::npos) __builtin_trap();
  }
  return 0;
}
