// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/echarts_decoder.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace cb::echarts {
namespace {

/// Reads UTF-8 and yields UTF-16 code units, because ECharts' decoder works on charCodeAt().
std::vector<long> utf16Units(std::string_view utf8) {
  std::vector<long> units;
  units.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    long codePoint = 0;
    std::size_t length = 0;
    if (lead < 0x80) {
      codePoint = lead;
      length = 1;
    } else if ((lead & 0xE0) == 0xC0) {
      codePoint = lead & 0x1F;
      length = 2;
    } else if ((lead & 0xF0) == 0xE0) {
      codePoint = lead & 0x0F;
      length = 3;
    } else if ((lead & 0xF8) == 0xF0) {
      codePoint = lead & 0x07;
      length = 4;
    } else {
      throw DecodeError("invalid UTF-8 lead byte at offset " + std::to_string(i));
    }
    if (i + length > utf8.size()) throw DecodeError("truncated UTF-8 sequence at the end");
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(utf8[i + k]);
      if ((next & 0xC0) != 0x80) {
        throw DecodeError("invalid UTF-8 continuation byte at offset " + std::to_string(i + k));
      }
      codePoint = (codePoint << 6) | (next & 0x3F);
    }
    if (codePoint > 0xFFFF) {  // a surrogate pair in JavaScript's string
      codePoint -= 0x10000;
      units.push_back(0xD800 + (codePoint >> 10));
      units.push_back(0xDC00 + (codePoint & 0x3FF));
    } else {
      units.push_back(codePoint);
    }
    i += length;
  }
  return units;
}

long zigZagDecode(long value) { return (value >> 1) ^ (-(value & 1)); }
long zigZagEncode(long value) { return value >= 0 ? value * 2 : -value * 2 - 1; }

void appendUtf8(std::string& out, long unit) {
  const auto u = static_cast<unsigned long>(unit);
  if (u < 0x80) {
    out += static_cast<char>(u);
  } else if (u < 0x800) {
    out += static_cast<char>(0xC0 | (u >> 6));
    out += static_cast<char>(0x80 | (u & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (u >> 12));
    out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (u & 0x3F));
  }
}

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.10g", value);
  return text;
}

}  // namespace

bool isUsableScale(double scale) { return std::isfinite(scale) && scale >= kMinScale && scale <= kMaxScale; }

std::vector<Point2> decodeRing(std::string_view utf8, long offsetX, long offsetY, double scale) {
  if (!isUsableScale(scale)) {
    throw DecodeError("scale " + number(scale) + " is not between " + number(kMinScale) + " and " +
                      number(kMaxScale));
  }
  // The running sums stay within these many units of the origin: each step is checked, and a step
  // is at most a code unit (< 2^21), so the sums cannot overflow.
  const double maxX = kMaxAbsLongitude * scale;
  const double maxY = kMaxAbsLatitude * scale;
  if (std::abs(static_cast<double>(offsetX)) > maxX || std::abs(static_cast<double>(offsetY)) > maxY) {
    throw DecodeError("encodeOffsets (" + std::to_string(offsetX) + ", " + std::to_string(offsetY) +
                      ") lie outside longitude/latitude at scale " + number(scale));
  }
  const std::vector<long> units = utf16Units(utf8);
  if (units.size() % 2 != 0) {
    throw DecodeError("odd number of code units (" + std::to_string(units.size()) +
                      "): coordinates come in x/y pairs");
  }
  std::vector<Point2> ring;
  ring.reserve(units.size() / 2);
  long x = offsetX;
  long y = offsetY;
  for (std::size_t i = 0; i < units.size(); i += 2) {
    x += zigZagDecode(units[i] - 64);
    y += zigZagDecode(units[i + 1] - 64);
    const Point2 point{static_cast<double>(x) / scale, static_cast<double>(y) / scale};
    if (std::abs(point.x) > kMaxAbsLongitude || std::abs(point.y) > kMaxAbsLatitude) {
      throw DecodeError("point " + std::to_string(i / 2 + 1) + " (" + number(point.x) + ", " + number(point.y) +
                        ") lies outside longitude -360..360, latitude -90..90");
    }
    ring.push_back(point);
  }
  return ring;
}

std::string encodeRing(const std::vector<Point2>& lonLat, long& offsetX, long& offsetY,
                       double scale) {
  std::string out;
  if (lonLat.empty()) return out;
  offsetX = std::lround(lonLat.front().x * scale);
  offsetY = std::lround(lonLat.front().y * scale);
  long prevX = offsetX;
  long prevY = offsetY;
  for (const Point2& p : lonLat) {
    const long x = std::lround(p.x * scale);
    const long y = std::lround(p.y * scale);
    appendUtf8(out, zigZagEncode(x - prevX) + 64);
    appendUtf8(out, zigZagEncode(y - prevY) + 64);
    prevX = x;
    prevY = y;
  }
  return out;
}

}  // namespace cb::echarts
