// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/vector_file_writer.h"

#include <cpl_string.h>
#include <ogr_spatialref.h>

#include <stdexcept>
#include <system_error>
#include <utility>

#include "core/io/gdal_environment.h"
#include "core/util/text.h"

namespace cb {
namespace {

const char* driverFor(const std::string& extension) {
  if (extension == ".gpkg") return "GPKG";
  if (extension == ".shp") return "ESRI Shapefile";
  if (extension == ".csv") return "CSV";
  if (extension == ".xlsx") return "XLSX";
  return nullptr;
}

}  // namespace

bool VectorFileWriter::knowsExtension(const std::filesystem::path& path) {
  return driverFor(text::lowerExtension(path)) != nullptr;
}

VectorFileWriter::VectorFileWriter(std::filesystem::path path, const std::string& layerName,
                                   const std::vector<Field>& fields, OGRwkbGeometryType geometry, std::string_view crs)
    : mPath(std::move(path)), mFile(mPath.string()) {
  gdal::ensureInitialised();
  const std::string extension = text::lowerExtension(mPath);
  const char* driverName = driverFor(extension);
  if (driverName == nullptr) throw std::runtime_error(mFile + ": cannot write a '" + extension + "' file");
  mShapefile = extension == ".shp";
  const bool csv = extension == ".csv";
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
  if (driver == nullptr) throw std::runtime_error(mFile + ": this GDAL has no " + driverName + " driver");

  std::error_code ignored;
  if (std::filesystem::exists(mPath, ignored)) {
    // Delete() removes a Shapefile's .shx, .dbf, .prj and .cpg as well.
    if (driver->Delete(mFile.c_str()) != CE_None) std::filesystem::remove(mPath, ignored);
  }
  mDataset.reset(driver->Create(mFile.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!mDataset) throw std::runtime_error(mFile + ": cannot create: " + CPLGetLastErrorMsg());

  OGRSpatialReference srs;
  if (geometry != wkbNone) {
    if (srs.SetFromUserInput(std::string(crs).c_str()) != OGRERR_NONE) {
      discard();
      throw std::runtime_error(mFile + ": GDAL does not understand the CRS '" + std::string(crs) + "'");
    }
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  }
  CPLStringList options;
  if (mShapefile) options.SetNameValue("ENCODING", "UTF-8");  // also writes the .cpg
  if (csv) {
    options.SetNameValue("WRITE_BOM", "YES");
    options.SetNameValue("LINEFORMAT", "CRLF");
    options.SetNameValue("STRING_QUOTING", "IF_NEEDED");
  }
  mLayer = mDataset->CreateLayer(layerName.c_str(), geometry == wkbNone ? nullptr : &srs, geometry, options.List());
  if (mLayer == nullptr) {
    const std::string reason = CPLGetLastErrorMsg();
    discard();
    throw std::runtime_error(mFile + ": cannot create the layer: " + reason);
  }
  for (const Field& spec : fields) {
    OGRFieldDefn field(mShapefile && !spec.shapefileName.empty() ? spec.shapefileName.c_str() : spec.name.c_str(),
                       spec.type);
    if (mShapefile && spec.type == OFTString) field.SetWidth(254);
    if (mShapefile && spec.type == OFTReal) {
      // Wide enough for 10¹² with ten decimals (0.1 nm, 1e-10°).
      field.SetWidth(24);
      field.SetPrecision(10);
    }
    if (mLayer->CreateField(&field) != OGRERR_NONE) {
      discard();
      throw std::runtime_error(mFile + ": cannot create field " + spec.name);
    }
  }
  // One transaction: a GeoPackage otherwise commits every feature separately.
  mTransaction = mDataset->StartTransaction() == OGRERR_NONE;
}

VectorFileWriter::~VectorFileWriter() {
  if (mDataset) discard();
}

gdal::FeaturePtr VectorFileWriter::newFeature() const {
  return gdal::FeaturePtr(OGRFeature::CreateFeature(mLayer->GetLayerDefn()));
}

void VectorFileWriter::write(OGRFeature& feature, std::string_view what) {
  if (mLayer->CreateFeature(&feature) != OGRERR_NONE) {
    throw std::runtime_error(mFile + ": cannot write " + std::string(what) + ": " + CPLGetLastErrorMsg());
  }
  ++mWritten;
}

std::size_t VectorFileWriter::commit() {
  if (mTransaction && mDataset->CommitTransaction() != OGRERR_NONE) {
    const std::string reason = CPLGetLastErrorMsg();
    discard();
    throw std::runtime_error(mFile + ": cannot commit: " + reason);
  }
  mTransaction = false;
  mDataset.reset();  // closing flushes the file; a failure is reported here rather than never
  std::error_code ignored;
  if (!std::filesystem::exists(mPath, ignored)) throw std::runtime_error(mFile + ": was not written");
  return mWritten;
}

void VectorFileWriter::discard() noexcept {
  if (!mDataset) return;
  if (mTransaction) mDataset->RollbackTransaction();
  GDALDriver* driver = mDataset->GetDriver();
  mDataset.reset();
  // Delete() removes every file of the dataset (a Shapefile's .shx, .dbf, .prj, .cpg).
  std::error_code ignored;
  if (driver == nullptr || driver->Delete(mFile.c_str()) != CE_None) std::filesystem::remove(mPath, ignored);
  if (mShapefile) {
    // Delete() finds a Shapefile by its .shp: a table without geometry has only the .dbf and .cpg.
    for (const char* part : {".shp", ".shx", ".dbf", ".prj", ".cpg"}) {
      std::filesystem::path sibling = mPath;
      std::filesystem::remove(sibling.replace_extension(part), ignored);
    }
  }
}

}  // namespace cb
