#include "MeetingRepository.h"

#include "SqlStatement.h"

namespace casebook {

namespace {

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
  for (const auto& item : m.agenda) insertAgendaItem(id, item);
  for (const auto& record : m.attendance) saveAttendance(id, record);
  return id;
}

std::optional<Meeting> MeetingRepository::get(MeetingId id) {
  SqlStatement q(m_db, "SELECT id, group_id, held_on, starts_at, venue, online_link, chair_id, minute_taker_id, "
                       "status FROM meetings WHERE id = ?");
  q.bind(id).exec();
  if (!q.next()) return std::nullopt;
  Meeting meeting = readMeeting(q);

  SqlStatement items(m_db, "SELECT id, position, kind, title, case_id, minutes, decision FROM agenda_items "
                           "WHERE meeting_id = ? ORDER BY position, id");
  items.bind(id).exec();
  while (items.next()) {
    meeting.agenda.push_back({items.id<AgendaItemId>(0), items.integer(1),
                              enumFromKey<AgendaItemKind>(items.text(2)).value_or(AgendaItemKind::Other),
                              items.text(3), items.optionalId<CaseId>(4), items.text(5), items.text(6)});
  }
  SqlStatement att(m_db, "SELECT member_id, status, deputy_id, deputy_name, joined_late, left_early "
                         "FROM attendance WHERE meeting_id = ? ORDER BY member_id");
  att.bind(id).exec();
  while (att.next()) {
    meeting.attendance.push_back({att.id<MemberId>(0),
                                  enumFromKey<AttendanceStatus>(att.text(1)).value_or(AttendanceStatus::Absent),
                                  att.optionalId<MemberId>(2), att.text(3), att.boolean(4), att.boolean(5)});
  }
  return meeting;
}

std::vector<Meeting> MeetingRepository::forGroup(GroupId group) {
  SqlStatement q(m_db, "SELECT id, group_id, held_on, starts_at, venue, online_link, chair_id, minute_taker_id, "
                       "status FROM meetings WHERE group_id = ? ORDER BY held_on DESC, id DESC");
  q.bind(group).exec();
  std::vector<Meeting> result;
  while (q.next()) result.push_back(readMeeting(q));
  return result;
}

void MeetingRepository::setStatus(MeetingId id, MeetingStatus status) {
  SqlStatement q(m_db, "UPDATE meetings SET status = ? WHERE id = ?");
  q.bind(toKey(status)).bind(id).exec();
}

AgendaItemId MeetingRepository::insertAgendaItem(MeetingId meeting, const AgendaItem& item) {
  SqlStatement q(m_db, "INSERT INTO agenda_items (meeting_id, position, kind, title, case_id, minutes, decision) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)");
  q.bind(meeting).bind(item.position).bind(toKey(item.kind)).bind(item.title).bind(item.caseId).bind(item.minutes)
      .bind(item.decision).exec();
  return AgendaItemId(q.lastInsertId());
}

void MeetingRepository::saveAttendance(MeetingId meeting, const AttendanceRecord& r) {
  SqlStatement q(m_db, "INSERT INTO attendance (meeting_id, member_id, status, deputy_id, deputy_name, joined_late, "
                       "left_early) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (meeting_id, member_id) DO UPDATE SET "
                       "status = excluded.status, deputy_id = excluded.deputy_id, deputy_name = excluded.deputy_name, "
                       "joined_late = excluded.joined_late, left_early = excluded.left_early");
  q.bind(meeting).bind(r.memberId).bind(toKey(r.status)).bind(r.deputyId).bind(r.deputyName).bind(r.joinedLate)
      .bind(r.leftEarly).exec();
}

}  // namespace casebook
