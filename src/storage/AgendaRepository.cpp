#include "AgendaRepository.h"

#include "SqlStatement.h"
#include "Subject.h"

namespace casebook {

namespace {

// The subject's name is read only to make initials: it never leaves this file.
constexpr const char* kCaseColumns =
    "SELECT c.id, c.reference, s.kind, s.name, c.current_band, c.next_review_on FROM cases c "
    "JOIN subjects s ON s.id = c.subject_id ";

AgendaCase readCase(const SqlStatement& q) {
  Subject subject;
  subject.kind = enumFromKey<SubjectKind>(q.text(2)).value_or(SubjectKind::Person);
  subject.name = q.text(3);
  AgendaCase c;
  c.id = q.id<CaseId>(0);
  c.reference = q.text(1);
  c.initials = subject.initials();
  if (!q.isNull(4)) c.band = enumFromKey<RiskBand>(q.text(4));
  c.reviewOn = q.date(5);
  return c;
}

}  // namespace

AgendaItemId AgendaRepository::insert(MeetingId meeting, const AgendaItem& item) {
  SqlStatement q(m_db, "INSERT INTO agenda_items (meeting_id, position, kind, title, case_id, minutes, decision, "
                       "decision_note, seconds_spent, risk_before, risk_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(meeting).bind(item.position).bind(toKey(item.kind)).bind(item.title).bind(item.caseId).bind(item.minutes)
      .bind(toKey(item.decision)).bind(item.decisionNote).bind(item.secondsSpent).bind(item.riskBefore)
      .bind(item.riskAfter).exec();
  const AgendaItemId id(q.lastInsertId());
  for (const auto& update : item.updates) addUpdate(id, item.caseId, update);
  return id;
}

std::optional<MeetingId> AgendaRepository::meetingOf(AgendaItemId item) {
  SqlStatement q(m_db, "SELECT meeting_id FROM agenda_items WHERE id = ?");
  q.bind(item).exec();
  if (!q.next()) return std::nullopt;
  return q.id<MeetingId>(0);
}

void AgendaRepository::remove(AgendaItemId item) {
  SqlStatement q(m_db, "DELETE FROM agenda_items WHERE id = ?");
  q.bind(item).exec();
}

void AgendaRepository::setPosition(AgendaItemId item, int position) {
  SqlStatement q(m_db, "UPDATE agenda_items SET position = ? WHERE id = ?");
  q.bind(position).bind(item).exec();
}

void AgendaRepository::relabelActions(AgendaItemId item, const QString& reference) {
  SqlStatement q(m_db, "UPDATE actions SET reference = ? WHERE agenda_item_id = ?");
  q.bind(reference).bind(item).exec();
}

int AgendaRepository::actionCount(AgendaItemId item) {
  SqlStatement q(m_db, "SELECT count(*) FROM actions WHERE agenda_item_id = ?");
  q.bind(item).exec();
  return q.next() ? q.integer(0) : 0;
}

void AgendaRepository::saveRecord(const AgendaItem& item) {
  SqlStatement q(m_db, "UPDATE agenda_items SET title = ?, minutes = ?, decision = ?, decision_note = ?, "
                       "seconds_spent = ?, risk_before = ?, risk_after = ? WHERE id = ?");
  q.bind(item.title).bind(item.minutes).bind(toKey(item.decision)).bind(item.decisionNote).bind(item.secondsSpent)
      .bind(item.riskBefore).bind(item.riskAfter).bind(item.id).exec();
}

void AgendaRepository::addUpdate(AgendaItemId item, std::optional<CaseId> caseId, const ItemUpdate& update) {
  SqlStatement q(m_db, "INSERT INTO agenda_updates (agenda_item_id, case_id, author, written_at, body) "
                       "VALUES (?, ?, ?, ?, ?)");
  q.bind(item).bind(caseId).bind(update.author).bind(update.writtenAt).bind(update.body).exec();
}

std::vector<ItemUpdate> AgendaRepository::updates(AgendaItemId item) {
  SqlStatement q(m_db, "SELECT author, written_at, body FROM agenda_updates WHERE agenda_item_id = ? ORDER BY id");
  q.bind(item).exec();
  std::vector<ItemUpdate> result;
  while (q.next()) result.push_back({q.text(0), QDateTime::fromString(q.text(1), Qt::ISODate), q.text(2)});
  return result;
}

std::vector<AgendaCase> AgendaRepository::awaitingDecision(GroupId group, bool escalations) {
  SqlStatement q(m_db, QString::fromLatin1(kCaseColumns) +
                           QStringLiteral("JOIN referrals r ON r.case_id = c.id WHERE r.to_group_id = ? AND "
                                          "r.decision = 'pending' AND (r.kind = 'escalation') = ? "
                                          "GROUP BY c.id ORDER BY min(r.received_on), c.reference"));
  q.bind(group).bind(escalations).exec();
  std::vector<AgendaCase> result;
  while (q.next()) result.push_back(readCase(q));
  return result;
}

std::vector<AgendaCase> AgendaRepository::activeCases(GroupId group) {
  SqlStatement q(m_db, QString::fromLatin1(kCaseColumns) +
                           QStringLiteral("WHERE c.group_id = ? AND c.status IN ('open', 'monitoring') "
                                          "ORDER BY c.reference"));
  q.bind(group).exec();
  std::vector<AgendaCase> result;
  while (q.next()) result.push_back(readCase(q));
  return result;
}

std::optional<AgendaCase> AgendaRepository::agendaCase(CaseId id) {
  SqlStatement q(m_db, QString::fromLatin1(kCaseColumns) + QStringLiteral("WHERE c.id = ?"));
  q.bind(id).exec();
  if (!q.next()) return std::nullopt;
  return readCase(q);
}

QStringList AgendaRepository::standingItems(GroupId group) {
  SqlStatement q(m_db, "SELECT title FROM standing_items WHERE group_id = ? ORDER BY position, id");
  q.bind(group).exec();
  QStringList result;
  while (q.next()) result << q.text(0);
  return result;
}

void AgendaRepository::setStandingItems(GroupId group, const QStringList& titles) {
  SqlStatement clear(m_db, "DELETE FROM standing_items WHERE group_id = ?");
  clear.bind(group).exec();
  SqlStatement add(m_db, "INSERT INTO standing_items (group_id, position, title) VALUES (?, ?, ?)");
  for (int i = 0; i < titles.size(); ++i) add.bind(group).bind(i + 1).bind(titles[i]).exec();
}

}  // namespace casebook
