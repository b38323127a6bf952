// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/significance_arguments.h"

#include <cmath>

namespace cb::cli {
namespace {

std::size_t whole(const Arguments& arguments, const std::string& name, std::size_t fallback) {
  const std::optional<double> value = arguments.number(name);
  if (!value) return fallback;
  if (*value < 0 || *value != std::floor(*value)) {
    throw ArgumentError("--" + name + " must be a whole number, not '" + *arguments.value(name) + "'");
  }
  return static_cast<std::size_t>(*value);
}

}  // namespace

SignificanceOptions matchSignificanceOptions(const Arguments& arguments) {
  SignificanceOptions options;
  options.permutation.reset();
  options.colocation.reset();
  options.bootstrap.reset();
  options.overTime = false;
  const auto seed = static_cast<std::uint64_t>(whole(arguments, "seed", PermutationOptions{}.seed));
  const auto threads = static_cast<unsigned>(whole(arguments, "threads", 0));
  if (arguments.has("permutations")) {
    PermutationOptions p;
    p.permutations = whole(arguments, "permutations", p.permutations);
    p.seed = seed;
    p.threads = threads;
    const std::string model = arguments.value("null", "industries");
    const std::optional<BeltNullModel> parsed = parseBeltNullModel(model);
    if (!parsed) throw ArgumentError("--null must be industries, prefectures or weights, not '" + model + "'");
    p.model = *parsed;
    if ((p.model == BeltNullModel::PlaceByWeight) != arguments.has("unit-weights")) {
      throw ArgumentError("--null weights and --unit-weights go together");
    }
    options.permutation = p;
  } else {
    for (const char* option : {"null", "unit-weights"}) {
      if (arguments.has(option)) throw ArgumentError(std::string("--") + option + " needs --permutations");
    }
  }
  if (arguments.has("unit-weights") && !arguments.has("weight-column")) {
    throw ArgumentError("--unit-weights needs --weight-column (the column of the weights)");
  }
  if (const auto kind = arguments.value("colocation")) {
    ColocationOptions c;
    const std::optional<Neighbourhood> neighbourhood = parseNeighbourhood(*kind);
    if (!neighbourhood) throw ArgumentError("--colocation must be knn or band, not '" + *kind + "'");
    c.neighbourhood = *neighbourhood;
    c.k = whole(arguments, "k", c.k);
    if (const auto km = arguments.number("band-km")) c.bandMetres = *km * 1000.0;
    if (c.neighbourhood == Neighbourhood::DistanceBand && !arguments.has("band-km")) {
      throw ArgumentError("--colocation band needs --band-km");
    }
    c.permutations = options.permutation ? options.permutation->permutations : c.permutations;
    c.seed = seed;
    c.threads = threads;
    options.colocation = c;
    const std::string points = arguments.value("colocation-points", "prefecture");
    if (points == "prefecture") {
      options.colocationPoints = ColocationPoints::PrefecturePoints;
    } else if (points == "coordinates") {
      options.colocationPoints = ColocationPoints::OwnCoordinates;
    } else {
      throw ArgumentError("--colocation-points must be prefecture or coordinates, not '" + points + "'");
    }
  } else {
    for (const char* option : {"k", "band-km", "colocation-points"}) {
      if (arguments.has(option)) throw ArgumentError(std::string("--") + option + " needs --colocation");
    }
  }
  return options;
}

SignificanceOptions sdeSignificanceOptions(const Arguments& arguments) {
  SignificanceOptions options;
  options.permutation.reset();
  options.colocation.reset();
  options.bootstrap.reset();
  options.overTime = arguments.has("by-year");
  options.cumulative = arguments.has("cumulative");
  if (options.cumulative && !options.overTime) throw ArgumentError("--cumulative needs --by-year");
  if (arguments.has("bootstrap")) {
    BootstrapOptions b;
    b.replicates = whole(arguments, "bootstrap", b.replicates);
    b.seed = static_cast<std::uint64_t>(whole(arguments, "seed", b.seed));
    b.threads = static_cast<unsigned>(whole(arguments, "threads", 0));
    b.level = arguments.number("level").value_or(b.level);
    options.bootstrap = b;
  }
  return options;
}

bool asksForAny(const SignificanceOptions& options) {
  return options.permutation || options.colocation || options.bootstrap || options.overTime;
}

}  // namespace cb::cli
