// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/significance_section.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include "core/io/point_table_reader.h"
#include "core/project/project.h"
#include "ui/panels/qcustomplot_include.h"

namespace cb::ui {
namespace {

QTableWidget* makeTable(int columns, QWidget* parent) {
  auto* table = new QTableWidget(0, columns, parent);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setSelectionMode(QAbstractItemView::SingleSelection);
  table->verticalHeader()->hide();
  table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  table->setWordWrap(true);
  table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
  table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
  return table;
}

// Makes a table exactly as tall as its rows: the summary scrolls as a whole, never a table in it.
void fitHeightToRows(QTableWidget* table) {
  table->resizeRowsToContents();
  int height = table->horizontalHeader()->isVisible() ? table->horizontalHeader()->sizeHint().height() : 0;
  for (int row = 0; row < table->rowCount(); ++row) height += table->rowHeight(row);
  table->setFixedHeight(height + 2 * table->frameWidth());
}

QTableWidgetItem* numberItem(const QString& text) {
  auto* item = new QTableWidgetItem(text);
  item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  return item;
}

}  // namespace

SignificanceSection::SignificanceSection(QWidget* parent) : QWidget(parent) {
  mTitle = new QLabel(this);
  mPermutationsLabel = new QLabel(this);
  mPermutations = new QSpinBox(this);
  mPermutations->setRange(static_cast<int>(kMinPermutations), 999'999);
  mPermutations->setSingleStep(1000);
  mPermutations->setValue(9999);
  mModelLabel = new QLabel(this);
  mModel = new QComboBox(this);
  mSeedLabel = new QLabel(this);
  mSeed = new QSpinBox(this);
  mSeed->setRange(0, 2'147'483'647);
  mSeed->setValue(static_cast<int>(PermutationOptions{}.seed));
  mNeighboursLabel = new QLabel(this);
  mNeighbours = new QSpinBox(this);
  mNeighbours->setRange(1, 100);
  mNeighbours->setValue(static_cast<int>(ColocationOptions{}.k));
  mWeightsLabel = new QLabel(this);
  mWeightsFile = new QPushButton(this);
  mWeightPlace = new QComboBox(this);
  mWeightColumn = new QComboBox(this);
  mRun = new QPushButton(this);
  mCancel = new QPushButton(this);
  mExport = new QPushButton(this);
  mExport->setEnabled(false);
  mProgress = new QProgressBar(this);
  mProgress->setRange(0, 100);
  mStatus = new QLabel(this);
  mStatus->setWordWrap(true);
  mFigures = makeTable(5, this);
  mHistogram = new QCustomPlot(this);
  mHistogram->setMinimumHeight(150);
  mHistogram->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
  mColocation = new QLabel(this);
  mColocation->setWordWrap(true);
  mColocation->setTextInteractionFlags(Qt::TextSelectableByMouse);
  mBootstrapTitle = new QLabel(this);
  mBootstrap = makeTable(5, this);
  // Group names are short; the intervals need the width.
  mBootstrap->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

  auto* form = new QFormLayout;
  form->addRow(mPermutationsLabel, mPermutations);
  form->addRow(mModelLabel, mModel);
  auto* weights = new QHBoxLayout;
  weights->addWidget(mWeightsFile);
  weights->addWidget(mWeightPlace, 1);
  weights->addWidget(mWeightColumn, 1);
  form->addRow(mWeightsLabel, weights);
  form->addRow(mSeedLabel, mSeed);
  form->addRow(mNeighboursLabel, mNeighbours);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(mRun);
  buttons->addWidget(mCancel);
  buttons->addWidget(mProgress, 1);
  buttons->addWidget(mExport);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mTitle);
  layout->addLayout(form);
  layout->addLayout(buttons);
  layout->addWidget(mStatus);
  layout->addWidget(mFigures);
  layout->addWidget(mHistogram);
  layout->addWidget(mColocation);
  layout->addWidget(mBootstrapTitle);
  layout->addWidget(mBootstrap);
  layout->addStretch(1);

  connect(mRun, &QPushButton::clicked, this, [this] { Q_EMIT runRequested(options()); });
  connect(mModel, &QComboBox::currentIndexChanged, this, [this] { showWeightRows(); });
  connect(mWeightsFile, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Weights of the Prefectures"), mWeightPath,
        tr("Tables and boundaries (*.csv *.xlsx *.gpkg *.shp *.geojson *.json);;All files (*)"));
    if (!path.isEmpty()) setWeightTable(path);
  });
  connect(mCancel, &QPushButton::clicked, this, &SignificanceSection::cancelRequested);
  connect(mExport, &QPushButton::clicked, this, &SignificanceSection::exportRequested);
  connect(mFigures, &QTableWidget::currentCellChanged, this, [this](int row) { showHistogram(row); });
  retranslate();
  fill();
}

