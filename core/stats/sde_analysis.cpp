// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/sde_analysis.h"

#include <proj.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <numbers>
#include <optional>
#include <stdexcept>

#include "core/crs/coordinate_transform.h"

namespace cb {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kDegPerRad = 180.0 / std::numbers::pi;
constexpr std::size_t kMaxRowMessages = 20;  // a file full of bad rows should not flood the output

// What the SDE needs to know about a CRS.
struct CrsInfo {
  std::string definition;  // as PROJ accepts it as a CRS
  bool geographic = false;
  double metresPerUnit = 1.0;
};

struct ContextCloser {
  void operator()(PJ_CONTEXT* c) const { proj_context_destroy(c); }
};
struct PjCloser {
  void operator()(PJ* p) const { proj_destroy(p); }
};
using ContextPtr = std::unique_ptr<PJ_CONTEXT, ContextCloser>;
using PjPtr = std::unique_ptr<PJ, PjCloser>;

// A bare "+proj=…" string describes an operation to PROJ unless it says it is a CRS.
std::string asCrsDefinition(const std::string& text) {
  const bool projString = text.rfind('+', 0) == 0 || text.rfind("proj=", 0) == 0;
  if (projString && text.find("type=crs") == std::string::npos) return text + " +type=crs";
  return text;
}

PjPtr createCrs(PJ_CONTEXT* context, const std::string& definition) {
  PjPtr crs(proj_create(context, definition.c_str()));
  if (!crs || !proj_is_crs(crs.get())) {
    throw std::invalid_argument("'" + definition + "' is not a coordinate reference system");
  }
  // A bound CRS (+towgs84) or a compound CRS (with heights) carries the horizontal CRS inside.
  if (proj_get_type(crs.get()) == PJ_TYPE_BOUND_CRS) {
    crs.reset(proj_get_source_crs(context, crs.get()));
  } else if (proj_get_type(crs.get()) == PJ_TYPE_COMPOUND_CRS) {
    crs.reset(proj_crs_get_sub_crs(context, crs.get(), 0));
  }
  if (!crs) throw std::invalid_argument("cannot read the horizontal CRS of '" + definition + "'");
  return crs;
}

CrsInfo inspectCrs(PJ_CONTEXT* context, const std::string& text) {
  CrsInfo info;
  info.definition = asCrsDefinition(text);
  const PjPtr crs = createCrs(context, info.definition);
  const PJ_TYPE type = proj_get_type(crs.get());
  info.geographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS ||
                    type == PJ_TYPE_GEOGRAPHIC_CRS;
  if (info.geographic) {
    info.metresPerUnit = kNaN;
    return info;
  }
  const PjPtr cs(proj_crs_get_coordinate_system(context, crs.get()));
  double factor = 1.0;
  if (cs && proj_cs_get_axis_info(context, cs.get(), 0, nullptr, nullptr, nullptr, &factor,
                                  nullptr, nullptr, nullptr) == 1 && factor > 0.0) {
    info.metresPerUnit = factor;
  }
  return info;
}

bool sameCrs(PJ_CONTEXT* context, const std::string& a, const std::string& b) {
  if (a == b) return true;
  const PjPtr ca = createCrs(context, a);
  const PjPtr cb = createCrs(context, b);
  return proj_is_equivalent_to_with_ctx(context, ca.get(), cb.get(),
                                        PJ_COMP_EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS) != 0;
}

double wrap180(double degrees) {
  double d = std::fmod(degrees, 180.0);
  if (d < 0.0) d += 180.0;
  return d >= 180.0 ? 0.0 : d;
}

// The contiguous arrays of one group, ready for the two-pass kernel.
struct GroupPoints {
  std::vector<double> x, y, w;
};

}  // namespace

bool SdeReport::hasErrors() const {
  return std::any_of(messages.begin(), messages.end(), [](const SdeMessage& m) {
    return m.severity == SdeMessage::Severity::Error;
  });
}

double gridAzimuthOfTrueNorthDeg(const CoordinateTransform& lonLatToProjected, Point2 lonLat) {
  constexpr double step = 1e-4;  // degrees of latitude, about 11 m
  const double south = std::max(-90.0, lonLat.y - step);
  const double north = std::min(90.0, lonLat.y + step);
  const Point2 a = lonLatToProjected.forward({lonLat.x, south});
  const Point2 b = lonLatToProjected.forward({lonLat.x, north});
  return std::atan2(b.x - a.x, b.y - a.y) * kDegPerRad;
}

