#include "MeetingRepository.h"

#include "AgendaRepository.h"
#include "SqlStatement.h"

namespace casebook {

namespace {

constexpr const char* kMeetingColumns =
    "SELECT id, group_id, held_on, starts_at, venue, online_link, chair_id, minute_taker_id, status, signed_off_at, "
    "signed_off_by FROM meetings ";

Meeting readMeeting(const SqlStatement& q) {
  Meeting m;
  m.id = q.id<MeetingId>(0);
  m.groupId = q.id<GroupId>(1);
  m.heldOn = q.requiredDate(2);
  if (!q.isNull(3)) m.startsAt = QTime::fromString(q.text(3), QStringLiteral("HH:mm"));
  m.venue = q.text(4);
  m.onlineLink = q.text(5);
  m.chairId = q.optionalId<MemberId>(6);
  m.minuteTakerId = q.optionalId<MemberId>(7);
  m.status = enumFromKey<MeetingStatus>(q.text(8)).value_or(MeetingStatus::Planned);
  if (!q.isNull(9)) m.signedOffAt = QDateTime::fromString(q.text(9), Qt::ISODate);
  m.signedOffBy = q.text(10);
  return m;
}

}  // namespace

MeetingId MeetingRepository::insert(const Meeting& m) {
  SqlStatement q(m_db, "INSERT INTO meetings (group_id, held_on, starts_at, venue, online_link, chair_id, "
                       "minute_taker_id, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(m.groupId).bind(m.heldOn)
      .bind(m.startsAt ? QVariant(m.startsAt->toString(QStringLiteral("HH:mm"))) : QVariant())
      .bind(m.venue).bind(m.onlineLink).bind(m.chairId).bind(m.minuteTakerId).bind(toKey(m.status)).exec();
  const MeetingId id(q.lastInsertId());
  AgendaRepository agenda(m_db);
  for (const auto& item : m.agenda) agenda.insert(id, item);
  for (const auto& record : m.attendance) saveAttendance(id, record);
  return id;
}

std::optional<Meeting> MeetingRepository::get(MeetingId id) {
  SqlStatement q(m_db, QString::fromLatin1(kMeetingColumns) + QStringLiteral("WHERE id = ?"));
  q.bind(id).exec();
  if (!q.next()) return std::nullopt;
  Meeting meeting = readMeeting(q);

  SqlStatement items(m_db, "SELECT id, position, kind, title, case_id, minutes, decision, decision_note, "
                           "seconds_spent, risk_before, risk_after FROM agenda_items "
                           "WHERE meeting_id = ? ORDER BY position, id");
  items.bind(id).exec();
  AgendaRepository agenda(m_db);
  while (items.next()) {
    AgendaItem item;
    item.id = items.id<AgendaItemId>(0);
    item.position = items.integer(1);
    item.kind = enumFromKey<AgendaItemKind>(items.text(2)).value_or(AgendaItemKind::Other);
    item.title = items.text(3);
    item.caseId = items.optionalId<CaseId>(4);
    item.minutes = items.text(5);
    item.decision = enumFromKey<ItemDecision>(items.text(6)).value_or(ItemDecision::None);
    item.decisionNote = items.text(7);
    item.secondsSpent = items.integer(8);
    item.riskBefore = items.text(9);
    item.riskAfter = items.text(10);
    meeting.agenda.push_back(item);
  }
  for (auto& item : meeting.agenda) item.updates = agenda.updates(item.id);

  SqlStatement att(m_db, "SELECT member_id, status, deputy_id, deputy_name, joined_late, left_early "
                         "FROM attendance WHERE meeting_id = ? ORDER BY member_id");
  att.bind(id).exec();
  while (att.next()) {
    meeting.attendance.push_back({att.id<MemberId>(0),
                                  enumFromKey<AttendanceStatus>(att.text(1)).value_or(AttendanceStatus::Absent),
                                  att.optionalId<MemberId>(2), att.text(3), att.boolean(4), att.boolean(5)});
  }
  SqlStatement inv(m_db, "SELECT member_id FROM meeting_invitations WHERE meeting_id = ? ORDER BY member_id");
  inv.bind(id).exec();
  while (inv.next()) meeting.invited.push_back(inv.id<MemberId>(0));

  SqlStatement am(m_db, "SELECT made_at, made_by, item_position, text FROM meeting_amendments WHERE meeting_id = ? "
                        "ORDER BY id");
  am.bind(id).exec();
  while (am.next()) {
    meeting.amendments.push_back(
        {QDateTime::fromString(am.text(0), Qt::ISODate), am.text(1), am.integer(2), am.text(3)});
  }
  return meeting;
}

std::vector<Meeting> MeetingRepository::forGroup(GroupId group) {
  SqlStatement q(m_db, QString::fromLatin1(kMeetingColumns) +
                           QStringLiteral("WHERE group_id = ? ORDER BY held_on DESC, id DESC"));
  q.bind(group).exec();
  std::vector<Meeting> result;
  while (q.next()) result.push_back(readMeeting(q));
  return result;
}

std::optional<MeetingId> MeetingRepository::previousMeeting(GroupId group, const QDate& before) {
  SqlStatement q(m_db, "SELECT id FROM meetings WHERE group_id = ? AND held_on < ? AND status <> 'cancelled' "
                       "ORDER BY held_on DESC, id DESC LIMIT 1");
  q.bind(group).bind(before).exec();
  if (!q.next()) return std::nullopt;
  return q.id<MeetingId>(0);
}

void MeetingRepository::setStatus(MeetingId id, MeetingStatus status) {
  SqlStatement q(m_db, "UPDATE meetings SET status = ? WHERE id = ?");
  q.bind(toKey(status)).bind(id).exec();
}

void MeetingRepository::saveAttendance(MeetingId meeting, const AttendanceRecord& r) {
  SqlStatement q(m_db, "INSERT INTO attendance (meeting_id, member_id, status, deputy_id, deputy_name, joined_late, "
                       "left_early) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (meeting_id, member_id) DO UPDATE SET "
                       "status = excluded.status, deputy_id = excluded.deputy_id, deputy_name = excluded.deputy_name, "
                       "joined_late = excluded.joined_late, left_early = excluded.left_early");
  q.bind(meeting).bind(r.memberId).bind(toKey(r.status)).bind(r.deputyId).bind(r.deputyName).bind(r.joinedLate)
      .bind(r.leftEarly).exec();
}

void MeetingRepository::signOff(MeetingId id, const QDateTime& at, const QString& by) {
  SqlStatement q(m_db, "UPDATE meetings SET signed_off_at = ?, signed_off_by = ?, status = 'held' WHERE id = ?");
  q.bind(at).bind(by).bind(id).exec();
}

void MeetingRepository::addAmendment(MeetingId id, const Amendment& a, std::optional<CaseId> caseId) {
  SqlStatement q(m_db, "INSERT INTO meeting_amendments (meeting_id, case_id, made_at, made_by, item_position, text) "
                       "VALUES (?, ?, ?, ?, ?, ?)");
  q.bind(id).bind(caseId).bind(a.madeAt).bind(a.madeBy).bind(a.itemPosition).bind(a.text).exec();
}

void MeetingRepository::setInvitations(MeetingId id, const std::vector<MemberId>& members) {
  SqlStatement clear(m_db, "DELETE FROM meeting_invitations WHERE meeting_id = ?");
  clear.bind(id).exec();
  SqlStatement add(m_db, "INSERT OR IGNORE INTO meeting_invitations (meeting_id, member_id) VALUES (?, ?)");
  for (MemberId member : members) add.bind(id).bind(member).exec();
}

std::vector<AttendanceFact> MeetingRepository::attendanceFacts(GroupId group, const QDate& upTo, int lastMeetings) {
  SqlStatement q(m_db, "WITH counted AS (SELECT id, held_on FROM meetings m WHERE group_id = ? AND held_on <= ? "
                       "AND status <> 'cancelled' AND EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id) "
                       "ORDER BY held_on DESC, id DESC LIMIT ?) "
                       "SELECT c.id, c.held_on, a.member_id, a.status FROM counted c "
                       "JOIN attendance a ON a.meeting_id = c.id ORDER BY c.held_on, c.id, a.member_id");
  q.bind(group).bind(upTo).bind(lastMeetings).exec();
  std::vector<AttendanceFact> facts;
  while (q.next()) {
    facts.push_back({q.id<MeetingId>(0), q.requiredDate(1), q.id<MemberId>(2),
                     enumFromKey<AttendanceStatus>(q.text(3)).value_or(AttendanceStatus::Absent)});
  }
  return facts;
}

}  // namespace casebook
