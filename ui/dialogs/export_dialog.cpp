// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/export_dialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <algorithm>
#include <cmath>
#include <exception>

#include "core/project/project.h"
#include "ui/dialogs/figure_export_support.h"
#include "ui/dialogs/figure_preview.h"

namespace cb::ui {
ExportDialog::ExportDialog(std::shared_ptr<const Analysis> analysis, std::shared_ptr<const render::PathCache> paths,
                           const LayerStack& layers, const ViewTransform& currentView, const QString& currentCity,
                           QWidget* parent)
    : QDialog(parent), mView(currentView), mCurrentCity(currentCity) {
  const render::FigureData figure = figureDataOf(std::move(analysis), std::move(paths));
  mAnalysis = figure.analysis;
  mPaths = figure.paths;
  mSeaLine = figure.southChinaSeaLine;
  mBase.layersJson = figureLayersJson(layers);
  setWindowTitle(tr("Export Figure"));
  buildUi();
  // Room for a preview that shows the page's detail; a dialog's size hint would squeeze it.
  const QSize screen = this->screen() ? this->screen()->availableSize() : QSize(1280, 800);
  resize(std::min(1150, screen.width() * 9 / 10), std::min(780, screen.height() * 9 / 10));
  const FigureSettings remembered = FigureSettings::load();
  applySettings(remembered);
  mFolder = remembered.folder;
  mUpdating = true;
  mPath->setText(QDir(figureFolder(mFolder)).filePath(QStringLiteral("figure.") + FigureSettings::suffix(remembered.format)));
  mUpdating = false;
  updateCityText();
  changed();
}

ExportDialog::~ExportDialog() = default;

FigureSettings ExportDialog::settings() const {
  FigureSettings s;
  s.format = format();
  s.preset = mPreset->currentData().toString();
  s.widthMm = mWidth->value();
  s.heightMm = mHeight->value() > 0.0 ? std::max(20.0, mHeight->value()) : 0.0;
  s.dpi = dpiValue();
  s.legend = mLegend->isChecked();
  s.scaleBar = mScaleBar->isChecked();
  s.northArrow = mNorthArrow->isChecked();
  s.graticule = mGraticule->isChecked();
  s.southChinaSeaInset = mInset->isChecked();
  s.ellipses = mEllipses->isChecked();
  s.textAsPaths = mTextAsPaths->isChecked();
  s.currentView = mViewExtent->isChecked();
  s.highlightCity = mHighlight->isChecked();
  s.note = mNote->text();
  s.approvalNumber = mApproval->text();
  s.folder = mFolder;
  return s;
}

void ExportDialog::applySettings(const FigureSettings& s) {
  mUpdating = true;
  mFormat->setCurrentIndex(mFormat->findData(static_cast<int>(s.format)));
  mWidth->setValue(s.widthMm);
  mHeight->setValue(s.heightMm);
  const int preset = mPreset->findData(s.preset);
  mPreset->setCurrentIndex(preset >= 0 ? preset : mPreset->findData(presetOfSize(s.widthMm, s.heightMm)));
  mDpi->setEditText(QString::number(s.dpi, 'g', 6));
  mLegend->setChecked(s.legend);
  mScaleBar->setChecked(s.scaleBar);
  mNorthArrow->setChecked(s.northArrow);
  mGraticule->setChecked(s.graticule);
  mInset->setChecked(s.southChinaSeaInset);
  mEllipses->setChecked(s.ellipses);
  mTextAsPaths->setChecked(s.textAsPaths);
  (s.currentView && mViewExtent->isEnabled() ? mViewExtent : mAllChina)->setChecked(true);
  mHighlight->setChecked(s.highlightCity);
  mNote->setText(s.note);
  mNote->setCursorPosition(0);  // the start of a long note says what it is
  mApproval->setText(s.approvalNumber);
  mUpdating = false;
}

FigureSpec ExportDialog::spec() const {
  FigureSpec s = mBase;
  settings().applyTo(s);
  s.title = mTitle->text().toStdString();
  const Box2 box = !mSpecExtent.isEmpty() ? mSpecExtent : mView.isValid() ? mView.visibleExtent() : Box2();
  s.allChina = !mViewExtent->isChecked() || box.isEmpty();
  s.extent = s.allChina ? Box2() : box;
  s.highlightCity = mHighlight->isChecked() && !mCurrentCity.isEmpty() ? mCurrentCity.toStdString() : std::string();
  return s;
}

void ExportDialog::setSpec(const FigureSpec& spec) {
  mBase = spec;
  FigureSettings s = settings();
  s.takeFrom(spec);
  s.currentView = !spec.allChina && !spec.extent.isEmpty();
  s.highlightCity = !spec.highlightCity.empty();
  mSpecExtent = s.currentView ? spec.extent : Box2();
  if (s.highlightCity) mCurrentCity = QString::fromStdString(spec.highlightCity);
  mUpdating = true;
  mTitle->setText(QString::fromStdString(spec.title));
  mUpdating = false;
  // The extent radio is enabled by the spec's extent before the settings choose it.
  updateCityText();
  applySettings(s);
  changed();
}

render::FigureFormat ExportDialog::format() const {
  return static_cast<render::FigureFormat>(mFormat->currentData().toInt());
}

void ExportDialog::setFormat(render::FigureFormat format) {
  mFormat->setCurrentIndex(mFormat->findData(static_cast<int>(format)));
}

QString ExportDialog::outputPath() const { return mPath->text().trimmed(); }

void ExportDialog::setOutputPath(const QString& path) {
  mPath->setText(path);
  onPathEdited(path);
}

double ExportDialog::dpiValue() const {
  bool ok = false;
  const double dpi = QLocale().toDouble(mDpi->currentText().trimmed(), &ok);
  if (!ok || !std::isfinite(dpi)) return FigureSpec().dpi;
  return std::clamp(dpi, 50.0, 2400.0);
}

void ExportDialog::setSignificance(std::shared_ptr<const Significance> significance) {
  mSignificance = std::move(significance);
  changed();
}

render::FigureData ExportDialog::figureData() const {
  render::FigureData out;
  out.analysis = mAnalysis;
  out.paths = mPaths;
  out.significance = mSignificance;
  out.southChinaSeaLine = mSeaLine;
  return out;
}

QString ExportDialog::startFolder() const {
  const QFileInfo current(outputPath());
  if (!outputPath().isEmpty() && current.absoluteDir().exists()) return current.absolutePath();
  return figureFolder(mFolder);
}

void ExportDialog::setCurrentView(const ViewTransform& view) {
  mView = view;
  mSpecExtent = Box2();
  updateCityText();
  changed();
}

void ExportDialog::setCurrentCity(const QString& code) {
  mCurrentCity = code;
  updateCityText();
  changed();
}

void ExportDialog::onPresetChanged() {
  if (mUpdating) return;
  const std::string name = mPreset->currentData().toString().toStdString();
  FigureSpec sized;
  if (sized.applyPreset(name)) {
    mUpdating = true;
    mWidth->setValue(sized.widthMm);
    mHeight->setValue(sized.heightMm);
    mUpdating = false;
  }
  changed();
}

void ExportDialog::onSizeEdited() {
  if (mUpdating) return;
  mUpdating = true;
  const QString preset = presetOfSize(mWidth->value(), mHeight->value());
  mPreset->setCurrentIndex(mPreset->findData(preset));
  mUpdating = false;
  changed();
}

void ExportDialog::onFormatChanged() {
  if (mUpdating) return;
  mUpdating = true;
  if (!outputPath().isEmpty()) mPath->setText(withFigureSuffix(outputPath(), format()));
  mUpdating = false;
  changed();
}

void ExportDialog::onPathEdited(const QString& path) {
  if (mUpdating) return;
  mPathChosen = false;
  if (const auto f = render::figureFormatOf(path.trimmed()); f && *f != format()) {
    mUpdating = true;
    setFormat(*f);
    mUpdating = false;
    changed();
  }
}

void ExportDialog::changed() {
  if (mUpdating) return;
  updateEnabled();
  mPreview->setFigure(spec(), figureData());
  settings().save();
}

void ExportDialog::updateEnabled() {
  const bool png = format() == render::FigureFormat::Png;
  mDpi->setEnabled(png);
  mTextAsPaths->setEnabled(!png);
  // The inset belongs to a map of all China (the painter draws it only there).
  mInset->setEnabled(mAllChina->isChecked());
  mExport->setEnabled(mPaths != nullptr);
}

void ExportDialog::updateCityText() {
  const bool hasView = !mSpecExtent.isEmpty() || mView.isValid();
  mViewExtent->setEnabled(hasView);
  mViewExtent->setText(!mSpecExtent.isEmpty() ? tr("Extent of the loaded spec") : tr("Current map view"));
  if (!hasView) mAllChina->setChecked(true);
  mHighlight->setEnabled(!mCurrentCity.isEmpty());
  if (mCurrentCity.isEmpty()) {
    mHighlight->setText(tr("Highlight the selected city (none selected)"));
    return;
  }
  QString name;
  if (mAnalysis) {
    for (const PrefectureUnit& unit : mAnalysis->unitList) {
      if (QString::fromStdString(unit.code) == mCurrentCity) name = QString::fromStdString(unit.name);
    }
  }
  mHighlight->setText(name.isEmpty() ? tr("Highlight city %1").arg(mCurrentCity)
                                     : tr("Highlight %1 (%2)").arg(name, mCurrentCity));
}

void ExportDialog::onPreviewRendered() {
  const QStringList warnings = mPreview->warnings();
  QStringList lines;
  for (const QString& w : warnings) lines << QStringLiteral("⚠ ") + w;
  if (!mPreview->error().isEmpty()) lines << QStringLiteral("⚠ ") + mPreview->error();
  mWarnings->setText(lines.join(QLatin1Char('\n')));
  mWarnings->setVisible(!lines.isEmpty());
  const QSizeF page = mPreview->pageSizeMm();
  if (page.isEmpty()) {
    mPixels->clear();
    return;
  }
  const QLocale locale;
  const QString mm = tr("%1 × %2 mm").arg(locale.toString(page.width(), 'f', 1), locale.toString(page.height(), 'f', 1));
  if (format() == render::FigureFormat::Png) {
    const QSize px = render::FigureExporter::pixelSize(page, dpiValue());
    mPixels->setText(tr("Page %1, %2 × %3 px").arg(mm).arg(px.width()).arg(px.height()));
  } else {
    mPixels->setText(tr("Page %1, vector").arg(mm));
  }
}

void ExportDialog::insertApprovalNote() {
  QString number = mApproval->text().trimmed();
  if (number.isEmpty()) number = QStringLiteral("GS(20xx)xxxx");
  mNote->setText(QString::fromStdString(standardMapNote(number.toStdString())));
  mNote->setCursorPosition(0);
  changed();
}

render::FigureExportResult ExportDialog::exportFigure(const QString& path) {
  const render::FigureExportResult result = writeFigure(spec(), figureData(), path);
  if (result.ok) {
    mFolder = QFileInfo(path).absolutePath();
    settings().save();
    Q_EMIT exported(path, result);
  }
  return result;
}

void ExportDialog::browse() {
  QString filter = figureFileFilter(format());
  const QString path = QFileDialog::getSaveFileName(this, tr("Export Figure"),
                                                    QDir(startFolder()).filePath(QFileInfo(outputPath()).fileName()),
                                                    figureFileFilters(), &filter);
  if (path.isEmpty()) return;
  const auto index = figureFileFilters().split(QStringLiteral(";;")).indexOf(filter);
  const auto chosen = index >= 0 ? static_cast<render::FigureFormat>(index) : format();
  setOutputPath(render::figureFormatOf(path) ? path : withFigureSuffix(path, chosen));
  mPathChosen = true;
}

void ExportDialog::exportClicked() {
  if (outputPath().isEmpty()) browse();
  if (outputPath().isEmpty()) return;
  if (!render::figureFormatOf(outputPath())) setOutputPath(withFigureSuffix(outputPath(), format()));
  const QString path = outputPath();
  if (QFileInfo::exists(path) && !mPathChosen &&
      QMessageBox::question(this, tr("Export Figure"),
                            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path))) !=
          QMessageBox::Yes) {
    return;
  }
  QApplication::setOverrideCursor(Qt::WaitCursor);
  const render::FigureExportResult result = exportFigure(path);
  QApplication::restoreOverrideCursor();
  if (!result.ok) {
    reportFigureFailure(this, path, result.error);
    return;
  }
  mPathChosen = true;  // writing it again is what the user asks for now
  mStatus->setText(tr("Wrote %1 (%2).").arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(result.bytes)));
}

