// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/export_dialog.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "core/project/project.h"
#include "tests/analysis_fixture.h"
#include "ui/dialogs/figure_preview.h"

namespace cb::ui {
namespace {

/// A view of the Yangtze delta and 温州 (China Albers metres), as the map canvas would pass it.
ViewTransform deltaView() { return ViewTransform({1.45e6, 3.3e6}, 1000.0, 800.0, 600.0); }

/// Every test starts from the defaults: settings go to Qt's test location (qt_test_main.cpp).
void forgetSettings() {
  QSettings settings;
  settings.remove(QStringLiteral("figureExport"));
}

std::unique_ptr<ExportDialog> makeDialog(const QString& city = QString(), ViewTransform view = ViewTransform()) {
  return std::make_unique<ExportDialog>(test::matchFixture(), nullptr, LayerStack::studyDefaults(), view, city);
}

/// Waits until the preview has drawn the latest figure; false after 20 s.
bool waitForPreview(const ExportDialog& dialog) {
  QElapsedTimer timer;
  timer.start();
  QTest::qWait(5);
  while (dialog.preview()->isBusy()) {
    if (timer.elapsed() > 20000) return false;
    QTest::qWait(20);
  }
  return true;
}

void selectPreset(ExportDialog& dialog, const QString& preset) {
  const int index = dialog.presetCombo()->findData(preset);
  ASSERT_GE(index, 0) << preset.toStdString();
  dialog.presetCombo()->setCurrentIndex(index);
}

TEST(ExportDialog, WritesAPngOfTheChosenWidthAndResolution) {
  forgetSettings();
  auto dialog = makeDialog();
  dialog->setFormat(render::FigureFormat::Png);
  selectPreset(*dialog, QStringLiteral("single-column"));
  EXPECT_DOUBLE_EQ(dialog->widthSpin()->value(), 83.0);
  EXPECT_DOUBLE_EQ(dialog->heightSpin()->value(), 0.0);
  dialog->dpiCombo()->setEditText(QStringLiteral("300"));
  const FigureSpec spec = dialog->spec();
  EXPECT_DOUBLE_EQ(spec.widthMm, 83.0);
  EXPECT_DOUBLE_EQ(spec.dpi, 300.0);

  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("图一.png"));
  const render::FigureExportResult result = dialog->exportFigure(path);
  ASSERT_TRUE(result.ok) << result.error.toStdString();

  QImageReader reader(path);
  EXPECT_EQ(reader.format(), QByteArray("png"));
  const QImage image = reader.read();
  ASSERT_FALSE(image.isNull());
  const render::FigurePainter figure(spec, render::FigureData{test::matchFixture(), nullptr, std::nullopt});
  EXPECT_EQ(image.width(), static_cast<int>(std::lround(83.0 * 300.0 / 25.4)));  // 980
  EXPECT_EQ(image.height(), static_cast<int>(std::lround(figure.pageSizeMm().height() * 300.0 / 25.4)));
  EXPECT_EQ(image.dotsPerMeterX(), 11811);  // 300 / 0.0254
  EXPECT_EQ(image.dotsPerMeterY(), 11811);
  EXPECT_EQ(result.pixelSize, image.size());

