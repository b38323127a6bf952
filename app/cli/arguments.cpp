// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/arguments.h"

#include <charconv>

namespace cb::cli {

Arguments::Arguments(const std::vector<std::string>& args, const std::set<std::string>& flags,
                     const std::set<std::string>& known) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.size() < 3 || arg.rfind("--", 0) != 0) {
      mPositionals.push_back(arg);
      continue;
    }
    std::string name = arg.substr(2);
    std::optional<std::string> inlineValue;
    if (const auto eq = name.find('='); eq != std::string::npos) {
      inlineValue = name.substr(eq + 1);
      name.resize(eq);
    }
    if (!known.empty() && !known.contains(name) && !flags.contains(name)) {
      throw ArgumentError("unknown option --" + name);
    }
    if (flags.contains(name)) {
      mOptions[name].push_back(inlineValue.value_or("true"));
    } else if (inlineValue) {
      mOptions[name].push_back(*inlineValue);
    } else if (i + 1 < args.size()) {
      mOptions[name].push_back(args[++i]);
    } else {
      throw ArgumentError("option --" + name + " needs a value");
    }
  }
}

bool Arguments::has(const std::string& name) const { return mOptions.contains(name); }

std::optional<std::string> Arguments::value(const std::string& name) const {
  const auto it = mOptions.find(name);
  if (it == mOptions.end() || it->second.empty()) return std::nullopt;
  return it->second.back();
}

std::string Arguments::value(const std::string& name, const std::string& fallback) const {
  return value(name).value_or(fallback);
}

std::vector<std::string> Arguments::values(const std::string& name) const {
  const auto it = mOptions.find(name);
  return it == mOptions.end() ? std::vector<std::string>{} : it->second;
}

std::optional<double> Arguments::number(const std::string& name) const {
  const std::optional<std::string> text = value(name);
  if (!text) return std::nullopt;
  double result = 0.0;
  const char* end = text->data() + text->size();
  const auto [ptr, ec] = std::from_chars(text->data(), end, result);
  if (ec != std::errc() || ptr != end) {
    throw ArgumentError("option --" + name + " expects a number, got '" + *text + "'");
  }
  return result;
}

}  // namespace cb::cli