bool ExportDialog::saveSpec(const QString& path, QString* error) {
  try {
    spec().save(pathFromUtf8(path.toStdString()));
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  mFolder = QFileInfo(path).absolutePath();
  settings().save();
  return true;
}

bool ExportDialog::loadSpec(const QString& path, QString* error) {
  FigureSpec loaded;
  try {
    loaded = FigureSpec::load(pathFromUtf8(path.toStdString()));
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  mFolder = QFileInfo(path).absolutePath();
  setSpec(loaded);
  return true;
}

void ExportDialog::saveSpecClicked() {
  QString path = QFileDialog::getSaveFileName(this, tr("Save Figure Spec"),
                                              QDir(figureFolder(mFolder)).filePath(QStringLiteral("figure.json")),
                                              tr("Figure spec (*.json)"));
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".json");
  QString error;
  if (!saveSpec(path, &error)) {
    QMessageBox::critical(this, tr("Save Figure Spec"), tr("The figure spec could not be saved.\n\n%1").arg(error));
  }
}

void ExportDialog::loadSpecClicked() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Load Figure Spec"), figureFolder(mFolder),
                                                    tr("Figure spec (*.json);;All files (*)"));
  if (path.isEmpty()) return;
  QString error;
  if (!loadSpec(path, &error)) {
    QMessageBox::critical(this, tr("Load Figure Spec"), tr("The figure spec could not be loaded.\n\n%1").arg(error));
  }
}

