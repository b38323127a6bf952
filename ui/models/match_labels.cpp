// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/match_labels.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include "ui/render/legend_painter.h"

namespace cb::ui {
namespace {

/// The translation context of these labels. A free function has no class to lend it one, and
/// lupdate files a message under the class named at the call.
class MatchLabels {
  Q_DECLARE_TR_FUNCTIONS(cb::ui::MatchLabels)
};

}  // namespace

QString outcomeLabel(ClusterOutcome outcome) {
  switch (outcome) {
    case ClusterOutcome::Identical: return MatchLabels::tr("identical");
    case ClusterOutcome::Similar: return MatchLabels::tr("similar");
    case ClusterOutcome::Unrelated: return MatchLabels::tr("unrelated");
    case ClusterOutcome::NoBelt: return MatchLabels::tr("no belt");
  }
  return {};
}

QString matchKindLabel(MatchKind kind) {
  switch (kind) {
    case MatchKind::Identical: return MatchLabels::tr("identical");
    case MatchKind::Similar: return MatchLabels::tr("similar");
    case MatchKind::Unrelated: return MatchLabels::tr("unrelated");
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
