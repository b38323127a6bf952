// SPDX-License-Identifier: GPL-3.0-or-later
// `clusterbelt-cli info [PATH] [--json]`: layers, feature counts, CRS and load warnings.
#include <cpl_json.h>

#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include "app/cli/arguments.h"
#include "app/cli/command.h"
#include "core/io/bundled_data.h"
#include "core/io/region_lod.h"
#include "core/io/region_reader.h"

namespace cb::cli {
namespace {

constexpr const char* kUsage =
    "usage: clusterbelt-cli info [PATH] [--json]\n\n"
    "Prints the layers of a vector source (default: the bundled prefectures), their feature\n"
    "counts and CRS, and what reading each polygon layer reported: assumed CRS, encoding,\n"
    "repaired or empty geometries, duplicate codes. --json prints the same as JSON.\n";

CPLJSONObject messageJson(const LoadMessage& message) {
  CPLJSONObject json;
  json.Add("severity", severityName(message.severity));
  json.Add("file", message.file);
  json.Add("row", static_cast<GInt64>(message.row));
  json.Add("message", message.message);
  return json;
}

/// The import report written next to the bundled GeoPackage at set-up, one line per repair.
std::vector<std::string> importReportLines(const std::filesystem::path& gpkg) {
  std::vector<std::string> lines;
  std::ifstream in(gpkg.parent_path() / bundled::kImportReport);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const Arguments arguments(args, {"json"}, {"json"});
  std::string path = arguments.positionals().empty() ? std::string() : arguments.positionals()[0];
  const bool bundled = path.empty();
  if (bundled) {
    path = bundledBoundaries().string();
    if (path.empty() || !std::filesystem::exists(path)) {
      err << "info: the bundled boundaries are missing (run packaging/run.sh or packaging/test.sh to set them up)\n";
      return kExitBadInput;
    }
  }
  std::vector<LayerSummary> layers;
  try {
    layers = listLayers(path);
  } catch (const std::exception& e) {
    err << "info: " << e.what() << '\n';
    return kExitBadInput;
  }

  CPLJSONObject root;
  root.Add("path", path);
  CPLJSONArray layersJson;
  std::ostringstream text;
  text << path << '\n';
  for (const LayerSummary& layer : layers) {
    CPLJSONObject layerJson;
    layerJson.Add("name", layer.name);
    layerJson.Add("feature_count", static_cast<GInt64>(layer.featureCount));
    layerJson.Add("geometry_type", layer.geometryType);
    layerJson.Add("crs", layer.crs);
    text << "layer " << layer.name << ": " << layer.featureCount << " features, " << layer.geometryType
         << ", CRS " << layer.crs << '\n';
    const bool polygonal = layer.geometryType.find("Polygon") != std::string::npos ||
                           layer.geometryType == "Unknown (any)";
    if (polygonal) {
      RegionReadOptions options;
      options.layer = layers.size() > 1 ? layer.name : std::string();
      const RegionReadResult read = readRegions(path, options);
      std::size_t withCode = 0;
      std::size_t withName = 0;
      for (const Region& region : read.layer.regions()) {
        withCode += region.code.size() == 6 ? 1 : 0;
        withName += region.name.empty() ? 0 : 1;
      }
      layerJson.Add("regions_read", static_cast<GInt64>(read.layer.size()));
      layerJson.Add("with_6_digit_code", static_cast<GInt64>(withCode));
      layerJson.Add("with_name", static_cast<GInt64>(withName));
      layerJson.Add("crs_assumed", read.crsAssumed);
      layerJson.Add("encoding", read.encoding);
      layerJson.Add("repairs", static_cast<GInt64>(read.repairs));
      const std::size_t invalidLeft = countInvalidGeometries(read.layer);
      layerJson.Add("invalid_geometries_left", static_cast<GInt64>(invalidLeft));
      CPLJSONArray messages;
      for (const LoadMessage& message : read.report.messages()) messages.Add(messageJson(message));
      layerJson.Add("messages", messages);
      text << "  read " << read.layer.size() << " regions (" << withCode << " with a 6-digit code, "
           << withName << " with a name); repaired " << read.repairs << ", invalid left "
           << invalidLeft << "; encoding " << read.encoding << '\n';
      for (const LoadMessage& message : read.report.messages()) {
        text << "  " << severityName(message.severity) << ": "
             << (message.row > 0 ? "feature " + std::to_string(message.row) + ": " : "") << message.message << '\n';
      }
    }
    layersJson.Add(layerJson);
  }
  root.Add("layers", layersJson);
  if (bundled) {
    CPLJSONArray repairs;
    const std::vector<std::string> lines = importReportLines(path);
    for (const std::string& line : lines) repairs.Add(line);
    root.Add("import_report", repairs);
    text << "import report (" << lines.size() << " lines): "
         << (std::filesystem::path(path).parent_path() / bundled::kImportReport).string() << '\n';
  }
  if (arguments.has("json")) {
    out << root.Format(CPLJSONObject::PrettyFormat::Pretty) << '\n';
  } else {
    out << text.str();
  }
  return kExitOk;
}

const bool kRegistered = registerCommand(
    {"info", "layers, feature counts, CRS and load warnings of a vector source", kUsage, &run});

}  // namespace
}  // namespace cb::cli
