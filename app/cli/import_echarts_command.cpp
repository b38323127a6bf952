// SPDX-License-Identifier: GPL-3.0-or-later
// `clusterbelt-cli import-echarts TARBALL OUT.gpkg`: builds the bundled boundaries.
#include <ostream>

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
    "geometries are repaired. Prints every repair and dissolve.\n";

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const Arguments arguments(args, {}, {});
  if (arguments.positionals().size() != 2) throw ArgumentError("expects TARBALL and OUT.gpkg");
  const echarts::ImportSummary summary =
      echarts::importTarball(arguments.positionals()[0], arguments.positionals()[1]);
  out << summary.report.toText();
  out << "prefecture-level units: " << summary.prefectures << "\nprovinces: " << summary.provinces
      << "\ngeometries repaired: " << summary.repairs << '\n';
  if (summary.report.hasErrors()) {
    err << "import-echarts: " << summary.report.count(LoadMessage::Severity::Error)
        << " error(s); see above\n";
    return kExitFailure;
  }
  return kExitOk;
}

const bool kRegistered = registerCommand(
    {"import-echarts", "convert the echarts 4 China maps into the bundled GeoPackage", kUsage, &run});

}  // namespace
}  // namespace cb::cli
