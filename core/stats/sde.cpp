// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/sde.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace cb {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kDegPerRad = 180.0 / std::numbers::pi;

// The hot loops keep kLanes independent partial sums: the additions of one lane do not wait for
// the previous ones (the latency of a floating-point add would otherwise bound the loop), and the
// compiler can pack two lanes per SIMD register without reassociating anything. Sums are also
// closed every kBlock points, so rounding error grows with the block, not with all 10⁷ points.
constexpr std::size_t kLanes = 4;
constexpr std::size_t kBlock = 4096;
using Lanes = std::array<double, kLanes>;

double total(const Lanes& lanes) { return (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]); }

struct FirstPass {
  double w = 0.0, wx = 0.0, wy = 0.0;
  double minW = std::numeric_limits<double>::infinity();
};

// Pass 1: Σw, Σwx, Σwy and the smallest weight over [begin, end). Weighted = false reads no w.
template <bool Weighted>
void firstPass(const double* x, const double* y, const double* w, std::size_t begin,
               std::size_t end, FirstPass& out) {
  Lanes sw{}, sx{}, sy{};
  Lanes mn;
  mn.fill(std::numeric_limits<double>::infinity());
  std::size_t i = begin;
  for (; i + kLanes <= end; i += kLanes) {
    for (std::size_t l = 0; l < kLanes; ++l) {
      const double wi = Weighted ? w[i + l] : 1.0;
      sw[l] += wi;
      sx[l] += wi * x[i + l];
      sy[l] += wi * y[i + l];
      mn[l] = mn[l] < wi ? mn[l] : wi;  // a NaN weight also poisons sw, so it is never missed
    }
  }
  for (; i < end; ++i) {
    const double wi = Weighted ? w[i] : 1.0;
    sw[0] += wi;
    sx[0] += wi * x[i];
    sy[0] += wi * y[i];
    mn[0] = mn[0] < wi ? mn[0] : wi;
  }
  out.w += total(sw);
  out.wx += total(sx);
  out.wy += total(sy);
  out.minW = std::min({out.minW, mn[0], mn[1], mn[2], mn[3]});
}

struct SecondPass {
  double xx = 0.0, yy = 0.0, xy = 0.0, rx = 0.0, ry = 0.0;
};

// Pass 2: centred second moments, plus the residuals Σw·dx and Σw·dy that correct a mean which is
// off in its last bits (the "corrected two-pass" algorithm of Chan, Golub & LeVeque 1983).
template <bool Weighted>
void secondPass(const double* x, const double* y, const double* w, std::size_t begin,
                std::size_t end, double mx, double my, SecondPass& out) {
  Lanes sxx{}, syy{}, sxy{}, rx{}, ry{};
  std::size_t i = begin;
  for (; i + kLanes <= end; i += kLanes) {
    for (std::size_t l = 0; l < kLanes; ++l) {
      const double wi = Weighted ? w[i + l] : 1.0;
      const double dx = x[i + l] - mx;
      const double dy = y[i + l] - my;
      const double wdx = wi * dx;
      const double wdy = wi * dy;
      sxx[l] += wdx * dx;
      syy[l] += wdy * dy;
      sxy[l] += wdx * dy;
      rx[l] += wdx;
      ry[l] += wdy;
    }
  }
  for (; i < end; ++i) {
    const double wi = Weighted ? w[i] : 1.0;
    const double dx = x[i] - mx;
    const double dy = y[i] - my;
    sxx[0] += wi * dx * dx;
    syy[0] += wi * dy * dy;
    sxy[0] += wi * dx * dy;
    rx[0] += wi * dx;
    ry[0] += wi * dy;
  }
  out.xx += total(sxx);
  out.yy += total(syy);
  out.xy += total(sxy);
  out.rx += total(rx);
  out.ry += total(ry);
}

