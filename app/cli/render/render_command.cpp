// SPDX-License-Identifier: GPL-3.0-or-later
// `clusterbelt-cli render --out FILE.png --width W --height H [--boundaries PATH]`: the whole map,
// rendered without a display through Qt's offscreen platform.
#include <QGuiApplication>
#include <QImageWriter>
#include <filesystem>
#include <memory>
#include <ostream>

#include "app/cli/arguments.h"
#include "app/cli/command.h"
#include "app/cli/render/headless_app.h"
#include "core/io/bundled_data.h"
#include "core/model/boundary_map.h"
#include "ui/render/map_renderer.h"

namespace cb::cli {
namespace {

constexpr const char* kUsage =
    "usage: clusterbelt-cli render --out FILE.png [--width W] [--height H] [--boundaries PATH]\n"
    "                              [--no-labels]\n\n"
    "Renders all of the map (default: the bundled prefectures and provinces, China Albers) into\n"
    "a PNG of W × H pixels (default 1600 × 1200) without a display.\n";

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const Arguments arguments(args, {"no-labels"}, {"out", "width", "height", "boundaries"});
  const std::optional<std::string> output = arguments.value("out");
  if (!output) throw ArgumentError("--out FILE.png is required");
  const double width = arguments.number("width").value_or(1600.0);
  const double height = arguments.number("height").value_or(1200.0);
  if (width < 16 || height < 16 || width > 20000 || height > 20000) {
    throw ArgumentError("--width and --height must be between 16 and 20000 pixels");
  }
  std::string path = arguments.value("boundaries", bundledBoundaries().string());
  if (path.empty() || !std::filesystem::exists(path)) {
    err << "render: boundary file not found: '" << path << "' (run packaging/run.sh to set up the bundled data)\n";
    return kExitBadInput;
  }
  std::shared_ptr<const BoundaryMap> boundaries;
  try {
    boundaries = loadBoundaryMap(path);
  } catch (const std::exception& e) {
    err << "render: " << e.what() << '\n';
    return kExitBadInput;
  }
  const HeadlessApp app;
  const render::PathCache paths(boundaries);
  render::MapStyle style;
  style.showLabels = !arguments.has("no-labels");
  const ViewTransform view = ViewTransform::fitting(boundaries->extent(), width, height, 12.0);
  const QImage image = render::renderMapImage(paths, view, style);
  QImageWriter writer(QString::fromStdString(*output));
  if (!writer.write(image)) {
    err << "render: cannot write " << *output << ": " << writer.errorString().toStdString() << '\n';
    return kExitFailure;
  }
  out << "wrote " << *output << " (" << image.width() << " × " << image.height() << " px, "
      << boundaries->prefectures().size() << " prefecture-level units)\n";
  return kExitOk;
}

const bool kRegistered = registerCommand(
    {"render", "render the whole map into a PNG without a display", kUsage, &run});

}  // namespace
}  // namespace cb::cli
