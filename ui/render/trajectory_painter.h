// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "core/scene/layer_stack.h"
#include "ui/render/layer_context.h"

namespace cb {
struct Analysis;
}

namespace cb::render {

/// The groups a trajectory layer draws: its own list, or every group with a trajectory.
std::vector<std::string> trajectoryGroups(const MapLayer& layer, const Analysis& analysis);

/// Paints the path of each group's mean centre from year to year (Analysis::trajectories): a
/// line through the centres of the years with an ellipse, an arrowhead on each step pointing to
/// the later year, a dot at each centre and, with labels on, the year beside it.
bool paintTrajectory(LayerContext& context, const MapLayer& layer);

}  // namespace cb::render
