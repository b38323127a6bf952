// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/layer_panel.h"

#include <QCheckBox>
#include <QEvent>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/scene/palette.h"
#include "core/stats/study_ellipses.h"
#include "ui/models/layer_tree_model.h"
#include "ui/render/legend_painter.h"

namespace cb::ui {
namespace {

QColor toQColor(const Rgba& c) { return QColor(c.r, c.g, c.b, c.a); }

Rgba toRgba(const QColor& c) {
  return {static_cast<std::uint8_t>(c.red()), static_cast<std::uint8_t>(c.green()), static_cast<std::uint8_t>(c.blue()),
          static_cast<std::uint8_t>(c.alpha())};
}

QIcon colorIcon(const QColor& color) {
  QPixmap pixmap(28, 14);
  pixmap.fill(color);
  return QIcon(pixmap);
}

/// The translated label of a category key (outcome names and the study's pooled ellipse groups
/// are translated; programmes are shown as they are).
QString categoryLabel(const std::string& key) {
  for (std::size_t c = 0; c < kCityOutcomeCount; ++c) {
    const auto outcome = static_cast<CityOutcome>(c);
    if (cityOutcomeName(outcome) == key) return render::LegendPainter::outcomeLabel(outcome);
  }
  return render::LegendPainter::groupLabel(key);
}

}  // namespace

LayerPanel::LayerPanel(LayerTreeModel* model, QWidget* parent) : QWidget(parent), mModel(model) {
  mView = new QTreeView(this);
  mView->setModel(mModel);
  mView->setHeaderHidden(true);
  mView->setRootIsDecorated(false);
  mView->setDragDropMode(QAbstractItemView::InternalMove);
  mView->setDefaultDropAction(Qt::MoveAction);
  mView->setDragEnabled(true);
  mView->setAcceptDrops(true);
  mView->setDropIndicatorShown(true);
  mView->setSelectionMode(QAbstractItemView::SingleSelection);
  mView->setEditTriggers(QAbstractItemView::EditKeyPressed);
  mView->setObjectName(QStringLiteral("layerList"));

  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  auto* holder = new QWidget(scroll);
  holder->setLayout(new QVBoxLayout);
  holder->layout()->setContentsMargins(0, 0, 0, 0);
  scroll->setWidget(holder);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(mView, 2);
  layout->addWidget(scroll, 3);

  connect(mView->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this](const QModelIndex& current) { showEditor(current.data(LayerTreeModel::LayerIdRole).toString()); });
  connect(mModel, &QAbstractItemModel::modelReset, this, [this] { showEditor(mCurrentId); });
}

void LayerPanel::selectLayer(const QString& id) {
  const QModelIndex index = mModel->indexOfLayer(id);
  if (index.isValid()) mView->setCurrentIndex(index);
}

void LayerPanel::apply(const MapLayer& layer) { mModel->updateLayer(layer); }

void LayerPanel::changeEvent(QEvent* event) {
  // The style editor is built with its texts: build it again in the new language. The layer
  // names come from the model on every paint.
  if (event->type() == QEvent::LanguageChange) showEditor(mCurrentId);
  QWidget::changeEvent(event);
}

