// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/echarts_decoder.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

namespace cb::echarts {
namespace {

// "@@" is a zero delta: the first point is the offset itself. 'B' (66) − 64 = 2 → zig-zag +1;
// 'A' (65) − 64 = 1 → zig-zag −1. Offsets are in 1/1024 degree.
TEST(EchartsDecoder, DecodesHandMadeAsciiDeltas) {
  const std::vector<Point2> ring = decodeRing("@@BAAB", 1024 * 100, 1024 * 30);
  ASSERT_EQ(ring.size(), 3u);
  EXPECT_DOUBLE_EQ(ring[0].x, 100.0);
  EXPECT_DOUBLE_EQ(ring[0].y, 30.0);
  EXPECT_DOUBLE_EQ(ring[1].x, 100.0 + 1.0 / 1024);
  EXPECT_DOUBLE_EQ(ring[1].y, 30.0 - 1.0 / 1024);
  EXPECT_DOUBLE_EQ(ring[2].x, 100.0);
  EXPECT_DOUBLE_EQ(ring[2].y, 30.0);
}

// A delta of 1000 units needs code unit 64 + 2000 = 2064 (U+0810), a 3-byte UTF-8 character;
// ECharts counts UTF-16 code units, so multi-byte characters must count as one unit each.
TEST(EchartsDecoder, DecodesMultiByteCharacters) {
  const std::string big = "\xE0\xA0\x90";  // U+0810
  const std::vector<Point2> ring = decodeRing("@@" + big + "@", 0, 0);
  ASSERT_EQ(ring.size(), 2u);
  EXPECT_DOUBLE_EQ(ring[1].x, 1000.0 / 1024);
  EXPECT_DOUBLE_EQ(ring[1].y, 0.0);
}

TEST(EchartsDecoder, HonoursTheScale) {
  const std::vector<Point2> ring = decodeRing("@@B@", 100, 200, 10.0);
  EXPECT_DOUBLE_EQ(ring[0].x, 10.0);
  EXPECT_DOUBLE_EQ(ring[0].y, 20.0);
  EXPECT_DOUBLE_EQ(ring[1].x, 10.1);
}

TEST(EchartsDecoder, RoundTripsThroughTheEncoder) {
  const std::vector<Point2> lonLat = {{113.8, 22.5}, {114.5, 22.5}, {114.5, 22.8}, {87.6, 43.8}};
  long offsetX = 0;
  long offsetY = 0;
  const std::string encoded = encodeRing(lonLat, offsetX, offsetY);
  const std::vector<Point2> decoded = decodeRing(encoded, offsetX, offsetY);
  ASSERT_EQ(decoded.size(), lonLat.size());
  for (std::size_t i = 0; i < lonLat.size(); ++i) {
    EXPECT_NEAR(decoded[i].x, lonLat[i].x, 0.5 / 1024);  // quantised to 1/1024 degree
    EXPECT_NEAR(decoded[i].y, lonLat[i].y, 0.5 / 1024);
  }
}

TEST(EchartsDecoder, RejectsBrokenInput) {
  EXPECT_THROW(decodeRing("@@A", 0, 0), DecodeError);           // odd number of units
  EXPECT_THROW(decodeRing("@@\xE0\xA0", 0, 0), DecodeError);    // truncated UTF-8
  EXPECT_THROW(decodeRing("@@\x80@", 0, 0), DecodeError);       // stray continuation byte
}

// A negative, zero, tiny or non-finite scale once sent coordinates of up to 1e305 degrees on to
// GEOS, which never returned (issue: import-echarts hung on a map file with a negative UTF8Scale).
TEST(EchartsDecoder, RefusesAnUnusableScale) {
  for (const double scale : {-1024.0, 0.0, -1e-300, 1e-300, 0.5, 1e300, std::nan(""), HUGE_VAL}) {
    EXPECT_THROW(decodeRing("@@BA", 1024 * 100, 1024 * 30, scale), DecodeError) << scale;
  }
  EXPECT_NO_THROW(decodeRing("@@BA", 100, 30, kMinScale));
  EXPECT_NO_THROW(decodeRing("@@BA", 100, 30, kMaxScale));
}

// The running sums start at the offsets: offsets far beyond the Earth would overflow them.
TEST(EchartsDecoder, RefusesOffsetsOutsideLongitudeAndLatitude) {
  constexpr long kMax = std::numeric_limits<long>::max();
  EXPECT_THROW(decodeRing("@@BA", kMax, kMax), DecodeError);
  EXPECT_THROW(decodeRing("@@BA", 1024 * 361, 0), DecodeError);
  EXPECT_THROW(decodeRing("@@BA", 0, -1024 * 91), DecodeError);
}

// Each step may move at most 32767 units, yet steps add up: a point beyond the Earth is refused
// at the step where it leaves, naming the point.
TEST(EchartsDecoder, RefusesARingThatLeavesTheEarth) {
  std::string runaway = "@@";
  for (int i = 0; i < 100; ++i) runaway += "\xEF\xBF\xBF\xEF\xBF\xBF";  // U+FFFF twice: -32768 each
  try {
    decodeRing(runaway, 0, 0);
    FAIL() << "a ring 3,000 degrees long was decoded";
  } catch (const DecodeError& e) {
    EXPECT_NE(std::string(e.what()).find("lies outside longitude"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace cb::echarts
