// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/controllers/figure_settings.h"

#include <QSettings>
#include <QVariant>
#include <cmath>
#include <utility>
#include <vector>

namespace cb::ui {
namespace {

const QString kGroup = QStringLiteral("figureExport");

/// Every remembered value with its key, read and written the same way.
std::vector<std::pair<QString, QVariant>> entries(const FigureSettings& s) {
  return {
      {QStringLiteral("format"), FigureSettings::suffix(s.format)},
      {QStringLiteral("preset"), s.preset},
      {QStringLiteral("widthMm"), s.widthMm},
      {QStringLiteral("heightMm"), s.heightMm},
      {QStringLiteral("dpi"), s.dpi},
      {QStringLiteral("legend"), s.legend},
      {QStringLiteral("scaleBar"), s.scaleBar},
      {QStringLiteral("northArrow"), s.northArrow},
      {QStringLiteral("graticule"), s.graticule},
      {QStringLiteral("southChinaSeaInset"), s.southChinaSeaInset},
      {QStringLiteral("ellipses"), s.ellipses},
      {QStringLiteral("textAsPaths"), s.textAsPaths},
      {QStringLiteral("currentView"), s.currentView},
      {QStringLiteral("highlightCity"), s.highlightCity},
      {QStringLiteral("note"), s.note},
      {QStringLiteral("approvalNumber"), s.approvalNumber},
      {QStringLiteral("folder"), s.folder},
  };
}

/// A number read back within [min, max], else the default (a hand-edited or corrupt file).
double numberIn(const QSettings& settings, const QString& key, double fallback, double min, double max) {
  bool ok = false;
  const double v = settings.value(key, fallback).toDouble(&ok);
  return ok && std::isfinite(v) && v >= min && v <= max ? v : fallback;
}

}  // namespace

QString FigureSettings::suffix(render::FigureFormat format) {
  switch (format) {
    case render::FigureFormat::Png: return QStringLiteral("png");
    case render::FigureFormat::Svg: return QStringLiteral("svg");
    case render::FigureFormat::Pdf: return QStringLiteral("pdf");
  }
  return QStringLiteral("png");
}

QString presetOfSize(double widthMm, double heightMm) {
  for (const PagePreset& p : pagePresets()) {
    if (std::abs(p.widthMm - widthMm) < 1e-6 && std::abs(p.heightMm - heightMm) < 1e-6) {
      return QString::fromUtf8(p.name.data(), static_cast<qsizetype>(p.name.size()));
    }
  }
  return QStringLiteral("custom");
}

FigureSettings FigureSettings::load() {
  const FigureSettings d;
  FigureSettings s;
  QSettings settings;
  settings.beginGroup(kGroup);
  const QString format = settings.value(QStringLiteral("format")).toString();
  if (const auto f = render::figureFormatOf(QStringLiteral("x.") + format)) s.format = *f;
  s.widthMm = numberIn(settings, QStringLiteral("widthMm"), d.widthMm, 20.0, 2000.0);
  s.heightMm = numberIn(settings, QStringLiteral("heightMm"), d.heightMm, 0.0, 2000.0);
  if (s.heightMm > 0.0 && s.heightMm < 20.0) s.heightMm = d.heightMm;
  s.dpi = numberIn(settings, QStringLiteral("dpi"), d.dpi, 50.0, 2400.0);
  // The size decides the preset, so a stale preset name cannot disagree with it.
  const QString preset = settings.value(QStringLiteral("preset"), d.preset).toString();
  s.preset = preset == QLatin1String("custom") ? preset : presetOfSize(s.widthMm, s.heightMm);
  const auto flag = [&](const QString& key, bool fallback) { return settings.value(key, fallback).toBool(); };
  s.legend = flag(QStringLiteral("legend"), d.legend);
  s.scaleBar = flag(QStringLiteral("scaleBar"), d.scaleBar);
  s.northArrow = flag(QStringLiteral("northArrow"), d.northArrow);
  s.graticule = flag(QStringLiteral("graticule"), d.graticule);
  s.southChinaSeaInset = flag(QStringLiteral("southChinaSeaInset"), d.southChinaSeaInset);
  s.ellipses = flag(QStringLiteral("ellipses"), d.ellipses);
  s.textAsPaths = flag(QStringLiteral("textAsPaths"), d.textAsPaths);
  s.currentView = flag(QStringLiteral("currentView"), d.currentView);
  s.highlightCity = flag(QStringLiteral("highlightCity"), d.highlightCity);
  s.note = settings.value(QStringLiteral("note"), d.note).toString();
  s.approvalNumber = settings.value(QStringLiteral("approvalNumber"), d.approvalNumber).toString();
  s.folder = settings.value(QStringLiteral("folder"), d.folder).toString();
  return s;
}

void FigureSettings::save() const {
  QSettings settings;
  settings.beginGroup(kGroup);
  const auto defaults = entries(FigureSettings());
  const auto values = entries(*this);
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (values[i].second == defaults[i].second) {
      settings.remove(values[i].first);
    } else {
      settings.setValue(values[i].first, values[i].second);
    }
  }
}

void FigureSettings::applyTo(FigureSpec& spec) const {
  spec.widthMm = widthMm;
  spec.heightMm = heightMm;
  spec.dpi = dpi;
  spec.legend = legend;
  spec.scaleBar = scaleBar;
  spec.northArrow = northArrow;
  spec.graticule = graticule;
  spec.southChinaSeaInset = southChinaSeaInset;
  spec.ellipses = ellipses;
  spec.textAsPaths = textAsPaths;
  spec.note = note.toStdString();
}

void FigureSettings::takeFrom(const FigureSpec& spec) {
  widthMm = spec.widthMm;
  heightMm = spec.heightMm;
  preset = presetOfSize(spec.widthMm, spec.heightMm);
  dpi = spec.dpi;
  legend = spec.legend;
  scaleBar = spec.scaleBar;
  northArrow = spec.northArrow;
  graticule = spec.graticule;
  southChinaSeaInset = spec.southChinaSeaInset;
  ellipses = spec.ellipses;
  textAsPaths = spec.textAsPaths;
  note = QString::fromStdString(spec.note);
}

}  // namespace cb::ui
