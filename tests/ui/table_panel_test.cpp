// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/table_panel.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "tests/analysis_fixture.h"
#include "ui/controllers/selection_model.h"
#include "ui/models/entry_table_model.h"
#include "ui/models/city_table_model.h"
#include "ui/models/match_labels.h"

namespace cb::ui {
namespace {

using Tab = TablePanel::Tab;

struct Panel {
  SelectionModel selection;
  TablePanel panel{&selection};
  Panel() {
    panel.resize(900, 500);
    panel.setAnalysis(test::matchFixture());
    panel.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&panel));
  }
  /// The proxy row showing a city code in a column, or -1.
  int rowOf(Tab tab, int column, const QString& text) const {
    const QAbstractItemModel* m = panel.proxy(tab);
    for (int r = 0; r < m->rowCount(); ++r) {
      if (m->index(r, column).data().toString() == text) return r;
    }
    return -1;
  }
  /// The city codes of a view's selected rows, sorted.
  QStringList selectedCodes(Tab tab) const {
    QStringList codes;
    for (const QModelIndex& i : panel.view(tab)->selectionModel()->selectedRows()) codes << i.data(CityCodeRole).toString();
    codes.sort();
    return codes;
  }
  void clickRow(Tab tab, int row) {
    panel.setCurrentTab(tab);
    QTableView* view = panel.view(tab);
    const QRect rect = view->visualRect(panel.proxy(tab)->index(row, 0));
    ASSERT_TRUE(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
  }
};

TEST(TablePanel, ListsEveryClusterBeltAndCityWithItsOutcome) {
  Panel p;
  const auto analysis = test::matchFixture();
  EXPECT_EQ(p.panel.proxy(Tab::Clusters)->rowCount(), 7);  // 8 rows, 火星市 unresolved
  EXPECT_EQ(p.panel.proxy(Tab::Belts)->rowCount(), 6);     // 7 rows, 通州区 ambiguous
  ASSERT_EQ(p.panel.proxy(Tab::Cities)->rowCount(), 7);    // 5 with clusters + 毕节 and 金华 with belts only
  EXPECT_EQ(p.panel.tabs()->tabText(0), QStringLiteral("Clusters (7)"));

  const auto outcomeOf = [&](const QString& code) {
    const int row = p.rowOf(Tab::Cities, CityTableModel::Code, code);
    return row < 0 ? QString() : p.panel.proxy(Tab::Cities)->index(row, CityTableModel::Outcome).data().toString();
  };
  EXPECT_EQ(outcomeOf(QStringLiteral("440300")), QStringLiteral("identical"));
  EXPECT_EQ(outcomeOf(QStringLiteral("370100")), QStringLiteral("identical"));  // 莱芜 counts as 济南
  EXPECT_EQ(outcomeOf(QStringLiteral("420600")), QStringLiteral("cluster without belt"));
  EXPECT_EQ(outcomeOf(QStringLiteral("520500")), QStringLiteral("belt only"));
  const int shenzhen = p.rowOf(Tab::Cities, CityTableModel::Code, QStringLiteral("440300"));
  const QAbstractItemModel* cities = p.panel.proxy(Tab::Cities);
  EXPECT_EQ(cities->index(shenzhen, CityTableModel::Clusters).data().toInt(), 3);
  EXPECT_EQ(cities->index(shenzhen, CityTableModel::Belts).data().toInt(), 2);
  EXPECT_EQ(cities->index(shenzhen, CityTableModel::Similar).data().toInt(), 1);
  // The cluster from 乐清市 shows the city it resolved to.
  const int yueqing = p.rowOf(Tab::Clusters, ClusterTableModel::Name, QStringLiteral("乐清电气集群"));
  ASSERT_GE(yueqing, 0);
  EXPECT_EQ(p.panel.proxy(Tab::Clusters)->index(yueqing, ClusterTableModel::City).data().toString(), QStringLiteral("温州市"));
}

TEST(TablePanel, SelectingARowSelectsItsCity) {
  Panel p;
  const int jinan = p.rowOf(Tab::Cities, CityTableModel::Code, QStringLiteral("370100"));
  ASSERT_GE(jinan, 0);
  p.clickRow(Tab::Cities, jinan);
  EXPECT_EQ(p.selection.currentCity(), QStringLiteral("370100"));
  EXPECT_EQ(p.selection.selectedCities(), QStringList{QStringLiteral("370100")});

  // A belt given by its county only selects the city it resolved to: 义乌市 → 金华.
  const int yiwu = p.rowOf(Tab::Belts, BeltTableModel::Name, QStringLiteral("义乌小商品产业带"));
  ASSERT_GE(yiwu, 0);
  p.clickRow(Tab::Belts, yiwu);
  EXPECT_EQ(p.selection.currentCity(), QStringLiteral("330700"));
  // …and the other tables follow.
  EXPECT_EQ(p.selectedCodes(Tab::Cities), QStringList{QStringLiteral("330700")});
  EXPECT_TRUE(p.selectedCodes(Tab::Clusters).isEmpty());

  // Ctrl+click a second row: both cities are selected, the clicked one is current.
  const int wenzhou = p.rowOf(Tab::Belts, BeltTableModel::Name, QStringLiteral("乐清电线电缆产业带"));
  const QRect rect = p.panel.view(Tab::Belts)->visualRect(p.panel.proxy(Tab::Belts)->index(wenzhou, 0));
  QTest::mouseClick(p.panel.view(Tab::Belts)->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
  QStringList selected = p.selection.selectedCities();
  selected.sort();
  EXPECT_EQ(selected, (QStringList{QStringLiteral("330300"), QStringLiteral("330700")}));
  EXPECT_EQ(p.selection.currentCity(), QStringLiteral("330300"));
}

TEST(TablePanel, ASelectionMadeElsewhereSelectsTheRows) {
  Panel p;
  p.selection.setCurrentCity(QStringLiteral("440300"));
  EXPECT_EQ(p.selectedCodes(Tab::Cities), QStringList{QStringLiteral("440300")});
  EXPECT_EQ(p.selectedCodes(Tab::Clusters).size(), 3);
  EXPECT_EQ(p.selectedCodes(Tab::Belts).size(), 2);
  const QModelIndex current = p.panel.view(Tab::Cities)->currentIndex();
  EXPECT_EQ(current.data(CityCodeRole).toString(), QStringLiteral("440300"));
  // The echo of our own selection must not change the selection model.
  EXPECT_EQ(p.selection.selectedCities(), QStringList{QStringLiteral("440300")});

  p.selection.setSelectedCities({QStringLiteral("420600"), QStringLiteral("370100")});
  EXPECT_EQ(p.selectedCodes(Tab::Cities), (QStringList{QStringLiteral("370100"), QStringLiteral("420600")}));
  EXPECT_EQ(p.selectedCodes(Tab::Clusters).size(), 2);
  EXPECT_EQ(p.selectedCodes(Tab::Belts), QStringList{QStringLiteral("370100")});
  EXPECT_TRUE(p.selection.currentCity().isEmpty());

  p.selection.clear();
  EXPECT_TRUE(p.selectedCodes(Tab::Cities).isEmpty());
  EXPECT_TRUE(p.selectedCodes(Tab::Clusters).isEmpty());
}

TEST(TablePanel, FiltersWithoutLosingTheSelection) {
  Panel p;
  p.selection.setCurrentCity(QStringLiteral("440300"));
  QTest::keyClicks(p.panel.filterEdit(Tab::Clusters), QStringLiteral("most"));
  EXPECT_EQ(p.panel.proxy(Tab::Clusters)->rowCount(), 2);  // MOST-IIC, case-insensitive
  EXPECT_EQ(p.panel.tabs()->tabText(0), QStringLiteral("Clusters (2 of 7)"));
  EXPECT_EQ(p.selection.currentCity(), QStringLiteral("440300"));
  p.panel.filterEdit(Tab::Clusters)->clear();
  EXPECT_EQ(p.panel.proxy(Tab::Clusters)->rowCount(), 7);
  EXPECT_EQ(p.selectedCodes(Tab::Clusters).size(), 3);

  p.panel.filterEdit(Tab::Cities)->setText(QStringLiteral("belt only"));
  EXPECT_EQ(p.panel.proxy(Tab::Cities)->rowCount(), 2);  // 毕节, 金华
}

TEST(TablePanel, CopiesTheSelectedRowsAsTabSeparatedText) {
  Panel p;
  p.selection.setCurrentCity(QStringLiteral("440300"));
  const QStringList lines = p.panel.selectedRowsAsText(Tab::Clusters).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  ASSERT_EQ(lines.size(), 4);  // header + 深圳's three clusters, in the order shown
  EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Cluster\tProgramme\tYear\tIndustry\tGroups\tOutcome\tCity")));
  EXPECT_TRUE(lines[1].startsWith(QStringLiteral(
      "深圳信息通信集群\tNDRC-SEI\t2019\t新一代信息通信\tComputers, phones and other electronic equipment; "
      "Next-generation networks and internet services\t")))
      << lines[1].toStdString();
  EXPECT_TRUE(lines[3].contains(QStringLiteral("\tunrelated\t深圳市\t广东省\t440300\t")));

  // Ctrl+C in the table does it.
  p.panel.setCurrentTab(Tab::Cities);
  p.panel.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&p.panel));
  p.panel.view(Tab::Cities)->setFocus();
  QApplication::clipboard()->clear();
  QTest::keyClick(p.panel.view(Tab::Cities), Qt::Key_C, Qt::ControlModifier);
  EXPECT_EQ(QApplication::clipboard()->text(), p.panel.selectedRowsAsText(Tab::Cities));
  EXPECT_TRUE(QApplication::clipboard()->text().contains(QStringLiteral("深圳市\t440300\t广东省\t3\t2\t1\t1\t1\t0\tidentical")))
      << QApplication::clipboard()->text().toStdString();
}

