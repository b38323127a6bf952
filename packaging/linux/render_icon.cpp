// SPDX-License-Identifier: GPL-3.0-or-later
// render_icon IN.svg OUT.png SIZE: the PNG sizes of the application icon, rendered at build time
// from the one SVG, so that menus and docks that do not read SVG still get a sharp icon.
// Runs without a display: the icon has no text, so no font (and no QGuiApplication) is needed.
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: render_icon IN.svg OUT.png SIZE\n");
    return 2;
  }
  const int size = QString::fromLocal8Bit(argv[3]).toInt();
  QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
  if (!svg.isValid() || size <= 0) {
    std::fprintf(stderr, "render_icon: cannot render %s at %s px\n", argv[1], argv[3]);
    return 2;
  }
  QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  {
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
  }
  if (!image.save(QString::fromLocal8Bit(argv[2]), "PNG")) {
    std::fprintf(stderr, "render_icon: cannot write %s\n", argv[2]);
    return 1;
  }
  return 0;
}
