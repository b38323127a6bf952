// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/column_mapping_dialog.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

#include "core/io/point_table_reader.h"

namespace cb::ui {
namespace {

/// Opens the dialog on a test table and waits until the worker has read it.
void waitLoaded(ColumnMappingDialog& dialog) {
  if (dialog.isLoaded()) return;
  QSignalSpy loaded(&dialog, &ColumnMappingDialog::loadFinished);
  ASSERT_TRUE(loaded.wait(10000)) << "the table was not read";
}

QPushButton* okButton(ColumnMappingDialog& dialog) {
  return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

TEST(ColumnMappingDialog, PreselectsTheReadersDefaultsAndShowsAPreview) {
  const std::string path = CB_TEST_DATA_DIR "/match_clusters.csv";
  ColumnMappingDialog dialog(DataSource{path, {}}, PointKind::Cluster);
  waitLoaded(dialog);

  EXPECT_EQ(dialog.columns(), (QStringList{QStringLiteral("program"), QStringLiteral("batch_year"),
                                           QStringLiteral("cluster_name_zh"), QStringLiteral("province"),
                                           QStringLiteral("city"), QStringLiteral("industry_zh"),
                                           QStringLiteral("source_url")}));
  EXPECT_EQ(dialog.columnFor(QStringLiteral("name")), QStringLiteral("cluster_name_zh"));
  EXPECT_EQ(dialog.columnFor(QStringLiteral("program")), QStringLiteral("program"));
  EXPECT_EQ(dialog.columnFor(QStringLiteral("city")), QStringLiteral("city"));
  EXPECT_EQ(dialog.columnFor(QStringLiteral("industry")), QStringLiteral("industry_zh"));
  EXPECT_EQ(dialog.columnFor(QStringLiteral("year")), QStringLiteral("batch_year"));
  EXPECT_EQ(dialog.columnFor(QStringLiteral("source")), QStringLiteral("source_url"));
  EXPECT_TRUE(dialog.columnFor(QStringLiteral("code")).isEmpty());
  EXPECT_TRUE(dialog.columnFor(QStringLiteral("lon")).isEmpty());
  EXPECT_EQ(dialog.roleBox(QStringLiteral("code"))->currentText(), QStringLiteral("(not used)"));

  // The preview: the file's rows with their line numbers (the header is line 1).
  QTableWidget* preview = dialog.preview();
  ASSERT_EQ(preview->rowCount(), 8);
  EXPECT_EQ(preview->item(6, 4)->text(), QStringLiteral("火星市"));
  EXPECT_EQ(preview->verticalHeaderItem(6)->text(), QStringLiteral("8"));

  EXPECT_TRUE(dialog.isAcceptable());
  EXPECT_TRUE(okButton(dialog)->isEnabled());
  // Nothing changed: the reader keeps its defaults.
  EXPECT_EQ(dialog.dataSource(), (DataSource{path, {}}));
}

TEST(ColumnMappingDialog, AChangedRoleIsReturnedAndTheReaderAcceptsIt) {
  const std::string path = CB_TEST_DATA_DIR "/match_clusters.csv";
  ColumnMappingDialog dialog(DataSource{path, {}}, PointKind::Cluster);
  waitLoaded(dialog);
  QComboBox* name = dialog.roleBox(QStringLiteral("name"));
  name->setCurrentIndex(name->findText(QStringLiteral("industry_zh")));
  dialog.setColumnFor(QStringLiteral("code"), QStringLiteral("city"));

  const DataSource source = dialog.dataSource();
  EXPECT_EQ(source.path, path);
  EXPECT_EQ(source.mapping, (ColumnMapping{{"name", "industry_zh"}, {"code", "city"}}));

  LoadReport report;
  const auto table = readPointTable(source.path, PointKind::Cluster, source.mapping, report);
  ASSERT_TRUE(table);
  EXPECT_EQ(table->records.front().name, "新一代信息通信");
  EXPECT_EQ(table->columnsUsed.at("code"), "city");
}

TEST(ColumnMappingDialog, AMappingGivenBeforeIsPreselected) {
  const std::string path = CB_TEST_DATA_DIR "/match_belts.csv";
  ColumnMappingDialog dialog(DataSource{path, {{"name", "county"}}}, PointKind::Belt);
  waitLoaded(dialog);
  EXPECT_EQ(dialog.columnFor(QStringLiteral("name")), QStringLiteral("county"));
  EXPECT_EQ(dialog.columnFor(QStringLiteral("program")), QStringLiteral("platform"));  // the belts' default
  EXPECT_EQ(dialog.columnFor(QStringLiteral("county")), QStringLiteral("county"));
  EXPECT_EQ(dialog.dataSource().mapping, (ColumnMapping{{"name", "county"}}));
}

TEST(ColumnMappingDialog, ATableWithoutIndustryKeepsOkDisabledUntilTheRolesAreSet) {
  const std::string path = CB_TEST_DATA_DIR "/match_no_industry.csv";
  ColumnMappingDialog dialog(DataSource{path, {}}, PointKind::Cluster);
  waitLoaded(dialog);
  EXPECT_EQ(dialog.columns(), (QStringList{QStringLiteral("name"), QStringLiteral("where")}));
  EXPECT_EQ(dialog.columnFor(QStringLiteral("name")), QStringLiteral("name"));  // found by default
  EXPECT_TRUE(dialog.columnFor(QStringLiteral("industry")).isEmpty());

  EXPECT_FALSE(okButton(dialog)->isEnabled());
  EXPECT_TRUE(dialog.problem().contains(QStringLiteral("industry")));

  dialog.setColumnFor(QStringLiteral("industry"), QStringLiteral("name"));
  EXPECT_FALSE(okButton(dialog)->isEnabled());  // still no place column
  EXPECT_TRUE(dialog.problem().contains(QStringLiteral("city")));

  dialog.setColumnFor(QStringLiteral("city"), QStringLiteral("where"));
  EXPECT_TRUE(okButton(dialog)->isEnabled());
  EXPECT_TRUE(dialog.problem().isEmpty());
  EXPECT_EQ(dialog.dataSource().mapping, (ColumnMapping{{"industry", "name"}, {"city", "where"}}));

  dialog.setColumnFor(QStringLiteral("city"), QString());
  EXPECT_FALSE(okButton(dialog)->isEnabled());
}

TEST(ColumnMappingDialog, AFileThatCannotBeReadSaysSo) {
  ColumnMappingDialog dialog(DataSource{CB_TEST_DATA_DIR "/no_such_table.csv", {}}, PointKind::Belt);
  QSignalSpy loaded(&dialog, &ColumnMappingDialog::loadFinished);
  ASSERT_TRUE(loaded.wait(10000));
  EXPECT_FALSE(loaded.at(0).at(0).toBool());
  EXPECT_FALSE(okButton(dialog)->isEnabled());
  EXPECT_TRUE(dialog.problem().contains(QStringLiteral("cannot be read")));
}

}  // namespace
}  // namespace cb::ui
