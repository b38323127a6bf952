// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/map_canvas.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

#include "core/model/boundary_map.h"
#include "ui/app/main_window.h"
#include "ui/controllers/document_controller.h"

namespace cb::ui {
namespace {

const QString kFixture = QStringLiteral(CB_TEST_DATA_DIR "/regions/regions.geojson");

/// Opens the fixture in a main window and waits for the first frame.
struct LoadedWindow {
  MainWindow window;
  LoadedWindow() {
    window.resize(800, 600);
    window.show();
    QSignalSpy rendered(window.canvas(), &MapCanvas::frameRendered);
    window.document()->openBoundaries(kFixture);
    EXPECT_TRUE(rendered.wait(10000)) << "no frame was rendered";
  }
};

TEST(MapCanvas, ShowsLoadedBoundariesFittedToTheWindow) {
  LoadedWindow loaded;
  MapCanvas* canvas = loaded.window.canvas();
  ASSERT_TRUE(canvas->view().isValid());
  const Box2 extent = loaded.window.document()->paths()->boundaries().extent();
  const Box2 visible = canvas->view().visibleExtent();
  EXPECT_LE(visible.minX, extent.minX);
  EXPECT_GE(visible.maxY, extent.maxY);
  EXPECT_FALSE(canvas->frame().isNull());
}

TEST(MapCanvas, WheelZoomsAboutTheCursorAndHomeZoomsToAll) {
  LoadedWindow loaded;
  MapCanvas* canvas = loaded.window.canvas();
  const ViewTransform before = canvas->view();
  const QPoint cursor(200, 150);
  const Point2 anchor = before.toWorld({200.0, 150.0});
  QWheelEvent wheel(QPointF(cursor), canvas->mapToGlobal(QPointF(cursor)), QPoint(), QPoint(0, 240),
                    Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
  QApplication::sendEvent(canvas, &wheel);
  EXPECT_NEAR(canvas->view().metresPerPixel(), before.metresPerPixel() / (1.25 * 1.25), 1e-6);
  const Point2 after = canvas->view().toWorld({200.0, 150.0});
  EXPECT_NEAR(after.x, anchor.x, 1e-6);
  EXPECT_NEAR(after.y, anchor.y, 1e-6);

  QTest::keyClick(canvas, Qt::Key_Home);
  EXPECT_DOUBLE_EQ(canvas->view().metresPerPixel(), before.metresPerPixel());
}

TEST(MapCanvas, DragPansAndARenderFollows) {
  LoadedWindow loaded;
  MapCanvas* canvas = loaded.window.canvas();
  const ViewTransform before = canvas->view();
  QSignalSpy rendered(canvas, &MapCanvas::frameRendered);
  QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(300, 300));
  QTest::mouseMove(canvas, QPoint(340, 320));
  QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(340, 320));
  EXPECT_NEAR(canvas->view().center().x, before.center().x - 40 * before.metresPerPixel(), 1e-6);
  EXPECT_NEAR(canvas->view().center().y, before.center().y + 20 * before.metresPerPixel(), 1e-6);
  EXPECT_TRUE(rendered.wait(5000));
}

TEST(MapCanvas, HoverNamesThePrefectureAndTheCoordinates) {
  LoadedWindow loaded;
  MapCanvas* canvas = loaded.window.canvas();
  const auto& layer = loaded.window.document()->paths()->boundaries().prefectures();
  const Region& guangzhou = layer.regions()[*layer.indexOfCode("440100")];
  const Point2 device = canvas->view().toDevice(guangzhou.labelPoint);
  QSignalSpy hovered(canvas, &MapCanvas::prefectureHovered);
  QSignalSpy moved(canvas, &MapCanvas::cursorMoved);
  QTest::mouseMove(canvas, QPoint(static_cast<int>(device.x), static_cast<int>(device.y)));
  ASSERT_GE(hovered.count(), 1);
  EXPECT_EQ(hovered.last().at(0).toString(), QStringLiteral("广州市"));
  EXPECT_EQ(hovered.last().at(1).toString(), QStringLiteral("440100"));
  ASSERT_GE(moved.count(), 1);
  EXPECT_NEAR(moved.last().at(0).toDouble(), 113.5, 0.5);  // lon of 广州's box
  EXPECT_NEAR(moved.last().at(1).toDouble(), 23.4, 0.5);
}

TEST(DocumentController, ReportsAFileItCannotOpen) {
  DocumentController controller;
  QSignalSpy failed(&controller, &DocumentController::analysisFailed);
  controller.openBoundaries(QStringLiteral("/nonexistent/boundaries.shp"));
  ASSERT_TRUE(failed.wait(10000));
  EXPECT_TRUE(failed.first().at(0).toString().contains(QStringLiteral("boundaries.shp")));
}

}  // namespace
}  // namespace cb::ui