  // The folder is remembered for the next export.
  EXPECT_EQ(FigureSettings::load().folder, QFileInfo(path).absolutePath());
}

TEST(ExportDialog, AFailedExportNamesTheFile) {
  forgetSettings();
  auto dialog = makeDialog();
  const QString path = QStringLiteral("/nonexistent-folder-for-test/figure.pdf");
  const render::FigureExportResult result = dialog->exportFigure(path);
  EXPECT_FALSE(result.ok);
  EXPECT_TRUE(result.error.contains(path)) << result.error.toStdString();
  EXPECT_TRUE(FigureSettings::load().folder.isEmpty());
}

TEST(ExportDialog, RemembersTheLastSettingsAndWritesOnlyChangedOnes) {
  forgetSettings();
  {
    auto dialog = makeDialog();
    selectPreset(*dialog, QStringLiteral("a4-landscape"));
    dialog->setFormat(render::FigureFormat::Svg);
    dialog->dpiCombo()->setEditText(QStringLiteral("600"));
    dialog->legendCheck()->setChecked(false);
    dialog->approvalEdit()->setText(QStringLiteral("GS(2019)1822"));
    dialog->insertApprovalNote();
    dialog->titleEdit()->setText(QStringLiteral("A title is not remembered"));
  }
  QSettings settings;
  settings.beginGroup(QStringLiteral("figureExport"));
  QStringList keys = settings.childKeys();
  keys.sort();
  EXPECT_EQ(keys, (QStringList{QStringLiteral("approvalNumber"), QStringLiteral("dpi"), QStringLiteral("format"),
                              QStringLiteral("heightMm"), QStringLiteral("legend"), QStringLiteral("note"),
                              QStringLiteral("preset"), QStringLiteral("widthMm")}));
  settings.endGroup();

  auto again = makeDialog();
  EXPECT_EQ(again->presetCombo()->currentData().toString(), QStringLiteral("a4-landscape"));
  EXPECT_DOUBLE_EQ(again->widthSpin()->value(), 297.0);
  EXPECT_DOUBLE_EQ(again->heightSpin()->value(), 210.0);
  EXPECT_EQ(again->format(), render::FigureFormat::Svg);
  EXPECT_TRUE(again->pathEdit()->text().endsWith(QStringLiteral(".svg")));
  EXPECT_EQ(again->dpiCombo()->currentText(), QStringLiteral("600"));
  EXPECT_FALSE(again->legendCheck()->isChecked());
  EXPECT_TRUE(again->insetCheck()->isChecked());
  EXPECT_EQ(again->noteEdit()->text().toStdString(), standardMapNote("GS(2019)1822"));
  EXPECT_EQ(again->approvalEdit()->text(), QStringLiteral("GS(2019)1822"));
  EXPECT_TRUE(again->titleEdit()->text().isEmpty());
  const FigureSpec spec = again->spec();
  EXPECT_DOUBLE_EQ(spec.dpi, 600.0);
  EXPECT_FALSE(spec.legend);

  // Back to the defaults: nothing is left written.
  selectPreset(*again, QStringLiteral("double-column"));
  again->setFormat(render::FigureFormat::Png);
  again->dpiCombo()->setEditText(QStringLiteral("300"));
  again->legendCheck()->setChecked(true);
  again->noteEdit()->clear();
  again->approvalEdit()->clear();
  again.reset();
  settings.beginGroup(QStringLiteral("figureExport"));
  EXPECT_TRUE(settings.childKeys().isEmpty()) << settings.childKeys().join(QLatin1Char(' ')).toStdString();
}

TEST(ExportDialog, FormatFollowsTheFileNameAndTheOtherWayRound) {
  forgetSettings();
  auto dialog = makeDialog();
  dialog->setOutputPath(QStringLiteral("/tmp/map.PDF"));
  EXPECT_EQ(dialog->format(), render::FigureFormat::Pdf);
  EXPECT_FALSE(dialog->dpiCombo()->isEnabled());
  EXPECT_TRUE(dialog->textAsPathsCheck()->isEnabled());
  dialog->setFormat(render::FigureFormat::Svg);
  EXPECT_EQ(dialog->outputPath(), QStringLiteral("/tmp/map.svg"));
  dialog->setFormat(render::FigureFormat::Png);
  EXPECT_TRUE(dialog->dpiCombo()->isEnabled());
  EXPECT_FALSE(dialog->textAsPathsCheck()->isEnabled());
}

TEST(ExportDialog, PreviewIsDrawnShowsWarningsAndFollowsTheTitle) {
  forgetSettings();
  auto dialog = makeDialog();
  dialog->resize(1100, 720);
  dialog->show();
  ASSERT_TRUE(waitForPreview(*dialog));
  const QImage before = dialog->preview()->image();
  const QSizeF pageBefore = dialog->preview()->pageSizeMm();
  ASSERT_FALSE(before.isNull()) << dialog->preview()->error().toStdString();
  EXPECT_TRUE(dialog->preview()->error().isEmpty());
  // The preview fits the widget, far below the export's 300 dpi.
  EXPECT_LE(before.width(), dialog->preview()->width() * before.devicePixelRatio());
  // The bundled boundaries carry no nine-dash line layer: the figure says so.
  EXPECT_TRUE(dialog->warningLabel()->isVisibleTo(dialog.get()));
  EXPECT_TRUE(dialog->warningLabel()->text().contains(QStringLiteral("South China Sea")))
      << dialog->warningLabel()->text().toStdString();

  dialog->titleEdit()->setText(QStringLiteral("产业集群与产业带"));
  ASSERT_TRUE(waitForPreview(*dialog));
  const QImage after = dialog->preview()->image();
  ASSERT_FALSE(after.isNull());
  EXPECT_NE(before, after);
  // A title takes room above the map: same width, taller page.
  EXPECT_DOUBLE_EQ(dialog->preview()->pageSizeMm().width(), pageBefore.width());
  EXPECT_GT(dialog->preview()->pageSizeMm().height(), pageBefore.height());
}

TEST(ExportDialog, SavedSpecLoadsBackEqualAndIntoANewDialog) {
  forgetSettings();
  auto dialog = makeDialog(QStringLiteral("330300"), deltaView());
  EXPECT_TRUE(dialog->highlightCheck()->isEnabled());
  EXPECT_TRUE(dialog->highlightCheck()->text().contains(QStringLiteral("温州"))) << dialog->highlightCheck()->text().toStdString();
  selectPreset(*dialog, QStringLiteral("custom"));
  dialog->widthSpin()->setValue(120.0);
  dialog->heightSpin()->setValue(90.0);
  EXPECT_EQ(dialog->presetCombo()->currentData().toString(), QStringLiteral("custom"));
  dialog->currentViewRadio()->setChecked(true);
  dialog->titleEdit()->setText(QStringLiteral("长三角"));
  dialog->approvalEdit()->setText(QStringLiteral("GS(2019)1822"));
  dialog->insertApprovalNote();
  dialog->textAsPathsCheck()->setChecked(true);

  const FigureSpec spec = dialog->spec();
  EXPECT_FALSE(spec.allChina);
  EXPECT_EQ(spec.highlightCity, "330300");
  EXPECT_DOUBLE_EQ(spec.widthMm, 120.0);
  EXPECT_DOUBLE_EQ(spec.heightMm, 90.0);
  EXPECT_EQ(spec.title, "长三角");
  EXPECT_FALSE(spec.layersJson.empty());
  const Box2 view = deltaView().visibleExtent();
  EXPECT_DOUBLE_EQ(spec.extent.minX, view.minX);
  EXPECT_DOUBLE_EQ(spec.extent.maxY, view.maxY);

  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("长三角.json"));
  QString error;
  ASSERT_TRUE(dialog->saveSpec(path, &error)) << error.toStdString();
  const FigureSpec loaded = FigureSpec::load(pathFromUtf8(path.toStdString()));
  EXPECT_TRUE(loaded == spec);

