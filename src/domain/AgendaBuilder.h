#pragma once

#include "Meeting.h"
#include "Risk.h"

#include <QStringList>

#include <vector>

namespace casebook {

// A case as the agenda needs it: the reference and the subject's initials (an agenda is
// shared on screen and sent as a pack), why and when it is due.
struct AgendaCase {
  CaseId id;
  QString reference;
  QString initials;
  std::optional<RiskBand> band;
  std::optional<QDate> reviewOn;  // the case's next review date
};

// What the agenda of one meeting is built from (issue 6, DOMAIN.md): the group's referrals
// awaiting decision, escalations into it, its cases due or overdue for review by the
// meeting's date, its very-high-risk cases, and its standing items.
struct AgendaSources {
  QDate meetingOn;
  std::vector<AgendaCase> newReferrals;
  std::vector<AgendaCase> escalationsIn;
  std::vector<AgendaCase> openCases;  // every open or monitored case of the group
  QStringList standingItems;
};

// The agenda in the partnership's order: attendance and apologies; minutes and actions of
// the last meeting; new referrals; escalations in; reviews due (overdue first, oldest first);
// very-high-risk cases not already listed; standing items; any other business. A case is on
// it once, under the first heading that takes it. Positions run 1, 2, 3...
std::vector<AgendaItem> buildAgenda(const AgendaSources& sources);

// Whether a case must come to this meeting for review: its review date is on or before the
// meeting's.
bool isDueForReview(const AgendaCase& c, const QDate& meetingOn);

}  // namespace casebook
