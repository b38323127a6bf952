// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/figure_exporter.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <cmath>
#include <map>
#include <vector>

namespace cb::render {
namespace {

int roundedDpi(const FigurePainter& figure) { return static_cast<int>(std::lround(figure.spec().dpi)); }

FigureExportResult failure(const QString& message) {
  FigureExportResult result;
  result.error = message;
  return result;
}

FigureExportResult saved(const FigurePainter& figure, const QString& path, QSize size) {
  FigureExportResult result;
  result.ok = true;
  result.warnings = figure.warnings();
  result.pixelSize = size;
  result.bytes = QFileInfo(path).size();
  return result;
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
    *error = FigureExporter::tr("%1: cannot write: %2").arg(path, file.errorString());
    return false;
  }
  return true;
}

/// Scale of an SVG transform "matrix(a,b,c,d,e,f)": √|ad − bc|; 1 for anything else.
double transformScale(QStringView transform) {
  if (!transform.startsWith(u"matrix(") || !transform.endsWith(u")")) return 1.0;
  const QList<QStringView> m = transform.mid(7, transform.size() - 8).split(u',');
  if (m.size() != 6) return 1.0;
  const double det = m[0].toDouble() * m[3].toDouble() - m[1].toDouble() * m[2].toDouble();
  return det != 0.0 ? std::sqrt(std::abs(det)) : 1.0;
}

/// Copies the content of an SVG document's root element (without its title, desc and defs) into
/// `out`: the drawing of one layer. QSvgGenerator writes cosmetic pens as
/// vector-effect="non-scaling-stroke" under a scaling group transform, which Illustrator and
/// several converters ignore (the lines become hairlines): their groups get the stroke width
/// divided by the transform's scale instead, which every renderer draws the same.
void copySvgBody(const QByteArray& svg, QXmlStreamWriter& out) {
  // Pass 1: which <g> (by order) hold non-scaling strokes.
  std::vector<bool> cosmetic;
  {
    QXmlStreamReader in(svg);
    std::vector<int> open;  // indexes into `cosmetic` of the enclosing groups
    while (!in.atEnd()) {
      const auto token = in.readNext();
      if (token == QXmlStreamReader::StartElement) {
        if (in.attributes().value(QLatin1String("vector-effect")) == QLatin1String("non-scaling-stroke") &&
            !open.empty() && open.back() >= 0) {
          cosmetic[static_cast<std::size_t>(open.back())] = true;
        }
        if (in.name() == QLatin1String("g")) {
          cosmetic.push_back(false);
          open.push_back(static_cast<int>(cosmetic.size()) - 1);
        } else {
          open.push_back(open.empty() ? -1 : open.back());
        }
      } else if (token == QXmlStreamReader::EndElement && !open.empty()) {
        open.pop_back();
      }
    }
  }
  // Pass 2: copy.
  QXmlStreamReader in(svg);
  int depth = 0;  // depth below the root <svg>
  int skipping = 0;
  std::size_t group = 0;
  while (!in.atEnd()) {
    const QXmlStreamReader::TokenType token = in.readNext();
    if (token == QXmlStreamReader::StartElement) {
      ++depth;
      if (depth == 1) continue;  // the root
      if (skipping > 0 || (depth == 2 && (in.name() == QLatin1String("title") || in.name() == QLatin1String("desc") ||
                                          in.name() == QLatin1String("defs")))) {
        ++skipping;
        continue;
      }
      const bool isGroup = in.name() == QLatin1String("g");
      const bool rescale = isGroup && group < cosmetic.size() && cosmetic[group];
      if (isGroup) ++group;
      const double scale = rescale ? transformScale(in.attributes().value(QLatin1String("transform"))) : 1.0;
      out.writeStartElement(in.qualifiedName().toString());
      for (const QXmlStreamAttribute& attribute : in.attributes()) {
        if (attribute.qualifiedName() == QLatin1String("vector-effect")) continue;
        if (rescale && attribute.qualifiedName() == QLatin1String("stroke-width")) {
          out.writeAttribute(attribute.qualifiedName().toString(),
                             QString::number(attribute.value().toDouble() / scale, 'g', 8));
          continue;
        }
        out.writeAttribute(attribute.qualifiedName().toString(), attribute.value().toString());
      }
    } else if (token == QXmlStreamReader::EndElement) {
      --depth;
      if (depth == 0) continue;
      if (skipping > 0) {
        --skipping;
        continue;
      }
      out.writeEndElement();
    } else if (token == QXmlStreamReader::Characters && depth > 1 && skipping == 0) {
      if (!in.isWhitespace()) out.writeCharacters(in.text().toString());
    }
  }
}

/// SVG path data of a painter path.
QString svgPathData(const QPainterPath& path) {
  QString d;
  const auto number = [](double v) { return QString::number(v, 'f', 3); };
  for (int i = 0; i < path.elementCount(); ++i) {
    const QPainterPath::Element e = path.elementAt(i);
    switch (e.type) {
      case QPainterPath::MoveToElement:
        d += QStringLiteral("M%1 %2").arg(number(e.x), number(e.y));
        break;
      case QPainterPath::LineToElement:
        d += QStringLiteral("L%1 %2").arg(number(e.x), number(e.y));
        break;
      case QPainterPath::CurveToElement: {
        const QPainterPath::Element c2 = path.elementAt(i + 1), end = path.elementAt(i + 2);
        d += QStringLiteral("C%1 %2 %3 %4 %5 %6")
                 .arg(number(e.x), number(e.y), number(c2.x), number(c2.y), number(end.x), number(end.y));
        i += 2;
        break;
      }
      case QPainterPath::CurveToDataElement:
        break;
    }
  }
  return d + QStringLiteral("Z");
}

}  // namespace

