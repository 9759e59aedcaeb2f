#include "MeetingService.h"

#include "AgendaRepository.h"
#include "Database.h"
#include "DirectoryRepository.h"
#include "Log.h"
#include "MeetingAccess.h"
#include "Lookup.h"
#include "MeetingRepository.h"

namespace casebook {

Result<MeetingId> MeetingService::add(const NewMeetingInput& input) {
  return m_ctx.db.write([&]() -> Result<MeetingId> {
    Lookup lookup(m_ctx);
    auto group = lookup.group(input.groupCode);
    if (!group) return group.error();
    if (auto allowed = m_ctx.allow(Operation::ManageMeeting, group->id); !allowed) return allowed.error();
    Meeting m;
    m.groupId = group->id;
    m.heldOn = input.heldOn;
    m.startsAt = input.startsAt;
    m.venue = input.venue.trimmed();
    m.onlineLink = input.onlineLink.trimmed();
    m.status = input.status;
    auto chair = lookup.optionalMember(input.chair, QStringLiteral("chair"));
    if (!chair) return chair.error();
    m.chairId = chair.value();
    auto minutes = lookup.optionalMember(input.minuteTaker, QStringLiteral("minute taker"));
    if (!minutes) return minutes.error();
    m.minuteTakerId = minutes.value();
    if (auto valid = validateMeeting(m); !valid) return valid.error();
    // The agenda builds itself from the group's cases as they stand (AgendaBuilder); the
    // chair rebuilds it nearer the day to pick up new referrals.
    AgendaRepository agenda(m_ctx.db);
    m.agenda = buildAgenda({m.heldOn, agenda.awaitingDecision(group->id, false), agenda.awaitingDecision(group->id, true),
                            agenda.activeCases(group->id), agenda.standingItems(group->id)});
    const MeetingId id = MeetingRepository(m_ctx.db).insert(m);
    m_ctx.audit(AuditEvent::ChangeMeeting, std::nullopt, QString(),
                QStringLiteral("meeting %1 of %2 planned").arg(id.value).arg(group->code));
    log::services()->info("meeting {} added", id.value);
    return id;
  });
}

Result<MeetingDetail> MeetingService::get(qint64 id) {
  return m_ctx.db.read([&]() -> Result<MeetingDetail> {
    auto meeting = MeetingRepository(m_ctx.db).get(MeetingId(id));
    if (!meeting) {
      return Error::notFound(QStringLiteral("meeting"), QStringLiteral("there is no meeting %1").arg(id),
                             QStringLiteral("List a group's meetings with 'meeting list --group CODE'"));
    }
    if (auto allowed = m_ctx.allow(Operation::ViewCase, meeting->groupId); !allowed) return allowed.error();
    DirectoryRepository directory(m_ctx.db);
    MeetingDetail detail{*meeting, directory.groupById(meeting->groupId)->code, {}, {}};
    QHash<qint64, QString> agencyCodes;
    for (const auto& agency : directory.agencies()) agencyCodes.insert(agency.id.value, agency.code);
    for (const auto& member : directory.members()) {
      detail.memberNames.insert(member.id.value, member.name);
      if (member.agencyId) detail.memberAgencies.insert(member.id.value, agencyCodes.value(member.agencyId->value));
    }
    return detail;
  });
}

Result<std::vector<Meeting>> MeetingService::listForGroup(const QString& groupCode) {
  return m_ctx.db.read([&]() -> Result<std::vector<Meeting>> {
    auto group = Lookup(m_ctx).group(groupCode);
    if (!group) return group.error();
    if (auto allowed = m_ctx.allow(Operation::ViewCase, group->id); !allowed) return allowed.error();
    return MeetingRepository(m_ctx.db).forGroup(group->id);
  });
}

Status MeetingService::recordAttendance(const AttendanceInput& input) {
  return m_ctx.db.write([&]() -> Status {
    // Signed-off minutes are locked, the register with them; a cancelled meeting has none.
    auto meeting = loadMeeting(m_ctx, input.meetingId, Operation::ManageMeeting);
    if (!meeting) return meeting.error();
    MeetingRepository meetings(m_ctx.db);
    Lookup lookup(m_ctx);
    auto member = lookup.member(input.member);
    if (!member) return member.error();
    AttendanceRecord record;
    record.memberId = member.value();
    record.status = input.status;
    record.joinedLate = input.joinedLate;
    record.leftEarly = input.leftEarly;
    if (!input.deputy.trimmed().isEmpty()) {
      // A deputy may be a member, or someone from the same agency who is not (yet) one.
      auto deputy = lookup.member(input.deputy, QStringLiteral("deputy"));
      if (deputy) {
        record.deputyId = deputy.value();
      } else {
        record.deputyName = input.deputy.trimmed();
      }
    }
    if (auto valid = validateAttendance(record); !valid) return valid;
    if (record.deputyId && *record.deputyId == record.memberId) {
      return Error::invalid(QStringLiteral("deputy"), QStringLiteral("a member cannot deputise for themselves"),
                            QString());
    }
    meetings.saveAttendance(meeting->id, record);
    m_ctx.audit(AuditEvent::ChangeMeeting, std::nullopt, QString(),
                QStringLiteral("meeting %1: attendance recorded").arg(meeting->id.value));
    return {};
  });
}

Status MeetingService::recordRegister(qint64 meetingId, const std::vector<AttendanceInput>& rows) {
  return m_ctx.db.write([&]() -> Status {
    if (auto meeting = loadMeeting(m_ctx, meetingId, Operation::ManageMeeting); !meeting) return meeting.error();
    {
      AuditPause pause(m_ctx);
      for (auto row : rows) {
        row.meetingId = meetingId;
        if (auto recorded = recordAttendance(row); !recorded) {
          Error e = recorded.error();
          e.problem = QStringLiteral("%1: %2").arg(row.member, e.problem);
          return e;
        }
      }
    }
    m_ctx.audit(AuditEvent::ChangeMeeting, std::nullopt, QString(),
                QStringLiteral("meeting %1: register of %2 recorded").arg(meetingId).arg(rows.size()));
    return {};
  });
}

}  // namespace casebook