void LayerPanel::showEditor(const QString& id) {
  if (mEditor) mEditor->deleteLater();
  mCurrentId = id;
  const MapLayer* found = mModel->layerStack().find(id.toStdString());
  if (found == nullptr) return;
  const MapLayer layer = *found;
  auto* scroll = findChild<QScrollArea*>();
  mEditor = new QWidget(scroll->widget());
  mEditor->setObjectName(QStringLiteral("layerStyleEditor"));
  auto* form = new QFormLayout(mEditor);

  auto* opacity = new QSlider(Qt::Horizontal, mEditor);
  opacity->setObjectName(QStringLiteral("opacity"));
  opacity->setRange(0, 100);
  opacity->setValue(static_cast<int>(std::lround(layer.opacity * 100.0)));
  connect(opacity, &QSlider::valueChanged, this, [this, id](int value) {
    if (const MapLayer* current = mModel->layerStack().find(id.toStdString())) {
      MapLayer changed = *current;
      changed.opacity = value / 100.0;
      apply(changed);
    }
  });
  form->addRow(tr("Opacity"), opacity);

  switch (layer.kind) {
    case LayerKind::Prefectures:
      form->addRow(tr("Fill"), colorButton(layer, &MapLayer::fill));
      form->addRow(tr("Outline"), colorButton(layer, &MapLayer::stroke));
      break;
    case LayerKind::Provinces:
    case LayerKind::Outcomes: form->addRow(tr("Outline"), colorButton(layer, &MapLayer::stroke)); break;
    case LayerKind::Belts:
      form->addRow(tr("Fill"), colorButton(layer, &MapLayer::fill));
      form->addRow(tr("Outline"), colorButton(layer, &MapLayer::stroke));
      break;
    case LayerKind::Clusters: form->addRow(tr("Outline"), colorButton(layer, &MapLayer::stroke)); break;
    case LayerKind::CityLabels:
      form->addRow(tr("Text"), colorButton(layer, &MapLayer::stroke));
      form->addRow(tr("Halo"), colorButton(layer, &MapLayer::fill));
      break;
    case LayerKind::Legend:
      form->addRow(tr("Background"), colorButton(layer, &MapLayer::fill));
      form->addRow(tr("Frame"), colorButton(layer, &MapLayer::stroke));
      break;
    case LayerKind::LocalColocation:
      form->addRow(tr("Significant"), colorButton(layer, &MapLayer::fill));
      form->addRow(tr("Outline"), colorButton(layer, &MapLayer::stroke));
      break;
    case LayerKind::Ellipses:
    case LayerKind::Trajectory: break;
  }
  addSizeRows(form, layer);
  if (layer.kind != LayerKind::Outcomes && layer.kind != LayerKind::Provinces && layer.kind != LayerKind::CityLabels &&
      layer.kind != LayerKind::Legend) {
    auto* labels = new QCheckBox(mEditor);
    labels->setObjectName(QStringLiteral("labels"));
    labels->setChecked(layer.labels);
    labels->setToolTip(layer.kind == LayerKind::Prefectures ? tr("Names of every prefecture when zoomed in")
                       : layer.kind == LayerKind::Ellipses  ? tr("Group names beside the ellipses")
                       : layer.kind == LayerKind::Trajectory ? tr("The year beside each centre")
                       : layer.kind == LayerKind::LocalColocation ? tr("The quotient beside each city")
                                                            : tr("Counts inside the symbols"));
    connect(labels, &QCheckBox::toggled, this, [this, id](bool on) {
      if (const MapLayer* current = mModel->layerStack().find(id.toStdString())) {
        MapLayer changed = *current;
        changed.labels = on;
        apply(changed);
      }
    });
    form->addRow(tr("Labels"), labels);
  }
  if (layer.kind == LayerKind::Ellipses) addEllipseRows(form, layer);
  if (layer.kind == LayerKind::Trajectory) addTrajectoryRows(form, layer);
  for (const CategoryColor& category : layer.categories) {
    form->addRow(categoryLabel(category.key), categoryButton(layer, category.key));
  }
  scroll->widget()->layout()->addWidget(mEditor);
}

QWidget* LayerPanel::colorButton(const MapLayer& layer, Rgba MapLayer::*member) {
  auto* button = new QToolButton(mEditor);
  button->setIcon(colorIcon(toQColor(layer.*member)));
  button->setToolTip(QString::fromStdString((layer.*member).hex()));
  const QString id = QString::fromStdString(layer.id);
  connect(button, &QToolButton::clicked, this, [this, id, member, button] {
    const MapLayer* current = mModel->layerStack().find(id.toStdString());
    if (current == nullptr) return;
    const QColor color = QColorDialog::getColor(toQColor((*current).*member), this, tr("Choose a Colour"),
                                                QColorDialog::ShowAlphaChannel);
    if (!color.isValid()) return;
    MapLayer changed = *current;
    changed.*member = toRgba(color);
    button->setIcon(colorIcon(color));
    apply(changed);
  });
  return button;
}

QWidget* LayerPanel::categoryButton(const MapLayer& layer, const std::string& key) {
  auto* button = new QToolButton(mEditor);
  button->setIcon(colorIcon(toQColor(layer.categoryColor(key, {}))));
  const QString id = QString::fromStdString(layer.id);
  connect(button, &QToolButton::clicked, this, [this, id, key, button] {
    const MapLayer* current = mModel->layerStack().find(id.toStdString());
    if (current == nullptr) return;
    const QColor color = QColorDialog::getColor(toQColor(current->categoryColor(key, {})), this, tr("Choose a Colour"));
    if (!color.isValid()) return;
    MapLayer changed = *current;
    changed.setCategoryColor(key, toRgba(color));
    button->setIcon(colorIcon(color));
    apply(changed);
  });
  return button;
}

