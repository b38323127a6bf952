// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project_io.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

namespace cb {
namespace {

namespace fs = std::filesystem;

/// A fresh folder under the system's temporary folder, removed at the end of the test.
struct TempFolder {
  fs::path path;
  TempFolder() {
    std::random_device random;
    path = fs::temp_directory_path() / ("cb-project-test-" + std::to_string(random()));
    fs::create_directories(path);
  }
  ~TempFolder() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

void writeFile(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary);
  out << text;
}

std::string readFile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/// A project using every field, whose data files lie in `folder`/数据 (non-ASCII on purpose).
Project fullProject(const fs::path& folder) {
  const fs::path data = folder / pathFromUtf8("数据");
  writeFile(data / pathFromUtf8("边界.geojson"), "{}");
  writeFile(data / pathFromUtf8("国家级集群.csv"), "industry_zh,city\n");
  writeFile(data / pathFromUtf8("线上产业带.csv"), "industry_zh,city\n");
  fs::create_directories(data / "taxonomy");

  Project project;
  project.inputs.boundaries = pathToUtf8(data / pathFromUtf8("边界.geojson"));
  project.inputs.clusters.path = pathToUtf8(data / pathFromUtf8("国家级集群.csv"));
  project.inputs.clusters.mapping = {{"industry", "产业"}, {"city", "城市"}, {"year", "batch_year"}};
  project.inputs.belts.path = pathToUtf8(data / pathFromUtf8("线上产业带.csv"));
  project.inputs.belts.mapping = {{"program", "平台"}, {"name", R"(名称\/备注/2)"}};  // escapes survive
  project.inputs.belts.filters = {{"strength", {"explicit", "implied"}}, {"year", {"..2021"}}};
  project.inputs.taxonomy = pathToUtf8(data / "taxonomy");
  project.inputs.sde = SdeOptions{SdeMethod::Confidence, 2, 0.9};
  project.inputs.manual = {{PointKind::Cluster, 8, "330300"}, {PointKind::Belt, 5000000000LL, "520500"}};
  project.view = MapViewState{{1234567.891011, 3456789.123456}, 2345.678901234};
  CPLJSONObject layers;
  CPLJSONArray order;
  order.Add("prefectures");
  order.Add("clusters");
  layers.Add("order", order);
  layers.Add("clusters/opacity", 0.75);
  project.setLayersJson(layers);
  return project;
}

TEST(Project, SaveThenLoadGivesTheSameProject) {
  TempFolder temp;
  const Project project = fullProject(temp.path);
  const fs::path file = temp.path / "study.cbproj";
  saveProject(project, file);

  const LoadedProject loaded = loadProject(file);
  EXPECT_EQ(loaded.project.inputs, project.inputs);
  EXPECT_EQ(loaded.project.view, project.view);
  EXPECT_EQ(loaded.project.layers, project.layers);
  EXPECT_TRUE(loaded.project == project);
  EXPECT_EQ(loaded.fileSchemaVersion, Project::kSchemaVersion);
  EXPECT_TRUE(loaded.missing.empty());
  EXPECT_TRUE(loaded.notes.empty());
  const CPLJSONObject layers = loaded.project.layersJson();
  ASSERT_TRUE(layers.IsValid());
  EXPECT_DOUBLE_EQ(layers.GetObj("clusters").GetDouble("opacity"), 0.75);
  EXPECT_EQ(layers.GetArray("order").Size(), 2);
}

TEST(Project, EmptyPathsStayEmptyForTheBundledData) {
  TempFolder temp;
  Project project;  // everything bundled, no view, no layers
  saveProject(project, temp.path / "bundled.cbproj");
  const LoadedProject loaded = loadProject(temp.path / "bundled.cbproj");
  EXPECT_TRUE(loaded.project == project);
  EXPECT_TRUE(loaded.project.inputs.clusters.path.empty());
  EXPECT_FALSE(loaded.project.view.isValid());
  EXPECT_FALSE(loaded.project.layersJson().IsValid());
  EXPECT_TRUE(loaded.missing.empty());
}

TEST(Project, PathsAreRelativeAndFollowAFolderMovedWithItsData) {
  TempFolder temp;
  const fs::path before = temp.path / pathFromUtf8("课题 A");
  fs::create_directories(before);
  saveProject(fullProject(before), before / pathFromUtf8("研究.cbproj"));
  const std::string text = readFile(before / pathFromUtf8("研究.cbproj"));
  EXPECT_NE(text.find("\"path\":\"数据/国家级集群.csv\""), std::string::npos) << text;

  const fs::path after = temp.path / pathFromUtf8("搬走后");
  fs::rename(before, after);
  const LoadedProject loaded = loadProject(after / pathFromUtf8("研究.cbproj"));
  EXPECT_TRUE(loaded.project == fullProject(after));  // every path now points into the moved folder
  EXPECT_EQ(loaded.project.inputs.clusters.path, pathToUtf8(after / pathFromUtf8("数据") / pathFromUtf8("国家级集群.csv")));
  EXPECT_TRUE(loaded.missing.empty());
  EXPECT_TRUE(fs::exists(pathFromUtf8(loaded.project.inputs.belts.path)));
}

TEST(Project, AProjectFileMovedAloneFindsItsDataAtTheAbsolutePath) {
  TempFolder temp;
  const Project project = fullProject(temp.path / "work");
  saveProject(project, temp.path / "work" / "study.cbproj");
  fs::create_directories(temp.path / "elsewhere" / "deeper");
  fs::rename(temp.path / "work" / "study.cbproj", temp.path / "elsewhere" / "deeper" / "study.cbproj");

  const LoadedProject loaded = loadProject(temp.path / "elsewhere" / "deeper" / "study.cbproj");
  EXPECT_EQ(loaded.project.inputs, project.inputs);
  EXPECT_TRUE(loaded.missing.empty());
  EXPECT_EQ(loaded.notes.size(), 4u);  // boundaries, clusters, belts and taxonomy, each said
}

TEST(Project, MissingDataFilesAreListedAndKept) {
  TempFolder temp;
  const Project project = fullProject(temp.path);
  saveProject(project, temp.path / "study.cbproj");
  fs::remove(pathFromUtf8(project.inputs.clusters.path));
  fs::remove_all(pathFromUtf8(project.inputs.taxonomy));

  const LoadedProject loaded = loadProject(temp.path / "study.cbproj");
  ASSERT_EQ(loaded.missing.size(), 2u);
  EXPECT_EQ(loaded.missing[0], (MissingFile{"clusters", project.inputs.clusters.path}));
  EXPECT_EQ(loaded.missing[1], (MissingFile{"taxonomy", project.inputs.taxonomy}));
  EXPECT_TRUE(loaded.project == project);  // not dropped: the UI offers to locate them
}

TEST(Project, ANewerSchemaIsRefusedWithAClearMessage) {
  TempFolder temp;
  const fs::path file = temp.path / "future.cbproj";
  writeFile(file, R"({"format": "clusterbelt-project", "schemaVersion": 7, "inputs": {}})");
  try {
    loadProject(file);
    FAIL() << "a newer schema was read";
  } catch (const ProjectError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find(file.string()), std::string::npos) << message;
    EXPECT_NE(message.find("newer"), std::string::npos) << message;
    EXPECT_NE(message.find("schema 7"), std::string::npos) << message;
  }
}

TEST(Project, TheSchemaVersionIsWrittenAndRequired) {
  TempFolder temp;
  saveProject(Project{}, temp.path / "p.cbproj");
  EXPECT_NE(readFile(temp.path / "p.cbproj").find("\"schemaVersion\":" + std::to_string(Project::kSchemaVersion)),
            std::string::npos);

  writeFile(temp.path / "noversion.cbproj", R"({"format": "clusterbelt-project", "inputs": {}})");
  EXPECT_THROW(loadProject(temp.path / "noversion.cbproj"), ProjectError);
  writeFile(temp.path / "zero.cbproj", R"({"format": "clusterbelt-project", "schemaVersion": 0, "inputs": {}})");
  EXPECT_THROW(loadProject(temp.path / "zero.cbproj"), ProjectError);
}

TEST(Project, AVersionOneFileLoadsWithoutRowFilters) {
  TempFolder temp;
  writeFile(temp.path / "v1.cbproj", R"({"format": "clusterbelt-project", "schemaVersion": 1, "inputs": {
    "belts": {"path": "", "columns": {"program": "平台"}}}})");
  const LoadedProject loaded = loadProject(temp.path / "v1.cbproj");
  EXPECT_EQ(loaded.fileSchemaVersion, 1);
  EXPECT_EQ(loaded.project.inputs.belts.mapping.at("program"), "平台");
  EXPECT_TRUE(loaded.project.inputs.belts.filters.empty());
}

