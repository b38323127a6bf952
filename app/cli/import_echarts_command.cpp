// SPDX-License-Identifier: GPL-3.0-or-later
// `clusterbelt-cli import-echarts TARBALL OUT.gpkg`: builds the bundled boundaries.
#include <ostream>
#include <string>

#include "app/cli/arguments.h"
#include "app/cli/command.h"
#include "core/io/echarts_importer.h"

namespace cb::cli {
namespace {

constexpr const char* kUsage =
    "usage: clusterbelt-cli import-echarts TARBALL OUT.gpkg\n\n"
    "Converts the China maps of the echarts 4 npm tarball (npm pack echarts@4.9.0) into a\n"
    "GeoPackage with the layers `prefectures` and `provinces` (EPSG:4326). Districts of the\n"
    "municipalities, Hong Kong, Macau and Taiwan are dissolved into one unit each; invalid\n"
    "geometries are repaired. Prints every repair and dissolve.\n\n"
    "Exit status: 0 when the GeoPackage was written, 2 when the tarball cannot be used (the\n"
    "message names the file and the field; nothing is written), 1 when writing fails.\n";

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const Arguments arguments(args, {}, {});
  if (arguments.positionals().size() != 2) throw ArgumentError("expects TARBALL and OUT.gpkg");
  echarts::ImportSummary summary;
  try {
    summary = echarts::importTarball(arguments.positionals()[0], arguments.positionals()[1]);
  } catch (const echarts::ImportError& e) {
    err << "import-echarts: " << e.what() << '\n';
    return kExitBadInput;
  }
  if (summary.report.hasErrors()) {
    // The tarball is unusable: the errors go to standard error and nothing was written.
    for (const LoadMessage& m : summary.report.messages()) {
      if (m.severity != LoadMessage::Severity::Error) continue;
      err << m.file << (m.row > 0 ? ":" + std::to_string(m.row) : std::string()) << ": error: " << m.message << '\n';
    }
    err << "import-echarts: " << summary.report.count(LoadMessage::Severity::Error)
        << " error(s); nothing written\n";
    return kExitBadInput;
  }
  out << summary.report.toText();
  out << "prefecture-level units: " << summary.prefectures << "\nprovinces: " << summary.provinces
      << "\ngeometries repaired: " << summary.repairs << '\n';
  // Warnings (a feature skipped) go to standard error too, where a script sees them.
  for (const LoadMessage& m : summary.report.messages()) {
    if (m.severity != LoadMessage::Severity::Warning) continue;
    err << m.file << (m.row > 0 ? ":" + std::to_string(m.row) : std::string()) << ": warning: " << m.message << '\n';
  }
  return kExitOk;
}

const bool kRegistered = registerCommand(
    {"import-echarts", "convert the echarts 4 China maps into the bundled GeoPackage", kUsage, &run});

}  // namespace
}  // namespace cb::cli