void LayerPanel::addSizeRows(QFormLayout* form, const MapLayer& layer) {
  const QString id = QString::fromStdString(layer.id);
  const auto spin = [&](double value, double maximum, const QString& name, auto setter) {
    auto* box = new QDoubleSpinBox(mEditor);
    box->setObjectName(name);
    box->setRange(0.1, maximum);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setValue(value);
    connect(box, &QDoubleSpinBox::valueChanged, this, [this, id, setter](double v) {
      if (const MapLayer* current = mModel->layerStack().find(id.toStdString())) {
        MapLayer changed = *current;
        setter(changed, v);
        apply(changed);
      }
    });
    return box;
  };
  const bool text = layer.kind == LayerKind::CityLabels || layer.kind == LayerKind::Legend;
  if (layer.kind != LayerKind::CityLabels) {
    form->addRow(tr("Line width"), spin(layer.strokeWidth, 20.0, QStringLiteral("strokeWidth"),
                                        [](MapLayer& l, double v) { l.strokeWidth = v; }));
  }
  if (text) {
    form->addRow(tr("Text size (pt)"), spin(layer.symbolSize, 48.0, QStringLiteral("textSize"),
                                            [](MapLayer& l, double v) { l.symbolSize = v; }));
    return;
  }
  if (layer.kind != LayerKind::Clusters && layer.kind != LayerKind::Belts && layer.kind != LayerKind::LocalColocation) {
    return;
  }
  form->addRow(tr("Symbol size (one)"), spin(layer.symbolSize, 100.0, QStringLiteral("symbolSize"),
                                             [](MapLayer& l, double v) { l.symbolSize = v; }));
  form->addRow(tr("Largest symbol"), spin(layer.symbolMaxSize, 200.0, QStringLiteral("symbolMaxSize"),
                                          [](MapLayer& l, double v) { l.symbolMaxSize = v; }));
  auto* unit = new QComboBox(mEditor);
  unit->setObjectName(QStringLiteral("sizeUnit"));
  unit->addItem(tr("pixels"));
  unit->addItem(tr("millimetres"));
  unit->setCurrentIndex(layer.sizeUnit == SizeUnit::Mm ? 1 : 0);
  connect(unit, &QComboBox::currentIndexChanged, this, [this, id](int index) {
    if (const MapLayer* current = mModel->layerStack().find(id.toStdString())) {
      MapLayer changed = *current;
      changed.sizeUnit = index == 1 ? SizeUnit::Mm : SizeUnit::Px;
      apply(changed);
    }
  });
  form->addRow(tr("Size unit"), unit);
}

void LayerPanel::addEllipseRows(QFormLayout* form, const MapLayer& layer) {
  const QString id = QString::fromStdString(layer.id);
  const auto edit = [this, id](auto change) {
    if (const MapLayer* current = mModel->layerStack().find(id.toStdString())) {
      MapLayer changed = *current;
      change(changed);
      apply(changed);
    }
  };
  auto* method = new QComboBox(mEditor);
  method->setObjectName(QStringLiteral("sdeMethod"));
  const std::pair<SdeMethod, QString> methods[] = {
      {SdeMethod::ArcGis, tr("ArcGIS (k·√2·√λ)")},
      {SdeMethod::Yuill, tr("Yuill (√λ)")},
      {SdeMethod::CrimeStat, tr("CrimeStat (√2, n − 2 degrees of freedom)")},
      {SdeMethod::Aspace, tr("aspace (weighted, Σw − 2)")},
      {SdeMethod::Confidence, tr("Confidence ellipse (p)")},
  };
  for (const auto& [value, label] : methods) {
    method->addItem(label, QString::fromUtf8(sdeMethodName(value).data(), static_cast<int>(sdeMethodName(value).size())));
  }
  auto* k = new QSpinBox(mEditor);
  k->setObjectName(QStringLiteral("sdeK"));
  k->setRange(1, 3);
  k->setSuffix(tr(" SD"));
  auto* p = new QDoubleSpinBox(mEditor);
  p->setObjectName(QStringLiteral("sdeP"));
  p->setRange(0.5, 0.999);
  p->setDecimals(3);
  p->setSingleStep(0.01);
  connect(method, &QComboBox::currentIndexChanged, this, [this, method](int) {
    SdeOptions options = mSde;
    options.method = parseSdeMethod(method->currentData().toString().toStdString()).value_or(SdeMethod::ArcGis);
    editSdeOptions(options);
  });
  connect(k, &QSpinBox::valueChanged, this, [this](int value) {
    SdeOptions options = mSde;
    options.k = value;
    editSdeOptions(options);
  });
  connect(p, &QDoubleSpinBox::valueChanged, this, [this](double value) {
    SdeOptions options = mSde;
    options.p = value;
    editSdeOptions(options);
  });
  auto* marks = new QCheckBox(mEditor);
  marks->setObjectName(QStringLiteral("centreMarks"));
  marks->setChecked(layer.centreMarks);
  connect(marks, &QCheckBox::toggled, this, [edit](bool on) { edit([on](MapLayer& l) { l.centreMarks = on; }); });
  form->addRow(tr("Convention"), method);
  form->addRow(tr("Size (ArcGIS)"), k);
  form->addRow(tr("Probability"), p);
  form->addRow(tr("Centre marks"), marks);
  showSdeOptions();
}

