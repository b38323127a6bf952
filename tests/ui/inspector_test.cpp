// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/city_inspector.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLocale>
#include <QTableView>
#include <QTest>

#include "tests/analysis_fixture.h"
#include "ui/controllers/selection_model.h"
#include "ui/models/entry_table_model.h"
#include "ui/models/pair_table_model.h"

namespace cb::ui {
namespace {

QString cellText(const QAbstractItemModel* model, int row, int column) {
  return model->index(row, column).data().toString();
}

TEST(CityInspector, EmptyStateSaysHowToPickACity) {
  SelectionModel selection;
  CityInspector inspector(&selection);
  EXPECT_TRUE(inspector.isShowingHint());
  EXPECT_TRUE(inspector.headerText().contains(QStringLiteral("Open"))) << inspector.headerText().toStdString();
  inspector.setAnalysis(test::matchFixture());
  EXPECT_TRUE(inspector.isShowingHint());
  EXPECT_TRUE(inspector.headerText().contains(QStringLiteral("Click a prefecture"))) << inspector.headerText().toStdString();
  EXPECT_FALSE(inspector.copyAction()->isEnabled());
  EXPECT_TRUE(inspector.toTabSeparatedText().isEmpty());
}

TEST(CityInspector, ShenzhenListsItsClustersBeltsAndPairs) {
  SelectionModel selection;
  CityInspector inspector(&selection);
  inspector.setAnalysis(test::matchFixture());
  selection.setCurrentCity(QStringLiteral("440300"));

  ASSERT_FALSE(inspector.isShowingHint());
  EXPECT_EQ(inspector.city(), QStringLiteral("440300"));
  const QString header = inspector.headerText();
  EXPECT_TRUE(header.contains(QStringLiteral("深圳市"))) << header.toStdString();
  EXPECT_TRUE(header.contains(QStringLiteral("440300")));
  EXPECT_TRUE(header.contains(QStringLiteral("广东省")));
  EXPECT_TRUE(header.contains(QStringLiteral("1 identical, 2 similar, 3 unrelated"))) << header.toStdString();

  const QAbstractItemModel* clusters = inspector.clusterView()->model();
  ASSERT_EQ(clusters->rowCount(), 3);
  EXPECT_EQ(cellText(clusters, 0, ClusterTableModel::Name), QStringLiteral("深圳信息通信集群"));
  EXPECT_EQ(cellText(clusters, 0, ClusterTableModel::Programme), QStringLiteral("NDRC-SEI"));
  EXPECT_EQ(cellText(clusters, 0, ClusterTableModel::Year), QStringLiteral("2019"));
  EXPECT_EQ(cellText(clusters, 0, ClusterTableModel::Outcome), QStringLiteral("identical"));
  EXPECT_EQ(cellText(clusters, 1, ClusterTableModel::Name), QStringLiteral("深圳电池材料集群"));
  EXPECT_EQ(cellText(clusters, 1, ClusterTableModel::Outcome), QStringLiteral("similar"));
  EXPECT_EQ(cellText(clusters, 2, ClusterTableModel::Outcome), QStringLiteral("unrelated"));
  EXPECT_EQ(inspector.beltView()->model()->rowCount(), 2);

  // Cluster-major, belts in row order (see the match engine test).
  const PairTableModel* pairs = inspector.pairModel();
  ASSERT_EQ(pairs->rowCount(), 6);
  const QStringList kinds = {QStringLiteral("identical"), QStringLiteral("similar"), QStringLiteral("unrelated"),
                             QStringLiteral("similar"), QStringLiteral("unrelated"), QStringLiteral("unrelated")};
  for (int r = 0; r < 6; ++r) EXPECT_EQ(cellText(pairs, r, PairTableModel::Match), kinds[r]) << "pair " << r;
  EXPECT_EQ(cellText(pairs, 0, PairTableModel::Cluster), QStringLiteral("深圳信息通信集群"));
  EXPECT_EQ(cellText(pairs, 0, PairTableModel::Belt), QStringLiteral("深圳手机产业带"));
  // Groups are named, in the language of the UI (the taxonomy's name_en or name_zh), not by id.
  const QLocale previous;
  QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  EXPECT_EQ(cellText(pairs, 0, PairTableModel::Groups), QStringLiteral("Computers, phones and other electronic equipment"));
  EXPECT_EQ(cellText(pairs, 1, PairTableModel::Groups),
            QStringLiteral("Computers, phones and other electronic equipment ~ Household appliances"));
  EXPECT_EQ(cellText(pairs, 2, PairTableModel::Groups), QString());
  QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
  EXPECT_EQ(cellText(pairs, 3, PairTableModel::Groups), QStringLiteral("电气机械与电力装备 ~ 家用电器"));
  EXPECT_EQ(cellText(clusters, 0, ClusterTableModel::Groups), QStringLiteral("电子整机与智能终端; 下一代信息网络与互联网"));
  QLocale::setDefault(previous);
}

TEST(CityInspector, FollowsTheCurrentCity) {
  SelectionModel selection;
  CityInspector inspector(&selection);
  selection.setCurrentCity(QStringLiteral("420600"));  // before any data: shown once it arrives
  inspector.setAnalysis(test::matchFixture());
  ASSERT_FALSE(inspector.isShowingHint());
  EXPECT_TRUE(inspector.headerText().contains(QStringLiteral("襄阳市")));
  EXPECT_EQ(inspector.clusterView()->model()->rowCount(), 1);
  EXPECT_EQ(inspector.beltView()->model()->rowCount(), 0);
  EXPECT_EQ(inspector.pairModel()->rowCount(), 0);
  EXPECT_TRUE(inspector.headerText().contains(QStringLiteral("cluster without belt")));

  // A unit with neither clusters nor belts is still named.
  selection.setCurrentCity(QStringLiteral("310000"));
  ASSERT_FALSE(inspector.isShowingHint());
  EXPECT_TRUE(inspector.headerText().contains(QStringLiteral("上海市"))) << inspector.headerText().toStdString();
  EXPECT_EQ(inspector.clusterView()->model()->rowCount(), 0);

  // Several cities (a chart bar) and no current one: the hint says how many.
  selection.setSelectedCities({QStringLiteral("440300"), QStringLiteral("330300")});
  EXPECT_TRUE(inspector.isShowingHint());
  EXPECT_TRUE(inspector.headerText().contains(QStringLiteral("2 cities"))) << inspector.headerText().toStdString();
  selection.clear();
  EXPECT_TRUE(inspector.headerText().contains(QStringLiteral("No city selected")));
}

TEST(CityInspector, CopiesTabSeparatedTextWithTheCityAndItsPairs) {
  SelectionModel selection;
  CityInspector inspector(&selection);
  inspector.setAnalysis(test::matchFixture());
  selection.setCurrentCity(QStringLiteral("440300"));
  QApplication::clipboard()->clear();
  ASSERT_TRUE(inspector.copyAction()->isEnabled());
  inspector.copyAction()->trigger();
  const QString text = QApplication::clipboard()->text();
  const QStringList lines = text.split(QLatin1Char('\n'));
  EXPECT_TRUE(lines.contains(QStringLiteral("City\t深圳市"))) << text.toStdString();
  EXPECT_TRUE(lines.contains(QStringLiteral("Code\t440300")));
  EXPECT_TRUE(lines.contains(QStringLiteral("Province\t广东省")));
  EXPECT_TRUE(lines.contains(QStringLiteral(
      "深圳信息通信集群\tNDRC-SEI\t新一代信息通信\t深圳手机产业带\t手机\tidentical\t"
      "Computers, phones and other electronic equipment")))
      << text.toStdString();
  EXPECT_TRUE(lines.contains(QStringLiteral(
      "深圳电池材料集群\tMIIT-AMC\t先进电池材料\t深圳小家电产业带\t小家电\tsimilar\t"
      "Electrical machinery and power equipment ~ Household appliances")))
      << text.toStdString();
  // The pairs section: a title, a header and one line per pair, all with the same columns.
  const qsizetype pairsAt = lines.indexOf(QStringLiteral("Pairs"));
  ASSERT_GE(pairsAt, 0);
  for (qsizetype i = pairsAt + 1; i <= pairsAt + 7; ++i) EXPECT_EQ(lines[i].count(QLatin1Char('\t')), 6) << lines[i].toStdString();

  // Ctrl+C anywhere in the inspector does the same.
  inspector.show();
  inspector.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&inspector));
  QApplication::clipboard()->clear();
  inspector.pairView()->setFocus();
  QTest::keyClick(inspector.pairView(), Qt::Key_C, Qt::ControlModifier);
  EXPECT_EQ(QApplication::clipboard()->text(), text);
}

}  // namespace
}  // namespace cb::ui
