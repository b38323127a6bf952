// SPDX-License-Identifier: GPL-3.0-or-later
// clusterbelt-cli: the headless front end. It parses the command line before any heavy
// initialisation, so --help and --version answer at once.
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "app/cli/arguments.h"
#include "app/cli/command.h"

namespace {

void printHelp(std::ostream& out) {
  out << "usage: clusterbelt-cli COMMAND [OPTIONS]\n\n"
         "Map and match China's national industrial clusters and online industrial belts.\n\n"
         "commands:\n";
  for (const cb::cli::Command& command : cb::cli::commands()) {
    out << "  " << command.name << std::string(16 - std::min<std::size_t>(15, std::strlen(command.name)), ' ')
        << command.summary << '\n';
  }
  out << "\n`clusterbelt-cli COMMAND --help` shows a command's options.\n";
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    printHelp(args.empty() ? std::cerr : std::cout);
    return args.empty() ? cb::cli::kExitBadInput : cb::cli::kExitOk;
  }
  if (args[0] == "--version") {
    std::cout << "clusterbelt-cli " << CLUSTERBELT_VERSION << '\n';
    return cb::cli::kExitOk;
  }
  for (const cb::cli::Command& command : cb::cli::commands()) {
    if (args[0] != command.name) continue;
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (!rest.empty() && (rest[0] == "--help" || rest[0] == "-h")) {
      std::cout << command.usage;
      return cb::cli::kExitOk;
    }
    try {
      return command.run(rest, std::cout, std::cerr);
    } catch (const cb::cli::ArgumentError& e) {
      std::cerr << "clusterbelt-cli " << command.name << ": " << e.what() << "\n\n" << command.usage;
      return cb::cli::kExitBadInput;
    } catch (const std::exception& e) {
      std::cerr << "clusterbelt-cli " << command.name << ": error: " << e.what() << '\n';
      return cb::cli::kExitFailure;
    }
  }
  std::cerr << "clusterbelt-cli: unknown command '" << args[0] << "'\n\n";
  printHelp(std::cerr);
  return cb::cli::kExitBadInput;
}
