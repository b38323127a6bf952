// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>
#include <memory>

#include "core/analysis/analysis.h"
#include "core/scene/figure_spec.h"
#include "core/scene/layer_stack.h"
#include "core/scene/view_transform.h"
#include "ui/controllers/figure_settings.h"
#include "ui/render/figure_exporter.h"
#include "ui/render/figure_painter.h"
#include "ui/render/path_cache.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace cb::ui {

class FigurePreview;

/// The figure-for-a-paper export: output file and format (PNG, SVG, PDF, also taken from the
/// file name), page size (83 mm / 170 mm columns, A4 either way, or any size in mm), PNG
/// resolution (300/600/1200 dpi or any), title, note with the standard-map approval sentence,
/// map furniture, extent (all of China or the map's current view) and the highlighted city, with
/// a live preview drawn by the export's own FigurePainter and the figure's warnings. The choices
/// are remembered (FigureSettings); a figure spec can be saved and loaded as the JSON the CLI
/// reads (`clusterbelt-cli figure --spec`). Modal or not, as the caller likes.
class ExportDialog : public QDialog {
  Q_OBJECT

 public:
  /// `analysis` and `paths` (its boundaries' paths; built here when null) are what is drawn;
  /// `layers` are the map's layers and styles (sizes in screen pixels, printed at 96 dpi);
  /// `currentView` is the map's view (China Albers metres), used for the "current view" extent;
  /// `currentCity` is the 2021 unit code of the selection's current city, or empty.
  ExportDialog(std::shared_ptr<const cb::Analysis> analysis, std::shared_ptr<const cb::render::PathCache> paths,
               const cb::LayerStack& layers, const cb::ViewTransform& currentView, const QString& currentCity,
               QWidget* parent = nullptr);
  ~ExportDialog() override;

  /// The tests run on the analysis (nullptr: none), drawn in the figure as on the map.
  void setSignificance(std::shared_ptr<const cb::Significance> significance);

  /// The figure as the dialog describes it now.
  [[nodiscard]] FigureSpec spec() const;
  /// Shows a spec in the dialog: every field it has a control for, and the rest (margins, type
  /// sizes, line widths, layers, an explicit extent) kept as they are for spec() and export.
  void setSpec(const FigureSpec& spec);
  [[nodiscard]] render::FigureFormat format() const;
  void setFormat(render::FigureFormat format);
  /// The output file (its suffix follows the format and the other way round).
  [[nodiscard]] QString outputPath() const;
  void setOutputPath(const QString& path);
  /// The choices that are remembered, as they are now.
  [[nodiscard]] FigureSettings settings() const;

  /// Writes the figure to `path` (the format by its suffix) without asking anything; remembers
  /// the settings and the folder when it succeeds.
  render::FigureExportResult exportFigure(const QString& path);
  /// Writes spec() as a figure-spec JSON file; false with the reason (naming the file).
  bool saveSpec(const QString& path, QString* error = nullptr);
  /// Reads a figure-spec JSON file into the dialog; false with the reason (naming the file).
  bool loadSpec(const QString& path, QString* error = nullptr);

  /// The figure of the current view with the remembered settings (no title, the current city
  /// highlighted when that is remembered as on). Extent: `view`'s visible box, China Albers m.
  static FigureSpec currentViewSpec(const cb::LayerStack& layers, const cb::ViewTransform& view,
                                    const QString& currentCity);
  /// Quick export: asks only for a file name (in the remembered folder and format), then writes
  /// currentViewSpec(). A failure is reported in a message naming the file. Returns the result;
  /// ok false with an empty error when the user cancelled.
  static render::FigureExportResult exportCurrentView(QWidget* parent, std::shared_ptr<const cb::Analysis> analysis,
                                                      std::shared_ptr<const cb::render::PathCache> paths,
                                                      const cb::LayerStack& layers, const cb::ViewTransform& view,
                                                      const QString& currentCity,
                                                      std::shared_ptr<const cb::Significance> significance = nullptr);

