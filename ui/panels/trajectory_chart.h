// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

#include "core/analysis/analysis.h"

class QCustomPlot;
class QCPGraph;

namespace cb::ui {

/// The ellipses over time as a QCustomPlot chart: for all clusters and for the belts, the area of
/// each year's ellipse (10³ km², left axis, solid) and how far the mean centre moved into that
/// year (km, right axis, dashed), against the year (Analysis::trajectories).
class TrajectoryChart : public QWidget {
  Q_OBJECT

 public:
  explicit TrajectoryChart(QWidget* parent = nullptr);
  ~TrajectoryChart() override;

  [[nodiscard]] QCustomPlot* plot() const { return mPlot; }
  /// The area graph of a group (nullptr when the group has no ellipses over time).
  [[nodiscard]] QCPGraph* areaGraph(const QString& group) const;
  /// The centre-step graph of a group (nullptr likewise).
  [[nodiscard]] QCPGraph* stepGraph(const QString& group) const;

 public Q_SLOTS:
  void setAnalysis(std::shared_ptr<const cb::Analysis> analysis);

 private:
  void changeEvent(QEvent* event) override;
  void rebuild();

  std::shared_ptr<const Analysis> mAnalysis;
  QCustomPlot* mPlot;
};

}  // namespace cb::ui
