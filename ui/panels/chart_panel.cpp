// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/chart_panel.h"

#include <QEvent>
#include <QMouseEvent>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <set>

#include "core/scene/palette.h"
#include "core/stats/study_ellipses.h"
#include "ui/controllers/selection_model.h"
#include "ui/panels/qcustomplot_include.h"
#include "ui/panels/trajectory_chart.h"
#include "ui/render/legend_painter.h"
#include "ui/models/match_labels.h"

namespace cb::ui {
namespace {

constexpr std::array<ClusterOutcome, 4> kOutcomes = {ClusterOutcome::Identical, ClusterOutcome::Similar,
                                                     ClusterOutcome::Unrelated, ClusterOutcome::NoBelt};

QColor toQColor(const Rgba& c) { return {c.r, c.g, c.b, c.a}; }

/// The fill of the map's outcome choropleth for the class a cluster's outcome gives its city, so
/// the bars and the map read alike (dark for identical; lightness 8+ apart for greyscale).
QColor outcomeColor(ClusterOutcome outcome) {
  switch (outcome) {
    case ClusterOutcome::Identical: return toQColor(palette::outcomeColor(CityOutcome::Identical));
    case ClusterOutcome::Similar: return toQColor(palette::outcomeColor(CityOutcome::Similar));
    case ClusterOutcome::Unrelated: return toQColor(palette::outcomeColor(CityOutcome::Unrelated));
    case ClusterOutcome::NoBelt: return toQColor(palette::outcomeColor(CityOutcome::ClusterWithoutBelt));
  }
  return Qt::gray;
}

/// Okabe–Ito blue, sky blue and yellow: CIELAB lightness 47, 69, 89.
QColor parameterColor(ChartPanel::EllipseParameter parameter) {
  switch (parameter) {
    case ChartPanel::EllipseParameter::SigmaMajor: return toQColor(palette::kBlue);
    case ChartPanel::EllipseParameter::SigmaMinor: return toQColor(palette::kSkyBlue);
    case ChartPanel::EllipseParameter::Area: return toQColor(palette::kYellow);
  }
  return Qt::gray;
}

std::size_t tallyOf(const MatchTally& t, ClusterOutcome outcome) {
  switch (outcome) {
    case ClusterOutcome::Identical: return t.identical;
    case ClusterOutcome::Similar: return t.similar;
    case ClusterOutcome::Unrelated: return t.unrelated;
    case ClusterOutcome::NoBelt: return t.noBelt;
  }
  return 0;
}

QString categoryLabel(const std::string& key) {
  if (key.empty()) return QCoreApplication::translate("cb::ui::ChartPanel", "(none)");
  // The pooled ellipse groups ("clusters", "belts") read as the legend names them; programmes
  // and provinces are names already.
  if (key == kStudyGroupClusters || key == kStudyGroupBelts) return render::LegendPainter::groupLabel(key);
  return fromUtf8(key);
}

/// A bar's fill with a dark outline, so adjacent stacks stay apart on paper.
void styleBars(QCPBars* bars, const QColor& fill) {
  bars->setBrush(fill);
  bars->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.0));
  bars->setWidth(0.7);
}

QSharedPointer<QCPAxisTickerText> textTicker(const std::vector<std::string>& keys) {
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  for (std::size_t i = 0; i < keys.size(); ++i) ticker->addTick(static_cast<double>(i + 1), categoryLabel(keys[i]));
  return ticker;
}

}  // namespace

ChartPanel::ChartPanel(SelectionModel* selection, QWidget* parent)
    : QWidget(parent), mSelection(selection), mTabs(new QTabWidget(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mTabs);
  for (ChartData& chart : mCharts) {
    chart.plot = new QCustomPlot(mTabs);
    chart.plot->plotLayout()->insertRow(0);
    chart.plot->plotLayout()->addElement(0, 0, new QCPTextElement(chart.plot, QString(), QFont(font().family(), 11, QFont::Bold)));
    chart.plot->legend->setVisible(true);
    chart.plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    chart.plot->setMouseTracking(true);
    mTabs->addTab(chart.plot, QString());
    connect(chart.plot, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable* p, int dataIndex, QMouseEvent*) { barClicked(p, dataIndex); });
    connect(chart.plot, &QCustomPlot::mouseMove, this, [this, plot = chart.plot](QMouseEvent* event) {
      int dataIndex = -1;
      QCPAbstractPlottable* p = plot->plottableAt(event->position(), false, &dataIndex);
      const QString text = p != nullptr ? describe(p, dataIndex) : QString();
      if (text.isEmpty()) {
        QToolTip::hideText();
      } else {
        QToolTip::showText(event->globalPosition().toPoint(), text, plot);
      }
    });
  }
  mOverTime = new TrajectoryChart(mTabs);
  mTabs->addTab(mOverTime, QString());
  if (mSelection != nullptr) connect(mSelection, &SelectionModel::currentCityChanged, this, &ChartPanel::highlightCity);
  rebuild();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setAnalysis(std::shared_ptr<const cb::Analysis> analysis) {
  mAnalysis = std::move(analysis);
  mOverTime->setAnalysis(mAnalysis);
  rebuild();
}