/// The message of the ProjectError that loading `file` throws, or "" when it loads.
std::string loadError(const fs::path& file) {
  try {
    loadProject(file);
  } catch (const ProjectError& e) {
    return e.what();
  }
  return {};
}

TEST(Project, ATruncatedFileGivesAnErrorNamingTheFile) {
  TempFolder temp;
  const fs::path file = temp.path / pathFromUtf8("截断.cbproj");
  saveProject(fullProject(temp.path), file);
  const std::string text = readFile(file);
  writeFile(file, text.substr(0, text.size() / 2));

  const std::string message = loadError(file);
  EXPECT_EQ(message.rfind(pathToUtf8(file) + ": not a valid JSON file", 0), 0u) << message;
}

TEST(Project, BadFilesAreRefusedWithTheProblemNamed) {
  TempFolder temp;
  writeFile(temp.path / "empty.cbproj", "");
  EXPECT_NE(loadError(temp.path / "empty.cbproj").find("empty"), std::string::npos);

  writeFile(temp.path / "geo.cbproj", R"({"type": "FeatureCollection", "features": []})");
  EXPECT_NE(loadError(temp.path / "geo.cbproj").find("not a ClusterBelt project"), std::string::npos);

  writeFile(temp.path / "row.cbproj", R"({"format": "clusterbelt-project", "schemaVersion": 1, "inputs":
      {"manualPlacements": [{"kind": "cluster", "row": "eight", "code": "330300"}]}})");
  EXPECT_NE(loadError(temp.path / "row.cbproj").find("inputs.manualPlacements[0].row is not an integer"),
            std::string::npos);

  writeFile(temp.path / "role.cbproj", R"({"format": "clusterbelt-project", "schemaVersion": 1, "inputs":
      {"clusters": {"path": "", "columns": {"colour": "c"}}}})");
  EXPECT_NE(loadError(temp.path / "role.cbproj").find("unknown role 'colour'"), std::string::npos);

  writeFile(temp.path / "sde.cbproj", R"({"format": "clusterbelt-project", "schemaVersion": 1, "inputs":
      {"sde": {"method": "circle"}}})");
  EXPECT_NE(loadError(temp.path / "sde.cbproj").find("inputs.sde.method"), std::string::npos);

  writeFile(temp.path / "where.cbproj", R"({"format": "clusterbelt-project", "schemaVersion": 2, "inputs":
      {"belts": {"path": "", "where": [{"column": "strength", "values": []}]}}})");
  EXPECT_NE(loadError(temp.path / "where.cbproj").find("inputs.belts.where[0] needs a column"), std::string::npos)
      << loadError(temp.path / "where.cbproj");

  EXPECT_NE(loadError(temp.path / "absent.cbproj").find("no such file"), std::string::npos);
}

