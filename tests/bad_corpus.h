// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bad-input corpus of tests/data/bad/ as the tests in C++ read it: one entry per line of
// manifest.tsv (made with the files by tests/data/bad/make_corpus.py).

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace cb::test {

struct BadFile {
  std::filesystem::path path;  ///< absolute
  std::string kind;            ///< boundaries, table, echarts, spec, project, taxonomy
  std::string expect;          ///< error (refused), warning (usable, with a message) or ok
  std::string message;         ///< an extended regular expression the message must match
  std::string problem;         ///< what is wrong with the file
};

inline std::vector<BadFile> badFiles(const std::string& kind) {
  const std::filesystem::path root = std::filesystem::path(CB_TEST_DATA_DIR) / "bad";
  std::ifstream in(root / "manifest.tsv");
  std::vector<BadFile> out;
  std::string line;
  std::getline(in, line);  // the header
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
      fields.push_back(line.substr(start, tab - start));
    }
    fields.push_back(line.substr(start));
    if (fields.size() != 5 || fields[1] != kind) continue;
    out.push_back({root / fields[0], fields[1], fields[2], fields[3], fields[4]});
  }
  return out;
}

}  // namespace cb::test
