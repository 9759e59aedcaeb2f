#include "AttendanceService.h"

#include "ActionRepository.h"
#include "CaseRepository.h"
#include "Database.h"
#include "DirectoryRepository.h"
#include "Lookup.h"
#include "MeetingAccess.h"
#include "MeetingRepository.h"

#include <map>

namespace casebook {

std::vector<GroupMember> AttendanceService::groupMembers(GroupId group) {
  DirectoryRepository directory(m_ctx.db);
  std::map<qint64, QString> agencyCodes;
  for (const auto& agency : directory.agencies()) agencyCodes[agency.id.value] = agency.code;
  std::vector<GroupMember> result;
  for (const auto& membership : directory.membershipsOfGroup(group)) {
    const auto member = directory.memberById(membership.memberId);
    if (!member || !member->active) continue;
    const bool runs = membership.role == MembershipRole::Chair || membership.role == MembershipRole::ViceChair ||
                      membership.role == MembershipRole::MinuteTaker;
    result.push_back({member->id, member->name, member->agencyId ? agencyCodes[member->agencyId->value] : QString(), runs});
  }
  std::sort(result.begin(), result.end(),
            [](const GroupMember& a, const GroupMember& b) { return a.name.localeAwareCompare(b.name) < 0; });
  return result;
}

Result<AttendanceInsight> AttendanceService::insight(const QString& groupCode, int lastMeetings) {
  if (lastMeetings < 1) {
    return Error::invalid(QStringLiteral("meetings"), QStringLiteral("count at least 1 meeting, not %1").arg(lastMeetings),
                          QStringLiteral("Give the number of recent meetings to count, e.g. 6"));
  }
  return m_ctx.db.read([&]() -> Result<AttendanceInsight> {
    auto group = Lookup(m_ctx).group(groupCode);
    if (!group) return group.error();
    if (auto allowed = m_ctx.allow(Operation::ViewCase, group->id); !allowed) return allowed.error();
    const auto facts = MeetingRepository(m_ctx.db).attendanceFacts(group->id, m_ctx.clock.today(), lastMeetings);
    return attendanceInsight(groupMembers(group->id), facts);
  });
}

Result<std::vector<InviteSuggestion>> AttendanceService::suggestInvites(qint64 meetingId) {
  return m_ctx.db.read([&]() -> Result<std::vector<InviteSuggestion>> {
    auto meeting = loadMeeting(m_ctx, meetingId, Operation::ManageMeeting, MeetingLock::Ignore);
    if (!meeting) return meeting.error();
    InviteReasons reasons;
    CaseRepository cases(m_ctx.db);
    DirectoryRepository directory(m_ctx.db);
    std::vector<CaseId> agendaCases;
    for (const auto& item : meeting->agenda) {
      if (!item.caseId) continue;
      agendaCases.push_back(*item.caseId);
      const auto c = cases.get(*item.caseId);
      if (c->ownerId) reasons.caseOwners.push_back(*c->ownerId);
      if (c->leadAgencyId) reasons.leadAgencies.push_back(directory.agencyById(*c->leadAgencyId)->code);
    }
    ActionQuery open;
    open.groupId = meeting->groupId;
    open.outstandingOnly = true;
    open.today = meeting->heldOn;
    open.limit = 10000;
    open.withUpdates = false;
    for (const auto& row : ActionRepository(m_ctx.db).list(open)) {
      const bool onAgenda = row.action.caseId &&
                            std::find(agendaCases.begin(), agendaCases.end(), *row.action.caseId) != agendaCases.end();
      if ((onAgenda || !row.action.caseId) && row.action.ownerId) reasons.actionOwners.push_back(*row.action.ownerId);
    }
    return casebook::suggestInvites(groupMembers(meeting->groupId), reasons);
  });
}

Status AttendanceService::setInvitations(qint64 meetingId, const QStringList& members) {
  return m_ctx.db.write([&]() -> Status {
    auto meeting = loadMeeting(m_ctx, meetingId, Operation::ManageMeeting);
    if (!meeting) return meeting.error();
    Lookup lookup(m_ctx);
    std::vector<MemberId> ids;
    for (const QString& text : members) {
      auto id = lookup.member(text.trimmed(), QStringLiteral("invite"));
      if (!id) return id.error();
      ids.push_back(id.value());
    }
    MeetingRepository(m_ctx.db).setInvitations(meeting->id, ids);
    m_ctx.audit(AuditEvent::ChangeMeeting, std::nullopt, QString(),
                QStringLiteral("meeting %1: %2 invited").arg(meetingId).arg(ids.size()));
    return {};
  });
}

}  // namespace casebook