SignificanceSection::~SignificanceSection() = default;

void SignificanceSection::setWeightTable(const QString& path) {
  mWeightPath = path;
  mWeightPlace->clear();
  mWeightColumn->clear();
  LoadReport report;
  if (const auto table = readTextTable(pathFromUtf8(path.toStdString()), report)) {
    for (const std::string& column : table->columns) {
      mWeightPlace->addItem(QString::fromStdString(column));
      mWeightColumn->addItem(QString::fromStdString(column));
    }
    // A code column for the places, the first other column for the weights, until the user picks.
    const int code = mWeightPlace->findText(QStringLiteral("code"));
    mWeightPlace->setCurrentIndex(code >= 0 ? code : 0);
    mWeightColumn->setCurrentIndex(mWeightColumn->count() > 1 && mWeightPlace->currentIndex() == 0 ? 1 : 0);
  } else {
    mStatus->setText(QString::fromStdString(report.toText()).toHtmlEscaped());
  }
  mWeightsFile->setText(QFileInfo(path).fileName());
  mWeightsFile->setToolTip(path);
  showWeightRows();
}

void SignificanceSection::showWeightRows() {
  const bool weighted = static_cast<BeltNullModel>(mModel->currentData().toInt()) == BeltNullModel::PlaceByWeight;
  for (QWidget* w : std::initializer_list<QWidget*>{mWeightsLabel, mWeightsFile, mWeightPlace, mWeightColumn}) {
    w->setVisible(weighted);
  }
  mWeightPlace->setEnabled(!mWeightPath.isEmpty());
  mWeightColumn->setEnabled(!mWeightPath.isEmpty());
}

SignificanceOptions SignificanceSection::options() const {
  SignificanceOptions o;
  o.permutation->permutations = static_cast<std::size_t>(mPermutations->value());
  o.permutation->seed = static_cast<std::uint64_t>(mSeed->value());
  o.permutation->model = static_cast<BeltNullModel>(mModel->currentData().toInt());
  o.colocation->k = static_cast<std::size_t>(mNeighbours->value());
  o.colocation->seed = o.permutation->seed;
  o.colocation->permutations = std::min<std::size_t>(o.permutation->permutations, 9999);
  o.bootstrap->seed = o.permutation->seed;
  o.overTime = false;  // the map and the charts show the change over time of the analysis itself
  if (o.permutation->model == BeltNullModel::PlaceByWeight && !mWeightPath.isEmpty()) {
    o.weightTable = UnitWeightTable{mWeightPath.toStdString(), mWeightPlace->currentText().toStdString(),
                                    mWeightColumn->currentText().toStdString()};
  }
  return o;
}

QString SignificanceSection::colocationText() const {
  return QTextDocumentFragment::fromHtml(mColocation->text()).toPlainText();
}

void SignificanceSection::setAnalysisAvailable(bool available) {
  mAvailable = available;
  mRun->setEnabled(mAvailable && !mBusy);
}

void SignificanceSection::setBusy(bool busy) {
  mBusy = busy;
  mRun->setEnabled(mAvailable && !mBusy);
  mCancel->setVisible(busy);
  mProgress->setVisible(busy);
  if (busy) {
    mProgress->setValue(0);
    mStatus->setText(tr("Running…"));
  } else if (!mResult) {
    mStatus->setText(mAvailable ? tr("Not run on the loaded data yet.") : tr("No data loaded yet."));
  }
}

void SignificanceSection::setProgress(int percent, const QString& step) {
  mProgress->setValue(percent);
  const QString label = step == QLatin1String("permutation test")      ? tr("Permutation test")
                        : step == QLatin1String("colocation quotient") ? tr("Colocation quotient")
                        : step == QLatin1String("ellipse bootstrap")   ? tr("Ellipse bootstrap")
                                                                       : step;
  mStatus->setText(tr("%1 … %2 %").arg(label).arg(percent));
}

void SignificanceSection::setResult(std::shared_ptr<const Significance> result) {
  mResult = std::move(result);
  fill();
}

void SignificanceSection::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    fill();
  }
  QWidget::changeEvent(event);
}

