// SPDX-License-Identifier: GPL-3.0-or-later
// The map canvas with the thematic layers, the layer model and the layer panel, without a main
// window: the bundled boundaries with the hand-made match fixture (see tests/data/match_*.csv).
#include <gtest/gtest.h>

#include <QAbstractItemView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

#include "core/analysis/analysis.h"
#include "ui/controllers/selection_model.h"
#include "ui/map/map_canvas.h"
#include "ui/models/layer_tree_model.h"
#include "ui/panels/layer_panel.h"
#include "tests/analysis_fixture.h"

namespace cb::ui {
namespace {

std::shared_ptr<const Analysis> fixtureAnalysis() { return test::matchFixture(); }

QPoint pixelOf(const MapCanvas& canvas, const Point2& world) {
  const Point2 device = canvas.view().toDevice(world);
  return {static_cast<int>(std::lround(device.x)), static_cast<int>(std::lround(device.y))};
}

/// A canvas showing the fixture analysis with a shared selection and the layer model wired as
/// the main window wires them; the first frame is rendered.
struct Fixture {
  SelectionModel selection;
  LayerTreeModel layers;
  MapCanvas canvas;
  Fixture() {
    canvas.resize(900, 700);
    canvas.show();
    canvas.setSelectionModel(&selection);
    QObject::connect(&layers, &LayerTreeModel::layerStackChanged, &canvas, &MapCanvas::setLayerStack);
    QSignalSpy rendered(&canvas, &MapCanvas::frameRendered);
    canvas.setAnalysis(fixtureAnalysis());
    EXPECT_TRUE(rendered.wait(10000)) << "no frame was rendered";
    waitForIdle();
  }
  void waitForIdle() {
    for (int i = 0; i < 200 && canvas.isRendering(); ++i) QTest::qWait(25);
  }
  /// Zooms so that a city fills the view, and waits for the frame.
  void zoomTo(const std::string& code, double metresPerPixel) {
    QSignalSpy rendered(&canvas, &MapCanvas::frameRendered);
    canvas.setView(ViewTransform(*fixtureAnalysis()->cityPoint(code), metresPerPixel, canvas.width(), canvas.height()));
    EXPECT_TRUE(rendered.wait(10000));
    waitForIdle();
  }
};

TEST(LayerCanvas, ClickOnShenzhenMakesItTheCurrentCity) {
  Fixture f;
  QSignalSpy clicked(&f.canvas, &MapCanvas::cityClicked);
  QTest::mouseClick(&f.canvas, Qt::LeftButton, Qt::NoModifier, pixelOf(f.canvas, *fixtureAnalysis()->cityPoint("440300")));
  EXPECT_EQ(f.selection.currentCity(), QStringLiteral("440300"));
  ASSERT_EQ(clicked.count(), 1);
  EXPECT_EQ(clicked.first().at(0).toString(), QStringLiteral("440300"));
  // Selecting repaints the overlay only: no new frame is rendered.
  EXPECT_FALSE(f.canvas.isRendering());
  // A click on the sea clears the selection.
  QTest::mouseClick(&f.canvas, Qt::LeftButton, Qt::NoModifier, QPoint(3, 3));
  EXPECT_TRUE(f.selection.currentCity().isEmpty());
}

TEST(LayerCanvas, ClickOnLaiwuSelectsJinan) {
  Fixture f;
  const RegionLayer& regions = fixtureAnalysis()->boundaries->prefectures();
  const std::optional<std::size_t> laiwu = regions.indexOfCode("371200");
  ASSERT_TRUE(laiwu.has_value());
  f.zoomTo("370100", 400.0);
  const QPoint point = pixelOf(f.canvas, regions.regions()[*laiwu].labelPoint);
  ASSERT_EQ(f.canvas.cityAt(point), QStringLiteral("370100"));
  QTest::mouseClick(&f.canvas, Qt::LeftButton, Qt::NoModifier, point);
  EXPECT_EQ(f.selection.currentCity(), QStringLiteral("370100"));
}

TEST(LayerCanvas, SymbolsAreHitBeforeThePolygonUnderThem) {
  Fixture f;
  // Over the whole country 深圳's symbols cover parts of its neighbours; a click on the pie
  // must name 深圳 even where the polygon under the cursor is another city's.
  const std::vector<render::PlacedSymbol> placed = render::layoutSymbols(
      fixtureAnalysis()->symbols, f.canvas.layerStack(), f.canvas.view(), render::imagePxPerMm());
  const std::vector<CitySymbol>& cities = fixtureAnalysis()->symbols;
  bool checked = false;
  for (const render::PlacedSymbol& symbol : placed) {
    if (cities[symbol.city].code != "440300" || symbol.belt) continue;
    const QPointF edge = symbol.centre - QPointF(symbol.radius * 0.8, 0.0);
    EXPECT_EQ(f.canvas.cityAt(edge), QStringLiteral("440300"));
    checked = true;
  }
  EXPECT_TRUE(checked);
}

TEST(LayerCanvas, SelectionFromElsewhereCentresTheMap) {
  Fixture f;
  f.selection.setCurrentCity(QStringLiteral("330300"));
  const Point2 wenzhou = *fixtureAnalysis()->cityPoint("330300");
  EXPECT_NEAR(f.canvas.view().center().x, wenzhou.x, 1e-6);
  EXPECT_NEAR(f.canvas.view().center().y, wenzhou.y, 1e-6);
}

TEST(LayerCanvas, ToggleOfTheClustersLayerChangesTheFrame) {
  Fixture f;
  f.zoomTo("440300", 800.0);
  const QImage before = f.canvas.frame();
  QSignalSpy rendered(&f.canvas, &MapCanvas::frameRendered);
  QSignalSpy changed(&f.layers, &LayerTreeModel::layerStackChanged);
  const QModelIndex clusters = f.layers.indexOfLayer(QStringLiteral("clusters"));
  ASSERT_TRUE(f.layers.setData(clusters, Qt::Unchecked, Qt::CheckStateRole));
  EXPECT_EQ(changed.count(), 1);
  EXPECT_FALSE(f.canvas.layerStack().find("clusters")->visible);
  ASSERT_TRUE(rendered.wait(10000));
  f.waitForIdle();
  const QImage after = f.canvas.frame();
  ASSERT_EQ(before.size(), after.size());
  long long differing = 0;
  for (int y = 0; y < after.height(); ++y) {
    for (int x = 0; x < after.width(); ++x) differing += before.pixel(x, y) != after.pixel(x, y);
  }
  EXPECT_GT(differing, 50);
}

TEST(LayerCanvas, ToolTipAndLegendCarryTheCounts) {
  Fixture f;
  const QString tip = f.canvas.cityToolTip(QStringLiteral("440300"));
  EXPECT_TRUE(tip.contains(QStringLiteral("深圳市"))) << tip.toStdString();
  EXPECT_TRUE(tip.contains(QStringLiteral("3 cluster"))) << tip.toStdString();
  EXPECT_TRUE(tip.contains(QStringLiteral("2 belt"))) << tip.toStdString();
  const auto& legend = f.canvas.legendEntries();
  const auto identical = std::find_if(legend.begin(), legend.end(), [](const auto& e) { return e.key == "identical"; });
  ASSERT_NE(identical, legend.end());
  EXPECT_EQ(identical->count, 3u);
  f.layers.setLayerVisible(QStringLiteral("legend"), false);
  EXPECT_TRUE(f.canvas.legendEntries().empty());
}

TEST(LayerTreeModel, MovesLayersByDragAndDrop) {
  LayerTreeModel model;
  QSignalSpy changed(&model, &LayerTreeModel::layerStackChanged);
  const QString first = model.index(0, 0).data(LayerTreeModel::LayerIdRole).toString();
  const QModelIndexList dragged{model.index(0, 0)};
  std::unique_ptr<QMimeData> data(model.mimeData(dragged));
  ASSERT_NE(data, nullptr);
  // Dropped before row 3: the layer lands at index 2 (the others move up).
  model.dropMimeData(data.get(), Qt::MoveAction, 3, 0, QModelIndex());
  EXPECT_EQ(model.index(2, 0).data(LayerTreeModel::LayerIdRole).toString(), first);
  ASSERT_EQ(changed.count(), 1);
  EXPECT_EQ(QString::fromStdString(changed.first().at(0).value<LayerStack>().layers()[2].id), first);
  // Dropped past the end: the bottom.
  std::unique_ptr<QMimeData> again(model.mimeData({model.index(2, 0)}));
  model.dropMimeData(again.get(), Qt::MoveAction, -1, -1, QModelIndex());
  EXPECT_EQ(model.index(model.rowCount() - 1, 0).data(LayerTreeModel::LayerIdRole).toString(), first);
  EXPECT_EQ(model.index(0, 0).data(Qt::CheckStateRole).toInt(), Qt::Checked);
}

TEST(LayerPanel, AsksForAnotherEllipseConventionAndEditsTheSelectedLayersStyle) {
  LayerTreeModel model;
  LayerPanel panel(&model);
  panel.show();
  panel.selectLayer(QStringLiteral("ellipses-study"));
  EXPECT_EQ(panel.currentLayerId(), QStringLiteral("ellipses-study"));
  auto* k = panel.findChild<QSpinBox*>(QStringLiteral("sdeK"));
  auto* p = panel.findChild<QDoubleSpinBox*>(QStringLiteral("sdeP"));
  auto* method = panel.findChild<QComboBox*>(QStringLiteral("sdeMethod"));
  ASSERT_TRUE(k != nullptr && p != nullptr && method != nullptr);
  // The convention is the analysis's: the panel asks for it and the layers do not change.
  QSignalSpy changed(&model, &LayerTreeModel::layerStackChanged);
  QSignalSpy asked(&panel, &LayerPanel::sdeOptionsEdited);
  k->setValue(2);
  ASSERT_EQ(asked.count(), 1);
  EXPECT_EQ(asked.first().at(0).value<SdeOptions>().k, 2);
  EXPECT_EQ(changed.count(), 0);
  // The document's convention shown is not an edit.
  SdeOptions confidence;
  confidence.method = SdeMethod::Confidence;
  confidence.p = 0.9;
  panel.setSdeOptions(confidence);
  EXPECT_EQ(asked.count(), 1);
  EXPECT_EQ(method->currentData().toString(), QStringLiteral("confidence"));
  EXPECT_DOUBLE_EQ(p->value(), 0.9);
  EXPECT_TRUE(p->isEnabled());
  EXPECT_FALSE(k->isEnabled());
  auto* size = panel.findChild<QDoubleSpinBox*>(QStringLiteral("strokeWidth"));
  ASSERT_NE(size, nullptr);
  size->setValue(3.5);
  EXPECT_DOUBLE_EQ(model.layerStack().find("ellipses-study")->strokeWidth, 3.5);
  // Another layer shows its own editor: the clusters have symbol sizes, no SDE convention.
  panel.selectLayer(QStringLiteral("clusters"));
  QCoreApplication::processEvents();
  QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
  EXPECT_EQ(panel.findChild<QSpinBox*>(QStringLiteral("sdeK")), nullptr);
  EXPECT_NE(panel.findChild<QDoubleSpinBox*>(QStringLiteral("symbolSize")), nullptr);
}

}  // namespace
}  // namespace cb::ui
