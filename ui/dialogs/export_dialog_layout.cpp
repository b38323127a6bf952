// SPDX-License-Identifier: GPL-3.0-or-later
// The controls of the export dialog and their connections (the behaviour is in export_dialog.cpp).
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/dialogs/export_dialog.h"
#include "ui/dialogs/figure_preview.h"

namespace cb::ui {

void ExportDialog::buildUi() {
  // Output.
  mPath = new QLineEdit;
  mPath->setToolTip(tr("The file to write; its extension (.png, .svg, .pdf) sets the format."));
  auto* browseButton = new QPushButton(tr("Browse…"));
  auto* pathRow = new QHBoxLayout;
  pathRow->addWidget(mPath, 1);
  pathRow->addWidget(browseButton);
  mFormat = new QComboBox;
  mFormat->addItem(tr("PNG image (raster)"), static_cast<int>(render::FigureFormat::Png));
  mFormat->addItem(tr("SVG drawing (vector)"), static_cast<int>(render::FigureFormat::Svg));
  mFormat->addItem(tr("PDF document (vector)"), static_cast<int>(render::FigureFormat::Pdf));
  auto* output = new QGroupBox(tr("Output"));
  auto* outputForm = new QFormLayout(output);
  outputForm->addRow(tr("File:"), pathRow);
  outputForm->addRow(tr("Format:"), mFormat);

  // Page.
  mPreset = new QComboBox;
  mPreset->addItem(tr("Single column, 83 mm wide"), QStringLiteral("single-column"));
  mPreset->addItem(tr("Double column, 170 mm wide"), QStringLiteral("double-column"));
  mPreset->addItem(tr("A4 portrait, 210 × 297 mm"), QStringLiteral("a4-portrait"));
  mPreset->addItem(tr("A4 landscape, 297 × 210 mm"), QStringLiteral("a4-landscape"));
  mPreset->addItem(tr("Custom size"), QStringLiteral("custom"));
  mWidth = new QDoubleSpinBox;
  mWidth->setRange(20.0, 2000.0);
  mWidth->setDecimals(1);
  mWidth->setSuffix(tr(" mm"));
  mHeight = new QDoubleSpinBox;
  mHeight->setRange(0.0, 2000.0);
  mHeight->setDecimals(1);
  mHeight->setSuffix(tr(" mm"));
  mHeight->setSpecialValueText(tr("Automatic (from the map)"));
  mHeight->setToolTip(tr("0: the height follows the map's shape; otherwise at least 20 mm."));
  auto* sizeRow = new QHBoxLayout;
  sizeRow->addWidget(mWidth, 1);
  sizeRow->addWidget(new QLabel(QStringLiteral("×")));
  sizeRow->addWidget(mHeight, 1);
  mDpi = new QComboBox;
  mDpi->setEditable(true);
  mDpi->addItems({QStringLiteral("300"), QStringLiteral("600"), QStringLiteral("1200")});
  mDpi->setValidator(new QIntValidator(50, 2400, mDpi));
  mDpi->setToolTip(tr("Journals ask for 300 dpi (colour), 600 dpi (greyscale) or 1200 dpi (line art). "
                      "Any value from 50 to 2400 can be typed. The resolution is written into the PNG."));
  auto* dpiRow = new QHBoxLayout;
  dpiRow->addWidget(mDpi, 1);
  dpiRow->addWidget(new QLabel(tr("dpi")));
  mPixels = new QLabel;
  mPixels->setEnabled(false);  // greyed: information, not a control
  auto* page = new QGroupBox(tr("Page"));
  auto* pageForm = new QFormLayout(page);
  pageForm->addRow(tr("Size:"), mPreset);
  pageForm->addRow(tr("Width × height:"), sizeRow);
  pageForm->addRow(tr("Resolution:"), dpiRow);
  pageForm->addRow(QString(), mPixels);

  // Map.
  mAllChina = new QRadioButton(tr("All of China"));
  mViewExtent = new QRadioButton(tr("Current map view"));
  auto* extentGroup = new QButtonGroup(this);
  extentGroup->addButton(mAllChina);
  extentGroup->addButton(mViewExtent);
  auto* extentRow = new QHBoxLayout;
  extentRow->addWidget(mAllChina);
  extentRow->addWidget(mViewExtent);
  extentRow->addStretch(1);
  mHighlight = new QCheckBox;
  mHighlight->setToolTip(tr("Outlines the current city of the selection on the figure."));
  mEllipses = new QCheckBox(tr("Standard deviational ellipses"));
  auto* map = new QGroupBox(tr("Map"));
  auto* mapForm = new QFormLayout(map);
  mapForm->addRow(tr("Extent:"), extentRow);
  mapForm->addRow(mHighlight);
  mapForm->addRow(mEllipses);

  // Furniture and text.
  mLegend = new QCheckBox(tr("Legend"));
  mScaleBar = new QCheckBox(tr("Scale bar"));
  mNorthArrow = new QCheckBox(tr("North arrow"));
  mGraticule = new QCheckBox(tr("Graticule"));
  mInset = new QCheckBox(tr("South China Sea inset"));
  mInset->setToolTip(tr("The 南海诸岛 inset at the lower right; maps of all of China must show it."));
  mTextAsPaths = new QCheckBox(tr("Text as outlines"));
  mTextAsPaths->setToolTip(tr("SVG and PDF: draws text as shapes, so it looks the same without the font but "
                              "can no longer be edited as text."));
  auto* checks = new QGridLayout;
  checks->addWidget(mLegend, 0, 0);
  checks->addWidget(mScaleBar, 0, 1);
  checks->addWidget(mNorthArrow, 1, 0);
  checks->addWidget(mGraticule, 1, 1);
  checks->addWidget(mInset, 2, 0);
  checks->addWidget(mTextAsPaths, 2, 1);
  mTitle = new QLineEdit;
  mTitle->setPlaceholderText(tr("No title"));
  mNote = new QLineEdit;
  mNote->setPlaceholderText(tr("No note"));
  mNote->setToolTip(tr("A line under the map, e.g. the approval number of the standard base map."));
  mApproval = new QLineEdit;
  mApproval->setPlaceholderText(QStringLiteral("GS(2019)1822"));
  mApproval->setToolTip(tr("The 审图号 of the standard map the base map was downloaded as."));
  auto* insertNote = new QPushButton(tr("Insert approval note"));
  insertNote->setToolTip(tr("Writes the note journals require for a standard map used without modification: "
                            "“注：该图基于自然资源部标准地图服务网站下载的审图号为…号的标准地图制作，底图无修改。”"));
  auto* approvalRow = new QHBoxLayout;
  approvalRow->addWidget(mApproval, 1);
  approvalRow->addWidget(insertNote);
  auto* furniture = new QGroupBox(tr("Furniture and text"));
  auto* furnitureForm = new QFormLayout(furniture);
  furnitureForm->addRow(checks);
  furnitureForm->addRow(tr("Title:"), mTitle);
  furnitureForm->addRow(tr("Note:"), mNote);
  furnitureForm->addRow(tr("Approval no.:"), approvalRow);

  auto* settingsColumn = new QVBoxLayout;
  for (QGroupBox* box : {output, page, map, furniture}) settingsColumn->addWidget(box);
  settingsColumn->addStretch(1);
  auto* settingsWidget = new QWidget;
  settingsWidget->setLayout(settingsColumn);
  settingsColumn->setContentsMargins(0, 0, 0, 0);
  settingsWidget->setFixedWidth(std::max(380, settingsWidget->sizeHint().width()));

  // Preview and warnings.
  mPreview = new FigurePreview;
  mWarnings = new QLabel;
  mWarnings->setWordWrap(true);
  mWarnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
  mWarnings->hide();
  auto* previewColumn = new QVBoxLayout;
  previewColumn->addWidget(mPreview, 1);
  previewColumn->addWidget(mWarnings);

  auto* top = new QHBoxLayout;
  top->addWidget(settingsWidget);
  top->addLayout(previewColumn, 1);

  // Buttons.
  auto* loadButton = new QPushButton(tr("Load Spec…"));
  loadButton->setToolTip(tr("Reads a figure-spec JSON file (as written by Save Spec or clusterbelt-cli figure --write-spec)."));
  auto* saveButton = new QPushButton(tr("Save Spec…"));
  saveButton->setToolTip(tr("Saves this figure as a JSON spec for clusterbelt-cli figure --spec."));
  mStatus = new QLabel;
  mExport = new QPushButton(tr("Export"));
  mExport->setDefault(true);
  auto* closeButton = new QPushButton(tr("Close"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(loadButton);
  buttons->addWidget(saveButton);
  buttons->addWidget(mStatus, 1);
  buttons->addWidget(mExport);
  buttons->addWidget(closeButton);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top, 1);
  layout->addLayout(buttons);

  connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
  connect(mPath, &QLineEdit::textEdited, this, &ExportDialog::onPathEdited);
  connect(mFormat, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
  connect(mPreset, &QComboBox::currentIndexChanged, this, &ExportDialog::onPresetChanged);
  connect(mWidth, &QDoubleSpinBox::valueChanged, this, &ExportDialog::onSizeEdited);
  connect(mHeight, &QDoubleSpinBox::valueChanged, this, &ExportDialog::onSizeEdited);
  connect(mDpi, &QComboBox::currentTextChanged, this, &ExportDialog::changed);
  for (QAbstractButton* button : std::initializer_list<QAbstractButton*>{
           mAllChina, mViewExtent, mHighlight, mEllipses, mLegend, mScaleBar, mNorthArrow, mGraticule, mInset,
           mTextAsPaths}) {
    connect(button, &QAbstractButton::toggled, this, &ExportDialog::changed);
  }
  for (QLineEdit* edit : {mTitle, mNote}) connect(edit, &QLineEdit::textChanged, this, &ExportDialog::changed);
  connect(mApproval, &QLineEdit::textChanged, this, [this] { settings().save(); });
  connect(insertNote, &QPushButton::clicked, this, &ExportDialog::insertApprovalNote);
  connect(mPreview, &FigurePreview::rendered, this, &ExportDialog::onPreviewRendered);
  connect(loadButton, &QPushButton::clicked, this, &ExportDialog::loadSpecClicked);
  connect(saveButton, &QPushButton::clicked, this, &ExportDialog::saveSpecClicked);
  connect(mExport, &QPushButton::clicked, this, &ExportDialog::exportClicked);
  connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);
}

}  // namespace cb::ui
