// SPDX-License-Identifier: GPL-3.0-or-later
// The one writer of output files: a file is either written whole or not at all.
#include "core/export/vector_file_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#include "core/crs/crs.h"

namespace cb {
namespace {

namespace fs = std::filesystem;

fs::path scratch(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / "cb_vector_file_writer";
  fs::create_directories(dir);
  const fs::path path = dir / name;
  std::error_code ignored;
  fs::remove(path, ignored);
  return path;
}

std::string contents(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(VectorFileWriter, WritesACsvForExcelThroughGdal) {
  const fs::path path = scratch("table.csv");
  VectorFileWriter writer(path, "table", {{"name", OFTString}, {"note", OFTString}});
  auto row = writer.newFeature();
  row->SetField(0, "深圳市");
  row->SetField(1, "a, \"quoted\" note");
  writer.write(*row, "row 2");
  EXPECT_EQ(writer.commit(), 1u);
  EXPECT_EQ(contents(path), "\xEF\xBB\xBFname,note\r\n深圳市,\"a, \"\"quoted\"\" note\"\r\n");
}

TEST(VectorFileWriter, AWriterDroppedBeforeCommitLeavesNoFile) {
  for (const char* name : {"partial.gpkg", "partial.shp", "partial.csv", "partial.xlsx"}) {
    const fs::path path = scratch(name);
    try {
      VectorFileWriter writer(path, "partial", {{"code", OFTString, "code"}}, wkbNone);
      auto feature = writer.newFeature();
      feature->SetField(0, "440300");
      writer.write(*feature, "unit 440300");
      throw std::runtime_error("a failure while writing");
    } catch (const std::runtime_error&) {
    }
    EXPECT_FALSE(fs::exists(path)) << name;
    fs::path dbf = path;
    EXPECT_FALSE(fs::exists(dbf.replace_extension(".dbf"))) << name;
  }
}

TEST(VectorFileWriter, ReplacesAShapefileWithAllItsParts) {
  const fs::path path = scratch("layer.shp");
  for (int run = 0; run < 2; ++run) {
    VectorFileWriter writer(path, "layer", {{"group_name", OFTString, "group"}}, wkbPolygon, crs::kChinaAlbers);
    auto feature = writer.newFeature();
    feature->SetField(0, run == 0 ? "first" : "第二");
    writer.write(*feature, "a polygon");
    EXPECT_EQ(writer.commit(), 1u);
  }
  fs::path cpg = path;
  EXPECT_EQ(contents(cpg.replace_extension(".cpg")).substr(0, 5), "UTF-8");
  fs::path dbf = path;
  const std::string table = contents(dbf.replace_extension(".dbf"));
  EXPECT_NE(table.find("第二"), std::string::npos);
  EXPECT_EQ(table.find("first"), std::string::npos) << "the earlier file is replaced, not appended to";
}

TEST(VectorFileWriter, RefusesAnUnknownExtensionAndAnUnknownCrsNamingTheFile) {
  const fs::path text = scratch("out.txt");
  try {
    VectorFileWriter writer(text, "x", {});
    FAIL() << "a .txt file was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("out.txt"), std::string::npos) << e.what();
  }
  const fs::path gpkg = scratch("out.gpkg");
  EXPECT_THROW(VectorFileWriter(gpkg, "x", {}, wkbPolygon, "not a CRS"), std::runtime_error);
  EXPECT_FALSE(fs::exists(gpkg)) << "nothing is left of a file that could not be set up";
}

}  // namespace
}  // namespace cb
