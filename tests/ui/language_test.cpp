// SPDX-License-Identifier: GPL-3.0-or-later
// View → Language: the window, its docks, panels and dialogs switch to Simplified Chinese and back
// while the application runs, and the choice is kept in the settings.
#include "ui/app/language.h"

#include <gtest/gtest.h>

#include <QDockWidget>
#include <QFormLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>

#include "tests/analysis_fixture.h"
#include "ui/app/main_window.h"
#include "ui/controllers/document_controller.h"
#include "ui/controllers/progress_presenter.h"
#include "ui/dialogs/unresolved_dialog.h"
#include "ui/map/map_canvas.h"
#include "ui/models/layer_tree_model.h"
#include "ui/panels/layer_panel.h"
#include "ui/render/legend_painter.h"
#include "ui/render/translations.h"

namespace cb::ui {
namespace {

/// Each test starts in English and leaves the language, the setting and the locale as it found them.
class Language : public ::testing::Test {
 protected:
  void SetUp() override { render::installTranslations(QLocale(QLocale::English)); }
  void TearDown() override {
    saveLanguage(QString());
    render::installTranslations(QLocale(QLocale::English));
    QLocale::setDefault(mLocale);
  }

 private:
  QLocale mLocale;
};

QStringList legendLabels(const MainWindow& window) {
  QStringList labels;
  for (const render::LegendEntry& entry : window.canvas()->legendEntries()) labels << entry.label;
  return labels;
}

QStringList menuTitles(const MainWindow& window) {
  QStringList titles;
  for (const QAction* action : window.menuBar()->actions()) titles << action->text();
  return titles;
}

TEST_F(Language, TheViewMenuSwitchesTheWindowLiveAndKeepsTheChoice) {
  MainWindow window;
  window.resize(1200, 800);
  window.show();
  QSignalSpy analysed(window.document(), &DocumentController::analysisChanged);
  window.document()->setInputs(test::matchFixtureInputs());
  ASSERT_TRUE(analysed.wait(30000));
  auto* menu = window.findChild<LanguageMenu*>();
  ASSERT_NE(menu, nullptr);
  EXPECT_TRUE(menu->actionFor(QString())->isChecked());  // the system's language until one is chosen
  EXPECT_EQ(menu->actionFor(QStringLiteral("zh_CN"))->text(), QStringLiteral("简体中文"));
  EXPECT_EQ(menuTitles(window), QStringList({QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                             QStringLiteral("&Analysis"), QStringLiteral("&Help")}));

  menu->actionFor(QStringLiteral("zh_CN"))->trigger();
  EXPECT_EQ(savedLanguage(), QStringLiteral("zh_CN"));
  EXPECT_EQ(menuTitles(window), QStringList({QStringLiteral("文件(&F)"), QStringLiteral("编辑(&E)"), QStringLiteral("视图(&V)"),
                                             QStringLiteral("分析(&A)"), QStringLiteral("帮助(&H)")}));
  auto* layers = window.findChild<QDockWidget*>(QStringLiteral("layersDock"));
  ASSERT_NE(layers, nullptr);
  EXPECT_EQ(layers->windowTitle(), QStringLiteral("图层"));
  EXPECT_EQ(layers->toggleViewAction()->text(), QStringLiteral("图层"));
  EXPECT_EQ(window.findChild<QToolBar*>(QStringLiteral("mainToolBar"))->windowTitle(), QStringLiteral("主工具栏"));
  EXPECT_EQ(menu->title(), QStringLiteral("语言(&L)"));
  EXPECT_EQ(menu->actionFor(QString())->text(), QStringLiteral("跟随系统"));
  EXPECT_TRUE(legendLabels(window).contains(QStringLiteral("匹配结果（城市）"))) << "the map's legend";
  EXPECT_EQ(window.findChild<ProgressPresenter*>()->cancelButton()->text(), QStringLiteral("取消"));

  menu->actionFor(QStringLiteral("en"))->trigger();
  EXPECT_EQ(savedLanguage(), QStringLiteral("en"));
  EXPECT_EQ(menuTitles(window).front(), QStringLiteral("&File"));
  EXPECT_EQ(layers->windowTitle(), QStringLiteral("Layers"));
  EXPECT_TRUE(legendLabels(window).contains(QStringLiteral("Match outcome (cities)")));
}

TEST_F(Language, TheLayerStyleEditorAndTheReviewDialogFollow) {
  LayerTreeModel model;
  LayerPanel panel(&model);
  panel.selectLayer(QStringLiteral("outcomes"));
  UnresolvedDialog dialog;
  applyLanguage(QStringLiteral("zh_CN"));
  QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);  // the editor built in English
  auto* editor = panel.findChild<QWidget*>(QStringLiteral("layerStyleEditor"));
  ASSERT_NE(editor, nullptr);
  auto* form = qobject_cast<QFormLayout*>(editor->layout());
  ASSERT_NE(form, nullptr);
  auto* label = qobject_cast<QLabel*>(form->itemAt(0, QFormLayout::LabelRole)->widget());
  ASSERT_NE(label, nullptr);
  EXPECT_EQ(label->text(), QStringLiteral("不透明度"));
  EXPECT_EQ(dialog.windowTitle(), QStringLiteral("未定位到城市的记录"));
  EXPECT_EQ(dialog.rowTable()->horizontalHeaderItem(0)->text(), QStringLiteral("状态"));
  EXPECT_EQ(dialog.placeButton()->text(), QStringLiteral("定位到此城市(&P)"));
}

TEST_F(Language, AppliesTheLocaleSoNumbersAndGroupNamesFollow) {
  EXPECT_EQ(applyLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
  EXPECT_EQ(QLocale().language(), QLocale::Chinese);
  EXPECT_EQ(applyLanguage(QStringLiteral("en")), QString());
  EXPECT_EQ(QLocale().language(), QLocale::English);
  EXPECT_EQ(nativeLanguageName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
  EXPECT_EQ(nativeLanguageName(QStringLiteral("en")), QStringLiteral("English"));
}

}  // namespace
}  // namespace cb::ui