SdeReport computeSde(const SdeRequest& request) {
  const std::size_t count = request.x.size();
  if (request.y.size() != count || (!request.weights.empty() && request.weights.size() != count) ||
      (!request.groups.empty() && request.groups.size() != count) ||
      (!request.rows.empty() && request.rows.size() != count)) {
    throw std::invalid_argument("x, y, weights, groups and rows must have one value per point");
  }
  if (request.options.method == SdeMethod::ArcGis &&
      (request.options.k < 1 || request.options.k > 3)) {
    throw std::invalid_argument("the ArcGIS ellipse size k must be 1, 2 or 3");
  }
  if (request.options.method == SdeMethod::Confidence &&
      !(request.options.p > 0.0 && request.options.p < 1.0)) {
    throw std::invalid_argument("the confidence probability p must be between 0 and 1");
  }
  const ContextPtr context(proj_context_create());
  const CrsInfo input = inspectCrs(context.get(), request.inputCrs);
  const CrsInfo computation = inspectCrs(context.get(), request.computationCrs);
  if (computation.geographic && !request.allowDegrees) {
    throw std::invalid_argument(
        "refusing to compute the ellipse on longitude/latitude degrees: a degree of longitude is "
        "shorter than one of latitude, so bearing, shape and area would be wrong; compute in an "
        "equal-area projection such as China Albers, or allow degrees explicitly");
  }
  const bool transformInput = !sameCrs(context.get(), input.definition, computation.definition);
  const std::string wgs84 = asCrsDefinition(std::string(crs::kWgs84));
  const bool computationIsWgs84 = sameCrs(context.get(), wgs84, computation.definition);

  SdeReport report;
  auto rowOf = [&](std::size_t i) {
    return request.rows.empty() ? static_cast<long long>(i) : request.rows[i];
  };
  auto groupOf = [&](std::size_t i) {
    return request.groups.empty() ? std::string() : request.groups[i];
  };

  // Coordinates in the computation CRS, and the points that cannot be used.
  std::vector<double> xs = request.x;
  std::vector<double> ys = request.y;
  if (transformInput) {
    const CoordinateTransform toComputation(input.definition, computation.definition);
    std::vector<Point2> chunk;
    for (std::size_t begin = 0; begin < count; begin += 65536) {
      const std::size_t end = std::min(count, begin + 65536);
      chunk.clear();
      for (std::size_t i = begin; i < end; ++i) chunk.push_back({xs[i], ys[i]});
      toComputation.forwardInPlace(chunk);
      for (std::size_t i = begin; i < end; ++i) {
        xs[i] = chunk[i - begin].x;
        ys[i] = chunk[i - begin].y;
      }
    }
  }
  std::vector<bool> bad(count, false);
  std::map<std::string, std::size_t> badPerGroup;
  std::size_t badCount = 0;
  for (std::size_t i = 0; i < count; ++i) {
    std::string problem;
    if (!std::isfinite(request.x[i]) || !std::isfinite(request.y[i])) {
      problem = "coordinate is missing or not a finite number";
    } else if (!std::isfinite(xs[i]) || !std::isfinite(ys[i])) {
      problem = "coordinate (" + std::to_string(request.x[i]) + ", " +
                std::to_string(request.y[i]) + ") cannot be transformed to the computation CRS";
    } else if (!request.weights.empty() &&
               (!(request.weights[i] > 0.0) || !std::isfinite(request.weights[i]))) {
      const double w = request.weights[i];
      problem = std::isnan(w) ? "weight is missing or not a number"
                : w == 0.0    ? "weight is zero"
                : w < 0.0     ? "weight is negative (" + std::to_string(w) + ")"
                              : "weight is infinite";
    }
    if (problem.empty()) continue;
    bad[i] = true;
    ++badPerGroup[groupOf(i)];
    if (++badCount <= kMaxRowMessages) {
      report.messages.push_back({SdeMessage::Severity::Error, groupOf(i), rowOf(i), problem});
    }
  }
  if (badCount > kMaxRowMessages) {
    report.messages.push_back({SdeMessage::Severity::Error, {}, -1,
                               std::to_string(badCount - kMaxRowMessages) +
                                   " more rows with bad coordinates or weights"});
  }

  // Group membership in ascending byte order of the group value: a deterministic output order.
  std::map<std::string, std::vector<std::size_t>> members;
  if (request.groups.empty()) {
    std::vector<std::size_t>& all = members[std::string()];
    all.resize(count);
    for (std::size_t i = 0; i < count; ++i) all[i] = i;
  } else {
    for (std::size_t i = 0; i < count; ++i) members[request.groups[i]].push_back(i);
  }

  std::optional<CoordinateTransform> lonLatToComputation;
  if (!computationIsWgs84) lonLatToComputation.emplace(wgs84, computation.definition);
  const bool weighted = !request.weights.empty();
  GroupPoints points;
  for (const auto& [group, indices] : members) {
    SdeEllipse e;
    e.group = group;
    e.computationCrs = request.computationCrs;
    e.onDegrees = computation.geographic;
    e.metresPerUnit = computation.metresPerUnit;
    e.methodLabel = sdeMethodLabel(request.options, weighted);
    // By name, not the structured binding: clang 14 (the sanitizer and fuzz builds) cannot
    // capture a binding in a lambda.
    auto say = [&, &groupName = group](SdeMessage::Severity severity, std::string text) {
      e.messages.push_back({severity, groupName, -1, text});
      report.messages.push_back({severity, groupName, -1, std::move(text)});
    };
    for (const SdeMessage& m : report.messages) {
      if (m.severity == SdeMessage::Severity::Error && m.row >= 0 && m.group == group) {
        e.messages.push_back(m);
      }
    }
    e.sde.options = request.options;
    e.sde.n = indices.size();
    if (const auto it = badPerGroup.find(group); it != badPerGroup.end()) {
      say(SdeMessage::Severity::Error, "no ellipse: " + std::to_string(it->second) +
                                           " rows with bad coordinates or weights");
      report.ellipses.push_back(std::move(e));
      continue;
    }
    points.x.resize(indices.size());
    points.y.resize(indices.size());
    points.w.resize(weighted ? indices.size() : 0);
    for (std::size_t j = 0; j < indices.size(); ++j) {
      points.x[j] = xs[indices[j]];
      points.y[j] = ys[indices[j]];
      if (weighted) points.w[j] = request.weights[indices[j]];
    }
    const WeightedMoments moments = computeMoments(points.x, points.y, points.w);
    if (!moments.isValid()) {
      say(SdeMessage::Severity::Error, "no ellipse: the weighted sums overflow");
      report.ellipses.push_back(std::move(e));
      continue;
    }
    e.sde = sdeFromMoments(moments, request.options);
    const std::size_t n = indices.size();
    if (n < 3) {
      say(SdeMessage::Severity::Warning, "no ellipse: " + std::to_string(n) +
                                             " point(s), at least 3 are needed");
    } else if (e.sde.coincident) {
      say(SdeMessage::Severity::Warning, "no ellipse: all points are at the same place");
    } else if (!std::isfinite(e.sde.sigmaMajor)) {
      say(SdeMessage::Severity::Warning,
          "no ellipse: " + e.methodLabel + " is undefined for a weight sum of " +
              std::to_string(e.sde.weightSum) + " (it needs more than 2)");
    } else {
      e.hasEllipse = true;
      if (n < 5) {
        say(SdeMessage::Severity::Warning, "only " + std::to_string(n) +
                                               " points: the ellipse is unstable (5 or more advised)");
      }
      if (e.sde.collinear) {
        say(SdeMessage::Severity::Warning,
            "degenerate ellipse: the points are collinear, the minor semi-axis is 0");
      }
      if (e.sde.circular) {
        say(SdeMessage::Severity::Info, "circular ellipse: the orientation is undefined (set to 0)");
      }
      if (computation.geographic) {
        say(SdeMessage::Severity::Warning,
            "computed on degrees as requested: bearing, shape and area are distorted");
      }
    }
    // Centre in lon/lat and the convergence of the meridians there.
    const Point2 center = e.sde.center;
    e.centerLonLat = lonLatToComputation ? lonLatToComputation->inverse(center) : center;
    e.gridConvergenceDeg = 0.0;
    if (lonLatToComputation && !computation.geographic && std::isfinite(e.centerLonLat.x)) {
      e.gridConvergenceDeg = gridAzimuthOfTrueNorthDeg(*lonLatToComputation, e.centerLonLat);
    }
    e.azimuthGridDeg = e.sde.azimuthDeg;
    e.azimuthTrueDeg = wrap180(e.sde.azimuthDeg - e.gridConvergenceDeg);
    const double mpu = computation.metresPerUnit;
    e.areaKm2 = computation.geographic ? kNaN : e.sde.area * mpu * mpu / 1e6;
    e.arcgis = {center.x, center.y, e.sde.sigmaMinor, e.sde.sigmaMajor, e.sde.azimuthDeg};
    if (e.hasEllipse && !e.sde.collinear) {
      e.polygon = ellipseRing(center, e.sde.sigmaMajor, e.sde.sigmaMinor, e.sde.angleCcwFromXDeg,
                              std::max(3, request.polygonVertices));
      e.polygonLonLat.reserve(e.polygon.size());
      for (const Point2& p : e.polygon) {
        e.polygonLonLat.push_back(lonLatToComputation ? lonLatToComputation->inverse(p) : p);
      }
    }
    report.ellipses.push_back(std::move(e));
  }
  return report;
}

}  // namespace cb
