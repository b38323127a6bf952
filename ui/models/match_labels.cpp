// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/match_labels.h"

#include <QCoreApplication>
#include <QLocale>
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

QString groupsText(const std::vector<std::string>& groups, const MatchReport& report) {
  const bool chinese = QLocale().language() == QLocale::Chinese;
  const auto name = [&](const std::string& id) {
    const IndustryGroup* group = report.group(id);
    if (!group) return fromUtf8(id);
    return fromUtf8(chinese || group->nameEn.empty() ? group->nameZh : group->nameEn);
  };
  QStringList parts;
  for (const std::string& g : groups) {
    const auto tilde = g.find('~');
    parts << (tilde == std::string::npos ? name(g)
                                         : name(g.substr(0, tilde)) + QStringLiteral(" ~ ") + name(g.substr(tilde + 1)));
  }
  return parts.join(QStringLiteral("; "));
}

}  // namespace cb::ui