template <bool Weighted>
WeightedMoments moments(const double* x, const double* y, const double* w, std::size_t n) {
  WeightedMoments m;
  m.n = n;
  FirstPass first;
  for (std::size_t b = 0; b < n; b += kBlock) {
    firstPass<Weighted>(x, y, w, b, std::min(n, b + kBlock), first);
  }
  m.weightSum = first.w;
  m.minWeight = n == 0 ? kNaN : first.minW;
  if (n == 0 || !(first.w > 0.0)) return m;
  const double mx = first.wx / first.w;
  const double my = first.wy / first.w;
  SecondPass second;
  for (std::size_t b = 0; b < n; b += kBlock) {
    secondPass<Weighted>(x, y, w, b, std::min(n, b + kBlock), mx, my, second);
  }
  const double cx = second.rx / first.w;
  const double cy = second.ry / first.w;
  m.meanX = mx + cx;
  m.meanY = my + cy;
  m.sxx = std::max(0.0, second.xx - second.rx * cx);
  m.syy = std::max(0.0, second.yy - second.ry * cy);
  m.sxy = second.xy - second.rx * cy;
  return m;
}

}  // namespace

std::string_view sdeMethodName(SdeMethod method) {
  switch (method) {
    case SdeMethod::ArcGis: return "arcgis";
    case SdeMethod::Yuill: return "yuill";
    case SdeMethod::CrimeStat: return "crimestat";
    case SdeMethod::Aspace: return "aspace";
    case SdeMethod::Confidence: return "confidence";
  }
  return "arcgis";
}

std::optional<SdeMethod> parseSdeMethod(std::string_view name) {
  for (SdeMethod m : {SdeMethod::ArcGis, SdeMethod::Yuill, SdeMethod::CrimeStat, SdeMethod::Aspace,
                      SdeMethod::Confidence}) {
    if (sdeMethodName(m) == name) return m;
  }
  return std::nullopt;
}

double sdeScaleFactor(const SdeOptions& options, std::size_t n, double weightSum) {
  switch (options.method) {
    case SdeMethod::ArcGis:
      if (options.k < 1 || options.k > 3) return kNaN;
      return options.k * std::numbers::sqrt2;
    case SdeMethod::Yuill: return 1.0;
    case SdeMethod::CrimeStat: {
      if (n <= 2) return kNaN;
      const double count = static_cast<double>(n);
      return std::sqrt(2.0 * count / (count - 2.0));
    }
    case SdeMethod::Aspace:
      if (!(weightSum > 2.0)) return kNaN;
      return std::sqrt(2.0 * weightSum / (weightSum - 2.0));
    case SdeMethod::Confidence:
      if (!(options.p > 0.0 && options.p < 1.0)) return kNaN;
      // 2-D chi-square quantile in closed form; log1p keeps digits for p near 0.
      return std::sqrt(-2.0 * std::log1p(-options.p));
  }
  return kNaN;
}

std::string sdeMethodLabel(const SdeOptions& options, bool weighted) {
  switch (options.method) {
    case SdeMethod::ArcGis:
      return "ArcGIS " + std::to_string(options.k) + " SD (" +
             (options.k == 1 ? std::string() : std::to_string(options.k) + "·") + "√2·√λ)";
    case SdeMethod::Yuill: return "Yuill 1971 (√λ, no correction)";
    case SdeMethod::CrimeStat:
      return weighted ? "CrimeStat √2·√(λ·n/(n−2)), weighted as PySAL pointpats (n = point count)"
                      : "CrimeStat √2·√(λ·n/(n−2))";
    case SdeMethod::Aspace: return "R aspace weighted √(2·λ·W/(W−2))";
    case SdeMethod::Confidence: {
      std::string p = std::to_string(options.p);
      p.erase(p.find_last_not_of('0') + 1);
      return "confidence ellipse p = " + p + " (√(−2 ln(1−p))·√λ)";
    }
  }
  return {};
}

bool WeightedMoments::isValid() const {
  return n > 0 && minWeight > 0.0 && std::isfinite(weightSum) && weightSum > 0.0 &&
         std::isfinite(meanX) && std::isfinite(meanY) && std::isfinite(sxx) &&
         std::isfinite(syy) && std::isfinite(sxy);
}

WeightedMoments computeMoments(std::span<const double> x, std::span<const double> y,
                               std::span<const double> w) {
  const std::size_t n = std::min(x.size(), y.size());
  if (w.empty()) return moments<false>(x.data(), y.data(), nullptr, n);
  return moments<true>(x.data(), y.data(), w.data(), std::min(n, w.size()));
}

