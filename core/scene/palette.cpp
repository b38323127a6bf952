// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scene/palette.h"

#include <cmath>
#include <cstdio>

#include "core/stats/study_ellipses.h"

namespace cb {
namespace {

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

double linear(std::uint8_t channel) {
  const double c = channel / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

constexpr Rgba kOtherGrey{0x5F, 0x5F, 0x5F};

}  // namespace

std::string Rgba::hex() const {
  char text[10];
  if (a == 255) {
    std::snprintf(text, sizeof text, "#%02X%02X%02X", r, g, b);
  } else {
    std::snprintf(text, sizeof text, "#%02X%02X%02X%02X", r, g, b, a);
  }
  return text;
}

std::optional<Rgba> Rgba::fromHex(std::string_view text) {
  if ((text.size() != 7 && text.size() != 9) || text.front() != '#') return std::nullopt;
  std::uint8_t channels[4] = {0, 0, 0, 255};
  for (std::size_t i = 0; 1 + 2 * i < text.size(); ++i) {
    const int high = hexDigit(text[1 + 2 * i]);
    const int low = hexDigit(text[2 + 2 * i]);
    if (high < 0 || low < 0) return std::nullopt;
    channels[i] = static_cast<std::uint8_t>(high * 16 + low);
  }
  return Rgba{channels[0], channels[1], channels[2], channels[3]};
}

double Rgba::lightness() const {
  const double y = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  return y > 216.0 / 24389.0 ? 116.0 * std::cbrt(y) - 16.0 : y * 24389.0 / 27.0;
}

namespace palette {

Rgba outcomeColor(CityOutcome outcome) {
  switch (outcome) {
    case CityOutcome::Identical: return {0x00, 0x5A, 0x8C};
    case CityOutcome::Similar: return {0x3A, 0x80, 0xB8};
    case CityOutcome::Unrelated: return kReddishPurple;
    case CityOutcome::ClusterWithoutBelt: return {0xF0, 0xAA, 0x1E};
    case CityOutcome::BeltOnly: return kYellow;
    case CityOutcome::None: break;
  }
  return {0xF7, 0xF7, 0xF7};
}

Rgba programmeColor(std::string_view programme) {
  const auto& known = studyProgrammes();
  if (known.size() >= 3) {
    if (programme == known[0]) return kVermillion;
    if (programme == known[1]) return kSkyBlue;
    if (programme == known[2]) return kYellow;
  }
  return kOtherGrey;
}

Rgba groupColor(std::string_view group) {
  if (group == kStudyGroupClusters) return kAllClusters;
  if (group == kStudyGroupBelts) return kBelts;
  return programmeColor(group);
}

}  // namespace palette
}  // namespace cb
