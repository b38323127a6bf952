// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Default colours of the thematic map. They come from the Okabe–Ito set (safe for the common
// colour-vision deficiencies) and are tuned so that the classes of one legend also differ in
// CIELAB lightness by at least 8, so a greyscale print keeps them apart.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/match/city_outcome.h"

namespace cb {

/// An sRGB colour with straight (not premultiplied) alpha, 0–255 per channel.
struct Rgba {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;

  /// "#RRGGBB", or "#RRGGBBAA" when not opaque.
  [[nodiscard]] std::string hex() const;
  /// Parses "#RRGGBB" or "#RRGGBBAA" (case-insensitive); std::nullopt for anything else.
  static std::optional<Rgba> fromHex(std::string_view text);
  /// The same colour with another alpha.
  [[nodiscard]] Rgba withAlpha(std::uint8_t alpha) const { return {r, g, b, alpha}; }
  /// CIELAB lightness L* (0 black – 100 white) of the opaque colour, D65.
  [[nodiscard]] double lightness() const;

  friend bool operator==(const Rgba&, const Rgba&) = default;
};

namespace palette {

/// The eight Okabe–Ito colours: black, orange, sky blue, bluish green, yellow, blue,
/// vermillion, reddish purple.
inline constexpr Rgba kBlack{0x00, 0x00, 0x00};
inline constexpr Rgba kOrange{0xE6, 0x9F, 0x00};
inline constexpr Rgba kSkyBlue{0x56, 0xB4, 0xE9};
inline constexpr Rgba kBluishGreen{0x00, 0x9E, 0x73};
inline constexpr Rgba kYellow{0xF0, 0xE4, 0x42};
inline constexpr Rgba kBlue{0x00, 0x72, 0xB2};
inline constexpr Rgba kVermillion{0xD5, 0x5E, 0x00};
inline constexpr Rgba kReddishPurple{0xCC, 0x79, 0xA7};

/// Fill of a city's match outcome in the choropleth: from dark blue (identical) to near white
/// (none), lightness 36, 52, 61, 74, 89, 97.
Rgba outcomeColor(CityOutcome outcome);

/// Colour of a cluster programme (NDRC-SEI vermillion, MIIT-AMC sky blue, MOST-IIC yellow);
/// any other programme is mid grey.
Rgba programmeColor(std::string_view programme);

/// Colour of the online industrial belts (bluish green; drawn as diamonds, never circles).
inline constexpr Rgba kBelts = kBluishGreen;
/// Colour of the ellipse of all clusters.
inline constexpr Rgba kAllClusters{0x22, 0x22, 0x22};

/// Colour of an ellipse group: a programme's colour, kAllClusters for "clusters", kBelts for
/// "belts", grey otherwise.
Rgba groupColor(std::string_view group);

}  // namespace palette
}  // namespace cb