void LayerPanel::addTrajectoryRows(QFormLayout* form, const MapLayer& layer) {
  const QString id = QString::fromStdString(layer.id);
  // One check box per study group: the programmes, all clusters, the belts.
  std::vector<std::string> groups = studyProgrammes();
  groups.emplace_back(kStudyGroupClusters);
  groups.emplace_back(kStudyGroupBelts);
  for (const std::string& group : groups) {
    auto* box = new QCheckBox(render::LegendPainter::groupLabel(group), mEditor);
    box->setObjectName(QStringLiteral("trajectory-") + QString::fromStdString(group));
    box->setChecked(layer.groups.empty() ||
                    std::find(layer.groups.begin(), layer.groups.end(), group) != layer.groups.end());
    connect(box, &QCheckBox::toggled, this, [this, id, group, groups](bool on) {
      const MapLayer* current = mModel->layerStack().find(id.toStdString());
      if (current == nullptr) return;
      MapLayer changed = *current;
      std::vector<std::string> shown = changed.groups.empty() ? groups : changed.groups;
      std::erase(shown, group);
      if (on) shown.push_back(group);
      // Keep the study's order, whatever order the boxes were ticked in.
      std::vector<std::string> ordered;
      for (const std::string& g : groups) {
        if (std::find(shown.begin(), shown.end(), g) != shown.end()) ordered.push_back(g);
      }
      changed.groups = ordered;
      const bool coloured = std::any_of(changed.categories.begin(), changed.categories.end(),
                                        [&](const CategoryColor& c) { return c.key == group; });
      if (on && !coloured) changed.setCategoryColor(group, palette::groupColor(group));
      apply(changed);
    });
    form->addRow(groups.front() == group ? tr("Groups") : QString(), box);
  }
  auto* cumulative = new QCheckBox(tr("Every row up to each year"), mEditor);
  cumulative->setObjectName(QStringLiteral("cumulativeYears"));
  cumulative->setChecked(mCumulativeYears);
  cumulative->setToolTip(tr("Off: one ellipse per year of the rows' year. On: each year's ellipse holds every row "
                            "of that year and before. An input of the analysis: the export and the project follow it."));
  connect(cumulative, &QCheckBox::toggled, this, [this](bool on) {
    if (on != mCumulativeYears) Q_EMIT cumulativeYearsEdited(on);
  });
  form->addRow(tr("Cumulative"), cumulative);
}

void LayerPanel::setCumulativeYears(bool cumulative) {
  mCumulativeYears = cumulative;
  if (auto* box = findChild<QCheckBox*>(QStringLiteral("cumulativeYears"))) {
    const QSignalBlocker quiet(box);
    box->setChecked(cumulative);
  }
}

void LayerPanel::setSdeOptions(const SdeOptions& options) {
  mSde = options;
  showSdeOptions();
}

void LayerPanel::editSdeOptions(const SdeOptions& options) {
  if (options == mSde) return;
  mSde = options;
  showSdeOptions();  // enables k or p for the method chosen
  Q_EMIT sdeOptionsEdited(mSde);
}

void LayerPanel::showSdeOptions() {
  if (!mEditor) return;
  auto* method = mEditor->findChild<QComboBox*>(QStringLiteral("sdeMethod"));
  auto* k = mEditor->findChild<QSpinBox*>(QStringLiteral("sdeK"));
  auto* p = mEditor->findChild<QDoubleSpinBox*>(QStringLiteral("sdeP"));
  if (method == nullptr || k == nullptr || p == nullptr) return;  // not an ellipse layer
  // Showing the document's values is not an edit: no signals.
  const QSignalBlocker blockMethod(method);
  const QSignalBlocker blockK(k);
  const QSignalBlocker blockP(p);
  const std::string_view name = sdeMethodName(mSde.method);
  method->setCurrentIndex(method->findData(QString::fromUtf8(name.data(), static_cast<int>(name.size()))));
  k->setValue(mSde.k);
  k->setEnabled(mSde.method == SdeMethod::ArcGis);
  p->setValue(mSde.p);
  p->setEnabled(mSde.method == SdeMethod::Confidence);
}

}  // namespace cb::ui
