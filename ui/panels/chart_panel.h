// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "core/analysis/analysis.h"

class QCustomPlot;
class QCPAbstractPlottable;
class QCPBars;
class QTabWidget;

namespace cb::ui {

class SelectionModel;
class TrajectoryChart;

/// Dock content with three QCustomPlot charts of an Analysis: the clusters' outcomes by programme
/// and by province as stacked bars (identical, similar, unrelated, no belt; counts of clusters),
/// and the study ellipses' parameters by group (semi-axes in km on the left axis, area in
/// thousands of km² on the right; China Albers). Clicking a bar selects its cities in the
/// SelectionModel: the cities of that programme's (or province's) clusters with that outcome, or
/// the cities of the ellipse's group. Hovering a bar shows its numbers. The categories of the
/// current city (the programmes of its clusters, its province) are shaded, whichever view chose it.
class ChartPanel : public QWidget {
  Q_OBJECT

 public:
  enum class Chart { Programme = 0, Province = 1, Ellipses = 2 };
  /// The bars of the ellipse chart.
  enum class EllipseParameter { SigmaMajor = 0, SigmaMinor = 1, Area = 2 };

  explicit ChartPanel(SelectionModel* selection, QWidget* parent = nullptr);
  ~ChartPanel() override;

  [[nodiscard]] QTabWidget* tabs() const { return mTabs; }
  /// The fourth tab: the ellipses over time.
  [[nodiscard]] TrajectoryChart* overTime() const { return mOverTime; }
  [[nodiscard]] QCustomPlot* plot(Chart chart) const { return mCharts[index(chart)].plot; }
  /// The categories along a chart's x axis; category i is drawn at key i + 1.
  [[nodiscard]] QStringList categories(Chart chart) const;
  /// The stacked bars of one outcome in the programme or province chart (nullptr before data).
  [[nodiscard]] QCPBars* outcomeBars(Chart chart, ClusterOutcome outcome) const;
  /// The bars of one ellipse parameter (nullptr before data).
  [[nodiscard]] QCPBars* ellipseBars(EllipseParameter parameter) const;
  /// The 2021 codes of the cities a bar stands for, in code order; empty for anything else.
  [[nodiscard]] QStringList citiesOf(QCPAbstractPlottable* plottable, int dataIndex) const;
  /// What a bar shows, in words (the hover tooltip).
  [[nodiscard]] QString describe(QCPAbstractPlottable* plottable, int dataIndex) const;
  /// The categories (indexes into categories()) shaded for the current city.
  [[nodiscard]] QList<int> highlightedCategories(Chart chart) const;

 public Q_SLOTS:
  void setAnalysis(std::shared_ptr<const cb::Analysis> analysis);

 private:
  struct ChartData {
    QCustomPlot* plot = nullptr;
    std::vector<std::string> keys;  ///< category values (programme, province or group), key order
  };
  /// What one plottable stands for: an outcome of the stacked charts or an ellipse parameter.
  struct BarInfo {
    Chart chart = Chart::Programme;
    int series = 0;  ///< ClusterOutcome or EllipseParameter
  };
  static std::size_t index(Chart chart) { return static_cast<std::size_t>(chart); }
  void rebuild();
  void buildOutcomeChart(Chart chart, const std::map<std::string, MatchTally>& tallies,
                         std::vector<std::string> keys);
  void buildEllipseChart();
  void setTitle(Chart chart, const QString& title);
  [[nodiscard]] int categoryOf(QCPAbstractPlottable* plottable, int dataIndex) const;
  void barClicked(QCPAbstractPlottable* plottable, int dataIndex);
  /// Shades the categories of the city with this code (none for an empty code).
  void highlightCity(const QString& code);
  void changeEvent(QEvent* event) override;

  SelectionModel* mSelection;
  std::shared_ptr<const Analysis> mAnalysis;
  QTabWidget* mTabs;
  TrajectoryChart* mOverTime;
  std::array<ChartData, 3> mCharts;
  QHash<QCPAbstractPlottable*, BarInfo> mBars;
  std::array<QList<int>, 3> mHighlighted;  ///< per chart, the shaded categories
};

}  // namespace cb::ui
