// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The planar standard deviational ellipse (SDE): weighted moments, the eigen-decomposition of the
// weighted covariance and the published scale conventions. Everything here works in one planar CRS
// (x = easting, y = northing, any linear unit); projection, groups and lon/lat output live in
// core/stats/sde_analysis.h. The mathematics follows Yuill (1971) and the tool survey in SDE.md.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/geometry/geometry.h"

namespace cb {

/// The published SDE conventions. All share the centre and the axis directions (the eigenvectors of
/// the weighted population covariance C = S / W, W = Σw); they differ only in the factor applied to
/// √λ, where λ₁ ≥ λ₂ are the eigenvalues of C:
///  - ArcGis:     k·√2·√λ, k = 1, 2, 3 ("Ellipse Size" of ArcGIS Directional Distribution). Default.
///  - Yuill:      √λ (Yuill 1971; QGIS SDEllipse without corrections). Covers 39.3 % of a normal.
///  - CrimeStat:  √2·√(λ·n/(n−2)), n = number of points. With weights this is what PySAL pointpats
///                and QGIS do (Σw inside λ, the point count in the correction); CrimeStat itself
///                defines no weighted version, so weighted results are labelled as such.
///  - Aspace:     √(2·λ·W/(W−2)), R aspace calc_sde(weighted = TRUE): Σw − 2 degrees of freedom.
///  - Confidence: c·√λ with c = √(−2 ln(1 − p)), the bivariate-normal p ellipse (Wang et al. 2015).
enum class SdeMethod { ArcGis, Yuill, CrimeStat, Aspace, Confidence };

/// The method's command-line / file name: "arcgis", "yuill", "crimestat", "aspace", "confidence".
std::string_view sdeMethodName(SdeMethod method);
/// Parses sdeMethodName() back; std::nullopt for anything else.
std::optional<SdeMethod> parseSdeMethod(std::string_view name);

/// How large an ellipse to draw.
struct SdeOptions {
  SdeMethod method = SdeMethod::ArcGis;
  int k = 1;         ///< ArcGis only: standard deviations, 1, 2 or 3
  double p = 0.95;   ///< Confidence only: probability mass under a bivariate normal, 0 < p < 1
  friend bool operator==(const SdeOptions&, const SdeOptions&) = default;
};

/// The scale on √λ for a method. `n` is the point count and `weightSum` Σw (used by CrimeStat and
/// Aspace). NaN when the method is undefined for these inputs (k outside 1..3, p outside (0,1),
/// n ≤ 2 for CrimeStat, Σw ≤ 2 for Aspace).
double sdeScaleFactor(const SdeOptions& options, std::size_t n, double weightSum);

/// A short human label of the convention actually applied, e.g. "ArcGIS 2 SD (2·√2·√λ)" or
/// "CrimeStat √2·√(n/(n−2)), weighted as PySAL pointpats (n = point count)".
std::string sdeMethodLabel(const SdeOptions& options, bool weighted);

/// Weighted first and second moments, as unnormalised sums about the weighted mean centre.
/// Coordinates are in the units of the input CRS.
struct WeightedMoments {
  std::size_t n = 0;       ///< number of points
  double weightSum = 0.0;  ///< W = Σw (= n without weights)
  double minWeight = 0.0;  ///< smallest weight seen (1 without weights); ≤ 0 or NaN sums mean bad input
  double meanX = 0.0;      ///< weighted mean centre x̄ = Σwx / W
  double meanY = 0.0;      ///< weighted mean centre ȳ = Σwy / W
  double sxx = 0.0;        ///< Σw(x − x̄)²
  double syy = 0.0;        ///< Σw(y − ȳ)²
  double sxy = 0.0;        ///< Σw(x − x̄)(y − ȳ)

  /// True when every weight was positive and finite and every sum is finite.
  [[nodiscard]] bool isValid() const;
};

/// Two passes over contiguous memory: the weighted mean first, then the centred second moments
/// (never Σx² − n·x̄², which loses 6–7 digits on projected coordinates of 10⁶–10⁷ m). The second
/// pass also sums the residual Σw(x − x̄) and applies it as a correction, so a mean that is off in
/// the last bits does not bias the moments. `w` empty means every weight is 1; otherwise it has the
/// size of `x` and `y`. No allocation; bad weights or coordinates show up in isValid().
WeightedMoments computeMoments(std::span<const double> x, std::span<const double> y,
                               std::span<const double> w = {});

/// The index of the first point with a non-finite coordinate or a weight that is not positive and
/// finite, or std::nullopt when there is none. A slow path: call it only when isValid() fails.
std::optional<std::size_t> findBadPoint(std::span<const double> x, std::span<const double> y,
                                        std::span<const double> w = {});

/// A standard deviational ellipse in the planar CRS of its points.
struct SdeParameters {
  std::size_t n = 0;
  double weightSum = 0.0;
  Point2 center;                    ///< weighted mean centre, CRS units
  double sigmaMajor = 0.0;          ///< semi-major axis a, CRS units (not the full axis)
  double sigmaMinor = 0.0;          ///< semi-minor axis b ≤ a, CRS units
  double angleCcwFromXDeg = 0.0;    ///< major axis, degrees counter-clockwise from +x, (−90, 90]
  double azimuthDeg = 0.0;          ///< major axis, degrees clockwise from grid north, [0, 180)
  double area = 0.0;                ///< π·a·b in squared CRS units
  double axisRatio = 0.0;           ///< b / a (NaN when a = 0)
  double flattening = 0.0;          ///< 1 − b / a
  double eccentricity = 0.0;        ///< √(1 − b²/a²)
  double standardDistance = 0.0;    ///< √(λ₁ + λ₂), CRS units, no scale factor
  double scaleFactor = 0.0;         ///< the factor applied to √λ
  SdeOptions options;
  bool collinear = false;   ///< λ₂ ≤ 1e-12·λ₁: the points lie on a line; b is set to 0
  bool circular = false;    ///< (λ₁ − λ₂)/(λ₁ + λ₂) < 1e-12: no orientation; azimuth set to 0
  bool coincident = false;  ///< λ₁ = 0: every point at the centre; no ellipse
};

/// The ellipse from the moments. Requires moments.n ≥ 1 and a valid weight sum; the scale factor
/// (and so a and b) is NaN when the method is undefined for these inputs (see sdeScaleFactor()).
SdeParameters sdeFromMoments(const WeightedMoments& moments, const SdeOptions& options);

/// The turn from axis bearing `from` to axis bearing `to` (degrees; an axis has period 180°), in
/// (−90, 90]: how bootstraps and time series compare the azimuths of ellipses.
double axisBearingDifference(double to, double from);
/// An axis bearing in [0, 180).
double normalizedAxisBearing(double degrees);

/// The closed polygon of an ellipse: `vertices` points equally spaced in the parameter t,
/// P(t) = c + a·cos t·(cos φ, sin φ) + b·sin t·(−sin φ, cos φ), φ counter-clockwise from +x, plus
/// the first point repeated. Generated in map coordinates (never rotate on a y-down screen).
/// Counter-clockwise. `radiusScale` multiplies a and b (1 gives the inscribed polygon).
Ring ellipseRing(Point2 center, double major, double minor, double angleCcwFromXDeg,
                 int vertices = 360, double radiusScale = 1.0);

}  // namespace cb
