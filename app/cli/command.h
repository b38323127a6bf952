// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace cb::cli {

/// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;    ///< the work failed (e.g. cannot write the output)
inline constexpr int kExitBadInput = 2;   ///< unusable input or arguments, explained on stderr

/// A sub-command of clusterbelt-cli. `run` gets the arguments after the command name.
struct Command {
  const char* name;
  const char* summary;  ///< one line for `clusterbelt-cli --help`
  const char* usage;    ///< full usage text for `clusterbelt-cli COMMAND --help`
  int (*run)(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
};

/// Adds a command to the table. Each command's .cpp file registers itself with a namespace-scope
///   const bool kRegistered = registerCommand({...});
/// (the files are compiled into the executable itself, so the registrations always run).
bool registerCommand(const Command& command);

/// Every registered command, sorted by name.
std::vector<Command> commands();

}  // namespace cb::cli
