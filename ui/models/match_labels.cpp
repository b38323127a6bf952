// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/match_labels.h"

#include <QCoreApplication>
#include <QStringList>

#include "ui/render/legend_painter.h"

namespace cb::ui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("cb::ui::MatchLabels", text); }

}  // namespace

QString outcomeLabel(ClusterOutcome outcome) {
  switch (outcome) {
    case ClusterOutcome::Identical: return tr("identical");
    case ClusterOutcome::Similar: return tr("similar");
    case ClusterOutcome::Unrelated: return tr("unrelated");
    case ClusterOutcome::NoBelt: return tr("no belt");
  }
  return {};
}

QString matchKindLabel(MatchKind kind) {
  switch (kind) {
    case MatchKind::Identical: return tr("identical");
    case MatchKind::Similar: return tr("similar");
    case MatchKind::Unrelated: return tr("unrelated");
  }
  return {};
}

QString cityOutcomeLabel(cb::CityOutcome outcome) {
  // The legend's words, so the table and the map name a class alike.
  return render::LegendPainter::outcomeLabel(outcome);
}

QString groupsText(const std::vector<std::string>& groups) {
  QStringList parts;
  for (const std::string& g : groups) parts << fromUtf8(g).replace(QLatin1Char('~'), QStringLiteral(" ~ "));
  return parts.join(QStringLiteral("; "));
}

}  // namespace cb::ui