std::optional<FigureFormat> figureFormatOf(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("png")) return FigureFormat::Png;
  if (suffix == QLatin1String("svg")) return FigureFormat::Svg;
  if (suffix == QLatin1String("pdf")) return FigureFormat::Pdf;
  return std::nullopt;
}

QSize FigureExporter::pixelSize(const QSizeF& pageMm, double dpi) {
  return {static_cast<int>(std::lround(pageMm.width() * dpi / 25.4)),
          static_cast<int>(std::lround(pageMm.height() * dpi / 25.4))};
}

QImage FigureExporter::renderImage(const FigurePainter& figure) { return renderImage(figure, figure.spec().dpi); }

QImage FigureExporter::renderImage(const FigurePainter& figure, double dpi) {
  QImage image(pixelSize(figure.pageSizeMm(), dpi), QImage::Format_RGB32);
  const int dotsPerMetre = static_cast<int>(std::lround(dpi / 0.0254));
  image.setDotsPerMeterX(dotsPerMetre);
  image.setDotsPerMeterY(dotsPerMetre);
  image.fill(Qt::white);
  QPainter painter(&image);
  figure.paint(painter, dpi);
  painter.end();
  return image;
}

QByteArray FigureExporter::svgDocument(const FigurePainter& figure) {
  // QSvgGenerator opens a new <g> at every change of pen, brush or transform and has no notion of
  // layers, so each layer is generated on its own and the bodies are merged under one root.
  const int dpi = roundedDpi(figure);
  const QSizeF page = figure.pageSizeMm();
  const QSizeF units(page.width() * dpi / 25.4, page.height() * dpi / 25.4);
  QByteArray document;
  QXmlStreamWriter out(&document);
  out.setAutoFormatting(true);
  out.setAutoFormattingIndent(1);
  out.writeStartDocument();
  out.writeStartElement(QStringLiteral("svg"));
  out.writeAttribute(QStringLiteral("xmlns"), QStringLiteral("http://www.w3.org/2000/svg"));
  out.writeAttribute(QStringLiteral("xmlns:xlink"), QStringLiteral("http://www.w3.org/1999/xlink"));
  out.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
  out.writeAttribute(QStringLiteral("baseProfile"), QStringLiteral("tiny"));
  out.writeAttribute(QStringLiteral("width"), QString::number(page.width(), 'g', 10) + QStringLiteral("mm"));
  out.writeAttribute(QStringLiteral("height"), QString::number(page.height(), 'g', 10) + QStringLiteral("mm"));
  out.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %2")
                                                    .arg(QString::number(units.width(), 'g', 10),
                                                         QString::number(units.height(), 'g', 10)));
  out.writeTextElement(QStringLiteral("title"), QString::fromStdString(figure.spec().title));
  out.writeTextElement(QStringLiteral("desc"), tr("Figure made with ClusterBelt"));
  for (FigureLayer layer : figure.layers()) {
    QBuffer buffer;
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(static_cast<int>(std::ceil(units.width())), static_cast<int>(std::ceil(units.height()))));
    generator.setViewBox(QRectF(QPointF(0, 0), units));
    generator.setResolution(dpi);
    QPainter painter(&generator);
    figure.paintLayer(painter, dpi, layer);
    painter.end();
    const QPainterPath clip = figure.layerClip(layer, dpi);
    if (!clip.isEmpty()) {
      out.writeStartElement(QStringLiteral("defs"));
      out.writeStartElement(QStringLiteral("clipPath"));
      out.writeAttribute(QStringLiteral("id"), QStringLiteral("clip-") + figureLayerId(layer));
      out.writeEmptyElement(QStringLiteral("path"));
      out.writeAttribute(QStringLiteral("d"), svgPathData(clip));
      out.writeEndElement();
      out.writeEndElement();
    }
    out.writeStartElement(QStringLiteral("g"));
    out.writeAttribute(QStringLiteral("id"), figureLayerId(layer));
    if (!clip.isEmpty()) {
      out.writeAttribute(QStringLiteral("clip-path"), QStringLiteral("url(#clip-%1)").arg(figureLayerId(layer)));
    }
    copySvgBody(buffer.data(), out);
    out.writeEndElement();
  }
  out.writeEndElement();
  out.writeEndDocument();
  return document;
}

FigureExportResult FigureExporter::writePng(const FigurePainter& figure, const QString& path) {
  const QImage image = renderImage(figure);
  QImageWriter writer(path, "png");
  if (!writer.write(image)) return failure(tr("%1: cannot write: %2").arg(path, writer.errorString()));
  return saved(figure, path, image.size());
}