  // The controls, for tests.
  [[nodiscard]] FigurePreview* preview() const { return mPreview; }
  [[nodiscard]] QComboBox* formatCombo() const { return mFormat; }
  [[nodiscard]] QLineEdit* pathEdit() const { return mPath; }
  [[nodiscard]] QComboBox* presetCombo() const { return mPreset; }
  [[nodiscard]] QDoubleSpinBox* widthSpin() const { return mWidth; }
  [[nodiscard]] QDoubleSpinBox* heightSpin() const { return mHeight; }
  [[nodiscard]] QComboBox* dpiCombo() const { return mDpi; }
  [[nodiscard]] QLineEdit* titleEdit() const { return mTitle; }
  [[nodiscard]] QLineEdit* noteEdit() const { return mNote; }
  [[nodiscard]] QLineEdit* approvalEdit() const { return mApproval; }
  [[nodiscard]] QCheckBox* legendCheck() const { return mLegend; }
  [[nodiscard]] QCheckBox* insetCheck() const { return mInset; }
  [[nodiscard]] QCheckBox* highlightCheck() const { return mHighlight; }
  [[nodiscard]] QCheckBox* textAsPathsCheck() const { return mTextAsPaths; }
  [[nodiscard]] QRadioButton* currentViewRadio() const { return mViewExtent; }
  [[nodiscard]] QLabel* warningLabel() const { return mWarnings; }

 public Q_SLOTS:
  /// The map's view changed (China Albers metres); used when the extent is the current view.
  void setCurrentView(const cb::ViewTransform& view);
  /// The selection's current city changed (2021 unit code, or empty).
  void setCurrentCity(const QString& code);
  /// Writes the figure to outputPath() (asking for a file when there is none, and before
  /// overwriting one); errors are shown in a message naming the file.
  void exportClicked();
  /// Asks for a file name for the output.
  void browse();
  /// Inserts the standard-map approval sentence with the number in approvalEdit() as the note.
  void insertApprovalNote();
  void saveSpecClicked();
  void loadSpecClicked();

 Q_SIGNALS:
  /// A figure was written.
  void exported(const QString& path, const cb::render::FigureExportResult& result);

 private:
  void buildUi();
  void applySettings(const FigureSettings& settings);
  void onPresetChanged();
  void onSizeEdited();
  void onFormatChanged();
  void onPathEdited(const QString& path);
  void onPreviewRendered();
  void updateCityText();
  void updateEnabled();
  /// Something changed: new preview, settings remembered.
  void changed();
  [[nodiscard]] double dpiValue() const;
  [[nodiscard]] render::FigureData figureData() const;
  [[nodiscard]] QString startFolder() const;

  std::shared_ptr<const Analysis> mAnalysis;
  std::shared_ptr<const render::PathCache> mPaths;
  std::shared_ptr<const Significance> mSignificance;
  std::optional<MaritimeLines> mSeaLine;
  FigureSpec mBase;          // what the controls do not show (margins, type, lines, layers)
  ViewTransform mView;       // the map's view
  Box2 mSpecExtent;          // an extent a loaded spec brought (China Albers m); empty: none
  QString mCurrentCity;      // the selection's city
  QString mSpecCity;         // a city a loaded spec highlights
  QString mFolder;
  bool mUpdating = false;    // controls are being set from code
  bool mPathChosen = false;  // the file was picked in a file dialog, which asked about overwriting

  FigurePreview* mPreview = nullptr;
  QComboBox* mFormat = nullptr;
  QLineEdit* mPath = nullptr;
  QComboBox* mPreset = nullptr;
  QDoubleSpinBox* mWidth = nullptr;
  QDoubleSpinBox* mHeight = nullptr;
  QComboBox* mDpi = nullptr;
  QLabel* mPixels = nullptr;
  QRadioButton* mAllChina = nullptr;
  QRadioButton* mViewExtent = nullptr;
  QCheckBox* mHighlight = nullptr;
  QCheckBox* mEllipses = nullptr;
  QCheckBox* mLegend = nullptr;
  QCheckBox* mScaleBar = nullptr;
  QCheckBox* mNorthArrow = nullptr;
  QCheckBox* mGraticule = nullptr;
  QCheckBox* mInset = nullptr;
  QCheckBox* mTextAsPaths = nullptr;
  QLineEdit* mTitle = nullptr;
  QLineEdit* mNote = nullptr;
  QLineEdit* mApproval = nullptr;
  QLabel* mWarnings = nullptr;
  QLabel* mStatus = nullptr;
  QPushButton* mExport = nullptr;
};

}  // namespace cb::ui
