// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/load_report.h"

#include <algorithm>
#include <sstream>

namespace cb {

void LoadReport::info(std::string file, long long row, std::string message) {
  mMessages.push_back({LoadMessage::Severity::Info, std::move(file), row, std::move(message)});
}
void LoadReport::warning(std::string file, long long row, std::string message) {
  mMessages.push_back({LoadMessage::Severity::Warning, std::move(file), row, std::move(message)});
}
void LoadReport::error(std::string file, long long row, std::string message) {
  mMessages.push_back({LoadMessage::Severity::Error, std::move(file), row, std::move(message)});
}
void LoadReport::append(const LoadReport& other) {
  mMessages.insert(mMessages.end(), other.mMessages.begin(), other.mMessages.end());
}

bool LoadReport::hasErrors() const { return count(LoadMessage::Severity::Error) > 0; }

std::size_t LoadReport::count(LoadMessage::Severity severity) const {
  return static_cast<std::size_t>(std::count_if(
      mMessages.begin(), mMessages.end(),
      [severity](const LoadMessage& m) { return m.severity == severity; }));
}

const char* severityName(LoadMessage::Severity severity) {
  switch (severity) {
    case LoadMessage::Severity::Info: return "info";
    case LoadMessage::Severity::Warning: return "warning";
    case LoadMessage::Severity::Error: return "error";
  }
  return "warning";
}

std::string LoadReport::toText() const {
  std::ostringstream out;
  for (const LoadMessage& m : mMessages) {
    out << m.file;
    if (m.row > 0) out << ':' << m.row;
    out << ": " << severityName(m.severity) << ": " << m.message << '\n';
  }
  return out.str();
}

}  // namespace cb