FigureSpec ExportDialog::currentViewSpec(const LayerStack& layers, const ViewTransform& view,
                                         const QString& currentCity) {
  const FigureSettings remembered = FigureSettings::load();
  FigureSpec spec;
  remembered.applyTo(spec);
  spec.layersJson = figureLayersJson(layers);
  spec.allChina = !view.isValid();
  if (view.isValid()) spec.extent = view.visibleExtent();
  if (remembered.highlightCity) spec.highlightCity = currentCity.toStdString();
  return spec;
}

render::FigureExportResult ExportDialog::exportCurrentView(QWidget* parent, std::shared_ptr<const Analysis> analysis,
                                                           std::shared_ptr<const render::PathCache> paths,
                                                           const LayerStack& layers, const ViewTransform& view,
                                                           const QString& currentCity,
                                                           std::shared_ptr<const Significance> significance) {
  FigureSettings remembered = FigureSettings::load();
  QString filter = figureFileFilter(remembered.format);
  QString path = QFileDialog::getSaveFileName(
      parent, tr("Export Current View"),
      QDir(figureFolder(remembered.folder)).filePath(QStringLiteral("figure.") + FigureSettings::suffix(remembered.format)),
      figureFileFilters(), &filter);
  if (path.isEmpty()) return {};
  if (!render::figureFormatOf(path)) {
    const auto index = figureFileFilters().split(QStringLiteral(";;")).indexOf(filter);
    path = withFigureSuffix(path, index >= 0 ? static_cast<render::FigureFormat>(index) : remembered.format);
  }
  QApplication::setOverrideCursor(Qt::WaitCursor);
  const render::FigureExportResult result =
      writeFigure(currentViewSpec(layers, view, currentCity), figureDataOf(std::move(analysis), std::move(paths), std::move(significance)), path);
  QApplication::restoreOverrideCursor();
  if (!result.ok) {
    reportFigureFailure(parent, path, result.error);
    return result;
  }
  remembered.folder = QFileInfo(path).absolutePath();
  remembered.format = render::figureFormatOf(path).value_or(remembered.format);
  remembered.save();
  return result;
}

}  // namespace cb::ui