void SignificanceSection::retranslate() {
  mTitle->setText(tr("<b>Significance</b> (loaded data against chance)"));
  mPermutationsLabel->setText(tr("&Permutations:"));
  mPermutationsLabel->setBuddy(mPermutations);
  mModelLabel->setText(tr("&Null model:"));
  mModelLabel->setBuddy(mModel);
  const int model = mModel->currentIndex();
  mModel->clear();
  mModel->addItem(tr("Shuffle the belts' industries (cities kept)"), static_cast<int>(BeltNullModel::ShuffleIndustries));
  mModel->addItem(tr("Move each city's belts to a random prefecture"), static_cast<int>(BeltNullModel::MovePrefectures));
  mModel->addItem(tr("Place each belt in proportion to a weight"), static_cast<int>(BeltNullModel::PlaceByWeight));
  mModel->setCurrentIndex(model < 0 ? 0 : model);
  mModel->setToolTip(tr("Industries: do the belts of the clusters' cities match them more often than chance? "
                        "Prefectures: do belts stand where clusters are more often than chance? "
                        "Weight: … more often than if belts followed the weight (population, GDP)?"));
  showWeightRows();
  mWeightsLabel->setText(tr("Weights:"));
  if (mWeightPath.isEmpty()) mWeightsFile->setText(tr("&Weights…"));
  mWeightsFile->setToolTip(mWeightPath.isEmpty() ? tr("A table of prefectures (code or name) with a weight such as "
                                                      "population or GDP; your boundaries' attributes will do")
                                                 : mWeightPath);
  mWeightPlace->setToolTip(tr("The column of the prefectures' codes or names"));
  mWeightColumn->setToolTip(tr("The column of the weights (zero or more)"));
  mSeedLabel->setText(tr("&Seed:"));
  mSeedLabel->setBuddy(mSeed);
  mSeed->setToolTip(tr("The same seed gives the same result (xoshiro256**, one stream per permutation)"));
  mNeighboursLabel->setText(tr("Nei&ghbours (CLQ):"));
  mNeighboursLabel->setBuddy(mNeighbours);
  mRun->setText(tr("&Run tests"));
  mCancel->setText(tr("Cancel"));
  mExport->setText(tr("&Export Tables…"));
  mExport->setToolTip(tr("Write the tests' tables (figures, colocation, bootstrap) as CSV files in a folder"));
  mFigures->setHorizontalHeaderLabels({tr("Figure"), tr("Observed"), tr("Null mean"), tr("Null 95 %"), tr("p")});
  mFigures->horizontalHeaderItem(4)->setToolTip(tr("(r + 1) / (N + 1): r of N permutations reach the observed value"));
  mBootstrapTitle->setText(tr("<b>Bootstrap intervals of the ellipses</b> (95 %)"));
  mBootstrap->setHorizontalHeaderLabels(
      {tr("Group"), tr("Semi-major (km)"), tr("Semi-minor (km)"), tr("Azimuth (°)"), tr("Area (10³ km²)")});
  mCancel->setVisible(mBusy);
  mProgress->setVisible(mBusy);
}

