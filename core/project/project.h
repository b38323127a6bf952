// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cpl_json.h>

#include <string>
#include <vector>

#include "core/analysis/analysis.h"
#include "core/geometry/geometry.h"

namespace cb {

/// Where the map was looking when the project was saved.
struct MapViewState {
  Point2 centre;                ///< China Albers (crs::kChinaAlbers), metres
  double metresPerPixel = 0.0;  ///< map scale, metres per device pixel; 0 = no view saved (fit all)

  /// True when a view was saved: a finite centre and a positive, finite scale.
  [[nodiscard]] bool isValid() const;
  friend bool operator==(const MapViewState&, const MapViewState&) = default;
};

/// A file the project names that is not on disk.
struct MissingFile {
  std::string role;  ///< "boundaries", "clusters", "belts" or "taxonomy"
  std::string path;  ///< the UTF-8 path where it was expected (absolute after loading)
  friend bool operator==(const MissingFile&, const MissingFile&) = default;
};

/// Everything a researcher's session needs to come back: the inputs of the analysis (files,
/// column mappings, taxonomy, ellipse convention, manual placements), the last map view and the
/// map's layers. The layers are kept as JSON text written and read by the layer stack, so this
/// core type does not depend on how layers are modelled.
///
/// In memory every path is a UTF-8 path as the user gave it (absolute after loadProject); an
/// empty path means the bundled data. Paths become relative to the project file only on disk.
struct Project {
  /// The schema this version writes and the newest it reads. 2: a data source may carry row
  /// filters ("where"); an older reader must refuse such a file rather than ignore its filters.
  static constexpr int kSchemaVersion = 2;

  AnalysisInputs inputs;
  MapViewState view;
  /// The map's layers as compact JSON text (CPLJSONObject::Format(Plain)); empty = none saved.
  std::string layers;

  /// The layers as a JSON object; an invalid CPLJSONObject (IsValid() false) when none are saved.
  [[nodiscard]] CPLJSONObject layersJson() const;
  /// Stores `layers` (a JSON object) as compact text; an invalid object clears the layers.
  void setLayersJson(const CPLJSONObject& layers);

  /// Every non-empty input path that does not exist on disk, in the order boundaries, clusters,
  /// belts, taxonomy. Nothing is removed from the inputs: the caller decides (locate, keep).
  [[nodiscard]] std::vector<MissingFile> missingFiles() const;

  /// Same inputs, view and layers text.
  friend bool operator==(const Project& a, const Project& b);
};

/// A UTF-8 string as a filesystem path (correct on Windows too, where std::string is ANSI).
std::filesystem::path pathFromUtf8(const std::string& utf8);
/// A filesystem path as a UTF-8 string with the platform's separators.
std::string pathToUtf8(const std::filesystem::path& path);

}  // namespace cb
