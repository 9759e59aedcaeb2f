#pragma once

#include "AttendanceInsight.h"
#include "ServiceContext.h"

#include <QStringList>

namespace casebook {

// Who comes to a group's meetings, and whom to invite to the next (issue 6).
class AttendanceService final {
 public:
  explicit AttendanceService(ServiceContext& ctx) : m_ctx(ctx) {}

  // Rates per member and agency over the group's last N meetings with a register.
  Result<AttendanceInsight> insight(const QString& groupCode, int lastMeetings);
  // Every member of the group, suggested or not, with why: the chair confirms the list.
  Result<std::vector<InviteSuggestion>> suggestInvites(qint64 meetingId);
  // The confirmed invite list (member names or #ids).
  Status setInvitations(qint64 meetingId, const QStringList& members);

 private:
  std::vector<GroupMember> groupMembers(GroupId group);
  ServiceContext& m_ctx;
};

}  // namespace casebook