void SignificanceSection::fill() {
  const QLocale here = locale();
  const auto num = [&](double v, int decimals) { return here.toString(v, 'f', decimals); };
  const bool has = mResult != nullptr;
  for (QWidget* w : std::initializer_list<QWidget*>{mFigures, mHistogram, mColocation, mBootstrapTitle, mBootstrap}) {
    w->setVisible(has);
  }
  mFigures->setRowCount(0);
  mBootstrap->setRowCount(0);
  mExport->setEnabled(has);
  if (!has) {
    if (!mBusy) mStatus->setText(mAvailable ? tr("Not run on the loaded data yet.") : tr("No data loaded yet."));
    return;
  }
  const Significance& s = *mResult;
  QStringList notes;
  for (const std::string& n : s.notes) notes << QString::fromStdString(n).toHtmlEscaped();
  notes << tr("On the map, the ellipse layers now show each centre's 95 % bootstrap region, and the layer "
               "\"Local colocation quotient\" each cluster city's quotient.");
  if (const auto& test = s.permutation) {
    mStatus->setText(tr("%1 permutations, seed %2.").arg(here.toString(static_cast<qulonglong>(test->options.permutations)))
                         .arg(test->options.seed) +
                     QLatin1Char(' ') + notes.join(QLatin1Char(' ')));
    for (const PermutationFigure& f : test->figures) {
      const int row = mFigures->rowCount();
      mFigures->insertRow(row);
      QString label = f.figure == "cities_with_both"       ? tr("Cities with clusters and belts")
                      : f.figure == "clusters_identical"   ? tr("Clusters with an identical belt")
                                                           : tr("Clusters with an identical or similar belt");
      if (!f.programme.empty()) label = tr("%1 — %2").arg(QString::fromStdString(f.programme), label);
      mFigures->setItem(row, 0, new QTableWidgetItem(label));
      mFigures->setItem(row, 1, numberItem(tr("%1 of %2").arg(f.null.observed).arg(f.whole)));
      mFigures->setItem(row, 2, numberItem(num(f.null.mean, 2)));
      mFigures->setItem(row, 3, numberItem(tr("%1–%2").arg(f.null.low).arg(f.null.high)));
      auto* p = numberItem(f.fixedByModel ? tr("fixed") : num(f.null.pValue, 4));
      if (f.fixedByModel) p->setToolTip(tr("This null model keeps the belts in their cities: the figure cannot change"));
      mFigures->setItem(row, 4, p);
    }
  } else {
    mStatus->setText(notes.join(QLatin1Char(' ')));
  }
  if (const auto& c = s.colocation) {
    const ColocationResult& r = c->result;
    mColocation->setText(tr("<b>Colocation quotient</b> clusters → belts (%1 nearest neighbours, prefecture points): "
                            "CLQ = %2, null 95 % %3–%4, p = %5. Above 1: a cluster's neighbours are belts more often "
                            "than the belts' share of all points.")
                             .arg(r.options.k)
                             .arg(num(r.clq, 3), num(r.null.low, 3), num(r.null.high, 3), num(r.null.pValue, 4)));
  } else {
    mColocation->clear();
  }
  for (const GroupBootstrap& g : s.bootstraps) {
    const int row = mBootstrap->rowCount();
    mBootstrap->insertRow(row);
    mBootstrap->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(g.group)));
    const EllipseBootstrap& b = g.bootstrap;
    if (!b.computed) {
      mBootstrap->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(b.reason)));
      continue;
    }
    const auto cell = [&](const BootstrapInterval& i, double scale, int decimals) {
      return numberItem(tr("%1 (%2–%3)").arg(num(i.estimate * scale, decimals), num(i.low * scale, decimals),
                                             num(i.high * scale, decimals)));
    };
    mBootstrap->setItem(row, 1, cell(b.major, 1e-3, 0));
    mBootstrap->setItem(row, 2, cell(b.minor, 1e-3, 0));
    mBootstrap->setItem(row, 3, cell(b.azimuth, 1.0, 1));
    mBootstrap->setItem(row, 4, cell(b.area, 1e-9, 0));
  }
  fitHeightToRows(mFigures);
  fitHeightToRows(mBootstrap);
  mBootstrapTitle->setVisible(!s.bootstraps.empty());
  mBootstrap->setVisible(!s.bootstraps.empty());
  if (mFigures->rowCount() > 0) {
    mFigures->setCurrentCell(0, 0);
    showHistogram(0);
  }
}

void SignificanceSection::showHistogram(int row) {
  mHistogram->clearPlottables();
  mHistogram->clearItems();
  if (!mResult || !mResult->permutation || row < 0 ||
      row >= static_cast<int>(mResult->permutation->figures.size())) {
    mHistogram->replot();
    return;
  }
  const PermutationFigure& f = mResult->permutation->figures[static_cast<std::size_t>(row)];
  const NullDistribution& n = f.null;
  auto* bars = new QCPBars(mHistogram->xAxis, mHistogram->yAxis);
  const double width = n.histogram.empty() ? 1.0 : (n.histogramMax - n.histogramMin) / static_cast<double>(n.histogram.size());
  QVector<double> keys, values;
  double highest = 0.0;
  for (std::size_t i = 0; i < n.histogram.size(); ++i) {
    keys << n.histogramMin + (static_cast<double>(i) + 0.5) * width;
    values << static_cast<double>(n.histogram[i]);
    highest = std::max(highest, values.back());
  }
  bars->setData(keys, values);
  bars->setWidth(width * 0.9);
  bars->setPen(Qt::NoPen);
  bars->setBrush(QColor(150, 150, 150));
  bars->setName(tr("Null distribution"));
  auto* observed = new QCPItemStraightLine(mHistogram);
  observed->point1->setCoords(n.observed, 0);
  observed->point2->setCoords(n.observed, 1);
  observed->setPen(QPen(QColor(200, 30, 30), 2));
  mHistogram->xAxis->setLabel(tr("%1 under the null (red: observed)").arg(mFigures->item(row, 0)->text()));
  mHistogram->yAxis->setLabel(tr("Permutations"));
  mHistogram->xAxis->setRange(std::min(n.histogramMin, n.observed - width), std::max(n.histogramMax, n.observed + width));
  mHistogram->yAxis->setRange(0, std::max(1.0, highest * 1.1));
  mHistogram->replot();
}

}  // namespace cb::ui
