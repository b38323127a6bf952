// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/trajectory_chart.h"

#include <QEvent>
#include <QVBoxLayout>

#include "core/scene/palette.h"
#include "ui/panels/qcustomplot_include.h"
#include "ui/render/legend_painter.h"

namespace cb::ui {
namespace {

const QString kAreaSuffix = QStringLiteral(":area");
const QString kStepSuffix = QStringLiteral(":step");

QColor colorOf(const std::string& group) {
  const Rgba c = palette::groupColor(group);
  return QColor(c.r, c.g, c.b);
}

}  // namespace

TrajectoryChart::TrajectoryChart(QWidget* parent) : QWidget(parent), mPlot(new QCustomPlot(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mPlot);
  mPlot->plotLayout()->insertRow(0);
  mPlot->plotLayout()->addElement(0, 0, new QCPTextElement(mPlot, QString(), QFont(font().family(), 11, QFont::Bold)));
  mPlot->legend->setVisible(true);
  // Two columns, a group per row (area, centre moved), in a small font: the legend must not
  // hide the lines of a dock-sized chart.
  mPlot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  mPlot->legend->setWrap(2);
  QFont small = font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  mPlot->legend->setFont(small);
  mPlot->legend->setBrush(QColor(255, 255, 255, 200));
  mPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
  mPlot->yAxis2->setVisible(true);
  rebuild();
}

TrajectoryChart::~TrajectoryChart() = default;

void TrajectoryChart::setAnalysis(std::shared_ptr<const Analysis> analysis) {
  mAnalysis = std::move(analysis);
  rebuild();
}

void TrajectoryChart::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) rebuild();
  QWidget::changeEvent(event);
}

QCPGraph* TrajectoryChart::areaGraph(const QString& group) const {
  for (int i = 0; i < mPlot->graphCount(); ++i) {
    if (mPlot->graph(i)->property("key").toString() == group + kAreaSuffix) return mPlot->graph(i);
  }
  return nullptr;
}

QCPGraph* TrajectoryChart::stepGraph(const QString& group) const {
  for (int i = 0; i < mPlot->graphCount(); ++i) {
    if (mPlot->graph(i)->property("key").toString() == group + kStepSuffix) return mPlot->graph(i);
  }
  return nullptr;
}

void TrajectoryChart::rebuild() {
  mPlot->clearGraphs();
  auto* title = qobject_cast<QCPTextElement*>(mPlot->plotLayout()->element(0, 0));
  const bool cumulative = mAnalysis && mAnalysis->inputs.cumulativeYears;
  title->setText(cumulative ? tr("Ellipses over time (cumulative), China Albers")
                            : tr("Ellipses over time (per year), China Albers"));
  mPlot->xAxis->setLabel(tr("Year"));
  mPlot->yAxis->setLabel(tr("Ellipse area (10³ km², solid)"));
  mPlot->yAxis2->setLabel(tr("Mean centre moved (km, dashed)"));
  QSharedPointer<QCPAxisTickerFixed> years(new QCPAxisTickerFixed);
  years->setTickStep(1.0);
  years->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
  mPlot->xAxis->setTicker(years);
  double firstYear = 0.0, lastYear = 0.0;
  bool any = false;
  if (mAnalysis) {
    for (const CentreTrajectory& t : mAnalysis->trajectories) {
      // All clusters and the belts: the programmes' series would crowd a dock-sized chart (their
      // numbers are in File → Export Data → Ellipses over Time).
      if (t.group != kStudyGroupClusters && t.group != kStudyGroupBelts) continue;
      QVector<double> x, area, stepX, step;
      for (const PeriodEllipse& p : t.periods) {
        if (!p.ellipse.hasEllipse) continue;
        x << p.year;
        area << p.ellipse.areaKm2 / 1000.0;
      }
      for (const TrajectoryStep& s : t.steps) {
        stepX << s.toYear;
        step << s.distanceKm;
      }
      if (x.isEmpty()) continue;
      const QString group = QString::fromStdString(t.group);
      const QString label = render::LegendPainter::groupLabel(t.group);
      const QColor color = colorOf(t.group);
      QCPGraph* a = mPlot->addGraph(mPlot->xAxis, mPlot->yAxis);
      a->setProperty("key", group + kAreaSuffix);
      a->setName(tr("%1: area").arg(label));
      a->setPen(QPen(color, 2.0));
      a->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, Qt::white, 6));
      a->setData(x, area, true);
      QCPGraph* d = mPlot->addGraph(mPlot->xAxis, mPlot->yAxis2);
      d->setProperty("key", group + kStepSuffix);
      d->setName(tr("%1: centre moved").arg(label));
      d->setPen(QPen(color, 1.5, Qt::DashLine));
      d->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, color, color, 5));
      d->setData(stepX, step, true);
      firstYear = any ? std::min(firstYear, x.front()) : x.front();
      lastYear = any ? std::max(lastYear, x.back()) : x.back();
      any = true;
    }
  }
  if (any) {
    mPlot->rescaleAxes();
    mPlot->xAxis->setRange(firstYear - 0.5, lastYear + 0.5);
    mPlot->yAxis->setRangeLower(0.0);
    mPlot->yAxis2->setRangeLower(0.0);
    mPlot->yAxis->setRangeUpper(mPlot->yAxis->range().upper * 1.15);
    mPlot->yAxis2->setRangeUpper(std::max(1.0, mPlot->yAxis2->range().upper * 1.15));
  }
  mPlot->replot();
}

}  // namespace cb::ui
