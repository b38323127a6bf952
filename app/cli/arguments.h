// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace cb::cli {

/// Thrown for arguments that do not fit a command; the message is shown to the user.
struct ArgumentError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// GNU-style arguments: `--name value`, `--name=value`, boolean `--flag`, and positionals.
/// Options given twice keep every value (values()), value() returns the last one.
class Arguments {
 public:
  /// `flags` are the options that take no value; any other `--name` takes the next argument.
  /// `known` (when not empty) lists every accepted option name; others raise ArgumentError.
  Arguments(const std::vector<std::string>& args, const std::set<std::string>& flags,
            const std::set<std::string>& known = {});

  [[nodiscard]] bool has(const std::string& name) const;
  [[nodiscard]] std::optional<std::string> value(const std::string& name) const;
  [[nodiscard]] std::string value(const std::string& name, const std::string& fallback) const;
  [[nodiscard]] std::vector<std::string> values(const std::string& name) const;
  /// The value parsed as a number; ArgumentError naming the option when it is not one.
  [[nodiscard]] std::optional<double> number(const std::string& name) const;
  [[nodiscard]] const std::vector<std::string>& positionals() const { return mPositionals; }

 private:
  std::map<std::string, std::vector<std::string>> mOptions;
  std::vector<std::string> mPositionals;
};

}  // namespace cb::cli
