// SPDX-License-Identifier: GPL-3.0-or-later
// The importer on broken tarballs of the bad-input corpus (tests/data/bad/echarts/, made by
// tests/data/bad/make_corpus.py): each is refused at once, naming the file and the field, and
// leaves no output behind.
#include "core/io/echarts_importer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>

namespace cb::echarts {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(CB_TEST_DATA_DIR) / "bad" / "echarts";

fs::path scratchOutput(const std::string& name) {
  const fs::path folder = fs::temp_directory_path() / "clusterbelt_echarts_importer_test";
  fs::create_directories(folder);
  const fs::path out = folder / (name + ".gpkg");
  fs::remove(out);
  return out;
}

/// Runs the import, expecting an ImportError whose text holds every one of `words`.
void expectRefused(const std::string& tarball, const std::vector<std::string>& words) {
  const fs::path out = scratchOutput(tarball);
  const auto start = std::chrono::steady_clock::now();
  try {
    importTarball((kCorpus / tarball).string(), out.string());
    ADD_FAILURE() << tarball << " was imported";
  } catch (const ImportError& e) {
    for (const std::string& word : words) {
      EXPECT_NE(std::string(e.what()).find(word), std::string::npos) << e.what() << " lacks " << word;
    }
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10)) << tarball;
  EXPECT_FALSE(fs::exists(out)) << tarball;
  EXPECT_FALSE(fs::exists(out.string() + ".importing")) << tarball;
}

// Regression: a negative UTF8Scale made import-echarts run forever (GEOS on coordinates of 1e305).
TEST(EchartsImporter, RefusesANegativeScaleNamingTheFileAndTheField) {
  expectRefused("negative_scale.tgz", {"negative_scale.tgz", "guangdong.json", "UTF8Scale", "-1024"});
  expectRefused("negative_tiny_scale.tgz", {"negative_tiny_scale.tgz", "guangdong.json", "UTF8Scale"});
}

TEST(EchartsImporter, RefusesOtherAbsurdScales) {
  for (const char* tarball : {"zero_scale.tgz", "tiny_scale.tgz", "huge_scale.tgz", "text_scale.tgz"}) {
    expectRefused(tarball, {tarball, "UTF8Scale"});
  }
}

TEST(EchartsImporter, RefusesAFileOfTooManyFeaturesOrNoFeatureList) {
  expectRefused("too_many_features.tgz", {"guangdong.json", "20001 features"});
  expectRefused("features_not_list.tgz", {"guangdong.json", "\"features\""});
}

// A feature that cannot be decoded is an error of the report, and then nothing is written.
TEST(EchartsImporter, WritesNothingWhenAFeatureCannotBeDecoded) {
  for (const char* tarball : {"huge_offsets.tgz", "text_offsets.tgz", "runaway_deltas.tgz", "odd_units.tgz"}) {
    const fs::path out = scratchOutput(tarball);
    const ImportSummary summary = importTarball((kCorpus / tarball).string(), out.string());
    EXPECT_TRUE(summary.report.hasErrors()) << tarball;
    EXPECT_NE(summary.report.toText().find("guangdong.json:1"), std::string::npos) << summary.report.toText();
    EXPECT_FALSE(fs::exists(out)) << tarball;
  }
}

// Reading the tarball writes nothing beside it (GDAL's /vsigzip/ would leave NAME.tgz.properties).
TEST(EchartsImporter, WritesNothingBesideTheTarball) {
  const fs::path out = scratchOutput("point_feature");
  const ImportSummary summary = importTarball((kCorpus / "point_feature.tgz").string(), out.string());
  EXPECT_FALSE(summary.report.hasErrors()) << summary.report.toText();
  EXPECT_TRUE(fs::exists(out));
  EXPECT_FALSE(fs::exists(kCorpus / "point_feature.tgz.properties"));
}

}  // namespace
}  // namespace cb::echarts
