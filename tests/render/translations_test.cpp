// SPDX-License-Identifier: GPL-3.0-or-later
// The Simplified Chinese translation embedded in the render library: it loads from the resource,
// translates texts of every part of the application, and a figure drawn with it is in Chinese.
#include "ui/render/translations.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>

#include "core/model/boundary_map.h"
#include "tests/analysis_fixture.h"
#include "ui/render/figure_exporter.h"
#include "ui/render/figure_painter.h"
#include "ui/render/legend_painter.h"

namespace cb::render {
namespace {

QString translate(const char* context, const char* source, int n = -1) {
  return QCoreApplication::translate(context, source, nullptr, n);
}

/// Each test starts and ends in English, the source language.
class Translations : public ::testing::Test {
 protected:
  void SetUp() override { installTranslations(QLocale(QLocale::English)); }
  void TearDown() override { installTranslations(QLocale(QLocale::English)); }
};

TEST_F(Translations, OffersEnglishAndSimplifiedChinese) {
  EXPECT_EQ(availableLanguages(), QStringList({QStringLiteral("en"), QStringLiteral("zh_CN")}));
}

TEST_F(Translations, ALocaleGetsTheTranslationOfItsLanguageAndScript) {
  EXPECT_EQ(translationFor(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
  EXPECT_EQ(translationFor(QLocale(QStringLiteral("zh"))), QStringLiteral("zh_CN"));
  EXPECT_EQ(translationFor(QLocale(QStringLiteral("zh_SG"))), QStringLiteral("zh_CN"));  // Simplified too
  EXPECT_EQ(translationFor(QLocale(QStringLiteral("zh_TW"))), QString());  // Traditional: English
  EXPECT_EQ(translationFor(QLocale(QStringLiteral("en_GB"))), QString());
  EXPECT_EQ(translationFor(QLocale::c()), QString());
  EXPECT_EQ(translationFor(QLocale(QStringLiteral("de_DE"))), QString());
}

TEST_F(Translations, ChineseComesFromTheEmbeddedResourceForEveryPart) {
  ASSERT_TRUE(QFileInfo::exists(QStringLiteral(":/i18n/clusterbelt_zh_CN.qm")));
  ASSERT_EQ(installTranslations(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
  // A figure, a menu, a panel's header, a legend class, a plural.
  EXPECT_EQ(translate("FigurePainter", "South China Sea Islands"), QStringLiteral("南海诸岛"));
  EXPECT_EQ(translate("FigurePainter", "Legend"), QStringLiteral("图例"));
  EXPECT_EQ(translate("cb::ui::MainWindow", "&File"), QStringLiteral("文件(&F)"));
  EXPECT_EQ(translate("cb::ui::SummaryPanel", "Loaded data"), QStringLiteral("已加载数据"));
  EXPECT_EQ(LegendPainter::outcomeLabel(CityOutcome::Identical), QStringLiteral("相同行业"));
  EXPECT_EQ(translate("cb::ui::MapCanvas", "%n cluster(s)", 3), QStringLiteral("3 个产业集群"));
  EXPECT_EQ(translate("cb::ui::DataExport", "Export Data"), QStringLiteral("导出数据"));

  // Back to English: the source texts.
  EXPECT_EQ(installTranslations(QLocale(QLocale::English)), QString());
  EXPECT_EQ(translate("FigurePainter", "South China Sea Islands"), QStringLiteral("South China Sea Islands"));
}

TEST_F(Translations, QtsOwnTextsFollowWhenTheSystemHasThem) {
  const QString qtBase =
      QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
  if (!QFileInfo::exists(qtBase)) GTEST_SKIP() << "no " << qtBase.toStdString() << " (qt6-translations-l10n)";
  installTranslations(QLocale(QStringLiteral("zh_CN")));
  EXPECT_EQ(translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
}

FigureSpec smallSpec() {
  FigureSpec spec;
  spec.widthMm = 120.0;
  spec.dpi = 100.0;
  return spec;
}

TEST_F(Translations, AFigureDrawnInChineseHasChineseTexts) {
  FigureData data;
  data.analysis = test::matchFixture();
  installTranslations(QLocale(QStringLiteral("zh_CN")));
  const FigurePainter chinese(smallSpec(), data);
  const QString svg = QString::fromUtf8(FigureExporter::svgDocument(chinese));
  EXPECT_TRUE(svg.contains(QStringLiteral(">南海诸岛<"))) << "the inset's name";
  EXPECT_TRUE(svg.contains(QStringLiteral(">图例<")));
  EXPECT_TRUE(svg.contains(QStringLiteral("匹配结果（城市）")));
  EXPECT_FALSE(svg.contains(QStringLiteral("South China Sea Islands")));
  // The warning about the missing South China Sea line too.
  ASSERT_FALSE(chinese.warnings().isEmpty());
  EXPECT_TRUE(chinese.warnings().front().contains(QStringLiteral("南海断续线")));

  installTranslations(QLocale(QLocale::English));
  const QString english = QString::fromUtf8(FigureExporter::svgDocument(FigurePainter(smallSpec(), data)));
  EXPECT_TRUE(english.contains(QStringLiteral(">South China Sea Islands<")));
  EXPECT_FALSE(english.contains(QStringLiteral("南海诸岛")));
}

}  // namespace
}  // namespace cb::render
