#pragma once

#include "AgendaBuilder.h"
#include "Meeting.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace casebook {

class Database;

// A meeting's agenda items, their written updates, and what an agenda is built from: the
// group's referrals awaiting decision, escalations in, open cases and standing items.
class AgendaRepository final {
 public:
  explicit AgendaRepository(Database& db) : m_db(db) {}

  AgendaItemId insert(MeetingId meeting, const AgendaItem& item);
  std::optional<MeetingId> meetingOf(AgendaItemId item);
  void remove(AgendaItemId item);
  void setPosition(AgendaItemId item, int position);
  // Actions agreed under an item carry its number in their reference ("250221 Item 4").
  void relabelActions(AgendaItemId item, const QString& reference);
  int actionCount(AgendaItemId item);
  // Minutes, decision, risk before and after, clock.
  void saveRecord(const AgendaItem& item);
  void addUpdate(AgendaItemId item, std::optional<CaseId> caseId, const ItemUpdate& update);
  std::vector<ItemUpdate> updates(AgendaItemId item);

  // Cases waiting for this group's decision: new referrals (and redirections) or
  // escalations from a sub-group, oldest first.
  std::vector<AgendaCase> awaitingDecision(GroupId group, bool escalations);
  std::vector<AgendaCase> activeCases(GroupId group);  // open or monitored
  std::optional<AgendaCase> agendaCase(CaseId id);

  QStringList standingItems(GroupId group);
  void setStandingItems(GroupId group, const QStringList& titles);

 private:
  Database& m_db;
};

}  // namespace casebook
