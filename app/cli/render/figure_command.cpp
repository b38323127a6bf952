// SPDX-License-Identifier: GPL-3.0-or-later
// `clusterbelt-cli figure --out FILE.{png,svg,pdf}`: a figure for a paper, drawn headless from the
// analysis of the bundled (or given) data.
#include <QString>
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

#include "app/cli/analysis_arguments.h"
#include "app/cli/arguments.h"
#include "app/cli/command.h"
#include "app/cli/render/headless_app.h"
#include "app/cli/render/language_option.h"
#include "core/analysis/analysis.h"
#include "core/io/maritime_line_reader.h"
#include "core/scene/figure_spec.h"
#include "ui/render/figure_exporter.h"
#include "ui/render/figure_painter.h"

namespace cb::cli {
namespace {

const std::string kUsage = std::string(
    "usage: clusterbelt-cli figure --out FILE.{png,svg,pdf} [--spec SPEC.json] [--write-spec SPEC.json]\n"
    "         [--preset single-column|double-column|a4-portrait|a4-landscape] [--width-mm 170]\n"
    "         [--height-mm H] [--dpi 300] [--title T] [--city CODE|NAME] [--note TEXT]\n"
    "         [--approval GS(2019)1822] [--no-inset] [--no-graticule] [--no-ellipses] [--no-legend]\n"
    "         [--text-as-paths] [--boundaries PATH] [--clusters PATH] [--belts PATH] [--lang en|zh_CN]\n"
    "         [--clusters-where COLUMN=V1|V2] [--belts-where COLUMN=V1|V2]\n\n"
    "Draws a figure for a paper from the analysis of the bundled clusters, belts and boundaries (or\n"
    "the given ones): all of China in China Albers with prefectures, the study ellipses, legend,\n"
    "graphic scale bar, north arrow (true north at the map centre), graticule and the South China\n"
    "Sea islands inset. Sizes are in mm on paper; the height follows the map unless given. PNG\n"
    "files carry the DPI; SVG has one group per layer; PDF embeds its fonts as subsets.\n"
    "--spec reads a figure-spec JSON file (options given here override it); --write-spec saves\n"
    "the spec used. --approval writes the standard base-map note with that approval number (only\n"
    "for a standard map used without modification); --note writes any note.\n") + kLanguageUsage +
    kSdeUsage + kRowFilterUsage;

/// The unit code of a city given by code or by name (深圳市 or 深圳).
std::string resolveCity(const Analysis& analysis, const std::string& city) {
  std::vector<const PrefectureUnit*> prefix;
  for (const PrefectureUnit& unit : analysis.unitList) {
    if (unit.code == city || unit.name == city) return unit.code;
    if (unit.name.rfind(city, 0) == 0) prefix.push_back(&unit);
  }
  if (prefix.size() == 1) return prefix.front()->code;
  if (prefix.empty()) throw ArgumentError("--city: no prefecture-level unit is called or coded '" + city + "'");
  std::string names;
  for (const PrefectureUnit* unit : prefix) names += (names.empty() ? "" : ", ") + unit->name + " " + unit->code;
  throw ArgumentError("--city: '" + city + "' is ambiguous (" + names + "); give the code");
}

FigureSpec specFrom(const Arguments& arguments) {
  FigureSpec spec;
  if (const auto path = arguments.value("spec")) {
    try {
      spec = FigureSpec::load(*path);
    } catch (const FigureSpecError& e) {
      throw ArgumentError(e.what());
    }
  }
  if (const auto preset = arguments.value("preset")) {
    if (!spec.applyPreset(*preset)) throw ArgumentError("--preset: unknown preset '" + *preset + "'");
  }
  if (const auto width = arguments.number("width-mm")) {
    if (*width < 20 || *width > 2000) throw ArgumentError("--width-mm must be between 20 and 2000");
    spec.widthMm = *width;
  }
  if (const auto height = arguments.number("height-mm")) {
    if (*height != 0 && (*height < 20 || *height > 2000)) throw ArgumentError("--height-mm must be 0 or between 20 and 2000");
    spec.heightMm = *height;
  }
  if (const auto dpi = arguments.number("dpi")) {
    if (*dpi < 50 || *dpi > 2400) throw ArgumentError("--dpi must be between 50 and 2400");
    spec.dpi = *dpi;
  }
  if (const auto title = arguments.value("title")) spec.title = *title;
  if (const auto note = arguments.value("note")) spec.note = *note;
  if (const auto approval = arguments.value("approval")) spec.note = standardMapNote(*approval);
  if (arguments.has("no-inset")) spec.southChinaSeaInset = false;
  if (arguments.has("no-graticule")) spec.graticule = false;
  if (arguments.has("no-ellipses")) spec.ellipses = false;
  if (arguments.has("no-legend")) spec.legend = false;
  if (arguments.has("text-as-paths")) spec.textAsPaths = true;
  return spec;
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const Arguments arguments(
      args, {"no-inset", "no-graticule", "no-ellipses", "no-legend", "text-as-paths"},
      {"out", "spec", "write-spec", "preset", "width-mm", "height-mm", "dpi", "title", "city", "note", "approval",
       "no-inset", "no-graticule", "no-ellipses", "no-legend", "text-as-paths", "boundaries", "clusters", "belts",
       "clusters-where", "belts-where", "lang", "method", "sd", "p"});
  const std::optional<std::string> output = arguments.value("out");
  if (!output) throw ArgumentError("--out FILE.png|FILE.svg|FILE.pdf is required");
  if (!render::figureFormatOf(QString::fromStdString(*output))) {
    throw ArgumentError("--out: write a figure as .png, .svg or .pdf, not '" + *output + "'");
  }
  FigureSpec spec = specFrom(arguments);
  const QString language = languageArgument(arguments);

  const std::shared_ptr<const Analysis> analysis = analysisFromArguments(arguments, "figure", err);
  if (!analysis) return kExitBadInput;
  if (const auto city = arguments.value("city")) spec.highlightCity = resolveCity(*analysis, *city);
  if (const auto specOut = arguments.value("write-spec")) {
    try {
      spec.save(*specOut);
    } catch (const std::exception& e) {
      err << "figure: " << e.what() << '\n';
      return kExitFailure;
    }
  }

  const HeadlessApp app;
  installLanguage(language);
  render::FigureData data;
  data.analysis = analysis;
  data.southChinaSeaLine = findSouthChinaSeaLine(analysis->boundaries->sourcePath());
  const render::FigurePainter figure(spec, data);
  const QString path = QString::fromStdString(*output);
  const render::FigureExportResult result = render::FigureExporter::write(figure, path);
  for (const QString& warning : figure.warnings()) err << "figure: warning: " << warning.toStdString() << '\n';
  if (!result.ok) {
    err << "figure: " << result.error.toStdString() << '\n';
    return kExitFailure;
  }
  const QSizeF page = figure.pageSizeMm();
  out << "wrote " << *output << " (" << page.width() << " × " << page.height() << " mm";
  if (render::figureFormatOf(path) == render::FigureFormat::Png) {
    out << ", " << result.pixelSize.width() << " × " << result.pixelSize.height() << " px at " << spec.dpi << " dpi";
  }
  out << ", " << result.bytes << " bytes)\n";
  return kExitOk;
}

const bool kRegistered =
    registerCommand({"figure", "draw a figure for a paper (PNG, SVG or PDF) with legend, scale bar and inset",
                     kUsage.c_str(), &run});

}  // namespace
}  // namespace cb::cli