QStringList ChartPanel::categories(Chart chart) const {
  QStringList out;
  for (const std::string& key : mCharts[index(chart)].keys) out << categoryLabel(key);
  return out;
}

QCPBars* ChartPanel::outcomeBars(Chart chart, ClusterOutcome outcome) const {
  for (auto it = mBars.begin(); it != mBars.end(); ++it) {
    if (chart != Chart::Ellipses && it->chart == chart && it->series == static_cast<int>(outcome)) {
      return qobject_cast<QCPBars*>(it.key());
    }
  }
  return nullptr;
}

QCPBars* ChartPanel::ellipseBars(EllipseParameter parameter) const {
  for (auto it = mBars.begin(); it != mBars.end(); ++it) {
    if (it->chart == Chart::Ellipses && it->series == static_cast<int>(parameter)) return qobject_cast<QCPBars*>(it.key());
  }
  return nullptr;
}

void ChartPanel::setTitle(Chart chart, const QString& title) {
  if (auto* element = qobject_cast<QCPTextElement*>(plot(chart)->plotLayout()->element(0, 0))) element->setText(title);
}

void ChartPanel::rebuild() {
  mBars.clear();
  for (ChartData& chart : mCharts) {
    chart.plot->clearPlottables();
    for (QCPBarsGroup* group : chart.plot->findChildren<QCPBarsGroup*>()) delete group;
    chart.keys.clear();
    chart.plot->yAxis2->setVisible(false);
  }
  mTabs->setTabText(0, tr("By programme"));
  mTabs->setTabText(1, tr("By province"));
  mTabs->setTabText(2, tr("Ellipses"));
  mTabs->setTabText(3, tr("Over time"));
  if (!mAnalysis) {
    for (const Chart c : {Chart::Programme, Chart::Province, Chart::Ellipses}) {
      setTitle(c, tr("No data loaded"));
    }
    highlightCity({});
    return;
  }

  const MatchReport& match = mAnalysis->match;
  std::vector<std::string> programmes;
  for (const std::string& p : studyProgrammes()) {
    if (match.byProgram.contains(p)) programmes.push_back(p);
  }
  for (const auto& [p, tally] : match.byProgram) {
    if (std::find(programmes.begin(), programmes.end(), p) == programmes.end()) programmes.push_back(p);
  }
  setTitle(Chart::Programme, tr("Outcome of the clusters by programme"));
  buildOutcomeChart(Chart::Programme, match.byProgram, std::move(programmes));

  std::vector<std::string> provinces;
  for (const auto& [p, tally] : match.byProvince) provinces.push_back(p);
  // Most clusters first, so the provinces that matter are at the left.
  std::stable_sort(provinces.begin(), provinces.end(), [&](const std::string& a, const std::string& b) {
    return match.byProvince.at(a).clusters > match.byProvince.at(b).clusters;
  });
  setTitle(Chart::Province, tr("Outcome of the clusters by province"));
  buildOutcomeChart(Chart::Province, match.byProvince, std::move(provinces));
  plot(Chart::Province)->xAxis->setTickLabelRotation(60);

  setTitle(Chart::Ellipses, tr("Standard deviational ellipses by group (%1)")
                                .arg(fromUtf8(mAnalysis->ellipses.ellipses.empty()
                                                  ? std::string()
                                                  : mAnalysis->ellipses.ellipses.front().methodLabel)));
  buildEllipseChart();
  highlightCity(mSelection != nullptr ? mSelection->currentCity() : QString());
}