std::optional<std::size_t> findBadPoint(std::span<const double> x, std::span<const double> y,
                                        std::span<const double> w) {
  const std::size_t n = std::min(x.size(), y.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (!std::isfinite(x[i]) || !std::isfinite(y[i])) return i;
    if (!w.empty() && (i >= w.size() || !(w[i] > 0.0) || !std::isfinite(w[i]))) return i;
  }
  return std::nullopt;
}

SdeParameters sdeFromMoments(const WeightedMoments& m, const SdeOptions& options) {
  SdeParameters r;
  r.n = m.n;
  r.weightSum = m.weightSum;
  r.center = {m.meanX, m.meanY};
  r.options = options;
  const double w = m.weightSum;
  // Closed-form eigenvalues of [[Sxx, Sxy], [Sxy, Syy]] / W; hypot avoids overflow and needs no
  // special case for Sxy = 0.
  const double trace = m.sxx + m.syy;
  const double spread = std::hypot(m.sxx - m.syy, 2.0 * m.sxy);
  const double lambda1 = (trace + spread) / (2.0 * w);
  double lambda2 = std::max(0.0, (trace - spread) / (2.0 * w));
  r.coincident = !(lambda1 > 0.0);
  r.collinear = !r.coincident && lambda2 <= 1e-12 * lambda1;
  r.circular = !r.coincident && spread <= 1e-12 * trace;
  if (r.collinear) lambda2 = 0.0;
  // φ = ½·atan2(2Sxy, Sxx − Syy) in (−90°, 90°]; adding +0.0 turns a −0 into +0 so that the
  // range never reaches −90°. The bearing of the major axis is then 90° − φ, in [0°, 180°).
  const double phi = r.circular || r.coincident
                         ? 90.0
                         : 0.5 * std::atan2(2.0 * m.sxy + 0.0, m.sxx - m.syy) * kDegPerRad;
  r.angleCcwFromXDeg = phi;
  r.azimuthDeg = 90.0 - phi;
  if (r.azimuthDeg >= 180.0) r.azimuthDeg -= 180.0;
  if (r.azimuthDeg < 0.0) r.azimuthDeg += 180.0;
  r.scaleFactor = sdeScaleFactor(options, m.n, w);
  r.standardDistance = std::sqrt(lambda1 + lambda2);
  r.sigmaMajor = r.scaleFactor * std::sqrt(lambda1);
  r.sigmaMinor = r.scaleFactor * std::sqrt(lambda2);
  r.area = std::numbers::pi * r.sigmaMajor * r.sigmaMinor;
  if (r.sigmaMajor > 0.0) {
    const double ratio = r.sigmaMinor / r.sigmaMajor;
    r.axisRatio = ratio;
    r.flattening = 1.0 - ratio;
    r.eccentricity = std::sqrt((1.0 - ratio) * (1.0 + ratio));
  } else {
    r.axisRatio = r.flattening = r.eccentricity = kNaN;
  }
  return r;
}

Ring ellipseRing(Point2 center, double major, double minor, double angleCcwFromXDeg,
                 int vertices, double radiusScale) {
  Ring ring;
  if (vertices < 3) return ring;
  ring.reserve(static_cast<std::size_t>(vertices) + 1);
  const double phi = angleCcwFromXDeg / kDegPerRad;
  const double c = std::cos(phi);
  const double s = std::sin(phi);
  const double a = major * radiusScale;
  const double b = minor * radiusScale;
  for (int i = 0; i < vertices; ++i) {
    const double t = 2.0 * std::numbers::pi * i / vertices;
    const double u = a * std::cos(t);
    const double v = b * std::sin(t);
    ring.push_back({center.x + u * c - v * s, center.y + u * s + v * c});
  }
  ring.push_back(ring.front());
  return ring;
}

double axisBearingDifference(double to, double from) {
  double d = std::fmod(to - from, 180.0);
  if (d > 90.0) d -= 180.0;
  if (d <= -90.0) d += 180.0;
  return d;
}

double normalizedAxisBearing(double degrees) {
  const double b = std::fmod(degrees, 180.0);
  return b < 0.0 ? b + 180.0 : b;
}

}  // namespace cb
