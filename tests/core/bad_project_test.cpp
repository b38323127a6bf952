// SPDX-License-Identifier: GPL-3.0-or-later
// Every project of the bad-input corpus is refused with a ProjectError that names the file and
// says what is wrong (tests/data/bad/manifest.tsv); the GUI shows the same text (ui tests).
#include <gtest/gtest.h>

#include <regex>

#include "core/project/project_io.h"
#include "tests/bad_corpus.h"

namespace cb {
namespace {

TEST(BadProjects, EachIsRefusedNamingTheFileAndTheProblem) {
  const std::vector<test::BadFile> files = test::badFiles("project");
  ASSERT_GE(files.size(), 10u);
  for (const test::BadFile& bad : files) {
    SCOPED_TRACE(bad.path.filename().string() + ": " + bad.problem);
    ASSERT_EQ(bad.expect, "error");
    try {
      loadProject(bad.path);
      ADD_FAILURE() << "opened";
    } catch (const ProjectError& e) {
      const std::string message = e.what();
      EXPECT_NE(message.find(bad.path.filename().string()), std::string::npos) << message;
      EXPECT_TRUE(std::regex_search(message, std::regex(bad.message, std::regex::extended))) << message;
    }
  }
}

// Paths that ClusterBelt writes itself (beside, below and beside-above the project) still open.
TEST(BadProjects, OrdinaryRelativePathsStayAccepted) {
  const std::string text =
      R"({"format": "clusterbelt-project", "schemaVersion": 2, "inputs": {)"
      R"("clusters": {"path": "../data/clusters.csv"}, "belts": {"path": "belts.csv"}}})";
  const LoadedProject loaded = projectFromJson(text, "/home/someone/projects/study", "study.cbproj");
  EXPECT_EQ(loaded.project.inputs.clusters.path, "/home/someone/projects/data/clusters.csv");
  EXPECT_EQ(loaded.project.inputs.belts.path, "/home/someone/projects/study/belts.csv");
}

}  // namespace
}  // namespace cb