void ChartPanel::buildOutcomeChart(Chart chart, const std::map<std::string, MatchTally>& tallies,
                                   std::vector<std::string> keys) {
  ChartData& target = mCharts[index(chart)];
  QCustomPlot* plot = target.plot;
  target.keys = std::move(keys);
  QCPBars* below = nullptr;
  double top = 0.0;
  for (const ClusterOutcome outcome : kOutcomes) {
    auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(outcomeLabel(outcome));
    styleBars(bars, outcomeColor(outcome));
    QVector<double> x, y;
    for (std::size_t i = 0; i < target.keys.size(); ++i) {
      x << static_cast<double>(i + 1);
      y << static_cast<double>(tallyOf(tallies.at(target.keys[i]), outcome));
    }
    bars->setData(x, y, true);
    if (below != nullptr) bars->moveAbove(below);
    below = bars;
    mBars.insert(bars, BarInfo{chart, static_cast<int>(outcome)});
  }
  for (const std::string& key : target.keys) top = std::max(top, static_cast<double>(tallies.at(key).clusters));
  plot->xAxis->setTicker(textTicker(target.keys));
  plot->xAxis->setRange(0.4, static_cast<double>(target.keys.size()) + 0.6);
  plot->xAxis->grid()->setVisible(false);
  auto integers = QSharedPointer<QCPAxisTickerFixed>::create();
  integers->setTickStep(1.0);
  integers->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
  plot->yAxis->setTicker(integers);
  plot->yAxis->setLabel(tr("Clusters"));
  plot->yAxis->setRange(0.0, std::max(1.0, top * 1.25));
  plot->replot();
}

void ChartPanel::buildEllipseChart() {
  ChartData& target = mCharts[index(Chart::Ellipses)];
  QCustomPlot* plot = target.plot;
  auto* group = new QCPBarsGroup(plot);
  group->setSpacing(2.0);
  QVector<double> x;
  std::array<QVector<double>, 3> values;
  for (const SdeEllipse& e : mAnalysis->ellipses.ellipses) {
    target.keys.push_back(e.group);
    x << static_cast<double>(target.keys.size());
    const bool drawn = e.hasEllipse && std::isfinite(e.metresPerUnit);
    values[0] << (drawn ? e.sde.sigmaMajor * e.metresPerUnit / 1000.0 : 0.0);
    values[1] << (drawn ? e.sde.sigmaMinor * e.metresPerUnit / 1000.0 : 0.0);
    values[2] << (drawn && std::isfinite(e.areaKm2) ? e.areaKm2 / 1000.0 : 0.0);
  }
  double axisTop = 0.0, areaTop = 0.0;
  for (const EllipseParameter p : {EllipseParameter::SigmaMajor, EllipseParameter::SigmaMinor, EllipseParameter::Area}) {
    const auto i = static_cast<std::size_t>(p);
    const bool area = p == EllipseParameter::Area;
    auto* bars = new QCPBars(plot->xAxis, area ? plot->yAxis2 : plot->yAxis);
    bars->setName(p == EllipseParameter::SigmaMajor   ? tr("Semi-major axis σ₁ (km)")
                  : p == EllipseParameter::SigmaMinor ? tr("Semi-minor axis σ₂ (km)")
                                                      : tr("Area (10³ km², right axis)"));
    styleBars(bars, parameterColor(p));
    bars->setWidth(0.25);
    bars->setBarsGroup(group);
    bars->setData(x, values[i], true);
    double& top = area ? areaTop : axisTop;
    for (const double v : values[i]) top = std::max(top, v);
    mBars.insert(bars, BarInfo{Chart::Ellipses, static_cast<int>(p)});
  }
  // The point count under each group: an ellipse of 4 points says little.
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  const auto& ellipses = mAnalysis->ellipses.ellipses;
  for (std::size_t i = 0; i < ellipses.size(); ++i) {
    const SdeEllipse& e = ellipses[i];
    ticker->addTick(static_cast<double>(i + 1),
                    categoryLabel(e.group) + QLatin1Char('\n') +
                        (e.hasEllipse ? tr("n = %1").arg(e.sde.n) : tr("no ellipse (n = %1)").arg(e.sde.n)));
  }
  plot->xAxis->setTicker(ticker);
  plot->xAxis->setRange(0.4, static_cast<double>(target.keys.size()) + 0.6);
  plot->xAxis->grid()->setVisible(false);
  plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
  plot->yAxis->setLabel(tr("Semi-axis (km)"));
  plot->yAxis->setRange(0.0, std::max(1.0, axisTop * 1.25));
  plot->yAxis2->setVisible(true);
  plot->yAxis2->setTickLabels(true);
  plot->yAxis2->setLabel(tr("Area (10³ km²)"));
  plot->yAxis2->setRange(0.0, std::max(1.0, areaTop * 1.25));
  plot->replot();
}

int ChartPanel::categoryOf(QCPAbstractPlottable* plottable, int dataIndex) const {
  auto* bars = qobject_cast<QCPBars*>(plottable);
  if (bars == nullptr || !mBars.contains(plottable) || dataIndex < 0 || dataIndex >= bars->data()->size()) return -1;
  const int category = static_cast<int>(std::lround(bars->data()->at(dataIndex)->key)) - 1;
  const auto& keys = mCharts[index(mBars.value(plottable).chart)].keys;
  return category >= 0 && category < static_cast<int>(keys.size()) ? category : -1;
}

