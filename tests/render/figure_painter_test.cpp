// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/figure_painter.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QXmlStreamReader>

#include "core/io/boundary_map_reader.h"
#include "core/crs/coordinate_transform.h"
#include "core/model/boundary_map.h"
#include "core/scene/figure_geometry.h"
#include <algorithm>

#include "core/analysis/significance.h"
#include "image_compare.h"
#include "tests/analysis_fixture.h"
#include "ui/render/figure_exporter.h"

namespace cb::render {
namespace {

FigureData fixture() {
  FigureData data;
  data.paths = std::make_shared<const PathCache>(
      loadBoundaryMap(std::string(CB_TEST_DATA_DIR) + "/regions/regions.geojson"));
  return data;
}

/// A small figure of the fixture: page 60 mm wide at 100 dpi, every piece of furniture on.
FigureSpec smallSpec() {
  FigureSpec spec;
  spec.widthMm = 60.0;
  spec.dpi = 100.0;
  spec.margins = {2, 2, 2, 2};
  spec.title = "Fixture";
  spec.note = "注：测试";
  return spec;
}

/// Deterministic output for golden images: no antialiasing and no text.
constexpr FigureOptions kGoldenOptions{false, false};

TEST(FigurePainter, MatchesTheGoldenImage) {
  const FigurePainter figure(smallSpec(), fixture(), kGoldenOptions);
  const QImage image = FigureExporter::renderImage(figure);
  const QString problem = test::checkAgainstGolden(image, QStringLiteral("figure_fixture_60mm.png"), 8, 60);
  EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
}

TEST(FigurePainter, TheLegendShowsTheColoursTheUserGaveThePrefecturesAndProvinces) {
  LayerStack layers = LayerStack::studyDefaults();
  MapLayer* prefectures = layers.find("prefectures");
  MapLayer* provinces = layers.find("provinces");
  ASSERT_NE(prefectures, nullptr);
  ASSERT_NE(provinces, nullptr);
  prefectures->fill = {0x12, 0x34, 0x56, 0xFF};
  prefectures->stroke = {0x65, 0x43, 0x21, 0xFF};
  provinces->stroke = {0xAB, 0x00, 0xCD, 0xFF};
  FigureSpec spec = smallSpec();
  spec.layersJson = layers.toJsonText();
  const FigurePainter figure(spec, fixture(), kGoldenOptions);  // no analysis: no outcome choropleth
  std::vector<QColor> fills, outlines;
  for (const FigureLegendItem& item : figure.legendItems()) {
    fills.push_back(item.color);
    outlines.push_back(item.outline);
  }
  EXPECT_NE(std::find(fills.begin(), fills.end(), QColor(0x12, 0x34, 0x56)), fills.end()) << "prefecture fill";
  EXPECT_NE(std::find(outlines.begin(), outlines.end(), QColor(0x65, 0x43, 0x21)), outlines.end()) << "outline";
  EXPECT_NE(std::find(fills.begin(), fills.end(), QColor(0xAB, 0x00, 0xCD)), fills.end()) << "province line";
}

TEST(FigurePainter, AFigureOfTheTestedAnalysisShowsTheLocalQuotientsInItsLegend) {
  const auto analysis = test::matchFixture();
  SignificanceOptions options;
  options.permutation.reset();
  options.colocation->permutations = 99;
  options.colocation->k = 4;
  options.bootstrap.reset();
  options.overTime = false;
  const auto significance = computeSignificance(*analysis, options);
  LayerStack layers = LayerStack::studyDefaults();
  layers.find("local-clq")->visible = true;
  FigureSpec spec = smallSpec();
  spec.layersJson = layers.toJsonText();
  const auto legendLabels = [&](std::shared_ptr<const Significance> tests) {
    render::FigureData data{analysis, nullptr, std::nullopt, std::move(tests)};
    const FigurePainter figure(spec, data, kGoldenOptions);
    QStringList labels;
    for (const FigureLegendItem& item : figure.legendItems()) labels << item.label;
    return labels.join(QLatin1Char('|'));
  };
  EXPECT_FALSE(legendLabels(nullptr).contains(QStringLiteral("p < 0.05")));
  EXPECT_TRUE(legendLabels(significance).contains(QStringLiteral("p < 0.05"))) << legendLabels(significance).toStdString();
}

TEST(FigurePainter, ImageHasThePageSizeAtTheResolutionAndCarriesIt) {
  FigureSpec spec = smallSpec();
  spec.heightMm = 50.0;
  spec.dpi = 300.0;
  const FigurePainter figure(spec, fixture(), kGoldenOptions);
  EXPECT_DOUBLE_EQ(figure.pageSizeMm().height(), 50.0);
  const QImage image = FigureExporter::renderImage(figure);
  EXPECT_EQ(image.size(), QSize(709, 591));  // 60 mm and 50 mm × 300 / 25.4, rounded
  // Written and read back: the PNG's pHYs holds the resolution in dots per metre.
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  ASSERT_TRUE(image.save(&buffer, "PNG"));
  const QImage back = QImage::fromData(buffer.data(), "PNG");
  EXPECT_EQ(back.dotsPerMeterX(), 11811);  // 300 / 0.0254
  EXPECT_EQ(back.dotsPerMeterY(), 11811);
}

TEST(FigurePainter, LaysOutTheInsetInTheLowerRightWithoutCoveringTheMainLand) {
  const FigurePainter figure(smallSpec(), fixture(), kGoldenOptions);
  const FigureLayout& layout = figure.layout();
  ASSERT_FALSE(layout.inset.isEmpty());
  EXPECT_DOUBLE_EQ(layout.inset.right(), layout.map.right());
  EXPECT_DOUBLE_EQ(layout.inset.bottom(), layout.map.bottom());
  // At half the main scale or smaller, never larger.
  EXPECT_GE(layout.insetMetresPerMm, 2.0 * layout.metresPerMm * 0.999);
  // The title sits above the frame, the note below it.
  EXPECT_LE(layout.title.bottom(), layout.map.top());
  EXPECT_GE(layout.note.top(), layout.map.bottom());
  // 三沙 (south of 17.5°N) is left to the inset: the main map's extent ends north of it.
  const CoordinateTransform toAlbers = CoordinateTransform::wgs84ToChinaAlbers();
  const Point2 island = toAlbers.forward({112.3, 16.8});
  EXPECT_TRUE(layout.insetExtent.contains(island));
  EXPECT_EQ(figure.warnings().size(), 1);  // the fixture has no South China Sea line
}

TEST(FigurePainter, NoInsetForAnExtentOfOneRegion) {
  FigureSpec spec = smallSpec();
  spec.allChina = false;
  const CoordinateTransform toAlbers = CoordinateTransform::wgs84ToChinaAlbers();
  spec.extent.expand(toAlbers.forward({113.0, 22.0}));
  spec.extent.expand(toAlbers.forward({114.8, 23.8}));
  const FigurePainter figure(spec, fixture(), kGoldenOptions);
  EXPECT_TRUE(figure.layout().inset.isEmpty());
  EXPECT_TRUE(figure.warnings().isEmpty());
  // The frame shows the extent whole.
  EXPECT_LE(figure.layout().extent.minX, spec.extent.minX);
  EXPECT_GE(figure.layout().extent.maxY, spec.extent.maxY);
}

TEST(FigurePainter, ScaleBarIsARoundLengthTrueAtTheMapCentre) {
  // China Albers is true along 25°N and 47°N and shrinks parallels between them.
  const CoordinateTransform toAlbers = CoordinateTransform::wgs84ToChinaAlbers();
  EXPECT_NEAR(parallelScaleFactor(toAlbers, {105.0, 25.0}), 1.0, 1e-6);
  EXPECT_NEAR(parallelScaleFactor(toAlbers, {120.0, 47.0}), 1.0, 1e-6);
  EXPECT_LT(parallelScaleFactor(toAlbers, {105.0, 36.0}), 0.99);
  // 30 mm on paper at 30 km per mm and scale 1 is 900 km: the bar says 500 km.
  EXPECT_DOUBLE_EQ(scaleBarKm(30000.0, 1.0, 30.0), 500.0);
  EXPECT_DOUBLE_EQ(scaleBarKm(30000.0, 0.5, 30.0), 1000.0);
}

TEST(FigureExporter, SvgHasItsViewBoxOneGroupPerLayerAndClips) {
  const FigurePainter figure(smallSpec(), fixture());
  const QByteArray svg = FigureExporter::svgDocument(figure);
  QXmlStreamReader xml(svg);
  QStringList groups;
  QString viewBox, width;
  int depth = 0;
  bool text = false;
  while (!xml.atEnd()) {
    const auto token = xml.readNext();
    if (token == QXmlStreamReader::StartElement) {
      ++depth;
      if (depth == 1) {
        viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
        width = xml.attributes().value(QLatin1String("width")).toString();
      }
      if (depth == 2 && xml.name() == QLatin1String("g")) groups << xml.attributes().value(QLatin1String("id")).toString();
      if (xml.name() == QLatin1String("text")) text = true;
      EXPECT_TRUE(xml.attributes().value(QLatin1String("vector-effect")).isEmpty());
    } else if (token == QXmlStreamReader::EndElement) {
      --depth;
    }
  }
  ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
  EXPECT_EQ(width, QStringLiteral("60mm"));
  EXPECT_TRUE(viewBox.startsWith(QStringLiteral("0 0 236.2204"))) << viewBox.toStdString();
  QStringList expected;
  for (FigureLayer layer : figure.layers()) expected << figureLayerId(layer);
  EXPECT_EQ(groups, expected);
  for (const char* id : {"map", "inset-map", "scale-bar", "north-arrow", "legend", "title", "note"}) {
    EXPECT_TRUE(groups.contains(QString::fromLatin1(id))) << id;
  }
  EXPECT_TRUE(text);  // text stays text
  EXPECT_TRUE(svg.contains("clip-path=\"url(#clip-map)\""));
}

TEST(FigureExporter, TextAsPathsLeavesNoTextElement) {
  FigureSpec spec = smallSpec();
  spec.textAsPaths = true;
  const QByteArray svg = FigureExporter::svgDocument(FigurePainter(spec, fixture()));
  EXPECT_FALSE(svg.contains("<text"));
}

TEST(FigureExporter, TagsSubsetFontsAndMovesTheCrossReferences) {
  // A minimal PDF laid out as Qt writes it: the font's descriptor has the subset tag, its
  // /BaseFont does not.
  QByteArray pdf = "%PDF-1.4\n";
  std::vector<qsizetype> offsets;
  const auto object = [&](const QByteArray& body) {
    offsets.push_back(pdf.size());
    pdf += QByteArray::number(static_cast<qlonglong>(offsets.size())) + " 0 obj\n" + body + "\nendobj\n";
  };
  object("<< /Type /Font /Subtype /Type0 /BaseFont /Noto-Regular >>");
  object("<< /Type /FontDescriptor /FontName /QMAAAA+Noto-Regular >>");
  object("<< /Type /Catalog >>");
  const qsizetype xref = pdf.size();
  pdf += "xref\n0 4\n0000000000 65535 f \n";
  for (qsizetype offset : offsets) pdf += QByteArray::number(static_cast<qlonglong>(offset)).rightJustified(10, '0') + " 00000 n \n";
  pdf += "trailer\n<< /Size 4 /Root 3 0 R >>\nstartxref\n" + QByteArray::number(static_cast<qlonglong>(xref)) + "\n%%EOF\n";

  const QByteArray tagged = tagPdfSubsetFonts(pdf);
  EXPECT_TRUE(tagged.contains("/BaseFont /QMAAAA+Noto-Regular "));
  // Every cross-reference offset points at its object again.
  const qsizetype table = tagged.indexOf("xref\n0 4\n") + 9 + 20;
  for (int i = 0; i < 3; ++i) {
    const qsizetype offset = tagged.mid(table + 20 * i, 10).toLongLong();
    EXPECT_TRUE(tagged.mid(offset).startsWith(QByteArray::number(i + 1) + " 0 obj")) << i;
  }
  const qsizetype start = tagged.indexOf("startxref\n") + 10;
  EXPECT_TRUE(tagged.mid(tagged.mid(start, tagged.indexOf('\n', start) - start).trimmed().toLongLong()).startsWith("xref"));
  // Nothing to do: unchanged.
  EXPECT_EQ(tagPdfSubsetFonts(tagged), tagged);
}

}  // namespace
}  // namespace cb::render