FigureExportResult FigureExporter::writeSvg(const FigurePainter& figure, const QString& path) {
  const QByteArray svg = svgDocument(figure);
  QString error;
  if (!writeFile(path, svg, &error)) return failure(error);
  const QSize units = pixelSize(figure.pageSizeMm(), roundedDpi(figure));
  return saved(figure, path, units);
}

FigureExportResult FigureExporter::writePdf(const FigurePainter& figure, const QString& path) {
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  const QSizeF page = figure.pageSizeMm();
  {
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(page, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(roundedDpi(figure));
    writer.setTitle(QString::fromStdString(figure.spec().title));
    writer.setCreator(QStringLiteral("ClusterBelt"));
    QPainter painter(&writer);
    if (!painter.isActive()) return failure(tr("%1: cannot start the PDF").arg(path));
    figure.paint(painter, roundedDpi(figure));
    painter.end();
  }
  QString error;
  if (!writeFile(path, tagPdfSubsetFonts(buffer.data()), &error)) return failure(error);
  const QSize points(static_cast<int>(std::lround(page.width() * 72.0 / 25.4)),
                     static_cast<int>(std::lround(page.height() * 72.0 / 25.4)));
  return saved(figure, path, points);
}

FigureExportResult FigureExporter::write(const FigurePainter& figure, const QString& path) {
  switch (figureFormatOf(path).value_or(static_cast<FigureFormat>(-1))) {
    case FigureFormat::Png: return writePng(figure, path);
    case FigureFormat::Svg: return writeSvg(figure, path);
    case FigureFormat::Pdf: return writePdf(figure, path);
  }
  return failure(tr("%1: write a figure as .png, .svg or .pdf").arg(path));
}

QByteArray tagPdfSubsetFonts(const QByteArray& pdf) {
  // Tagged names from the descriptors: /FontName /QMAAAA+NotoSansCJKsc-Regular.
  static const QRegularExpression fontName(QStringLiteral("/FontName /([A-Z]{6})\\+([^\\s/<>\\[\\]()]+)"));
  std::map<QByteArray, QByteArray> tagged;  // plain name → tagged name
  const QString latin = QString::fromLatin1(pdf);
  for (auto it = fontName.globalMatch(latin); it.hasNext();) {
    const auto match = it.next();
    tagged[match.captured(2).toLatin1()] = match.captured(1).toLatin1() + '+' + match.captured(2).toLatin1();
  }
  if (tagged.empty()) return pdf;
  // Rewrite /BaseFont /Name where Name has a tagged descriptor; remember where bytes were added.
  QByteArray out;
  out.reserve(pdf.size() + 64);
  std::vector<std::pair<qsizetype, qsizetype>> inserted;  // (old offset, bytes added there)
  const QByteArray key("/BaseFont /");
  qsizetype from = 0;
  for (qsizetype at = pdf.indexOf(key); at >= 0; at = pdf.indexOf(key, at + 1)) {
    const qsizetype nameStart = at + key.size();
    qsizetype nameEnd = nameStart;
    while (nameEnd < pdf.size() && !QByteArrayView(" \r\n/<>[]()").contains(pdf[nameEnd])) ++nameEnd;
    const auto found = tagged.find(pdf.mid(nameStart, nameEnd - nameStart));
    if (found == tagged.end()) continue;
    out += pdf.mid(from, nameStart - from);
    out += found->second;
    inserted.emplace_back(nameStart, found->second.size() - (nameEnd - nameStart));
    from = nameEnd;
  }
  if (inserted.empty()) return pdf;
  out += pdf.mid(from);
  const auto shifted = [&](qsizetype offset) {
    qsizetype shift = 0;
    for (const auto& [position, bytes] : inserted) {
      if (position < offset) shift += bytes;
    }
    return offset + shift;
  };
  // The classic cross-reference table: "xref\n0 N\n" then N entries "oooooooooo ggggg n \n".
  const qsizetype xref = out.lastIndexOf("\nxref\n");
  const qsizetype startxref = out.lastIndexOf("startxref");
  if (xref < 0 || startxref < xref) return pdf;
  qsizetype line = out.indexOf('\n', xref + 6) + 1;  // after "0 N"
  while (line > 0 && line + 20 <= startxref) {
    if (out[line + 17] == 'n') {
      bool ok = false;
      const qsizetype offset = out.mid(line, 10).toLongLong(&ok);
      if (!ok) return pdf;
      out.replace(line, 10, QByteArray::number(shifted(offset)).rightJustified(10, '0'));
    }
    line += 20;
    if (out.mid(line, 7) == "trailer") break;
  }
  const qsizetype numberStart = out.indexOf('\n', startxref) + 1;
  const qsizetype numberEnd = out.indexOf('\n', numberStart);
  bool ok = false;
  const qsizetype start = out.mid(numberStart, numberEnd - numberStart).trimmed().toLongLong(&ok);
  if (!ok) return pdf;
  out.replace(numberStart, numberEnd - numberStart, QByteArray::number(shifted(start)) + ' ');
  return out;
}

}  // namespace cb::render
