// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

#include "core/analysis/significance.h"

class QComboBox;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cb::ui {

/// The "Significance" part of the summary: is the co-location more than chance? The user picks
/// the permutations, the null model, the seed and the neighbours of the colocation quotient and
/// runs the tests (SignificanceController computes them off the GUI thread, with progress and
/// cancel); the section shows each figure's observed value beside its null mean, 95 % range and
/// p-value, the histogram of the selected figure's null values with the observed value marked,
/// the global colocation quotient, and the bootstrap intervals of the study ellipses.
class SignificanceSection : public QWidget {
  Q_OBJECT

 public:
  explicit SignificanceSection(QWidget* parent = nullptr);
  ~SignificanceSection() override;

  /// The options the controls describe.
  [[nodiscard]] SignificanceOptions options() const;

  [[nodiscard]] QSpinBox* permutationsBox() const { return mPermutations; }
  [[nodiscard]] QComboBox* nullModelBox() const { return mModel; }
  /// The weighted model's table: its file (set with the Weights… button) and its two columns.
  void setWeightTable(const QString& path);
  [[nodiscard]] QComboBox* weightPlaceBox() const { return mWeightPlace; }
  [[nodiscard]] QComboBox* weightColumnBox() const { return mWeightColumn; }
  [[nodiscard]] QPushButton* runButton() const { return mRun; }
  [[nodiscard]] QPushButton* cancelButton() const { return mCancel; }
  [[nodiscard]] QPushButton* exportButton() const { return mExport; }
  [[nodiscard]] QProgressBar* progressBar() const { return mProgress; }
  [[nodiscard]] QTableWidget* figuresTable() const { return mFigures; }
  [[nodiscard]] QTableWidget* bootstrapTable() const { return mBootstrap; }
  [[nodiscard]] QCustomPlot* histogram() const { return mHistogram; }
  /// The colocation quotient line as plain text.
  [[nodiscard]] QString colocationText() const;

 public Q_SLOTS:
  /// Whether there is an analysis to test (Run is enabled only then).
  void setAnalysisAvailable(bool available);
  void setBusy(bool busy);
  void setProgress(int percent, const QString& step);
  void setResult(std::shared_ptr<const cb::Significance> result);

 Q_SIGNALS:
  void runRequested(const cb::SignificanceOptions& options);
  /// The user asks to write the result's tables (Export Tables…).
  void exportRequested();
  void cancelRequested();

 private:
  void changeEvent(QEvent* event) override;
  void retranslate();
  void fill();
  void showHistogram(int row);
  void showWeightRows();

  std::shared_ptr<const Significance> mResult;
  bool mAvailable = false;
  bool mBusy = false;
  QLabel* mTitle;
  QLabel* mPermutationsLabel;
  QSpinBox* mPermutations;
  QLabel* mModelLabel;
  QComboBox* mModel;
  QLabel* mSeedLabel;
  QSpinBox* mSeed;
  QLabel* mNeighboursLabel;
  QSpinBox* mNeighbours;
  QLabel* mWeightsLabel;
  QPushButton* mWeightsFile;
  QComboBox* mWeightPlace;
  QComboBox* mWeightColumn;
  QString mWeightPath;
  QPushButton* mRun;
  QPushButton* mCancel;
  QPushButton* mExport;
  QProgressBar* mProgress;
  QLabel* mStatus;
  QTableWidget* mFigures;
  QCustomPlot* mHistogram;
  QLabel* mColocation;
  QLabel* mBootstrapTitle;
  QTableWidget* mBootstrap;
};

}  // namespace cb::ui
