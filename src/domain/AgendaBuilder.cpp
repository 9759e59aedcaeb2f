#include "AgendaBuilder.h"

#include <algorithm>
#include <set>

namespace casebook {

bool isDueForReview(const AgendaCase& c, const QDate& meetingOn) { return c.reviewOn && *c.reviewOn <= meetingOn; }

std::vector<AgendaItem> buildAgenda(const AgendaSources& sources) {
  std::vector<AgendaItem> agenda;
  std::set<qint64> listed;
  auto add = [&](AgendaItemKind kind, const QString& title, std::optional<CaseId> caseId = std::nullopt) {
    AgendaItem item;
    item.position = static_cast<int>(agenda.size()) + 1;
    item.kind = kind;
    item.title = title;
    item.caseId = caseId;
    agenda.push_back(item);
  };
  // Only the reference and initials: the title is what a shared screen and a pack show.
  auto addCase = [&](AgendaItemKind kind, const QString& heading, const AgendaCase& c) {
    if (!listed.insert(c.id.value).second) return;
    add(kind, QStringLiteral("%1: %2 (%3)").arg(heading, c.reference, c.initials), c.id);
  };

  add(AgendaItemKind::Attendance, toLabel(AgendaItemKind::Attendance));
  add(AgendaItemKind::PreviousMinutes, toLabel(AgendaItemKind::PreviousMinutes));
  for (const auto& c : sources.newReferrals) addCase(AgendaItemKind::NewReferral, QStringLiteral("New referral"), c);
  for (const auto& c : sources.escalationsIn) addCase(AgendaItemKind::EscalationIn, QStringLiteral("Escalation in"), c);

  std::vector<AgendaCase> due;
  std::copy_if(sources.openCases.begin(), sources.openCases.end(), std::back_inserter(due),
               [&](const AgendaCase& c) { return isDueForReview(c, sources.meetingOn); });
  // Oldest review date first: the most overdue case is discussed first.
  std::stable_sort(due.begin(), due.end(), [](const AgendaCase& a, const AgendaCase& b) { return *a.reviewOn < *b.reviewOn; });
  for (const auto& c : due) {
    const bool overdue = *c.reviewOn < sources.meetingOn;
    addCase(AgendaItemKind::CaseReview, overdue ? QStringLiteral("Review overdue") : QStringLiteral("Review due"), c);
  }
  for (const auto& c : sources.openCases) {
    if (c.band == RiskBand::VeryHigh) addCase(AgendaItemKind::CaseReview, QStringLiteral("Very high risk"), c);
  }
  for (const QString& standing : sources.standingItems) {
    if (!standing.trimmed().isEmpty()) add(AgendaItemKind::StandingItem, standing.trimmed());
  }
  add(AgendaItemKind::Other, toLabel(AgendaItemKind::Other));
  return agenda;
}

}  // namespace casebook
