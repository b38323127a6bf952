// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cstring>

#include "app/cli/command.h"

namespace cb::cli {
namespace {
// A function-local table: registrations run during static initialisation, in any file order.
std::vector<Command>& table() {
  static std::vector<Command> commands;
  return commands;
}
}  // namespace

bool registerCommand(const Command& command) {
  table().push_back(command);
  return true;
}

std::vector<Command> commands() {
  std::vector<Command> sorted = table();
  std::sort(sorted.begin(), sorted.end(),
            [](const Command& a, const Command& b) { return std::strcmp(a.name, b.name) < 0; });
  return sorted;
}

}  // namespace cb::cli
