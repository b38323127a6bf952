// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace cb {

/// One thing a reader wants the user to know about a file. Bad data never throws: it is reported
/// here with the file, the row (feature or line number, 0 when it concerns the whole file) and what
/// was done about it.
struct LoadMessage {
  enum class Severity { Info, Warning, Error };
  Severity severity = Severity::Warning;
  std::string file;
  long long row = 0;
  std::string message;
};

/// Everything a load said, in the order it was said.
class LoadReport {
 public:
  void info(std::string file, long long row, std::string message);
  void warning(std::string file, long long row, std::string message);
  void error(std::string file, long long row, std::string message);
  void append(const LoadReport& other);

  [[nodiscard]] const std::vector<LoadMessage>& messages() const { return mMessages; }
  [[nodiscard]] bool hasErrors() const;
  [[nodiscard]] std::size_t count(LoadMessage::Severity severity) const;
  /// "file:row: warning: message" lines, as a compiler prints them.
  [[nodiscard]] std::string toText() const;

 private:
  std::vector<LoadMessage> mMessages;
};

const char* severityName(LoadMessage::Severity severity);

}  // namespace cb
