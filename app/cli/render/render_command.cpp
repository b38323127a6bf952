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
#include "core/crs/coordinate_transform.h"
#include "core/io/bundled_data.h"
#include "core/model/boundary_map.h"
#include "ui/render/map_renderer.h"

namespace cb::cli {
namespace {

constexpr const char* kUsage =
    "usage: clusterbelt-cli render --out FILE.png [--width W] [--height H] [--boundaries PATH]\n"
    "                              [--center LON,LAT --metres-per-pixel M] [--no-labels]\n\n"
    "Renders the map (default: the bundled prefectures and provinces, China Albers) into a PNG\n"
    "of W × H pixels (default 1600 × 1200) without a display: all of it, or the view centred on\n"
    "LON,LAT (WGS 84 degrees) at M metres per pixel.\n";

/// Parses "113.9,22.5" into lon/lat degrees.
Point2 parseLonLat(const std::string& text) {
  const auto comma = text.find(',');
  try {
    if (comma == std::string::npos) throw std::invalid_argument(text);
    return {std::stod(text.substr(0, comma)), std::stod(text.substr(comma + 1))};
  } catch (const std::exception&) {
    throw ArgumentError("--center expects LON,LAT in degrees, got '" + text + "'");
  }
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const Arguments arguments(args, {"no-labels"},
                            {"out", "width", "height", "boundaries", "center", "metres-per-pixel"});
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
  ViewTransform view = ViewTransform::fitting(boundaries->extent(), width, height, 12.0);
  if (const std::optional<std::string> center = arguments.value("center")) {
    const Point2 world = CoordinateTransform::wgs84ToChinaAlbers().forward(parseLonLat(*center));
    const double scale = arguments.number("metres-per-pixel").value_or(view.metresPerPixel());
    if (!(scale > 0.0)) throw ArgumentError("--metres-per-pixel must be positive");
    view = ViewTransform(world, scale, width, height);
  }
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
