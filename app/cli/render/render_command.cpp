// SPDX-License-Identifier: GPL-3.0-or-later
// `clusterbelt-cli render --out FILE.png --width W --height H [--boundaries PATH]`: the whole map,
// rendered without a display through Qt's offscreen platform.
#include <QGuiApplication>
#include <QImageWriter>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <memory>
#include <ostream>
#include <string>

#include "app/cli/analysis_arguments.h"
#include "app/cli/arguments.h"
#include "app/cli/command.h"
#include "app/cli/render/headless_app.h"
#include "app/cli/render/language_option.h"
#include "core/analysis/analysis.h"
#include "core/crs/coordinate_transform.h"
#include "core/model/boundary_map.h"
#include "core/scene/layer_stack.h"
#include "ui/render/map_renderer.h"

namespace cb::cli {
namespace {

const std::string kUsage = std::string(
    "usage: clusterbelt-cli render --out FILE.png [--width W] [--height H] [--boundaries PATH]\n"
    "                              [--center LON,LAT --metres-per-pixel M] [--no-labels]\n"
    "                              [--thematic] [--clusters FILE] [--belts FILE] [--layers FILE.json]\n"
    "                              [--no-legend] [--lang en|zh_CN]\n"
    "                              [--clusters-where COLUMN=V1|V2] [--belts-where COLUMN=V1|V2]\n\n"
    "Renders the map (default: the bundled prefectures and provinces, China Albers) into a PNG\n"
    "of W × H pixels (default 1600 × 1200) without a display: all of it, or the view centred on\n"
    "LON,LAT (WGS 84 degrees) at M metres per pixel.\n\n"
    "--thematic draws the study map: the match outcome of every city, the clusters and belts as\n"
    "symbols, the study ellipses, city names and the legend, from the bundled clusters and belts\n"
    "or those given with --clusters / --belts (either implies --thematic, as do the filters and\n"
    "the ellipse convention).\n"
    "--layers reads the layers and their style from a JSON file (the \"layers\" object of a\n"
    "project).\n") + kLanguageUsage + kSdeUsage + kRowFilterUsage;

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
  const Arguments arguments(args, {"no-labels", "thematic", "no-legend"},
                            {"out", "width", "height", "boundaries", "center", "metres-per-pixel", "clusters", "belts",
                             "clusters-where", "belts-where", "layers", "lang", "method", "sd", "p"});
  const std::optional<std::string> output = arguments.value("out");
  if (!output) throw ArgumentError("--out FILE.png is required");
  const QString language = languageArgument(arguments);
  const double width = arguments.number("width").value_or(1600.0);
  const double height = arguments.number("height").value_or(1200.0);
  if (width < 16 || height < 16 || width > 20000 || height > 20000) {
    throw ArgumentError("--width and --height must be between 16 and 20000 pixels");
  }
  std::shared_ptr<const BoundaryMap> boundaries;
  try {
    boundaries = loadBoundaries(arguments.value("boundaries", ""));
  } catch (const std::exception& e) {
    err << "render: " << e.what() << '\n';
    return kExitBadInput;
  }
  const bool thematic = arguments.has("thematic") || arguments.has("clusters") || arguments.has("belts") ||
                        arguments.has("clusters-where") || arguments.has("belts-where") || arguments.has("layers") ||
                        arguments.has("method") || arguments.has("sd") || arguments.has("p");
  if (!thematic) printWarnings(boundaries->report(), err);  // a thematic map prints them with the analysis
  std::shared_ptr<const Analysis> analysis;
  LayerStack layers = LayerStack::studyDefaults();
  if (thematic) {
    if (const std::optional<std::string> file = arguments.value("layers")) {
      std::ifstream in(*file);
      std::stringstream text;
      text << in.rdbuf();
      std::vector<std::string> warnings;
      std::optional<LayerStack> read = in ? LayerStack::fromJsonText(text.str(), &warnings) : std::nullopt;
      if (!read) {
        err << "render: " << *file << ": not a layers JSON file (an object with a \"layers\" array)\n";
        return kExitBadInput;
      }
      for (const std::string& warning : warnings) err << "render: " << *file << ": " << warning << '\n';
      layers = std::move(*read);
    }
    analysis = analysisFromArguments(arguments, "render", err, boundaries);
    if (!analysis) return kExitBadInput;
    if (arguments.has("no-labels")) {
      for (MapLayer& layer : layers.layers()) {
        if (layer.kind == LayerKind::CityLabels) layer.visible = false;
        if (layer.kind == LayerKind::Prefectures) layer.labels = false;
      }
    }
  }
  const HeadlessApp app;
  installLanguage(language);
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
  const QImage image = thematic ? render::renderLayersImage(paths, analysis.get(), layers, view, style, 1.0, nullptr,
                                                            !arguments.has("no-legend"))
                                 : render::renderMapImage(paths, view, style);
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
    {"render", "render the whole map into a PNG without a display", kUsage.c_str(), &run});

}  // namespace
}  // namespace cb::cli