TEST(Project, SavingReplacesTheFileWithoutLeavingTemporaryFiles) {
  TempFolder temp;
  const fs::path file = temp.path / "study.cbproj";
  Project first;
  first.view = MapViewState{{1.0, 2.0}, 3.0};
  saveProject(first, file);
  const Project second = fullProject(temp.path);
  saveProject(second, file);
  EXPECT_TRUE(loadProject(file).project == second);

  int entries = 0;
  for (const auto& entry : fs::directory_iterator(temp.path)) {
    ++entries;
    EXPECT_EQ(entry.path().string().find(".tmp"), std::string::npos) << entry.path();
  }
  EXPECT_EQ(entries, 2);  // the project and the data folder
}

TEST(Project, SavingIntoAFolderThatDoesNotExistFailsWithTheFileNamed) {
  TempFolder temp;
  const fs::path file = temp.path / "no" / "such" / "folder" / "study.cbproj";
  try {
    saveProject(Project{}, file);
    FAIL() << "saved into a missing folder";
  } catch (const ProjectError& e) {
    EXPECT_EQ(std::string(e.what()).rfind(file.string() + ": cannot be saved", 0), 0u) << e.what();
  }
  EXPECT_FALSE(fs::exists(file));
}

}  // namespace
}  // namespace cb