TEST(TablePanel, SortsNumbersAsNumbers) {
  Panel p;
  QTableView* cities = p.panel.view(Tab::Cities);
  cities->sortByColumn(CityTableModel::Clusters, Qt::DescendingOrder);
  const QAbstractItemModel* m = p.panel.proxy(Tab::Cities);
  EXPECT_EQ(m->index(0, CityTableModel::Code).data().toString(), QStringLiteral("440300"));
  EXPECT_EQ(m->index(0, CityTableModel::Clusters).data(SortRole).typeId(), QMetaType::Int);
  QTableView* clusters = p.panel.view(Tab::Clusters);
  clusters->sortByColumn(ClusterTableModel::Year, Qt::AscendingOrder);
  const QAbstractItemModel* c = p.panel.proxy(Tab::Clusters);
  // 北京旅游集群's year (二〇一九) could not be read: blank, and first.
  EXPECT_EQ(c->index(0, ClusterTableModel::Name).data().toString(), QStringLiteral("北京旅游集群"));
  EXPECT_FALSE(c->index(0, ClusterTableModel::Year).data().isValid());
  EXPECT_EQ(c->index(1, ClusterTableModel::Year).data().toInt(), 2013);
  EXPECT_EQ(c->index(6, ClusterTableModel::Year).data().toInt(), 2021);
  // Outcomes sort by strength, not alphabetically: identical first, no belt last.
  clusters->sortByColumn(ClusterTableModel::Outcome, Qt::AscendingOrder);
  EXPECT_EQ(c->index(0, ClusterTableModel::Outcome).data().toString(), QStringLiteral("identical"));
  EXPECT_EQ(c->index(6, ClusterTableModel::Outcome).data().toString(), QStringLiteral("no belt"));
  EXPECT_EQ(c->index(3, ClusterTableModel::Outcome).data().toString(), QStringLiteral("similar"));
}

}  // namespace
}  // namespace cb::ui
