// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/chart_panel.h"

#include <gtest/gtest.h>

#include <QTabWidget>
#include <algorithm>
#include <cmath>
#include <QTest>

#include "tests/analysis_fixture.h"
#include "ui/controllers/selection_model.h"
#include "ui/panels/qcustomplot_include.h"

namespace cb::ui {
namespace {

using Chart = ChartPanel::Chart;

struct Panel {
  SelectionModel selection;
  ChartPanel panel{&selection};
  Panel() {
    panel.resize(900, 600);
    panel.setAnalysis(test::matchFixture());
    panel.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&panel));
  }
  /// The values of a bar series in key order.
  static std::vector<double> values(const QCPBars* bars) {
    std::vector<double> out;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) out.push_back(it->value);
    return out;
  }
  /// Clicks the middle of a category's segment of a stacked bar series, with the mouse.
  void click(Chart chart, QCPBars* bars, int category) {
    plotShown(chart)->replot();
    const double key = category + 1;
    const double base = bars->barBelow() != nullptr ? stackedValue(bars->barBelow(), key) : 0.0;
    const double value = bars->data()->at(category)->value;
    const QPointF pos(bars->keyAxis()->coordToPixel(key), bars->valueAxis()->coordToPixel(base + value / 2));
    QTest::mouseClick(plotShown(chart), Qt::LeftButton, Qt::NoModifier, pos.toPoint());
  }
  static double stackedValue(const QCPBars* bars, double key) {
    double sum = 0;
    for (const QCPBars* b = bars; b != nullptr; b = b->barBelow()) sum += b->data()->findBegin(key, false)->value;
    return sum;
  }
  QCustomPlot* plotShown(Chart chart) {
    panel.tabs()->setCurrentIndex(static_cast<int>(chart));
    return panel.plot(chart);
  }
};

TEST(ChartPanel, StacksTheOutcomesByProgramme) {
  Panel p;
  EXPECT_EQ(p.panel.categories(Chart::Programme),
            (QStringList{QStringLiteral("NDRC-SEI"), QStringLiteral("MIIT-AMC"), QStringLiteral("MOST-IIC")}));
  // Worked out by hand in tests/core/match_engine_test.cpp.
  EXPECT_EQ(Panel::values(p.panel.outcomeBars(Chart::Programme, ClusterOutcome::Identical)), (std::vector<double>{1, 1, 1}));
  EXPECT_EQ(Panel::values(p.panel.outcomeBars(Chart::Programme, ClusterOutcome::Similar)), (std::vector<double>{0, 1, 0}));
  EXPECT_EQ(Panel::values(p.panel.outcomeBars(Chart::Programme, ClusterOutcome::Unrelated)), (std::vector<double>{1, 0, 0}));
  EXPECT_EQ(Panel::values(p.panel.outcomeBars(Chart::Programme, ClusterOutcome::NoBelt)), (std::vector<double>{1, 0, 1}));
  // Stacked in outcome order.
  EXPECT_EQ(p.panel.outcomeBars(Chart::Programme, ClusterOutcome::NoBelt)->barBelow(),
            p.panel.outcomeBars(Chart::Programme, ClusterOutcome::Unrelated));
}