QStringList ChartPanel::citiesOf(QCPAbstractPlottable* plottable, int dataIndex) const {
  const int category = categoryOf(plottable, dataIndex);
  if (category < 0 || !mAnalysis) return {};
  const BarInfo info = mBars.value(plottable);
  const std::string& key = mCharts[index(info.chart)].keys[static_cast<std::size_t>(category)];
  const MatchReport& match = mAnalysis->match;
  std::set<std::string> codes;
  if (info.chart == Chart::Ellipses) {
    // A group is a programme, or all clusters, or the belts.
    const bool belts = key == kStudyGroupBelts, all = key == kStudyGroupClusters;
    for (const MatchEntry& e : belts ? match.belts : match.clusters) {
      if (belts || all || e.program == key) codes.insert(e.code);
    }
  } else {
    const auto outcome = static_cast<ClusterOutcome>(info.series);
    for (const MatchEntry& e : match.clusters) {
      if (e.outcome != outcome) continue;
      if (info.chart == Chart::Programme && e.program != key) continue;
      if (info.chart == Chart::Province) {
        const CityMatch* city = mAnalysis->city(e.code);
        if (city == nullptr || city->province != key) continue;
      }
      codes.insert(e.code);
    }
  }
  QStringList out;
  for (const std::string& code : codes) out << fromUtf8(code);
  return out;
}

QString ChartPanel::describe(QCPAbstractPlottable* plottable, int dataIndex) const {
  const int category = categoryOf(plottable, dataIndex);
  if (category < 0) return {};
  const BarInfo info = mBars.value(plottable);
  const QString label = categoryLabel(mCharts[index(info.chart)].keys[static_cast<std::size_t>(category)]);
  const double value = qobject_cast<QCPBars*>(plottable)->data()->at(dataIndex)->value;
  const auto cities = citiesOf(plottable, dataIndex).size();
  if (info.chart == Chart::Ellipses) {
    return tr("%1 · %2: %3\nCities: %4 (click to select them)")
        .arg(label, plottable->name(), QLocale().toString(value, 'f', 1))
        .arg(cities);
  }
  return tr("%1 · %2: %3 clusters\nCities: %4 (click to select them)")
      .arg(label, plottable->name())
      .arg(std::lround(value))
      .arg(cities);
}

void ChartPanel::barClicked(QCPAbstractPlottable* plottable, int dataIndex) {
  if (mSelection == nullptr) return;
  const QStringList codes = citiesOf(plottable, dataIndex);
  if (codes.isEmpty()) return;
  // One city is also the one to inspect; several wait for the user to pick one.
  mSelection->setSelectedCities(codes, codes.size() == 1 ? codes.front() : QString());
}

QList<int> ChartPanel::highlightedCategories(Chart chart) const { return mHighlighted[index(chart)]; }

void ChartPanel::highlightCity(const QString& code) {
  for (std::size_t c = 0; c < mCharts.size(); ++c) {
    mCharts[c].plot->clearItems();
    mHighlighted[c].clear();
  }
  const CityMatch* city = mAnalysis && !code.isEmpty() ? mAnalysis->city(code.toStdString()) : nullptr;
  if (city != nullptr) {
    std::set<std::string> programmes;
    for (const std::size_t k : city->clusters) programmes.insert(mAnalysis->match.clusters[k].program);
    const auto shade = [this](Chart chart, const std::string& key) {
      const std::vector<std::string>& keys = mCharts[index(chart)].keys;
      const auto it = std::find(keys.begin(), keys.end(), key);
      if (it == keys.end()) return;
      const int category = static_cast<int>(it - keys.begin());
      QCustomPlot* plot = mCharts[index(chart)].plot;
      // A band behind the bars (on the grid layer, below the plottables), the full height of the
      // axis rect: x in plot coordinates (category i sits at key i + 1), y as a ratio of the rect.
      auto* band = new QCPItemRect(plot);
      band->setLayer(QStringLiteral("grid"));
      band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
      band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
      band->topLeft->setCoords(category + 1 - 0.48, 0.0);
      band->bottomRight->setCoords(category + 1 + 0.48, 1.0);
      band->setPen(Qt::NoPen);
      QColor shade = palette().color(QPalette::Highlight);
      shade.setAlpha(45);  // a tint: the bars' own colours stay readable through it
      band->setBrush(shade);
      mHighlighted[index(chart)] << category;
    };
    for (const std::string& programme : programmes) shade(Chart::Programme, programme);
    shade(Chart::Province, city->province);
  }
  for (ChartData& chart : mCharts) chart.plot->replot();
}

void ChartPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) rebuild();
  QWidget::changeEvent(event);
}

}  // namespace cb::ui
