// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Words and roles shared by the table models, the city inspector and the charts, so that a
// match outcome reads the same everywhere and every view finds a row's city the same way.

#include <QString>
#include <Qt>
#include <string>
#include <vector>

#include "core/match/match_engine.h"
#include "core/match/city_outcome.h"

namespace cb::ui {

/// Item roles of the ClusterBelt table models.
enum TableRole {
  /// The 2021 unit code (6 digits, QString) of the city the row belongs or resolved to.
  CityCodeRole = Qt::UserRole + 1,
  /// The value to sort by: numbers as int/double, outcomes in order of strength, text otherwise.
  SortRole,
};

/// Translated words: "identical", "similar", "unrelated", "no belt".
QString outcomeLabel(ClusterOutcome outcome);
QString matchKindLabel(MatchKind kind);
/// The class of a city as the map's legend names it: … "cluster without belt", "belt only", "none".
QString cityOutcomeLabel(cb::CityOutcome outcome);

/// Groups as one line of their names in the language of the UI ("家具与家居; 家用电器" or "Furniture
/// and home furnishing; Household appliances"); a similar pair "a~b" reads "a ~ b". An id the
/// report does not know is shown as it is.
QString groupsText(const std::vector<std::string>& groups, const MatchReport& report);

inline QString fromUtf8(const std::string& text) { return QString::fromStdString(text); }

}  // namespace cb::ui
