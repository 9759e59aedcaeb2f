#include "MeetingAccess.h"

#include "MeetingRepository.h"

namespace casebook {

Result<Meeting> loadMeeting(ServiceContext& ctx, qint64 meetingId, Operation operation, MeetingLock lock) {
  auto meeting = MeetingRepository(ctx.db).get(MeetingId(meetingId));
  if (!meeting) {
    return Error::notFound(QStringLiteral("meeting"), QStringLiteral("there is no meeting %1").arg(meetingId),
                           QStringLiteral("List a group's meetings with 'meeting list --group CODE'"));
  }
  if (auto allowed = ctx.allow(operation, meeting->groupId); !allowed) return allowed.error();
  if (lock == MeetingLock::MustBeOpen && meeting->isSignedOff()) {
    return Error::conflict(QStringLiteral("meeting"),
                           QStringLiteral("meeting %1 was signed off on %2; its minutes are locked")
                               .arg(meetingId)
                               .arg(meeting->signedOffAt->toString(QStringLiteral("d MMM yyyy HH:mm"))),
                           QStringLiteral("Record the correction as an amendment ('meeting amend')"));
  }
  if (lock == MeetingLock::MustBeOpen && meeting->status == MeetingStatus::Cancelled) {
    return Error::conflict(QStringLiteral("meeting"), QStringLiteral("meeting %1 was cancelled").arg(meetingId),
                           QStringLiteral("Plan a new meeting instead"));
  }
  return *meeting;
}

Result<AgendaItem> itemAt(const Meeting& meeting, int position) {
  for (const auto& item : meeting.agenda) {
    if (item.position == position) return item;
  }
  return Error::notFound(QStringLiteral("item"),
                         QStringLiteral("meeting %1 has no agenda item %2 (it has %3)")
                             .arg(meeting.id.value)
                             .arg(position)
                             .arg(meeting.agenda.size()),
                         QStringLiteral("Number items as 'meeting show %1' lists them").arg(meeting.id.value));
}

}  // namespace casebook