TEST(ChartPanel, ClickingABarSelectsThatProgrammesCitiesWithThatOutcome) {
  Panel p;
  // NDRC-SEI identical: the 深圳 information cluster.
  p.click(Chart::Programme, p.panel.outcomeBars(Chart::Programme, ClusterOutcome::Identical), 0);
  EXPECT_EQ(p.selection.selectedCities(), QStringList{QStringLiteral("440300")});
  EXPECT_EQ(p.selection.currentCity(), QStringLiteral("440300"));
  // NDRC-SEI no belt, stacked on top: 北京.
  p.click(Chart::Programme, p.panel.outcomeBars(Chart::Programme, ClusterOutcome::NoBelt), 0);
  EXPECT_EQ(p.selection.selectedCities(), QStringList{QStringLiteral("110000")});
  // MIIT-AMC identical: 乐清 → 温州 (not 深圳, whose MIIT-AMC cluster is only similar).
  p.click(Chart::Programme, p.panel.outcomeBars(Chart::Programme, ClusterOutcome::Identical), 1);
  EXPECT_EQ(p.selection.selectedCities(), QStringList{QStringLiteral("330300")});

  // The signal itself, as a click delivers it: MOST-IIC identical is 济南 (莱芜 merged).
  QCPBars* identical = p.panel.outcomeBars(Chart::Programme, ClusterOutcome::Identical);
  QMouseEvent event(QEvent::MouseButtonRelease, QPointF(), QPointF(), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
  Q_EMIT p.panel.plot(Chart::Programme)->plottableClick(identical, 2, &event);
  EXPECT_EQ(p.selection.selectedCities(), QStringList{QStringLiteral("370100")});
  // A zero-height segment selects nothing new.
  QCPBars* similar = p.panel.outcomeBars(Chart::Programme, ClusterOutcome::Similar);
  EXPECT_TRUE(p.panel.citiesOf(similar, 0).isEmpty());
}

TEST(ChartPanel, OutcomeByProvince) {
  Panel p;
  const QStringList provinces = p.panel.categories(Chart::Province);
  ASSERT_FALSE(provinces.isEmpty());
  EXPECT_EQ(provinces.front(), QStringLiteral("广东省"));  // most clusters first
  const int zhejiang = static_cast<int>(provinces.indexOf(QStringLiteral("浙江省")));
  ASSERT_GE(zhejiang, 0);
  QCPBars* identical = p.panel.outcomeBars(Chart::Province, ClusterOutcome::Identical);
  EXPECT_EQ(Panel::values(identical)[static_cast<std::size_t>(zhejiang)], 1.0);
  p.click(Chart::Province, identical, zhejiang);
  EXPECT_EQ(p.selection.selectedCities(), QStringList{QStringLiteral("330300")});
  p.click(Chart::Province, p.panel.outcomeBars(Chart::Province, ClusterOutcome::Similar), 0);
  EXPECT_EQ(p.selection.selectedCities(), QStringList{QStringLiteral("440300")});
}

TEST(ChartPanel, ShadesTheCategoriesOfTheCurrentCity) {
  Panel p;
  const QStringList programmes = p.panel.categories(Chart::Programme);
  const QStringList provinces = p.panel.categories(Chart::Province);
  // 深圳 has NDRC-SEI and MIIT-AMC clusters (tests/data/match_clusters.csv) and lies in 广东.
  p.selection.setCurrentCity(QStringLiteral("440300"));
  QList<int> shaded = p.panel.highlightedCategories(Chart::Programme);
  std::sort(shaded.begin(), shaded.end());
  QList<int> expected = {static_cast<int>(programmes.indexOf(QStringLiteral("NDRC-SEI"))),
                         static_cast<int>(programmes.indexOf(QStringLiteral("MIIT-AMC")))};
  std::sort(expected.begin(), expected.end());
  ASSERT_FALSE(expected.contains(-1));
  EXPECT_EQ(shaded, expected);
  EXPECT_EQ(p.panel.highlightedCategories(Chart::Province),
            QList<int>{static_cast<int>(provinces.indexOf(QStringLiteral("广东省")))});
  EXPECT_EQ(p.panel.plot(Chart::Programme)->itemCount(), 2);
  // Another city moves the shading; no city clears it.
  p.selection.setCurrentCity(QStringLiteral("330300"));
  EXPECT_EQ(p.panel.highlightedCategories(Chart::Programme),
            QList<int>{static_cast<int>(programmes.indexOf(QStringLiteral("MIIT-AMC")))});
  EXPECT_EQ(p.panel.highlightedCategories(Chart::Province),
            QList<int>{static_cast<int>(provinces.indexOf(QStringLiteral("浙江省")))});
  p.selection.setCurrentCity(QString());
  EXPECT_TRUE(p.panel.highlightedCategories(Chart::Programme).isEmpty());
  EXPECT_EQ(p.panel.plot(Chart::Province)->itemCount(), 0);
  // New data keep the shading of the current city.
  p.selection.setCurrentCity(QStringLiteral("440300"));
  p.panel.setAnalysis(test::matchFixture());
  EXPECT_EQ(p.panel.highlightedCategories(Chart::Programme).size(), 2);
}

TEST(ChartPanel, EllipseParametersByGroup) {
  Panel p;
  const auto analysis = test::matchFixture();
  const QStringList groups = p.panel.categories(Chart::Ellipses);
  ASSERT_EQ(groups.size(), static_cast<qsizetype>(analysis->ellipses.ellipses.size()));
  const int all = static_cast<int>(groups.indexOf(QStringLiteral("clusters")));
  const int belts = static_cast<int>(groups.indexOf(QStringLiteral("belts")));
  ASSERT_GE(all, 0);
  ASSERT_GE(belts, 0);
  const SdeEllipse* e = analysis->ellipses.find("clusters");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->hasEllipse);
  const auto index = static_cast<std::size_t>(all);
  EXPECT_NEAR(Panel::values(p.panel.ellipseBars(ChartPanel::EllipseParameter::SigmaMajor))[index],
              e->sde.sigmaMajor / 1000.0, 1e-9);
  EXPECT_NEAR(Panel::values(p.panel.ellipseBars(ChartPanel::EllipseParameter::SigmaMinor))[index],
              e->sde.sigmaMinor / 1000.0, 1e-9);
  EXPECT_NEAR(Panel::values(p.panel.ellipseBars(ChartPanel::EllipseParameter::Area))[index], e->areaKm2 / 1000.0, 1e-9);
  EXPECT_EQ(e->metresPerUnit, 1.0);         // China Albers metres
  EXPECT_GT(e->sde.sigmaMajor, 100000.0);  // hundreds of km between 深圳, 温州, 济南, 襄阳 and 北京

  // The belts' ellipse stands for the cities of the placed belts.
  p.click(Chart::Ellipses, p.panel.ellipseBars(ChartPanel::EllipseParameter::SigmaMajor), belts);
  EXPECT_EQ(p.selection.selectedCities(), (QStringList{QStringLiteral("330300"), QStringLiteral("330700"),
                                                       QStringLiteral("370100"), QStringLiteral("440300"),
                                                       QStringLiteral("520500")}));
  EXPECT_TRUE(p.selection.currentCity().isEmpty());
}

