#include "MeetingRecordService.h"

#include "ActionRepository.h"
#include "AgendaRepository.h"
#include "AuditService.h"
#include "CaseRepository.h"
#include "Database.h"
#include "DirectoryRepository.h"
#include "Log.h"
#include "MeetingAccess.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <map>

namespace casebook {

namespace {

// The register's order in minutes: who was there, who sent apologies, who did not come.
int registerRank(AttendanceStatus s) {
  switch (s) {
    case AttendanceStatus::Present:
    case AttendanceStatus::Observer: return 0;
    case AttendanceStatus::Deputy: return 1;
    case AttendanceStatus::UpdateSent:
    case AttendanceStatus::Apologies: return 2;
    case AttendanceStatus::Absent: return 3;
  }
  return 3;
}

RecordAction recordAction(const ActionRow& row, const QString& owner, int itemPosition) {
  RecordAction a;
  a.reference = row.action.reference;
  a.itemPosition = itemPosition;
  a.caseReference = row.caseReference;
  a.text = row.action.text;
  a.owner = owner;
  a.dueOn = row.action.dueOn;
  a.status = row.action.status;
  if (!row.action.updates.empty()) {
    const auto& latest = row.action.updates.back();
    a.update = QStringLiteral("%1: %2").arg(latest.on.toString(QStringLiteral("dd/MM/yyyy")), latest.text);
  }
  a.overdue = row.overdue;
  return a;
}

}  // namespace

MeetingRecord MeetingRecordService::build(const Meeting& m) {
  DirectoryRepository directory(m_ctx.db);
  std::map<qint64, QString> agencyNames;
  std::map<qint64, QString> agencyCodes;
  for (const auto& agency : directory.agencies()) {
    agencyNames[agency.id.value] = agency.name;
    agencyCodes[agency.id.value] = agency.code;
  }
  std::map<qint64, Member> members;
  for (const auto& member : directory.members()) members[member.id.value] = member;
  auto nameOf = [&](std::optional<MemberId> id) { return id ? members[id->value].name : QString(); };
  auto agencyOf = [&](MemberId id) {
    const auto& member = members[id.value];
    return member.agencyId ? agencyNames[member.agencyId->value] : QString();
  };

  MeetingRecord r;
  const auto group = directory.groupById(m.groupId);
  r.meetingId = m.id.value;
  r.groupCode = group->code;
  r.groupName = group->name;
  r.heldOn = m.heldOn;
  r.startsAt = m.startsAt;
  r.venue = m.venue;
  r.onlineLink = m.onlineLink;
  r.chair = nameOf(m.chairId);
  r.minuteTaker = nameOf(m.minuteTakerId);
  r.status = m.status;
  r.signedOffAt = m.signedOffAt;
  r.signedOffBy = m.signedOffBy;
  r.amendments = m.amendments;
  for (MemberId id : m.invited) r.invited.push_back(nameOf(id));
  std::sort(r.invited.begin(), r.invited.end(), [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });

  for (const auto& a : m.attendance) {
    RecordAttendee attendee{nameOf(a.memberId), agencyOf(a.memberId), a.status, {}};
    attendee.deputy = a.deputyId ? nameOf(a.deputyId) : a.deputyName;
    r.attendees.push_back(attendee);
  }
  std::stable_sort(r.attendees.begin(), r.attendees.end(), [](const RecordAttendee& a, const RecordAttendee& b) {
    if (registerRank(a.status) != registerRank(b.status)) return registerRank(a.status) < registerRank(b.status);
    return a.name.localeAwareCompare(b.name) < 0;
  });

  // Actions: those raised at this meeting by item, then the group's earlier ones still open.
  auto ownerText = [&](const ActionRow& row) {
    if (!row.ownerName.isEmpty()) return row.ownerName;
    return row.action.ownerAgencyId ? agencyNames[row.action.ownerAgencyId->value] : row.ownerAgencyCode;
  };
  ActionRepository actions(m_ctx.db);
  ActionQuery raisedHere;
  raisedHere.meetingId = m.id;
  raisedHere.today = m.heldOn;
  raisedHere.limit = 10000;
  std::map<int, std::vector<RecordAction>> byItem;
  std::map<qint64, int> positionOf;  // agenda item id -> its number now
  for (const auto& item : m.agenda) positionOf[item.id.value] = item.position;
  for (const auto& row : actions.list(raisedHere)) {
    // Actions agreed before item ids were kept carry only the number in their reference
    // ("250221 Item 4").
    const int position = row.action.agendaItemId ? positionOf[row.action.agendaItemId->value]
                                                 : row.action.reference.section(QLatin1Char(' '), -1).toInt();
    RecordAction a = recordAction(row, ownerText(row), position);
    byItem[position].push_back(a);
    r.actionLog.push_back(a);
  }
  ActionQuery earlier;
  earlier.groupId = m.groupId;
  earlier.outstandingOnly = true;
  earlier.today = m.heldOn;
  earlier.limit = 10000;
  for (const auto& row : actions.list(earlier)) {
    if (row.action.meetingId == std::optional<MeetingId>(m.id) || row.action.raisedOn >= m.heldOn) continue;
    r.actionLog.push_back(recordAction(row, ownerText(row), 0));
  }

  AgendaRepository agenda(m_ctx.db);
  for (const auto& item : m.agenda) {
    RecordItem ri;
    ri.position = item.position;
    ri.kind = item.kind;
    ri.title = item.title;
    if (item.caseId) {
      if (const auto c = agenda.agendaCase(*item.caseId)) {
        ri.caseReference = c->reference;
        ri.initials = c->initials;
      }
    }
    ri.riskBefore = item.riskBefore;
    if (ri.riskBefore.isEmpty() && item.caseId) {
      // Not yet met (or not yet signed off): the case's risk as it stands.
      if (const auto c = CaseRepository(m_ctx.db).get(*item.caseId); c && c->currentScore && c->currentBand) {
        ri.riskBefore = QStringLiteral("%1 %2").arg(*c->currentScore).arg(toLabel(*c->currentBand));
      }
    }
    ri.riskAfter = item.riskAfter;
    ri.updates = item.updates;
    ri.minutes = item.minutes;
    ri.decision = item.decision;
    ri.decisionNote = item.decisionNote;
    ri.secondsSpent = item.secondsSpent;
    ri.actions = byItem[item.position];
    r.items.push_back(ri);
  }
  return r;
}

Result<MeetingRecord> MeetingRecordService::record(qint64 meetingId) {
  return m_ctx.db.read([&]() -> Result<MeetingRecord> {
    auto meeting = loadMeeting(m_ctx, meetingId, Operation::ViewCase, MeetingLock::Ignore);
    if (!meeting) return meeting.error();
    return build(meeting.value());
  });
}

Status MeetingRecordService::exportDocument(qint64 meetingId, const QString& what, const QString& path,
                                            const QString& reason, const Writer& write) {
  auto record = m_ctx.db.read([&]() -> Result<MeetingRecord> {
    auto meeting = loadMeeting(m_ctx, meetingId, Operation::Export, MeetingLock::Ignore);
    if (!meeting) return meeting.error();
    if (auto given = requireReason(m_ctx, AuditEvent::Export, reason); !given) return given.error();
    return build(meeting.value());
  });
  if (!record) return record.error();
  if (auto written = write(record.value(), path); !written) return written;
  auto recorded = m_ctx.db.write([&]() -> Status {
    m_ctx.audit(AuditEvent::Export, std::nullopt, QString(),
                QStringLiteral("meeting %1 %2 to a .%3 file").arg(meetingId).arg(what, QFileInfo(path).suffix().left(8)),
                reason.trimmed());
    return {};
  });
  // A document the audit trail does not hold must not stay on disk.
  if (!recorded) {
    QFile::remove(path);
    return recorded;
  }
  log::services()->info("meeting {} document exported", meetingId);
  return recorded;
}

}  // namespace casebook
