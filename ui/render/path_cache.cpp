// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/path_cache.h"

namespace cb::render {
namespace {

void addRing(QPainterPath& path, const Ring& ring) {
  if (ring.empty()) return;
  path.moveTo(ring.front().x, ring.front().y);
  for (std::size_t i = 1; i < ring.size(); ++i) path.lineTo(ring[i].x, ring[i].y);
  path.closeSubpath();
}

QPainterPath toPath(const MultiPolygon& geometry) {
  QPainterPath path;
  path.setFillRule(Qt::OddEvenFill);  // holes stay holes whatever the ring orientation
  for (const Polygon& polygon : geometry) {
    addRing(path, polygon.outer);
    for (const Ring& hole : polygon.holes) addRing(path, hole);
  }
  return path;
}

std::vector<std::vector<QPainterPath>> pathsOf(const RegionLayer& layer) {
  std::vector<std::vector<QPainterPath>> paths;
  paths.reserve(layer.size());
  for (const Region& region : layer.regions()) {
    std::vector<QPainterPath> lods;
    lods.reserve(kLodToleranceMetres.size());
    for (std::size_t lod = 0; lod < kLodToleranceMetres.size(); ++lod) {
      lods.push_back(toPath(lod < region.lods.size() ? region.lods[lod] : region.geometry));
    }
    paths.push_back(std::move(lods));
  }
  return paths;
}

}  // namespace

PathCache::PathCache(std::shared_ptr<const BoundaryMap> boundaries)
    : mBoundaries(std::move(boundaries)),
      mPrefectures(pathsOf(mBoundaries->prefectures())),
      mProvinces(pathsOf(mBoundaries->provinces())) {}

std::size_t PathCache::lodFor(double metresPerPixel) {
  std::size_t best = 0;
  for (std::size_t lod = 0; lod < kLodToleranceMetres.size(); ++lod) {
    if (kLodToleranceMetres[lod] <= 0.5 * metresPerPixel) best = lod;
  }
  return best;
}

}  // namespace cb::render
