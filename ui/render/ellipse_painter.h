// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPen>
#include <string>
#include <vector>

#include "core/scene/layer_stack.h"
#include "core/inference/ellipse_bootstrap.h"
#include "core/stats/study_ellipses.h"
#include "ui/render/layer_context.h"

namespace cb::render {

/// The groups a layer draws, in order: its own list, or every group of the analysis.
std::vector<std::string> ellipseGroups(const MapLayer& layer, const StudyEllipses& ellipses);

/// The line of the i-th group of an ellipse layer: the group's colour and a dash pattern that
/// differs by position (solid, dashes, dash-dot, dots), so the lines differ in greyscale too.
QPen ellipsePen(const MapLayer& layer, const std::string& group, std::size_t position, double widthPx);

/// The bootstrap of a group's ellipse among the tests of the context, or nullptr.
const EllipseBootstrap* bootstrapOf(const LayerContext& context, const std::string& group);

/// Paints the ellipses of a layer — the outlines of the analysis, in its convention
/// (AnalysisInputs::sde) — with their centre marks and, with labels on, the group names; once the
/// tests have run, the 95 % region of each centre's bootstrap replicates too.
bool paintEllipses(LayerContext& context, const MapLayer& layer);

}  // namespace cb::render