/// CIELAB lightness L* (D65) of an sRGB colour.
double lightness(const QColor& c) {
  const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
  const double y = 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
  return y > 216.0 / 24389.0 ? 116.0 * std::cbrt(y) - 16.0 : y * 24389.0 / 27.0;
}

TEST(ChartPanel, OutcomeColoursDifferInGreyscale) {
  Panel p;
  std::vector<double> l;
  for (const auto o : {ClusterOutcome::Identical, ClusterOutcome::Similar, ClusterOutcome::Unrelated, ClusterOutcome::NoBelt}) {
    l.push_back(lightness(p.panel.outcomeBars(Chart::Programme, o)->brush().color()));
  }
  // Darkest for the strongest match, and at least 8 L* apart (the palette's rule for greyscale).
  for (std::size_t i = 0; i + 1 < l.size(); ++i) EXPECT_GE(l[i + 1] - l[i], 8.0) << "outcome " << i;
}

TEST(ChartPanel, EmptyWithoutData) {
  SelectionModel selection;
  ChartPanel panel(&selection);
  EXPECT_TRUE(panel.categories(Chart::Programme).isEmpty());
  EXPECT_EQ(panel.outcomeBars(Chart::Programme, ClusterOutcome::Identical), nullptr);
  panel.setAnalysis(test::matchFixture());
  EXPECT_NE(panel.outcomeBars(Chart::Programme, ClusterOutcome::Identical), nullptr);
  panel.setAnalysis(nullptr);
  EXPECT_EQ(panel.plot(Chart::Programme)->plottableCount(), 0);
}

}  // namespace
}  // namespace cb::ui
