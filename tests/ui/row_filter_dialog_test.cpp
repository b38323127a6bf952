// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/row_filter_dialog.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace cb::ui {
namespace {

const std::string kClusters = CB_TEST_DATA_DIR "/match_clusters.csv";

void waitLoaded(RowFilterDialog& dialog) {
  if (dialog.isLoaded()) return;
  QSignalSpy loaded(&dialog, &RowFilterDialog::loadFinished);
  ASSERT_TRUE(loaded.wait(10000)) << "the table was not read";
}

/// Checks the listed values whose text is in `values`, unchecks the others.
void check(RowFilterDialog& dialog, const QStringList& values) {
  QListWidget* list = dialog.valueList();
  for (int i = 0; i < list->count(); ++i) {
    QListWidgetItem* item = list->item(i);
    item->setCheckState(values.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
  }
}

TEST(RowFilterDialog, ListsEachColumnsValuesWithTheirRows) {
  RowFilterDialog dialog(DataSource{kClusters, {}, {}}, PointKind::Cluster);
  waitLoaded(dialog);
  EXPECT_GE(dialog.columnBox()->findText(QStringLiteral("program")), 0);
  // tests/data/match_clusters.csv: 3 NDRC-SEI, 3 MIIT-AMC and 2 MOST-IIC rows; most rows first.
  const std::vector<std::pair<QString, int>> expected = {
      {QStringLiteral("MIIT-AMC"), 3}, {QStringLiteral("NDRC-SEI"), 3}, {QStringLiteral("MOST-IIC"), 2}};
  EXPECT_EQ(dialog.valuesOf(QStringLiteral("program")), expected);
  dialog.columnBox()->setCurrentText(QStringLiteral("program"));
  ASSERT_EQ(dialog.valueList()->count(), 3);
  EXPECT_EQ(dialog.valueList()->item(0)->text(), QStringLiteral("MIIT-AMC (3 row(s))"));
}

TEST(RowFilterDialog, AddedFiltersKeepOnlyTheCheckedRowsInTheAnalysis) {
  RowFilterDialog dialog(DataSource{kClusters, {}, {}}, PointKind::Cluster);
  waitLoaded(dialog);
  dialog.columnBox()->setCurrentText(QStringLiteral("program"));
  QTest::mouseClick(dialog.addButton(), Qt::LeftButton);  // nothing checked: nothing added
  EXPECT_TRUE(dialog.dataSource().filters.empty());

  check(dialog, {QStringLiteral("MIIT-AMC")});
  QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
  check(dialog, {QStringLiteral("NDRC-SEI"), QStringLiteral("MOST-IIC")});
  QTest::mouseClick(dialog.addButton(), Qt::LeftButton);  // the same column: replaces
  const DataSource source = dialog.dataSource();
  ASSERT_EQ(source.filters.size(), 1u);
  EXPECT_EQ(source.filters[0].column, "program");
  EXPECT_EQ(source.filters[0].values, (std::vector<std::string>{"NDRC-SEI", "MOST-IIC"}));
  EXPECT_EQ(dialog.filterList()->item(0)->text(), QStringLiteral("program=NDRC-SEI|MOST-IIC"));

  AnalysisInputs inputs;
  inputs.clusters = source;
  inputs.belts.path = CB_TEST_DATA_DIR "/match_belts.csv";
  const auto analysis = runAnalysis(inputs);
  ASSERT_EQ(analysis->clusters.records.size(), 5u);
  for (const PointRecord& r : analysis->clusters.records) EXPECT_NE(r.program, "MIIT-AMC");

  dialog.filterList()->setCurrentRow(0);
  ASSERT_TRUE(dialog.removeButton()->isEnabled());
  QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
  EXPECT_TRUE(dialog.dataSource().filters.empty());
}

TEST(RowFilterDialog, ShowsTheFiltersInUse) {
  DataSource source{kClusters, {}, {{"batch_year", {"2019", "2021"}}}};
  RowFilterDialog dialog(source, PointKind::Cluster);
  ASSERT_EQ(dialog.filterList()->count(), 1);
  EXPECT_EQ(dialog.filterList()->item(0)->text(), QStringLiteral("batch_year=2019|2021"));
  EXPECT_EQ(dialog.dataSource(), source);
}

}  // namespace
}  // namespace cb::ui
