// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/analysis_export.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/io/gdal_environment.h"
#include "core/io/gdal_handles.h"

namespace cb {
namespace {

TEST(AnalysisExport, FormatsFitWhatIsWritten) {
  EXPECT_TRUE(canExport(ExportWhat::Outcomes, "a.gpkg"));
  EXPECT_TRUE(canExport(ExportWhat::Ellipses, "a.SHP"));
  EXPECT_TRUE(canExport(ExportWhat::Ellipses, "a.xlsx"));
  EXPECT_FALSE(canExport(ExportWhat::Clusters, "a.gpkg"));
  EXPECT_FALSE(canExport(ExportWhat::Cities, "a.txt"));
  EXPECT_EQ(parseExportWhat("belts"), ExportWhat::Belts);
  EXPECT_EQ(parseExportWhat("nope"), std::nullopt);
  EXPECT_STREQ(exportWhatName(ExportWhat::Cities), "cities");
}

TEST(AnalysisExport, WritesEveryPartReadableByGdal) {
  AnalysisInputs inputs;
  inputs.clusters.path = CB_TEST_DATA_DIR "/match_clusters.csv";
  inputs.belts.path = CB_TEST_DATA_DIR "/match_belts.csv";
  const auto analysis = runAnalysis(inputs);
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "cb_analysis_export_test";
  std::filesystem::create_directories(dir);

  EXPECT_EQ(exportAnalysis(*analysis, ExportWhat::Clusters, dir / "clusters.csv"), analysis->match.clusters.size() + analysis->match.unresolvedClusters);
  std::ifstream csv(dir / "clusters.csv", std::ios::binary);
  char bom[3] = {};
  csv.read(bom, 3);
  EXPECT_EQ(std::string(bom, 3), "\xEF\xBB\xBF");  // for Excel

  const std::size_t ellipses = exportAnalysis(*analysis, ExportWhat::Ellipses, dir / "ellipses.gpkg");
  EXPECT_EQ(ellipses, analysis->ellipses.ellipses.size());
  gdal::ensureInitialised();
  gdal::DatasetPtr written(GDALDataset::Open((dir / "ellipses.gpkg").c_str(), GDAL_OF_VECTOR));
  ASSERT_TRUE(written);
  EXPECT_EQ(written->GetLayer(0)->GetFeatureCount(), static_cast<GIntBig>(ellipses));

  EXPECT_THROW(exportAnalysis(*analysis, ExportWhat::Belts, dir / "belts.gpkg"), std::invalid_argument);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace cb