  // A dialog with another city and no view shows the loaded spec as it is.
  auto other = makeDialog();
  ASSERT_TRUE(other->loadSpec(path, &error)) << error.toStdString();
  EXPECT_TRUE(other->spec() == spec);
  EXPECT_TRUE(other->currentViewRadio()->isChecked());
  EXPECT_EQ(other->presetCombo()->currentData().toString(), QStringLiteral("custom"));

  // A broken spec is refused with a reason naming the file.
  const QString broken = dir.filePath(QStringLiteral("broken.json"));
  QFile file(broken);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write(R"({"page": {"dpi": "many"}})");
  file.close();
  EXPECT_FALSE(other->loadSpec(broken, &error));
  EXPECT_TRUE(error.contains(QStringLiteral("broken.json")) && error.contains(QStringLiteral("page.dpi")))
      << error.toStdString();
  EXPECT_TRUE(other->spec() == spec);
}

TEST(ExportDialog, QuickExportUsesTheRememberedSettingsAndTheView) {
  forgetSettings();
  {
    auto dialog = makeDialog();
    selectPreset(*dialog, QStringLiteral("single-column"));
    dialog->dpiCombo()->setEditText(QStringLiteral("1200"));
    dialog->highlightCheck()->setChecked(false);
  }
  const FigureSpec spec = ExportDialog::currentViewSpec(LayerStack::studyDefaults(), deltaView(), QStringLiteral("330300"));
  EXPECT_DOUBLE_EQ(spec.widthMm, 83.0);
  EXPECT_DOUBLE_EQ(spec.dpi, 1200.0);
  EXPECT_FALSE(spec.allChina);
  EXPECT_DOUBLE_EQ(spec.extent.minX, deltaView().visibleExtent().minX);
  EXPECT_TRUE(spec.highlightCity.empty());  // remembered as off
  EXPECT_TRUE(spec.title.empty());
  // Without a view (no map yet) the figure shows all of China.
  EXPECT_TRUE(ExportDialog::currentViewSpec(LayerStack::studyDefaults(), ViewTransform(), QString()).allChina);
  forgetSettings();
}

}  // namespace
}  // namespace cb::ui
